//! Stored formats: what the database's JSON columns and text codes hold, and how times are
//! kept. They have their own types, apart from the serde shapes the UI sees, so a field renamed
//! for the UI can never change what is on disk or stop older data from opening. Golden tests
//! (`core/tests/core/formats.rs`) pin each one byte for byte against a fixture.
//!
//! Decoding never turns damage into a default: an unknown code or a malformed value is
//! [`Error::Damaged`].

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    card::{AftercareCard, CardAnswer},
    content::{CardFieldId, Company, Occasion, OptionId, QuestionId},
    model::Answer,
    reminders::{Preset, ReminderState},
    Error,
};

/// One answered check-in question, as kept in `check_in.answers` (a JSON array) and inside
/// records sealed while locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerV1 {
    pub question: String,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub text: Option<String>,
}

impl From<&Answer> for AnswerV1 {
    fn from(answer: &Answer) -> Self {
        AnswerV1 {
            question: answer.question.0.clone(),
            options: answer.options.iter().map(|o| o.0.clone()).collect(),
            text: answer.text.clone(),
        }
    }
}

impl From<AnswerV1> for Answer {
    fn from(answer: AnswerV1) -> Self {
        Answer {
            question: QuestionId(answer.question),
            options: answer.options.into_iter().map(OptionId).collect(),
            text: answer.text,
        }
    }
}

/// The answers of a check-in, as the `check_in.answers` column holds them.
pub fn encode_answers(answers: &[Answer]) -> String {
    let stored: Vec<AnswerV1> = answers.iter().map(AnswerV1::from).collect();
    serde_json::to_string(&stored).expect("answers serialise")
}

/// Reads the `check_in.answers` column back.
pub fn decode_answers(json: &str) -> Result<Vec<Answer>, Error> {
    let stored: Vec<AnswerV1> = serde_json::from_str(json).map_err(|_| Error::Damaged {
        what: "saved check-in",
    })?;
    Ok(stored.into_iter().map(Answer::from).collect())
}

/// A tile of one's own's steps, as the `own_tile.steps` column holds them: a JSON array of
/// strings, in order.
type StepsV1 = Vec<String>;

/// The steps as the `own_tile.steps` column holds them.
pub fn encode_steps(steps: &[String]) -> String {
    let stored: &[String] = steps;
    serde_json::to_string(stored).expect("steps serialise")
}

/// Reads the `own_tile.steps` column back; anything but an array of strings is damage.
pub fn decode_steps(json: &str) -> Result<Vec<String>, Error> {
    serde_json::from_str::<StepsV1>(json).map_err(|_| Error::Damaged {
        what: "saved tile of your own",
    })
}

/// The aftercare card, as the `card.fields` column holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct CardV1 {
    #[serde(default)]
    fields: BTreeMap<String, CardAnswerV1>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct CardAnswerV1 {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    choices: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    words: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    yes: Option<bool>,
}

/// The card as the `card.fields` column holds it.
pub fn encode_card(card: &AftercareCard) -> String {
    let stored = CardV1 {
        fields: card
            .fields
            .iter()
            .map(|(id, answer)| {
                let stored = CardAnswerV1 {
                    choices: answer.choices.iter().map(|c| c.0.clone()).collect(),
                    words: answer.words.clone(),
                    yes: answer.yes,
                };
                (id.0.clone(), stored)
            })
            .collect(),
    };
    serde_json::to_string(&stored).expect("a card serialises")
}

/// Reads the `card.fields` column back.
pub fn decode_card(json: &str) -> Result<AftercareCard, Error> {
    let stored: CardV1 =
        serde_json::from_str(json).map_err(|_| Error::Damaged { what: "saved card" })?;
    Ok(AftercareCard {
        fields: stored
            .fields
            .into_iter()
            .map(|(id, answer)| {
                let answer = CardAnswer {
                    choices: answer.choices.into_iter().map(OptionId).collect(),
                    words: answer.words,
                    yes: answer.yes,
                };
                (CardFieldId(id), answer)
            })
            .collect(),
    })
}

/// Who a moment was with, as `moment.setting` and `check_in.setting` hold it.
pub fn company_code(company: Company) -> &'static str {
    match company {
        Company::Partner => "partner",
        Company::Casual => "casual",
        Company::Group => "group",
        Company::Solo => "solo",
    }
}

/// Reads a company code back.
pub fn company_from_code(code: &str) -> Result<Company, Error> {
    match code {
        "partner" => Ok(Company::Partner),
        "casual" => Ok(Company::Casual),
        "group" => Ok(Company::Group),
        "solo" => Ok(Company::Solo),
        _ => Err(Error::Damaged {
            what: "saved moment (who it was with)",
        }),
    }
}

/// When a check-in was made, as `check_in.occasion` holds it.
pub fn occasion_code(occasion: Occasion) -> &'static str {
    match occasion {
        Occasion::RightAfter => "right-after",
        Occasion::SinceThen => "since-then",
    }
}

/// Reads an occasion code back.
pub fn occasion_from_code(code: &str) -> Result<Occasion, Error> {
    match code {
        "right-after" => Ok(Occasion::RightAfter),
        "since-then" => Ok(Occasion::SinceThen),
        _ => Err(Error::Damaged {
            what: "saved check-in (when it was made)",
        }),
    }
}

/// A reminder preset, as `reminder.preset` holds it.
pub fn preset_code(preset: Preset) -> &'static str {
    match preset {
        Preset::InAnHour => "in-an-hour",
        Preset::Tonight => "tonight",
        Preset::TomorrowMorning => "tomorrow-morning",
        Preset::NextDay => "next-day",
        Preset::TwoDays => "two-days",
        Preset::ThreeDays => "three-days",
        Preset::Custom => "custom",
    }
}

/// Reads a preset code back.
pub fn preset_from_code(code: &str) -> Result<Preset, Error> {
    Ok(match code {
        "in-an-hour" => Preset::InAnHour,
        "tonight" => Preset::Tonight,
        "tomorrow-morning" => Preset::TomorrowMorning,
        "next-day" => Preset::NextDay,
        "two-days" => Preset::TwoDays,
        "three-days" => Preset::ThreeDays,
        "custom" => Preset::Custom,
        _ => {
            return Err(Error::Damaged {
                what: "saved reminder (its kind)",
            })
        }
    })
}

/// A reminder's state, as `reminder.state` holds it.
pub fn state_code(state: ReminderState) -> &'static str {
    match state {
        ReminderState::Pending => "pending",
        ReminderState::Shown => "shown",
        ReminderState::Done => "done",
        ReminderState::Cancelled => "cancelled",
        ReminderState::Missed => "missed",
    }
}

/// Reads a state code back.
pub fn state_from_code(code: &str) -> Result<ReminderState, Error> {
    Ok(match code {
        "pending" => ReminderState::Pending,
        "shown" => ReminderState::Shown,
        "done" => ReminderState::Done,
        "cancelled" => ReminderState::Cancelled,
        "missed" => ReminderState::Missed,
        _ => {
            return Err(Error::Damaged {
                what: "saved reminder (its state)",
            })
        }
    })
}

/// A time as the database keeps it: milliseconds since the Unix epoch, UTC.
pub fn time_to_ms(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

/// Reads a time back; one outside the calendar chrono can show is damage.
pub fn time_from_ms(ms: i64) -> Result<DateTime<Utc>, Error> {
    Utc.timestamp_millis_opt(ms).single().ok_or(Error::Damaged {
        what: "saved data (a time out of range)",
    })
}
