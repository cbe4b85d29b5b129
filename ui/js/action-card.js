// An action's card: what it is, how to do it, what you could say, and a kind word. Opening it
// records nothing by itself: a tap on Home's tile records (sealed, if the app is locked), and
// so does "I did this" on a card reached any other way (Back, forward, reload, a link). A tap
// that records offers "Undo" for a few seconds, which removes exactly that record.

import * as ipc from './ipc.js';
import { $, el } from './dom.js';
import * as session from './session.js';
import { errorText, t } from './strings.js';
import { isOwnId, loadOwnTiles, ownCard } from './own-tiles.js';
import { settingsChanged } from './saved-settings.js';

const listItems = (texts) => texts.map((text) => el('li', '', text));

/** The affirmation for an action: one that fits its kind, the same one each time. */
function affirmationFor(action, affirmations) {
  const fitting = affirmations.filter((a) => a.kinds.includes(action.kind));
  const seed = [...action.id].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return fitting.length ? fitting[seed % fitting.length].text : '';
}

/** Fills the card view with one action. Text goes in with textContent only. Before a passcode
 * exists (`canRecord` false) the card says that nothing is saved yet, and offers no "I did this". */
export function renderActionCard(action, content, canRecord) {
  $('action-icon').setAttribute('href', `#icon-${action.icon}`);
  $('action-title').textContent = action.title;
  // A tile of one's own has no "who"; locked, its steps are behind the passcode.
  $('action-who').textContent = action.who ? t(`action_card.for_${action.who}`) : '';
  $('action-who').hidden = !action.who;
  $('action-summary').textContent = action.summary;
  $('action-summary').hidden = !action.summary;
  $('action-locked').hidden = !action.locked;
  $('action-steps').replaceChildren(...listItems(action.steps));
  $('action-steps-block').hidden = action.steps.length === 0;
  $('action-say').replaceChildren(...listItems(action.say));
  $('action-say-block').hidden = action.say.length === 0;
  const ask = action.ask || [];
  $('action-ask').replaceChildren(...listItems(ask));
  $('action-ask-block').hidden = ask.length === 0;
  $('action-affirmation').textContent = affirmationFor(action, content.affirmations);
  $('action-saved').textContent = '';
  forgetCare();
  shownAction = action.id;
  $('action-record').hidden = !canRecord;
  if (!canRecord) $('action-saved').textContent = t('action_card.not_yet');
}

/** Empties the card if it shows a tile of one's own (at locking: its words are the person's). */
export function forgetOwnCard() {
  if (!shownAction || !shownAction.startsWith('own-')) return false;
  for (const id of ['action-steps', 'action-say']) $(id).replaceChildren();
  for (const id of ['action-title', 'action-affirmation']) $(id).textContent = '';
  return true;
}

/** How long "Undo" stays after a tap. */
const UNDO_MS = 10_000;

/** The action on the card now, and what its last tap returned while it can still be undone. */
let shownAction = null;
let lastCare = null;
let undoTimer = null;

/** Stops offering "Undo" (its time is up, the card changed, or the vault locked or unlocked,
 * after which the handle no longer names the record). */
export function forgetCare() {
  clearTimeout(undoTimer);
  lastCare = null;
  $('action-undo').hidden = true;
}

/** Records the tap and says so quietly, with "Undo" for a few seconds. */
export async function recordCare(actionId) {
  const note = $('action-saved');
  $('action-record').hidden = true;
  try {
    const result = await ipc.recordCare(actionId);
    settingsChanged(); // the care used most may lead Home now
    note.textContent = result.saved === 'sealed' ? t('app.saved_locked') : t('app.saved');
    forgetCare();
    lastCare = result;
    $('action-undo').hidden = false;
    undoTimer = setTimeout(forgetCare, UNDO_MS);
  } catch (error) {
    note.textContent = errorText(error);
    $('action-record').hidden = false;
  }
}

async function undoCare() {
  const care = lastCare;
  if (!care) return;
  forgetCare();
  const note = $('action-saved');
  try {
    await ipc.undoCare(care);
    settingsChanged();
    note.textContent = t('action_card.undone');
    $('action-record').hidden = false;
    $('action-record').focus();
  } catch (error) {
    note.textContent = errorText(error);
  }
}

/** Wires the card's two buttons, once; "Undo" goes when the vault locks or unlocks. */
export function setUpActionCard() {
  $('action-record').addEventListener('click', () => shownAction && recordCare(shownAction));
  $('action-undo').addEventListener('click', undoCare);
  session.onChange(forgetCare);
}

/** The tile just tapped on Home: its card records once when it opens, and nothing else does. */
let tappedTile = null;
/** The card shown last, for Home to put focus back on its tile. */
let lastShown = null;

/** A tap on a tile on Home: its card opens, and records the tap. */
export function openCard(id) {
  tappedTile = id;
  location.hash = `#/action/${id}`;
}

/** The card shown last, once: Home puts focus back on its tile. */
export function takeLastShown() {
  const id = lastShown;
  lastShown = null;
  return id;
}

let content = null;

/** Opens the card of action `id` (of the content, or a tile of one's own); records it only when
 * it was opened by a tap on its tile, never by Back, forward or reload. */
async function openAction(id) {
  let action = content.actions.find((a) => a.id === id);
  if (!action && isOwnId(id) && session.current() !== 'not-set-up') {
    await loadOwnTiles();
    action = ownCard(id);
  }
  if (!action) throw { kind: 'not-found' };
  renderActionCard(action, content, session.current() !== 'not-set-up');
  lastShown = id;
  const tapped = tappedTile === id;
  tappedTile = null;
  if (tapped && session.current() !== 'not-set-up') return recordCare(id);
}

/** An action's card, as main.js registers it. At lock, a card of one's own tile leaves the
 * screen with its words. */
export const screens = [
  {
    route: /^#\/action\/([a-z0-9-]+)$/,
    view: 'action',
    beforeSetUp: true,
    setUp: (app) => {
      content = app.content;
      setUpActionCard();
    },
    show: openAction,
    forget: () => {
      if (forgetOwnCard() && document.body.dataset.view === 'action') location.replace('#/');
    },
  },
];
