//! Answering a reminder from the notification itself (issue 15): "I'm okay" records a short
//! "since then" check-in and marks the reminder done, "Later" brings it back after the chosen
//! step, "Not so good" records nothing. Each is applied once, however often it arrives.

use crate::support::london;
use aftercare_core::{
    content::Occasion,
    reminders::{Pending, Preset, ReminderAnswer, ReminderState, Schedule},
    vault::{Answered, Recorded},
};
use chrono::{DateTime, Duration, Utc};

use crate::support::*;

/// A vault with a moment and a reminder tomorrow that has just been shown: returns its minute.
fn shown_reminder(f: &mut Fixture) -> (Pending, DateTime<Utc>) {
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault
        .write(|store| {
            store.set_reminder(
                Preset::NextDay,
                None,
                evening(),
                &london(),
                Duration::hours(1),
            )
        })
        .unwrap();
    let mut schedule = f.vault.schedule();
    let due = schedule.pending[0];
    assert!(schedule.take_due(due.due_at(), Duration::days(3)));
    f.vault.save_schedule(&schedule).unwrap();
    (due, due.due_at() + minutes(1))
}

fn check_ins(f: &mut Fixture) -> Vec<aftercare_core::model::CheckIn> {
    f.vault
        .store()
        .unwrap()
        .history(10, None)
        .unwrap()
        .into_iter()
        .flat_map(|m| m.check_ins)
        .collect()
}

fn states(f: &mut Fixture) -> Vec<ReminderState> {
    let store = f.vault.store().unwrap();
    store
        .reminders_all_for_tests()
        .unwrap()
        .iter()
        .map(|r| r.state)
        .collect()
}

#[test]
fn i_am_okay_records_a_since_then_check_in_once_and_marks_the_reminder_done() {
    let mut f = set_up();
    let (due, now) = shown_reminder(&mut f);

    let first = f
        .vault
        .answer_reminder(due, ReminderAnswer::Okay, now, 60, &mut rng())
        .unwrap();
    let again = f
        .vault
        .answer_reminder(due, ReminderAnswer::Okay, now + minutes(1), 60, &mut rng())
        .unwrap();

    assert!(
        matches!(first, Answered::Recorded(Recorded::InMoment { .. })),
        "{first:?}"
    );
    assert_eq!(
        again,
        Answered::Already,
        "the same answer arriving twice counts once"
    );
    let check_ins = check_ins(&mut f);
    assert_eq!(check_ins.len(), 1, "{check_ins:?}");
    assert_eq!(check_ins[0].content.occasion, Occasion::SinceThen);
    assert_eq!(
        check_ins[0].content.answers[0].question.as_str(),
        "since-how"
    );
    assert_eq!(states(&mut f), vec![ReminderState::Done]);
    assert_eq!(
        f.vault.store().unwrap().history(10, None).unwrap().len(),
        1,
        "it looks back on the moment, no new one"
    );
}

#[test]
fn i_am_okay_while_locked_is_sealed_and_merged_once_at_unlock() {
    let mut f = set_up();
    let (due, now) = shown_reminder(&mut f);
    f.vault.lock();

    let first = f
        .vault
        .answer_reminder(due, ReminderAnswer::Okay, now, 60, &mut rng())
        .unwrap();
    f.vault
        .answer_reminder(due, ReminderAnswer::Okay, now, 60, &mut rng())
        .unwrap();
    assert_eq!(first, Answered::Recorded(Recorded::Sealed));

    let report = f
        .vault
        .unlock(&passcode(PASSCODE), now + minutes(2))
        .unwrap();
    assert_eq!(report.merged, 1, "{report:?}");
    let check_ins = check_ins(&mut f);
    assert_eq!(check_ins.len(), 1, "merged exactly once");
    assert_eq!(check_ins[0].content.occasion, Occasion::SinceThen);
    assert_eq!(states(&mut f), vec![ReminderState::Done]);
}

