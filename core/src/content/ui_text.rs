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

use super::{ContentError, Source};

/// A message as the page fills it: plain text, or parts in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Pattern {
    Text(String),
    Parts(Vec<Part>),
}

/// One part of a [`Pattern`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Part {
    Text(String),
    /// A value the app passes by name (`{ $time }`).
    Var {
        var: String,
    },
    /// A choice by the value of `select`: a variant whose key is that number, else the one
    /// named by its plural category (`one`, `other`…) or by the text itself, else `default`.
    Select {
        select: String,
        variants: BTreeMap<String, Pattern>,
        default: String,
    },
}

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

impl Pattern {
    /// Every variable the message uses, in its text or to choose by.
    pub fn variables(&self) -> BTreeSet<&str> {
        let mut out = BTreeSet::new();
        self.collect_variables(&mut out);
        out
    }

    fn collect_variables<'a>(&'a self, out: &mut BTreeSet<&'a str>) {
        let Pattern::Parts(parts) = self else { return };
        for part in parts {
            match part {
                Part::Text(_) => {}
                Part::Var { var } => {
                    out.insert(var);
                }
                Part::Select {
                    select, variants, ..
                } => {
                    out.insert(select);
                    variants.values().for_each(|v| v.collect_variables(out));
                }
            }
        }
    }

    /// Its words, every variant's, without the variables: for checks on what it says.
    pub fn words(&self) -> String {
        match self {
            Pattern::Text(text) => text.clone(),
            Pattern::Parts(parts) => parts
                .iter()
                .map(|part| match part {
                    Part::Text(text) => text.clone(),
                    Part::Var { .. } => " ".to_owned(),
                    Part::Select { variants, .. } => variants
                        .values()
                        .map(Pattern::words)
                        .collect::<Vec<_>>()
                        .join(" "),
                })
                .collect(),
        }
    }

    fn from_parts(mut parts: Vec<Part>) -> Pattern {
        match parts.as_slice() {
            [] => Pattern::Text(String::new()),
            [Part::Text(_)] => match parts.remove(0) {
                Part::Text(text) => Pattern::Text(text),
                _ => unreachable!("matched as text"),
            },
            _ => Pattern::Parts(parts),
        }
    }
}

/// Turns Fluent's syntax tree into [`Pattern`]s: message and term references are written in
/// place, and anything the page could not fill is refused.
struct Compact<'a> {
    file: &'a str,
    terms: &'a BTreeMap<&'a str, &'a ast::Pattern<&'a str>>,
    messages: &'a BTreeMap<&'a str, Option<&'a ast::Pattern<&'a str>>>,
}

impl Compact<'_> {
    fn fail(&self, id: &str, problem: &str) -> ContentError {
        ContentError::new(
            self.file,
            Some(format!("message `{id}`")),
            None,
            problem.to_owned(),
        )
    }

    fn message(&self, id: &str, seen: &mut Vec<String>) -> Result<Pattern, ContentError> {
        let value = self
            .messages
            .get(id)
            .copied()
            .flatten()
            .ok_or_else(|| self.fail(id, "has no words"))?;
        let mut parts = Vec::new();
        self.pattern(id, value, seen, &mut parts)?;
        let pattern = Pattern::from_parts(parts);
        if matches!(&pattern, Pattern::Text(text) if text.trim().is_empty()) {
            return Err(self.fail(id, "is empty"));
        }
        Ok(pattern)
    }

    fn pattern(
        &self,
        id: &str,
        pattern: &ast::Pattern<&str>,
        seen: &mut Vec<String>,
        out: &mut Vec<Part>,
    ) -> Result<(), ContentError> {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(out, value),
                ast::PatternElement::Placeable { expression } => {
                    self.expression(id, expression, seen, out)?;
                }
            }
        }
        Ok(())
    }

    fn expression(
        &self,
        id: &str,
        expression: &ast::Expression<&str>,
        seen: &mut Vec<String>,
        out: &mut Vec<Part>,
    ) -> Result<(), ContentError> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(id, inline, seen, out),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id: var } = selector else {
                    return Err(self.fail(id, "a choice (`->`) can only be made by a `$variable`"));
                };
                let mut chosen = BTreeMap::new();
                let mut default = None;
                for variant in variants {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    };
                    let mut parts = Vec::new();
                    self.pattern(id, &variant.value, seen, &mut parts)?;
                    if variant.default {
                        default = Some(key.clone());
                    }
                    chosen.insert(key, Pattern::from_parts(parts));
                }
                out.push(Part::Select {
                    select: var.name.to_owned(),
                    variants: chosen,
                    default: default
                        .ok_or_else(|| self.fail(id, "a choice needs a `*[default]`"))?,
                });
                Ok(())
            }
        }
    }

    fn inline(
        &self,
        id: &str,
        inline: &ast::InlineExpression<&str>,
        seen: &mut Vec<String>,
        out: &mut Vec<Part>,
    ) -> Result<(), ContentError> {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                push_text(out, &fluent_syntax::unicode::unescape_unicode_to_string(value));
            }
            ast::InlineExpression::NumberLiteral { value } => push_text(out, value),
            ast::InlineExpression::VariableReference { id: var } => out.push(Part::Var {
                var: var.name.to_owned(),
            }),
            ast::InlineExpression::Placeable { expression } => {
                self.expression(id, expression, seen, out)?;
            }
            ast::InlineExpression::MessageReference {
                id: other,
                attribute: None,
            } => {
                if seen.iter().any(|s| s == other.name) || other.name == id {
                    return Err(self.fail(id, "refers to itself, through other messages"));
                }
                seen.push(other.name.to_owned());
                let value = self
                    .messages
                    .get(other.name)
                    .copied()
                    .flatten()
                    .ok_or_else(|| {
                        self.fail(id, &format!("refers to `{}`, which does not exist", other.name))
                    })?;
                self.pattern(id, value, seen, out)?;
                seen.pop();
            }
            ast::InlineExpression::TermReference {
                id: term,
                attribute: None,
                arguments: None,
            } => {
                let value = self.terms.get(term.name).ok_or_else(|| {
                    self.fail(id, &format!("refers to `-{}`, which does not exist", term.name))
                })?;
                if seen.iter().any(|s| s == term.name) {
                    return Err(self.fail(id, "refers to itself, through a term"));
                }
                seen.push(term.name.to_owned());
                self.pattern(id, value, seen, out)?;
                seen.pop();
            }
            ast::InlineExpression::FunctionReference { .. } => {
                return Err(self.fail(
                    id,
                    "functions (like NUMBER()) are not used here: the app formats numbers and dates for the language",
                ))
            }
            ast::InlineExpression::MessageReference { .. }
            | ast::InlineExpression::TermReference { .. } => {
                return Err(self.fail(id, "attributes and term arguments are not used here"))
            }
        }
        Ok(())
    }
}

fn push_text(out: &mut Vec<Part>, text: &str) {
    if let Some(Part::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Part::Text(text.to_owned()));
    }
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
