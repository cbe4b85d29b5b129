//! Their cards: someone's aftercare card, read here from the picture or the text they shared
//! (nothing is sent anywhere), and kept encrypted under the name the person gives it.
//!
//! A picture crosses from the web view as a data URL (base64): the file chooser's bytes, read
//! by the page, never a path. On phones the camera (issue 30) hands the text its QR code holds
//! to `read_their_card_text`, as a paste does.

use aftercare_core::{
    card::{AftercareCard, CardProblem, MAX_CARD_TEXT_BYTES, MAX_IMAGE_BYTES},
    model::TheirCardId,
    store::TheirCard,
    Error,
};
use base64::Engine;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::commands;
use crate::{clock, state::AppState};

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

fn view(state: &AppState, kept: TheirCard) -> TheirCardView {
    TheirCardView {
        lines: kept.card.lines(state.content),
        id: kept.id,
        name: kept.name,
        added_at: kept.added_at,
        card: kept.card,
    }
}

fn read(state: &AppState, card: AftercareCard) -> CardRead {
    CardRead {
        lines: card.lines(state.content),
        card,
    }
}

/// The bytes of a `data:…;base64,…` URL (or bare base64), refused as too large from its
/// length, before any of it is decoded.
fn image_bytes(image: &str) -> Result<Vec<u8>, Error> {
    let encoded = image.split_once(',').map_or(image, |(_, data)| data);
    if encoded.len() / 4 * 3 > MAX_IMAGE_BYTES + 3 {
        return Err(CardProblem::TooLarge.into());
    }
    base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|_| CardProblem::NotAnImage.into())
}

commands! {
    /// Their cards kept, in the order added (unlocked only).
    fn their_cards(state, _now) -> TheirCardsView {
        let kept = state.vault()?.store()?.their_cards()?;
        Ok(TheirCardsView {
            cards: kept.into_iter().map(|card| view(state, card)).collect(),
            max_image_bytes: MAX_IMAGE_BYTES,
            max_text_bytes: MAX_CARD_TEXT_BYTES,
        })
    }

    fn their_card(state, _now, id: TheirCardId) -> TheirCardView {
        let kept = state.vault()?.store()?.their_card(id)?;
        Ok(view(state, kept))
    }

    /// Reads a card from text: pasted, or (on phones) what the camera read in its QR code.
    /// Nothing is kept until `add_their_card`.
    fn read_their_card_text(state, _now, text: String) -> CardRead {
        state.vault()?.store()?;
        let card = aftercare_core::card::read_card_text(&text, state.content)?;
        Ok(read(state, card))
    }

    /// Reads a card from a PNG or JPEG picture of it (a data URL), decoded here. Nothing is
    /// kept until `add_their_card`.
    fn read_their_card_image(state, _now, image: String) -> CardRead {
        state.vault()?.store()?;
        let bytes = image_bytes(&image)?;
        let card = aftercare_core::card::read_card_image(&bytes, state.content)?;
        Ok(read(state, card))
    }

    /// Keeps a card read just before, under the name the person gives it.
    fn add_their_card(state, now, name: String, card: AftercareCard) -> TheirCardId {
        Ok(state
            .vault()?
            .store()?
            .add_their_card(&name, &card, state.content, now, &mut clock::rng())?)
    }

    fn rename_their_card(state, _now, id: TheirCardId, name: String) -> () {
        Ok(state.vault()?.store()?.rename_their_card(id, &name)?)
    }

    fn delete_their_card(state, _now, id: TheirCardId) -> () {
        Ok(state.vault()?.store()?.delete_their_card(id)?)
    }
}
