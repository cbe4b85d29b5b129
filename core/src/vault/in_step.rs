//! The files beside the database, kept in step with it, and what the shell must follow.
//!
//! The reminder schedule, `locked-tiles` and `locked-people` are made from the database (and
//! the schedule's marks of what fired while the app ran go back into it). The vault alone keeps
//! them in step: every write goes through [`Vault::write`], which brings all three in line with
//! the store at once, rewriting a file only when its bytes would change; an unlock
//! ([`Vault::settle_files`]) and a change of key (`Vault::vouch_with`) do the same. No caller
//! has a file to remember.
//!
//! The shell is told once per command what it must follow ([`Vault::take_changes`]): the
//! reminder timer when the schedule file changed, and the window's name and screen protection
//! when the look the settings ask for changed ([`Look`]).

use chrono::{DateTime, Utc};

use super::{
    locked_people::{LOCKED_PEOPLE_FILE, MAX_LOCKED_PEOPLE_BYTES},
    locked_tiles::{LOCKED_TILES_FILE, MAX_LOCKED_TILES_BYTES},
    Look, Vault,
};
use crate::{store::Store, Error};

/// What the shell must follow after a command.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// The schedule file was written or removed: the reminder timer looks again.
    pub schedule: bool,
    /// The look the settings ask for changed: the window (and the tray) follow.
    pub look: Option<Look>,
}

impl Vault {
    /// Changes the database with `change` (unlocked only), then brings the files beside it in
    /// line with it (see the module). The one way to write to the store.
    ///
    /// Errors: [`Error::Locked`]; whatever `change` returns (and then nothing else is done);
    /// [`Error::Io`] if a file beside it cannot be written.
    pub fn write<T>(
        &mut self,
        change: impl FnOnce(&mut Store) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let done = change(self.store_mut()?)?;
        self.keep_in_step()?;
        Ok(done)
    }

    /// The open database to write to directly, with nothing beside it kept in step: for tests
    /// of the store itself. The app writes through [`Vault::write`].
    #[doc(hidden)]
    pub fn store_for_tests(&mut self) -> Result<&mut Store, Error> {
        self.store_mut()
    }

    /// Brings the schedule, `locked-tiles` and `locked-people` in line with the store
    /// (unlocked only), and remembers how long "Later" waits.
    pub(super) fn keep_in_step(&mut self) -> Result<(), Error> {
        self.sync_schedule()?;
        self.write_locked_tiles()?;
        self.write_locked_people()?;
        self.snooze_minutes = self.store()?.snooze_minutes()?;
        Ok(())
    }

    /// What an unlock does once merged: the reminder schedule (its due minutes planned while
    /// locked taken in first), `locked-tiles` and `locked-people` brought in line with the
    /// store. Says how many of them had been altered (and were not used).
    pub(super) fn settle_files(&mut self, now: DateTime<Utc>) -> Result<usize, Error> {
        let altered = |name, limit| {
            self.read_vouched(name, limit)
                .is_some_and(|opened| opened.is_altered())
        };
        let tiles_altered = altered(LOCKED_TILES_FILE, MAX_LOCKED_TILES_BYTES);
        let people_altered = altered(LOCKED_PEOPLE_FILE, MAX_LOCKED_PEOPLE_BYTES);
        let schedule_altered = self.settle_schedule(now)?;
        self.keep_in_step()?;
        Ok(
            usize::from(tiles_altered)
                + usize::from(people_altered)
                + usize::from(schedule_altered),
        )
    }

    /// What the shell must follow since it was last told: whether the schedule file changed,
    /// and the look to show if it is not the one last told, or if the language changed (the
    /// window's name is then said in the new one). Called once per command.
    pub fn take_changes(&mut self) -> Changes {
        let schedule = std::mem::take(&mut self.schedule_changed);
        // A new language names the window again, in its words, whatever the look.
        let language = std::mem::take(&mut self.language_changed);
        let look = match self.look() {
            Some(look) if language || look != self.told_look => Some(look),
            None if language => Some(self.told_look),
            _ => None,
        };
        if let Some(look) = look {
            self.told_look = look;
        }
        Changes { schedule, look }
    }
}
