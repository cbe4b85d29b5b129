//! What the app says, the rules it keeps, and one-tap care and check-ins (which work locked).

use aftercare_core::{
    api::care::{self, CheckInSaved, ContentView, Rules},
    content::ActionId,
    model::NewCheckIn,
    vault::CareRecorded,
};
use serde::Serialize;

use super::commands;
use crate::senses::BreathCue;

/// The rules the core keeps (lengths, ranges, the reminder choices), and what this build can
/// do on its device, so the settings offer only that.
#[derive(Debug, Clone, Serialize)]
pub struct RulesView {
    #[serde(flatten)]
    pub rules: Rules,
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

commands! {
    /// Everything the app says, in the language it speaks now, and the languages it can.
    fn content(app, given) -> ContentView {
        care::content(app.locale())
    }

    fn rules(app, given) -> RulesView {
        Ok(RulesView {
            rules: care::rules(),
            device: DeviceView::THIS,
        })
    }

    /// Care, from a tap: into the current moment when unlocked, sealed when locked; what it
    /// returns undoes it.
    fn record_care(app, vault, given, action: ActionId) -> CareRecorded {
        care::record_care(vault, app.content(), &action, given.now.at, &mut given.rng)
    }

    /// The breathing exercise's vibration, one cue at a time: the page keeps the rhythm and
    /// asks only when the person chose it (phones). Says whether the device vibrated: never on
    /// a desktop.
    fn breathing_cue(app, given, cue: BreathCue) -> bool {
        Ok(app.senses.breathe(cue))
    }

    /// Android: hands the person's words (a check-in for them, my card's text) to the system's
    /// share sheet, on their tap; the app sends nothing itself. `not-available` elsewhere.
    fn share_text(app, given, text: String) -> () {
        Ok(app.senses.share(text)?)
    }

    /// The care a phone's shortcut opened the app with, taken once (`shortcuts.rs`); the page
    /// opens its card as a tap on Home's tile does, and so records it. Never on a desktop.
    fn take_shortcut(app, given) -> Option<ActionId> {
        Ok(app.take_shortcut())
    }

    /// "Undo" after a tap: removes exactly the care it recorded, locked or not.
    fn undo_care(app, vault, given, care: CareRecorded) -> () {
        care::undo_care(vault, &care)
    }

    /// A check-in, checked against the content first; sealed when locked; with what the app
    /// says back to its answers.
    fn save_check_in(app, vault, given, check_in: NewCheckIn) -> CheckInSaved {
        care::save_check_in(vault, app.content(), &check_in, given.now.at, &mut given.rng)
    }
}
