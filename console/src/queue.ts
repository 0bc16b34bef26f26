/**
 * The review queue: open claims by priority, one row per sentence (its claims listed in it), filters by
 * language (the API's) and by article, type, kind and who said it (on the loaded pages), the reviewer
 * on each claim, and j/k/Enter from the keyboard. A submitter is told what they can do instead.
 */
import { api } from './api.ts';
import { h, mount, withMarks } from './dom.ts';
import { t } from './i18n.ts';
import { bdi, dirOf, errorBox, isStaff, leaseLine, shortcutsHelp, valueOf, when } from './desk.ts';

const KINDS = ['killed', 'injured', 'missing', 'displaced', 'arrested', 'destroyed'];
const PAGE = 50;
/** Pages read at once while filters hide most claims, before asking the reviewer to load more. */
const MAX_AUTO_PAGES = 5;

interface Group {
  key: string;
  articleId: string;
  language: string;
  sentence: { start: number; end: number };
  claims: any[];
  priority: number;
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\u064B-\u065F\u0640]/g, '');

/** A submitter: what they can do instead of a 403. */
function forOthers(main: HTMLElement) {
  mount(main, h('section', { className: 'card narrow' },
    h('h1', {}, t('queue')),
    h('p', {}, t('forReviewers')),
    isStaff() ? null : h('p', {}, t('submitterHome')),
    h('ul', {}, h('li', {}, h('a', { href: '#/submit' }, t('submit'))), h('li', {}, h('a', { href: '#/articles' }, isStaff() ? t('articles') : t('myArticles'))))));
}

/** The sentence with each of its claims marked (claims in text order; an overlapping one is skipped). */
function sentenceWithMarks(text: string, g: Group) {
  return withMarks(text, g.sentence.start, g.sentence.end, [...g.claims].sort((a, b) => a.start - b.start));
}

