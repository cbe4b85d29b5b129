//! Tiles of one's own (issue 18 §2): kept encrypted, checked calmly, on Home among the content's
//! tiles, tapped like any care, in backups; and the one small list kept outside the vault for
//! Home while locked, holding only the titles the person chose.

use aftercare_core::{
    content::{ActionId, HomeLayout},
    store::{DataKey, NewOwnTile, Store, MAX_OWN_STEPS},
    vault::CareRecorded,
    ErrorKind,
};

use crate::{
    backups::{back_up, restore},
    support::*,
};

fn tile(title: &str, steps: &[&str], say: Option<&str>, show_locked: bool) -> NewOwnTile {
    NewOwnTile {
        title: title.into(),
        steps: steps.iter().map(|s| (*s).to_owned()).collect(),
        say: say.map(str::to_owned),
        show_locked,
    }
}

/// The file of titles shown while locked, if there is one.
/// What `locked-tiles` holds inside its envelope (the tag that vouches for it is no words).
fn locked_file(f: &Fixture) -> Option<Vec<u8>> {
    let bytes = files(f.dir.path()).remove("locked-tiles")?;
    let body = aftercare_core::vault::vouched::open(None, "locked-tiles", &bytes).for_taking_in();
    Some(body.expect("an envelope of ours").to_vec())
}

