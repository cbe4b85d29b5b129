//! Moments, the care taken and check-ins in them, and what was recorded while locked.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};

use super::{
    format::{company_code, encode_answers, occasion_code, time_to_ms},
    rows::{self, MOMENT_COLUMNS},
    Store,
};
use crate::{
    content::{ActionId, Occasion},
    model::{CareId, CheckInId, EndedMoment, LockedEntry, Moment, MomentId, NewCheckIn, RecordId},
    Error,
};

impl Store {
    /// Records care (an action taken) in the current moment, starting a new moment if the
    /// last activity was longer ago than the moment window; returns the care's own id, which
    /// undoes it, and its moment's.
    pub fn record_care(
        &mut self,
        action: &ActionId,
        at: DateTime<Utc>,
    ) -> Result<(CareId, MomentId), Error> {
        let window = self.moment_window_minutes()?;
        let tx = self.conn.transaction()?;
        let saved = insert_care(&tx, action, at, window)?;
        tx.commit()?;
        Ok(saved)
    }

    /// Undoes recorded care, for good. Its moment goes too if nothing is left in it (no
    /// care, no check-in, no journal entry linked to it): a tap undone leaves no trace.
    pub fn undo_care(&mut self, care: CareId) -> Result<(), Error> {
        let tx = self.conn.transaction()?;
        let moment: Option<i64> = tx
            .prepare_cached("DELETE FROM action_taken WHERE id = ?1 RETURNING moment_id")?
            .query_row([care.0], |row| row.get(0))
            .optional()?;
        let moment = moment.ok_or(Error::NotFound { what: "care" })?;
        tx.prepare_cached(
            "DELETE FROM moment WHERE id = ?1
               AND NOT EXISTS (SELECT 1 FROM action_taken WHERE moment_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM check_in WHERE moment_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM journal_entry WHERE moment_id = ?1)",
        )?
        .execute([moment])?;
        tx.commit()?;
        Ok(())
    }

    /// Saves a check-in into the current moment (or a new one). Validate it against the content
    /// first ([`NewCheckIn::validate`]).
    pub fn save_check_in(
        &mut self,
        check_in: &NewCheckIn,
        at: DateTime<Utc>,
    ) -> Result<(CheckInId, MomentId), Error> {
        let window = self.moment_window_minutes()?;
        let tx = self.conn.transaction()?;
        let saved = insert_check_in(&tx, check_in, at, window)?;
        tx.commit()?;
        Ok(saved)
    }

    /// Notes what they answered to a check-in sent to them (made with
    /// [`crate::model::TheirAnswer::to_check_in`]) on the moment it was about, as a "since then"
    /// check-in of that moment, at `at`. The moment is left as it was (noting an answer does
    /// not reopen it) and no reminder of mine counts as answered.
    ///
    /// Errors: [`Error::NotFound`] when there is no such moment.
    pub fn note_their_answer(
        &mut self,
        moment: MomentId,
        check_in: &NewCheckIn,
        at: DateTime<Utc>,
    ) -> Result<CheckInId, Error> {
        let s = check_in.scales;
        let inserted = self.conn.execute(
            "INSERT INTO check_in (moment_id, at, setting, body, feelings, mind, desire, answers, note, occasion)
             SELECT id, ?2, NULL, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM moment WHERE id = ?1",
            params![
                moment.0,
                time_to_ms(at),
                s.body,
                s.feelings,
                s.mind,
                s.desire,
                encode_answers(&check_in.answers),
                check_in.note,
                occasion_code(check_in.occasion)
            ],
        )?;
        if inserted == 0 {
            return Err(Error::NotFound { what: "moment" });
        }
        Ok(CheckInId(self.conn.last_insert_rowid()))
    }

    /// Merges one record sealed while locked, into the moment it belongs to; `None` if it was
    /// merged before: each record id is applied at most once, even across a crash in the
    /// middle of a merge.
    pub(crate) fn merge_locked(
        &mut self,
        id: &RecordId,
        entry: &LockedEntry,
    ) -> Result<Option<MomentId>, Error> {
        let window = self.moment_window_minutes()?;
        let tx = self.conn.transaction()?;
        let fresh = tx.execute(
            "INSERT OR IGNORE INTO merged_record (id) VALUES (?1)",
            [&id.0[..]],
        )? == 1;
        let moment = match (fresh, entry) {
            (false, _) => None,
            (true, LockedEntry::Care { action, at }) => {
                Some(insert_care(&tx, action, *at, window)?.1)
            }
            (true, LockedEntry::CheckIn { check_in, at }) => {
                Some(insert_check_in(&tx, check_in, *at, window)?.1)
            }
        };
        tx.commit()?;
        Ok(moment)
    }

