//! The key slot: the database's random data key, wrapped by a key derived from the passcode
//! and, where the platform has a key store, the device's own secret.
//!
//! Layout of version 2 (all integers little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `AFTRSLOT` |
//! | 1 | version (2) |
//! | 1 | flags: bit 0 set when the device's secret is part of the wrapping key |
//! | 4, 4, 4 | Argon2id memory (KiB), iterations, lanes |
//! | 16 | salt |
//! | 24 | XChaCha20-Poly1305 nonce |
//! | 32 | the inbox's X25519 public key |
//! | 48 | the wrapped data key (32 bytes + 16-byte tag) |
//!
//! Everything before the wrapped key is the AEAD's associated data, so the flags, parameters,
//! salt and public key cannot be altered without the unwrap failing.
//!
//! The wrapping key is Argon2id(passcode in NFC, salt); with the device's secret it is
//! BLAKE2b-256 keyed with that secret over a label and the Argon2id output, so neither the
//! passcode alone nor the device alone opens the slot.
//!
//! Version 1 (written until this version) has no flags byte, is never tied to the device, and
//! took the passcode as typed: it is opened with the passcode in NFC first and, when that
//! differs from what was typed, as typed. Every slot written now is version 2.

use argon2::{Algorithm, Argon2, Params, Version};
use blake2::{
    digest::{consts::U32, Mac},
    Blake2bMac,
};
use chacha20poly1305::{
    aead::{Aead, KeyInit, Payload},
    XChaCha20Poly1305, XNonce,
};
use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use super::{DeviceSecret, Passcode};
use crate::store::DataKey;

const MAGIC: &[u8; 8] = b"AFTRSLOT";
const VERSION: u8 = 2;
const V1: u8 = 1;
/// Flag bit: the device's secret is part of the wrapping key.
const DEVICE_BOUND: u8 = 1;
const HEADER_LEN: usize = 8 + 1 + 1 + 12 + 16 + 24 + 32;
const V1_HEADER_LEN: usize = HEADER_LEN - 1;
const WRAPPED_LEN: usize = 32 + 16;
/// The size of every slot file written now (version 2).
pub const SLOT_LEN: usize = HEADER_LEN + WRAPPED_LEN;
/// The size of a version-1 slot file.
pub const V1_SLOT_LEN: usize = V1_HEADER_LEN + WRAPPED_LEN;
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
    /// What the app uses: 96 MiB, 4 passes, 1 lane, well above OWASP's Argon2id minimum
    /// (19 MiB, t=2). About 0.4 s on a two-core desktop (64 MiB/t=3 measured 0.22 s, below the
    /// 0.3–1 s aim); a phone takes longer.
    pub const RECOMMENDED: KdfParams = KdfParams {
        memory_kib: 96 * 1024,
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

    fn within_ceiling(self) -> bool {
        self.memory_kib <= Self::CEILING.memory_kib
            && self.iterations <= Self::CEILING.iterations
            && self.lanes <= Self::CEILING.lanes
    }
}

/// Why a slot could not give up its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotError {
    /// Not a slot file, a truncated one, or one from an unknown version.
    Malformed,
    /// The passcode is wrong, or the slot was altered.
    WrongPasscode,
    /// The slot needs the device's secret and none was given (a copied folder, or a key store
    /// that is locked or gone). Nothing was tried.
    DeviceSecretMissing,
}

/// A parsed key slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySlot {
    version: u8,
    device_bound: bool,
    pub params: KdfParams,
    salt: [u8; 16],
    nonce: [u8; 24],
    /// The public half of the inbox key, for sealing taps while locked.
    pub inbox_public_key: [u8; 32],
    wrapped: [u8; WRAPPED_LEN],
}

