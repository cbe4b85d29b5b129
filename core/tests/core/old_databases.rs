//! Databases written by earlier versions open and keep everything: one fixture for each
//! earlier schema (1 to 8) is committed in `core/tests/fixtures/schema-<N>.db`, each migrated
//! here to the current schema and read back; and the released migration files are pinned by
//! their hash, so none is edited after release.
//!
//! The fixtures were made by `write_the_old_database_fixtures` (below, ignored: run it with
//! `cargo test -p aftercare-core --test core -- --ignored write_the_old_database_fixtures`):
//! the migrations run up to schema N, then rows written with the SQL of that schema, under a
//! fixed test key. SQLCipher draws its own salt, so a rerun gives other bytes and the same
//! data.

use std::path::{Path, PathBuf};

use aftercare_core::store::{DataKey, Store, SCHEMA_VERSION};
use blake2::{Blake2b512, Digest};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::support::evening;

/// The schemas earlier versions wrote.
const EARLIER: std::ops::RangeInclusive<i64> = 1..=8;

/// The fixtures' key: the same 32 bytes every run.
fn fixture_key() -> DataKey {
    DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(2406))
}

fn fixture(schema: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema-{schema}.db"))
}

/// What a person had recorded, written as an app with `schema` wrote it.
fn rows_of(schema: i64) -> String {
    let t = evening().timestamp_millis();
    let (minute, day) = (60_000, 86_400_000);
    let mut sql = format!(
        "INSERT INTO moment (id, started_at, last_activity_at, setting)
             VALUES (1, {t}, {t} + {minute}, 'partner');
         INSERT INTO action_taken (moment_id, action_id, at)
             VALUES (1, 'water', {t}), (1, 'cuddle', {t} + {minute});
         INSERT INTO check_in (moment_id, at, setting, body, feelings, answers, note)
             VALUES (1, {t} + 2 * {minute}, 'partner', 4, 5,
                     '[{{\"question\":\"feel-now\",\"options\":[\"calm\"],\"text\":null}}]',
                     'a note from schema {schema}');
         INSERT INTO journal_entry (moment_id, created_at, updated_at, prompt, body)
             VALUES (1, {t}, {t}, NULL, 'we laughed afterwards (schema {schema})');
         INSERT INTO reminder (moment_id, preset, due_at, state, created_at)
             VALUES (1, 'next-day', {t} + {day}, 'pending', {t});
         INSERT INTO card (id, fields)
             VALUES (1, '{{\"fields\":{{\"needs\":{{\"choices\":[\"water\"],\"words\":\"my hoodie\"}}}}}}');
         INSERT INTO setting (key, value) VALUES ('auto_lock_minutes', '7');
         INSERT INTO vault_key (id, inbox_secret) VALUES (1, zeroblob(32));
         INSERT INTO merged_record (id) VALUES (x'000102030405060708090a0b0c0d0e0f');"
    );
    if schema >= 3 {
        sql += &format!("UPDATE moment SET ended_at = {t} + 3 * {minute} WHERE id = 1;");
    }
    if schema >= 4 {
        sql += "INSERT INTO person (name, number) VALUES ('Sam', '+44 7700 900123');";
    }
    if schema >= 5 {
        sql += &format!(
            "INSERT INTO moment (id, started_at, last_activity_at, setting)
                 VALUES (2, {t} - {day}, {t} - {day}, 'group');
             INSERT INTO check_in (moment_id, at, occasion, note)
                 VALUES (1, {t} + {day}, 'since-then', 'the day after');"
        );
    }
    if schema >= 6 {
        sql += "INSERT INTO backup_id (kind, row_id, id)
                    VALUES ('moment', 1, '0123456789abcdef0123456789abcdef');";
    }
    if schema >= 7 {
        sql += "INSERT INTO own_tile (id, title, steps, say, show_locked)
                    VALUES ('own-0123456789abcdef', 'Tea in the blue mug',
                            '[\"Warm the mug\",\"Sit together\"]', 'Shall I make tea?', 1);";
    }
    if schema >= 8 {
        sql += "UPDATE person SET reachable_locked = 1 WHERE name = 'Sam';";
    }
    sql
}

#[test]
#[ignore = "writes the committed fixtures; run by hand, once per new schema"]
fn write_the_old_database_fixtures() {
    for schema in EARLIER {
        let path = fixture(schema);
        let _ = std::fs::remove_file(&path);
        let mut store = Store::open_at_schema(&path, &fixture_key(), schema).unwrap();
        store.execute_batch_for_tests(&rows_of(schema)).unwrap();
        store.checkpoint_truncate().unwrap();
        drop(store);
        for side in ["db-wal", "db-shm"] {
            let _ = std::fs::remove_file(path.with_extension(side));
        }
    }
}

