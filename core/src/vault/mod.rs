//! The vault: the passcode, the keys, and the line between locked and unlocked.
//!
//! A random 32-byte *data key* encrypts the database (SQLCipher, given the key raw). The key slot
//! file holds that key wrapped by a key from Argon2id(passcode), mixed with the device's own
//! secret where the platform has a key store ([`DeviceSecret`]), so changing the passcode
//! rewrites only the slot. While locked, quick actions and check-ins are sealed to the inbox's
//! public key and merged on the next unlock. No recovery: without the passcode, nobody can read.
//!
//! Files in the data folder: `aftercare.db` (+ `-wal`, `-shm`), `keyslot`, the `sealed` folder
//! (records saved while locked, one file each; `sealed/kept-aside` for any that could not be
//! merged), `unlock-attempts`, `reminder-schedule`, `locked-tiles`; `inbox` from before.
//!
//! The key slot is the commit point of set-up and the first thing wipe removes: without it the
//! data key is gone and nothing here can be opened. So a folder with our files but no key slot is
//! a set-up or wipe that did not finish ([`VaultStatus::Unfinished`]): the app offers a restart.

#[doc(hidden)]
mod answer;
pub mod attempts;
mod device;
mod follow_up;
pub mod inbox;
mod merge;
mod own_tiles;
mod passcode;
mod record;
mod rekey;
pub mod schedule_file;
pub mod slot;
mod tap;
mod wipe;

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use crypto_box::SecretKey;
use rand_core::{CryptoRng, RngCore};

pub use self::{
    answer::Answered,
    device::DeviceSecret,
    merge::MergeReport,
    own_tiles::LockedTile,
    passcode::{Passcode, MIN_PASSCODE_CHARS, MIN_PASSCODE_SCORE},
    tap::Tap,
};
use self::{
    attempts::Attempts,
    inbox::{Inbox, SealedFile},
    slot::{KdfParams, KeySlot, SlotError},
};
use crate::{
    content::ActionId,
    data_dir::DataDir,
    fs::write_atomically,
    model::{LockedEntry, MomentId, NewCheckIn, RecordId},
    store::{Create, DataKey, Store},
    Error,
};

const DB_FILE: &str = "aftercare.db";
const SLOT_FILE: &str = "keyslot";
const SEALED_DIR: &str = "sealed";
/// A re-keyed copy of the database and its key slot, while a re-key is under way.
const DB_NEXT_FILE: &str = "aftercare.db.next";
const SLOT_NEXT_FILE: &str = "keyslot.next";
/// The previous version's single inbox file, still read and merged.
const LEGACY_INBOX_FILE: &str = "inbox";
const ATTEMPTS_FILE: &str = "unlock-attempts";
const SCHEDULE_FILE: &str = "reminder-schedule";

/// Where the vault stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VaultStatus {
    /// First run: no passcode, no data.
    NotSetUp,
    /// Set-up or wipe stopped part-way (the app was killed, the device died): files of ours
    /// are here but the key slot is not, so nothing here can be opened. Wipe, then set up.
    Unfinished,
    Locked,
    Unlocked,
}

/// What happened to a quick action or a check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "saved", rename_all = "kebab-case")]
pub enum Recorded {
    /// Written to the database, in this moment.
    InMoment { moment: MomentId },
    /// Sealed into the inbox while locked; merged at the next unlock.
    Sealed,
}

pub(crate) struct Unlocked {
    pub(crate) store: Store,
}

/// The vault over one data folder.
pub struct Vault {
    dir: PathBuf,
    unlocked: Option<Unlocked>,
    /// The device's secret from the platform's key store, when the shell has one.
    device: Option<DeviceSecret>,
}

impl Vault {
    /// The vault in `dir`, locked. Reads nothing yet.
    pub fn new(dir: &DataDir) -> Vault {
        Vault {
            dir: dir.path().to_owned(),
            unlocked: None,
            device: None,
        }
    }

