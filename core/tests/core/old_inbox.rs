//! The previous version's single inbox file is untrusted input too: it is capped in size and
//! in records, and the search past torn frames in the work it may cost. A file past a cap is
//! refused calmly: kept aside as it is, never deleted, never merged, and the unlock goes on.

use aftercare_core::{
    model::RecordId,
    vault::inbox::{seal_record, MAX_LEGACY_INBOX_BYTES, MAX_LEGACY_INBOX_RECORDS},
};

use crate::{
    inbox::{frame, inbox_key, tap},
    support::*,
};

/// Unlocks a vault whose old inbox file holds `file`: what was merged and kept aside, with the
/// checks that the file is kept aside byte for byte and the vault opened.
fn unlock_with_old_inbox(file: impl FnOnce(&[u8; 32]) -> Vec<u8>) -> (usize, usize) {
    let mut f = set_up();
    f.vault
        .store_for_tests()
        .unwrap()
        .record_care(&water(), evening())
        .unwrap();
    f.vault.lock();
    let file = file(&inbox_key(&f.vault));
    std::fs::write(f.vault.legacy_inbox_path(), &file).unwrap();
    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(10))
        .unwrap();
    let aside = f.vault.kept_aside();
    assert_eq!(aside.len(), 1, "kept aside: {aside:?}");
    assert!(std::fs::read(&aside[0]).unwrap() == file, "byte for byte");
    assert!(!f.vault.legacy_inbox_path().exists());
    let history = f
        .vault
        .store_for_tests()
        .unwrap()
        .history(10, None)
        .unwrap();
    assert_eq!(
        history[0].care.len(),
        1 + report.merged,
        "what was here stays"
    );
    (report.merged, report.unreadable)
}

/// `n` whole frames of taps, each with its own id.
fn taps(key: &[u8; 32], n: usize) -> Vec<u8> {
    let mut r = rng();
    (0..n)
        .flat_map(|i| {
            let mut id = [0u8; 16];
            id[..8].copy_from_slice(&(i as u64).to_le_bytes());
            let entry = tap("water", evening() + minutes(1));
            frame(&seal_record(key, RecordId(id), &entry, &mut r))
        })
        .collect()
}

#[test]
fn an_old_inbox_file_with_more_records_than_its_cap_is_kept_aside_unmerged() {
    let (merged, unreadable) = unlock_with_old_inbox(|key| taps(key, MAX_LEGACY_INBOX_RECORDS + 1));
    assert_eq!((merged, unreadable), (0, 1));
}

#[test]
fn an_old_inbox_file_larger_than_its_cap_is_kept_aside_unread() {
    let (merged, unreadable) = unlock_with_old_inbox(|key| {
        let mut file = taps(key, 3);
        file.resize(MAX_LEGACY_INBOX_BYTES + 1, 0);
        file
    });
    assert_eq!(
        (merged, unreadable),
        (0, 1),
        "not even the whole frames at its start"
    );
}

#[test]
fn an_old_inbox_file_where_every_place_looks_like_a_frame_is_given_up_on() {
    // Every fourth byte starts a plausible length (304: one padding block and the seal) of
    // bytes that do not open: without a bound, one opening tried at each of a million places.
    let (merged, unreadable) = unlock_with_old_inbox(|key| {
        let mut file = taps(key, 2);
        let looks_like_a_frame = [0x30, 0x01, 0x00, 0x00];
        file.extend(looks_like_a_frame.iter().cycle().take(4 << 20));
        file
    });
    assert_eq!((merged, unreadable), (0, 1));
}

#[test]
fn the_control_an_old_inbox_file_within_its_caps_is_merged() {
    let mut f = set_up();
    f.vault.lock();
    let file = taps(&inbox_key(&f.vault), 50);
    std::fs::write(f.vault.legacy_inbox_path(), &file).unwrap();
    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(10))
        .unwrap();
    assert_eq!((report.merged, report.unreadable), (50, 0));
    assert!(f.vault.kept_aside().is_empty());
}
