// Yours to keep (Settings): back up with a progress bar, restore (and the backup's own choices
// for locking and deleting, offered, never taken), auto-delete with the count of what would go
// and a question before it deletes, and the journal exported (plain only with the passcode).
// Also the first run's "Restore from a backup".

import * as ipc from './ipc.js';
import { $, el } from './dom.js';
import { errorText, t } from './strings.js';
import { savedSettings, saveSettings, settingsChanged } from './saved-settings.js';

const OLDER_THAN = [
  ['never', 'keep.keep_all'],
  ['month', 'keep.older_month'],
  ['three-months', 'keep.older_three_months'],
  ['year', 'keep.older_year'],
];

/** What the first run's restore said, shown once Settings opens (with its offer). */
let firstRunResult = null;
let firstRunOffer = null;

/** The saved auto-delete choice, as last shown. */
let savedChoice = null;

/** Runs with the settings once the backup's choices are taken (Settings fills its form). */
let onSettingsTaken = () => {};

const AUTO_DELETE = {
  moments: 'auto-delete-moments',
  check_ins: 'auto-delete-check-ins',
  journal: 'auto-delete-journal',
  their_cards: 'auto-delete-their-cards',
};

/** How many items a count of deletions holds, every kind together. */
export const deletedTotal = (gone) => gone.moments + gone.check_ins + gone.journal + (gone.their_cards || 0);

