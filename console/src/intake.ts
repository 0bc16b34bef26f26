/**
 * The editors' intake screen: the feeds the desk is subscribed to and the webhooks it sends events to
 * (GET/POST /feeds, DELETE /feeds/{id}, GET/POST /webhooks, DELETE /webhooks/{id}, GET
 * /webhooks/{id}/deliveries), as `factcheck feeds|webhooks` do from the CLI. Its own strings, in English and Arabic.
 */
import { api, ApiError } from './api.ts';
import { announce, h, mount } from './dom.ts';
import { currentLang, t } from './i18n.ts';
import { bdi, utcTime, when } from './desk.ts';
import { isEditor } from './publishing.ts';
import { DELIVERIES_PAGE } from './pages.ts';

export const EVENT_TYPES = ['ArticleChecked', 'VerdictRecorded', 'VerdictPublished', 'VerdictWithdrawn'] as const;

const en = {
  intake: 'Feeds & webhooks', editorsOnly: 'Feeds and webhooks are for editors.',
  feeds: 'Feeds', feedsIntro: 'RSS and Atom feeds polled for new stories; each story is submitted once, by its link.',
  noFeeds: 'No feeds yet.', feedUrl: 'Feed address (RSS or Atom)', subscribe: 'Subscribe', url: 'Address', feedTitle: 'Title',
  lastPoll: 'Last poll', lastItems: 'Stories at the last poll', items: '{new} new, {already} already stored', never: 'not polled yet', pollok: 'ok', 'pollnot-modified': 'not modified', pollerror: 'error',
  subscribed: 'Subscribed to {url}: polled once; stories: {items}.', already: 'Already subscribed to {url} (since {since}).',
  unsubscribe: 'Unsubscribe', confirmUnsubscribe: 'Unsubscribe from {url}? It is not polled again; the stories it brought in stay.',
  unsubscribed: 'Unsubscribed from {url}.',
  webhooks: 'Webhooks', webhooksIntro: 'Addresses that receive each event of the chosen types as signed JSON (X-Factcheck-Signature).',
  noWebhooks: 'No webhooks yet.', hookUrl: 'Webhook address', events: 'Events', register: 'Register', createdBy: 'Registered by',
  chooseEvent: 'Choose at least one event.', registered: 'Webhook registered for {url}.',
  secret: 'Signing secret', secretOnce: 'Copy it now: this secret is shown this once and cannot be read again. Without it the signatures cannot be checked.',
  copy: 'Copy', copied: 'Copied.', done: 'I have copied it',
  remove: 'Remove', confirmRemove: 'Remove the webhook to {url}? No event is sent to it from now on, and its delivery log goes with it.',
  removed: 'Webhook to {url} removed.', deliveries: 'Delivery log', deliveriesOf: 'Delivery log of {url}', back: 'Back to feeds & webhooks',
  noDeliveries: 'Nothing sent yet.', event: 'Event', status: 'Status', attempts: 'Attempts', created: 'Created', nextTry: 'Next try',
  PENDING: 'pending', DELIVERED: 'delivered', FAILED: 'failed', unreachable: 'no answer', refresh: 'Refresh',
  problem: '{title} ({status}): {detail}',
};
const ar: typeof en = {
  intake: 'الخلاصات والخطافات', editorsOnly: 'الخلاصات والخطافات للمحررين.',
  feeds: 'الخلاصات', feedsIntro: 'خلاصات RSS وAtom تُقرأ دورياً بحثاً عن أخبار جديدة؛ يُرسل كل خبر مرة واحدة برابطه.',
  noFeeds: 'لا خلاصات بعد.', feedUrl: 'عنوان الخلاصة (RSS أو Atom)', subscribe: 'اشتراك', url: 'العنوان', feedTitle: 'العنوان الرئيسي',
  lastPoll: 'آخر قراءة', lastItems: 'أخبار آخر قراءة', items: '{new} جديد، {already} مخزّن من قبل', never: 'لم تُقرأ بعد', pollok: 'سليمة', 'pollnot-modified': 'بلا تغيير', pollerror: 'خطأ',
  subscribed: 'تم الاشتراك في {url}: قُرئت مرة؛ الأخبار: {items}.', already: 'مشترك أصلاً في {url} (منذ {since}).',
  unsubscribe: 'إلغاء الاشتراك', confirmUnsubscribe: 'إلغاء الاشتراك في {url}؟ لن تُقرأ بعد الآن، وتبقى الأخبار التي جاءت منها.',
  unsubscribed: 'أُلغي الاشتراك في {url}.',
  webhooks: 'الخطافات', webhooksIntro: 'عناوين تتلقى كل حدث من الأنواع المختارة بصيغة JSON موقّعة (X-Factcheck-Signature).',
  noWebhooks: 'لا خطافات بعد.', hookUrl: 'عنوان الخطاف', events: 'الأحداث', register: 'تسجيل', createdBy: 'سجّله',
  chooseEvent: 'اختر حدثاً واحداً على الأقل.', registered: 'سُجّل الخطاف إلى {url}.',
  secret: 'سر التوقيع', secretOnce: 'انسخه الآن: يُعرض هذا السر مرة واحدة ولا يمكن قراءته مجدداً. من دونه لا يمكن التحقق من التواقيع.',
  copy: 'نسخ', copied: 'نُسخ.', done: 'نسخته',
  remove: 'حذف', confirmRemove: 'حذف الخطاف إلى {url}؟ لن يُرسل إليه أي حدث بعد الآن، ويُحذف سجل إرساله معه.',
  removed: 'حُذف الخطاف إلى {url}.', deliveries: 'سجل الإرسال', deliveriesOf: 'سجل الإرسال إلى {url}', back: 'العودة إلى الخلاصات والخطافات',
  noDeliveries: 'لم يُرسل شيء بعد.', event: 'الحدث', status: 'الحالة', attempts: 'المحاولات', created: 'أُنشئ', nextTry: 'المحاولة التالية',
  PENDING: 'قيد الانتظار', DELIVERED: 'وصل', FAILED: 'فشل', unreachable: 'لا جواب', refresh: 'تحديث',
  problem: '{title} ({status}): {detail}',
};

