//! Yours to keep: backing up and restoring, auto-delete, and taking the journal along.
//!
//! Backups and journal exports go into the export folder (Downloads, or
//! `AFTERCARE_EXPORT_DIR`), where the card image goes too: a place a person finds without a
//! file dialog, and from which they copy the file wherever they keep things. The screen
//! shows the full path. A restore lists the backups found there, and takes a typed path for
//! one kept elsewhere.

use std::path::{Path, PathBuf};

use aftercare_core::{
    backup::{self, BackupKey, JournalExport, Progress, WorkFactor},
    store::{AutoDelete, Deleted, RestoreReport},
    vault::Passcode,
    Error,
};
use serde::Serialize;

use super::{commands, Secret};
use crate::{clock, state::AppState};

/// A backup written and read back.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupView {
    pub path: String,
    pub records: usize,
    pub journal_entries: usize,
    pub bytes: u64,
}

/// Where backups go, and those found there, newest name first.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupsView {
    pub folder: String,
    pub found: Vec<String>,
}

/// The auto-delete choice and how many items it would delete now.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AutoDeleteView {
    pub choice: AutoDelete,
    pub would_go: Deleted,
}

fn export_dir(state: &AppState) -> Result<&Path, Error> {
    state.export_dir.as_deref().ok_or(Error::NotFound {
        what: "folder to save backups in",
    })
}

/// Runs long work with its progress kept where `work_progress` reads it.
fn with_progress<T>(state: &AppState, work: impl FnOnce(&mut dyn FnMut(Progress)) -> T) -> T {
    let mut report = |p: Progress| state.set_progress(Some(p));
    let out = work(&mut report);
    state.set_progress(None);
    out
}

commands! {
    /// Writes a backup of everything, locked with `passphrase` (checked for strength like
    /// the passcode), as `backup-<date>.age` in the export folder, and reads it back.
    fn back_up(state, now, passphrase: Secret) -> BackupView {
        let passphrase = Passcode::from(passphrase);
        let dir = export_dir(state)?.to_owned();
        let today = now.with_timezone(&clock::time_zone()).date_naive();
        let mut vault = state.vault()?;
        let store = vault.store()?;
        let key = BackupKey { passphrase: &passphrase, work: WorkFactor::STANDARD };
        let summary = with_progress(state, |progress| {
            backup::write_backup(store, &dir, today, now, key, &mut clock::rng(), progress)
        })?;
        Ok(BackupView {
            path: summary.path.display().to_string(),
            records: summary.records,
            journal_entries: summary.journal_entries,
            bytes: summary.bytes,
        })
    }

    /// How far the backup or restore under way is; `None` when none is.
    fn work_progress(state, _now) -> Option<Progress> {
        Ok(state.progress())
    }

    /// The export folder and the backups in it.
    fn backups(state, _now) -> BackupsView {
        let dir = export_dir(state)?;
        let mut found: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .filter(|name| name.starts_with("backup-") && name.ends_with(".age"))
                    .collect()
            })
            .unwrap_or_default();
        found.sort_by(|a, b| b.cmp(a));
        Ok(BackupsView { folder: dir.display().to_string(), found })
    }

    /// Restores a backup (a name in the export folder, or a full path) into the vault: each
    /// record once, checked like a direct write; nothing changes if it fails.
    fn restore_backup(state, now, file: String, passphrase: Secret) -> RestoreReport {
        let passphrase = Passcode::from(passphrase);
        let path = PathBuf::from(&file);
        let path = if path.is_absolute() { path } else { export_dir(state)?.join(path) };
        let mut vault = state.vault()?;
        let report = with_progress(state, |progress| {
            backup::restore_backup(vault.store()?, &path, &passphrase, now, progress)
        })?;
        // Reminders may have come back: the timer works from the schedule file.
        vault.sync_schedule()?;
        state.wake_timer();
        // Tiles of one's own may have come back, some chosen for Home while locked.
        vault.write_locked_tiles()?;
        Ok(report)
    }

    fn auto_delete(state, now) -> AutoDeleteView {
        let mut vault = state.vault()?;
        let store = vault.store()?;
        let choice = store.auto_delete()?;
        let would_go = store.auto_delete_count(&choice, now)?;
        Ok(AutoDeleteView { choice, would_go })
    }

    /// How many items `choice` would delete now, before it is saved.
    fn count_auto_delete(state, now, choice: AutoDelete) -> Deleted {
        Ok(state.vault()?.store()?.auto_delete_count(&choice, now)?)
    }

    /// Saves the choice and runs it now; says what went.
    fn set_auto_delete(state, now, choice: AutoDelete) -> Deleted {
        let mut vault = state.vault()?;
        let store = vault.store()?;
        store.set_auto_delete(choice)?;
        Ok(store.run_auto_delete(now)?)
    }

    /// Writes the journal as Markdown into the export folder: inside an age file locked with
    /// `passphrase`, or, only with `plain` (after the screen's warning) and the `passcode`
    /// typed again, unencrypted.
    fn export_journal(state, now, passphrase: Option<Secret>, plain: bool, passcode: Option<Secret>) -> String {
        let dir = export_dir(state)?.to_owned();
        let today = now.with_timezone(&clock::time_zone()).date_naive();
        let passphrase = passphrase.map(Passcode::from);
        let mut vault = state.vault()?;
        let confirmed = match (plain, passcode) {
            (true, Some(passcode)) => Some(vault.confirm_passcode(&Passcode::from(passcode), now)?),
            (true, None) => {
                let reason = "the passcode is needed to save the journal unencrypted".to_owned();
                return Err(Error::Invalid { reason }.into());
            }
            (false, _) => None,
        };
        let how = match (&passphrase, &confirmed) {
            (_, Some(confirmed)) => JournalExport::PlainAfterWarning(confirmed),
            (Some(passphrase), None) => JournalExport::Encrypted(BackupKey {
                passphrase,
                work: WorkFactor::STANDARD,
            }),
            (None, None) => {
                let reason = "a passphrase is needed".to_owned();
                return Err(Error::Invalid { reason }.into());
            }
        };
        let path = backup::export_journal(vault.store()?, &dir, today, how)?;
        Ok(path.display().to_string())
    }
}
