//! The backup file itself: a tar stream inside an age file, written and read as streams.

use std::{
    fs::File,
    io::{self, BufReader, BufWriter, Read},
    iter,
    path::Path,
};

use age::{scrypt, secrecy::SecretString, DecryptError};
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

/// Writes the backup into `file` as a stream; returns the digest of the tar stream inside.
pub(super) fn write(
    file: File,
    snapshot: &Snapshot,
    now: DateTime<Utc>,
    key: BackupKey<'_>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Digest64, Error> {
    let io = Error::io("backup");
    let mut recipient = scrypt::Recipient::new(secret(key.passphrase));
    recipient.set_work_factor(key.work.0);
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .expect("one passphrase recipient is a valid set");
    let out = encryptor.wrap_output(BufWriter::new(file)).map_err(&io)?;
    let hashing =
        super::contents::write_tar(Hashing::new(out), snapshot, now, progress).map_err(&io)?;
    let (out, digest) = hashing.finish();
    let file = out
        .finish()
        .map_err(&io)?
        .into_inner()
        .map_err(|e| io(e.into_error()))?;
    file.sync_all().map_err(&io)?;
    Ok(digest)
}

/// Opens, decrypts and parses a backup; also returns the digest of the tar stream inside.
pub(super) fn read(
    path: &Path,
    passphrase: &Passcode,
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
    let mut identity = scrypt::Identity::new(secret(passphrase));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let stream = decryptor
        .decrypt(iter::once(&identity as &dyn age::Identity))
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
