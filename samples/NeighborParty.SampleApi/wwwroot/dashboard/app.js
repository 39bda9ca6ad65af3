import * as api from './api.js';
import { h } from './dom.js';
import * as i18n from './i18n.js';
import { t } from './i18n.js';
import { home, login, report, tree } from './views-core.js';
import { mine, placeless } from './views-mine.js';
import { care, compound, compounds, requests, sweep } from './views-people.js';

// Routes: #/login, #/, #/tree, #/report[/placeId], #/sweep, #/requests, #/care[/placeId], #/compounds, #/compound/id.
const routes = { '': home, tree, report, sweep, requests, care, compounds, compound, mine };

let generation = 0;

async function render() {
  const mine = ++generation;
  const main = document.getElementById('main');
  let [, name = '', arg] = location.hash.replace(/^#/, '').split('/');
  const signedIn = api.session();
  // A resident or a co-building party has no place to look after: it sees its own things only.
  const own = signedIn && placeless(signedIn.actor.kind);
  if (own && name !== 'login') name = 'mine';
  for (const li of document.querySelectorAll('nav li')) li.hidden = own ? !li.querySelector('a[href="#/mine"]') : !!li.querySelector('a[href="#/mine"]');
  document.getElementById('nav').hidden = !signedIn;
  document.getElementById('logout').hidden = !signedIn;
  document.getElementById('who').textContent = signedIn ? `${signedIn.actor.description}` : '';
  for (const a of document.querySelectorAll('nav a')) {
    const target = a.getAttribute('href').replace(/^#\//, '');
    if (target === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }

  // Each view is built off-page and shown only if no later navigation started meanwhile.
  const view = h('div');
  main.setAttribute('aria-busy', 'true');
  if (!main.querySelector('.loading')) main.prepend(h('p', { class: 'loading' }, t('loading')));
  try {
    if (!signedIn || name === 'login') {
      await login(view, () => { if (location.hash === '#/') render(); else location.hash = '#/'; });
    } else {
      await (routes[name] ?? home)(view, arg);
    }
  } catch (error) {
    view.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('error'), error.message));
  }

  if (mine !== generation) return;
  main.replaceChildren(...view.childNodes);
  main.removeAttribute('aria-busy');
  main.dataset.view = !signedIn || name === 'login' ? 'login' : (routes[name] ? name || 'home' : 'home');
}

document.getElementById('lang').addEventListener('click', () => { i18n.toggle(); render(); });
document.getElementById('logout').addEventListener('click', () => { api.signOut(); location.hash = '#/login'; render(); });
window.addEventListener('hashchange', render);
i18n.apply();
render();
