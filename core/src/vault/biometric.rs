//! The second key slot: the data key wrapped again, under a secret that only the phone's own
//! key store gives back, after the person's fingerprint or face. Opt-in; never the only way in.
//!
//! The rules, which are the key store's on a desktop too: the secret is made on the device and
//! sealed there by its key store (Android's keystore, with a key that needs strong biometrics
//! and is gone when a new fingerprint or face is enrolled), so a copy of the data folder opens
//! nowhere else by this slot; the app keeps only what the key store sealed, which it cannot
//! open itself. The slot is added only while unlocked and with the passcode typed again (a
//! try counted like any other), and only beside the key slot it was made with: it names that
//! slot's salt in its authenticated header, so a change of passcode or of key (which writes a
//! new key slot) leaves it standing beside nothing, and it is removed then too. A secret that
//! does not open it removes it: the passcode then opens, as it always does. Wipe removes it
//! first.
//!
//! Layout of version 1 (integers little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `AFTRBIOM` |
//! | 1 | version (1) |
//! | 16 | the salt of the key slot it stands beside |
//! | 24 | XChaCha20-Poly1305 nonce |
//! | 2 | n, the length of the sealed secret (1 to [`MAX_SEALED`]) |
//! | n | the sealed secret, as the phone's key store gave it |
//! | 48 | the wrapped data key (32 bytes + 16-byte tag) |
//!
//! Everything before the wrapped key is the AEAD's associated data. The wrapping key is
//! BLAKE2b-256 keyed with the 32-byte secret over a label: the secret is random, so no slow
//! derivation is needed.

use blake2::{
    digest::{consts::U32, Mac},
    Blake2bMac,
};
use chacha20poly1305::{
    aead::{Aead, KeyInit, Payload},
    XChaCha20Poly1305, XNonce,
};
use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use super::{merge::MergeReport, slot::KeySlot, Passcode, Vault, VaultStatus};
use crate::{fs::write_atomically, store::DataKey, Error};

/// The second key slot's file in the data folder.
pub const BIOMETRIC_SLOT_FILE: &str = "keyslot-biometric";
/// The most bytes the phone's key store's sealed secret may take.
pub const MAX_SEALED: usize = 1024;

const MAGIC: &[u8; 8] = b"AFTRBIOM";
const VERSION: u8 = 1;
const WRAPPED_LEN: usize = 32 + 16;
/// Says what the secret is used for, so the same bytes can never stand in for another use.
const LABEL: &[u8] = b"aftercare second key slot: biometric";

/// The secret behind the second key slot: 32 random bytes, made on the device and handed to
/// its key store to seal. Zeroed when dropped; never logged.
pub struct BiometricSecret(Zeroizing<[u8; 32]>);

impl BiometricSecret {
    /// A new random secret.
    pub fn generate(rng: &mut (impl RngCore + CryptoRng)) -> BiometricSecret {
        let mut bytes = Zeroizing::new([0u8; 32]);
        rng.fill_bytes(bytes.as_mut());
        BiometricSecret(bytes)
    }

    /// A secret of known bytes (tests, fixtures).
    pub fn from_bytes(bytes: [u8; 32]) -> BiometricSecret {
        BiometricSecret(Zeroizing::new(bytes))
    }

    /// 64 lowercase hex digits: how the phone's key store is handed the secret (it seals
    /// text).
    pub fn hex(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(64));
        for byte in self.0.iter() {
            out.push_str(&format!("{byte:02x}"));
        }
        out
    }

    /// The secret from the text the key store gave back. Anything but 64 hex digits is
    /// [`Error::Damaged`].
    pub fn from_hex(text: &str) -> Result<BiometricSecret, Error> {
        let damaged = || Error::Damaged {
            what: "secret from the phone's key store",
        };
        if text.len() != 64 || !text.is_ascii() {
            return Err(damaged());
        }
        let mut bytes = Zeroizing::new([0u8; 32]);
        for (n, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * n..2 * n + 2], 16).map_err(|_| damaged())?;
        }
        Ok(BiometricSecret(bytes))
    }

    fn wrapping_key(&self) -> Zeroizing<[u8; 32]> {
        let mut mac = <Blake2bMac<U32> as KeyInit>::new_from_slice(self.0.as_ref())
            .expect("32 bytes is a valid BLAKE2b key");
        mac.update(LABEL);
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&mac.finalize().into_bytes());
        key
    }
}

