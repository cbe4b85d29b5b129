//! What the app says, the rules it keeps, and one-tap care and check-ins (which work locked).

use aftercare_core::{
    content::{ActionId, Content, FollowUp},
    model::{NewCheckIn, MAX_TEXT_CHARS},
    reminders::{Preset, HOURS, SNOOZE_MINUTES},
    store::{AUTO_LOCK_MINUTES, MOMENT_WINDOW_MINUTES},
    vault::{Recorded, Tap, MIN_PASSCODE_CHARS},
};
use serde::Serialize;

use super::commands;
use crate::{clock, senses::BreathCue};

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
    /// What this build of the app can do on its device, so the settings offer only that.
    pub device: DeviceView,
}

/// What this build can do beyond the web view: a tray (desktops), shortcuts to care outside
/// the app (the tray, or the app icon's shortcuts on Android), vibration and unlocking with a
/// fingerprint or face (phones; the second key slot needs Android's key store).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct DeviceView {
    pub tray: bool,
    pub shortcuts: bool,
    pub vibration: bool,
    pub biometric_unlock: bool,
    /// The camera reads a card's code (phones).
    pub camera: bool,
    /// The system's share sheet beside Copy (Android).
    pub share_sheet: bool,
}

impl DeviceView {
    pub const THIS: DeviceView = DeviceView {
        tray: cfg!(desktop),
        shortcuts: cfg!(any(desktop, target_os = "android")),
        vibration: cfg!(mobile),
        biometric_unlock: cfg!(target_os = "android"),
        camera: cfg!(mobile),
        share_sheet: cfg!(target_os = "android"),
    };
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

/// A saved check-in, and what the app says back to it.
#[derive(Debug, Serialize)]
pub struct CheckInSaved {
    #[serde(flatten)]
    pub recorded: Recorded,
    pub follow_ups: Vec<&'static FollowUp>,
}

commands! {
    /// Everything the app says: actions, questions, guide pages and UI strings.
    fn content(state, _now) -> &'static Content {
        Ok(state.content)
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
            device: DeviceView::THIS,
        })
    }

    /// One tap: into the current moment when unlocked, sealed when locked; what it returns
    /// undoes it.
    /// A tile of one's own counts once the vault knows it (locked: one chosen for Home while
    /// locked).
    fn record_action(state, now, action: String) -> Tap {
        let action = ActionId(action);
        Ok(state.vault()?.tap_care(state.content, &action, now, &mut clock::rng())?)
    }

    /// The breathing exercise's vibration, one cue at a time: the page keeps the rhythm and
    /// asks only when the person chose it (phones). Says whether the device vibrated: never on
    /// a desktop.
    fn breathing_cue(state, _now, cue: BreathCue) -> bool {
        Ok(state.senses.breathe(cue))
    }

    /// Android: hands the person's words (a check-in for them, my card's text) to the system's
    /// share sheet, on their tap; the app sends nothing itself. `not-available` elsewhere.
    fn share_text(state, _now, text: String) -> () {
        Ok(state.senses.share(text)?)
    }

    /// The care a phone's shortcut opened the app with, taken once (`shortcuts.rs`); the page
    /// opens its card as a tap on Home's tile does, and so records it. Never on a desktop.
    fn shortcut_taken(state, _now) -> Option<String> {
        Ok(state.take_shortcut().map(|care| care.0))
    }

    /// "Undo" after a tap: removes exactly what that tap recorded, locked or not.
    fn undo_tap(state, _now, tap: Tap) -> () {
        Ok(state.vault()?.undo_tap(&tap)?)
    }

    /// A check-in, checked against the content first; sealed when locked. With it, what the
    /// app says back to its answers (`NewCheckIn::follow_ups`).
    fn save_check_in(state, now, check_in: NewCheckIn) -> CheckInSaved {
        check_in.validate(state.content)?;
        let recorded = state.vault()?.save_check_in(&check_in, now, &mut clock::rng())?;
        Ok(CheckInSaved {
            recorded,
            follow_ups: check_in.follow_ups(state.content),
        })
    }
}
