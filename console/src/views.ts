import { api, ApiError } from './api.ts';
import { currentSession, getConfig, signInCognito, signInLocal } from './auth.ts';
import { announce, h, mount } from './dom.ts';
import { currentLang, t } from './i18n.ts';

const RATINGS = ['true', 'mostly-true', 'misleading', 'false', 'unverifiable'] as const;

/** "killed 33 Turkish soldiers", "≥ 20", "2020-03-05 or 2020-03-06". */
export function valueOf(c: any): string {
  if (c.casualty) {
    const { kind, min, max, qualifier, group } = c.casualty;
    const count = qualifier === 'exact' || qualifier === 'approx'
      ? `${qualifier === 'approx' ? '~' : ''}${min}`
      : qualifier === 'at_least' ? `≥ ${min}` : qualifier === 'more_than' ? `> ${min}` : qualifier === 'at_most' ? `≤ ${max}` : `${min}–${max ?? '…'}`;
    return `${t(kind)} ${count}${group ? ` · ${group}` : ''}`;
  }
  if (c.date) return c.date.values.map((v: any) => (v.from === v.to ? v.from : `${v.from} … ${v.to}`)).join(` ${t('or')} `);
  return c.type;
}

function errorBox(e: unknown) {
  const detail = e instanceof ApiError ? `${e.status} ${e.problem.title ?? ''}: ${e.message}` : (e as Error).message;
  return h('p', { className: 'error', role: 'alert' }, t('error', { detail }));
}

/** The sentence of a claim with the claim itself marked. */
function sentenceWithMark(text: string, c: any) {
  const s = c.sentence;
  return h('span', {}, text.slice(s.start, c.start), h('mark', {}, text.slice(c.start, c.end)), text.slice(c.end, s.end));
}

const dirOf = (language: string | null) => (language === 'ar' ? 'rtl' : 'ltr');

export function signInView(main: HTMLElement, done: () => void) {
  if (getConfig().mode === 'cognito') {
    mount(main, h('section', { className: 'card narrow' }, h('h1', {}, t('signIn')),
      h('button', { type: 'button', onclick: () => signInCognito() }, t('signInCognito'))));
    return;
  }
  const name = h('input', { id: 'signin-name', name: 'name', required: true, autocomplete: 'name', value: 'reviewer@desk' });
  const role = h('select', { id: 'signin-role', name: 'role' }, h('option', { value: 'reviewer' }, t('reviewer')), h('option', { value: 'submitter' }, t('submitter')), h('option', { value: 'editor' }, t('editor')));
  const out = h('div');
  const form = h('form', {
    className: 'card narrow',
    onsubmit: async (ev: Event) => {
      ev.preventDefault();
      try {
        await signInLocal(name.value.trim(), role.value as 'reviewer' | 'submitter' | 'editor');
        done();
      } catch (e) {
        mount(out, errorBox(e));
      }
    },
  }, h('h1', {}, t('signInLocal')),
  h('label', { for: 'signin-name' }, t('name')), name,
  h('label', { for: 'signin-role' }, t('role')), role,
  h('button', { type: 'submit' }, t('signIn')), out);
  mount(main, form);
  name.focus();
}

