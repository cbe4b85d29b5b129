// "Send them a check-in": gentle words from the content (content/messages.toml) to start from,
// changed or written as the person likes, copied on a tap for them to send however they
// usually talk; the app sends nothing and keeps nothing of it. Then, if they answered, what
// they said, noted on the moment it was about.

import * as ipc from './ipc.js';
import { chip, releaseAll, toggleChips } from './chips.js';
import { $, el, formatDateTime, showMessage } from './dom.js';
import { errorText, t } from './strings.js';
// The namespace: `shareText` is set once the device is known, after this module has run.
import * as handOver from './hand-over.js';

let content = null;
/** The moment this is about, once shown; null before any moment. */
let moment = null;

function messageChoice(message, index) {
  const row = el('div', 'check-row');
  const input = el('input');
  input.type = 'radio';
  input.name = 'send-message';
  input.id = `send-message-${message.id}`;
  input.value = message.id;
  input.checked = index === 0;
  input.addEventListener('change', () => {
    if (input.checked) $('send-words').value = message.text;
  });
  const label = el('label', '', message.text);
  label.htmlFor = input.id;
  row.append(input, label);
  return row;
}

async function copy() {
  const words = $('send-words');
  if (!words.value.trim()) {
    $('send-status').textContent = t('send.nothing_to_copy');
    words.focus();
    return;
  }
  if (await handOver.copyText(words.value)) {
    $('send-status').textContent = t('send.copied');
  } else {
    words.focus();
    words.select();
    $('send-status').textContent = t('send.copy_manual');
  }
}

/** Android: the words to the system's share sheet, for the person to send from there. */
async function share() {
  const words = $('send-words');
  if (!words.value.trim()) {
    $('send-status').textContent = t('send.nothing_to_copy');
    words.focus();
    return;
  }
  try {
    await handOver.shareText(words.value);
    $('send-status').textContent = t('send.shared');
  } catch (error) {
    $('send-status').textContent = errorText(error);
  }
}

async function noteAnswer(event) {
  event.preventDefault();
  showMessage($('send-answer-error'), '');
  if (!moment) return;
  const said = $('send-said').querySelector('[aria-pressed="true"]');
  const answer = { said: said ? said.dataset.option : null, words: $('send-their-words').value };
  try {
    await ipc.noteTheirAnswer(moment.id, answer);
    releaseAll($('send-said'));
    $('send-their-words').value = '';
    $('send-answer-status').textContent = t('send.noted');
  } catch (error) {
    showMessage($('send-answer-error'), errorText(error));
  }
}

export function setUpSendCheckIn(loaded) {
  content = loaded;
  $('send-messages').replaceChildren(...content.messages.map(messageChoice));
  // What they said is noted with the content's two questions for it: chips, and their words.
  const theirs = content.questions.filter((q) => q.audience === 'their-answer');
  const said = theirs.find((q) => q.answer === 'chips');
  $('send-said').replaceChildren(...said.options.map((o) => chip(o.label, { option: o.id })));
  toggleChips($('send-said'));
  $('send-their-words-label').textContent = theirs.find((q) => q.answer === 'text').text;
  $('send-copy').addEventListener('click', copy);
  if (handOver.shareText) {
    $('send-share').hidden = false;
    $('send-share').addEventListener('click', share);
  }
  $('send-answer-form').addEventListener('submit', noteAnswer);
}

/** Shows the screen about moment `id`, or (without one) the moment a "since then" check-in
 * looks back on. */
export async function showSendCheckIn(id) {
  moment = await ipc.checkInMoment(id ? Number(id) : null);
  const first = content.messages[0];
  for (const input of $('send-messages').querySelectorAll('input')) input.checked = input.value === first.id;
  $('send-words').value = first.text;
  $('send-status').textContent = '';
  $('send-answer-status').textContent = '';
  showMessage($('send-answer-error'), '');
  releaseAll($('send-said'));
  $('send-their-words').value = '';
  $('send-moment').textContent = moment ? t('send.about', { date: formatDateTime(moment.started_at) }) : t('send.no_moment');
  $('send-answer-form').hidden = !moment;
}

/** Forgets what the screen held (at lock). */
export function forgetSendCheckIn() {
  moment = null;
  $('send-words').value = '';
  $('send-their-words').value = '';
  $('send-moment').textContent = '';
}

/** "Send them a check-in", as main.js registers it. */
export const screens = [
  {
    route: /^#\/send(?:\/(\d+))?$/,
    view: 'send',
    needsUnlock: true,
    setUp: (app) => setUpSendCheckIn(app.content),
    show: showSendCheckIn,
    forget: forgetSendCheckIn,
  },
];
