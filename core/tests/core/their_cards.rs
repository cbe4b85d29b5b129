//! Their cards, kept: in the encrypted store under the name the person gives each, with the
//! date it was added; renamed, deleted, gone at wipe; in backups and restored once; and
//! covered by auto-delete only when chosen for them.

use aftercare_core::{
    card::{read_card_text, AftercareCard},
    model::TheirCardId,
    store::{AutoDelete, OlderThan, Store, MAX_THEIR_CARDS},
    ErrorKind,
};
use chrono::Duration;
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::{
    backups::{back_up, restore, CANARY},
    shared_card::rich_card,
    support::{contains, content, evening, files, rng, set_up},
};

/// Their card as read from what they shared.
fn theirs() -> AftercareCard {
    read_card_text(&rich_card().to_text(content()), content()).unwrap()
}

/// Keeps their card under `name`, added `days_ago`; each with its own random backup id.
fn add(store: &mut Store, name: &str, days_ago: i64) -> TheirCardId {
    thread_local!(static DRAWS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) });
    let draw = DRAWS.with(|d| {
        d.set(d.get() + 1);
        d.get()
    });
    store
        .add_their_card(
            name,
            &theirs(),
            content(),
            evening() - Duration::days(days_ago),
            &mut ChaCha20Rng::seed_from_u64(2900 + draw),
        )
        .unwrap()
}

#[test]
fn their_card_is_kept_under_a_name_with_its_date_renamed_and_deleted() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    assert!(store.their_cards().unwrap().is_empty());
    let sam = add(store, "  Sam  ", 0);
    let ro = add(store, "R.", 0);
    let kept = store.their_cards().unwrap();
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0].name, "Sam", "trimmed");
    assert_eq!(kept[0].added_at, evening());
    assert_eq!(kept[0].card, theirs(), "every field as read");
    assert_eq!(store.their_card(ro).unwrap().name, "R.");

    store.rename_their_card(sam, "Sam (Tuesdays)").unwrap();
    assert_eq!(store.their_card(sam).unwrap().name, "Sam (Tuesdays)");
    store.delete_their_card(sam).unwrap();
    let left: Vec<String> = store
        .their_cards()
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(left, ["R."]);
    assert_eq!(
        store.their_card(sam).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        store.delete_their_card(sam).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        store.rename_their_card(sam, "again").unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn a_name_or_card_that_breaks_the_rules_is_refused_and_nothing_is_kept() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    let mut unknown = theirs();
    unknown.fields.insert("hobbies".into(), Default::default());
    let refused = |store: &mut Store, name: &str, card: &AftercareCard| {
        store
            .add_their_card(name, card, content(), evening(), &mut rng())
            .unwrap_err()
            .kind()
    };
    assert_eq!(refused(store, "   ", &theirs()), ErrorKind::Invalid);
    assert_eq!(
        refused(store, &"n".repeat(61), &theirs()),
        ErrorKind::Invalid
    );
    assert_eq!(refused(store, "two\nlines", &theirs()), ErrorKind::Invalid);
    assert_eq!(
        refused(store, "Sam", &AftercareCard::default()),
        ErrorKind::Invalid
    );
    assert_eq!(refused(store, "Sam", &unknown), ErrorKind::NotFound);
    assert!(store.their_cards().unwrap().is_empty());

    for n in 0..MAX_THEIR_CARDS {
        add(store, &format!("card {n}"), 0);
    }
    assert_eq!(refused(store, "one more", &theirs()), ErrorKind::Invalid);
    let id = store.their_cards().unwrap()[0].id;
    assert_eq!(
        store.rename_their_card(id, "").unwrap_err().kind(),
        ErrorKind::Invalid
    );
    assert_eq!(store.their_card(id).unwrap().name, "card 0");
}

