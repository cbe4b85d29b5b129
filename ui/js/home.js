// Home: the grid of quick actions. One tap opens the action's card.

import { icon } from './icons.js';

/**
 * Draws one tile per action. `onOpen(actionId)` is called when a tile is tapped.
 * Text goes in with textContent only.
 */
export function renderHome(actions, onOpen) {
  const list = document.getElementById('action-tiles');
  const tiles = actions.map((action) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tile';
    button.dataset.action = action.id;
    const title = document.createElement('span');
    title.className = 'tile-title';
    title.textContent = action.title;
    button.append(icon(action.icon), title);
    button.addEventListener('click', () => onOpen(action.id));
    const item = document.createElement('li');
    item.append(button);
    return item;
  });
  list.replaceChildren(...tiles);
}

/** Puts focus back on the tile of an action, e.g. after returning from its card. */
export function focusTile(actionId) {
  const tile = document.querySelector(`.tile[data-action="${CSS.escape(actionId)}"]`);
  if (tile) tile.focus();
}
