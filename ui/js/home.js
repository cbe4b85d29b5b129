// Home: the grid of quick actions, the current moment, and the ways in to everything else.

import { icon } from './icons.js';
import { $, el, formatDateTime, timeWords } from './dom.js';
import * as ipc from './ipc.js';
import * as session from './session.js';
import { errorText, inSentence, list, t } from './strings.js';
import { followUpButton } from './follow-up.js';
import { careTitle, forgetOwnTiles, loadOwnTiles } from './own-tiles.js';
import { openCard, takeLastShown } from './action-card.js';
import { savedSettings } from './saved-settings.js';

/** A line to say on Home once, the next time it is shown (after answering a reminder). */
let note = '';

/** Says `text` on Home the next time it is shown. */
export function noteOnHome(text) {
  note = text;
}

/** The content Home was last drawn with, for the titles on the moment line. */
let shownContent = null;

/** What runs when a tile is tapped, with its id. */
let openTile = () => {};

/** One tile: its icon and title (as text), opening its card when tapped. */
function tileItem(id, iconName, title) {
  const button = el('button', 'tile');
  button.type = 'button';
  button.dataset.action = id;
  button.append(icon(iconName), el('span', 'tile-title', title));
  button.addEventListener('click', () => openTile(id));
  const item = el('li');
  item.append(button);
  return item;
}

/** Draws one tile per action. `onOpen(actionId)` runs when a tile is tapped. */
export function renderHome(actions, onOpen) {
  openTile = onOpen;
  $('action-tiles').replaceChildren(...actions.map((action) => tileItem(action.id, action.icon, action.title)));
  $('end-moment').addEventListener('click', endMoment);
  $('home-tomorrow').addEventListener('click', remindCheckTomorrow);
  $('home-tomorrow-no').addEventListener('click', declineCheckTomorrow);
  followUpButton($('home-follow-up'), $('home-follow-up-set'));
  $('lock-button').addEventListener('click', async () => {
    await session.lock();
    await showHome(null);
    // The lock button is gone; its place is taken by Unlock, where the focus goes on.
    $('unlock-link').focus();
  });
}

/** Refreshes the parts of Home that depend on the vault and the current moment. */
export async function showHome(content) {
  if (content) shownContent = content;
  const unlocked = session.isUnlocked();
  const firstRun = session.current() === 'not-set-up';
  $('lock-button').hidden = !unlocked;
  $('unlock-link').hidden = unlocked || firstRun;
  $('home-set-up').hidden = !firstRun;
  $('end-moment').hidden = true;
  // The follow-up plan is one tap away locked or not, once there is somewhere to keep it.
  $('home-follow-up').hidden = firstRun;
  $('home-follow-up-set').textContent = '';
  $('home-answer').textContent = note;
  note = '';
  offerTomorrow(false);
  const line = $('moment-line');
  if (firstRun) {
    line.textContent = t('home.looking_around');
    drawOwnTiles([]); // none before a passcode, nor after everything was deleted
    return;
  }
  if (!unlocked) {
    line.textContent = t('home.locked_note');
    drawOwnTiles(await loadOwnTiles());
    return;
  }
  try {
    drawOwnTiles(await loadOwnTiles());
    orderTiles((await savedSettings()).shown_order);
    const moment = await ipc.recentMoment();
    if (!moment) {
      line.textContent = t('home.moment_none');
    } else if (moment.ended_at) {
      line.textContent = t('home.moment_ended', timeWords(moment.ended_at));
      offerTomorrow(await ipc.checkTomorrowOffer());
    } else {
      line.textContent = momentLine(moment);
      const end = $('end-moment');
      end.dataset.moment = String(moment.id);
      end.hidden = false;
    }
  } catch (_) {
    // Locked while this was drawing: the lock's own Home says so; leave its line.
    if (session.isUnlocked()) line.textContent = '';
  }
}

/** "This moment, since 22:40: water, cuddle" — the care taken so far, by its titles. */
function momentLine(moment) {
  const time = timeWords(moment.started_at);
  if (!moment.care.length || !shownContent) return t('home.moment_since', time);
  const titles = moment.care.map((a) => careTitle(shownContent, a.action));
  return t('home.moment_now', { ...time, actions: list([...new Set(titles)].map(inSentence)) });
}