#[test]
fn a_tile_of_my_own_is_kept_trimmed_and_a_bad_one_loses_nothing() {
    let mut f = set_up();
    let mut rng = rng();
    let store = f.vault.store_for_tests().unwrap();
    let added = store
        .add_own_tile(
            &tile(
                "  Tea on the sofa ",
                &["Put the kettle on", "", "  Bring two cups "],
                Some(" Want a cup? "),
                false,
            ),
            &mut rng,
        )
        .unwrap();
    assert!(added.id.is_own(), "{:?}", added.id);
    assert_eq!(added.title, "Tea on the sofa");
    assert_eq!(added.steps, ["Put the kettle on", "Bring two cups"]);
    assert_eq!(added.say.as_deref(), Some("Want a cup?"));

    let long_title = "t".repeat(61);
    let nine_steps = ["a step"; MAX_OWN_STEPS + 1];
    let long_step = "s".repeat(201);
    let long_say = "y".repeat(301);
    let bad = [
        tile("   ", &[], None, false),
        tile(&long_title, &[], None, false),
        tile("Two\nlines", &[], None, false),
        tile("Fine", &nine_steps, None, false),
        tile("Fine", &[&long_step], None, false),
        tile("Fine", &[], Some(&long_say), false),
    ];
    for new in &bad {
        let error = store.add_own_tile(new, &mut rng).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Invalid, "{new:?}");
        assert!(
            !error.to_string().contains("ttttt") && !error.to_string().contains("sssss"),
            "no user text in errors: {error}"
        );
        let edit = store.edit_own_tile(&added.id, new).unwrap_err();
        assert_eq!(edit.kind(), ErrorKind::Invalid);
    }
    assert_eq!(
        store.own_tiles().unwrap(),
        vec![added.clone()],
        "nothing lost"
    );
    assert!(store
        .add_own_tile(&tile(&"t".repeat(60), &[], None, false), &mut rng)
        .is_ok());

    let nobody = ActionId::own([9; 8]);
    let edit = store.edit_own_tile(&nobody, &tile("Fine", &[], None, false));
    assert_eq!(edit.unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(
        store.delete_own_tile(&nobody).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn my_tiles_join_homes_order_and_hidden_list_by_id() {
    let content = content();
    let a = ActionId::own([1; 8]);
    let b = ActionId::own([2; 8]);
    let own = [a.clone(), b.clone()];
    let usual = content.shown_order(&HomeLayout::default(), &[], &own);
    assert_eq!(&usual[usual.len() - 2..], &own, "after the content's tiles");

    let layout = HomeLayout {
        tile_order: vec![b.clone(), ActionId("water".into()), a.clone()],
        hidden_tiles: vec![ActionId("film".into())],
        ..HomeLayout::default()
    };
    let arranged = content.shown_order(&layout, &[], &own);
    assert_eq!(
        &arranged[..3],
        [b.clone(), ActionId("water".into()), a.clone()]
    );
    assert!(!arranged.contains(&ActionId("film".into())));

    let hidden = HomeLayout {
        hidden_tiles: vec![a.clone()],
        ..HomeLayout::default()
    };
    assert!(!content.shown_order(&hidden, &[], &own).contains(&a));
    assert!(
        content.actions.iter().all(|action| !action.id.is_own()),
        "no content id looks like one of mine"
    );
}

/// A tap as the app takes it: on a tile the vault knows (`api::care::record_care`).
fn tap(
    f: &mut Fixture,
    id: &ActionId,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<CareRecorded, aftercare_core::Error> {
    aftercare_core::api::care::record_care(&mut f.vault, content(), id, at, &mut rng())
}

#[test]
fn a_tap_on_my_tile_is_care_and_stays_after_the_tile_is_removed() {
    let mut f = set_up();
    let mine = aftercare_core::api::own_tiles::add_own_tile(
        &mut f.vault,
        &tile("Tea on the sofa", &["Kettle"], None, true),
        &mut rng(),
    )
    .unwrap();
    tap(&mut f, &mine.id, evening()).unwrap();

    f.vault.lock();
    let sealed = tap(&mut f, &mine.id, evening() + minutes(5)).unwrap();
    assert!(matches!(sealed, CareRecorded::Sealed { .. }));
    let report = f.vault.unlock(&passcode(PASSCODE), evening() + minutes(10));
    assert_eq!(report.unwrap().merged, 1, "merged like any locked tap");

    aftercare_core::api::own_tiles::delete_own_tile(&mut f.vault, &mine.id).unwrap();
    assert_eq!(
        tap(&mut f, &mine.id, evening() + minutes(20))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    let history = f
        .vault
        .store_for_tests()
        .unwrap()
        .history(10, None)
        .unwrap();
    let taken: Vec<&ActionId> = history[0].care.iter().map(|a| &a.action).collect();
    assert_eq!(taken, [&mine.id, &mine.id], "its past taps stay");
    let insights =
        aftercare_core::insights::insights(&history, content(), &aftercare_core::zone::Zone::utc());
    assert!(
        insights.care.iter().any(|c| c.action == mine.id),
        "and What helps me counts them"
    );
}

#[test]
fn the_locked_list_holds_only_the_chosen_titles_and_no_steps_reach_the_disk() {
    let mut f = set_up();
    let mut rng = rng();
    let secret_words = [
        "CANARY-STEP-1a2b",
        "CANARY-SAY-3c4d",
        "CANARY-HIDDEN-TITLE-5e6f",
        "CANARY-HIDDEN-STEP-7a8b",
    ];
    let shown = aftercare_core::api::own_tiles::add_own_tile(
        &mut f.vault,
        &tile(
            "CANARY-SHOWN-TITLE-9c0d",
            &[secret_words[0]],
            Some(secret_words[1]),
            true,
        ),
        &mut rng,
    )
    .unwrap();
    let kept_in = aftercare_core::api::own_tiles::add_own_tile(
        &mut f.vault,
        &tile(secret_words[2], &[secret_words[3]], None, false),
        &mut rng,
    )
    .unwrap();
    f.vault
        .record_care(content(), &shown.id, evening(), &mut rng)
        .unwrap();

    let expected = format!(
        r#"{{"v":1,"tiles":[{{"id":"{}","title":"CANARY-SHOWN-TITLE-9c0d"}}]}}"#,
        shown.id
    );
    let scan = |f: &Fixture, when: &str| {
        assert_eq!(
            String::from_utf8(locked_file(f).expect("the list is there")).unwrap(),
            expected,
            "{when}: only the chosen tile's id and title"
        );
        for (name, bytes) in files(f.dir.path()) {
            for words in secret_words {
                assert!(
                    !contains(&bytes, words.as_bytes()),
                    "{when}: {words} is readable in {name}"
                );
            }
            if name != "locked-tiles" {
                assert!(
                    !contains(&bytes, b"CANARY-SHOWN-TITLE"),
                    "{when}: the shown title is only in the list, not in {name}"
                );
            }
        }
    };
    scan(&f, "unlocked");
    f.vault.lock();
    let titles: Vec<String> = f
        .vault
        .locked_tiles()
        .into_iter()
        .map(|t| t.title)
        .collect();
    assert_eq!(titles, ["CANARY-SHOWN-TITLE-9c0d"]);
    assert_eq!(
        tap(&mut f, &kept_in.id, evening()).unwrap_err().kind(),
        ErrorKind::NotFound,
        "locked, a tile not chosen cannot be tapped"
    );
    f.vault
        .record_care(content(), &shown.id, evening() + minutes(1), &mut rng)
        .unwrap();
    scan(&f, "locked, after a locked tap");
    f.vault
        .unlock(&passcode(PASSCODE), evening() + minutes(2))
        .unwrap();
    scan(&f, "after the merge");

    // Changing the choice rewrites the list; with none chosen there is no file.
    aftercare_core::api::own_tiles::edit_own_tile(
        &mut f.vault,
        &shown.id,
        &tile("CANARY-SHOWN-TITLE-9c0d", &[], None, false),
    )
    .unwrap();
    assert_eq!(locked_file(&f), None, "none chosen: no list at all");
    aftercare_core::api::own_tiles::edit_own_tile(
        &mut f.vault,
        &kept_in.id,
        &tile("Now shown", &[], None, true),
    )
    .unwrap();
    assert!(contains(&locked_file(&f).unwrap(), b"Now shown"));
    aftercare_core::api::own_tiles::delete_own_tile(&mut f.vault, &kept_in.id).unwrap();
    assert_eq!(locked_file(&f), None, "removed with the last chosen tile");
}

#[test]
fn the_locked_list_is_written_again_at_unlock_and_wipe_removes_it() {
    let mut f = set_up();
    aftercare_core::api::own_tiles::add_own_tile(
        &mut f.vault,
        &tile("Shown while locked", &[], None, true),
        &mut rng(),
    )
    .unwrap();
    std::fs::remove_file(f.dir.path().join("locked-tiles")).unwrap();
    f.vault.lock();
    assert!(f.vault.locked_tiles().is_empty(), "a missing list is empty");
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert_eq!(f.vault.locked_tiles().len(), 1, "unlocking writes it again");

    f.vault.wipe().unwrap();
    assert!(
        files(f.dir.path()).is_empty(),
        "wipe leaves nothing: {:?}",
        files(f.dir.path()).keys()
    );
}

#[test]
fn migrating_to_tiles_of_my_own_keeps_what_was_there() {
    // Schema 6 is the last one before tiles of one's own (schema 7).
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("aftercare.db");
    let key = DataKey::for_tests(&mut rng());
    let mut before = Store::open_at_schema(&path, &key, 6).unwrap();
    before.record_care(&water(), evening()).unwrap();
    before
        .create_journal_entry("a quiet evening", None, None, evening())
        .unwrap();
    drop(before);

    let mut after = Store::open_at_schema(&path, &key, 7).unwrap();
    assert_eq!(after.schema_version().unwrap(), 7);
    assert_eq!(
        after.history(10, None).unwrap().len(),
        1,
        "the moment is kept"
    );
    assert_eq!(after.journal_search("quiet", 10).unwrap().len(), 1);
    assert_eq!(after.own_tiles().unwrap(), vec![], "and none of my own yet");
    after
        .add_own_tile(&tile("Tea", &[], None, false), &mut rng())
        .unwrap();
    assert_eq!(after.own_tiles().unwrap().len(), 1);
}

#[test]
fn my_tiles_and_their_care_come_back_from_a_backup_once() {
    let mut f = set_up();
    let mine = aftercare_core::api::own_tiles::add_own_tile(
        &mut f.vault,
        &tile("Tea on the sofa", &["Kettle"], Some("Tea?"), true),
        &mut rng(),
    )
    .unwrap();
    f.vault
        .record_care(content(), &mine.id, evening(), &mut rng())
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let written = back_up(&mut f, out.path(), 7).path;

    let mut other = set_up();
    let first = restore(&mut other, &written);
    assert!(first.added >= 3, "moment, care and tile: {first:?}");
    assert_eq!(first.invalid, 0);
    let second = restore(&mut other, &written);
    assert_eq!(second.added, 0, "each record once: {second:?}");
    let store = other.vault.store_for_tests().unwrap();
    assert_eq!(store.own_tiles().unwrap(), vec![mine.clone()]);
    let history = store.history(10, None).unwrap();
    assert_eq!(history[0].care[0].action, mine.id);
}
