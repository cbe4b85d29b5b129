//! Their cards: someone else's aftercare card, read from what they shared and kept here,
//! encrypted like everything else, with the name the person gave it and when it was added.

use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};
use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::Serialize;

use super::{
    backup::{new_backup_id, TheirCardV1},
    card::Restored,
    format::{decode_card, encode_card, time_from_ms, time_to_ms},
    Store,
};
use crate::{card::AftercareCard, content::Content, model::TheirCardId, Error};

/// The most cards kept: a few people's, not an address book.
pub const MAX_THEIR_CARDS: usize = 50;
/// The longest name a card is kept under, in characters, after trimming.
pub const MAX_THEIR_CARD_NAME_CHARS: usize = 60;

/// Someone's card, as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TheirCard {
    pub id: TheirCardId,
    /// What the person calls it ("Sam", "R.").
    pub name: String,
    pub added_at: DateTime<Utc>,
    pub card: AftercareCard,
}

/// A name trimmed and checked: 1 to [`MAX_THEIR_CARD_NAME_CHARS`] characters on one line.
///
/// Errors: [`Error::Invalid`] naming the rule, never the name.
pub(super) fn checked_name(name: &str) -> Result<String, Error> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::invalid("a name is needed"));
    }
    if name.chars().count() > MAX_THEIR_CARD_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(Error::invalid("the name is too long or has a line break"));
    }
    Ok(name.to_owned())
}

const COLUMNS: &str = "id, name, added_at, fields";

fn their_card(row: &Row<'_>) -> rusqlite::Result<TheirCard> {
    let fields: String = row.get(3)?;
    Ok(TheirCard {
        id: TheirCardId(row.get(0)?),
        name: row.get(1)?,
        added_at: time_from_ms(row.get(2)?).map_err(|e| e.in_column(2))?,
        card: decode_card(&fields).map_err(|e| e.in_column(3))?,
    })
}

impl Store {
    /// Every card kept, in the order added.
    pub fn their_cards(&self) -> Result<Vec<TheirCard>, Error> {
        let mut statement = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM their_card ORDER BY id"))?;
        let cards = statement
            .query_map([], their_card)?
            .collect::<Result<_, _>>()?;
        Ok(cards)
    }

    /// One card kept.
    ///
    /// Errors: [`Error::NotFound`].
    pub fn their_card(&self, id: TheirCardId) -> Result<TheirCard, Error> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM their_card WHERE id = ?1"),
                [id.0],
                their_card,
            )
            .optional()?
            .ok_or(Error::NotFound { what: "card" })
    }

    /// Keeps someone's card under `name`, checked against `content` as my own card is, with a
    /// new random backup id; returns its id.
    ///
    /// Errors: [`Error::Invalid`] for a name that breaks the rules, a card that does not fit
    /// the content or is empty, or when [`MAX_THEIR_CARDS`] are kept already.
    pub fn add_their_card(
        &mut self,
        name: &str,
        card: &AftercareCard,
        content: &Content,
        now: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<TheirCardId, Error> {
        let name = checked_name(name)?;
        card.validate(content)?;
        if card.is_empty() {
            return Err(Error::invalid("that card has nothing filled in"));
        }
        let tx = self.conn.transaction()?;
        let count: i64 = tx.query_row("SELECT count(*) FROM their_card", [], |r| r.get(0))?;
        if count >= MAX_THEIR_CARDS as i64 {
            return Err(Error::invalid(format!(
                "the app keeps at most {MAX_THEIR_CARDS} cards"
            )));
        }
        tx.execute(
            "INSERT INTO their_card (backup_id, name, fields, added_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                new_backup_id(rng),
                name,
                encode_card(&card.normalized(content)),
                time_to_ms(now)
            ],
        )?;
        let id = TheirCardId(tx.last_insert_rowid());
        tx.commit()?;
        Ok(id)
    }

    /// Gives a card kept a new name (checked as when it was added).
    ///
    /// Errors: [`Error::Invalid`], [`Error::NotFound`].
    pub fn rename_their_card(&mut self, id: TheirCardId, name: &str) -> Result<(), Error> {
        let name = checked_name(name)?;
        match self.conn.execute(
            "UPDATE their_card SET name = ?2 WHERE id = ?1",
            params![id.0, name],
        )? {
            0 => Err(Error::NotFound { what: "card" }),
            _ => Ok(()),
        }
    }

    /// Deletes a card kept, for good (`secure_delete` overwrites its pages).
    ///
    /// Errors: [`Error::NotFound`].
    pub fn delete_their_card(&mut self, id: TheirCardId) -> Result<(), Error> {
        match self
            .conn
            .execute("DELETE FROM their_card WHERE id = ?1", [id.0])?
        {
            0 => Err(Error::NotFound { what: "card" }),
            _ => Ok(()),
        }
    }
}

/// A backup's card of someone's, merged once by its backup id: added unless a card with that
/// id is here, checked as one added now would be (`plausible`: its time is one a direct write
/// would take).
pub(super) fn restore(
    tx: &Transaction<'_>,
    t: &TheirCardV1,
    content: &Content,
    plausible: bool,
) -> Result<Restored, Error> {
    let shaped = (16..=64).contains(&t.id.len())
        && t.id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !shaped {
        return Ok(Restored::Invalid);
    }
    let here: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM their_card WHERE backup_id = ?1)",
        [&t.id],
        |r| r.get(0),
    )?;
    if here {
        return Ok(Restored::Here);
    }
    let count: i64 = tx.query_row("SELECT count(*) FROM their_card", [], |r| r.get(0))?;
    let card = decode_card(&t.card.to_string())
        .ok()
        .filter(|card| card.validate(content).is_ok() && !card.is_empty());
    let (Ok(name), Some(card), true, true) = (
        checked_name(&t.name),
        card,
        plausible,
        count < MAX_THEIR_CARDS as i64,
    ) else {
        return Ok(Restored::Invalid);
    };
    tx.prepare_cached(
        "INSERT INTO their_card (backup_id, name, fields, added_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        t.id,
        name,
        encode_card(&card.normalized(content)),
        time_to_ms(t.added_at)
    ])?;
    Ok(Restored::Added)
}