/** Runs `work()` while a progress bar and a status line show the shell's count. */
async function withProgress(bar, status, key, work) {
  bar.hidden = false;
  bar.removeAttribute('value');
  let running = true;
  const poll = async () => {
    while (running) {
      const progress = await ipc.workProgress().catch(() => null);
      if (progress && running && progress.total > 0) {
        bar.max = progress.total;
        bar.value = progress.done;
        status.textContent = t(key, { done: progress.done, total: progress.total });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  poll();
  try {
    return await work();
  } finally {
    running = false;
    bar.hidden = true;
  }
}

/** Fills a backup picker with the backups in the export folder; says where that is. */
async function listBackups(select) {
  const { folder, found } = await ipc.backups();
  $('keep-folder').textContent = folder;
  const options = found.map((name) => {
    const option = el('option', '', name);
    option.value = name;
    return option;
  });
  if (!options.length) {
    const none = el('option', '', t('keep.restore_none'));
    none.value = '';
    options.push(none);
  }
  select.replaceChildren(...options);
}

/** The file a restore reads: a typed full path, else the backup picked. */
const chosenFile = (select, path) => path.value.trim() || select.value;

function restoredText(report) {
  const text = t('keep.restored', { added: report.added, already: report.already_there });
  return report.invalid ? `${text} ${t('keep.restored_invalid', { invalid: report.invalid })}` : text;
}

function autoDeleteChoice() {
  const choice = {};
  for (const [kind, id] of Object.entries(AUTO_DELETE)) choice[kind] = $(id).value;
  return choice;
}

/** How much a choice deletes: never, a year, three months, a month. */
const strictness = (value) => OLDER_THAN.findIndex(([v]) => v === value);

/** Whether `choice` would delete anything `before` would have kept. */
function deletesMore(choice, before) {
  return Object.keys(AUTO_DELETE).some((kind) => strictness(choice[kind]) > strictness(before ? before[kind] : 'never'));
}

/** The words of one auto-delete value ("A month", "Never"…). */
function olderThanText(value) {
  const [, key] = OLDER_THAN.find(([v]) => v === value) || OLDER_THAN[0];
  return t(key);
}

/**
 * Asks before a choice that deletes more than the saved one, with how many items would go
 * now; resolves to whether the person said yes. Any other choice needs no question.
 */
async function askBeforeDeleting(choice) {
  if (!deletesMore(choice, savedChoice)) return true;
  const would = await ipc.autoDeleteCount(choice);
  const total = deletedTotal(would);
  $('auto-delete-confirm').textContent = t('keep.auto_delete_confirm', { total });
  const dialog = $('auto-delete-dialog');
  return new Promise((resolve) => {
    const answer = (yes) => () => {
      $('auto-delete-yes').onclick = null;
      $('auto-delete-no').onclick = null;
      dialog.onclose = null;
      if (dialog.open) dialog.close();
      resolve(yes);
    };
    $('auto-delete-yes').onclick = answer(true);
    $('auto-delete-no').onclick = answer(false);
    dialog.onclose = answer(false);
    dialog.showModal();
  });
}

/** Saves an auto-delete choice (asked for first) and says what went. */
async function saveAutoDelete(choice) {
  const deleted = await ipc.setAutoDelete(choice);
  savedChoice = choice;
  return deletedTotal(deleted);
}

/** The backup's own choices for locking and deleting, as lines to read; none when it had none. */
function offerLines(offered) {
  const lines = [];
  if (!offered) return lines;
  if (offered.auto_lock_minutes != null) lines.push(t('keep.offer_auto_lock', { minutes: offered.auto_lock_minutes }));
  if (offered.discreet != null) lines.push(t(offered.discreet ? 'keep.offer_discreet_on' : 'keep.offer_discreet_off'));
  if (offered.protect_screen != null) lines.push(t(offered.protect_screen ? 'keep.offer_protect_on' : 'keep.offer_protect_off'));
  if (offered.auto_delete) {
    const a = offered.auto_delete;
    lines.push(
      t('keep.offer_auto_delete', {
        moments: olderThanText(a.moments),
        check_ins: olderThanText(a.check_ins),
        journal: olderThanText(a.journal),
        their_cards: olderThanText(a.their_cards),
      }),
    );
  }
  return lines;
}

/** Shows the backup's choices after a restore, to take or leave; hides the box when none. */
let offer = null;
function showOffer(offered) {
  const lines = offerLines(offered);
  offer = lines.length ? offered : null;
  $('restore-offer-list').replaceChildren(...lines.map((line) => el('li', '', line)));
  $('restore-offer').hidden = !offer;
}

/** "Use the backup's choices": asked first when they delete more; then saved as if chosen here. */
async function takeOffer() {
  const status = $('restore-status');
  const taken = offer;
  if (!taken) return;
  try {
    if (taken.auto_delete && !(await askBeforeDeleting(taken.auto_delete))) {
      status.textContent = t('keep.auto_delete_unchanged');
      return;
    }
    const current = { ...(await savedSettings()) };
    for (const key of ['auto_lock_minutes', 'discreet', 'protect_screen']) {
      if (taken[key] != null) current[key] = taken[key];
    }
    const saved = await saveSettings(current);
    if (taken.auto_delete) {
      await saveAutoDelete(taken.auto_delete);
      for (const [kind, id] of Object.entries(AUTO_DELETE)) $(id).value = taken.auto_delete[kind];
      await showCount();
    }
    showOffer(null);
    onSettingsTaken(saved);
    status.textContent = t('keep.offer_taken');
  } catch (error) {
    status.textContent = errorText(error);
  }
}

async function showCount() {
  try {
    const would = await ipc.autoDeleteCount(autoDeleteChoice());
    $('auto-delete-count').textContent = t('keep.would_go', would);
  } catch (error) {
    $('auto-delete-count').textContent = errorText(error);
  }
}

/** `settingsTaken(saved)` runs once the backup's choices were taken (Settings fills its form). */
export function setUpKeep(settingsTaken) {
  onSettingsTaken = settingsTaken;
  $('restore-offer-use').addEventListener('click', takeOffer);
  $('restore-offer-keep').addEventListener('click', () => {
    showOffer(null);
    $('restore-status').textContent = t('keep.offer_left');
  });
  for (const id of Object.values(AUTO_DELETE)) {
    $(id).replaceChildren(
      ...OLDER_THAN.map(([value, key]) => {
        const option = el('option', '', t(key));
        option.value = value;
        return option;
      }),
    );
    $(id).addEventListener('change', showCount);
  }
  $('backup-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = $('backup-status');
    const passphrase = $('backup-passphrase').value;
    if (passphrase !== $('backup-passphrase-again').value) {
      status.textContent = t('welcome.mismatch');
      return;
    }
    const button = $('backup-form').querySelector('button');
    button.disabled = true;
    try {
      const made = await withProgress($('backup-progress'), status, 'keep.backing_up', () => ipc.backUp(passphrase));
      $('backup-passphrase').value = '';
      $('backup-passphrase-again').value = '';
      status.textContent = t('keep.backed_up', { records: made.records, path: made.path });
      await listBackups($('restore-found'));
    } catch (error) {
      status.textContent = errorText(error);
    } finally {
      button.disabled = false;
    }
  });
  $('restore-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = $('restore-status');
    const button = $('restore-form').querySelector('button');
    button.disabled = true;
    try {
      const file = chosenFile($('restore-found'), $('restore-path'));
      const report = await withProgress($('restore-progress'), status, 'keep.restoring', () =>
        ipc.restoreBackup(file, $('restore-passphrase').value),
      );
      // Settings, taps and tiles of one's own may have come back.
      settingsChanged();
      $('restore-passphrase').value = '';
      status.textContent = restoredText(report);
      showOffer(report.offered);
    } catch (error) {
      status.textContent = errorText(error);
    } finally {
      button.disabled = false;
    }
  });
  $('auto-delete-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = $('auto-delete-status');
    try {
      const choice = autoDeleteChoice();
      if (!(await askBeforeDeleting(choice))) {
        status.textContent = t('keep.auto_delete_unchanged');
        return;
      }
      status.textContent = t('keep.auto_delete_saved', { total: await saveAutoDelete(choice) });
      await showCount();
    } catch (error) {
      status.textContent = errorText(error);
    }
  });
  $('journal-export-plain').addEventListener('change', () => {
    const plain = $('journal-export-plain').checked;
    $('journal-export-warning').hidden = !plain;
    $('journal-export-confirm').hidden = !plain;
  });
  $('journal-export-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const plain = $('journal-export-plain').checked;
    const passphrase = plain ? null : $('journal-export-passphrase').value;
    // Unencrypted, the journal leaves only with the passcode typed again (the core asks too).
    const passcode = plain ? $('journal-export-passcode').value : null;
    try {
      const path = await ipc.exportJournal(passphrase, plain, passcode);
      $('journal-export-passphrase').value = '';
      $('journal-export-passcode').value = '';
      $('journal-export-status').textContent = t('keep.exported', { path });
    } catch (error) {
      $('journal-export-status').textContent = errorText(error);
    }
  });
}