    /// The device's secret from the platform's key store, or `None` where there is none. Set-up
    /// and a change of passcode mix it into the new key slot; a slot made with it opens only
    /// with it ([`Error::DeviceKeyMissing`] otherwise). The shell sets it before each of them.
    pub fn set_device_secret(&mut self, device: Option<DeviceSecret>) {
        self.device = device;
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn inbox(&self) -> Inbox {
        Inbox::at(&self.file(SEALED_DIR), &self.file(LEGACY_INBOX_FILE))
    }

    fn attempts(&self) -> Attempts {
        Attempts::at(&self.file(ATTEMPTS_FILE))
    }

    /// First run, locked or unlocked.
    pub fn status(&self) -> VaultStatus {
        if self.unlocked.is_some() {
            VaultStatus::Unlocked
        } else if self.file(SLOT_FILE).exists() {
            VaultStatus::Locked
        } else if self.leftovers().next().is_some() {
            VaultStatus::Unfinished
        } else {
            VaultStatus::NotSetUp
        }
    }

    /// Wrong passcodes in a row so far.
    pub fn failed_attempts(&self) -> u32 {
        if !self.file(SLOT_FILE).exists() {
            return 0;
        }
        self.attempts().failures()
    }

    /// First run: creates the data key, the database and the key slot, and leaves the vault
    /// unlocked. Refuses a weak passcode ([`Passcode::check_strength`]) and a folder with
    /// anything in it already ([`Error::AlreadySetUp`]).
    pub fn set_up(
        &mut self,
        passcode: &Passcode,
        params: KdfParams,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<(), Error> {
        self.set_up_with_checkpoints(passcode, params, rng, &mut || {})
    }

    /// [`Vault::set_up`], calling `checkpoint` after each step that changes the folder, so
    /// that the crash tests can kill the process there.
    #[doc(hidden)]
    pub fn set_up_with_checkpoints(
        &mut self,
        passcode: &Passcode,
        params: KdfParams,
        rng: &mut (impl RngCore + CryptoRng),
        checkpoint: &mut dyn FnMut(),
    ) -> Result<(), Error> {
        passcode.check_strength()?;
        if self.status() != VaultStatus::NotSetUp {
            return Err(Error::AlreadySetUp);
        }
        let data_key = DataKey::generate(rng);
        let inbox_secret = SecretKey::generate(rng);
        // The slow key derivation first, while nothing is on disk yet.
        let slot = KeySlot::seal(
            &data_key,
            passcode,
            self.device.as_ref(),
            params,
            *inbox_secret.public_key().as_bytes(),
            rng,
        );
        let mut store = Store::open(&self.file(DB_FILE), &data_key, Create::Yes)?;
        checkpoint();
        store.set_inbox_secret(&inbox_secret.to_bytes())?;
        checkpoint();
        // The counter before the slot: once set up, a missing counter is tampering or damage.
        self.attempts().succeeded()?;
        checkpoint();
        // The commit point: from here on the folder is a vault that opens with this passcode.
        write_atomically(&self.file(SLOT_FILE), &slot.encode()).map_err(Error::io("key slot"))?;
        checkpoint();
        self.unlocked = Some(Unlocked { store });
        Ok(())
    }

    /// Opens the vault, merges what was recorded while locked, then runs auto-delete.
    ///
    /// Errors: [`Error::TooManyAttempts`] (with the wait) and [`Error::DeviceKeyMissing`]
    /// before trying at all; [`Error::WrongPasscode`]; [`Error::Damaged`] for a damaged slot or database;
    /// [`Error::NewerDatabase`]. None of them changes the user's data.
    pub fn unlock(
        &mut self,
        passcode: &Passcode,
        now: DateTime<Utc>,
    ) -> Result<MergeReport, Error> {
        match self.status() {
            VaultStatus::NotSetUp => return Err(Error::NotSetUp),
            VaultStatus::Unfinished => {
                return Err(Error::Damaged {
                    what: "key file (it is missing)",
                })
            }
            VaultStatus::Unlocked => return Ok(MergeReport::default()),
            VaultStatus::Locked => {}
        }
        self.finish_interrupted_rekey()?;
        let (slot, data_key) = self.open_slot(passcode, now)?;
        let store = Store::open(&self.file(DB_FILE), &data_key, Create::No)?;
        let mut unlocked = Unlocked { store };
        let report = self.merge_then_auto_delete(&mut unlocked, &slot, now)?;
        self.unlocked = Some(unlocked);
        self.settle_files(now)?;
        Ok(report)
    }

    /// Tries `passcode` on the key slot, counting the try against the back-off first.
    fn open_slot(
        &self,
        passcode: &Passcode,
        now: DateTime<Utc>,
    ) -> Result<(KeySlot, DataKey), Error> {
        let slot = self.read_slot()?;
        if slot.needs_device_secret() && self.device.is_none() {
            // Not a guess either: without the device's secret no passcode is tried.
            return Err(Error::DeviceKeyMissing);
        }
        let attempts = self.attempts();
        attempts.begin(now)?;
        match slot.open(passcode, self.device.as_ref()) {
            Ok(key) => {
                attempts.succeeded()?;
                Ok((slot, key))
            }
            Err(SlotError::WrongPasscode) => Err(Error::WrongPasscode),
            Err(SlotError::DeviceSecretMissing) => {
                attempts.undo()?;
                Err(Error::DeviceKeyMissing)
            }
            Err(SlotError::Malformed) => {
                // Not a guess at the passcode: the file is damaged. Take the try back.
                attempts.undo()?;
                Err(Error::Damaged { what: "key file" })
            }
        }
    }

    fn read_slot(&self) -> Result<KeySlot, Error> {
        let bytes = match std::fs::read(self.file(SLOT_FILE)) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::Damaged {
                    what: "key file (it is missing)",
                })
            }
            Err(e) => return Err(Error::io("key slot")(e)),
        };
        KeySlot::decode(&bytes).map_err(|_| Error::Damaged { what: "key file" })
    }

    /// Locks if idle ([`Vault::idle_since`]), as the shell asks on a timer; says whether it did.
    pub fn lock_if_idle(&mut self, last: DateTime<Utc>, now: DateTime<Utc>) -> Result<bool, Error> {
        let idle = self.idle_since(last, now)?;
        if idle {
            self.lock();
        }
        Ok(idle)
    }

    /// Whether the vault is unlocked and nothing happened since `last` for the auto-lock's
    /// minutes, as of `now`. The shell asks first, so the page can save before the lock.
    pub fn idle_since(&self, last: DateTime<Utc>, now: DateTime<Utc>) -> Result<bool, Error> {
        let Some(unlocked) = &self.unlocked else {
            return Ok(false);
        };
        let minutes = i64::from(unlocked.store.auto_lock_minutes()?);
        Ok((now - last).num_seconds() >= minutes * 60)
    }

    /// Closes the database. Its key and the inbox's secret key are zeroed.
    pub fn lock(&mut self) {
        self.unlocked = None;
    }

    /// Rewrites the key slot under a new passcode (checked like at set-up), with the device's
    /// secret when the shell set one. The database is not touched.
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
        new.check_strength()?;
        let (slot, data_key) = self.open_slot(current, now)?;
        let encoded = self.seal_checked(&data_key, new, params, slot.inbox_public_key, rng)?;
        write_atomically(&self.file(SLOT_FILE), &encoded).map_err(Error::io("key slot"))
    }

    /// A new key slot's bytes for `data_key` under `new` (with the device's secret when there
    /// is one), read back and opened before anything is written: a slot that would not open (a
    /// fault in memory, a bug) must never be what stands between the person and their data.
    fn seal_checked(
        &self,
        data_key: &DataKey,
        new: &Passcode,
        params: KdfParams,
        inbox_public_key: [u8; 32],
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Vec<u8>, Error> {
        let device = self.device.as_ref();
        let encoded = KeySlot::seal(data_key, new, device, params, inbox_public_key, rng).encode();
        let opens = KeySlot::decode(&encoded)
            .ok()
            .and_then(|slot| slot.open(new, device).ok())
            .is_some_and(|key| key.bytes() == data_key.bytes());
        if !opens {
            return Err(Error::Damaged {
                what: "new key file (it did not open; nothing was changed)",
            });
        }
        Ok(encoded)
    }

    /// Records a quick action: into the current moment when unlocked, sealed into the inbox
    /// when locked.
    pub fn record_action(
        &mut self,
        action: &ActionId,
        at: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Recorded, Error> {
        match &mut self.unlocked {
            Some(unlocked) => Ok(Recorded::InMoment {
                moment: unlocked.store.record_action(action, at)?,
            }),
            None => self
                .seal(
                    &LockedEntry::Action {
                        action: action.clone(),
                        at,
                    },
                    rng,
                )
                .map(|_| Recorded::Sealed),
        }
    }

    /// Saves a check-in (validate it first): into the current moment when unlocked, sealed
    /// when locked.
    pub fn save_check_in(
        &mut self,
        check_in: &NewCheckIn,
        at: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Recorded, Error> {
        match &mut self.unlocked {
            Some(unlocked) => {
                let (_, moment) = unlocked.store.save_check_in(check_in, at)?;
                Ok(Recorded::InMoment { moment })
            }
            None => self
                .seal(
                    &LockedEntry::CheckIn {
                        check_in: check_in.clone(),
                        at,
                    },
                    rng,
                )
                .map(|_| Recorded::Sealed),
        }
    }

    fn seal(
        &self,
        entry: &LockedEntry,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<SealedFile, Error> {
        if matches!(self.status(), VaultStatus::NotSetUp) {
            return Err(Error::NotSetUp);
        }
        let slot = self.read_slot()?;
        let mut id = RecordId([0u8; 16]);
        rng.fill_bytes(&mut id.0);
        let sealed = inbox::seal_record(&slot.inbox_public_key, id, entry, rng);
        self.inbox().append(&sealed, rng)
    }

    /// The open database, for reading and writing history, journal and settings.
    pub fn store(&mut self) -> Result<&mut Store, Error> {
        self.unlocked
            .as_mut()
            .map(|u| &mut u.store)
            .ok_or(Error::Locked)
    }

    /// Where the database file is, for tests that inspect it.
    #[doc(hidden)]
    pub fn database_path(&self) -> PathBuf {
        self.file(DB_FILE)
    }

    /// Where the key slot file is, for tests that inspect it.
    #[doc(hidden)]
    pub fn slot_path(&self) -> PathBuf {
        self.file(SLOT_FILE)
    }

    /// Where records saved while locked wait, one file each, for tests that inspect them.
    #[doc(hidden)]
    pub fn inbox_dir(&self) -> PathBuf {
        self.file(SEALED_DIR)
    }

    /// Where the previous version kept its single inbox file, for tests that inspect it.
    #[doc(hidden)]
    pub fn legacy_inbox_path(&self) -> PathBuf {
        self.file(LEGACY_INBOX_FILE)
    }

    /// The files of records that could not be merged, kept aside.
    pub fn kept_aside(&self) -> Vec<PathBuf> {
        self.inbox().kept_aside()
    }
}
