//! Backups: a real age file written and read back, restored into a new vault and into the
//! same one (each record once), and each way a restore can fail changing nothing.

use std::path::{Path, PathBuf};

use aftercare_core::{
    backup::{
        read_backup, restore_backup, write_backup, BackupKey, BackupSummary, Progress, WorkFactor,
    },
    card::{AftercareCard, CardAnswer},
    content::{OptionId, QuestionId},
    model::{Answer, NewCheckIn, NewPerson, Scales},
    reminders::{Preset, ReminderHours},
    store::{BackupChoices, Store},
    ErrorKind,
};
use chrono::{Duration, NaiveDate};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::support::{contains, evening, minutes, passcode, set_up, water, Fixture};

/// A passphrase the strength check accepts, apart from the passcode.
pub const PASSPHRASE: &str = "lantern orchard velvet";
/// Words that must never be in a backup file in the clear.
pub const CANARY: &str = "canary-plum-quietly-backup";

pub fn key(passphrase: &aftercare_core::vault::Passcode) -> BackupKey<'_> {
    BackupKey {
        passphrase,
        work: WorkFactor::INSECURE_FOR_TESTS,
    }
}

pub fn today() -> NaiveDate {
    evening().date_naive()
}

/// A different seed from `support::rng`, so backup ids differ from the vault's own draws.
fn backup_rng() -> ChaCha20Rng {
    ChaCha20Rng::seed_from_u64(1616)
}

/// Records taps, a check-in, journal entries, a card, a reminder, a person and settings.
pub fn fill(store: &mut Store) {
    let at = evening();
    store.record_action(&water(), at).unwrap();
    store
        .record_action(
            &aftercare_core::content::ActionId("cuddle".into()),
            at + minutes(2),
        )
        .unwrap();
    let check_in = NewCheckIn {
        company: Some(aftercare_core::content::Company::Partner),
        answers: vec![Answer {
            question: QuestionId("feel-now".into()),
            options: vec![OptionId("calm".into()), OptionId("tired".into())],
            text: None,
        }],
        scales: Scales {
            body: Some(4),
            feelings: Some(5),
            mind: None,
            desire: Some(2),
        },
        note: Some(format!("a note with {CANARY}")),
        occasion: aftercare_core::content::Occasion::RightAfter,
    };
    let (_, moment) = store.save_check_in(&check_in, at + minutes(5)).unwrap();
    store
        .journal_create(
            &format!("First entry, {CANARY}"),
            None,
            Some(moment),
            at + minutes(9),
        )
        .unwrap();
    store
        .journal_create(
            "Second entry\n\nwith a second paragraph",
            None,
            None,
            at + Duration::days(1),
        )
        .unwrap();
    // A second moment, two days later.
    store
        .record_action(&water(), at + Duration::days(2))
        .unwrap();
    let mut card = AftercareCard::default();
    let answer = |choices: &[&str], words: Option<&str>, yes| CardAnswer {
        choices: choices.iter().map(|c| OptionId((*c).into())).collect(),
        words: words.map(Into::into),
        yes,
    };
    card.fields.insert(
        "needs".into(),
        answer(&["water", "touch"], Some("my hoodie"), None),
    );
    card.fields
        .insert("check-tomorrow".into(), answer(&[], None, Some(true)));
    store.save_card(&card).unwrap();
    store
        .reminder_add(
            Some(moment),
            Preset::NextDay,
            at + Duration::days(1),
            at + minutes(10),
        )
        .unwrap();
    store
        .add_person(&NewPerson {
            name: "Sam".into(),
            number: "+44 7700 900123".into(),
            reachable_locked: false,
        })
        .unwrap();
    store.set_auto_lock_minutes(12).unwrap();
    store.set_moment_window_minutes(90).unwrap();
    store
        .set_reminder_hours(ReminderHours {
            morning: 8,
            evening: 21,
        })
        .unwrap();
    store.set_discreet(false).unwrap();
}

/// Everything a person sees, for comparing two vaults field by field.
#[derive(Debug, PartialEq)]
pub struct Seen {
    history: Vec<aftercare_core::model::MomentHistory>,
    journal: Vec<aftercare_core::model::JournalEntry>,
    card: AftercareCard,
    reminders: Vec<aftercare_core::reminders::Reminder>,
    people: Vec<aftercare_core::model::Person>,
    settings: (u32, u32, ReminderHours, bool, bool),
}

pub fn seen(store: &Store) -> Seen {
    Seen {
        history: store.history(1000, None).unwrap(),
        journal: store.journal_list(1000, 0).unwrap(),
        card: store.card().unwrap(),
        reminders: store.reminders_pending().unwrap(),
        people: store.people().unwrap(),
        settings: (
            store.auto_lock_minutes().unwrap(),
            store.moment_window_minutes().unwrap(),
            store.reminder_hours().unwrap(),
            store.discreet().unwrap(),
            store.protect_screen().unwrap(),
        ),
    }
}

