//! The encrypted database: SQLCipher through rusqlite, opened with the raw data key.
//!
//! All SQL lives in this module and its children. Migrations are numbered files in
//! `migrations/`; each runs in one transaction with its version bump (`PRAGMA user_version`),
//! and a database from a newer version is refused before anything is written to it.

pub mod backup;
mod batch;
mod card;
mod first_open;
pub mod format;
mod history;
mod journal;
mod key;
mod own_tiles;
mod people;
mod records;
mod reminders;
mod restore;
mod retention;
mod rows;
mod settings;
mod their_cards;

use std::path::Path;

use rusqlite::{config::DbConfig, Connection, OpenFlags};

use crate::Error;

#[doc(hidden)]
pub use first_open::opens_waiting_for_sqlcipher;
pub use key::DataKey;
pub use own_tiles::{
    NewOwnTile, OwnTile, MAX_OWN_SAY_CHARS, MAX_OWN_STEPS, MAX_OWN_STEP_CHARS, MAX_OWN_TILES,
    MAX_OWN_TITLE_CHARS,
};
pub use restore::RestoreReport;
pub use retention::{AutoDelete, Deleted, OlderThan};
pub use settings::{
    BackupChoices, AUTO_LOCK_DEFAULT_MINUTES, AUTO_LOCK_MINUTES, MOMENT_WINDOW_DEFAULT_MINUTES,
    MOMENT_WINDOW_MINUTES,
};
pub use their_cards::{TheirCard, MAX_THEIR_CARDS, MAX_THEIR_CARD_NAME_CHARS};

/// The migrations, in order; schema version N has run the first N.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_search_and_history.sql"),
    include_str!("migrations/0003_moment_end.sql"),
    include_str!("migrations/0004_my_people.sql"),
    include_str!("migrations/0005_groups_and_since_then.sql"),
    include_str!("migrations/0006_backup_ids.sql"),
    include_str!("migrations/0007_own_tiles.sql"),
    include_str!("migrations/0008_people_reachable_locked.sql"),
    include_str!("migrations/0009_their_cards.sql"),
];

/// The schema versions whose migration rebuilds tables (see [`Store::migrate`]).
const REBUILDS_TABLES: &[i64] = &[5];

/// How many prepared statements a connection keeps: more than the app's store uses, so none is
/// prepared twice.
const STATEMENTS_KEPT: usize = 128;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// An open, unlocked database.
pub struct Store {
    conn: Connection,
}

/// Whether opening may create the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Create {
    Yes,
    No,
}

impl Store {
    /// Opens (or, with `Create::Yes`, creates) the encrypted database and brings its schema up
    /// to date.
    ///
    /// Errors: [`Error::Damaged`] when the key does not open it or it is not a database;
    /// [`Error::NewerDatabase`] when a newer app wrote it. Neither changes a byte.
    pub(crate) fn open(path: &Path, key: &DataKey, create: Create) -> Result<Store, Error> {
        Self::open_at(path, Some(key), create, SCHEMA_VERSION)
    }

    /// Opens with the schema brought only up to `version`: for migration tests.
    #[doc(hidden)]
    pub fn open_at_schema(path: &Path, key: &DataKey, version: i64) -> Result<Store, Error> {
        Self::open_at(path, Some(key), Create::Yes, version)
    }

    /// The same schema in a plain, unencrypted SQLite file: only for benchmarks that measure
    /// what encryption costs. The app never calls it.
    #[doc(hidden)]
    pub fn open_plaintext_for_benchmark(path: &Path) -> Result<Store, Error> {
        Self::open_at(path, None, Create::Yes, SCHEMA_VERSION)
    }

