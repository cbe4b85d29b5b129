use aftercare_core::zone::Zone;
use aftercare_core::{
    model::ReminderId,
    reminders::{due, due_time, next_due, snoozed_until, Pending, Preset, ReminderHours},
    ErrorKind,
};
use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::support::{london, troll};

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn local(tz: &Zone, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .unwrap()
        .with_timezone(&Utc)
}

const HOURS: ReminderHours = ReminderHours {
    morning: 9,
    evening: 21,
};

#[test]
fn each_preset_on_an_ordinary_day() {
    // A Thursday evening in November, London (UTC+0).
    let end = local(&london(), 2026, 11, 26, 22, 40);
    let now = end + Duration::minutes(5);
    let cases = [
        (Preset::InAnHour, now + Duration::hours(1)),
        (
            Preset::TomorrowMorning,
            local(&london(), 2026, 11, 27, 9, 0),
        ),
        // Counted from the moment's end rounded up to the quarter hour.
        (Preset::NextDay, local(&london(), 2026, 11, 27, 22, 45)),
        (Preset::TwoDays, local(&london(), 2026, 11, 28, 22, 45)),
        (Preset::ThreeDays, local(&london(), 2026, 11, 29, 22, 45)),
    ];
    for (preset, expected) in cases {
        assert_eq!(
            due_time(preset, None, end, now, &london(), HOURS).unwrap(),
            expected,
            "{preset:?}"
        );
    }
    let afternoon = local(&london(), 2026, 11, 26, 15, 0);
    assert_eq!(
        due_time(
            Preset::Tonight,
            None,
            afternoon,
            afternoon,
            &london(),
            HOURS
        )
        .unwrap(),
        local(&london(), 2026, 11, 26, 21, 0)
    );
    let custom = now + Duration::hours(5);
    assert_eq!(
        due_time(Preset::Custom, Some(custom), end, now, &london(), HOURS).unwrap(),
        custom
    );
}

#[test]
fn presets_keep_the_wall_clock_across_daylight_saving_changes() {
    // Clocks go forward in London at 01:00 UTC on 29 March 2026.
    let end = local(&london(), 2026, 3, 28, 22, 0);
    let now = end + Duration::minutes(1);
    let next_day = due_time(Preset::NextDay, None, end, now, &london(), HOURS).unwrap();
    assert_eq!(next_day, utc(2026, 3, 29, 21, 0), "22:00 BST the next day");
    assert_eq!(
        next_day - end,
        Duration::hours(23),
        "a day that is 23 hours long"
    );
    let morning = due_time(Preset::TomorrowMorning, None, end, now, &london(), HOURS).unwrap();
    assert_eq!(morning, utc(2026, 3, 29, 8, 0), "09:00 BST");

    // An hour that does not exist (01:00–02:00 on 29 March) moves an hour later.
    let early = ReminderHours {
        morning: 1,
        evening: 21,
    };
    assert_eq!(
        due_time(Preset::TomorrowMorning, None, end, now, &london(), early).unwrap(),
        utc(2026, 3, 29, 1, 0)
    );

    // Clocks go back at 01:00 UTC on 25 October 2026: the day is 25 hours long.
    let autumn = local(&london(), 2026, 10, 24, 22, 0);
    let next = due_time(Preset::NextDay, None, autumn, autumn, &london(), HOURS).unwrap();
    assert_eq!(next - autumn, Duration::hours(25));
}

#[test]
fn a_time_in_a_two_hour_gap_moves_past_it_without_a_panic() {
    // Troll's clocks go from 01:00 UTC+0 to 03:00 UTC+2 on 29 March 2026: 01:00–03:00 is not.
    let end = local(&troll(), 2026, 3, 28, 22, 0);
    let now = end + Duration::minutes(1);
    for morning in [1, 2] {
        let early = ReminderHours {
            morning,
            evening: 21,
        };
        assert_eq!(
            due_time(Preset::TomorrowMorning, None, end, now, &troll(), early).unwrap(),
            utc(2026, 3, 29, 1, 0),
            "{morning}:00 does not exist; 03:00 UTC+2 is the first time after it"
        );
    }
}

#[test]
fn a_time_in_the_past_is_refused() {
    let end = local(&london(), 2026, 11, 26, 22, 40);
    let late = end + Duration::minutes(30);
    let tonight = due_time(Preset::Tonight, None, end, late, &london(), HOURS).unwrap_err();
    assert_eq!(tonight.kind(), ErrorKind::Invalid);
    assert!(tonight.to_string().contains("already passed"), "{tonight}");
    let custom = due_time(
        Preset::Custom,
        Some(late - Duration::hours(1)),
        end,
        late,
        &london(),
        HOURS,
    );
    assert_eq!(custom.unwrap_err().kind(), ErrorKind::Invalid);
    // Four days after the moment, "two days after it" has gone by.
    let much_later = end + Duration::days(4);
    assert_eq!(
        due_time(Preset::TwoDays, None, end, much_later, &london(), HOURS)
            .unwrap_err()
            .kind(),
        ErrorKind::Invalid
    );
    assert_eq!(
        due_time(Preset::Custom, None, end, late, &london(), HOURS)
            .unwrap_err()
            .kind(),
        ErrorKind::Invalid
    );
}

