// Starts the UI and routes between screens by location hash, so a phone's back gesture works.
// Every screen is one entry of SCREENS: its address, its view, whether it needs unlocking, its
// set-up and what showing it does.

import { loadContent, onReminderAnswer, onReminderShown, onShortcutTaken, onVaultLocked, onVaultLocking, rules as loadRules, shortcutTaken, vaultStatus } from './ipc.js';
import { $, formatTime } from './dom.js';
import { offerWhatThisDeviceHas } from './hand-over.js';
import { applyStrings, errorText, setStrings, t } from './strings.js';
import * as session from './session.js';
import * as nav from './nav.js';
import { drawOwnTiles, focusTile, noteOnHome, renderHome, showHome } from './home.js';
import { forgetOwnCard, forgetTap, recordTap, renderActionCard, setUpActionCard } from './action-card.js';
import { forgetOwnTiles, isOwnId, loadOwnTiles, ownCard } from './own-tiles.js';
import { forgetCheckIn, setUpCheckIn, showCheckIn } from './check-in.js';
import { setUpEntry, setUpJournal, showEntry, showJournal } from './journal.js';
import { setUpHistory, showHistory } from './history.js';
import { setUpInsights, showInsights } from './insights.js';
import { setUpGrounding, setUpLearn, showGrounding, showPage } from './learn.js';
import { setUpSettings, showSettings } from './settings.js';
import { setUpStartAgain, setUpUnlock, setUpWelcome, showStartAgain, showUnlock } from './auth.js';
import { setUpRemind, showRemind } from './remind.js';
import { setUpBefore, setUpCard, showBefore, showCard } from './card.js';
import { offerSinceThen, setUpCalm, showCalm } from './calm.js';
import { deletedTotal } from './keep.js';
import { forgetTheirCards, setUpTheirCards, showAddTheirCard, showTheirCard, showTheirCards } from './their-cards.js';
import { forgetSendCheckIn, setUpSendCheckIn, showSendCheckIn } from './send-check-in.js';

// Shown only if the content itself cannot be loaded, when there are no strings to use.
const FALLBACK_ERROR = 'Aftercare could not start. Nothing you saved is affected.';

/** Everything the app says (the `content` command). */
let content = null;
/** The rules the core owns (the `rules` command): lengths, ranges, reminder presets. */
let rules = null;
let lastAction = null;
/** The tile just tapped on Home: its card records once when it opens, and nothing else does. */
let tappedTile = null;
/** First run, before a passcode: "Look around first" lets Home, the cards and Learn be read. */
let lookingAround = false;
let afterUnlock = '#/';
/** Calm lines to show with the next screen (after set-up, after unlocking). */
let pendingNotice = [];

/**
 * The screens, in the order of their views in index.html. `route` matches the location hash and
 * its groups are passed to `show`; `view` is the `#view-<view>` section and the body's
 * `data-view`; `needsUnlock` marks a screen showing saved data; `setUp()` runs once at start,
 * after the content and the rules are loaded; `show(...groups)` runs each time it is shown;
 * `beforeSetUp` marks a screen that can be read while looking around before a passcode exists;
 * `open` one that anyone can read at any time, even from the welcome before "Look around first"
 * (the calm space and what it links to); `staysWhenLocked` one that a lock never leads away
 * from (nothing saved is on it, and nothing may throw a person out of the calm space).
 */
