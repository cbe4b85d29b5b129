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
