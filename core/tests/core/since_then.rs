//! The days after: one tap plans "check on me tomorrow and in three days", locked or not, and
//! a reminder that falls due opens a "since then" check-in that looks back on the moment.

use crate::support::london;
use aftercare_core::{
    content::{AnswerKind, Company, Occasion, OptionId, QuestionId},
    model::{Answer, NewCheckIn, Scales},
    reminders::{Preset, ReminderState, Schedule, ANCHOR_MINUTES},
    vault::{Recorded, VaultStatus},
};
use chrono::{Duration, Timelike};

use crate::support::*;

fn since_then(how: &str) -> NewCheckIn {
    NewCheckIn {
        occasion: Occasion::SinceThen,
        answers: vec![Answer {
            question: QuestionId("since-how".into()),
            options: vec![OptionId(how.into())],
            text: None,
        }],
        scales: Scales {
            feelings: Some(2),
            ..Scales::default()
        },
        ..NewCheckIn::default()
    }
}

#[test]
fn the_since_then_check_in_asks_how_you_have_been_not_the_right_after_questions() {
    let since: Vec<&str> = content()
        .questions_for(Occasion::SinceThen)
        .map(|q| q.id.as_str())
        .collect();
    for id in [
        "since-how",
        "scale-body",
        "scale-feelings",
        "since-need",
        "note",
    ] {
        assert!(since.contains(&id), "{id} is asked since then: {since:?}");
    }
    for id in ["how-was-that", "felt-respected", "scale-desire", "feel-now"] {
        assert!(!since.contains(&id), "{id} is a right-after question");
    }
    let right_after: Vec<&str> = content()
        .questions_for(Occasion::RightAfter)
        .map(|q| q.id.as_str())
        .collect();
    assert!(right_after.contains(&"felt-respected"));
    assert!(!right_after.contains(&"since-how"));
    // Feeling low since leads to the page on drop.
    let how = content().question("since-how").unwrap();
    assert_eq!(how.answer, AnswerKind::Chips);
    let low = since_then("low").replies(content());
    assert!(
        low.iter()
            .any(|f| f.learn.as_ref().is_some_and(|p| p.as_str() == "drop")),
        "{low:?}"
    );
}

#[test]
fn one_tap_plans_tomorrow_and_three_days_from_the_moment() {
    let mut f = set_up();
    let end = evening();
    f.vault
        .record_care(content(), &water(), end, &mut rng())
        .unwrap();
    let now = end + minutes(10);

    let due = f.vault.plan_follow_ups(now, &london()).unwrap();

    // 22:40 rounded up to the quarter hour, a day and three days on.
    let anchor = end + minutes(5);
    assert_eq!(
        due,
        vec![anchor + Duration::days(1), anchor + Duration::days(3)]
    );
    let store = f.vault.store().unwrap();
    let pending = store.reminders_pending().unwrap();
    assert_eq!(
        pending
            .iter()
            .map(|r| (r.preset, r.due_at))
            .collect::<Vec<_>>(),
        vec![(Preset::NextDay, due[0]), (Preset::ThreeDays, due[1])]
    );
    assert!(
        pending.iter().all(|r| r.moment.is_some()),
        "linked to the moment"
    );
    assert_eq!(f.vault.schedule().pending.len(), 2, "the timer knows");

    let again = f
        .vault
        .plan_follow_ups(now + minutes(1), &london())
        .unwrap();
    assert_eq!(again, due, "a second tap plans the same two, not four");
    assert_eq!(
        f.vault.store().unwrap().reminders_pending().unwrap().len(),
        2
    );
}

