//! Auto-delete, with a fixed clock: off by default; each kind on its own boundary, with items a
//! minute on either side; the count shown before turning it on is what goes; it runs at
//! unlock and once a day; and a deleted canary is in neither the database nor its log.

use aftercare_core::{
    model::NewCheckIn,
    store::{AutoDelete, Deleted, OlderThan, Store},
};
use chrono::{DateTime, Duration, Months, Utc};

use crate::support::{contains, evening, minutes, passcode, set_up, water, PASSCODE};

fn now() -> DateTime<Utc> {
    evening()
}

fn months_ago(n: u32) -> DateTime<Utc> {
    now().checked_sub_months(Months::new(n)).unwrap()
}

/// One of each kind a minute before and a minute after each boundary (moments: a month;
/// check-ins: three months; journal: a year), and an entry written now: the boundaries
/// count from the clock only when something that recent is there.
fn fill_both_sides(store: &mut Store) {
    store
        .create_journal_entry("written today", None, None, now())
        .unwrap();
    // A moment that ended a minute before the month: goes, with its care.
    store
        .record_care(&water(), months_ago(1) - minutes(61))
        .unwrap();
    let old = store
        .record_care(&water(), months_ago(1) - minutes(1))
        .unwrap()
        .1;
    store.end_moment(old, months_ago(1) - minutes(1)).unwrap();
    // A new moment, still active a minute after it: stays.
    store
        .record_care(&water(), months_ago(1) + minutes(1))
        .unwrap();
    // Check-ins on both sides of three months, in one moment (last active three months ago).
    store
        .save_check_in(&NewCheckIn::default(), months_ago(3) - minutes(1))
        .unwrap();
    store
        .save_check_in(&NewCheckIn::default(), months_ago(3) + minutes(1))
        .unwrap();
    // Journal entries on both sides of a year.
    store
        .create_journal_entry(
            "a year and a minute ago",
            None,
            None,
            months_ago(12) - minutes(1),
        )
        .unwrap();
    store
        .create_journal_entry(
            "a minute short of a year",
            None,
            None,
            months_ago(12) + minutes(1),
        )
        .unwrap();
}

const EVERY_KIND: AutoDelete = AutoDelete {
    moments: OlderThan::Month,
    check_ins: OlderThan::ThreeMonths,
    journal: OlderThan::Year,
    their_cards: OlderThan::Year,
};

#[test]
fn auto_delete_is_off_by_default_and_then_deletes_nothing() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    fill_both_sides(store);
    assert_eq!(store.auto_delete().unwrap(), AutoDelete::default());
    assert_eq!(store.run_auto_delete(now()).unwrap(), Deleted::default());
    assert_eq!(store.journal_entries(10, 0).unwrap().len(), 3);
}

#[test]
fn each_kind_goes_past_its_own_boundary_and_the_count_said_so_first() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    fill_both_sides(store);
    // The check-ins' moment is three months old: keep moments, so only the rule for check-ins
    // applies to them.
    let choice = AutoDelete {
        moments: OlderThan::Never,
        ..EVERY_KIND
    };
    let counted = store.auto_delete_count(&choice, now()).unwrap();
    assert_eq!(
        counted,
        Deleted {
            moments: 0,
            check_ins: 1,
            journal: 1,
            their_cards: 0,
        }
    );
    store.set_auto_delete(choice).unwrap();
    assert_eq!(
        store.run_auto_delete(now()).unwrap(),
        counted,
        "what was counted went"
    );
    let left: Vec<String> = store
        .journal_entries(10, 0)
        .unwrap()
        .into_iter()
        .map(|e| e.body)
        .collect();
    assert_eq!(left, ["written today", "a minute short of a year"]);
    let check_ins: Vec<_> = store
        .history(100, None)
        .unwrap()
        .into_iter()
        .flat_map(|m| m.check_ins)
        .map(|c| c.at)
        .collect();
    assert_eq!(check_ins, [months_ago(3) + minutes(1)]);

    // Now moments older than a month too: the two old moments go, the check-in with its.
    let counted = store.auto_delete_count(&EVERY_KIND, now()).unwrap();
    assert_eq!(
        counted.moments, 2,
        "the old moments, not the one a minute inside"
    );
    assert_eq!(counted.check_ins, 1, "the check-in inside an old moment");
    store.set_auto_delete(EVERY_KIND).unwrap();
    assert_eq!(store.run_auto_delete(now()).unwrap(), counted);
    let history = store.history(100, None).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(
        history[0].moment.last_activity_at,
        months_ago(1) + minutes(1)
    );
    assert_eq!(
        store.auto_delete().unwrap(),
        EVERY_KIND,
        "the choice is kept"
    );
}

