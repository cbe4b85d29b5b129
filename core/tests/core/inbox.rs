//! What is saved while locked is never lost: a torn or damaged record costs only itself, a
//! record too large to keep is refused before "Saved privately", and what cannot be read is kept
//! aside, never deleted. Records merged at unlock are checked like any direct write.

use aftercare_core::{
    content::{ActionId, QuestionId},
    model::{Answer, LockedEntry, NewCheckIn, RecordId, Scales},
    vault::{inbox::seal_record, slot::KeySlot, CareRecorded, Vault},
    ErrorKind,
};
use chrono::{DateTime, TimeZone, Utc};

use crate::support::*;

/// The inbox's public key, as anyone who can read the key slot can find it.
pub fn inbox_key(vault: &Vault) -> [u8; 32] {
    KeySlot::decode(&std::fs::read(vault.slot_path()).unwrap())
        .unwrap()
        .inbox_public_key
}

/// One sealed record for `entry`, as the app would seal it.
fn sealed(vault: &Vault, n: u8, entry: &LockedEntry) -> Vec<u8> {
    seal_record(&inbox_key(vault), RecordId([n; 16]), entry, &mut rng())
}

pub fn tap(action: &str, at: DateTime<Utc>) -> LockedEntry {
    LockedEntry::Care {
        action: ActionId(action.into()),
        at,
    }
}

/// A frame of the single-file inbox the previous version appended to: a 4-byte length, then
/// the sealed bytes.
pub fn frame(sealed: &[u8]) -> Vec<u8> {
    let mut out = (sealed.len() as u32).to_le_bytes().to_vec();
    out.extend_from_slice(sealed);
    out
}

/// The actions in the history, oldest first, with the minute each was taken at.
fn taps(vault: &mut Vault) -> Vec<(String, i64)> {
    let mut out: Vec<(String, i64)> = vault
        .store()
        .unwrap()
        .history(100, None)
        .unwrap()
        .iter()
        .flat_map(|m| m.care.iter())
        .map(|a| {
            (
                a.action.as_str().to_owned(),
                (a.at - evening()).num_minutes(),
            )
        })
        .collect();
    out.sort_by_key(|(_, minute)| *minute);
    out
}

/// Builds the previous version's inbox file with `middle` between one good record and two
/// more, then unlocks and checks that the three good records are merged.
fn legacy_inbox_with(middle: impl FnOnce(&[u8]) -> Vec<u8>) {
    let mut f = set_up();
    f.vault.lock();
    let mut file = frame(&sealed(&f.vault, 1, &tap("water", evening())));
    let torn = sealed(&f.vault, 2, &tap("blanket", evening() + minutes(1)));
    file.extend(middle(&torn));
    file.extend(frame(&sealed(
        &f.vault,
        3,
        &tap("cuddle", evening() + minutes(2)),
    )));
    file.extend(frame(&sealed(
        &f.vault,
        4,
        &tap("snack", evening() + minutes(3)),
    )));
    std::fs::write(f.vault.legacy_inbox_path(), &file).unwrap();

    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(10))
        .unwrap();

    assert_eq!(
        taps(&mut f.vault),
        [
            ("water".into(), 0),
            ("cuddle".into(), 2),
            ("snack".into(), 3)
        ],
        "every whole record is merged, the ones after the torn one too"
    );
    assert_eq!((report.merged, report.unreadable), (3, 1));
    let aside = f.vault.kept_aside();
    assert_eq!(aside.len(), 1, "the damaged file is kept aside: {aside:?}");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), file, "byte for byte");
    assert!(!f.vault.legacy_inbox_path().exists());
}

#[test]
fn a_torn_record_in_the_middle_of_the_old_inbox_file_costs_only_itself() {
    // A kill during an append left part of a record; later appends came after it.
    legacy_inbox_with(|torn| frame(torn)[..torn.len() / 2].to_vec());
}

#[test]
fn a_torn_two_byte_length_prefix_in_the_old_inbox_file_costs_only_itself() {
    legacy_inbox_with(|torn| frame(torn)[..2].to_vec());
}

#[test]
fn a_torn_record_file_costs_only_itself_and_is_kept_aside() {
    let mut f = set_up();
    f.vault.lock();
    let mut r = rng();
    f.vault
        .record_care(content(), &water(), evening(), &mut r)
        .unwrap();
    // What a kill or a full disk could leave: part of a record, under a record's name.
    let whole = sealed(&f.vault, 9, &tap("blanket", evening() + minutes(1)));
    let torn = f.vault.inbox_dir().join("torn.rec");
    std::fs::write(&torn, &whole[..whole.len() / 2]).unwrap();
    let acknowledged = [("cuddle", 2), ("snack", 3)];
    for (action, minute) in acknowledged {
        let saved = f
            .vault
            .record_care(
                content(),
                &ActionId(action.into()),
                evening() + minutes(minute),
                &mut r,
            )
            .unwrap();
        assert!(matches!(saved, CareRecorded::Sealed { .. }));
    }

    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(10))
        .unwrap();

    assert_eq!(
        taps(&mut f.vault),
        [
            ("water".into(), 0),
            ("cuddle".into(), 2),
            ("snack".into(), 3)
        ]
    );
    assert_eq!((report.merged, report.unreadable), (3, 1));
    assert_eq!(f.vault.kept_aside().len(), 1);

    // Said once: the next unlock does not report it again, and still keeps it.
    f.vault.lock();
    let again = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(20))
        .unwrap();
    assert_eq!((again.merged, again.unreadable, again.refused), (0, 0, 0));
    assert_eq!(f.vault.kept_aside().len(), 1);
}

