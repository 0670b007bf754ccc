// The console's frame: who is signed in, language, sign-out, and one module per page chosen by the URL's #/route.
import { loadLabels, t, applyLabels } from './i18n.js';
import { useCsrfToken, restoreFields } from './api.js';
import { h, problem } from './dom.js';

const PAGES = {
  overview: './overview.js',
  societies: './societies.js',
  society: './society.js',
  queues: './queues.js',
  import: './import.js',
  plugins: './plugins.js',
};

async function start() {
  await loadLabels();
  const answer = await fetch('/console/session', { headers: { Accept: 'application/json' } });
  if (answer.status === 401) {
    location.assign(`/console/login.html?next=${encodeURIComponent(location.hash || '#/overview')}`);
    return;
  }
  const session = await answer.json();
  useCsrfToken(session.csrfToken);
  document.title = t('app.title');
  applyLabels(document);
  document.getElementById('user').textContent = t('user.signedInAs', session.user);
  document.getElementById('sign-out').onclick = async () => {
    await fetch('/console/logout', { method: 'POST', headers: { 'X-CSRF-Token': session.csrfToken } });
    location.assign('/console/login.html?signedOut=1');
  };
  window.addEventListener('hashchange', route);
  await route();
}

async function route() {
  const [name, ...rest] = (location.hash.replace(/^#\/?/, '') || 'overview').split('/');
  const page = name === 'societies' && rest.length ? 'society' : (PAGES[name] ? name : 'overview');
  document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('active', a.dataset.page === (page === 'society' ? 'societies' : page)));
  const main = document.getElementById('page');
  main.dataset.page = page;
  main.dataset.ready = 'false';
  main.replaceChildren(h('p', {}, t('common.loading')));
  try {
    const module = await import(PAGES[page]);
    await module.render(main, rest);
    restoreFields();
  } catch (error) {
    if (error.status === 401) return; // on the way to the sign-in page
    main.replaceChildren(problem(error));
  }
  main.dataset.ready = 'true';
}

start();
