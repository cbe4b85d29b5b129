// Settings: auto-lock, the moment window, the reminder hours and "Later", discretion, changing the passcode, wiping everything, and a
// plain page about privacy.

import * as ipc from './ipc.js';
import { $, el, showMessage } from './dom.js';
import * as session from './session.js';
import { errorText, t } from './strings.js';
import { orderTiles } from './home.js';
import { setUpKeep, showKeep } from './keep.js';

/** The choices offered, kept to the ranges the core accepts. */
const AUTO_LOCK = [1, 2, 5, 10, 15, 30];
const WINDOWS = [30, 60, 120, 180, 360, 720];
const LATER = [15, 30, 60, 120, 180];

const within = (values, { min, max }) => values.filter((n) => n >= min && n <= max);

function options(select, values) {
  select.replaceChildren(
    ...values.map((n) => {
      const option = el('option', '', n < 60 || n % 60 ? t('settings.minutes', { n }) : t('settings.hours', { n: n / 60 }));
      option.value = String(n);
      return option;
    }),
  );
}

/** The hours of the day from `min` to `max`, shown in the person's own clock format. */
function hourOptions(select, { min, max }) {
  select.replaceChildren(
    ...Array.from({ length: max - min + 1 }, (_, i) => min + i).map((hour) => {
      const label = new Date(2000, 0, 1, hour).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
      const option = el('option', '', label);
      option.value = String(hour);
      return option;
    }),
  );
}

/** `onWiped()` runs once everything is deleted. */
export function setUpSettings(rules, onWiped) {
  options($('settings-auto-lock'), within(AUTO_LOCK, rules.auto_lock_minutes));
  options($('settings-window'), within(WINDOWS, rules.moment_window_minutes));
  options($('settings-later'), within(LATER, rules.snooze_minutes));
  hourOptions($('settings-morning'), rules.reminder_hour);
  hourOptions($('settings-evening'), rules.reminder_hour);
  const minPasscode = rules.min_passcode_chars;
  $('passcode-new').minLength = minPasscode;
  setUpKeep();
  $('settings-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await ipc.updateSettings({
        auto_lock_minutes: Number($('settings-auto-lock').value),
        moment_window_minutes: Number($('settings-window').value),
        morning_hour: Number($('settings-morning').value),
        evening_hour: Number($('settings-evening').value),
        later_minutes: Number($('settings-later').value),
        discreet: $('settings-discreet').checked,
        protect_screen: $('settings-protect-screen').checked,
        solo_first: $('settings-solo-first').checked,
      });
      session.setAutoLockMinutes(saved.auto_lock_minutes);
      orderTiles(saved.home_order);
      $('settings-saved').textContent = t('settings.saved');
    } catch (error) {
      $('settings-saved').textContent = errorText(error);
    }
  });
  $('passcode-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage($('passcode-error'), '');
    $('passcode-saved').textContent = '';
    const next = $('passcode-new').value;
    if (next.length < minPasscode) {
      showMessage($('passcode-error'), t('welcome.too_short', { min: minPasscode }));
      return;
    }
    if (next !== $('passcode-again').value) {
      showMessage($('passcode-error'), t('welcome.mismatch'));
      return;
    }
    try {
      await ipc.changePasscode($('passcode-current').value, next, $('passcode-rekey').checked);
      $('passcode-current').value = '';
      $('passcode-new').value = '';
      $('passcode-again').value = '';
      $('passcode-rekey').checked = false;
      $('passcode-saved').textContent = t('settings.changed');
    } catch (error) {
      showMessage($('passcode-error'), errorText(error));
    }
  });
  $('wipe-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if ($('wipe-word').value.trim().toLowerCase() !== t('settings.wipe_word')) {
      showMessage($('wipe-error'), t('settings.wipe_mismatch'));
      return;
    }
    try {
      await ipc.wipe($('wipe-word').value);
      $('wipe-word').value = '';
      showMessage($('wipe-error'), '');
      await onWiped();
    } catch (error) {
      showMessage($('wipe-error'), errorText(error));
    }
  });
}

export async function showSettings() {
  const current = await ipc.settings();
  $('settings-auto-lock').value = String(current.auto_lock_minutes);
  $('settings-window').value = String(current.moment_window_minutes);
  $('settings-morning').value = String(current.morning_hour);
  $('settings-evening').value = String(current.evening_hour);
  $('settings-later').value = String(current.later_minutes);
  $('settings-discreet').checked = current.discreet;
  $('settings-protect-screen').checked = current.protect_screen;
  $('settings-solo-first').checked = current.solo_first;
  $('settings-saved').textContent = '';
  $('passcode-saved').textContent = '';
  showMessage($('passcode-error'), '');
  showMessage($('wipe-error'), '');
  await showKeep();
}
