//! The lock's promises as the UI sees them: a weak passcode is refused with its own kind, and
//! with a key store the device's secret is made at first run, needed at unlock, and forgotten
//! by wipe. A stand-in key store in memory plays the platform's (these tests never touch the
//! machine's); the journeys use a real Secret Service.

use aftercare_core::{content::Content, data_dir::DataDir, vault::slot::KdfParams};

use super::{app, error, ops, to_json, PASSCODE};
use crate::{device_key::KeyStore, state::AppState};

/// An app over `folder` whose device has a key store of its own.
fn app_on_a_device(folder: &std::path::Path) -> AppState {
    let dir = DataDir::resolve(Some(folder.to_owned()), folder.join("unused")).unwrap();
    let mut state = AppState::new(
        Content::embedded().unwrap(),
        &dir,
        KdfParams::INSECURE_FOR_TESTS,
    );
    state.key_store = KeyStore::Memory(Default::default());
    state
}

#[test]
fn a_weak_passcode_is_refused_with_its_own_kind_and_nothing_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app_on_a_device(&tmp.path().join("data"));
    for weak in ["123456", "password1", "aftercare1"] {
        let refused = error(ops::set_up(&app, weak.into()));
        assert_eq!(refused["kind"], "weak-passcode");
        assert!(!refused["message"].as_str().unwrap().contains(weak));
    }
    assert!(app.key_store.find().is_none(), "no device secret made");
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let refused = error(ops::change_passcode(&app, PASSCODE.into(), "123456".into()));
    assert_eq!(refused["kind"], "weak-passcode");
}

#[test]
fn the_device_secret_is_made_at_first_run_needed_at_unlock_and_forgotten_by_wipe() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("data");
    let app = app_on_a_device(&folder);
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert!(app.key_store.find().is_some(), "made at first run");
    ops::lock(&app).unwrap();

    // The same folder on a device whose key store has nothing for it: a copy.
    let elsewhere = app_on_a_device(&folder);
    let missing = error(ops::unlock(&elsewhere, PASSCODE.into()));
    assert_eq!(missing["kind"], "device-key-missing");

    ops::unlock(&app, PASSCODE.into()).unwrap();
    ops::wipe(&app, None).unwrap();
    assert!(app.key_store.find().is_none(), "wipe forgets it");
}

#[test]
fn without_a_key_store_the_app_works_as_before() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("data");
    let mut app = app_on_a_device(&folder);
    app.key_store = KeyStore::None;
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::lock(&app).unwrap();
    let mut later = app_on_a_device(&folder);
    later.key_store = KeyStore::None;
    ops::unlock(&later, PASSCODE.into()).unwrap();
}

#[test]
fn changing_the_passcode_with_a_new_key_keeps_everything_and_only_the_new_one_opens() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_action(&app, "water").unwrap();
    ops::change_passcode_and_rekey(&app, PASSCODE.into(), "a quiet harbour at dawn".into())
        .unwrap();
    ops::lock(&app).unwrap();
    assert_eq!(
        error(ops::unlock(&app, PASSCODE.into()))["kind"],
        "wrong-passcode"
    );
    ops::unlock(&app, "a quiet harbour at dawn".into()).unwrap();
    let history = to_json(ops::history(&app, 10, None).unwrap());
    assert_eq!(history[0]["actions"].as_array().unwrap().len(), 1);
}

#[test]
fn wipe_while_locked_needs_the_typed_word_to_travel_with_it() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::lock(&app).unwrap();
    let status = |app: &AppState| to_json(ops::vault_status(app).unwrap())["status"].clone();
    assert_eq!(error(ops::wipe(&app, None))["kind"], "locked");
    assert_eq!(error(ops::wipe(&app, Some("nope")))["kind"], "invalid");
    assert_eq!(status(&app), "locked", "nothing was deleted");
    ops::wipe(&app, Some(" Delete ")).unwrap();
    assert_eq!(status(&app), "not-set-up");
}
