//! The things a person records: moments, actions taken, check-ins, journal entries.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    content::{
        ActionId, AnswerKind, Company, Content, Measure, Occasion, OptionId, QuestionId, Reply,
        THEIR_WORDS_QUESTION, THEY_SAID_QUESTION,
    },
    Error,
};

/// The longest text the app keeps in one field (a journal entry, a note), in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;

macro_rules! row_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);
    };
}

row_id!(
    /// A moment: a span of time around sex.
    MomentId
);
row_id!(
    /// A check-in.
    CheckInId
);
row_id!(
    /// One quick action taken (a row of `action_taken`), so one tap can be undone.
    CareId
);
row_id!(
    /// A journal entry.
    JournalId
);
row_id!(
    /// A check-in reminder.
    ReminderId
);
row_id!(
    /// Someone's card, kept ("their cards").
    TheirCardId
);

/// Identifies something recorded while locked, so that it is merged exactly once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RecordId(pub [u8; 16]);

/// Something recorded while the vault was locked, waiting in the inbox for the next unlock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockedEntry {
    /// Care: an action taken.
    Care { action: ActionId, at: DateTime<Utc> },
    /// A check-in, validated before it was sealed.
    CheckIn {
        check_in: NewCheckIn,
        at: DateTime<Utc>,
    },
}

/// The earliest time a record can carry: anything before is a clock or a file that is wrong.
const EARLIEST_RECORD: i64 = 946_684_800_000; // 2000-01-01T00:00:00Z, in ms

impl LockedEntry {
    /// The checks a direct write gets, for a record opened from the inbox: a known action, a
    /// check-in that fits the content, and a time no earlier than the year 2000 and no later than
    /// a day past `now` (a clock may be a little off; a record from the far future is not).
    pub fn validate(&self, content: &Content, now: DateTime<Utc>) -> Result<(), Error> {
        let at = self.at();
        let latest = now
            .checked_add_signed(chrono::Duration::days(1))
            .unwrap_or(now);
        if at.timestamp_millis() < EARLIEST_RECORD || at > latest {
            return Err(Error::invalid("a time that cannot be right"));
        }
        match self {
            // A tile of one's own is known by its shape: its words are in the store, and a
            // tap on it is kept even if the tile was removed since.
            LockedEntry::Care { action, .. } if action.is_own() => Ok(()),
            LockedEntry::Care { action, .. } => content
                .action(action.as_str())
                .map(|_| ())
                .ok_or(Error::NotFound { what: "action" }),
            LockedEntry::CheckIn { check_in, .. } => check_in.validate(content),
        }
    }

    /// When it happened.
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            LockedEntry::Care { at, .. } | LockedEntry::CheckIn { at, .. } => *at,
        }
    }
}

/// A span of time around sex. Taps close together belong to one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Moment {
    pub id: MomentId,
    pub started_at: DateTime<Utc>,
    pub last_activity_at: DateTime<Utc>,
    /// Who it was with: set by a check-in, when the person chose.
    pub company: Option<Company>,
    /// When the person ended it with "End this moment"; `None` while it is open.
    pub ended_at: Option<DateTime<Utc>>,
}

impl Moment {
    /// When it ended: when it was ended on purpose, or else its last activity. Day-later
    /// reminders count from here.
    pub fn end(&self) -> DateTime<Utc> {
        self.ended_at.unwrap_or(self.last_activity_at)
    }
}

/// A moment just ended on purpose, and whether to offer "check on me tomorrow" now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndedMoment {
    pub moment: Moment,
    pub offer_check_tomorrow: bool,
}

/// A quick action, recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Care {
    pub action: ActionId,
    pub at: DateTime<Utc>,
}

/// The four 1–5 scales of a check-in; each may be skipped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scales {
    pub body: Option<u8>,
    pub feelings: Option<u8>,
    pub mind: Option<u8>,
    pub desire: Option<u8>,
}

impl Scales {
    /// The value given for one measure, if any.
    pub fn get(&self, measure: Measure) -> Option<u8> {
        match measure {
            Measure::Body => self.body,
            Measure::Feelings => self.feelings,
            Measure::Mind => self.mind,
            Measure::Desire => self.desire,
        }
    }
}

