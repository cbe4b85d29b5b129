//! Tiles of one's own through the vault, and `locked-tiles`: the one list of them kept outside
//! the vault, for Home while locked. It holds only the id and title of each tile whose maker
//! chose "Show on Home while locked" — no steps, no "you could say", no counts — and is there
//! only while at least one is chosen. It is rewritten whenever a tile is added, edited or
//! removed, and at each unlock; wipe removes it.
//!
//! Its types are its own, so the file's shape changes only on purpose. On disk its JSON is
//! inside a vouched envelope ([`super::vouched`]): while locked, Home shows no tile from a file
//! the key in hand does not vouch for. Read, it is checked as the store checks a tile: at most
//! [`MAX_OWN_TILES`], each id one of a tile of one's own, each title one line of 1 to
//! [`MAX_OWN_TITLE_CHARS`] characters, no id twice; anything else is no tile at all.

use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};

use super::{
    locked_people::{LOCKED_PEOPLE_FILE, MAX_LOCKED_PEOPLE_BYTES},
    Vault,
};
use crate::{
    content::ActionId,
    fs::sync_dir,
    store::{NewOwnTile, OwnTile, MAX_OWN_TILES, MAX_OWN_TITLE_CHARS},
    Error,
};

/// The file's name in the data folder.
pub const LOCKED_TILES_FILE: &str = "locked-tiles";
/// The most bytes the file's JSON may take: [`MAX_OWN_TILES`] of the longest titles fit.
pub const MAX_LOCKED_TILES_BYTES: usize = 32 * 1024;

/// A tile's id and title, as Home shows it while locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedTile {
    pub id: ActionId,
    pub title: String,
}

#[derive(Debug, Deserialize)]
struct LockedTilesV1 {
    v: u8,
    tiles: Vec<LockedTile>,
}

/// The file's JSON (inside the envelope) for `tiles`.
pub fn encode(tiles: &[LockedTile]) -> Vec<u8> {
    #[derive(Serialize)]
    struct Writing<'a> {
        v: u8,
        tiles: &'a [LockedTile],
    }
    serde_json::to_vec(&Writing { v: 1, tiles }).expect("tiles serialise")
}

/// The tiles in the file's JSON (inside the envelope), checked (see the module); `None` if
/// they are not tiles as the app writes them.
pub fn decode(bytes: &[u8]) -> Option<Vec<LockedTile>> {
    if bytes.len() > MAX_LOCKED_TILES_BYTES {
        return None;
    }
    let file = serde_json::from_slice::<LockedTilesV1>(bytes).ok()?;
    if file.v != 1 || file.tiles.len() > MAX_OWN_TILES {
        return None;
    }
    let title_fits = |title: &str| {
        title == title.trim()
            && (1..=MAX_OWN_TITLE_CHARS).contains(&title.chars().count())
            && !title.chars().any(char::is_control)
    };
    for (n, tile) in file.tiles.iter().enumerate() {
        let again = file.tiles[..n].iter().any(|earlier| earlier.id == tile.id);
        if !tile.id.is_own() || again || !title_fits(&tile.title) {
            return None;
        }
    }
    Some(file.tiles)
}

impl Vault {
    /// The tiles of one's own chosen for Home while locked, from `locked-tiles`: locked or
    /// not. None when the file is absent, or the key in hand does not vouch for it, or it
    /// does not read as ours (it only lists titles; the next unlock writes it again).
    pub fn locked_tiles(&self) -> Vec<LockedTile> {
        self.read_for_locked_use(LOCKED_TILES_FILE, MAX_LOCKED_TILES_BYTES)
            .and_then(|bytes| decode(&bytes))
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
        self.write_vouched(LOCKED_TILES_FILE, &encode(&tiles))
            .map_err(Error::io("locked tiles"))
    }

    /// What an unlock does once merged: the reminder schedule, `locked-tiles` and
    /// `locked-people` brought in line with the store. Says how many of them had been altered
    /// (and were not used).
    pub(super) fn settle_files(&mut self, now: DateTime<Utc>) -> Result<usize, Error> {
        let altered = |name, limit| {
            self.read_vouched(name, limit)
                .is_some_and(|opened| opened.is_altered())
        };
        let tiles_altered = altered(LOCKED_TILES_FILE, MAX_LOCKED_TILES_BYTES);
        let people_altered = altered(LOCKED_PEOPLE_FILE, MAX_LOCKED_PEOPLE_BYTES);
        let schedule_altered = self.settle_schedule(now)?;
        self.write_locked_tiles()?;
        self.write_locked_people()?;
        Ok(
            usize::from(tiles_altered)
                + usize::from(people_altered)
                + usize::from(schedule_altered),
        )
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