export async function queueView(main: HTMLElement, params: URLSearchParams) {
  const language = params.get('language') ?? '';
  const filter = h('select', {
    id: 'queue-language',
    onchange: (ev: Event) => { location.hash = `#/queue${(ev.target as HTMLSelectElement).value ? `?language=${(ev.target as HTMLSelectElement).value}` : ''}`; },
  }, ...[['', t('all')], ['ar', t('arabic')], ['en', t('english')]].map(([v, label]) => h('option', { value: v, selected: v === language }, label)));
  const tbody = h('tbody');
  const more = h('button', { type: 'button', hidden: true }, t('more'));
  const table = h('table', { className: 'queue' },
    h('caption', { className: 'visually-hidden' }, t('queue')),
    h('thead', {}, h('tr', {}, ...[t('priority'), t('claim'), t('sentence'), t('article'), ''].map((c) => h('th', { scope: 'col' }, c)))),
    tbody);
  const message = h('p', {}, t('loading'));
  mount(main, h('section', {}, h('h1', {}, t('queue')), h('div', { className: 'toolbar' }, h('label', { for: 'queue-language' }, t('language')), filter), message, table, more));
  const titles = new Map<string, Promise<any>>();
  const load = async (cursor?: string) => {
    const q = new URLSearchParams({ limit: '20' });
    if (language) q.set('language', language);
    if (cursor) q.set('cursor', cursor);
    try {
      const page = await api('GET', `/review-queue?${q}`);
      message.textContent = page.items.length || cursor ? '' : t('empty');
      for (const c of page.items) {
        if (!titles.has(c.articleId)) titles.set(c.articleId, api('GET', `/articles/${c.articleId}`).catch(() => null));
        const row = h('tr', { 'data-claim': c.claimId },
          h('td', { className: 'num' }, c.checks.priority.toFixed(2)),
          h('td', {}, h('span', { className: `tag ${c.type}` }, t(c.type)), ' ', valueOf(c)),
          h('td', { dir: dirOf(c.language), lang: c.language, className: 'sentence' }, h('span', {}, '…')),
          h('td', { dir: 'auto' }, ''),
          h('td', {}, h('a', { href: `#/claim/${c.claimId}`, className: 'button' }, t('review'))));
        tbody.appendChild(row);
        titles.get(c.articleId)!.then((a) => {
          if (!a) return;
          row.children[2].replaceChildren(sentenceWithMark(a.text, c));
          row.children[3].replaceChildren(h('a', { href: `#/article/${a.articleId}` }, a.title ?? a.articleId));
        });
      }
      more.hidden = !page.nextCursor;
      more.onclick = () => load(page.nextCursor);
    } catch (e) {
      mount(message, errorBox(e));
    }
  };
  await load();
}

