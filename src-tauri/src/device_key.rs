//! The device's own secret ([`DeviceSecret`]) in the platform's key store: the Secret Service
//! on Linux (GNOME Keyring, KWallet), the Keychain on macOS, the Credential Manager on Windows,
//! through the `keyring` crate. Mixed into the key slot, it keeps a copied data folder from
//! opening anywhere else; it also vouches for the files read while locked. Where there is no
//! key store (a Linux session without a Secret Service or without an unlocked keyring, Android
//! and iOS for now) the app works as before: the passcode alone wraps the key.
//!
//! Each vault's entry is named by the random id in its key slot ([`DeviceKeyName::Id`]), so it
//! follows the folder wherever it is reached from (a moved home folder, a symlink). Before
//! version 3 of the slot it was named by the data folder's path ([`DeviceKeyName::Folder`]);
//! the first unlock files it under an id and forgets the old name (`commands/vault.rs`).

use std::path::Path;

use aftercare_core::vault::{DeviceKeyName, DeviceSecret, KeyId, Passcode, Vault};

/// Where the device's secret is kept.
pub enum KeyStore {
    /// The platform's key store; `folder` names the entries of slots before version 3.
    #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
    Platform { folder: String },
    /// None: the passcode alone wraps the data key.
    None,
    /// A stand-in for the shell's own tests, which never touch the machine's key store: the
    /// entries by name.
    #[cfg(test)]
    Memory(std::sync::Mutex<std::collections::BTreeMap<String, Vec<u8>>>),
}

/// What the key store is called in its list of entries.
#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
const SERVICE: &str = "Aftercare";

impl KeyStore {
    /// The platform's key store where this build has one; `data_dir` names the entries of key
    /// slots before version 3.
    #[allow(unused_variables, reason = "no key store on the phones yet")]
    pub fn for_folder(data_dir: &Path) -> KeyStore {
        #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
        return KeyStore::Platform {
            folder: data_dir.display().to_string(),
        };
        #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
        KeyStore::None
    }

    /// Makes a new secret under a new id and keeps it. `None` when there is no key store, or
    /// it refused, or it does not give back what it was given: then the passcode alone wraps
    /// the key.
    pub fn create(
        &self,
        rng: &mut (impl rand_core::RngCore + rand_core::CryptoRng),
    ) -> Option<DeviceSecret> {
        self.keep(DeviceSecret::generate(rng))
    }

    /// The secret found under `name`, filed under a new id too (the old entry stays until
    /// [`KeyStore::delete`]): for a key slot of an earlier version, which moves to its id.
    pub fn refile(
        &self,
        name: DeviceKeyName,
        rng: &mut (impl rand_core::RngCore + rand_core::CryptoRng),
    ) -> Option<DeviceSecret> {
        self.keep(self.find(name)?.filed_as(KeyId::generate(rng)))
    }

    /// Hands `vault` the device's secret its key slot names, when it is tied to this device and
    /// the key store has it (at start, so the files read while locked can be checked; and
    /// before each unlock).
    pub fn hand_in(&self, vault: &mut Vault) {
        let found = vault.device_key_name().and_then(|name| self.find(name));
        vault.set_device_secret(found);
    }

    /// Right after an unlock: a key slot of an earlier version tied to this device has its
    /// secret filed under an id of its own, and the slot names that id; the entry named by the
    /// folder's path goes once the slot no longer needs it. If the key store or the slot
    /// refuses, nothing changes and the next unlock tries again.
    pub fn move_to_id(
        &self,
        vault: &mut Vault,
        passcode: &Passcode,
        rng: &mut (impl rand_core::RngCore + rand_core::CryptoRng),
    ) {
        if vault.device_key_name() != Some(DeviceKeyName::Folder) {
            return;
        }
        let Some(moved) = self.refile(DeviceKeyName::Folder, rng) else {
            return;
        };
        let id = moved.id();
        match vault.upgrade_slot(passcode, moved, rng) {
            Ok(()) => self.delete(DeviceKeyName::Folder),
            Err(_) => self.delete(DeviceKeyName::Id(id)),
        }
    }