impl std::fmt::Debug for BiometricSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BiometricSecret(…)")
    }
}

/// A parsed second key slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BiometricSlot {
    beside: [u8; 16],
    nonce: [u8; 24],
    sealed: Vec<u8>,
    wrapped: [u8; WRAPPED_LEN],
}

impl BiometricSlot {
    /// Wraps `data_key` under `secret`, beside the key slot `passcode_slot`, keeping `sealed`
    /// (the key store's sealing of `secret`). `None` when `sealed` is empty or longer than
    /// [`MAX_SEALED`].
    pub fn seal(
        data_key: &DataKey,
        secret: &BiometricSecret,
        sealed: &[u8],
        passcode_slot: &KeySlot,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Option<BiometricSlot> {
        if sealed.is_empty() || sealed.len() > MAX_SEALED {
            return None;
        }
        let mut slot = BiometricSlot {
            beside: passcode_slot.salt(),
            nonce: [0; 24],
            sealed: sealed.to_vec(),
            wrapped: [0; WRAPPED_LEN],
        };
        rng.fill_bytes(&mut slot.nonce);
        let key = secret.wrapping_key();
        let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(key.as_ref()));
        let wrapped = cipher
            .encrypt(
                XNonce::from_slice(&slot.nonce),
                Payload {
                    msg: data_key.bytes(),
                    aad: &slot.header(),
                },
            )
            .expect("encrypting 32 bytes cannot fail");
        slot.wrapped.copy_from_slice(&wrapped);
        Some(slot)
    }

    /// Whether this slot was made beside `passcode_slot` (and not beside one since replaced).
    pub fn stands_beside(&self, passcode_slot: &KeySlot) -> bool {
        self.beside == passcode_slot.salt()
    }

    /// What the phone's key store sealed: handed back to it to open.
    pub fn sealed(&self) -> &[u8] {
        &self.sealed
    }

    /// The data key, if `secret` opens the slot.
    pub fn open(&self, secret: &BiometricSecret) -> Option<DataKey> {
        let key = secret.wrapping_key();
        let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(key.as_ref()));
        let plain = Zeroizing::new(
            cipher
                .decrypt(
                    XNonce::from_slice(&self.nonce),
                    Payload {
                        msg: &self.wrapped,
                        aad: &self.header(),
                    },
                )
                .ok()?,
        );
        let bytes: [u8; 32] = plain.as_slice().try_into().ok()?;
        Some(DataKey::from_bytes(bytes))
    }

    /// The file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.header();
        out.extend_from_slice(&self.wrapped);
        out
    }

    /// Parses a slot file. Checks the shape only; [`BiometricSlot::open`] checks the rest.
    pub fn decode(bytes: &[u8]) -> Option<BiometricSlot> {
        let rest = bytes.strip_prefix(MAGIC)?.strip_prefix(&[VERSION])?;
        let (beside, rest) = split::<16>(rest)?;
        let (nonce, rest) = split::<24>(rest)?;
        let (length, rest) = split::<2>(rest)?;
        let length = usize::from(u16::from_le_bytes(length));
        if length == 0 || length > MAX_SEALED || rest.len() != length + WRAPPED_LEN {
            return None;
        }
        let (sealed, wrapped) = rest.split_at(length);
        Some(BiometricSlot {
            beside,
            nonce,
            sealed: sealed.to_vec(),
            wrapped: wrapped.try_into().ok()?,
        })
    }

    /// The associated data: everything before the wrapped key.
    fn header(&self) -> Vec<u8> {
        let length = u16::try_from(self.sealed.len()).expect("at most MAX_SEALED");
        let mut out = Vec::with_capacity(8 + 1 + 16 + 24 + 2 + self.sealed.len() + WRAPPED_LEN);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&self.beside);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&length.to_le_bytes());
        out.extend_from_slice(&self.sealed);
        out
    }
}

