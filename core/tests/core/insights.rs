//! "What helps me" (issue 18 §1): insights worked out from hand-made histories whose answers
//! are known: empty, one moment, ties, and clear differences either way.

use crate::support::berlin;
use aftercare_core::{
    content::{ActionId, Occasion},
    insights::{insights, Lean, Span, ENOUGH},
    model::{Care, CheckIn, CheckInId, Moment, MomentHistory, MomentId, NewCheckIn, Scales},
};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::support::*;

fn day(n: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, 1, 20, 0, 0).unwrap() + Duration::days(n)
}

/// A moment on day `n` with these care actions and one right-after check-in with `feelings`
/// (and body and mind the same), if any.
fn moment(n: i64, actions: &[&str], feelings: Option<u8>) -> MomentHistory {
    let start = day(n);
    let check_ins = feelings
        .map(|f| check_in(n, start + Duration::minutes(30), Occasion::RightAfter, f))
        .into_iter()
        .collect();
    MomentHistory {
        moment: Moment {
            id: MomentId(n),
            started_at: start,
            last_activity_at: start + Duration::minutes(30),
            company: None,
            ended_at: None,
        },
        care: actions
            .iter()
            .map(|a| Care {
                action: ActionId((*a).into()),
                at: start,
            })
            .collect(),
        check_ins,
        journal: vec![],
    }
}

fn check_in(id: i64, at: DateTime<Utc>, occasion: Occasion, value: u8) -> CheckIn {
    CheckIn {
        id: CheckInId(id),
        moment: MomentId(id),
        at,
        content: NewCheckIn {
            occasion,
            scales: Scales {
                body: Some(value),
                feelings: Some(value),
                mind: Some(value),
                desire: Some(3),
            },
            ..NewCheckIn::default()
        },
    }
}

fn care<'a>(
    found: &'a aftercare_core::insights::Insights,
    action: &str,
) -> &'a aftercare_core::insights::CareInsight {
    found
        .care
        .iter()
        .find(|c| c.action.as_str() == action)
        .unwrap()
}

#[test]
fn an_empty_history_says_there_is_not_enough_yet_everywhere() {
    let found = insights(&[], content(), &berlin());
    assert_eq!(found.moments, 0);
    assert_eq!(
        found.care.len(),
        content().actions.len(),
        "one per care action"
    );
    assert!(found.care.iter().all(|c| c.lean == Lean::NotEnough));
    assert!(found
        .days_after
        .iter()
        .all(|d| !d.enough && d.means.count == 0));
    assert_eq!(found.days_after.len(), Span::ALL.len());
    assert!(found.calendar.is_empty());
}

#[test]
fn one_moment_is_not_enough_to_compare() {
    let found = insights(&[moment(0, &["water"], Some(5))], content(), &berlin());
    assert_eq!(found.moments, 1);
    let water = care(&found, "water");
    assert_eq!(water.with.count, 1);
    assert_eq!(water.with.feelings, Some(5.0));
    assert_eq!(water.lean, Lean::NotEnough);
    assert_eq!(water.difference, None);
}

#[test]
fn care_that_goes_with_feeling_better_and_care_that_makes_no_difference() {
    // Water on days 0–2 with feelings 4, 4, 5; none on days 3–5 with 2, 3, 2. A blanket
    // every time: nothing to compare it with. A cuddle evenly on both sides with the same
    // answers: a tie.
    let history = vec![
        moment(0, &["water", "blanket", "cuddle"], Some(4)),
        moment(1, &["water", "blanket"], Some(4)),
        moment(2, &["water", "blanket"], Some(5)),
        moment(3, &["blanket", "cuddle"], Some(2)),
        moment(4, &["blanket"], Some(3)),
        moment(5, &["blanket"], Some(2)),
        moment(6, &["blanket"], None), // no check-in: counts for neither side
    ];
    let found = insights(&history, content(), &berlin());

    let water = care(&found, "water");
    assert_eq!((water.with.count, water.without.count), (3, 3));
    let with = water.with.feelings.unwrap();
    let without = water.without.feelings.unwrap();
    assert!((with - 13.0 / 3.0).abs() < 1e-5, "{with}");
    assert!((without - 7.0 / 3.0).abs() < 1e-5, "{without}");
    assert!((water.difference.unwrap() - 2.0).abs() < 1e-5);
    assert_eq!(water.lean, Lean::Better);
    assert_eq!(
        water.with.desire,
        Some(3.0),
        "desire is shown, never judged"
    );

    assert_eq!(
        care(&found, "blanket").lean,
        Lean::NotEnough,
        "never without it"
    );
    assert_eq!(care(&found, "cuddle").with.count, 2);
    assert_eq!(
        care(&found, "cuddle").lean,
        Lean::NotEnough,
        "below {ENOUGH}"
    );
}

