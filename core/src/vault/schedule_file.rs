//! The reminder timer's file, `reminder-schedule`, readable while locked. Version 2 is the JSON
//! object below: due times as whole minutes since the Unix epoch, and nothing else but the
//! wording's id. No reminder ids (they would count how many were ever set) and no seconds (a
//! day-later reminder's exact time would date the moment it counts from). Version 1, which
//! held ids and milliseconds, is still read: its due times, to the minute, are kept; what it
//! said fired while locked is dropped (those reminders show again or pass as missed).
//!
//! Its types are its own, apart from [`Schedule`], so the file's shape changes only on purpose;
//! a golden test (`core/tests/core/formats.rs`) pins it byte for byte.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Vault, VaultStatus, SCHEDULE_FILE};
use crate::{
    content::WordingId,
    fs::write_atomically,
    reminders::{Pending, ReminderState, Schedule},
    Error,
};

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
        due: minutes(&schedule.pending),
        shown: minutes(&schedule.shown),
        missed: minutes(&schedule.missed),
    };
    serde_json::to_vec(&stored).expect("a schedule serialises")
}

/// Reads the file's bytes back; `None` if they are not a schedule.
pub fn decode(bytes: &[u8]) -> Option<Schedule> {
    if let Ok(stored) = serde_json::from_slice::<ScheduleV2>(bytes) {
        if stored.v != 2 {
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

/// Reads the schedule; an absent or unreadable file is an empty schedule (the next unlock
/// rewrites it from the store).
pub(super) fn load(path: &Path) -> Schedule {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| decode(&bytes))
        .unwrap_or_default()
}

/// Writes the schedule atomically.
pub(super) fn save(path: &Path, schedule: &Schedule) -> Result<(), Error> {
    write_atomically(path, &encode(schedule)).map_err(Error::io("reminder schedule"))
}

impl Vault {
    /// The reminder timer's schedule, readable while locked.
    pub fn schedule(&self) -> Schedule {
        load(&self.file(SCHEDULE_FILE))
    }

    /// Saves the timer's schedule (after it fired reminders, say).
    pub fn save_schedule(&self, schedule: &Schedule) -> Result<(), Error> {
        if self.status() == VaultStatus::NotSetUp {
            return Ok(());
        }
        save(&self.file(SCHEDULE_FILE), schedule)
    }

    /// Brings the schedule and the store together (unlocked only): what fired while locked is
    /// marked shown or missed in the store, and the schedule's pending list is rewritten from
    /// the store's pending reminders.
    pub fn sync_schedule(&mut self) -> Result<Schedule, Error> {
        let mut schedule = self.schedule();
        let store = self.store()?;
        for fired in schedule.shown.drain(..) {
            store.reminders_fired(fired, ReminderState::Shown)?;
        }
        for fired in schedule.missed.drain(..) {
            store.reminders_fired(fired, ReminderState::Missed)?;
        }
        schedule.pending = store.reminders_timing()?;
        self.save_schedule(&schedule)?;
        Ok(schedule)
    }
}
