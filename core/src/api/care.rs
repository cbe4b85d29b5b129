//! What the app says, the rules it keeps, and one-tap care and check-ins (which work locked).

use rand_core::{CryptoRng, RngCore};
use serde::Serialize;

use crate::{
    content::{ActionId, Content, FollowUp},
    model::{NewCheckIn, MAX_TEXT_CHARS},
    reminders::{Preset, HOURS, SNOOZE_MINUTES},
    store::{AUTO_LOCK_MINUTES, MOMENT_WINDOW_MINUTES},
    vault::{Recorded, Tap, Vault, MIN_PASSCODE_CHARS},
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

/// One tap on a tile: into the current moment when unlocked, sealed when locked; what it
/// returns undoes it. A tile of the content counts; a tile of one's own counts once the vault
/// knows it (unlocked: it exists; locked: it is one chosen for Home while locked).
///
/// Errors: [`Error::NotFound`] for any other id; as [`Vault::tap`].
pub fn record_action(
    vault: &mut Vault,
    content: &Content,
    action: &ActionId,
    now: chrono::DateTime<chrono::Utc>,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<Tap, Error> {
    vault.tap_care(content, action, now, rng)
}

/// "Undo" after a tap: removes exactly what that tap recorded, locked or not.
pub fn undo_tap(vault: &mut Vault, tap: &Tap) -> Result<(), Error> {
    vault.undo_tap(tap)
}

/// A saved check-in, and what the app says back to it.
#[derive(Debug, Serialize)]
pub struct CheckInSaved {
    #[serde(flatten)]
    pub recorded: Recorded,
    pub follow_ups: Vec<&'static FollowUp>,
}

/// A check-in, checked against the content first; sealed when locked. With it, what the app
/// says back to its answers ([`NewCheckIn::follow_ups`]).
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
        follow_ups: check_in.follow_ups(content),
    })
}
