//! "My people" as the calm space sees them: added while unlocked, listed, removed; checked by
//! the core; unreadable and unwritable while locked.

use serde_json::json;

use super::{app, error, ops, to_json, PASSCODE};

#[test]
fn my_people_are_added_listed_and_removed_only_while_unlocked() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert_eq!(to_json(ops::people(&app).unwrap()), json!([]));

    let added = to_json(ops::add_person(&app, " Sam ", "+44 7700 900123").unwrap());
    assert_eq!(added[0]["name"], "Sam", "the list comes back, trimmed");
    assert_eq!(added[0]["number"], "+44 7700 900123");
    let id = added[0]["id"].as_i64().unwrap();
    assert_eq!(
        error(ops::add_person(&app, "Sam", "not a number"))["kind"],
        "invalid"
    );

    ops::lock(&app).unwrap();
    assert_eq!(
        error(ops::people(&app))["kind"],
        "locked",
        "locked, nothing shows"
    );
    assert_eq!(
        error(ops::add_person(&app, "Alex", "123"))["kind"],
        "locked"
    );
    ops::unlock(&app, PASSCODE.into()).unwrap();

    assert_eq!(to_json(ops::remove_person(&app, id).unwrap()), json!([]));
    assert_eq!(error(ops::remove_person(&app, id))["kind"], "not-found");
}

/// Someone marked "reachable without unlocking" is read while locked, name and number only;
/// no one else is, and unmarking them takes them off that list.
#[test]
fn a_person_marked_reachable_is_listed_while_locked_and_no_one_else() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert_eq!(to_json(ops::locked_people(&app).unwrap()), json!([]));
    let added = to_json(ops::add_reachable_person(&app, "Sam", "+44 7700 900123").unwrap());
    assert_eq!(added[0]["reachable_locked"], true);
    let robin = to_json(ops::add_person(&app, "Robin", "0800 11 22").unwrap());
    assert_eq!(robin[1]["reachable_locked"], false);
    let robin = robin[1]["id"].as_i64().unwrap();

    ops::lock(&app).unwrap();
    assert_eq!(
        to_json(ops::locked_people(&app).unwrap()),
        json!([{ "name": "Sam", "number": "+44 7700 900123" }])
    );
    assert_eq!(
        error(ops::set_person_reachable(&app, robin, true))["kind"],
        "locked",
        "marking waits for the passcode"
    );

    ops::unlock(&app, PASSCODE.into()).unwrap();
    let sam = added[0]["id"].as_i64().unwrap();
    ops::set_person_reachable(&app, robin, true).unwrap();
    let list = to_json(ops::set_person_reachable(&app, sam, false).unwrap());
    assert_eq!(list[0]["reachable_locked"], false);
    assert_eq!(
        to_json(ops::locked_people(&app).unwrap()),
        json!([{ "name": "Robin", "number": "0800 11 22" }])
    );
    assert_eq!(
        error(ops::set_person_reachable(&app, 9_999, true))["kind"],
        "not-found"
    );
}
