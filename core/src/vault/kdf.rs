//! The passcode's key derivation: Argon2id at a cost stored in the key slot, mixed with the
//! device's secret where there is one.

use argon2::{Algorithm, Argon2, Params, Version};
use blake2::{
    digest::{consts::U32, KeyInit, Mac},
    Blake2bMac,
};
use zeroize::Zeroizing;

use super::DeviceSecret;

/// Says what the device's secret is mixed in for, so the same bytes can never stand in for
/// another use.
const DEVICE_LABEL: &[u8] = b"aftercare key slot: passcode and device";

/// Argon2id cost. Stored in the slot, so a later version can raise it for new passcodes while
/// old slots still open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// What the app uses for a new key slot: 128 MiB, 4 passes, 1 lane, well above OWASP's
    /// Argon2id minimum (19 MiB, t=2). About a third of a second on a two-core desktop (96 MiB
    /// measured 0.25 s, below the 0.3–1 s aim; docs/performance.md); a phone takes longer.
    /// Slots sealed at 96 MiB, before 7 December 2026, keep their cost until the passcode
    /// changes.
    pub const RECOMMENDED: KdfParams = KdfParams {
        memory_kib: 128 * 1024,
        iterations: 4,
        lanes: 1,
    };

    /// Far too weak for real use; for unit tests, which would otherwise spend minutes hashing.
    pub const INSECURE_FOR_TESTS: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        lanes: 1,
    };

    /// The most a slot may ask for, so a tampered slot cannot make unlocking eat all memory.
    const CEILING: KdfParams = KdfParams {
        memory_kib: 1024 * 1024,
        iterations: 64,
        lanes: 16,
    };

    pub(super) fn within_ceiling(self) -> bool {
        self.memory_kib <= Self::CEILING.memory_kib
            && self.iterations <= Self::CEILING.iterations
            && self.lanes <= Self::CEILING.lanes
    }
}

/// Argon2id(passcode, salt), then mixed with the device's secret when there is one. `None` for
/// parameters Argon2 refuses (zero lanes, say): a damaged slot.
pub(super) fn derive(
    passcode: &[u8],
    salt: &[u8; 16],
    params: KdfParams,
    device: Option<&DeviceSecret>,
) -> Option<Zeroizing<[u8; 32]>> {
    let argon_params =
        Params::new(params.memory_kib, params.iterations, params.lanes, Some(32)).ok()?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passcode, salt, key.as_mut())
        .ok()?;
    let Some(device) = device else {
        return Some(key);
    };
    let mut mac = <Blake2bMac<U32> as KeyInit>::new_from_slice(device.bytes())
        .expect("32 bytes is a valid BLAKE2b key");
    mac.update(DEVICE_LABEL);
    mac.update(key.as_ref());
    let mut mixed = Zeroizing::new([0u8; 32]);
    mixed.copy_from_slice(&mac.finalize().into_bytes());
    Some(mixed)
}
