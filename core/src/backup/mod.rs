//! Backups a person keeps: one file in the [age](https://age-encryption.org) format, locked
//! with a passphrase of their choosing, that the standard `age` tool opens without this app.
//!
//! **Format 1.** The file is an age file (version 1) with one passphrase recipient (scrypt,
//! work factor 2^18, [`WorkFactor::STANDARD`]); inside is a tar stream (ustar) of
//!
//! ```text
//! aftercare-backup/manifest.json         {"format": "aftercare-backup", "version": 1,
//!                                         "created_at", "app_version", "counts": {…}}
//! aftercare-backup/README.txt            what this is, in plain words
//! aftercare-backup/records/moments.json  [{id, started_at, last_activity_at, ended_at, company}]
//! aftercare-backup/records/care.json     [{id, moment, action, at}]
//! aftercare-backup/records/check-ins.json [{id, moment, at, company, scales, answers, note}]
//! aftercare-backup/records/journal.json  [{id, moment, created_at, updated_at, prompt, body}]
//! aftercare-backup/records/reminders.json [{id, moment, preset, due_at, state, created_at}]
//! aftercare-backup/records/people.json   [{id, name, number}]
//! aftercare-backup/records/own-tiles.json [{id, title, steps, say, show_locked}] (optional)
//! aftercare-backup/records/their-cards.json [{id, name, added_at, card}]       (optional)
//! aftercare-backup/records/card.json     the card's answers, or null
//! aftercare-backup/records/settings.json {"auto_lock_minutes": "5", …} (only those changed)
//! aftercare-backup/journal/<date>-<time>-<id>.md  each entry as Markdown with front matter
//! ```
//!
//! (the record types are in `store/backup.rs`). The JSON files are what a restore reads; the
//! Markdown files are there for the person. `age -d backup.age | tar x` opens it anywhere.
//!
//! The file is written as a stream: records go from the database through tar and age into the
//! file, so no plaintext ever touches the disk. Before success is reported the file is read
//! back from the disk, decrypted and parsed, and must give back exactly what was written. The
//! passphrase is stretched once per backup, while the records are read: the read-back opens the
//! file with the file key its header was written with, once the header on disk is found to hold
//! exactly the stanza written (age still checks the header's MAC and every chunk with it).
//!
//! **Why 2^18.** It is what the reference `age` tool itself writes for a passphrase, so every
//! age implementation accepts it (the Go tool refuses more than 2^22, and `rage` by default
//! more than about 16 times its own one-second work), it costs about a second on a desktop and
//! 256 MiB of memory, which a phone from the last years has to spare (the app's own Argon2id
//! takes 128 MiB). Reading accepts one step more, 2^19 ([`MAX_WORK_FACTOR`]), so a file made
//! with a slightly higher setting still opens; the work factor is read from the file's header
//! before any scrypt work, so one asking for more (2^20 is a gigabyte) is refused at once.
//!
//! **A backup is untrusted input** (a file from anywhere, and whoever made it knows its
//! passphrase), so a restore bounds what it can cost: a file over [`MAX_BACKUP_BYTES`] is
//! refused before it is opened; inside, only plain files are read (no links, folders, devices
//! or tar extensions: the app writes none), none over [`MAX_PART_BYTES`] (checked from its
//! header, before it is read), and only the manifest and the records are kept in memory. The
//! limits are far above what the app writes: a journal entry a day for 20 years, 2,000
//! characters each, makes a backup of about 35 MB.

mod archive;
mod contents;
mod journal;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use rand_core::{CryptoRng, RngCore};
use serde::Serialize;

pub use self::journal::{export_journal, JournalExport};
use crate::{
    content::Content,
    fs::create_unique,
    store::{RestoreReport, Store},
    vault::Passcode,
    Error,
};