impl KeySlot {
    /// Wraps `data_key` under `passcode` (and `device`, when the platform has a key store) with
    /// fresh salt and nonce.
    pub fn seal(
        data_key: &DataKey,
        passcode: &Passcode,
        device: Option<&DeviceSecret>,
        params: KdfParams,
        inbox_public_key: [u8; 32],
        rng: &mut (impl RngCore + CryptoRng),
    ) -> KeySlot {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        rng.fill_bytes(&mut salt);
        rng.fill_bytes(&mut nonce);
        let mut slot = KeySlot {
            version: VERSION,
            device_bound: device.is_some(),
            params,
            salt,
            nonce,
            inbox_public_key,
            wrapped: [0; WRAPPED_LEN],
        };
        let wrapping_key = derive(&passcode.normalized(), &salt, params, device)
            .expect("the app's own parameters are valid");
        let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&wrapping_key[..]));
        let aad = slot.header();
        let wrapped = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: data_key.bytes(),
                    aad: &aad,
                },
            )
            .expect("encrypting 32 bytes cannot fail");
        slot.wrapped.copy_from_slice(&wrapped);
        slot
    }

    /// Whether the device's secret is part of the wrapping key.
    pub fn needs_device_secret(&self) -> bool {
        self.device_bound
    }

    /// Unwraps the data key. Slow by design: it runs Argon2id (twice for a version-1 slot and
    /// a passcode that NFC changes). `device` is ignored by a slot made without one.
    pub fn open(
        &self,
        passcode: &Passcode,
        device: Option<&DeviceSecret>,
    ) -> Result<DataKey, SlotError> {
        if !self.params.within_ceiling() {
            return Err(SlotError::Malformed);
        }
        let device = match (self.device_bound, device) {
            (true, None) => return Err(SlotError::DeviceSecretMissing),
            (true, Some(device)) => Some(device),
            (false, _) => None,
        };
        let normalized = passcode.normalized();
        let as_typed = passcode
            .as_typed_if_not_nfc()
            .filter(|_| self.version == V1);
        for bytes in std::iter::once(normalized.as_slice()).chain(as_typed) {
            match self.unwrap_with(bytes, device)? {
                Some(key) => return Ok(key),
                None => continue,
            }
        }
        Err(SlotError::WrongPasscode)
    }

    /// The data key if `passcode` (these bytes) opens the slot, `None` if it does not.
    fn unwrap_with(
        &self,
        passcode: &[u8],
        device: Option<&DeviceSecret>,
    ) -> Result<Option<DataKey>, SlotError> {
        let wrapping_key = derive(passcode, &self.salt, self.params, device)?;
        let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&wrapping_key[..]));
        let aad = self.header();
        let Ok(plain) = cipher.decrypt(
            XNonce::from_slice(&self.nonce),
            Payload {
                msg: &self.wrapped,
                aad: &aad,
            },
        ) else {
            return Ok(None);
        };
        let plain = Zeroizing::new(plain);
        let bytes: [u8; 32] = plain
            .as_slice()
            .try_into()
            .map_err(|_| SlotError::Malformed)?;
        Ok(Some(DataKey::from_bytes(bytes)))
    }

    /// The file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.header();
        out.extend_from_slice(&self.wrapped);
        out
    }

    /// Parses a slot file, version 2 or 1. Checks the shape only; [`KeySlot::open`] checks
    /// integrity.
    pub fn decode(bytes: &[u8]) -> Result<KeySlot, SlotError> {
        if bytes.len() < 9 || &bytes[..8] != MAGIC {
            return Err(SlotError::Malformed);
        }
        let (version, flags, rest) = match (bytes[8], bytes.len()) {
            (VERSION, SLOT_LEN) => (VERSION, bytes[9], &bytes[10..]),
            (V1, V1_SLOT_LEN) => (V1, 0, &bytes[9..]),
            _ => return Err(SlotError::Malformed),
        };
        if flags & !DEVICE_BOUND != 0 {
            return Err(SlotError::Malformed);
        }
        let u32_at = |at: usize| u32::from_le_bytes(rest[at..at + 4].try_into().expect("4 bytes"));
        let params = KdfParams {
            memory_kib: u32_at(0),
            iterations: u32_at(4),
            lanes: u32_at(8),
        };
        let mut slot = KeySlot {
            version,
            device_bound: flags & DEVICE_BOUND != 0,
            params,
            salt: [0; 16],
            nonce: [0; 24],
            inbox_public_key: [0; 32],
            wrapped: [0; WRAPPED_LEN],
        };
        slot.salt.copy_from_slice(&rest[12..28]);
        slot.nonce.copy_from_slice(&rest[28..52]);
        slot.inbox_public_key.copy_from_slice(&rest[52..84]);
        slot.wrapped.copy_from_slice(&rest[84..]);
        Ok(slot)
    }

    fn header(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(SLOT_LEN);
        out.extend_from_slice(MAGIC);
        out.push(self.version);
        if self.version != V1 {
            out.push(if self.device_bound { DEVICE_BOUND } else { 0 });
        }
        out.extend_from_slice(&self.params.memory_kib.to_le_bytes());
        out.extend_from_slice(&self.params.iterations.to_le_bytes());
        out.extend_from_slice(&self.params.lanes.to_le_bytes());
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.inbox_public_key);
        debug_assert!(out.len() == HEADER_LEN || out.len() == V1_HEADER_LEN);
        out
    }
}

/// Argon2id(passcode, salt), then mixed with the device's secret when there is one.
/// Parameters Argon2 refuses (zero lanes, say) mean a damaged slot.
fn derive(
    passcode: &[u8],
    salt: &[u8; 16],
    params: KdfParams,
    device: Option<&DeviceSecret>,
) -> Result<Zeroizing<[u8; 32]>, SlotError> {
    let argon_params = Params::new(params.memory_kib, params.iterations, params.lanes, Some(32))
        .map_err(|_| SlotError::Malformed)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passcode, salt, key.as_mut())
        .map_err(|_| SlotError::Malformed)?;
    let Some(device) = device else {
        return Ok(key);
    };
    let mut mac = <Blake2bMac<U32> as KeyInit>::new_from_slice(device.bytes())
        .expect("32 bytes is a valid BLAKE2b key");
    mac.update(DEVICE_LABEL);
    mac.update(key.as_ref());
    let mut mixed = Zeroizing::new([0u8; 32]);
    mixed.copy_from_slice(&mac.finalize().into_bytes());
    Ok(mixed)
}
