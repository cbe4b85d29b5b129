// Starts the UI: loads the content, fills the strings, draws Home, and switches views as the
// location hash changes (so a phone's back gesture works): `#/` is Home, `#/action/<id>` a card.

import { loadContent } from './ipc.js';
import { applyStrings, setStrings, t } from './strings.js';
import { focusTile, renderHome } from './home.js';
import { renderActionCard } from './action-card.js';

// Shown only if the content itself cannot be loaded, when there are no strings to use.
const FALLBACK_ERROR = 'Aftercare could not start. Nothing you saved is affected.';

let content = null;
let lastAction = null;

function showView(id) {
  for (const view of document.querySelectorAll('.view')) {
    view.hidden = view.id !== id;
  }
}

function route() {
  const match = /^#\/action\/([a-z0-9-]+)$/.exec(location.hash);
  const action = match && content.actions.find((a) => a.id === match[1]);
  if (action) {
    renderActionCard(action);
    showView('view-action');
    lastAction = action.id;
    document.getElementById('action-title').focus();
    window.scrollTo(0, 0);
  } else {
    showView('view-home');
    if (lastAction) focusTile(lastAction);
    lastAction = null;
  }
}

function openAction(id) {
  location.hash = `#/action/${id}`;
}

function goHome() {
  // Step back through history when we came from Home, so back and the back gesture agree.
  if (history.length > 1 && lastAction) history.back();
  else location.hash = '#/';
}

function showError(error) {
  const box = document.getElementById('app-error');
  const key = error && error.kind ? `error.${error.kind}` : 'error.unknown';
  box.textContent = content ? t(key) : FALLBACK_ERROR;
  box.hidden = false;
}

async function start() {
  try {
    content = await loadContent();
  } catch (error) {
    showError(error);
    return;
  }
  setStrings(content.strings);
  applyStrings();
  document.title = t('app.name');
  renderHome(content.actions, openAction);
  document.getElementById('action-back').addEventListener('click', goHome);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !document.getElementById('view-action').hidden) goHome();
  });
  window.addEventListener('hashchange', route);
  route();
  document.body.dataset.ready = 'true';
}

start();
