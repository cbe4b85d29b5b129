//! Unlocking, step by step, and locking again.
//!
//! An unlock is these steps, in this order, each a method named after what it does:
//!
//! 1. [`Vault::go_on_unless_unlocked`]: only a locked vault is unlocked (one not set up, or left
//!    unfinished, is refused; one unlocked already has nothing to do).
//! 2. [`Vault::finish_interrupted_rekey`] (`rekey.rs`): a re-key a crash cut short is finished
//!    or undone, so the key slot and the database belong together.
//! 3. [`Vault::open_slot`]: the try is counted first (`attempts.rs`), then the key slot
//!    (`slot.rs`) opens with the passcode and, when tied, the device's secret.
//! 4. The database opens with the data key (`store/`).
//! 5. [`Vault::trust_opened`] (`trust.rs`): the keys trusted from now on in this process, and
//!    the slot's public key checked against the database's.
//! 6. [`Vault::merge_inbox`] (`merge.rs`): what was saved while locked, each record checked.
//! 7. Auto-delete, which does nothing unless the person chose it.
//! 8. [`Vault::settle_files`] (`in_step.rs`): the reminder schedule, `locked-tiles` and
//!    `locked-people` brought in line with the database.

use chrono::{DateTime, Utc};

use super::{
    slot::SlotError, KeySlot, MergeReport, Passcode, Unlocked, Vault, VaultStatus, DB_FILE,
};
use crate::{
    store::{Create, DataKey, Store},
    Error,
};

impl Vault {
    /// Opens the vault, merges what was recorded while locked, then runs auto-delete (see the
    /// module for the steps).
    ///
    /// Errors: [`Error::TooManyAttempts`] (with the wait) and [`Error::DeviceKeyMissing`]
    /// before trying at all; [`Error::WrongPasscode`]; [`Error::Damaged`] for a damaged slot or
    /// database; [`Error::NewerDatabase`]. None of them changes the user's data.
    pub fn unlock(
        &mut self,
        passcode: &Passcode,
        now: DateTime<Utc>,
    ) -> Result<MergeReport, Error> {
        if !self.go_on_unless_unlocked()? {
            return Ok(MergeReport::default());
        }
        self.finish_interrupted_rekey()?;
        let (slot, data_key) = self.open_slot(passcode, now)?;
        self.unlock_with_key(&slot, &data_key, now)
    }

    /// Steps 4 to 8, past the key slot, with the data key it gave (or the second key slot,
    /// `biometric.rs`, did): the database, what is trusted while locked, the merge,
    /// auto-delete, the files.
    pub(super) fn unlock_with_key(
        &mut self,
        slot: &KeySlot,
        data_key: &DataKey,
        now: DateTime<Utc>,
    ) -> Result<MergeReport, Error> {
        let mut store = Store::open(&self.file(DB_FILE), data_key, Create::No)?;
        let slot_altered = self.trust_opened(slot, data_key, &store)?;
        let mut report = self.merge_inbox(&mut store, now)?;
        report.auto_deleted = store.run_auto_delete(now)?;
        self.unlocked = Some(Unlocked { store });
        report.altered_files = usize::from(slot_altered) + self.settle_files(now)?;
        Ok(report)
    }

    /// What an unlock answers when the vault is not locked: nothing to do, or why not.
    pub(super) fn unlock_not_locked(&self) -> Result<MergeReport, Error> {
        self.go_on_unless_unlocked().map(|_| MergeReport::default())
    }

    /// Step 1: whether to go on (locked); `false` when unlocked already.
    ///
    /// Errors: [`Error::NotSetUp`]; [`Error::Damaged`] for a folder left unfinished.
    fn go_on_unless_unlocked(&self) -> Result<bool, Error> {
        match self.status() {
            VaultStatus::NotSetUp => Err(Error::NotSetUp),
            VaultStatus::Unfinished => Err(Error::Damaged {
                what: "key file (it is missing)",
            }),
            VaultStatus::Unlocked => Ok(false),
            VaultStatus::Locked => Ok(true),
        }
    }

    /// Step 3: tries `passcode` on the key slot, counting the try against the back-off first.
    pub(super) fn open_slot(
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

    /// Locks if idle ([`Vault::idle_since`]), as the shell asks on a timer; says whether it did.
    /// Still unlocked, auto-delete runs if a day has passed since it last did (it runs at each
    /// unlock too).
    pub fn lock_if_idle(&mut self, last: DateTime<Utc>, now: DateTime<Utc>) -> Result<bool, Error> {
        let idle = self.idle_since(last, now)?;
        if idle {
            self.lock();
        } else if self.unlocked.is_some() {
            self.write(|store| store.run_auto_delete_if_due(now))?;
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
}
