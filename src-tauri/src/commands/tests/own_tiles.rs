//! Tiles of one's own through the commands: made, placed on Home by id, tapped unlocked and
//! (when chosen) locked, listed by title only while locked, refused calmly when wrong.

use aftercare_core::content::ActionId;
use serde_json::json;

use super::{app, error, ops, to_json, PASSCODE};

fn order(settings: &serde_json::Value) -> Vec<String> {
    serde_json::from_value(settings["shown_order"].clone()).unwrap()
}

#[test]
fn my_own_tile_joins_home_and_can_be_moved_hidden_and_tapped() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let tea = ops::add_own_tile(
        &app,
        json!({"title": " Tea on the sofa ", "steps": ["Kettle", ""], "say": "Tea?", "show_locked": false}),
    )
    .unwrap();
    let id = tea["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("own-"), "{id}");
    assert_eq!(tea["title"], "Tea on the sofa");
    assert_eq!(tea["steps"], json!(["Kettle"]));
    assert_eq!(ops::own_tiles(&app).unwrap(), json!([tea]));

    let settings = ops::settings(&app).unwrap();
    assert_eq!(
        order(&settings).last(),
        Some(&id),
        "after the content's tiles"
    );
    let mut changes: ops::SettingsView = serde_json::from_value(settings).unwrap();
    changes.tile_order = vec![ActionId(id.clone()), "water".into()];
    let moved = order(&ops::update_settings(&app, changes.clone()).unwrap());
    assert_eq!(&moved[..2], [id.clone(), "water".to_owned()]);
    changes.hidden_tiles = vec![ActionId(id.clone())];
    let hidden = order(&ops::update_settings(&app, changes.clone()).unwrap());
    assert!(!hidden.contains(&id));

    let tap = to_json(ops::record_care(&app, &id).unwrap());
    assert_eq!(tap["saved"], "in-moment");
    ops::delete_own_tile(&app, &id).unwrap();
    assert_eq!(ops::own_tiles(&app).unwrap(), json!([]));
    assert_eq!(error(ops::record_care(&app, &id))["kind"], "not-found");
    changes.hidden_tiles = vec![ActionId(id.clone())];
    assert_eq!(
        error(ops::update_settings(&app, changes))["kind"],
        "not-found",
        "a removed tile is no longer one to arrange"
    );
    let history = to_json(ops::history(&app, 10, None).unwrap());
    assert_eq!(
        history[0]["care"][0]["action"],
        id.as_str(),
        "its care stays"
    );
}

#[test]
fn locked_only_the_chosen_titles_show_and_only_they_can_be_tapped() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let shown = ops::add_own_tile(
        &app,
        json!({"title": "Shown tile", "steps": ["A secret step"], "say": "Secret words", "show_locked": true}),
    )
    .unwrap();
    let kept = ops::add_own_tile(&app, json!({"title": "Kept tile"})).unwrap();
    let shown_id = shown["id"].as_str().unwrap();
    let kept_id = kept["id"].as_str().unwrap();

    ops::lock(&app).unwrap();
    assert_eq!(
        ops::locked_tiles(&app).unwrap(),
        json!([{"id": shown_id, "title": "Shown tile"}]),
        "id and title only"
    );
    assert_eq!(error(ops::own_tiles(&app))["kind"], "locked");
    assert_eq!(
        to_json(ops::record_care(&app, shown_id).unwrap())["saved"],
        "sealed"
    );
    assert_eq!(error(ops::record_care(&app, kept_id))["kind"], "not-found");
    assert_eq!(
        error(ops::add_own_tile(&app, json!({"title": "x"})))["kind"],
        "locked"
    );

    let report = to_json(ops::unlock(&app, PASSCODE.into()).unwrap());
    assert_eq!(report["merged"], 1);
    ops::edit_own_tile(&app, shown_id, json!({"title": "Shown tile"})).unwrap();
    ops::lock(&app).unwrap();
    assert_eq!(
        ops::locked_tiles(&app).unwrap(),
        json!([]),
        "no longer chosen"
    );
}

#[test]
fn a_bad_tile_is_refused_calmly_without_its_words() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let too_long = error(ops::add_own_tile(
        &app,
        json!({"title": "my private words ".repeat(5)}),
    ));
    assert_eq!(too_long["kind"], "invalid");
    assert!(
        !too_long["message"].as_str().unwrap().contains("private"),
        "no user text in errors: {too_long}"
    );
    assert_eq!(
        error(ops::add_own_tile(&app, json!({"title": "  "})))["kind"],
        "invalid"
    );
    let nobody = "own-0000000000000000";
    assert_eq!(
        error(ops::edit_own_tile(&app, nobody, json!({"title": "Fine"})))["kind"],
        "not-found"
    );
    assert_eq!(
        error(ops::delete_own_tile(&app, nobody))["kind"],
        "not-found"
    );
    assert_eq!(
        ops::own_tiles(&app).unwrap(),
        json!([]),
        "nothing was written"
    );
}

#[test]
fn a_restore_brings_back_my_tiles_and_the_titles_chosen_for_home_while_locked() {
    let out = tempfile::tempdir().unwrap();
    let (_tmp, mut first) = app();
    first.export_dir = Some(out.path().to_owned());
    ops::set_up(&first, PASSCODE.into()).unwrap();
    let shown = ops::add_own_tile(
        &first,
        json!({"title": "Shown tile", "steps": ["A step"], "show_locked": true}),
    )
    .unwrap();
    let made = to_json(ops::back_up(&first, "lantern orchard velvet").unwrap());

    let (_tmp2, second) = app();
    ops::set_up(&second, PASSCODE.into()).unwrap();
    ops::restore_backup(
        &second,
        made["path"].as_str().unwrap(),
        "lantern orchard velvet",
    )
    .unwrap();
    assert_eq!(ops::own_tiles(&second).unwrap(), json!([shown]));
    ops::lock(&second).unwrap();
    assert_eq!(
        ops::locked_tiles(&second).unwrap(),
        json!([{"id": shown["id"], "title": "Shown tile"}]),
        "the restore wrote the list for Home while locked"
    );
}
