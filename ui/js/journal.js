// The journal: a list (newest first) with search, and an editor for one entry with optional
// prompts. Words typed and not saved are kept while the app is open (Back, Escape, another
// screen) and come back when that entry is opened again; before the app locks they are saved,
// so nothing typed is lost.

import * as ipc from './ipc.js';
import { chip, releaseAll, setPressed } from './chips.js';
import { $, el, formatDateTime, showMessage, timeEl, timeWords } from './dom.js';
import * as session from './session.js';
import { leaveFormFor } from './nav.js';
import { errorText, t } from './strings.js';

const PROMPTS = ['favourite', 'worked', 'needed', 'next_time'];
let editing = null; // the entry open in the editor, or null for a new one
let prompt = null;
let draftSavedOnLock = false;
let recentMoment = null; // the current moment, offered as a link for a new entry
/** Unsaved words by entry ('new', or an entry's id): { body, prompt }. */
const drafts = new Map();
const draftKey = () => (editing ? String(editing.id) : 'new');

/** Keeps what the editor holds as a draft, or forgets it once it says what is saved. */
function keepDraft() {
  const body = $('entry-body').value;
  if (body === (editing ? editing.body : '') || (!editing && !body.trim())) drafts.delete(draftKey());
  else drafts.set(draftKey(), { body, prompt });
}

function entryItem(entry) {
  const link = el('a', 'entry-link');
  link.href = `#/journal/${entry.id}`;
  link.dataset.entry = String(entry.id);
  const first = entry.body.split('\n')[0];
  link.append(el('span', 'entry-preview', first.length > 140 ? `${first.slice(0, 140)}…` : first));
  link.append(timeEl(entry.created_at, formatDateTime(entry.created_at), 'entry-date'));
  const item = el('li');
  item.append(link);
  return item;
}

async function drawList(query) {
  const entries = query ? await ipc.journalSearch(query) : await ipc.journalEntries(100, 0);
  $('journal-list').replaceChildren(...entries.map(entryItem));
  // Which search the list shows, so what reads it (a journey) can tell a redrawn list apart.
  $('journal-list').dataset.query = query;
  const empty = $('journal-empty');
  empty.textContent = query ? t('journal.no_results') : t('journal.empty');
  empty.hidden = entries.length > 0;
}

export async function showJournal() {
  $('journal-draft-note').hidden = !draftSavedOnLock;
  draftSavedOnLock = false;
  $('journal-search').value = '';
  await drawList('');
}

export async function showEntry(id) {
  showMessage($('entry-error'), '');
  prompt = null;
  editing = id === 'new' ? null : await ipc.journalEntry(Number(id));
  const kept = drafts.get(id);
  $('entry-body').value = kept ? kept.body : editing ? editing.body : '';
  $('entry-draft-note').hidden = !kept;
  $('entry-delete').hidden = !editing;
  $('entry-prompts-set').hidden = Boolean(editing);
  releaseAll($('entry-prompts'));
  if (kept && !editing && kept.prompt) {
    prompt = kept.prompt;
    setPressed($('entry-prompts').querySelector(`[data-prompt="${prompt}"]`), true);
  }
  $('entry-moment').textContent =
    editing && editing.moment ? t('journal.linked_moment', { date: formatDateTime(editing.created_at) }) : '';
  recentMoment = editing ? null : await ipc.recentMoment();
  $('entry-link-row').hidden = !recentMoment;
  $('entry-link-moment').checked = true;
  if (recentMoment) $('entry-link-label').textContent = t('journal.link_moment', timeWords(recentMoment.started_at));
}

async function save() {
  const body = $('entry-body').value;
  if (!body.trim()) return null;
  const key = draftKey();
  editing = editing
    ? await ipc.editJournalEntry(editing.id, body)
    : await ipc.createJournalEntry(
        body,
        prompt ? `journal.prompt.${prompt}` : null,
        recentMoment && $('entry-link-moment').checked ? recentMoment.id : null,
      );
  drafts.delete(key);
  return editing;
}

export function setUpJournal() {
  $('journal-search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    await drawList($('journal-search').value.trim());
  });
}

export function setUpEntry(rules) {
  $('entry-body').maxLength = rules.max_text_chars;
  // A prompt is picked, not toggled: a second tap leaves it chosen.
  $('entry-prompts').replaceChildren(
    ...PROMPTS.map((name) => {
      const button = chip(t(`journal.prompt.${name}`), { prompt: name });
      button.addEventListener('click', () => {
        releaseAll($('entry-prompts'));
        setPressed(button, true);
        prompt = name;
        const area = $('entry-body');
        if (!area.value.trim()) area.value = `${t(`journal.prompt.${name}`)} `;
        keepDraft();
        area.focus();
      });
      return button;
    }),
  );
  $('entry-body').addEventListener('input', keepDraft);
  $('entry-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      if (await save()) leaveFormFor('#/journal');
    } catch (error) {
      showMessage($('entry-error'), errorText(error));
    }
  });
  const dialog = $('entry-delete-dialog');
  $('entry-delete').addEventListener('click', () => dialog.showModal());
  $('entry-delete-no').addEventListener('click', () => dialog.close());
  $('entry-delete-yes').addEventListener('click', async () => {
    dialog.close();
    try {
      await ipc.deleteJournalEntry(editing.id);
      drafts.delete(String(editing.id));
      editing = null;
      leaveFormFor('#/journal');
    } catch (error) {
      showMessage($('entry-error'), errorText(error));
    }
  });
  // Locking must not lose words: save the open draft and the kept ones first. Then they leave
  // the page, saved or not (locked by the shell, nothing can be saved: they go with the rest).
  session.beforeLock(async () => {
    try {
      if (!$('view-entry').hidden && $('entry-body').value.trim()) {
        await save();
        draftSavedOnLock = true;
      }
      for (const [key, draft] of drafts) {
        if (key === 'new') await ipc.createJournalEntry(draft.body, draft.prompt ? `journal.prompt.${draft.prompt}` : null, null);
        else await ipc.editJournalEntry(Number(key), draft.body);
        drafts.delete(key);
        draftSavedOnLock = true;
      }
    } finally {
      drafts.clear();
    }
  });
}

/** Forgets what the journal showed (at lock): the list, the search, the editor. */
function forgetJournal() {
  $('journal-list').replaceChildren();
  $('journal-search').value = '';
}

function forgetEntry() {
  $('entry-body').value = '';
  $('entry-form').reset();
}

/** The journal and its editor, as main.js registers them. */
export const screens = [
  { route: /^#\/journal$/, view: 'journal', needsUnlock: true, setUp: setUpJournal, show: showJournal, forget: forgetJournal },
  {
    route: /^#\/journal\/(new|\d+)$/,
    view: 'entry',
    needsUnlock: true,
    setUp: (app) => setUpEntry(app.rules),
    show: showEntry,
    forget: forgetEntry,
  },
];
