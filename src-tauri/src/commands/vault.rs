//! The passcode and the locked/unlocked line: status, set-up, unlock, lock, change, wipe.

use aftercare_core::{
    api::vault::{self as access, SetUp, Status},
    vault::{BiometricSecret, MergeReport, Passcode},
    Error,
};

use super::{commands, Secret};

commands! {
    fn vault_status(app, vault, given) -> Status {
        Ok(access::status(vault))
    }

    /// First run; the auto-lock counts from now.
    fn set_up(app, vault, given, passcode: Secret) -> SetUp {
        let passcode = Passcode::from(passcode);
        let made = access::set_up(vault, &app.key_store, app.kdf, &passcode, &mut given.rng)?;
        app.touch(given.now.at);
        Ok(made)
    }

    /// Unlocks (merging what was saved while locked); the auto-lock counts from now.
    fn unlock(app, vault, given, passcode: Secret) -> MergeReport {
        let passcode = Passcode::from(passcode);
        let report = access::unlock(vault, &app.key_store, &passcode, given.now.at, &mut given.rng)?;
        app.touch(given.now.at);
        Ok(report)
    }

    /// Unlocks with the person's fingerprint or face: the phone's key store opens what it
    /// sealed (the vault is not held while the person answers the prompt), and the second key
    /// slot gives the data key (`Vault::unlock_with_biometric`).
    fn unlock_with_biometric(app, given) -> MergeReport {
        let sealed = app.vault().biometric_sealed().ok_or(Error::NotFound {
            what: "fingerprint or face unlock",
        })?;
        let secret = app.senses.open(&sealed, app.content)?;
        let report = access::unlock_with_biometric(&mut app.vault(), &app.key_store, &secret, given.now.at)?;
        app.touch(given.now.at);
        Ok(report)
    }

    /// Turns unlocking with a fingerprint or face on (with the passcode, unlocked: the phone's
    /// key store seals a new secret after the person's fingerprint or face, then the second
    /// key slot is written) or off. Says whether it is on. The vault is not held while the
    /// person answers the prompt.
    fn set_biometric_unlock(app, given, on: bool, passcode: Option<Secret>) -> bool {
        if !on {
            app.vault().remove_biometric_slot()?;
            return Ok(false);
        }
        access::check_unlocked(&app.vault())?;
        let passcode = passcode.map_or_else(|| Passcode::new(String::new()), Passcode::from);
        let secret = BiometricSecret::generate(&mut given.rng);
        let sealed = app.senses.seal(&secret, app.content)?;
        app.vault().add_biometric_slot(&passcode, &secret, &sealed, given.now.at, &mut given.rng)?;
        Ok(true)
    }

    /// The person is using the app (the page sends this, at most every few seconds, while
    /// they tap, type or scroll): the shell's auto-lock counts from now.
    fn still_here(app, given) -> () {
        app.touch(given.now.at);
        Ok(())
    }

    /// The page finished what it does before the auto-lock (asked by `vault-locking`): the
    /// shell's auto-lock goes on (`idle::look`).
    fn ready_to_lock(app, given) -> () {
        app.page_is_ready();
        Ok(())
    }

    fn lock(app, vault, given) -> () {
        vault.lock();
        Ok(())
    }

    /// With `rekey`, everything is re-encrypted under a new key too; a vault not tied to this
    /// device is tied now if a key store is there.
    fn change_passcode(app, vault, given, current: Secret, new: Secret, rekey: Option<bool>) -> () {
        let (current, new) = (Passcode::from(current), Passcode::from(new));
        let rekey = rekey == Some(true);
        access::change_passcode(vault, &app.key_store, app.kdf, &current, &new, rekey, given.now.at, &mut given.rng)
    }

    /// Deletes everything, the device's secret and the web view's own storage included.
    /// Unlocked, or with the typed confirmation.
    fn wipe(app, vault, given, confirmation: Option<String>) -> () {
        access::wipe(vault, &app.key_store, app.content, confirmation.as_deref())?;
        let webview = app.webview_dir.as_deref().map_or(Ok(()), crate::window::remove_webview_dir);
        webview.map_err(|source| Error::Io { what: "web view folder", source })
    }
}
