//! What the app says, the rules it keeps, and one-tap care and check-ins (which work locked).

use aftercare_core::{
    api::care::{self, CheckInSaved, Rules},
    content::{ActionId, Content},
    model::NewCheckIn,
    vault::Tap,
};

use super::commands;

commands! {
    /// Everything the app says: actions, questions, guide pages and UI strings.
    fn content(app, given) -> &'static Content {
        Ok(app.content)
    }

    fn rules(app, given) -> Rules {
        Ok(care::rules())
    }

    /// One tap: into the current moment when unlocked, sealed when locked; what it returns
    /// undoes it.
    fn record_action(app, vault, given, action: ActionId) -> Tap {
        care::record_action(vault, app.content, &action, given.now.at, &mut given.rng)
    }

    /// "Undo" after a tap: removes exactly what that tap recorded, locked or not.
    fn undo_tap(app, vault, given, tap: Tap) -> () {
        care::undo_tap(vault, &tap)
    }

    /// A check-in, checked against the content first; sealed when locked; with what the app
    /// says back to its answers.
    fn save_check_in(app, vault, given, check_in: NewCheckIn) -> CheckInSaved {
        care::save_check_in(vault, app.content, &check_in, given.now.at, &mut given.rng)
    }
}
