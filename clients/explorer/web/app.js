// The explorer: a hash router over the views, and live updates from the changes subscription.
import { client, features, onConnection } from './client.js';
import { errorBox } from './components.js';
import { h, render, route } from './dom.js';
import { CHANGES } from './queries.js';
import { showDepartment } from './views/department.js';
import { showPlan } from './views/plan.js';
import { showTargets, showMetric } from './views/targets.js';
import { showSearch } from './views/search.js';
import { showPark, showInitiative } from './views/collections.js';
import { showHome } from './views/home.js';

/**
 * @typedef {import('./client.js').Features} Features
 * @typedef {{ features: Features, fresh: boolean, query: URLSearchParams }} ViewContext
 * @typedef {(view: HTMLElement, args: string[], ctx: ViewContext) => Promise<void>} View
 */

/** @type {Record<string, View>} */
const VIEWS = {
  '': showHome,
  department: showDepartment,
  plan: showPlan,
  targets: showTargets,
  metric: showMetric,
  search: showSearch,
  park: showPark,
  initiative: showInitiative,
};

const view = /** @type {HTMLElement} */ (document.getElementById('view'));
let renderCount = 0;

/** Shows the view the location names; `fresh` bypasses the cache (a change arrived). */
async function show(fresh = false) {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name = '', ...args] = path.split('/').map(decodeURIComponent);
  const showView = VIEWS[name];
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.getAttribute('data-nav') === name));
  const current = ++renderCount;
  view.setAttribute('aria-busy', 'true');
  try {
    if (!showView) {
      render(view, h('p.error', null, 'No such page. '), h('a', { href: route() }, 'Start here'));
    } else {
      // Render into a detached element, so a slower earlier navigation never overwrites a later one.
      const target = h('div');
      await showView(target, args, { features: await features, fresh, query: new URLSearchParams(search) });
      if (current === renderCount) {
        render(view, ...target.childNodes);
        // A new page starts at its top (on a phone, at the part it opened, below the outline); a live refresh keeps
        // the reader's place.
        const focus = view.querySelector('[data-scroll-target]');
        if (!fresh && focus && window.matchMedia('(max-width: 899px)').matches) focus.scrollIntoView();
        else if (!fresh) window.scrollTo(0, 0);
      }
    }
  } catch (error) {
    if (current === renderCount) render(view, errorBox(error));
  } finally {
    if (current === renderCount) {
      view.setAttribute('aria-busy', 'false');
      view.dataset.rendered = String(current);
    }
  }
}

window.addEventListener('hashchange', () => show());
show();

// Live updates: each change event is announced and the current page re-read from the server. After a reconnect the
// subscription resumes after the last cursor it saw, so no change is missed.
const liveLabel = /** @type {HTMLElement} */ (document.getElementById('live'));
const notices = /** @type {HTMLElement} */ (document.getElementById('notices'));
/** @type {string | undefined} */
let lastCursor;
/** @type {{ unsubscribe(): void } | undefined} */
let subscription;
/** Change ids already shown: a resumed subscription may repeat the events around the cursor. */
const seen = new Set();

/** @param {string} text @param {'on' | 'off'} state */
function setLive(text, state) {
  liveLabel.textContent = text;
  liveLabel.className = `live ${state}`;
}

/** @typedef {{ cursor: string, id: string, kind: string, target?: string | null, at: string, documentId?: string | null }} ChangeEvent  per schema.graphql */
/** @param {ChangeEvent} change */
function announce(change) {
  const what = change.documentId ? h('a', { href: route('plan', change.documentId) }, change.documentId) : change.target;
  const notice = h('div.notice', { 'data-change-id': change.id }, h('strong', null, change.kind), ' ', what ?? '', ' · ',
    new Date(change.at).toLocaleTimeString());
  notices.prepend(notice);
  while (notices.childElementCount > 4) notices.lastElementChild?.remove();
  setTimeout(() => notice.remove(), 15000);
}

function subscribe() {
  subscription?.unsubscribe();
  subscription = client.subscription(CHANGES, { after: lastCursor }).subscribe((result) => {
    if (result.error) {
      setLive('live: ' + result.error.message, 'off');
      return;
    }
    const change = /** @type {ChangeEvent | undefined} */ (result.data?.changes);
    if (!change || seen.has(change.id)) return;
    seen.add(change.id);
    lastCursor = change.cursor;
    document.body.dataset.lastChange = change.id;
    announce(change);
    show(true);
  });
}

features.then((available) => {
  if (!available.changes) {
    setLive('live updates off', 'off');
    liveLabel.title = 'This server has no changes subscription yet (schema.graphql); reload to see changes.';
    return;
  }
  let connectedBefore = false;
  onConnection((connected) => {
    setLive(connected ? 'live' : 'live: reconnecting…', connected ? 'on' : 'off');
    if (connected && connectedBefore && lastCursor) subscribe(); // resume after the last event seen
    if (connected) connectedBefore = true;
  });
  subscribe();
}).catch((error) => render(view, errorBox(error)));

