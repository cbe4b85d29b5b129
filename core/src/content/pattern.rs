//! A UI message in the compact form the page fills itself ([`Pattern`]), made from Fluent's
//! syntax tree ([`Compact`]): text, variables, and choices by a variable. Anything the page
//! could not fill (functions, attributes, term arguments) is refused when the content loads.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use serde::Serialize;

use super::ContentError;

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
pub(super) struct Compact<'a> {
    pub(super) file: &'a str,
    pub(super) terms: &'a BTreeMap<&'a str, &'a ast::Pattern<&'a str>>,
    pub(super) messages: &'a BTreeMap<&'a str, Option<&'a ast::Pattern<&'a str>>>,
}

impl Compact<'_> {
    pub(super) fn fail(&self, id: &str, problem: &str) -> ContentError {
        ContentError::new(
            self.file,
            Some(format!("message `{id}`")),
            None,
            problem.to_owned(),
        )
    }

    pub(super) fn message(
        &self,
        id: &str,
        seen: &mut Vec<String>,
    ) -> Result<Pattern, ContentError> {
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
