/**
 * factcheck: the command line.
 *   factcheck extract [--jsonl] [FILE] [--lang ar|en] [--published YYYY-MM-DD]
 *   factcheck submit FILE [--lang ar|en] [--published YYYY-MM-DD] [--url URL] [--title T]
 *   factcheck status ARTICLE_ID
 *   factcheck token --role reviewer|submitter [--sub NAME]
 *   factcheck demo [FILE]
 *   factcheck queue [--lang ar|en] [--limit N]
 *   factcheck claim CLAIM_ID
 *   factcheck verdict CLAIM_ID --rating R [--note TEXT] [--evidence URL ...] [--expected-version N]
 * The API commands talk to FACTCHECK_API (default http://localhost:$PORT, PORT default 3000) and sign a
 * local token with the key `npm start` keeps under .factcheck/ (or use FACTCHECK_TOKEN).
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { extractClaims, type Claim } from '../lambdas/domain/extract/index.ts';
import { issueLocalToken, type Role } from '../lib/local/auth.ts';
import { SAMPLE_ARTICLE } from '../lib/local/sample-article.ts';

const [command, ...rest] = process.argv.slice(2);
// `factcheck status ID | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : undefined));
const USAGE = `usage: factcheck <command>
  extract [--jsonl] [FILE] [--lang ar|en] [--published YYYY-MM-DD]   claims of a text (stdin or FILE)
  submit FILE [--lang ar|en] [--published YYYY-MM-DD] [--url URL] [--title TITLE]
  status ARTICLE_ID                                                    an article, its claims and status
  token --role reviewer|submitter                                      a token for the local stack
  demo [FILE]                                                          submit the sample article, follow it
  queue [--lang ar|en] [--limit N]                                     the review queue
  claim CLAIM_ID                                                       a claim with its checks and history
  verdict CLAIM_ID --rating true|mostly-true|misleading|false|unverifiable [--note T] [--evidence URL]...`;

function fail(message: string, code = 2): never {
  process.stderr.write(`factcheck: ${message}\n`);
  process.exit(code);
}

const apiBase = () => process.env.FACTCHECK_API ?? `http://localhost:${process.env.PORT ?? 3000}`;

async function token(role: Role): Promise<string> {
  if (process.env.FACTCHECK_TOKEN) return process.env.FACTCHECK_TOKEN;
  try {
    return await issueLocalToken({ role, subject: process.env.USER ? `${process.env.USER}@local` : 'cli@local' });
  } catch (e) {
    fail(`${(e as Error).message}\nStart the local stack first: npm start`);
  }
}

async function api(method: string, path: string, role: Role, body?: unknown): Promise<any> {
  let res: Response;
  try {
    res = await fetch(apiBase() + path, {
      method,
      headers: { authorization: `Bearer ${await token(role)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    fail(`cannot reach ${apiBase()}: is the local stack running? Start it with: npm start`);
  }
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) fail(`${res.status} ${json?.title ?? ''}: ${json?.detail ?? text}`, 1);
  return json;
}

function readInput(file: string | undefined): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch (e) {
    fail(`cannot read ${file ?? 'stdin'}: ${(e as Error).message}`);
  }
}

function printClaims(claims: Claim[]) {
  if (claims.length === 0) {
    console.log('(no check-worthy claims found)');
    return;
  }
  const rows = claims.map((c) => [
    c.type,
    c.casualty ? `${c.casualty.kind} ${fmtCount(c.casualty)} ${c.casualty.group}`.trim() : (c.date?.values ?? []).map((v) => (v.from === v.to ? v.from : `${v.from}..${v.to}`)).join(' | '),
    c.text.replace(/\s+/g, ' '),
    c.attribution?.source ?? '',
    c.checkworthiness.toFixed(2),
  ]);
  const head = ['type', 'value', 'text', 'source', 'worth'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) => r.map((cell, i) => (cell.length > widths[i] ? cell.slice(0, widths[i] - 1) + '…' : cell.padEnd(widths[i]))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

function fmtCount(c: NonNullable<Claim['casualty']>): string {
  switch (c.qualifier) {
    case 'exact': return `${c.min}`;
    case 'at_least': return `≥${c.min}`;
    case 'more_than': return `>${c.min}`;
    case 'at_most': return `≤${c.max}`;
    case 'approx': return `~${c.min}`;
    default: return `${c.min}–${c.max ?? ''}`;
  }
}

async function extract(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    jsonl: { type: 'boolean' }, lang: { type: 'string' }, published: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.jsonl) {
    // The contract: one {"id","text","language"?,"publishedAt"?} a line in, one {"id","claims"} a line out.
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      let row: { id?: unknown; text?: unknown; language?: string; publishedAt?: string };
      try {
        row = JSON.parse(line);
      } catch {
        fail(`line ${lineNo}: not JSON`);
      }
      if (typeof row.text !== 'string') fail(`line ${lineNo}: "text" must be a string`);
      const claims = extractClaims(row.text, { language: row.language, publishedAt: row.publishedAt });
      process.stdout.write(JSON.stringify({ id: row.id, claims }) + '\n');
    }
    return;
  }
  const text = readInput(positionals[0]);
  const claims = extractClaims(text, { language: values.lang, publishedAt: values.published });
  if (values.json) console.log(JSON.stringify(claims, null, 2));
  else printClaims(claims);
}

async function submit(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    lang: { type: 'string' }, published: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' } } });
  if (!positionals[0]) fail('submit needs a FILE');
  const text = readInput(positionals[0]);
  const res = await api('POST', '/articles', 'submitter', {
    text, language: values.lang, publishedAt: values.published, url: values.url, title: values.title });
  console.log(JSON.stringify(res, null, 2));
}

async function follow(articleId: string, printed = new Set<string>()): Promise<any> {
  const deadline = Date.now() + 120_000;
  let last = '';
  for (;;) {
    const a = await api('GET', `/articles/${articleId}`, 'submitter');
    if (a.status !== last) {
      console.log(`status: ${a.status}`);
      last = a.status;
    }
    const fresh = (a.claims as any[]).filter((c) => !printed.has(c.claimId));
    if (fresh.length) {
      printClaims(fresh);
      for (const c of fresh) printed.add(c.claimId);
    }
    if (a.status !== 'PROCESSING' || Date.now() > deadline) return a;
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function demo(args: string[]) {
  const file = args[0];
  const body = file
    ? { text: readInput(file), title: file }
    : SAMPLE_ARTICLE;
  console.log(`submitting ${file ?? `the sample article "${SAMPLE_ARTICLE.title}"`} to ${apiBase()} ...`);
  const res = await api('POST', '/articles', 'submitter', body);
  console.log(`article ${res.articleId}`);
  const a = await follow(res.articleId);
  console.log(`\n${a.claims.length} claims; ${a.claims.filter((c: any) => c.status === 'PENDING_REVIEW').length} wait for a reviewer.`);
  console.log(`Next: npx factcheck queue   |   npx factcheck claim <claimId>   |   npx factcheck verdict <claimId> --rating true`);
}

async function main() {
  switch (command) {
    case 'extract':
      return extract(rest);
    case 'submit':
      return submit(rest);
    case 'status': {
      if (!rest[0]) fail('status needs an ARTICLE_ID');
      const a = await api('GET', `/articles/${encodeURIComponent(rest[0])}`, 'submitter');
      console.log(`${a.articleId}  ${a.status}  ${a.language}  published ${a.publishedAt ?? '?'}  ${a.title ?? ''}`);
      printClaims(a.claims);
      if (a.summary) console.log('summary:', JSON.stringify(a.summary));
      return;
    }
    case 'token': {
      const { values } = parseArgs({ args: rest, options: { role: { type: 'string' }, sub: { type: 'string' } } });
      if (values.role !== 'reviewer' && values.role !== 'submitter') fail('token needs --role reviewer|submitter');
      try {
        console.log(await issueLocalToken({ role: values.role, subject: values.sub ?? 'dev@local' }));
      } catch (e) {
        fail((e as Error).message);
      }
      return;
    }
    case 'demo':
      return demo(rest);
    case 'queue': {
      const { values } = parseArgs({ args: rest, options: { lang: { type: 'string' }, limit: { type: 'string' } } });
      const q = new URLSearchParams();
      if (values.lang) q.set('language', values.lang);
      if (values.limit) q.set('limit', values.limit);
      const res = await api('GET', `/review-queue?${q}`, 'reviewer');
      if (!res.items.length) console.log('(the queue is empty)');
      for (const c of res.items) console.log(`${c.checks.priority.toFixed(2)}  ${c.claimId}  ${c.type}  ${c.text.replace(/\s+/g, ' ')}`);
      if (res.nextCursor) console.log(`more: --cursor ${res.nextCursor}`);
      return;
    }
    case 'claim': {
      if (!rest[0]) fail('claim needs a CLAIM_ID');
      console.log(JSON.stringify(await api('GET', `/claims/${encodeURIComponent(rest[0])}`, 'reviewer'), null, 2));
      return;
    }
    case 'verdict': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: {
        rating: { type: 'string' }, note: { type: 'string' }, evidence: { type: 'string', multiple: true },
        'expected-version': { type: 'string' } } });
      const id = positionals[0];
      if (!id || !values.rating) fail('verdict needs a CLAIM_ID and --rating');
      const expectedVersion = values['expected-version'] !== undefined
        ? Number(values['expected-version'])
        : (await api('GET', `/claims/${encodeURIComponent(id)}`, 'reviewer')).version;
      const res = await api('PUT', `/claims/${encodeURIComponent(id)}/verdict`, 'reviewer', {
        rating: values.rating, note: values.note, evidence: values.evidence, expectedVersion });
      console.log(`${res.claimId}: ${res.verdict.rating} (version ${res.version})`);
      return;
    }
    case undefined:
    case '--help':
    case 'help':
      console.log(USAGE);
      return;
    default:
      fail(`unknown command "${command}"\n${USAGE}`);
  }
}

await main();
