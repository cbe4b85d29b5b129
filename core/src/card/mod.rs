//! "My aftercare card": what I usually need, what is normal for me, what not to do, and whether
//! to check on me tomorrow. Its fields come from `content/card.toml`; every field is optional.
//! The plain-text rendering is what gets shared, so it is stable and never shows empty headings;
//! its last line is a small marker (`marker.rs`) from which the app reads someone's card back
//! (`read.rs` finds it in a picture's QR code), whatever language either person uses.

mod export;
mod image;
mod marker;
mod read;

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
pub use marker::{is_marker_line, read_card_text, MARKER, MAX_CARD_TEXT_BYTES, VERSION};
pub use read::{qr_text, read_card_image, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS};

pub use crate::error::CardProblem;

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
    /// filled-in field in the content's order ([`AftercareCard::lines`]), then the marker line
    /// the app reads a card back from. An empty card says so kindly instead (with an empty
    /// marker).
    pub fn to_text(&self, content: &Content) -> String {
        let string = |key: &str| content.string(key).unwrap_or(key).to_owned();
        let mut out = string("my_card.title");
        out.push('\n');
        let lines = self.lines(content);
        if lines.is_empty() {
            out.push('\n');
            out.push_str(&string("my_card.empty"));
            out.push('\n');
        }
        for line in lines {
            out.push('\n');
            // Own words of several lines: each after the first indented, so no line of them can
            // pass for the marker, which starts a line.
            out.push_str(&line.replace('\n', "\n  "));
        }
        if !self.is_empty() {
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&marker::marker_line(self, content));
        out.push('\n');
        out
    }

    /// One line per filled-in field, in the content's order and its words ("What I usually
    /// need: Touch, Water, my hoodie"): what a screen shows of a card, mine or theirs.
    pub fn lines(&self, content: &Content) -> Vec<String> {
        let string = |key: &str| content.string(key).unwrap_or(key).to_owned();
        let mut out = Vec::new();
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
            let between = if field.label.ends_with('…') {
                " "
            } else {
                ": "
            };
            out.push(format!("{}{between}{}", field.label, parts.join(", ")));
        }
        out
    }

    /// The card as it is shared and read back: chosen options in the content's order, own
    /// words trimmed, empty answers left out. A card read from its shared text is exactly this.
    pub fn normalized(&self, content: &Content) -> AftercareCard {
        let mut fields = BTreeMap::new();
        for (id, answer) in &self.fields {
            let options = content
                .card_fields
                .iter()
                .find(|f| &f.id == id)
                .map(|f| f.options.as_slice())
                .unwrap_or_default();
            let mut choices: Vec<OptionId> = options
                .iter()
                .filter(|o| answer.choices.contains(&o.id))
                .map(|o| o.id.clone())
                .collect();
            choices.extend(
                answer
                    .choices
                    .iter()
                    .filter(|c| !options.iter().any(|o| &o.id == *c))
                    .cloned(),
            );
            let words = answer
                .words
                .as_deref()
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(str::to_owned);
            let normal = CardAnswer {
                choices,
                words,
                yes: answer.yes,
            };
            if !normal.is_empty() {
                fields.insert(id.clone(), normal);
            }
        }
        AftercareCard { fields }
    }
}
