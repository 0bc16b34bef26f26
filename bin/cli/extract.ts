/**
 * `factcheck extract`: the extractor on a text (a table, or --json), or the JSON Lines contract (--jsonl,
 * DESIGN.md section 4): `{"id","text","language"?,"publishedAt"?}` a line in, `{"id","claims"}` a line out,
 * in input order. Problems go to stderr with their line number; stdout carries only the contract.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { extractClaims, type Claim } from '../../lambdas/domain/extract/index.ts';
import { fail, printJson, str, table, usageError, valueOf, type Parsed } from './common.ts';
import { validDate } from './dates.ts';
import type { CommandSpec } from './spec.ts';

const today = () => new Date().toISOString().slice(0, 10);

const language = (v: unknown) => (v === 'ar' || v === 'en' ? v : undefined);

export async function run(spec: CommandSpec, p: Parsed): Promise<number> {
  const lang = str(p.values.lang);
  const published = str(p.values.published);
  if (lang !== undefined && !language(lang)) usageError(spec, `--lang must be ar or en, not "${lang}"`);
  if (published !== undefined && !validDate(published)) usageError(spec, `--published must be a date YYYY-MM-DD, not "${published}"`);
  if (p.values.jsonl) {
    if (p.values.json) usageError(spec, '--jsonl and --json do not go together');
    return jsonl(p.positionals[0], lang, published);
  }
  let text: string;
  try {
    text = readFileSync(p.positionals[0] ?? 0, 'utf8');
  } catch (e) {
    fail(`cannot read ${p.positionals[0] ?? 'stdin'}: ${(e as Error).message}`);
  }
  if (!published) process.stderr.write(`factcheck: no --published: relative dates resolve against today (${today()})\n`);
  const claims = extractClaims(text, { language: lang, publishedAt: published });
  if (p.values.json) printJson(claims);
  else process.stdout.write(`${claimsTable(claims)}\n`);
  return 0;
}

export function claimsTable(claims: Claim[]): string {
  if (claims.length === 0) return '(no check-worthy claims found)';
  return table(['type', 'value', 'text', 'source', 'worth'],
    claims.map((c) => [c.type, valueOf(c), c.text, c.attribution?.source ?? '', c.checkworthiness.toFixed(2)]), 48);
}

/** Notes about dates, one line each for the first few lines, then counted. */
const NOTE_LINES = 10;

async function jsonl(file: string | undefined, defaultLang: string | undefined, defaultPublished: string | undefined): Promise<number> {
  let bad = 0;
  let undated = 0;
  let lineNo = 0;
  const warn = (msg: string) => process.stderr.write(`factcheck: extract: line ${lineNo}: ${msg}\n`);
  let out: string[] = [];
  let outChars = 0;
  const flush = async () => {
    if (!out.length) return;
    const chunk = out.join('');
    out = [];
    outChars = 0;
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
  };

  const handle = (line: string) => {
    lineNo++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (!line.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch (e) {
      bad++;
      warn(`not JSON (${(e as Error).message}); skipped`);
      return;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      bad++;
      return warn('not a JSON object; skipped');
    }
    if (typeof row.id !== 'string' && typeof row.id !== 'number') {
      bad++;
      return warn('"id" must be a string or a number; skipped');
    }
    if (typeof row.text !== 'string') {
      bad++;
      return warn(`"text" must be a string (id ${JSON.stringify(row.id)}); skipped`);
    }
    let lang = language(row.language) ?? defaultLang;
    if (row.language !== undefined && row.language !== null && !language(row.language)) {
      warn(`"language" ${JSON.stringify(row.language)} is not ar or en (id ${JSON.stringify(row.id)}): detected from the text`);
      lang = defaultLang;
    }
    let publishedAt = typeof row.publishedAt === 'string' && validDate(row.publishedAt) ? row.publishedAt : undefined;
    if (!publishedAt) {
      const given = row.publishedAt !== undefined && row.publishedAt !== null;
      if (!given && defaultPublished) publishedAt = defaultPublished;
      else {
        if (undated++ < NOTE_LINES) {
          warn(`${given ? `"publishedAt" ${JSON.stringify(row.publishedAt)} is not a date YYYY-MM-DD` : 'no "publishedAt"'} (id ${JSON.stringify(row.id)}): relative dates resolve against today (${today()})`);
        }
      }
    }
    let claims: Claim[];
    try {
      claims = extractClaims(row.text, { language: lang, publishedAt });
    } catch (e) {
      bad++;
      return warn(`the extractor failed on id ${JSON.stringify(row.id)}: ${(e as Error).message}; skipped`);
    }
    const s = `${JSON.stringify({ id: row.id, claims })}\n`;
    out.push(s);
    outChars += s.length;
  };

  const input = file ? createReadStream(file) : process.stdin;
  input.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      let from = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
        handle(rest + chunk.slice(from, nl));
        rest = '';
        from = nl + 1;
      }
      rest += chunk.slice(from);
      if (outChars > 1 << 16) await flush();
    }
  } catch (e) {
    fail(`cannot read ${file ?? 'stdin'}: ${(e as Error).message}`);
  }
  if (rest) handle(rest);
  await flush();
  if (undated > NOTE_LINES) process.stderr.write(`factcheck: extract: ${undated - NOTE_LINES} more lines without a valid "publishedAt" (${undated} in all)\n`);
  if (bad) process.stderr.write(`factcheck: extract: ${bad} of ${lineNo} lines skipped\n`);
  return bad ? 1 : 0;
}
