/**
 * The editors' desk (DESIGN.md section 9): decided claims whose current verdict is not published, a
 * preview of the public page each would get, and publish / withdraw. Its own strings, in English and Arabic.
 */
import { api, ApiError } from './api.ts';
import { currentSession, getConfig } from './auth.ts';
import { announce, h, mount } from './dom.ts';
import { currentLang, t } from './i18n.ts';
import { when } from './desk.ts';
import { valueOf } from './views.ts';

const en = {
  toPublish: 'To publish', toPublishIntro: 'Decided claims whose current verdict is not published, oldest decision first.',
  nothing: 'Nothing waits for publication.', decided: 'Decided', open: 'Open', rating: 'Rating', claim: 'Claim', article: 'Article',
  publication: 'Publication', notPublished: 'Not published', published: 'Published (version {v})', withdrawn: 'Withdrawn (version {v})',
  revised: 'Revised since: version {v} is not published yet.', publish: 'Publish version {v}', withdraw: 'Withdraw',
  publishedNow: 'Published version {v}.', withdrawnNow: 'Withdrawn: the public page now answers 410.', preview: 'Preview of the public page',
  thinVerdict: 'This verdict has no public explanation and no evidence: readers would see the rating alone. A reviewer can add them in a new version before it is published.', livePage: 'The public page (version {v}, as readers see it)', publicPage: 'Open the public page', explanation: 'Public explanation', none: 'none', evidence: 'Evidence', back: 'Back to the list',
  moved: 'The claim changed meanwhile (now version {v}); check the preview and publish again.', editorsOnly: 'Publishing is for editors.',
  more: 'Load more', error: 'Something went wrong: {detail}', confirmWithdraw: 'Withdraw this fact-check? Its page will answer 410.',
};
const ar: typeof en = {
  toPublish: 'للنشر', toPublishIntro: 'ادعاءات محسومة لم يُنشر حكمها الحالي، الأقدم أولاً.',
  nothing: 'لا شيء بانتظار النشر.', decided: 'حُسم', open: 'فتح', rating: 'التقييم', claim: 'الادعاء', article: 'المقال',
  publication: 'النشر', notPublished: 'غير منشور', published: 'منشور (النسخة {v})', withdrawn: 'مسحوب (النسخة {v})',
  revised: 'عُدّل بعد النشر: النسخة {v} لم تُنشر بعد.', publish: 'نشر النسخة {v}', withdraw: 'سحب',
  publishedNow: 'نُشرت النسخة {v}.', withdrawnNow: 'سُحب: الصفحة العامة تجيب الآن 410.', preview: 'معاينة الصفحة العامة',
  thinVerdict: 'لا شرح للقراء ولا أدلة في هذا الحكم: سيرى القراء التقييم وحده. يمكن للمراجع إضافتهما في نسخة جديدة قبل نشره.', livePage: 'الصفحة العامة (النسخة {v}، كما يراها القراء)', publicPage: 'فتح الصفحة العامة', explanation: 'الشرح للقراء', none: 'لا شيء', evidence: 'الأدلة', back: 'العودة إلى القائمة',
  moved: 'تغيّر الادعاء في الأثناء (النسخة {v} الآن)؛ راجع المعاينة وانشر مجدداً.', editorsOnly: 'النشر للمحررين.',
  more: 'المزيد', error: 'حدث خطأ: {detail}', confirmWithdraw: 'سحب هذا التدقيق؟ ستجيب صفحته 410.',
};

