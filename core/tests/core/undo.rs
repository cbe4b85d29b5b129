//! Undoing a tap: exactly that record goes, whether it was written to the database or sealed
//! while locked, and nothing else does.

use aftercare_core::{vault::CareRecorded, ErrorKind};

use crate::support::*;

#[test]
fn undoing_the_only_tap_of_a_moment_leaves_no_moment() {
    let mut f = set_up();
    let tap = f
        .vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    assert!(matches!(tap, CareRecorded::InMoment { .. }));

    f.vault.undo_care(&tap).unwrap();

    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert!(
        history.is_empty(),
        "an empty moment is no moment: {history:?}"
    );
}

#[test]
fn undoing_one_tap_keeps_the_others_and_their_moment() {
    let mut f = set_up();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    let second = f
        .vault
        .record_care(content(), &water(), evening() + minutes(2), &mut rng())
        .unwrap();

    f.vault.undo_care(&second).unwrap();

    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].care.len(), 1, "only the undone tap went");
    assert_eq!(
        f.vault.undo_care(&second).unwrap_err().kind(),
        ErrorKind::NotFound,
        "undo is once"
    );
}

#[test]
fn undoing_a_tap_sealed_while_locked_removes_its_file_and_nothing_merges() {
    let mut f = set_up();
    f.vault.lock();
    let kept = f
        .vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    let undone = f
        .vault
        .record_care(content(), &water(), evening() + minutes(1), &mut rng())
        .unwrap();
    assert!(matches!(undone, CareRecorded::Sealed { .. }));
    assert_eq!(std::fs::read_dir(f.vault.inbox_dir()).unwrap().count(), 2);

    f.vault.undo_care(&undone).unwrap();
    assert_eq!(
        std::fs::read_dir(f.vault.inbox_dir()).unwrap().count(),
        1,
        "only that record's file went"
    );
    drop(kept);

    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(5))
        .unwrap();
    assert_eq!(report.merged, 1);
    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert_eq!(history[0].care.len(), 1);
}

#[test]
fn a_sealed_tap_names_only_a_file_in_the_inbox() {
    // The handle crosses the web view; a crafted one must not reach outside the inbox.
    for name in ["../keyslot", "a/b", "", "ABCDEF", &"0".repeat(33)] {
        let tap = serde_json::json!({ "saved": "sealed", "file": name });
        assert!(
            serde_json::from_value::<CareRecorded>(tap).is_err(),
            "{name:?} is refused"
        );
    }
}
