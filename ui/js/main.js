// Starts the UI and routes between screens by location hash, so a phone's back gesture works:
// `#/` Home, `#/action/<id>`, `#/check-in`, `#/journal`, `#/journal/<id|new>`, `#/history`,
// `#/learn`, `#/learn/<id>`, `#/grounding`, `#/settings`, `#/unlock`, `#/welcome`.

import { loadContent } from './ipc.js';
import { $ } from './dom.js';
import { applyStrings, errorText, setStrings, t } from './strings.js';
import * as session from './session.js';
import { focusTile, renderHome, showHome } from './home.js';
import { recordTap, renderActionCard } from './action-card.js';
import { resetCheckIn, setUpCheckIn, showCheckIn } from './check-in.js';
import { setUpJournal, showEntry, showJournal } from './journal.js';
import { setUpHistory, showHistory } from './history.js';
import { setUpLearn, showGrounding, showPage } from './learn.js';
import { setUpSettings, showSettings } from './settings.js';
import { setUpAuth, showUnlock } from './auth.js';
import { setUpRemind, showRemind } from './remind.js';
import { setUpCard, showBefore, showCard } from './card.js';
import { onReminderShown } from './ipc.js';

// Shown only if the content itself cannot be loaded, when there are no strings to use.
const FALLBACK_ERROR = 'Aftercare could not start. Nothing you saved is affected.';

let content = null;
let lastAction = null;
let afterUnlock = '#/';

/** Screens that show saved data, and so need the vault unlocked. */
const NEEDS_UNLOCK = new Set(['journal', 'entry', 'history', 'settings', 'remind', 'card', 'before']);

const ROUTES = [
  [/^#\/?$/, 'home', () => showHome(content)],
  [/^#\/action\/([a-z0-9-]+)$/, 'action', openAction],
  [/^#\/check-in$/, 'check-in', showCheckIn],
  [/^#\/remind$/, 'remind', showRemind],
  [/^#\/card$/, 'card', showCard],
  [/^#\/before$/, 'before', showBefore],
  [/^#\/journal$/, 'journal', showJournal],
  [/^#\/journal\/(new|\d+)$/, 'entry', showEntry],
  [/^#\/history$/, 'history', showHistory],
  [/^#\/learn$/, 'learn', () => {}],
  [/^#\/learn\/([a-z0-9-]+)$/, 'page', showPage],
  [/^#\/grounding$/, 'grounding', showGrounding],
  [/^#\/settings$/, 'settings', showSettings],
  [/^#\/unlock$/, 'unlock', showUnlock],
  [/^#\/welcome$/, 'welcome', () => {}],
];

function openAction(id) {
  const action = content.actions.find((a) => a.id === id);
  if (!action) throw { kind: 'not-found' };
  renderActionCard(action, content);
  lastAction = id;
  return recordTap(id);
}

function showView(name) {
  for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== `view-${name}`;
  const heading = $(`view-${name}`).querySelector('h1');
  if (heading) heading.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

async function route() {
  $('app-error').hidden = true;
  let hash = location.hash || '#/';
  if (session.current() === 'not-set-up') hash = '#/welcome';
  const [pattern, name, show] = ROUTES.find(([p]) => p.test(hash)) || ROUTES[0];
  if (NEEDS_UNLOCK.has(name) && !session.isUnlocked()) {
    afterUnlock = hash;
    location.replace('#/unlock');
    return;
  }
  if (name === 'welcome' && session.current() !== 'not-set-up') {
    location.replace('#/');
    return;
  }
  const params = (pattern.exec(hash) || []).slice(1);
  showView(name);
  try {
    await show(...params);
  } catch (error) {
    showError(error);
  }
  if (name === 'home' && lastAction) {
    focusTile(lastAction);
    lastAction = null;
  }
  document.body.dataset.view = name;
}

function showError(error) {
  const box = $('app-error');
  box.textContent = content ? errorText(error) : FALLBACK_ERROR;
  box.hidden = false;
}

function goBack() {
  // Step back through history when there is somewhere to go, so back and the gesture agree.
  if (history.length > 1) history.back();
  else location.hash = '#/';
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

  renderHome(content.actions, (id) => (location.hash = `#/action/${id}`));
  setUpCheckIn(content);
  resetCheckIn();
  setUpJournal();
  setUpHistory(content);
  setUpLearn(content);
  setUpRemind(content);
  setUpCard(content);
  setUpSettings(async () => {
    await session.refresh();
    location.replace('#/welcome');
    route();
  });
  setUpAuth(
    () => location.replace('#/'),
    () => {
      const next = afterUnlock;
      afterUnlock = '#/';
      location.replace(next);
      route();
    },
  );
  session.onChange(() => {
    if (session.current() === 'locked' && NEEDS_UNLOCK.has(document.body.dataset.view)) location.replace('#/');
  });

  for (const back of document.querySelectorAll('[data-back]')) back.addEventListener('click', goBack);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.body.dataset.view !== 'home' && !document.querySelector('dialog[open]')) goBack();
  });
  window.addEventListener('hashchange', route);

  // A reminder leads to the check-in: when it is shown while the app is open, and when the app
  // is opened after one was shown.
  onReminderShown(() => (location.hash = '#/check-in'));
  try {
    const status = await session.refresh();
    if (status.reminder_shown && session.current() !== 'not-set-up') location.replace('#/check-in');
  } catch (error) {
    showError(error);
  }
  await route();
  // How long from the page starting to load until it answers taps; read by the journeys.
  document.body.dataset.readyAfterMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
}

start();
