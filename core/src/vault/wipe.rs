//! Wipe, and the files it removes: every file of ours, the key slot first, so that a wipe cut
//! short leaves nothing that opens (and the folder reads as unfinished, which the app offers to
//! clear).

use std::path::PathBuf;

use super::{
    locked_people::LOCKED_PEOPLE_FILE, own_tiles::LOCKED_TILES_FILE, Vault, VaultStatus,
    ATTEMPTS_FILE, DB_FILE, DB_NEXT_FILE, LEGACY_INBOX_FILE, SCHEDULE_FILE, SEALED_DIR, SLOT_FILE,
    SLOT_NEXT_FILE,
};
use crate::{content::Content, fs::sync_dir, Error};

impl Vault {
    /// Every file or folder of ours in the data folder, in the order wipe removes them: the key
    /// slot first.
    pub(super) fn ours() -> [String; 19] {
        [
            SLOT_FILE.to_owned(),
            format!("{SLOT_FILE}.tmp"),
            SLOT_NEXT_FILE.to_owned(),
            format!("{SLOT_NEXT_FILE}.tmp"),
            DB_NEXT_FILE.to_owned(),
            DB_FILE.to_owned(),
            format!("{DB_FILE}-wal"),
            format!("{DB_FILE}-shm"),
            format!("{DB_FILE}-journal"),
            SEALED_DIR.to_owned(),
            LEGACY_INBOX_FILE.to_owned(),
            ATTEMPTS_FILE.to_owned(),
            format!("{ATTEMPTS_FILE}.tmp"),
            SCHEDULE_FILE.to_owned(),
            format!("{SCHEDULE_FILE}.tmp"),
            LOCKED_TILES_FILE.to_owned(),
            format!("{LOCKED_TILES_FILE}.tmp"),
            LOCKED_PEOPLE_FILE.to_owned(),
            format!("{LOCKED_PEOPLE_FILE}.tmp"),
        ]
    }

    pub(super) fn leftovers(&self) -> impl Iterator<Item = PathBuf> + '_ {
        Self::ours()
            .into_iter()
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
