//! The device's own secret: 32 random bytes that the platform's key store keeps (the Secret
//! Service on Linux, the Keychain on macOS and iOS, the Credential Manager on Windows). Mixed
//! into the key slot's wrapping key, it means a copy of the data folder does not open on
//! another device, whatever passcode is tried there. The shell makes it, keeps it in the key
//! store and hands it in; the core never reads a key store itself.
//!
//! The key store files it under a [`KeyId`]: 16 random bytes made with the secret and kept in
//! the key slot's authenticated header, so the entry follows the vault wherever its folder is
//! (a moved home folder, a path through a symlink). Slots before version 3 had none: their
//! entry was named by the data folder's path ([`DeviceKeyName::Folder`]), and the first unlock
//! by this version files it under an id.

use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use crate::Error;

/// The name of a vault's entry in the key store: random, kept in the key slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyId(pub [u8; 16]);

impl KeyId {
    /// A new random id.
    pub fn generate(rng: &mut (impl RngCore + CryptoRng)) -> KeyId {
        let mut id = [0u8; 16];
        rng.fill_bytes(&mut id);
        KeyId(id)
    }

    /// 32 lowercase hex digits: the entry's name in the key store.
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// How the shell finds a vault's entry in the key store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceKeyName {
    /// By the id in the key slot (version 3 on).
    Id(KeyId),
    /// By the data folder's path, as the slots of version 2 were.
    Folder,
}

/// The device's own secret, with the id the key store files it under. Zeroed when dropped;
/// never logged, never in an error.
pub struct DeviceSecret {
    id: KeyId,
    bytes: Zeroizing<[u8; 32]>,
}

impl DeviceSecret {
    /// A new random secret under a new id, for a vault the key store has nothing for yet.
    pub fn generate(rng: &mut (impl RngCore + CryptoRng)) -> DeviceSecret {
        let mut bytes = Zeroizing::new([0u8; 32]);
        rng.fill_bytes(bytes.as_mut());
        DeviceSecret {
            id: KeyId::generate(rng),
            bytes,
        }
    }

    /// The secret as the key store gave it back. Anything but 32 bytes is
    /// [`Error::Damaged`]: not our entry, or a damaged one. Its id is the default (all zeros)
    /// until [`DeviceSecret::filed_as`] says where it was found.
    pub fn from_stored(bytes: &[u8]) -> Result<DeviceSecret, Error> {
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| Error::Damaged {
            what: "device key in the system's key store",
        })?;
        Ok(DeviceSecret {
            id: KeyId::default(),
            bytes: Zeroizing::new(bytes),
        })
    }

    /// The same secret, filed under `id`.
    pub fn filed_as(self, id: KeyId) -> DeviceSecret {
        DeviceSecret { id, ..self }
    }

    /// The id the key store files it under.
    pub fn id(&self) -> KeyId {
        self.id
    }

    /// The bytes, for the shell to put in the key store.
    pub fn bytes(&self) -> &[u8; 32] {
        &self.bytes
    }
}

impl std::fmt::Debug for DeviceSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeviceSecret(…)")
    }
}

/// The platform's key store, as the shell reaches it: bytes kept under a vault's entry name.
/// The shell implements these three; what is kept, and when, the core decides ([`create`],
/// [`refile`], [`Vault::hand_in`], [`Vault::move_to_id`]).
pub trait KeyStore {
    /// The bytes kept under `name`; `None` when there are none, or no key store, or it is
    /// locked or did not answer.
    fn get(&self, name: DeviceKeyName) -> Option<Zeroizing<Vec<u8>>>;
    /// Keeps `bytes` under `name`; `false` when there is no key store or it refused.
    fn put(&self, name: DeviceKeyName, bytes: &[u8]) -> bool;
    /// Forgets what is kept under `name`. Nothing to do where there is none; a key store that
    /// cannot be reached keeps an entry that opens nothing once the key slot is gone.
    fn delete(&self, name: DeviceKeyName);
}

/// The secret kept under `name`, if the key store has one and it reads as a secret.
pub fn find(keys: &dyn KeyStore, name: DeviceKeyName) -> Option<DeviceSecret> {
    let secret = DeviceSecret::from_stored(&keys.get(name)?).ok()?;
    Some(match name {
        DeviceKeyName::Id(id) => secret.filed_as(id),
        DeviceKeyName::Folder => secret,
    })
}

/// A new secret under a new id, kept in the key store. `None` when there is no key store, or
/// it refused, or it does not give back what it was given: then the passcode alone wraps the
/// key.
pub fn create(keys: &dyn KeyStore, rng: &mut (impl RngCore + CryptoRng)) -> Option<DeviceSecret> {
    keep(keys, DeviceSecret::generate(rng))
}

/// The secret found under `name`, filed under a new id too (the old entry stays until it is
/// deleted): for a key slot of an earlier version, which moves to its id.
pub fn refile(
    keys: &dyn KeyStore,
    name: DeviceKeyName,
    rng: &mut (impl RngCore + CryptoRng),
) -> Option<DeviceSecret> {
    keep(keys, find(keys, name)?.filed_as(KeyId::generate(rng)))
}

/// Keeps `secret` under its id and reads it back; on any failure nothing is kept.
fn keep(keys: &dyn KeyStore, secret: DeviceSecret) -> Option<DeviceSecret> {
    let name = DeviceKeyName::Id(secret.id());
    if !keys.put(name, secret.bytes()) {
        return None;
    }
    match find(keys, name) {
        Some(back) if back.bytes() == secret.bytes() => Some(secret),
        _ => {
            keys.delete(name);
            None
        }
    }
}

impl super::Vault {
    /// Hands the vault the device's secret its key slot names, when it is tied to this device
    /// and the key store has it (at start, so the files read while locked can be checked; and
    /// before each unlock).
    pub fn hand_in(&mut self, keys: &dyn KeyStore) {
        let found = self.device_key_name().and_then(|name| find(keys, name));
        self.set_device_secret(found);
    }

    /// Right after an unlock: a key slot of an earlier version tied to this device has its
    /// secret filed under an id of its own, and the slot names that id; the entry named by the
    /// folder's path goes once the slot no longer needs it. If the key store or the slot
    /// refuses, nothing changes and the next unlock tries again.
    pub fn move_to_id(
        &mut self,
        keys: &dyn KeyStore,
        passcode: &super::Passcode,
        rng: &mut (impl RngCore + CryptoRng),
    ) {
        if self.device_key_name() != Some(DeviceKeyName::Folder) {
            return;
        }
        let Some(moved) = refile(keys, DeviceKeyName::Folder, rng) else {
            return;
        };
        let id = moved.id();
        match self.upgrade_slot(passcode, moved, rng) {
            Ok(()) => keys.delete(DeviceKeyName::Folder),
            Err(_) => keys.delete(DeviceKeyName::Id(id)),
        }
    }
}
