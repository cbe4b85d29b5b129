//! The vault: the passcode, the keys, and the line between locked and unlocked.
//!
//! A random 32-byte *data key* encrypts the database (SQLCipher, given the key raw). The key slot
//! file holds that key wrapped by a key from Argon2id(passcode), mixed with the device's own
//! secret where the platform has a key store ([`DeviceSecret`]), so changing the passcode
//! rewrites only the slot. While locked, quick actions and check-ins are sealed to the inbox's
//! public key and merged on the next unlock. No recovery: without the passcode, nobody can read.
//! Files in the data folder: `aftercare.db` (+ `-wal`, `-shm`), `keyslot`, the `sealed` folder
//! (records saved while locked, one file each; `sealed/kept-aside` for any that could not be
//! merged), `unlock-attempts`, `reminder-schedule`, `locked-tiles`, `locked-people`, `locale`;
//! `inbox`.
//!
//! While locked, only what the device vouches for is trusted (`vouched`, `trust`): the inbox's
//! public key, the reminder schedule, `locked-tiles` and `locked-people` carry a tag under a key from the
//! device's secret (or, not tied to a device, from the data key, held from the last unlock or
//! set-up of the running process), and taps are sealed to the public key kept from that unlock.
//!
//! The key slot is the commit point of set-up and the first thing wipe removes: without it the
//! data key is gone and nothing here can be opened. So a folder with our files but no key slot is
//! a set-up or wipe that did not finish ([`VaultStatus::Unfinished`]): the app offers a restart.

#[doc(hidden)]
mod answer;
pub mod attempts;
mod biometric;
mod care;
pub mod device;
mod follow_up;
mod in_step;
pub mod inbox;
mod kdf;
mod language;
pub mod locked_people;
pub mod locked_tiles;
mod look;
mod merge;
mod passcode;
mod record;
mod rekey;
pub mod schedule_file;
pub mod slot;
mod trust;
mod unlock;
pub mod vouched;
mod wipe;

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use crypto_box::SecretKey;
use rand_core::{CryptoRng, RngCore};

pub use self::{
    answer::Answered,
    attempts::ATTEMPTS_FILE,
    biometric::{BiometricSecret, BiometricSlot, BIOMETRIC_SLOT_FILE, MAX_SEALED},
    care::CareRecorded,
    device::{DeviceKeyName, DeviceSecret, KeyId, KeyStore},
    in_step::Changes,
    inbox::{LEGACY_INBOX_FILE, SEALED_DIR},
    language::{read_locale, LOCALE_FILE},
    locked_people::{LockedPerson, LOCKED_PEOPLE_FILE},
    locked_tiles::{LockedTile, LOCKED_TILES_FILE},
    look::Look,
    merge::MergeReport,
    passcode::{Passcode, PasscodeConfirmed, MIN_PASSCODE_CHARS, MIN_PASSCODE_SCORE},
    schedule_file::SCHEDULE_FILE,
    slot::{SLOT_FILE, SLOT_NEXT_FILE},
    wipe::{data_files, DataFile, Reading, DATA_FILES},
};
use self::{
    slot::{KdfParams, KeySlot},
    vouched::VouchKey,
};
use crate::{
    data_dir::DataDir,
    fs::write_atomically,
    model::{LockedEntry, MomentId, NewCheckIn},
    reminders::SNOOZE_DEFAULT_MINUTES,
    store::{Create, DataKey, Store},
    Error,
};

/// The encrypted database (`store/`).
pub const DB_FILE: &str = "aftercare.db";
/// A re-keyed copy of the database, while a re-key is under way ([`rekey`]).
pub const DB_NEXT_FILE: &str = "aftercare.db.next";

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

/// What happened to a check-in, or to an answer on a notification.
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
    /// The key that vouches for the files read while locked ([`vouched`]): from the device's
    /// secret, or from the data key at the last unlock or set-up of this process. Kept while
    /// locked; dropped by wipe.
    vouch: Option<VouchKey>,
    /// The inbox's public key as the database holds it, kept from the last unlock or set-up of
    /// this process: what is sealed to while locked, whatever the key slot says by then.
    inbox_public_key: Option<[u8; 32]>,
    /// The schedule file was written or removed since the shell was last told ([`Changes`]).
    schedule_changed: bool,
    /// The look the shell was last told to show ([`Changes`]): discreet and protected at start.
    told_look: Look,
    /// The language was chosen or settled anew since the shell was last told: the window's
    /// name is said again in it ([`Changes`]).
    language_changed: bool,
    /// How long "Later" on a reminder waits, as last read from the settings (at unlock and
    /// after each write): what a "Later" answered while locked uses.
    snooze_minutes: u32,
}

impl Vault {
    /// The vault in `dir`, locked. Reads nothing yet.
    pub fn new(dir: &DataDir) -> Vault {
        Vault {
            dir: dir.path().to_owned(),
            unlocked: None,
            device: None,
            vouch: None,
            inbox_public_key: None,
            schedule_changed: false,
            told_look: Look::default(),
            language_changed: false,
            snooze_minutes: SNOOZE_DEFAULT_MINUTES,
        }
    }

    /// The device's secret from the platform's key store, or `None` where there is none. Set-up
    /// and a change of passcode mix it into the new key slot; a slot made with it opens only
    /// with it ([`Error::DeviceKeyMissing`] otherwise). The shell sets it before each of them,
    /// and at start for a vault tied to this device ([`Vault::device_key_name`]): until the
    /// first unlock, the files read while locked are checked with a key from it.
    pub fn set_device_secret(&mut self, device: Option<DeviceSecret>) {
        if self.vouch.is_none() {
            self.vouch = device.as_ref().map(VouchKey::of_device);
        }
        self.device = device;
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
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
        let inbox_public_key = *inbox_secret.public_key().as_bytes();
        // The slow key derivation first, while nothing is on disk yet.
        let slot = KeySlot::seal(
            &data_key,
            passcode,
            self.device.as_ref(),
            params,
            inbox_public_key,
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
        self.write_slot(&slot)?;
        checkpoint();
        self.vouch = Some(self.vouch_key_for(&slot, &data_key));
        self.inbox_public_key = Some(inbox_public_key);
        self.unlocked = Some(Unlocked { store });
        Ok(())
    }

    /// Saves a check-in (validate it first): into the current moment when unlocked, sealed
    /// when locked.
    pub fn save_check_in(
        &mut self,
        check_in: &NewCheckIn,
        at: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Recorded, Error> {
        match self.unlocked {
            Some(_) => {
                let (_, moment) = self.write(|store| store.save_check_in(check_in, at))?;
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

    /// The open database, to read. Writes go through [`Vault::write`], which keeps the files
    /// beside it in step.
    pub fn store(&self) -> Result<&Store, Error> {
        self.unlocked
            .as_ref()
            .map(|u| &u.store)
            .ok_or(Error::Locked)
    }

    /// The open database, to write from inside the vault (which then keeps the files beside
    /// it in step itself, as [`Vault::write`] does).
    fn store_mut(&mut self) -> Result<&mut Store, Error> {
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
