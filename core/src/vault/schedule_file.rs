//! The reminder timer's file, `reminder-schedule`, readable while locked: version 1 is the JSON
//! object below. Its types are its own, apart from [`Schedule`], so the file's shape changes
//! only on purpose; a golden test (`core/tests/core/formats.rs`) pins it byte for byte.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    content::WordingId,
    fs::write_atomically,
    model::ReminderId,
    reminders::{Pending, Schedule},
    Error,
};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct ScheduleV1 {
    /// A wording id from `content/reminders.toml`; empty for the first one.
    #[serde(default)]
    wording: String,
    #[serde(default)]
    pending: Vec<PendingV1>,
    #[serde(default)]
    shown: Vec<i64>,
    #[serde(default)]
    missed: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct PendingV1 {
    id: i64,
    due_at: DateTime<Utc>,
}

/// The schedule as the file holds it.
pub fn encode(schedule: &Schedule) -> Vec<u8> {
    let stored = ScheduleV1 {
        wording: schedule
            .wording
            .as_ref()
            .map(|w| w.0.clone())
            .unwrap_or_default(),
        pending: schedule
            .pending
            .iter()
            .map(|p| PendingV1 {
                id: p.id.0,
                due_at: p.due_at,
            })
            .collect(),
        shown: schedule.shown.iter().map(|id| id.0).collect(),
        missed: schedule.missed.iter().map(|id| id.0).collect(),
    };
    serde_json::to_vec(&stored).expect("a schedule serialises")
}

/// Reads the file's bytes back; `None` if they are not a schedule.
pub fn decode(bytes: &[u8]) -> Option<Schedule> {
    let stored: ScheduleV1 = serde_json::from_slice(bytes).ok()?;
    Some(Schedule {
        wording: Some(stored.wording)
            .filter(|w| !w.is_empty())
            .map(WordingId),
        pending: stored
            .pending
            .into_iter()
            .map(|p| Pending {
                id: ReminderId(p.id),
                due_at: p.due_at,
            })
            .collect(),
        shown: stored.shown.into_iter().map(ReminderId).collect(),
        missed: stored.missed.into_iter().map(ReminderId).collect(),
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
