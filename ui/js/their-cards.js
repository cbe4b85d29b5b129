// Their cards: cards others shared with you, read here from a picture (the file chooser, or a
// file dropped on it) or from pasted words, shown before anything is kept, then kept under a
// name you choose; each can be read, renamed and deleted. Reading happens in the core, on the
// device; nothing is sent anywhere.

import * as ipc from './ipc.js';
import { $, el, formatDateTime, showMessage } from './dom.js';
import { errorText, t } from './strings.js';
// The namespace: `scanCode` is set once the device is known, after this module has run.
import * as handOver from './hand-over.js';

/** The card just read, waiting for a name; nothing is kept until "Keep their card". */
let read = null;
/** The card the detail screen shows. */
let shown = null;
/** The most bytes of a picture the core reads (from the `their_cards` command). */
let maxImageBytes = null;

/** A card's lines, in this app's words, as an article's paragraphs under `title`. */
export function drawCard(article, title, lines) {
  article.replaceChildren(el('h2', '', title), ...lines.map((line) => el('p', 'before-line', line)));
}

function clearRead() {
  read = null;
  $('their-card-preview').hidden = true;
  $('their-card-preview-lines').replaceChildren();
  $('their-card-name').value = '';
  showMessage($('their-card-save-error'), '');
}

/** Shows what was read, or why it could not be: nothing is kept either way. */
async function reading(work) {
  clearRead();
  showMessage($('their-card-read-error'), '');
  $('their-card-read-status').textContent = t('their_cards.reading');
  try {
    read = await work();
  } catch (error) {
    $('their-card-read-status').textContent = '';
    showMessage($('their-card-read-error'), errorText(error));
    return;
  }
  $('their-card-read-status').textContent = '';
  drawCard($('their-card-preview-lines'), t('their_cards.preview_card'), read.lines);
  $('their-card-preview').hidden = false;
  $('their-card-preview-title').focus();
}

/** The file as a data URL, read no further than the core's limit (one byte more says "too large"). */
function dataUrl(file) {
  const part = maxImageBytes == null ? file : file.slice(0, maxImageBytes + 1);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject({ kind: 'unreadable-card', problem: 'damaged-image' });
    reader.readAsDataURL(part);
  });
}

async function readPicture() {
  const file = $('their-card-file').files[0];
  if (!file) return;
  await reading(async () => ipc.readTheirCardImage(await dataUrl(file)));
}

async function keep(event) {
  event.preventDefault();
  showMessage($('their-card-save-error'), '');
  if (!read) return;
  try {
    const id = await ipc.addTheirCard($('their-card-name').value, read.card);
    clearRead();
    $('their-card-file').value = '';
    $('their-card-text').value = '';
    location.hash = `#/their-cards/${id}`;
  } catch (error) {
    showMessage($('their-card-save-error'), errorText(error));
  }
}

async function rename(event) {
  event.preventDefault();
  if (!shown) return;
  try {
    await ipc.renameTheirCard(shown.id, $('their-card-rename').value);
    shown.name = $('their-card-rename').value.trim();
    $('their-card-title').textContent = shown.name;
    $('their-card-status').textContent = t('their_cards.renamed');
  } catch (error) {
    $('their-card-status').textContent = errorText(error);
  }
}

async function remove() {
  $('their-card-delete-dialog').close();
  try {
    await ipc.deleteTheirCard(shown.id);
    shown = null;
    location.replace('#/their-cards');
  } catch (error) {
    $('their-card-status').textContent = errorText(error);
  }
}

export function setUpTheirCards() {
  $('their-card-file').addEventListener('change', readPicture);
  $('their-card-text-form').addEventListener('submit', (event) => {
    event.preventDefault();
    reading(() => ipc.readTheirCardText($('their-card-text').value));
  });
  $('their-card-save-form').addEventListener('submit', keep);
  $('their-card-rename-form').addEventListener('submit', rename);
  $('their-card-delete').addEventListener('click', () => {
    $('their-card-status').textContent = '';
    $('their-card-delete-dialog').showModal();
  });
  $('their-card-delete-yes').addEventListener('click', remove);
  $('their-card-delete-no').addEventListener('click', () => $('their-card-delete-dialog').close());
  // Phones (issue 30): the camera reads the code, and its text is read as pasted words are.
  if (handOver.scanCode) {
    $('their-card-camera').hidden = false;
    $('their-card-camera').addEventListener('click', async () => {
      let text = null;
      try {
        text = await handOver.scanCode();
      } catch (error) {
        showMessage($('their-card-read-error'), errorText(error));
        return;
      }
      if (text) reading(() => ipc.readTheirCardText(text));
    });
  }
}

export async function showTheirCards() {
  const view = await ipc.theirCards();
  maxImageBytes = view.max_image_bytes;
  const items = view.cards.map((card) => {
    const item = el('li', 'their-card-item');
    const link = el('a', 'text-link', card.name);
    link.href = `#/their-cards/${card.id}`;
    link.dataset.theirCard = String(card.id);
    item.append(link, el('p', 'hint', t('their_cards.added', { date: formatDateTime(card.added_at) })));
    return item;
  });
  $('their-cards-list').replaceChildren(...items);
  $('their-cards-empty').hidden = items.length > 0;
}

export async function showAddTheirCard() {
  clearRead();
  showMessage($('their-card-read-error'), '');
  $('their-card-read-status').textContent = '';
  $('their-card-file').value = '';
  $('their-card-text').value = '';
  maxImageBytes = (await ipc.theirCards()).max_image_bytes;
}

export async function showTheirCard(id) {
  shown = await ipc.theirCard(Number(id));
  $('their-card-title').textContent = shown.name;
  $('their-card-added').textContent = t('their_cards.added', { date: formatDateTime(shown.added_at) });
  drawCard($('their-card-lines'), t('their_cards.says'), shown.lines);
  $('their-card-before').href = `#/before/${shown.id}`;
  $('their-card-rename').value = shown.name;
  $('their-card-status').textContent = '';
}

/** Forgets what the screens showed (at lock). */
export function forgetTheirCards() {
  clearRead();
  shown = null;
  for (const id of ['their-cards-list', 'their-card-lines']) $(id).replaceChildren();
  for (const id of ['their-card-text', 'their-card-rename', 'their-card-file']) $(id).value = '';
  $('their-card-title').textContent = '';
}

/** Their cards: the list, adding one, one card; as main.js registers them. */
export const screens = [
  {
    route: /^#\/their-cards$/,
    view: 'their-cards',
    needsUnlock: true,
    setUp: setUpTheirCards,
    show: showTheirCards,
    forget: forgetTheirCards,
  },
  { route: /^#\/their-cards\/add$/, view: 'their-card-add', needsUnlock: true, show: showAddTheirCard },
  { route: /^#\/their-cards\/(\d+)$/, view: 'their-card', needsUnlock: true, show: showTheirCard },
];