/// The name in the manifest's `format` field.
pub const FORMAT_NAME: &str = "aftercare-backup";
/// The format this version writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// The most scrypt work (as log2 of N) accepted when opening a backup: one step above what
/// the app writes ([`WorkFactor::STANDARD`]), 512 MiB of scrypt memory.
pub const MAX_WORK_FACTOR: u8 = 19;
/// The largest backup file opened (256 MiB).
pub const MAX_BACKUP_BYTES: u64 = 256 << 20;
/// The largest file inside a backup that is read (64 MiB).
pub const MAX_PART_BYTES: u64 = 64 << 20;

/// The scrypt work factor (log2 of N) a backup is written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkFactor(pub(crate) u8);

impl WorkFactor {
    /// What the app writes: 2^18, as the reference `age` tool does (see the module's notes).
    pub const STANDARD: WorkFactor = WorkFactor(18);
    /// Cheap, for tests only: a backup written with it opens in milliseconds.
    pub const INSECURE_FOR_TESTS: WorkFactor = WorkFactor(10);
}

/// What locks a backup: the passphrase and the scrypt work factor.
#[derive(Debug, Clone, Copy)]
pub struct BackupKey<'a> {
    pub passphrase: &'a Passcode,
    pub work: WorkFactor,
}

/// How far a long piece of work is: `done` of `total` items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// A backup written and read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupSummary {
    /// Where the file is.
    pub path: PathBuf,
    /// Records in it (moments, care, check-ins, journal entries, reminders, people, tiles of
    /// one's own, their cards, the card, settings).
    pub records: usize,
    /// Journal entries, each also a Markdown file inside.
    pub journal_entries: usize,
    /// The file's size, in bytes.
    pub bytes: u64,
}

/// What a backup file holds, read and parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupContents {
    pub created_at: DateTime<Utc>,
    pub snapshot: crate::store::backup::Snapshot,
    /// Records that did not read as a record of their kind (a field missing or of the wrong
    /// type): counted as invalid by a restore.
    pub unreadable: usize,
    /// Markdown files of journal entries inside.
    pub journal_files: usize,
}