export async function queueView(main: HTMLElement, params: URLSearchParams) {
  if (!isStaff()) return forOthers(main); // editors read the queue too; the claim page lets only reviewers decide
  const language = params.get('language') ?? '';
  const f = { article: params.get('article') ?? '', type: params.get('type') ?? '', kind: params.get('kind') ?? '', source: params.get('source') ?? '' };
  const articleSelect = h('select', { id: 'queue-article', name: 'article' }, h('option', { value: '' }, t('all')));
  const controls: [string, HTMLElement][] = [
    ['language', h('select', { id: 'queue-language', name: 'language' }, ...[['', t('all')], ['ar', t('arabic')], ['en', t('english')]].map(([v, label]) => h('option', { value: v, selected: v === language }, label)))],
    ['filterArticle', articleSelect],
    ['type', h('select', { id: 'queue-type', name: 'type' }, ...[['', t('any')], ['casualty', t('casualty')], ['date', t('date')]].map(([v, label]) => h('option', { value: v, selected: v === f.type }, label)))],
    ['kind', h('select', { id: 'queue-kind', name: 'kind' }, h('option', { value: '' }, t('any')), ...KINDS.map((k) => h('option', { value: k, selected: k === f.kind }, t(k))))],
    ['filterSource', h('input', { id: 'queue-source', name: 'source', type: 'search', dir: 'auto', value: f.source })],
  ];
  const filters = h('form', {
    className: 'filters', id: 'queue-filters',
    onsubmit: (ev: Event) => {
      ev.preventDefault();
      const q = new URLSearchParams();
      for (const [, el] of controls) {
        const c = el as HTMLInputElement;
        if (c.value.trim()) q.set(c.name, c.value.trim());
      }
      location.hash = `#/queue${q.size ? `?${q}` : ''}`;
    },
  }, ...controls.map(([label, el]) => h('div', {}, h('label', { for: el.id }, t(label)), el)),
  h('div', { className: 'actions' }, h('button', { type: 'submit' }, t('filterApply')), ' ', h('a', { href: '#/queue' }, t('filterClear'))));
  // The language filter is the API's: it applies at once.
  (controls[0][1] as HTMLSelectElement).onchange = () => filters.requestSubmit();

  const tbody = h('tbody');
  const more = h('button', { type: 'button', hidden: true }, t('more'));
  const message = h('div', { 'aria-live': 'polite' }, h('p', {}, t('loading')));
  const counter = h('p', { className: 'muted' });
  mount(main, h('section', {},
    h('h1', {}, t('queue')), filters, message, counter, shortcutsHelp(),
    h('table', { className: 'queue stack' },
      h('caption', { className: 'visually-hidden' }, t('queue')),
      h('thead', {}, h('tr', {}, ...[t('priority'), t('claims'), t('sentence'), t('article')].map((c) => h('th', { scope: 'col' }, c)))),
      tbody),
    more));

  const articles = new Map<string, Promise<any>>();
  const groups = new Map<string, { group: Group; row: HTMLTableRowElement }>();
  let loaded = 0;
  let shown = 0;
  const sourceWords = norm(f.source);
  const keep = (c: any) => (!f.article || c.articleId === f.article) && (!f.type || c.type === f.type)
    && (!f.kind || c.casualty?.kind === f.kind) && (!sourceWords || norm(c.attribution?.source ?? '').includes(sourceWords));

  const claimsCell = (g: Group) => h('ul', { className: 'claims' }, ...g.claims.map((c, i) => h('li', { 'data-claim': c.claimId },
    h('span', { className: `tag ${c.type}` }, t(c.type)), ' ',
    h('a', { href: `#/claim/${c.claimId}`, className: 'claim-link', ...(i === 0 ? { 'data-row-link': '' } : {}) }, h('bdi', {}, valueOf(c))),
    c.attribution ? h('span', { className: 'muted' }, ' — ', bdi(c.attribution.source)) : null,
    leaseLine(c.lease))));

  const render = (g: Group, row: HTMLTableRowElement) => {
    row.children[0].textContent = g.priority.toFixed(2);
    row.children[1].replaceChildren(claimsCell(g));
  };

  const add = (c: any) => {
    const key = `${c.articleId}:${c.sentence.start}:${c.sentence.end}`;
    const existing = groups.get(key);
    if (existing) {
      existing.group.claims.push(c);
      render(existing.group, existing.row);
      return;
    }
    const group: Group = { key, articleId: c.articleId, language: c.language, sentence: c.sentence, claims: [c], priority: c.checks.priority };
    const row = h('tr', { 'data-sentence': key },
      h('td', { className: 'num', 'data-label': t('priority') }),
      h('td', { 'data-label': t('claims') }),
      h('td', { dir: dirOf(c.language), lang: c.language, className: 'sentence', 'data-label': t('sentence') }, '…'),
      h('td', { dir: 'auto', 'data-label': t('article') }));
    groups.set(key, { group, row });
    render(group, row);
    tbody.appendChild(row);
    shown++;
    if (!articles.has(c.articleId)) articles.set(c.articleId, api('GET', `/articles/${c.articleId}`).catch(() => null));
    void articles.get(c.articleId)!.then((a) => {
      if (!a) return;
      row.children[2].replaceChildren(sentenceWithMarks(a.text, group));
      row.children[3].replaceChildren(h('a', { href: `#/article/${a.articleId}` }, h('bdi', { dir: 'auto' }, a.title ?? a.articleId)), h('br'), when(a.publishedAt));
      if (![...articleSelect.options].some((o) => o.value === a.articleId)) {
        articleSelect.appendChild(h('option', { value: a.articleId, selected: a.articleId === f.article }, a.title ?? a.articleId));
      }
    });
  };

  if (f.article) articleSelect.appendChild(h('option', { value: f.article, selected: true }, f.article));
  const load = async (cursor?: string) => {
    let next: string | null | undefined = cursor;
    try {
      for (let pages = 0; pages < MAX_AUTO_PAGES; pages++) {
        const q = new URLSearchParams({ limit: String(PAGE) });
        if (language) q.set('language', language);
        if (next) q.set('cursor', next);
        const page = await api('GET', `/review-queue?${q}`);
        loaded += page.items.length;
        for (const c of page.items) if (keep(c)) add(c);
        next = page.nextCursor;
        if (!next || shown >= 20) break;
      }
      mount(message, shown ? null : h('p', {}, t('empty')));
      counter.textContent = f.article || f.type || f.kind || f.source ? t('filtered', { shown: [...groups.values()].reduce((n, g) => n + g.group.claims.length, 0), loaded }) : '';
      more.hidden = !next;
      more.onclick = () => load(next ?? undefined);
    } catch (e) {
      mount(message, errorBox(e));
    }
  };
  await load();
}
