//! The format of one record sealed into the inbox while locked, version 1: a JSON object inside
//! the sealed, padded plaintext (see [`super::inbox`]). Its types are its own, apart from the
//! UI's serde shapes, so a field renamed for the UI cannot make records sealed by an earlier
//! version unreadable. A golden test (`core/tests/core/formats.rs`) pins it byte for byte.

use serde::{Deserialize, Serialize};

use crate::{
    content::{ActionId, Company, Occasion},
    model::{LockedEntry, NewCheckIn, Scales},
    store::format::{
        company_code, company_from_code, occasion_code, occasion_from_code, time_from_ms,
        time_to_ms, AnswerV1,
    },
    Error,
};

/// One record, as sealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub(super) enum RecordV1 {
    Action { action: String, at_ms: i64 },
    CheckIn { check_in: CheckInV1, at_ms: i64 },
}

/// A check-in, as sealed. `setting` is who it was with (the code now says "company").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct CheckInV1 {
    #[serde(default)]
    setting: Option<String>,
    #[serde(default)]
    answers: Vec<AnswerV1>,
    #[serde(default)]
    scales: ScalesV1,
    #[serde(default)]
    note: Option<String>,
    /// "since-then" for a check-in looking back; absent right after (as every record sealed
    /// before it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    occasion: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct ScalesV1 {
    #[serde(default)]
    body: Option<u8>,
    #[serde(default)]
    feelings: Option<u8>,
    #[serde(default)]
    mind: Option<u8>,
    #[serde(default)]
    desire: Option<u8>,
}

impl From<&LockedEntry> for RecordV1 {
    fn from(entry: &LockedEntry) -> Self {
        match entry {
            LockedEntry::Care { action, at } => RecordV1::Action {
                action: action.0.clone(),
                at_ms: time_to_ms(*at),
            },
            LockedEntry::CheckIn { check_in, at } => RecordV1::CheckIn {
                check_in: CheckInV1 {
                    setting: check_in.company.map(|c| company_code(c).to_owned()),
                    answers: check_in.answers.iter().map(AnswerV1::from).collect(),
                    scales: ScalesV1 {
                        body: check_in.scales.body,
                        feelings: check_in.scales.feelings,
                        mind: check_in.scales.mind,
                        desire: check_in.scales.desire,
                    },
                    note: check_in.note.clone(),
                    occasion: (check_in.occasion != Occasion::RightAfter)
                        .then(|| occasion_code(check_in.occasion).to_owned()),
                },
                at_ms: time_to_ms(*at),
            },
        }
    }
}

impl TryFrom<RecordV1> for LockedEntry {
    type Error = Error;

    fn try_from(record: RecordV1) -> Result<Self, Error> {
        Ok(match record {
            RecordV1::Action { action, at_ms } => LockedEntry::Care {
                action: ActionId(action),
                at: time_from_ms(at_ms)?,
            },
            RecordV1::CheckIn { check_in, at_ms } => {
                let company: Option<Company> = check_in
                    .setting
                    .as_deref()
                    .map(company_from_code)
                    .transpose()?;
                let occasion = match check_in.occasion.as_deref() {
                    None => Occasion::RightAfter,
                    Some(code) => occasion_from_code(code)?,
                };
                LockedEntry::CheckIn {
                    check_in: NewCheckIn {
                        occasion,
                        company,
                        answers: check_in.answers.into_iter().map(Into::into).collect(),
                        scales: Scales {
                            body: check_in.scales.body,
                            feelings: check_in.scales.feelings,
                            mind: check_in.scales.mind,
                            desire: check_in.scales.desire,
                        },
                        note: check_in.note,
                    },
                    at: time_from_ms(at_ms)?,
                }
            }
        })
    }
}
