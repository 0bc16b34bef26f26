/** The commands that talk to the API: submit, status, demo, queue, claim, verdict. Tables by default, --json for the API's own JSON. */
import { readFileSync } from 'node:fs';
import { SAMPLE_ARTICLE } from '../../lib/local/sample-article.ts';
import { api, apiBase, ApiError, enc, getWholeArticle, getWholeClaim } from './api.ts';
import { at, command, countOf, fail, moreLine, printJson, refused, stateOf, str, table, usageError, valueOf, withdrawn, type ClaimLike, type Parsed } from './common.ts';
import { validDate } from './dates.ts';
import type { CommandSpec } from './spec.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file === '-' ? 'stdin' : file}: ${(e as Error).message}`);
  }
}

/** Claims with their ids (what `claim` and `verdict` take), value, state and text. */
export function claimTable(claims: ClaimLike[]): string {
  if (!claims.length) return '(no check-worthy claims)';
  return table(['claim id', 'type', 'value', 'state', 'text'],
    claims.map((c) => [c.claimId ?? '', c.type, valueOf(c), stateOf(c), c.text]), 48);
}

function articleHeader(a: any): string {
  const bits = [a.articleId, a.status, a.language ?? '', `published ${a.publishedAt ?? '?'}`];
  return `${bits.filter(Boolean).join('  ')}${a.title ? `\n${a.title}` : ''}${a.url ? `\n${a.url}` : ''}${a.failure ? `\nfailed: ${a.failure}` : ''}`;
}

/** An article cut to its most check-worthy claims (MAX_CLAIMS_PER_ARTICLE) says how many were not kept. */
function omittedLine(omitted: number, kept: number): string {
  return `${omitted} more claims were found and not kept: only the ${kept} most check-worthy are listed and reviewed`;
}

function summaryLine(s: any): string {
  if (!s) return '';
  const ratings = Object.entries(s.ratings ?? {}).filter(([, n]) => n).map(([r, n]) => `${r} ${n}`).join(', ');
  return `${s.claims} claims: ${s.decided} decided${ratings ? ` (${ratings})` : ''}, ${s.open} open, ${s.conflicts} with conflicts`;
}

/**
 * Polls the article until it leaves PROCESSING, printing each status change, then its claims under the last
 * status. Not the claims as they appear: extraction stores them while the article is still PROCESSING (checks
 * still to come), so a table printed then came before the final status line or not, as the polls fell (trial 6,
 * finding 13), and showed claims without their checks.
 */
