//! The phone's own senses, as a desktop answers them: the commands exist and decode as the page
//! sends them, the breathing asks the device for nothing, a fingerprint or face is neither
//! offered nor used, and the passcode stays the way in. What a phone does with them needs a
//! phone (docs/mobile.md).

use aftercare_core::vault::{BiometricSecret, Passcode};
use serde_json::json;

use super::{app, error, ops, to_json, PASSCODE};
use crate::clock;

#[test]
fn on_a_desktop_the_breathing_vibrates_nothing_and_a_fingerprint_is_not_offered() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert_eq!(
        to_json(ops::rules(&app).unwrap())["device"],
        json!({"tray": true, "shortcuts": true, "vibration": false, "biometric_unlock": false,
               "camera": false, "share_sheet": false}),
        "the settings offer the tray here, and neither vibration nor a fingerprint"
    );
    for cue in ["in", "out"] {
        assert_eq!(ops::breathing_cue(&app, cue).unwrap(), json!(false));
    }
    assert_eq!(error(ops::breathing_cue(&app, "hold"))["kind"], "invalid");
    assert_eq!(
        error(ops::share_text(&app, "Thinking of you."))["kind"],
        "not-available",
        "no share sheet here: Copy is the way"
    );
    assert_eq!(ops::take_shortcut(&app).unwrap(), json!(null));
    // What a phone's shortcut leaves for the page (`shortcuts::opened`) is taken once.
    app.keep_shortcut(aftercare_core::content::ActionId("water".into()));
    assert_eq!(ops::take_shortcut(&app).unwrap(), json!("water"));
    assert_eq!(ops::take_shortcut(&app).unwrap(), json!(null));

    let refused = ops::set_biometric_unlock(&app, true, Some(PASSCODE));
    assert_eq!(error(refused)["kind"], "not-available");
    assert_eq!(ops::vault_status(&app).unwrap()["biometric_unlock"], false);
    assert_eq!(
        ops::set_biometric_unlock(&app, false, None).unwrap(),
        json!(false)
    );
    ops::lock(&app).unwrap();
    assert_eq!(error(ops::unlock_with_biometric(&app))["kind"], "not-found");
}

#[test]
fn a_second_key_slot_the_device_cannot_open_leaves_the_passcode_the_way_in() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    app.vault()
        .add_biometric_slot(
            &Passcode::new(PASSCODE.into()),
            &BiometricSecret::from_bytes([6; 32]),
            b"sealed elsewhere",
            super::time::now().at,
            &mut clock::rng(),
        )
        .unwrap();
    ops::lock(&app).unwrap();
    assert_eq!(ops::vault_status(&app).unwrap()["biometric_unlock"], true);
    assert_eq!(
        error(ops::unlock_with_biometric(&app))["kind"],
        "not-available",
        "no key store here opens it"
    );
    assert_eq!(ops::vault_status(&app).unwrap()["status"], "locked");
    ops::unlock(&app, PASSCODE.into()).unwrap();
    assert_eq!(ops::vault_status(&app).unwrap()["status"], "unlocked");
}
