//! The lock's promises as the UI sees them: a weak passcode is refused with its own kind, and
//! with a key store the device's secret is made at first run (filed under a random id, so the
//! folder may move), needed at unlock, and forgotten by wipe; without one the app says so, and
//! ties the vault at the next change of passcode once there is one. A stand-in key store in memory plays the platform's (these tests never touch the
//! machine's); the journeys use a real Secret Service.

use aftercare_core::{
    data_dir::DataDir,
    vault::{
        slot::{KdfParams, KeySlot},
        DeviceKeyName, Passcode,
    },
};

use super::{app, error, ops, to_json, PASSCODE};
use crate::{device_key::DeviceKeyStore, state::AppState};

/// An app over `folder` whose device has a key store of its own.
fn app_on_a_device(folder: &std::path::Path) -> AppState {
    let dir = DataDir::resolve(Some(folder.to_owned()), folder.join("unused")).unwrap();
    let mut state = AppState::new(
        aftercare_core::content::Locale::english(),
        &dir,
        KdfParams::INSECURE_FOR_TESTS,
    );
    state.key_store = DeviceKeyStore::Memory(Default::default());
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
    assert!(app.key_store.entries().is_empty(), "no device secret made");
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let refused = error(ops::change_passcode(&app, PASSCODE.into(), "123456".into()));
    assert_eq!(refused["kind"], "weak-passcode");
    assert_eq!(
        app.key_store.entries().len(),
        1,
        "none made for a refused change"
    );
}

/// Whether the vault is tied to this device, as set-up and Settings say it.
fn tied(app: &AppState) -> bool {
    to_json(ops::settings(app).unwrap())["tied_to_device"]
        .as_bool()
        .unwrap()
}

#[test]
fn the_device_secret_is_made_at_first_run_named_by_an_id_needed_at_unlock_and_forgotten_by_wipe() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("data");
    let app = app_on_a_device(&folder);
    let made = to_json(ops::set_up(&app, PASSCODE.into()).unwrap());
    assert_eq!(made["tied_to_device"], true, "set-up says so");
    assert!(tied(&app), "and so does Settings");
    let names: Vec<String> = app.key_store.entries().into_keys().collect();
    assert_eq!(names.len(), 1, "made at first run");
    assert!(
        names[0].len() == 32 && names[0].bytes().all(|b| b.is_ascii_hexdigit()),
        "named by a random id, not by the folder: {names:?}"
    );
    ops::lock(&app).unwrap();

    // The same folder on a device whose key store has nothing for it: a copy.
    let elsewhere = app_on_a_device(&folder);
    let missing = error(ops::unlock(&elsewhere, PASSCODE.into()));
    assert_eq!(missing["kind"], "device-key-missing");

    ops::unlock(&app, PASSCODE.into()).unwrap();
    ops::wipe(&app, None).unwrap();
    assert!(app.key_store.entries().is_empty(), "wipe forgets it");
}

#[test]
fn the_vault_opens_wherever_its_folder_is_reached_from() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app_on_a_device(&tmp.path().join("data"));
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    ops::lock(&app).unwrap();
    // The folder moved (a new home folder), and the same key store.
    std::fs::rename(tmp.path().join("data"), tmp.path().join("moved")).unwrap();
    let mut moved = app_on_a_device(&tmp.path().join("moved"));
    moved.key_store = DeviceKeyStore::Memory(app.key_store.entries().into());
    ops::unlock(&moved, PASSCODE.into()).unwrap();
    let history = to_json(ops::history(&moved, 10, None).unwrap());
    assert_eq!(history[0]["care"].as_array().unwrap().len(), 1);
}

#[test]
fn without_a_key_store_the_app_works_as_before_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("data");
    let mut app = app_on_a_device(&folder);
    app.key_store = DeviceKeyStore::None;
    let made = to_json(ops::set_up(&app, PASSCODE.into()).unwrap());
    assert_eq!(made["tied_to_device"], false, "set-up says so");
    assert!(!tied(&app), "and so does Settings");
    ops::lock(&app).unwrap();
    let mut later = app_on_a_device(&folder);
    later.key_store = DeviceKeyStore::None;
    ops::unlock(&later, PASSCODE.into()).unwrap();
}

