//! The vault alone keeps the files beside the database in step (the reminder schedule,
//! `locked-tiles`, `locked-people`), rewriting one only when it would change, and tells the
//! shell once per command what it must follow: the timer, or the window's look.

use aftercare_core::{
    api::{self, settings::Settings, Now},
    model::NewPerson,
    reminders::Preset,
    store::NewOwnTile,
    vault::{Changes, Look},
};
use chrono::Duration;

use crate::support::*;

fn now() -> Now {
    Now {
        at: evening(),
        zone: crate::support::london(),
    }
}

/// The files of the data folder with their bytes, for seeing which a call rewrote.
fn beside(f: &Fixture) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = files(f.dir.path());
    files.retain(|name, _| {
        ["reminder-schedule", "locked-tiles", "locked-people"].contains(&name.as_str())
    });
    files
}

#[test]
fn every_write_brings_the_schedule_and_both_locked_lists_in_line_with_the_store() {
    let mut f = set_up();
    api::reminders::set_reminder(
        &mut f.vault,
        Preset::NextDay,
        None,
        &now(),
        Duration::hours(1),
    )
    .unwrap();
    let tile = NewOwnTile {
        title: "Tea on the sofa".into(),
        steps: vec![],
        say: None,
        show_locked: true,
    };
    api::own_tiles::add_own_tile(&mut f.vault, &tile, &mut rng()).unwrap();
    let person = NewPerson {
        name: "Robin".into(),
        number: "+44 7700 900 555".into(),
        reachable_locked: true,
    };
    api::people::add_person(&mut f.vault, &person).unwrap();

    assert_eq!(
        f.vault.schedule().pending.len(),
        1,
        "the reminder, for the timer"
    );
    assert_eq!(
        f.vault.locked_tiles().len(),
        1,
        "the tile, for Home while locked"
    );
    assert_eq!(
        f.vault.locked_people().len(),
        1,
        "Robin, for the calm space"
    );

    // A write straight to the store is caught up by the next write through the vault.
    let store = f.vault.store_for_tests().unwrap();
    let pending = store.reminders_pending().unwrap();
    store
        .set_reminder_state(
            pending[0].id,
            aftercare_core::reminders::ReminderState::Cancelled,
        )
        .unwrap();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    assert!(
        f.vault.schedule().pending.is_empty(),
        "cancelled, gone from the schedule"
    );
}

#[test]
fn a_write_that_changes_none_of_them_rewrites_none() {
    let mut f = set_up();
    api::reminders::set_reminder(
        &mut f.vault,
        Preset::NextDay,
        None,
        &now(),
        Duration::hours(1),
    )
    .unwrap();
    let person = NewPerson {
        name: "Robin".into(),
        number: "+44 7700 900 555".into(),
        reachable_locked: true,
    };
    api::people::add_person(&mut f.vault, &person).unwrap();
    f.vault.take_changes();
    let before = beside(&f);
    let modified = |f: &Fixture| {
        std::fs::metadata(f.dir.path().join("reminder-schedule"))
            .unwrap()
            .modified()
            .unwrap()
    };
    let then = modified(&f);

    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    api::journal::create(
        &mut f.vault,
        content(),
        "a quiet night",
        None,
        None,
        evening(),
    )
    .unwrap();
    assert_eq!(beside(&f), before, "the same bytes");
    assert_eq!(modified(&f), then, "not written again at all");
    assert_eq!(
        f.vault.take_changes(),
        Changes::default(),
        "nothing to follow"
    );
}

#[test]
fn the_shell_is_told_once_when_the_timer_must_look_again() {
    let mut f = set_up();
    f.vault.take_changes();
    api::reminders::set_reminder(
        &mut f.vault,
        Preset::NextDay,
        None,
        &now(),
        Duration::hours(1),
    )
    .unwrap();
    assert!(
        f.vault.take_changes().schedule,
        "a new reminder: the timer looks again"
    );
    assert!(!f.vault.take_changes().schedule, "told once");

    let id = f.vault.store().unwrap().reminders_pending().unwrap()[0].id;
    api::reminders::snooze_reminder(&mut f.vault, id, 30, evening()).unwrap();
    assert!(f.vault.take_changes().schedule, "snoozed: it looks again");

    // Locked, the follow-up plan goes into the schedule alone; the next unlock takes it into
    // the store, and the schedule it writes back is the same: nothing to follow.
    f.vault.lock();
    api::reminders::plan_follow_ups(&mut f.vault, &now()).unwrap();
    assert!(f.vault.take_changes().schedule);
    f.vault
        .unlock(&passcode(PASSCODE), evening() + minutes(1))
        .unwrap();
    assert!(!f.vault.take_changes().schedule, "the same due minutes");

    // A schedule lost while locked (removed, damaged): the unlock writes it again from the
    // store, and the timer, which had nothing to wait for, is told.
    f.vault.lock();
    std::fs::remove_file(f.dir.path().join("reminder-schedule")).unwrap();
    f.vault
        .unlock(&passcode(PASSCODE), evening() + minutes(2))
        .unwrap();
    assert!(f.vault.take_changes().schedule, "unlocking rewrote it");

    f.vault.wipe().unwrap();
    assert!(
        f.vault.take_changes().schedule,
        "wiped: nothing left to wait for"
    );
}

#[test]
fn the_shell_is_told_once_when_the_look_changes_and_never_while_locked() {
    let mut f = set_up();
    assert_eq!(
        f.vault.take_changes().look,
        None,
        "a new vault keeps the look the app starts with"
    );
    let mut changes = api::settings::settings(&f.vault, content()).unwrap();
    changes.discreet = false;
    api::settings::update_settings(&mut f.vault, content(), changes.clone()).unwrap();
    let told = f.vault.take_changes().look;
    assert_eq!(
        told,
        Some(Look {
            discreet: false,
            protect_screen: true
        })
    );
    assert_eq!(told.unwrap().name(content()), "Aftercare");
    assert_eq!(f.vault.take_changes().look, None, "told once");
    api::settings::update_settings(&mut f.vault, content(), changes).unwrap();
    assert_eq!(
        f.vault.take_changes().look,
        None,
        "saved again unchanged: nothing"
    );

    f.vault.lock();
    assert_eq!(f.vault.take_changes().look, None, "locked: the look stays");
    f.vault
        .unlock(&passcode(PASSCODE), evening() + minutes(1))
        .unwrap();
    assert_eq!(
        f.vault.take_changes().look,
        None,
        "unlocked again: as it was"
    );

    f.vault.wipe().unwrap();
    assert_eq!(
        f.vault.take_changes().look,
        Some(Look::default()),
        "wiped: discreet and protected again"
    );
    assert_ne!(Look::default().name(content()), "Aftercare");
    let _ = Settings::default();
}
