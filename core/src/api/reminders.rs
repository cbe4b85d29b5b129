//! "Remind me later": set, list, cancel and snooze reminders, choose their wording, the
//! follow-up plan, and the answers given on a notification. The vault keeps the timer's
//! schedule in step with every change (`vault/in_step.rs`).

use chrono::{DateTime, Duration, Utc};
use rand_core::{CryptoRng, RngCore};
use serde::Serialize;

use crate::{
    content::{Content, WordingId},
    model::ReminderId,
    reminders::{snoozed_until, Pending, Preset, Reminder, ReminderAnswer, ReminderState},
    vault::{Answered, Vault},
    Error,
};

use super::Now;

/// A reminder from a one-tap preset or a time picked (`custom`); `in_an_hour` is how long "in
/// about an hour" is (shortened for the journeys).
pub fn set_reminder(
    vault: &mut Vault,
    preset: Preset,
    custom: Option<DateTime<Utc>>,
    now: &Now,
    in_an_hour: Duration,
) -> Result<Reminder, Error> {
    vault.write(|store| store.set_reminder(preset, custom, now.at, &now.zone, in_an_hour))
}

/// "Check on me tomorrow and in three days", locked or not: the two due times.
pub fn plan_follow_ups(vault: &mut Vault, now: &Now) -> Result<Vec<DateTime<Utc>>, Error> {
    vault.plan_follow_ups(now.at, &now.zone)
}

/// The pending reminders and the chosen wording (empty for the first one).
#[derive(Debug, Clone, Serialize)]
pub struct Reminders {
    pub pending: Vec<Reminder>,
    pub wording: String,
}

pub fn reminders(vault: &Vault) -> Result<Reminders, Error> {
    let wording = vault.schedule().wording.map(|w| w.0).unwrap_or_default();
    let pending = vault.store()?.reminders_pending()?;
    Ok(Reminders { pending, wording })
}

pub fn cancel_reminder(vault: &mut Vault, id: ReminderId) -> Result<(), Error> {
    vault.write(|store| store.set_reminder_state(id, ReminderState::Cancelled))
}

/// Moves a reminder on by `minutes` (5 minutes to a day) from `now`.
pub fn snooze_reminder(
    vault: &mut Vault,
    id: ReminderId,
    minutes: u32,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let until = snoozed_until(now, minutes)?;
    vault.write(|store| store.snooze_reminder(id, until))
}

/// The words of the notification, by id from `content/reminders.toml`.
///
/// Errors: [`Error::NotFound`] for an id the content does not have.
pub fn set_reminder_wording(
    vault: &mut Vault,
    content: &Content,
    wording: &WordingId,
) -> Result<(), Error> {
    if !content.reminder_wordings.iter().any(|w| w.id == *wording) {
        return Err(Error::NotFound {
            what: "reminder wording",
        });
    }
    vault.write(|store| store.set_reminder_wording(wording))
}

/// What the page is told after an answer on a notification: where to go, and what was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerEvent {
    /// "open" (the body was tapped), or the answer's action id.
    pub answer: String,
    /// For "Later": when it comes back.
    pub until: Option<DateTime<Utc>>,
}

/// The action id of a tap on a notification's body (the freedesktop specification's name).
pub const OPEN: &str = "default";

/// An action from the notification of the reminders `covers` (their due minutes): an answer
/// applied through the vault, locked or not, once however often it arrives
/// ([`Vault::answer_notification`]). What to tell the page; `None` when the action is none of
/// ours, or the answer was applied before.
pub fn answer_notification(
    vault: &mut Vault,
    covers: &[Pending],
    action: &str,
    now: DateTime<Utc>,
    rng: &mut (impl RngCore + CryptoRng),
) -> Option<AnswerEvent> {
    let Some(answer) = ReminderAnswer::from_action(action) else {
        return (action == OPEN).then(|| AnswerEvent {
            answer: "open".into(),
            until: None,
        });
    };
    let until = match vault.answer_notification(covers, answer, now, rng)? {
        Answered::Later { until } => Some(until),
        _ => None,
    };
    Some(AnswerEvent {
        answer: answer.action().into(),
        until,
    })
}