function p(key: keyof typeof en, vars: Record<string, string | number> = {}): string {
  return (currentLang() === 'ar' ? ar : en)[key].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

/** An address, left to right and isolated, so an Arabic sentence around it keeps its order. */
const address = (url: string) => h('bdi', { dir: 'ltr', className: 'address' }, url);

/** The API's problem detail, inline, announced and focused (the form's field points to it). */
function problemBox(e: unknown, id: string) {
  const text = e instanceof ApiError
    ? p('problem', { title: e.problem.title ?? `HTTP ${e.status}`, status: e.status, detail: e.message })
    : t('error', { detail: (e as Error).message });
  return h('p', { id, className: 'error', role: 'alert', tabindex: -1 }, text);
}

function showProblem(out: HTMLElement, field: HTMLElement | null, e: unknown) {
  const box = problemBox(e, `${out.id}-problem`);
  mount(out, box);
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', box.id);
  }
  box.focus();
}

function clearProblem(out: HTMLElement, field: HTMLElement) {
  out.replaceChildren();
  field.removeAttribute('aria-invalid');
  field.removeAttribute('aria-describedby');
}

function feedback(out: HTMLElement, message: string) {
  mount(out, h('p', { className: 'ok' }, message));
  announce(message);
}

const onlyEditors = (main: HTMLElement) => {
  if (isEditor()) return false;
  mount(main, h('p', { className: 'warning' }, p('editorsOnly')));
  return true;
};

function lastPoll(f: any) {
  if (!f.lastPollAt) return h('span', { className: 'muted' }, p('never'));
  const key = `poll${f.lastPollStatus}` as keyof typeof en;
  return h('span', {}, when(f.lastPollAt, true), ' · ', h('span', { className: `poll ${f.lastPollStatus}` }, en[key] ? p(key) : String(f.lastPollStatus)),
    f.lastError ? h('span', { className: 'muted', dir: 'auto' }, ` — ${f.lastError}`) : null);
}

/** The last poll's stories as the API counts them (lastPollItems): new articles, and links the desk had already. */
const lastItems = (f: any) => (f.lastPollItems ? p('items', { new: f.lastPollItems.new, already: f.lastPollItems.alreadyStored }) : '—');