#[test]
fn a_check_in_too_large_to_keep_while_locked_is_refused_before_it_is_saved() {
    let mut f = set_up();
    f.vault.lock();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    // Each text within the limit, the whole over what one sealed record may hold.
    let long = "💛".repeat(aftercare_core::model::MAX_TEXT_CHARS);
    let text = |id: &str| Answer {
        question: QuestionId(id.into()),
        options: vec![],
        text: Some(long.clone()),
    };
    let check_in = NewCheckIn {
        answers: vec![text("favourite-moment"), text("more-or-less")],
        note: Some(long.clone()),
        ..NewCheckIn::default()
    };
    check_in.validate(content()).unwrap();
    let before = files(&f.vault.inbox_dir());

    let error = f
        .vault
        .save_check_in(&check_in, evening() + minutes(1), &mut rng())
        .unwrap_err();

    assert_eq!(error.kind(), ErrorKind::Invalid, "{error}");
    assert_eq!(before, files(&f.vault.inbox_dir()), "nothing was written");
    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(10))
        .unwrap();
    assert_eq!((report.merged, report.unreadable), (1, 0));
}

#[test]
fn an_unreadable_record_is_kept_aside_untouched() {
    let mut f = set_up();
    f.vault.lock();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    let record = std::fs::read_dir(f.vault.inbox_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_file())
        .unwrap();
    let mut bytes = std::fs::read(&record).unwrap();
    bytes[60] ^= 0xff;
    std::fs::write(&record, &bytes).unwrap();

    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(1))
        .unwrap();

    assert_eq!((report.merged, report.unreadable), (0, 1));
    let aside = f.vault.kept_aside();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(&aside[0]).unwrap(), bytes);
    f.vault.wipe().unwrap();
    assert!(
        std::fs::read_dir(f.dir.path()).unwrap().next().is_none(),
        "wipe removes what was kept aside too"
    );
}

/// Seals `entries` straight into the inbox, as anyone who can read the key slot could, plus
/// one good tap; unlocks; the good tap is merged, each other entry kept aside and counted.
fn planted_records_are_refused(entries: Vec<LockedEntry>) {
    let mut f = set_up();
    f.vault.lock();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    let count = entries.len();
    for (n, entry) in entries.iter().enumerate() {
        let bytes = sealed(&f.vault, n as u8 + 10, entry);
        std::fs::write(f.vault.inbox_dir().join(format!("planted-{n}.rec")), bytes).unwrap();
    }

    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(10))
        .unwrap();

    assert_eq!((report.merged, report.refused), (1, count));
    assert_eq!(f.vault.kept_aside().len(), count);
    assert_eq!(taps(&mut f.vault), [("water".into(), 0)]);
    // Nothing merged that could break a later unlock, a history page or a reminder.
    f.vault.lock();
    f.vault
        .unlock(&passcode(PASSCODE), evening() + minutes(20))
        .unwrap();
    let store = f.vault.store_for_tests().unwrap();
    let history = store.history(100, None).unwrap();
    assert_eq!(history.len(), 1);
    store
        .set_reminder(
            aftercare_core::reminders::Preset::NextDay,
            None,
            evening() + minutes(20),
            &crate::support::london(),
            chrono::Duration::hours(1),
        )
        .unwrap();
}

fn check_in(scales: Scales, answers: Vec<Answer>, note: Option<String>) -> LockedEntry {
    LockedEntry::CheckIn {
        check_in: NewCheckIn {
            occasion: Default::default(),
            company: None,
            answers,
            scales,
            note,
        },
        at: evening() + minutes(1),
    }
}

#[test]
fn a_planted_scale_out_of_range_is_refused() {
    planted_records_are_refused(vec![check_in(
        Scales {
            body: Some(9),
            ..Scales::default()
        },
        vec![],
        None,
    )]);
}

#[test]
fn planted_unknown_ids_are_refused() {
    planted_records_are_refused(vec![
        tap("not-an-action", evening() + minutes(1)),
        check_in(
            Scales::default(),
            vec![Answer {
                question: QuestionId("not-a-question".into()),
                options: vec![],
                text: Some("hello".into()),
            }],
            None,
        ),
    ]);
}

#[test]
fn a_planted_note_over_the_limit_is_refused() {
    let huge = "x".repeat(aftercare_core::model::MAX_TEXT_CHARS + 1);
    planted_records_are_refused(vec![check_in(Scales::default(), vec![], Some(huge))]);
}

#[test]
fn planted_times_at_the_ends_of_time_are_refused() {
    let end_of_time = Utc
        .timestamp_millis_opt(DateTime::<Utc>::MAX_UTC.timestamp_millis())
        .unwrap();
    let far_future = Utc.with_ymd_and_hms(2999, 1, 1, 0, 0, 0).unwrap();
    let long_ago = Utc.with_ymd_and_hms(1970, 1, 1, 0, 0, 0).unwrap();
    planted_records_are_refused(vec![
        tap("water", end_of_time),
        tap("water", far_future),
        tap("water", long_ago),
    ]);
}