    /// The latest moment, if it is still close enough to `now` to count: active (or ended, which
    /// counts as activity) within the window. This is the moment Home shows and reminders count
    /// from.
    pub fn recent_moment(&self, now: DateTime<Utc>) -> Result<Option<Moment>, Error> {
        let since = time_to_ms(now) - i64::from(self.moment_window_minutes()?) * 60_000;
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {MOMENT_COLUMNS} FROM moment
                     WHERE last_activity_at >= ?1
                     ORDER BY last_activity_at DESC, id DESC LIMIT 1"
                ),
                [since],
                rows::moment,
            )
            .optional()?)
    }

    /// Ends a moment on purpose ("End this moment"): the next tap starts a new one, and
    /// day-later reminders count from now. Ending an ended moment changes nothing. Ending counts
    /// as activity, so a moment's end is never after its last activity. Says too whether to
    /// offer "check on me tomorrow" now ([`Store::offers_check_tomorrow`]).
    pub fn end_moment(&mut self, id: MomentId, at: DateTime<Utc>) -> Result<EndedMoment, Error> {
        let moment = self.close_moment(id, at)?;
        Ok(EndedMoment {
            moment,
            offer_check_tomorrow: self.offers_check_tomorrow(at)?,
        })
    }

    fn close_moment(&mut self, id: MomentId, at: DateTime<Utc>) -> Result<Moment, Error> {
        let tx = self.conn.transaction()?;
        let changed = tx
            .prepare_cached(
                "UPDATE moment SET ended_at = max(last_activity_at, ?2),
                               last_activity_at = max(last_activity_at, ?2)
             WHERE id = ?1 AND ended_at IS NULL",
            )?
            .execute(params![id.0, time_to_ms(at)])?;
        let moment = tx
            .query_row(
                &format!("SELECT {MOMENT_COLUMNS} FROM moment WHERE id = ?1"),
                [id.0],
                rows::moment,
            )
            .optional()?
            .ok_or(Error::NotFound { what: "moment" })?;
        if changed == 1 {
            tx.commit()?;
        }
        Ok(moment)
    }

    /// Deletes a moment with the care and check-ins recorded in it, for good (`secure_delete`
    /// overwrites the freed pages). Journal entries linked to it stay, on their own; reminders
    /// set from it stay too.
    pub fn delete_moment(&mut self, id: MomentId) -> Result<(), Error> {
        match self
            .conn
            .prepare_cached("DELETE FROM moment WHERE id = ?1")?
            .execute([id.0])?
        {
            0 => Err(Error::NotFound { what: "moment" }),
            _ => Ok(()),
        }
    }

    /// "Not now" to "check on me tomorrow": it is not offered again for the recent moment (a
    /// later moment asks again). Nothing to do without a recent moment.
    pub fn decline_check_tomorrow(&mut self, now: DateTime<Utc>) -> Result<(), Error> {
        match self.recent_moment(now)? {
            Some(moment) => self.set_setting(CHECK_TOMORROW_DECLINED_KEY, moment.id.0),
            None => Ok(()),
        }
    }

    /// Whether to offer the "check on me tomorrow" reminder now: my card asks for it, there is
    /// a recent moment, it was not answered "not now", and no next-day reminder for it is
    /// pending yet.
    pub fn offers_check_tomorrow(&self, now: DateTime<Utc>) -> Result<bool, Error> {
        if !self.card()?.wants_check_tomorrow() {
            return Ok(false);
        }
        let Some(moment) = self.recent_moment(now)? else {
            return Ok(false);
        };
        if self.setting(CHECK_TOMORROW_DECLINED_KEY)? == Some(moment.id.0) {
            return Ok(false);
        }
        let already: bool = self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM reminder
                            WHERE moment_id = ?1 AND preset = 'next-day' AND state = 'pending')",
            )?
            .query_row([moment.id.0], |row| row.get(0))?;
        Ok(!already)
    }
}

/// The moment whose "check on me tomorrow" offer was answered "not now" (the last one only).
const CHECK_TOMORROW_DECLINED_KEY: &str = "check_tomorrow_declined_moment";

/// Whether something recorded after a moment was ended still belongs to it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AfterEnd {
    /// Care taken after "End this moment" starts a new moment.
    NewMoment,
    /// A check-in soon after looks back on the moment just ended.
    Joins,
}

