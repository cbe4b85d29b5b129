//! A backup file is untrusted input, and a restore bounds the memory and work it can cost:
//! scrypt work far above the app's own is refused from the header, before any scrypt work; a
//! file larger than any backup the app writes is refused before it is opened; inside, only
//! plain files of a bounded size are read. Each is refused calmly and changes nothing; and a
//! backup that does not read back as written is reported as damaged and removed.

use std::path::Path;

use aftercare_core::{
    backup::{
        restore_backup, write_backup_tampered_for_tests, MAX_BACKUP_BYTES, MAX_PART_BYTES,
        MAX_WORK_FACTOR,
    },
    ErrorKind,
};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::{
    backups::{age_file, back_up, fill, key, seen, today, PASSPHRASE},
    support::{evening, passcode, set_up, Fixture},
};

/// Tries to restore `file` into a vault with records of its own: the error, after checking
/// that nothing changed.
fn refused(file: &[u8]) -> ErrorKind {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("crafted.age");
    std::fs::write(&path, file).unwrap();
    refused_at(&path)
}

fn refused_at(path: &Path) -> ErrorKind {
    let mut f = set_up();
    fill(f.vault.store_for_tests().unwrap());
    let before = seen(f.vault.store_for_tests().unwrap());
    let error = restore_backup(
        f.vault.store_for_tests().unwrap(),
        path,
        &passcode(PASSPHRASE),
        evening(),
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(
        seen(f.vault.store_for_tests().unwrap()),
        before,
        "nothing changed"
    );
    error.kind()
}

/// A real backup (work factor 2^10), with its scrypt stanza asking for `work` instead.
fn asking_for(work: u8) -> Vec<u8> {
    let mut f = set_up();
    fill(f.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(back_up(&mut f, out.path(), 2411).path).unwrap();
    let stanza_end = bytes[22..].iter().position(|&b| b == b'\n').unwrap() + 22;
    let stanza = std::str::from_utf8(&bytes[22..stanza_end]).unwrap();
    assert!(
        stanza.starts_with("-> scrypt ") && stanza.ends_with(" 10"),
        "{stanza}"
    );
    let asking = format!("{} {work}", &stanza[..stanza.len() - 3]);
    [&bytes[..22], asking.as_bytes(), &bytes[stanza_end..]].concat()
}

#[test]
fn scrypt_work_more_than_a_little_above_the_pinned_factor_is_refused_from_the_header() {
    // 2^20 (1 GiB of scrypt memory) was accepted before; 2^21 and far beyond are refused
    // from the header, before any scrypt work: never as a wrong passphrase, which only the
    // scrypt work could have told.
    for work in [20, 21, 40, 99] {
        assert_eq!(
            refused(&asking_for(work)),
            ErrorKind::NotABackup,
            "2^{work}"
        );
    }
    assert_eq!(
        MAX_WORK_FACTOR, 19,
        "one step above the 2^18 the app writes"
    );
}

/// The tar stream of an empty backup, with `extra` (whole 512-byte blocks) right after the
/// manifest.
fn tar_with(extra: &[u8]) -> Vec<u8> {
    let manifest = br#"{"format": "aftercare-backup", "version": 1, "created_at": "2026-11-26T22:40:00Z",
        "counts": {"moments": 0, "care": 0, "check-ins": 0, "journal": 0, "reminders": 0, "people": 0, "card": 0, "settings": 0}}"#;
    let mut tar = tar::Builder::new(Vec::new());
    let mut add = |name: &str, data: &[u8]| {
        let mut header = tar::Header::new_ustar();
        header.set_size(data.len() as u64);
        header.set_mode(0o600);
        tar.append_data(&mut header, format!("aftercare-backup/{name}"), data)
            .unwrap();
    };
    add("manifest.json", manifest);
    for (name, json) in [
        ("moments", "[]"),
        ("care", "[]"),
        ("check-ins", "[]"),
        ("journal", "[]"),
        ("reminders", "[]"),
        ("people", "[]"),
        ("card", "null"),
        ("settings", "{}"),
    ] {
        add(&format!("records/{name}.json"), json.as_bytes());
    }
    let mut bytes = tar.into_inner().unwrap();
    let after_manifest = 512 + manifest.len().div_ceil(512) * 512;
    bytes.splice(after_manifest..after_manifest, extra.iter().copied());
    bytes
}

/// One tar header: an entry of `kind` named `name`, saying it holds `size` bytes.
fn header(kind: tar::EntryType, name: &str, size: u64) -> Vec<u8> {
    let mut header = tar::Header::new_ustar();
    header.set_entry_type(kind);
    header.set_path(format!("aftercare-backup/{name}")).unwrap();
    header.set_size(size);
    header.set_mode(0o600);
    if matches!(kind, tar::EntryType::Symlink | tar::EntryType::Link) {
        header.set_link_name("/etc/passwd").unwrap();
    }
    header.set_cksum();
    header.as_bytes().to_vec()
}

#[test]
fn the_control_an_empty_backup_made_by_hand_restores() {
    // The crafted files below differ from this one by one entry each.
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("empty.age");
    let entry = [
        header(tar::EntryType::Regular, "journal/a.md", 3),
        vec![b'h'; 512],
    ]
    .concat();
    std::fs::write(&path, age_file(PASSPHRASE, &tar_with(&entry))).unwrap();
    let mut f = set_up();
    let report = restore_backup(
        f.vault.store_for_tests().unwrap(),
        &path,
        &passcode(PASSPHRASE),
        evening(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!((report.added, report.invalid), (0, 0));
}

#[test]
fn only_plain_files_are_read_inside_a_backup() {
    for kind in [
        tar::EntryType::Symlink,
        tar::EntryType::Link,
        tar::EntryType::Directory,
        tar::EntryType::Char,
        tar::EntryType::Block,
        tar::EntryType::Fifo,
        tar::EntryType::GNULongName,
        tar::EntryType::XHeader,
        tar::EntryType::XGlobalHeader,
        tar::EntryType::GNUSparse,
    ] {
        let file = age_file(PASSPHRASE, &tar_with(&header(kind, "journal/odd.md", 0)));
        assert_eq!(refused(&file), ErrorKind::NotABackup, "{kind:?}");
    }
}

#[test]
fn a_part_larger_than_any_the_app_writes_is_refused_before_it_is_read() {
    // The header says a gigabyte more than the cap; the bytes are not even there.
    let huge = header(
        tar::EntryType::Regular,
        "records/journal.json",
        MAX_PART_BYTES + (1 << 30),
    );
    assert_eq!(
        refused(&age_file(PASSPHRASE, &tar_with(&huge))),
        ErrorKind::NotABackup
    );
}

#[test]
fn a_file_larger_than_any_backup_the_app_writes_is_refused_before_it_is_opened() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("large.age");
    std::fs::write(&path, age_file(PASSPHRASE, &tar_with(&[]))).unwrap();
    // Sparse: the file says it is larger than the cap without taking the disk.
    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.set_len(MAX_BACKUP_BYTES + 1).unwrap();
    assert_eq!(refused_at(&path), ErrorKind::NotABackup);
}

/// Writes a backup of a filled vault, with `tamper` done to the file on disk before it is
/// read back.
fn backed_up_with(tamper: impl Fn(&mut Vec<u8>)) -> (Fixture, tempfile::TempDir, ErrorKind) {
    let mut f = set_up();
    fill(f.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let phrase = passcode(PASSPHRASE);
    let error = write_backup_tampered_for_tests(
        f.vault.store_for_tests().unwrap(),
        out.path(),
        today(),
        evening(),
        key(&phrase),
        &mut ChaCha20Rng::seed_from_u64(2412),
        &mut |_| {},
        &mut |path| {
            let mut bytes = std::fs::read(path).unwrap();
            tamper(&mut bytes);
            std::fs::write(path, bytes).unwrap();
        },
    )
    .unwrap_err();
    (f, out, error.kind())
}

/// Where line `n` (from 0) of an age file's header starts.
fn header_line(bytes: &[u8], n: usize) -> usize {
    let mut at = 0;
    for _ in 0..n {
        at += bytes[at..].iter().position(|&b| b == b'\n').unwrap() + 1;
    }
    at
}

/// What was done to a file, and how.
type Tampering = (&'static str, fn(&mut Vec<u8>));

#[test]
fn a_backup_that_does_not_read_back_as_written_is_reported_damaged_and_removed() {
    let tampering: [Tampering; 5] = [
        ("a byte of the records", |b| {
            let at = b.len() - 40;
            b[at] ^= 1;
        }),
        // Another letter of base64, so the header still reads and only the key differs.
        ("a byte of the header's salt", |b| {
            b[34] = if b[34] == b'A' { b'B' } else { b'A' };
        }),
        // The line after the stanza's: the file key, wrapped with the stretched passphrase.
        ("a byte of the wrapped file key", |b| {
            let at = header_line(b, 2) + 5;
            b[at] = if b[at] == b'A' { b'B' } else { b'A' };
        }),
        ("a byte of the header's MAC", |b| {
            let at = header_line(b, 3) + "--- ".len() + 5;
            b[at] = if b[at] == b'A' { b'B' } else { b'A' };
        }),
        ("the end cut off", |b| b.truncate(b.len() - 17)),
    ];
    for (what, tamper) in tampering {
        let (_f, out, kind) = backed_up_with(tamper);
        assert_eq!(kind, ErrorKind::DamagedBackup, "{what}");
        assert_eq!(
            std::fs::read_dir(out.path()).unwrap().count(),
            0,
            "{what}: the file is removed"
        );
    }
}
