//! Re-keying: everything re-encrypted under a new data key and a new inbox key pair, with a new
//! passcode, so that an old copy of the key slot (and the old passcode) no longer opens the
//! database.
//!
//! Crash-safe by its order: the re-keyed copy `aftercare.db.next` is written and synced, then
//! its slot `keyslot.next`; the old database's log is folded in and it is closed; the copy is
//! renamed over it, then the new slot over the old. At the next unlock, a `.next` database
//! means the swap never happened (both `.next` files are dropped: the old pair is whole); a
//! `.next` slot alone means the database was swapped (the slot follows).

use chrono::{DateTime, Utc};
use crypto_box::SecretKey;
use rand_core::{CryptoRng, RngCore};

use super::{
    slot::KdfParams, Passcode, Unlocked, Vault, DB_FILE, DB_NEXT_FILE, SLOT_FILE, SLOT_NEXT_FILE,
};
use crate::{
    fs::{sync_dir, write_atomically},
    store::{Create, DataKey, Store},
    Error,
};

impl Vault {
    /// Changes the passcode and re-encrypts everything under a new data key (see the module).
    pub fn change_passcode_and_rekey(
        &mut self,
        current: &Passcode,
        new: &Passcode,
        params: KdfParams,
        now: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<(), Error> {
        self.rekey_with_checkpoints(current, new, params, now, rng, &mut || {})
    }

    /// [`Vault::change_passcode_and_rekey`], calling `checkpoint` after each step that changes
    /// the folder (for the crash tests).
    #[doc(hidden)]
    pub fn rekey_with_checkpoints(
        &mut self,
        current: &Passcode,
        new: &Passcode,
        params: KdfParams,
        now: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
        checkpoint: &mut dyn FnMut(),
    ) -> Result<(), Error> {
        if self.unlocked.is_none() {
            return Err(Error::Locked);
        }
        new.check_strength()?;
        self.open_slot(current, now)?;
        let data_key = DataKey::generate(rng);
        let inbox_secret = SecretKey::generate(rng);
        let public = *inbox_secret.public_key().as_bytes();
        let encoded = self.seal_checked(&data_key, new, params, public, rng)?;
        let (db, db_next) = (self.file(DB_FILE), self.file(DB_NEXT_FILE));
        let (slot_path, slot_next) = (self.file(SLOT_FILE), self.file(SLOT_NEXT_FILE));
        let store = self.store()?;
        store.export_rekeyed(&db_next, &data_key, &inbox_secret.to_bytes())?;
        checkpoint();
        write_atomically(&slot_next, &encoded).map_err(Error::io("key slot"))?;
        checkpoint();
        store.checkpoint_fully()?;
        self.unlocked = None;
        for log in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(self.file(&format!("{DB_FILE}{log}")));
        }
        std::fs::rename(&db_next, &db).map_err(Error::io("database"))?;
        sync_dir(&self.dir).map_err(Error::io("data folder"))?;
        checkpoint();
        std::fs::rename(&slot_next, &slot_path).map_err(Error::io("key slot"))?;
        sync_dir(&self.dir).map_err(Error::io("data folder"))?;
        checkpoint();
        let store = Store::open(&db, &data_key, Create::No)?;
        self.unlocked = Some(Unlocked { store });
        Ok(())
    }

    /// Finishes or undoes a re-key a crash cut short (see the module).
    pub(super) fn finish_interrupted_rekey(&self) -> Result<(), Error> {
        let (db_next, slot_next) = (self.file(DB_NEXT_FILE), self.file(SLOT_NEXT_FILE));
        if db_next.exists() {
            for path in [db_next, slot_next] {
                match std::fs::remove_file(path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(Error::io("data folder")(e)),
                }
            }
        } else if slot_next.exists() {
            std::fs::rename(&slot_next, self.file(SLOT_FILE)).map_err(Error::io("key slot"))?;
        } else {
            return Ok(());
        }
        sync_dir(&self.dir).map_err(Error::io("data folder"))
    }
}
