//! Their cards: someone's aftercare card, read here from the picture or the text they shared
//! (nothing is sent anywhere), and kept encrypted under the name the person gives it.
//!
//! A picture crosses from the web view as a data URL (base64): the file chooser's bytes, read
//! by the page, never a path. On phones the camera (issue 30) hands the text its QR code holds
//! to `read_their_card_text`, as a paste does.

use aftercare_core::{
    api::their_cards::{self, CardRead, TheirCardView, TheirCardsView},
    card::{AftercareCard, CardProblem, MAX_IMAGE_BYTES},
    model::TheirCardId,
    Error,
};
use base64::Engine;

use super::commands;

/// The bytes of a `data:…;base64,…` URL (or bare base64), as the page's file reader makes it:
/// refused as too large from its length, before any of it is decoded.
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
    fn their_cards(app, vault, given) -> TheirCardsView {
        their_cards::their_cards(vault, app.content)
    }

    fn their_card(app, vault, given, id: TheirCardId) -> TheirCardView {
        their_cards::their_card(vault, app.content, id)
    }

    /// Reads a card from text: pasted, or (on phones) what the camera read in its QR code.
    /// Nothing is kept until `add_their_card`.
    fn read_their_card_text(app, vault, given, text: String) -> CardRead {
        their_cards::read_their_card_text(vault, app.content, &text)
    }

    /// Reads a card from a PNG or JPEG picture of it (a data URL). Nothing is kept until
    /// `add_their_card`.
    fn read_their_card_image(app, vault, given, image: String) -> CardRead {
        their_cards::read_their_card_image(vault, app.content, || image_bytes(&image))
    }

    /// Keeps a card read just before, under the name the person gives it.
    fn add_their_card(app, vault, given, name: String, card: AftercareCard) -> TheirCardId {
        their_cards::add_their_card(vault, app.content, &name, &card, given.now.at, &mut given.rng)
    }

    fn rename_their_card(app, vault, given, id: TheirCardId, name: String) -> () {
        their_cards::rename_their_card(vault, id, &name)
    }

    fn delete_their_card(app, vault, given, id: TheirCardId) -> () {
        their_cards::delete_their_card(vault, id)
    }
}
