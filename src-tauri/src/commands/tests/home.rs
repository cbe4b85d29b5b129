//! Home's tiles follow the settings: care for on my own first, my own order, hidden tiles, and
//! the care I use most; an unknown tile is refused calmly.

use super::{app, error, ops, PASSCODE};

fn order(settings: &serde_json::Value) -> Vec<String> {
    serde_json::from_value(settings["shown_order"].clone()).unwrap()
}

#[test]
fn solo_first_reorders_the_tiles_home_shows_and_is_off_by_default() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
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

#[test]
fn my_order_hidden_tiles_and_the_care_i_use_most_shape_home() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    for _ in 0..3 {
        ops::record_care(&app, "rest").unwrap();
    }
    let mut changes: ops::SettingsView =
        serde_json::from_value(ops::settings(&app).unwrap()).unwrap();
    changes.tile_order = vec!["snack".into(), "water".into()];
    changes.hidden_tiles = vec!["film".into()];
    let arranged = order(&ops::update_settings(&app, changes.clone()).unwrap());
    assert_eq!(&arranged[..2], ["snack", "water"]);
    assert!(!arranged.contains(&"film".to_owned()));

    changes.most_used_first = true;
    let used = order(&ops::update_settings(&app, changes.clone()).unwrap());
    assert_eq!(used[0], "rest", "tapped most");

    changes.hidden_tiles = vec!["no-such-care".into()];
    assert_eq!(
        error(ops::update_settings(&app, changes))["kind"],
        "not-found"
    );
}
