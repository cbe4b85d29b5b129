//! What a language is to the page: its tag and the way its text runs.

use serde::Serialize;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// Which way a language's text runs; the page sets it on the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// The language a [`Content`] is in, as the page needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleInfo {
    /// Its tag (`es`), for the page's `lang` and `Intl`.
    pub tag: String,
    pub dir: Direction,
}

pub(crate) fn direction(tag: &str) -> Direction {
    match tag
        .parse::<LanguageIdentifier>()
        .map(|id| id.character_direction())
    {
        Ok(CharacterDirection::RTL) => Direction::Rtl,
        _ => Direction::Ltr,
    }
}