#[test]
fn a_plan_made_while_locked_writes_only_due_minutes_and_is_kept_at_unlock() {
    let mut f = set_up();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault.lock();
    let before = files(f.dir.path());
    let now = evening() + minutes(10);

    let due = f.vault.plan_follow_ups(now, &london()).unwrap();

    // Locked, the plan counts from now (rounded up to the quarter hour): the moment's end is
    // in the encrypted store.
    assert_eq!(due.len(), 2);
    assert_eq!(due[0].minute() % ANCHOR_MINUTES as u32, 0);
    assert_eq!(due[1] - due[0], Duration::days(2));
    let after = files(f.dir.path());
    let changed: Vec<&String> = after
        .iter()
        .filter(|(name, bytes)| before.get(*name) != Some(*bytes))
        .map(|(name, _)| name)
        .collect();
    assert_eq!(
        changed,
        vec!["reminder-schedule"],
        "nothing else is written"
    );
    let schedule = f.vault.schedule();
    assert_eq!(
        schedule,
        Schedule {
            pending: due
                .iter()
                .map(|d| aftercare_core::reminders::Pending::at(*d))
                .collect(),
            ..Schedule::default()
        },
        "the file holds due minutes, as it always did, and nothing else"
    );
    let again = f.vault.plan_follow_ups(now, &london()).unwrap();
    assert_eq!(again, due);
    assert_eq!(
        f.vault.schedule().pending.len(),
        2,
        "a second tap adds none"
    );

    f.vault
        .unlock(&passcode(PASSCODE), now + minutes(5))
        .unwrap();

    let pending = f.vault.store().unwrap().reminders_pending().unwrap();
    assert_eq!(
        pending.iter().map(|r| r.due_at).collect::<Vec<_>>(),
        due,
        "after unlock both are in the encrypted store"
    );
    assert!(pending.iter().all(|r| r.state == ReminderState::Pending));
    // And cancelling one after unlock is not undone by the next unlock.
    let first = pending[0].id;
    f.vault
        .write(|store| store.set_reminder_state(first, ReminderState::Cancelled))
        .unwrap();
    f.vault.lock();
    f.vault
        .unlock(&passcode(PASSCODE), now + minutes(6))
        .unwrap();
    assert_eq!(
        f.vault.store().unwrap().reminders_pending().unwrap().len(),
        1
    );
}

#[test]
fn a_plan_before_set_up_is_refused_calmly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = aftercare_core::data_dir::DataDir::resolve(
        Some(tmp.path().join("data")),
        tmp.path().join("unused"),
    )
    .unwrap();
    let mut vault = aftercare_core::vault::Vault::new(&dir);
    assert_eq!(vault.status(), VaultStatus::NotSetUp);
    assert!(vault.plan_follow_ups(evening(), &london()).is_err());
    assert!(!dir.path().join("reminder-schedule").exists());
}

#[test]
fn the_check_in_a_follow_up_reminder_opens_looks_back_on_its_moment() {
    let mut f = set_up();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    let due = f.vault.plan_follow_ups(evening(), &london()).unwrap();
    let moment = f.vault.store().unwrap().history(10, None).unwrap()[0]
        .moment
        .clone();

    // The next day the reminder falls due, and the person answers "since then".
    let mut schedule = f.vault.schedule();
    assert!(schedule.take_due(due[0], Duration::days(3)), "it notifies");
    let saved = f
        .vault
        .save_check_in(&since_then("low"), due[0] + minutes(3), &mut rng())
        .unwrap();

    assert_eq!(saved, Recorded::InMoment { moment: moment.id });
    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert_eq!(history.len(), 1, "no new moment a day later: {history:?}");
    assert_eq!(
        history[0].check_ins[0].content.occasion,
        Occasion::SinceThen
    );
    assert_eq!(
        history[0].moment.last_activity_at, moment.last_activity_at,
        "looking back does not reopen the moment"
    );
    // A right-after check-in a day later is a new moment, as before.
    f.vault
        .save_check_in(&NewCheckIn::default(), due[0] + minutes(5), &mut rng())
        .unwrap();
    assert_eq!(f.vault.store().unwrap().history(10, None).unwrap().len(), 2);
}

#[test]
fn a_since_then_check_in_sealed_while_locked_joins_its_moment_at_unlock() {
    let mut f = set_up();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault.lock();
    let next_day = evening() + Duration::days(1);
    let saved = f
        .vault
        .save_check_in(&since_then("okay"), next_day, &mut rng())
        .unwrap();
    assert_eq!(saved, Recorded::Sealed);

    f.vault
        .unlock(&passcode(PASSCODE), next_day + minutes(1))
        .unwrap();

    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert_eq!(history.len(), 1, "{history:?}");
    assert_eq!(history[0].care.len(), 1);
    assert_eq!(history[0].check_ins.len(), 1);
    assert_eq!(
        history[0].check_ins[0].content.occasion,
        Occasion::SinceThen
    );
}

