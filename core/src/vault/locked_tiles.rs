//! `locked-tiles`: the one list of tiles of one's own kept outside the vault, for Home while
//! locked. It holds only the id and title of each tile whose maker chose "Show on Home while
//! locked" — no steps, no "you could say", no counts — and is there only while at least one is
//! chosen. The vault keeps it in step with the store (`in_step.rs`): after each write, and at
//! each unlock; wipe removes it.
//!
//! Its on-disk types are its own ([`LockedTileV1`] in [`LockedTilesV1`]), apart from the
//! [`LockedTile`] the app hands out, so the file's shape changes only on purpose; a golden
//! test pins it (`core/tests/core/formats.rs`). On disk its JSON is inside a vouched envelope
//! ([`super::vouched`]): while locked, Home shows no tile from a file the key in hand does not
//! vouch for. Read, it is checked as the store checks a tile: at most [`MAX_OWN_TILES`], each
//! id one of a tile of one's own, each title one line of 1 to [`MAX_OWN_TITLE_CHARS`]
//! characters, no id twice; anything else is no tile at all.

use serde::{Deserialize, Serialize};

use super::Vault;
use crate::{
    content::ActionId,
    store::{MAX_OWN_TILES, MAX_OWN_TITLE_CHARS},
    Error,
};

/// The file's name in the data folder.
pub const LOCKED_TILES_FILE: &str = "locked-tiles";
/// The most bytes the file's JSON may take: [`MAX_OWN_TILES`] of the longest titles fit.
pub const MAX_LOCKED_TILES_BYTES: usize = 32 * 1024;

/// A tile's id and title, as Home shows it while locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LockedTile {
    pub id: ActionId,
    pub title: String,
}

/// The file, version 1.
#[derive(Debug, Serialize, Deserialize)]
struct LockedTilesV1 {
    v: u8,
    tiles: Vec<LockedTileV1>,
}

/// One tile as the file holds it.
#[derive(Debug, Serialize, Deserialize)]
struct LockedTileV1 {
    id: String,
    title: String,
}

/// The file's JSON (inside the envelope) for `tiles`.
pub fn encode(tiles: &[LockedTile]) -> Vec<u8> {
    let file = LockedTilesV1 {
        v: 1,
        tiles: tiles
            .iter()
            .map(|tile| LockedTileV1 {
                id: tile.id.0.clone(),
                title: tile.title.clone(),
            })
            .collect(),
    };
    serde_json::to_vec(&file).expect("tiles serialise")
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
    let mut tiles: Vec<LockedTile> = Vec::with_capacity(file.tiles.len());
    for tile in file.tiles {
        let id = ActionId(tile.id);
        let again = tiles.iter().any(|earlier| earlier.id == id);
        if !id.is_own() || again || !title_fits(&tile.title) {
            return None;
        }
        tiles.push(LockedTile {
            id,
            title: tile.title,
        });
    }
    Some(tiles)
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

    /// Writes `locked-tiles` again from the store (unlocked only), if it would change: the id
    /// and title of each tile chosen to show while locked, or no file at all when none is.
    pub(super) fn write_locked_tiles(&mut self) -> Result<(), Error> {
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
        if tiles.is_empty() {
            return self
                .remove_vouched(LOCKED_TILES_FILE, "locked tiles")
                .map(drop);
        }
        self.write_vouched(LOCKED_TILES_FILE, &encode(&tiles))
            .map(drop)
            .map_err(Error::io("locked tiles"))
    }
}
