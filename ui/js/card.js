// My aftercare card: an editor for its fields (from content/card.toml), and "Before we start",
// which shows it large, beside one of their cards when one is chosen, with questions for the
// other person and two ways to share it (text, or an image with a QR code). Sharing only ever
// happens on a tap.

import * as ipc from './ipc.js';
import { chip, setPressed, toggleChips } from './chips.js';
import { $, el, showMessage, typingField } from './dom.js';
import { errorText, t } from './strings.js';
import { copyText } from './hand-over.js';
import { drawCard } from './their-cards.js';

let maxTextChars = null;

function fieldBlock(field) {
  const block = el('fieldset', 'card-field');
  block.dataset.field = field.id;
  block.append(el('legend', '', field.label));
  if (field.kind === 'choices') {
    const chips = el('div', 'chips');
    chips.append(...field.options.map((option) => chip(option.label, { option: option.id })));
    toggleChips(chips, { multiple: true });
    block.append(chips);
  }
  if (field.kind === 'words' || field.own_words) {
    const id = `card-words-${field.id}`;
    const label = el('label', field.kind === 'words' ? 'visually-hidden' : 'hint', field.kind === 'words' ? field.label : t('my_card.own_words'));
    label.htmlFor = id;
    const words = typingField('textarea');
    words.id = id;
    words.rows = 2;
    words.maxLength = maxTextChars;
    block.append(label, words);
  }
  if (field.kind === 'yes-no') {
    const row = el('div', 'chips');
    row.append(chip(t('my_card.yes'), { yes: 'yes' }), chip(t('my_card.no'), { yes: 'no' }));
    toggleChips(row);
    block.append(row);
  }
  return block;
}

function fill(card) {
  for (const block of $('card-fields').querySelectorAll('.card-field')) {
    const answer = card.fields[block.dataset.field] || {};
    for (const option of block.querySelectorAll('[data-option]')) {
      setPressed(option, (answer.choices || []).includes(option.dataset.option));
    }
    const yes = answer.yes === undefined || answer.yes === null ? null : answer.yes ? 'yes' : 'no';
    for (const yesNo of block.querySelectorAll('[data-yes]')) setPressed(yesNo, yesNo.dataset.yes === yes);
    const words = block.querySelector('textarea');
    if (words) words.value = answer.words || '';
  }
}

function collect() {
  const fields = {};
  for (const block of $('card-fields').querySelectorAll('.card-field')) {
    const answer = {};
    const choices = [...block.querySelectorAll('[data-option][aria-pressed="true"]')].map((c) => c.dataset.option);
    if (choices.length) answer.choices = choices;
    const yes = block.querySelector('[data-yes][aria-pressed="true"]');
    if (yes) answer.yes = yes.dataset.yes === 'yes';
    const words = block.querySelector('textarea');
    if (words && words.value.trim()) answer.words = words.value;
    if (Object.keys(answer).length) fields[block.dataset.field] = answer;
  }
  return { fields };
}

export function setUpCard(content, rules) {
  maxTextChars = rules.max_text_chars;
  $('card-fields').replaceChildren(...content.card_fields.map(fieldBlock));
  $('card-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage($('card-error'), '');
    try {
      await ipc.saveCard(collect());
      $('card-saved').textContent = t('my_card.saved');
    } catch (error) {
      showMessage($('card-error'), errorText(error));
    }
  });
}

export function setUpBefore() {
  $('before-copy').addEventListener('click', async () => {
    const text = $('before-text');
    if (await copyText(text.value)) {
      $('before-status').textContent = t('my_card.copied');
    } else {
      text.focus();
      text.select();
      $('before-status').textContent = t('my_card.copy_manual');
    }
  });
  $('before-theirs').addEventListener('change', () => showTheirs($('before-theirs').value));
  $('before-image').addEventListener('click', async () => {
    try {
      const path = await ipc.exportCardImage();
      $('before-status').textContent = t('my_card.image_saved', { path });
    } catch (error) {
      $('before-status').textContent = errorText(error);
    }
  });
}

export async function showCard() {
  $('card-saved').textContent = '';
  fill((await ipc.card()).card);
}

/** Their cards, as the picker beside mine last listed them. */
let theirs = [];

/** Shows their card `id` beside mine, or none. */
function showTheirs(id) {
  const card = theirs.find((c) => String(c.id) === String(id));
  const article = $('before-their-card');
  if (card) drawCard(article, card.name, card.lines);
  else article.replaceChildren();
  article.hidden = !card;
}

/** "Before we start": my card, and beside it their card `chosen` (an id), if given. */
export async function showBefore(chosen) {
  const [view, kept] = await Promise.all([ipc.card(), ipc.theirCards()]);
  drawCard($('before-card'), t('my_card.title'), view.lines.length ? view.lines : [t('my_card.empty')]);
  $('before-text').value = view.text;
  $('before-status').textContent = '';
  theirs = kept.cards;
  const none = el('option', '', t('their_cards.beside_none'));
  none.value = '';
  const options = theirs.map((card) => {
    const option = el('option', '', card.name);
    option.value = String(card.id);
    return option;
  });
  $('before-theirs').replaceChildren(none, ...options);
  $('before-theirs-row').hidden = theirs.length === 0;
  $('before-theirs').value = chosen && theirs.some((c) => String(c.id) === chosen) ? chosen : '';
  showTheirs($('before-theirs').value);
}

/** My card and "Before we start", as main.js registers them; at lock what they showed goes. */
export const screens = [
  {
    route: /^#\/card$/,
    view: 'card',
    needsUnlock: true,
    setUp: (app) => setUpCard(app.content, app.rules),
    show: showCard,
    forget: () => $('card-form').reset(),
  },
  {
    route: /^#\/before(?:\/(\d+))?$/,
    view: 'before',
    needsUnlock: true,
    setUp: setUpBefore,
    show: showBefore,
    forget: () => {
      $('before-card').replaceChildren();
      $('before-their-card').replaceChildren();
      $('before-text').value = '';
    },
  },
];
