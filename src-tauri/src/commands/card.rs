//! My aftercare card: read, save, and share as an image.

use aftercare_core::{
    api::card::{self, CardView},
    card::AftercareCard,
};

use super::commands;

commands! {
    fn card(app, vault, given) -> CardView {
        card::card(vault, app.content())
    }

    /// Saves the card, checked against `content/card.toml` first.
    fn save_card(app, vault, given, card: AftercareCard) -> CardView {
        card::save_card(vault, app.content(), &card)
    }

    /// Writes the card as an image to the export folder (the Downloads folder, or
    /// `AFTERCARE_EXPORT_DIR`) and returns its path; only on the person's explicit tap.
    fn export_card_image(app, vault, given) -> String {
        let dir = app.export_dir.as_deref();
        Ok(card::export_card_image(vault, app.content(), dir, &given.now)?.display().to_string())
    }
}
