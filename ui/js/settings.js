// Settings: auto-lock, the moment window, the reminder hours and "Later", discretion, changing the passcode, wiping everything, and a
// plain page about privacy (saying whether the saved data is tied to this device).

import * as ipc from './ipc.js';
import { $, el, showMessage } from './dom.js';
import { dateLocale, errorText, t } from './strings.js';
import { orderTiles } from './home.js';
import { savedSettings, saveSettings, settingsChanged } from './saved-settings.js';
import { setUpKeep, showKeep } from './keep.js';
import { loadOwnTiles, setUpOwnTiles, showOwnTilesSettings } from './own-tiles.js';
import { setUpLanguagePicker } from './language.js';

/** The choices offered, kept to the ranges the core accepts. */
const AUTO_LOCK = [1, 2, 5, 10, 15, 30];
const WINDOWS = [30, 60, 120, 180, 360, 720];
const SNOOZE_CHOICES = [15, 30, 60, 120, 180];

const within = (values, { min, max }) => values.filter((n) => n >= min && n <= max);

/** `n` minutes in words: "1 minute", "45 minutes", "1 hour", "3 hours". */
function duration(n) {
  if (n < 60 || n % 60) return t('settings.minutes', { n });
  return t('settings.hours', { n: n / 60 });
}

function options(select, values) {
  select.replaceChildren(
    ...values.map((n) => {
      const option = el('option', '', duration(n));
      option.value = String(n);
      return option;
    }),
  );
}

/** The hours of the day from `min` to `max`, shown in the person's own clock format (one
 * format for every hour: making one loads the language's data). */
function hourOptions(select, { min, max }) {
  const clock = new Intl.DateTimeFormat(dateLocale(), { hour: 'numeric', minute: '2-digit' });
  select.replaceChildren(
    ...Array.from({ length: max - min + 1 }, (_, i) => min + i).map((hour) => {
      const label = clock.format(new Date(2000, 0, 1, hour));
      const option = el('option', '', label);
      option.value = String(hour);
      return option;
    }),
  );
}

/** One tile to arrange: "Show on Home", its title, Move up and Move down. */
function tileRow(id, title, shown) {
  const row = el('li', 'tile-arrange-row');
  row.dataset.action = id;
  const show = el('input');
  show.type = 'checkbox';
  show.id = `settings-tile-${id}`;
  show.checked = shown;
  const label = el('label', '', title);
  label.htmlFor = show.id;
  const up = el('button', 'quiet tile-up', t('settings.tile_up'));
  up.type = 'button';
  up.setAttribute('aria-label', t('settings.tile_up_label', { care: title }));
  up.addEventListener('click', () => move(row, -1));
  const down = el('button', 'quiet tile-down', t('settings.tile_down'));
  down.type = 'button';
  down.setAttribute('aria-label', t('settings.tile_down_label', { care: title }));
  down.addEventListener('click', () => move(row, 1));
  row.append(show, label, up, down);
  return row;
}

/** The care tiles to arrange, the person's own among them (`own`: id and title), in the
 * person's order (tiles not in it follow in the content's order, then their own). */
function drawTiles(order, hidden, own) {
  const all = [...actions.map((a) => ({ id: a.id, title: a.title })), ...own.map((o) => ({ id: o.id, title: o.title }))];
  const known = (id) => all.some((a) => a.id === id);
  const ids = [...order.filter(known), ...all.map((a) => a.id).filter((id) => !order.includes(id))];
  $('settings-tiles').replaceChildren(...ids.map((id) => tileRow(id, all.find((a) => a.id === id).title, !hidden.includes(id))));
}

/** A tile of one's own was added, changed or deleted: its row to arrange follows, leaving the
 * rest of the list (and any change not saved yet) as it is. */
function ownTileChanged(_tiles, { change, tile }) {
  const row = document.querySelector(`#settings-tiles > li[data-action="${CSS.escape(tile.id)}"]`);
  if (change === 'added') $('settings-tiles').append(tileRow(tile.id, tile.title, true));
  if (change === 'edited' && row) row.replaceWith(tileRow(tile.id, tile.title, row.querySelector('input').checked));
  if (change === 'deleted' && row) row.remove();
}

/** Moves a tile's row one place up (-1) or down (1), keeping focus on the button pressed. */
function move(row, by) {
  const list = $('settings-tiles');
  const focused = document.activeElement;
  if (by < 0 && row.previousElementSibling) list.insertBefore(row, row.previousElementSibling);
  if (by > 0 && row.nextElementSibling) list.insertBefore(row.nextElementSibling, row);
  if (focused) focused.focus();
}

/** `onWiped()` runs once everything is deleted. */
let actions = [];

