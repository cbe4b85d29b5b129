// What helps me: insights from the person's own history, worked out in the core. Every chart is
// drawn here as SVG (no remote code) and has a table or text beside it that says the same.

import * as ipc from './ipc.js';
import { $, el } from './dom.js';
import { errorText, t } from './strings.js';
import { careTitle, loadOwnTiles } from './own-tiles.js';

const SVG = 'http://www.w3.org/2000/svg';
const SPANS = ['right-after', 'next-day', 'day-two', 'day-three', 'later'];
const WELLBEING = ['body', 'feelings', 'mind'];
let content = null;

const one = (n) => (n == null ? '–' : n.toFixed(1));

/** The average over body, feelings and mind that were answered. */
function wellbeing(means) {
  const values = WELLBEING.map((m) => means[m]).filter((v) => v != null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

function title(actionId) {
  return careTitle(content, actionId);
}

function drawCare(care) {
  const compared = care.filter((c) => c.lean !== 'not-enough');
  // What seems to help most first; ties keep the content's order.
  compared.sort((a, b) => b.difference - a.difference);
  const items = compared.map((c) => {
    const item = el('li', 'insight');
    item.dataset.action = c.action;
    item.dataset.lean = c.lean;
    const words = { care: title(c.action).toLowerCase(), with: one(wellbeing(c.with)), without: one(wellbeing(c.without)) };
    item.append(el('p', '', t(`insights.${c.lean}`, words)));
    const sinceWith = wellbeing(c.since_with);
    const sinceWithout = wellbeing(c.since_without);
    if (sinceWith != null && sinceWithout != null) {
      item.append(el('p', 'hint', t('insights.since', { with: one(sinceWith), without: one(sinceWithout) })));
    }
    return item;
  });
  $('insights-care').replaceChildren(...items);
  $('insights-care-none').hidden = items.length > 0;
  const waiting = care.filter((c) => c.lean === 'not-enough' && c.with.count > 0).map((c) => title(c.action));
  $('insights-care-waiting').textContent = waiting.length ? t('insights.waiting', { list: waiting.join(', ') }) : '';
}

/** Bars of the wellbeing average per span: a picture of the table below it. */
function drawDaysChart(days) {
  const width = 300;
  const height = 120;
  const bar = width / SPANS.length;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 20}`);
  svg.setAttribute('class', 'days-chart');
  days.forEach((day, i) => {
    const value = day.enough ? wellbeing(day.means) : null;
    if (value == null) return;
    const h = (value / 5) * height;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(i * bar + 8));
    rect.setAttribute('y', String(height - h));
    rect.setAttribute('width', String(bar - 16));
    rect.setAttribute('height', String(h));
    rect.setAttribute('rx', '6');
    rect.setAttribute('class', 'days-bar');
    rect.dataset.span = day.span;
    svg.append(rect);
  });
  days.forEach((day, i) => {
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(i * bar + bar / 2));
    label.setAttribute('y', String(height + 16));
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('class', 'days-label');
    label.textContent = t(`insights.span_${day.span.replace(/-/g, '_')}`);
    svg.append(label);
  });
  $('insights-days-chart').replaceChildren(svg);
}

function drawDays(days) {
  const rows = days.map((day) => {
    const row = el('tr');
    row.dataset.span = day.span;
    const head = el('th', '', t(`insights.span_${day.span.replace(/-/g, '_')}`));
    head.scope = 'row';
    row.append(head);
    for (const measure of WELLBEING) {
      row.append(el('td', '', day.enough ? one(day.means[measure]) : t('insights.not_enough')));
    }
    row.append(el('td', '', String(day.means.count)));
    return row;
  });
  $('insights-days-rows').replaceChildren(...rows);
  const any = days.some((d) => d.enough);
  $('insights-days-none').hidden = any;
  if (any) drawDaysChart(days);
  else $('insights-days-chart').replaceChildren();
}

/** The last eight weeks, a day each, ending today; days with a moment are marked. */
function drawCalendar(dates) {
  const marked = new Set(dates);
  const today = new Date();
  const days = [];
  for (let back = 55; back >= 0; back -= 1) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const label = date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
    const had = marked.has(iso);
    const day = el('li', had ? 'day had-moment' : 'day');
    day.dataset.date = iso;
    day.setAttribute('aria-label', t(had ? 'insights.calendar_day' : 'insights.calendar_empty_day', { date: label }));
    day.append(el('span', '', String(date.getDate())));
    days.push(day);
  }
  $('insights-calendar').replaceChildren(...days);
}

/** What they said when the person checked on them: each answer noted, and how often. */
function drawTheirAnswers(answers) {
  const question = content.questions.find((q) => q.audience === 'their-answer' && q.answer === 'chips');
  const items = answers.map((a) => {
    const option = question.options.find((o) => o.id === a.answer);
    const item = el('li', 'insight', t('insights.their_answer', { answer: option ? option.label : a.answer, times: a.times }));
    item.dataset.answer = a.answer;
    return item;
  });
  $('insights-their-answers').replaceChildren(...items);
  $('insights-their').hidden = items.length === 0;
}

export function setUpInsights(loaded) {
  content = loaded;
}

export async function showInsights() {
  try {
    await loadOwnTiles();
    const found = await ipc.insights();
    drawCare(found.care);
    drawDays(found.days_after);
    drawCalendar(found.calendar);
    drawTheirAnswers(found.their_answers);
  } catch (error) {
    $('insights-care-waiting').textContent = errorText(error);
  }
}

/** "What helps me", as main.js registers it; at lock what it drew is emptied. */
export const screens = [
  {
    route: /^#\/insights$/,
    view: 'insights',
    needsUnlock: true,
    setUp: (app) => setUpInsights(app.content),
    show: showInsights,
    forget: () => {
      for (const id of ['insights-care', 'insights-days-rows', 'insights-days-chart', 'insights-calendar', 'insights-their-answers']) {
        $(id).replaceChildren();
      }
    },
  },
];
