//! Ending a moment on purpose, the moment Home shows, and the "check on me tomorrow" offer.

use aftercare_core::{
    card::{AftercareCard, CardAnswer},
    content::CHECK_TOMORROW_FIELD,
    model::{MomentId, NewCheckIn},
    reminders::Preset,
    store::Store,
    ErrorKind,
};

use crate::support::*;

fn ask_for_tomorrow(store: &mut Store, yes: bool) {
    let mut card = AftercareCard::default();
    card.fields.insert(
        CHECK_TOMORROW_FIELD.into(),
        CardAnswer {
            yes: Some(yes),
            ..CardAnswer::default()
        },
    );
    store.save_card(&card).unwrap();
}

#[test]
fn an_ended_moment_takes_no_more_taps_and_counts_from_its_end() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    let first = store.record_care(&water(), evening()).unwrap().1;
    let ended = store
        .end_moment(first, evening() + minutes(20))
        .unwrap()
        .moment;
    assert_eq!(ended.ended_at, Some(evening() + minutes(20)));
    assert_eq!(ended.end(), evening() + minutes(20));

    let next = store
        .record_care(&water(), evening() + minutes(25))
        .unwrap()
        .1;
    assert_ne!(
        first, next,
        "after 'End this moment' a tap starts a new moment, even within the window"
    );

    // A check-in soon after the end looks back on the moment just ended.
    let (_, reflected) = store
        .save_check_in(&NewCheckIn::default(), evening() + minutes(21))
        .unwrap();
    assert_eq!(reflected, first);

    // A tap sealed while locked before the end, merged later, still belongs to the first one.
    let late = store
        .record_care(&water(), evening() + minutes(10))
        .unwrap()
        .1;
    assert_eq!(late, first);

    let again = store
        .end_moment(first, evening() + minutes(90))
        .unwrap()
        .moment;
    assert_eq!(
        again.ended_at,
        Some(evening() + minutes(20)),
        "ending it twice keeps the first end"
    );
    let history = store.history(10, None).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].moment.ended_at, Some(evening() + minutes(20)));
    assert_eq!(history[0].moment.ended_at, None);

    assert_eq!(
        store
            .end_moment(MomentId(9_999), evening())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn the_recent_moment_is_open_or_ended_within_the_window() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    assert_eq!(store.recent_moment(evening()).unwrap(), None);
    let moment = store.record_care(&water(), evening()).unwrap().1;
    let recent = |store: &Store, at| store.recent_moment(at).unwrap().map(|m| m.id);
    assert_eq!(recent(store, evening() + minutes(170)), Some(moment));
    assert_eq!(
        recent(store, evening() + minutes(181)),
        None,
        "three hours after the last tap it is no longer recent"
    );

    store.end_moment(moment, evening() + minutes(60)).unwrap();
    assert_eq!(recent(store, evening() + minutes(230)), Some(moment));
    assert_eq!(recent(store, evening() + minutes(241)), None);
}

#[test]
fn check_on_me_tomorrow_is_offered_once_per_moment_when_the_card_asks() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    let now = evening() + minutes(30);
    let moment = store.record_care(&water(), evening()).unwrap().1;
    assert!(
        !store.offers_check_tomorrow(now).unwrap(),
        "no card, no offer"
    );

    ask_for_tomorrow(store, false);
    assert!(!store.offers_check_tomorrow(now).unwrap());

    ask_for_tomorrow(store, true);
    assert!(store.offers_check_tomorrow(now).unwrap());
    store.end_moment(moment, now).unwrap();
    assert!(
        store.offers_check_tomorrow(now).unwrap(),
        "ending the moment offers it"
    );

    store
        .add_reminder(Some(moment), Preset::NextDay, now + minutes(24 * 60), now)
        .unwrap();
    assert!(
        !store.offers_check_tomorrow(now).unwrap(),
        "not again once that reminder is set"
    );
    assert!(
        !store
            .offers_check_tomorrow(evening() + minutes(6 * 60))
            .unwrap(),
        "nor long after the moment"
    );
}

#[test]
fn deleting_a_moment_removes_its_care_and_check_ins_and_keeps_the_journal() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    let gone = store.record_care(&water(), evening()).unwrap().1;
    let (_, same) = store
        .save_check_in(
            &NewCheckIn {
                note: Some("a quiet, good night".into()),
                ..NewCheckIn::default()
            },
            evening() + minutes(5),
        )
        .unwrap();
    assert_eq!(same, gone);
    let entry = store
        .create_journal_entry("we laughed", None, Some(gone), evening() + minutes(6))
        .unwrap();
    let kept = store
        .record_care(&water(), evening() + minutes(24 * 60))
        .unwrap()
        .1;

    store.delete_moment(gone).unwrap();

    let history = store.history(10, None).unwrap();
    assert_eq!(
        history.iter().map(|m| m.moment.id).collect::<Vec<_>>(),
        [kept],
        "only the other moment is left"
    );
    let entry = store.journal_entry(entry.id).unwrap();
    assert_eq!(entry.moment, None, "the entry stays, unlinked");
    assert_eq!(
        store.delete_moment(gone).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
}

#[test]
fn not_now_to_check_on_me_tomorrow_is_kept_for_that_moment_only() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    ask_for_tomorrow(store, true);
    let now = evening() + minutes(30);
    store.record_care(&water(), evening()).unwrap();
    assert!(store.offers_check_tomorrow(now).unwrap());

    store.decline_check_tomorrow(now).unwrap();
    assert!(
        !store.offers_check_tomorrow(now).unwrap(),
        "\"not now\" is heard"
    );

    // A later moment is a new question.
    let later = evening() + minutes(24 * 60);
    store.record_care(&water(), later).unwrap();
    assert!(store.offers_check_tomorrow(later + minutes(5)).unwrap());
}