async function follow(articleId: string, quiet = false): Promise<any> {
  const deadline = Date.now() + 120_000;
  let last = '';
  for (;;) {
    const a = await getWholeArticle(articleId, 'submitter');
    if (!quiet && a.status !== last) out(`status: ${a.status}`);
    last = a.status;
    if (a.status !== 'PROCESSING') {
      if (!quiet && (a.claims.length || a.status !== 'FAILED')) out(claimTable(a.claims));
      return a;
    }
    if (Date.now() > deadline) fail(`article ${articleId} is still PROCESSING after 2 minutes; see: ${command(['status', articleId])}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function afterFollow(a: any) {
  const open = (a.claims as ClaimLike[]).filter((c) => c.status === 'PENDING_REVIEW');
  out(`\n${summaryLine(a.summary) || `${a.claims.length} claims`}; ${open.length} wait for a reviewer.`);
  if (a.claimsOmitted) out(omittedLine(a.claimsOmitted, a.claims.length));
  if (open.length) out(`Next: ${command(['claim', open[0].claimId!])}   |   ${command(['verdict', open[0].claimId!, '--rating', 'false', '--note', 'why'])}   |   ${command(['queue'])}`);
}

export async function submit(spec: CommandSpec, p: Parsed): Promise<number> {
  const lang = str(p.values.lang);
  const published = str(p.values.published);
  if (lang && lang !== 'ar' && lang !== 'en') usageError(spec, `--lang must be ar or en, not "${lang}"`);
  if (published && !validDate(published)) usageError(spec, `--published must be a date YYYY-MM-DD, not "${published}"`);
  const url = str(p.values.url);
  if (!p.positionals[0] && !url) usageError(spec, 'needs FILE (or - for stdin), or --url URL');
  // Read first: a file that cannot be read is the one thing to say (not a note about dates before it).
  const text = p.positionals[0] ? readText(p.positionals[0]) : undefined;
  if (!published && p.positionals[0]) process.stderr.write('factcheck: no --published: the article\'s relative dates resolve against today\n');
  const body = { text, language: lang, publishedAt: published, url, title: str(p.values.title), source: str(p.values.source) };
  const res = await api('POST', '/articles', 'submitter', body);
  if (!p.values.wait) {
    if (p.values.json) printJson(res);
    else out(`${res.articleId}  ${res.status}\nfollow it: ${command(['status', res.articleId])}`);
    return 0;
  }
  if (!p.values.json) out(`article ${res.articleId}`);
  const a = await follow(res.articleId, !!p.values.json);
  if (p.values.json) printJson(a);
  // A failed article says why (a refused or unreachable link, the extractor's error), not "0 claims".
  else if (a.status === 'FAILED') out(`failed: ${a.failure ?? 'no reason recorded'}\nsee: ${command(['status', a.articleId])}`);
  else afterFollow(a);
  return a.status === 'FAILED' ? 1 : 0;
}

export async function status(_spec: CommandSpec, p: Parsed): Promise<number> {
  // The desk's view (reviewers see verdicts; a submitter sees only published ratings of their own articles).
  const a = await getWholeArticle(p.positionals[0], 'reviewer');
  if (p.values.json) {
    printJson(a);
    return 0;
  }
  out(articleHeader(a));
  // A failed article has no claims because it failed (said above), not because none was found.
  if (a.claims.length || a.status !== 'FAILED') out(a.claims.length || a.status !== 'PROCESSING' ? claimTable(a.claims) : '(no claims yet: still processing)');
  if (a.summary && a.status !== 'FAILED') out(summaryLine(a.summary));
  if (a.claimsOmitted) out(omittedLine(a.claimsOmitted, a.claims.length));
  return 0;
}

export async function demo(_spec: CommandSpec, p: Parsed): Promise<number> {
  const file = p.positionals[0];
  const body = file ? { text: readText(file), title: file } : SAMPLE_ARTICLE;
  const json = !!p.values.json;
  if (!json) out(`submitting ${file ?? `the sample article "${SAMPLE_ARTICLE.title}"`} to ${apiBase()} ...`);
  const res = await api('POST', '/articles', 'submitter', body);
  if (!json) out(`article ${res.articleId}`);
  const a = await follow(res.articleId, json);
  if (json) printJson(a);
  else afterFollow(a);
  return 0;
}

export async function queue(spec: CommandSpec, p: Parsed): Promise<number> {
  const q = new URLSearchParams();
  const lang = str(p.values.lang);
  const limit = str(p.values.limit);
  if (lang && lang !== 'ar' && lang !== 'en') usageError(spec, `--lang must be ar or en, not "${lang}"`);
  if (limit && !/^\d+$/.test(limit)) usageError(spec, `--limit must be a number, not "${limit}"`);
  if (lang) q.set('language', lang);
  if (limit) q.set('limit', limit);
  if (str(p.values.cursor)) q.set('cursor', str(p.values.cursor)!);
  const res = await api('GET', `/review-queue?${q}`, 'reviewer');
  if (p.values.json) {
    printJson(res);
    return 0;
  }
  if (!res.items.length) out('(the queue is empty)');
  else {
    const held = res.items.some((c: any) => c.lease);
    out(table(['priority', 'claim id', 'type', 'value', ...(held ? ['taken by'] : []), 'text'],
      res.items.map((c: any) => [c.checks.priority.toFixed(2), c.claimId, c.type, valueOf(c), ...(held ? [c.lease?.leasedBy ?? ''] : []), c.text]), 48));
  }
  if (res.nextCursor) {
    out(moreLine(['queue', ...(lang ? ['--lang', lang] : []), ...(limit ? ['--limit', limit] : [])], res.nextCursor));
  }
  return 0;
}

const refs = (list: any[] | undefined) =>
  list?.length ? list.map((r) => `${r.claimId} (${countOf({ min: r.min, max: r.max, qualifier: qualifierOf(r) })})`).join(', ') : 'none';

/** A reference carries its range only: no upper bound is "at least" (≥18, as the claim's own value reads), no lower "at most". */
const qualifierOf = (r: { min: number | null; max: number | null }) =>
  r.min === r.max ? 'exact' : r.max === null || r.max === undefined ? 'at_least' : r.min === null || r.min === undefined ? 'at_most' : 'range';

export function claimText(c: any): string {
  const lines: string[] = [];
  const row = (k: string, v: string | undefined | null) => { if (v) lines.push(`${k.padEnd(13)} ${v}`); };
  row('claim', c.claimId);
  row('article', c.articleId);
  row('type', c.type);
  row('value', c.casualty ? `${valueOf(c)} (${c.casualty.qualifier})` : valueOf(c));
  row('text', c.text);
  row('source', c.attribution?.source);
  // What the fact-check's page and ClaimReview (claimReviewed) will state, by the publisher's own rule (the API's).
  row('states', c.publicStatement && `${c.publicStatement}  (as published: the public page and ClaimReview)`);
  row('state', c.verdict ? `decided, version ${c.version}` : `open, version ${c.version ?? 0}`);
  row('taken by', c.lease ? `${c.lease.leasedBy} until ${at(c.lease.until)}` : undefined);
  row('priority', c.checks?.priority?.toFixed(2));
  row('corroborated', refs(c.checks?.corroborations));
  row('conflicts', refs(c.checks?.conflicts));
  row('suggested', c.checks?.suggestedVerdict ? `${c.checks.suggestedVerdict.rating} (from ${c.checks.suggestedVerdict.fromClaimId})` : undefined);
  if (c.verdict) {
    // As `status` and `search` say it: a fact-check of this version withdrawn since is no current verdict to a reader.
    row('verdict', `${c.verdict.rating} by ${c.verdict.reviewer} at ${at(c.verdict.at)}${withdrawn(c) ? '  (fact-check withdrawn)' : ''}`);
    row('note', c.verdict.note);
    row('explanation', c.verdict.publicExplanation);
    row('evidence', c.verdict.evidence?.join(' '));
  }
  if (c.publication) row('publication', `${c.publication.state} v${c.publication.version} by ${c.publication.editor} at ${at(c.publication.at)}`);
  if (c.history?.length) {
    lines.push('history');
    for (const h of c.history) if (h.event) lines.push(`  ${h.event} v${h.version}  ${at(h.at)}  ${h.editor ?? ''}`);
    else lines.push(`  v${h.version}  ${at(h.at)}  ${h.reviewer}  ${h.rating}${h.note ? `  "${h.note.replace(/\s+/g, ' ')}"` : ''}${h.evidence?.length ? `  ${h.evidence.join(' ')}` : ''}`);
  }
  return lines.join('\n');
}

export async function claim(_spec: CommandSpec, p: Parsed): Promise<number> {
  const c = await getWholeClaim(p.positionals[0], 'reviewer');
  if (p.values.json) printJson(c);
  else out(claimText(c));
  return 0;
}

export async function lease(spec: CommandSpec, p: Parsed): Promise<number> {
  const id = p.positionals[0];
  const minutes = str(p.values.minutes) ?? '15';
  // The API's bounds (ttlSeconds 30 s to 8 h), said in the flag's own unit.
  if (!/^\d+$/.test(minutes) || +minutes < 1 || +minutes > 480) usageError(spec, `--minutes must be a whole number from 1 to 480 (8 hours), not "${minutes}"`);
  let res: any;
  try {
    res = await api('POST', `/claims/${enc(id)}/lease`, 'reviewer', { ttlSeconds: +minutes * 60 });
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) {
      refused(e, `${id} not taken: ${e.body?.detail ?? `held by ${e.body?.leasedBy}`}`);
    }
    throw e;
  }
  if (p.values.json) printJson(res);
  else out(`${id}: yours until ${at(res.until)}`);
  return 0;
}

export async function release(_spec: CommandSpec, p: Parsed): Promise<number> {
  const res = await api('DELETE', `/claims/${enc(p.positionals[0])}/lease`, 'reviewer');
  if (p.values.json) printJson(res);
  else out(`${p.positionals[0]}: released`);
  return 0;
}

/** An editor publishes the verdict of the version read (the API refuses it once the claim moved on). */
export async function publish(spec: CommandSpec, p: Parsed): Promise<number> {
  const id = p.positionals[0];
  const given = str(p.values['expected-version']);
  if (given !== undefined && !/^\d+$/.test(given)) usageError(spec, `--expected-version must be a whole number, not "${given}"`);
  let version = given === undefined ? undefined : Number(given);
  if (version === undefined) {
    const current = await api('GET', `/claims/${enc(id)}`, 'reviewer');
    if (!current.verdict) fail(`${id} has no verdict yet: a reviewer decides it first (${command(['verdict', id, '--rating', 'RATING'])})`);
    version = current.version as number;
  }
  let res: any;
  try {
    res = await api('POST', `/claims/${enc(id)}/publication`, 'editor', { expectedVersion: version });
  } catch (e) {
    if (e instanceof ApiError && (e.status === 409 || e.status === 422)) {
      refused(e, `not published: ${e.body?.detail ?? e.message}${e.status === 409 ? `. Read it (${command(['claim', id])}), then publish the version you read` : ''}`);
    }
    throw e;
  }
  if (p.values.json) printJson(res);
  else out(`${id}: published (version ${version}); public page: ${apiBase()}/fact-checks/${enc(id)}`);
  return 0;
}

export async function withdraw(_spec: CommandSpec, p: Parsed): Promise<number> {
  const id = p.positionals[0];
  let res: any;
  try {
    res = await api('DELETE', `/claims/${enc(id)}/publication`, 'editor');
  } catch (e) {
    // 409: the claim exists but is not published (never, or withdrawn already); an unknown id stays a 404.
    if (e instanceof ApiError && e.status === 409) refused(e, `not withdrawn: ${e.body?.detail ?? e.message}`);
    throw e;
  }
  if (p.values.json) printJson(res);
  else out(`${id}: withdrawn; its public page answers 410 Gone`);
  return 0;
}

/** An editor rebuilds the search index, a page of articles per request, until the API says it is done. */
export async function reindex(spec: CommandSpec, p: Parsed): Promise<number> {
  const given = str(p.values.limit);
  if (given !== undefined && !/^\d+$/.test(given)) usageError(spec, `--limit must be a whole number, not "${given}"`);
  const limit = given === undefined ? undefined : Number(given);
  const total = { version: 0, pages: 0, articles: 0, rebuilt: 0, skipped: 0, postingsWritten: 0, postingsDeleted: 0 };
  let cursor: string | undefined;
  do {
    const page = await api('POST', '/search-index/rebuild', 'editor', { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) });
    total.version = page.version;
    total.pages++;
    for (const k of ['articles', 'rebuilt', 'skipped', 'postingsWritten', 'postingsDeleted'] as const) total[k] += page[k];
    if (!p.values.json) {
      process.stderr.write(`${total.articles} articles: ${total.rebuilt} rebuilt, ${total.skipped} skipped; postings ${total.postingsWritten} written, ${total.postingsDeleted} stale deleted\n`);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  if (p.values.json) printJson(total);
  else out(`search index at version ${total.version}: ${total.rebuilt} of ${total.articles} articles rebuilt${total.skipped ? ` (${total.skipped} skipped: not extracted yet; their extraction writes the current words)` : ''}`);
  return 0;
}

/** The verdict flags as given (rating, note, explanation, evidence), for a command line to run again. */
function verdictFlags(p: Parsed): string[] {
  const out: string[] = [];
  for (const flag of ['rating', 'note', 'explanation'] as const) {
    const v = str(p.values[flag]);
    if (v !== undefined) out.push(`--${flag}`, v);
  }
  for (const u of (p.values.evidence as string[] | undefined) ?? []) out.push('--evidence', u);
  return out;
}

export async function verdict(spec: CommandSpec, p: Parsed): Promise<number> {
  const id = p.positionals[0];
  const rating = str(p.values.rating);
  if (!rating) usageError(spec, 'needs --rating');
  // The scale is the desk's setting: the API names the ratings it takes when one is not on it.
  const given = str(p.values['expected-version']);
  if (given !== undefined && !/^\d+$/.test(given)) usageError(spec, `--expected-version must be a whole number, not "${given}"`);
  let expectedVersion: number;
  if (given !== undefined) expectedVersion = Number(given);
  else {
    // Without the version the reviewer saw, write only on an undecided claim: never over a colleague's verdict.
    const current = await api('GET', `/claims/${enc(id)}`, 'reviewer');
    if (current.version > 0 || current.verdict) {
      fail(`${id} is already decided: ${current.verdict?.rating ?? '?'} by ${current.verdict?.reviewer ?? '?'} (version ${current.version}). `
        + `Read it (${command(['claim', id])}), then to replace it: ${command(['verdict', id, ...verdictFlags(p), '--expected-version', String(current.version)])}`);
    }
    expectedVersion = 0;
  }
  let res: any;
  try {
    res = await api('PUT', `/claims/${enc(id)}/verdict`, 'reviewer', { rating, note: str(p.values.note), publicExplanation: str(p.values.explanation), evidence: p.values.evidence, expectedVersion });
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) {
      const b = e.body ?? {};
      const v = b.verdict;
      refused(e, `not recorded: ${id} is at version ${b.currentVersion ?? '?'}${v ? ` (${v.rating} by ${v.reviewer})` : ''}, not ${expectedVersion}. `
        + `Read it (${command(['claim', id])}), then decide again with --expected-version ${b.currentVersion ?? '?'}`);
    }
    throw e;
  }
  if (p.values.json) printJson(res);
  else out(`${res.claimId}: ${res.verdict.rating} (version ${res.version})`);
  return 0;
}
