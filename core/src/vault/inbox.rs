//! The inbox: what was recorded while the vault was locked.
//!
//! Each record is sealed to the inbox's X25519 public key (an anonymous "sealed box": X25519,
//! XSalsa20-Poly1305, from `crypto_box`), so it can be written without the passcode and read only
//! with the secret key, which lives inside the encrypted database. Records are padded to a
//! multiple of 256 bytes so their sizes say little about what they hold.
//!
//! **One file per record**, in the `sealed` folder, each written whole or not at all (a temp
//! file, synced, renamed, the folder synced) before the person is told "Saved privately". A kill
//! or a full disk can then cost only the record being written, which was never acknowledged, and
//! no damaged file can make another unreadable: there is nothing to resynchronise. (The previous
//! version appended frames to one `inbox` file, where one torn frame hid every later one; that
//! file is still read, resynchronising on whole records, see [`legacy_records`].)
//!
//! Every record carries a random id, so merging it into the database is idempotent: a merge
//! interrupted by a crash can simply run again. A record that cannot be opened, or that fails
//! the checks a direct write gets, is moved to `sealed/kept-aside` and never deleted.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crypto_box::{PublicKey, SecretKey};
use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use super::{record::RecordV1, Vault};
use crate::{
    fs::{sync_dir, write_atomically},
    model::{LockedEntry, RecordId},
    Error,
};

/// The inbox's folder in the data folder: one file per record saved while locked.
pub const SEALED_DIR: &str = "sealed";
/// The previous version's single inbox file, still read and merged.
pub const LEGACY_INBOX_FILE: &str = "inbox";

impl Vault {
    /// This vault's inbox: its folder, and the previous version's file beside it.
    pub(super) fn inbox(&self) -> Inbox {
        Inbox::at(&self.file(SEALED_DIR), &self.file(LEGACY_INBOX_FILE))
    }
}

const RECORD_VERSION: u8 = 1;
const PAD_TO: usize = 256;
/// What sealing adds to the padded plaintext: the ephemeral public key and the tag.
const SEAL_OVERHEAD: usize = 32 + 16;
/// The most one sealed record may hold. A longer one is refused before it is saved, and a longer
/// file is not a record.
pub const MAX_RECORD: usize = 1 << 20;
/// The largest previous version's inbox file that is read (16 MiB, some fifty thousand taps):
/// a larger one is kept aside unread.
pub const MAX_LEGACY_INBOX_BYTES: usize = 16 << 20;
/// The most records taken from the previous version's inbox file (far more than anyone taps
/// between two unlocks); a file with more is kept aside, none of it merged.
pub const MAX_LEGACY_INBOX_RECORDS: usize = 10_000;
/// The most places in that file that look like the start of a record but do not open (each
/// costs an X25519 and a MAC over up to a mebibyte): a torn record makes one, so a file with
/// more was not written by the app, and is kept aside.
const MAX_LEGACY_MISSES: usize = 1_000;
/// The extension of a record's file.
const RECORD_EXT: &str = "rec";
/// The folder, inside the inbox's, where records that could not be merged are kept.
const ASIDE_DIR: &str = "kept-aside";

/// Whether `public_key` can be sealed to: a point of which only the holder of its secret key
/// can open what is sealed. All zeros and the other points of small order are not (the shared
/// secret would be the same for everyone: all zeros), whatever encoding they come in.
pub fn usable_public_key(public_key: &[u8; 32]) -> bool {
    // Clamping makes any scalar a multiple of 8, which sends exactly the points of order 1, 2,
    // 4 or 8 (on the curve or its twist) to the identity, encoded as zeros.
    const ANY_SCALAR: [u8; 32] = [0x5a; 32];
    let shared = curve25519_dalek::montgomery::MontgomeryPoint(*public_key).mul_clamped(ANY_SCALAR);
    shared.0 != [0u8; 32]
}

