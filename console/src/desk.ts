/**
 * The desk's pages and helpers: the article list, claim search, leases, references with their articles,
 * the priority explained, and keyboard shortcuts. Names and dates go into <bdi> so a Latin name never
 * splits an Arabic date around it (and the reverse).
 */
import { api, ApiError } from './api.ts';
import { currentSession } from './auth.ts';
import { announce, h, mount, withMarks } from './dom.ts';
import { currentLang, t } from './i18n.ts';

export const dirOf = (language: string | null | undefined) => (language === 'ar' ? 'rtl' : 'ltr');
export const isReviewer = () => !!currentSession()?.groups.includes('reviewers');
/** Reviewers and editors: they see every article and may search claims. */
export const isStaff = () => isReviewer() || !!currentSession()?.groups.includes('editors');

/** A name, isolated from the text around it. */
export const bdi = (text: string) => h('bdi', {}, text);

/**
 * A moment as the CLI prints it, in UTC: "2026-11-29 14:59:33Z", whatever the browser's zone and language, so
 * two people comparing notes (or a screen and a terminal) read the same time. Every screen's times go through it.
 */
export function utcTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const s = d.toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 19)}Z`;
}

/** A day (in the interface's language) or a moment (utcTime), isolated. */
export function when(iso: string | null | undefined, withTime = false) {
  if (!iso) return h('span', { className: 'muted' }, t('noDate'));
  const text = withTime
    ? utcTime(iso)
    : new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).toLocaleDateString(currentLang(), { dateStyle: 'medium', timeZone: 'UTC' });
  return h('bdi', {}, h('time', { datetime: iso }, text));
}

/** "killed ≥ 20 · Turkish soldiers", "2020-03-05 or 2020-03-06". */
export function valueOf(c: any): string {
  if (c.casualty) {
    const { kind, min, max, qualifier, group } = c.casualty;
    const count = qualifier === 'exact' || qualifier === 'approx'
      ? `${qualifier === 'approx' ? '~' : ''}${min}`
      : qualifier === 'at_least' ? `≥ ${min}` : qualifier === 'more_than' ? `> ${min}` : qualifier === 'at_most' ? `≤ ${max}` : rangeText(min, max);
    return `${t(kind)} ${count}${group ? ` · ${group}` : ''}`;
  }
  if (c.date) return c.date.values.map((v: any) => (v.from === v.to ? v.from : `${v.from} … ${v.to}`)).join(` ${t('or')} `);
  return c.type;
}

export function errorBox(e: unknown) {
  const detail = e instanceof ApiError ? `${e.status} ${e.problem.title ?? ''}: ${e.message}` : (e as Error).message;
  return h('p', { className: 'error', role: 'alert' }, t('error', { detail }));
}

/** An article's status as a reader should take it: "Checked" with no claims is "no check-worthy claims found". */
export function statusBadge(a: { status: string; claimCount?: number | null; claims?: unknown[] }) {
  const count = a.claimCount ?? a.claims?.length;
  if (a.status === 'CHECKED' && count === 0) {
    return h('span', { className: 'status NO_CLAIMS', 'data-status': a.status, title: t('noClaimsFoundHelp') }, t('noClaimsFound'));
  }
  return h('span', { className: `status ${a.status}`, 'data-status': a.status }, t(`status${a.status}`));
}

/** The outlet and a link to the article where it was published. */
export function sourceLine(a: { url?: string | null; source?: string | null }) {
  const parts: (Node | string)[] = [];
  if (a.source) parts.push(bdi(a.source));
  if (a.url) {
    if (parts.length) parts.push(' · ');
    // Without an outlet's name, the link's host stands for it (not the words "Source link" under "Outlet").
    let label = t('sourceLink');
    if (!a.source) try { label = new URL(a.url).hostname; } catch { /* not a URL: the words */ }
    parts.push(h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr' }, label));
  }
  return parts.length ? h('span', {}, ...parts) : h('span', { className: 'muted' }, t('none'));
}

/** In a line of facts: the outlet and link followed by " · ", or nothing when the article names neither. */
export const sourceInLine = (a: { url?: string | null; source?: string | null }) => (a.source || a.url ? [sourceLine(a), ' · '] : []);

/** A count range as the claim pages write it: "18", "≥ 18" (no upper bound), "≤ 6", "10–12". */
export function rangeText(min: number | null, max: number | null): string {
  if (min === max) return String(min);
  if (max === null || max === undefined) return `≥ ${min}`;
  if (min === null || min === undefined) return `≤ ${max}`;
  return `${min}–${max}`;
}

/** A message with some of its parts as nodes (names, dates in <bdi>), in whatever order the language puts them. */
export function tNodes(key: string, vars: Record<string, Node>): (Node | string)[] {
  const template = t(key, Object.fromEntries(Object.keys(vars).map((k) => [k, `{${k}}`])));
  return template.split(/(\{\w+\})/).filter(Boolean).map((part) => vars[part.slice(1, -1)] ?? part);
}

export function leaseLine(lease: { leasedBy: string; until: string } | undefined | null) {
  if (!lease) return null;
  const mine = lease.leasedBy === currentSession()?.name;
  return h('p', { className: `lease${mine ? ' mine' : ''}`, 'data-leased-by': lease.leasedBy },
    ...tNodes(mine ? 'youHold' : 'leasedBy', { name: bdi(lease.leasedBy), until: when(lease.until, true) }));
}

/** A verdict's rating, saying so when the fact-check of that version was published and withdrawn since (trial 8, finding 35). */
export function ratingOf(c: { verdict?: { rating: string } | null; version?: number; publication?: { state: string; version: number } | null }): string {
  if (!c.verdict) return '';
  const withdrawn = c.publication?.state === 'withdrawn' && c.publication.version === c.version;
  return withdrawn ? t('ratingWithdrawn', { rating: t(c.verdict.rating) }) : t(c.verdict.rating);
}

/** Corroborating or conflicting claims with their article's title, outlet, date, verdict and a link. */
export function refsList(list: { articleId: string; claimId: string; min: number | null; max: number | null }[], count = 0) {
  // A submitter is told how many, not which (other people's articles: lambdas/app/visibility.ts).
  if (!list.length) return h('p', {}, count ? t('otherReports', { n: count }) : t('none'));
  const ul = h('ul', { className: 'refs' });
  for (const r of list) {
    const count = rangeText(r.min, r.max);
    const li = h('li', { 'data-claim': r.claimId }, h('a', { href: `#/claim/${r.claimId}` }, h('bdi', {}, count)), ' — ', h('span', { className: 'muted' }, t('loading')));
    ul.appendChild(li);
    void Promise.all([api('GET', `/claims/${r.claimId}`), api('GET', `/articles/${r.articleId}`)]).then(([c, a]) => {
      li.replaceChildren(
        h('a', { href: `#/claim/${r.claimId}` }, h('bdi', { dir: 'auto' }, a.title ?? a.articleId)), ' — ',
        h('bdi', {}, count), ' · ', ...sourceInLine(a), when(a.publishedAt), ' · ',
        h('span', { className: 'verdict' }, c.verdict ? `${t('verdictOf')}: ${ratingOf(c)}` : t('PENDING_REVIEW')));
    }).catch(() => li.replaceChildren(h('a', { href: `#/claim/${r.claimId}` }, r.claimId), ` — ${count}`));
  }
  return ul;
}

