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

interface Span {
  start: number;
  end: number;
}

/**
 * Why a result matched, in at most `width` characters: its sentence (the API's excerpt) around the matched words,
 * so that each word that matched shows (its first occurrence), found at a glance in a plain terminal. The whole
 * sentence when it fits; else one stretch from the first matched word to the last, centred, when that fits; else
 * each word with what context the width leaves, "…" between. "…" marks where the sentence was cut, and stretches
 * begin and end at spaces. The claim's text when the API gave no excerpt.
 */
export function whyItMatched(c: { text: string; sentence?: Span; excerpt?: { start: number; text: string; marks: Span[] } | null }, width = 40): string {
  const e = c.excerpt;
  if (!e) return c.text;
  const text = e.text.replace(/\s/g, ' ');
  // Each word once: its first occurrence.
  const seen = new Set<string>();
  const marks: Span[] = [];
  for (const m of [...e.marks].sort((a, b) => a.start - b.start)) {
    const at = { start: m.start - e.start, end: m.end - e.start };
    const word = text.slice(at.start, at.end).toLowerCase();
    if (at.start < 0 || at.end > text.length || at.start >= at.end || seen.has(word)) continue;
    seen.add(word);
    marks.push(at);
  }
  const cutBefore = !!c.sentence && e.start > c.sentence.start;
  const cutAfter = !!c.sentence && e.start + e.text.length < c.sentence.end;
  const render = (spans: Span[]) => {
    const parts = spans.map((s) => text.slice(s.start, s.end).trim());
    return `${spans[0].start > 0 || cutBefore ? '…' : ''}${parts.join(' … ')}${spans.at(-1)!.end < text.length || cutAfter ? '…' : ''}`;
  };
  const fits = (spans: Span[]) => [...render(spans)].length <= width;
  if (!marks.length || fits([{ start: 0, end: text.length }])) return render([{ start: 0, end: text.length }]); // (the table cuts it)
  // The words as stretches: as many as fit bare, then the two nearest joined while that fits (one stretch, when the
  // first and last are near enough).
  let parts: Span[] = marks;
  while (parts.length > 1 && !fits(parts)) parts = parts.slice(0, -1);
  for (;;) {
    const gaps = parts.slice(1).map((p, i) => ({ i, gap: p.start - parts[i].end })).sort((a, b) => a.gap - b.gap);
    const joined = gaps.length ? [...parts.slice(0, gaps[0].i), { start: parts[gaps[0].i].start, end: parts[gaps[0].i + 1].end }, ...parts.slice(gaps[0].i + 2)] : undefined;
    if (!joined || !fits(joined)) break;
    parts = joined;
  }
  // Then each stretch with the most context that fits, shared between its sides, beginning and ending at spaces.
  const around = ({ start: from, end: to }: Span, room: number): Span => {
    let before = Math.min(from, Math.floor(room / 2));
    const after = Math.min(text.length - to, room - before);
    before = Math.min(from, room - after);
    let start = from - before;
    let end = to + after;
    if (start > 0 && text[start - 1] !== ' ') {
      const space = text.slice(start, from).indexOf(' ');
      start = space < 0 ? from : start + space + 1;
    }
    if (end < text.length && text[end] !== ' ') {
      const space = text.slice(to, end).lastIndexOf(' ');
      end = space < 0 ? to : to + space;
    }
    return { start, end };
  };
  let best = parts;
  for (let room = 1; room <= width; room++) {
    const spans: Span[] = [];
    for (const s of parts.map((p) => around(p, room))) {
      const last = spans.at(-1);
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else spans.push(s);
    }
    if (fits(spans)) best = spans;
  }
  return render(best);
}

/** Who said it (the API's excerpt.source), in at most `width` characters around the words that matched there. */
export function sourceMatched(c: { attribution?: { source: string }; excerpt?: { source?: { text: string; marks: Span[] } | null } | null }, width = 24): string {
  const source = c.excerpt?.source;
  if (!source) return c.attribution?.source ?? '';
  return whyItMatched({ text: source.text, excerpt: { start: 0, text: source.text, marks: source.marks } }, width);
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
    // Why each matched: the words of the query in its sentence, and in who said it (a claim is found by its source's words too).
    out(table(['claim id', 'type', 'value', 'state', 'published', 'sentence', 'source', 'article'],
      res.items.map((c: any) => [c.claimId, c.type, valueOf(c), stateOf(c), c.article?.publishedAt?.slice(0, 10) ?? '', whyItMatched(c, 40), sourceMatched(c), c.article?.title ?? c.article?.source ?? '']), 40));
  }
  q.delete('cursor');
  more('search', q, res.nextCursor);
  return 0;
}