/// Seals one record: the bytes of one record's file.
pub fn seal_record(
    public_key: &[u8; 32],
    id: RecordId,
    entry: &LockedEntry,
    rng: &mut (impl RngCore + CryptoRng),
) -> Vec<u8> {
    let record = RecordV1::from(entry);
    // The plaintext is written into one buffer of its final size, measured first: a buffer
    // that grew would leave its earlier copies behind, freed but not wiped.
    let mut measure = Measure(0);
    serde_json::to_writer(&mut measure, &record).expect("records serialise");
    let json_len = measure.0;
    let padded = (HEADER_LEN + json_len).div_ceil(PAD_TO) * PAD_TO;
    let mut plain = Zeroizing::new(Vec::with_capacity(padded));
    plain.push(RECORD_VERSION);
    plain.extend_from_slice(&id.0);
    plain.extend_from_slice(&(json_len as u32).to_le_bytes());
    serde_json::to_writer(&mut *plain, &record).expect("records serialise");
    plain.resize(padded, 0);
    PublicKey::from(*public_key)
        .seal(rng, &plain)
        .expect("sealing cannot fail")
}

/// The plaintext's header: the version, the record's id and the length of its JSON.
const HEADER_LEN: usize = 1 + 16 + 4;

/// Counts the bytes written to it, and keeps none.
struct Measure(usize);

impl std::io::Write for Measure {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Opens one sealed record. Any altered byte, or a record that does not decode, makes it fail.
pub fn open_record(secret_key: &SecretKey, sealed: &[u8]) -> Option<(RecordId, LockedEntry)> {
    if sealed.len() > MAX_RECORD {
        return None;
    }
    let plain = Zeroizing::new(secret_key.unseal(sealed).ok()?);
    decode_plain(&plain)
}

/// Reads a record's plaintext once unsealed: version, id, length, JSON, padding. Public only
/// for the fuzz target (`fuzz/`), which cannot forge a sealed box to reach this code.
#[doc(hidden)]
pub fn decode_plain(plain: &[u8]) -> Option<(RecordId, LockedEntry)> {
    if plain.len() < HEADER_LEN || plain[0] != RECORD_VERSION {
        return None;
    }
    let id = RecordId(plain[1..17].try_into().ok()?);
    let len = u32::from_le_bytes(plain[17..21].try_into().ok()?) as usize;
    let json = plain.get(HEADER_LEN..HEADER_LEN.checked_add(len)?)?;
    let record: RecordV1 = serde_json::from_slice(json).ok()?;
    Some((id, LockedEntry::try_from(record).ok()?))
}

/// The records in the previous version's single `inbox` file: 4-byte little-endian lengths,
/// each followed by that many sealed bytes. A torn frame (a kill during an append) is skipped by
/// looking for the next place where a whole record opens, so the records after it are kept.
/// Says too whether any bytes were left over (damage).
///
/// The file is untrusted: one over [`MAX_LEGACY_INBOX_BYTES`], with more than
/// [`MAX_LEGACY_INBOX_RECORDS`] records, or with more places that look like a record but do not
/// open than a torn append leaves, gives no records at all and counts as damage (the caller
/// keeps it aside), so it can cost neither memory nor much work.
pub fn legacy_records(
    secret_key: &SecretKey,
    bytes: &[u8],
) -> (Vec<(RecordId, LockedEntry)>, bool) {
    const REFUSED: (Vec<(RecordId, LockedEntry)>, bool) = (Vec::new(), true);
    if bytes.len() > MAX_LEGACY_INBOX_BYTES {
        return REFUSED;
    }
    let mut records = Vec::new();
    let mut damaged = false;
    let mut misses = 0;
    let mut at = 0;
    while at < bytes.len() {
        match legacy_frame_at(secret_key, &bytes[at..]) {
            Frame::Record(record, used) => {
                if records.len() == MAX_LEGACY_INBOX_RECORDS {
                    return REFUSED;
                }
                records.push(record);
                at += used;
            }
            Frame::DoesNotOpen if misses == MAX_LEGACY_MISSES => return REFUSED,
            miss => {
                misses += usize::from(matches!(miss, Frame::DoesNotOpen));
                damaged = true;
                at += 1;
            }
        }
    }
    (records, damaged)
}

/// What is at a place in the previous version's inbox file.
enum Frame {
    /// A whole record, and the bytes its frame takes.
    Record((RecordId, LockedEntry), usize),
    /// Nothing that can be a record: no length a record can have (cheap to tell).
    Nothing,
    /// A length a record can have, over bytes that do not open as one (the costly case).
    DoesNotOpen,
}

/// The record framed at the start of `bytes`.
fn legacy_frame_at(secret_key: &SecretKey, bytes: &[u8]) -> Frame {
    let Some(len) = bytes.get(..4) else {
        return Frame::Nothing;
    };
    let len = u32::from_le_bytes(len.try_into().expect("4 bytes")) as usize;
    // Every sealed record is a whole number of padding blocks plus the seal: anything else is
    // not the start of a frame, which keeps the search cheap.
    if !(SEAL_OVERHEAD + PAD_TO..=MAX_RECORD).contains(&len)
        || !(len - SEAL_OVERHEAD).is_multiple_of(PAD_TO)
    {
        return Frame::Nothing;
    }
    let Some(body) = bytes.get(4..4 + len) else {
        return Frame::Nothing;
    };
    match open_record(secret_key, body) {
        Some(record) => Frame::Record(record, 4 + len),
        None => Frame::DoesNotOpen,
    }
}

/// The name of one sealed record's file in the inbox: 32 lowercase hex digits, checked
/// whenever it is read back (it crosses the web view), so it can name nothing else.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SealedFile(String);

impl TryFrom<String> for SealedFile {
    type Error = &'static str;
    fn try_from(name: String) -> Result<Self, Self::Error> {
        let hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
        if name.len() == 32 && name.chars().all(hex) {
            Ok(SealedFile(name))
        } else {
            Err("not a sealed record's name")
        }
    }
}

impl From<SealedFile> for String {
    fn from(file: SealedFile) -> String {
        file.0
    }
}

/// One file found in the inbox, not yet opened.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The inbox's folder in the data folder (and the previous version's file beside it).
#[derive(Debug, Clone)]
pub struct Inbox {
    dir: PathBuf,
    legacy: PathBuf,
}

impl Inbox {
    pub fn at(dir: &Path, legacy: &Path) -> Inbox {
        Inbox {
            dir: dir.to_owned(),
            legacy: legacy.to_owned(),
        }
    }

