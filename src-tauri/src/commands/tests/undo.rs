//! "Undo" after a tap, as the UI calls it: with exactly what `record_action` returned.

use super::{app, error, ops, to_json, PASSCODE};

#[test]
fn a_tap_then_undo_leaves_no_record_unlocked_or_locked() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();

    let tap = to_json(ops::record_action(&app, "water").unwrap());
    assert!(tap["care"].is_i64(), "the tap names its own record: {tap}");
    ops::undo_tap(&app, tap.clone()).unwrap();
    assert_eq!(
        to_json(ops::history(&app, 10, None).unwrap()),
        serde_json::json!([])
    );
    assert_eq!(error(ops::undo_tap(&app, tap))["kind"], "not-found", "once");

    ops::lock(&app).unwrap();
    let sealed = to_json(ops::record_action(&app, "cuddle").unwrap());
    assert_eq!(sealed["saved"], "sealed");
    ops::undo_tap(&app, sealed).unwrap();
    let report = to_json(ops::unlock(&app, PASSCODE.into()).unwrap());
    assert_eq!(report["merged"], 0, "nothing was left to merge");
    assert_eq!(
        to_json(ops::history(&app, 10, None).unwrap()),
        serde_json::json!([])
    );

    let crafted = serde_json::json!({ "saved": "sealed", "file": "../keyslot" });
    assert_eq!(error(ops::undo_tap(&app, crafted))["kind"], "invalid");
}