/// One answered question: the chosen chips, or a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub question: QuestionId,
    #[serde(default)]
    pub options: Vec<OptionId>,
    #[serde(default)]
    pub text: Option<String>,
}

/// A check-in as the person gave it. Everything is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCheckIn {
    /// Right after a moment, or looking back on it "since then".
    #[serde(default)]
    pub occasion: Occasion,
    /// Who it was with ("Who was this with?"), if the person chose.
    #[serde(default)]
    pub company: Option<Company>,
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default)]
    pub scales: Scales,
    #[serde(default)]
    pub note: Option<String>,
}

/// A saved check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckIn {
    pub id: CheckInId,
    pub moment: MomentId,
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub content: NewCheckIn,
}

/// A journal entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalEntry {
    pub id: JournalId,
    pub moment: Option<MomentId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The prompt it was written to, if any (a UI string key).
    pub prompt: Option<String>,
    pub body: String,
}

/// A moment with everything that happened in it, for the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MomentHistory {
    #[serde(flatten)]
    pub moment: Moment,
    pub care: Vec<Care>,
    pub check_ins: Vec<CheckIn>,
    pub journal: Vec<JournalEntry>,
}

/// Checks a text field against the length limit.
pub fn check_text(field: &str, text: &str) -> Result<(), Error> {
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(Error::invalid(format!(
            "the {field} is longer than {MAX_TEXT_CHARS} characters"
        )));
    }
    Ok(())
}

impl NewCheckIn {
    /// What the app says back to these answers, in the order the check-in asks: the follow-up
    /// of each chosen option that has one, and of each scale at or below its low end. Each
    /// once; none for answers that carry none.
    pub fn replies<'c>(&self, content: &'c Content) -> Vec<&'c Reply> {
        let mut out: Vec<&Reply> = Vec::new();
        for question in &content.questions {
            let chosen = self
                .answers
                .iter()
                .filter(|a| a.question == question.id)
                .flat_map(|a| a.options.iter());
            let from_options = question
                .options
                .iter()
                .filter(|o| chosen.clone().any(|c| *c == o.id))
                .filter_map(|o| o.reply.as_ref());
            let from_scale = question.scale.as_ref().and_then(|scale| {
                let value = self.scales.get(scale.measure)?;
                let reply = scale.reply.as_ref()?;
                (value <= reply.at_most?).then_some(reply)
            });
            for reply in from_options.chain(from_scale) {
                if !out.contains(&reply) {
                    out.push(reply);
                }
            }
        }
        out
    }

    /// Checks every answer against the content: known questions and options, the right kind of
    /// answer, scales from 1 to 5, texts within the limit.
    pub fn validate(&self, content: &Content) -> Result<(), Error> {
        for answer in &self.answers {
            let question = content
                .question(answer.question.as_str())
                .ok_or(Error::NotFound { what: "question" })?;
            match question.answer {
                AnswerKind::Chips => {
                    if answer.text.is_some() {
                        return Err(Error::invalid(format!(
                            "question {} is answered with chips",
                            question.id
                        )));
                    }
                    if answer.options.len() > 1 && !question.multiple {
                        return Err(Error::invalid(format!(
                            "question {} takes one choice",
                            question.id
                        )));
                    }
                    for option in &answer.options {
                        if !question.options.iter().any(|o| &o.id == option) {
                            return Err(Error::NotFound {
                                what: "answer option",
                            });
                        }
                    }
                }
                AnswerKind::Text => {
                    if !answer.options.is_empty() {
                        return Err(Error::invalid(format!(
                            "question {} is answered with text",
                            question.id
                        )));
                    }
                    check_text("answer", answer.text.as_deref().unwrap_or(""))?;
                }
                AnswerKind::Scale => {
                    return Err(Error::invalid(format!(
                        "question {} is a scale: use `scales`",
                        question.id
                    )));
                }
            }
        }
        let Scales {
            body,
            feelings,
            mind,
            desire,
        } = self.scales;
        for value in [body, feelings, mind, desire].into_iter().flatten() {
            if !(1..=5).contains(&value) {
                return Err(Error::invalid("scales go from 1 to 5"));
            }
        }
        if let Some(note) = &self.note {
            check_text("note", note)?;
        }
        Ok(())
    }
}