function p(key: keyof typeof en, vars: Record<string, string | number> = {}): string {
  return (currentLang() === 'ar' ? ar : en)[key].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

export const isEditor = () => currentSession()?.groups.includes('editors') ?? false;

function errorBox(e: unknown) {
  const detail = e instanceof ApiError ? `${e.status} ${e.problem.title ?? ''}: ${e.message}` : (e as Error).message;
  return h('p', { className: 'error', role: 'alert' }, p('error', { detail }));
}

/** The public page's address: /fact-checks/{claimId}, on the console's own origin (CloudFront, or the local stack). */
export const publicPageUrl = (claimId: string) => `/fact-checks/${encodeURIComponent(claimId)}`;

/** #/publish: decided claims whose current verdict is not published. */
export async function publicationListView(main: HTMLElement) {
  if (!isEditor()) {
    mount(main, h('p', { className: 'warning' }, p('editorsOnly')));
    return;
  }
  const tbody = h('tbody');
  const message = h('p', {}, t('loading'));
  const more = h('button', { type: 'button', hidden: true }, p('more'));
  mount(main, h('section', { className: 'publishing' },
    h('h1', {}, p('toPublish')), h('p', {}, p('toPublishIntro')), message,
    h('table', { className: 'to-publish' },
      h('caption', { className: 'visually-hidden' }, p('toPublish')),
      h('thead', {}, h('tr', {}, ...[p('claim'), p('rating'), p('decided'), p('article'), ''].map((c) => h('th', { scope: 'col' }, c)))),
      tbody),
    more));
  const titles = new Map<string, Promise<any>>();
  const load = async (cursor?: string) => {
    const q = new URLSearchParams({ limit: '20' });
    if (cursor) q.set('cursor', cursor);
    try {
      const page = await api('GET', `/publication-queue?${q}`);
      message.textContent = page.items.length || cursor ? '' : p('nothing');
      for (const c of page.items) {
        if (!titles.has(c.articleId)) titles.set(c.articleId, api('GET', `/articles/${c.articleId}`).catch(() => null));
        const articleCell = h('td', { dir: 'auto' }, c.articleId);
        tbody.appendChild(h('tr', { 'data-claim': c.claimId },
          h('td', { dir: c.language === 'ar' ? 'rtl' : 'ltr', lang: c.language }, valueOf(c)),
          h('td', {}, t(c.verdict?.rating ?? '')),
          h('td', {}, c.verdict ? when(c.verdict.at, true) : ''),
          articleCell,
          h('td', {}, h('a', { href: `#/publish/${encodeURIComponent(c.claimId)}`, className: 'button' }, p('open')))));
        titles.get(c.articleId)!.then((a) => a && articleCell.replaceChildren(a.title ?? a.articleId));
      }
      more.hidden = !page.nextCursor;
      more.onclick = () => load(page.nextCursor);
    } catch (e) {
      mount(message, errorBox(e));
    }
  };
  await load();
}

/** The public page the claim's current verdict would get, as the API renders it, in a sandboxed frame. */
function previewFrame(claimId: string): Promise<HTMLElement> {
  return pageFrame(`${getConfig().apiUrl}/claims/${encodeURIComponent(claimId)}/publication/preview`, p('preview'), true);
}

/** The published page itself, once the claim's current version is published: no preview of it any more (trial 8, finding 33). */
function liveFrame(claimId: string, version: number): Promise<HTMLElement> {
  return pageFrame(publicPageUrl(claimId), p('livePage', { v: version }), false);
}

/** A page fetched (with the session's token when `signed`) and shown in a sandboxed frame, or the problem it answered. */
async function pageFrame(url: string, title: string, signed: boolean): Promise<HTMLElement> {
  const session = currentSession();
  const res = await fetch(url, { headers: signed && session ? { authorization: `Bearer ${session.token}` } : {} });
  const html = await res.text();
  if (!res.ok) return errorBox(new ApiError(res.status, (() => { try { return JSON.parse(html); } catch { return {}; } })()));
  // No scripts, no same-origin access: the frame only shows the page.
  return h('iframe', { className: signed ? 'preview' : 'preview live', title, sandbox: '', srcdoc: html });
}

function stateLine(claim: any) {
  const pub = claim.publication;
  const lines = [pub ? p(pub.state === 'published' ? 'published' : 'withdrawn', { v: pub.version }) : p('notPublished')];
  if (pub && claim.version > pub.version) lines.push(p('revised', { v: claim.version }));
  return h('p', { className: `publication-state ${pub?.state ?? 'unpublished'}`, 'data-state': pub?.state ?? 'unpublished' }, lines.join(' '));
}

/** #/publish/{claimId}: the verdict's public parts, the preview, publish and withdraw. */
export async function publishClaimView(main: HTMLElement, claimId: string) {
  if (!isEditor()) {
    mount(main, h('p', { className: 'warning' }, p('editorsOnly')));
    return;
  }
  mount(main, h('p', {}, t('loading')));
  let claim: any;
  try {
    claim = await api('GET', `/claims/${encodeURIComponent(claimId)}`);
  } catch (e) {
    mount(main, errorBox(e));
    return;
  }
  const feedback = h('div', { 'aria-live': 'polite' });
  const render = async () => {
    const v = claim.verdict;
    const pub = claim.publication;
    // The current version is what readers see: the page itself, not its preview (trial 8, finding 33).
    const live = pub?.state === 'published' && pub.version === claim.version;
    const canPublish = !!v && !live;
    const publish = h('button', {
      type: 'button', hidden: !canPublish,
      onclick: async () => {
        try {
          claim = await api('POST', `/claims/${encodeURIComponent(claimId)}/publication`, { expectedVersion: claim.version });
          mount(feedback, h('p', { className: 'ok' }, p('publishedNow', { v: claim.publication.version }), ' ',
            h('a', { href: publicPageUrl(claimId), target: '_blank', rel: 'noopener' }, p('publicPage'))));
          announce(p('publishedNow', { v: claim.publication.version }));
        } catch (e) {
          if (e instanceof ApiError && e.status === 409) {
            claim = await api('GET', `/claims/${encodeURIComponent(claimId)}`);
            mount(feedback, h('p', { className: 'warning', role: 'alert' }, p('moved', { v: claim.version })));
          } else mount(feedback, errorBox(e));
        }
        await render();
      },
    }, p('publish', { v: claim.version }));
    const withdraw = h('button', {
      type: 'button', className: 'danger', hidden: pub?.state !== 'published',
      onclick: async () => {
        if (!confirm(p('confirmWithdraw'))) return;
        try {
          claim = await api('DELETE', `/claims/${encodeURIComponent(claimId)}/publication`);
          mount(feedback, h('p', { className: 'ok' }, p('withdrawnNow')));
          announce(p('withdrawnNow'));
        } catch (e) {
          mount(feedback, errorBox(e));
        }
        await render();
      },
    }, p('withdraw'));
    mount(main, h('section', { className: 'publish-claim' },
      h('p', {}, h('a', { href: '#/publish' }, p('back'))),
      h('h1', { dir: 'auto' }, h('span', { className: `tag ${claim.type}` }, t(claim.type)), ' ', valueOf(claim)),
      h('dl', { className: 'facts' },
        h('dt', {}, p('claim')), h('dd', { dir: claim.language === 'ar' ? 'rtl' : 'ltr' }, claim.text),
        h('dt', {}, p('rating')), h('dd', {}, v ? t(v.rating) : '—'),
        h('dt', {}, p('explanation')), h('dd', { dir: 'auto' }, v?.publicExplanation || p('none')),
        h('dt', {}, p('evidence')), h('dd', {}, v?.evidence?.length ? h('ul', {}, ...v.evidence.map((u: string) => h('li', {}, h('a', { href: u, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr' }, u)))) : p('none')),
        h('dt', {}, p('publication')), h('dd', {}, stateLine(claim),
          pub?.state === 'published' ? h('a', { href: publicPageUrl(claimId), target: '_blank', rel: 'noopener' }, p('publicPage')) : null)),
      // A verdict readers would get bare: the editor is told before publishing it.
      v && !v.publicExplanation && !v.evidence?.length ? h('p', { className: 'warning thin-verdict', role: 'note' }, p('thinVerdict')) : null,
      h('div', { className: 'toolbar' }, publish, withdraw),
      feedback,
      ...(live
        ? [h('h2', {}, p('livePage', { v: pub.version })), await liveFrame(claimId, pub.version)]
        : [h('h2', {}, p('preview')), v ? await previewFrame(claimId) : h('p', {}, p('none'))])));
  };
  await render();
}
