//! Tiles of one's own: a title, a few steps and what you could say, made by the person and
//! kept in the encrypted database. Their ids are [`ActionId::own`]; a tap on one is care like
//! any other (`action_taken.action_id` holds the id), and stays after the tile is removed.

use rand_core::{CryptoRng, RngCore};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::Store;
use crate::{content::ActionId, Error};

/// The longest title, in characters, after trimming.
pub const MAX_OWN_TITLE_CHARS: usize = 60;
/// The most steps a tile has.
pub const MAX_OWN_STEPS: usize = 8;
/// The longest step, in characters.
pub const MAX_OWN_STEP_CHARS: usize = 200;
/// The longest "you could say", in characters.
pub const MAX_OWN_SAY_CHARS: usize = 300;
/// The most tiles of one's own: far more than Home has room for.
pub const MAX_OWN_TILES: usize = 50;

/// A tile as the person writes it, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOwnTile {
    pub title: String,
    /// One step a line; empty lines are dropped.
    #[serde(default)]
    pub steps: Vec<String>,
    /// "You could say"; empty is none.
    #[serde(default)]
    pub say: Option<String>,
    /// Whether its title shows on Home while locked (it is then kept outside the vault).
    #[serde(default)]
    pub show_locked: bool,
}

/// A tile of one's own, as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnTile {
    pub id: ActionId,
    pub title: String,
    pub steps: Vec<String>,
    pub say: Option<String>,
    pub show_locked: bool,
}

impl NewOwnTile {
    /// The tile trimmed and checked: a title of 1 to [`MAX_OWN_TITLE_CHARS`] characters on one
    /// line; at most [`MAX_OWN_STEPS`] steps (empty ones dropped), each on one line and at most
    /// [`MAX_OWN_STEP_CHARS`]; "you could say" at most [`MAX_OWN_SAY_CHARS`].
    ///
    /// Errors: [`Error::Invalid`] naming the rule, never the words.
    pub fn validated(&self) -> Result<NewOwnTile, Error> {
        let one_line = |text: &str| !text.chars().any(char::is_control);
        let title = self.title.trim();
        if title.is_empty() {
            return Err(Error::invalid("a title is needed"));
        }
        if title.chars().count() > MAX_OWN_TITLE_CHARS || !one_line(title) {
            return Err(Error::invalid(format!(
                "a title is one line of at most {MAX_OWN_TITLE_CHARS} characters"
            )));
        }
        let steps: Vec<String> = self
            .steps
            .iter()
            .map(|step| step.trim())
            .filter(|step| !step.is_empty())
            .map(str::to_owned)
            .collect();
        if steps.len() > MAX_OWN_STEPS {
            return Err(Error::invalid(format!(
                "a tile has at most {MAX_OWN_STEPS} steps"
            )));
        }
        if steps
            .iter()
            .any(|step| step.chars().count() > MAX_OWN_STEP_CHARS || !one_line(step))
        {
            return Err(Error::invalid(format!(
                "a step is one line of at most {MAX_OWN_STEP_CHARS} characters"
            )));
        }
        let say = self
            .say
            .as_deref()
            .map(str::trim)
            .filter(|say| !say.is_empty());
        if say.is_some_and(|say| say.chars().count() > MAX_OWN_SAY_CHARS) {
            return Err(Error::invalid(format!(
                "\"you could say\" is at most {MAX_OWN_SAY_CHARS} characters"
            )));
        }
        Ok(NewOwnTile {
            title: title.to_owned(),
            steps,
            say: say.map(str::to_owned),
            show_locked: self.show_locked,
        })
    }
}

fn own_tile(row: &Row<'_>) -> rusqlite::Result<OwnTile> {
    let steps: String = row.get(2)?;
    Ok(OwnTile {
        id: ActionId(row.get(0)?),
        title: row.get(1)?,
        steps: super::format::decode_steps(&steps).map_err(|e| e.in_column(2))?,
        say: row.get(3)?,
        show_locked: row.get(4)?,
    })
}

const COLUMNS: &str = "id, title, steps, say, show_locked";

/// Inserts a checked tile with `id` (for a new tile, and for one restored from a backup).
pub(super) fn insert(
    conn: &rusqlite::Connection,
    id: &ActionId,
    tile: &NewOwnTile,
) -> Result<(), Error> {
    conn.prepare_cached(
        "INSERT INTO own_tile (id, title, steps, say, show_locked) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id.as_str(),
        tile.title,
        super::format::encode_steps(&tile.steps),
        tile.say,
        tile.show_locked
    ])?;
    Ok(())
}

/// How many tiles of one's own there are.
pub(super) fn count(conn: &rusqlite::Connection) -> Result<usize, Error> {
    let n: i64 = conn.query_row("SELECT count(*) FROM own_tile", [], |r| r.get(0))?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

impl Store {
    /// Every tile of one's own, in the order they were made.
    pub fn own_tiles(&self) -> Result<Vec<OwnTile>, Error> {
        let mut statement = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM own_tile ORDER BY rowid"))?;
        let tiles = statement
            .query_map([], own_tile)?
            .collect::<Result<_, _>>()?;
        Ok(tiles)
    }

    /// One tile of one's own. Errors: [`Error::NotFound`] when there is none with that id.
    pub fn own_tile(&self, id: &ActionId) -> Result<OwnTile, Error> {
        self.conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM own_tile WHERE id = ?1"))?
            .query_row([id.as_str()], own_tile)
            .optional()?
            .ok_or(Error::NotFound { what: "tile" })
    }

    /// Adds a tile, checked and trimmed ([`NewOwnTile::validated`]), with a new random id.
    ///
    /// Errors: [`Error::Invalid`] for a tile that breaks the rules, or when there are already
    /// [`MAX_OWN_TILES`]; nothing is written then.
    pub fn add_own_tile(
        &mut self,
        tile: &NewOwnTile,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<OwnTile, Error> {
        let tile = tile.validated()?;
        let tx = self.conn.transaction()?;
        if count(&tx)? >= MAX_OWN_TILES {
            return Err(Error::invalid(format!(
                "there can be at most {MAX_OWN_TILES} tiles of your own"
            )));
        }
        let mut random = [0u8; 8];
        rng.fill_bytes(&mut random);
        let id = ActionId::own(random);
        insert(&tx, &id, &tile)?;
        tx.commit()?;
        self.own_tile(&id)
    }

    /// Changes a tile's words or its "show while locked", checked like a new one.
    ///
    /// Errors: [`Error::Invalid`] (nothing changes), [`Error::NotFound`].
    pub fn edit_own_tile(&mut self, id: &ActionId, tile: &NewOwnTile) -> Result<OwnTile, Error> {
        let tile = tile.validated()?;
        let changed = self.conn.execute(
            "UPDATE own_tile SET title = ?2, steps = ?3, say = ?4, show_locked = ?5 WHERE id = ?1",
            params![
                id.as_str(),
                tile.title,
                super::format::encode_steps(&tile.steps),
                tile.say,
                tile.show_locked
            ],
        )?;
        if changed == 0 {
            return Err(Error::NotFound { what: "tile" });
        }
        self.own_tile(id)
    }

    /// Removes a tile. The care taken with it stays in the history (it then reads as care of
    /// one's own that was removed). Errors: [`Error::NotFound`].
    pub fn delete_own_tile(&mut self, id: &ActionId) -> Result<(), Error> {
        let removed = self
            .conn
            .execute("DELETE FROM own_tile WHERE id = ?1", [id.as_str()])?;
        if removed == 0 {
            return Err(Error::NotFound { what: "tile" });
        }
        Ok(())
    }
}
