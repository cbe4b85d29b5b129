//! The reminder plan: when "check in again" reminders fall due, and what to show when.
//!
//! Pure functions of times passed in: no clock, no timer, no notification. Local times are
//! computed in the time zone given, so "tomorrow morning" is 9:00 on the wall clock even across
//! a daylight-saving change; "+24 h" means the same wall-clock time the next day.

use crate::zone::Zone;
use chrono::{DateTime, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    content::{ReminderWording, WordingId},
    model::{MomentId, ReminderId},
    Error,
};

/// The hours of the day a person can pick for "tonight" and "tomorrow morning".
pub const HOURS: std::ops::RangeInclusive<u32> = 0..=23;
/// How long a reminder can be snoozed, in minutes: from 5 minutes to a day.
pub const SNOOZE_MINUTES: std::ops::RangeInclusive<u32> = 5..=24 * 60;

/// The one-tap choices for "remind me later".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    /// About an hour from now.
    InAnHour,
    /// This evening, at the evening hour.
    Tonight,
    /// Tomorrow, at the morning hour.
    TomorrowMorning,
    /// The same time of day, one day after the moment ended.
    NextDay,
    /// Two days after the moment, when a low often comes.
    TwoDays,
    /// Three days after the moment.
    ThreeDays,
    /// A time the person picked.
    Custom,
}

impl Preset {
    /// Every preset, in the order "Remind me later" offers them.
    pub const ALL: [Preset; 7] = [
        Preset::InAnHour,
        Preset::Tonight,
        Preset::TomorrowMorning,
        Preset::NextDay,
        Preset::TwoDays,
        Preset::ThreeDays,
        Preset::Custom,
    ];
}

/// A stored reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    pub id: ReminderId,
    pub moment: Option<MomentId>,
    pub preset: Preset,
    pub due_at: DateTime<Utc>,
    pub state: ReminderState,
}

/// Where a reminder stands: created pending; then shown, done, cancelled or missed; or snoozed
/// back to pending at a later time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReminderState {
    Pending,
    Shown,
    Done,
    Cancelled,
    Missed,
}

/// "Check on me tomorrow and in three days": the follow-up plan one tap sets, counting from the
/// moment's end (or from now, when there is none or the app is locked).
pub const FOLLOW_UP_PLAN: [Preset; 2] = [Preset::NextDay, Preset::ThreeDays];

/// How long "Later" on a reminder waits, in minutes, until the person chooses otherwise.
pub const SNOOZE_DEFAULT_MINUTES: u32 = 60;

/// An answer given on the reminder notification itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReminderAnswer {
    /// "I'm okay": a short "since then" check-in, and the reminder is done.
    Okay,
    /// "Not so good": the app opens at the calm space; nothing is recorded.
    NotSoGood,
    /// "Later": the reminder comes back after the person's chosen step.
    Later,
}

impl ReminderAnswer {
    /// Every answer, in the order the notification shows them.
    pub const ALL: [ReminderAnswer; 3] = [
        ReminderAnswer::Okay,
        ReminderAnswer::NotSoGood,
        ReminderAnswer::Later,
    ];

    /// Its action id on the notification.
    pub fn action(self) -> &'static str {
        match self {
            ReminderAnswer::Okay => "okay",
            ReminderAnswer::NotSoGood => "not-so-good",
            ReminderAnswer::Later => "later",
        }
    }

    /// The answer an action id stands for; `None` for a tap on the notification's body
    /// ("default"), its closing, or anything unknown.
    pub fn from_action(action: &str) -> Option<ReminderAnswer> {
        ReminderAnswer::ALL
            .into_iter()
            .find(|a| a.action() == action)
    }
}

impl ReminderWording {
    /// The words on the notification's button for `answer`.
    pub fn answer(&self, answer: ReminderAnswer) -> &str {
        match answer {
            ReminderAnswer::Okay => &self.answers.okay,
            ReminderAnswer::NotSoGood => &self.answers.not_so_good,
            ReminderAnswer::Later => &self.answers.later,
        }
    }
}

