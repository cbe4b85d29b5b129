//! Files the app reads while it is locked, and how it knows they are its own.
//!
//! While locked, the app reads a few files it cannot decrypt-check: the inbox's public key in the
//! key slot (what taps and check-ins are sealed to), the reminder schedule (what the timer fires)
//! and `locked-tiles` (what Home shows). Anyone who can write the data folder could change them,
//! so each is *vouched for*: a keyed BLAKE2b-256 tag over the file's name and bytes, under a
//! [`VouchKey`]. One mechanism for every such file, so a new one only picks a name.
//!
//! **Which key.** Where the vault is tied to this device, the key comes from the device's secret
//! in the platform's key store ([`VouchKey::of_device`]): the app holds it from a cold start, as
//! soon as the key store answers. Where it is not (no key store at set-up), the key comes from
//! the data key ([`VouchKey::of_vault`]): the app holds it from the first unlock or set-up of the
//! running process, and keeps it while locked until the process ends. Nothing else on disk can
//! stand in for either.
//!
//! **What is trusted** ([`Opened`]). With a key in hand, a file is used while locked only if its
//! tag checks under it ([`Opened::for_locked_use`]); a tag that does not check is [`Opened::Altered`]:
//! refused, reported, and written again from the store at the next unlock. Without one (a cold
//! start of a vault not tied to this device, or a key store that does not answer) nothing in
//! the folder can be checked, and the file is used as [`Opened::Unchecked`], within the limits its
//! reader sets. What an unlock takes into the store from such a file (the schedule's marks and
//! due minutes planned while locked) is taken unless altered ([`Opened::for_taking_in`]): no
//! more trusted than a record sealed to the inbox, which anyone may add and which is checked
//! like a direct write.
//!
//! **The envelope** of a vouched file (all but the key slot, whose format has its tag inside):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `AFTRVOUC` |
//! | 1 | version (1) |
//! | 1 | the key that made the tag: 0 none (written where no key was at hand), 1 this device's, 2 the vault's |
//! | 32 | the tag (zeros when made by none) |
//! | rest | the file's own format |
//!
//! The tag is BLAKE2b-256 keyed with the vouch key over a label, the file's name, the key byte
//! and the rest: a tag made for one file never stands for another.

use blake2::{
    digest::{consts::U32, Mac},
    Blake2bMac,
};
use zeroize::Zeroizing;

use super::DeviceSecret;
use crate::store::DataKey;

const MAGIC: &[u8; 8] = b"AFTRVOUC";
const VERSION: u8 = 1;
const TAG_LEN: usize = 32;
/// The envelope's bytes before the file's own.
pub const HEADER_LEN: usize = 8 + 1 + 1 + TAG_LEN;
/// Says what a tag is for, so the same key can never be made to vouch for anything else.
const TAG_LABEL: &[u8] = b"aftercare vouched file v1\0";
const DEVICE_LABEL: &[u8] = b"aftercare: files read while locked, vouched for by this device";
const VAULT_LABEL: &[u8] = b"aftercare: files read while locked, vouched for by this vault";

/// Which key made a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// No key was at hand: the file carries no tag.
    Nobody,
    /// The key from this device's secret.
    Device,
    /// The key from the data key.
    Vault,
}

impl By {
    fn code(self) -> u8 {
        match self {
            By::Nobody => 0,
            By::Device => 1,
            By::Vault => 2,
        }
    }

    fn from_code(code: u8) -> Option<By> {
        match code {
            0 => Some(By::Nobody),
            1 => Some(By::Device),
            2 => Some(By::Vault),
            _ => None,
        }
    }
}

/// The key that vouches for the files read while locked. Zeroed when dropped; never logged.
pub struct VouchKey {
    by: By,
    key: Zeroizing<[u8; 32]>,
}

impl VouchKey {
    /// The key of a vault tied to this device: from the device's secret.
    pub fn of_device(device: &DeviceSecret) -> VouchKey {
        VouchKey {
            by: By::Device,
            key: derive(device.bytes(), DEVICE_LABEL),
        }
    }

    /// The key of a vault not tied to this device: from its data key.
    pub(crate) fn of_vault(data_key: &DataKey) -> VouchKey {
        VouchKey {
            by: By::Vault,
            key: derive(data_key.bytes(), VAULT_LABEL),
        }
    }

    /// Which key this is.
    pub fn by(&self) -> By {
        self.by
    }

    /// The tag of `body` as the file `file`.
    pub(crate) fn tag(&self, file: &str, body: &[u8]) -> [u8; TAG_LEN] {
        self.mac(file, body).finalize().into_bytes().into()
    }

    /// Whether `tag` is this key's tag of `body` as `file` (compared in constant time).
    fn checks(&self, file: &str, body: &[u8], tag: &[u8]) -> bool {
        self.mac(file, body).verify_slice(tag).is_ok()
    }

    fn mac(&self, file: &str, body: &[u8]) -> Blake2bMac<U32> {
        let mut mac = <Blake2bMac<U32> as blake2::digest::KeyInit>::new_from_slice(&self.key[..])
            .expect("32 bytes is a valid BLAKE2b key");
        mac.update(TAG_LABEL);
        mac.update(file.as_bytes());
        mac.update(&[0, self.by.code()]);
        mac.update(body);
        mac
    }
}

