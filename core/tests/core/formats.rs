//! Stored formats are promises: what one version writes, the next must read. Each format the
//! app keeps on disk is checked byte for byte against a fixture in `core/tests/fixtures/`,
//! written by the version before the formats got types of their own (so these tests also show
//! that the change kept them). A rename made for the UI that changed a stored format fails
//! here. Decoding damage gives a typed error, never a default.

use std::path::PathBuf;

use aftercare_core::{
    card::{AftercareCard, CardAnswer},
    content::{ActionId, Company, OptionId, QuestionId, WordingId},
    model::{Answer, LockedEntry, NewCheckIn, RecordId, Scales},
    reminders::{Pending, Schedule},
    store::{format, DataKey, Store},
    vault::{
        attempts::Counter,
        inbox::{open_record, seal_record},
        locked_people::{self, LockedPerson},
        locked_tiles::{self, LockedTile},
        schedule_file,
        slot::{KdfParams, KeySlot, SlotError},
        vouched::{self, Opened, VouchKey},
        BiometricSecret, BiometricSlot, DeviceKeyName, DeviceSecret, KeyId, LOCKED_TILES_FILE,
    },
    ErrorKind,
};
use chrono::{DateTime, TimeZone, Utc};
use crypto_box::SecretKey;
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::support::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn at(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).unwrap()
}

fn answers() -> Vec<Answer> {
    vec![
        Answer {
            question: QuestionId("feel-now".into()),
            options: vec![OptionId("calm".into()), OptionId("tired".into())],
            text: None,
        },
        Answer {
            question: QuestionId("favourite-moment".into()),
            options: vec![],
            text: Some("the laughing".into()),
        },
    ]
}

fn locked_check_in() -> LockedEntry {
    LockedEntry::CheckIn {
        check_in: NewCheckIn {
            occasion: Default::default(),
            company: Some(Company::Casual),
            answers: answers(),
            scales: Scales {
                body: Some(4),
                feelings: Some(5),
                mind: None,
                desire: Some(2),
            },
            note: Some("sleepy and happy".into()),
        },
        at: at(1_795_000_000_123),
    }
}

fn locked_action() -> LockedEntry {
    LockedEntry::Care {
        action: ActionId("water".into()),
        at: at(1_795_000_000_000),
    }
}

#[test]
fn a_record_sealed_while_locked_keeps_its_format() {
    let secret = SecretKey::from([9u8; 32]);
    // Sealing draws its ephemeral key from the RNG: the same seed gives the same bytes.
    let mut rng = ChaCha20Rng::seed_from_u64(42);
    let public = *secret.public_key().as_bytes();
    let check_in = seal_record(&public, RecordId([7; 16]), &locked_check_in(), &mut rng);
    let action = seal_record(&public, RecordId([8; 16]), &locked_action(), &mut rng);
    assert!(
        check_in == fixture("locked-check-in-v1.bin"),
        "a sealed check-in must be byte for byte what the previous version sealed"
    );
    assert!(action == fixture("locked-action-v1.bin"));
    assert_eq!(
        open_record(&secret, &fixture("locked-check-in-v1.bin")),
        Some((RecordId([7; 16]), locked_check_in())),
        "a record sealed by the previous version opens to the same check-in"
    );
    assert_eq!(
        open_record(&secret, &fixture("locked-action-v1.bin")),
        Some((RecordId([8; 16]), locked_action()))
    );
}

#[test]
fn check_in_answers_keep_their_format() {
    let stored = fixture("check-in-answers-v1.json");
    assert_eq!(format::encode_answers(&answers()).as_bytes(), stored);
    assert_eq!(
        format::decode_answers(std::str::from_utf8(&stored).unwrap()).unwrap(),
        answers()
    );
}

#[test]
fn the_card_keeps_its_format() {
    let mut card = AftercareCard::default();
    card.fields.insert(
        "needs".into(),
        CardAnswer {
            choices: vec![OptionId("water".into())],
            words: Some("my hoodie".into()),
            yes: None,
        },
    );
    card.fields.insert(
        "check-tomorrow".into(),
        CardAnswer {
            choices: vec![],
            words: None,
            yes: Some(true),
        },
    );
    let stored = fixture("card-v1.json");
    assert_eq!(format::encode_card(&card).as_bytes(), stored);
    assert_eq!(
        format::decode_card(std::str::from_utf8(&stored).unwrap()).unwrap(),
        card
    );
}

#[test]
fn the_reminder_schedule_keeps_its_format() {
    let schedule = Schedule {
        wording: Some(WordingId("hello".into())),
        pending: vec![Pending::at(at(1_795_086_400_123))],
        shown: vec![Pending::at(at(1_795_000_000_000))],
        missed: vec![Pending::at(at(1_794_900_000_000))],
    };
    let stored = fixture("reminder-schedule-v2.json");
    assert_eq!(schedule_file::encode(&schedule), stored);
    assert_eq!(schedule_file::decode(&stored), Some(schedule));
}