#[test]
fn several_missed_reminders_make_one_notification_and_old_ones_pass_quietly() {
    let now = utc(2026, 11, 30, 12, 0);
    let pending = [
        Pending::at(now - Duration::days(5)),
        Pending::at(now - Duration::hours(20)),
        Pending::at(now - Duration::hours(2)),
        Pending::at(now + Duration::hours(3)),
    ];
    let result = due(&pending, now, Duration::days(3));
    assert!(result.notify, "one notification");
    assert_eq!(
        result.shown,
        [pending[1], pending[2]],
        "the recent ones, together"
    );
    assert_eq!(
        result.missed,
        [pending[0]],
        "older than three days: marked missed, no notification"
    );
    assert_eq!(next_due(&pending[3..]), Some(now + Duration::hours(3)));

    let nothing = due(&pending[3..], now, Duration::days(3));
    assert!(!nothing.notify && nothing.shown.is_empty() && nothing.missed.is_empty());
}

#[test]
fn snooze_moves_a_reminder_later_within_limits() {
    let now = utc(2026, 11, 27, 9, 0);
    assert_eq!(snoozed_until(now, 30).unwrap(), now + Duration::minutes(30));
    assert_eq!(
        snoozed_until(now, 0).unwrap_err().kind(),
        ErrorKind::Invalid
    );
    assert_eq!(
        snoozed_until(now, 3 * 24 * 60).unwrap_err().kind(),
        ErrorKind::Invalid
    );
}

#[test]
fn reminders_are_kept_in_the_encrypted_store_with_cancel_snooze_and_done() {
    use aftercare_core::reminders::ReminderState;
    let mut f = crate::support::set_up();
    let store = f.vault.store_for_tests().unwrap();
    let now = crate::support::evening();
    let in_an_hour = store
        .add_reminder(None, Preset::InAnHour, now + Duration::hours(1), now)
        .unwrap();
    let tomorrow = store
        .add_reminder(None, Preset::NextDay, now + Duration::days(1), now)
        .unwrap();
    let later = store
        .add_reminder(None, Preset::TwoDays, now + Duration::days(2), now)
        .unwrap();
    assert_eq!(
        store
            .add_reminder(None, Preset::Custom, now - Duration::minutes(1), now)
            .unwrap_err()
            .kind(),
        ErrorKind::Invalid
    );

    store
        .set_reminder_state(later.id, ReminderState::Cancelled)
        .unwrap();
    store
        .snooze_reminder(in_an_hour.id, now + Duration::hours(2))
        .unwrap();
    let pending = store.reminders_pending().unwrap();
    assert_eq!(
        pending.iter().map(|r| r.id).collect::<Vec<_>>(),
        [in_an_hour.id, tomorrow.id]
    );
    assert_eq!(pending[0].due_at, now + Duration::hours(2));
    assert_eq!(pending[1].preset, Preset::NextDay);

    store
        .set_reminder_state(in_an_hour.id, ReminderState::Done)
        .unwrap();
    assert_eq!(store.reminders_timing().unwrap().len(), 1);
    assert_eq!(
        store
            .set_reminder_state(ReminderId(999), ReminderState::Done)
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        store.snooze_reminder(later.id, now).unwrap_err().kind(),
        ErrorKind::NotFound,
        "a cancelled one stays cancelled"
    );
}

/// The moment ends at 22:47:13.456 on a November evening; four reminders are set from it,
/// after `cancelled` others were set and cancelled. Returns the schedule file's bytes.
fn schedule_file_after(cancelled: usize) -> (Vec<u8>, DateTime<Utc>) {
    let mut f = crate::support::set_up();
    let end = utc(2026, 11, 26, 22, 47) + Duration::milliseconds(13_456);
    let store = f.vault.store_for_tests().unwrap();
    let moment = store
        .record_care(&crate::support::water(), end - Duration::minutes(20))
        .unwrap()
        .1;
    store.end_moment(moment, end).unwrap();
    let now = end + Duration::minutes(1);
    for _ in 0..cancelled {
        let r = store
            .set_reminder(Preset::InAnHour, None, now, &london(), Duration::hours(1))
            .unwrap();
        store
            .set_reminder_state(r.id, aftercare_core::reminders::ReminderState::Cancelled)
            .unwrap();
    }
    for preset in [Preset::NextDay, Preset::TwoDays, Preset::ThreeDays] {
        store
            .set_reminder(preset, None, now, &london(), Duration::hours(1))
            .unwrap();
    }
    let custom = end + Duration::hours(5);
    store
        .set_reminder(
            Preset::Custom,
            Some(custom),
            now,
            &london(),
            Duration::hours(1),
        )
        .unwrap();
    // Written straight to the store above: any write through the vault brings the schedule in
    // line with it.
    f.vault.write(|_| Ok(())).unwrap();
    let files = crate::support::files(f.dir.path());
    (files["reminder-schedule"].clone(), end)
}

/// The schedule's JSON, inside the envelope that vouches for it.
fn body(file: &[u8]) -> &[u8] {
    aftercare_core::vault::vouched::open(None, "reminder-schedule", file)
        .for_taking_in()
        .expect("an envelope of ours")
}

#[test]
fn the_schedule_file_neither_dates_the_moment_nor_counts_reminders() {
    let (bytes, end) = schedule_file_after(0);
    // The whole file, the tag included, is scanned.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    for days in 0..=3 {
        let at = end + Duration::days(days);
        for needle in [
            at.timestamp_millis().to_string(),
            at.timestamp().to_string(),
            at.timestamp().div_euclid(60).to_string(),
            at.format("%H:%M").to_string(),
        ] {
            assert!(
                !text.contains(&needle),
                "the file gives the moment's end ({needle}): {text}"
            );
        }
    }
    let (after_many, _) = schedule_file_after(12);
    assert_eq!(
        bytes, after_many,
        "a dozen reminders set and cancelled earlier leave no trace"
    );
    let json: serde_json::Value = serde_json::from_slice(body(&bytes)).unwrap();
    assert_eq!(json["due"].as_array().unwrap().len(), 4, "{text}");
}
