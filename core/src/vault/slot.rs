//! The key slot: the database's random data key, wrapped by a key derived from the passcode
//! and, where the platform has a key store, the device's own secret.
//!
//! Layout of version 3 (all integers little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `AFTRSLOT` |
//! | 1 | version (3) |
//! | 1 | flags: bit 0 set when the device's secret is part of the wrapping key |
//! | 4, 4, 4 | Argon2id memory (KiB), iterations, lanes |
//! | 16 | salt |
//! | 24 | XChaCha20-Poly1305 nonce |
//! | 16 | the key id: the name of the device's secret in the key store (zeros when not tied) |
//! | 48 | the wrapped data key (32 bytes + 16-byte tag) |
//! | 32 | the inbox's X25519 public key |
//! | 32 | the vouch tag ([`super::vouched`]) over everything before it |
//!
//! Everything before the wrapped key is the AEAD's associated data, so the flags, parameters,
//! salt and key id cannot be altered without the unwrap failing. The inbox's public key, which
//! the app reads while locked, is vouched for instead: by the key from the device's secret when
//! the slot is tied to this device, else by the key from the data key. It lies outside the
//! AEAD so that a changed public key is caught at the next unlock (the database holds the
//! inbox's secret half) and written again, rather than making the slot refuse the passcode.
//!
//! The wrapping key is Argon2id(passcode in NFC, salt); with the device's secret it is
//! BLAKE2b-256 keyed with that secret over a label and the Argon2id output, so neither the
//! passcode alone nor the device alone opens the slot.
//!
//! Version 2 has no key id (the key store named the device's secret by the data folder's
//! path) and keeps the public key inside the associated data, before the wrapped key, with no
//! tag. Version 1 also has no flags byte, is never tied to the device, and took the passcode as
//! typed: it is opened with the passcode in NFC first and, when that differs from what was
//! typed, as typed. Both still open; every slot written now is version 3.

use chacha20poly1305::{
    aead::{Aead, KeyInit, Payload},
    XChaCha20Poly1305, XNonce,
};
use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

mod earlier;

pub use super::kdf::KdfParams;
use super::{
    device::{DeviceKeyName, KeyId},
    kdf::derive,
    vouched::{self, By, Opened, VouchKey},
    DeviceSecret, Passcode, Vault,
};
use crate::{fs::write_atomically, store::DataKey, Error};

/// The key slot's file in the data folder.
pub const SLOT_FILE: &str = "keyslot";
/// The next key slot, while a re-key is under way (`rekey.rs`).
pub const SLOT_NEXT_FILE: &str = "keyslot.next";

impl Vault {
    /// The key slot, decoded.
    ///
    /// Errors: [`Error::Damaged`] when it is missing or does not decode; [`Error::Io`].
    pub(super) fn read_slot(&self) -> Result<KeySlot, Error> {
        let bytes = match std::fs::read(self.file(SLOT_FILE)) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::Damaged {
                    what: "key file (it is missing)",
                })
            }
            Err(e) => return Err(Error::io("key slot")(e)),
        };
        KeySlot::decode(&bytes).map_err(|_| Error::Damaged { what: "key file" })
    }

    /// Writes the key slot whole (the commit point of set-up and of a change of passcode).
    pub(super) fn write_slot(&self, slot: &KeySlot) -> Result<(), Error> {
        write_atomically(&self.file(SLOT_FILE), &slot.encode()).map_err(Error::io("key slot"))
    }
}

const MAGIC: &[u8; 8] = b"AFTRSLOT";
const VERSION: u8 = 3;
const V2: u8 = 2;
const V1: u8 = 1;
/// Flag bit: the device's secret is part of the wrapping key.
const DEVICE_BOUND: u8 = 1;
/// Magic, version, flags, parameters, salt, nonce: what every version starts with (but the
/// flags byte, which version 1 has not).
const COMMON_LEN: usize = 8 + 1 + 1 + 12 + 16 + 24;
const WRAPPED_LEN: usize = 32 + 16;
const TAG_LEN: usize = 32;
/// The associated data of version 3: the common part and the key id.
const HEADER_LEN: usize = COMMON_LEN + 16;
/// What the vouch tag covers in version 3: all but the tag.
const VOUCHED_LEN: usize = HEADER_LEN + WRAPPED_LEN + 32;
/// The size of every slot file written now (version 3).
pub const SLOT_LEN: usize = VOUCHED_LEN + TAG_LEN;
/// The size of a version-2 slot file.
pub const V2_SLOT_LEN: usize = COMMON_LEN + 32 + WRAPPED_LEN;
/// The size of a version-1 slot file.
pub const V1_SLOT_LEN: usize = V2_SLOT_LEN - 1;
/// The slot's name as a vouched file.
pub(super) const VOUCHED_NAME: &str = "keyslot";

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
    key_id: KeyId,
    /// The public half of the inbox key, for sealing taps while locked. Read from a file, it
    /// is only as good as [`KeySlot::vouched_by`] says.
    pub inbox_public_key: [u8; 32],
    wrapped: [u8; WRAPPED_LEN],
    tag: [u8; TAG_LEN],
}