#[test]
fn auto_delete_runs_at_unlock_and_once_a_day_while_unlocked() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    store.set_auto_delete(EVERY_KIND).unwrap();
    fill_both_sides(store);
    f.vault.lock();
    f.vault.unlock(&passcode(PASSCODE), now()).unwrap();
    let store = f.vault.store_for_tests().unwrap();
    assert_eq!(
        store.journal_entries(10, 0).unwrap().len(),
        2,
        "it ran at unlock"
    );

    store
        .create_journal_entry(
            "old soon",
            None,
            None,
            months_ago(12) + Duration::minutes(30),
        )
        .unwrap();
    let later = now() + Duration::hours(1);
    assert_eq!(
        store.run_auto_delete_if_due(later).unwrap(),
        None,
        "not due yet"
    );
    let next_day = now() + Duration::hours(24);
    // Something written that day: age counts from the newest record at the latest.
    store
        .create_journal_entry("the next day", None, None, next_day)
        .unwrap();
    let ran = store.run_auto_delete_if_due(next_day).unwrap().unwrap();
    assert_eq!(
        ran.journal, 2,
        "a day later both entries are over a year old"
    );
}

#[test]
fn a_deleted_canary_is_in_neither_the_database_nor_its_write_ahead_log() {
    const CANARY: &[u8] = b"zebracanaryquill";
    let tmp = tempfile::tempdir().unwrap();
    // A plain (unencrypted) database with the app's schema and settings, where words would
    // be readable if they lingered; the app's own files are encrypted on top of this.
    let path = tmp.path().join("plain.db");
    let wal = tmp.path().join("plain.db-wal");
    let mut store = Store::open_plaintext_for_benchmark(&path).unwrap();
    let old = months_ago(13);

    // The control: deleting by hand leaves the words in the log until a checkpoint.
    let entry = store
        .create_journal_entry("zebracanaryquill by hand", None, None, old)
        .unwrap();
    assert!(
        contains(&std::fs::read(&wal).unwrap(), CANARY),
        "written to the log"
    );
    store.delete_journal_entry(entry.id).unwrap();
    assert!(
        contains(&std::fs::read(&wal).unwrap(), CANARY),
        "a delete alone leaves an old copy in the log: the check below can fail"
    );

    store
        .create_journal_entry("zebracanaryquill by auto-delete", None, None, old)
        .unwrap();
    // Written today: the boundary counts from the clock only when something this recent is
    // there (`a_clock_a_year_ahead_deletes_nothing_recent`).
    store
        .create_journal_entry("today", None, None, now())
        .unwrap();
    store
        .set_auto_delete(AutoDelete {
            journal: OlderThan::Year,
            ..AutoDelete::default()
        })
        .unwrap();
    assert_eq!(store.run_auto_delete(now()).unwrap().journal, 1);
    let log = std::fs::read(&wal).unwrap_or_default();
    assert!(log.is_empty(), "the log is truncated to nothing");
    assert!(!contains(&log, CANARY));
    assert!(
        !contains(&std::fs::read(&path).unwrap(), CANARY),
        "secure_delete overwrote the entry and its words in the search index"
    );
    drop(store);

    // In the app's own encrypted vault the log is emptied the same way.
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    store
        .create_journal_entry("zebracanaryquill", None, None, old)
        .unwrap();
    store
        .create_journal_entry("today", None, None, now())
        .unwrap();
    store
        .set_auto_delete(AutoDelete {
            journal: OlderThan::Year,
            ..AutoDelete::default()
        })
        .unwrap();
    store.run_auto_delete(now()).unwrap();
    let wal = f.vault.database_path().with_extension("db-wal");
    assert_eq!(std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0), 0);
}