/** The priority's parts, as lambdas/domain/model.ts priorityOf computes it. */
export function priorityWhy(c: any) {
  const count = c.casualty ? (c.casualty.max ?? c.casualty.min ?? 0) : 0;
  const mag = count > 0 ? Math.min(0.15, Math.log10(count + 1) / 30) : 0;
  const conf = c.checks.conflicts.length ? 0.15 : 0;
  return h('details', { className: 'why' }, h('summary', {}, t('priorityWhy')),
    h('p', {}, t('priorityParts', { cw: c.checkworthiness.toFixed(2), base: (c.checkworthiness * 0.8).toFixed(2), mag: mag.toFixed(2), conf: conf.toFixed(2) })));
}

/** Lines that are not http(s) links, as one message (null when all are links). */
export function evidenceProblem(value: string): { links: string[]; error: string | null } {
  const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
  const bad = lines.filter((l) => !/^https?:\/\/\S+$/i.test(l));
  return { links: lines, error: bad.length ? t('evidenceInvalid', { lines: bad.map((b) => `"${b.length > 60 ? `${b.slice(0, 57)}…` : b}"`).join(', ') }) : null };
}

/** Takes the claim for this reviewer; shows who else holds it when someone does. */
export async function takeLease(claimId: string, target: HTMLElement) {
  try {
    const lease = await api('POST', `/claims/${claimId}/lease`, {});
    mount(target, leaseLine(lease));
  } catch (e) {
    if (e instanceof ApiError && e.status === 409 && e.problem.leasedBy) {
      mount(target, leaseLine({ leasedBy: e.problem.leasedBy, until: e.problem.until }), h('p', { className: 'warning' }, t('leaseTakenOver')));
    } else mount(target, errorBox(e));
  }
}