/// A backup of `f` into `out`, its new backup ids drawn from a generator seeded with `seed`
/// (a seed already used for the same records would draw the same ids again).
pub fn back_up(f: &mut Fixture, out: &Path, seed: u64) -> BackupSummary {
    let phrase = passcode(PASSPHRASE);
    write_backup(
        f.vault.store().unwrap(),
        out,
        today(),
        evening() + Duration::days(3),
        key(&phrase),
        &mut ChaCha20Rng::seed_from_u64(seed),
        &mut |_| {},
    )
    .unwrap()
}

pub fn restore(f: &mut Fixture, path: &Path) -> aftercare_core::store::RestoreReport {
    restore_backup(
        f.vault.store().unwrap(),
        path,
        &passcode(PASSPHRASE),
        evening() + Duration::days(3),
        &mut |_| {},
    )
    .unwrap()
}

#[test]
fn a_backup_restored_into_a_new_vault_gives_back_everything_field_by_field() {
    let mut first = set_up();
    fill(first.vault.store().unwrap());
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
    crate::deletion_choices::take_offered(&mut second, &report.offered);
    assert_eq!(
        seen(second.vault.store().unwrap()),
        seen(first.vault.store().unwrap()),
        "history, journal, card, reminders, people and settings are the same"
    );
}

#[test]
fn restoring_again_or_into_the_vault_it_came_from_adds_nothing_twice() {
    let mut first = set_up();
    fill(first.vault.store().unwrap());
    let out = tempfile::tempdir().unwrap();
    let summary = back_up(&mut first, out.path(), 1602);

    // Into the vault it came from: every record is there already.
    let before = seen(first.vault.store().unwrap());
    let report = restore(&mut first, &summary.path);
    assert_eq!(report.added, 0, "nothing is new: {report:?}");
    assert_eq!(report.already_there, summary.records);
    assert_eq!(seen(first.vault.store().unwrap()), before);

    // Into a new vault twice.
    let mut second = set_up();
    let offered = restore(&mut second, &summary.path).offered;
    crate::deletion_choices::take_offered(&mut second, &offered);
    let once = seen(second.vault.store().unwrap());
    let report = restore(&mut second, &summary.path);
    assert_eq!(
        report.added, 0,
        "the second restore adds nothing: {report:?}"
    );
    assert_eq!(seen(second.vault.store().unwrap()), once);

    // A backup of the restored copy, with one tap more, back into the first: only that tap.
    second
        .vault
        .store()
        .unwrap()
        .record_action(&water(), evening() + Duration::days(3))
        .unwrap();
    let out2 = tempfile::tempdir().unwrap();
    let summary2 = back_up(&mut second, out2.path(), 1603);
    let report = restore(&mut first, &summary2.path);
    assert_eq!(
        report.added, 2,
        "the new tap and its new moment, nothing restored before: {report:?}"
    );
    assert_eq!(
        seen(first.vault.store().unwrap()),
        seen(second.vault.store().unwrap())
    );
}

#[test]
fn a_backup_file_holds_no_plaintext_is_owner_only_and_never_replaces_a_file() {
    let mut f = set_up();
    fill(f.vault.store().unwrap());
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
    fill(f.vault.store().unwrap());
    let out = tempfile::tempdir().unwrap();
    let phrase = passcode(PASSPHRASE);
    let mut seen: Vec<Progress> = Vec::new();
    let summary = write_backup(
        f.vault.store().unwrap(),
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
    fill(f.vault.store().unwrap());
    let out = tempfile::tempdir().unwrap();
    for weak in ["123456", "password1", "aftercare2026"] {
        let phrase = passcode(weak);
        let error = write_backup(
            f.vault.store().unwrap(),
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
    let before = seen(f.vault.store().unwrap());
    let error = restore_backup(
        f.vault.store().unwrap(),
        path,
        &passcode(phrase),
        evening(),
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(
        seen(f.vault.store().unwrap()),
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
    fill(first.vault.store().unwrap());
    let out = tempfile::tempdir().unwrap();
    let summary = back_up(&mut first, out.path(), 1606);
    let good = std::fs::read(&summary.path).unwrap();
    let mut target = set_up();
    target
        .vault
        .store()
        .unwrap()
        .journal_create("already here", None, None, evening())
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
        &crate::backup_files::age_file(PASSPHRASE, b"a photo, say"),
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
    let newer = crate::backup_files::backup(PASSPHRASE, &[("manifest.json", manifest.to_vec())]);
    let newer = write(out.path(), "newer.age", &newer);
    let mut target = set_up();
    fill(target.vault.store().unwrap());
    assert_eq!(
        refused(&mut target, &newer, PASSPHRASE),
        ErrorKind::NewerBackup
    );
}
