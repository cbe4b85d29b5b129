//! The settings round-trip through the store and are checked.

use serde_json::{json, Value};

use super::{app, error, ops, PASSCODE};

/// The settings without the tile order (`home::…` checks that).
fn without_shown_order(mut settings: Value) -> Value {
    settings.as_object_mut().unwrap().remove("shown_order");
    settings
}

#[test]
fn settings_round_trip_and_are_checked() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert_eq!(
        without_shown_order(ops::settings(&app).unwrap()),
        json!({"auto_lock_minutes": 5, "moment_window_minutes": 180, "morning_hour": 9, "evening_hour": 21,
               "discreet": true, "protect_screen": true, "solo_first": false, "snooze_minutes": 60, "most_used_first": false, "tile_order": [], "hidden_tiles": [], "tied_to_device": false,
               "care_shortcuts": false, "haptic_breathing": false, "biometric_unlock": false}),
        "discreet and screen protection are on by default; care from the tray and the breathing's vibration off"
    );
    let view = |auto_lock_minutes, morning_hour| ops::SettingsView {
        auto_lock_minutes,
        moment_window_minutes: 60,
        morning_hour,
        evening_hour: 22,
        discreet: false,
        protect_screen: false,
        care_shortcuts: true,
        haptic_breathing: true,
        ..ops::SettingsView::default()
    };
    let changed = ops::update_settings(&app, view(2, 8)).unwrap();
    assert_eq!(
        without_shown_order(changed),
        json!({"auto_lock_minutes": 2, "moment_window_minutes": 60, "morning_hour": 8, "evening_hour": 22,
               "discreet": false, "protect_screen": false, "solo_first": false, "snooze_minutes": 60, "most_used_first": false, "tile_order": [], "hidden_tiles": [], "tied_to_device": false,
               "care_shortcuts": true, "haptic_breathing": true, "biometric_unlock": false})
    );
    assert_eq!(
        error(ops::update_settings(&app, view(5, 24)))["kind"],
        "invalid"
    );
    let bad = ops::update_settings(&app, view(0, 8));
    assert_eq!(error(bad)["kind"], "invalid");
    ops::lock(&app).unwrap();
    assert_eq!(error(ops::settings(&app))["kind"], "locked");
}
