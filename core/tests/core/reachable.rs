//! "My people in a crisis" (issue 25 §3): someone marked "reachable without unlocking" is kept
//! in `locked-people` too, name and number only, for the calm space while locked; no one else
//! reaches the disk in the clear; the vault keeps the file in step (each change, each unlock),
//! it is absent while no one is marked, wipe removes it, and what it reads is checked.

use aftercare_core::{
    model::{NewPerson, MAX_PEOPLE},
    store::{DataKey, Store, SCHEMA_VERSION},
    vault::locked_people::{self, LockedPerson},
    ErrorKind,
};

use rand_chacha::rand_core::SeedableRng;

use crate::{
    backups::{back_up, restore},
    support::*,
};

fn person(name: &str, number: &str, reachable_locked: bool) -> NewPerson {
    NewPerson {
        name: name.into(),
        number: number.into(),
        reachable_locked,
    }
}

fn locked_file(f: &Fixture) -> Option<Vec<u8>> {
    files(f.dir.path()).remove("locked-people")
}

#[test]
fn only_the_people_marked_reachable_are_readable_without_unlocking() {
    let mut f = set_up();
    assert_eq!(locked_file(&f), None, "no one marked: no file at all");
    let reachable = "CANARY-REACHABLE-0f1e";
    let private = "CANARY-PRIVATE-PERSON-6b2d";
    let private_number = "+44 7700 900 271";
    aftercare_core::api::people::add_person(
        &mut f.vault,
        &person(reachable, "+44 7700 900 828", true),
    )
    .unwrap();
    let list = aftercare_core::api::people::add_person(
        &mut f.vault,
        &person(private, private_number, false),
    )
    .unwrap();
    assert_eq!(
        (list[0].reachable_locked, list[1].reachable_locked),
        (true, false)
    );

    let scan = |f: &Fixture, when: &str| {
        for (name, bytes) in files(f.dir.path()) {
            for words in [private, private_number] {
                assert!(
                    !contains(&bytes, words.as_bytes()),
                    "{when}: {words} is readable in {name}"
                );
            }
            if name != "locked-people" {
                assert!(
                    !contains(&bytes, reachable.as_bytes()),
                    "{when}: the reachable name is only in the list, not in {name}"
                );
            }
        }
        assert!(contains(&locked_file(f).unwrap(), reachable.as_bytes()));
    };
    scan(&f, "unlocked");
    f.vault.lock();
    assert_eq!(
        f.vault.locked_people(),
        [LockedPerson {
            name: reachable.into(),
            number: "+44 7700 900 828".into()
        }],
        "locked, the marked person's name and number, and no one else"
    );
    scan(&f, "locked");
    f.vault
        .unlock(&passcode(PASSCODE), evening() + minutes(1))
        .unwrap();
    scan(&f, "after unlocking");

    // Marking, unmarking and removing rewrite it; with no one marked there is no file.
    let ids: Vec<_> = f
        .vault
        .store()
        .unwrap()
        .people()
        .unwrap()
        .iter()
        .map(|p| p.id)
        .collect();
    aftercare_core::api::people::set_person_reachable(&mut f.vault, ids[0], false).unwrap();
    assert_eq!(locked_file(&f), None, "unmarked: no list at all");
    aftercare_core::api::people::set_person_reachable(&mut f.vault, ids[1], true).unwrap();
    assert!(contains(&locked_file(&f).unwrap(), private.as_bytes()));
    aftercare_core::api::people::remove_person(&mut f.vault, ids[1]).unwrap();
    assert_eq!(locked_file(&f), None, "removed with the last one marked");
    assert_eq!(
        aftercare_core::api::people::remove_person(&mut f.vault, ids[1])
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn the_reachable_list_is_written_again_at_unlock_and_wipe_removes_it() {
    let mut f = set_up();
    aftercare_core::api::people::add_person(&mut f.vault, &person("Sam", "123", true)).unwrap();
    std::fs::remove_file(f.dir.path().join("locked-people")).unwrap();
    f.vault.lock();
    assert!(
        f.vault.locked_people().is_empty(),
        "a missing list is no one"
    );
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert_eq!(
        f.vault.locked_people().len(),
        1,
        "unlocking writes it again"
    );

    f.vault.wipe().unwrap();
    assert!(
        files(f.dir.path()).is_empty(),
        "wipe leaves nothing: {:?}",
        files(f.dir.path()).keys()
    );
}

/// What the file holds is checked as an added person is: a list that is damaged, too long, or
/// holds a "number" that is no number reads as no one, never as part of it.
#[test]
fn a_strange_or_damaged_list_reads_as_no_one() {
    let sam = LockedPerson {
        name: "Sam".into(),
        number: "+44 7700 900123".into(),
    };
    let good = locked_people::encode(std::slice::from_ref(&sam));
    assert_eq!(locked_people::decode(&good), Some(vec![sam.clone()]));
    let too_many = locked_people::encode(&vec![sam.clone(); MAX_PEOPLE + 1]);
    let strange = [
        b"".to_vec(),
        good[..good.len() - 1].to_vec(),
        br#"{"v":2,"people":[]}"#.to_vec(),
        br#"{"v":1,"people":[{"name":"Sam","number":"javascript:alert(1)"}]}"#.to_vec(),
        br#"{"v":1,"people":[{"name":" Sam ","number":"123"}]}"#.to_vec(),
        br#"{"v":1,"people":[{"name":"","number":"123"}]}"#.to_vec(),
        br#"{"v":1,"people":[],"more":1}"#.to_vec(),
        too_many,
    ];
    for bytes in strange {
        assert_eq!(
            locked_people::decode(&bytes),
            None,
            "{}",
            String::from_utf8_lossy(&bytes)
        );
    }

    let mut f = set_up();
    f.vault.lock();
    std::fs::write(
        f.dir.path().join("locked-people"),
        br#"{"v":1,"people":[{"name":"Sam","number":"tel:evil"}]}"#,
    )
    .unwrap();
    assert!(f.vault.locked_people().is_empty());
}

/// Being readable without the passcode is chosen on the device: a backup keeps the person, and
/// a restore brings them back unmarked.
#[test]
fn a_person_restored_from_a_backup_comes_back_unmarked() {
    let mut first = set_up();
    aftercare_core::api::people::add_person(&mut first.vault, &person("Sam", "123", true)).unwrap();
    let out = tempfile::tempdir().unwrap();
    let summary = back_up(&mut first, out.path(), 2_501);
    let mut second = set_up();
    restore(&mut second, &summary.path);
    let people = second.vault.store().unwrap().people().unwrap();
    assert_eq!(people.len(), 1);
    assert!(!people[0].reachable_locked);
    assert_eq!(locked_file(&second), None);
}

#[test]
fn migrating_to_reachable_people_keeps_everyone_unmarked() {
    // Schema 7 is the last one before the mark (schema 8).
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("aftercare.db");
    let key = DataKey::for_tests(&mut rng());
    let mut before = Store::open_at_schema(&path, &key, 7).unwrap();
    // Someone on the list as schema 7 wrote them: no mark yet.
    before
        .execute_batch_for_tests("INSERT INTO person (name, number) VALUES ('Sam', '123');")
        .unwrap();
    drop(before);

    let mut after = Store::open_at_schema(&path, &key, SCHEMA_VERSION).unwrap();
    let people = after.people().unwrap();
    assert_eq!(people.len(), 1, "kept");
    assert!(
        !people[0].reachable_locked,
        "nobody is readable without the passcode until the person says so"
    );
    after.set_person_reachable(people[0].id, true).unwrap();
    assert!(after.people().unwrap()[0].reachable_locked);
}

/// A change of passcode that re-keys (or ties the vault to this device) changes the key that
/// vouches for the files read while locked: every one of them is written again under it, the
/// people reachable while locked among them, so the calm space still shows them while locked
/// and nothing reads as altered.
#[test]
fn people_reachable_while_locked_stay_readable_after_the_passcode_changes() {
    let mut f = set_up();
    aftercare_core::api::people::add_person(
        &mut f.vault,
        &person("Robin", "+44 7700 900 555", true),
    )
    .unwrap();
    f.vault
        .change_passcode_and_rekey(
            &passcode(PASSCODE),
            &passcode("a new and longer passcode"),
            FAST,
            evening(),
            // Not the set-up's seed, which would draw the same data key again.
            &mut rand_chacha::ChaCha20Rng::from_seed([7; 32]),
        )
        .unwrap();
    f.vault.lock();
    assert_eq!(
        f.vault.altered_files(),
        Vec::<&str>::new(),
        "nothing reads as changed by someone else"
    );
    assert_eq!(
        f.vault.locked_people(),
        [LockedPerson {
            name: "Robin".into(),
            number: "+44 7700 900 555".into()
        }],
        "still reachable while locked"
    );
}