#[test]
fn a_schedule_written_by_the_first_version_is_still_read() {
    // Version 1 held ids and milliseconds; its due times are kept, to the minute.
    let old = schedule_file::decode(&fixture("reminder-schedule-v1.json")).unwrap();
    assert_eq!(old.wording, Some(WordingId("hello".into())));
    assert_eq!(old.pending, [Pending::at(at(1_795_086_400_123))]);
    assert_eq!(
        old.pending[0].due_at().timestamp_millis(),
        1_795_086_420_000,
        "to the whole minute, rounded up"
    );
}

#[test]
fn unknown_codes_are_damage_never_a_default() {
    let damaged = [
        format::company_from_code("crowd").map(|_| ()),
        format::preset_from_code("weekly").map(|_| ()),
        format::state_from_code("snoozing").map(|_| ()),
        format::decode_answers("{not json").map(|_| ()),
        format::decode_card("{\"fields\": 3}").map(|_| ()),
        format::time_from_ms(i64::MAX).map(|_| ()),
    ];
    for result in damaged {
        assert_eq!(result.unwrap_err().kind(), ErrorKind::Damaged);
    }
}

#[test]
fn a_row_that_does_not_decode_is_reported_as_damage() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = Store::open_at_schema(
        &tmp.path().join("db"),
        &DataKey::for_tests(&mut rng()),
        aftercare_core::store::SCHEMA_VERSION,
    )
    .unwrap();
    store
        .execute_batch_for_tests(
            "INSERT INTO moment (started_at, last_activity_at) VALUES (9223372036854775807, 1);",
        )
        .unwrap();
    let error = store.history(10, None).unwrap_err();
    assert_eq!(
        error.kind(),
        ErrorKind::Damaged,
        "a time no calendar can show is damage, not 1970: {error}"
    );
}

/// A key slot as this version writes it, with and without the device's secret: version 3,
/// the key id in the authenticated header, the public key after the wrapped key, the tag.
#[test]
fn the_key_slot_keeps_its_format() {
    let tied = || {
        DeviceSecret::from_stored(&[4; 32])
            .unwrap()
            .filed_as(KeyId([9; 16]))
    };
    for (name, device) in [
        ("keyslot-v3.bin", None),
        ("keyslot-v3-device.bin", Some(tied())),
    ] {
        let mut rng = ChaCha20Rng::seed_from_u64(1);
        let key = DataKey::for_tests(&mut rng);
        let slot = KeySlot::seal(
            &key,
            &passcode("correct horse"),
            device.as_ref(),
            KdfParams::INSECURE_FOR_TESTS,
            [5; 32],
            &mut rng,
        );
        assert!(
            slot.encode() == fixture(name),
            "{name} is written as before"
        );
        let stored = KeySlot::decode(&fixture(name)).unwrap();
        assert!(stored
            .open(&passcode("correct horse"), device.as_ref())
            .is_ok());
        assert_eq!(stored.inbox_public_key, [5; 32]);
    }
    let bound = KeySlot::decode(&fixture("keyslot-v3-device.bin")).unwrap();
    assert_eq!(
        bound.open(&passcode("correct horse"), None).err(),
        Some(SlotError::DeviceSecretMissing)
    );
    assert_eq!(
        bound.device_key_name(),
        Some(DeviceKeyName::Id(KeyId([9; 16]))),
        "the key store's entry is named by the id in the slot"
    );
    let vouch = VouchKey::of_device(&tied());
    assert_eq!(bound.vouched_by(Some(&vouch)), Opened::Vouched(()));
}

/// The second key slot (fingerprint or face), version 1, beside `keyslot-v3.bin` and wrapping
/// the same data key: written as before, and opened by its secret only, only beside that slot.
#[test]
fn the_second_key_slot_keeps_its_format() {
    let key = DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(1));
    let beside = KeySlot::decode(&fixture("keyslot-v3.bin")).unwrap();
    let secret = BiometricSecret::from_bytes([6; 32]);
    let sealed: &[u8] = b"sealed by the phone's key store;iv";
    let slot = BiometricSlot::seal(
        &key,
        &secret,
        sealed,
        &beside,
        &mut ChaCha20Rng::seed_from_u64(2),
    )
    .unwrap();
    let name = "keyslot-biometric-v1.bin";
    assert!(
        slot.encode() == fixture(name),
        "{name} is written as before"
    );
    let stored = BiometricSlot::decode(&fixture(name)).unwrap();
    assert_eq!(stored, slot);
    assert!(stored.stands_beside(&beside));
    let another = KeySlot::seal(
        &key,
        &passcode("correct horse"),
        None,
        KdfParams::INSECURE_FOR_TESTS,
        [5; 32],
        &mut ChaCha20Rng::seed_from_u64(3),
    );
    assert!(!stored.stands_beside(&another), "a key slot sealed since");
    assert_eq!(stored.sealed(), sealed);
    assert!(stored.open(&secret).unwrap().same_as(&key));
    assert!(stored.open(&BiometricSecret::from_bytes([7; 32])).is_none());
    let opened = beside.open(&passcode("correct horse"), None).unwrap();
    assert!(
        opened.same_as(&key),
        "the passcode's slot beside it opens the same key"
    );
}

