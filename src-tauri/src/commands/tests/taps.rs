//! Taps that mean what the person meant, as the UI calls them: "Undo" with exactly what
//! `record_care` returned, and "Not now" to "check on me tomorrow".

use super::{app, error, ops, to_json, PASSCODE};

#[test]
fn a_tap_then_undo_leaves_no_record_unlocked_or_locked() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();

    let tap = to_json(ops::record_care(&app, "water").unwrap());
    assert!(tap["care"].is_i64(), "the tap names its own record: {tap}");
    ops::undo_care(&app, tap.clone()).unwrap();
    assert_eq!(
        to_json(ops::history(&app, 10, None).unwrap()),
        serde_json::json!([])
    );
    assert_eq!(
        error(ops::undo_care(&app, tap))["kind"],
        "not-found",
        "once"
    );

    ops::lock(&app).unwrap();
    let sealed = to_json(ops::record_care(&app, "cuddle").unwrap());
    assert_eq!(sealed["saved"], "sealed");
    ops::undo_care(&app, sealed).unwrap();
    let report = to_json(ops::unlock(&app, PASSCODE.into()).unwrap());
    assert_eq!(report["merged"], 0, "nothing was left to merge");
    assert_eq!(
        to_json(ops::history(&app, 10, None).unwrap()),
        serde_json::json!([])
    );

    let crafted = serde_json::json!({ "saved": "sealed", "file": "../keyslot" });
    assert_eq!(error(ops::undo_care(&app, crafted))["kind"], "invalid");
}

#[test]
fn not_now_to_check_on_me_tomorrow_is_heard() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    let card =
        serde_json::from_value(serde_json::json!({"fields": {"check-tomorrow": {"yes": true}}}))
            .unwrap();
    ops::save_card(&app, &card).unwrap();
    assert!(ops::check_tomorrow_offer(&app).unwrap());
    ops::decline_check_tomorrow(&app).unwrap();
    assert!(!ops::check_tomorrow_offer(&app).unwrap());
}
