// Check-in: choose who it was with, read questions aloud to a partner, answer your own with
// chips, four 1–5 scales and a note. Nothing is required.

import * as ipc from './ipc.js';
import { $, el, formatDateTime, showMessage } from './dom.js';
import * as session from './session.js';
import { errorText, t } from './strings.js';

const SETTINGS = ['partner', 'casual', 'solo'];
const MEASURES = ['body', 'feelings', 'mind', 'desire'];
let content = null;
let setting = null;

function toggle(button, group, multiple) {
  const on = button.getAttribute('aria-pressed') !== 'true';
  if (!multiple) {
    for (const other of group.querySelectorAll('button')) other.setAttribute('aria-pressed', 'false');
  }
  button.setAttribute('aria-pressed', String(on));
}

function chip(label, onClick) {
  const button = el('button', 'chip', label);
  button.type = 'button';
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => onClick(button));
  return button;
}

function questionsFor(audience) {
  return content.questions.filter(
    (q) => q.audience === audience && q.answer !== 'scale' && (!setting || q.settings.includes(setting)),
  );
}

function drawQuestions() {
  const partner = questionsFor('ask-partner');
  $('check-in-partner').hidden = setting === 'solo' || partner.length === 0;
  $('check-in-partner-questions').replaceChildren(...partner.map((q) => el('li', 'read-aloud-card', q.text)));

  const blocks = questionsFor('ask-yourself').map((q) => {
    const block = el('div', 'question');
    block.dataset.question = q.id;
    if (q.answer === 'chips') {
      const group = el('div', 'chips');
      group.setAttribute('role', 'group');
      const label = el('p', 'question-text', q.text);
      label.id = `q-${q.id}`;
      group.setAttribute('aria-labelledby', label.id);
      for (const option of q.options) {
        const button = chip(option.label, (b) => toggle(b, group, q.multiple));
        button.dataset.option = option.id;
        group.append(button);
      }
      block.append(label, group);
    } else {
      const label = el('label', 'question-text', q.text);
      const input = el('textarea');
      input.rows = 2;
      input.maxLength = 100000;
      input.id = `q-${q.id}`;
      label.htmlFor = input.id;
      block.append(label, input);
    }
    return block;
  });
  $('check-in-questions').replaceChildren(...blocks);
}

function drawScales() {
  const rows = MEASURES.map((measure) => {
    const question = content.questions.find((q) => q.scale && q.scale.measure === measure);
    const set = el('fieldset', 'scale');
    set.dataset.measure = measure;
    const legend = el('legend', '', `${t(`check_in.scale_${measure}`)} · ${question.text}`);
    const options = el('div', 'scale-options');
    for (let value = 1; value <= 5; value += 1) {
      const id = `scale-${measure}-${value}`;
      const input = el('input');
      input.type = 'radio';
      input.name = `scale-${measure}`;
      input.value = String(value);
      input.id = id;
      const label = el('label', 'scale-point', String(value));
      label.htmlFor = id;
      options.append(input, label);
    }
    const ends = el('p', 'scale-ends');
    ends.append(el('span', '', question.scale.low), el('span', '', question.scale.high));
    set.append(legend, options, ends);
    return set;
  });
  $('check-in-scales').replaceChildren(...rows);
}

function collect() {
  const answers = [];
  for (const block of $('check-in-questions').querySelectorAll('.question')) {
    const chosen = [...block.querySelectorAll('button[aria-pressed="true"]')].map((b) => b.dataset.option);
    const text = block.querySelector('textarea');
    if (chosen.length) answers.push({ question: block.dataset.question, options: chosen });
    if (text && text.value.trim()) answers.push({ question: block.dataset.question, text: text.value });
  }
  const scales = {};
  for (const measure of MEASURES) {
    const picked = document.querySelector(`input[name="scale-${measure}"]:checked`);
    scales[measure] = picked ? Number(picked.value) : null;
  }
  const note = $('check-in-note').value.trim() ? $('check-in-note').value : null;
  return { setting, answers, scales, note };
}

export function setUpCheckIn(loaded) {
  content = loaded;
  const group = $('check-in-settings');
  group.replaceChildren(
    ...SETTINGS.map((name) => {
      const button = chip(t(`check_in.setting_${name}`), (b) => {
        toggle(b, group, false);
        setting = b.getAttribute('aria-pressed') === 'true' ? name : null;
        drawQuestions();
      });
      button.dataset.setting = name;
      return button;
    }),
  );
  $('check-in-tomorrow').addEventListener('click', async () => {
    try {
      const reminder = await ipc.setReminder('next-day', null);
      $('check-in-saved').textContent = t('remind.set', { when: formatDateTime(reminder.due_at) });
      $('check-in-tomorrow').hidden = true;
    } catch (error) {
      showMessage($('check-in-error'), errorText(error));
    }
  });
  $('check-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage($('check-in-error'), '');
    try {
      const result = await ipc.saveCheckIn(collect());
      await offerTomorrow();
      $('check-in-saved').textContent = result.saved === 'sealed' ? t('app.saved_locked') : t('check_in.saved');
      $('check-in-remind').hidden = false;
      resetCheckIn();
    } catch (error) {
      showMessage($('check-in-error'), errorText(error));
    }
  });
}

/** A fresh, empty check-in. */
export function resetCheckIn() {
  setting = null;
  for (const button of $('check-in-settings').querySelectorAll('button')) button.setAttribute('aria-pressed', 'false');
  $('check-in-note').value = '';
  drawQuestions();
  drawScales();
}

/** If my card says "check on me tomorrow" and it is not set yet, offer it in one tap. */
async function offerTomorrow() {
  if (!session.isUnlocked()) return;
  try {
    $('check-in-tomorrow').hidden = !(await ipc.tomorrowOffer());
  } catch (_) {
    $('check-in-tomorrow').hidden = true;
  }
}

export function showCheckIn() {
  $('check-in-tomorrow').hidden = true;
  $('check-in-saved').textContent = '';
  $('check-in-remind').hidden = true;
  showMessage($('check-in-error'), '');
}
