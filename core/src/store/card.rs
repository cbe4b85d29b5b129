//! The aftercare card: one row, its answers as JSON.

use rusqlite::OptionalExtension;

use super::{
    format::{decode_card, encode_card},
    Store,
};
use crate::{card::AftercareCard, Error};

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
