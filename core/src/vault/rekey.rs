//! Changing the passcode: the key slot alone ([`Vault::change_passcode`]), or everything
//! re-encrypted under a new data key and a new inbox key pair with it (re-keying), so that an
//! old copy of the key slot (and the old passcode) no longer opens the database. Either ties
//! the vault to this device when the shell has a device secret for a vault not tied yet.
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
    slot::{KdfParams, KeySlot, SLOT_FILE, SLOT_NEXT_FILE},
    Passcode, Unlocked, Vault, DB_FILE, DB_NEXT_FILE,
};
use crate::{
    fs::{sync_dir, write_atomically},
    store::{Create, DataKey, Store},
    Error,
};

impl Vault {
    /// Rewrites the key slot under a new passcode (checked like at set-up), with the device's
    /// secret when the shell set one (which ties a vault not tied before: the files read while
    /// locked are then vouched for by the device's key). The database is not touched.
    pub fn change_passcode(
        &mut self,
        current: &Passcode,
        new: &Passcode,
        params: KdfParams,
        now: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<(), Error> {
        if self.unlocked.is_none() {
            return Err(Error::Locked);
        }
        // Kept from the unlock, which checked it against the database.
        let public = self.inbox_public_key.ok_or(Error::Locked)?;
        new.check_strength()?;
        let (_, data_key) = self.open_slot(current, now)?;
        let slot = self.seal_checked(&data_key, new, params, public, rng)?;
        // What the timer marked under the old key is taken in before the key may change.
        self.sync_schedule()?;
        self.write_slot(&slot)?;
        // The second key slot stood beside the old one: a new passcode starts without it.
        self.remove_biometric_slot()?;
        self.vouch_with(self.vouch_key_for(&slot, &data_key))
    }

    /// A new key slot for `data_key` under `new` (with the device's secret when there is one),
    /// read back and opened before anything is written: a slot that would not open (a fault
    /// in memory, a bug) must never be what stands between the person and their data.
    fn seal_checked(
        &self,
        data_key: &DataKey,
        new: &Passcode,
        params: KdfParams,
        inbox_public_key: [u8; 32],
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<KeySlot, Error> {
        let device = self.device.as_ref();
        let slot = KeySlot::seal(data_key, new, device, params, inbox_public_key, rng);
        let opens = KeySlot::decode(&slot.encode())
            .ok()
            .and_then(|slot| slot.open(new, device).ok())
            .is_some_and(|key| key.bytes() == data_key.bytes());
        if !opens {
            return Err(Error::Damaged {
                what: "new key file (it did not open; nothing was changed)",
            });
        }
        Ok(slot)
    }

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
        let slot = self.seal_checked(&data_key, new, params, public, rng)?;
        let encoded = slot.encode();
        // What the timer marked under the old key is taken in before the key changes.
        self.sync_schedule()?;
        let (db, db_next) = (self.file(DB_FILE), self.file(DB_NEXT_FILE));
        let (slot_path, slot_next) = (self.file(SLOT_FILE), self.file(SLOT_NEXT_FILE));
        let store = self.store_mut()?;
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
        // It wrapped the old key, beside the old key slot.
        self.remove_biometric_slot()?;
        let store = Store::open(&db, &data_key, Create::No)?;
        self.unlocked = Some(Unlocked { store });
        // Sealed to from now on, in this process too; the files read while locked follow the
        // new key.
        self.inbox_public_key = Some(public);
        self.vouch_with(self.vouch_key_for(&slot, &data_key))
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
