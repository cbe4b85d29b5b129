//! "Export journal": the journal as one Markdown file, inside an age file by default.

use std::{
    io::Write,
    iter,
    path::{Path, PathBuf},
};

use age::scrypt;
use chrono::NaiveDate;

use super::BackupKey;
use crate::{
    content::{Arg, Content},
    fs::create_unique,
    model::JournalEntry,
    store::Store,
    vault::PasscodeConfirmed,
    Error,
};

/// How the journal leaves the vault.
#[derive(Debug, Clone, Copy)]
pub enum JournalExport<'a> {
    /// Markdown inside an age file locked with a passphrase (`journal-<date>.md.age`); the
    /// default, and what the app offers first.
    Encrypted(BackupKey<'a>),
    /// Plain Markdown (`journal-<date>.md`), readable by anyone who gets the file: only after
    /// the screen's clear warning, and with the passcode typed again (the proof of it).
    PlainAfterWarning(&'a PasscodeConfirmed),
}

/// Writes every journal entry, oldest first, as one Markdown document into `dir`, owner-only
/// and never over an existing file; returns its path.
///
/// Errors: a weak passphrase as for a backup; [`Error::Io`] when the folder cannot be written
/// (nothing is left behind).
pub fn export_journal(
    store: &Store,
    dir: &Path,
    date: NaiveDate,
    how: JournalExport<'_>,
) -> Result<PathBuf, Error> {
    if let JournalExport::Encrypted(key) = how {
        key.passphrase.check_strength()?;
    }
    let mut entries = store.journal_entries(u32::MAX, 0)?;
    entries.reverse();
    let text = markdown(&entries, date, store.words()?);
    let ext = match how {
        JournalExport::Encrypted(_) => "md.age",
        JournalExport::PlainAfterWarning(_) => "md",
    };
    let (path, file) = create_unique(dir, "journal", date, ext)?;
    let written = match how {
        JournalExport::Encrypted(key) => write_encrypted(file, key, text.as_bytes()),
        JournalExport::PlainAfterWarning(_) => write_plain(file, text.as_bytes()),
    };
    match written {
        Ok(()) => Ok(path),
        Err(e) => {
            let _ = std::fs::remove_file(&path);
            Err(Error::io("journal export")(e))
        }
    }
}

fn write_plain(mut file: std::fs::File, text: &[u8]) -> std::io::Result<()> {
    file.write_all(text)?;
    file.sync_all()
}

fn write_encrypted(file: std::fs::File, key: BackupKey<'_>, text: &[u8]) -> std::io::Result<()> {
    let mut recipient = scrypt::Recipient::new(super::archive::secret(key.passphrase));
    recipient.set_work_factor(key.work.0);
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .expect("one passphrase recipient is a valid set");
    let mut out = encryptor.wrap_output(std::io::BufWriter::new(file))?;
    out.write_all(text)?;
    let file = out.finish()?.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()
}

/// The journal as one Markdown document: a title, then each entry under its date and time
/// (UTC), oldest first; the headings in the person's language.
fn markdown(entries: &[JournalEntry], date: NaiveDate, words: &Content) -> String {
    let date = date.to_string();
    let count = entries.len() as u64;
    let said = |key: &str, args: &[(&str, Arg<'_>)]| {
        words
            .text(key, args)
            .expect("every language has the journal's headings (checked by the content's tests)")
    };
    let mut out = format!(
        "# {}\n\n{}\n",
        said("backup_file.journal_title", &[]),
        said(
            "backup_file.journal_intro",
            &[("date", Arg::Text(&date)), ("entries", Arg::Number(count))]
        )
    );
    for entry in entries {
        out.push_str(&format!(
            "\n## {}\n\n{}\n",
            entry.created_at.format("%Y-%m-%d %H:%M UTC"),
            entry.body.trim_end()
        ));
    }
    out
}
