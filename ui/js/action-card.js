// An action's card: what it is, how to do it, what you could say, and a kind word. Opening it
// records the action (sealed, if the app is locked).

import * as ipc from './ipc.js';
import { $, el } from './dom.js';
import { errorText, t } from './strings.js';

const listItems = (texts) => texts.map((text) => el('li', '', text));

/** The affirmation for an action: one that fits its kind, the same one each time. */
function affirmationFor(action, affirmations) {
  const fitting = affirmations.filter((a) => a.kinds.includes(action.kind));
  const seed = [...action.id].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return fitting.length ? fitting[seed % fitting.length].text : '';
}

/** Fills the card view with one action. Text goes in with textContent only. */
export function renderActionCard(action, content) {
  $('action-icon').setAttribute('href', `icons.svg#${action.icon}`);
  $('action-title').textContent = action.title;
  $('action-who').textContent = t(`action_card.for_${action.who}`);
  $('action-summary').textContent = action.summary;
  $('action-steps').replaceChildren(...listItems(action.steps));
  $('action-say').replaceChildren(...listItems(action.say));
  $('action-affirmation').textContent = affirmationFor(action, content.affirmations);
  $('action-saved').textContent = '';
}

/** Records the tap and says so quietly. */
export async function recordTap(actionId) {
  const note = $('action-saved');
  try {
    const result = await ipc.recordAction(actionId);
    note.textContent = result.saved === 'sealed' ? t('app.saved_locked') : t('app.saved');
  } catch (error) {
    note.textContent = errorText(error);
  }
}
