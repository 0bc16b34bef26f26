/** Finding work again: `articles` (the list, newest first) and `search` (every claim, by words and values). */
import { api } from './api.ts';
import { moreLine, printJson, stateOf, str, table, usageError, valueOf, type Parsed } from './common.ts';
import { validDate } from './dates.ts';
import type { CommandSpec } from './spec.ts';

const out = (s: string) => process.stdout.write(`${s}\n`);
const STATUSES = ['PROCESSING', 'AWAITING_REVIEW', 'CHECKED', 'PARTIALLY_CHECKED', 'FAILED'];
const KINDS = ['killed', 'injured', 'missing', 'displaced', 'arrested', 'destroyed'];

/** The query string of the flags given, each checked here so a typo is a usage error, not a round trip. */
function query(spec: CommandSpec, p: Parsed, names: Record<string, string>): URLSearchParams {
  const q = new URLSearchParams();
  if (p.positionals.length) q.set('q', p.positionals.join(' '));
  for (const [flag, param] of Object.entries(names)) {
    const v = str(p.values[flag]);
    if (v === undefined) continue;
    const bad = (what: string) => usageError(spec, `--${flag} must be ${what}, not "${v}"`);
    if ((flag === 'from' || flag === 'to') && !/^\d{4}-\d{2}-\d{2}$/.test(v)) bad('a day YYYY-MM-DD');
    if ((flag === 'from' || flag === 'to') && !validDate(v)) bad('a day that exists');
    if (['limit', 'min', 'max'].includes(flag) && !/^\d+$/.test(v)) bad('a whole number');
    if (flag === 'lang' && v !== 'ar' && v !== 'en') bad('ar or en');
    if (flag === 'kind' && !KINDS.includes(v)) bad(`one of ${KINDS.join(', ')}`);
    if (flag === 'type' && v !== 'casualty' && v !== 'date') bad('casualty or date');
    q.set(param, v);
  }
  return q;
}

function more(command: string, q: URLSearchParams, next: string | null) {
  if (!next) return;
  out(moreLine([command, ...[...q].flatMap(([k, v]) => (k === 'q' ? [v] : [`--${k === 'language' ? 'lang' : k}`, v]))], next));
}

export async function articles(spec: CommandSpec, p: Parsed): Promise<number> {
  const q = query(spec, p, { status: 'status', lang: 'language', from: 'from', to: 'to', limit: 'limit', cursor: 'cursor' });
  const status = q.get('status');
  if (status) {
    const s = status.toUpperCase().replace(/-/g, '_');
    if (!STATUSES.includes(s)) usageError(spec, `--status must be one of ${STATUSES.join(', ')}, not "${status}"`);
    q.set('status', s);
  }
  const res = await api('GET', `/articles?${q}`, 'reviewer');
  if (p.values.json) {
    printJson(res);
    return 0;
  }
  if (!res.items.length) out('(no articles)');
  else {
    out(table(['article id', 'status', 'lang', 'published', 'claims', 'decided', 'title'],
      res.items.map((a: any) => [a.articleId, a.status, a.language ?? '', a.publishedAt?.slice(0, 10) ?? '', String(a.claimCount ?? ''), String(a.decidedClaims ?? 0), a.title ?? a.url ?? '']), 60));
  }
  q.delete('cursor');
  more('articles', q, res.nextCursor);
  return 0;
}

/**
 * Why a result matched: its sentence (the API's excerpt) from a few words before the first matched word, "…"
 * where it was cut (the table cuts the end); the claim's text when the API gave no excerpt.
 */
export function whyItMatched(c: { text: string; sentence?: { start: number }; excerpt?: { start: number; text: string; marks: { start: number }[] } | null }, lead = 10): string {
  const e = c.excerpt;
  if (!e) return c.text;
  const at = (e.marks[0]?.start ?? e.start) - e.start;
  let from = 0;
  if (at > lead) {
    // A whole word first: from the first space within the last `lead` characters before the match.
    const space = e.text.slice(at - lead, at).search(/\s/);
    from = space < 0 ? at : at - lead + space + 1;
  }
  return `${from > 0 || e.start > (c.sentence?.start ?? e.start) ? '…' : ''}${e.text.slice(from)}`;
}

export async function search(spec: CommandSpec, p: Parsed): Promise<number> {
  const q = query(spec, p, { type: 'type', kind: 'kind', status: 'status', lang: 'language', from: 'from', to: 'to', min: 'min', max: 'max', limit: 'limit', cursor: 'cursor' });
  const status = q.get('status');
  if (status) {
    const s = { open: 'PENDING_REVIEW', decided: 'DECIDED', pending_review: 'PENDING_REVIEW' }[status.toLowerCase()] ?? status.toUpperCase();
    if (s !== 'PENDING_REVIEW' && s !== 'DECIDED') usageError(spec, `--status must be open or decided, not "${status}"`);
    q.set('status', s);
  }
  const res = await api('GET', `/claims?${q}`, 'reviewer');
  if (p.values.json) {
    printJson(res);
    return 0;
  }
  if (!res.items.length) out('(no claims found)');
  else {
    out(table(['claim id', 'type', 'value', 'state', 'published', 'sentence', 'article'],
      res.items.map((c: any) => [c.claimId, c.type, valueOf(c), stateOf(c), c.article?.publishedAt?.slice(0, 10) ?? '', whyItMatched(c), c.article?.title ?? c.article?.source ?? '']), 40));
  }
  q.delete('cursor');
  more('search', q, res.nextCursor);
  return 0;
}
