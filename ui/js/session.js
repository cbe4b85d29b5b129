// Where the vault stands (first run, locked, unlocked), and locking: by the Lock button or
// after a quiet spell (auto-lock). Screens holding unsaved words register a `beforeLock`
// hook so nothing typed is lost when the app locks itself.

import * as ipc from './ipc.js';

let status = 'not-set-up';
let autoLockMinutes = 5;
let timer = null;
const beforeLockHooks = new Set();
const listeners = new Set();

export const current = () => status;
export const isUnlocked = () => status === 'unlocked';

function set(next) {
  status = next;
  document.body.dataset.vault = next;
  for (const listener of listeners) listener(next);
  resetTimer();
}

/** Calls `listener(status)` whenever the status changes. */
export function onChange(listener) {
  listeners.add(listener);
}

/** Registers work to finish before the app locks (e.g. saving a draft). */
export function beforeLock(hook) {
  beforeLockHooks.add(hook);
  return () => beforeLockHooks.delete(hook);
}

export async function refresh() {
  const view = await ipc.vaultStatus();
  set(view.status);
  return view;
}

/** Sets up with `passcode`; returns what set-up made (whether it is tied to this device). */
export async function setUp(passcode) {
  const made = await ipc.setUp(passcode);
  set('unlocked');
  await loadAutoLock();
  return made;
}

export async function unlock(passcode) {
  const report = await ipc.unlock(passcode);
  set('unlocked');
  await loadAutoLock();
  return report;
}

export async function lock() {
  for (const hook of [...beforeLockHooks]) {
    try {
      await hook();
    } catch (_) {
      // A draft that cannot be saved stays in its field; locking goes on regardless.
    }
  }
  await ipc.lock();
  set('locked');
}

/** The shell locked the vault by itself: the page follows. */
export async function lockedByTheShell() {
  if (status !== 'unlocked') return;
  for (const hook of [...beforeLockHooks]) {
    try {
      await hook();
    } catch (_) {
      // Already locked: a draft cannot be saved now, and is cleared with the rest.
    }
  }
  set('locked');
}

export function setAutoLockMinutes(minutes) {
  autoLockMinutes = minutes;
  resetTimer();
}

async function loadAutoLock() {
  try {
    setAutoLockMinutes((await ipc.settings()).auto_lock_minutes);
  } catch (_) {
    setAutoLockMinutes(5);
  }
}

/** Tells the shell the person is here, at most every few seconds (its auto-lock counts from it). */
let toldShell = 0;
function tellShell() {
  const now = Date.now();
  if (status !== 'unlocked' || now - toldShell < 5_000) return;
  toldShell = now;
  ipc.stillHere().catch(() => {});
}

/** Where the page goes once it has locked itself after a quiet spell: Home, unless main.js
 * says otherwise (`onAutoLock`). */
let afterAutoLock = () => (location.hash = '#/');

/** Decides what the page shows after the auto-lock (the calm space stays on screen). */
export function onAutoLock(go) {
  afterAutoLock = go;
}

function resetTimer() {
  tellShell();
  clearTimeout(timer);
  if (status === 'unlocked') {
    timer = setTimeout(() => lock().then(() => afterAutoLock()), autoLockMinutes * 60_000);
  }
}

for (const event of ['pointerdown', 'keydown', 'input', 'scroll']) {
  window.addEventListener(event, resetTimer, { passive: true, capture: true });
}