/** Every item of a list the API pages (GET /feeds, GET /webhooks: up to 100 a page), page after page. */
async function everyPage(path: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: any[]; nextCursor: string | null } = await api('GET', `${path}?${new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) })}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** #/intake: feeds and webhooks, each with its form. */
export async function intakeView(main: HTMLElement) {
  if (onlyEditors(main)) return;
  const feedRows = h('tbody');
  const hookRows = h('tbody');
  const feedsEmpty = h('p', { className: 'muted' }, t('loading'));
  const hooksEmpty = h('p', { className: 'muted' }, t('loading'));
  const feedsOut = h('div', { id: 'feeds-out', 'aria-live': 'polite' });
  const hooksOut = h('div', { id: 'hooks-out', 'aria-live': 'polite' });
  const secretBox = h('div', { className: 'secret-box' });
  const feedsHeading = h('h2', { id: 'feeds-heading', tabindex: -1 }, p('feeds'));
  const hooksHeading = h('h2', { id: 'hooks-heading', tabindex: -1 }, p('webhooks'));

  const feedTable = h('table', { className: 'feeds stack', 'aria-labelledby': 'feeds-heading', hidden: true },
    h('thead', {}, h('tr', {}, ...[p('url'), p('feedTitle'), p('lastPoll'), p('lastItems'), ''].map((c) => h('th', { scope: 'col' }, c)))),
    feedRows);
  const hookTable = h('table', { className: 'webhooks stack', 'aria-labelledby': 'hooks-heading', hidden: true },
    h('thead', {}, h('tr', {}, ...[p('url'), p('events'), p('createdBy'), ''].map((c) => h('th', { scope: 'col' }, c)))),
    hookRows);
  let listedFeeds = new Set<string>();
  const loadFeeds = async () => {
    try {
      const items = await everyPage('/feeds');
      listedFeeds = new Set(items.map((f: any) => f.feedId));
      feedsEmpty.textContent = items.length ? '' : p('noFeeds');
      feedTable.hidden = !items.length;
      feedRows.replaceChildren(...items.map((f: any) => h('tr', { 'data-feed': f.feedId },
        h('td', { 'data-label': p('url') }, address(f.url)),
        h('td', { 'data-label': p('feedTitle'), dir: 'auto' }, f.title ?? '—'),
        h('td', { 'data-label': p('lastPoll') }, lastPoll(f)),
        h('td', { 'data-label': p('lastItems'), className: 'items' }, lastItems(f)),
        h('td', {}, h('button', {
          type: 'button', className: 'danger', 'aria-label': `${p('unsubscribe')} ${f.url}`,
          onclick: async () => {
            if (!confirm(p('confirmUnsubscribe', { url: f.url }))) return;
            try {
              await api('DELETE', `/feeds/${encodeURIComponent(f.feedId)}`);
              feedback(feedsOut, p('unsubscribed', { url: f.url }));
              await loadFeeds();
              feedsHeading.focus();
            } catch (e) {
              showProblem(feedsOut, null, e);
            }
          },
        }, p('unsubscribe'))))));
    } catch (e) {
      feedsEmpty.textContent = '';
      showProblem(feedsOut, null, e);
    }
  };

  const loadHooks = async () => {
    try {
      const items = await everyPage('/webhooks');
      hooksEmpty.textContent = items.length ? '' : p('noWebhooks');
      hookTable.hidden = !items.length;
      hookRows.replaceChildren(...items.map((w: any) => h('tr', { 'data-webhook': w.webhookId },
        h('td', { 'data-label': p('url') }, address(w.url)),
        h('td', { 'data-label': p('events') }, w.events.join(', ')),
        h('td', { 'data-label': p('createdBy') }, bdi(w.createdBy ?? ''), ' ', when(w.createdAt, true)),
        h('td', {}, h('div', { className: 'toolbar' },
          h('a', { href: `#/intake/webhooks/${encodeURIComponent(w.webhookId)}`, className: 'button', 'data-row-link': '' }, p('deliveries')),
          h('button', {
            type: 'button', className: 'danger', 'aria-label': `${p('remove')} ${w.url}`,
            onclick: async () => {
              if (!confirm(p('confirmRemove', { url: w.url }))) return;
              try {
                await api('DELETE', `/webhooks/${encodeURIComponent(w.webhookId)}`);
                secretBox.replaceChildren();
                feedback(hooksOut, p('removed', { url: w.url }));
                await loadHooks();
                hooksHeading.focus();
              } catch (e) {
                showProblem(hooksOut, null, e);
              }
            },
          }, p('remove')))))));
    } catch (e) {
      hooksEmpty.textContent = '';
      showProblem(hooksOut, null, e);
    }
  };

  const feedUrl = h('input', { id: 'feed-url', name: 'url', type: 'url', required: true, dir: 'ltr', autocomplete: 'off' });
  const feedForm = h('form', {
    className: 'card',
    onsubmit: async (ev: Event) => {
      ev.preventDefault();
      clearProblem(feedsOut, feedUrl);
      try {
        const f = await api('POST', '/feeds', { url: feedUrl.value.trim() });
        // The same url again answers with the subscription already listed.
        const message = listedFeeds.has(f.feedId)
          ? p('already', { url: f.url, since: utcTime(f.createdAt) })
          : p('subscribed', { url: f.url, items: lastItems(f) });
        feedUrl.value = '';
        // Announced once the list shows it: the list is drawn anew, and a row the reader (or a keyboard) is on must
        // not be replaced after the message says the work is done.
        await loadFeeds();
        feedback(feedsOut, message);
      } catch (e) {
        showProblem(feedsOut, feedUrl, e);
      }
    },
  }, h('label', { for: 'feed-url' }, p('feedUrl')), feedUrl, h('div', {}, h('button', { type: 'submit' }, p('subscribe'))), feedsOut);

  const hookUrl = h('input', { id: 'hook-url', name: 'url', type: 'url', required: true, dir: 'ltr', autocomplete: 'off' });
  const boxes = EVENT_TYPES.map((type) => h('input', { type: 'checkbox', name: 'events', value: type, checked: true }));
  const eventsSet = h('fieldset', { id: 'hook-events' }, h('legend', {}, p('events')),
    ...boxes.map((b) => h('label', { className: 'radio', dir: 'ltr' }, b, ' ', b.value)));
  const hookForm = h('form', {
    className: 'card',
    onsubmit: async (ev: Event) => {
      ev.preventDefault();
      clearProblem(hooksOut, hookUrl);
      eventsSet.removeAttribute('aria-invalid');
      const events = boxes.filter((b) => b.checked).map((b) => b.value);
      if (!events.length) {
        showProblem(hooksOut, eventsSet, new Error(p('chooseEvent')));
        return;
      }
      try {
        const w = await api('POST', '/webhooks', { url: hookUrl.value.trim(), events });
        hookUrl.value = '';
        showSecret(secretBox, w.secret);
        await loadHooks();
        feedback(hooksOut, p('registered', { url: w.url }));
      } catch (e) {
        showProblem(hooksOut, hookUrl, e);
      }
    },
  }, h('label', { for: 'hook-url' }, p('hookUrl')), hookUrl, eventsSet, h('div', {}, h('button', { type: 'submit' }, p('register'))), hooksOut);

  mount(main, h('section', { className: 'intake' },
    h('h1', {}, p('intake')),
    feedsHeading, h('p', {}, p('feedsIntro')), feedForm, feedsEmpty,
    feedTable,
    hooksHeading, h('p', {}, p('webhooksIntro')), hookForm, secretBox, hooksEmpty,
    hookTable));
  await Promise.all([loadFeeds(), loadHooks()]);
}

