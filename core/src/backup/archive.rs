//! The backup file itself: a tar stream inside an age file, written and read as streams.

use std::{
    cell::RefCell,
    collections::HashSet,
    fs::File,
    io::{self, BufReader, BufWriter, Read},
    iter,
    path::Path,
};

use age::{
    scrypt,
    secrecy::{ExposeSecret, SecretString},
    DecryptError, EncryptError,
};
use age_core::format::{FileKey, Stanza};
use chrono::{DateTime, Utc};

use super::{
    contents::{Digest64, Hashing},
    BackupContents, BackupKey, Progress, MAX_BACKUP_BYTES, MAX_WORK_FACTOR,
};
use crate::{store::backup::Snapshot, vault::Passcode, Error};

/// How every age file starts.
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// The passphrase as age takes it: the passcode's NFC form, so a passphrase typed on another
/// device (or keyboard) with the same characters opens it.
pub(super) fn secret(passphrase: &Passcode) -> SecretString {
    let bytes = passphrase.normalized();
    SecretString::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// How far into the file the age header must end: ours is one scrypt stanza, about 150 bytes.
const HEADER_MAX: usize = 1024;

/// Reads the age header at the start of a file before age does any work with it: an age file
/// whose header ends within [`HEADER_MAX`] and whose scrypt stanzas ask for no more than
/// [`MAX_WORK_FACTOR`]. Anything else is not a backup of ours ([`Error::NotABackup`]): the
/// app never writes it, and opening it could cost gigabytes of memory.
fn check_header(head: &[u8]) -> Result<(), Error> {
    if !head.starts_with(AGE_MAGIC) {
        return Err(Error::NotABackup);
    }
    let end = head
        .windows(4)
        .position(|w| w == b"\n---")
        .ok_or(Error::NotABackup)?;
    let header = std::str::from_utf8(&head[..end]).map_err(|_| Error::NotABackup)?;
    for stanza in header.lines().filter_map(|l| l.strip_prefix("-> scrypt ")) {
        let work = stanza.rsplit(' ').next().and_then(|n| n.parse::<u8>().ok());
        if work.is_none_or(|work| work > MAX_WORK_FACTOR) {
            return Err(Error::NotABackup);
        }
    }
    Ok(())
}

/// The age header's one stanza, and the file key it wraps, as they were written: what reading
/// the file back checks it against ([`read_back`]).
pub(super) struct Written {
    stanza: Stanza,
    file_key: FileKey,
}

/// age's passphrase recipient, keeping a copy of the file key it is given and of the stanza it
/// makes, for the read-back.
struct Keeping<'a> {
    inner: &'a scrypt::Recipient,
    kept: RefCell<Option<Written>>,
}

impl age::Recipient for Keeping<'_> {
    fn wrap_file_key(
        &self,
        file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), EncryptError> {
        let (stanzas, labels) = self.inner.wrap_file_key(file_key)?;
        if let [stanza] = stanzas.as_slice() {
            *self.kept.borrow_mut() = Some(Written {
                stanza: Stanza {
                    tag: stanza.tag.clone(),
                    args: stanza.args.clone(),
                    body: stanza.body.clone(),
                },
                file_key: FileKey::init_with_mut(|k| k.copy_from_slice(file_key.expose_secret())),
            });
        }
        Ok((stanzas, labels))
    }
}

/// Starts an age file locked with the passphrase in `file`: the header, after the passphrase is
/// stretched (scrypt at the key's work factor, the long part of a backup). Returns the writer
/// for what goes inside, and what the header holds.
pub(super) fn start(
    file: File,
    key: BackupKey<'_>,
) -> Result<(age::stream::StreamWriter<BufWriter<File>>, Written), Error> {
    let mut recipient = scrypt::Recipient::new(secret(key.passphrase));
    recipient.set_work_factor(key.work.0);
    let keeping = Keeping {
        inner: &recipient,
        kept: RefCell::new(None),
    };
    let encryptor = age::Encryptor::with_recipients(iter::once(&keeping as &dyn age::Recipient))
        .expect("one passphrase recipient is a valid set");
    let out = encryptor
        .wrap_output(BufWriter::new(file))
        .map_err(Error::io("backup"))?;
    let written = keeping
        .kept
        .into_inner()
        .expect("age's passphrase recipient makes one stanza");
    Ok((out, written))
}

