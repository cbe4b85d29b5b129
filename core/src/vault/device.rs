//! The device's own secret: 32 random bytes that the platform's key store keeps (the Secret
//! Service on Linux, the Keychain on macOS and iOS, the Credential Manager on Windows). Mixed
//! into the key slot's wrapping key, it means a copy of the data folder does not open on
//! another device, whatever passcode is tried there. The shell makes it, keeps it in the key
//! store and hands it in; the core never reads a key store itself.

use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use crate::Error;

/// The device's own secret. Zeroed when dropped; never logged, never in an error.
pub struct DeviceSecret(Zeroizing<[u8; 32]>);

impl DeviceSecret {
    /// A new random secret, for a key store that has none for this data folder yet.
    pub fn generate(rng: &mut (impl RngCore + CryptoRng)) -> DeviceSecret {
        let mut bytes = Zeroizing::new([0u8; 32]);
        rng.fill_bytes(bytes.as_mut());
        DeviceSecret(bytes)
    }

    /// The secret as the key store gave it back. Anything but 32 bytes is
    /// [`Error::Damaged`]: not our entry, or a damaged one.
    pub fn from_stored(bytes: &[u8]) -> Result<DeviceSecret, Error> {
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| Error::Damaged {
            what: "device key in the system's key store",
        })?;
        Ok(DeviceSecret(Zeroizing::new(bytes)))
    }

    /// The bytes, for the shell to put in the key store.
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Debug for DeviceSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeviceSecret(…)")
    }
}