export async function claimView(main: HTMLElement, claimId: string) {
  mount(main, h('p', {}, t('loading')));
  let claim: any;
  let article: any;
  try {
    claim = await api('GET', `/claims/${claimId}`);
    article = await api('GET', `/articles/${claim.articleId}`);
  } catch (e) {
    mount(main, errorBox(e));
    return;
  }
  const text: string = article.text;
  const articleText = h('div', { className: 'article-text', dir: dirOf(article.language), lang: article.language ?? undefined },
    text.slice(0, claim.start), h('mark', { id: 'current-claim' }, text.slice(claim.start, claim.end)), text.slice(claim.end));
  const refs = (list: any[]) => list.length
    ? h('ul', {}, ...list.map((r) => h('li', {}, h('a', { href: `#/article/${r.articleId}` }, r.articleId), ` — ${r.min === r.max ? r.min : `${r.min ?? '…'}–${r.max ?? '…'}`}`)))
    : h('p', {}, t('none'));
  const historyList = h('ol', { className: 'history' });
  const renderHistory = (history: any[]) => historyList.replaceChildren(...(history.length
    ? history.map((v) => v.event ? h('li', { className: 'publication-event' }, h('strong', {}, t(v.event)), ` (v${v.version}) ${t('by')} ${v.editor}, ${new Date(v.at).toLocaleString(currentLang())}`) : h('li', {}, h('strong', {}, t(v.rating)), ` (v${v.version}) ${t('by')} ${v.reviewer}, ${new Date(v.at).toLocaleString(currentLang())}`, v.note ? h('p', { dir: 'auto' }, v.note) : null,
      v.evidence?.length ? h('ul', {}, ...v.evidence.map((u: string) => h('li', {}, h('a', { href: u, rel: 'noopener noreferrer', target: '_blank' }, u)))) : null))
    : [h('li', {}, t('noHistory'))]));
  renderHistory(claim.history);

  let expectedVersion: number = claim.version;
  const canReview = currentSession()?.groups.includes('reviewers');
  const feedback = h('div', { 'aria-live': 'polite' });
  const ratings = h('fieldset', {}, h('legend', {}, t('rating')), ...RATINGS.map((r) =>
    h('label', { className: 'radio' }, h('input', { type: 'radio', name: 'rating', value: r, required: true, checked: claim.verdict?.rating === r }), ' ', t(r))));
  const note = h('textarea', { id: 'verdict-note', name: 'note', rows: 3, dir: 'auto' }, claim.verdict?.note ?? '');
  const publicExplanation = h('textarea', { id: 'verdict-public', name: 'publicExplanation', rows: 3, dir: 'auto' }, claim.verdict?.publicExplanation ?? '');
  const evidence = h('textarea', { id: 'verdict-evidence', name: 'evidence', rows: 2, dir: 'ltr' }, (claim.verdict?.evidence ?? []).join('\n'));
  const form = h('form', {
    className: 'card',
    onsubmit: async (ev: Event) => {
      ev.preventDefault();
      const rating = (form.querySelector('input[name=rating]:checked') as HTMLInputElement | null)?.value;
      const links = evidence.value.split(/\s+/).filter(Boolean);
      try {
        const updated = await api('PUT', `/claims/${claimId}/verdict`, {
          rating, note: note.value || undefined, publicExplanation: publicExplanation.value || undefined, evidence: links.length ? links : undefined, expectedVersion,
        });
        expectedVersion = updated.version;
        renderHistory(updated.history);
        mount(feedback, h('p', { className: 'ok' }, t('saved', { v: updated.version })));
        announce(t('saved', { v: updated.version }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.problem.currentVersion !== undefined) {
          // Stale: show what the other reviewer said, keep this reviewer's input, let them decide again.
          expectedVersion = e.problem.currentVersion;
          const theirs = e.problem.verdict ?? {};
          mount(feedback, h('p', { className: 'warning', role: 'alert' }, t('stale', { v: expectedVersion, rating: t(theirs.rating ?? ''), reviewer: theirs.reviewer ?? '?' })));
          const fresh = await api('GET', `/claims/${claimId}`);
          renderHistory(fresh.history);
        } else mount(feedback, errorBox(e));
      }
    },
  }, h('h2', {}, t('giveVerdict')), ratings,
  h('label', { for: 'verdict-note' }, t('note')), note,
  h('label', { for: 'verdict-public' }, t('publicExplanation')), publicExplanation,
  h('label', { for: 'verdict-evidence' }, t('evidence')), evidence,
  h('button', { type: 'submit' }, t('save')), feedback);

  const c = claim;
  mount(main, h('section', { className: 'claim' },
    h('p', {}, h('a', { href: '#/queue' }, t('back')), ' · ', h('a', { href: `#/article/${c.articleId}` }, t('openArticle'))),
    h('h1', {}, h('span', { className: `tag ${c.type}` }, t(c.type)), ' ', valueOf(c)),
    h('dl', { className: 'facts' },
      h('dt', {}, t('claim')), h('dd', { dir: dirOf(article.language) }, c.text),
      h('dt', {}, t('source')), h('dd', { dir: 'auto' }, c.attribution?.source ?? t('noSource')),
      h('dt', {}, t('article')), h('dd', { dir: 'auto' }, article.title ?? article.articleId),
      h('dt', {}, t('priority')), h('dd', {}, c.checks.priority.toFixed(2))),
    h('div', { className: 'columns' },
      h('div', {}, h('h2', {}, t('text')), articleText),
      h('div', {},
        h('h2', {}, t('checks')),
        h('h3', {}, t('corroborations')), refs(c.checks.corroborations),
        h('h3', {}, t('conflicts')), refs(c.checks.conflicts),
        h('h3', {}, t('suggested')), h('p', {}, c.checks.suggestedVerdict ? `${t(c.checks.suggestedVerdict.rating)} (${c.checks.suggestedVerdict.fromClaimId})` : t('none')),
        h('h2', {}, t('history')), historyList,
        canReview ? form : null))));
  document.getElementById('current-claim')?.scrollIntoView({ block: 'center' });
}

export function submitView(main: HTMLElement) {
  const text = h('textarea', { id: 'submit-text', name: 'text', rows: 10, required: true, dir: 'auto' });
  const language = h('select', { id: 'submit-language', name: 'language' }, h('option', { value: '' }, '—'), h('option', { value: 'ar' }, t('arabic')), h('option', { value: 'en' }, t('english')));
  const published = h('input', { id: 'submit-published', name: 'publishedAt', type: 'date', value: new Date().toISOString().slice(0, 10) });
  const title = h('input', { id: 'submit-title', name: 'title', dir: 'auto' });
  const url = h('input', { id: 'submit-url', name: 'url', type: 'url', dir: 'ltr' });
  const progress = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    className: 'card',
    onsubmit: async (ev: Event) => {
      ev.preventDefault();
      try {
        const res = await api('POST', '/articles', {
          text: text.value, language: language.value || undefined, publishedAt: published.value || undefined,
          title: title.value || undefined, url: url.value || undefined,
        });
        await follow(res.articleId, progress);
      } catch (e) {
        mount(progress, errorBox(e));
      }
    },
  }, h('h1', {}, t('submit')),
  h('label', { for: 'submit-text' }, t('text')), text,
  h('div', { className: 'row' },
    h('div', {}, h('label', { for: 'submit-language' }, t('language')), language),
    h('div', {}, h('label', { for: 'submit-published' }, t('publishedAt')), published)),
  h('label', { for: 'submit-title' }, t('title')), title,
  h('label', { for: 'submit-url' }, t('url')), url,
  h('button', { type: 'submit' }, t('send')), progress);
  mount(main, form);
}