/** The secret of a new webhook: shown here once (the API never gives it again), focused, with a copy button. */
function showSecret(target: HTMLElement, secret: string) {
  const field = h('input', { id: 'hook-secret', readonly: true, dir: 'ltr', value: secret, 'aria-describedby': 'hook-secret-once', size: Math.min(secret.length, 70) });
  const copied = h('span', { className: 'ok', 'aria-live': 'polite' });
  mount(target, h('div', { className: 'card secret', role: 'region', 'aria-labelledby': 'hook-secret-label' },
    h('label', { id: 'hook-secret-label', for: 'hook-secret' }, p('secret')),
    h('p', { id: 'hook-secret-once', className: 'warning' }, h('strong', {}, p('secretOnce'))),
    field,
    h('div', { className: 'toolbar' },
      h('button', {
        type: 'button',
        onclick: async () => {
          field.select();
          try {
            await navigator.clipboard.writeText(secret);
          } catch {
            document.execCommand('copy'); // no clipboard API (plain http): the selected field
          }
          copied.textContent = p('copied');
        },
      }, p('copy')),
      h('button', { type: 'button', className: 'link', onclick: () => target.replaceChildren() }, p('done')),
      copied)));
  field.focus();
  field.select();
}

/** #/intake/webhooks/{id}: one webhook's delivery log, newest first, every attempt, a page at a time. */
export async function deliveriesView(main: HTMLElement, webhookId: string) {
  if (onlyEditors(main)) return;
  mount(main, h('p', {}, t('loading')));
  const out = h('div', { id: 'deliveries-out' });
  const path = `/webhooks/${encodeURIComponent(webhookId)}/deliveries`;
  const pageOf = (cursor?: string) => api('GET', `${path}?${new URLSearchParams({ limit: String(DELIVERIES_PAGE), ...(cursor ? { cursor } : {}) })}`);
  let hook: any;
  let first: { items: any[]; nextCursor: string | null };
  try {
    hook = await api('GET', `/webhooks/${encodeURIComponent(webhookId)}`);
    first = await pageOf();
  } catch (e) {
    mount(main, h('p', {}, h('a', { href: '#/intake' }, p('back'))), out);
    showProblem(out, null, e);
    return;
  }
  const attempt = (a: any) => h('li', {}, when(a.at, true), ' · ',
    h('span', { dir: 'ltr' }, a.status === null || a.status === undefined ? p('unreachable') : `HTTP ${a.status}`),
    a.error ? h('span', { dir: 'auto' }, ` — ${a.error}`) : null, a.ms !== undefined ? ` · ${a.ms} ms` : null);
  const row = (d: any) => h('tr', { 'data-event': d.eventId, 'data-status': d.status },
    h('td', { 'data-label': p('event') }, h('span', { dir: 'ltr' }, d.type), h('br'), h('small', { className: 'muted', dir: 'ltr' }, d.eventId)),
    h('td', { 'data-label': p('status') }, h('span', { className: `delivery ${d.status}` }, p(d.status as 'PENDING')),
      d.log?.length ? h('ol', { className: 'attempts' }, ...d.log.map(attempt)) : null),
    h('td', { 'data-label': p('attempts'), className: 'num' }, String(d.attempts)),
    h('td', { 'data-label': p('created') }, when(d.createdAt, true)),
    h('td', { 'data-label': p('nextTry') }, d.status === 'PENDING' && d.dueAt ? when(d.dueAt, true) : '—'));
  const tbody = h('tbody', {}, ...first.items.map(row));
  // The log pages as the API does (newest first): "Load more" appends the next page, until nextCursor is null.
  const more = h('button', { type: 'button', className: 'more', hidden: !first.nextCursor }, t('more'));
  const moreOut = h('div', { id: 'deliveries-more-out' });
  let next = first.nextCursor;
  more.onclick = async () => {
    if (!next) return;
    more.disabled = true;
    try {
      const page = await pageOf(next);
      moreOut.replaceChildren();
      tbody.append(...page.items.map(row));
      next = page.nextCursor;
      more.hidden = !next;
    } catch (e) {
      showProblem(moreOut, null, e);
    } finally {
      more.disabled = false;
    }
  };
  mount(main, h('section', { className: 'deliveries' },
    h('p', {}, h('a', { href: '#/intake' }, p('back'))),
    h('h1', {}, p('deliveries')),
    h('p', {}, address(hook.url), ' · ', h('span', { dir: 'ltr' }, hook.events.join(', '))),
    h('div', { className: 'toolbar' }, h('button', { type: 'button', onclick: () => void deliveriesView(main, webhookId) }, p('refresh'))),
    first.items.length ? null : h('p', { className: 'muted' }, p('noDeliveries')),
    h('table', { className: 'deliveries stack' },
      h('caption', { className: 'visually-hidden' }, p('deliveriesOf', { url: hook.url })),
      h('thead', {}, h('tr', {}, ...[p('event'), p('status'), p('attempts'), p('created'), p('nextTry')].map((c) => h('th', { scope: 'col' }, c)))),
      tbody),
    more, moreOut));
}
