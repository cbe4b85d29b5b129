//! Backups: a real age file written and read back, restored into a new vault and into the
//! same one (each record once), and each way a restore can fail changing nothing.

use std::path::{Path, PathBuf};

use aftercare_core::{
    backup::{read_backup, restore_backup, write_backup, Progress},
    content::{Company, Occasion},
    model::{NewCheckIn, Scales},
    store::BackupChoices,
    ErrorKind,
};
use chrono::Duration;
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::{
    backups::{back_up, fill, key, restore, seen, take_offered, today, CANARY, PASSPHRASE},
    support::{contains, evening, passcode, set_up, water, Fixture},
};

/// A different seed from `support::rng`, so backup ids differ from the vault's own draws.
fn backup_rng() -> ChaCha20Rng {
    ChaCha20Rng::seed_from_u64(1616)
}

#[test]
fn a_backup_restored_into_a_new_vault_gives_back_everything_field_by_field() {
    let mut first = set_up();
    fill(first.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let summary = back_up(&mut first, out.path(), 1601);
    assert_eq!(summary.path, out.path().join("backup-2026-11-26.age"));
    // 3 moments? No: 2 moments, 3 care, 1 check-in, 2 entries, 1 reminder, 1 person, the
    // card, and 5 settings (auto-lock, window, two hours, discreet).
    assert_eq!(summary.records, 2 + 3 + 1 + 2 + 1 + 1 + 1 + 5);
    assert_eq!(summary.journal_entries, 2);

    let mut second = set_up();
    let report = restore(&mut second, &summary.path);
    assert_eq!(
        report.added,
        summary.records - 2,
        "everything is added but the auto-lock and discretion: {report:?}"
    );
    assert_eq!((report.already_there, report.invalid), (2, 0));
    assert_eq!(
        report.offered,
        BackupChoices {
            auto_lock_minutes: Some(12),
            discreet: Some(false),
            ..BackupChoices::default()
        },
        "offered instead"
    );
    take_offered(&mut second, &report.offered);
    assert_eq!(
        seen(second.vault.store_for_tests().unwrap()),
        seen(first.vault.store_for_tests().unwrap()),
        "history, journal, card, reminders, people and settings are the same"
    );
}

#[test]
fn restoring_again_or_into_the_vault_it_came_from_adds_nothing_twice() {
    let mut first = set_up();
    fill(first.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let summary = back_up(&mut first, out.path(), 1602);

    // Into the vault it came from: every record is there already.
    let before = seen(first.vault.store_for_tests().unwrap());
    let report = restore(&mut first, &summary.path);
    assert_eq!(report.added, 0, "nothing is new: {report:?}");
    assert_eq!(report.already_there, summary.records);
    assert_eq!(seen(first.vault.store_for_tests().unwrap()), before);

    // Into a new vault twice.
    let mut second = set_up();
    let offered = restore(&mut second, &summary.path).offered;
    take_offered(&mut second, &offered);
    let once = seen(second.vault.store_for_tests().unwrap());
    let report = restore(&mut second, &summary.path);
    assert_eq!(
        report.added, 0,
        "the second restore adds nothing: {report:?}"
    );
    assert_eq!(seen(second.vault.store_for_tests().unwrap()), once);

    // A backup of the restored copy, with one tap more, back into the first: only that tap.
    second
        .vault
        .store_for_tests()
        .unwrap()
        .record_care(&water(), evening() + Duration::days(3))
        .unwrap();
    let out2 = tempfile::tempdir().unwrap();
    let summary2 = back_up(&mut second, out2.path(), 1603);
    let report = restore(&mut first, &summary2.path);
    assert_eq!(
        report.added, 2,
        "the new tap and its new moment, nothing restored before: {report:?}"
    );
    assert_eq!(
        seen(first.vault.store_for_tests().unwrap()),
        seen(second.vault.store_for_tests().unwrap())
    );
}

#[test]
fn a_backup_file_holds_no_plaintext_is_owner_only_and_never_replaces_a_file() {
    let mut f = set_up();
    fill(f.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let first = back_up(&mut f, out.path(), 1604);
    let second = back_up(&mut f, out.path(), 1605);
    assert_eq!(second.path, out.path().join("backup-2026-11-26-2.age"));
    let bytes = std::fs::read(&first.path).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> scrypt "));
    assert!(
        !contains(&bytes, CANARY.as_bytes()),
        "no plaintext in the file"
    );
    assert!(
        !contains(&bytes, b"manifest.json"),
        "not even the names inside"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&first.path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "readable by its owner only");
    }
    // Nothing but the two backups was written into the folder on the way.
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 2);
}

#[test]
fn the_backup_records_its_work_factor_and_progress_counts_up_to_the_total() {
    let mut f = set_up();
    fill(f.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let phrase = passcode(PASSPHRASE);
    let mut seen: Vec<Progress> = Vec::new();
    let summary = write_backup(
        f.vault.store_for_tests().unwrap(),
        out.path(),
        today(),
        evening(),
        key(&phrase),
        &mut backup_rng(),
        &mut |p| seen.push(p),
    )
    .unwrap();
    let total = summary.records + summary.journal_entries;
    assert_eq!(seen.first(), Some(&Progress { done: 0, total }));
    assert_eq!(seen.last(), Some(&Progress { done: total, total }));
    assert!(
        seen.windows(2).all(|w| w[0].done <= w[1].done),
        "it only counts up"
    );
    let contents = read_backup(&summary.path, &phrase, &mut |_| {}).unwrap();
    assert_eq!(contents.journal_files, 2);
    assert_eq!(contents.created_at, evening());
}

#[test]
fn a_weak_backup_passphrase_is_refused_and_nothing_is_written() {
    let mut f = set_up();
    fill(f.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    for weak in ["123456", "password1", "aftercare2026"] {
        let phrase = passcode(weak);
        let error = write_backup(
            f.vault.store_for_tests().unwrap(),
            out.path(),
            today(),
            evening(),
            key(&phrase),
            &mut backup_rng(),
            &mut |_| {},
        )
        .unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::WeakPasscode | ErrorKind::Invalid),
            "{weak} is refused: {error}"
        );
    }
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

/// The backup's path after a restore attempt, with what the vault showed before, to check
/// that nothing changed.
fn refused(f: &mut Fixture, path: &Path, phrase: &str) -> ErrorKind {
    let before = seen(f.vault.store_for_tests().unwrap());
    let error = restore_backup(
        f.vault.store_for_tests().unwrap(),
        path,
        &passcode(phrase),
        evening(),
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(
        seen(f.vault.store_for_tests().unwrap()),
        before,
        "nothing changed ({error})"
    );
    error.kind()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_wrong_passphrase_a_damaged_file_and_a_file_that_is_not_a_backup_each_say_so() {
    let mut first = set_up();
    fill(first.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let summary = back_up(&mut first, out.path(), 1606);
    let good = std::fs::read(&summary.path).unwrap();
    let mut target = set_up();
    target
        .vault
        .store_for_tests()
        .unwrap()
        .create_journal_entry("already here", None, None, evening())
        .unwrap();

    assert_eq!(
        refused(&mut target, &summary.path, "not the right words at all"),
        ErrorKind::WrongBackupPassphrase
    );
    let mut flipped = good.clone();
    let last = flipped.len() - 20;
    flipped[last] ^= 0x40;
    let flipped = write(out.path(), "flipped.age", &flipped);
    assert_eq!(
        refused(&mut target, &flipped, PASSPHRASE),
        ErrorKind::DamagedBackup
    );
    let cut = write(out.path(), "cut.age", &good[..good.len() - 100]);
    assert_eq!(
        refused(&mut target, &cut, PASSPHRASE),
        ErrorKind::DamagedBackup
    );
    let header_only = write(out.path(), "header.age", &good[..good.len() / 2]);
    assert_eq!(
        refused(&mut target, &header_only, PASSPHRASE),
        ErrorKind::DamagedBackup
    );
    let text = write(out.path(), "notes.txt", b"just some notes\n");
    assert_eq!(
        refused(&mut target, &text, PASSPHRASE),
        ErrorKind::NotABackup
    );
    let empty = write(out.path(), "empty.age", b"");
    assert_eq!(
        refused(&mut target, &empty, PASSPHRASE),
        ErrorKind::NotABackup
    );
    let other = write(
        out.path(),
        "other.age",
        &crate::backups::age_file(PASSPHRASE, b"a photo, say"),
    );
    assert_eq!(
        refused(&mut target, &other, PASSPHRASE),
        ErrorKind::NotABackup
    );
    let missing = out.path().join("no-such.age");
    assert_eq!(
        refused(&mut target, &missing, PASSPHRASE),
        ErrorKind::NotFound
    );
}

#[test]
fn a_backup_from_a_newer_version_is_refused_and_changes_nothing() {
    let out = tempfile::tempdir().unwrap();
    let manifest = br#"{"format": "aftercare-backup", "version": 2, "created_at": "2030-01-01T00:00:00Z", "counts": {}}"#;
    let newer = crate::backups::backup(PASSPHRASE, &[("manifest.json", manifest.to_vec())]);
    let newer = write(out.path(), "newer.age", &newer);
    let mut target = set_up();
    fill(target.vault.store_for_tests().unwrap());
    assert_eq!(
        refused(&mut target, &newer, PASSPHRASE),
        ErrorKind::NewerBackup
    );
}

/// More records than one statement writes (a restore writes moments, check-ins and backup
/// ids a hundred to a statement), into a vault that has moments and check-ins of its own: each
/// restored moment comes back with exactly its own care and check-in, and the vault's own
/// stay as they were.
#[test]
fn hundreds_of_moments_restored_beside_a_vaults_own_each_keep_their_care_and_check_in() {
    const MOMENTS: i64 = 250;
    let check_in = |body: u8| NewCheckIn {
        company: Some(Company::Partner),
        answers: vec![],
        scales: Scales {
            body: Some(body),
            ..Scales::default()
        },
        note: None,
        occasion: Occasion::RightAfter,
    };
    let mut first = set_up();
    {
        let store = first.vault.store_for_tests().unwrap();
        for n in 0..MOMENTS {
            let at = evening() - Duration::days(n + 1);
            store.record_care(&water(), at).unwrap();
            store
                .save_check_in(&check_in((n % 5 + 1) as u8), at + Duration::minutes(1))
                .unwrap();
        }
    }
    let out = tempfile::tempdir().unwrap();
    let summary = back_up(&mut first, out.path(), 1617);

    let mut second = set_up();
    let own = {
        let store = second.vault.store_for_tests().unwrap();
        for n in 0..3 {
            let at = evening() + Duration::hours(2 * n);
            store.record_care(&water(), at).unwrap();
            store
                .save_check_in(&check_in(3), at + Duration::minutes(1))
                .unwrap();
        }
        store.history(1000, None).unwrap()
    };
    let report = restore(&mut second, &summary.path);
    assert_eq!(report.invalid, 0, "{report:?}");
    assert_eq!(report.added, 3 * MOMENTS as usize, "{report:?}");

    let history = second
        .vault
        .store_for_tests()
        .unwrap()
        .history(1000, None)
        .unwrap();
    assert_eq!(history.len(), own.len() + MOMENTS as usize);
    let (mine, restored): (Vec<_>, Vec<_>) = history
        .into_iter()
        .partition(|m| m.moment.started_at >= evening());
    assert_eq!(mine, own, "the vault's own moments are untouched");
    for m in &restored {
        let n = (evening() - m.moment.started_at).num_days() - 1;
        let at = evening() - Duration::days(n + 1);
        assert_eq!(m.moment.started_at, at);
        assert_eq!(m.care.len(), 1, "one care in moment {n}");
        assert_eq!(m.care[0].at, at);
        assert_eq!(m.check_ins.len(), 1, "one check-in in moment {n}");
        let c = &m.check_ins[0];
        assert_eq!((c.moment, c.at), (m.moment.id, at + Duration::minutes(1)));
        assert_eq!(c.content, check_in((n % 5 + 1) as u8));
    }
    // Restored once: a second restore finds every record there already.
    let again = restore(&mut second, &summary.path);
    assert_eq!(
        (again.added, again.already_there),
        (0, 3 * MOMENTS as usize)
    );
}
