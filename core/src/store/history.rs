//! The history: moments, newest first, each with what happened in it.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use super::{
    rows::{self, CARE_COLUMNS, CHECK_IN_COLUMNS, ENTRY_COLUMNS, MOMENT_COLUMNS},
    Store,
};
use crate::{
    model::{Moment, MomentHistory, MomentId},
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
            .query_map(params![before.map(|m| m.0), limit], rows::moment)?
            .collect::<Result<_, _>>()?;
        moments
            .into_iter()
            .map(|moment| self.moment_history(moment))
            .collect()
    }

    /// Every moment with what happened in it, newest first, as [`Store::history`] gives them:
    /// what the insights are worked out from (`crate::insights`). Four queries in all, not
    /// three for each moment.
    pub fn history_all(&self) -> Result<Vec<MomentHistory>, Error> {
        let mut moments = self.conn.prepare(&format!(
            "SELECT {MOMENT_COLUMNS} FROM moment ORDER BY last_activity_at DESC, id DESC"
        ))?;
        let mut out: Vec<MomentHistory> = moments
            .query_map([], rows::moment)?
            .map(|moment| {
                Ok(MomentHistory {
                    moment: moment?,
                    care: Vec::new(),
                    check_ins: Vec::new(),
                    journal: Vec::new(),
                })
            })
            .collect::<Result<_, rusqlite::Error>>()?;
        let index: HashMap<i64, usize> = out
            .iter()
            .enumerate()
            .map(|(i, m)| (m.moment.id.0, i))
            .collect();
        let mut actions = self.conn.prepare(&format!(
            "SELECT {CARE_COLUMNS}, moment_id FROM action_taken ORDER BY at, id"
        ))?;
        for row in actions.query_map([], |row| Ok((row.get::<_, i64>(2)?, rows::care(row)?)))? {
            let (moment, action) = row?;
            if let Some(&i) = index.get(&moment) {
                out[i].care.push(action);
            }
        }
        let mut check_ins = self.conn.prepare(&format!(
            "SELECT {CHECK_IN_COLUMNS} FROM check_in ORDER BY at, id"
        ))?;
        for check_in in check_ins.query_map([], rows::check_in)? {
            let check_in = check_in?;
            if let Some(&i) = index.get(&check_in.moment.0) {
                out[i].check_ins.push(check_in);
            }
        }
        let mut journal = self.conn.prepare(&format!(
            "SELECT {ENTRY_COLUMNS} FROM journal_entry WHERE moment_id IS NOT NULL
             ORDER BY created_at, id"
        ))?;
        for entry in journal.query_map([], rows::journal_entry)? {
            let entry = entry?;
            if let Some(&i) = entry.moment.and_then(|m| index.get(&m.0)) {
                out[i].journal.push(entry);
            }
        }
        Ok(out)
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

    /// One moment with what happened in it.
    ///
    /// Errors: [`Error::NotFound`].
    pub fn moment(&self, id: MomentId) -> Result<MomentHistory, Error> {
        let moment = self
            .conn
            .query_row(
                &format!("SELECT {MOMENT_COLUMNS} FROM moment WHERE id = ?1"),
                [id.0],
                rows::moment,
            )
            .optional()?
            .ok_or(Error::NotFound { what: "moment" })?;
        self.moment_history(moment)
    }

    /// The moment a "since then" check-in at `now` looks back on (the latest begun by then),
    /// with what happened in it; `None` before any moment.
    pub fn moment_looked_back_on(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Option<MomentHistory>, Error> {
        let moment = self
            .conn
            .query_row(
                &format!(
                    "SELECT {MOMENT_COLUMNS} FROM moment WHERE started_at <= ?1
                     ORDER BY last_activity_at DESC, id DESC LIMIT 1"
                ),
                [super::format::time_to_ms(now)],
                rows::moment,
            )
            .optional()?;
        moment.map(|m| self.moment_history(m)).transpose()
    }

    fn moment_history(&self, moment: Moment) -> Result<MomentHistory, Error> {
        let id = moment.id.0;
        let mut care = self.conn.prepare_cached(&care_of())?;
        let care = care
            .query_map([id], rows::care)?
            .collect::<Result<_, _>>()?;
        let mut check_ins = self.conn.prepare_cached(&check_ins_of())?;
        let check_ins = check_ins
            .query_map([id], rows::check_in)?
            .collect::<Result<_, _>>()?;
        let mut journal = self.conn.prepare_cached(&entries_of())?;
        let journal = journal
            .query_map([id], rows::journal_entry)?
            .collect::<Result<_, _>>()?;
        Ok(MomentHistory {
            moment,
            care,
            check_ins,
            journal,
        })
    }
}

/// What happened in one moment (`?1`): its care, its check-ins, its journal entries.
fn care_of() -> String {
    format!("SELECT {CARE_COLUMNS} FROM action_taken WHERE moment_id = ?1 ORDER BY at, id")
}

fn check_ins_of() -> String {
    format!("SELECT {CHECK_IN_COLUMNS} FROM check_in WHERE moment_id = ?1 ORDER BY at, id")
}

fn entries_of() -> String {
    format!(
        "SELECT {ENTRY_COLUMNS} FROM journal_entry WHERE moment_id = ?1 ORDER BY created_at, id"
    )
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
    use rusqlite::StatementStatus;

    use super::{care_of, check_ins_of, entries_of};
    use crate::{
        content::ActionId,
        store::{DataKey, Store, SCHEMA_VERSION},
    };

    /// A page of the history asks three questions of every moment on it. Each is prepared
    /// once and kept: prepared again at every use (as SQLite did for a statement with a
    /// parameter, once the statement cache had cleared its bindings), each took about 0.2 ms
    /// with SQLCipher's memory security, and the first page 20 ms whatever the history's size.
    #[test]
    fn the_history_prepares_its_questions_once() {
        let tmp = tempfile::tempdir().unwrap();
        let key = DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(9));
        let mut store =
            Store::open_at_schema(&tmp.path().join("history.db"), &key, SCHEMA_VERSION).unwrap();
        let start = Utc.with_ymd_and_hms(2026, 3, 1, 21, 0, 0).unwrap();
        for day in 0..3 {
            store
                .record_care(
                    &ActionId("water".into()),
                    start + chrono::Duration::days(day),
                )
                .unwrap();
        }
        for _ in 0..2 {
            assert_eq!(store.history(20, None).unwrap().len(), 3);
        }
        for question in [care_of(), check_ins_of(), entries_of()] {
            let statement = store.conn.prepare_cached(&question).unwrap();
            assert_eq!(
                statement.get_status(StatementStatus::RePrepare),
                0,
                "prepared again: {question}"
            );
        }
    }
}
