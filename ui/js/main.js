// Starts the UI and routes between screens by location hash, so a phone's back gesture works.
// Every screen is one entry of SCREENS: its address, its view, whether it needs unlocking, its
// set-up and what showing it does. The app loads this module and every module it imports as
// one script made at build time (src-tauri/build/one_script.rs), which refuses what it cannot
// keep as ES modules do.

import { loadContent, onReminderAnswer, onReminderShown, onShortcutTaken, onVaultLocked, onVaultLocking, rules as loadRules, takeShortcut, vaultStatus } from './ipc.js';
import { $, inPage, timeWords } from './dom.js';
import { offerWhatThisDeviceHas } from './hand-over.js';
import { applyStrings, errorText, setStrings, t } from './strings.js';
import { setUpLanguagePicker } from './language.js';
import * as session from './session.js';
import * as nav from './nav.js';
import './focus-view.js';
import { noteOnHome } from './home.js';
import { offerSinceThen } from './calm.js';
import { deletedTotal } from './keep.js';
import { askLockedTiles } from './own-tiles.js';
import * as auth from './auth.js';
import * as home from './home.js';
import * as actionCard from './action-card.js';
import * as checkIn from './check-in.js';
import * as remind from './remind.js';
import * as journal from './journal.js';
import * as card from './card.js';
import * as theirCards from './their-cards.js';
import * as sendCheckIn from './send-check-in.js';
import * as historyScreen from './history.js';
import * as insights from './insights.js';
import * as learn from './learn.js';
import * as calm from './calm.js';
import * as settings from './settings.js';

// The Linux desktop's web view (WebKitGTK) does not know system-ui and looks every family of a
// font list up in turn before the first layout: there the page names only the fontconfig
// default (app.css). Android's web view knows system-ui.
if (/Linux/.test(navigator.userAgent) && !/Android/.test(navigator.userAgent)) {
  document.documentElement.dataset.fonts = 'fontconfig';
}

// Shown only if the content itself cannot be loaded, when there are no strings to use.
const FALLBACK_ERROR = 'Aftercare could not start. Nothing you saved is affected.';

/** First run, before a passcode: "Look around first" lets Home, the cards and Learn be read. */
let lookingAround = false;
let afterUnlock = '#/';
/** Calm lines to show with the next screen (after set-up, after unlocking). */
let pendingNotice = [];

/**
 * The screens: each module registers its own, one line each, in the order of their views in
 * index.html. An entry's `route` matches the location hash and its groups are passed to `show`;
 * `view` is the `#view-<view>` section and the body's `data-view`; `needsUnlock` marks a screen
 * showing saved data; `setUp(app)` runs once, the first time a screen of its module is shown (with
 * every other set-up of that module: they share its state), so that nothing but Home is set up
 * before Home is first drawn; `show(...groups)` runs each time it is shown; `forget()` empties what
 * it showed when the app locks (nothing saved stays in the page), and runs at every lock once its
 * view is in the page (a view waits in a `<template>` until it is first asked for, see dom.js's
 * `$`, and one never shown has shown nothing); `beforeSetUp` marks a screen that can be read while
 * looking around before a passcode exists; `open` one that anyone can read at any time, even from
 * the welcome before "Look around first" (the calm space and what it links to); `staysWhenLocked`
 * one that a lock never leads away from (nothing saved is on it, and nothing may throw a person out
 * of the calm space).
 */
const MODULES = [
  auth,
  home,
  actionCard,
  checkIn,
  remind,
  journal,
  card,
  theirCards,
  sendCheckIn,
  historyScreen,
  insights,
  learn,
  calm,
  settings,
];
const SCREENS = MODULES.flatMap((module) => module.screens);

/** The modules whose screens are set up. */
const setUpModules = new Set();

/** Sets up the screens of `screen`'s module, the first time one of them is shown. */
function setUpScreensOf(screen) {
  const module = MODULES.find((m) => m.screens.includes(screen));
  if (setUpModules.has(module)) return;
  setUpModules.add(module);
  for (const one of module.screens) if (one.setUp) one.setUp(app);
}