/// What they answered to a check-in sent to them, as the person notes it: one of the answers
/// of [`THEY_SAID_QUESTION`] ("They said they're okay"), their words, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct TheirAnswer {
    #[serde(default)]
    pub said: Option<OptionId>,
    #[serde(default)]
    pub words: Option<String>,
}

impl TheirAnswer {
    /// The answer as a "since then" check-in, which is how it is kept (encrypted, in its
    /// moment, in backups, covered by auto-delete like any check-in): checked against the
    /// content, words trimmed and within the length limit.
    ///
    /// Errors: [`Error::Invalid`] for nothing noted or words too long, [`Error::NotFound`] for
    /// an answer the content does not have.
    pub fn to_check_in(&self, content: &Content) -> Result<NewCheckIn, Error> {
        let words = self
            .words
            .as_deref()
            .map(str::trim)
            .filter(|w| !w.is_empty());
        if self.said.is_none() && words.is_none() {
            return Err(Error::invalid("note what they said, or their words"));
        }
        let mut answers = Vec::new();
        if let Some(said) = &self.said {
            answers.push(Answer {
                question: QuestionId(THEY_SAID_QUESTION.into()),
                options: vec![said.clone()],
                text: None,
            });
        }
        if let Some(words) = words {
            answers.push(Answer {
                question: QuestionId(THEIR_WORDS_QUESTION.into()),
                options: vec![],
                text: Some(words.to_owned()),
            });
        }
        let check_in = NewCheckIn {
            occasion: Occasion::SinceThen,
            answers,
            ..NewCheckIn::default()
        };
        check_in.validate(content)?;
        Ok(check_in)
    }
}

row_id!(
    /// Someone on the person's own "my people" list.
    PersonId
);

/// How many people "my people" keeps: a short list to reach for, not an address book.
pub const MAX_PEOPLE: usize = 12;
/// The longest name on "my people", in characters.
pub const MAX_PERSON_NAME_CHARS: usize = 60;
/// The longest number on "my people", in characters.
pub const MAX_PERSON_NUMBER_CHARS: usize = 32;

/// Someone the person chose to keep close at hand (a friend, a helpline they trust): a name
/// and a number to call or message. The app ships no numbers; these are only what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub number: String,
    /// Marked "reachable without unlocking": the name and number are then also kept outside
    /// the vault, for the calm space while locked (`locked-people`).
    pub reachable_locked: bool,
}

/// A person to add to "my people", as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct NewPerson {
    pub name: String,
    pub number: String,
    /// "Reachable without unlocking", chosen as they are added.
    #[serde(default)]
    pub reachable_locked: bool,
}

impl NewPerson {
    /// The name and number trimmed and checked: both present, within their lengths, on one
    /// line; the number only digits and what phones write around them (`+ - ( ) . # *` and
    /// spaces), with at least one digit, so it can become a `tel:` link unchanged.
    ///
    /// Errors: [`Error::Invalid`] naming what is wrong.
    pub fn validated(&self) -> Result<NewPerson, Error> {
        let name = self.name.trim();
        let number = self.number.trim();
        if name.is_empty() {
            return Err(Error::invalid("a name is needed"));
        }
        if name.chars().count() > MAX_PERSON_NAME_CHARS || name.chars().any(char::is_control) {
            return Err(Error::invalid("the name is too long or has a line break"));
        }
        if number.chars().count() > MAX_PERSON_NUMBER_CHARS {
            return Err(Error::invalid("the number is too long"));
        }
        let allowed = |c: char| c.is_ascii_digit() || " +-().#*".contains(c);
        if !number.chars().all(allowed) || !number.chars().any(|c| c.is_ascii_digit()) {
            return Err(Error::invalid(
                "a number has digits and only + - ( ) . # * besides",
            ));
        }
        Ok(NewPerson {
            name: name.to_owned(),
            number: number.to_owned(),
            reachable_locked: self.reachable_locked,
        })
    }
}
