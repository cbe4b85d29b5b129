// First run (choose a passcode) and unlocking.

import { $, showMessage } from './dom.js';
import * as ipc from './ipc.js';
import * as session from './session.js';
import { errorText, t } from './strings.js';
import { restoreAfterSetUp, setUpFirstRunRestore } from './keep.js';

/** First run: `onSetUp(made)` runs once the vault is set up with the new passcode; `made` says
 * whether it is tied to this device. */
export function setUpWelcome(rules, onSetUp, onLookAround) {
  $('welcome-look-around').addEventListener('click', onLookAround);
  setUpFirstRunRestore();
  const min = rules.min_passcode_chars;
  $('welcome-passcode').minLength = min;
  $('welcome-confirm').minLength = min;
  $('welcome-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const passcode = $('welcome-passcode').value;
    const error = $('welcome-error');
    if (passcode.length < min) return showMessage(error, t('welcome.too_short', { min }));
    if (passcode !== $('welcome-confirm').value) return showMessage(error, t('welcome.mismatch'));
    showMessage(error, t('welcome.creating'));
    try {
      const made = await session.setUp(passcode);
      $('welcome-passcode').value = '';
      $('welcome-confirm').value = '';
      showMessage(error, '');
      // "Restore from a backup" leads on to Settings, where the restore box says how it went.
      if (await restoreAfterSetUp()) location.replace('#/settings');
      else onSetUp(made);
    } catch (failure) {
      showMessage(error, errorText(failure));
    }
  });
}

/** Unlocking: `onUnlocked()` runs once the passcode (or, on a phone, the fingerprint or face)
 * opened the vault. */
export function setUpUnlock(onUnlocked) {
  $('unlock-biometric').addEventListener('click', async () => {
    const error = $('unlock-error');
    showMessage(error, t('unlock.working'));
    try {
      const report = await ipc.unlockWithBiometric();
      await session.refresh();
      showMessage(error, '');
      onUnlocked(report);
    } catch (failure) {
      showMessage(error, errorText(failure));
    }
  });
  $('unlock-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = $('unlock-passcode');
    const error = $('unlock-error');
    const button = $('unlock-form').querySelector('button');
    button.disabled = true;
    showMessage(error, t('unlock.working'));
    try {
      const report = await session.unlock(input.value);
      input.value = '';
      showMessage(error, '');
      onUnlocked(report);
    } catch (failure) {
      showMessage(error, errorText(failure));
      input.select();
    } finally {
      button.disabled = false;
    }
  });
}

export function showUnlock() {
  showMessage($('unlock-error'), '');
  $('unlock-passcode').value = '';
  // A fingerprint or face, where the person turned it on (phones).
  $('unlock-biometric').hidden = true;
  ipc
    .vaultStatus()
    .then((view) => ($('unlock-biometric').hidden = !view.biometric_unlock))
    .catch(() => {});
}

/**
 * Starting again: after an interrupted set-up or wipe (`unfinished`), or because the passcode is
 * forgotten (`forgot`, from the unlock screen). The typed confirmation, then a wipe, then first
 * run.
 */
export function showStartAgain(mode) {
  const forgot = mode === 'forgot';
  $('start-again-title').textContent = t(forgot ? 'forgot.title' : 'start_again.title');
  $('start-again-text').textContent = t(forgot ? 'forgot.text' : 'start_again.text');
  $('start-again-button').textContent = t(forgot ? 'forgot.button' : 'start_again.button');
  $('start-again-back').hidden = !forgot;
  $('start-again-word').value = '';
  showMessage($('start-again-error'), '');
}

export function setUpStartAgain(onWiped) {
  $('start-again-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = $('start-again-error');
    if ($('start-again-word').value.trim().toLowerCase() !== t('settings.wipe_word')) {
      showMessage(error, t('settings.wipe_mismatch'));
      return;
    }
    try {
      await ipc.wipe($('start-again-word').value);
      $('start-again-word').value = '';
      showMessage(error, '');
      await onWiped();
    } catch (failure) {
      showMessage(error, errorText(failure));
    }
  });
}

/** First run, unlocking and starting again, as main.js registers them. */
export const screens = [
  { route: /^#\/welcome$/, view: 'welcome', setUp: (app) => setUpWelcome(app.rules, app.afterSetUp, app.lookAround) },
  {
    route: /^#\/start-again$/,
    view: 'start-again',
    setUp: (app) => setUpStartAgain(app.startAgain),
    show: () => showStartAgain('unfinished'),
  },
  { route: /^#\/forgot$/, view: 'start-again', show: () => showStartAgain('forgot') },
  { route: /^#\/unlock$/, view: 'unlock', setUp: (app) => setUpUnlock(app.goOnAfterUnlock), show: showUnlock },
];
