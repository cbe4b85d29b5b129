//! The language: chosen before set-up or in Settings, kept in the settings and in the file read
//! while locked, and what the `content` command gives the page.

use aftercare_core::{content::Locale, data_dir::DataDir, vault::slot::KdfParams};
use serde_json::Value;

use super::{app, error, ops, PASSCODE};
use crate::state::AppState;

fn spoken(app: &AppState) -> Value {
    ops::content(app).unwrap()
}

#[test]
fn the_chosen_language_is_spoken_kept_across_a_restart_and_the_settings_win_at_unlock() {
    let (tmp, app) = app();
    let content = spoken(&app);
    assert_eq!(content["locale"]["tag"], "en");
    assert_eq!(content["locale"]["dir"], "ltr");
    let names: Vec<&str> = content["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert!(
        names.starts_with(&["English", "Deutsch", "Español"]),
        "{names:?}"
    );

    // Chosen on the welcome, before any passcode: spoken at once, and set-up keeps it.
    ops::set_locale(&app, "es").unwrap();
    assert_eq!(spoken(&app)["locale"]["tag"], "es");
    assert_eq!(spoken(&app)["strings"]["home-check_in"], "¿Cómo estás?");
    assert_eq!(ops::vault_status(&app).unwrap()["locale"], "es");
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert_eq!(
        error(ops::set_locale(&app, "fr"))["kind"],
        "not-found",
        "only a language the app speaks"
    );

    // Another start of the app, whatever the system's language: Spanish before unlocking.
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused")).unwrap();
    let again = AppState::new(
        Locale::find("de").unwrap(),
        &dir,
        KdfParams::INSECURE_FOR_TESTS,
    );
    assert_eq!(spoken(&again)["locale"]["tag"], "es");

    // The settings are the person's word: a file changed while locked is put right at unlock.
    std::fs::write(tmp.path().join("data/locale"), "de\n").unwrap();
    let third = AppState::new(Locale::english(), &dir, KdfParams::INSECURE_FOR_TESTS);
    assert_eq!(spoken(&third)["locale"]["tag"], "de");
    ops::unlock(&third, PASSCODE.into()).unwrap();
    assert_eq!(ops::vault_status(&third).unwrap()["locale"], "es");
    assert_eq!(spoken(&third)["locale"]["tag"], "es");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("data/locale")).unwrap(),
        "es\n"
    );
}

#[test]
fn the_wipe_word_is_the_languages_own() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::set_locale(&app, "de").unwrap();
    ops::lock(&app).unwrap();
    assert_eq!(
        error(ops::wipe(&app, Some("delete")))["kind"],
        "invalid",
        "the English word does nothing in German"
    );
    ops::wipe(&app, Some("Löschen")).unwrap();
    assert_eq!(ops::vault_status(&app).unwrap()["status"], "not-set-up");
}
