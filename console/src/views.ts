import { api, ApiError, getWholeArticle, getWholeClaim } from './api.ts';
import { currentSession, getConfig, signInCognito, signInLocal } from './auth.ts';
import { announce, h, mount } from './dom.ts';
import { currentLang, t } from './i18n.ts';
import {
  bdi, claimShortcuts, dirOf, errorBox, evidenceProblem, goToNextClaim, leaseLine, priorityWhy, ratingOf, refsList, releaseLease, shortcutsHelp,
  sourceLine, statusBadge, takeLease, valueOf, when,
} from './desk.ts';

const RATINGS = ['true', 'mostly-true', 'misleading', 'false', 'unverifiable'] as const;

export { valueOf };

export function signInView(main: HTMLElement, done: () => void) {
  if (getConfig().mode === 'cognito') {
    mount(main, h('section', { className: 'card narrow' }, h('h1', {}, t('signIn')),
      h('button', { type: 'button', onclick: () => signInCognito() }, t('signInCognito'))));
    return;
  }
  // Empty: each reviewer's own name goes into the audit trail, never a shared default.
  const name = h('input', { id: 'signin-name', name: 'name', required: true, autocomplete: 'name' });
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

export async function claimView(main: HTMLElement, claimId: string) {
  mount(main, h('p', {}, t('loading')));
  let claim: any;
  let article: any;
  try {
    claim = await getWholeClaim(claimId);
    article = await api('GET', `/articles/${claim.articleId}`);
  } catch (e) {
    mount(main, errorBox(e));
    return;
  }
  const text: string = article.text;
  const articleText = h('div', { className: 'article-text', dir: dirOf(article.language), lang: article.language ?? undefined },
    text.slice(0, claim.start), h('mark', { id: 'current-claim' }, text.slice(claim.start, claim.end)), text.slice(claim.end));
  const historyList = h('div', { className: 'history-box' });
  const renderHistory = (history: any[]) => historyList.replaceChildren(history.length
    ? h('ol', { className: 'history' }, ...history.map((v) => v.event ? h('li', { className: 'publication-event' }, h('strong', {}, t(v.event)), ` (v${v.version}) ${t('by')} `, bdi(v.editor), currentLang() === 'ar' ? '، ' : ', ', when(v.at, true)) : h('li', {}, h('strong', {}, t(v.rating)), ` (v${v.version}) ${t('by')} `, bdi(v.reviewer), currentLang() === 'ar' ? '، ' : ', ', when(v.at, true), v.note ? h('p', { dir: 'auto' }, v.note) : null,
      v.evidence?.length ? h('ul', {}, ...v.evidence.map((u: string) => h('li', {}, h('a', { href: u, rel: 'noopener noreferrer', target: '_blank' }, u)))) : null)))
    : h('p', { className: 'muted no-history' }, t('noHistory')));
  // A submitter's answer has no history (lambdas/app/visibility.ts): the page leaves the section out.
  const showsHistory = Array.isArray(claim.history);
  if (showsHistory) renderHistory(claim.history);

  let expectedVersion: number = claim.version;
  const canReview = currentSession()?.groups.includes('reviewers');
  const feedback = h('div', { 'aria-live': 'polite' });
  // Empty: the previous reviewer's rating, note and explanation are in the history, not pre-filled as this reviewer's.
  const ratings = h('fieldset', {}, h('legend', {}, t('rating')), ...RATINGS.map((r, i) =>
    h('label', { className: 'radio', title: String(i + 1) }, h('input', { type: 'radio', name: 'rating', value: r, required: true }), ' ', t(r))));
  const note = h('textarea', { id: 'verdict-note', name: 'note', rows: 3, dir: 'auto' });
  const publicExplanation = h('textarea', { id: 'verdict-public', name: 'publicExplanation', rows: 3, dir: 'auto' });
  const evidence = h('textarea', { id: 'verdict-evidence', name: 'evidence', rows: 2, dir: 'ltr' });
  const next = () => void goToNextClaim(claimId, feedback);
  const form = h('form', {
    className: 'card',
    onsubmit: async (ev: Event) => {
      ev.preventDefault();
      const rating = (form.querySelector('input[name=rating]:checked') as HTMLInputElement | null)?.value;
      const { links, error } = evidenceProblem(evidence.value);
      if (error) {
        mount(feedback, h('p', { className: 'error', role: 'alert' }, error));
        evidence.focus();
        return;
      }
      try {
        const updated = await api('PUT', `/claims/${claimId}/verdict`, {
          rating, note: note.value || undefined, publicExplanation: publicExplanation.value || undefined, evidence: links.length ? links : undefined, expectedVersion,
        });
        expectedVersion = updated.version;
        renderHistory((await getWholeClaim(claimId, updated)).history);
        void releaseLease(claimId).then(() => leaseBox.replaceChildren());
        const nextButton = h('button', { type: 'button', className: 'next', onclick: next }, t('nextClaim'));
        mount(feedback, h('p', { className: 'ok' }, t('saved', { v: updated.version })), nextButton);
        announce(t('saved', { v: updated.version }));
        // Off the rating radio or the text field: Enter, n and / go on from the keyboard, no click needed.
        nextButton.focus();
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.problem.currentVersion !== undefined) {
          // Stale: show what the other reviewer said, keep this reviewer's input, let them decide again.
          expectedVersion = e.problem.currentVersion;
          const theirs = e.problem.verdict ?? {};
          mount(feedback, h('p', { className: 'warning', role: 'alert' }, t('stale', { v: expectedVersion, rating: t(theirs.rating ?? ''), reviewer: theirs.reviewer ?? '?' })));
          const fresh = await getWholeClaim(claimId);
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
  const leaseBox = h('div', { className: 'lease-box', 'aria-live': 'polite' }, leaseLine(c.lease));
  mount(main, h('section', { className: 'claim' },
    h('p', {}, h('a', { href: '#/queue' }, t('back')), ' · ', h('a', { href: `#/article/${c.articleId}` }, t('openArticle')),
      // Editors go on to the claim's publication page (its preview, publish and withdraw).
      ...(currentSession()?.groups.includes('editors') ? [' · ', h('a', { href: `#/publish/${encodeURIComponent(claimId)}`, className: 'publish-link' }, t('publishPage'))] : [])),
    h('h1', {}, h('span', { className: `tag ${c.type}` }, t(c.type)), ' ', h('bdi', {}, valueOf(c))),
    leaseBox,
    h('dl', { className: 'facts' },
      h('dt', {}, t('claim')), h('dd', { dir: dirOf(article.language) }, c.text),
      h('dt', {}, t('source')), h('dd', { dir: 'auto' }, c.attribution?.source ?? t('noSource')),
      h('dt', {}, t('article')), h('dd', { dir: 'auto' }, h('a', { href: `#/article/${article.articleId}` }, article.title ?? article.articleId)),
      h('dt', {}, t('publishedDay')), h('dd', {}, when(article.publishedAt)),
      h('dt', {}, t('outlet')), h('dd', {}, sourceLine(article)),
      h('dt', {}, t('priority')), h('dd', {}, c.checks.priority.toFixed(2), ' ', priorityWhy(c))),
    h('div', { className: 'columns' },
      h('div', {}, h('h2', {}, t('text')), articleText),
      h('div', {},
        h('h2', {}, t('checks')),
        h('h3', {}, t('corroborations')), refsList(c.checks.corroborations, c.checks.corroborationCount),
        h('h3', {}, t('conflicts')), refsList(c.checks.conflicts, c.checks.conflictCount),
        h('h3', {}, t('suggested')), h('p', {}, c.checks.suggestedVerdict ? `${t(c.checks.suggestedVerdict.rating)} (${c.checks.suggestedVerdict.fromClaimId})` : t('none')),
        showsHistory ? h('h2', {}, t('history')) : null, showsHistory ? historyList : null,
        canReview ? form : null,
        canReview ? shortcutsHelp() : null))));
  document.getElementById('current-claim')?.scrollIntoView({ block: 'center' });
  if (canReview) {
    claimShortcuts(form, next);
    // Tell the other reviewers this one is on it (a courtesy: their verdicts still work).
    if (claim.status === 'PENDING_REVIEW') await takeLease(claimId, leaseBox);
  }
}

export function submitView(main: HTMLElement) {
  const text = h('textarea', { id: 'submit-text', name: 'text', rows: 10, required: true, dir: 'auto' });
  const language = h('select', { id: 'submit-language', name: 'language' }, h('option', { value: '' }, '—'), h('option', { value: 'ar' }, t('arabic')), h('option', { value: 'en' }, t('english')));
  // No silent default: relative dates resolve against it, so the submitter gives it or says it is unknown.
  const published = h('input', { id: 'submit-published', name: 'publishedAt', type: 'date', required: true, 'aria-describedby': 'submit-published-help' });
  // A link alone is enough: the page is fetched, and its text and date come from it. A text needs its date (or
  // "unknown"), with or without a link.
  const sync = () => {
    const link = !!url.value.trim();
    text.required = !link;
    published.required = !unknown.checked && !(link && !text.value.trim());
  };
  const unknown = h('input', {
    id: 'submit-date-unknown', type: 'checkbox',
    onchange: () => { published.disabled = unknown.checked; if (unknown.checked) published.value = ''; sync(); },
  });
  const title = h('input', { id: 'submit-title', name: 'title', dir: 'auto' });
  const url = h('input', { id: 'submit-url', name: 'url', type: 'url', dir: 'ltr', oninput: sync });
  text.addEventListener('input', sync);
  const progress = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    className: 'card',
    onsubmit: async (ev: Event) => {
      ev.preventDefault();
      try {
        const res = await api('POST', '/articles', {
          text: text.value.trim() ? text.value : undefined, language: language.value || undefined, publishedAt: published.value || undefined,
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
    h('div', {}, h('label', { for: 'submit-published' }, t('publishedAt')), published,
      h('label', { className: 'radio', for: 'submit-date-unknown' }, unknown, ' ', t('dateUnknown')))),
  h('small', { id: 'submit-published-help', className: 'muted' }, t('dateUnknownHelp')),
  h('label', { for: 'submit-title' }, t('title')), title,
  h('label', { for: 'submit-url' }, t('url')), url,
  h('button', { type: 'submit' }, t('send')), progress);
  mount(main, form);
}

/** Live progress of an article through the workflow, claims listed as they appear. */
async function follow(articleId: string, target: HTMLElement) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const a = await getWholeArticle(articleId);
    mount(target, h('section', { className: 'progress' },
      h('h2', {}, t('progress')),
      h('p', {}, statusBadge(a)),
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
    a = await getWholeArticle(articleId);
  } catch (e) {
    mount(main, errorBox(e));
    return;
  }
  const s = a.summary;
  mount(main, h('section', { className: 'article' },
    h('h1', { dir: 'auto' }, a.title ?? a.articleId),
    h('p', {}, `${t('status')}: `, statusBadge(a)),
    a.status === 'CHECKED' && !a.claims.length ? h('p', { className: 'muted' }, t('noClaimsFoundHelp')) : null,
    // Why it failed (a refused or unreachable link, an error of a step) and what to do: the record holds the reason.
    a.status === 'FAILED' ? h('p', { className: 'warning failure', role: 'alert' }, h('bdi', { dir: 'ltr' }, t('failedBecause', { why: a.failure ?? '?' })), ' ', t('failedHelp')) : null,
    h('dl', { className: 'facts' },
      h('dt', {}, t('publishedDay')), h('dd', {}, when(a.publishedAt)),
      h('dt', {}, t('outlet')), h('dd', {}, sourceLine(a)),
      h('dt', {}, t('received')), h('dd', {}, when(a.createdAt, true))),
    h('h2', {}, t('summary')),
    h('p', {}, `${t('claims')}: ${s.claims} · ${t('decided')}: ${s.decided} · ${t('open')}: ${s.open} · ${t('conflictCount')}: ${s.conflicts}`),
    a.claimsOmitted ? h('p', { className: 'warning claims-omitted' }, t('claimsOmitted', { omitted: a.claimsOmitted, kept: s.claims })) : null,
    h('ul', { className: 'ratings' }, ...RATINGS.filter((r) => s.ratings[r]).map((r) => h('li', {}, `${t(r)}: ${s.ratings[r]}`))),
    h('p', {}, h('a', { href: `${getConfig().apiUrl}/articles/${a.articleId}/claimreview`, type: 'application/ld+json' }, t('claimReview'))),
    h('h2', {}, t('claims')),
    h('table', {},
      h('thead', {}, h('tr', {}, ...[t('claim'), t('value'), t('status'), t('rating')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...a.claims.map((c: any) => h('tr', {},
        h('td', { dir: dirOf(a.language) }, h('a', { href: `#/claim/${c.claimId}` }, c.text)),
        h('td', {}, valueOf(c)),
        h('td', {}, t(c.status)),
        h('td', {}, c.verdict ? ratingOf(c) : '—'))))),
    h('h2', {}, t('text')),
    h('div', { className: 'article-text', dir: dirOf(a.language), lang: a.language ?? undefined }, a.text)));
}
