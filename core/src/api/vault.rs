//! The passcode and the locked/unlocked line: where the vault stands, set-up, unlock, lock,
//! a change of passcode, wipe. The device's secret is made, handed in and forgotten here, with
//! the shell's key store ([`KeyStore`]).

use rand_core::{CryptoRng, RngCore};
use serde::Serialize;

use crate::{
    content::Content,
    vault::{
        device, slot::KdfParams, BiometricSecret, DeviceKeyName, KeyStore, MergeReport, Passcode,
        Vault, VaultStatus,
    },
    Error,
};

/// Where the vault stands, as the page asks at start and after a lock.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub status: VaultStatus,
    pub failed_attempts: u32,
    /// A reminder was shown since the last unlock: the app opens on the check-in.
    pub reminder_shown: bool,
    /// A file read while locked was changed by something else, and is not used
    /// ([`Vault::altered_files`]): the page says so, calmly.
    pub files_altered: bool,
    /// A fingerprint or face can unlock (a second key slot stands beside the key slot).
    pub biometric_unlock: bool,
}

pub fn status(vault: &Vault) -> Status {
    Status {
        status: vault.status(),
        failed_attempts: vault.failed_attempts(),
        reminder_shown: !vault.schedule().shown.is_empty(),
        files_altered: !vault.altered_files().is_empty(),
        biometric_unlock: vault.has_biometric_slot(),
    }
}

/// What set-up made.
#[derive(Debug, Clone, Serialize)]
pub struct SetUp {
    /// Whether the vault is tied to this device (a key store kept its secret): if not, the page
    /// says so, and the next change of passcode ties it once a key store is there.
    pub tied_to_device: bool,
}

/// First run. Checks first, then makes the device's secret (where there is a key store), then
/// sets up; a set-up that fails forgets the secret again.
///
/// Errors: [`Error::AlreadySetUp`]; a weak passcode; as [`Vault::set_up`].
pub fn set_up(
    vault: &mut Vault,
    keys: &dyn KeyStore,
    kdf: KdfParams,
    passcode: &Passcode,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<SetUp, Error> {
    if vault.status() != VaultStatus::NotSetUp {
        return Err(Error::AlreadySetUp);
    }
    passcode.check_strength()?;
    let secret = device::create(keys, rng);
    let made = secret.as_ref().map(|d| DeviceKeyName::Id(d.id()));
    vault.set_device_secret(secret);
    let set_up = vault.set_up(passcode, kdf, rng);
    if let (Err(_), Some(name)) = (&set_up, made) {
        vault.set_device_secret(None);
        keys.delete(name);
    }
    set_up?;
    Ok(SetUp {
        tied_to_device: made.is_some(),
    })
}

/// Unlocks with the device's secret the key slot names; a slot of an earlier version has its
/// secret filed under an id of its own afterwards ([`Vault::move_to_id`]).
pub fn unlock(
    vault: &mut Vault,
    keys: &dyn KeyStore,
    passcode: &Passcode,
    now: chrono::DateTime<chrono::Utc>,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<MergeReport, Error> {
    if vault.status() == VaultStatus::Locked {
        vault.hand_in(keys);
    }
    let report = vault.unlock(passcode, now)?;
    vault.move_to_id(keys, passcode, rng);
    Ok(report)
}

/// Unlocks with the secret the phone's key store gave back after the person's fingerprint or
/// face ([`Vault::unlock_with_biometric`]), the device's secret handed in first as for the
/// passcode.
pub fn unlock_with_biometric(
    vault: &mut Vault,
    keys: &dyn KeyStore,
    secret: &BiometricSecret,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<MergeReport, Error> {
    if vault.status() == VaultStatus::Locked {
        vault.hand_in(keys);
    }
    vault.unlock_with_biometric(secret, now)
}

/// Refuses unless the vault is unlocked.
///
/// Errors: [`Error::Locked`].
pub fn check_unlocked(vault: &Vault) -> Result<(), Error> {
    if vault.status() == VaultStatus::Unlocked {
        Ok(())
    } else {
        Err(Error::Locked)
    }
}

/// A new passcode (with `rekey`, everything re-encrypted under a new key too,
/// [`Vault::change_passcode_and_rekey`]). A vault not tied to this device is tied now if a key
/// store is there (its secret made first, and forgotten again if the change fails).
///
/// Errors: [`Error::Locked`]; a weak new passcode; as the change.
#[allow(clippy::too_many_arguments)]
pub fn change_passcode(
    vault: &mut Vault,
    keys: &dyn KeyStore,
    kdf: KdfParams,
    current: &Passcode,
    new: &Passcode,
    rekey: bool,
    now: chrono::DateTime<chrono::Utc>,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<(), Error> {
    if vault.status() != VaultStatus::Unlocked {
        return Err(Error::Locked);
    }
    new.check_strength()?;
    let mut made = None;
    if !vault.tied_to_device() {
        if let Some(secret) = device::create(keys, rng) {
            made = Some(DeviceKeyName::Id(secret.id()));
            vault.set_device_secret(Some(secret));
        }
    }
    let changed = if rekey {
        vault.change_passcode_and_rekey(current, new, kdf, now, rng)
    } else {
        vault.change_passcode(current, new, kdf, now, rng)
    };
    if let (Err(_), Some(name)) = (&changed, made) {
        vault.set_device_secret(None);
        keys.delete(name);
    }
    changed
}

/// Deletes everything and the device's secret with it: unlocked, or with the typed
/// confirmation ([`Vault::wipe_confirmed`]).
pub fn wipe(
    vault: &mut Vault,
    keys: &dyn KeyStore,
    content: &Content,
    confirmation: Option<&str>,
) -> Result<(), Error> {
    let name = vault.device_key_name();
    vault.wipe_confirmed(confirmation, content)?;
    for name in name.into_iter().chain([DeviceKeyName::Folder]) {
        keys.delete(name);
    }
    Ok(())
}