impl KeySlot {
    /// Wraps `data_key` under `passcode` (and `device`, when the platform has a key store) with
    /// fresh salt and nonce, filed under the device secret's id, and vouches for the public key
    /// with the key from `device` (or, without one, from `data_key`).
    pub fn seal(
        data_key: &DataKey,
        passcode: &Passcode,
        device: Option<&DeviceSecret>,
        params: KdfParams,
        inbox_public_key: [u8; 32],
        rng: &mut (impl RngCore + CryptoRng),
    ) -> KeySlot {
        let mut salt = [0u8; 16];
        rng.fill_bytes(&mut salt);
        let wrapping_key = derive(&passcode.normalized(), &salt, params, device)
            .expect("the app's own parameters are valid");
        let slot = KeySlot {
            version: VERSION,
            device_bound: device.is_some(),
            params,
            salt,
            nonce: [0; 24],
            key_id: device.map(DeviceSecret::id).unwrap_or_default(),
            inbox_public_key,
            wrapped: [0; WRAPPED_LEN],
            tag: [0; TAG_LEN],
        };
        slot.wrap(&wrapping_key, data_key, device, rng)
    }

    /// This slot (its salt, parameters and flags kept) with `data_key` wrapped again under
    /// `wrapping_key` with a fresh nonce, filed under `device`'s id, as version 3, vouched for.
    fn wrap(
        mut self,
        wrapping_key: &[u8; 32],
        data_key: &DataKey,
        device: Option<&DeviceSecret>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> KeySlot {
        self.version = VERSION;
        self.key_id = device.map(DeviceSecret::id).unwrap_or_default();
        let vouch = match device {
            Some(device) => VouchKey::of_device(device),
            None => VouchKey::of_vault(data_key),
        };
        self.wrapped_under(wrapping_key, data_key, rng)
            .vouched_with(&vouch)
    }

    /// `data_key` wrapped under `wrapping_key` with a fresh nonce, the header as it stands.
    fn wrapped_under(
        mut self,
        wrapping_key: &[u8; 32],
        data_key: &DataKey,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> KeySlot {
        rng.fill_bytes(&mut self.nonce);
        let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(wrapping_key));
        let aad = self.header();
        let wrapped = cipher
            .encrypt(
                XNonce::from_slice(&self.nonce),
                Payload {
                    msg: data_key.bytes(),
                    aad: &aad,
                },
            )
            .expect("encrypting 32 bytes cannot fail");
        self.wrapped.copy_from_slice(&wrapped);
        self
    }

    /// The same slot holding `inbox_public_key`, vouched for by `vouch` (which must be the kind
    /// of key the slot is vouched by: the device's when tied to it, else the vault's). For a
    /// changed public key found at unlock; a slot before version 3 is returned as it is.
    pub fn with_inbox_key(&self, inbox_public_key: [u8; 32], vouch: &VouchKey) -> KeySlot {
        if self.version != VERSION {
            return self.clone();
        }
        KeySlot {
            inbox_public_key,
            ..self.clone()
        }
        .vouched_with(vouch)
    }

    fn vouched_with(mut self, vouch: &VouchKey) -> KeySlot {
        debug_assert_eq!(vouch.by(), self.vouched_by_kind());
        let bytes = self.encode();
        self.tag = vouch.tag(VOUCHED_NAME, &bytes[..VOUCHED_LEN]);
        self
    }

    fn vouched_by_kind(&self) -> By {
        if self.device_bound {
            By::Device
        } else {
            By::Vault
        }
    }

    /// Whether the key in hand vouches for this slot's public key: [`Opened::Plain`] before
    /// version 3, which had no tag.
    pub fn vouched_by(&self, key: Option<&VouchKey>) -> Opened<()> {
        if self.version != VERSION {
            return Opened::Plain(());
        }
        let bytes = self.encode();
        vouched::check(
            key,
            self.vouched_by_kind(),
            VOUCHED_NAME,
            &bytes[..VOUCHED_LEN],
            &self.tag,
        )
    }

    /// The salt: new with each slot sealed, so it names this slot among those that stood
    /// here (the second key slot stands beside one).
    pub(super) fn salt(&self) -> [u8; 16] {
        self.salt
    }

    /// Whether this is the version written now.
    pub fn is_current(&self) -> bool {
        self.version == VERSION
    }

    /// Where the shell finds the device's secret for this slot; `None` when it is not tied to
    /// this device. Read before unlocking, so only as good as the file: a changed name finds
    /// no secret, or a secret that does not open the slot. A slot before version 3, or one
    /// written with a secret the key store still files under the folder (no id: all zeros),
    /// names the folder.
    pub fn device_key_name(&self) -> Option<DeviceKeyName> {
        match (self.device_bound, self.version) {
            (false, _) => None,
            (true, VERSION) if self.key_id != KeyId::default() => {
                Some(DeviceKeyName::Id(self.key_id))
            }
            (true, _) => Some(DeviceKeyName::Folder),
        }
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
        let device = self.device_for(device)?;
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

    /// The device's secret to mix in: `device` when the slot is tied to one, else none.
    fn device_for<'d>(
        &self,
        device: Option<&'d DeviceSecret>,
    ) -> Result<Option<&'d DeviceSecret>, SlotError> {
        if !self.params.within_ceiling() {
            return Err(SlotError::Malformed);
        }
        match (self.device_bound, device) {
            (true, None) => Err(SlotError::DeviceSecretMissing),
            (true, Some(device)) => Ok(Some(device)),
            (false, _) => Ok(None),
        }
    }