#[test]
fn a_since_then_check_in_with_no_moment_before_it_starts_one() {
    let mut f = set_up();
    f.vault
        .save_check_in(&since_then("good"), evening(), &mut rng())
        .unwrap();
    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(
        history[0].check_ins[0].content.occasion,
        Occasion::SinceThen
    );
}

#[test]
fn more_than_one_person_is_a_choice_and_is_kept() {
    let mut f = set_up();
    let check_in = NewCheckIn {
        company: Some(Company::Group),
        ..NewCheckIn::default()
    };
    check_in.validate(content()).unwrap();
    f.vault
        .save_check_in(&check_in, evening(), &mut rng())
        .unwrap();
    f.vault.lock();
    f.vault
        .save_check_in(&check_in, evening() + Duration::days(2), &mut rng())
        .unwrap();
    f.vault
        .unlock(&passcode(PASSCODE), evening() + Duration::days(2))
        .unwrap();
    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert_eq!(history.len(), 2);
    for moment in &history {
        assert_eq!(moment.moment.company, Some(Company::Group));
        assert_eq!(moment.check_ins[0].content.company, Some(Company::Group));
    }
    // Questions for a partner are there for a group too.
    let asked: Vec<&str> = content()
        .questions
        .iter()
        .filter(|q| q.company.contains(&Company::Group))
        .map(|q| q.id.as_str())
        .collect();
    for id in [
        "how-was-that",
        "need-anything",
        "felt-respected",
        "feel-now",
    ] {
        assert!(asked.contains(&id), "{id} fits a group: {asked:?}");
    }
}

#[test]
fn migrating_to_groups_and_since_then_keeps_everything_and_its_links() {
    use aftercare_core::store::{DataKey, Store, SCHEMA_VERSION};
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("aftercare.db");
    let key = DataKey::for_tests(&mut rng());
    let mut before = Store::open_at_schema(&path, &key, 4).unwrap();
    let moment = before.record_care(&water(), evening()).unwrap().1;
    let entry = before
        .create_journal_entry("a quiet evening", None, Some(moment), evening())
        .unwrap();
    // A check-in as the previous version wrote it.
    before
        .execute_batch_for_tests(&format!(
            "UPDATE moment SET setting = 'solo' WHERE id = {id};
             INSERT INTO check_in (moment_id, at, setting, body, answers, note)
             VALUES ({id}, {at}, 'solo', 4, '[]', 'kept');",
            id = moment.0,
            at = evening().timestamp_millis() + 60_000,
        ))
        .unwrap();
    drop(before);

    let mut after = Store::open_at_schema(&path, &key, SCHEMA_VERSION).unwrap();
    assert_eq!(after.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(after.integrity_check().unwrap(), ["ok"]);
    let history = after.history(10, None).unwrap();
    assert_eq!(history.len(), 1);
    let kept = &history[0];
    assert_eq!(kept.moment.id, moment);
    assert_eq!(kept.moment.company, Some(Company::Solo));
    assert_eq!(kept.care.len(), 1);
    assert_eq!(kept.journal.len(), 1);
    let check_in = &kept.check_ins[0].content;
    assert_eq!(check_in.note.as_deref(), Some("kept"));
    assert_eq!(check_in.scales.body, Some(4));
    assert_eq!(check_in.occasion, Occasion::RightAfter);

    // The links between tables still hold: deleting the moment takes its care and check-ins
    // with it and keeps the journal entry, unlinked.
    after.delete_moment(moment).unwrap();
    assert!(after.history(10, None).unwrap().is_empty());
    assert_eq!(after.journal_entry(entry.id).unwrap().moment, None);
    let orphans = after
        .pragma_for_tests("foreign_key_check")
        .unwrap_or_default();
    assert!(orphans.is_empty(), "{orphans}");
}
