//! Tiles of one's own through the vault, and `locked-tiles`: the one list of them kept outside
//! the vault, for Home while locked. It holds only the id and title of each tile whose maker
//! chose "Show on Home while locked" — no steps, no "you could say", no counts — and is there
//! only while at least one is chosen. It is rewritten whenever a tile is added, edited or
//! removed, and at each unlock; wipe removes it.
//!
//! Its types are its own, so the file's shape changes only on purpose.

use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};

use super::Vault;
use crate::{
    content::ActionId,
    fs::{sync_dir, write_atomically},
    store::{NewOwnTile, OwnTile},
    Error,
};

/// The file's name in the data folder.
pub(super) const LOCKED_TILES_FILE: &str = "locked-tiles";

/// A tile's id and title, as Home shows it while locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedTile {
    pub id: ActionId,
    pub title: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct LockedTilesV1 {
    v: u8,
    tiles: Vec<LockedTile>,
}

impl Vault {
    /// The tiles of one's own chosen for Home while locked, from `locked-tiles`: locked or
    /// not. None when the file is absent or does not read as ours (it only lists titles; the
    /// next unlock writes it again).
    pub fn locked_tiles(&self) -> Vec<LockedTile> {
        std::fs::read(self.file(LOCKED_TILES_FILE))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<LockedTilesV1>(&bytes).ok())
            .filter(|file| file.v == 1)
            .map(|file| file.tiles)
            .unwrap_or_default()
    }

    /// Writes `locked-tiles` again from the store (unlocked only): the id and title of each
    /// tile chosen to show while locked, or no file at all when none is. After a restore too.
    pub fn write_locked_tiles(&mut self) -> Result<(), Error> {
        let tiles: Vec<LockedTile> = self
            .store()?
            .own_tiles()?
            .into_iter()
            .filter(|tile| tile.show_locked)
            .map(|tile| LockedTile {
                id: tile.id,
                title: tile.title,
            })
            .collect();
        let path = self.file(LOCKED_TILES_FILE);
        if tiles.is_empty() {
            return match std::fs::remove_file(&path) {
                Ok(()) => sync_dir(&self.dir).map_err(Error::io("data folder")),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(Error::io("locked tiles")(e)),
            };
        }
        let bytes = serde_json::to_vec(&LockedTilesV1 { v: 1, tiles }).expect("tiles serialise");
        write_atomically(&path, &bytes).map_err(Error::io("locked tiles"))
    }

    /// What an unlock does once merged: the reminder schedule, `locked-tiles` and
    /// `locked-people` brought in line with the store.
    pub(super) fn settle_files(&mut self, now: DateTime<Utc>) -> Result<(), Error> {
        self.settle_schedule(now)?;
        self.write_locked_tiles()?;
        self.write_locked_people()
    }

    /// Adds a tile of one's own ([`crate::store::Store::add_own_tile`]), then `locked-tiles`.
    pub fn add_own_tile(
        &mut self,
        tile: &NewOwnTile,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<OwnTile, Error> {
        let added = self.store()?.add_own_tile(tile, rng)?;
        self.write_locked_tiles()?;
        Ok(added)
    }

    /// Changes a tile of one's own ([`crate::store::Store::edit_own_tile`]), then
    /// `locked-tiles`.
    pub fn edit_own_tile(&mut self, id: &ActionId, tile: &NewOwnTile) -> Result<OwnTile, Error> {
        let edited = self.store()?.edit_own_tile(id, tile)?;
        self.write_locked_tiles()?;
        Ok(edited)
    }

    /// Removes a tile of one's own ([`crate::store::Store::delete_own_tile`]), then
    /// `locked-tiles`.
    pub fn delete_own_tile(&mut self, id: &ActionId) -> Result<(), Error> {
        self.store()?.delete_own_tile(id)?;
        self.write_locked_tiles()
    }

    /// Whether a tap on the tile of one's own `id` can be taken: unlocked, the tile exists;
    /// locked, it is one chosen for Home while locked.
    ///
    /// Errors: [`Error::NotFound`] otherwise.
    pub fn check_own_tile(&mut self, id: &ActionId) -> Result<(), Error> {
        let known = match self.store() {
            Ok(store) => store.own_tile(id).map(drop).is_ok(),
            Err(_) => self.locked_tiles().iter().any(|tile| tile.id == *id),
        };
        if known {
            Ok(())
        } else {
            Err(Error::NotFound { what: "tile" })
        }
    }
}
