//! The auto-lock's deadline as the vault keeps it (the shell asks on a timer), and auto-delete
//! once a day while the app stays unlocked.

use aftercare_core::{store::AutoDelete, vault::VaultStatus};
use chrono::Duration;

use crate::support::*;

#[test]
fn the_vault_locks_itself_once_the_idle_deadline_has_passed() {
    let mut f = set_up();
    let last = evening();
    assert!(!f.vault.lock_if_idle(last, last + minutes(4)).unwrap());
    assert_eq!(f.vault.status(), VaultStatus::Unlocked);
    f.vault
        .store_for_tests()
        .unwrap()
        .set_auto_lock_minutes(2)
        .unwrap();
    assert!(f.vault.lock_if_idle(last, last + minutes(2)).unwrap());
    assert_eq!(f.vault.status(), VaultStatus::Locked);
    assert!(
        !f.vault.lock_if_idle(last, last + minutes(60)).unwrap(),
        "nothing more to do once locked"
    );
    // A clock that went back is not idleness.
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert!(!f.vault.lock_if_idle(last, last - minutes(30)).unwrap());
}

#[test]
fn auto_delete_runs_once_a_day_while_the_app_stays_unlocked() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    store.set_auto_lock_minutes(60).unwrap();
    store
        .set_auto_delete(AutoDelete {
            journal: aftercare_core::store::OlderThan::Month,
            ..AutoDelete::default()
        })
        .unwrap();
    let start = evening();
    store
        .create_journal_entry("old", None, None, start - Duration::days(40))
        .unwrap();
    // Age counts from the newest record at the latest: one written today.
    store
        .create_journal_entry("today", None, None, start)
        .unwrap();
    let entries = |f: &Fixture| {
        f.vault
            .store()
            .unwrap()
            .journal_entries(10, 0)
            .unwrap()
            .len()
    };

    // The first look of the day runs it; a look later the same day does not.
    assert!(!f.vault.lock_if_idle(start, start).unwrap());
    assert_eq!(entries(&f), 1, "ran: the old entry was over a month old");
    f.vault
        .write(|store| store.create_journal_entry("older", None, None, start - Duration::days(40)))
        .unwrap();
    let later = start + Duration::minutes(30);
    assert!(!f.vault.lock_if_idle(later, later).unwrap());
    assert_eq!(entries(&f), 2, "not again the same day");
    let next_day = start + Duration::days(1);
    assert!(!f.vault.lock_if_idle(next_day, next_day).unwrap());
    assert_eq!(entries(&f), 1, "a day later, again");
}
