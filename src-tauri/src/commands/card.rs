//! My aftercare card: read, save, and share as an image.

use aftercare_core::{card::AftercareCard, Error};
use serde::Serialize;

use super::commands;
use crate::clock;

/// The card, its text as it is shared (its last line the marker their app reads it back
/// from), and its lines as a screen shows them.
#[derive(Debug, Clone, Serialize)]
pub struct CardView {
    pub card: AftercareCard,
    pub text: String,
    pub lines: Vec<String>,
}

commands! {
    fn card(state, _now) -> CardView {
        let card = state.vault()?.store()?.card()?;
        let text = card.to_text(state.content);
        let lines = card.lines(state.content);
        Ok(CardView { card, text, lines })
    }

    /// Saves the card, checked against `content/card.toml` first.
    fn save_card(state, now, card: AftercareCard) -> CardView {
        card.validate(state.content)?;
        state.vault()?.store()?.save_card(&card)?;
        self::card(state, now)
    }

    /// Writes the card as an image (its text, and a QR code of it) to the export folder (the
    /// Downloads folder, or `AFTERCARE_EXPORT_DIR`), owner-only and under a neutral name that
    /// never replaces a file (`card-<date>.png`, the date where the person is), and returns its
    /// path. Only ever on the person's explicit tap, under the screen's note that the image is
    /// not encrypted and outlasts a wipe.
    fn export_card_image(state, now) -> String {
        let text = self::card(state, now)?.text;
        let caption = state
            .content
            .string("my_card.image_caption")
            .unwrap_or_default();
        let png = aftercare_core::card::card_png(&text, caption)?;
        let dir = state.export_dir.as_ref().ok_or(Error::NotFound {
            what: "folder to save images in",
        })?;
        let today = now.with_timezone(&clock::time_zone()).date_naive();
        let path = aftercare_core::card::save_card_image(dir, today, &png)?;
        Ok(path.display().to_string())
    }
}