export function setUpSettings(rules, onWiped, content) {
  actions = content.actions;
  choicesFrom = rules;
  $('settings-shortcuts-row').hidden = !rules.device.shortcuts;
  if (!rules.device.tray) {
    $('settings-shortcuts-label').dataset.string = 'settings.care_shortcuts_phone';
    $('settings-shortcuts-label').textContent = t('settings.care_shortcuts_phone');
  }
  setUpBiometric(rules.device.biometric_unlock);
  $('settings-haptic-breathing-row').hidden = !rules.device.vibration;
  const minPasscode = rules.min_passcode_chars;
  $('passcode-new').minLength = minPasscode;
  // The backup's choices, once taken, show in the form (the shell's auto-lock reads the store).
  setUpKeep(fillForm);
  setUpOwnTiles(ownTileChanged);
  setUpLanguagePicker('settings-language', content);
  $('settings-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await saveSettings({
        auto_lock_minutes: Number($('settings-auto-lock').value),
        moment_window_minutes: Number($('settings-window').value),
        morning_hour: Number($('settings-morning').value),
        evening_hour: Number($('settings-evening').value),
        snooze_minutes: Number($('settings-later').value),
        discreet: $('settings-discreet').checked,
        protect_screen: $('settings-protect-screen').checked,
        solo_first: $('settings-solo-first').checked,
        most_used_first: $('settings-most-used').checked,
        care_shortcuts: $('settings-shortcuts').checked,
        haptic_breathing: $('settings-haptic-breathing').checked,
        tile_order: [...$('settings-tiles').children].map((li) => li.dataset.action),
        hidden_tiles: [...$('settings-tiles').children].filter((li) => !li.querySelector('input').checked).map((li) => li.dataset.action),
      });
      orderTiles(saved.shown_order);
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
      // A change of passcode ties the data to this device once it has a keyring.
      settingsChanged();
      showTied((await savedSettings()).tied_to_device);
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

/** Phones: a fingerprint or face as a second way in, turned on with the passcode. */
function setUpBiometric(offered) {
  $('biometric-settings').hidden = !offered;
  if (!offered) return;
  $('biometric-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage($('biometric-error'), '');
    try {
      showBiometric(await ipc.setBiometricUnlock(true, $('biometric-passcode').value));
      settingsChanged();
    } catch (error) {
      showMessage($('biometric-error'), errorText(error));
    } finally {
      $('biometric-passcode').value = '';
    }
  });
  $('biometric-off').addEventListener('click', async () => {
    showMessage($('biometric-error'), '');
    try {
      showBiometric(await ipc.setBiometricUnlock(false, null));
      settingsChanged();
    } catch (error) {
      showMessage($('biometric-error'), errorText(error));
    }
  });
}

/** Whether a fingerprint or face unlocks: says so, and offers the other way. */
function showBiometric(on) {
  $('biometric-state').textContent = on ? t('biometric.on') : t('biometric.off');
  $('biometric-form').hidden = on;
  $('biometric-off').hidden = !on;
}

/** Says plainly whether the saved data is tied to this device (its keyring). */
function showTied(tied) {
  $('settings-tied').textContent = tied ? t('settings.tied_yes') : t('settings.tied_no');
}

/** The rules the choices are made from, until they are made. */
let choicesFrom = null;

/** The choices of the form's lists, made the first time the form is filled rather than at
 * start: their words in the language's numbers and clock are not needed before. */
function makeChoices() {
  if (!choicesFrom) return;
  const rules = choicesFrom;
  choicesFrom = null;
  options($('settings-auto-lock'), within(AUTO_LOCK, rules.auto_lock_minutes));
  options($('settings-window'), within(WINDOWS, rules.moment_window_minutes));
  options($('settings-later'), within(SNOOZE_CHOICES, rules.snooze_minutes));
  hourOptions($('settings-morning'), rules.reminder_hour);
  hourOptions($('settings-evening'), rules.reminder_hour);
}

/** The form's fields from the settings as saved. */
function fillForm(current) {
  makeChoices();
  $('settings-auto-lock').value = String(current.auto_lock_minutes);
  $('settings-window').value = String(current.moment_window_minutes);
  $('settings-morning').value = String(current.morning_hour);
  $('settings-evening').value = String(current.evening_hour);
  $('settings-later').value = String(current.snooze_minutes);
  $('settings-discreet').checked = current.discreet;
  $('settings-protect-screen').checked = current.protect_screen;
  $('settings-solo-first').checked = current.solo_first;
  $('settings-most-used').checked = current.most_used_first;
  $('settings-shortcuts').checked = current.care_shortcuts;
  $('settings-haptic-breathing').checked = current.haptic_breathing;
}

export async function showSettings() {
  const current = await savedSettings();
  fillForm(current);
  showTied(current.tied_to_device);
  showBiometric(current.biometric_unlock);
  drawTiles(current.tile_order, current.hidden_tiles, await loadOwnTiles());
  await showOwnTilesSettings();
  $('settings-saved').textContent = '';
  $('passcode-saved').textContent = '';
  showMessage($('passcode-error'), '');
  showMessage($('wipe-error'), '');
  await showKeep();
}

/** Settings, as main.js registers it. At lock the list of tiles (titles of one's own among
 * them) is emptied. */
export const screens = [
  {
    route: /^#\/settings$/,
    view: 'settings',
    needsUnlock: true,
    setUp: (app) => setUpSettings(app.rules, app.startAgain, app.content),
    show: showSettings,
    forget: () => $('settings-tiles').replaceChildren(),
  },
];
