//! "Check on me tomorrow and in three days", in one tap, locked or not. Unlocked, the plan goes
//! into the encrypted store like any reminder. Locked, only its two due minutes go into the
//! timer's schedule file, which holds nothing else (no ids, nothing about what they are for); at
//! the next unlock the store takes in any due minute it does not know, and the schedule is
//! rewritten from the store.

use crate::zone::Zone;
use chrono::{DateTime, Utc};

use super::{Vault, VaultStatus};
use crate::{
    reminders::{due_time, Pending, Preset, ReminderHours, FOLLOW_UP_PLAN},
    Error,
};

impl Vault {
    /// Sets the follow-up plan and returns its due times, soonest first. Unlocked they count
    /// from the recent moment's end; locked, from now (the moment is in the store), rounded up
    /// to the quarter hour all the same. A second tap plans nothing more.
    ///
    /// Errors: [`Error::NotSetUp`] before a passcode is chosen (there is nowhere to keep it).
    pub fn plan_follow_ups(
        &mut self,
        now: DateTime<Utc>,
        tz: &Zone,
    ) -> Result<Vec<DateTime<Utc>>, Error> {
        match self.status() {
            VaultStatus::NotSetUp | VaultStatus::Unfinished => Err(Error::NotSetUp),
            VaultStatus::Unlocked => {
                let plan = self.write(|store| store.plan_follow_ups(now, tz))?;
                Ok(plan.into_iter().map(|r| r.due_at).collect())
            }
            VaultStatus::Locked => {
                let mut schedule = self.schedule();
                let mut due = Vec::with_capacity(FOLLOW_UP_PLAN.len());
                for preset in FOLLOW_UP_PLAN {
                    // The hours matter only to "tonight" and "tomorrow morning", not to these.
                    let at = due_time(preset, None, now, now, tz, ReminderHours::default())?;
                    if !schedule.pending.contains(&Pending::at(at)) {
                        schedule.pending.push(Pending::at(at));
                    }
                    due.push(at);
                }
                schedule.pending.sort();
                self.save_schedule(&schedule)?;
                Ok(due)
            }
        }
    }

    /// At unlock: due minutes planned while locked become reminders in the store (the
    /// schedule is then rewritten from the store, `in_step.rs`). Nothing is taken from an
    /// altered schedule; says whether it was.
    pub(super) fn settle_schedule(&mut self, now: DateTime<Utc>) -> Result<bool, Error> {
        let (schedule, altered) = self.schedule_to_take_in();
        let store = self.store_mut()?;
        let known = store.reminders_timing()?;
        for planned in schedule.pending.iter().filter(|p| !known.contains(p)) {
            if planned.due_at() > now {
                store.add_reminder(None, Preset::Custom, planned.due_at(), now)?;
            }
        }
        Ok(altered)
    }
}
