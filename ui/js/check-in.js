// Check-in: choose who it was with, read questions aloud to a partner, answer your own with
// chips, four 1–5 scales and a note. Nothing is required. "Since then" (#/check-in/since, where a
// reminder leads) looks back on the last moment a day or more later with its own few questions.

import * as ipc from './ipc.js';
import { chip, isPressed, releaseAll, toggleChips } from './chips.js';
import { $, el, formatDateTime, showMessage, typingField } from './dom.js';
import * as session from './session.js';
import { errorText, t } from './strings.js';
import { followUpButton } from './follow-up.js';

/** The answers to "Who was this with?". */
const COMPANY = ['partner', 'casual', 'group', 'solo'];
const MEASURES = ['body', 'feelings', 'mind', 'desire'];
let content = null;
let maxTextChars = null;
let company = null;
/** 'right-after', or 'since-then' when looking back on the last moment. */
let occasion = 'right-after';

function asked(question) {
  return question.occasion.includes(occasion);
}

function questionsFor(audience) {
  return content.questions.filter(
    (q) => q.audience === audience && q.answer !== 'scale' && asked(q) && (!company || q.company.includes(company)),
  );
}

/** A question to read aloud, with the answers it may get, and what to do when one of them
 * asks for care (its reply). */
function readAloud(question) {
  const card = el('li', 'read-aloud-card');
  card.append(el('p', 'question-text', question.text));
  const options = question.options || [];
  if (options.length) {
    card.append(el('p', 'read-aloud-options hint', options.map((o) => o.label).join(' · ')));
  }
  for (const option of options.filter((o) => o.reply)) {
    const line = t('check_in.if_they_say', { answer: option.label, then: option.reply.text });
    card.append(el('p', 'read-aloud-if', line));
  }
  return card;
}

function drawQuestions() {
  const partner = questionsFor('ask-partner');
  $('check-in-partner').hidden = company === 'solo' || occasion !== 'right-after' || partner.length === 0;
  $('check-in-partner-questions').replaceChildren(...partner.map(readAloud));

  const blocks = questionsFor('ask-yourself').map((q) => {
    const block = el('div', 'question');
    block.dataset.question = q.id;
    if (q.answer === 'chips') {
      const group = el('div', 'chips');
      group.setAttribute('role', 'group');
      const label = el('p', 'question-text', q.text);
      label.id = `q-${q.id}`;
      group.setAttribute('aria-labelledby', label.id);
      group.append(...q.options.map((option) => chip(option.label, { option: option.id })));
      toggleChips(group, { multiple: q.multiple });
      block.append(label, group);
    } else {
      const label = el('label', 'question-text', q.text);
      const input = typingField('textarea');
      input.rows = 2;
      input.maxLength = maxTextChars;
      input.id = `q-${q.id}`;
      label.htmlFor = input.id;
      block.append(label, input);
    }
    return block;
  });
  $('check-in-questions').replaceChildren(...blocks);
}

