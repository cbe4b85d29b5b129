//! What the app says: quick actions, check-in questions, affirmations, reminder wordings, the
//! card's fields, messages to check in on someone, the guide and the UI's own strings.
//!
//! The files in `content/` are embedded at compile time (a phone cannot read loose files with
//! `std::fs`), parsed once, and validated. Every error names the file, the entry and the field,
//! so that someone editing the words can find and fix their mistake without reading Rust.

mod home;
mod locale_info;
mod locales;
mod mirror;
mod model;
mod parse;
mod pattern;
mod pseudo;
mod ui_text;
mod validate;

use std::fmt;

pub use home::{HomeLayout, Shortcut, OWN_TILE_PREFIX, SHORTCUTS};
pub use locale_info::{Direction, LocaleInfo};
pub use locales::{LanguageChoice, Locale};
pub use mirror::check_mirror;
pub use model::*;
pub use pseudo::{accented, bracketed};
pub use ui_text::{declared_variables, message_id, Arg, Part, Pattern, UiText};

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

/// The set of files that make up the content in one language. Tests swap one file for a
/// broken copy.
#[derive(Debug, Clone)]
pub struct Sources<'a> {
    /// The language's tag (`en`, `es`).
    pub tag: &'a str,
    pub actions: Source<'a>,
    pub questions: Source<'a>,
    pub affirmations: Source<'a>,
    pub reminders: Source<'a>,
    /// The UI's words, in Fluent (`ui.ftl`).
    pub ui: Source<'a>,
    pub card: Source<'a>,
    pub messages: Source<'a>,
    pub guide: Vec<Source<'a>>,
}

impl Sources<'static> {
    /// The English files compiled into this build.
    pub fn embedded() -> Self {
        Locale::english()
            .sources()
            .expect("English is a folder of files")
    }
}

impl Content {
    /// Parses and validates a set of content files.
    ///
    /// Errors with the first problem found, naming its file, entry and field.
    pub fn parse(sources: &Sources<'_>) -> Result<Content, ContentError> {
        let content = Content {
            locale: LocaleInfo {
                tag: sources.tag.to_owned(),
                dir: locale_info::direction(sources.tag),
            },
            actions: parse::entries(sources.actions, "action")?,
            questions: parse::entries(sources.questions, "question")?,
            affirmations: parse::entries(sources.affirmations, "affirmation")?,
            reminder_wordings: parse::entries(sources.reminders, "wording")?,
            guide: parse::guide(&sources.guide)?,
            ui: UiText::parse(sources.ui, sources.tag)?,
            card_fields: parse::entries(sources.card, "field")?,
            messages: parse::entries(sources.messages, "message")?,
        };
        validate::references(&content, sources)?;
        Ok(content)
    }

    /// The English content compiled into this build, parsed on first use and kept for the
    /// life of the process ([`Locale::content`] for another language).
    pub fn embedded() -> Result<&'static Content, &'static ContentError> {
        Locale::english().content()
    }

    /// The words of a UI message without variables, by the key the UI uses (`home.title`).
    pub fn string(&self, key: &str) -> Option<&str> {
        self.ui.plain(key)
    }

    /// Whether the UI's words have this message (`home.title`), with variables or not.
    pub fn has_message(&self, key: &str) -> bool {
        self.ui.pattern(&message_id(key)).is_some()
    }

    /// A UI message with its variables filled, by Fluent's rules for the language.
    pub fn text(&self, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        self.ui.format(key, args)
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
