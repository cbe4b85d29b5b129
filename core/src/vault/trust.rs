//! What the vault trusts while locked (see [`super::vouched`] for the mechanism).
//!
//! **The key sealed to.** Taps and check-ins saved while locked are sealed to the inbox's public
//! key as the database holds it, kept from the last unlock or set-up of the running process
//! (`Vault::inbox_public_key`), whatever the key slot says by then. At a cold start there is
//! none yet: the key slot's is used if the key in hand vouches for it (tied to this device)
//! or, with no key in hand, if it is a real public key (not all zeros, not of low order, which
//! would make what is sealed readable by anyone). Otherwise nothing is saved, with
//! [`Error::Untrusted`]: "unlock to save this". At the next unlock the slot's public key is
//! compared with the database's; a different one is written again and reported, and records
//! sealed to it (which the vault cannot open) are kept aside and counted.
//!
//! **What a cold start cannot check.** A vault not tied to this device has no key at hand before
//! its first unlock: then the slot's public key is only checked for being a real key, and a
//! key someone put in its place is used until the next unlock, which reports it. The same holds
//! for a slot written wholesale by someone else (not tied, or of an earlier version): nothing
//! on the device can tell it from the person's own until their passcode fails to open it.

use crypto_box::SecretKey;
use rand_core::{CryptoRng, RngCore};

use super::{
    inbox::{self, SealedFile},
    locked_people::{LOCKED_PEOPLE_FILE, MAX_LOCKED_PEOPLE_BYTES},
    locked_tiles::{LOCKED_TILES_FILE, MAX_LOCKED_TILES_BYTES},
    schedule_file::{MAX_SCHEDULE_BYTES, SCHEDULE_FILE},
    slot::{KeySlot, SLOT_FILE, VOUCHED_NAME},
    vouched::{self, Opened, VouchKey},
    DeviceKeyName, DeviceSecret, Passcode, Vault, VaultStatus,
};
use crate::{
    fs::{sync_dir, write_atomically},
    model::{LockedEntry, RecordId},
    store::{DataKey, Store},
    Error,
};

/// The files read while locked besides the key slot (whose tag is inside its format), each
/// in a vouched envelope, with the most bytes its reader takes: [`Vault::altered_files`] looks
/// at each. A new one is added here, read with [`Vault::read_for_locked_use`], written with
/// [`Vault::write_vouched`] and written again at every unlock (`Vault::settle_files`).
const VOUCHED_FILES: &[(&str, usize)] = &[
    (SCHEDULE_FILE, MAX_SCHEDULE_BYTES),
    (LOCKED_TILES_FILE, MAX_LOCKED_TILES_BYTES),
    (LOCKED_PEOPLE_FILE, MAX_LOCKED_PEOPLE_BYTES),
];

impl Vault {
    /// The key that vouches for the files read while locked, once `slot` is opened with
    /// `data_key`: the device's when the slot is tied to it, else the vault's.
    pub(super) fn vouch_key_for(&self, slot: &KeySlot, data_key: &DataKey) -> VouchKey {
        match (&self.device, slot.needs_device_secret()) {
            (Some(device), true) => VouchKey::of_device(device),
            _ => VouchKey::of_vault(data_key),
        }
    }

    /// At unlock, once the slot and the database are open: the keys to trust from now on in
    /// this process, and the slot's public key checked against the database's. A different
    /// one (or a tag that does not check) is written again. Says whether it was.
    pub(super) fn trust_opened(
        &mut self,
        slot: &KeySlot,
        data_key: &DataKey,
        store: &Store,
    ) -> Result<bool, Error> {
        let vouch = self.vouch_key_for(slot, data_key);
        let public = *inbox_secret(store)?.public_key().as_bytes();
        // Before version 3 the public key is inside the wrapped key's associated data: the
        // passcode has just vouched for it.
        let altered = slot.is_current()
            && (slot.inbox_public_key != public || slot.vouched_by(Some(&vouch)).is_altered());
        if altered {
            let repaired = slot.with_inbox_key(public, &vouch);
            self.write_slot(&repaired)?;
        }
        self.vouch = Some(vouch);
        self.inbox_public_key = Some(public);
        Ok(altered)
    }

