//! Wipe, and the files it removes: every file of ours, the key slot first, so that a wipe cut
//! short leaves nothing that opens (and the folder reads as unfinished, which the app offers to
//! clear). [`DATA_FILES`] is the one list of the data folder's files, and says how each is
//! read: a fuzz target covers every one read by a parser of ours (`fuzz/tests/seeds.rs`).

use std::path::PathBuf;

use super::{
    attempts::ATTEMPTS_FILE,
    biometric::BIOMETRIC_SLOT_FILE,
    inbox::{LEGACY_INBOX_FILE, SEALED_DIR},
    locked_people::LOCKED_PEOPLE_FILE,
    locked_tiles::LOCKED_TILES_FILE,
    schedule_file::SCHEDULE_FILE,
    slot::{SLOT_FILE, SLOT_NEXT_FILE},
    Vault, VaultStatus, DB_FILE, DB_NEXT_FILE,
};
use crate::{content::Content, fs::sync_dir, Error};

/// How the app reads one of the files it keeps in the data folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// By a parser of ours, from bytes anyone who can write the folder may have changed (for
    /// a folder, each file in it).
    Parsed,
    /// By SQLCipher, which checks every page with the data key.
    Database,
    /// Never: a temp file of a write cut short, replaced or removed.
    Never,
}

/// One file (or folder) of ours in the data folder.
#[derive(Debug, Clone, Copy)]
pub struct DataFile {
    pub name: &'static str,
    pub reading: Reading,
    /// Files beside it, named by a suffix: the temp file of one written whole, a database's
    /// logs.
    pub beside: &'static [(&'static str, Reading)],
}

const WRITTEN_WHOLE: &[(&str, Reading)] = &[(".tmp", Reading::Never)];
const DATABASE_LOGS: &[(&str, Reading)] = &[
    ("-wal", Reading::Database),
    ("-shm", Reading::Database),
    ("-journal", Reading::Database),
];

/// Every file or folder of ours in the data folder, in the order wipe removes them: the key
/// slots first (the second, which stands beside the first, before it).
pub const DATA_FILES: &[DataFile] = &[
    DataFile {
        name: BIOMETRIC_SLOT_FILE,
        reading: Reading::Parsed,
        beside: WRITTEN_WHOLE,
    },
    DataFile {
        name: SLOT_FILE,
        reading: Reading::Parsed,
        beside: WRITTEN_WHOLE,
    },
    DataFile {
        name: SLOT_NEXT_FILE,
        reading: Reading::Parsed,
        beside: WRITTEN_WHOLE,
    },
    DataFile {
        name: DB_NEXT_FILE,
        reading: Reading::Database,
        beside: &[],
    },
    DataFile {
        name: DB_FILE,
        reading: Reading::Database,
        beside: DATABASE_LOGS,
    },
    DataFile {
        name: SEALED_DIR,
        reading: Reading::Parsed,
        beside: &[],
    },
    DataFile {
        name: LEGACY_INBOX_FILE,
        reading: Reading::Parsed,
        beside: &[],
    },
    DataFile {
        name: ATTEMPTS_FILE,
        reading: Reading::Parsed,
        beside: WRITTEN_WHOLE,
    },
    DataFile {
        name: SCHEDULE_FILE,
        reading: Reading::Parsed,
        beside: WRITTEN_WHOLE,
    },
    DataFile {
        name: LOCKED_TILES_FILE,
        reading: Reading::Parsed,
        beside: WRITTEN_WHOLE,
    },
    DataFile {
        name: LOCKED_PEOPLE_FILE,
        reading: Reading::Parsed,
        beside: WRITTEN_WHOLE,
    },
];

/// Every file or folder of ours by name, with how it is read, in wipe's order.
pub fn data_files() -> Vec<(String, Reading)> {
    DATA_FILES
        .iter()
        .flat_map(|file| {
            std::iter::once((file.name.to_owned(), file.reading)).chain(
                file.beside
                    .iter()
                    .map(|(suffix, reading)| (format!("{}{suffix}", file.name), *reading)),
            )
        })
        .collect()
}

impl Vault {
    /// Every file or folder of ours in the data folder, in the order wipe removes them: the key
    /// slot first.
    pub(super) fn ours() -> impl Iterator<Item = String> {
        data_files().into_iter().map(|(name, _)| name)
    }

    pub(super) fn leftovers(&self) -> impl Iterator<Item = PathBuf> + '_ {
        Self::ours()
            .map(|name| self.file(&name))
            .filter(|path| path.exists())
    }

    /// Deletes everything: the key slot first (after which nothing can be decrypted), then the
    /// database and its journal files, the inbox with anything kept aside, the counter, the
    /// schedule and the lists of tiles and people shown while locked. The folder is left empty, as on a
    /// fresh install. Works in any state, an [`VaultStatus::Unfinished`] folder included.
    pub fn wipe(&mut self) -> Result<(), Error> {
        self.wipe_with_checkpoints(&mut || {})
    }

    /// Wipe as a person asks for it: unlocked, or with the word the screen asks to be typed
    /// (`settings.wipe_word` in the content) — from Settings, from "Forgot your passcode?" and
    /// from "Let's start again". Without either nothing is deleted.
    pub fn wipe_confirmed(&mut self, typed: Option<&str>, content: &Content) -> Result<(), Error> {
        if self.status() != VaultStatus::Unlocked {
            let word = content.string("settings.wipe_word").unwrap_or("delete");
            match typed {
                None => return Err(Error::Locked),
                Some(typed) if !typed.trim().eq_ignore_ascii_case(word) => {
                    return Err(Error::invalid("type the word shown to confirm"))
                }
                Some(_) => {}
            }
        }
        self.wipe()
    }

    /// [`Vault::wipe`], calling `checkpoint` after each file it removes (for the crash tests).
    #[doc(hidden)]
    pub fn wipe_with_checkpoints(&mut self, checkpoint: &mut dyn FnMut()) -> Result<(), Error> {
        self.lock();
        self.device = None;
        self.vouch = None;
        self.inbox_public_key = None;
        // The schedule goes with everything else: the timer has nothing left to wait for.
        self.schedule_changed = true;
        for name in Self::ours() {
            let path = self.file(&name);
            let removed = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            match removed {
                Ok(()) => {
                    sync_dir(&self.dir).map_err(Error::io("data folder"))?;
                    checkpoint();
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io("data folder")(e)),
            }
        }
        Ok(())
    }
}
