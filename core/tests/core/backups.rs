//! The backups the tests make: a store filled with one of each record, a backup written and
//! restored with a cheap work factor, backup files made by hand, and the choices a restore
//! offered taken as a person takes them. Used by the backup, restore and deletion tests.

use std::{iter, path::Path};

use aftercare_core::{
    backup::{restore_backup, write_backup, BackupKey, BackupSummary, WorkFactor},
    card::{AftercareCard, CardAnswer},
    content::{OptionId, QuestionId},
    model::{Answer, NewCheckIn, NewPerson, Scales},
    reminders::{Preset, ReminderHours},
    store::{BackupChoices, Store},
};
use age::secrecy::SecretString;
use chrono::{Duration, NaiveDate};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::support::{evening, minutes, passcode, water, Fixture};

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

/// Records taps, a check-in, journal entries, a card, a reminder, a person and settings.
pub fn fill(store: &mut Store) {
    let at = evening();
    store.record_care(&water(), at).unwrap();
    store
        .record_care(
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
        .create_journal_entry(
            &format!("First entry, {CANARY}"),
            None,
            Some(moment),
            at + minutes(9),
        )
        .unwrap();
    store
        .create_journal_entry(
            "Second entry\n\nwith a second paragraph",
            None,
            None,
            at + Duration::days(1),
        )
        .unwrap();
    // A second moment, two days later.
    store.record_care(&water(), at + Duration::days(2)).unwrap();
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
        .add_reminder(
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
        journal: store.journal_entries(1000, 0).unwrap(),
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
        f.vault.store_for_tests().unwrap(),
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
        f.vault.store_for_tests().unwrap(),
        path,
        &passcode(PASSPHRASE),
        evening() + Duration::days(3),
        &mut |_| {},
    )
    .unwrap()
}

/// `plaintext` in an age file locked with `passphrase` (cheap work factor).
pub fn age_file(passphrase: &str, plaintext: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(10);
    let encryptor =
        age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    out
}

/// A tar stream of `files` under `aftercare-backup/`, in an age file.
pub fn backup(passphrase: &str, files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    for (name, data) in files {
        let mut header = tar::Header::new_ustar();
        header.set_size(data.len() as u64);
        header.set_mode(0o600);
        tar.append_data(&mut header, format!("aftercare-backup/{name}"), &data[..])
            .unwrap();
    }
    age_file(passphrase, &tar.into_inner().unwrap())
}

/// Takes the backup's choices a restore offered, as the person does with "Use the backup's
/// choices" (Settings saves them like any change).
pub fn take_offered(f: &mut Fixture, offered: &BackupChoices) {
    let store = f.vault.store_for_tests().unwrap();
    if let Some(minutes) = offered.auto_lock_minutes {
        store.set_auto_lock_minutes(minutes).unwrap();
    }
    if let Some(on) = offered.discreet {
        store.set_discreet(on).unwrap();
    }
    if let Some(on) = offered.protect_screen {
        store.set_protect_screen(on).unwrap();
    }
    if let Some(choice) = offered.auto_delete {
        store.set_auto_delete(choice).unwrap();
    }
}
