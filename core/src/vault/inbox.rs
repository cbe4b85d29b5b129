//! The inbox: what was recorded while the vault was locked.
//!
//! Each record is sealed to the inbox's X25519 public key (an anonymous "sealed box": X25519,
//! XSalsa20-Poly1305, from `crypto_box`), so it can be written without the passcode and read only
//! with the secret key, which lives inside the encrypted database. Records are padded to a
//! multiple of 256 bytes so their sizes say little about what they hold.
//!
//! The file is a sequence of frames: a 4-byte little-endian length, then that many sealed
//! bytes. A frame cut short by a crash is ignored. Every record carries a random id, so merging
//! it into the database is idempotent: a merge interrupted by a crash can simply run again.

use std::{
    fs::{self, OpenOptions},
    io::Write,
    path::{Path, PathBuf},
};

use crypto_box::{PublicKey, SecretKey};
use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use super::record::RecordV1;
use crate::{
    model::{LockedEntry, RecordId},
    Error,
};

const RECORD_VERSION: u8 = 1;
const PAD_TO: usize = 256;
/// The most one sealed frame may hold; a longer length prefix means damage.
const MAX_FRAME: usize = 1 << 20;

/// Seals one record: the bytes of one frame's body.
pub fn seal_record(
    public_key: &[u8; 32],
    id: RecordId,
    entry: &LockedEntry,
    rng: &mut (impl RngCore + CryptoRng),
) -> Vec<u8> {
    let json =
        Zeroizing::new(serde_json::to_vec(&RecordV1::from(entry)).expect("records serialise"));
    let mut plain = Zeroizing::new(Vec::with_capacity(json.len() + 32));
    plain.push(RECORD_VERSION);
    plain.extend_from_slice(&id.0);
    plain.extend_from_slice(&(json.len() as u32).to_le_bytes());
    plain.extend_from_slice(&json);
    let padded = plain.len().div_ceil(PAD_TO) * PAD_TO;
    plain.resize(padded, 0);
    PublicKey::from(*public_key)
        .seal(rng, &plain)
        .expect("sealing cannot fail")
}

/// Opens one sealed record. Any altered byte, or a record that does not decode, makes it fail.
pub fn open_record(secret_key: &SecretKey, sealed: &[u8]) -> Option<(RecordId, LockedEntry)> {
    let plain = Zeroizing::new(secret_key.unseal(sealed).ok()?);
    decode_plain(&plain)
}

/// Reads a record's plaintext once unsealed: version, id, length, JSON, padding. Public only
/// for the fuzz target (`fuzz/`), which cannot forge a sealed box to reach this code.
#[doc(hidden)]
pub fn decode_plain(plain: &[u8]) -> Option<(RecordId, LockedEntry)> {
    if plain.len() < 21 || plain[0] != RECORD_VERSION {
        return None;
    }
    let id = RecordId(plain[1..17].try_into().ok()?);
    let len = u32::from_le_bytes(plain[17..21].try_into().ok()?) as usize;
    let json = plain.get(21..21 + len)?;
    let record: RecordV1 = serde_json::from_slice(json).ok()?;
    Some((id, LockedEntry::try_from(record).ok()?))
}

/// Splits a file into frame bodies. A torn last frame is dropped.
pub fn frames(bytes: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = bytes;
    while rest.len() >= 4 {
        let len = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes")) as usize;
        if len > MAX_FRAME || rest.len() < 4 + len {
            break;
        }
        out.push(&rest[4..4 + len]);
        rest = &rest[4 + len..];
    }
    out
}

/// The inbox file in the data folder.
#[derive(Debug, Clone)]
pub struct Inbox {
    path: PathBuf,
}

impl Inbox {
    pub fn at(path: &Path) -> Inbox {
        Inbox {
            path: path.to_owned(),
        }
    }

    /// Appends one sealed record and waits until it is on disk.
    pub fn append(&self, sealed: &[u8]) -> Result<(), Error> {
        let mut frame = Vec::with_capacity(sealed.len() + 4);
        frame.extend_from_slice(&(sealed.len() as u32).to_le_bytes());
        frame.extend_from_slice(sealed);
        let created = !self.path.exists();
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(Error::io("inbox"))?;
        file.write_all(&frame).map_err(Error::io("inbox"))?;
        file.sync_all().map_err(Error::io("inbox"))?;
        if created {
            // A new file's name is durable only once its folder is synced too.
            let folder = self.path.parent().unwrap_or(Path::new("."));
            crate::fs::sync_dir(folder).map_err(Error::io("inbox"))?;
        }
        Ok(())
    }

    /// Every sealed frame in the file; none if there is no file.
    pub fn read(&self) -> Result<Vec<Vec<u8>>, Error> {
        match fs::read(&self.path) {
            Ok(bytes) => Ok(frames(&bytes).into_iter().map(<[u8]>::to_vec).collect()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(Error::io("inbox")(e)),
        }
    }

    /// Empties the inbox once its records are safely in the database.
    pub fn clear(&self) -> Result<(), Error> {
        match fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io("inbox")(e)),
        }
    }
}