    /// Saves one sealed record as its own file and waits until it is on disk. A record over
    /// [`MAX_RECORD`] is refused, with nothing written.
    /// Returns the file's name, which [`Inbox::remove_sealed`] takes to undo it.
    pub fn append(&self, sealed: &[u8], rng: &mut impl RngCore) -> Result<SealedFile, Error> {
        if sealed.len() > MAX_RECORD {
            return Err(Error::invalid(
                "this is too long to keep while the app is locked; please unlock to save it",
            ));
        }
        if !self.dir.is_dir() {
            fs::create_dir_all(&self.dir).map_err(Error::io("inbox"))?;
            // A new folder's name is durable only once its parent is synced too.
            sync_dir(self.dir.parent().unwrap_or(Path::new("."))).map_err(Error::io("inbox"))?;
        }
        let path = loop {
            let mut name = [0u8; 16];
            rng.fill_bytes(&mut name);
            let name: String = name.iter().map(|b| format!("{b:02x}")).collect();
            let path = self.dir.join(&name).with_extension(RECORD_EXT);
            if !path.exists() {
                break (path, name);
            }
        };
        write_atomically(&path.0, sealed).map_err(Error::io("inbox"))?;
        Ok(SealedFile(path.1))
    }

    /// Removes one record not yet merged (a tap undone while locked). `NotFound` if it is not
    /// there any more (merged at an unlock since, or removed already).
    pub fn remove_sealed(&self, file: &SealedFile) -> Result<(), Error> {
        let path = self.dir.join(&file.0).with_extension(RECORD_EXT);
        match fs::remove_file(&path) {
            Ok(()) => self.sync(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(Error::NotFound { what: "tap" })
            }
            Err(e) => Err(Error::io("inbox")(e)),
        }
    }