/// The hours the person chose for "tonight" and "tomorrow morning" (0–23, local time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderHours {
    pub morning: u32,
    pub evening: u32,
}

impl Default for ReminderHours {
    fn default() -> Self {
        ReminderHours {
            morning: 9,
            evening: 21,
        }
    }
}

/// The day-later presets count from the moment's end rounded up to the quarter hour, so that a
/// due time, which the schedule file keeps readable while locked, does not say to the minute
/// when a moment ended.
pub const ANCHOR_MINUTES: i64 = 15;

/// When a reminder made with `preset` falls due.
///
/// `moment_end` anchors the day-later presets (rounded up to [`ANCHOR_MINUTES`]); `custom` is the time picked for
/// [`Preset::Custom`]. Errors with [`Error::Invalid`] when the time would already have passed,
/// or when hours or the custom time are missing or out of range.
pub fn due_time(
    preset: Preset,
    custom: Option<DateTime<Utc>>,
    moment_end: DateTime<Utc>,
    now: DateTime<Utc>,
    tz: &Zone,
    hours: ReminderHours,
) -> Result<DateTime<Utc>, Error> {
    if !HOURS.contains(&hours.morning) || !HOURS.contains(&hours.evening) {
        return Err(Error::invalid("reminder hours go from 0 to 23"));
    }
    let today = now.with_timezone(tz).date_naive();
    let at_hour = |date: NaiveDate, hour: u32| {
        local(
            tz,
            date,
            NaiveTime::from_hms_opt(hour, 0, 0).expect("valid hour"),
        )
    };
    // Times at the end of the calendar (from a damaged file, say) are refused, never a panic.
    let out_of_range = || Error::invalid("that time is out of range");
    let anchor = round_up(moment_end, ANCHOR_MINUTES).ok_or_else(out_of_range)?;
    let days_after_moment = |days: u64| {
        let end = anchor.with_timezone(tz);
        let date = end
            .date_naive()
            .checked_add_days(Days::new(days))
            .ok_or_else(out_of_range)?;
        Ok::<_, Error>(local(tz, date, end.time()))
    };
    let due = match preset {
        Preset::InAnHour => now
            .checked_add_signed(Duration::hours(1))
            .ok_or_else(out_of_range)?,
        Preset::Tonight => at_hour(today, hours.evening),
        Preset::TomorrowMorning => {
            at_hour(today.succ_opt().ok_or_else(out_of_range)?, hours.morning)
        }
        Preset::NextDay => days_after_moment(1)?,
        Preset::TwoDays => days_after_moment(2)?,
        Preset::ThreeDays => days_after_moment(3)?,
        Preset::Custom => custom.ok_or_else(|| Error::invalid("a custom reminder needs a time"))?,
    };
    if due <= now {
        return Err(Error::invalid(
            "that time has already passed; please choose a later one",
        ));
    }
    Ok(due)
}

/// `at` rounded up to the next whole `minutes` (itself if it is on one already).
fn round_up(at: DateTime<Utc>, minutes: i64) -> Option<DateTime<Utc>> {
    let step = minutes * 60_000;
    let ms = at.timestamp_millis();
    let rounded = ms.checked_add(step - 1)?.div_euclid(step) * step;
    DateTime::from_timestamp_millis(rounded)
}

/// `at` to the whole minute, rounded up: what the schedule file keeps (a reminder may come up
/// to a minute late, never early).
pub fn to_the_minute(at: DateTime<Utc>) -> DateTime<Utc> {
    round_up(at, 1).unwrap_or(at)
}