/// The moment `at` belongs to: the latest one active within the window (for care, one not
/// ended before `at`; a check-in may look back on an ended one), or a new one.
fn moment_for(
    tx: &Transaction<'_>,
    at: DateTime<Utc>,
    window_minutes: u32,
    after_end: AfterEnd,
) -> Result<MomentId, Error> {
    let at_ms = time_to_ms(at);
    let since = at_ms - i64::from(window_minutes) * 60_000;
    let current: Option<i64> = tx
        .prepare_cached(
            "SELECT id FROM moment
             WHERE last_activity_at >= ?1 AND started_at <= ?2
               AND (ended_at IS NULL OR ended_at >= ?2 OR ?3)
             ORDER BY last_activity_at DESC LIMIT 1",
        )?
        .query_row(params![since, at_ms, after_end == AfterEnd::Joins], |row| {
            row.get(0)
        })
        .optional()?;
    let id = match current {
        Some(id) => {
            // Only when it moves on: SQLite would write the moment's place in
            // `moment_by_activity` again even with the value unchanged.
            tx.prepare_cached(
                "UPDATE moment SET last_activity_at = ?2 WHERE id = ?1 AND last_activity_at < ?2",
            )?
            .execute(params![id, at_ms])?;
            id
        }
        None => {
            tx.prepare_cached("INSERT INTO moment (started_at, last_activity_at) VALUES (?1, ?1)")?
                .execute([at_ms])?;
            tx.last_insert_rowid()
        }
    };
    Ok(MomentId(id))
}

/// The moment a "since then" check-in looks back on: the latest one begun by `at`, however long
/// ago, left as it was (looking back does not reopen it); a new one only when there is none.
fn moment_looked_back_on(tx: &Transaction<'_>, at: DateTime<Utc>) -> Result<MomentId, Error> {
    let at_ms = time_to_ms(at);
    let latest: Option<i64> = tx
        .prepare_cached(
            "SELECT id FROM moment WHERE started_at <= ?1
             ORDER BY last_activity_at DESC, id DESC LIMIT 1",
        )?
        .query_row([at_ms], |row| row.get(0))
        .optional()?;
    let id = match latest {
        Some(id) => id,
        None => {
            tx.prepare_cached("INSERT INTO moment (started_at, last_activity_at) VALUES (?1, ?1)")?
                .execute([at_ms])?;
            tx.last_insert_rowid()
        }
    };
    Ok(MomentId(id))
}

fn insert_care(
    tx: &Transaction<'_>,
    action: &ActionId,
    at: DateTime<Utc>,
    window_minutes: u32,
) -> Result<(CareId, MomentId), Error> {
    let moment = moment_for(tx, at, window_minutes, AfterEnd::NewMoment)?;
    tx.prepare_cached("INSERT INTO action_taken (moment_id, action_id, at) VALUES (?1, ?2, ?3)")?
        .execute(params![moment.0, action.as_str(), time_to_ms(at)])?;
    Ok((CareId(tx.last_insert_rowid()), moment))
}

fn insert_check_in(
    tx: &Transaction<'_>,
    check_in: &NewCheckIn,
    at: DateTime<Utc>,
    window_minutes: u32,
) -> Result<(CheckInId, MomentId), Error> {
    let moment = match check_in.occasion {
        Occasion::RightAfter => moment_for(tx, at, window_minutes, AfterEnd::Joins)?,
        Occasion::SinceThen => moment_looked_back_on(tx, at)?,
    };
    // The column keeps its first name, `setting`; the code says "company".
    let company = check_in.company.map(company_code);
    if let Some(company) = company {
        tx.prepare_cached("UPDATE moment SET setting = ?2 WHERE id = ?1")?
            .execute(params![moment.0, company])?;
    }
    if check_in.occasion == Occasion::SinceThen {
        // Checking in since answers every reminder already due.
        tx.prepare_cached("UPDATE reminder SET state = 'done' WHERE state IN ('pending', 'shown') AND due_at <= ?1")?.execute([time_to_ms(at)])?;
    }
    let answers = encode_answers(&check_in.answers);
    let s = check_in.scales;
    tx.prepare_cached("INSERT INTO check_in (moment_id, at, setting, body, feelings, mind, desire, answers, note, occasion)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")?.execute(params![
            moment.0,
            time_to_ms(at),
            company,
            s.body,
            s.feelings,
            s.mind,
            s.desire,
            answers,
            check_in.note,
            occasion_code(check_in.occasion)
        ])?;
    Ok((CheckInId(tx.last_insert_rowid()), moment))
}

#[cfg(test)]
mod tests;