    fn open_at(
        path: &Path,
        key: Option<&DataKey>,
        create: Create,
        version: i64,
    ) -> Result<Store, Error> {
        // Not before SQLCipher is set up in this process (see `first_open`).
        first_open::wait_for_sqlcipher()?;
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create == Create::Yes {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        } else if !path.is_file() {
            return Err(Error::Damaged {
                what: "database (it is missing)",
            });
        }
        let conn = Connection::open_with_flags(path, flags)?;
        // Each query's plan is made once, whatever values are bound to it ("query planner
        // stability"). Otherwise this build of SQLite marks a statement with a parameter to be
        // planned again when its bindings are cleared, which the statement cache does after
        // every use: each use was prepared anew, about 0.2 ms with memory security on
        // (`the_history_prepares_its_questions_once`). No query here relies on a value-driven
        // plan (no LIKE, no statistics). The cache keeps every statement the app prepares.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        conn.set_prepared_statement_cache_capacity(STATEMENTS_KEPT);
        if let Some(key) = key {
            // SQLCipher would otherwise print its own complaint on a wrong key to stderr.
            let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
            // Memory that held keys or decrypted pages is wiped when freed and kept out of swap,
            // from before the key is given.
            conn.execute_batch("PRAGMA cipher_memory_security = ON;")?;
            conn.execute_batch(&key.sqlcipher_key_pragma())?;
        }
        // A wrong key, or a file that is not ours, fails on the first read: check now, before
        // anything is written.
        let found: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |row| {
                row.get::<_, i64>(0)
            })
            .and_then(|_| conn.query_row("PRAGMA user_version", [], |row| row.get(0)))
            .map_err(|_| Error::Damaged { what: "database" })?;
        if found > SCHEMA_VERSION {
            return Err(Error::NewerDatabase {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        let journal: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        debug_assert_eq!(journal, "wal");
        // Every write the UI is told succeeded is on disk; deleted data is overwritten.
        conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON;",
        )?;
        // On Apple platforms a plain fsync leaves writes in the drive's cache.
        #[cfg(target_vendor = "apple")]
        conn.execute_batch("PRAGMA fullfsync = ON; PRAGMA checkpoint_fullfsync = ON;")?;
        let mut store = Store { conn };
        store.migrate(found, version)?;
        Ok(store)
    }

    fn migrate(&mut self, from: i64, to: i64) -> Result<(), Error> {
        for version in from..to {
            // A migration that rebuilds a table runs with foreign keys off (SQLite's own recipe:
            // they cannot be switched inside a transaction), and every link is checked before
            // it commits.
            let rebuilds = REBUILDS_TABLES.contains(&(version + 1));
            if rebuilds {
                self.conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
            }
            let migrated = self.migrate_one(version, rebuilds);
            if rebuilds {
                self.conn.execute_batch("PRAGMA foreign_keys = ON;")?;
            }
            migrated?;
        }
        Ok(())
    }

    fn migrate_one(&mut self, version: i64, check_links: bool) -> Result<(), Error> {
        let tx = self.conn.transaction()?;
        tx.execute_batch(MIGRATIONS[version as usize])?;
        if check_links {
            let broken: i64 =
                tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
                    row.get(0)
                })?;
            if broken > 0 {
                return Err(Error::Damaged { what: "database" });
            }
        }
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
        Ok(())
    }

    /// Stamps a schema version without migrating: only for tests of the refusal of newer
    /// databases.
    #[doc(hidden)]
    pub fn force_schema_version_for_tests(&mut self, version: i64) -> Result<(), Error> {
        Ok(self.conn.pragma_update(None, "user_version", version)?)
    }

    /// Runs raw SQL: only for migration tests that write rows the way an older app did.
    #[doc(hidden)]
    pub fn execute_batch_for_tests(&mut self, sql: &str) -> Result<(), Error> {
        Ok(self.conn.execute_batch(sql)?)
    }

    /// Turns off waiting for the disk, to fill a database quickly before a benchmark measures
    /// it; `true` turns it back on. The app never calls it.
    #[doc(hidden)]
    pub fn set_durable_for_benchmark(&mut self, durable: bool) -> Result<(), Error> {
        let mode = if durable { "FULL" } else { "OFF" };
        Ok(self.conn.pragma_update(None, "synchronous", mode)?)
    }

    /// The value of a `PRAGMA` as the open connection reports it, for the test that pins the
    /// settings the durability and memory promises rest on.
    #[doc(hidden)]
    pub fn pragma_for_tests(&self, name: &str) -> Result<String, Error> {
        let value: rusqlite::types::Value =
            self.conn
                .query_row(&format!("PRAGMA {name}"), [], |row| row.get(0))?;
        Ok(match value {
            rusqlite::types::Value::Integer(n) => n.to_string(),
            rusqlite::types::Value::Text(text) => text,
            other => format!("{other:?}"),
        })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, Error> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    /// Runs SQLCipher's page-by-page integrity check; the problems found, none if clean.
    pub fn cipher_integrity_check(&self) -> Result<Vec<String>, Error> {
        let mut statement = self.conn.prepare("PRAGMA cipher_integrity_check")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Runs SQLite's own integrity check; `["ok"]` when clean.
    pub fn integrity_check(&self) -> Result<Vec<String>, Error> {
        let mut statement = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
