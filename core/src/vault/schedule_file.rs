//! The reminder timer's file, `reminder-schedule`, readable while locked. Version 2 is the JSON
//! object below: due times as whole minutes since the Unix epoch, and nothing else but the
//! wording's id. No reminder ids (they would count how many were ever set) and no seconds (a
//! day-later reminder's exact time would date the moment it counts from). Version 1, which
//! held ids and milliseconds, is still read: its due times, to the minute, are kept; what it
//! said fired while locked is dropped (those reminders show again or pass as missed).
//!
//! Its types are its own, apart from [`Schedule`], so the file's shape changes only on purpose;
//! a golden test (`core/tests/core/formats.rs`) pins it byte for byte.
//!
//! On disk the JSON is inside a vouched envelope ([`super::vouched`]): while locked, the timer
//! fires nothing from a schedule the key in hand does not vouch for, and an unlock takes
//! nothing from an altered one (the store's plan is written over it). A schedule is at most
//! [`MAX_SCHEDULE_BYTES`] and each of its lists at most [`MAX_SCHEDULE_ENTRIES`], when read and
//! when written.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{vouched::Opened, Vault, VaultStatus};
use crate::{
    content::WordingId,
    reminders::{Pending, ReminderState, Schedule},
    Error,
};

/// The schedule's file in the data folder.
pub const SCHEDULE_FILE: &str = "reminder-schedule";
/// The most bytes a schedule may take (its JSON): far more than the lists below need.
pub const MAX_SCHEDULE_BYTES: usize = 64 * 1024;
/// The most due times in each of a schedule's lists. More pending reminders than this are
/// written as the soonest ones (the rest follow as these fire and the store is read again);
/// more fired ones, as the latest.
pub const MAX_SCHEDULE_ENTRIES: usize = 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct ScheduleV2 {
    v: u8,
    /// A wording id from `content/reminders.toml`; empty for the first one.
    #[serde(default)]
    wording: String,
    /// Pending due times, in whole minutes since the Unix epoch.
    #[serde(default)]
    due: Vec<i64>,
    #[serde(default)]
    shown: Vec<i64>,
    #[serde(default)]
    missed: Vec<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
struct ScheduleV1 {
    #[serde(default)]
    wording: String,
    #[serde(default)]
    pending: Vec<PendingV1>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
struct PendingV1 {
    due_at: DateTime<Utc>,
}

fn minutes(list: &[Pending]) -> Vec<i64> {
    list.iter()
        .map(|p| p.due_at().timestamp().div_euclid(60))
        .collect()
}

/// `list` as it is, or past [`MAX_SCHEDULE_ENTRIES`] the soonest that many.
fn soonest(list: &[Pending]) -> Vec<i64> {
    if list.len() <= MAX_SCHEDULE_ENTRIES {
        return minutes(list);
    }
    let mut list = list.to_vec();
    list.sort();
    minutes(&list[..MAX_SCHEDULE_ENTRIES])
}

/// `list` as it is, or past [`MAX_SCHEDULE_ENTRIES`] the latest that many.
fn latest(list: &[Pending]) -> Vec<i64> {
    if list.len() <= MAX_SCHEDULE_ENTRIES {
        return minutes(list);
    }
    let mut list = list.to_vec();
    list.sort();
    minutes(&list[list.len() - MAX_SCHEDULE_ENTRIES..])
}

fn from_minutes(list: Vec<i64>) -> Option<Vec<Pending>> {
    list.into_iter()
        .map(|m| {
            let seconds = m.checked_mul(60)?;
            DateTime::from_timestamp(seconds, 0).map(Pending::at)
        })
        .collect()
}

fn wording(id: String) -> Option<WordingId> {
    Some(id).filter(|w| !w.is_empty()).map(WordingId)
}

/// The schedule as the file holds it.
pub fn encode(schedule: &Schedule) -> Vec<u8> {
    let stored = ScheduleV2 {
        v: 2,
        wording: schedule
            .wording
            .as_ref()
            .map(|w| w.0.clone())
            .unwrap_or_default(),
        due: soonest(&schedule.pending),
        shown: latest(&schedule.shown),
        missed: latest(&schedule.missed),
    };
    serde_json::to_vec(&stored).expect("a schedule serialises")
}

/// Reads the file's bytes back (inside the envelope); `None` if they are not a schedule, or
/// one larger than [`MAX_SCHEDULE_BYTES`] or with a list over [`MAX_SCHEDULE_ENTRIES`].
pub fn decode(bytes: &[u8]) -> Option<Schedule> {
    if bytes.len() > MAX_SCHEDULE_BYTES {
        return None;
    }
    if let Ok(stored) = serde_json::from_slice::<ScheduleV2>(bytes) {
        let lists = [&stored.due, &stored.shown, &stored.missed];
        if stored.v != 2 || lists.iter().any(|l| l.len() > MAX_SCHEDULE_ENTRIES) {
            return None;
        }
        return Some(Schedule {
            wording: wording(stored.wording),
            pending: from_minutes(stored.due)?,
            shown: from_minutes(stored.shown)?,
            missed: from_minutes(stored.missed)?,
        });
    }
    let stored: ScheduleV1 = serde_json::from_slice(bytes).ok()?;
    if stored.pending.len() > MAX_SCHEDULE_ENTRIES {
        return None;
    }
    Some(Schedule {
        wording: wording(stored.wording),
        pending: stored
            .pending
            .into_iter()
            .map(|p| Pending::at(p.due_at))
            .collect(),
        shown: Vec::new(),
        missed: Vec::new(),
    })
}

impl Vault {
    /// The reminder timer's schedule, readable while locked: empty when there is none, or
    /// none the key in hand vouches for (see [`super::vouched`]), or it does not decode. The
    /// next unlock writes it again from the store.
    pub fn schedule(&self) -> Schedule {
        let key_in_hand = self.vouch.is_some();
        self.read_schedule()
            .and_then(|opened| opened.for_locked_use(key_in_hand))
            .unwrap_or_default()
    }

    /// The schedule as an unlock takes it in: anything but an altered file (whose marks and
    /// due minutes are not taken). Says too whether it was altered.
    pub(super) fn schedule_to_take_in(&self) -> (Schedule, bool) {
        match self.read_schedule() {
            Some(Opened::Altered) => (Schedule::default(), true),
            opened => (
                opened.and_then(Opened::for_taking_in).unwrap_or_default(),
                false,
            ),
        }
    }

    /// The schedule file, opened and decoded: one that does not decode counts as altered.
    fn read_schedule(&self) -> Option<Opened<Schedule>> {
        let opened = self.read_vouched(SCHEDULE_FILE, MAX_SCHEDULE_BYTES)?;
        Some(match opened.map(|bytes| decode(&bytes)) {
            Opened::Vouched(Some(s)) => Opened::Vouched(s),
            Opened::Unchecked(Some(s)) => Opened::Unchecked(s),
            Opened::Plain(Some(s)) => Opened::Plain(s),
            _ => Opened::Altered,
        })
    }

    /// Saves the timer's schedule (after it fired reminders, say), vouched for with the key in
    /// hand, if it changed; the shell then hears that it did ([`Vault::take_changes`]).
    pub fn save_schedule(&mut self, schedule: &Schedule) -> Result<(), Error> {
        if self.status() == VaultStatus::NotSetUp {
            return Ok(());
        }
        let written = self
            .write_vouched(SCHEDULE_FILE, &encode(schedule))
            .map_err(Error::io("reminder schedule"))?;
        self.schedule_changed |= written;
        Ok(())
    }

    /// Brings the schedule and the store together (unlocked only): what fired is marked shown
    /// or missed in the store, and the schedule's pending list and wording are rewritten from
    /// the store's. (A wording chosen before the store kept it is taken in.)
    pub(super) fn sync_schedule(&mut self) -> Result<Schedule, Error> {
        let (mut schedule, _) = self.schedule_to_take_in();
        let store = self.store_mut()?;
        for fired in schedule.shown.drain(..) {
            store.mark_reminders_fired(fired, ReminderState::Shown)?;
        }
        for fired in schedule.missed.drain(..) {
            store.mark_reminders_fired(fired, ReminderState::Missed)?;
        }
        schedule.pending = store.reminders_timing()?;
        match (store.reminder_wording()?, schedule.wording.take()) {
            (Some(kept), _) => schedule.wording = Some(kept),
            (None, Some(earlier)) => {
                store.set_reminder_wording(&earlier)?;
                schedule.wording = Some(earlier);
            }
            (None, None) => {}
        }
        self.save_schedule(&schedule)?;
        Ok(schedule)
    }
}