    /// Every record file waiting to be merged, and the previous version's file if there is one.
    /// Temp files left by a write that never finished (never acknowledged) are removed.
    pub fn read(&self) -> Result<(Vec<Found>, Option<Found>), Error> {
        let mut found = Vec::new();
        match fs::read_dir(&self.dir) {
            Ok(entries) => {
                for entry in entries {
                    let path = entry.map_err(Error::io("inbox"))?.path();
                    if !path.is_file() {
                        continue;
                    }
                    if path.extension().is_some_and(|e| e == "tmp") {
                        fs::remove_file(&path).map_err(Error::io("inbox"))?;
                        continue;
                    }
                    found.push(Found {
                        bytes: read_at_most(&path, MAX_RECORD).map_err(Error::io("inbox"))?,
                        path,
                    });
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io("inbox")(e)),
        }
        found.sort_by(|a, b| a.path.cmp(&b.path));
        // No more than one byte past the cap: a larger file is refused unread.
        let legacy = match read_at_most(&self.legacy, MAX_LEGACY_INBOX_BYTES) {
            Ok(bytes) => Some(Found {
                path: self.legacy.clone(),
                bytes,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io("inbox")(e)),
        };
        Ok((found, legacy))
    }

    /// Removes merged records' files (their records are safely in the database).
    pub fn remove(&self, paths: &[PathBuf]) -> Result<(), Error> {
        for path in paths {
            remove_if_there(path)?;
        }
        if !paths.is_empty() {
            // The folder goes too once nothing is left in it (an error means something is).
            let _ = fs::remove_dir(&self.dir);
            self.sync()?;
        }
        Ok(())
    }

    /// Moves a file that could not be merged to the kept-aside folder, never deleting it.
    pub fn keep_aside(&self, path: &Path) -> Result<(), Error> {
        let aside = self.dir.join(ASIDE_DIR);
        fs::create_dir_all(&aside).map_err(Error::io("inbox"))?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_else(|| "record".into());
        let mut target = aside.join(&name);
        let mut n = 1;
        while target.exists() {
            target = aside.join(format!("{name}.{n}"));
            n += 1;
        }
        fs::rename(path, &target).map_err(Error::io("inbox"))?;
        sync_dir(&aside).map_err(Error::io("inbox"))?;
        self.sync()
    }

    /// The files kept aside so far.
    pub fn kept_aside(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = fs::read_dir(self.dir.join(ASIDE_DIR))
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        paths.sort();
        paths
    }

    /// Empties the inbox: every record, the kept-aside ones and the previous version's file.
    pub fn clear(&self) -> Result<(), Error> {
        match fs::remove_dir_all(&self.dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io("inbox")(e)),
        }
        remove_if_there(&self.legacy)?;
        self.sync()
    }

    fn sync(&self) -> Result<(), Error> {
        let parent = self.legacy.parent().unwrap_or(Path::new("."));
        if self.dir.is_dir() {
            sync_dir(&self.dir).map_err(Error::io("inbox"))?;
        }
        sync_dir(parent).map_err(Error::io("inbox"))
    }
}

fn remove_if_there(path: &Path) -> Result<(), Error> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("inbox")(e)),
    }
}

/// A file's bytes, but no more than `limit + 1` of them: a larger file is not what it should
/// be, and reading all of it would only cost memory.
fn read_at_most(path: &Path, limit: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    fs::File::open(path).and_then(|f| f.take(limit as u64 + 1).read_to_end(&mut bytes))?;
    Ok(bytes)
}
