// "Need a moment?": the calm space. Open to anyone, locked or not: slow breathing (a circle that
// moves only when motion is welcome, and the same steps as still text), the grounding exercise,
// the guide's pages for hard moments, and "my people", shown only once unlocked.

import { addPerson, people, removePerson } from './ipc.js';
import { $, el, showMessage } from './dom.js';
import { errorText, t } from './strings.js';
import * as session from './session.js';

/** The guide's pages the calm space offers, in this order. */
const PAGES = ['drop', 'didnt-feel-okay', 'getting-help'];

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
  // Once locked, no name or number stays in the page.
  session.onChange(() => {
    if (!session.isUnlocked()) forget();
  });
}

/** After "Not so good" on a reminder: the "since then" check-in is offered, once. */
let sinceOffered = false;

export function offerSinceThen() {
  sinceOffered = true;
}

export async function showCalm() {
  $('calm-since').hidden = !sinceOffered;
  sinceOffered = false;
  const unlocked = session.isUnlocked();
  $('calm-people-locked').hidden = unlocked;
  $('calm-people-open').hidden = !unlocked;
  if (unlocked) draw(await people());
  else forget();
}