impl std::fmt::Debug for VouchKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "VouchKey({:?}, …)", self.by)
    }
}

fn derive(secret: &[u8], label: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut mac = <Blake2bMac<U32> as blake2::digest::KeyInit>::new_from_slice(secret)
        .expect("32 bytes is a valid BLAKE2b key");
    mac.update(label);
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&mac.finalize().into_bytes());
    key
}

/// What a vouched file turned out to be; `T` is its own format's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened<T> {
    /// Its tag checks under the key in hand.
    Vouched(T),
    /// No key in hand could check it: none was at hand, or it was made where none was, or by
    /// another kind of key than the one in hand.
    Unchecked(T),
    /// Bytes without the envelope: the file as the version before this one wrote it.
    Plain(T),
    /// Its tag does not check under the key in hand, it is larger than its reader allows, or it
    /// is not an envelope of a known version: changed since it was written, or damaged.
    Altered,
}

impl<T> Opened<T> {
    /// What may be used while locked (the timer, Home, sealing): with a key in hand, only what
    /// it vouches for; without one, whatever is not altered (nothing can be checked).
    pub fn for_locked_use(self, key_in_hand: bool) -> Option<T> {
        match self {
            Opened::Vouched(body) => Some(body),
            Opened::Unchecked(body) | Opened::Plain(body) if !key_in_hand => Some(body),
            _ => None,
        }
    }

    /// What an unlock may take into the store: anything but an altered file.
    pub fn for_taking_in(self) -> Option<T> {
        match self {
            Opened::Vouched(body) | Opened::Unchecked(body) | Opened::Plain(body) => Some(body),
            Opened::Altered => None,
        }
    }

    /// Whether it was changed since it was written (see [`Opened::Altered`]).
    pub fn is_altered(&self) -> bool {
        matches!(self, Opened::Altered)
    }

    /// The same, holding `f` of what it holds.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Opened<U> {
        match self {
            Opened::Vouched(body) => Opened::Vouched(f(body)),
            Opened::Unchecked(body) => Opened::Unchecked(f(body)),
            Opened::Plain(body) => Opened::Plain(f(body)),
            Opened::Altered => Opened::Altered,
        }
    }
}

/// The file `file`'s bytes for `body`: vouched for by `key`, or by nobody without one.
pub fn seal(key: Option<&VouchKey>, file: &str, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    match key {
        Some(key) => {
            out.push(key.by.code());
            out.extend_from_slice(&key.tag(file, body));
        }
        None => {
            out.push(By::Nobody.code());
            out.extend_from_slice(&[0; TAG_LEN]);
        }
    }
    out.extend_from_slice(body);
    out
}

/// Reads the file `file`'s bytes with the key in hand, if any (see [`Opened`]).
pub fn open<'a>(key: Option<&VouchKey>, file: &str, bytes: &'a [u8]) -> Opened<&'a [u8]> {
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Opened::Plain(bytes);
    };
    let Some((&VERSION, rest)) = rest.split_first() else {
        return Opened::Altered;
    };
    let Some((by, rest)) = rest
        .split_first()
        .and_then(|(&code, rest)| Some((By::from_code(code)?, rest)))
    else {
        return Opened::Altered;
    };
    if rest.len() < TAG_LEN {
        return Opened::Altered;
    }
    let (tag, body) = rest.split_at(TAG_LEN);
    check(key, by, file, body, tag).map(|()| body)
}

/// Whether `tag`, made by `by`, vouches for `body` as the file `file` under the key in hand:
/// for a format that carries its tag inside (the key slot).
pub fn check(key: Option<&VouchKey>, by: By, file: &str, body: &[u8], tag: &[u8]) -> Opened<()> {
    match key {
        Some(key) if by == key.by => {
            if key.checks(file, body, tag) {
                Opened::Vouched(())
            } else {
                Opened::Altered
            }
        }
        // Made by nobody, or by another kind of key: nothing here can check it.
        _ => Opened::Unchecked(()),
    }
}

/// Reads the vouched file at `path`, named `file`, with the key in hand: `None` when there is
/// no such file; one of more than `limit` bytes is [`Opened::Altered`] (and not read whole).
pub(crate) fn read(
    path: &std::path::Path,
    file: &str,
    limit: usize,
    key: Option<&VouchKey>,
) -> std::io::Result<Option<Opened<Vec<u8>>>> {
    let Some(bytes) = read_at_most(path, HEADER_LEN + limit)? else {
        return Ok(None);
    };
    if bytes.len() > HEADER_LEN + limit {
        return Ok(Some(Opened::Altered));
    }
    Ok(Some(open(key, file, &bytes).map(<[u8]>::to_vec)))
}

/// A file's bytes, but no more than `limit + 1` of them: a larger file is not ours, and
/// reading all of it would only cost memory. `None` when there is no such file.
fn read_at_most(path: &std::path::Path, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    match std::fs::File::open(path) {
        Ok(file) => {
            file.take(limit as u64 + 1).read_to_end(&mut bytes)?;
            Ok(Some(bytes))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}
