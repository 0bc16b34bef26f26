import { completeCognitoSignIn, currentSession, loadConfig, signOut } from './auth.ts';
import { h, mount } from './dom.ts';
import { currentLang, setLang, t } from './i18n.ts';
import { articleView, claimView, queueView, signInView, submitView } from './views.ts';
import { isEditor, publicationListView, publishClaimView } from './publishing.ts';

const main = document.getElementById('main')!;
const top = document.getElementById('top')!;

function header() {
  const session = currentSession();
  mount(top, h('nav', { 'aria-label': 'factcheck' },
    h('a', { href: '#/queue', className: 'brand' }, t('app')),
    session ? h('a', { href: '#/queue' }, t('queue')) : null,
    session ? h('a', { href: '#/submit' }, t('submit')) : null,
    isEditor() ? h('a', { href: '#/publish' }, t('toPublish')) : null,
    h('span', { className: 'spacer' }),
    session ? h('span', { className: 'who' }, t('signedInAs', { name: session.name })) : null,
    h('button', { type: 'button', className: 'link', lang: currentLang() === 'ar' ? 'en' : 'ar', onclick: () => { setLang(currentLang() === 'ar' ? 'en' : 'ar'); route(); } }, t('switchTo')),
    session ? h('button', { type: 'button', className: 'link', onclick: () => { signOut(); route(); } }, t('signOut')) : null));
}

async function route() {
  header();
  if (!currentSession()) {
    signInView(main, () => { location.hash = isEditor() ? '#/publish' : '#/queue'; route(); });
    return;
  }
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(query ?? '');
  if (parts[0] === 'claim' && parts[1]) await claimView(main, decodeURIComponent(parts[1]));
  else if (parts[0] === 'article' && parts[1]) await articleView(main, decodeURIComponent(parts[1]));
  else if (parts[0] === 'submit') submitView(main);
  else if (parts[0] === 'publish' && parts[1]) await publishClaimView(main, decodeURIComponent(parts[1]));
  else if (parts[0] === 'publish') await publicationListView(main);
  else await queueView(main, params);
  main.focus({ preventScroll: true });
}

window.addEventListener('hashchange', () => void route());
await loadConfig();
try {
  await completeCognitoSignIn();
} catch (e) {
  console.error(e);
}
await route();