#[test]
fn their_cards_are_never_on_the_disk_in_the_clear_and_wipe_removes_them() {
    let mut f = set_up();
    let name = "CANARY-THEIR-NAME-61f0";
    let words = "CANARY-THEIR-WORDS-2c7d";
    let mut card = theirs();
    card.fields.get_mut("if-quiet").unwrap().words = Some(words.into());
    let store = f.vault.store_for_tests().unwrap();
    store
        .add_their_card(name, &card, content(), evening(), &mut rng())
        .unwrap();
    store.checkpoint_truncate().unwrap();
    for (file, bytes) in files(f.dir.path()) {
        for canary in [name, words] {
            assert!(
                !contains(&bytes, canary.as_bytes()),
                "{canary} is readable in {file}"
            );
        }
    }
    f.vault.wipe().unwrap();
    assert!(files(f.dir.path()).is_empty(), "nothing of theirs is left");
}

#[test]
fn their_cards_are_backed_up_encrypted_and_restored_once() {
    let tmp = tempfile::tempdir().unwrap();
    let mut from = set_up();
    let store = from.vault.store_for_tests().unwrap();
    let mut card = theirs();
    card.fields.get_mut("if-quiet").unwrap().words = Some(CANARY.into());
    store
        .add_their_card("Sam", &card, content(), evening(), &mut rng())
        .unwrap();
    let made = back_up(&mut from, tmp.path(), 2901);
    assert!(
        !contains(&std::fs::read(&made.path).unwrap(), CANARY.as_bytes()),
        "encrypted in the backup too"
    );

    let mut to = set_up();
    let report = restore(&mut to, &made.path);
    assert_eq!((report.added, report.invalid), (1, 0), "{report:?}");
    let kept = to.vault.store_for_tests().unwrap().their_cards().unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (kept[0].name.as_str(), kept[0].added_at),
        ("Sam", evening())
    );
    assert_eq!(kept[0].card, card);
    // Again, and back into the vault it came from: never twice.
    let again = restore(&mut to, &made.path);
    assert_eq!((again.added, again.already_there), (0, 1));
    let home = restore(&mut from, &made.path);
    assert_eq!(home.added, 0);
    assert_eq!(
        from.vault
            .store_for_tests()
            .unwrap()
            .their_cards()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn auto_delete_covers_their_cards_only_when_chosen_for_them() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    add(store, "last year", 400);
    add(store, "last week", 7);
    let everything_else = AutoDelete {
        moments: OlderThan::Month,
        check_ins: OlderThan::Month,
        journal: OlderThan::Month,
        their_cards: OlderThan::Never,
    };
    store.set_auto_delete(everything_else).unwrap();
    assert_eq!(store.run_auto_delete(evening()).unwrap().their_cards, 0);
    assert_eq!(store.their_cards().unwrap().len(), 2, "off unless chosen");

    let theirs_too = AutoDelete {
        their_cards: OlderThan::Year,
        ..everything_else
    };
    assert_eq!(
        store
            .auto_delete_count(&theirs_too, evening())
            .unwrap()
            .their_cards,
        1,
        "asked about before it deletes"
    );
    store.set_auto_delete(theirs_too).unwrap();
    assert_eq!(store.auto_delete().unwrap(), theirs_too);
    let gone = store.run_auto_delete(evening()).unwrap();
    assert_eq!((gone.their_cards, gone.total()), (1, 1));
    let left: Vec<String> = store
        .their_cards()
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(left, ["last week"]);
}

#[test]
fn a_restore_never_takes_auto_delete_for_their_cards_from_a_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let mut from = set_up();
    let store = from.vault.store_for_tests().unwrap();
    let choice = AutoDelete {
        their_cards: OlderThan::Month,
        ..AutoDelete::default()
    };
    store.set_auto_delete(choice).unwrap();
    let made = back_up(&mut from, tmp.path(), 2902);
    let mut to = set_up();
    let report = restore(&mut to, &made.path);
    assert_eq!(
        to.vault.store_for_tests().unwrap().auto_delete().unwrap(),
        AutoDelete::default()
    );
    assert_eq!(
        report.offered.auto_delete,
        Some(choice),
        "offered, never taken"
    );
}