#[test]
fn later_brings_the_reminder_back_after_the_chosen_step_once() {
    let mut f = set_up();
    let (due, now) = shown_reminder(&mut f);

    let answered = f
        .vault
        .answer_reminder(due, ReminderAnswer::Later, now, 30, &mut rng())
        .unwrap();
    let again = f
        .vault
        .answer_reminder(due, ReminderAnswer::Later, now + minutes(1), 30, &mut rng())
        .unwrap();

    assert_eq!(
        answered,
        Answered::Later {
            until: now + minutes(30)
        }
    );
    assert_eq!(again, Answered::Already);
    let pending = f.vault.store().unwrap().reminders_pending().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].due_at, now + minutes(30));
    assert_eq!(
        f.vault.schedule().pending,
        vec![Pending::at(now + minutes(30))],
        "the timer knows the new time"
    );
    assert!(check_ins(&mut f).is_empty(), "nothing is recorded");
}

#[test]
fn later_while_locked_comes_back_from_the_schedule_and_is_kept_at_unlock() {
    let mut f = set_up();
    let (due, now) = shown_reminder(&mut f);
    f.vault.lock();

    let answered = f
        .vault
        .answer_reminder(due, ReminderAnswer::Later, now, 30, &mut rng())
        .unwrap();
    let again = f
        .vault
        .answer_reminder(due, ReminderAnswer::Later, now, 30, &mut rng())
        .unwrap();
    assert_eq!(
        answered,
        Answered::Later {
            until: now + minutes(30)
        }
    );
    assert_eq!(again, Answered::Already);
    let schedule = f.vault.schedule();
    assert_eq!(schedule.pending, vec![Pending::at(now + minutes(30))]);

    f.vault
        .unlock(&passcode(PASSCODE), now + minutes(2))
        .unwrap();
    let pending = f.vault.store().unwrap().reminders_pending().unwrap();
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0].due_at, Pending::at(now + minutes(30)).due_at());
    assert_eq!(
        f.vault.schedule(),
        Schedule {
            pending: vec![Pending::at(now + minutes(30))],
            ..Schedule::default()
        }
    );
}

#[test]
fn not_so_good_records_nothing_and_the_answers_have_their_action_ids() {
    let mut f = set_up();
    let (due, now) = shown_reminder(&mut f);
    let answered = f
        .vault
        .answer_reminder(due, ReminderAnswer::NotSoGood, now, 60, &mut rng())
        .unwrap();
    assert_eq!(answered, Answered::Nothing);
    assert!(check_ins(&mut f).is_empty());
    for answer in ReminderAnswer::ALL {
        assert_eq!(ReminderAnswer::from_action(answer.action()), Some(answer));
    }
    assert_eq!(ReminderAnswer::from_action("default"), None);
    assert_eq!(ReminderAnswer::from_action("__closed"), None);
    // Every wording has its three answers, in words neutral enough for a lock screen.
    for wording in &content().reminder_wordings {
        for answer in ReminderAnswer::ALL {
            let label = wording.answer(answer);
            assert!(
                !label.trim().is_empty() && label.chars().count() <= 20,
                "{label}"
            );
        }
    }
}

#[test]
fn a_reminder_due_between_minutes_is_marked_by_the_minute_the_timer_kept() {
    // "In about an hour" falls between whole minutes; the schedule keeps it rounded up.
    let mut f = set_up();
    let now = evening() + Duration::seconds(17);
    f.vault
        .write(|store| {
            store.set_reminder(Preset::InAnHour, None, now, &london(), Duration::hours(1))
        })
        .unwrap();
    let mut schedule = f.vault.schedule();
    let due = schedule.pending[0];
    assert!(schedule.take_due(due.due_at(), Duration::days(3)));
    f.vault.save_schedule(&schedule).unwrap();

    // The timer's mark is taken into the store with the next write, whatever it is.
    f.vault.write(|_| Ok(())).unwrap();

    assert_eq!(states(&mut f), vec![ReminderState::Shown]);
    assert!(
        f.vault.schedule().pending.is_empty(),
        "shown once, never handed back to the timer"
    );

    // "Later" on it finds it by the same minute.
    let answered = f
        .vault
        .answer_reminder(due, ReminderAnswer::Later, due.due_at(), 30, &mut rng())
        .unwrap();
    assert_eq!(
        answered,
        Answered::Later {
            until: due.due_at() + minutes(30)
        }
    );
}
