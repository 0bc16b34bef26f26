/**
 * One row of `factcheck extract --jsonl` through the extractor: its `{"id","claims"}` output line, or the
 * extractor's error message. The same function runs in the CLI's own thread (`--workers 1`, small inputs)
 * and in its worker threads (bin/cli/extract-worker.ts), so both write the same bytes.
 */
import { extractClaims, type Claim } from '../../lambdas/domain/extract/index.ts';

// The single text of `factcheck extract` runs from here too (bin/cli/extractor.ts loads this module, compiled once).
export { extractClaims };

/** A validated input row, as the main thread sends it to a worker. */
export interface Row {
  id: string | number;
  text: string;
  language: 'ar' | 'en' | undefined;
  publishedAt: string | undefined;
}

export function extractLine(row: Row): string | { error: string } {
  let claims: Claim[];
  try {
    claims = extractClaims(row.text, { language: row.language, publishedAt: row.publishedAt });
  } catch (e) {
    return { error: String((e as Error)?.message) };
  }
  return claimsLine(row.id, claims);
}

/**
 * `${JSON.stringify({ id, claims })}\n`, the same bytes, written out per claim type: one pass of template strings
 * instead of JSON.stringify's walk of every object's keys (on the bench's 10 MB of English articles, 25 MB of output,
 * ~40 % less time to make and encode the lines). The key order is the order the extractor builds each claim
 * (lambdas/domain/extract/index.ts), and CLAIM_KEYS fails the type check when a claim gains a field; the unit test
 * cli-claims-line.test.ts compares the two on every claim of the test corpora and on strings JSON must escape.
 */
export function claimsLine(id: string | number, claims: readonly Claim[]): string {
  let s = `{"id":${typeof id === 'number' ? num(id) : str(id)},"claims":[`;
  for (let i = 0; i < claims.length; i++) s += i === 0 ? claimJson(claims[i]) : `,${claimJson(claims[i])}`;
  return `${s}]}\n`;
}

/** Every field of a claim and of its parts, in the order the serializer writes them (a new field fails here). */
const CLAIM_KEYS = ['id', 'type', 'text', 'start', 'end', 'sentence', 'attribution', 'casualty', 'date', 'checkworthiness'] as const;
type Exactly<K extends readonly string[], T> = [Exclude<keyof T, K[number]>] extends [never] ? true : never;
const EXACT: [Exactly<typeof CLAIM_KEYS, Claim>, Exactly<['start', 'end'], Claim['sentence']>,
  Exactly<['source', 'start', 'end'], NonNullable<Claim['attribution']>>,
  Exactly<['kind', 'min', 'max', 'qualifier', 'group'], NonNullable<Claim['casualty']>>,
  Exactly<['values'], NonNullable<Claim['date']>>, Exactly<['from', 'to'], NonNullable<Claim['date']>['values'][number]>] =
  [true, true, true, true, true, true];
void EXACT;

function claimJson(c: Claim): string {
  // id ("casualty-12-40"), type, kind, qualifier and the ISO days are the extractor's own words: nothing to escape;
  // the offsets are whole numbers (indexes into the text).
  const head = `{"id":"${c.id}","type":"${c.type}","text":${str(c.text)},"start":${c.start},"end":${c.end},"sentence":{"start":${c.sentence.start},"end":${c.sentence.end}}`;
  const a = c.attribution;
  const by = a ? `,"attribution":{"source":${str(a.source)},"start":${a.start},"end":${a.end}}` : '';
  const worth = `,"checkworthiness":${num(c.checkworthiness)}`;
  const k = c.casualty;
  if (k) {
    return `${head},"casualty":{"kind":"${k.kind}","min":${num(k.min)},"max":${num(k.max)},"qualifier":"${k.qualifier}","group":${str(k.group)}}${worth}${by}}`;
  }
  const d = c.date;
  if (d) {
    let v = '';
    for (let i = 0; i < d.values.length; i++) v += `${i === 0 ? '' : ','}{"from":"${d.values[i].from}","to":"${d.values[i].to}"}`;
    return `${head},"date":{"values":[${v}]}${worth}${by}}`;
  }
  // A statement: its attribution comes before its worth (the order the extractor builds it in).
  return `${head}${by}${worth}}`;
}

/** A character JSON.stringify writes otherwise than itself: a quote, a backslash, a control character, a surrogate (lone ones are escaped). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON: as it is between quotes unless a character needs escaping (then JSON.stringify's own escapes). */
function str(s: string): string {
  return ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** A number (or null) as JSON writes it: not finite is null. */
function num(n: number | null): string {
  return n === null || !Number.isFinite(n) ? 'null' : `${n}`;
}

/** A batch of rows sent to a worker, and what comes back: the output lines joined, and the rows that failed. */
export interface Job {
  seq: number;
  rows: Row[];
}
export interface Done {
  seq: number;
  out: string;
  /** [index of the row in the batch, the extractor's message] */
  failures: [number, string][];
}

export function extractBatch(job: Job): Done {
  const out: string[] = [];
  const failures: [number, string][] = [];
  job.rows.forEach((row, i) => {
    const r = extractLine(row);
    if (typeof r === 'string') out.push(r);
    else failures.push([i, r.error]);
  });
  return { seq: job.seq, out: out.join(''), failures };
}
