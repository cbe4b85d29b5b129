//! "I usually check in on my own": Home's tiles lead with care for yourself, when chosen.

use super::{app, ops, PASSCODE};

#[test]
fn solo_first_reorders_the_tiles_home_shows_and_is_off_by_default() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let order = |settings: &serde_json::Value| -> Vec<String> {
        serde_json::from_value(settings["home_order"].clone()).unwrap()
    };
    let before = ops::settings(&app).unwrap();
    assert_eq!(before["solo_first"], false);
    assert_eq!(order(&before)[0], "water", "as the content lists them");

    let mut changes: ops::SettingsView = serde_json::from_value(before.clone()).unwrap();
    changes.solo_first = true;
    let after = ops::update_settings(&app, changes).unwrap();

    assert_eq!(after["solo_first"], true);
    let solo = order(&after);
    assert_eq!(&solo[..3], ["blanket", "breathe", "freshen-up"]);
    let mut a = solo.clone();
    let mut b = order(&before);
    a.sort();
    b.sort();
    assert_eq!(a, b, "every tile is still there");
}
