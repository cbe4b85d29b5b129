// Care of one's own: the tiles a person makes in Settings (a title, steps, "you could say"),
// and what the page knows of them. Unlocked, that is every tile with its words; locked, only
// the titles the person chose to show on Home while locked. Their words go into the page as
// text only (textContent), never as markup.

import * as ipc from './ipc.js';
import { $, el, inPage, showMessage } from './dom.js';
import * as session from './session.js';
import { errorText, t } from './strings.js';
import { settingsChanged } from './saved-settings.js';

/** The limits the core keeps (it checks them again). */
const MAX_TITLE = 60;
const MAX_STEPS = 8;
const MAX_STEP = 200;

/** The tiles the page knows now, and whether they carry their words (unlocked). */
let tiles = [];
let full = false;

/** Whether an id is one of a tile of one's own, by its shape. */
export const isOwnId = (id) => /^own-[0-9a-f]{16}$/.test(id);

/** The titles shown while locked, asked at start beside the content (Home's data), for the first
 * load while locked to take. */
let lockedAsked = null;

/** Asks for the titles shown while locked now, at start, before knowing where the vault stands
 * (it is locked at nearly every start): Home is then drawn without waiting for them. */
export function askLockedTiles() {
  lockedAsked = ipc.lockedTiles();
  lockedAsked.catch(() => {}); // an answer never taken (first run, unlocked) is not an error
}

/** Loads the tiles: every one with its words when unlocked, the chosen titles when locked. */
export async function loadOwnTiles() {
  full = session.isUnlocked();
  const asked = lockedAsked;
  lockedAsked = null;
  try {
    tiles = full ? await ipc.ownTiles() : await (asked || ipc.lockedTiles());
  } catch (_) {
    tiles = [];
    full = false;
  }
  return tiles;
}

/** Forgets the tiles' words (at locking); the locked titles are loaded again when shown. */
export function forgetOwnTiles() {
  tiles = [];
  full = false;
  const form = inPage('own-tile-form');
  if (!form) return; // Settings was never shown
  $('settings-own-list').replaceChildren();
  form.reset();
  form.hidden = true;
}

/** The title of any care by its id: the content's, a tile of one's own, or "(removed)". */
export function careTitle(content, id) {
  const action = content && content.actions.find((a) => a.id === id);
  if (action) return action.title;
  const own = tiles.find((tile) => tile.id === id);
  if (own) return own.title;
  return isOwnId(id) ? t('own_tiles.removed') : id;
}

/** A tile of one's own shaped as a card, or null if the page does not know it. Locked, it has
 * a title only (`locked`: its steps are behind the passcode). */
export function ownCard(id) {
  const tile = tiles.find((x) => x.id === id);
  if (!tile) return null;
  return {
    id,
    icon: 'own',
    title: tile.title,
    who: null,
    kind: 'comfort',
    summary: '',
    steps: full ? tile.steps : [],
    say: full && tile.say ? [tile.say] : [],
    ask: [],
    locked: !full,
  };
}

/** The tile being edited (null while adding), and the one the delete dialog is about. */
let editing = null;
let deleting = null;
/** Runs after a tile was added, changed or deleted: `(tiles, change)`. */
let onChanged = () => {};

function row(tile) {
  const item = el('li', 'person');
  item.dataset.tile = tile.id;
  item.append(el('span', 'person-name', tile.title));
  if (tile.show_locked) item.append(el('span', 'hint', t('own_tiles.shown_locked')));
  const actions = el('span', 'person-actions');
  const edit = el('button', 'quiet own-tile-edit', t('own_tiles.edit'));
  edit.type = 'button';
  edit.setAttribute('aria-label', t('own_tiles.edit_label', { care: tile.title }));
  edit.addEventListener('click', () => openForm(tile));
  const remove = el('button', 'quiet own-tile-delete', t('own_tiles.delete'));
  remove.type = 'button';
  remove.setAttribute('aria-label', t('own_tiles.delete_label', { care: tile.title }));
  remove.addEventListener('click', () => {
    deleting = tile.id;
    $('own-tile-delete-dialog').showModal();
  });
  actions.append(edit, remove);
  item.append(actions);
  return item;
}

function drawList() {
  $('settings-own-list').replaceChildren(...tiles.map(row));
  $('own-tiles-empty').hidden = tiles.length > 0;
}

/** Opens the form, empty to add a tile or filled with `tile` to change it. */
function openForm(tile) {
  editing = tile ? tile.id : null;
  $('own-tile-title').value = tile ? tile.title : '';
  $('own-tile-steps').value = tile ? tile.steps.join('\n') : '';
  $('own-tile-say').value = tile && tile.say ? tile.say : '';
  $('own-tile-locked').checked = Boolean(tile && tile.show_locked);
  showMessage($('own-tile-error'), '');
  $('own-tiles-status').textContent = '';
  $('own-tile-form').hidden = false;
  $('own-tile-title').focus();
}

function closeForm() {
  const focusOn = editing && document.querySelector(`[data-tile="${CSS.escape(editing)}"] .own-tile-edit`);
  $('own-tile-form').reset();
  $('own-tile-form').hidden = true;
  editing = null;
  (focusOn || $('own-tile-add')).focus();
}

async function save(event) {
  event.preventDefault();
  const title = $('own-tile-title').value.trim();
  const steps = $('own-tile-steps').value.split('\n').map((s) => s.trim()).filter(Boolean);
  if (!title || title.length > MAX_TITLE) {
    showMessage($('own-tile-error'), t('own_tiles.title_needed'));
    $('own-tile-title').focus();
    return;
  }
  if (steps.length > MAX_STEPS || steps.some((s) => s.length > MAX_STEP)) {
    showMessage($('own-tile-error'), t('own_tiles.too_many_steps'));
    $('own-tile-steps').focus();
    return;
  }
  const tile = { title, steps, say: $('own-tile-say').value.trim() || null, show_locked: $('own-tile-locked').checked };
  try {
    const saved = editing ? await ipc.editOwnTile(editing, tile) : await ipc.addOwnTile(tile);
    settingsChanged();
    const change = editing ? 'edited' : 'added';
    await loadOwnTiles();
    drawList();
    editing = saved.id;
    closeForm();
    $('own-tiles-status').textContent = t('own_tiles.saved');
    onChanged(tiles, { change, tile: saved });
  } catch (error) {
    showMessage($('own-tile-error'), errorText(error));
  }
}

async function remove() {
  $('own-tile-delete-dialog').close();
  const id = deleting;
  deleting = null;
  try {
    await ipc.deleteOwnTile(id);
    settingsChanged();
    await loadOwnTiles();
    drawList();
    $('own-tiles-status').textContent = t('own_tiles.deleted');
    $('own-tile-add').focus();
    onChanged(tiles, { change: 'deleted', tile: { id } });
  } catch (error) {
    $('own-tiles-status').textContent = errorText(error);
  }
}

/** Wires the section once; `changed(tiles, change)` hears of every change. */
export function setUpOwnTiles(changed) {
  onChanged = changed;
  $('own-tile-add').addEventListener('click', () => openForm(null));
  $('own-tile-cancel').addEventListener('click', closeForm);
  $('own-tile-form').addEventListener('submit', save);
  $('own-tile-delete-no').addEventListener('click', () => $('own-tile-delete-dialog').close());
  $('own-tile-delete-yes').addEventListener('click', remove);
}

/** Fills the section when Settings is shown (unlocked). */
export async function showOwnTilesSettings() {
  await loadOwnTiles();
  drawList();
  $('own-tile-form').hidden = true;
  $('own-tiles-status').textContent = '';
}