    /// Keeps `secret` under its id and reads it back; on any failure nothing is kept.
    fn keep(&self, secret: DeviceSecret) -> Option<DeviceSecret> {
        let name = DeviceKeyName::Id(secret.id());
        self.store(name, secret.bytes()).ok()?;
        match self.find(name) {
            Some(back) if back.bytes() == secret.bytes() => Some(secret),
            _ => {
                self.delete(name);
                None
            }
        }
    }

    /// The secret kept under `name`; `None` when there is none, or no key store, or it is
    /// locked or did not answer.
    pub fn find(&self, name: DeviceKeyName) -> Option<DeviceSecret> {
        let account = self.account(name)?;
        let bytes: Option<zeroize::Zeroizing<Vec<u8>>> = match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            KeyStore::Platform { .. } => keyring::Entry::new(SERVICE, &account)
                .and_then(|entry| entry.get_secret())
                .ok()
                .map(Into::into),
            KeyStore::None => {
                let _ = account;
                None
            }
            #[cfg(test)]
            KeyStore::Memory(kept) => kept.lock().unwrap().get(&account).cloned().map(Into::into),
        };
        let secret = DeviceSecret::from_stored(&bytes?).ok()?;
        Some(match name {
            DeviceKeyName::Id(id) => secret.filed_as(id),
            DeviceKeyName::Folder => secret,
        })
    }

    /// Forgets the secret under `name` (wipe). Nothing to do where there is none; a key store
    /// that cannot be reached keeps an entry that opens nothing once the key slot is gone.
    pub fn delete(&self, name: DeviceKeyName) {
        let Some(account) = self.account(name) else {
            return;
        };
        match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            KeyStore::Platform { .. } => {
                let _ = keyring::Entry::new(SERVICE, &account).and_then(|e| e.delete_credential());
            }
            KeyStore::None => {
                let _ = account;
            }
            #[cfg(test)]
            KeyStore::Memory(kept) => {
                kept.lock().unwrap().remove(&account);
            }
        }
    }

    /// The entry's name in the key store: the id's hex digits, or the folder's path.
    fn account(&self, name: DeviceKeyName) -> Option<String> {
        match (name, self) {
            (DeviceKeyName::Id(id), _) => Some(id.hex()),
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            (DeviceKeyName::Folder, KeyStore::Platform { folder }) => Some(folder.clone()),
            #[cfg(test)]
            (DeviceKeyName::Folder, KeyStore::Memory(_)) => Some("folder".to_owned()),
            (DeviceKeyName::Folder, _) => None,
        }
    }

    fn store(&self, name: DeviceKeyName, bytes: &[u8]) -> Result<(), ()> {
        let account = self.account(name).ok_or(())?;
        match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            KeyStore::Platform { .. } => keyring::Entry::new(SERVICE, &account)
                .and_then(|entry| entry.set_secret(bytes))
                .map_err(|_| ()),
            KeyStore::None => {
                // Android and iOS have only this arm so far: nothing keeps the bytes.
                let _ = (account, bytes);
                Err(())
            }
            #[cfg(test)]
            KeyStore::Memory(kept) => {
                kept.lock().unwrap().insert(account, bytes.to_vec());
                Ok(())
            }
        }
    }

    /// Files a secret under the folder's path, as versions before the key slot's third did:
    /// for the shell's tests of moving such an entry.
    #[cfg(test)]
    pub fn keep_as_before(&self, secret: &DeviceSecret) {
        self.store(DeviceKeyName::Folder, secret.bytes()).unwrap();
    }

    /// The names of the entries kept, and a stand-in with the same entries (the same key
    /// store, seen by another app): for the shell's tests.
    #[cfg(test)]
    pub fn entries(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        match self {
            KeyStore::Memory(kept) => kept.lock().unwrap().clone(),
            _ => Default::default(),
        }
    }
}