const SCREENS = [
  { route: /^#\/welcome$/, view: 'welcome', setUp: () => setUpWelcome(rules, afterSetUp, lookAround) },
  {
    route: /^#\/start-again$/,
    view: 'start-again',
    setUp: () => setUpStartAgain(startAgain),
    show: () => showStartAgain('unfinished'),
  },
  { route: /^#\/forgot$/, view: 'start-again', show: () => showStartAgain('forgot') },
  { route: /^#\/unlock$/, view: 'unlock', setUp: () => setUpUnlock(goOnAfterUnlock), show: showUnlock },
  {
    route: /^#\/?$/,
    view: 'home',
    beforeSetUp: true,
    setUp: () =>
      renderHome(content.actions, (id) => {
        tappedTile = id;
        location.hash = `#/action/${id}`;
      }),
    show: showHomeAgain,
  },
  {
    route: /^#\/action\/([a-z0-9-]+)$/,
    view: 'action',
    beforeSetUp: true,
    setUp: setUpActionCard,
    show: openAction,
  },
  {
    route: /^#\/check-in(?:\/(since))?$/,
    view: 'check-in',
    setUp: () => setUpCheckIn(content, rules),
    show: showCheckIn,
  },
  {
    route: /^#\/remind$/,
    view: 'remind',
    needsUnlock: true,
    setUp: () => setUpRemind(content, rules),
    show: showRemind,
  },
  { route: /^#\/journal$/, view: 'journal', needsUnlock: true, setUp: setUpJournal, show: showJournal },
  {
    route: /^#\/journal\/(new|\d+)$/,
    view: 'entry',
    needsUnlock: true,
    setUp: () => setUpEntry(rules),
    show: showEntry,
  },
  { route: /^#\/card$/, view: 'card', needsUnlock: true, setUp: () => setUpCard(content, rules), show: showCard },
  { route: /^#\/before(?:\/(\d+))?$/, view: 'before', needsUnlock: true, setUp: setUpBefore, show: showBefore },
  { route: /^#\/their-cards$/, view: 'their-cards', needsUnlock: true, setUp: setUpTheirCards, show: showTheirCards },
  { route: /^#\/their-cards\/add$/, view: 'their-card-add', needsUnlock: true, show: showAddTheirCard },
  { route: /^#\/their-cards\/(\d+)$/, view: 'their-card', needsUnlock: true, show: showTheirCard },
  {
    route: /^#\/send(?:\/(\d+))?$/,
    view: 'send',
    needsUnlock: true,
    setUp: () => setUpSendCheckIn(content),
    show: showSendCheckIn,
  },
  { route: /^#\/history$/, view: 'history', needsUnlock: true, setUp: () => setUpHistory(content), show: showHistory },
  { route: /^#\/insights$/, view: 'insights', needsUnlock: true, setUp: () => setUpInsights(content), show: showInsights },
  {
    route: /^#\/learn$/,
    view: 'learn',
    beforeSetUp: true,
    staysWhenLocked: true,
    setUp: () => setUpLearn(content),
  },
  { route: /^#\/learn\/([a-z0-9-]+)$/, view: 'page', beforeSetUp: true, open: true, staysWhenLocked: true, show: showPage },
  {
    route: /^#\/grounding$/,
    view: 'grounding',
    beforeSetUp: true,
    open: true,
    staysWhenLocked: true,
    setUp: () => setUpGrounding(goBack),
    show: showGrounding,
  },
  { route: /^#\/about$/, view: 'about', beforeSetUp: true, open: true, staysWhenLocked: true },
  // "Need a moment?": open to anyone, locked or not; it shows my people only once unlocked.
  {
    route: /^#\/calm(?:\/(settle|people|kind-words))?$/,
    view: 'calm',
    beforeSetUp: true,
    open: true,
    staysWhenLocked: true,
    setUp: () => setUpCalm(content),
    show: showCalm,
  },
  {
    route: /^#\/settings$/,
    view: 'settings',
    needsUnlock: true,
    setUp: () => setUpSettings(rules, startAgain, content),
    show: showSettings,
  },
];

const screenOf = (view) => SCREENS.find((screen) => screen.view === view);

/** Where an address that matches no route leads. */
const HOME = screenOf('home');

async function openAction(id) {
  let action = content.actions.find((a) => a.id === id);
  if (!action && isOwnId(id) && session.current() !== 'not-set-up') {
    await loadOwnTiles();
    action = ownCard(id);
  }
  if (!action) throw { kind: 'not-found' };
  renderActionCard(action, content, session.current() !== 'not-set-up');
  lastAction = id;
  // Only the tap on the tile records; arriving by Back, forward or reload does not.
  const tapped = tappedTile === id;
  tappedTile = null;
  if (tapped && session.current() !== 'not-set-up') return recordTap(id);
}

/** Home, with focus back on the tile of the action just left. */
async function showHomeAgain() {
  try {
    await showHome(content);
    await noticeAlteredFiles();
  } finally {
    if (lastAction) {
      focusTile(lastAction);
      lastAction = null;
    }
  }
}

/** After set-up, Home; saying so plainly if the data could not be tied to this device. */
function afterSetUp(made) {
  if (made && !made.tied_to_device) pendingNotice = [t('welcome.not_tied')];
  location.replace('#/');
}

/** Shows `lines` in the calm notice under the header. */
function notice(lines) {
  if (!lines.length) return;
  $('app-notice').textContent = lines.join(' ');
  $('app-notice').hidden = false;
}

/** After unlocking, on to the screen that asked for it; and a calm line if a file read while
 * locked had been changed by something else (and was written again), one if something saved
 * while locked could not be merged (it was kept aside), and one if auto-delete removed
 * anything, with how many. */
async function goOnAfterUnlock(report) {
  const next = afterUnlock;
  afterUnlock = '#/';
  if (report) {
    if (report.altered_files > 0) pendingNotice.push(t('unlock.files_rewritten'));
    if (report.unreadable + report.refused > 0) pendingNotice.push(t('unlock.kept_aside'));
    const gone = report.auto_deleted;
    const total = gone ? deletedTotal(gone) : 0;
    if (total > 0) pendingNotice.push(t('unlock.auto_deleted', { total }));
  }
  location.replace(next);
  await route();
}

/** While locked, a calm line on Home if a file read while locked was changed by something else
 * (the app is not using it until the next unlock). */
async function noticeAlteredFiles() {
  if (session.current() !== 'locked') return;
  try {
    if ((await vaultStatus()).files_altered) notice([t('home.files_altered')]);
  } catch (_) {
    // Nothing to say then; Home works without it.
  }
}

/**
 * Once locked, nothing saved stays in the page: the lists and fields that showed saved text are
 * emptied (each screen fills them again when shown, after unlocking). A check-in in progress
 * is cleared too, not kept.
 */
function forgetShownData() {
  for (const id of ['journal-list', 'history-list', 'before-card', 'remind-pending', 'insights-care', 'insights-days-rows', 'insights-days-chart', 'insights-calendar', 'insights-their-answers']) {
    $(id).replaceChildren();
  }
  for (const id of ['entry-body', 'before-text', 'journal-search']) $(id).value = '';
  for (const id of ['entry-form', 'card-form']) $(id).reset();
  // A half-filled check-in: its chosen answers, scales and note go, and what it said back.
  forgetCheckIn();
  $('before-their-card').replaceChildren();
  forgetTheirCards();
  forgetSendCheckIn();
  // Tiles of one's own: their words go; Home keeps only those chosen to show while locked.
  $('settings-tiles').replaceChildren();
  forgetOwnTiles();
  drawOwnTiles([]);
  loadOwnTiles().then(drawOwnTiles);
  if (forgetOwnCard() && document.body.dataset.view === 'action') location.replace('#/');
}

/**
 * What the page shows once it has locked (by the Lock button or by the shell): a screen that
 * stays when locked stays (the calm space is readable locked, and nothing may throw a person out
 * of it); a screen showing saved data leaves for Home; any other stays.
 */
function afterLock() {
  const shown = screenOf(document.body.dataset.view);
  if (shown && shown.needsUnlock && !shown.staysWhenLocked) location.replace('#/');
}

/** Set once the first screen is shown: a reminder due after that is a banner, not a jump. */
let started = false;

/** A reminder fell due while the app is open: a gentle banner on the screen in use, with the
 * check-in a tap away, instead of leaving what the person was doing. */
function reminderDue() {
  if (!started) {
    location.hash = '#/check-in/since';
  } else if (document.body.dataset.view !== 'check-in') {
    $('reminder-banner').hidden = false;
  }
}

/** "Look around first", from the welcome. */
function lookAround() {
  lookingAround = true;
  if (location.hash === '#/') route();
  else location.hash = '#/';
}

/** After wiping everything: first run again. */
async function startAgain() {
  await session.refresh();
  location.replace('#/welcome');
  route();
}

function showView(name) {
  for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== `view-${name}`;
  const heading = $(`view-${name}`).querySelector('h1');
  if (heading) heading.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

/** How many times the page has routed: a screen whose `show` ends after a newer route began
 * must not mark itself as the one shown (fast taps, Back, a notification's answer). */
let routes = 0;

async function route() {
  const mine = ++routes;
  $('app-error').hidden = true;
  $('app-notice').hidden = true;
  const asked = location.hash || '#/';
  let hash = asked;
  if (session.current() === 'unfinished') hash = '#/start-again';
  let screen = SCREENS.find((s) => s.route.test(hash)) || HOME;
  // First run: the welcome, unless looking around at what needs no passcode, or a screen open
  // to anyone (the calm space).
  if (session.current() === 'not-set-up' && !screen.open && !(lookingAround && screen.beforeSetUp)) {
    hash = '#/welcome';
    screen = screenOf('welcome');
  }
  if (screen.needsUnlock && !session.isUnlocked()) {
    afterUnlock = hash;
    location.replace('#/unlock');
    return;
  }
  if (screen.view === 'welcome' && session.current() !== 'not-set-up') {
    location.replace('#/');
    return;
  }
  const startingAgain = hash === '#/forgot' ? 'locked' : 'unfinished';
  if (screen.view === 'start-again' && session.current() !== startingAgain) {
    location.replace('#/');
    return;
  }
  const groups = (screen.route.exec(hash) || []).slice(1);
  if (screen.view === 'check-in') $('reminder-banner').hidden = true;
  nav.entered(hash);
  showView(screen.view);
  try {
    if (screen.show) await screen.show(...groups);
  } catch (error) {
    showError(error);
  }
  if (mine !== routes) return; // a newer route took over while this one was drawing
  notice(pendingNotice);
  pendingNotice = [];
  document.body.dataset.view = screen.view;
  // The address of the screen shown last, once it is drawn (journeys wait on it after Back).
  document.body.dataset.route = asked;
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

/** An answer given on a reminder's notification (the shell has applied it already). */
function answered({ answer, until }) {
  // Answered on the notification: its banner has done its work.
  $('reminder-banner').hidden = true;
  if (answer === 'open') {
    location.hash = '#/check-in/since';
  } else if (answer === 'not-so-good') {
    offerSinceThen();
    location.hash = '#/calm';
  } else {
    noteOnHome(answer === 'later' ? t('reminder_answer.later', { time: formatTime(until) }) : t('reminder_answer.okay'));
    // Already on Home (the reminder left the screen in place): show it again, with the note.
    if (document.body.dataset.view === 'home') route();
    else location.hash = '#/';
  }
}

/** Phones: a care chosen among the app icon's shortcuts opens its card, taken as a tap on
 * Home's tile (and so recorded, sealed while locked). Asked at start (the app may have been
 * opened by one) and whenever the shell says one opened it. */
async function takeShortcut() {
  let id = null;
  try {
    id = await shortcutTaken();
  } catch (_) {
    return;
  }
  if (!id) return;
  tappedTile = id;
  location.hash = `#/action/${id}`;
}

async function start() {
  try {
    [content, rules] = await Promise.all([loadContent(), loadRules()]);
  } catch (error) {
    showError(error);
    return;
  }
  setStrings(content.strings);
  applyStrings();

  offerWhatThisDeviceHas(rules.device);
  for (const screen of SCREENS) if (screen.setUp) screen.setUp();
  session.onChange(() => {
    forgetTap();
    if (session.current() !== 'locked') return;
    forgetShownData();
    afterLock();
  });
  // The shell locks by itself (idle, sleep, screen lock, hidden to the tray); before the idle
  // lock it asks the page to save what it holds.
  onVaultLocking(() => session.beforeTheShellLocks());
  onVaultLocked(() => session.lockedByTheShell());

  for (const back of document.querySelectorAll('[data-back]')) back.addEventListener('click', goBack);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.body.dataset.view !== 'home' && !document.querySelector('dialog[open]')) goBack();
  });
  window.addEventListener('hashchange', route);

  // A reminder leads to the "since then" check-in when the app is opened after one was shown;
  // one shown while the app is open is a banner with the check-in a tap away.
  onReminderShown(reminderDue);
  $('reminder-banner-open').addEventListener('click', () => ($('reminder-banner').hidden = true));
  $('reminder-banner-later').addEventListener('click', () => {
    $('reminder-banner').hidden = true;
    // Focus goes back to the screen the person was on.
    const heading = $(`view-${document.body.dataset.view}`).querySelector('h1');
    if (heading) heading.focus();
  });
  onReminderAnswer(answered);
  try {
    const status = await session.refresh();
    if (status.reminder_shown && session.current() !== 'not-set-up') location.replace('#/check-in/since');
  } catch (error) {
    showError(error);
  }
  await route();
  onShortcutTaken(takeShortcut);
  await takeShortcut();
  started = true;
  // How long from the page starting to load until it answers taps; read by the journeys.
  document.body.dataset.readyAfterMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
}

start();