    /// Vouches for the files read while locked with `vouch` from now on, and writes them again
    /// under it (unlocked: every one of them, from the store; see `in_step.rs`).
    pub(super) fn vouch_with(&mut self, vouch: VouchKey) -> Result<(), Error> {
        self.vouch = Some(vouch);
        self.keep_in_step()
    }

    /// The public key to seal to while locked (see the module).
    ///
    /// Errors: [`Error::Untrusted`] when the key slot's cannot be trusted; as reading the slot.
    pub(super) fn sealing_key(&self) -> Result<[u8; 32], Error> {
        if let Some(public) = self.inbox_public_key {
            return Ok(public);
        }
        // A re-key cut short may have swapped the database already: its slot is the one.
        self.finish_interrupted_rekey()?;
        let slot = self.read_slot()?;
        if !self.slot_key_trusted(&slot) {
            return Err(Error::Untrusted { what: "key file" });
        }
        Ok(slot.inbox_public_key)
    }

    /// Whether the slot's public key may be sealed to at a cold start.
    fn slot_key_trusted(&self, slot: &KeySlot) -> bool {
        // A slot of an earlier version has no tag; it is used as one checked by nothing, like
        // any slot without a key in hand (it could as well be one written anew).
        let key_in_hand = self.vouch.is_some() && slot.is_current();
        slot.vouched_by(self.vouch.as_ref())
            .for_locked_use(key_in_hand)
            .is_some()
            && inbox::usable_public_key(&slot.inbox_public_key)
    }