export async function releaseLease(claimId: string) {
  await api('DELETE', `/claims/${claimId}/lease`).catch(() => undefined);
}

/** The highest-priority open claim other than this one that nobody else is on, or null. */
export async function nextClaimId(current: string): Promise<string | null> {
  const me = currentSession()?.name;
  const page = await api('GET', '/review-queue?limit=50');
  const next = page.items.find((c: any) => c.claimId !== current && (!c.lease || c.lease.leasedBy === me));
  return next?.claimId ?? null;
}

export async function goToNextClaim(current: string, feedback: HTMLElement) {
  const next = await nextClaimId(current);
  if (next) location.hash = `#/claim/${next}`;
  else {
    mount(feedback, h('p', { className: 'ok' }, t('noNext')));
    announce(t('noNext'));
  }
}

/** Keys go to a text field, not to the shortcuts: a radio button or a checkbox takes no letters (1–5 leave focus on one). */
const NOT_TEXT = /^(radio|checkbox|button|submit|reset)$/;
const typing = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === 'INPUT') return !NOT_TEXT.test((el as HTMLInputElement).type);
  return el.isContentEditable || /^(TEXTAREA|SELECT)$/.test(el.tagName);
};

let pendingG = false;
/** Shortcuts everywhere (not while typing): / search, g q queue, g a articles, ? help; j/k move between rows. */
export function installShortcuts() {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.metaKey || e.ctrlKey || typing(e)) return;
    if (pendingG) {
      pendingG = false;
      if (e.key === 'q') location.hash = '#/queue';
      if (e.key === 'a') location.hash = '#/articles';
      return;
    }
    if (e.key === 'g') pendingG = true;
    else if (e.key === '/') {
      e.preventDefault();
      if (!location.hash.startsWith('#/search')) location.hash = '#/search';
      else (document.getElementById('search-q') as HTMLInputElement | null)?.focus();
    } else if (e.key === '?') {
      const help = document.getElementById('shortcuts') as HTMLDetailsElement | null;
      if (help) help.open = !help.open;
    } else if (e.key === 'j' || e.key === 'k') {
      const rows = [...document.querySelectorAll<HTMLAnchorElement>('[data-row-link]')];
      if (!rows.length) return;
      const at = rows.indexOf(document.activeElement as HTMLAnchorElement);
      const next = e.key === 'j' ? Math.min(rows.length - 1, at + 1) : Math.max(0, at - 1);
      rows[next].focus();
      rows[next].closest('tr, li')?.scrollIntoView({ block: 'nearest' });
      e.preventDefault();
    }
  });
}

/** On a claim page: 1–5 choose a rating, Ctrl+Enter records, n goes to the next claim. Removed on leaving. */
export function claimShortcuts(form: HTMLFormElement, next: () => void) {
  const onKey = (e: KeyboardEvent) => {
    if (!document.body.contains(form)) {
      document.removeEventListener('keydown', onKey);
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
      return;
    }
    if (typing(e) || e.ctrlKey || e.altKey || e.metaKey) return;
    const radios = form.querySelectorAll<HTMLInputElement>('input[name=rating]');
    if (/^[1-5]$/.test(e.key) && radios[Number(e.key) - 1]) {
      radios[Number(e.key) - 1].checked = true;
      radios[Number(e.key) - 1].focus();
      e.preventDefault();
    } else if (e.key === 'n') {
      e.preventDefault();
      next();
    }
  };
  document.addEventListener('keydown', onKey);
}

