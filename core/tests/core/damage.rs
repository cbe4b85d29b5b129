//! A truncated, corrupt, missing or foreign file gives a typed error, never a panic, never a
//! fresh empty database, and nothing written over what is there.

use aftercare_core::{
    data_dir::DataDir,
    store::{DataKey, Store, SCHEMA_VERSION},
    vault::Vault,
    ErrorKind,
};

use crate::support::*;

/// Damages one file of a locked vault, tries to unlock, and checks the error kind and that no
/// file changed (the unlock counter aside).
fn unlock_after(damage: impl FnOnce(&Vault), expected: ErrorKind) {
    let mut f = set_up();
    f.vault
        .record_care(
            content(),
            &aftercare_core::content::ActionId("water".into()),
            evening(),
            &mut rng(),
        )
        .unwrap();
    f.vault.lock();
    damage(&f.vault);
    let mut before = files(f.dir.path());

    let error = Vault::new(&f.dir)
        .unlock(&passcode(PASSCODE), evening())
        .unwrap_err();

    assert_eq!(error.kind(), expected, "{error}");
    let mut after = files(f.dir.path());
    before.remove("unlock-attempts");
    after.remove("unlock-attempts");
    assert_eq!(
        before, after,
        "nothing may be written over the user's files"
    );
}

#[test]
fn a_truncated_database_is_reported_not_replaced() {
    unlock_after(
        |v| {
            let path = v.database_path();
            let bytes = std::fs::read(&path).unwrap();
            std::fs::write(&path, &bytes[..bytes.len() / 3]).unwrap();
            let _ = std::fs::remove_file(path.with_extension("db-wal"));
        },
        ErrorKind::Damaged,
    );
}

#[test]
fn a_corrupt_database_is_reported() {
    unlock_after(
        |v| {
            let path = v.database_path();
            let mut bytes = std::fs::read(&path).unwrap();
            for byte in &mut bytes[..64] {
                *byte ^= 0x5a;
            }
            std::fs::write(&path, bytes).unwrap();
        },
        ErrorKind::Damaged,
    );
}

#[test]
fn a_foreign_plain_sqlite_file_is_reported() {
    unlock_after(
        |v| {
            let path = v.database_path();
            std::fs::remove_file(&path).unwrap();
            let _ = std::fs::remove_file(path.with_extension("db-wal"));
            let _ = std::fs::remove_file(path.with_extension("db-shm"));
            let other = rusqlite::Connection::open(&path).unwrap();
            other
                .execute_batch(
                    "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('someone else''s');",
                )
                .unwrap();
        },
        ErrorKind::Damaged,
    );
}

#[test]
fn a_missing_database_is_reported_not_recreated() {
    let mut f = set_up();
    f.vault.lock();
    let path = f.vault.database_path();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let error = f.vault.unlock(&passcode(PASSCODE), evening()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Damaged);
    assert!(
        !path.exists(),
        "an empty database must never be created silently"
    );
}

#[test]
fn a_truncated_key_slot_is_reported() {
    unlock_after(
        |v| {
            let bytes = std::fs::read(v.slot_path()).unwrap();
            std::fs::write(v.slot_path(), &bytes[..20]).unwrap();
        },
        ErrorKind::Damaged,
    );
}

#[test]
fn an_altered_key_slot_opens_with_no_passcode() {
    unlock_after(
        |v| {
            let mut bytes = std::fs::read(v.slot_path()).unwrap();
            bytes[30] ^= 1; // inside the salt, which the AEAD covers
            std::fs::write(v.slot_path(), bytes).unwrap();
        },
        ErrorKind::WrongPasscode,
    );
}

#[test]
fn a_missing_key_slot_is_reported_and_set_up_refuses_to_overwrite() {
    let mut f = set_up();
    f.vault.lock();
    std::fs::remove_file(f.vault.slot_path()).unwrap();
    assert_eq!(
        f.vault
            .unlock(&passcode(PASSCODE), evening())
            .unwrap_err()
            .kind(),
        ErrorKind::Damaged
    );
    assert_eq!(
        f.vault.status(),
        aftercare_core::vault::VaultStatus::Unfinished,
        "without its key slot nothing here opens: the app offers to start again"
    );
    let set_up_again = f.vault.set_up(&passcode(PASSCODE), FAST, &mut rng());
    assert_eq!(
        set_up_again.unwrap_err().kind(),
        ErrorKind::AlreadySetUp,
        "the database is still there: only an explicit wipe starts again"
    );
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("aftercare.db");
    let key = DataKey::for_tests(&mut rng());
    let mut store = Store::open_at_schema(&path, &key, SCHEMA_VERSION).unwrap();
    store
        .force_schema_version_for_tests(SCHEMA_VERSION + 1)
        .unwrap();
    drop(store);
    let before = files(tmp.path());

    let error = Store::open_at_schema(&path, &key, SCHEMA_VERSION)
        .err()
        .unwrap();

    assert_eq!(error.kind(), ErrorKind::NewerVersion, "{error}");
    assert_eq!(
        before,
        files(tmp.path()),
        "a newer database is never altered"
    );
}

#[test]
fn migrating_from_the_first_schema_keeps_entries_and_makes_them_searchable() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("aftercare.db");
    let key = DataKey::for_tests(&mut rng());
    let mut first = Store::open_at_schema(&path, &key, 1).unwrap();
    assert_eq!(first.schema_version().unwrap(), 1);
    first
        .create_journal_entry("we laughed a lot afterwards", None, None, evening())
        .unwrap();
    // A moment as schema 1 wrote it: no end column yet.
    let start = evening().timestamp_millis();
    first
        .execute_batch_for_tests(&format!(
            "INSERT INTO moment (started_at, last_activity_at) VALUES ({start}, {start});
             INSERT INTO action_taken (moment_id, action_id, at) VALUES (1, 'water', {start});"
        ))
        .unwrap();
    drop(first);

    let mut latest = Store::open_at_schema(&path, &key, SCHEMA_VERSION).unwrap();

    assert_eq!(latest.schema_version().unwrap(), SCHEMA_VERSION);
    let history = latest.history(10, None).unwrap();
    assert_eq!(history.len(), 1, "the old moment is kept");
    assert_eq!(history[0].moment.ended_at, None, "and is still open");
    let joined = latest
        .record_care(
            &aftercare_core::content::ActionId("cuddle".into()),
            evening() + minutes(5),
        )
        .unwrap()
        .1;
    assert_eq!(joined, history[0].moment.id, "a new tap joins it");
    let found = latest.journal_search("laugh", 10).unwrap();
    assert_eq!(
        found.len(),
        1,
        "entries from schema 1 are found by the search added in schema 2"
    );
    assert_eq!(latest.integrity_check().unwrap(), ["ok"]);
    let _ = DataDir::resolve(None, tmp.path().into()).unwrap();
}