/// Writes the backup into `out` (from [`start`]) as a stream and makes it durable; returns the
/// digest of the tar stream inside.
pub(super) fn write(
    out: age::stream::StreamWriter<BufWriter<File>>,
    snapshot: &Snapshot,
    readme: &str,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Digest64, Error> {
    let io = Error::io("backup");
    let hashing = super::contents::write_tar(Hashing::new(out), snapshot, readme, now, progress)
        .map_err(&io)?;
    let (out, digest) = hashing.finish();
    let file = out
        .finish()
        .map_err(&io)?
        .into_inner()
        .map_err(|e| io(e.into_error()))?;
    file.sync_all().map_err(&io)?;
    Ok(digest)
}

/// The read-back's key: it opens the file just written when its header holds exactly the
/// stanza written, and then gives the file key that was wrapped in it. So the passphrase is
/// stretched once per backup, not twice, and age still checks the header's MAC and every
/// chunk of the file on disk with that key.
impl age::Identity for Written {
    fn unwrap_stanza(&self, stanza: &Stanza) -> Option<Result<FileKey, DecryptError>> {
        let same = stanza.tag == self.stanza.tag
            && stanza.args == self.stanza.args
            && stanza.body == self.stanza.body;
        same.then(|| {
            Ok(FileKey::init_with_mut(|k| {
                k.copy_from_slice(self.file_key.expose_secret())
            }))
        })
    }
}

/// Opens, decrypts and parses a backup; also returns the digest of the tar stream inside.
pub(super) fn read(
    path: &Path,
    passphrase: &Passcode,
    progress: &mut dyn FnMut(Progress),
) -> Result<(BackupContents, Digest64), Error> {
    let mut identity = scrypt::Identity::new(secret(passphrase));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    read_with(path, &identity, progress)
}

/// Reads a backup just written back from the disk, as [`read`] does, with the key its header
/// was written with (see [`Written`]).
pub(super) fn read_back(
    path: &Path,
    written: &Written,
) -> Result<(BackupContents, Digest64), Error> {
    read_with(path, written, &mut |_| {})
}

fn read_with(
    path: &Path,
    identity: &dyn age::Identity,
    progress: &mut dyn FnMut(Progress),
) -> Result<(BackupContents, Digest64), Error> {
    let file = File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::NotFound {
            what: "backup file",
        },
        _ => Error::io("backup")(e),
    })?;
    // Before any work: the size, then the header (the scrypt work it asks for).
    let size = file.metadata().map_err(Error::io("backup"))?.len();
    if size > MAX_BACKUP_BYTES {
        return Err(Error::NotABackup);
    }
    let mut head = Vec::new();
    (&file)
        .take(HEADER_MAX as u64)
        .read_to_end(&mut head)
        .map_err(Error::io("backup"))?;
    check_header(&head)?;
    let reader = BufReader::new(io::Cursor::new(head).chain(file));
    let decryptor = age::Decryptor::new_buffered(reader).map_err(|e| match e {
        DecryptError::UnknownFormat => Error::NotABackup,
        _ => Error::DamagedBackup { what: "its header" },
    })?;
    if !decryptor.is_scrypt() {
        return Err(Error::NotABackup);
    }
    let stream = decryptor
        .decrypt(iter::once(identity))
        .map_err(|e| match e {
            DecryptError::DecryptionFailed
            | DecryptError::KeyDecryptionFailed
            | DecryptError::NoMatchingKeys => Error::WrongBackupPassphrase,
            DecryptError::ExcessiveWork { .. } => Error::NotABackup,
            _ => Error::DamagedBackup { what: "its header" },
        })?;
    let mut hashing = Hashing::new(stream);
    let contents = super::contents::read_tar(&mut hashing, progress)?;
    // Read to the very end: age checks the last chunk only there, so a file cut short at a
    // chunk boundary is caught.
    io::copy(&mut hashing, &mut io::sink()).map_err(|_| Error::DamagedBackup {
        what: "it was cut short or changed",
    })?;
    Ok((contents, hashing.finish().1))
}