#[test]
fn a_vault_not_tied_at_set_up_is_tied_at_the_next_change_of_passcode_once_a_key_store_is_there() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("data");
    let mut app = app_on_a_device(&folder);
    app.key_store = DeviceKeyStore::None;
    ops::set_up(&app, PASSCODE.into()).unwrap();
    // Still none: a change of passcode leaves it as it was.
    ops::change_passcode(&app, PASSCODE.into(), "quiet meadow lantern".into()).unwrap();
    assert!(!tied(&app));
    // A keyring appears (the same device, a later start).
    app.key_store = DeviceKeyStore::Memory(Default::default());
    ops::change_passcode(&app, "quiet meadow lantern".into(), PASSCODE.into()).unwrap();
    assert!(tied(&app), "tied now");
    assert_eq!(app.key_store.entries().len(), 1);
    ops::lock(&app).unwrap();
    let elsewhere = app_on_a_device(&folder);
    let missing = error(ops::unlock(&elsewhere, PASSCODE.into()));
    assert_eq!(
        missing["kind"], "device-key-missing",
        "a copy no longer opens"
    );
    ops::unlock(&app, PASSCODE.into()).unwrap();
}

#[test]
fn a_secret_filed_under_the_folder_by_the_version_before_moves_to_an_id_at_the_next_unlock() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("data");
    let app = app_on_a_device(&folder);
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    // As the version before left it: a version-2 slot, the secret filed under the folder.
    {
        let vault = app.vault();
        let name = vault.device_key_name().unwrap();
        let secret = aftercare_core::vault::device::find(&app.key_store, name).unwrap();
        let path = vault.slot_path();
        let slot = KeySlot::decode(&std::fs::read(&path).unwrap()).unwrap();
        let passcode = Passcode::new(PASSCODE.into());
        let key = slot.open(&passcode, Some(&secret)).unwrap();
        let old = KeySlot::sealed_as_version_2_for_tests(
            &key,
            &passcode,
            Some(&secret),
            KdfParams::INSECURE_FOR_TESTS,
            slot.inbox_public_key,
            &mut crate::clock::rng(),
        );
        std::fs::write(&path, old.encode()).unwrap();
        aftercare_core::vault::KeyStore::delete(&app.key_store, name);
        app.key_store.keep_as_before(&secret);
    }
    ops::lock(&app).unwrap();
    assert_eq!(app.vault().device_key_name(), Some(DeviceKeyName::Folder));

    ops::unlock(&app, PASSCODE.into()).unwrap();
    let names: Vec<String> = app.key_store.entries().into_keys().collect();
    assert_eq!(names.len(), 1, "one entry: {names:?}");
    assert_ne!(names[0], "folder", "the folder's name is forgotten");
    assert!(matches!(
        app.vault().device_key_name(),
        Some(DeviceKeyName::Id(_))
    ));
    ops::lock(&app).unwrap();
    ops::unlock(&app, PASSCODE.into()).unwrap();
    let history = to_json(ops::history(&app, 10, None).unwrap());
    assert_eq!(history[0]["care"].as_array().unwrap().len(), 1);
}

#[test]
fn changing_the_passcode_with_a_new_key_keeps_everything_and_only_the_new_one_opens() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    ops::change_passcode_and_rekey(&app, PASSCODE.into(), "a quiet harbour at dawn".into())
        .unwrap();
    ops::lock(&app).unwrap();
    assert_eq!(
        error(ops::unlock(&app, PASSCODE.into()))["kind"],
        "wrong-passcode"
    );
    ops::unlock(&app, "a quiet harbour at dawn".into()).unwrap();
    let history = to_json(ops::history(&app, 10, None).unwrap());
    assert_eq!(history[0]["care"].as_array().unwrap().len(), 1);
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
