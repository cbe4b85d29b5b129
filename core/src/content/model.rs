//! The typed shape of the authored files in `content/`. Field names match the TOML keys, so
//! `content/README.md` and these types describe the same thing.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as written in the content file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Names a quick action, e.g. `water`. Stable: stored data refers to it.
    ActionId
);
id_type!(
    /// Names a check-in question. Stable: stored answers refer to it.
    QuestionId
);
id_type!(
    /// Names one choice of a chips question. Stable within its question.
    OptionId
);
id_type!(
    /// Names an affirmation.
    AffirmationId
);
id_type!(
    /// Names a reminder wording.
    WordingId
);
id_type!(
    /// Names a page of the guide.
    PageId
);
id_type!(
    /// Names a field of the aftercare card. Stable: saved cards refer to it.
    CardFieldId
);
id_type!(
    /// Names a message to send someone, to check in on them.
    MessageId
);

/// Everything the app says in one language, parsed and validated.
#[derive(Debug, Clone, Serialize)]
pub struct Content {
    /// The language: its tag and its direction.
    pub locale: super::LocaleInfo,
    pub actions: Vec<Action>,
    pub questions: Vec<Question>,
    pub affirmations: Vec<Affirmation>,
    pub reminder_wordings: Vec<ReminderWording>,
    /// Guide pages, sorted by their `order`.
    pub guide: Vec<GuidePage>,
    /// The UI's own words (`ui.ftl`); the page gets them as `strings`.
    #[serde(rename = "strings")]
    pub ui: super::UiText,
    /// The fields of "my aftercare card", in order.
    pub card_fields: Vec<CardField>,
    /// The words offered for "Send them a check-in", in order.
    pub messages: Vec<Message>,
}

impl Content {
    /// The check-in question with this id, if there is one.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id.as_str() == id)
    }

    /// The questions a check-in made on `occasion` asks, in order.
    pub fn questions_for(&self, occasion: Occasion) -> impl Iterator<Item = &Question> {
        self.questions
            .iter()
            .filter(move |q| q.occasion.contains(&occasion))
    }

    /// The Learn page with this id, if there is one.
    pub fn page(&self, id: &str) -> Option<&GuidePage> {
        self.guide.iter().find(|p| p.id.as_str() == id)
    }
}

/// A small act of care, one tap away on Home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: ActionId,
    /// One or two words, shown on the tile.
    pub title: String,
    /// Its name outside the app while discreet (the tray, a phone's shortcuts): says nothing.
    pub discreet: String,
    /// An icon: the symbol `icon-<icon>` at the top of `ui/index.html`.
    pub icon: String,
    /// One line: what this is and why it helps.
    pub summary: String,
    /// Two or three short how-to steps.
    pub steps: Vec<String>,
    /// One or two things you could say while doing it.
    pub say: Vec<String>,
    /// One or two ways to ask for it, for the one who needs it (care given or shared).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ask: Vec<String>,
    pub who: Who,
    pub kind: ActionKind,
}

/// Who an action is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Who {
    /// Care for yourself.
    Me,
    /// Something you do for a partner.
    Partner,
    /// Something you share.
    Together,
}

/// What kind of care an action is; affirmations are matched to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    Body,
    Comfort,
    Connection,
    Reflection,
}

impl ActionKind {
    /// Every kind, for checks that each one is covered.
    pub const ALL: [ActionKind; 4] = [
        ActionKind::Body,
        ActionKind::Comfort,
        ActionKind::Connection,
        ActionKind::Reflection,
    ];
}

/// A check-in question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
    pub audience: Audience,
    /// Who the moment was with when the question fits; the check-in shows it only then.
    pub company: Vec<Company>,
    /// When it is asked: right after (the default), in a "since then" check-in a day or more
    /// later, or both.
    #[serde(default = "Occasion::right_after_only")]
    pub occasion: Vec<Occasion>,
    pub answer: AnswerKind,
    /// The choices, for `answer = "chips"` only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChipOption>,
    /// May more than one chip be chosen? For `answer = "chips"` only.
    #[serde(default)]
    pub multiple: bool,
    /// The two ends of the scale, for `answer = "scale"` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
}

/// Whom a question is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// To ask a partner, out loud.
    AskPartner,
    /// To answer for yourself, in the app.
    AskYourself,
    /// What they said to a check-in sent later: noted in the app, never asked in a check-in.
    TheirAnswer,
}

/// The card's yes-no field "check on me tomorrow", which offers the next-day reminder after a
/// moment. `content/card.toml` must have it (its validation checks).
pub const CHECK_TOMORROW_FIELD: &str = "check-tomorrow";

/// Who a moment was with: what the check-in asks as "Who was this with?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Company {
    /// With a partner you know.
    Partner,
    /// With a casual or new partner.
    Casual,
    /// With more than one person.
    Group,
    /// On your own.
    Solo,
}

