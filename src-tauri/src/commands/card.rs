//! My aftercare card: read, save, and share as an image.

use aftercare_core::{card::AftercareCard, Error};
use serde::Serialize;

use super::commands;

/// The card, and its text as it is shared.
#[derive(Debug, Clone, Serialize)]
pub struct CardView {
    pub card: AftercareCard,
    pub text: String,
}

commands! {
    fn card(state, _now) -> CardView {
        let card = state.vault()?.store()?.card()?;
        let text = card.to_text(state.content);
        Ok(CardView { card, text })
    }

    /// Saves the card, checked against `content/card.toml` first.
    fn save_card(state, now, card: AftercareCard) -> CardView {
        card.validate(state.content)?;
        state.vault()?.store()?.save_card(&card)?;
        self::card(state, now)
    }

    /// Writes the card as an image (its text, and a QR code of it) to the export folder (the
    /// Downloads folder, or `AFTERCARE_EXPORT_DIR`) and returns its path. Only ever on the
    /// person's explicit tap.
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
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            what: "export folder",
            source,
        })?;
        let path = dir.join("aftercare-card.png");
        std::fs::write(&path, png).map_err(|source| Error::Io {
            what: "card image",
            source,
        })?;
        Ok(path.display().to_string())
    }
}