export async function showKeep() {
  for (const id of ['backup-status', 'restore-status', 'auto-delete-status', 'journal-export-status']) {
    $(id).textContent = '';
  }
  if (firstRunResult) $('restore-status').textContent = firstRunResult;
  showOffer(firstRunOffer);
  firstRunResult = null;
  firstRunOffer = null;
  $('journal-export-plain').checked = false;
  $('journal-export-warning').hidden = true;
  $('journal-export-confirm').hidden = true;
  $('journal-export-passcode').value = '';
  await listBackups($('restore-found')).catch((error) => {
    $('keep-folder').textContent = errorText(error);
  });
  const { choice, would_go: wouldGo } = await ipc.autoDelete();
  savedChoice = choice;
  for (const [kind, id] of Object.entries(AUTO_DELETE)) $(id).value = choice[kind];
  $('auto-delete-count').textContent = t('keep.would_go', wouldGo);
}

/** First run: "Restore from a backup" opens the fields; the welcome form reads them. */
export function setUpFirstRunRestore() {
  const box = $('welcome-restore-box');
  $('welcome-restore').addEventListener('click', async () => {
    box.hidden = !box.hidden;
    $('welcome-restore').setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) await listBackups($('welcome-restore-found')).catch(() => {});
  });
}

/**
 * After the first run's set-up: restores the backup chosen there, if one was, and says
 * whether it tried. What it said is shown in Settings' restore box (where a failed one can be
 * tried again).
 */
export async function restoreAfterSetUp() {
  if ($('welcome-restore-box').hidden) return false;
  const file = chosenFile($('welcome-restore-found'), $('welcome-restore-path'));
  const passphrase = $('welcome-restore-passphrase').value;
  $('welcome-restore-passphrase').value = '';
  $('welcome-restore-box').hidden = true;
  try {
    const report = await ipc.restoreBackup(file, passphrase);
    settingsChanged();
    firstRunResult = restoredText(report);
    firstRunOffer = report.offered;
  } catch (error) {
    firstRunResult = `${t('keep.first_run_failed')} ${errorText(error)}`;
  }
  return true;
}
