//! Tiles of one's own: made, changed and removed in Settings (unlocked), and the few chosen for
//! Home while locked, whose titles alone are readable without the passcode (the vault keeps
//! `locked-tiles` in step).

use rand_core::{CryptoRng, RngCore};

use crate::{
    content::ActionId,
    store::{NewOwnTile, OwnTile},
    vault::{LockedTile, Vault},
    Error,
};

/// Every tile of one's own, with its steps and "you could say" (unlocked only).
pub fn own_tiles(vault: &Vault) -> Result<Vec<OwnTile>, Error> {
    vault.store()?.own_tiles()
}

/// Adds a tile (checked and trimmed by the store) and returns it.
pub fn add_own_tile(
    vault: &mut Vault,
    tile: &NewOwnTile,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<OwnTile, Error> {
    vault.write(|store| store.add_own_tile(tile, rng))
}

/// Changes a tile's words or whether it shows while locked, and returns it.
pub fn edit_own_tile(
    vault: &mut Vault,
    id: &ActionId,
    tile: &NewOwnTile,
) -> Result<OwnTile, Error> {
    vault.write(|store| store.edit_own_tile(id, tile))
}

/// Removes a tile; the care taken with it stays in the history.
pub fn delete_own_tile(vault: &mut Vault, id: &ActionId) -> Result<(), Error> {
    vault.write(|store| store.delete_own_tile(id))
}

/// The tiles chosen for Home while locked: id and title only, locked or not.
pub fn locked_tiles(vault: &Vault) -> Vec<LockedTile> {
    vault.locked_tiles()
}
