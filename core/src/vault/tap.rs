//! One tap on a care tile, and undoing it: the tap returns a handle naming exactly the record it
//! made (the row in the database, or the sealed file while locked), and undo removes only that.

use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};

use super::{inbox::SealedFile, Vault};
use crate::{
    content::{ActionId, Content},
    model::{CareId, LockedEntry, MomentId},
    Error,
};

/// What one tap recorded, and the handle that undoes it. It crosses the web view and comes back
/// with "Undo"; a sealed file's name is checked when it is read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "saved", rename_all = "kebab-case")]
pub enum Tap {
    /// Written to the database, in this moment.
    InMoment { moment: MomentId, care: CareId },
    /// Sealed into its own file while locked; merged at the next unlock unless undone first.
    Sealed { file: SealedFile },
}

impl Vault {
    /// Records a quick action, as [`Vault::record_action`] does, and says how to undo it.
    pub fn tap(
        &mut self,
        action: &ActionId,
        at: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Tap, Error> {
        match self.unlocked {
            Some(_) => {
                let (care, moment) = self.write(|store| store.record_care(action, at))?;
                Ok(Tap::InMoment { moment, care })
            }
            None => {
                let entry = LockedEntry::Action {
                    action: action.clone(),
                    at,
                };
                Ok(Tap::Sealed {
                    file: self.seal(&entry, rng)?,
                })
            }
        }
    }

    /// A tap on a care tile, wherever it comes from (Home, the tray): the care must be one the
    /// content has, or a tile of one's own the vault knows (unlocked: it exists; while
    /// locked, one chosen for Home while locked); then as [`Vault::tap`].
    ///
    /// Errors: [`Error::NotFound`] for a care that is neither.
    pub fn tap_care(
        &mut self,
        content: &Content,
        action: &ActionId,
        at: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Tap, Error> {
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
        self.tap(action, at, rng)
    }

    /// Undoes one tap: its row (and its moment, if nothing else is in it), or its sealed file.
    /// A row needs the vault unlocked (`Locked` otherwise); a sealed file is removed locked or
    /// not, and is `NotFound` once an unlock has merged it (the row then has no handle: the
    /// page stops offering undo when the vault unlocks).
    pub fn undo_tap(&mut self, tap: &Tap) -> Result<(), Error> {
        match tap {
            Tap::InMoment { care, .. } => self.write(|store| store.undo_care(*care)),
            Tap::Sealed { file } => self.inbox().remove_sealed(file),
        }
    }
}