#[test]
fn a_database_from_each_earlier_schema_migrates_and_keeps_everything() {
    for schema in EARLIER {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("aftercare.db");
        std::fs::copy(fixture(schema), &path).unwrap();
        let old = Store::open_at_schema(&path, &fixture_key(), schema).unwrap();
        assert_eq!(
            old.schema_version().unwrap(),
            schema,
            "the fixture is schema {schema}"
        );
        drop(old);

        let mut store = Store::open_at_schema(&path, &fixture_key(), SCHEMA_VERSION).unwrap();
        let s = format!("schema {schema}");
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION, "{s}");
        assert_eq!(store.integrity_check().unwrap(), ["ok"], "{s}");

        let history = store.history(10, None).unwrap();
        let moment = history.iter().find(|m| m.care.len() == 2).expect(&s);
        let actions: Vec<&str> = moment.care.iter().map(|a| a.action.as_str()).collect();
        assert_eq!(actions, ["water", "cuddle"], "{s}");
        let notes: Vec<_> = moment
            .check_ins
            .iter()
            .filter_map(|c| c.content.note.clone())
            .collect();
        assert!(
            notes.contains(&format!("a note from schema {schema}")),
            "{s}: {notes:?}"
        );
        assert_eq!(moment.moment.ended_at.is_some(), schema >= 3, "{s}");
        assert_eq!(history.len(), if schema >= 5 { 2 } else { 1 }, "{s}");
        if schema >= 5 {
            assert!(notes.contains(&"the day after".to_owned()), "{s}");
        }
        let found = store.journal_search("laughed", 10).unwrap();
        assert_eq!(found.len(), 1, "{s}: found by the search of schema 2");
        assert!(found[0].body.contains(&s));
        assert_eq!(store.reminders_pending().unwrap().len(), 1, "{s}");
        assert_eq!(
            store.card().unwrap().fields["needs"].words.as_deref(),
            Some("my hoodie"),
            "{s}"
        );
        assert_eq!(store.auto_lock_minutes().unwrap(), 7, "{s}");
        assert_eq!(
            store.people().unwrap().len(),
            usize::from(schema >= 4),
            "{s}"
        );
        let snapshot = store
            .backup_snapshot(&mut ChaCha20Rng::seed_from_u64(2407))
            .unwrap();
        let kept_id = snapshot
            .moments
            .iter()
            .any(|m| m.id == "0123456789abcdef0123456789abcdef");
        assert_eq!(
            kept_id,
            schema >= 6,
            "{s}: a backup id given before is kept"
        );
        let tiles = store.own_tiles().unwrap();
        assert_eq!(tiles.len(), usize::from(schema >= 7), "{s}");
        if let Some(tile) = tiles.first() {
            assert_eq!(tile.title, "Tea in the blue mug", "{s}");
            assert_eq!(tile.steps, ["Warm the mug", "Sit together"], "{s}");
        }
        let reachable: Vec<bool> = store
            .people()
            .unwrap()
            .iter()
            .map(|p| p.reachable_locked)
            .collect();
        assert!(
            reachable.iter().all(|&r| r == (schema >= 8)),
            "{s}: nobody is reachable while locked until the person marks them, and a mark is kept"
        );
        assert!(store.their_cards().unwrap().is_empty(), "{s}");
        // And it goes on working: a new entry is written and found.
        store
            .create_journal_entry("a new line after the update", None, None, evening())
            .unwrap();
        assert_eq!(store.journal_search("update", 10).unwrap().len(), 1, "{s}");
    }
}

/// The released migrations and the BLAKE2b-512 of each, first 16 bytes in hex.
const RELEASED: &[(&str, &str)] = &[
    ("0001_initial.sql", "bcf029c5fde3cf91544ec6e80fffb637"),
    (
        "0002_search_and_history.sql",
        "8dbfc4c1457e8d7b68986e46b08e18c1",
    ),
    ("0003_moment_end.sql", "b30fe59d09a649a7d73f4c2ffc08c65d"),
    ("0004_my_people.sql", "d1fab22f3e22dabd1ed993c86bf96a45"),
    (
        "0005_groups_and_since_then.sql",
        "f60559bf99b0c8e6c31d77385f92a56f",
    ),
    ("0006_backup_ids.sql", "70f5ebf8f53708f51ba93db4494fd4a0"),
    ("0007_own_tiles.sql", "0b1ca66b73dab48d97e0e56b036335f2"),
    (
        "0008_people_reachable_locked.sql",
        "4c5a74e9fe941728b8e6ae7dc6f623ef",
    ),
    ("0009_their_cards.sql", "938ab4b939b55b65c23dfd06cfe815ba"),
];

fn short_hash(bytes: &[u8]) -> String {
    Blake2b512::digest(bytes)[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn released_migrations_are_never_edited() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/migrations");
    for (name, pinned) in RELEASED {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        assert_eq!(
            &short_hash(&bytes),
            pinned,
            "{name} was released: add a new migration instead of editing it"
        );
    }
    // Every file there is a released one, or a new one numbered after them.
    let last = RELEASED.last().unwrap().0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let released = RELEASED.iter().any(|(n, _)| *n == name);
        assert!(released || name.as_str() > last, "{name} is out of order");
    }
    assert!(SCHEMA_VERSION as usize >= RELEASED.len());
}