#[test]
fn a_tie_is_about_the_same_and_a_lower_average_says_so() {
    let mut tie = vec![];
    let mut lower = vec![];
    for n in 0..3 {
        tie.push(moment(n, &["film"], Some(3)));
        tie.push(moment(10 + n, &[], Some(3)));
        lower.push(moment(n, &["rest"], Some(2)));
        lower.push(moment(10 + n, &[], Some(3)));
    }
    let film = care(&insights(&tie, content(), &berlin()), "film").clone();
    assert_eq!(film.lean, Lean::Same, "{film:?}");
    assert_eq!(film.difference, Some(0.0));
    let rest = care(&insights(&lower, content(), &berlin()), "rest").clone();
    assert_eq!(rest.lean, Lean::Lower, "{rest:?}");
}

#[test]
fn the_days_after_show_when_a_dip_tends_to_come() {
    // Right after: 4s. The next day: 4s. Day two: 2s (a dip). Day three: 3s.
    let mut history = vec![];
    for n in 0..3 {
        let mut m = moment(n * 7, &["water"], Some(4));
        let end = m.moment.end();
        for (hours, value) in [(24, 4), (48, 2), (72, 3)] {
            m.check_ins.push(check_in(
                100 + n,
                end + Duration::hours(hours),
                Occasion::SinceThen,
                value,
            ));
        }
        history.push(m);
    }
    let found = insights(&history, content(), &berlin());
    let by_span = |span: Span| found.days_after.iter().find(|d| d.span == span).unwrap();
    assert_eq!(by_span(Span::RightAfter).means.feelings, Some(4.0));
    assert_eq!(by_span(Span::NextDay).means.feelings, Some(4.0));
    assert_eq!(by_span(Span::DayTwo).means.feelings, Some(2.0));
    assert_eq!(by_span(Span::DayThree).means.feelings, Some(3.0));
    assert!(Span::ALL[..4].iter().all(|&s| by_span(s).enough));
    assert!(!by_span(Span::Later).enough);
    // The since-then check-ins are compared too: water is in every moment here.
    assert_eq!(care(&found, "water").since_with.count, 3);
}

#[test]
fn the_calendar_marks_local_days_once() {
    // 23:30 UTC is already the next day in Berlin; two moments on one day are one mark.
    let late = {
        let mut m = moment(0, &[], None);
        m.moment.started_at = Utc.with_ymd_and_hms(2026, 10, 1, 23, 30, 0).unwrap();
        m
    };
    let history = vec![moment(3, &[], None), late, moment(3, &[], None)];
    let found = insights(&history, content(), &berlin());
    assert_eq!(
        found.calendar,
        vec![
            NaiveDate::from_ymd_opt(2026, 10, 2).unwrap(),
            NaiveDate::from_ymd_opt(2026, 10, 4).unwrap(),
        ]
    );
}

#[test]
fn the_store_gives_the_whole_history_to_work_from() {
    let mut f = set_up();
    for n in 0..30 {
        f.vault
            .record_care(
                content(),
                &water(),
                evening() + Duration::days(n),
                &mut rng(),
            )
            .unwrap();
    }
    for n in [3, 7] {
        let at = evening() + Duration::days(n) + Duration::minutes(5);
        f.vault
            .save_check_in(&NewCheckIn::default(), at, &mut rng())
            .unwrap();
        let moment = f
            .vault
            .store_for_tests()
            .unwrap()
            .history(40, None)
            .unwrap()[29 - n as usize]
            .moment
            .id;
        f.vault
            .store_for_tests()
            .unwrap()
            .create_journal_entry("a line", None, Some(moment), at)
            .unwrap();
    }
    let store = f.vault.store_for_tests().unwrap();
    let all = store.history_all().unwrap();
    assert_eq!(all.len(), 30);
    assert_eq!(
        all,
        store.history(200, None).unwrap(),
        "the same as the history's pages, read in four queries"
    );
    let found = insights(&all, content(), &berlin());
    assert_eq!(found.calendar.len(), 30);
}
