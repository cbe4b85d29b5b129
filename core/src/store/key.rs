//! The database key: a random 32 bytes that SQLCipher takes raw. The vault keeps it wrapped in
//! the key slot; the store is the one that uses it.

use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

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

    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_ref()
    }

    /// `PRAGMA key = "x'…'"`: the raw key, so SQLCipher skips its own slow derivation.
    pub(crate) fn sqlcipher_key_pragma(&self) -> Zeroizing<String> {
        let mut pragma = Zeroizing::new(String::with_capacity(80));
        pragma.push_str("PRAGMA key = \"x'");
        for byte in self.0.iter() {
            pragma.push(char::from_digit(u32::from(byte >> 4), 16).expect("hex digit"));
            pragma.push(char::from_digit(u32::from(byte & 0xf), 16).expect("hex digit"));
        }
        pragma.push_str("'\";");
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

    pub(crate) fn set_inbox_secret(&mut self, secret: &[u8]) -> Result<(), crate::Error> {
        self.conn.execute(
            "INSERT OR REPLACE INTO vault_key (id, inbox_secret) VALUES (1, ?1)",
            [secret],
        )?;
        Ok(())
    }
}
