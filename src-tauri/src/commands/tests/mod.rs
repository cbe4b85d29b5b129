//! Contract tests: what each command returns, and the shape of its errors, as the UI sees them
//! (JSON). They call each command by name with its arguments as the UI sends them (the JSON
//! object `ui/js/ipc.js` passes to `invoke`), through the same decoding the app uses, without a
//! window.

use aftercare_core::{data_dir::DataDir, model::NewCheckIn, vault::slot::KdfParams};
use serde_json::{json, Value};

use crate::{error::CommandError, state::AppState};

mod answers;
mod backup;
mod follow_ups;
mod freed;
mod home;
mod idle;
mod insights;
mod languages;
mod lock;
mod ops;
mod own_tiles;
mod people;
mod senses;
mod settings;
mod taps;
mod their_cards;
mod time;

const PASSCODE: &str = "correct horse battery";

use time::{now, pass, tick, zone};

fn app() -> (tempfile::TempDir, AppState) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused")).unwrap();
    let state = AppState::new(
        aftercare_core::content::Locale::english(),
        &dir,
        KdfParams::INSECURE_FOR_TESTS,
    );
    (tmp, state)
}

fn to_json<T: serde::Serialize>(value: T) -> Value {
    serde_json::to_value(value).unwrap()
}

fn error<T: std::fmt::Debug>(result: Result<T, CommandError>) -> Value {
    to_json(result.unwrap_err())
}

#[test]
fn first_run_then_a_tap_a_locked_tap_and_the_history() {
    let (_tmp, app) = app();
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap()),
        json!({"status": "not-set-up", "failed_attempts": 0, "reminder_shown": false, "files_altered": false,
               "locale": "en", "biometric_unlock": false})
    );
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["status"],
        "unlocked"
    );

    let saved = to_json(ops::record_care(&app, "water").unwrap());
    assert_eq!(saved["saved"], "in-moment");
    assert!(saved["moment"].is_i64());

    ops::lock(&app).unwrap();
    assert_eq!(
        to_json(ops::record_care(&app, "cuddle").unwrap())["saved"],
        "sealed"
    );
    assert_eq!(
        error(ops::history(&app, 10, None))["kind"],
        "locked",
        "locked history stays unreadable"
    );

    let report = to_json(ops::unlock(&app, PASSCODE.into()).unwrap());
    assert_eq!(
        report,
        json!({"merged": 1, "already_merged": 0, "unreadable": 0, "refused": 0, "altered_files": 0,
               "auto_deleted": {"moments": 0, "check_ins": 0, "journal": 0, "their_cards": 0}})
    );
    let history = to_json(ops::history(&app, 10, None).unwrap());
    assert_eq!(history.as_array().unwrap().len(), 1);
    let actions: Vec<&str> = history[0]["care"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["water", "cuddle"]);
    assert!(
        history[0]["started_at"].is_string(),
        "times cross as RFC 3339 text"
    );
}

#[test]
fn errors_are_kind_coded_and_hold_no_user_text() {
    let (_tmp, app) = app();
    assert_eq!(
        error(ops::unlock(&app, PASSCODE.into()))["kind"],
        "not-set-up"
    );
    assert_eq!(error(ops::set_up(&app, "12345".into()))["kind"], "invalid");
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert_eq!(
        error(ops::set_up(&app, PASSCODE.into()))["kind"],
        "already-set-up"
    );
    assert_eq!(
        error(ops::record_care(&app, "no-such-action"))["kind"],
        "not-found"
    );

    let secret_words = "my secret words ".repeat(7_000);
    let too_long = error(ops::create_journal_entry(&app, &secret_words, None, None));
    assert_eq!(too_long["kind"], "invalid");
    assert!(
        !too_long["message"].as_str().unwrap().contains("secret"),
        "no user text in errors: {too_long}"
    );

    ops::lock(&app).unwrap();
    let wrong = error(ops::unlock(&app, "guessing-the-passcode".into()));
    assert_eq!(wrong["kind"], "wrong-passcode");
    assert!(
        !wrong.to_string().contains("guessing"),
        "the passcode never appears in an error"
    );
    for _ in 0..4 {
        let _ = ops::unlock(&app, "guessing-the-passcode".into());
    }
    let wait = error(ops::unlock(&app, PASSCODE.into()));
    assert_eq!(wait["kind"], "too-many-attempts");
    assert_eq!(wait["wait_seconds"], 30);
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["failed_attempts"],
        5
    );
}