    /// Seals one record into the inbox, to [`Vault::sealing_key`], under `id` (random for a
    /// tap or a check-in).
    pub(super) fn seal_as(
        &self,
        id: RecordId,
        entry: &LockedEntry,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<SealedFile, Error> {
        if matches!(self.status(), VaultStatus::NotSetUp) {
            return Err(Error::NotSetUp);
        }
        let public = self.sealing_key()?;
        let sealed = inbox::seal_record(&public, id, entry, rng);
        self.inbox().append(&sealed, rng)
    }

    /// Seals one record under a random id.
    pub(super) fn seal(
        &self,
        entry: &LockedEntry,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<SealedFile, Error> {
        let mut id = RecordId([0u8; 16]);
        rng.fill_bytes(&mut id.0);
        self.seal_as(id, entry, rng)
    }

    /// The files read while locked that the key in hand finds altered (their tag does not
    /// check), by name: while locked none of them is used, and the next unlock writes them
    /// again. Empty without a key in hand (nothing can be checked then).
    pub fn altered_files(&self) -> Vec<&'static str> {
        let mut altered = Vec::new();
        let slot_altered = match std::fs::read(self.file(SLOT_FILE)) {
            Ok(bytes) => KeySlot::decode(&bytes).map_or(true, |slot| {
                slot.vouched_by(self.vouch.as_ref()).is_altered()
                    || !inbox::usable_public_key(&slot.inbox_public_key)
            }),
            Err(_) => false,
        };
        if slot_altered {
            altered.push(VOUCHED_NAME);
        }
        for &(name, limit) in VOUCHED_FILES {
            if self
                .read_vouched(name, limit)
                .is_some_and(|o| o.is_altered())
            {
                altered.push(name);
            }
        }
        altered
    }

    /// Reads the vouched file `name` with the key in hand; `None` when there is none (or it
    /// cannot be read: the same to a reader, which then has nothing to trust).
    pub(super) fn read_vouched(&self, name: &str, limit: usize) -> Option<Opened<Vec<u8>>> {
        vouched::read(&self.file(name), name, limit, self.vouch.as_ref())
            .ok()
            .flatten()
    }

    /// The bytes of the vouched file `name` that may be used while locked (see
    /// [`Opened::for_locked_use`]), if any.
    pub(super) fn read_for_locked_use(&self, name: &str, limit: usize) -> Option<Vec<u8>> {
        let key_in_hand = self.vouch.is_some();
        self.read_vouched(name, limit)?.for_locked_use(key_in_hand)
    }

    /// Writes the vouched file `name` (with the key in hand, or marked as checked by nobody),
    /// unless it holds exactly those bytes already; says whether it wrote.
    pub(super) fn write_vouched(&self, name: &str, body: &[u8]) -> std::io::Result<bool> {
        use std::io::Read;
        let sealed = vouched::seal(self.vouch.as_ref(), name, body);
        let path = self.file(name);
        // No more than one byte past what it should be: a larger file differs anyway.
        let mut on_disk = Vec::new();
        let same = std::fs::File::open(&path)
            .and_then(|f| f.take(sealed.len() as u64 + 1).read_to_end(&mut on_disk))
            .is_ok_and(|_| on_disk == sealed);
        if same {
            return Ok(false);
        }
        write_atomically(&path, &sealed)?;
        Ok(true)
    }

    /// Removes the vouched file `name` (nothing to keep in it); says whether it was there.
    pub(super) fn remove_vouched(&self, name: &str, what: &'static str) -> Result<bool, Error> {
        match std::fs::remove_file(self.file(name)) {
            Ok(()) => {
                sync_dir(&self.dir).map_err(Error::io("data folder"))?;
                Ok(true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(Error::io(what)(e)),
        }
    }

    /// Where the shell finds this vault's device secret in the key store, as the key slot says
    /// (not yet checked: see [`KeySlot::device_key_name`]); `None` when it is not tied to this
    /// device, or there is no key slot.
    pub fn device_key_name(&self) -> Option<DeviceKeyName> {
        self.read_slot().ok()?.device_key_name()
    }

    /// Whether the vault is tied to this device (its key slot needs the device's secret).
    pub fn tied_to_device(&self) -> bool {
        self.device_key_name().is_some()
    }

    /// Right after an unlock, a key slot tied to this device whose secret the key store files
    /// under the data folder (one of an earlier version, see [`KeySlot::device_key_name`]) is
    /// written as version 3, filed under `device_now`: the same secret as the one it opened
    /// with, which the shell has filed in the key store under a new id. Runs the key
    /// derivation once more. Nothing to do for a slot named by an id, or one not tied (which
    /// moves to version 3 at the next change of passcode).
    ///
    /// Errors: [`Error::Locked`]; [`Error::Damaged`] if the slot does not open as it did at
    /// unlock, or the new one would not (nothing is written then).
    pub fn upgrade_slot(
        &mut self,
        passcode: &Passcode,
        device_now: DeviceSecret,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<(), Error> {
        if self.unlocked.is_none() {
            return Err(Error::Locked);
        }
        let slot = self.read_slot()?;
        if slot.device_key_name() != Some(DeviceKeyName::Folder) {
            return Ok(());
        }
        let public = self.inbox_public_key.ok_or(Error::Locked)?;
        let (upgraded, _) = slot
            .upgraded(
                passcode,
                self.device.as_ref(),
                Some(&device_now),
                public,
                rng,
            )
            .map_err(|_| Error::Damaged {
                what: "key file (it could not be moved to this version; nothing was changed)",
            })?;
        self.write_slot(&upgraded)?;
        self.device = Some(device_now);
        Ok(())
    }
}

/// The inbox's secret key, from the database.
pub(super) fn inbox_secret(store: &Store) -> Result<SecretKey, Error> {
    let secret = store.inbox_secret()?;
    let secret: [u8; 32] = secret
        .as_slice()
        .try_into()
        .map_err(|_| Error::Damaged { what: "database" })?;
    Ok(SecretKey::from(secret))
}
