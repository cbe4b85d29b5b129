//! The backup file itself: a tar stream inside an age file, written and read as streams.

use std::{
    fs::File,
    io::{self, BufRead, BufReader, BufWriter},
    iter,
    path::Path,
};

use age::{scrypt, secrecy::SecretString, DecryptError};
use chrono::{DateTime, Utc};

use super::{
    contents::{Digest64, Hashing},
    BackupContents, BackupKey, Progress, MAX_WORK_FACTOR,
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
    let mut reader = BufReader::new(file);
    if !reader
        .fill_buf()
        .map_err(Error::io("backup"))?
        .starts_with(AGE_MAGIC)
    {
        return Err(Error::NotABackup);
    }
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
