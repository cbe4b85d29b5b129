//! "Remind me later": set, list, cancel and snooze reminders, the follow-up plan, and the
//! wording. The vault keeps the timer's schedule in step and says when the timer must look
//! again (`commands::follow`).

use aftercare_core::{
    api::reminders::{self, Reminders},
    content::WordingId,
    model::ReminderId,
    reminders::{Preset, Reminder},
};
use chrono::{DateTime, Utc};

use super::commands;

commands! {
    /// A reminder from a one-tap preset or a time picked (`custom`).
    fn set_reminder(app, vault, given, preset: Preset, custom: Option<DateTime<Utc>>) -> Reminder {
        reminders::set_reminder(vault, preset, custom, &given.now, app.in_an_hour)
    }

    /// "Check on me tomorrow and in three days", locked or not: the two due times.
    fn plan_follow_ups(app, vault, given) -> Vec<DateTime<Utc>> {
        reminders::plan_follow_ups(vault, &given.now)
    }

    fn reminders(app, vault, given) -> Reminders {
        reminders::reminders(vault)
    }

    fn cancel_reminder(app, vault, given, id: ReminderId) -> () {
        reminders::cancel_reminder(vault, id)
    }

    fn snooze_reminder(app, vault, given, id: ReminderId, minutes: u32) -> () {
        reminders::snooze_reminder(vault, id, minutes, given.now.at)
    }

    /// The words of the notification, by id from `content/reminders.toml`.
    fn set_reminder_wording(app, vault, given, wording: WordingId) -> () {
        reminders::set_reminder_wording(vault, app.content(), &wording)
    }
}
