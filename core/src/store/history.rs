//! The history: moments, newest first, each with what happened in it.

use rusqlite::{params, Row};

use super::{from_ms, journal::entry_from_row, records::setting_from_name, Store};
use crate::{
    content::ActionId,
    model::{ActionTaken, CheckIn, CheckInId, Moment, MomentHistory, MomentId, NewCheckIn, Scales},
    Error,
};

impl Store {
    /// Up to `limit` moments, newest first, starting after `before` (the last moment of the
    /// previous page) when given.
    pub fn history(
        &self,
        limit: u32,
        before: Option<MomentId>,
    ) -> Result<Vec<MomentHistory>, Error> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {MOMENT_COLUMNS} FROM moment
             WHERE ?1 IS NULL
                OR last_activity_at < (SELECT last_activity_at FROM moment WHERE id = ?1)
                OR (last_activity_at = (SELECT last_activity_at FROM moment WHERE id = ?1) AND id < ?1)
             ORDER BY last_activity_at DESC, id DESC
             LIMIT ?2"
        ))?;
        let moments: Vec<Moment> = statement
            .query_map(params![before.map(|m| m.0), limit], moment_from_row)?
            .collect::<Result<_, _>>()?;
        moments
            .into_iter()
            .map(|moment| self.moment_history(moment))
            .collect()
    }

    /// The recent moment ([`Store::recent_moment`]) with what happened in it: what Home shows.
    pub fn recent_moment_history(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Option<MomentHistory>, Error> {
        self.recent_moment(now)?
            .map(|moment| self.moment_history(moment))
            .transpose()
    }

    fn moment_history(&self, moment: Moment) -> Result<MomentHistory, Error> {
        let id = moment.id.0;
        let mut actions = self.conn.prepare_cached(
            "SELECT action_id, at FROM action_taken WHERE moment_id = ?1 ORDER BY at, id",
        )?;
        let actions = actions
            .query_map([id], |row| {
                Ok(ActionTaken {
                    action: ActionId(row.get(0)?),
                    at: from_ms(row.get(1)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut check_ins = self.conn.prepare_cached(
            "SELECT id, moment_id, at, setting, body, feelings, mind, desire, answers, note
             FROM check_in WHERE moment_id = ?1 ORDER BY at, id",
        )?;
        let check_ins = check_ins
            .query_map([id], check_in_from_row)?
            .collect::<Result<_, _>>()?;
        let mut journal = self.conn.prepare_cached(&format!(
            "SELECT {} FROM journal_entry WHERE moment_id = ?1 ORDER BY created_at, id",
            super::journal::ENTRY_COLUMNS
        ))?;
        let journal = journal
            .query_map([id], entry_from_row)?
            .collect::<Result<_, _>>()?;
        Ok(MomentHistory {
            moment,
            actions,
            check_ins,
            journal,
        })
    }
}

/// The columns [`moment_from_row`] reads, in its order.
pub(super) const MOMENT_COLUMNS: &str = "id, started_at, last_activity_at, setting, ended_at";

pub(super) fn moment_from_row(row: &Row<'_>) -> rusqlite::Result<Moment> {
    Ok(Moment {
        id: MomentId(row.get(0)?),
        started_at: from_ms(row.get(1)?),
        last_activity_at: from_ms(row.get(2)?),
        setting: row
            .get::<_, Option<String>>(3)?
            .as_deref()
            .and_then(setting_from_name),
        ended_at: row.get::<_, Option<i64>>(4)?.map(from_ms),
    })
}

fn check_in_from_row(row: &Row<'_>) -> rusqlite::Result<CheckIn> {
    let answers: String = row.get(8)?;
    Ok(CheckIn {
        id: CheckInId(row.get(0)?),
        moment: MomentId(row.get(1)?),
        at: from_ms(row.get(2)?),
        content: NewCheckIn {
            setting: row
                .get::<_, Option<String>>(3)?
                .as_deref()
                .and_then(setting_from_name),
            scales: Scales {
                body: row.get(4)?,
                feelings: row.get(5)?,
                mind: row.get(6)?,
                desire: row.get(7)?,
            },
            answers: serde_json::from_str(&answers).unwrap_or_default(),
            note: row.get(9)?,
        },
    })
}
