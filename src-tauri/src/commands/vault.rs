//! The passcode and the locked/unlocked line: status, set-up, unlock, lock, change, wipe.

use aftercare_core::{
    vault::{MergeReport, Passcode, VaultStatus},
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
}

commands! {
    fn vault_status(state, _now) -> StatusView {
        let vault = state.vault()?;
        Ok(StatusView {
            status: vault.status(),
            failed_attempts: vault.failed_attempts(),
            reminder_shown: !vault.schedule().shown.is_empty(),
        })
    }

    /// Checks first, then makes the device's secret (where there is a key store), then sets
    /// up; a set-up that fails forgets the secret again.
    fn set_up(state, now, passcode: Secret) -> () {
        let passcode = Passcode::from(passcode);
        let mut vault = state.vault()?;
        if vault.status() != VaultStatus::NotSetUp {
            return Err(Error::AlreadySetUp.into());
        }
        passcode.check_strength()?;
        let device = state.key_store.create(&mut clock::rng());
        let made = device.is_some();
        vault.set_device_secret(device);
        let set_up = vault.set_up(&passcode, state.kdf, &mut clock::rng());
        if set_up.is_err() && made {
            vault.set_device_secret(None);
            state.key_store.delete();
        }
        set_up?;
        state.touch(now);
        Ok(())
    }

    fn unlock(state, now, passcode: Secret) -> MergeReport {
        let mut vault = state.vault()?;
        if vault.status() == VaultStatus::Locked {
            vault.set_device_secret(state.key_store.find());
        }
        let report = vault.unlock(&Passcode::from(passcode), now)?;
        state.touch(now);
        Ok(report)
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
    /// (`Vault::change_passcode_and_rekey`).
    fn change_passcode(state, now, current: Secret, new: Secret, rekey: Option<bool>) -> () {
        let (current, new) = (Passcode::from(current), Passcode::from(new));
        let mut vault = state.vault()?;
        let rng = &mut clock::rng();
        if rekey == Some(true) {
            vault.change_passcode_and_rekey(&current, &new, state.kdf, now, rng)?;
        } else {
            vault.change_passcode(&current, &new, state.kdf, now, rng)?;
        }
        Ok(())
    }

    /// Deletes everything, the web view's own storage and the device's secret included, and
    /// tells the reminder timer. Unlocked, or with the typed confirmation
    /// (`Vault::wipe_confirmed`).
    fn wipe(state, _now, confirmation: Option<String>) -> () {
        state
            .vault()?
            .wipe_confirmed(confirmation.as_deref(), state.content)?;
        state.key_store.delete();
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
