use aftercare_core::{
    content::{Company, QuestionId},
    model::{Answer, NewCheckIn, Scales},
    store::DataKey,
    store::Store,
    vault::{Recorded, Vault, VaultStatus},
    Error, ErrorKind,
};

use crate::support::*;

#[test]
fn canary_words_never_reach_the_disk_in_the_clear() {
    let mut f = set_up();
    let canaries = [
        "CANARY-JOURNAL-7f3a",
        "CANARY-EDITED-91bc",
        "CANARY-NOTE-c0de",
        "CANARY-ANSWER-5eed",
        "CANARY-LOCKED-ab12",
        "CANARY-CARD-e4d1",
        "CANARY-LOCKED-ANSWER-77aa",
        "CANARY-PERSON-3b9e",
        "CANARY-THEIR-CARD-NAME-5a1c",
        "CANARY-THEIR-CARD-WORDS-0b7e",
        "CANARY-THEY-SAID-d2f4",
    ];
    let store = f.vault.store_for_tests().unwrap();
    let entry = store
        .create_journal_entry(
            canaries[0],
            Some("journal.prompt.favourite"),
            None,
            evening(),
        )
        .unwrap();
    store
        .edit_journal_entry(entry.id, canaries[1], evening())
        .unwrap();
    store
        .create_journal_entry(canaries[0], None, None, evening())
        .unwrap();
    let mut card = aftercare_core::card::AftercareCard::default();
    card.fields.insert(
        "please-dont".into(),
        aftercare_core::card::CardAnswer {
            choices: vec![],
            words: Some(canaries[5].into()),
            yes: None,
        },
    );
    card.validate(content()).unwrap();
    store.save_card(&card).unwrap();
    // "My people": a name and a number no one else would keep.
    store
        .add_person(&aftercare_core::model::NewPerson {
            name: canaries[7].into(),
            number: "+44 7700 900 314".into(),
            reachable_locked: false,
        })
        .unwrap();
    // A reminder at a time nobody else would choose: its exact time is a canary too.
    let reminder_at = evening() + minutes(5 * 60) + chrono::Duration::milliseconds(4_321);
    store
        .set_reminder(
            aftercare_core::reminders::Preset::Custom,
            Some(reminder_at),
            evening(),
            &crate::support::london(),
            chrono::Duration::hours(1),
        )
        .unwrap();
    let reminder_ms = reminder_at.timestamp_millis().to_string();
    let reminder_clock = reminder_at.format("%H:%M:%S%.3f").to_string();
    let check_in = NewCheckIn {
        occasion: Default::default(),
        company: Some(Company::Partner),
        answers: vec![Answer {
            question: QuestionId("favourite-moment".into()),
            options: vec![],
            text: Some(canaries[3].into()),
        }],
        scales: Scales {
            body: Some(4),
            feelings: Some(5),
            mind: None,
            desire: Some(2),
        },
        note: Some(canaries[2].into()),
    };
    check_in.validate(content()).unwrap();
    let moment = match f
        .vault
        .save_check_in(&check_in, evening(), &mut rng())
        .unwrap()
    {
        Recorded::InMoment { moment } => moment,
        Recorded::Sealed => unreachable!("unlocked"),
    };
    // Their card, kept under a name, and what they said to a check-in sent to them.
    card.fields.get_mut("please-dont").unwrap().words = Some(canaries[9].into());
    let store = f.vault.store_for_tests().unwrap();
    store
        .add_their_card(canaries[8], &card, content(), evening(), &mut rng())
        .unwrap();
    let they_said = aftercare_core::model::TheirAnswer {
        said: None,
        words: Some(canaries[10].into()),
    };
    store
        .note_their_answer(
            moment,
            &they_said.to_check_in(content()).unwrap(),
            evening(),
        )
        .unwrap();

    let scan = |when: &str, expect: &[&str]| {
        let files = files(f.dir.path());
        for name in expect {
            assert!(
                files.contains_key(*name),
                "{when}: no {name} in {:?}",
                files.keys()
            );
        }
        for (name, bytes) in &files {
            let exact_times = [reminder_ms.as_str(), reminder_clock.as_str()];
            for canary in canaries.iter().copied().chain(exact_times) {
                assert!(
                    !contains(bytes, canary.as_bytes()),
                    "{when}: {canary} is readable in {name}"
                );
            }
        }
        let db = &files["aftercare.db"];
        assert!(
            !db.starts_with(b"SQLite format 3"),
            "{when}: the database must not look like plain SQLite"
        );
    };
    scan(
        "unlocked, before any checkpoint",
        &[
            "aftercare.db",
            "aftercare.db-wal",
            "keyslot",
            "reminder-schedule",
        ],
    );

    f.vault.lock();
    let locked = NewCheckIn {
        company: Some(Company::Partner),
        answers: vec![Answer {
            question: QuestionId("favourite-moment".into()),
            options: vec![],
            text: Some(canaries[6].into()),
        }],
        note: Some(canaries[4].into()),
        ..NewCheckIn::default()
    };
    assert_eq!(
        f.vault
            .save_check_in(&locked, evening() + minutes(5), &mut rng())
            .unwrap(),
        Recorded::Sealed
    );
    scan(
        "locked, with a check-in sealed",
        &["aftercare.db", "keyslot"],
    );
    assert!(
        files(f.dir.path()).keys().any(|k| k.starts_with("sealed/")),
        "the locked check-in waits in the inbox's folder"
    );

    f.vault
        .unlock(&passcode(PASSCODE), evening() + minutes(10))
        .unwrap();
    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert_eq!(
        history[0].check_ins.len(),
        3,
        "the locked check-in was merged, beside the check-in and their answer"
    );
    scan("after the merge, WAL included", &["aftercare.db-wal"]);
    f.vault.lock();
    scan("after closing", &["aftercare.db"]);
}

