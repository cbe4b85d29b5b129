//! "What helps me" is worked out from the whole history, and only while unlocked.

use super::{app, error, ops, PASSCODE};

#[test]
fn insights_come_from_the_history_and_wait_for_the_passcode() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    let found = ops::insights(&app).unwrap();
    assert_eq!(found["moments"], 1);
    assert_eq!(found["days_after"].as_array().unwrap().len(), 5);
    assert_eq!(
        found["care"][0]["lean"], "not-enough",
        "one moment is not enough"
    );
    ops::lock(&app).unwrap();
    assert_eq!(error(ops::insights(&app))["kind"], "locked");
}
