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
//! the first unlock files it under an id and forgets the old name (`Vault::move_to_id`).
//!
//! This file only reaches the key store (the core's [`aftercare_core::vault::KeyStore`]: get,
//! put, delete by name); what is kept there, and when, the core decides (`vault/device.rs`).

use std::path::Path;

use aftercare_core::vault::DeviceKeyName;
#[cfg(test)]
use aftercare_core::vault::DeviceSecret;
use zeroize::Zeroizing;

/// Where the device's secret is kept: the shell's reach of the core's `KeyStore`.
pub enum DeviceKeyStore {
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

impl DeviceKeyStore {
    /// The platform's key store where this build has one; `data_dir` names the entries of key
    /// slots before version 3.
    #[allow(unused_variables, reason = "no key store on the phones yet")]
    pub fn for_folder(data_dir: &Path) -> DeviceKeyStore {
        #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
        return DeviceKeyStore::Platform {
            folder: data_dir.display().to_string(),
        };
        #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
        DeviceKeyStore::None
    }

    /// The entry's name in the key store: the id's hex digits, or the folder's path.
    fn account(&self, name: DeviceKeyName) -> Option<String> {
        match (name, self) {
            (DeviceKeyName::Id(id), _) => Some(id.hex()),
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            (DeviceKeyName::Folder, DeviceKeyStore::Platform { folder }) => Some(folder.clone()),
            #[cfg(test)]
            (DeviceKeyName::Folder, DeviceKeyStore::Memory(_)) => Some("folder".to_owned()),
            (DeviceKeyName::Folder, _) => None,
        }
    }

    /// Files a secret under the folder's path, as versions before the key slot's third did:
    /// for the shell's tests of moving such an entry.
    #[cfg(test)]
    pub fn keep_as_before(&self, secret: &DeviceSecret) {
        use aftercare_core::vault::KeyStore as _;
        assert!(self.put(DeviceKeyName::Folder, secret.bytes()));
    }

    /// The names of the entries kept, and a stand-in with the same entries (the same key
    /// store, seen by another app): for the shell's tests.
    #[cfg(test)]
    pub fn entries(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        match self {
            DeviceKeyStore::Memory(kept) => kept.lock().unwrap().clone(),
            _ => Default::default(),
        }
    }
}

impl aftercare_core::vault::KeyStore for DeviceKeyStore {
    fn get(&self, name: DeviceKeyName) -> Option<Zeroizing<Vec<u8>>> {
        let account = self.account(name)?;
        match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            DeviceKeyStore::Platform { .. } => keyring::Entry::new(SERVICE, &account)
                .and_then(|entry| entry.get_secret())
                .ok()
                .map(Into::into),
            DeviceKeyStore::None => {
                let _ = account;
                None
            }
            #[cfg(test)]
            DeviceKeyStore::Memory(kept) => {
                kept.lock().unwrap().get(&account).cloned().map(Into::into)
            }
        }
    }

    fn put(&self, name: DeviceKeyName, bytes: &[u8]) -> bool {
        let Some(account) = self.account(name) else {
            return false;
        };
        match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            DeviceKeyStore::Platform { .. } => keyring::Entry::new(SERVICE, &account)
                .and_then(|entry| entry.set_secret(bytes))
                .is_ok(),
            DeviceKeyStore::None => {
                // Android and iOS have only this arm so far: nothing keeps the bytes.
                let _ = (account, bytes);
                false
            }
            #[cfg(test)]
            DeviceKeyStore::Memory(kept) => {
                kept.lock().unwrap().insert(account, bytes.to_vec());
                true
            }
        }
    }

    fn delete(&self, name: DeviceKeyName) {
        let Some(account) = self.account(name) else {
            return;
        };
        match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            DeviceKeyStore::Platform { .. } => {
                let _ = keyring::Entry::new(SERVICE, &account).and_then(|e| e.delete_credential());
            }
            DeviceKeyStore::None => {
                let _ = account;
            }
            #[cfg(test)]
            DeviceKeyStore::Memory(kept) => {
                kept.lock().unwrap().remove(&account);
            }
        }
    }
}