#[test]
fn a_wrong_passcode_fails_kindly_and_changes_no_byte_of_the_data() {
    let mut f = set_up();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault.lock();
    let mut before = files(f.dir.path());

    let error = f
        .vault
        .unlock(&passcode("not the passcode"), evening())
        .unwrap_err();

    assert_eq!(error.kind(), ErrorKind::WrongPasscode);
    assert!(
        error.to_string().contains("no way to recover"),
        "say plainly there is no recovery: {error}"
    );
    let mut after = files(f.dir.path());
    // The counter of failed tries is the one file a wrong passcode is meant to change.
    before.remove("unlock-attempts");
    after.remove("unlock-attempts");
    assert_eq!(
        before, after,
        "a wrong passcode must not change the database, slot or inbox"
    );
    assert_eq!(f.vault.status(), VaultStatus::Locked);
}

#[test]
fn a_wrong_database_key_fails_without_changing_a_byte() {
    let f = set_up();
    let path = f.vault.database_path();
    drop(f.vault);
    let before = files(f.dir.path());

    // A different seed from the one `set_up` drew the real key from.
    let wrong = DataKey::for_tests(
        &mut <rand_chacha::ChaCha20Rng as rand_chacha::rand_core::SeedableRng>::seed_from_u64(1),
    );
    let error = Store::open_at_schema(&path, &wrong, aftercare_core::store::SCHEMA_VERSION)
        .err()
        .unwrap();

    assert_eq!(error.kind(), ErrorKind::Damaged);
    assert_eq!(before, files(f.dir.path()));
}

#[test]
fn changing_the_passcode_rewrites_only_the_slot() {
    let mut f = set_up();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault.lock();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    let db_before = std::fs::read(f.vault.database_path()).unwrap();
    let slot_before = std::fs::read(f.vault.slot_path()).unwrap();

    f.vault
        .change_passcode(
            &passcode(PASSCODE),
            &passcode("a longer passphrase"),
            FAST,
            evening(),
            &mut rng(),
        )
        .unwrap();
    f.vault.lock();

    assert_eq!(
        std::fs::read(f.vault.database_path()).unwrap(),
        db_before,
        "the database bytes stay identical"
    );
    assert_ne!(std::fs::read(f.vault.slot_path()).unwrap(), slot_before);
    let old = f.vault.unlock(&passcode(PASSCODE), evening()).unwrap_err();
    assert_eq!(
        old.kind(),
        ErrorKind::WrongPasscode,
        "the old passcode no longer opens it"
    );
    f.vault
        .unlock(&passcode("a longer passphrase"), evening())
        .unwrap();
    assert_eq!(
        f.vault.store().unwrap().history(5, None).unwrap()[0]
            .care
            .len(),
        1
    );
}