/** Where the vault stood at start (`vault_status`), until the first screen is shown. */
let statusAtStart = null;

/** Where the vault stood at start, once, for the first screen shown (Home asks nothing again). */
function takeStatusAtStart() {
  const status = statusAtStart;
  statusAtStart = null;
  return status;
}

/** What a screen's set-up is given: the content, the rules, and what the page does for it. */
const app = {
  content: null,
  rules: null,
  afterSetUp,
  takeStatusAtStart,
  lookAround,
  startAgain,
  goOnAfterUnlock,
  goBack,
  notice,
};

const screenOf = (view) => SCREENS.find((screen) => screen.view === view);

/** Where an address that matches no route leads. */
const HOME = screenOf('home');

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

/**
 * Once locked, nothing saved stays in the page: each screen empties what it showed (and fills
 * it again when shown, after unlocking). A check-in in progress is cleared too, not kept.
 */
function forgetShownData() {
  for (const screen of SCREENS) if (screen.forget && inPage(`view-${screen.view}`)) screen.forget();
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
  const shown = $(`view-${name}`); // put in the page first, if it is waiting to be
  for (const view of document.querySelectorAll('.view')) view.hidden = view !== shown;
  const heading = shown.querySelector('h1');
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
  try {
    setUpScreensOf(screen);
    showView(screen.view);
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
  box.textContent = app.content ? errorText(error) : FALLBACK_ERROR;
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
    noteOnHome(answer === 'later' ? t('reminder_answer.later', timeWords(until)) : t('reminder_answer.okay'));
    // Already on Home (the reminder left the screen in place): show it again, with the note.
    if (document.body.dataset.view === 'home') route();
    else location.hash = '#/';
  }
}

/** Phones: a care chosen among the app icon's shortcuts opens its card, taken as a tap on
 * Home's tile (and so recorded, sealed while locked). Asked at start (the app may have been
 * opened by one) and whenever the shell says one opened it. */
async function openShortcutCare(asked = takeShortcut()) {
  let id = null;
  try {
    id = await asked;
  } catch (_) {
    return;
  }
  if (id) actionCard.openCard(id);
}

async function start() {
  // Where the vault stands is asked at once, beside the content, and so are Home's own data (the
  // titles shown while locked) and whether a shortcut opened the app: Home is then drawn and
  // ready with no round trip after the content's (each answer is taken below).
  const statusAsked = vaultStatus();
  statusAsked.catch(() => {}); // if the content fails first, its error is the one shown
  askLockedTiles();
  const shortcutAsked = takeShortcut();
  shortcutAsked.catch(() => {});
  try {
    [app.content, app.rules] = await Promise.all([loadContent(), loadRules()]);
  } catch (error) {
    showError(error);
    return;
  }
  setStrings(app.content.strings, app.content.locale);
  applyStrings();
  setUpLanguagePicker('welcome-language', app.content);

  offerWhatThisDeviceHas(app.rules.device);
  // Only what was shown unlocked is forgotten: the status the page learns at start (locked,
  // before anything is shown) has nothing to forget.
  session.onChange((now, before) => {
    if (now !== 'locked' || before !== 'unlocked') return;
    forgetShownData();
    afterLock();
  });
  // The shell locks by itself (idle, sleep, screen lock, hidden to the tray); before the idle
  // lock it asks the page to save what it holds.
  onVaultLocking(() => session.beforeTheShellLocks());
  onVaultLocked(() => session.lockedByTheShell());

  // Every screen's Back, including those of views put in the page later.
  document.addEventListener('click', (event) => {
    if (event.target.closest('[data-back]')) goBack();
  });
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
    const status = await session.refresh(statusAsked);
    statusAtStart = status;
    if (status.reminder_shown && session.current() !== 'not-set-up') location.replace('#/check-in/since');
  } catch (error) {
    showError(error);
  }
  await route();
  statusAtStart = null;
  onShortcutTaken(() => openShortcutCare());
  await openShortcutCare(shortcutAsked);
  started = true;
  // How long from the page starting to load until it answers taps; read by the journeys.
  document.body.dataset.readyAfterMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
}

start();
