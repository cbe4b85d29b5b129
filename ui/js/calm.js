// "Need a moment?": the calm space. Open to anyone, before a passcode, locked or not: slow
// breathing (a circle that moves only when motion is welcome, with a Stop, and the same steps
// as still text), ways to settle that don't use the breath, the grounding exercise, kind words,
// the guide's pages for hard moments, and "my people", shown only once unlocked. A follow-up
// can lead straight to one part (`#/calm/<part>`).

import { addPerson, people, removePerson } from './ipc.js';
import { $, el, showMessage } from './dom.js';
import { errorText, t } from './strings.js';
import * as session from './session.js';

/** The guide's pages the calm space offers, in this order. */
const PAGES = ['drop', 'didnt-feel-okay', 'body-care', 'getting-help'];

/** The parts a link can open the calm space at: each section's heading takes the focus. */
const PARTS = { settle: 'breathe-title', people: 'calm-people-title', 'kind-words': 'kind-words-title' };

/** Phones hand `tel:` and `sms:` to the dialler and messages; a desktop has neither, so there
 * the number is shown as text to copy. */
const CAN_CALL = /Android|iPhone|iPad/.test(navigator.userAgent);

function personRow(person) {
  const item = el('li', 'person');
  item.append(el('span', 'person-name', person.name), el('span', 'person-number', person.number));
  const actions = el('div', 'person-actions');
  if (CAN_CALL) {
    const number = person.number.replace(/[^0-9+#*]/g, '');
    for (const [scheme, key] of [['tel', 'calm.people_call'], ['sms', 'calm.people_message']]) {
      const link = el('a', 'quiet button-link', t(key, { name: person.name }));
      link.href = `${scheme}:${number}`;
      actions.append(link);
    }
  }
  const remove = el('button', 'quiet', t('calm.people_remove', { name: person.name }));
  remove.type = 'button';
  remove.addEventListener('click', async () => {
    try {
      draw(await removePerson(person.id));
    } catch (error) {
      showMessage($('person-error'), errorText(error));
    }
  });
  actions.append(remove);
  item.append(actions);
  return item;
}

function draw(list) {
  $('calm-people-list').replaceChildren(...list.map(personRow));
  $('calm-people-empty').hidden = list.length > 0;
}

function forget() {
  $('calm-people-list').replaceChildren();
  $('person-form').reset();
}

/** Which of the people block's three faces shows: the list (unlocked), "unlock to see them"
 * (locked), or "choose a passcode to keep a list here" (looking around before one exists). */
function showPeopleBlock() {
  const status = session.current();
  $('calm-people-open').hidden = status !== 'unlocked';
  $('calm-people-locked').hidden = status !== 'locked';
  $('calm-people-not-set-up').hidden = status !== 'not-set-up';
}

/** The circle breathes until Stop, and again on "Breathe with the circle again". */
function breathing(on) {
  document.querySelector('.breath').classList.toggle('stopped', !on);
  $('breath-stop').hidden = !on;
  $('breath-start').hidden = on;
}

export function setUpCalm(content) {
  $('calm-pages').replaceChildren(
    ...PAGES.map((id) => content.guide.find((page) => page.id === id))
      .filter(Boolean)
      .map((page) => {
        const link = el('a', '', page.title);
        link.href = `#/learn/${page.id}`;
        const item = el('li');
        item.append(link);
        return item;
      }),
  );
  $('breath-stop').addEventListener('click', () => {
    breathing(false);
    $('breath-start').focus();
  });
  $('breath-start').addEventListener('click', () => {
    breathing(true);
    $('breath-stop').focus();
  });
  $('person-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage($('person-error'), '');
    try {
      draw(await addPerson({ name: $('person-name').value, number: $('person-number').value }));
      $('person-form').reset();
    } catch (error) {
      showMessage($('person-error'), errorText(error));
    }
  });
  // Once locked, no name or number stays in the page; the calm space itself stays on screen.
  session.onChange(() => {
    if (!session.isUnlocked()) forget();
    showPeopleBlock();
  });
}

/** After "Not so good" on a reminder: the "since then" check-in is offered, once. */
let sinceOffered = false;

export function offerSinceThen() {
  sinceOffered = true;
}

/** Shows the calm space, at `part` (`settle`, `people`, `kind-words`) when a link asks. */
export async function showCalm(part) {
  $('calm-since').hidden = !sinceOffered;
  sinceOffered = false;
  breathing(true);
  showPeopleBlock();
  if (session.isUnlocked()) draw(await people());
  else forget();
  const heading = PARTS[part] && $(PARTS[part]);
  if (heading) {
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
}