/// Writes a backup of everything in `store` into `dir` as `backup-<date>.age` (never over an
/// existing file: `-2`, `-3`… are taken instead), owner-only, and reads it back before saying
/// it worked. `progress` hears of each record written.
///
/// Errors: [`Error::PasscodeTooShort`] or [`Error::WeakPasscode`] for a passphrase that would
/// be easy to guess (the passcode's rule), [`Error::Io`] when the folder cannot be written,
/// [`Error::DamagedBackup`] when the file does not read back as written, whatever the reading
/// found wrong (it is removed).
pub fn write_backup(
    store: &mut Store,
    dir: &Path,
    date: NaiveDate,
    now: DateTime<Utc>,
    key: BackupKey<'_>,
    rng: &mut (impl RngCore + CryptoRng),
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupSummary, Error> {
    write_backup_tampered_for_tests(store, dir, date, now, key, rng, progress, &mut |_| {})
}

/// [`write_backup`], with `tamper` done to the file after it is written and before it is
/// read back: for the tests of what a read-back that differs does.
#[doc(hidden)]
#[allow(clippy::too_many_arguments)]
pub fn write_backup_tampered_for_tests(
    store: &mut Store,
    dir: &Path,
    date: NaiveDate,
    now: DateTime<Utc>,
    key: BackupKey<'_>,
    rng: &mut (impl RngCore + CryptoRng),
    progress: &mut dyn FnMut(Progress),
    tamper: &mut dyn FnMut(&Path),
) -> Result<BackupSummary, Error> {
    let passphrase = key.passphrase;
    passphrase.check_strength()?;
    let (path, file) = create_unique(dir, "backup", date, "age")?;
    let written = std::thread::scope(|scope| {
        // The passphrase is stretched (the long part) while the records are read.
        let header = scope.spawn(move || archive::start(file, key));
        let records = store.backup_snapshot(rng).and_then(|snapshot| {
            // The README in the person's language; the records are the same in every language.
            Ok((snapshot, readme(store.words()?)))
        });
        let header = header
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let ((snapshot, readme), (out, header)) = (records?, header?);
        let digest = archive::write(out, &snapshot, &readme, now, progress)?;
        tamper(&path);
        // Whatever reading back finds (a changed salt reads as another key), the file just
        // written is not what was meant: a damaged backup.
        let (read, read_digest) = archive::read_back(&path, &header).map_err(|e| match e {
            Error::Io { .. } => e,
            _ => Error::DamagedBackup {
                what: "it did not read back as written",
            },
        })?;
        let same = read_digest == digest
            && read.snapshot == snapshot
            && read.unreadable == 0
            && read.journal_files == snapshot.journal.len();
        if !same {
            return Err(Error::DamagedBackup {
                what: "it did not read back as written",
            });
        }
        let metadata = std::fs::metadata(&path).map_err(Error::io("backup"))?;
        Ok(BackupSummary {
            path: path.clone(),
            records: snapshot.records(),
            journal_entries: snapshot.journal.len(),
            bytes: metadata.len(),
        })
    });
    if written.is_err() {
        let _ = std::fs::remove_file(&path);
    }
    written
}

/// The tar stream inside a backup, unencrypted, in memory: for the fuzz target's seeds only.
#[doc(hidden)]
pub fn plain_tar_for_fuzzing(
    snapshot: &crate::store::backup::Snapshot,
    now: DateTime<Utc>,
) -> Vec<u8> {
    let readme = readme(Content::embedded().expect("the embedded content"));
    contents::write_tar(Vec::new(), snapshot, &readme, now, &mut |_| {}).expect("writing to memory")
}

/// The backup's README.txt, in the words of `content`'s language.
fn readme(content: &Content) -> String {
    let mut text = content
        .text("backup_file.readme", &[])
        .expect("every language has backup_file-readme (checked by the content's tests)");
    text.push('\n');
    text
}

/// Parses a backup's tar stream as a restore does once it is decrypted: for the fuzz target.
#[doc(hidden)]
pub fn read_plain_tar_for_fuzzing(data: &[u8]) -> Result<BackupContents, Error> {
    contents::read_tar(&mut contents::Hashing::new(data), &mut |_| {})
}

/// Opens and parses a backup file.
///
/// Errors, each leaving everything as it was: [`Error::NotABackup`] for a file that is not
/// an age file locked with a passphrase holding our manifest; [`Error::WrongBackupPassphrase`];
/// [`Error::NewerBackup`]; [`Error::DamagedBackup`] for one cut short or changed;
/// [`Error::NotFound`] and [`Error::Io`] when the file cannot be read.
pub fn read_backup(
    path: &Path,
    passphrase: &Passcode,
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupContents, Error> {
    archive::read(path, passphrase, progress).map(|(contents, _)| contents)
}

/// Restores a backup into `store`: every record merged once (by its backup id), each checked
/// like a direct write, all in one transaction; invalid ones are counted, never merged. The
/// card and settings are taken only where this device has none of its own. On any error
/// nothing is changed (see [`read_backup`] for the errors).
pub fn restore_backup(
    store: &mut Store,
    path: &Path,
    passphrase: &Passcode,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(Progress),
) -> Result<RestoreReport, Error> {
    let contents = read_backup(path, passphrase, &mut |_| {})?;
    let content = Content::embedded().map_err(|e| Error::Content(e.clone()))?;
    // The merge is the long part (each record checked, looked up and written): it is what
    // the count follows.
    let total = contents.snapshot.records();
    progress(Progress { done: 0, total });
    let mut merged = |done: usize| {
        if done.is_multiple_of(100) || done == total {
            progress(Progress { done, total });
        }
    };
    let mut report = store.restore(&contents.snapshot, content, now, &mut merged)?;
    report.invalid += contents.unreadable;
    Ok(report)
}