/// A key slot written by the version before this one (version 2: no key id, the public key in
/// the associated data, no tag) still opens with its passcode, and with the device's secret
/// when tied to it, which the key store then still names by the data folder.
#[test]
fn a_key_slot_written_by_the_second_version_still_opens() {
    let device = DeviceSecret::from_stored(&[4; 32]).unwrap();
    let old = KeySlot::decode(&fixture("keyslot-v2.bin")).unwrap();
    assert!(old.open(&passcode("correct horse"), None).is_ok());
    assert_eq!(old.device_key_name(), None);
    assert_eq!(old.vouched_by(None), Opened::Plain(()));
    let bound = KeySlot::decode(&fixture("keyslot-v2-device.bin")).unwrap();
    assert!(bound
        .open(&passcode("correct horse"), Some(&device))
        .is_ok());
    assert_eq!(
        bound.open(&passcode("correct horse"), None).err(),
        Some(SlotError::DeviceSecretMissing)
    );
    assert_eq!(bound.device_key_name(), Some(DeviceKeyName::Folder));
    assert_eq!(
        KeySlot::decode(&fixture("keyslot-v2.bin"))
            .unwrap()
            .encode(),
        fixture("keyslot-v2.bin")
    );
}

/// A file read while locked, in its envelope: the tiles shown on Home while locked, vouched for
/// by the device's key.
#[test]
fn a_vouched_file_keeps_its_format() {
    let vouch = VouchKey::of_device(&DeviceSecret::from_stored(&[4; 32]).unwrap());
    let tiles = vec![LockedTile {
        id: ActionId(format!("own-{}", "07".repeat(8))),
        title: "Tea on the sofa".into(),
    }];
    let stored = fixture("locked-tiles-v1.bin");
    assert!(
        vouched::seal(
            Some(&vouch),
            LOCKED_TILES_FILE,
            &locked_tiles::encode(&tiles)
        ) == stored
    );
    let Opened::Vouched(body) = vouched::open(Some(&vouch), LOCKED_TILES_FILE, &stored) else {
        panic!("the device's key vouches for it");
    };
    assert_eq!(locked_tiles::decode(body), Some(tiles));
}

/// A key slot written by the version before passcodes were normalised (and before the device
/// secret) still opens with its passcode, and only with it.
#[test]
fn a_key_slot_written_by_the_first_version_still_opens() {
    let old = KeySlot::decode(&fixture("keyslot-v1.bin")).unwrap();
    assert!(!old.needs_device_secret());
    assert!(old.open(&passcode("correct horse"), None).is_ok());
    let device = DeviceSecret::from_stored(&[4; 32]).unwrap();
    assert!(old.open(&passcode("correct horse"), Some(&device)).is_ok());
    assert_eq!(
        old.open(&passcode("correct horses"), None).err(),
        Some(SlotError::WrongPasscode)
    );
    // Made from "e" + a combining accent, taken as typed then: it still opens typed that way.
    // Typed precomposed it does not, exactly as before this version (the bytes differ).
    let decomposed = KeySlot::decode(&fixture("keyslot-v1-decomposed.bin")).unwrap();
    assert!(decomposed
        .open(&passcode("cafe\u{301} au lait"), None)
        .is_ok());
    assert_eq!(
        decomposed.open(&passcode("caf\u{e9} au lait"), None).err(),
        Some(SlotError::WrongPasscode)
    );
}

/// `locked-people` inside its envelope: the name and number of each person reachable while
/// locked, and nothing else.
#[test]
fn the_locked_people_file_keeps_its_format() {
    let people = vec![LockedPerson {
        name: "Robin".into(),
        number: "+44 7700 900 555".into(),
    }];
    let stored = fixture("locked-people-v1.json");
    assert!(locked_people::encode(&people) == stored);
    assert_eq!(locked_people::decode(&stored), Some(people));
}

/// The `own_tile.steps` column: a tile of one's own's steps, in order.
#[test]
fn an_own_tiles_steps_keep_their_format() {
    let steps = vec!["Kettle on".to_owned(), "Two mugs, the blue one".to_owned()];
    let stored = String::from_utf8(fixture("own-tile-steps-v1.json")).unwrap();
    assert_eq!(format::encode_steps(&steps), stored);
    assert_eq!(format::decode_steps(&stored).unwrap(), steps);
    assert_eq!(
        format::decode_steps("{\"steps\": 1}").unwrap_err().kind(),
        ErrorKind::Damaged
    );
}

/// `unlock-attempts`: the wrong passcodes in a row and when the last try began.
#[test]
fn the_unlock_attempts_counter_keeps_its_format() {
    let counter = Counter {
        failures: 3,
        last_try_ms: 1_795_086_400_123,
    };
    let stored = fixture("unlock-attempts-v1.bin");
    assert!(counter.encode() == stored);
    assert_eq!(Counter::decode(&stored), counter);
}