async function endMoment() {
  const id = Number($('end-moment').dataset.moment);
  try {
    await ipc.endMoment(id);
    await showHome(null);
    $(!$('home-tomorrow').hidden ? 'home-tomorrow' : 'moment-line').focus();
  } catch (error) {
    $('moment-line').textContent = errorText(error);
  }
}

/** Shows or hides the "check on me tomorrow" offer with its "Not now". */
function offerTomorrow(shown) {
  $('home-tomorrow').hidden = !shown;
  $('home-tomorrow-no').hidden = !shown;
}

/** "Not now": the offer goes, and is not made again for this moment. */
async function declineCheckTomorrow() {
  offerTomorrow(false);
  $('moment-line').focus();
  try {
    await ipc.declineCheckTomorrow();
  } catch (error) {
    $('moment-line').textContent = errorText(error);
  }
}

/** "Check on me tomorrow", in one tap: the next-day reminder. */
async function remindCheckTomorrow() {
  try {
    const reminder = await ipc.setReminder('next-day', null);
    offerTomorrow(false);
    $('moment-line').textContent = t('remind.set', { when: formatDateTime(reminder.due_at) });
  } catch (error) {
    $('moment-line').textContent = errorText(error);
  }
}

/** The order Home was last given, kept while the app runs (locked too). */
let lastOrder = null;

/** Draws the person's own tiles (`tiles`: id and title) after the content's, in place of any
 * drawn before, then puts every tile in the last order known. Locked, only those chosen to
 * show while locked are given. */
export function drawOwnTiles(tiles) {
  const list = $('action-tiles');
  for (const item of [...list.children]) if (item.dataset.own) item.remove();
  for (const tile of tiles) {
    const item = tileItem(tile.id, 'own', tile.title);
    item.dataset.own = 'yes';
    list.append(item);
  }
  if (lastOrder) orderTiles(lastOrder);
}

/** Shows the tiles in `order` (action ids), as the settings say: the person's own order,
 * care for on their own first, the care they use most leading; tiles not in it are hidden.
 * The order is kept while the app runs, locked too; a start while locked shows the usual order
 * (the content's tiles, then one's own) until unlocking, as the settings are in the encrypted
 * store. */
export function orderTiles(order) {
  lastOrder = order;
  const list = $('action-tiles');
  const items = new Map([...list.children].map((li) => [li.querySelector('.tile').dataset.action, li]));
  const shown = order.map((id) => items.get(id)).filter(Boolean);
  for (const [id, li] of items) li.hidden = !order.includes(id);
  const hidden = [...items.values()].filter((li) => li.hidden);
  list.replaceChildren(...shown, ...hidden);
}

/** Puts focus back on the tile of an action, e.g. after returning from its card. */
export function focusTile(actionId) {
  const tile = document.querySelector(`.tile[data-action="${CSS.escape(actionId)}"]`);
  if (tile) tile.focus();
}

let app = null;

/** Home, with focus back on the tile of the card just left; while locked, a calm line if a
 * file read while locked was changed by something else (the app is not using it until the
 * next unlock). */
async function showHomeAgain() {
  // Asked beside Home's own data, not after it; at start, where the vault stands was just learnt.
  const status = app.takeStatusAtStart() || (session.current() === 'locked' && ipc.vaultStatus());
  const altered = Promise.resolve(status).then((known) => known && known.files_altered, () => false);
  try {
    await showHome(app.content);
    if (session.current() === 'locked' && (await altered)) app.notice([t('home.files_altered')]);
  } finally {
    const last = takeLastShown();
    if (last) focusTile(last);
  }
}

/** Home, as main.js registers it. At lock the words of tiles of one's own go; it keeps only
 * those chosen to show while locked. */
export const screens = [
  {
    route: /^#\/?$/,
    view: 'home',
    beforeSetUp: true,
    setUp: (given) => {
      app = given;
      renderHome(app.content.actions, openCard);
    },
    show: showHomeAgain,
    forget: () => {
      forgetOwnTiles();
      drawOwnTiles([]);
      loadOwnTiles().then(drawOwnTiles);
    },
  },
];
