//! The key slot: the database's random data key, wrapped by a key derived from the passcode.
//!
//! Layout of version 1 (all integers little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `AFTRSLOT` |
//! | 1 | version (1) |
//! | 4, 4, 4 | Argon2id memory (KiB), iterations, lanes |
//! | 16 | salt |
//! | 24 | XChaCha20-Poly1305 nonce |
//! | 32 | the inbox's X25519 public key |
//! | 48 | the wrapped data key (32 bytes + 16-byte tag) |
//!
//! Everything before the wrapped key is the AEAD's associated data, so the parameters, salt and
//! public key cannot be altered without the unwrap failing.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::{
    aead::{Aead, KeyInit, Payload},
    XChaCha20Poly1305, XNonce,
};
use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use super::Passcode;
use crate::store::DataKey;

const MAGIC: &[u8; 8] = b"AFTRSLOT";
const VERSION: u8 = 1;
const HEADER_LEN: usize = 8 + 1 + 12 + 16 + 24 + 32;
const WRAPPED_LEN: usize = 32 + 16;
/// The size of every version-1 slot file.
pub const SLOT_LEN: usize = HEADER_LEN + WRAPPED_LEN;

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
}

/// A parsed key slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySlot {
    pub params: KdfParams,
    salt: [u8; 16],
    nonce: [u8; 24],
    /// The public half of the inbox key, for sealing taps while locked.
    pub inbox_public_key: [u8; 32],
    wrapped: [u8; WRAPPED_LEN],
}

impl KeySlot {
    /// Wraps `data_key` under `passcode` with fresh salt and nonce.
    pub fn seal(
        data_key: &DataKey,
        passcode: &Passcode,
        params: KdfParams,
        inbox_public_key: [u8; 32],
        rng: &mut (impl RngCore + CryptoRng),
    ) -> KeySlot {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        rng.fill_bytes(&mut salt);
        rng.fill_bytes(&mut nonce);
        let mut slot = KeySlot {
            params,
            salt,
            nonce,
            inbox_public_key,
            wrapped: [0; WRAPPED_LEN],
        };
        let wrapping_key =
            derive(passcode, &salt, params).expect("the app's own parameters are valid");
        let cipher = XChaCha20Poly1305::new(wrapping_key.as_ref().into());
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

    /// Unwraps the data key. Slow by design: it runs Argon2id.
    pub fn open(&self, passcode: &Passcode) -> Result<DataKey, SlotError> {
        if !self.params.within_ceiling() {
            return Err(SlotError::Malformed);
        }
        let wrapping_key = derive(passcode, &self.salt, self.params)?;
        let cipher = XChaCha20Poly1305::new(wrapping_key.as_ref().into());
        let aad = self.header();
        let plain = Zeroizing::new(
            cipher
                .decrypt(
                    XNonce::from_slice(&self.nonce),
                    Payload {
                        msg: &self.wrapped,
                        aad: &aad,
                    },
                )
                .map_err(|_| SlotError::WrongPasscode)?,
        );
        let bytes: [u8; 32] = plain
            .as_slice()
            .try_into()
            .map_err(|_| SlotError::Malformed)?;
        Ok(DataKey::from_bytes(bytes))
    }

    /// The file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.header();
        out.extend_from_slice(&self.wrapped);
        out
    }

    /// Parses a slot file. Checks the shape only; [`KeySlot::open`] checks integrity.
    pub fn decode(bytes: &[u8]) -> Result<KeySlot, SlotError> {
        if bytes.len() != SLOT_LEN || &bytes[..8] != MAGIC || bytes[8] != VERSION {
            return Err(SlotError::Malformed);
        }
        let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
        let params = KdfParams {
            memory_kib: u32_at(9),
            iterations: u32_at(13),
            lanes: u32_at(17),
        };
        let mut slot = KeySlot {
            params,
            salt: [0; 16],
            nonce: [0; 24],
            inbox_public_key: [0; 32],
            wrapped: [0; WRAPPED_LEN],
        };
        slot.salt.copy_from_slice(&bytes[21..37]);
        slot.nonce.copy_from_slice(&bytes[37..61]);
        slot.inbox_public_key.copy_from_slice(&bytes[61..93]);
        slot.wrapped.copy_from_slice(&bytes[93..]);
        Ok(slot)
    }

    fn header(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(SLOT_LEN);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&self.params.memory_kib.to_le_bytes());
        out.extend_from_slice(&self.params.iterations.to_le_bytes());
        out.extend_from_slice(&self.params.lanes.to_le_bytes());
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.inbox_public_key);
        debug_assert_eq!(out.len(), HEADER_LEN);
        out
    }
}

/// Argon2id(passcode, salt). Parameters Argon2 refuses (zero lanes, say) mean a damaged slot.
fn derive(
    passcode: &Passcode,
    salt: &[u8; 16],
    params: KdfParams,
) -> Result<Zeroizing<[u8; 32]>, SlotError> {
    let argon_params = Params::new(params.memory_kib, params.iterations, params.lanes, Some(32))
        .map_err(|_| SlotError::Malformed)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passcode.bytes(), salt, key.as_mut())
        .map_err(|_| SlotError::Malformed)?;
    Ok(key)
}
