//! Tiles of one's own: made, changed and removed in Settings (unlocked), and the few chosen for
//! Home while locked, whose titles alone are readable without the passcode.

use aftercare_core::{
    content::ActionId,
    store::{NewOwnTile, OwnTile},
    vault::LockedTile,
};

use super::commands;
use crate::clock;

commands! {
    /// Every tile of one's own, with its steps and "you could say" (unlocked only).
    fn own_tiles(state, _now) -> Vec<OwnTile> {
        Ok(state.vault()?.store()?.own_tiles()?)
    }

    /// Adds a tile (checked and trimmed by the core) and returns it.
    fn add_own_tile(state, _now, tile: NewOwnTile) -> OwnTile {
        Ok(state.vault()?.add_own_tile(&tile, &mut clock::rng())?)
    }

    /// Changes a tile's words or whether it shows while locked, and returns it.
    fn edit_own_tile(state, _now, id: String, tile: NewOwnTile) -> OwnTile {
        Ok(state.vault()?.edit_own_tile(&ActionId(id), &tile)?)
    }

    /// Removes a tile; the care taken with it stays in the history.
    fn delete_own_tile(state, _now, id: String) -> () {
        Ok(state.vault()?.delete_own_tile(&ActionId(id))?)
    }

    /// The tiles chosen for Home while locked: id and title only, locked or not.
    fn locked_tiles(state, _now) -> Vec<LockedTile> {
        Ok(state.vault()?.locked_tiles())
    }
}
