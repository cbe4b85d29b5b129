use aftercare_core::{
    model::{JournalId, MomentId, MAX_TEXT_CHARS},
    ErrorKind,
};

use crate::support::*;

#[test]
fn write_find_edit_and_delete_an_entry() {
    let mut f = set_up();
    let moment = f
        .vault
        .record_care(
            content(),
            &aftercare_core::content::ActionId("cuddle".into()),
            evening(),
            &mut rng(),
        )
        .unwrap();
    let aftercare_core::vault::CareRecorded::InMoment { moment, .. } = moment else {
        panic!("unlocked")
    };
    let store = f.vault.store_for_tests().unwrap();

    let entry = store
        .create_journal_entry(
            "Slow morning, felt really close",
            Some("journal.prompt.worked"),
            Some(moment),
            evening(),
        )
        .unwrap();
    store
        .create_journal_entry(
            "Something else entirely",
            None,
            None,
            evening() + minutes(1),
        )
        .unwrap();
    assert_eq!(entry.moment, Some(moment));

    let found = store.journal_search("close", 10).unwrap();
    assert_eq!(found.iter().map(|e| e.id).collect::<Vec<_>>(), [entry.id]);
    assert_eq!(
        store.journal_search("CLOS", 10).unwrap().len(),
        1,
        "prefix and case do not matter"
    );
    assert!(
        store.journal_search("\"AND OR NEAR(", 10).is_ok(),
        "any text is a valid search"
    );

    let edited = store
        .edit_journal_entry(entry.id, "Slow morning, felt safe", evening() + minutes(5))
        .unwrap();
    assert_eq!(edited.body, "Slow morning, felt safe");
    assert!(edited.updated_at > edited.created_at);
    assert!(
        store.journal_search("close", 10).unwrap().is_empty(),
        "old words leave the index"
    );

    let list = store.journal_entries(10, 0).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].body, "Something else entirely", "newest first");
    assert_eq!(
        store.history(5, None).unwrap()[0].journal[0].id,
        entry.id,
        "the moment shows its entry"
    );

    store.delete_journal_entry(entry.id).unwrap();
    assert!(store.journal_search("safe", 10).unwrap().is_empty());
    assert_eq!(store.journal_entries(10, 0).unwrap().len(), 1);
}

#[test]
fn bad_journal_input_gets_a_typed_error_and_loses_nothing() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    let kept = store
        .create_journal_entry("keep me", None, None, evening())
        .unwrap();

    let too_long = "a".repeat(MAX_TEXT_CHARS + 1);
    assert_eq!(
        store
            .create_journal_entry(&too_long, None, None, evening())
            .unwrap_err()
            .kind(),
        ErrorKind::Invalid
    );
    assert_eq!(
        store
            .edit_journal_entry(kept.id, &too_long, evening())
            .unwrap_err()
            .kind(),
        ErrorKind::Invalid
    );
    assert_eq!(
        store
            .edit_journal_entry(JournalId(999), "x", evening())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        store
            .delete_journal_entry(JournalId(999))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        store
            .create_journal_entry("x", None, Some(MomentId(999)), evening())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );

    assert_eq!(store.journal_entry(kept.id).unwrap().body, "keep me");
    let just_right = "é".repeat(MAX_TEXT_CHARS);
    store
        .create_journal_entry(&just_right, None, None, evening())
        .unwrap();
}

#[test]
fn history_pages_through_moments_newest_first() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    for day in 0..5 {
        store
            .record_care(
                &aftercare_core::content::ActionId("water".into()),
                evening() + chrono::Duration::days(day),
            )
            .unwrap();
    }
    let first = store.history(2, None).unwrap();
    let second = store.history(2, Some(first[1].moment.id)).unwrap();
    let third = store.history(2, Some(second[1].moment.id)).unwrap();
    let starts: Vec<_> = first
        .iter()
        .chain(&second)
        .chain(&third)
        .map(|m| m.moment.started_at)
        .collect();
    assert_eq!(starts.len(), 5);
    assert!(
        starts.windows(2).all(|w| w[0] > w[1]),
        "newest first, no repeats: {starts:?}"
    );
}

/// Search answers in the journal's own order, newest first, whatever order the entries were
/// written in (a restored backup adds old entries last) and however well each matches; and it
/// stops at the limit.
#[test]
fn search_results_come_newest_first_like_the_journal() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    let long = "we talked about the week and the weather and the plans and the kids and the \
                garden, and then close";
    // Written out of order: the newest first, the oldest last (as a restore would add it).
    let newest = store
        .create_journal_entry(long, None, None, evening() + minutes(30))
        .unwrap();
    let middle = store
        .create_journal_entry("close, close and warm", None, None, evening() + minutes(20))
        .unwrap();
    let oldest = store
        .create_journal_entry("close", None, None, evening() - minutes(600))
        .unwrap();
    store
        .create_journal_entry("nothing of it here", None, None, evening() + minutes(40))
        .unwrap();

    let found: Vec<JournalId> = store
        .journal_search("close", 10)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(found, [newest.id, middle.id, oldest.id]);
    let first_two: Vec<JournalId> = store
        .journal_search("close", 2)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(
        first_two,
        [newest.id, middle.id],
        "the limit keeps the newest"
    );
}

/// A restore indexes its entries for search together once they are all written, with the
/// index's per-entry trigger set aside meanwhile: every restored entry is found, the entries
/// that were there stay found, an entry written after the restore is found (the trigger is back)
/// and a restored entry deleted is no longer found.
#[test]
fn restored_entries_are_found_and_the_journal_indexes_as_before_after_a_restore() {
    use crate::backups::{back_up, restore};
    let mut from = set_up();
    let store = from.vault.store_for_tests().unwrap();
    for n in 0..30 {
        store
            .create_journal_entry(&format!("lantern evening {n}"), None, None, evening())
            .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let file = back_up(&mut from, out.path(), 2701).path;

    let mut into = set_up();
    let store = into.vault.store_for_tests().unwrap();
    store
        .create_journal_entry("a quiet harbour", None, None, evening())
        .unwrap();
    assert_eq!(store.journal_search("harbour", 10).unwrap().len(), 1);
    restore(&mut into, &file);
    let store = into.vault.store_for_tests().unwrap();
    assert_eq!(store.journal_search("lantern", 100).unwrap().len(), 30);
    assert_eq!(store.journal_search("harbour", 10).unwrap().len(), 1);
    store
        .create_journal_entry("lantern after", None, None, evening())
        .unwrap();
    let found = store.journal_search("lantern", 100).unwrap();
    assert_eq!(found.len(), 31, "written after the restore, found too");
    store.delete_journal_entry(found[5].id).unwrap();
    assert_eq!(store.journal_search("lantern", 100).unwrap().len(), 30);
}
