// Home: the grid of quick actions, the current moment, and the ways in to everything else.

import { icon } from './icons.js';
import { $, el, formatTime } from './dom.js';
import { currentMoment } from './moments.js';
import * as session from './session.js';
import { t } from './strings.js';

/** Draws one tile per action. `onOpen(actionId)` runs when a tile is tapped. */
export function renderHome(actions, onOpen) {
  const tiles = actions.map((action) => {
    const button = el('button', 'tile');
    button.type = 'button';
    button.dataset.action = action.id;
    button.append(icon(action.icon), el('span', 'tile-title', action.title));
    button.addEventListener('click', () => onOpen(action.id));
    const item = el('li');
    item.append(button);
    return item;
  });
  $('action-tiles').replaceChildren(...tiles);
  $('lock-button').addEventListener('click', async () => {
    await session.lock();
    showHome(null);
  });
}

/** Refreshes the parts of Home that depend on the vault and the current moment. */
export async function showHome(content) {
  const unlocked = session.isUnlocked();
  $('lock-button').hidden = !unlocked;
  $('unlock-link').hidden = unlocked;
  const line = $('moment-line');
  if (!unlocked) {
    line.textContent = t('home.locked_note');
    return;
  }
  try {
    const latest = await currentMoment();
    if (!latest || !content) {
      line.textContent = t('home.moment_none');
      return;
    }
    const titles = latest.actions.map((a) => (content.actions.find((x) => x.id === a.action) || {}).title || a.action);
    line.textContent = t('home.moment_now', { time: formatTime(latest.started_at), actions: titles.join(', ').toLowerCase() });
  } catch (_) {
    line.textContent = '';
  }
}

/** Puts focus back on the tile of an action, e.g. after returning from its card. */
export function focusTile(actionId) {
  const tile = document.querySelector(`.tile[data-action="${CSS.escape(actionId)}"]`);
  if (tile) tile.focus();
}
