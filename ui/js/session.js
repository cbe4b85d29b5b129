// Where the vault stands (first run, locked, unlocked), and locking: by the Lock button or
// after a quiet spell (auto-lock). The shell holds the auto-lock: the page tells it the person
// is here (`still_here`), and before it locks it asks the page (`vault-locking`) to finish
// what it holds. Screens holding unsaved words register a `beforeLock` hook, run then and
// before the Lock button locks, so nothing typed is lost when the app locks itself.

import * as ipc from './ipc.js';

let status = 'not-set-up';
const beforeLockHooks = new Set();
const listeners = new Set();

export const current = () => status;
export const isUnlocked = () => status === 'unlocked';

function set(next) {
  const before = status;
  status = next;
  document.body.dataset.vault = next;
  for (const listener of listeners) listener(next, before);
  tellShell();
}

/** Calls `listener(status, before)` whenever the status is set (`before`: what it was). */
export function onChange(listener) {
  listeners.add(listener);
}

/** Registers work to finish before the app locks (e.g. saving a draft). */
export function beforeLock(hook) {
  beforeLockHooks.add(hook);
  return () => beforeLockHooks.delete(hook);
}

/** Learns where the vault stands: from `asked`, an answer already asked for (at start, asked
 * beside the content), else by asking now. */
export async function refresh(asked = ipc.vaultStatus()) {
  const view = await asked;
  set(view.status);
  return view;
}

/** Sets up with `passcode`; returns what set-up made (whether it is tied to this device). */
export async function setUp(passcode) {
  const made = await ipc.setUp(passcode);
  set('unlocked');
  return made;
}

export async function unlock(passcode) {
  const report = await ipc.unlock(passcode);
  set('unlocked');
  return report;
}

/** Runs the before-lock hooks, one run at a time: asked twice at once (the Lock button as the
 * auto-lock comes), both wait for the same run, so nothing is saved twice. */
let running = null;
function runHooks() {
  if (!running) {
    running = (async () => {
      for (const hook of [...beforeLockHooks]) {
        try {
          await hook();
        } catch (_) {
          // A draft that cannot be saved (already locked) stays in its field, and is cleared
          // with the rest; locking goes on regardless.
        }
      }
    })().finally(() => {
      running = null;
    });
  }
  return running;
}

export async function lock() {
  await runHooks();
  await ipc.lock();
  set('locked');
}

/** The shell is about to lock by itself (nobody used the app for the auto-lock's minutes):
 * what must not be lost is saved while the vault is still open, then the shell goes on. */
export async function beforeTheShellLocks() {
  if (status === 'unlocked') await runHooks();
  await ipc.readyToLock().catch(() => {});
}

/** The shell locked the vault by itself: the page follows. */
export async function lockedByTheShell() {
  if (status !== 'unlocked') return;
  await runHooks();
  set('locked');
}

/** Tells the shell the person is here, at most every few seconds (its auto-lock counts from
 * it); activity within those seconds is told at their end, so the last of it always reaches the
 * shell and the lock never comes early. */
const TELL_EVERY_MS = 5_000;
let toldShell = 0;
let telling = null;
function tellShell() {
  if (status !== 'unlocked') return;
  const wait = toldShell + TELL_EVERY_MS - Date.now();
  if (wait > 0) {
    if (!telling) {
      telling = setTimeout(() => {
        telling = null;
        tellShell();
      }, wait);
    }
    return;
  }
  toldShell = Date.now();
  ipc.stillHere().catch(() => {});
}

for (const event of ['pointerdown', 'keydown', 'input', 'scroll']) {
  window.addEventListener(event, tellShell, { passive: true, capture: true });
}
