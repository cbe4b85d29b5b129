//! Actions from a reminder's notification, as the notification server delivers them (issue 15).

use aftercare_core::reminders::Pending;

use super::{app, ops, tick, PASSCODE};
use crate::{reminders, state::AppState};

fn just_shown() -> Pending {
    Pending::at(super::now().at - chrono::Duration::minutes(2))
}

/// An action on the notification, delivered now (by the test's clock).
fn apply_answer(
    app: &AppState,
    covers: &[Pending],
    action: &str,
) -> Option<aftercare_core::api::reminders::AnswerEvent> {
    reminders::apply_answer(app, covers, action, tick().at).0
}

#[test]
fn i_am_okay_from_the_notification_is_recorded_once_as_since_then() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    let covers = [just_shown()];

    let event = apply_answer(&app, &covers, "okay").unwrap();
    assert_eq!(event.answer, "okay");
    assert_eq!(
        apply_answer(&app, &covers, "okay"),
        None,
        "a repeat does nothing"
    );

    let history = ops::history(&app, 10, None).unwrap();
    let check_ins = history[0]["check_ins"].as_array().unwrap();
    assert_eq!(check_ins.len(), 1, "{history}");
    assert_eq!(check_ins[0]["occasion"], "since-then");
}

#[test]
fn a_tap_on_the_body_opens_and_not_so_good_records_nothing() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let covers = [just_shown()];
    assert_eq!(
        apply_answer(&app, &covers, "default").unwrap().answer,
        "open"
    );
    assert_eq!(apply_answer(&app, &covers, "__closed"), None);
    assert_eq!(
        apply_answer(&app, &covers, "not-so-good").unwrap().answer,
        "not-so-good"
    );
    assert_eq!(ops::history(&app, 10, None).unwrap(), serde_json::json!([]));
}
