// "Need a moment?": the calm space. Open to anyone, before a passcode, locked or not: slow
// breathing (a circle that moves only when motion is welcome, with a Stop, and the same steps
// as still text; on a phone, if chosen, a vibration for each breath in and out), ways to settle that don't use the breath, the grounding exercise, kind words,
// the guide's pages for hard moments, and "my people": all of them once unlocked, and while
// locked those the person marked "reachable without unlocking". A follow-up can lead straight
// to one part (`#/calm/<part>`).

import { addPerson, breathingCue, lockedPeople, people, removePerson, setPersonReachable } from './ipc.js';
import { savedSettings } from './saved-settings.js';
import { $, el, showMessage } from './dom.js';
import { errorText, t } from './strings.js';
import * as session from './session.js';
import { copyText } from './hand-over.js';

/** The guide's pages the calm space offers, in this order. */
const PAGES = ['drop', 'didnt-feel-okay', 'body-care', 'getting-help'];

/** The parts a link can open the calm space at: each section's heading takes the focus. */
const PARTS = { settle: 'breathe-title', people: 'calm-people-title', 'kind-words': 'kind-words-title' };

/** Phones hand `tel:` and `sms:` to the dialler and messages (the message with a gentle line
 * already in it); a desktop has neither, so there the number is shown as text, with a button
 * to copy it. */
const CAN_CALL = /Android|iPhone|iPad/.test(navigator.userAgent);

