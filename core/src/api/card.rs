//! My aftercare card: read, save, and share as an image.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::{card::AftercareCard, content::Content, vault::Vault, Error};

use super::Now;

/// The card, its text as it is shared (its last line the marker their app reads it back
/// from), and its lines as a screen shows them.
#[derive(Debug, Clone, Serialize)]
pub struct CardView {
    pub card: AftercareCard,
    pub text: String,
    pub lines: Vec<String>,
}

pub fn card(vault: &Vault, content: &Content) -> Result<CardView, Error> {
    let card = vault.store()?.card()?;
    let text = card.to_text(content);
    let lines = card.lines(content);
    Ok(CardView { card, text, lines })
}

/// Saves the card, checked against `content/card.toml` first, and returns it as saved.
pub fn save_card(
    vault: &mut Vault,
    content: &Content,
    card: &AftercareCard,
) -> Result<CardView, Error> {
    card.validate(content)?;
    vault.write(|store| store.save_card(card))?;
    self::card(vault, content)
}

/// Writes the card as an image (its text, and a QR code of it) to `dir` (the export folder),
/// owner-only and under a neutral name that never replaces a file (`card-<date>.png`, the date
/// where the person is), and returns its path. Only ever on the person's explicit tap, under
/// the screen's note that the image is not encrypted and outlasts a wipe.
///
/// Errors: [`Error::NotFound`] without a folder to save in; as writing the image.
pub fn export_card_image(
    vault: &Vault,
    content: &Content,
    dir: Option<&Path>,
    now: &Now,
) -> Result<PathBuf, Error> {
    let text = card(vault, content)?.text;
    let caption = content.string("my_card.image_caption").unwrap_or_default();
    let png = crate::card::card_png(&text, caption)?;
    let dir = dir.ok_or(Error::NotFound {
        what: "folder to save images in",
    })?;
    crate::card::save_card_image(dir, now.today(), &png)
}
