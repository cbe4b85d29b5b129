//! What the app says, the rules it keeps, and one-tap care and check-ins (which work locked).

use aftercare_core::{
    content::{ActionId, Content, FollowUp, LanguageChoice, Locale},
    model::{NewCheckIn, MAX_TEXT_CHARS},
    reminders::{Preset, HOURS, SNOOZE_MINUTES},
    store::{AUTO_LOCK_MINUTES, MOMENT_WINDOW_MINUTES},
    vault::{Recorded, Tap, MIN_PASSCODE_CHARS},
    Error,
};
use serde::Serialize;

use super::commands;
use crate::clock;

/// The rules the core keeps that the UI shows or checks before asking (lengths, ranges, the
/// reminder choices), so they are written once, in the core.
#[derive(Debug, Clone, Serialize)]
pub struct RulesView {
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

/// What the app says in the language it speaks (its tag and direction in `locale`), and the
/// languages Settings offers, by their own names.
#[derive(Debug, Serialize)]
pub struct ContentView {
    #[serde(flatten)]
    pub content: &'static Content,
    pub languages: Vec<LanguageChoice>,
}

/// A saved check-in, and what the app says back to it.
#[derive(Debug, Serialize)]
pub struct CheckInSaved {
    #[serde(flatten)]
    pub recorded: Recorded,
    pub follow_ups: Vec<&'static FollowUp>,
}

commands! {
    /// Everything the app says, in the language it speaks now, and the languages it can.
    fn content(state, _now) -> ContentView {
        Ok(ContentView {
            content: state.content(),
            languages: Locale::choices(),
        })
    }

    fn rules(_state, _now) -> RulesView {
        Ok(RulesView {
            min_passcode_chars: MIN_PASSCODE_CHARS,
            max_text_chars: MAX_TEXT_CHARS,
            auto_lock_minutes: AUTO_LOCK_MINUTES.into(),
            moment_window_minutes: MOMENT_WINDOW_MINUTES.into(),
            reminder_hour: HOURS.into(),
            snooze_minutes: SNOOZE_MINUTES.into(),
            reminder_presets: Preset::ALL,
        })
    }

    /// One tap: into the current moment when unlocked, sealed when locked; what it returns
    /// undoes it.
    /// A tile of one's own counts once the vault knows it (locked: one chosen for Home while
    /// locked).
    fn record_action(state, now, action: String) -> Tap {
        let action = ActionId(action);
        let mut vault = state.vault()?;
        if action.is_own() {
            vault.check_own_tile(&action)?;
        } else if state.content().action(action.as_str()).is_none() {
            return Err(Error::NotFound { what: "action" }.into());
        }
        Ok(vault.tap(&action, now, &mut clock::rng())?)
    }

    /// "Undo" after a tap: removes exactly what that tap recorded, locked or not.
    fn undo_tap(state, _now, tap: Tap) -> () {
        Ok(state.vault()?.undo_tap(&tap)?)
    }

    /// A check-in, checked against the content first; sealed when locked. With it, what the
    /// app says back to its answers (`NewCheckIn::follow_ups`).
    fn save_check_in(state, now, check_in: NewCheckIn) -> CheckInSaved {
        check_in.validate(state.content())?;
        let recorded = state.vault()?.save_check_in(&check_in, now, &mut clock::rng())?;
        Ok(CheckInSaved {
            recorded,
            follow_ups: check_in.follow_ups(state.content()),
        })
    }
}
