//! Reminders as stored: created pending; then shown, done, cancelled or missed; or snoozed to a
//! later time.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;

use super::{from_ms, to_ms, Store};
use crate::{
    model::MomentId,
    reminders::{Pending, Preset},
    Error,
};

/// A stored reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    pub id: i64,
    pub moment: Option<MomentId>,
    pub preset: Preset,
    pub due_at: DateTime<Utc>,
    pub state: ReminderState,
}

/// Where a reminder stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReminderState {
    Pending,
    Shown,
    Done,
    Cancelled,
    Missed,
}

impl ReminderState {
    fn name(self) -> &'static str {
        match self {
            ReminderState::Pending => "pending",
            ReminderState::Shown => "shown",
            ReminderState::Done => "done",
            ReminderState::Cancelled => "cancelled",
            ReminderState::Missed => "missed",
        }
    }

    fn from_name(name: &str) -> ReminderState {
        match name {
            "shown" => ReminderState::Shown,
            "done" => ReminderState::Done,
            "cancelled" => ReminderState::Cancelled,
            "missed" => ReminderState::Missed,
            _ => ReminderState::Pending,
        }
    }
}

fn preset_name(preset: Preset) -> String {
    serde_json::to_value(preset)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

impl Store {
    /// Saves a pending reminder due at `due_at` (work it out with
    /// [`crate::reminders::due_time`], which refuses past times).
    pub fn reminder_add(
        &mut self,
        moment: Option<MomentId>,
        preset: Preset,
        due_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Reminder, Error> {
        if due_at <= now {
            return Err(Error::invalid(
                "that time has already passed; please choose a later one",
            ));
        }
        self.conn.execute(
            "INSERT INTO reminder (moment_id, preset, due_at, state, created_at) VALUES (?1, ?2, ?3, 'pending', ?4)",
            params![moment.map(|m| m.0), preset_name(preset), to_ms(due_at), to_ms(now)],
        )?;
        let id = self.conn.last_insert_rowid();
        Ok(Reminder {
            id,
            moment,
            preset,
            due_at,
            state: ReminderState::Pending,
        })
    }

    /// Pending reminders, soonest first.
    pub fn reminders_pending(&self) -> Result<Vec<Reminder>, Error> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, moment_id, preset, due_at, state FROM reminder WHERE state = 'pending' ORDER BY due_at, id",
        )?;
        let rows = statement.query_map([], |row| {
            let preset: String = row.get(2)?;
            Ok(Reminder {
                id: row.get(0)?,
                moment: row.get::<_, Option<i64>>(1)?.map(MomentId),
                preset: serde_json::from_value(serde_json::Value::String(preset))
                    .unwrap_or(Preset::Custom),
                due_at: from_ms(row.get(3)?),
                state: ReminderState::from_name(&row.get::<_, String>(4)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The pending reminders' timing, for [`crate::reminders::due`].
    pub fn reminders_timing(&self) -> Result<Vec<Pending>, Error> {
        Ok(self
            .reminders_pending()?
            .into_iter()
            .map(|r| Pending {
                id: r.id,
                due_at: r.due_at,
            })
            .collect())
    }

    /// Moves a reminder to another state: shown, done, cancelled or missed.
    pub fn reminder_set_state(&mut self, id: i64, state: ReminderState) -> Result<(), Error> {
        match self.conn.execute(
            "UPDATE reminder SET state = ?2 WHERE id = ?1",
            params![id, state.name()],
        )? {
            0 => Err(Error::NotFound { what: "reminder" }),
            _ => Ok(()),
        }
    }

    /// Makes a reminder pending again, due at `until` (see [`crate::reminders::snoozed_until`]).
    pub fn reminder_snooze(&mut self, id: i64, until: DateTime<Utc>) -> Result<(), Error> {
        let changed = self.conn.execute(
            "UPDATE reminder SET state = 'pending', due_at = ?2 WHERE id = ?1 AND state IN ('pending', 'shown')",
            params![id, to_ms(until)],
        )?;
        match changed {
            0 => Err(Error::NotFound { what: "reminder" }),
            _ => Ok(()),
        }
    }
}
