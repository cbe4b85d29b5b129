// History: moments, newest first, each with its care, check-ins and journal entries.

import * as ipc from './ipc.js';
import { $, el, formatDateTime, formatTime, timeEl, timeWords } from './dom.js';
import { errorText, t } from './strings.js';
import { careTitle, loadOwnTiles } from './own-tiles.js';

const PAGE = 20;
let content = null;
let last = null;

function momentItem(moment) {
  const item = el('li', 'moment');
  item.dataset.moment = String(moment.id);
  item.append(el('h2', 'moment-date', t('history.moment', { date: formatDateTime(moment.started_at) })));
  if (moment.company) item.append(el('p', 'who', t(`history.company_${moment.company}`)));
  if (moment.ended_at) item.append(el('p', 'who', t('history.ended', timeWords(moment.ended_at))));
  if (moment.care.length) {
    item.append(el('h3', '', t('history.actions')));
    const list = el('ul', 'moment-actions');
    for (const taken of moment.care) {
      const row = el('li');
      row.append(timeEl(taken.at, formatTime(taken.at)), ` · ${careTitle(content, taken.action)}`);
      row.dataset.action = taken.action;
      list.append(row);
    }
    item.append(list);
  }
  if (moment.check_ins.length) {
    item.append(el('h3', '', t('history.check_ins')));
    for (const checkIn of moment.check_ins) item.append(checkInSummary(checkIn));
  }
  if (moment.journal.length) {
    item.append(el('h3', '', t('history.journal')));
    for (const entry of moment.journal) {
      const link = el('a', 'entry-link', entry.body.split('\n')[0]);
      link.href = `#/journal/${entry.id}`;
      item.append(link);
    }
  }
  // Checking on them later, and what they said: for a moment shared with someone.
  if (moment.company !== 'solo') {
    const send = el('a', 'text-link moment-send', t('send.offer'));
    send.href = `#/send/${moment.id}`;
    send.setAttribute('aria-label', t('send.offer_label', { date: formatDateTime(moment.started_at) }));
    item.append(send);
  }
  const remove = el('button', 'danger moment-delete', t('history.delete'));
  remove.type = 'button';
  remove.setAttribute('aria-label', t('history.delete_label', { date: formatDateTime(moment.started_at) }));
  remove.addEventListener('click', () => askToDelete(moment.id));
  item.append(remove);
  return item;
}

/** The moment the open dialog is about. */
let deleting = null;

function askToDelete(id) {
  deleting = id;
  $('history-status').textContent = '';
  $('moment-delete-dialog').showModal();
}

async function deleteMoment() {
  $('moment-delete-dialog').close();
  const item = document.querySelector(`#history-list > li[data-moment="${deleting}"]`);
  try {
    await ipc.deleteMoment(deleting);
    const next = item && (item.nextElementSibling || item.previousElementSibling);
    if (item) item.remove();
    $('history-status').textContent = t('history.deleted');
    $('history-empty').hidden = $('history-list').children.length > 0;
    (next ? next.querySelector('.moment-delete') : $('history-title')).focus();
  } catch (error) {
    $('history-status').textContent = errorText(error);
  }
}

function checkInSummary(checkIn) {
  const box = el('div', 'check-in-summary');
  box.dataset.checkIn = String(checkIn.id);
  const questions = checkIn.answers.map((answer) => content.questions.find((q) => q.id === answer.question));
  // What they said to a check-in sent to them is noted as a check-in of its own.
  const theirs = questions.some((q) => q && q.audience === 'their-answer');
  if (theirs) {
    box.classList.add('their-answer');
    box.append(el('p', 'check-in-when', t('history.their_answer', { date: formatDateTime(checkIn.at) })));
  } else if (checkIn.occasion === 'since-then') {
    box.append(el('p', 'check-in-when', t('history.since_then', { date: formatDateTime(checkIn.at) })));
  }
  const parts = [];
  for (const [i, answer] of checkIn.answers.entries()) {
    const question = questions[i];
    if (!question) continue;
    const labels = answer.options.map((id) => (question.options.find((o) => o.id === id) || {}).label).filter(Boolean);
    if (labels.length) parts.push(labels.join(', '));
    if (answer.text) parts.push(answer.text);
  }
  box.append(el('p', 'check-in-answers', parts.join(' · ')));
  const scales = ['body', 'feelings', 'mind', 'desire']
    .filter((m) => checkIn.scales[m])
    .map((m) => `${t(`check_in.scale_${m}`)} ${checkIn.scales[m]}/5`);
  if (scales.length) box.append(el('p', 'check-in-scales', scales.join(' · ')));
  if (checkIn.note) box.append(el('p', 'check-in-note', checkIn.note));
  return box;
}

async function loadPage(append) {
  const moments = await ipc.history(PAGE, append ? last : null);
  const items = moments.map(momentItem);
  if (append) $('history-list').append(...items);
  else $('history-list').replaceChildren(...items);
  last = moments.length ? moments[moments.length - 1].id : last;
  $('history-more').hidden = moments.length < PAGE;
  $('history-empty').hidden = append || moments.length > 0;
}

export function setUpHistory(loaded) {
  content = loaded;
  $('history-more').addEventListener('click', () => loadPage(true));
  $('moment-delete-no').addEventListener('click', () => $('moment-delete-dialog').close());
  $('moment-delete-yes').addEventListener('click', deleteMoment);
}

export async function showHistory() {
  $('history-status').textContent = '';
  await loadOwnTiles();
  return loadPage(false);
}

/** The history, as main.js registers it; at lock its list is emptied. */
export const screens = [
  {
    route: /^#\/history$/,
    view: 'history',
    needsUnlock: true,
    setUp: (app) => setUpHistory(app.content),
    show: showHistory,
    forget: () => $('history-list').replaceChildren(),
  },
];
