//! Only the person's explicit, current choice deletes anything: a restore never takes a
//! choice that deletes or weakens protection from a backup (it offers them), "Never" is a
//! choice of its own, and a clock far ahead deletes nothing recent.

use aftercare_core::{
    model::NewCheckIn,
    store::{AutoDelete, BackupChoices, OlderThan, Store},
};
use chrono::{DateTime, Duration, Months, Utc};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::{
    backups::{back_up, restore},
    support::{evening, passcode, set_up, water, Fixture, PASSCODE},
};

/// When the backups in these tests are restored (`backup::restore`).
fn restored_at() -> DateTime<Utc> {
    evening() + Duration::days(3)
}

const A_MONTH: AutoDelete = AutoDelete {
    moments: OlderThan::Month,
    check_ins: OlderThan::Month,
    journal: OlderThan::Month,
    their_cards: OlderThan::Month,
};

const NEVER: AutoDelete = AutoDelete {
    moments: OlderThan::Never,
    check_ins: OlderThan::Never,
    journal: OlderThan::Never,
    their_cards: OlderThan::Never,
};

/// A moment with a tap and a check-in, and a journal entry, all two months before the
/// restore.
fn two_months_old(store: &mut Store, words: &str) {
    let at = restored_at().checked_sub_months(Months::new(2)).unwrap();
    store.record_care(&water(), at).unwrap();
    store
        .save_check_in(&NewCheckIn::default(), at + Duration::minutes(1))
        .unwrap();
    store
        .create_journal_entry(words, None, None, at + Duration::minutes(2))
        .unwrap();
}

/// Moments, check-ins and journal entries in the vault.
fn counts(store: &Store) -> (usize, usize, usize) {
    let history = store.history(1000, None).unwrap();
    let check_ins = history.iter().map(|m| m.check_ins.len()).sum();
    (
        history.len(),
        check_ins,
        store.journal_entries(1000, 0).unwrap().len(),
    )
}

/// A backup of two-month-old records, made on a device set to delete everything older than
/// a month, with a long auto-lock, discretion and screen protection off.
fn backup_that_deletes(out: &std::path::Path) -> std::path::PathBuf {
    let mut source = set_up();
    let store = source.vault.store_for_tests().unwrap();
    two_months_old(store, "from the backup");
    store.set_auto_delete(A_MONTH).unwrap();
    store.set_auto_lock_minutes(60).unwrap();
    store.set_discreet(false).unwrap();
    store.set_protect_screen(false).unwrap();
    back_up(&mut source, out, 2401).path
}

/// Locks and unlocks at the restore's time: the pass of auto-delete an unlock runs.
fn lock_and_unlock(f: &mut Fixture) {
    f.vault.lock();
    f.vault.unlock(&passcode(PASSCODE), restored_at()).unwrap();
}

#[test]
fn a_vault_set_to_never_keeps_every_record_after_restoring_a_backup_set_to_a_month() {
    let out = tempfile::tempdir().unwrap();
    let file = backup_that_deletes(out.path());
    let offered = BackupChoices {
        auto_lock_minutes: Some(60),
        discreet: Some(false),
        protect_screen: Some(false),
        auto_delete: Some(A_MONTH),
    };

    // New: a vault just set up (Never, as every new vault is).
    let mut new = set_up();
    let report = restore(&mut new, &file);
    assert_eq!(report.offered, offered, "offered, not taken: {report:?}");
    lock_and_unlock(&mut new);
    let store = new.vault.store_for_tests().unwrap();
    assert_eq!(counts(store), (1, 1, 1), "every record is still there");
    assert_eq!(
        store.auto_delete().unwrap(),
        NEVER,
        "the setting is still Never"
    );
    assert_eq!(
        store.auto_lock_minutes().unwrap(),
        5,
        "this device's auto-lock"
    );
    assert!(store.discreet().unwrap() && store.protect_screen().unwrap());

    // Merge: a vault with records of its own two months old, set to Never on purpose.
    let mut merged = set_up();
    let store = merged.vault.store_for_tests().unwrap();
    two_months_old(store, "already here");
    store.set_auto_delete(NEVER).unwrap();
    let report = restore(&mut merged, &file);
    assert_eq!(report.offered, offered, "{report:?}");
    lock_and_unlock(&mut merged);
    let store = merged.vault.store_for_tests().unwrap();
    assert_eq!(
        counts(store),
        (2, 2, 2),
        "its own and the backup's, all still there"
    );
    assert_eq!(
        store.auto_delete().unwrap(),
        NEVER,
        "the setting is still Never"
    );
}

#[test]
fn a_restore_offers_only_the_choices_that_differ_from_this_devices() {
    let out = tempfile::tempdir().unwrap();
    let file = backup_that_deletes(out.path());
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    store.set_auto_delete(A_MONTH).unwrap();
    store.set_discreet(false).unwrap();
    let report = restore(&mut f, &file);
    assert_eq!(
        report.offered,
        BackupChoices {
            auto_lock_minutes: Some(60),
            protect_screen: Some(false),
            ..BackupChoices::default()
        },
        "auto-delete and discretion are already as the backup had them"
    );
}

#[test]
fn never_is_kept_as_a_choice_of_its_own_not_as_a_missing_setting() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    store.set_auto_delete(A_MONTH).unwrap();
    store.set_auto_delete(NEVER).unwrap();
    let snapshot = store
        .backup_snapshot(&mut ChaCha20Rng::seed_from_u64(2402))
        .unwrap();
    for key in [
        "auto_delete_moments",
        "auto_delete_check_ins",
        "auto_delete_journal",
    ] {
        assert_eq!(
            snapshot.settings.get(key).map(String::as_str),
            Some("never"),
            "{key} is saved as the choice made"
        );
    }
}

#[test]
fn a_clock_a_year_ahead_deletes_nothing_recent() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    store.set_auto_delete(A_MONTH).unwrap();
    let last_week = evening() - Duration::days(7);
    store.record_care(&water(), last_week).unwrap();
    store
        .save_check_in(&NewCheckIn::default(), last_week + Duration::minutes(1))
        .unwrap();
    store
        .create_journal_entry("last week", None, None, last_week + Duration::minutes(2))
        .unwrap();
    let year_ahead = evening() + Duration::days(365);
    assert_eq!(
        store
            .auto_delete_count(&A_MONTH, year_ahead)
            .unwrap()
            .total(),
        0,
        "nothing is counted as going"
    );
    f.vault.lock();
    let report = f.vault.unlock(&passcode(PASSCODE), year_ahead).unwrap();
    assert_eq!(report.auto_deleted.total(), 0);
    assert_eq!(
        counts(f.vault.store_for_tests().unwrap()),
        (1, 1, 1),
        "nothing deleted"
    );
}

#[test]
fn an_unlock_says_how_many_records_its_pass_removed() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    two_months_old(store, "two months ago");
    store.set_auto_delete(A_MONTH).unwrap();
    // Something recent, so the cutoff is the wall clock's.
    store
        .create_journal_entry("today", None, None, restored_at())
        .unwrap();
    f.vault.lock();
    let report = f.vault.unlock(&passcode(PASSCODE), restored_at()).unwrap();
    assert_eq!(report.auto_deleted.moments, 1);
    assert_eq!(report.auto_deleted.check_ins, 1);
    assert_eq!(report.auto_deleted.journal, 1);
    assert_eq!(counts(f.vault.store_for_tests().unwrap()), (0, 0, 1));
}
