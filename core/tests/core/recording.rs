//! Recording care and check-ins: into the moment when unlocked, sealed while locked, and
//! checked against the content either way.

use aftercare_core::{
    content::{ActionId, OptionId, QuestionId},
    model::{Answer, NewCheckIn, Scales},
    vault::CareRecorded,
    ErrorKind,
};

use crate::support::*;

#[test]
fn a_tap_while_locked_joins_the_moment_after_unlocking() {
    let mut f = set_up();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault.lock();

    let sealed = f
        .vault
        .record_care(
            content(),
            &ActionId("cuddle".into()),
            evening() + minutes(12),
            &mut rng(),
        )
        .unwrap();
    assert!(matches!(sealed, CareRecorded::Sealed { .. }));
    assert!(
        f.vault.store_for_tests().is_err(),
        "locked history stays unreadable"
    );

    let report = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(20))
        .unwrap();
    assert_eq!(
        (report.merged, report.already_merged, report.unreadable),
        (1, 0, 0)
    );
    assert!(
        !f.vault.inbox_dir().exists(),
        "the inbox is emptied after the merge"
    );
    let history = f
        .vault
        .store_for_tests()
        .unwrap()
        .history(10, None)
        .unwrap();
    assert_eq!(history.len(), 1, "both taps are one moment");
    let actions: Vec<&str> = history[0].care.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(actions, ["water", "cuddle"]);
}

#[test]
fn taps_far_apart_start_a_new_moment_and_the_window_is_a_setting() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    let first = store.record_care(&water(), evening()).unwrap().1;
    let same = store
        .record_care(&water(), evening() + minutes(179))
        .unwrap()
        .1;
    let next = store
        .record_care(&water(), evening() + minutes(179 + 181))
        .unwrap()
        .1;
    assert_eq!(
        first, same,
        "within three hours of the last tap: the same moment"
    );
    assert_ne!(same, next, "over three hours later: a new moment");

    store.set_moment_window_minutes(30).unwrap();
    let later = store
        .record_care(&water(), evening() + minutes(179 + 181 + 31))
        .unwrap()
        .1;
    assert_ne!(next, later);
    assert_eq!(
        store.set_moment_window_minutes(5).unwrap_err().kind(),
        ErrorKind::Invalid
    );
}

#[test]
fn check_ins_are_checked_against_the_content() {
    let answer = |question: &str, options: &[&str], text: Option<&str>| NewCheckIn {
        answers: vec![Answer {
            question: QuestionId(question.into()),
            options: options.iter().map(|o| OptionId((*o).into())).collect(),
            text: text.map(Into::into),
        }],
        ..NewCheckIn::default()
    };
    let cases: [(NewCheckIn, Option<ErrorKind>); 7] = [
        (answer("feel-now", &["calm", "tired"], None), None),
        (
            answer("how-was-that", &["lovely", "good"], None),
            Some(ErrorKind::Invalid),
        ),
        (
            answer("no-such-question", &[], None),
            Some(ErrorKind::NotFound),
        ),
        (
            answer("feel-now", &["no-such-option"], None),
            Some(ErrorKind::NotFound),
        ),
        (
            answer("feel-now", &[], Some("words")),
            Some(ErrorKind::Invalid),
        ),
        (
            NewCheckIn {
                scales: Scales {
                    body: Some(6),
                    ..Scales::default()
                },
                ..NewCheckIn::default()
            },
            Some(ErrorKind::Invalid),
        ),
        (
            NewCheckIn {
                note: Some("x".repeat(100_001)),
                ..NewCheckIn::default()
            },
            Some(ErrorKind::Invalid),
        ),
    ];
    for (check_in, expected) in cases {
        assert_eq!(
            check_in.validate(content()).err().map(|e| e.kind()),
            expected,
            "{check_in:?}"
        );
    }
}
