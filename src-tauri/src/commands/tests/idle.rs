//! The shell's own auto-lock: it holds whatever the page does.

use chrono::{Duration, TimeZone, Utc};
use serde_json::json;

use super::{app, ops, to_json, PASSCODE};

#[test]
fn the_shell_locks_an_idle_vault_whatever_the_page_does() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::update_settings(
        &app,
        ops::SettingsView {
            auto_lock_minutes: 2,
            moment_window_minutes: 180,
            morning_hour: 9,
            evening_hour: 21,
            discreet: true,
            protect_screen: true,
            ..ops::SettingsView::default()
        },
    )
    .unwrap();
    let last = Utc.with_ymd_and_hms(2026, 11, 27, 23, 0, 0).unwrap();
    app.touch(last);
    assert!(!app.lock_if_idle(last + Duration::seconds(119)).unwrap());
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["status"],
        "unlocked"
    );

    app.touch(last + Duration::minutes(1));
    assert!(
        !app.lock_if_idle(last + Duration::minutes(2)).unwrap(),
        "activity pushes the deadline on"
    );
    assert!(app.lock_if_idle(last + Duration::minutes(3)).unwrap());
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["status"],
        "locked"
    );
    assert_eq!(
        to_json(ops::still_here(&app).unwrap()),
        json!(null),
        "the page's sign of life is a command like any other"
    );
}
