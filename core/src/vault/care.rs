//! Recording care (a tap on a tile, or "I did this"), and undoing it: recording returns a
//! handle naming exactly the record it made (the row in the database, or the sealed file while
//! locked), and undo removes only that.

use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};

use super::{inbox::SealedFile, Vault};
use crate::{
    content::{ActionId, Content},
    model::{CareId, LockedEntry, MomentId},
    Error,
};

/// What recording care made, and the handle that undoes it. It crosses the web view and comes
/// back with "Undo"; a sealed file's name is checked when it is read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "saved", rename_all = "kebab-case")]
pub enum CareRecorded {
    /// Written to the database, in this moment.
    InMoment { moment: MomentId, care: CareId },
    /// Sealed into its own file while locked; merged at the next unlock unless undone first.
    Sealed { file: SealedFile },
}

impl Vault {
    /// Records care, wherever the tap comes from (Home, the tray, a shortcut): into the current
    /// moment when unlocked, sealed into the inbox when locked. The action must be one the
    /// content has, or a tile of one's own the vault knows (unlocked: it exists; while locked,
    /// one chosen for Home while locked). What it returns undoes it ([`Vault::undo_care`]).
    ///
    /// Errors: [`Error::NotFound`] for an action that is neither.
    pub fn record_care(
        &mut self,
        content: &Content,
        action: &ActionId,
        at: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<CareRecorded, Error> {
        let known = if action.is_own() {
            match self.store() {
                Ok(store) => store.own_tile(action).is_ok(),
                Err(_) => self.locked_tiles().iter().any(|tile| tile.id == *action),
            }
        } else {
            content.action(action.as_str()).is_some()
        };
        if !known {
            let what = if action.is_own() { "tile" } else { "action" };
            return Err(Error::NotFound { what });
        }
        match self.unlocked {
            Some(_) => {
                let (care, moment) = self.write(|store| store.record_care(action, at))?;
                Ok(CareRecorded::InMoment { moment, care })
            }
            None => {
                let entry = LockedEntry::Care {
                    action: action.clone(),
                    at,
                };
                Ok(CareRecorded::Sealed {
                    file: self.seal(&entry, rng)?,
                })
            }
        }
    }

    /// Undoes recorded care: its row (and its moment, if nothing else is in it), or its sealed
    /// file. A row needs the vault unlocked (`Locked` otherwise); a sealed file is removed
    /// locked or not, and is `NotFound` once an unlock has merged it (the row then has no
    /// handle: the page stops offering undo when the vault unlocks).
    pub fn undo_care(&mut self, care: &CareRecorded) -> Result<(), Error> {
        match care {
            CareRecorded::InMoment { care, .. } => self.write(|store| store.undo_care(*care)),
            CareRecorded::Sealed { file } => self.inbox().remove_sealed(file),
        }
    }
}
