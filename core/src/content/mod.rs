//! What the app says: quick actions, check-in questions, affirmations, reminder wordings, the
//! card's fields, messages to check in on someone, the guide and the UI's own strings.
//!
//! The files in `content/` are embedded at compile time (a phone cannot read loose files with
//! `std::fs`), parsed once, and validated. Every error names the file, the entry and the field,
//! so that someone editing the words can find and fix their mistake without reading Rust.

mod home;
mod model;
mod parse;
mod validate;

use std::{fmt, sync::OnceLock};

pub use home::{HomeLayout, Shortcut, OWN_TILE_PREFIX, SHORTCUTS};
pub use model::*;

/// What they said to a check-in sent to them ("They said they're okay"): the chips question
/// for [`Audience::TheirAnswer`] that `content/questions.toml` must have (its validation checks).
pub const THEY_SAID_QUESTION: &str = "they-said";
/// What they said in their own words: the text question for [`Audience::TheirAnswer`].
pub const THEIR_WORDS_QUESTION: &str = "their-words";

/// One authored file: the path shown in errors and its text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// The set of files that make up the content. Tests swap one file for a broken copy.
#[derive(Debug, Clone)]
pub struct Sources<'a> {
    pub actions: Source<'a>,
    pub questions: Source<'a>,
    pub affirmations: Source<'a>,
    pub reminders: Source<'a>,
    pub strings: Source<'a>,
    pub card: Source<'a>,
    pub messages: Source<'a>,
    pub guide: Vec<Source<'a>>,
}

macro_rules! embed {
    ($name:literal) => {
        Source {
            path: concat!("content/", $name),
            text: include_str!(concat!("../../../content/", $name)),
        }
    };
}

mod embedded_guide {
    include!(concat!(env!("OUT_DIR"), "/guide_pages.rs"));
}

impl Sources<'static> {
    /// The files compiled into this build.
    pub fn embedded() -> Self {
        Sources {
            actions: embed!("actions.toml"),
            questions: embed!("questions.toml"),
            affirmations: embed!("affirmations.toml"),
            reminders: embed!("reminders.toml"),
            strings: embed!("ui.toml"),
            card: embed!("card.toml"),
            messages: embed!("messages.toml"),
            guide: embedded_guide::GUIDE_PAGES
                .iter()
                .map(|&(path, text)| Source { path, text })
                .collect(),
        }
    }
}

impl Content {
    /// Parses and validates a set of content files.
    ///
    /// Errors with the first problem found, naming its file, entry and field.
    pub fn parse(sources: &Sources<'_>) -> Result<Content, ContentError> {
        let content = Content {
            actions: parse::entries(sources.actions, "action")?,
            questions: parse::entries(sources.questions, "question")?,
            affirmations: parse::entries(sources.affirmations, "affirmation")?,
            reminder_wordings: parse::entries(sources.reminders, "wording")?,
            guide: parse::guide(&sources.guide)?,
            strings: parse::strings(sources.strings)?,
            card_fields: parse::entries(sources.card, "field")?,
            messages: parse::entries(sources.messages, "message")?,
        };
        validate::references(&content, sources)?;
        Ok(content)
    }

    /// The content compiled into this build, parsed on first use and kept for the life of the
    /// process.
    pub fn embedded() -> Result<&'static Content, &'static ContentError> {
        static EMBEDDED: OnceLock<Result<Content, ContentError>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| Content::parse(&Sources::embedded()))
            .as_ref()
    }
}

/// A problem in a content file, precise enough to find and fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ContentError {
    /// The file, relative to the project root: `content/actions.toml`.
    pub file: String,
    /// The entry, e.g. `action "water"` or `action #3`; `None` for the whole file.
    pub entry: Option<String>,
    /// The field, e.g. `steps[1]`; `None` when the problem is not one field's.
    pub field: Option<String>,
    /// What is wrong, in plain words.
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(entry) = &self.entry {
            write!(f, ": {entry}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.problem)
    }
}
