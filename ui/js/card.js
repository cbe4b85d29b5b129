// My aftercare card: an editor for its fields (from content/card.toml), and "Before we start",
// which shows it large, with questions for the other person and two ways to share it (text,
// or an image with a QR code). Sharing only ever happens on a tap.

import * as ipc from './ipc.js';
import { $, el, showMessage } from './dom.js';
import { errorText, t } from './strings.js';

let content = null;

function fieldBlock(field) {
  const block = el('fieldset', 'card-field');
  block.dataset.field = field.id;
  block.append(el('legend', '', field.label));
  if (field.kind === 'choices') {
    const chips = el('div', 'chips');
    for (const option of field.options) {
      const chip = el('button', 'chip', option.label);
      chip.type = 'button';
      chip.dataset.option = option.id;
      chip.setAttribute('aria-pressed', 'false');
      chip.addEventListener('click', () =>
        chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true')),
      );
      chips.append(chip);
    }
    block.append(chips);
  }
  if (field.kind === 'words' || field.own_words) {
    const id = `card-words-${field.id}`;
    const label = el('label', field.kind === 'words' ? 'visually-hidden' : 'hint', field.kind === 'words' ? field.label : t('my_card.own_words'));
    label.htmlFor = id;
    const words = el('textarea');
    words.id = id;
    words.rows = 2;
    words.maxLength = 100000;
    block.append(label, words);
  }
  if (field.kind === 'yes-no') {
    const row = el('div', 'chips');
    for (const [value, key] of [['yes', 'my_card.yes'], ['no', 'my_card.no']]) {
      const chip = el('button', 'chip', t(key));
      chip.type = 'button';
      chip.dataset.yes = value;
      chip.setAttribute('aria-pressed', 'false');
      chip.addEventListener('click', () => {
        const on = chip.getAttribute('aria-pressed') !== 'true';
        for (const other of row.querySelectorAll('button')) other.setAttribute('aria-pressed', 'false');
        chip.setAttribute('aria-pressed', String(on));
      });
      row.append(chip);
    }
    block.append(row);
  }
  return block;
}

function fill(card) {
  for (const block of $('card-fields').querySelectorAll('.card-field')) {
    const answer = card.fields[block.dataset.field] || {};
    for (const chip of block.querySelectorAll('[data-option]')) {
      chip.setAttribute('aria-pressed', String((answer.choices || []).includes(chip.dataset.option)));
    }
    for (const chip of block.querySelectorAll('[data-yes]')) {
      const pressed = answer.yes !== undefined && answer.yes !== null && String(answer.yes ? 'yes' : 'no') === chip.dataset.yes;
      chip.setAttribute('aria-pressed', String(pressed));
    }
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

export function setUpCard(loaded) {
  content = loaded;
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
  $('before-copy').addEventListener('click', async () => {
    const text = $('before-text');
    try {
      await navigator.clipboard.writeText(text.value);
      $('before-status').textContent = t('my_card.copied');
    } catch (_) {
      text.focus();
      text.select();
      $('before-status').textContent = t('my_card.copy_manual');
    }
  });
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

export async function showBefore() {
  const view = await ipc.card();
  const [title, ...lines] = view.text.trim().split('\n');
  const article = $('before-card');
  article.replaceChildren(el('h2', '', title), ...lines.filter((l) => l.trim()).map((line) => el('p', 'before-line', line)));
  $('before-text').value = view.text;
  $('before-status').textContent = '';
}
