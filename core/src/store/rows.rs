//! Rows to records: the columns each query selects and how a row becomes a value. Shared by the
//! modules that read moments, check-ins, journal entries and reminders, so each shape is decoded
//! in one place. A value that does not decode is [`Error::Damaged`], never a default.

use rusqlite::Row;

use super::format::{
    company_from_code, decode_answers, occasion_from_code, preset_from_code, state_from_code,
    time_from_ms,
};
use crate::{
    content::ActionId,
    model::{
        Care, CheckIn, CheckInId, JournalEntry, JournalId, Moment, MomentId, NewCheckIn,
        ReminderId, Scales,
    },
    reminders::Reminder,
    Error,
};

/// Reads column `index` of `row` and decodes it, reporting a value that does not decode as
/// damage in that column.
fn decoded<S, T>(
    row: &Row<'_>,
    index: usize,
    decode: impl FnOnce(S) -> Result<T, Error>,
) -> rusqlite::Result<T>
where
    S: rusqlite::types::FromSql,
{
    decode(row.get(index)?).map_err(|e| e.in_column(index))
}

fn time(row: &Row<'_>, index: usize) -> rusqlite::Result<chrono::DateTime<chrono::Utc>> {
    decoded(row, index, time_from_ms)
}

fn optional_time(
    row: &Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<chrono::DateTime<chrono::Utc>>> {
    decoded(row, index, |ms: Option<i64>| {
        ms.map(time_from_ms).transpose()
    })
}

fn company(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<crate::content::Company>> {
    decoded(row, index, |code: Option<String>| {
        code.as_deref().map(company_from_code).transpose()
    })
}

/// The columns [`moment`] reads, in its order.
pub(super) const MOMENT_COLUMNS: &str = "id, started_at, last_activity_at, setting, ended_at";

pub(super) fn moment(row: &Row<'_>) -> rusqlite::Result<Moment> {
    Ok(Moment {
        id: MomentId(row.get(0)?),
        started_at: time(row, 1)?,
        last_activity_at: time(row, 2)?,
        company: company(row, 3)?,
        ended_at: optional_time(row, 4)?,
    })
}

/// The columns [`care`] reads, in its order.
pub(super) const CARE_COLUMNS: &str = "action_id, at";

pub(super) fn care(row: &Row<'_>) -> rusqlite::Result<Care> {
    Ok(Care {
        action: ActionId(row.get(0)?),
        at: time(row, 1)?,
    })
}

/// The columns [`check_in`] reads, in its order.
pub(super) const CHECK_IN_COLUMNS: &str =
    "id, moment_id, at, setting, body, feelings, mind, desire, answers, note, occasion";

pub(super) fn check_in(row: &Row<'_>) -> rusqlite::Result<CheckIn> {
    Ok(CheckIn {
        id: CheckInId(row.get(0)?),
        moment: MomentId(row.get(1)?),
        at: time(row, 2)?,
        content: NewCheckIn {
            company: company(row, 3)?,
            scales: Scales {
                body: row.get(4)?,
                feelings: row.get(5)?,
                mind: row.get(6)?,
                desire: row.get(7)?,
            },
            answers: decoded(row, 8, |json: String| decode_answers(&json))?,
            note: row.get(9)?,
            occasion: decoded(row, 10, |code: String| occasion_from_code(&code))?,
        },
    })
}

/// The columns [`journal_entry`] reads, in its order.
pub(super) const ENTRY_COLUMNS: &str = "id, moment_id, created_at, updated_at, prompt, body";

pub(super) fn journal_entry(row: &Row<'_>) -> rusqlite::Result<JournalEntry> {
    Ok(JournalEntry {
        id: JournalId(row.get(0)?),
        moment: row.get::<_, Option<i64>>(1)?.map(MomentId),
        created_at: time(row, 2)?,
        updated_at: time(row, 3)?,
        prompt: row.get(4)?,
        body: row.get(5)?,
    })
}

/// The columns [`reminder`] reads, in its order.
pub(super) const REMINDER_COLUMNS: &str = "id, moment_id, preset, due_at, state";

pub(super) fn reminder(row: &Row<'_>) -> rusqlite::Result<Reminder> {
    Ok(Reminder {
        id: ReminderId(row.get(0)?),
        moment: row.get::<_, Option<i64>>(1)?.map(MomentId),
        preset: decoded(row, 2, |code: String| preset_from_code(&code))?,
        due_at: time(row, 3)?,
        state: decoded(row, 4, |code: String| state_from_code(&code))?,
    })
}
