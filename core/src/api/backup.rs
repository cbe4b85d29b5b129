//! Yours to keep: backing up and restoring, auto-delete, and taking the journal along.
//!
//! Backups and journal exports go into the export folder the shell names (Downloads, or
//! `AFTERCARE_EXPORT_DIR`), where the card image goes too: a place a person finds without a
//! file dialog. A restore lists the backups found there, and takes a typed path for one kept
//! elsewhere. A restore goes through the vault's write, so reminders and tiles that came back
//! reach the timer's schedule and `locked-tiles` (`vault/in_step.rs`).

use std::path::{Path, PathBuf};

use rand_core::{CryptoRng, RngCore};
use serde::Serialize;

use crate::{
    backup::{self, BackupKey, JournalExport, Progress, WorkFactor},
    store::{AutoDelete, Deleted, RestoreReport},
    vault::{Passcode, Vault},
    Error,
};

use super::Now;

/// The export folder, or [`Error::NotFound`] when the shell has none.
fn folder(dir: Option<&Path>) -> Result<&Path, Error> {
    dir.ok_or(Error::NotFound {
        what: "folder to save backups in",
    })
}

/// A backup written and read back.
#[derive(Debug, Clone, Serialize)]
pub struct BackupView {
    pub path: String,
    pub records: usize,
    pub journal_entries: usize,
    pub bytes: u64,
}

/// Writes a backup of everything, locked with `passphrase` (checked for strength like the
/// passcode), as `backup-<date>.age` in the export folder, and reads it back.
pub fn back_up(
    vault: &mut Vault,
    dir: Option<&Path>,
    passphrase: &Passcode,
    now: &Now,
    rng: &mut (impl RngCore + CryptoRng),
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupView, Error> {
    let dir = folder(dir)?;
    let key = BackupKey {
        passphrase,
        work: WorkFactor::STANDARD,
    };
    let summary = vault
        .write(|store| backup::write_backup(store, dir, now.today(), now.at, key, rng, progress))?;
    Ok(BackupView {
        path: summary.path.display().to_string(),
        records: summary.records,
        journal_entries: summary.journal_entries,
        bytes: summary.bytes,
    })
}

/// Where backups go, and those found there, newest name first.
#[derive(Debug, Clone, Serialize)]
pub struct BackupsView {
    pub folder: String,
    pub found: Vec<String>,
}

/// The export folder and the backups in it.
pub fn backups(dir: Option<&Path>) -> Result<BackupsView, Error> {
    let dir = folder(dir)?;
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|name| name.starts_with("backup-") && name.ends_with(".age"))
                .collect()
        })
        .unwrap_or_default();
    found.sort_by(|a, b| b.cmp(a));
    Ok(BackupsView {
        folder: dir.display().to_string(),
        found,
    })
}

/// Restores a backup (a name in the export folder, or a full path) into the vault: each
/// record once, checked like a direct write; nothing changes if it fails.
pub fn restore_backup(
    vault: &mut Vault,
    dir: Option<&Path>,
    file: &str,
    passphrase: &Passcode,
    now: chrono::DateTime<chrono::Utc>,
    progress: &mut dyn FnMut(Progress),
) -> Result<RestoreReport, Error> {
    let path = PathBuf::from(file);
    let path = if path.is_absolute() {
        path
    } else {
        folder(dir)?.join(path)
    };
    vault.write(|store| backup::restore_backup(store, &path, passphrase, now, progress))
}

/// The auto-delete choice and how many items it would delete now.
#[derive(Debug, Clone, Serialize)]
pub struct AutoDeleteView {
    pub choice: AutoDelete,
    pub would_go: Deleted,
}

pub fn auto_delete(
    vault: &Vault,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<AutoDeleteView, Error> {
    let store = vault.store()?;
    let choice = store.auto_delete()?;
    let would_go = store.auto_delete_count(&choice, now)?;
    Ok(AutoDeleteView { choice, would_go })
}

/// How many items `choice` would delete now, before it is saved.
pub fn auto_delete_count(
    vault: &Vault,
    choice: &AutoDelete,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Deleted, Error> {
    vault.store()?.auto_delete_count(choice, now)
}

/// Saves the choice and runs it now; says what went.
pub fn set_auto_delete(
    vault: &mut Vault,
    choice: AutoDelete,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Deleted, Error> {
    vault.write(|store| {
        store.set_auto_delete(choice)?;
        store.run_auto_delete(now)
    })
}

/// Writes the journal as Markdown into the export folder: inside an age file locked with
/// `passphrase`, or, only with `plain` (after the screen's warning) and the `passcode` typed
/// again, unencrypted. Returns the file's path.
///
/// Errors: [`Error::Invalid`] without the passphrase, or without the passcode for a plain
/// export; [`Error::WrongPasscode`]; as writing the file.
pub fn export_journal(
    vault: &mut Vault,
    dir: Option<&Path>,
    passphrase: Option<&Passcode>,
    plain: bool,
    passcode: Option<&Passcode>,
    now: &Now,
) -> Result<PathBuf, Error> {
    let dir = folder(dir)?;
    let confirmed = match (plain, passcode) {
        (true, Some(passcode)) => Some(vault.confirm_passcode(passcode, now.at)?),
        (true, None) => {
            return Err(Error::invalid(
                "the passcode is needed to save the journal unencrypted",
            ))
        }
        (false, _) => None,
    };
    let how = match (passphrase, &confirmed) {
        (_, Some(confirmed)) => JournalExport::PlainAfterWarning(confirmed),
        (Some(passphrase), None) => JournalExport::Encrypted(BackupKey {
            passphrase,
            work: WorkFactor::STANDARD,
        }),
        (None, None) => return Err(Error::invalid("a passphrase is needed")),
    };
    backup::export_journal(vault.store()?, dir, now.today(), how)
}
