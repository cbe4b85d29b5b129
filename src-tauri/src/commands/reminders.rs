//! "Remind me later": set, list, cancel and snooze reminders, and choose their wording. Every
//! change is written to the timer's schedule and wakes the timer.

use aftercare_core::{
    content::WordingId,
    model::ReminderId,
    reminders::{snoozed_until, Preset, Reminder, ReminderState},
    Error,
};
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::commands;
use crate::clock;

/// The pending reminders and the chosen wording (empty for the first one).
#[derive(Debug, Clone, Serialize)]
pub struct RemindersView {
    pub pending: Vec<Reminder>,
    pub wording: String,
}

commands! {
    /// A reminder from a one-tap preset or a time picked (`custom`).
    fn set_reminder(state, now, preset: Preset, custom: Option<DateTime<Utc>>) -> Reminder {
        let mut vault = state.vault()?;
        let reminder = vault.store()?.set_reminder(
            preset,
            custom,
            now,
            clock::time_zone(),
            state.in_an_hour,
        )?;
        vault.sync_schedule()?;
        state.wake_timer();
        Ok(reminder)
    }

    /// "Check on me tomorrow and in three days", locked or not: the two due times.
    fn plan_follow_ups(state, now) -> Vec<DateTime<Utc>> {
        let due = state.vault()?.plan_follow_ups(now, clock::time_zone())?;
        state.wake_timer();
        Ok(due)
    }

    fn reminders(state, _now) -> RemindersView {
        let mut vault = state.vault()?;
        let wording = vault.schedule().wording.map(|w| w.0).unwrap_or_default();
        let pending = vault.store()?.reminders_pending()?;
        Ok(RemindersView { pending, wording })
    }

    fn cancel_reminder(state, _now, id: ReminderId) -> () {
        let mut vault = state.vault()?;
        vault
            .store()?
            .reminder_set_state(id, ReminderState::Cancelled)?;
        vault.sync_schedule()?;
        state.wake_timer();
        Ok(())
    }

    fn snooze_reminder(state, now, id: ReminderId, minutes: u32) -> () {
        let until = snoozed_until(now, minutes)?;
        let mut vault = state.vault()?;
        vault.store()?.reminder_snooze(id, until)?;
        vault.sync_schedule()?;
        state.wake_timer();
        Ok(())
    }

    /// The words of the notification, by id from `content/reminders.toml`.
    fn set_reminder_wording(state, _now, wording: WordingId) -> () {
        if !state.content.reminder_wordings.iter().any(|w| w.id == wording) {
            return Err(Error::NotFound {
                what: "reminder wording",
            }
            .into());
        }
        state.vault()?.set_reminder_wording(&wording)?;
        state.wake_timer();
        Ok(())
    }
}