export function shortcutsHelp() {
  return h('details', { id: 'shortcuts', className: 'shortcuts' }, h('summary', {}, t('shortcuts')), h('p', {}, t('shortcutsHelp')));
}

function filterForm(id: string, params: URLSearchParams, fields: [string, HTMLElement][], onApply: (q: URLSearchParams) => void) {
  const form = h('form', {
    className: 'filters', id,
    onsubmit: (ev: Event) => {
      ev.preventDefault();
      const q = new URLSearchParams();
      for (const [name] of fields) {
        const el = form.querySelector<HTMLInputElement>(`[name=${name}]`)!;
        if (el.value.trim()) q.set(name, el.value.trim());
      }
      onApply(q);
    },
  }, ...fields.map(([name, el]) => {
    const control = el as HTMLInputElement;
    control.name = name;
    control.id = `${id}-${name}`;
    if (params.get(name)) control.value = params.get(name)!;
    return h('div', {}, h('label', { for: control.id }, t(name === 'q' ? 'searchWords' : name)), control);
  }), h('div', { className: 'actions' }, h('button', { type: 'submit' }, t('filterApply'))));
  return form;
}

const select = (options: [string, string][]) => h('select', {}, ...options.map(([v, label]) => h('option', { value: v }, label)));
const anyOf = (values: string[], label = (v: string) => t(v)) => select([['', t('any')], ...values.map((v): [string, string] => [v, label(v)])]);
const STATUSES = ['PROCESSING', 'AWAITING_REVIEW', 'CHECKED', 'PARTIALLY_CHECKED', 'FAILED'];
const KINDS = ['killed', 'injured', 'missing', 'displaced', 'arrested', 'destroyed'];

/** The article list, newest first (a submitter's own), with filters and a cursor. */
export async function articlesView(main: HTMLElement, params: URLSearchParams) {
  const form = filterForm('articles-filter', params, [
    ['q', h('input', { type: 'search', dir: 'auto' })],
    ['status', anyOf(STATUSES, (s) => t(`status${s}`))],
    ['language', select([['', t('all')], ['ar', t('arabic')], ['en', t('english')]])],
    ['from', h('input', { type: 'date' })],
    ['to', h('input', { type: 'date' })],
  ], (q) => { location.hash = `#/articles${q.size ? `?${q}` : ''}`; });
  const tbody = h('tbody');
  const message = h('div', { 'aria-live': 'polite' }, h('p', {}, t('loading')));
  const more = h('button', { type: 'button', hidden: true }, t('more'));
  const heading = isStaff() ? t('articles') : t('myArticles');
  mount(main, h('section', { className: 'articles' },
    h('h1', {}, heading),
    isStaff() ? null : h('p', {}, t('submitterHome'), ' ', h('a', { href: '#/submit' }, t('submit'))),
    form, message,
    h('table', { className: 'articles stack' },
      h('caption', { className: 'visually-hidden' }, heading),
      h('thead', {}, h('tr', {}, ...[t('publishedDay'), t('title'), t('outlet'), t('status'), t('claims')].map((c) => h('th', { scope: 'col' }, c)))),
      tbody),
    more));
  const load = async (cursor?: string) => {
    const q = new URLSearchParams(params);
    q.set('limit', '25');
    if (cursor) q.set('cursor', cursor);
    try {
      const page = await api('GET', `/articles?${q}`);
      mount(message, page.items.length || cursor ? null : h('p', {}, t('noArticles')));
      for (const a of page.items) {
        tbody.appendChild(h('tr', { 'data-article': a.articleId },
          // Only the date the article gives: the day it was received is not when it was published.
          h('td', { 'data-label': t('publishedDay') }, when(a.publishedAt)),
          h('td', { 'data-label': t('title'), dir: 'auto' }, h('a', { href: `#/article/${a.articleId}`, 'data-row-link': '' }, a.title ?? a.articleId)),
          h('td', { 'data-label': t('outlet') }, sourceLine(a)),
          h('td', { 'data-label': t('status') }, statusBadge(a)),
          h('td', { 'data-label': t('claims'), className: 'num' }, a.claimCount === null ? '—' : t('claimsDecided', { decided: a.decidedClaims, count: a.claimCount }))));
      }
      more.hidden = !page.nextCursor;
      more.onclick = () => load(page.nextCursor);
    } catch (e) {
      mount(message, errorBox(e));
    }
  };
  await load();
}

