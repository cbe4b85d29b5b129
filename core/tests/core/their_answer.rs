//! "Send them a check-in", then what they said: noted on the moment it was about, kept like any
//! check-in (encrypted, in the history, in backups), counted in the insights, and never taken
//! for a check-in of one's own.

use aftercare_core::{
    content::{OptionId, THEY_SAID_QUESTION},
    insights::insights,
    model::TheirAnswer,
    reminders::Preset,
    ErrorKind,
};
use chrono::Duration;

use crate::support::*;

fn said(option: &str, words: Option<&str>) -> TheirAnswer {
    TheirAnswer {
        said: Some(OptionId(option.into())),
        words: words.map(Into::into),
    }
}

#[test]
fn their_answer_is_noted_on_its_moment_and_shown_in_history_and_insights() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    let moment = store.record_care(&water(), evening()).unwrap().1;
    let ended = store
        .end_moment(moment, evening() + minutes(20))
        .unwrap()
        .moment;
    // Today, a new moment of another kind; their answer is about the first one.
    let later = store
        .record_care(&water(), evening() + Duration::days(2))
        .unwrap()
        .1;
    store
        .add_reminder(
            Some(moment),
            Preset::NextDay,
            evening() + Duration::days(1),
            evening(),
        )
        .unwrap();

    let next_day = evening() + Duration::days(1) + minutes(30);
    let answer = said("talk", Some("  CANARY-THEIR-ANSWER-4d1e  "))
        .to_check_in(content())
        .unwrap();
    store.note_their_answer(moment, &answer, next_day).unwrap();
    let okay = said("okay", None).to_check_in(content()).unwrap();
    store
        .note_their_answer(later, &okay, next_day + Duration::days(1))
        .unwrap();

    let history = store.history(10, None).unwrap();
    let first = history.iter().find(|m| m.moment.id == moment).unwrap();
    assert_eq!(
        first.moment, ended,
        "noting an answer leaves the moment as it was"
    );
    let noted = &first.check_ins[0];
    assert_eq!(noted.at, next_day);
    assert_eq!(
        noted.content.answers[0].question.as_str(),
        THEY_SAID_QUESTION
    );
    assert_eq!(noted.content.answers[0].options, [OptionId("talk".into())]);
    assert_eq!(
        noted.content.answers[1].text.as_deref(),
        Some("CANARY-THEIR-ANSWER-4d1e"),
        "their words, trimmed"
    );
    assert_eq!(
        store.reminders_pending().unwrap().len(),
        1,
        "my own reminder is not answered by theirs"
    );

    let found = insights(
        &store.history_all().unwrap(),
        content(),
        &aftercare_core::zone::Zone::utc(),
    );
    let counts: Vec<(&str, usize)> = found
        .their_answers
        .iter()
        .map(|a| (a.answer.as_str(), a.times))
        .collect();
    assert_eq!(counts, [("okay", 1), ("talk", 1)], "in the content's order");
    assert!(
        found.days_after.iter().all(|d| d.means.count == 0),
        "their answer is no scale of mine"
    );

    store.checkpoint_truncate().unwrap();
    for (file, bytes) in files(f.dir.path()) {
        assert!(
            !contains(&bytes, b"CANARY-THEIR-ANSWER-4d1e"),
            "their words are readable in {file}"
        );
    }
}

#[test]
fn an_empty_or_unknown_answer_or_a_missing_moment_is_refused() {
    let mut f = set_up();
    let nothing = TheirAnswer {
        said: None,
        words: Some("   ".into()),
    };
    assert_eq!(
        nothing.to_check_in(content()).unwrap_err().kind(),
        ErrorKind::Invalid
    );
    assert_eq!(
        said("fine-whatever", None)
            .to_check_in(content())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    let words_only = TheirAnswer {
        said: None,
        words: Some("all good x".into()),
    };
    let answer = words_only.to_check_in(content()).unwrap();
    let store = f.vault.store_for_tests().unwrap();
    assert_eq!(
        store
            .note_their_answer(aftercare_core::model::MomentId(99), &answer, evening())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert!(
        store.history(10, None).unwrap().is_empty(),
        "no moment made for it"
    );
}

#[test]
fn their_answer_is_kept_in_a_backup_and_restored_once() {
    let tmp = tempfile::tempdir().unwrap();
    let mut from = set_up();
    let store = from.vault.store_for_tests().unwrap();
    let moment = store.record_care(&water(), evening()).unwrap().1;
    let answer = said("okay", Some("thanks for asking"))
        .to_check_in(content())
        .unwrap();
    store
        .note_their_answer(moment, &answer, evening() + Duration::days(1))
        .unwrap();
    let made = crate::backups::back_up(&mut from, tmp.path(), 2903);
    let mut to = set_up();
    crate::backups::restore(&mut to, &made.path);
    let history = to
        .vault
        .store_for_tests()
        .unwrap()
        .history(10, None)
        .unwrap();
    assert_eq!(history[0].check_ins.len(), 1);
    assert_eq!(history[0].check_ins[0].content, answer);
}