function drawScales() {
  const scaleOf = (measure) => content.questions.find((q) => q.scale && q.scale.measure === measure);
  const rows = MEASURES.filter((measure) => asked(scaleOf(measure))).map((measure) => {
    const question = scaleOf(measure);
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
    // A scale answer can be taken back: nothing is required, and a radio alone cannot be unset.
    const clear = el('button', 'quiet scale-clear', t('check_in.scale_clear'));
    clear.type = 'button';
    clear.setAttribute('aria-label', t('check_in.scale_clear_label', { scale: t(`check_in.scale_${measure}`) }));
    clear.addEventListener('click', () => {
      for (const input of options.querySelectorAll('input')) input.checked = false;
    });
    set.append(legend, options, ends, clear);
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
  return { occasion, company, answers, scales, note };
}

export function setUpCheckIn(loaded, rules) {
  content = loaded;
  maxTextChars = rules.max_text_chars;
  $('check-in-note').maxLength = maxTextChars;
  // The element's id and `data-setting` keep their first name: the journeys find the chips by them.
  const group = $('check-in-settings');
  group.replaceChildren(...COMPANY.map((name) => chip(t(`check_in.company_${name}`), { setting: name })));
  toggleChips(group, {
    onToggle: (button) => {
      company = isPressed(button) ? button.dataset.setting : null;
      drawQuestions();
    },
  });
  $('check-in-tomorrow').addEventListener('click', async () => {
    try {
      const reminder = await ipc.setReminder('next-day', null);
      $('check-in-saved').textContent = t('remind.set', { when: formatDateTime(reminder.due_at) });
      offerTomorrow(false);
    } catch (error) {
      showMessage($('check-in-error'), errorText(error));
    }
  });
  followUpButton($('check-in-follow-up'), $('check-in-follow-up-set'));
  $('check-in-tomorrow-no').addEventListener('click', async () => {
    offerTomorrow(false);
    try {
      await ipc.declineCheckTomorrow();
    } catch (error) {
      showMessage($('check-in-error'), errorText(error));
    }
  });
  $('check-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage($('check-in-error'), '');
    try {
      const result = await ipc.saveCheckIn(collect());
      await offerCheckTomorrow();
      $('check-in-saved').textContent = result.saved === 'sealed' ? t('app.saved_locked') : t('check_in.saved');
      showReplies(result.replies);
      $('check-in-remind').hidden = false;
      $('check-in-follow-up').hidden = false;
      resetCheckIn();
    } catch (error) {
      showMessage($('check-in-error'), errorText(error));
    }
  });
  resetCheckIn();
}

/** Where a reply's part of the calm space is (`calm` in content/questions.toml), and its
 * name. Every place the content may name has its case here (checked by a core test). */
function calmPlace(place) {
  switch (place) {
    case 'settle':
      return ['#/calm/settle', t('calm.place_settle')];
    case 'grounding':
      return ['#/grounding', t('calm.place_grounding')];
    case 'people':
      return ['#/calm/people', t('calm.place_people')];
    case 'kind-words':
      return ['#/calm/kind-words', t('calm.place_kind_words')];
    case 'space':
    default:
      return ['#/calm', t('calm.place_space')];
  }
}

/** What the app says back to the answers just saved: each line, and where it leads. */
function showReplies(replies) {
  const items = replies.map((reply) => {
    const item = el('li', 'follow-up');
    const link = el('a', 'text-link');
    if (reply.calm) {
      const [href, place] = calmPlace(reply.calm);
      link.href = href;
      link.textContent = t('check_in.follow_up_calm', { place });
    } else if (reply.learn) {
      const page = content.guide.find((p) => p.id === reply.learn);
      link.href = `#/learn/${reply.learn}`;
      link.textContent = t('check_in.follow_up_read', { title: page.title });
    } else {
      const action = content.actions.find((a) => a.id === reply.action);
      link.href = `#/action/${reply.action}`;
      link.textContent = t('check_in.follow_up_care', { title: action.title });
    }
    item.append(el('p', '', reply.text), link);
    return item;
  });
  $('follow-ups-list').replaceChildren(...items);
  $('check-in-follow-ups').hidden = items.length === 0;
  // Below the form: brought into view, with focus, so it is seen and read out.
  if (items.length) $('follow-ups-title').focus();
}

/** At lock: a half-filled check-in's answers go from the page, with what it said back. */
export function forgetCheckIn() {
  if (!content) return; // never set up: nothing was asked or answered
  resetCheckIn();
  $('follow-ups-list').replaceChildren();
  $('check-in-follow-ups').hidden = true;
  $('check-in-saved').textContent = '';
}

/** A fresh, empty check-in. */
function resetCheckIn() {
  company = null;
  releaseAll($('check-in-settings'));
  const since = occasion === 'since-then';
  $('check-in-title').textContent = t(since ? 'check_in.since_title' : 'check_in.title');
  $('check-in-intro').textContent = t(since ? 'check_in.since_intro' : 'check_in.intro');
  $('check-in-since-link').hidden = !since;
  // The next-day reminder leads here: checking on them is a tap away.
  $('check-in-send').hidden = !since;
  $('check-in-company').hidden = since;
  $('check-in-note').value = '';
  drawQuestions();
  drawScales();
}

/** Shows or hides the "check on me tomorrow" offer with its "Not now". */
function offerTomorrow(shown) {
  $('check-in-tomorrow').hidden = !shown;
  $('check-in-tomorrow-no').hidden = !shown;
}

/** If my card says "check on me tomorrow" and it is not set yet, offer it in one tap. */
async function offerCheckTomorrow() {
  if (!session.isUnlocked()) return;
  try {
    offerTomorrow(await ipc.checkTomorrowOffer());
  } catch (_) {
    offerTomorrow(false);
  }
}

/** Shows the check-in: right after, or `mode` 'since' for "since then". A half-filled one of
 * the same kind is kept; switching kinds starts afresh. */
export function showCheckIn(mode) {
  const wanted = mode === 'since' ? 'since-then' : 'right-after';
  if (wanted !== occasion) {
    occasion = wanted;
    resetCheckIn();
  }
  offerTomorrow(false);
  $('check-in-follow-up').hidden = true;
  $('check-in-follow-up-set').textContent = '';
  $('check-in-follow-ups').hidden = true;
  $('check-in-saved').textContent = '';
  $('check-in-remind').hidden = true;
  showMessage($('check-in-error'), '');
}

/** The check-in, right after or since then, as main.js registers it; at lock a half-filled
 * one is cleared, not kept. */
export const screens = [
  {
    route: /^#\/check-in(?:\/(since))?$/,
    view: 'check-in',
    setUp: (app) => setUpCheckIn(app.content, app.rules),
    show: showCheckIn,
    forget: forgetCheckIn,
  },
];
