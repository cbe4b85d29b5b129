//! The passcode and the locked/unlocked line: status, set-up, unlock, lock, change, wipe.

use aftercare_core::{
    vault::{BiometricSecret, DeviceKeyName, MergeReport, Passcode, VaultStatus},
    Error,
};
use serde::Serialize;

use super::{commands, Secret};
use crate::clock;

#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    pub status: VaultStatus,
    pub failed_attempts: u32,
    /// A reminder was shown since the last unlock: the app opens on the check-in.
    pub reminder_shown: bool,
    /// A file read while locked was changed by something else, and is not used
    /// (`Vault::altered_files`): the page says so, calmly.
    pub files_altered: bool,
    /// A fingerprint or face can unlock (a second key slot stands beside the key slot).
    pub biometric_unlock: bool,
}

/// What set-up made.
#[derive(Debug, Clone, Serialize)]
pub struct SetUpView {
    /// Whether the vault is tied to this device (a key store kept its secret): if not, the page
    /// says so, and the next change of passcode ties it once a key store is there.
    pub tied_to_device: bool,
}

commands! {
    fn vault_status(state, _now) -> StatusView {
        let vault = state.vault()?;
        Ok(StatusView {
            status: vault.status(),
            failed_attempts: vault.failed_attempts(),
            reminder_shown: !vault.schedule().shown.is_empty(),
            files_altered: !vault.altered_files().is_empty(),
            biometric_unlock: vault.has_biometric_slot(),
        })
    }

    /// Checks first, then makes the device's secret (where there is a key store), then sets
    /// up; a set-up that fails forgets the secret again.
    fn set_up(state, now, passcode: Secret) -> SetUpView {
        let passcode = Passcode::from(passcode);
        let mut vault = state.vault()?;
        if vault.status() != VaultStatus::NotSetUp {
            return Err(Error::AlreadySetUp.into());
        }
        passcode.check_strength()?;
        let device = state.key_store.create(&mut clock::rng());
        let made = device.as_ref().map(|d| DeviceKeyName::Id(d.id()));
        vault.set_device_secret(device);
        let set_up = vault.set_up(&passcode, state.kdf, &mut clock::rng());
        if let (Err(_), Some(name)) = (&set_up, made) {
            vault.set_device_secret(None);
            state.key_store.delete(name);
        }
        set_up?;
        state.touch(now);
        Ok(SetUpView {
            tied_to_device: made.is_some(),
        })
    }

    /// Unlocks with the device's secret the key slot names; a slot of an earlier version has
    /// its secret filed under an id of its own afterwards (`KeyStore::move_to_id`).
    fn unlock(state, now, passcode: Secret) -> MergeReport {
        let passcode = Passcode::from(passcode);
        let mut vault = state.vault()?;
        if vault.status() == VaultStatus::Locked {
            state.key_store.hand_in(&mut vault);
        }
        let report = vault.unlock(&passcode, now)?;
        state.touch(now);
        state
            .key_store
            .move_to_id(&mut vault, &passcode, &mut clock::rng());
        Ok(report)
    }

    /// Unlocks with the person's fingerprint or face: the phone's key store opens what it
    /// sealed (the vault is not held while the person answers the prompt), and the second key
    /// slot gives the data key (`Vault::unlock_with_biometric`).
    fn unlock_with_biometric(state, now) -> MergeReport {
        let sealed = state.vault()?.biometric_sealed().ok_or(Error::NotFound {
            what: "fingerprint or face unlock",
        })?;
        let secret = state.senses.open(&sealed, state.content)?;
        let mut vault = state.vault()?;
        if vault.status() == VaultStatus::Locked {
            state.key_store.hand_in(&mut vault);
        }
        let report = vault.unlock_with_biometric(&secret, now)?;
        state.touch(now);
        Ok(report)
    }

    /// Turns unlocking with a fingerprint or face on (with the passcode, unlocked: the phone's
    /// key store seals a new secret after the person's fingerprint or face, then the second
    /// key slot is written) or off. Says whether it is on.
    fn set_biometric_unlock(state, now, on: bool, passcode: Option<String>) -> bool {
        if !on {
            state.vault()?.remove_biometric_slot()?;
            return Ok(false);
        }
        if state.vault()?.status() != VaultStatus::Unlocked {
            return Err(Error::Locked.into());
        }
        let passcode = Passcode::new(passcode.unwrap_or_default());
        let secret = BiometricSecret::generate(&mut clock::rng());
        let sealed = state.senses.seal(&secret, state.content)?;
        state
            .vault()?
            .add_biometric_slot(&passcode, &secret, &sealed, now, &mut clock::rng())?;
        Ok(true)
    }

    /// The person is using the app (the page sends this, at most every few seconds, while
    /// they tap, type or scroll): the shell's auto-lock counts from now.
    fn still_here(state, now) -> () {
        state.touch(now);
        Ok(())
    }

    /// The page finished what it does before the auto-lock (asked by `vault-locking`): the
    /// shell's auto-lock goes on (`idle::look`).
    fn ready_to_lock(state, _now) -> () {
        state.page_is_ready();
        Ok(())
    }

    fn lock(state, _now) -> () {
        state.vault()?.lock();
        Ok(())
    }

    /// With `rekey`, everything is re-encrypted under a new key too
    /// (`Vault::change_passcode_and_rekey`). A vault not tied to this device is tied now if a
    /// key store is there (its secret made first, and forgotten again if the change fails).
    fn change_passcode(state, now, current: Secret, new: Secret, rekey: Option<bool>) -> () {
        let (current, new) = (Passcode::from(current), Passcode::from(new));
        let mut vault = state.vault()?;
        if vault.status() != VaultStatus::Unlocked {
            return Err(Error::Locked.into());
        }
        new.check_strength()?;
        let rng = &mut clock::rng();
        let mut made = None;
        if !vault.tied_to_device() {
            if let Some(device) = state.key_store.create(rng) {
                made = Some(DeviceKeyName::Id(device.id()));
                vault.set_device_secret(Some(device));
            }
        }
        let changed = if rekey == Some(true) {
            vault.change_passcode_and_rekey(&current, &new, state.kdf, now, rng)
        } else {
            vault.change_passcode(&current, &new, state.kdf, now, rng)
        };
        if let (Err(_), Some(name)) = (&changed, made) {
            vault.set_device_secret(None);
            state.key_store.delete(name);
        }
        changed?;
        state.wake_timer();
        Ok(())
    }

    /// Deletes everything, the web view's own storage and the device's secret included, and
    /// tells the reminder timer. Unlocked, or with the typed confirmation
    /// (`Vault::wipe_confirmed`).
    fn wipe(state, _now, confirmation: Option<String>) -> () {
        let mut vault = state.vault()?;
        let name = vault.device_key_name();
        vault.wipe_confirmed(confirmation.as_deref(), state.content)?;
        drop(vault);
        for name in name.into_iter().chain([DeviceKeyName::Folder]) {
            state.key_store.delete(name);
        }
        if let Some(dir) = &state.webview_dir {
            crate::window::remove_webview_dir(dir).map_err(|source| Error::Io {
                what: "web view folder",
                source,
            })?;
        }
        state.wake_timer();
        Ok(())
    }
}
