//! "My aftercare card": what I usually need, what is normal for me, what not to do, and whether
//! to check on me tomorrow. Its fields come from `content/card.toml`; every field is optional.
//! The plain-text rendering is what gets shared, so it is stable and never shows empty headings.

mod export;
mod image;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{
    content::{CardFieldId, CardFieldKind, Content, OptionId, CHECK_TOMORROW_FIELD},
    model::check_text,
    Error,
};

/// What the person filled in for one field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardAnswer {
    /// Chosen options, for a choices field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<OptionId>,
    /// Their own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    /// For a yes-no field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yes: Option<bool>,
}

impl CardAnswer {
    fn is_empty(&self) -> bool {
        self.choices.is_empty()
            && self.words.as_deref().is_none_or(|w| w.trim().is_empty())
            && self.yes.is_none()
    }
}

pub use export::save_card_image;
pub use image::{card_png, draws_as_itself};

/// The card, keyed by field id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AftercareCard {
    #[serde(default)]
    pub fields: BTreeMap<CardFieldId, CardAnswer>,
}

impl AftercareCard {
    /// Checks every answer against `content/card.toml`: known fields and options, the right kind
    /// of answer, words within the length limit.
    pub fn validate(&self, content: &Content) -> Result<(), Error> {
        for (id, answer) in &self.fields {
            let field = content
                .card_fields
                .iter()
                .find(|f| &f.id == id)
                .ok_or(Error::NotFound { what: "card field" })?;
            if let Some(words) = &answer.words {
                check_text("card", words)?;
            }
            let fits = match field.kind {
                CardFieldKind::Choices => {
                    answer.yes.is_none()
                        && (field.own_words || answer.words.is_none())
                        && answer
                            .choices
                            .iter()
                            .all(|c| field.options.iter().any(|o| &o.id == c))
                }
                CardFieldKind::Words => answer.choices.is_empty() && answer.yes.is_none(),
                CardFieldKind::YesNo => answer.choices.is_empty() && answer.words.is_none(),
            };
            if !fits {
                return Err(Error::invalid(format!(
                    "that answer does not fit the card field {id}"
                )));
            }
        }
        Ok(())
    }

    /// Whether "check on me tomorrow" is answered yes.
    pub fn wants_check_tomorrow(&self) -> bool {
        self.fields
            .get(CHECK_TOMORROW_FIELD)
            .is_some_and(|answer| answer.yes == Some(true))
    }

    /// Nothing filled in.
    pub fn is_empty(&self) -> bool {
        self.fields.values().all(CardAnswer::is_empty)
    }

    /// The card as plain text, to copy into any chat or read aloud: a title, then one line per
    /// filled-in field in the content's order. An empty card says so kindly instead.
    pub fn to_text(&self, content: &Content) -> String {
        let string = |key: &str| content.string(key).unwrap_or(key).to_owned();
        let mut out = string("my_card.title");
        out.push('\n');
        if self.is_empty() {
            out.push('\n');
            out.push_str(&string("my_card.empty"));
            out.push('\n');
            return out;
        }
        for field in &content.card_fields {
            let Some(answer) = self.fields.get(field.id.as_str()).filter(|a| !a.is_empty()) else {
                continue;
            };
            // In the content's order, so the same choices always read the same.
            let mut parts: Vec<String> = field
                .options
                .iter()
                .filter(|o| answer.choices.contains(&o.id))
                .map(|o| o.label.clone())
                .collect();
            if let Some(words) = answer
                .words
                .as_deref()
                .map(str::trim)
                .filter(|w| !w.is_empty())
            {
                parts.push(words.to_owned());
            }
            if let Some(yes) = answer.yes {
                parts.push(string(if yes { "my_card.yes" } else { "my_card.no" }));
            }
            out.push('\n');
            out.push_str(&field.label);
            out.push_str(if field.label.ends_with('…') {
                " "
            } else {
                ": "
            });
            out.push_str(&parts.join(", "));
        }
        out.push('\n');
        out
    }
}
