// The settings as last saved, asked for once after an unlock and again after a change (saved,
// a tap, a tile of one's own, a restore), not every time Home is shown. Locking, unlocking and
// wiping forget them.

import * as ipc from './ipc.js';
import * as session from './session.js';

/** The settings last asked for or saved (a promise), or null until asked again. */
let kept = null;

/** The settings as saved: asked for the first time after a change, kept until the next. */
export function savedSettings() {
  if (!kept) {
    kept = ipc.settings();
    kept.catch(() => {
      kept = null; // not kept: asked again next time
    });
  }
  return kept;
}

/** Saves `changes` and keeps what the core says was saved. */
export async function saveSettings(changes) {
  const saved = await ipc.updateSettings(changes);
  kept = Promise.resolve(saved);
  return saved;
}

/** Something they depend on changed (a tap counts for "most used first", a tile of one's own
 * joins Home's order, a restore brings settings back): asked for again next time. */
export function settingsChanged() {
  kept = null;
}

session.onChange(settingsChanged);