    /// The data key if `passcode` (these bytes) opens the slot, `None` if it does not.
    fn unwrap_with(
        &self,
        passcode: &[u8],
        device: Option<&DeviceSecret>,
    ) -> Result<Option<DataKey>, SlotError> {
        let wrapping_key =
            derive(passcode, &self.salt, self.params, device).ok_or(SlotError::Malformed)?;
        self.unwrap_key(&wrapping_key)
    }

    /// The data key if `wrapping_key` opens the slot, `None` if it does not.
    fn unwrap_key(&self, wrapping_key: &[u8; 32]) -> Result<Option<DataKey>, SlotError> {
        let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(wrapping_key));
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
        if self.version == VERSION {
            out.extend_from_slice(&self.wrapped);
            out.extend_from_slice(&self.inbox_public_key);
            out.extend_from_slice(&self.tag);
        } else {
            out.extend_from_slice(&self.wrapped);
        }
        out
    }

    /// Parses a slot file, version 3, 2 or 1. Checks the shape only; [`KeySlot::open`] checks
    /// the wrapped key and [`KeySlot::vouched_by`] the public key.
    pub fn decode(bytes: &[u8]) -> Result<KeySlot, SlotError> {
        if bytes.len() < 9 || &bytes[..8] != MAGIC {
            return Err(SlotError::Malformed);
        }
        let (version, flags, rest) = match (bytes[8], bytes.len()) {
            (VERSION, SLOT_LEN) | (V2, V2_SLOT_LEN) => (bytes[8], bytes[9], &bytes[10..]),
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
            key_id: KeyId::default(),
            inbox_public_key: [0; 32],
            wrapped: [0; WRAPPED_LEN],
            tag: [0; TAG_LEN],
        };
        slot.salt.copy_from_slice(&rest[12..28]);
        slot.nonce.copy_from_slice(&rest[28..52]);
        let rest = &rest[52..];
        if version == VERSION {
            let (key_id, rest) = rest.split_at(16);
            let (wrapped, rest) = rest.split_at(WRAPPED_LEN);
            let (public, tag) = rest.split_at(32);
            slot.key_id.0.copy_from_slice(key_id);
            slot.wrapped.copy_from_slice(wrapped);
            slot.inbox_public_key.copy_from_slice(public);
            slot.tag.copy_from_slice(tag);
        } else {
            slot.inbox_public_key.copy_from_slice(&rest[..32]);
            slot.wrapped.copy_from_slice(&rest[32..]);
        }
        Ok(slot)
    }

    /// The associated data: everything before the wrapped key.
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
        if self.version == VERSION {
            out.extend_from_slice(&self.key_id.0);
        } else {
            out.extend_from_slice(&self.inbox_public_key);
        }
        out
    }
}
