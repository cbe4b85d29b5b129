//! Answers given on the reminder notification itself: "I'm okay", "Not so good", "Later".
//! Each is applied once, however often the notification server sends it, locked or not.
//!
//! "I'm okay" is a "since then" check-in whose record id comes from the reminder's due minute,
//! so a second delivery is the same record: merged once (unlocked, straight into the store,
//! which remembers merged ids; locked, sealed, and the merge at unlock skips the repeat).
//! "Later" moves the reminder on; a second "Later" finds nothing left at the old minute.

use blake2::{Blake2b512, Digest};
use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};

use super::{Recorded, Vault, VaultStatus};
use crate::{
    content::{Occasion, OptionId, QuestionId},
    model::{Answer, LockedEntry, NewCheckIn, RecordId},
    reminders::{snoozed_until, Pending, ReminderAnswer},
    Error,
};

/// What answering did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// "I'm okay" was recorded: into its moment, or sealed while locked.
    Recorded(Recorded),
    /// "Later": the reminder comes back at `until`.
    Later { until: DateTime<Utc> },
    /// This answer to this reminder was applied before; nothing changed.
    Already,
    /// Nothing to record ("Not so good" opens the calm space instead).
    Nothing,
}

impl Vault {
    /// Applies `answer` to the notification of the reminders due in `reminder`'s minute, at
    /// `now`; "Later" waits `snooze_minutes` (5 minutes to a day).
    pub fn answer_reminder(
        &mut self,
        reminder: Pending,
        answer: ReminderAnswer,
        now: DateTime<Utc>,
        snooze_minutes: u32,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Answered, Error> {
        match answer {
            ReminderAnswer::NotSoGood => Ok(Answered::Nothing),
            ReminderAnswer::Okay => self.okay(reminder, now, rng),
            ReminderAnswer::Later => self.snooze(reminder, snoozed_until(now, snooze_minutes)?),
        }
    }

    /// An answer given on the notification of the reminders due in `covers` (their minutes),
    /// at `now`. "I'm okay" answers the latest of them (a "since then" check-in answers every
    /// one already due); "Later" brings each back after the "Later" setting's minutes (as last
    /// read, so locked too). What it did, or `None` when it had been applied before (or could
    /// not be: nothing to say then either).
    pub fn answer_notification(
        &mut self,
        covers: &[Pending],
        answer: ReminderAnswer,
        now: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Option<Answered> {
        let targets: Vec<Pending> = match answer {
            ReminderAnswer::Later => covers.to_vec(),
            _ => covers.iter().max().copied().into_iter().collect(),
        };
        let snooze_minutes = self.snooze_minutes;
        let mut done = None;
        for reminder in targets {
            match self.answer_reminder(reminder, answer, now, snooze_minutes, rng) {
                Ok(Answered::Already) | Err(_) => {}
                Ok(answered) => done = Some(answered),
            }
        }
        done
    }

    fn okay(
        &mut self,
        reminder: Pending,
        now: DateTime<Utc>,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Answered, Error> {
        let id = answer_id(reminder, ReminderAnswer::Okay);
        let entry = LockedEntry::CheckIn {
            check_in: NewCheckIn {
                occasion: Occasion::SinceThen,
                answers: vec![Answer {
                    question: QuestionId("since-how".into()),
                    options: vec![OptionId("okay".into())],
                    text: None,
                }],
                ..NewCheckIn::default()
            },
            at: now,
        };
        match self.status() {
            VaultStatus::NotSetUp | VaultStatus::Unfinished => Err(Error::NotSetUp),
            VaultStatus::Unlocked => {
                Ok(match self.write(|store| store.merge_locked(&id, &entry))? {
                    Some(moment) => Answered::Recorded(Recorded::InMoment { moment }),
                    None => Answered::Already,
                })
            }
            VaultStatus::Locked => {
                // A repeat is sealed again under the same id, and the merge skips it: nothing
                // beside the inbox says that a reminder was answered.
                self.seal_as(id, &entry, rng)?;
                Ok(Answered::Recorded(Recorded::Sealed))
            }
        }
    }

    fn snooze(&mut self, reminder: Pending, until: DateTime<Utc>) -> Result<Answered, Error> {
        let mut schedule = self.schedule();
        match self.status() {
            VaultStatus::NotSetUp | VaultStatus::Unfinished => Err(Error::NotSetUp),
            VaultStatus::Unlocked => {
                // The write brings the schedule in line (`in_step.rs`): the shown mark is taken
                // in, and the reminder is pending again at `until`.
                match self.write(|store| store.snooze_reminders_due_in(reminder, until))? {
                    0 => Ok(Answered::Already),
                    _ => Ok(Answered::Later { until }),
                }
            }
            VaultStatus::Locked => {
                // The shown reminder is passed over and a new one is due later: at unlock the
                // store marks the first missed and takes in the new minute.
                let Some(at) = schedule.shown.iter().position(|p| *p == reminder) else {
                    return Ok(Answered::Already);
                };
                schedule.shown.remove(at);
                schedule.missed.push(reminder);
                schedule.pending.push(Pending::at(until));
                schedule.pending.sort();
                self.save_schedule(&schedule)?;
                Ok(Answered::Later { until })
            }
        }
    }
}

/// The record id of `answer` to the reminder due in `reminder`'s minute: the same every time,
/// so that the answer is merged once. It is sealed inside the record, never seen on disk.
fn answer_id(reminder: Pending, answer: ReminderAnswer) -> RecordId {
    let mut hash = Blake2b512::new();
    hash.update(b"aftercare reminder answer v1\0");
    hash.update(reminder.due_at().timestamp_millis().to_le_bytes());
    hash.update(answer.action().as_bytes());
    let digest = hash.finalize();
    RecordId(digest[..16].try_into().expect("16 bytes"))
}
