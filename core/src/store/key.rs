//! The database key: a random 32 bytes that SQLCipher takes raw. The vault keeps it wrapped in
//! the key slot; the store is the one that uses it.

use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

/// How `PRAGMA key = "x'<64 hex digits>'";` starts and ends, and its length.
const KEY_PRAGMA_START: &str = "PRAGMA key = \"x'";
const KEY_PRAGMA_END: &str = "'\";";
const KEY_PRAGMA_LEN: usize = KEY_PRAGMA_START.len() + 64 + KEY_PRAGMA_END.len();
/// How the statement that attaches a re-keyed copy starts; the key follows as in `PRAGMA key`.
const ATTACH_KEYED: &str = "ATTACH DATABASE ?1 AS next KEY ";

/// The database key. Zeroed when dropped.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    pub(crate) fn generate(rng: &mut (impl RngCore + CryptoRng)) -> DataKey {
        let mut key = Zeroizing::new([0u8; 32]);
        rng.fill_bytes(key.as_mut());
        DataKey(key)
    }

    pub(crate) fn from_bytes(bytes: [u8; 32]) -> DataKey {
        DataKey(Zeroizing::new(bytes))
    }

    /// A key for tests and benchmarks that open a [`super::Store`] directly.
    #[doc(hidden)]
    pub fn for_tests(rng: &mut (impl RngCore + CryptoRng)) -> DataKey {
        Self::generate(rng)
    }

    /// Whether two keys are the same (tests of the key slots).
    #[doc(hidden)]
    pub fn same_as(&self, other: &DataKey) -> bool {
        self.0 == other.0
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_ref()
    }

    /// `PRAGMA key = "x'…'"`: the raw key, so SQLCipher skips its own slow derivation. Built
    /// in one buffer of its final size: a buffer that grew would leave its first copy of the
    /// key behind, freed but not wiped.
    pub(crate) fn sqlcipher_key_pragma(&self) -> Zeroizing<String> {
        let mut pragma = Zeroizing::new(String::with_capacity(KEY_PRAGMA_LEN));
        pragma.push_str(KEY_PRAGMA_START);
        for byte in self.0.iter() {
            pragma.push(char::from_digit(u32::from(byte >> 4), 16).expect("hex digit"));
            pragma.push(char::from_digit(u32::from(byte & 0xf), 16).expect("hex digit"));
        }
        pragma.push_str(KEY_PRAGMA_END);
        debug_assert_eq!(pragma.len(), KEY_PRAGMA_LEN);
        pragma
    }
}

impl super::Store {
    /// The inbox's secret key, stored at set-up.
    pub(crate) fn inbox_secret(&self) -> Result<Zeroizing<Vec<u8>>, crate::Error> {
        use rusqlite::OptionalExtension;
        let secret: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT inbox_secret FROM vault_key WHERE id = 1",
                [],
                |row| row.get(0),
            )
            .optional()?;
        secret.map(Zeroizing::new).ok_or(crate::Error::Damaged {
            what: "database (its inbox key is missing)",
        })
    }

    /// Writes a copy of the whole database to `path`, encrypted under `key` and holding
    /// `inbox_secret` instead of the current one, and syncs it: the first step of a re-key.
    /// The open database is not changed.
    pub(crate) fn export_rekeyed(
        &self,
        path: &std::path::Path,
        key: &DataKey,
        inbox_secret: &[u8],
    ) -> Result<(), crate::Error> {
        // Made empty first: the connection was opened without leave to create files.
        std::fs::File::create(path).map_err(crate::Error::io("database"))?;
        let path_text = path.to_str().ok_or(crate::Error::Damaged {
            what: "data folder (its path is not text)",
        })?;
        // The same raw-key form as `PRAGMA key` (SQLCipher reads the key only from the
        // statement's text, not from a bound value).
        let pragma = key.sqlcipher_key_pragma();
        let raw = &pragma["PRAGMA key = ".len()..pragma.len() - ";".len()];
        // One buffer of its final size, like the pragma's.
        let mut attach = Zeroizing::new(String::with_capacity(ATTACH_KEYED.len() + raw.len()));
        attach.push_str(ATTACH_KEYED);
        attach.push_str(raw);
        self.conn.execute(&attach, [path_text])?;
        let copied = (|| -> Result<(), crate::Error> {
            self.conn
                .query_row("SELECT sqlcipher_export('next')", [], |_| Ok(()))?;
            let version: i64 = self
                .conn
                .query_row("PRAGMA main.user_version", [], |row| row.get(0))?;
            self.conn
                .execute_batch(&format!("PRAGMA next.user_version = {version};"))?;
            self.conn.execute(
                "UPDATE next.vault_key SET inbox_secret = ?1 WHERE id = 1",
                [inbox_secret],
            )?;
            Ok(())
        })();
        self.conn.execute_batch("DETACH DATABASE next;")?;
        copied?;
        std::fs::File::open(path)
            .and_then(|file| file.sync_all())
            .map_err(crate::Error::io("database"))
    }

    /// Folds the write-ahead log into the database file, so that nothing lives only in the log
    /// (before the file is replaced by a re-keyed copy).
    pub(crate) fn checkpoint_fully(&self) -> Result<(), crate::Error> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        if busy != 0 {
            return Err(crate::Error::Damaged {
                what: "database (it is busy)",
            });
        }
        Ok(())
    }

    pub(crate) fn set_inbox_secret(&mut self, secret: &[u8]) -> Result<(), crate::Error> {
        self.conn.execute(
            "INSERT OR REPLACE INTO vault_key (id, inbox_secret) VALUES (1, ?1)",
            [secret],
        )?;
        Ok(())
    }
}
