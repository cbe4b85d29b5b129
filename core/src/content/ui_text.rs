//! The UI's words and the words the core writes itself, from a language's `ui.ftl` (Fluent).
//!
//! Parsed once with the `fluent` crates. The core formats with a Fluent bundle (its plural
//! rules); the page gets each message in a compact form it fills itself ([`Pattern`]): text,
//! variables, and choices by a variable, which the page makes with `Intl.PluralRules` exactly as
//! Fluent would (an exact number first, then the plural category, then the default). So the
//! page can format synchronously, and nothing but this file's subset of Fluent reaches it:
//! functions, attributes and term arguments are refused when the content loads.

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::Arc,
};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use super::pattern::{Part, Pattern};
use super::{pattern::Compact, ContentError, Source};

/// A language's UI words: every message of its `ui.ftl`.
#[derive(Clone)]
pub struct UiText {
    /// Each message by its Fluent id (`home-title`), as the page gets it.
    messages: BTreeMap<String, Pattern>,
    bundle: Arc<FluentBundle<Arc<FluentResource>>>,
    /// What the bundle's words go through after formatting (a pseudo-language's change).
    after: Option<fn(&str) -> String>,
}

impl std::fmt::Debug for UiText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UiText")
            .field("messages", &self.messages.len())
            .finish_non_exhaustive()
    }
}

impl Serialize for UiText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.messages.serialize(serializer)
    }
}

/// The Fluent id of a key as the UI writes it: `home.title` is `home-title`.
pub fn message_id(key: &str) -> String {
    key.replace('.', "-")
}

impl UiText {
    /// Parses `ui.ftl` for the language `tag`; errors name the message and what is wrong.
    pub(super) fn parse(source: Source<'_>, tag: &str) -> Result<UiText, ContentError> {
        let file_error = |problem: String| ContentError::new(source.path, None, None, problem);
        let resource =
            FluentResource::try_new(source.text.replace("\r\n", "\n")).map_err(|(_, errors)| {
                let first = &errors[0];
                let line = source.text[..first.pos.start.min(source.text.len())]
                    .lines()
                    .count()
                    .max(1);
                file_error(format!(
                    "is not valid Fluent (near line {line}): {}",
                    first.kind
                ))
            })?;
        let resource = Arc::new(resource);
        let entries: Vec<&ast::Entry<&str>> = resource.entries().collect();
        let terms: BTreeMap<&str, &ast::Pattern<&str>> = entries
            .iter()
            .copied()
            .filter_map(|entry| match entry {
                ast::Entry::Term(term) => Some((term.id.name, &term.value)),
                _ => None,
            })
            .collect();
        let values: BTreeMap<&str, Option<&ast::Pattern<&str>>> = entries
            .iter()
            .copied()
            .filter_map(|entry| match entry {
                ast::Entry::Message(message) => Some((message.id.name, message.value.as_ref())),
                _ => None,
            })
            .collect();
        let compact = Compact {
            file: source.path,
            terms: &terms,
            messages: &values,
        };
        let mut messages = BTreeMap::new();
        for entry in &entries {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            if messages.contains_key(id) {
                return Err(compact.fail(id, "this message is written twice"));
            }
            if !message.attributes.is_empty() {
                return Err(compact.fail(id, "attributes (`.name = …`) are not used here"));
            }
            let pattern = compact.message(id, &mut Vec::new())?;
            messages.insert(id.to_owned(), pattern);
        }
        let language: LanguageIdentifier = tag
            .parse()
            .map_err(|_| file_error(format!("`{tag}` is not a language tag")))?;
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // The core's text goes to notifications, files and images: no invisible marks in it.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| file_error(format!("cannot be used: {:?}", errors[0])))?;
        Ok(UiText {
            messages,
            bundle: Arc::new(bundle),
            after: None,
        })
    }

    /// The same messages, each changed by `change`, and the core's words by `after` (the
    /// pseudo-languages).
    pub(super) fn map_patterns(
        &self,
        change: &dyn Fn(&Pattern) -> Pattern,
        after: fn(&str) -> String,
    ) -> UiText {
        UiText {
            messages: self
                .messages
                .iter()
                .map(|(id, pattern)| (id.clone(), change(pattern)))
                .collect(),
            bundle: Arc::clone(&self.bundle),
            after: Some(after),
        }
    }

    /// Every message's Fluent id.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// A message by its Fluent id.
    pub fn pattern(&self, id: &str) -> Option<&Pattern> {
        self.messages.get(id)
    }

    /// The words of a message without variables, by its key (`home.title`).
    pub fn plain(&self, key: &str) -> Option<&str> {
        match self.messages.get(&message_id(key))? {
            Pattern::Text(text) => Some(text),
            Pattern::Parts(_) => None,
        }
    }

    /// A message by its key (`keep.backed_up`) with its variables filled, by Fluent's rules.
    pub fn format(&self, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let message = self.bundle.get_message(&message_id(key))?;
        let pattern = message.value()?;
        let args: FluentArgs = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(*text),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (*name, value)
            })
            .collect();
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        errors.is_empty().then(|| {
            self.after
                .map_or_else(|| text.to_string(), |after| after(&text))
        })
    }
}

/// A value passed to a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(u64),
}

/// The variables a message of `ftl` declares it is given, from Mozilla's convention of a
/// `# Variables:` comment above it (`#   $hour (Number) - …`): values a language may use or
/// choose by although English does not.
pub fn declared_variables(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    let Ok(resource) =
        fluent_syntax::parser::parse(ftl).or_else(|(partial, _)| Ok::<_, ()>(partial))
    else {
        return BTreeMap::new();
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message),
            _ => None,
        })
        .filter_map(|message| {
            let comment = message.comment.as_ref()?;
            let declared: BTreeSet<String> = comment
                .content
                .iter()
                .filter_map(|line| line.trim().strip_prefix('$'))
                .filter_map(|rest| rest.split_whitespace().next())
                .map(str::to_owned)
                .collect();
            Some((message.id.name.to_owned(), declared))
        })
        .collect()
}
