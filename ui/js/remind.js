// Remind me later: one-tap presets, a time of your own, the pending reminders with cancel and
// snooze, and the choice of (neutral) notification words.

import * as ipc from './ipc.js';
import { $, el, formatDateTime } from './dom.js';
import { errorText, t } from './strings.js';

async function set(preset, custom) {
  try {
    const reminder = await ipc.setReminder(preset, custom);
    $('remind-status').textContent = t('remind.set', { when: formatDateTime(reminder.due_at) });
    await drawPending();
  } catch (error) {
    $('remind-status').textContent = errorText(error);
  }
}

async function drawPending() {
  const view = await ipc.reminders();
  const items = view.pending.map((reminder) => {
    const item = el('li', 'reminder-row');
    item.dataset.reminder = String(reminder.id);
    item.append(el('span', 'reminder-when', formatDateTime(reminder.due_at)));
    const buttons = el('div', 'button-row');
    const snooze = el('button', '', t('remind.snooze'));
    snooze.type = 'button';
    snooze.addEventListener('click', () => act(() => ipc.snoozeReminder(reminder.id, 60)));
    const cancel = el('button', 'danger', t('remind.cancel'));
    cancel.type = 'button';
    cancel.addEventListener('click', () => act(() => ipc.cancelReminder(reminder.id)));
    buttons.append(snooze, cancel);
    item.append(buttons);
    return item;
  });
  $('remind-pending').replaceChildren(...items);
  $('remind-none').hidden = items.length > 0;
  const choices = [...$('remind-wording').querySelectorAll('input')];
  const chosen = choices.find((choice) => choice.value === view.wording) || choices[0];
  if (chosen) chosen.checked = true;
}

async function act(work) {
  try {
    await work();
    await drawPending();
  } catch (error) {
    $('remind-status').textContent = errorText(error);
  }
}

export function setUpRemind(content, rules) {
  // One button per preset the core offers, named `remind.<preset>`; "custom" is the form below.
  $('remind-presets').replaceChildren(
    ...rules.reminder_presets.filter((preset) => preset !== 'custom').map((preset) => {
      const button = el('button', 'preset', t(`remind.${preset.replace(/-/g, '_')}`));
      button.type = 'button';
      button.dataset.preset = preset;
      button.addEventListener('click', () => set(preset, null));
      return button;
    }),
  );
  $('remind-custom-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('remind-custom').value;
    if (value) set('custom', new Date(value).toISOString());
  });
  $('remind-wording').append(
    ...content.reminder_wordings.map((wording) => {
      const row = el('div', 'check-row');
      const choice = el('input');
      choice.type = 'radio';
      choice.name = 'remind-wording';
      choice.value = wording.id;
      choice.id = `remind-wording-${wording.id}`;
      const label = el('label', '', `${wording.title} — ${wording.body}`);
      label.htmlFor = choice.id;
      row.append(choice, label);
      return row;
    }),
  );
  $('remind-wording').addEventListener('change', async (event) => {
    try {
      await ipc.setReminderWording(event.target.value);
      $('remind-status').textContent = t('remind.wording_saved');
    } catch (error) {
      $('remind-status').textContent = errorText(error);
    }
  });
}

export async function showRemind() {
  $('remind-status').textContent = '';
  await drawPending();
}

/** "Remind me later", as main.js registers it; at lock the pending list is emptied. */
export const screens = [
  {
    route: /^#\/remind$/,
    view: 'remind',
    needsUnlock: true,
    setUp: (app) => setUpRemind(app.content, app.rules),
    show: showRemind,
    forget: () => $('remind-pending').replaceChildren(),
  },
];
