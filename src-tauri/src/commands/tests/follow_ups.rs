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
    let follow_ups = saved["follow_ups"].as_array().unwrap();
    assert_eq!(follow_ups.len(), 2, "{saved}");
    assert_eq!(
        follow_ups[0]["learn"], "drop",
        "in the order the check-in asks"
    );
    assert_eq!(follow_ups[1]["learn"], "didnt-feel-okay");
    assert!(follow_ups
        .iter()
        .all(|f| f["text"].as_str().is_some_and(|t| !t.is_empty())));

    ops::lock(&app).unwrap();
    let sealed = to_json(ops::save_check_in(&app, &NewCheckIn::default()).unwrap());
    assert_eq!(sealed["saved"], "sealed");
    assert_eq!(sealed["follow_ups"], serde_json::json!([]));
}
