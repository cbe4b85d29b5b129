//! "My people": the names and numbers a person chooses to keep, in the encrypted store.

use aftercare_core::{
    model::{NewPerson, PersonId, MAX_PEOPLE, MAX_PERSON_NAME_CHARS, MAX_PERSON_NUMBER_CHARS},
    store::{DataKey, Store, SCHEMA_VERSION},
    ErrorKind,
};

use crate::support::*;

fn person(name: &str, number: &str) -> NewPerson {
    NewPerson {
        name: name.into(),
        number: number.into(),
        reachable_locked: false,
    }
}

#[test]
fn people_round_trip_through_the_store_in_the_order_they_were_added() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    assert_eq!(
        store.people().unwrap(),
        vec![],
        "nobody is kept until the person adds them"
    );
    let sam = store.add_person(&person("Sam", "+44 7700 900123")).unwrap();
    let line = store
        .add_person(&person("The line I trust", "(555) 010-4477"))
        .unwrap();

    let people = store.people().unwrap();
    assert_eq!(people.len(), 2);
    assert_eq!((people[0].id, people[0].name.as_str()), (sam, "Sam"));
    assert_eq!(
        people[0].number, "+44 7700 900123",
        "the number is kept as typed"
    );
    assert_eq!(people[1].id, line, "in the order they were added");

    store.remove_person(sam).unwrap();
    assert_eq!(
        store.people().unwrap().len(),
        1,
        "removing one keeps the other"
    );
    let error = store.remove_person(sam).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound, "removing twice says so");
}

#[test]
fn names_and_numbers_are_trimmed_and_checked() {
    let long_name = "n".repeat(MAX_PERSON_NAME_CHARS + 1);
    let long_number = "1".repeat(MAX_PERSON_NUMBER_CHARS + 1);
    let refused = [
        ("", "123", "a name is needed"),
        ("   ", "123", "a name of spaces is no name"),
        ("Sam", "", "a number is needed"),
        ("Sam", "call me", "a number has digits"),
        ("Sam", "123; rm", "only digits, spaces, + - ( ) . and #, *"),
        ("Sam", "12\n3", "no line breaks"),
        (long_name.as_str(), "123", "names have a length limit"),
        ("Sam", long_number.as_str(), "numbers have a length limit"),
    ];
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    for (name, number, why) in refused {
        let error = store.add_person(&person(name, number)).unwrap_err();
        assert_eq!(
            error.kind(),
            ErrorKind::Invalid,
            "{why}: {name:?} {number:?}"
        );
    }
    assert_eq!(store.people().unwrap(), vec![], "nothing refused is kept");

    store
        .add_person(&person("  Alex  ", " 0800 11 22 "))
        .unwrap();
    let kept = &store.people().unwrap()[0];
    assert_eq!(
        (kept.name.as_str(), kept.number.as_str()),
        ("Alex", "0800 11 22")
    );
}

#[test]
fn the_list_has_a_limit() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    for n in 0..MAX_PEOPLE {
        store
            .add_person(&person(&format!("Friend {n}"), "123"))
            .unwrap();
    }
    let error = store.add_person(&person("One more", "123")).unwrap_err();
    assert_eq!(
        error.kind(),
        ErrorKind::Invalid,
        "the list is short on purpose"
    );
    assert_eq!(store.people().unwrap().len(), MAX_PEOPLE);
    let error = store.remove_person(PersonId(9_999)).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound);
}

#[test]
fn migrating_to_my_people_keeps_what_was_there() {
    // Schema 3 is the last one before "my people" (schema 4).
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("aftercare.db");
    let key = DataKey::for_tests(&mut rng());
    let mut before = Store::open_at_schema(&path, &key, 3).unwrap();
    before
        .create_journal_entry("a quiet evening", None, None, evening())
        .unwrap();
    before.record_care(&water(), evening()).unwrap();
    drop(before);

    let mut after = Store::open_at_schema(&path, &key, SCHEMA_VERSION).unwrap();
    assert_eq!(after.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(
        after.history(10, None).unwrap().len(),
        1,
        "the moment is kept"
    );
    assert_eq!(
        after.journal_search("quiet", 10).unwrap().len(),
        1,
        "the entry is kept"
    );
    assert_eq!(
        after.people().unwrap(),
        vec![],
        "and the new list starts empty"
    );
    after.add_person(&person("Sam", "123")).unwrap();
    assert_eq!(after.people().unwrap().len(), 1);
}
