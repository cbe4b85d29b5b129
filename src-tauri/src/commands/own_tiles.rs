//! Tiles of one's own: made, changed and removed in Settings (unlocked), and the few chosen for
//! Home while locked, whose titles alone are readable without the passcode.

use aftercare_core::{
    api::own_tiles,
    content::ActionId,
    store::{NewOwnTile, OwnTile},
    vault::LockedTile,
};

use super::commands;

commands! {
    /// Every tile of one's own, with its steps and "you could say" (unlocked only).
    fn own_tiles(app, vault, given) -> Vec<OwnTile> {
        own_tiles::own_tiles(vault)
    }

    /// Adds a tile (checked and trimmed by the core) and returns it.
    fn add_own_tile(app, vault, given, tile: NewOwnTile) -> OwnTile {
        own_tiles::add_own_tile(vault, &tile, &mut given.rng)
    }

    /// Changes a tile's words or whether it shows while locked, and returns it.
    fn edit_own_tile(app, vault, given, id: ActionId, tile: NewOwnTile) -> OwnTile {
        own_tiles::edit_own_tile(vault, &id, &tile)
    }

    /// Removes a tile; the care taken with it stays in the history.
    fn delete_own_tile(app, vault, given, id: ActionId) -> () {
        own_tiles::delete_own_tile(vault, &id)
    }

    /// The tiles chosen for Home while locked: id and title only, locked or not.
    fn locked_tiles(app, vault, given) -> Vec<LockedTile> {
        Ok(own_tiles::locked_tiles(vault))
    }
}
