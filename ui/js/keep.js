// Yours to keep (Settings): back up with a progress bar, restore, auto-delete with the count of
// what would go, and the journal exported. Also the first run's "Restore from a backup".

import * as ipc from './ipc.js';
import { $, el } from './dom.js';
import { errorText, t } from './strings.js';

const OLDER_THAN = [
  ['', 'keep.keep_all'],
  ['month', 'keep.older_month'],
  ['three-months', 'keep.older_three_months'],
  ['year', 'keep.older_year'],
];

/** What the first run's restore said, shown once Settings opens. */
let firstRunResult = null;

const AUTO_DELETE = { moments: 'auto-delete-moments', check_ins: 'auto-delete-check-ins', journal: 'auto-delete-journal' };

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
  for (const [kind, id] of Object.entries(AUTO_DELETE)) choice[kind] = $(id).value || null;
  return choice;
}

async function showCount() {
  try {
    const would = await ipc.countAutoDelete(autoDeleteChoice());
    $('auto-delete-count').textContent = t('keep.would_go', would);
  } catch (error) {
    $('auto-delete-count').textContent = errorText(error);
  }
}

export function setUpKeep() {
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
      $('restore-passphrase').value = '';
      status.textContent = restoredText(report);
    } catch (error) {
      status.textContent = errorText(error);
    } finally {
      button.disabled = false;
    }
  });
  $('auto-delete-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const deleted = await ipc.setAutoDelete(autoDeleteChoice());
      const total = deleted.moments + deleted.check_ins + deleted.journal;
      $('auto-delete-status').textContent = t('keep.auto_delete_saved', { total });
      await showCount();
    } catch (error) {
      $('auto-delete-status').textContent = errorText(error);
    }
  });
  $('journal-export-plain').addEventListener('change', () => {
    $('journal-export-warning').hidden = !$('journal-export-plain').checked;
  });
  $('journal-export-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const plain = $('journal-export-plain').checked;
    const passphrase = plain ? null : $('journal-export-passphrase').value;
    try {
      const path = await ipc.exportJournal(passphrase, plain);
      $('journal-export-passphrase').value = '';
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
  firstRunResult = null;
  $('journal-export-plain').checked = false;
  $('journal-export-warning').hidden = true;
  await listBackups($('restore-found')).catch((error) => {
    $('keep-folder').textContent = errorText(error);
  });
  const { choice, wouldGo } = await ipc.autoDelete();
  for (const [kind, id] of Object.entries(AUTO_DELETE)) $(id).value = choice[kind] || '';
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
    firstRunResult = restoredText(await ipc.restoreBackup(file, passphrase));
  } catch (error) {
    firstRunResult = `${t('keep.first_run_failed')} ${errorText(error)}`;
  }
  return true;
}