/** Live progress of an article through the workflow, claims listed as they appear. */
async function follow(articleId: string, target: HTMLElement) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const a = await api('GET', `/articles/${articleId}`);
    mount(target, h('section', { className: 'progress' },
      h('h2', {}, t('progress')),
      h('p', { className: `status ${a.status}`, 'data-status': a.status }, t(`status${a.status}`)),
      h('ul', {}, ...a.claims.map((c: any) => h('li', {}, h('a', { href: `#/claim/${c.claimId}` }, valueOf(c)), ' — ', h('span', { dir: 'auto' }, c.text)))),
      h('p', {}, h('a', { href: `#/article/${articleId}` }, t('openArticle')))));
    if (a.status !== 'PROCESSING' || Date.now() > deadline) {
      announce(t(`status${a.status}`));
      return;
    }
    await new Promise((r) => setTimeout(r, 400));
  }
}

export async function articleView(main: HTMLElement, articleId: string) {
  mount(main, h('p', {}, t('loading')));
  let a: any;
  try {
    a = await api('GET', `/articles/${articleId}`);
  } catch (e) {
    mount(main, errorBox(e));
    return;
  }
  const s = a.summary;
  mount(main, h('section', { className: 'article' },
    h('h1', { dir: 'auto' }, a.title ?? a.articleId),
    h('p', { className: `status ${a.status}`, 'data-status': a.status }, `${t('status')}: ${t(`status${a.status}`)}`),
    h('h2', {}, t('summary')),
    h('p', {}, `${t('claims')}: ${s.claims} · ${t('decided')}: ${s.decided} · ${t('open')}: ${s.open} · ${t('conflictCount')}: ${s.conflicts}`),
    h('ul', { className: 'ratings' }, ...RATINGS.filter((r) => s.ratings[r]).map((r) => h('li', {}, `${t(r)}: ${s.ratings[r]}`))),
    h('p', {}, h('a', { href: `${getConfig().apiUrl}/articles/${a.articleId}/claimreview`, type: 'application/ld+json' }, t('claimReview'))),
    h('h2', {}, t('claims')),
    h('table', {},
      h('thead', {}, h('tr', {}, ...[t('claim'), t('value'), t('status'), t('rating')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...a.claims.map((c: any) => h('tr', {},
        h('td', { dir: dirOf(a.language) }, h('a', { href: `#/claim/${c.claimId}` }, c.text)),
        h('td', {}, valueOf(c)),
        h('td', {}, t(c.status)),
        h('td', {}, c.verdict ? t(c.verdict.rating) : '—'))))),
    h('h2', {}, t('text')),
    h('div', { className: 'article-text', dir: dirOf(a.language), lang: a.language ?? undefined }, a.text)));
}