#[test]
fn a_check_in_as_the_ui_sends_it_is_saved_into_the_moment() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let from_ui = json!({
        "company": "casual",
        "answers": [
            {"question": "feel-now", "options": ["calm", "tired"]},
            {"question": "favourite-moment", "text": "the laughing"}
        ],
        "scales": {"body": 4, "feelings": 5, "mind": null, "desire": 2},
        "note": "sleepy and happy"
    });
    let check_in: NewCheckIn = serde_json::from_value(from_ui).unwrap();
    assert_eq!(
        to_json(ops::save_check_in(&app, &check_in).unwrap())["saved"],
        "in-moment"
    );

    let history = to_json(ops::history(&app, 10, None).unwrap());
    let saved = &history[0]["check_ins"][0];
    assert_eq!(history[0]["company"], "casual");
    assert_eq!(saved["scales"]["feelings"], 5);
    assert_eq!(saved["note"], "sleepy and happy");
    assert_eq!(saved["answers"][0]["options"], json!(["calm", "tired"]));

    let bad: NewCheckIn = serde_json::from_value(json!({"scales": {"body": 9}})).unwrap();
    assert_eq!(error(ops::save_check_in(&app, &bad))["kind"], "invalid");
}

#[test]
fn the_journal_through_its_commands() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let entry =
        to_json(ops::create_journal_entry(&app, "we talked until late", None, None).unwrap());
    let id = serde_json::from_value(entry["id"].clone()).unwrap();
    assert_eq!(
        error(ops::create_journal_entry(
            &app,
            "x",
            Some("no.such.prompt"),
            None
        ))["kind"],
        "not-found"
    );

    assert_eq!(
        to_json(ops::journal_search(&app, "talk").unwrap())
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let edited = to_json(ops::edit_journal_entry(&app, id, "we talked until very late").unwrap());
    assert_eq!(edited["body"], "we talked until very late");
    ops::delete_journal_entry(&app, id).unwrap();
    assert_eq!(
        error(ops::delete_journal_entry(&app, id))["kind"],
        "not-found"
    );
    assert!(to_json(ops::journal_entries(&app, 1_000_000, 0).unwrap())
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn change_passcode_and_wipe() {
    let (tmp, mut app) = app();
    // What WebKit keeps for the web view while the app runs (`state::webview_dir`).
    let webview = tmp.path().join("data/webview");
    std::fs::create_dir_all(webview.join("storage")).unwrap();
    std::fs::write(webview.join("hsts-storage.sqlite"), b"SQLite").unwrap();
    app.webview_dir = Some(webview);
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::change_passcode(&app, PASSCODE.into(), "another long passphrase".into()).unwrap();
    ops::lock(&app).unwrap();
    assert_eq!(
        error(ops::unlock(&app, PASSCODE.into()))["kind"],
        "wrong-passcode"
    );
    ops::unlock(&app, "another long passphrase".into()).unwrap();

    ops::wipe(&app, None).unwrap();
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["status"],
        "not-set-up"
    );
    assert_eq!(
        std::fs::read_dir(tmp.path().join("data")).unwrap().count(),
        0,
        "no file is left behind, nor the web view's folder"
    );
}

#[test]
fn reminders_set_list_snooze_cancel_and_choose_a_wording() {
    let (tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    ops::create_journal_entry(&app, "CANARY words", None, None).unwrap();

    let set =
        to_json(ops::set_reminder(&app, aftercare_core::reminders::Preset::NextDay, None).unwrap());
    assert_eq!(set["preset"], "next-day");
    assert_eq!(set["state"], "pending");
    let past = chrono::DateTime::UNIX_EPOCH + chrono::Duration::days(365 * 50);
    let refused = error(ops::set_reminder(
        &app,
        aftercare_core::reminders::Preset::Custom,
        Some(past),
    ));
    assert_eq!(refused["kind"], "invalid");
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .contains("already passed"));

    let listed = to_json(ops::reminders(&app).unwrap());
    assert_eq!(listed["pending"].as_array().unwrap().len(), 1);
    let id = listed["pending"][0]["id"].as_i64().unwrap();
    ops::snooze_reminder(&app, id, 60).unwrap();
    assert_eq!(error(ops::snooze_reminder(&app, id, 1))["kind"], "invalid");

    assert_eq!(
        error(ops::set_reminder_wording(&app, "no-such-wording"))["kind"],
        "not-found"
    );
    ops::set_reminder_wording(&app, "hello").unwrap();
    assert_eq!(to_json(ops::reminders(&app).unwrap())["wording"], "hello");

    // The timer's file, readable while locked, holds ids, times and the wording's id only.
    let schedule = std::fs::read(tmp.path().join("data/reminder-schedule")).unwrap();
    let schedule = String::from_utf8_lossy(&schedule);
    assert!(
        schedule.contains("hello") && !schedule.contains("CANARY") && !schedule.contains("water"),
        "{schedule}"
    );

    ops::cancel_reminder(&app, id).unwrap();
    assert!(to_json(ops::reminders(&app).unwrap())["pending"]
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(error(ops::cancel_reminder(&app, 999))["kind"], "not-found");
}

#[test]
fn the_card_is_saved_rendered_and_exported_as_an_image() {
    let (tmp, mut app) = app();
    app.export_dir = Some(tmp.path().join("exports"));
    ops::set_up(&app, PASSCODE.into()).unwrap();
    assert!(to_json(ops::card(&app).unwrap())["text"]
        .as_str()
        .unwrap()
        .contains("still blank"));
    let card = serde_json::from_value(json!({"fields": {
        "needs": {"choices": ["water"], "words": "my hoodie"},
        "check-tomorrow": {"yes": true}
    }}))
    .unwrap();
    let saved = to_json(ops::save_card(&app, &card).unwrap());
    assert_eq!(
        saved["text"],
        "My aftercare card\n\nWhat I usually need: Water, my hoodie\nCheck on me tomorrow: \
         Yes, please\n\naftercare-card v1; needs=water; needs+=my hoodie; check-tomorrow=yes\n",
        "the shared text ends with the line their app reads it back from"
    );
    assert_eq!(
        saved["lines"],
        json!([
            "What I usually need: Water, my hoodie",
            "Check on me tomorrow: Yes, please"
        ])
    );
    let bad = serde_json::from_value(json!({"fields": {"needs": {"yes": true}}})).unwrap();
    assert_eq!(error(ops::save_card(&app, &bad))["kind"], "invalid");

    let path = ops::export_card_image(&app).unwrap();
    let today = now().today();
    assert!(
        path.ends_with(&format!("exports/card-{today}.png")),
        "{path}"
    );
    assert!(std::fs::read(&path).unwrap().starts_with(b"\x89PNG"));
    let again = ops::export_card_image(&app).unwrap();
    assert!(
        again.ends_with(&format!("exports/card-{today}-2.png")),
        "never over a file"
    );
}

#[test]
fn ending_a_moment_offers_check_on_me_tomorrow_once_and_reminders_count_from_its_end() {
    use aftercare_core::reminders::Preset;
    use chrono::{DateTime, Timelike, Utc};

    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let moment = to_json(ops::record_care(&app, "water").unwrap())["moment"].clone();
    assert!(
        !ops::check_tomorrow_offer(&app).unwrap(),
        "the card does not ask"
    );
    let card =
        serde_json::from_value(json!({"fields": {"check-tomorrow": {"yes": true}}})).unwrap();
    ops::save_card(&app, &card).unwrap();
    assert!(ops::check_tomorrow_offer(&app).unwrap());

    let id = serde_json::from_value(moment.clone()).unwrap();
    let ended = to_json(ops::end_moment(&app, id).unwrap());
    assert_eq!(ended["moment"]["id"], moment);
    assert_eq!(ended["offer_check_tomorrow"], true);
    let end: DateTime<Utc> = serde_json::from_value(ended["moment"]["ended_at"].clone()).unwrap();

    let reminder = to_json(ops::set_reminder(&app, Preset::NextDay, None).unwrap());
    assert_eq!(
        reminder["moment"], moment,
        "the reminder belongs to that moment"
    );
    let due: DateTime<Utc> = serde_json::from_value(reminder["due_at"].clone()).unwrap();
    // A day is 23 to 25 hours across a clock change; the end is rounded up to the quarter hour.
    let after = (due - end).num_minutes();
    assert!(
        (23 * 60..25 * 60 + 15).contains(&after),
        "this time tomorrow, counted from the end: {after} minutes later"
    );
    assert!(
        !ops::check_tomorrow_offer(&app).unwrap(),
        "offered once per moment"
    );

    pass(1);
    let next = to_json(ops::record_care(&app, "cuddle").unwrap());
    assert_ne!(
        next["moment"], moment,
        "after the end, a tap starts a new moment"
    );
    ops::delete_moment(&app, id).unwrap();
    let left = to_json(ops::history(&app, 10, None).unwrap());
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["id"], next["moment"]);
    assert_eq!(error(ops::delete_moment(&app, id))["kind"], "not-found");
    assert_eq!(
        error(ops::end_moment(
            &app,
            aftercare_core::model::MomentId(9_999)
        ))["kind"],
        "not-found"
    );

    // "Tomorrow morning" comes at the hour chosen in the settings.
    ops::update_settings(
        &app,
        ops::SettingsView {
            auto_lock_minutes: 5,
            moment_window_minutes: 180,
            morning_hour: 6,
            evening_hour: 21,
            discreet: true,
            protect_screen: true,
            ..ops::SettingsView::default()
        },
    )
    .unwrap();
    let morning = to_json(ops::set_reminder(&app, Preset::TomorrowMorning, None).unwrap());
    let due: DateTime<Utc> = serde_json::from_value(morning["due_at"].clone()).unwrap();
    assert_eq!(due.with_timezone(&zone()).hour(), 6);

    ops::lock(&app).unwrap();
    assert!(
        !ops::check_tomorrow_offer(&app).unwrap(),
        "locked: nothing offered"
    );
    assert_eq!(error(ops::end_moment(&app, id))["kind"], "locked");
}

#[test]
fn a_panic_inside_a_command_leaves_the_vault_locked_and_wipe_working() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    let crashed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _vault = app.vault();
        panic!("a bug inside a command, holding the vault");
    }));
    assert!(crashed.is_err());

    let status = |app: &AppState| to_json(ops::vault_status(app).unwrap())["status"].clone();
    assert_eq!(status(&app), "locked", "after a crash the vault is locked");
    ops::lock(&app).unwrap();
    ops::wipe(&app, Some("delete")).unwrap();
    assert_eq!(status(&app), "not-set-up");
}
