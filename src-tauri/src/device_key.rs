//! The device's own secret ([`DeviceSecret`]) in the platform's key store: the Secret Service
//! on Linux (GNOME Keyring, KWallet), the Keychain on macOS, the Credential Manager on Windows,
//! through the `keyring` crate. Mixed into the key slot, it keeps a copied data folder from
//! opening anywhere else. Where there is no key store (a Linux session without a Secret
//! Service or without an unlocked keyring, Android and iOS for now) the app works as before:
//! the passcode alone wraps the key.
//!
//! The entry is named by the data folder, so each folder (each test's too) has its own.

use std::path::Path;

use aftercare_core::vault::DeviceSecret;

/// Where the device's secret is kept.
pub enum KeyStore {
    /// The platform's key store, for the data folder this names.
    #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
    Platform { folder: String },
    /// None: the passcode alone wraps the data key.
    None,
    /// A stand-in for the shell's own tests, which never touch the machine's key store.
    #[cfg(test)]
    Memory(std::sync::Mutex<Option<Vec<u8>>>),
}

/// What the key store is called in its list of entries.
#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
const SERVICE: &str = "Aftercare";

impl KeyStore {
    /// The platform's key store where this build has one, for `data_dir`.
    #[allow(unused_variables, reason = "no key store on the phones yet")]
    pub fn for_folder(data_dir: &Path) -> KeyStore {
        #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
        return KeyStore::Platform {
            folder: data_dir.display().to_string(),
        };
        #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
        KeyStore::None
    }

    /// Makes a new secret and keeps it, replacing any left from an earlier set-up in this
    /// folder. `None` when there is no key store, or it refused, or it does not give back what
    /// it was given: then the passcode alone wraps the key.
    pub fn create(
        &self,
        rng: &mut (impl rand_core::RngCore + rand_core::CryptoRng),
    ) -> Option<DeviceSecret> {
        let secret = DeviceSecret::generate(rng);
        self.store(secret.bytes()).ok()?;
        match self.find() {
            Some(back) if back.bytes() == secret.bytes() => Some(secret),
            _ => {
                self.delete();
                None
            }
        }
    }

    /// The secret kept for this folder; `None` when there is none, or no key store, or it is
    /// locked or did not answer.
    pub fn find(&self) -> Option<DeviceSecret> {
        let bytes: Option<zeroize::Zeroizing<Vec<u8>>> = match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            KeyStore::Platform { folder } => keyring::Entry::new(SERVICE, folder)
                .and_then(|entry| entry.get_secret())
                .ok()
                .map(Into::into),
            KeyStore::None => None,
            #[cfg(test)]
            KeyStore::Memory(kept) => kept.lock().unwrap().clone().map(Into::into),
        };
        DeviceSecret::from_stored(&bytes?).ok()
    }

    /// Forgets the secret (wipe). Nothing to do where there is none; a key store that cannot
    /// be reached keeps an entry that opens nothing once the key slot is gone.
    pub fn delete(&self) {
        match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            KeyStore::Platform { folder } => {
                let _ = keyring::Entry::new(SERVICE, folder).and_then(|e| e.delete_credential());
            }
            KeyStore::None => {}
            #[cfg(test)]
            KeyStore::Memory(kept) => *kept.lock().unwrap() = None,
        }
    }

    fn store(&self, bytes: &[u8]) -> Result<(), ()> {
        match self {
            #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
            KeyStore::Platform { folder } => keyring::Entry::new(SERVICE, folder)
                .and_then(|entry| entry.set_secret(bytes))
                .map_err(|_| ()),
            KeyStore::None => {
                // Android and iOS have only this arm so far: nothing keeps the bytes.
                let _ = bytes;
                Err(())
            }
            #[cfg(test)]
            KeyStore::Memory(kept) => {
                *kept.lock().unwrap() = Some(bytes.to_vec());
                Ok(())
            }
        }
    }
}
