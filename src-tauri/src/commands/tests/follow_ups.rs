//! A saved check-in comes back with what the app says to its answers.

use aftercare_core::model::NewCheckIn;

use super::{app, ops, to_json, PASSCODE};

#[test]
fn a_check_in_saying_something_felt_off_comes_back_with_a_kind_line_and_a_link() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let check_in: NewCheckIn = serde_json::from_value(serde_json::json!({
        "answers": [{"question": "felt-respected", "options": ["not-really"]}],
        "scales": {"feelings": 1}
    }))
    .unwrap();
    let saved = to_json(ops::save_check_in(&app, &check_in).unwrap());
    assert_eq!(saved["saved"], "in-moment");
    let replies = saved["replies"].as_array().unwrap();
    assert_eq!(replies.len(), 2, "{saved}");
    assert_eq!(
        replies[0]["learn"], "drop",
        "in the order the check-in asks"
    );
    assert_eq!(replies[1]["learn"], "didnt-feel-okay");
    assert!(replies
        .iter()
        .all(|f| f["text"].as_str().is_some_and(|t| !t.is_empty())));

    ops::lock(&app).unwrap();
    let sealed = to_json(ops::save_check_in(&app, &NewCheckIn::default()).unwrap());
    assert_eq!(sealed["saved"], "sealed");
    assert_eq!(sealed["replies"], serde_json::json!([]));
}

#[test]
fn one_tap_plans_tomorrow_and_three_days_while_locked_and_both_are_there_after_unlock() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::lock(&app).unwrap();

    let due = ops::plan_follow_ups(&app).unwrap();

    assert_eq!(due.len(), 2);
    assert_eq!(due[1] - due[0], chrono::Duration::days(2));
    assert!(
        ops::reminders(&app).is_err(),
        "the list of reminders itself waits for the passcode"
    );
    ops::unlock(&app, PASSCODE.into()).unwrap();
    let view = ops::reminders(&app).unwrap();
    let pending: Vec<String> = view["pending"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["due_at"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = due
        .iter()
        .map(|d| to_json(d).as_str().unwrap().to_owned())
        .collect();
    assert_eq!(pending, expected);
}

#[test]
fn a_since_then_check_in_is_saved_as_one_and_no_new_moment_starts() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    let check_in: NewCheckIn = serde_json::from_value(serde_json::json!({
        "occasion": "since-then",
        "answers": [{"question": "since-how", "options": ["low"]}]
    }))
    .unwrap();
    let saved = to_json(ops::save_check_in(&app, &check_in).unwrap());
    assert_eq!(saved["replies"][0]["learn"], "drop", "{saved}");
    let history = ops::history(&app, 10, None).unwrap();
    assert_eq!(history.as_array().unwrap().len(), 1);
    assert_eq!(history[0]["check_ins"][0]["occasion"], "since-then");
}
