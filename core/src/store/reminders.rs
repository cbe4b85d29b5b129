//! Reminders as stored: created pending; then shown, done, cancelled or missed; or snoozed to a
//! later time.

use crate::zone::Zone;
use chrono::{DateTime, Duration, Utc};
use rusqlite::params;

use super::{
    format::{preset_code, state_code, time_to_ms},
    rows::{self, REMINDER_COLUMNS},
    Store,
};
use crate::{
    model::{Moment, MomentId, ReminderId},
    reminders::{due_time, Pending, Preset, Reminder, ReminderState, FOLLOW_UP_PLAN},
    Error,
};

impl Store {
    /// Sets a reminder from a "remind me later" choice: day-later presets count from the end of
    /// the recent moment ([`Store::recent_moment`]), or from now when there is none; "tonight" and
    /// "tomorrow morning" fall at the hours set in Settings, in `tz`. The reminder is linked to
    /// that moment. `in_an_hour` is how long "in about an hour" is (an hour, but for tests).
    ///
    /// Errors: [`Error::Invalid`] for a time already passed or a custom preset without a time.
    pub fn set_reminder(
        &mut self,
        preset: Preset,
        custom: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        tz: &Zone,
        in_an_hour: Duration,
    ) -> Result<Reminder, Error> {
        let moment = self.recent_moment(now)?;
        let moment_end = moment.as_ref().map_or(now, Moment::end);
        let due = match preset {
            Preset::InAnHour => now + in_an_hour,
            _ => due_time(preset, custom, moment_end, now, tz, self.reminder_hours()?)?,
        };
        self.add_reminder(moment.map(|m| m.id), preset, due, now)
    }

    /// Sets the follow-up plan ([`FOLLOW_UP_PLAN`]): tomorrow and in three days from the recent
    /// moment's end (or from now), linked to that moment. A reminder already pending in the same
    /// minute is kept rather than doubled, so a second tap plans nothing more.
    pub fn plan_follow_ups(
        &mut self,
        now: DateTime<Utc>,
        tz: &Zone,
    ) -> Result<Vec<Reminder>, Error> {
        let moment = self.recent_moment(now)?;
        let end = moment.as_ref().map_or(now, Moment::end);
        let hours = self.reminder_hours()?;
        let pending = self.reminders_pending()?;
        let mut plan = Vec::with_capacity(FOLLOW_UP_PLAN.len());
        for preset in FOLLOW_UP_PLAN {
            let due = due_time(preset, None, end, now, tz, hours)?;
            let same = pending
                .iter()
                .find(|r| Pending::at(r.due_at) == Pending::at(due));
            plan.push(match same {
                Some(reminder) => reminder.clone(),
                None => self.add_reminder(moment.as_ref().map(|m| m.id), preset, due, now)?,
            });
        }
        Ok(plan)
    }

    /// Saves a pending reminder due at `due_at` (work it out with
    /// [`crate::reminders::due_time`], which refuses past times).
    pub fn add_reminder(
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
            params![moment.map(|m| m.0), preset_code(preset), time_to_ms(due_at), time_to_ms(now)],
        )?;
        let id = ReminderId(self.conn.last_insert_rowid());
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
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {REMINDER_COLUMNS} FROM reminder WHERE state = 'pending' ORDER BY due_at, id"
        ))?;
        let rows = statement.query_map([], rows::reminder)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The pending reminders' timing, for [`crate::reminders::due`].
    pub fn reminders_timing(&self) -> Result<Vec<Pending>, Error> {
        Ok(self
            .reminders_pending()?
            .into_iter()
            .map(|r| Pending::at(r.due_at))
            .collect())
    }

    /// Marks the pending reminders due in `fired`'s minute as shown or missed: what the timer
    /// did while locked, carried back by due minute (the schedule file holds no ids).
    pub fn mark_reminders_fired(
        &mut self,
        fired: Pending,
        state: ReminderState,
    ) -> Result<(), Error> {
        // The minute is rounded up ([`Pending::at`]): it stands for the reminders due in the
        // minute before it, up to and including it.
        let minute = time_to_ms(fired.due_at());
        self.conn.execute(
            "UPDATE reminder SET state = ?3
             WHERE state = 'pending' AND due_at > ?1 AND due_at <= ?2",
            params![minute - 60_000, minute, state_code(state)],
        )?;
        Ok(())
    }

    /// "Later" on the notification of the reminders due in `fired`'s minute: they are pending
    /// again, due at `until`. Returns how many there were (none when already answered).
    pub fn snooze_reminders_due_in(
        &mut self,
        fired: Pending,
        until: DateTime<Utc>,
    ) -> Result<usize, Error> {
        let minute = time_to_ms(fired.due_at());
        Ok(self.conn.execute(
            "UPDATE reminder SET state = 'pending', due_at = ?3
             WHERE state IN ('pending', 'shown') AND due_at > ?1 AND due_at <= ?2",
            params![minute - 60_000, minute, time_to_ms(until)],
        )?)
    }

    /// Every reminder, in the order they were set: for tests of their states.
    #[doc(hidden)]
    pub fn reminders_all_for_tests(&self) -> Result<Vec<Reminder>, Error> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {REMINDER_COLUMNS} FROM reminder ORDER BY id"
        ))?;
        let rows = statement.query_map([], rows::reminder)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Moves a reminder to another state: shown, done, cancelled or missed.
    pub fn set_reminder_state(
        &mut self,
        id: ReminderId,
        state: ReminderState,
    ) -> Result<(), Error> {
        match self.conn.execute(
            "UPDATE reminder SET state = ?2 WHERE id = ?1",
            params![id.0, state_code(state)],
        )? {
            0 => Err(Error::NotFound { what: "reminder" }),
            _ => Ok(()),
        }
    }

    /// Makes a reminder pending again, due at `until` (see [`crate::reminders::snoozed_until`]).
    pub fn snooze_reminder(&mut self, id: ReminderId, until: DateTime<Utc>) -> Result<(), Error> {
        let changed = self.conn.execute(
            "UPDATE reminder SET state = 'pending', due_at = ?2 WHERE id = ?1 AND state IN ('pending', 'shown')",
            params![id.0, time_to_ms(until)],
        )?;
        match changed {
            0 => Err(Error::NotFound { what: "reminder" }),
            _ => Ok(()),
        }
    }
}
