// An action's card: what it is, how to do it, and what you could say.

import { t } from './strings.js';

function listItems(texts) {
  return texts.map((text) => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  });
}

/** Fills the card view with one action. Text goes in with textContent only. */
export function renderActionCard(action) {
  document.getElementById('action-icon').setAttribute('href', `icons.svg#${action.icon}`);
  document.getElementById('action-title').textContent = action.title;
  document.getElementById('action-who').textContent = t(`card.for_${action.who}`);
  document.getElementById('action-summary').textContent = action.summary;
  document.getElementById('action-steps').replaceChildren(...listItems(action.steps));
  document.getElementById('action-say').replaceChildren(...listItems(action.say));
}
