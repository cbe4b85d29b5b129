//! The aftercare card: one row, its answers as JSON.

use rusqlite::{OptionalExtension, Transaction};

use super::{
    format::{decode_card, encode_card},
    Store,
};
use crate::{card::AftercareCard, content::Content, Error};

/// What a restore did with one record it looked at.
pub(super) enum Restored {
    Added,
    /// Here already (or, for my card, this device has its own).
    Here,
    /// It fails the checks a direct write gets.
    Invalid,
}

/// A backup's card (`json`, as `card.fields` holds it), checked like a save, taken only where
/// this device's card is empty.
pub(super) fn restore(
    tx: &Transaction<'_>,
    json: &serde_json::Value,
    content: &Content,
) -> Result<Restored, Error> {
    let Some(card) = decode_card(&json.to_string())
        .ok()
        .filter(|card| card.validate(content).is_ok())
    else {
        return Ok(Restored::Invalid);
    };
    let mine: Option<String> = tx
        .query_row("SELECT fields FROM card WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    let mine_is_empty = match mine {
        None => true,
        Some(json) => decode_card(&json)?.is_empty(),
    };
    if !mine_is_empty || card.is_empty() {
        return Ok(Restored::Here);
    }
    tx.prepare_cached("INSERT OR REPLACE INTO card (id, fields) VALUES (1, ?1)")?
        .execute([encode_card(&card)])?;
    Ok(Restored::Added)
}

impl Store {
    /// The saved card; an empty one if none was saved yet.
    pub fn card(&self) -> Result<AftercareCard, Error> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT fields FROM card WHERE id = 1", [], |row| row.get(0))
            .optional()?;
        match json {
            None => Ok(AftercareCard::default()),
            Some(json) => decode_card(&json),
        }
    }

    /// Saves the card (validate it first with [`AftercareCard::validate`]).
    pub fn save_card(&mut self, card: &AftercareCard) -> Result<(), Error> {
        let json = encode_card(card);
        self.conn.execute(
            "INSERT OR REPLACE INTO card (id, fields) VALUES (1, ?1)",
            [json],
        )?;
        Ok(())
    }
}