/// A wall-clock time on a date in `tz`. In the hours skipped when clocks go forward it is moved
/// whole hours later, to the first that exists (an hour later where they go forward by one); in
/// the hour repeated when they go back, the first one is used. A zone whose gap lasts a day or
/// more (damaged data) gives the time as if it were UTC, never a panic.
fn local(tz: &Zone, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let naive = date.and_time(time);
    (0..=24)
        .filter_map(|hours| naive.checked_add_signed(Duration::hours(hours)))
        .find_map(|later| tz.from_local_datetime(&later).earliest())
        .map_or_else(|| naive.and_utc(), |at| at.with_timezone(&Utc))
}

/// A pending reminder as the timer sees it: when it is due, to the whole minute (rounded up:
/// it may fire up to a minute late, never early). No id and nothing about what it is
/// for: the schedule file keeps these readable while locked, and ids would count how many
/// reminders were ever set. Not a stored format: the file has its own
/// (`vault/schedule_file.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pending {
    due_at: DateTime<Utc>,
}

impl Pending {
    /// A reminder due at `due_at`, kept to the minute.
    pub fn at(due_at: DateTime<Utc>) -> Pending {
        Pending {
            due_at: to_the_minute(due_at),
        }
    }

    /// When it falls due, to the minute.
    pub fn due_at(self) -> DateTime<Utc> {
        self.due_at
    }
}

/// What to do now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Due {
    /// Show one notification now (however many reminders fell due: never a burst).
    pub notify: bool,
    /// Reminders this notification covers: mark them shown.
    pub shown: Vec<Pending>,
    /// Reminders too old to be worth a notification: mark them missed, quietly.
    pub missed: Vec<Pending>,
}

/// Sorts the pending reminders due by `now`: recent ones are collapsed into one notification,
/// ones older than `max_age` (the app was closed for days) are missed without a sound.
pub fn due(pending: &[Pending], now: DateTime<Utc>, max_age: Duration) -> Due {
    let mut result = Due::default();
    for reminder in pending.iter().filter(|r| r.due_at <= now) {
        if now - reminder.due_at > max_age {
            result.missed.push(*reminder);
        } else {
            result.shown.push(*reminder);
        }
    }
    result.notify = !result.shown.is_empty();
    result
}

/// When the timer should next wake: the earliest pending due time.
pub fn next_due(pending: &[Pending]) -> Option<DateTime<Utc>> {
    pending.iter().map(|r| r.due_at).min()
}

/// The new due time of a snoozed reminder: `minutes` from now (5 minutes to a day).
pub fn snoozed_until(now: DateTime<Utc>, minutes: u32) -> Result<DateTime<Utc>, Error> {
    if !SNOOZE_MINUTES.contains(&minutes) {
        return Err(Error::invalid("snooze goes from 5 minutes to a day"));
    }
    Ok(now + Duration::minutes(i64::from(minutes)))
}

/// What the reminder timer works from, readable while the vault is locked, so reminders fire
/// even before the app is unlocked: pending due times to the minute and the chosen wording; no
/// ids, no user text and nothing about what a reminder is for. (A phone's own notification
/// scheduler holds the same times in the clear.) The encrypted store stays the record of
/// truth; the vault keeps this in its own file, rewritten from the store at each unlock, and
/// what fired while locked is carried back by due minute.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    /// The wording to show, by id from `content/reminders.toml`; the first one when `None`.
    pub wording: Option<WordingId>,
    /// Reminders still to show.
    pub pending: Vec<Pending>,
    /// Reminders shown while locked, to mark in the store at the next unlock.
    pub shown: Vec<Pending>,
    /// Reminders passed over as too old while locked, likewise.
    pub missed: Vec<Pending>,
}

impl Schedule {
    /// Applies [`due`] at `now`: removes what is due from `pending`, remembers it as shown or
    /// missed, and says whether to notify.
    pub fn take_due(&mut self, now: DateTime<Utc>, max_age: Duration) -> bool {
        let result = due(&self.pending, now, max_age);
        self.pending.retain(|r| r.due_at > now);
        self.shown.extend(&result.shown);
        self.missed.extend(&result.missed);
        result.notify
    }
}
