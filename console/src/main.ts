import { completeCognitoSignIn, currentSession, loadConfig, signOut } from './auth.ts';
import { h, mount } from './dom.ts';
import { currentLang, setLang, t } from './i18n.ts';
import { articlesView, bdi, installShortcuts, isReviewer, isStaff, searchView, tNodes } from './desk.ts';
import { queueView } from './queue.ts';
import { articleView, claimView, signInView, submitView } from './views.ts';
import { isEditor, publicationListView, publishClaimView } from './publishing.ts';
import { deliveriesView, intakeView } from './intake.ts';

const main = document.getElementById('main')!;
const top = document.getElementById('top')!;

function header() {
  const session = currentSession();
  mount(top, h('nav', { 'aria-label': 'factcheck' },
    h('a', { href: '#/', className: 'brand' }, t('app')),
    session && isStaff() ? h('a', { href: '#/queue' }, t('queue')) : null, // editors read it too; reviewers decide
    session ? h('a', { href: '#/articles' }, isStaff() ? t('articles') : t('myArticles')) : null,
    session && isStaff() ? h('a', { href: '#/search' }, t('search')) : null,
    session ? h('a', { href: '#/submit' }, t('submit')) : null,
    isEditor() ? h('a', { href: '#/publish' }, t('toPublish')) : null,
    isEditor() ? h('a', { href: '#/intake' }, t('intake')) : null,
    h('span', { className: 'spacer' }),
    session ? h('span', { className: 'who' }, ...tNodes('signedInAs', { name: bdi(session.name) })) : null,
    h('button', { type: 'button', className: 'link', lang: currentLang() === 'ar' ? 'en' : 'ar', onclick: () => { setLang(currentLang() === 'ar' ? 'en' : 'ar'); route(); } }, t('switchTo')),
    session ? h('button', { type: 'button', className: 'link', onclick: () => { signOut(); route(); } }, t('signOut')) : null));
}

async function route() {
  header();
  if (!currentSession()) {
    signInView(main, () => { location.hash = isEditor() ? '#/publish' : isReviewer() ? '#/queue' : '#/articles'; route(); });
    return;
  }
  // Where the focus was when the view started: if the view (or the user, while it loaded) moves it into the
  // view, it stays there; otherwise the new view's content takes it (for screen readers and the keyboard).
  const before = document.activeElement;
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(query ?? '');
  if (parts[0] === 'claim' && parts[1]) await claimView(main, decodeURIComponent(parts[1]));
  else if (parts[0] === 'article' && parts[1]) await articleView(main, decodeURIComponent(parts[1]));
  else if (parts[0] === 'submit') submitView(main);
  else if (parts[0] === 'publish' && parts[1]) await publishClaimView(main, decodeURIComponent(parts[1]));
  else if (parts[0] === 'publish') await publicationListView(main);
  else if (parts[0] === 'intake' && parts[1] === 'webhooks' && parts[2]) await deliveriesView(main, decodeURIComponent(parts[2]));
  else if (parts[0] === 'intake') await intakeView(main);
  else if (parts[0] === 'articles') await articlesView(main, params);
  else if (parts[0] === 'search') await searchView(main, params);
  // The queue is the reviewers' home; everyone else's is the article list.
  else if (parts[0] !== 'queue' && !isReviewer()) await articlesView(main, params);
  else await queueView(main, params);
  const now = document.activeElement;
  if (!now || now === document.body || now === before || !main.contains(now)) main.focus({ preventScroll: true });
}

window.addEventListener('hashchange', () => void route());
installShortcuts();
await loadConfig();
try {
  await completeCognitoSignIn();
} catch (e) {
  console.error(e);
}
await route();