/// The first `N` bytes as an array, and the rest.
fn split<const N: usize>(bytes: &[u8]) -> Option<([u8; N], &[u8])> {
    let (head, rest) = bytes.split_at_checked(N)?;
    Some((head.try_into().ok()?, rest))
}

impl Vault {
    /// The second key slot, if there is one standing beside the key slot as it is now.
    fn biometric_slot(&self) -> Option<BiometricSlot> {
        let bytes = std::fs::read(self.file(BIOMETRIC_SLOT_FILE)).ok()?;
        let slot = BiometricSlot::decode(&bytes)?;
        let passcode_slot = self.read_slot().ok()?;
        slot.stands_beside(&passcode_slot).then_some(slot)
    }

    /// Whether unlocking with a fingerprint or face is on: a second key slot stands beside the
    /// key slot.
    pub fn has_biometric_slot(&self) -> bool {
        self.biometric_slot().is_some()
    }

    /// What the phone's key store sealed, for it to open after the person's fingerprint or
    /// face (read while locked); `None` when there is no second key slot.
    pub fn biometric_sealed(&self) -> Option<Vec<u8>> {
        self.biometric_slot().map(|slot| slot.sealed)
    }

    /// Adds the second key slot (unlocked only): `passcode` must open the key slot (a wrong
    /// one counts against the back-off like any try); `secret` is the new secret and `sealed`
    /// the phone's key store's sealing of it.
    ///
    /// Errors: [`Error::Locked`], [`Error::WrongPasscode`], [`Error::TooManyAttempts`],
    /// [`Error::Invalid`] for a sealed secret that is empty or too long.
    pub fn add_biometric_slot(
        &mut self,
        passcode: &Passcode,
        secret: &BiometricSecret,
        sealed: &[u8],
        now: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<(), Error> {
        if self.unlocked.is_none() {
            return Err(Error::Locked);
        }
        let (passcode_slot, data_key) = self.open_slot(passcode, now)?;
        let slot = BiometricSlot::seal(&data_key, secret, sealed, &passcode_slot, rng)
            .ok_or_else(|| Error::invalid("the phone's key store gave back nothing usable"))?;
        write_atomically(&self.file(BIOMETRIC_SLOT_FILE), &slot.encode())
            .map_err(Error::io("second key slot"))
    }

    /// Removes the second key slot: unlocking with a fingerprint or face is off.
    pub fn remove_biometric_slot(&mut self) -> Result<(), Error> {
        match std::fs::remove_file(self.file(BIOMETRIC_SLOT_FILE)) {
            Ok(()) => crate::fs::sync_dir(&self.dir).map_err(Error::io("data folder")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io("second key slot")(e)),
        }
    }

    /// Unlocks with the secret the phone's key store gave back after the person's fingerprint
    /// or face, then as [`Vault::unlock`] (merge, auto-delete, the files read while locked).
    /// The back-off's count starts again, as after a right passcode.
    ///
    /// Errors: [`Error::NotFound`] when no second key slot stands beside the key slot;
    /// [`Error::Damaged`] when `secret` does not open it (it is removed: the passcode opens);
    /// those of [`Vault::unlock`] past the key slot.
    pub fn unlock_with_biometric(
        &mut self,
        secret: &BiometricSecret,
        now: DateTime<Utc>,
    ) -> Result<MergeReport, Error> {
        if self.status() != VaultStatus::Locked {
            return self.unlock_not_locked();
        }
        self.finish_interrupted_rekey()?;
        let not_found = Error::NotFound {
            what: "fingerprint or face unlock",
        };
        let slot = self.biometric_slot().ok_or(not_found)?;
        let passcode_slot = self.read_slot()?;
        let Some(data_key) = slot.open(secret) else {
            self.remove_biometric_slot()?;
            return Err(Error::Damaged {
                what: "second key slot (it was removed; the passcode opens)",
            });
        };
        self.attempts().succeeded()?;
        self.unlock_with_key(&passcode_slot, &data_key, now)
    }
}
