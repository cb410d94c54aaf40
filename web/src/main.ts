// The explorer's shell: navigation, the language switch, the history-API
// router (every view has its own URL) and the "open in GraphiQL" link.
import './style.css';
import { graphiqlURL, lastRequest, resetRequest } from './api';
import { h } from './dom';
import { currentLang, setLang, t, type Key } from './i18n';
import { navigate } from './nav';

/** A view renders into main from the URL; heavy views are loaded on demand. */
type View = (main: HTMLElement, url: URL) => Promise<void>;

const views: { path: string; key: Key; load: () => Promise<View> }[] = [
  { path: '/search', key: 'search', load: async () => (await import('./views/search')).render },
  { path: '/plan', key: 'plan', load: async () => (await import('./views/plan')).render },
  { path: '/graph', key: 'graph', load: async () => (await import('./views/graph')).render },
  { path: '/compare', key: 'compare', load: async () => (await import('./views/compare')).render },
  { path: '/crosscut', key: 'crosscut', load: async () => (await import('./views/crosscut')).render },
  { path: '/budgets', key: 'budgets', load: async () => (await import('./views/budgets')).render },
];

const main = document.getElementById('main') as HTMLElement;
let generation = 0;

function viewFor(pathname: string) {
  if (pathname === '/') return views[0];
  return views.find((v) => pathname === v.path || pathname.startsWith(v.path + '/'));
}

function drawNav(current: string): void {
  const nav = document.getElementById('nav') as HTMLElement;
  nav.replaceChildren(
    h('ul', {}, ...views.map((v) =>
      h('li', {}, h('a', { href: v.path, 'data-nav': true, 'aria-current': v.path === current ? 'page' : null }, t(v.key))))),
  );
  const lang = document.getElementById('lang') as HTMLButtonElement;
  lang.textContent = t('lang');
  lang.setAttribute('aria-label', currentLang() === 'ja' ? 'Switch to English' : '日本語に切り替える');
}

/** route renders the view of the current URL. */
async function route(): Promise<void> {
  const url = new URL(location.href);
  const view = viewFor(url.pathname);
  const mine = ++generation;
  drawNav(view?.path ?? '');
  resetRequest();
  updateGraphiqlLink();
  main.setAttribute('aria-busy', 'true');
  const loading = h('p', { class: 'status' }, t('loading'));
  main.replaceChildren(loading);
  try {
    if (!view) throw new Error(t('notFound') + ': ' + url.pathname);
    const render = await view.load();
    if (mine !== generation) return;
    // The view draws into the page itself: the graph and charts need a laid-out container.
    const target = h('div', { class: 'view' });
    main.append(target);
    await render(target, url);
    if (mine !== generation) return;
    loading.remove();
    document.title = `${t(view.key)} · wardgraph`;
  } catch (err) {
    if (mine !== generation) return;
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${(err as Error).message}`));
  } finally {
    if (mine === generation) {
      main.removeAttribute('aria-busy');
      updateGraphiqlLink();
      afterRender(url);
      // The browser tests read this mark as time-to-interactive.
      if (!performance.getEntriesByName('wardgraph:interactive').length) performance.mark('wardgraph:interactive');
    }
  }
}

function afterRender(url: URL): void {
  const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  if (target) {
    target.classList.add('focus');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}

/** updateGraphiqlLink points the footer link and every view's button at the view's query. */
function updateGraphiqlLink(): void {
  const href = graphiqlURL(lastRequest());
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a.graphiql')) a.href = href;
  const foot = document.getElementById('giql') as HTMLAnchorElement;
  foot.href = href;
  foot.textContent = t('openGraphiql');
}

document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest?.('a[data-nav]') as HTMLAnchorElement | null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.getAttribute('href') as string);
});
window.addEventListener('popstate', () => void route());
document.getElementById('lang')?.addEventListener('click', () => {
  setLang(currentLang() === 'ja' ? 'en' : 'ja');
  void route();
});
document.documentElement.lang = currentLang();
void route();
