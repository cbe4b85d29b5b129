//! What the app says, the rules it keeps, and one-tap care and check-ins (which work locked).

use rand_core::{CryptoRng, RngCore};
use serde::Serialize;

use crate::{
    content::{ActionId, Content, LanguageChoice, Locale, Reply},
    model::{NewCheckIn, MAX_TEXT_CHARS},
    reminders::{Preset, HOURS, SNOOZE_MINUTES},
    store::{AUTO_LOCK_MINUTES, MOMENT_WINDOW_MINUTES},
    vault::{CareRecorded, Recorded, Vault, MIN_PASSCODE_CHARS},
    Error,
};

/// The rules the core keeps that the UI shows or checks before asking (lengths, ranges, the
/// reminder choices), so they are written once, in the core.
#[derive(Debug, Clone, Serialize)]
pub struct Rules {
    pub min_passcode_chars: usize,
    pub max_text_chars: usize,
    pub auto_lock_minutes: Range,
    pub moment_window_minutes: Range,
    pub reminder_hour: Range,
    pub snooze_minutes: Range,
    pub reminder_presets: [Preset; 7],
}

/// An inclusive range.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Range {
    pub min: u32,
    pub max: u32,
}

impl From<std::ops::RangeInclusive<u32>> for Range {
    fn from(range: std::ops::RangeInclusive<u32>) -> Self {
        Range {
            min: *range.start(),
            max: *range.end(),
        }
    }
}

/// The rules, as this build keeps them.
/// What the app says in the language it speaks (its tag and direction in `locale`), and the
/// languages the welcome and Settings offer, by their own names.
#[derive(Debug, Serialize)]
pub struct ContentView {
    #[serde(flatten)]
    pub content: &'static Content,
    pub languages: Vec<LanguageChoice>,
}

/// Everything the app says, in `spoken`, and the languages it can speak.
///
/// Errors: [`Error::Content`] if that language's words do not parse (the tests see to it that
/// none of this build's fails).
pub fn content(spoken: &'static Locale) -> Result<ContentView, Error> {
    Ok(ContentView {
        content: spoken.content().map_err(|e| Error::Content(e.clone()))?,
        languages: Locale::choices(),
    })
}

pub fn rules() -> Rules {
    Rules {
        min_passcode_chars: MIN_PASSCODE_CHARS,
        max_text_chars: MAX_TEXT_CHARS,
        auto_lock_minutes: AUTO_LOCK_MINUTES.into(),
        moment_window_minutes: MOMENT_WINDOW_MINUTES.into(),
        reminder_hour: HOURS.into(),
        snooze_minutes: SNOOZE_MINUTES.into(),
        reminder_presets: Preset::ALL,
    }
}

/// Care, from a tap on a tile: into the current moment when unlocked, sealed when locked; what
/// it returns undoes it. A tile of the content counts; a tile of one's own counts once the vault
/// knows it (unlocked: it exists; locked: it is one chosen for Home while locked).
///
/// Errors: [`Error::NotFound`] for any other id; as [`Vault::record_care`].
pub fn record_care(
    vault: &mut Vault,
    content: &Content,
    action: &ActionId,
    now: chrono::DateTime<chrono::Utc>,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<CareRecorded, Error> {
    vault.record_care(content, action, now, rng)
}

/// "Undo" after a tap: removes exactly the care it recorded, locked or not.
pub fn undo_care(vault: &mut Vault, care: &CareRecorded) -> Result<(), Error> {
    vault.undo_care(care)
}

/// A saved check-in, and what the app says back to it.
#[derive(Debug, Serialize)]
pub struct CheckInSaved {
    #[serde(flatten)]
    pub recorded: Recorded,
    pub replies: Vec<&'static Reply>,
}

/// A check-in, checked against the content first; sealed when locked. With it, what the app
/// says back to its answers ([`NewCheckIn::replies`]).
pub fn save_check_in(
    vault: &mut Vault,
    content: &'static Content,
    check_in: &NewCheckIn,
    now: chrono::DateTime<chrono::Utc>,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<CheckInSaved, Error> {
    check_in.validate(content)?;
    let recorded = vault.save_check_in(check_in, now, rng)?;
    Ok(CheckInSaved {
        recorded,
        replies: check_in.replies(content),
    })
}
