//! Their cards: someone's aftercare card, read here from the picture or the text they shared
//! (nothing is sent anywhere), and kept encrypted under the name the person gives it. Reading
//! needs the vault unlocked, as keeping does.

use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};
use serde::Serialize;

use crate::{
    card::{self, AftercareCard, MAX_CARD_TEXT_BYTES, MAX_IMAGE_BYTES},
    content::Content,
    model::TheirCardId,
    store::TheirCard,
    vault::Vault,
    Error,
};

/// Their cards kept, and the limits the page checks a file against before reading it.
#[derive(Debug, Clone, Serialize)]
pub struct TheirCardsView {
    pub cards: Vec<TheirCardView>,
    pub max_image_bytes: usize,
    pub max_text_bytes: usize,
}

/// A card kept, with its lines in this app's words.
#[derive(Debug, Clone, Serialize)]
pub struct TheirCardView {
    pub id: TheirCardId,
    pub name: String,
    pub added_at: DateTime<Utc>,
    pub card: AftercareCard,
    pub lines: Vec<String>,
}

/// A card just read (not kept yet), with its lines in this app's words.
#[derive(Debug, Clone, Serialize)]
pub struct CardRead {
    pub card: AftercareCard,
    pub lines: Vec<String>,
}

fn view(content: &Content, kept: TheirCard) -> TheirCardView {
    TheirCardView {
        lines: kept.card.lines(content),
        id: kept.id,
        name: kept.name,
        added_at: kept.added_at,
        card: kept.card,
    }
}

fn read(content: &Content, card: AftercareCard) -> CardRead {
    CardRead {
        lines: card.lines(content),
        card,
    }
}

/// Their cards kept, in the order added (unlocked only).
pub fn their_cards(vault: &Vault, content: &Content) -> Result<TheirCardsView, Error> {
    let kept = vault.store()?.their_cards()?;
    Ok(TheirCardsView {
        cards: kept.into_iter().map(|card| view(content, card)).collect(),
        max_image_bytes: MAX_IMAGE_BYTES,
        max_text_bytes: MAX_CARD_TEXT_BYTES,
    })
}

pub fn their_card(
    vault: &Vault,
    content: &Content,
    id: TheirCardId,
) -> Result<TheirCardView, Error> {
    Ok(view(content, vault.store()?.their_card(id)?))
}

/// Reads a card from text: pasted, or (on phones) what the camera read in its QR code.
/// Nothing is kept until [`add_their_card`]. Locked: [`Error::Locked`].
pub fn read_their_card_text(
    vault: &Vault,
    content: &Content,
    text: &str,
) -> Result<CardRead, Error> {
    vault.store()?;
    Ok(read(content, card::read_card_text(text, content)?))
}

/// Reads a card from a PNG or JPEG picture of it, decoded here: `image` gives its bytes from
/// the way they crossed (the shell's data URL), asked only once the vault is known to be
/// unlocked. Nothing is kept until [`add_their_card`]. Locked: [`Error::Locked`].
pub fn read_their_card_image(
    vault: &Vault,
    content: &Content,
    image: impl FnOnce() -> Result<Vec<u8>, Error>,
) -> Result<CardRead, Error> {
    vault.store()?;
    Ok(read(content, card::read_card_image(&image()?, content)?))
}

/// Keeps a card read just before, under the name the person gives it.
pub fn add_their_card(
    vault: &mut Vault,
    content: &Content,
    name: &str,
    card: &AftercareCard,
    now: DateTime<Utc>,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<TheirCardId, Error> {
    vault.write(|store| store.add_their_card(name, card, content, now, rng))
}

pub fn rename_their_card(vault: &mut Vault, id: TheirCardId, name: &str) -> Result<(), Error> {
    vault.write(|store| store.rename_their_card(id, name))
}

pub fn delete_their_card(vault: &mut Vault, id: TheirCardId) -> Result<(), Error> {
    vault.write(|store| store.delete_their_card(id))
}