/** How to reach `person` (a name and a number), as the device allows. */
function reachRow(person) {
  const item = el('li', 'person');
  const number = el('span', 'person-number', person.number);
  item.append(el('span', 'person-name', person.name), number);
  const actions = el('div', 'person-actions');
  if (CAN_CALL) {
    const digits = person.number.replace(/[^0-9+#*]/g, '');
    const call = el('a', 'quiet button-link', t('calm.people_call', { name: person.name }));
    call.href = `tel:${digits}`;
    const message = el('a', 'quiet button-link', t('calm.people_message', { name: person.name }));
    message.href = `sms:${digits}?body=${encodeURIComponent(t('calm.people_sms_body'))}`;
    actions.append(call, message);
  } else {
    const copy = el('button', 'quiet', t('calm.people_copy'));
    copy.type = 'button';
    copy.setAttribute('aria-label', t('calm.people_copy_label', { name: person.name }));
    copy.addEventListener('click', async () => {
      if (await copyText(person.number)) {
        $('calm-people-status').textContent = t('calm.people_copied', { name: person.name });
      } else {
        getSelection().selectAllChildren(number);
        $('calm-people-status').textContent = t('calm.people_copy_manual');
      }
    });
    actions.append(copy);
  }
  item.append(actions);
  return item;
}

/** Someone on the list, unlocked: how to reach them, whether they are reachable without
 * unlocking (a choice, with what it means beside the form), and Remove. */
function personRow(person) {
  const item = reachRow(person);
  const actions = item.querySelector('.person-actions');
  const row = el('div', 'check-row');
  const box = el('input');
  box.type = 'checkbox';
  box.id = `person-reachable-${person.id}`;
  box.checked = person.reachable_locked;
  box.setAttribute('aria-describedby', 'person-reachable-hint');
  const label = el('label', '', t('calm.people_reachable_label', { name: person.name }));
  label.htmlFor = box.id;
  box.addEventListener('change', async () => {
    try {
      draw(await setPersonReachable(person.id, box.checked));
    } catch (error) {
      box.checked = !box.checked;
      showMessage($('person-error'), errorText(error));
    }
  });
  row.append(box, label);
  item.insertBefore(row, actions);
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
  return item;
}

function draw(list) {
  $('calm-people-list').replaceChildren(...list.map(personRow));
  $('calm-people-empty').hidden = list.length > 0;
}

function forget() {
  $('calm-people-list').replaceChildren();
  $('calm-people-reachable').replaceChildren();
  $('calm-people-status').textContent = '';
  $('person-form').reset();
}

/** Locked: those reachable without unlocking, and a line for everyone else. */
async function drawReachable() {
  let list = [];
  try {
    list = await lockedPeople();
  } catch (_) {
    // Nothing to show is shown as no one: the line below still leads to unlocking.
  }
  if (session.isUnlocked()) return;
  $('calm-people-reachable').replaceChildren(...list.map(reachRow));
  $('calm-people-locked-text').textContent = list.length ? t('calm.people_locked_others') : t('calm.people_locked');
}

/** Which of the people block's three faces shows: the list (unlocked), those reachable without
 * unlocking and "unlock to see them" (locked), or "choose a passcode to keep a list here"
 * (looking around before one exists). */
async function showPeopleBlock() {
  const status = session.current();
  $('calm-people-open').hidden = status !== 'unlocked';
  $('calm-people-locked').hidden = status !== 'locked';
  $('calm-people-not-set-up').hidden = status !== 'not-set-up';
  if (status === 'locked') await drawReachable();
}

/** The breath's rhythm, as the circle's (`breathe` in app.css): four counts in, six out. */
const IN_MS = 4_000;
const BREATH_MS = 10_000;

/** Whether the person chose to feel the breathing too (phones: one pulse in, two out), as last
 * read while unlocked; kept while locked, forgotten at wipe. */
let vibrate = false;
let cueTimers = [];

/** While the circle breathes and the calm space is on screen, the phone marks each breath in
 * and out. Stops with Stop, and when the calm space is left or the app is out of sight. */
function guide(on) {
  cueTimers.forEach(clearTimeout);
  cueTimers = [];
  $('calm-settle').classList.toggle('vibrating', on && vibrate);
  if (!on || !vibrate) return;
  // Shown from the calm space's own `show`, before the page marks the view: the first breath
  // starts at once, each later one only while the calm space is still on screen.
  const here = () => document.body.dataset.view === 'calm' && !document.hidden;
  const cue = (which) => breathingCue(which).catch(() => {});
  const breath = (first) => {
    if (!first && !here()) return guide(false);
    cue('in');
    cueTimers = [setTimeout(() => here() && cue('out'), IN_MS), setTimeout(() => breath(false), BREATH_MS)];
  };
  breath(true);
}

/** The circle breathes until Stop, and again on "Breathe with the circle again". */
function breathing(on) {
  $('breath').classList.toggle('stopped', !on);
  $('breath-stop').hidden = !on;
  $('breath-start').hidden = on;
  guide(on);
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
      draw(
        await addPerson({
          name: $('person-name').value,
          number: $('person-number').value,
          reachable_locked: $('person-reachable').checked,
        }),
      );
      $('person-form').reset();
    } catch (error) {
      showMessage($('person-error'), errorText(error));
    }
  });
  // Once locked, no name or number stays in the page; the calm space itself stays on screen,
  // its people block following (when it is not shown, showing it draws the block).
  session.onChange(() => {
    if (!session.isUnlocked()) forget();
    if (session.current() === 'not-set-up') vibrate = false;
    if (!$('view-calm').hidden) showPeopleBlock();
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
  if (session.isUnlocked()) {
    try {
      vibrate = (await savedSettings()).haptic_breathing;
    } catch (_) {
      // As last read: the breathing goes on either way.
    }
  }
  breathing(true);
  forget();
  await showPeopleBlock();
  if (session.isUnlocked()) draw(await people());
  const heading = PARTS[part] && $(PARTS[part]);
  if (heading) {
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
}

/** "Need a moment?": open to anyone, locked or not; it shows my people only once unlocked. */
export const screens = [
  {
    route: /^#\/calm(?:\/(settle|people|kind-words))?$/,
    view: 'calm',
    beforeSetUp: true,
    open: true,
    staysWhenLocked: true,
    setUp: (app) => setUpCalm(app.content),
    show: showCalm,
  },
];