/** A result's sentence (the API's excerpt of it), the words that matched the query marked; "…" where it was cut. */
function whyItMatched(c: any) {
  const e = c.excerpt;
  const at = (n: number) => n - e.start;
  return h('span', {}, e.start > c.sentence.start ? '… ' : '',
    withMarks(e.text, 0, e.text.length, e.marks.map((m: any) => ({ start: at(m.start), end: at(m.end) }))),
    e.end < c.sentence.end ? ' …' : '');
}

/** Search every claim by words and structured values; results link to the claim and its article. */
export async function searchView(main: HTMLElement, params: URLSearchParams) {
  const words = h('input', { type: 'search', dir: 'auto', 'aria-describedby': 'search-hint', autocomplete: 'off' });
  const form = filterForm('search', params, [
    ['q', words],
    ['type', anyOf(['casualty', 'date'])],
    ['kind', anyOf(KINDS)],
    ['status', anyOf(['PENDING_REVIEW', 'DECIDED'])],
    ['language', select([['', t('all')], ['ar', t('arabic')], ['en', t('english')]])],
    ['from', h('input', { type: 'date' })],
    ['to', h('input', { type: 'date' })],
  ], (q) => { location.hash = `#/search${q.size ? `?${q}` : ''}`; });
  words.id = 'search-q';
  form.querySelector('label[for=search-q]')?.after(h('small', { id: 'search-hint', className: 'muted' }, t('searchHint')));
  const list = h('ol', { className: 'results' });
  const message = h('div', { 'aria-live': 'polite' });
  const more = h('button', { type: 'button', hidden: true }, t('more'));
  mount(main, h('section', { className: 'search' }, h('h1', {}, t('search')), form, message, list, more));
  if (!params.size) {
    words.focus();
    return;
  }
  mount(message, h('p', {}, t('loading')));
  const load = async (cursor?: string) => {
    const q = new URLSearchParams(params);
    if (cursor) q.set('cursor', cursor);
    try {
      const page = await api('GET', `/claims?${q}`);
      mount(message, page.items.length || cursor ? null : h('p', {}, t('noResults')));
      for (const c of page.items) {
        const a = c.article ?? {};
        list.appendChild(h('li', { className: 'result card', 'data-claim': c.claimId },
          h('p', {}, h('span', { className: `tag ${c.type}` }, t(c.type)), ' ', h('a', { href: `#/claim/${c.claimId}`, 'data-row-link': '' }, h('bdi', {}, valueOf(c)))),
          h('p', { dir: dirOf(c.language), lang: c.language, className: 'claim-text' }, c.excerpt ? whyItMatched(c) : c.text),
          // Who said it, with the words that matched there: a claim is found by its source's words too.
          c.excerpt?.source ? h('p', { className: 'said-by', dir: dirOf(c.language), lang: c.language }, `${t('source')}: `,
            h('bdi', {}, withMarks(c.excerpt.source.text, 0, c.excerpt.source.text.length, c.excerpt.source.marks))) : null,
          h('p', { className: 'meta' },
            h('a', { href: `#/article/${c.articleId}` }, h('bdi', { dir: 'auto' }, a.title ?? c.articleId)), ' · ', when(a.publishedAt), ' · ', ...sourceInLine(a),
            h('span', { className: 'verdict' }, c.verdict ? `${t('verdictOf')}: ${ratingOf(c)}` : t(c.status))),
          leaseLine(c.lease)));
      }
      more.hidden = !page.nextCursor;
      more.onclick = () => load(page.nextCursor);
      announce(`${list.children.length}`);
    } catch (e) {
      mount(message, errorBox(e));
    }
  };
  await load();
}