/// When a check-in is made: right after a moment, or "since then", when a reminder a day or
/// more later asks how the person has been.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Occasion {
    /// Right after: the moment's own check-in.
    #[default]
    RightAfter,
    /// Looking back on the last moment, from a reminder or a tap, the next days.
    SinceThen,
}

impl Occasion {
    fn right_after_only() -> Vec<Occasion> {
        vec![Occasion::RightAfter]
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerKind {
    /// Tap one (or, with `multiple`, several) of a few choices.
    Chips,
    /// A 1–5 scale.
    Scale,
    /// Free text, always optional.
    Text,
}

/// One choice of a chips question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChipOption {
    pub id: OptionId,
    pub label: String,
    /// Marks a feeling that signals distress (scared, ashamed, numb…): the content's checks
    /// refuse one without a reply, so it is never answered with "saved" alone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub distress: bool,
    /// What the app says back when this is chosen (`follow_up` in the content's files).
    #[serde(
        default,
        rename(deserialize = "follow_up"),
        skip_serializing_if = "Option::is_none"
    )]
    pub reply: Option<Reply>,
}

/// A 1–5 scale: which of the four measures it is and the words at each end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub measure: Measure,
    pub low: String,
    pub high: String,
    /// What the app says back at the low end (at most `at_most`); `follow_up` in the files.
    #[serde(
        default,
        rename(deserialize = "follow_up"),
        skip_serializing_if = "Option::is_none"
    )]
    pub reply: Option<Reply>,
}

/// A reply: a short, kind line shown after a check-in with an answer that carries it, and one place
/// to go from there: a Learn page (`learn`), a care card (`action`) or a part of the calm
/// space (`calm`). Never a diagnosis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<ActionId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calm: Option<CalmPlace>,
    /// On a scale only: the highest value (1–5) it answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<u8>,
}

/// A part of the calm space ("Need a moment?") a reply can lead to; the UI knows each by
/// this name (`#/calm/<name>`, and `#/grounding` for the step-through).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalmPlace {
    /// The calm space from its top: breathing first.
    Space,
    /// The ways to settle, with and without the breath.
    Settle,
    /// The 5-4-3-2-1 grounding, step by step.
    Grounding,
    /// "My people": the names and numbers the person keeps.
    People,
    /// A few kind words, meant for the person reading them.
    KindWords,
}

/// Where a reply leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyLink<'a> {
    Learn(&'a str),
    Action(&'a ActionId),
    Calm(CalmPlace),
}

impl Reply {
    /// Where it leads (validation makes sure there is exactly one place, and that it exists).
    pub fn link(&self) -> Option<ReplyLink<'_>> {
        match (&self.learn, &self.action, self.calm) {
            (Some(page), None, None) => Some(ReplyLink::Learn(page)),
            (None, Some(action), None) => Some(ReplyLink::Action(action)),
            (None, None, Some(place)) => Some(ReplyLink::Calm(place)),
            _ => None,
        }
    }
}

/// The four things a check-in can rate from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    Body,
    Feelings,
    Mind,
    Desire,
}

impl Measure {
    /// Every measure; each has exactly one scale question.
    pub const ALL: [Measure; 4] = [
        Measure::Body,
        Measure::Feelings,
        Measure::Mind,
        Measure::Desire,
    ];
}

/// A short, kind sentence shown on an action's card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Affirmation {
    pub id: AffirmationId,
    pub text: String,
    /// The kinds of action this fits.
    pub kinds: Vec<ActionKind>,
}

/// Words to copy and send someone, to check in on them later; the app sends nothing itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    pub id: MessageId,
    pub text: String,
}

/// The words of a reminder notification. Neutral: nothing in them may reveal what the app is
/// about on a lock screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReminderWording {
    pub id: WordingId,
    pub title: String,
    pub body: String,
    /// The notification's three answers, in words that fit this wording.
    pub answers: AnswerLabels,
}

/// The words on a reminder's three buttons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerLabels {
    pub okay: String,
    pub not_so_good: String,
    pub later: String,
}

/// A field of the aftercare card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardField {
    pub id: CardFieldId,
    pub kind: CardFieldKind,
    pub label: String,
    /// The choices, for `kind = "choices"` only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChipOption>,
    /// May the person add their own words to the choices?
    #[serde(default)]
    pub own_words: bool,
}

/// How a card field is filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardFieldKind {
    /// Any of a few options (and, with `own_words`, some words).
    Choices,
    /// Free words.
    Words,
    /// Yes or no.
    YesNo,
}

/// A page of the Learn section, written in Markdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuidePage {
    pub id: PageId,
    pub title: String,
    pub order: u32,
    /// Other pages worth reading next.
    pub see_also: Vec<PageId>,
    /// The page's Markdown, without its front matter.
    pub body: String,
}

/// The front matter of a guide page, between `+++` lines.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrontMatter {
    pub id: PageId,
    pub title: String,
    pub order: u32,
    #[serde(default)]
    pub see_also: Vec<PageId>,
}