#[test]
fn changing_the_passcode_needs_the_current_one_and_a_long_enough_new_one() {
    let mut f = set_up();
    let wrong = f.vault.change_passcode(
        &passcode("nope nope"),
        &passcode("a quiet harbour"),
        FAST,
        evening(),
        &mut rng(),
    );
    assert_eq!(wrong.unwrap_err().kind(), ErrorKind::WrongPasscode);
    let short = f.vault.change_passcode(
        &passcode(PASSCODE),
        &passcode("12345"),
        FAST,
        evening(),
        &mut rng(),
    );
    assert_eq!(short.unwrap_err().kind(), ErrorKind::Invalid);
}

#[test]
fn repeated_wrong_passcodes_back_off_and_the_count_survives_a_restart() {
    let mut f = set_up();
    f.vault.lock();
    let mut now = evening();
    for _ in 0..5 {
        assert_eq!(
            f.vault
                .unlock(&passcode("wrong guess"), now)
                .unwrap_err()
                .kind(),
            ErrorKind::WrongPasscode
        );
    }
    // A restart of the app does not reset the count.
    let mut vault = Vault::new(&f.dir);
    assert_eq!(vault.failed_attempts(), 5);
    match vault.unlock(&passcode(PASSCODE), now + chrono::Duration::seconds(10)) {
        Err(Error::TooManyAttempts { wait_seconds }) => assert_eq!(wait_seconds, 20),
        other => panic!("expected a wait, got {other:?}"),
    }
    now += chrono::Duration::seconds(31);
    assert_eq!(
        vault
            .unlock(&passcode("wrong again"), now)
            .unwrap_err()
            .kind(),
        ErrorKind::WrongPasscode
    );
    match vault.unlock(&passcode(PASSCODE), now) {
        Err(Error::TooManyAttempts { wait_seconds }) => assert_eq!(wait_seconds, 60),
        other => panic!("expected a one-minute wait, got {other:?}"),
    }
    let message = vault
        .unlock(&passcode(PASSCODE), now)
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("60 seconds"),
        "the error tells how long to wait: {message}"
    );
    vault
        .unlock(&passcode(PASSCODE), now + chrono::Duration::seconds(61))
        .unwrap();
    assert_eq!(
        vault.failed_attempts(),
        0,
        "a right passcode starts the count again"
    );
}

#[test]
fn wipe_leaves_the_folder_as_on_a_fresh_install() {
    let mut f = set_up();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault.lock();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault
        .unlock(&passcode("wrong passcode"), evening())
        .unwrap_err();

    f.vault.wipe().unwrap();

    assert!(
        files(f.dir.path()).is_empty(),
        "left behind: {:?}",
        files(f.dir.path()).keys()
    );
    assert_eq!(f.vault.status(), VaultStatus::NotSetUp);
    f.vault
        .set_up(&passcode("a new start"), FAST, &mut rng())
        .unwrap();
    assert!(f
        .vault
        .store()
        .unwrap()
        .history(5, None)
        .unwrap()
        .is_empty());
}

#[test]
fn first_run_rules() {
    let tmp = tempfile::tempdir().unwrap();
    let dir =
        aftercare_core::data_dir::DataDir::resolve(Some(tmp.path().into()), tmp.path().into())
            .unwrap();
    let mut vault = Vault::new(&dir);
    assert_eq!(vault.status(), VaultStatus::NotSetUp);
    assert_eq!(
        vault
            .unlock(&passcode(PASSCODE), evening())
            .unwrap_err()
            .kind(),
        ErrorKind::NotSetUp
    );
    assert_eq!(
        vault
            .record_care(content(), &water(), evening(), &mut rng())
            .unwrap_err()
            .kind(),
        ErrorKind::NotSetUp
    );
    assert_eq!(
        vault
            .set_up(&passcode("12345"), FAST, &mut rng())
            .unwrap_err()
            .kind(),
        ErrorKind::Invalid
    );
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    assert_eq!(vault.status(), VaultStatus::Unlocked);
    assert_eq!(
        vault
            .set_up(&passcode(PASSCODE), FAST, &mut rng())
            .unwrap_err()
            .kind(),
        ErrorKind::AlreadySetUp
    );
}
