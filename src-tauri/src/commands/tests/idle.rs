//! The shell's own auto-lock: it holds whatever the page does.

use std::{sync::Mutex, time::Duration as StdDuration};

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::json;

use super::{app, ops, to_json, PASSCODE};
use crate::{idle, state::AppState};

/// An unlocked app whose auto-lock is set to `minutes`, last used at the returned time.
fn unlocked_with_auto_lock(minutes: u32) -> (tempfile::TempDir, AppState, DateTime<Utc>) {
    let (tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::update_settings(
        &app,
        ops::SettingsView {
            auto_lock_minutes: minutes,
            moment_window_minutes: 180,
            morning_hour: 9,
            evening_hour: 21,
            discreet: true,
            protect_screen: true,
            ..ops::SettingsView::default()
        },
    )
    .unwrap();
    let last = Utc.with_ymd_and_hms(2026, 11, 27, 23, 0, 0).unwrap();
    app.touch(last);
    (tmp, app, last)
}

#[test]
fn the_shell_locks_an_idle_vault_whatever_the_page_does() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::update_settings(
        &app,
        ops::SettingsView {
            auto_lock_minutes: 2,
            moment_window_minutes: 180,
            morning_hour: 9,
            evening_hour: 21,
            discreet: true,
            protect_screen: true,
            ..ops::SettingsView::default()
        },
    )
    .unwrap();
    let last = Utc.with_ymd_and_hms(2026, 11, 27, 23, 0, 0).unwrap();
    app.touch(last);
    assert!(!app.lock_if_idle(last + Duration::seconds(119)).unwrap());
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["status"],
        "unlocked"
    );

    app.touch(last + Duration::minutes(1));
    assert!(
        !app.lock_if_idle(last + Duration::minutes(2)).unwrap(),
        "activity pushes the deadline on"
    );
    assert!(app.lock_if_idle(last + Duration::minutes(3)).unwrap());
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["status"],
        "locked"
    );
    assert_eq!(
        to_json(ops::still_here(&app).unwrap()),
        json!(null),
        "the page's sign of life is a command like any other"
    );
}

#[test]
fn the_auto_lock_lets_the_page_save_its_draft_before_it_locks() {
    let (_tmp, app, last) = unlocked_with_auto_lock(1);
    let told = Mutex::new(Vec::new());
    let locked = std::thread::scope(|scope| {
        // The page: asked, it saves the draft it holds, then says it is ready.
        let page = |event: &str| {
            told.lock().unwrap().push(event.to_owned());
            if event == "vault-locking" {
                scope.spawn(|| {
                    ops::create_journal_entry(&app, "words typed, never sent", None, None).unwrap();
                    ops::ready_to_lock(&app).unwrap();
                });
            }
        };
        // A long grace: the page answers well before it ends.
        idle::look(
            &app,
            || last + Duration::minutes(2),
            &page,
            StdDuration::from_secs(60),
        )
    });
    assert!(locked.unwrap());
    assert_eq!(*told.lock().unwrap(), ["vault-locking", "vault-locked"]);

    ops::unlock(&app, PASSCODE.into()).unwrap();
    let entries = to_json(ops::journal_entries(&app, 10, 0).unwrap());
    assert_eq!(entries[0]["body"], "words typed, never sent", "{entries}");
}

#[test]
fn a_page_that_does_not_answer_keeps_the_vault_open_no_longer_than_the_grace() {
    let (_tmp, app, last) = unlocked_with_auto_lock(1);
    let later = last + Duration::minutes(2);
    let silent = |_: &str| {};
    // Without an answer, the look still ends, locked.
    let grace = StdDuration::from_millis(300);
    assert!(idle::look(&app, || later, &silent, grace).unwrap());
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["status"],
        "locked"
    );
}

#[test]
fn coming_back_while_the_page_saves_keeps_the_vault_open() {
    let (_tmp, app, last) = unlocked_with_auto_lock(1);
    let now = Mutex::new(last + Duration::minutes(2));
    let page = |event: &str| {
        if event == "vault-locking" {
            // The person taps, as the page saves: the auto-lock counts from now again.
            let now = *now.lock().unwrap();
            app.touch(now);
            ops::ready_to_lock(&app).unwrap();
        }
    };
    let locked = idle::look(
        &app,
        || *now.lock().unwrap(),
        &page,
        StdDuration::from_secs(60),
    );
    assert!(!locked.unwrap());
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["status"],
        "unlocked"
    );
}
