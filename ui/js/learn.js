// Learn: the guide's pages, rendered from Markdown into DOM nodes (headings, paragraphs,
// lists, bold, italics). No HTML from the content is ever parsed: raw HTML shows as text.
// And the 5-4-3-2-1 grounding exercise as a gentle step-through, with a Stop at every step and,
// at the end, "Still not okay?" with my people and getting help.

import { $, el } from './dom.js';
import { t } from './strings.js';

let content = null;

/** Inline Markdown: **bold** and *italics*, everything else as text. */
function inline(text) {
  const nodes = [];
  const pattern = /(\*\*([^*]+)\*\*|\*([^*]+)\*)/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) nodes.push(document.createTextNode(text.slice(at, match.index)));
    nodes.push(match[2] ? el('strong', '', match[2]) : el('em', '', match[3]));
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** Block Markdown to DOM nodes. */
export function renderMarkdown(source) {
  const blocks = [];
  let list = null;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) {
      const p = el('p');
      p.append(...inline(paragraph.join(' ')));
      blocks.push(p);
      paragraph = [];
    }
  };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    const bullet = /^[-*] (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (bullet || numbered) {
      flush();
      const tag = bullet ? 'ul' : 'ol';
      if (!list || list.tagName.toLowerCase() !== tag) {
        list = el(tag);
        blocks.push(list);
      }
      const item = el('li');
      item.append(...inline((bullet || numbered)[1]));
      list.append(item);
    } else if (list && line && /^\s{2,}/.test(raw)) {
      list.lastChild.append(document.createTextNode(' '), ...inline(line));
    } else {
      list = null;
      if (heading) {
        flush();
        const h = el(heading[1].length === 1 ? 'h2' : 'h3');
        h.append(...inline(heading[2]));
        blocks.push(h);
      } else if (line) {
        paragraph.push(line);
      } else {
        flush();
      }
    }
  }
  flush();
  return blocks;
}

export function setUpLearn(loaded) {
  content = loaded;
  $('learn-pages').replaceChildren(
    ...content.guide.map((page) => {
      const link = el('a', '', page.title);
      link.href = `#/learn/${page.id}`;
      const item = el('li');
      item.append(link);
      return item;
    }),
  );
}

export function showPage(id) {
  const page = content.guide.find((p) => p.id === id);
  if (!page) throw { kind: 'not-found' };
  $('page-title').textContent = page.title;
  $('page-body').replaceChildren(...renderMarkdown(page.body));
  // "See also": the other pages this one names, by their titles.
  const related = page.see_also.map((other) => content.guide.find((p) => p.id === other)).filter(Boolean);
  $('page-see-also-list').replaceChildren(
    ...related.map((other) => {
      const link = el('a', '', other.title);
      link.href = `#/learn/${other.id}`;
      const item = el('li');
      item.append(link);
      return item;
    }),
  );
  $('page-see-also').hidden = related.length === 0;
}

const STEPS = ['step_5', 'step_4', 'step_3', 'step_2', 'step_1', 'step_done'];
let step = 0;

function drawStep() {
  const key = STEPS[step];
  const last = step === STEPS.length - 1;
  $('grounding-count').textContent = last ? '' : key.slice(-1);
  $('grounding-step').textContent = t(`learn.${key}`);
  $('grounding-next').textContent = t(last ? 'learn.done' : 'learn.next');
  $('grounding-stop').hidden = last;
  $('grounding-still').hidden = !last;
}

/** `done()` leads back where the person came from (the calm space, Learn…): on Done, and on
 * Stop at any step. */
export function setUpGrounding(done) {
  $('grounding-stop').addEventListener('click', done);
  $('grounding-next').addEventListener('click', () => {
    if (step >= STEPS.length - 1) {
      done();
      return;
    }
    step += 1;
    drawStep();
  });
}

export function showGrounding() {
  step = 0;
  drawStep();
}

/** Learn, its pages, grounding and About: readable before a passcode and while locked, as
 * main.js registers them. */
export const screens = [
  {
    route: /^#\/learn$/,
    view: 'learn',
    beforeSetUp: true,
    staysWhenLocked: true,
    setUp: (app) => setUpLearn(app.content),
  },
  { route: /^#\/learn\/([a-z0-9-]+)$/, view: 'page', beforeSetUp: true, open: true, staysWhenLocked: true, show: showPage },
  {
    route: /^#\/grounding$/,
    view: 'grounding',
    beforeSetUp: true,
    open: true,
    staysWhenLocked: true,
    setUp: (app) => setUpGrounding(app.goBack),
    show: showGrounding,
  },
  { route: /^#\/about$/, view: 'about', beforeSetUp: true, open: true, staysWhenLocked: true },
];
