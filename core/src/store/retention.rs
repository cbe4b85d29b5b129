//! Auto-delete: keeping nothing older than the person wants. Off by default; moments,
//! check-ins, journal entries and their cards each have their own choice (never, or older than a month,
//! three months or a year), each saved as the choice made, "never" included. It runs at unlock
//! and once a day while unlocked, and what it deletes does not linger: `secure_delete`
//! overwrites the freed pages (the journal's search index too), and a checkpoint empties the
//! write-ahead log, so no copy of a deleted page stays in `-wal`.
//!
//! Age counts back from the clock, but never from later than the newest record: a clock set a
//! year ahead deletes nothing recorded last week. Only the person's choice on this device sets
//! it: a restore never takes it from a backup (`settings.rs`).

use chrono::{DateTime, Duration, Months, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::{
    format::{time_from_ms, time_to_ms},
    Store,
};
use crate::Error;

/// How old something must be to go, or `Never` (the default): a choice of its own, saved as
/// such, never the mere absence of a setting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OlderThan {
    #[default]
    Never,
    Month,
    ThreeMonths,
    Year,
}

impl OlderThan {
    fn code(self) -> &'static str {
        match self {
            OlderThan::Never => "never",
            OlderThan::Month => "month",
            OlderThan::ThreeMonths => "three-months",
            OlderThan::Year => "year",
        }
    }

    fn from_code(code: &str) -> Option<OlderThan> {
        [
            OlderThan::Never,
            OlderThan::Month,
            OlderThan::ThreeMonths,
            OlderThan::Year,
        ]
        .into_iter()
        .find(|o| o.code() == code)
    }

    /// The boundary: what was last active before it goes; `None` for `Never`. Calendar
    /// months, in UTC.
    fn cutoff(self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let months = match self {
            OlderThan::Never => return None,
            OlderThan::Month => 1,
            OlderThan::ThreeMonths => 3,
            OlderThan::Year => 12,
        };
        Some(
            now.checked_sub_months(Months::new(months))
                .unwrap_or(DateTime::<Utc>::MIN_UTC),
        )
    }
}

/// The auto-delete choice for each kind; all `Never` by default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AutoDelete {
    /// Moments last active before the boundary, with the care and check-ins in them.
    pub moments: OlderThan,
    /// Check-ins made before the boundary.
    pub check_ins: OlderThan,
    /// Journal entries written before the boundary.
    pub journal: OlderThan,
    /// Their cards added before the boundary (never, unless chosen; a choice saved before
    /// their cards existed keeps them).
    #[serde(default)]
    pub their_cards: OlderThan,
}

/// How many went (or would go now).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Deleted {
    pub moments: usize,
    /// Check-ins: by their own choice, or inside a moment that goes.
    pub check_ins: usize,
    pub journal: usize,
    pub their_cards: usize,
}

impl Deleted {
    pub fn total(&self) -> usize {
        self.moments + self.check_ins + self.journal + self.their_cards
    }
}

const MOMENTS_KEY: &str = "auto_delete_moments";
const CHECK_INS_KEY: &str = "auto_delete_check_ins";
const JOURNAL_KEY: &str = "auto_delete_journal";
const THEIR_CARDS_KEY: &str = "auto_delete_their_cards";
/// The settings that hold the auto-delete choice.
pub(super) const AUTO_DELETE_KEYS: [&str; 4] =
    [MOMENTS_KEY, CHECK_INS_KEY, JOURNAL_KEY, THEIR_CARDS_KEY];
/// When auto-delete last ran (ms since the epoch), so it runs once a day.
const LAST_RUN_KEY: &str = "auto_delete_last_run";

/// Whether `value` is an auto-delete choice for `key` (for settings restored from a backup).
pub(super) fn setting_is_valid(key: &str, value: &str) -> bool {
    AUTO_DELETE_KEYS.contains(&key) && OlderThan::from_code(value).is_some()
}

/// The auto-delete choice a backup's settings hold, if they hold one (a kind without a valid
/// value of its own counts as never, as it always has).
pub(super) fn auto_delete_in(
    settings: &std::collections::BTreeMap<String, String>,
) -> Option<AutoDelete> {
    let of = |key: &str| settings.get(key).and_then(|v| OlderThan::from_code(v));
    AUTO_DELETE_KEYS
        .iter()
        .any(|key| of(key).is_some())
        .then(|| AutoDelete {
            moments: of(MOMENTS_KEY).unwrap_or_default(),
            check_ins: of(CHECK_INS_KEY).unwrap_or_default(),
            journal: of(JOURNAL_KEY).unwrap_or_default(),
            their_cards: of(THEIR_CARDS_KEY).unwrap_or_default(),
        })
}

/// Boundaries as the SQL takes them: before this many ms goes; `i64::MIN` keeps everything.
struct Cutoffs {
    moments: i64,
    check_ins: i64,
    journal: i64,
    their_cards: i64,
}

impl AutoDelete {
    fn cutoffs(&self, now: DateTime<Utc>) -> Cutoffs {
        let ms = |choice: OlderThan| choice.cutoff(now).map_or(i64::MIN, time_to_ms);
        Cutoffs {
            moments: ms(self.moments),
            check_ins: ms(self.check_ins),
            journal: ms(self.journal),
            their_cards: ms(self.their_cards),
        }
    }
}

impl Store {
    /// The saved auto-delete choice.
    pub fn auto_delete(&self) -> Result<AutoDelete, Error> {
        let read = |key| -> Result<OlderThan, Error> {
            match self.setting::<String>(key)? {
                // Never chosen: a vault from before "Never" was saved as a choice, or one
                // never changed.
                None => Ok(OlderThan::Never),
                Some(code) => OlderThan::from_code(&code).ok_or(Error::Damaged {
                    what: "saved settings",
                }),
            }
        };
        Ok(AutoDelete {
            moments: read(MOMENTS_KEY)?,
            check_ins: read(CHECK_INS_KEY)?,
            journal: read(JOURNAL_KEY)?,
            their_cards: read(THEIR_CARDS_KEY)?,
        })
    }

    /// Saves the auto-delete choice. It takes effect at the next run ([`Store::run_auto_delete`]).
    pub fn set_auto_delete(&mut self, choice: AutoDelete) -> Result<(), Error> {
        let tx = self.conn.transaction()?;
        for (key, value) in [
            (MOMENTS_KEY, choice.moments),
            (CHECK_INS_KEY, choice.check_ins),
            (JOURNAL_KEY, choice.journal),
            (THEIR_CARDS_KEY, choice.their_cards),
        ] {
            // "Never" too: a choice is saved as the choice made, never as an absence.
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value.code()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The time the boundaries count back from: `now`, or the newest record's time when that
    /// is earlier, so that a clock set far ahead deletes nothing recent.
    fn counted_from(&self, now: DateTime<Utc>) -> Result<DateTime<Utc>, Error> {
        let newest: Option<i64> = self.conn.query_row(
            "SELECT max(t) FROM (
                 SELECT max(last_activity_at) AS t FROM moment
                 UNION ALL SELECT max(at) FROM check_in
                 UNION ALL SELECT max(created_at) FROM journal_entry
                 UNION ALL SELECT max(added_at) FROM their_card)",
            [],
            |r| r.get(0),
        )?;
        Ok(match newest {
            Some(ms) if ms < time_to_ms(now) => time_from_ms(ms).unwrap_or(now),
            _ => now,
        })
    }

    /// How many items `choice` would delete as of `now`: what the screen says before it is
    /// turned on.
    pub fn auto_delete_count(
        &self,
        choice: &AutoDelete,
        now: DateTime<Utc>,
    ) -> Result<Deleted, Error> {
        let c = choice.cutoffs(self.counted_from(now)?);
        let count = |sql: &str, params: &[&dyn rusqlite::ToSql]| -> Result<usize, Error> {
            let n: i64 = self.conn.query_row(sql, params, |r| r.get(0))?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        Ok(Deleted {
            moments: count(
                "SELECT count(*) FROM moment WHERE last_activity_at < ?1",
                &[&c.moments],
            )?,
            check_ins: count(
                "SELECT count(*) FROM check_in c JOIN moment m ON m.id = c.moment_id
                 WHERE c.at < ?1 OR m.last_activity_at < ?2",
                &[&c.check_ins, &c.moments],
            )?,
            journal: count(
                "SELECT count(*) FROM journal_entry WHERE created_at < ?1",
                &[&c.journal],
            )?,
            their_cards: count(
                "SELECT count(*) FROM their_card WHERE added_at < ?1",
                &[&c.their_cards],
            )?,
        })
    }

    /// Deletes what the saved choice says is too old as of `now`, in one transaction, then
    /// empties the write-ahead log so no copy of a deleted page stays in it.
    pub fn run_auto_delete(&mut self, now: DateTime<Utc>) -> Result<Deleted, Error> {
        let choice = self.auto_delete()?;
        if choice == AutoDelete::default() {
            // Off: nothing to do, and nothing written (an unlock writes nothing by itself).
            return Ok(Deleted::default());
        }
        let counted = self.auto_delete_count(&choice, now)?;
        let c = choice.cutoffs(self.counted_from(now)?);
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM check_in WHERE at < ?1", [c.check_ins])?;
        let moments = tx.execute(
            "DELETE FROM moment WHERE last_activity_at < ?1",
            [c.moments],
        )?;
        let journal = tx.execute(
            "DELETE FROM journal_entry WHERE created_at < ?1",
            [c.journal],
        )?;
        let their_cards = tx.execute(
            "DELETE FROM their_card WHERE added_at < ?1",
            [c.their_cards],
        )?;
        tx.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![LAST_RUN_KEY, time_to_ms(now)],
        )?;
        tx.commit()?;
        // Check-ins inside deleted moments went with them (`ON DELETE CASCADE`), so they are
        // counted as the count before did.
        let deleted = Deleted {
            moments,
            check_ins: counted.check_ins,
            journal,
            their_cards,
        };
        if deleted.total() > 0 {
            self.checkpoint_truncate()?;
        }
        Ok(deleted)
    }

    /// [`Store::run_auto_delete`] if it has not run in the last day (or the clock went back
    /// past its last run); `None` when it was not due.
    pub fn run_auto_delete_if_due(&mut self, now: DateTime<Utc>) -> Result<Option<Deleted>, Error> {
        let last: Option<i64> = self.setting(LAST_RUN_KEY)?;
        let now_ms = time_to_ms(now);
        let day = Duration::days(1).num_milliseconds();
        let due = last.is_none_or(|last| now_ms - last >= day || last > now_ms);
        if !due {
            return Ok(None);
        }
        self.run_auto_delete(now).map(Some)
    }

    /// Copies the write-ahead log into the database and truncates it to nothing.
    pub fn checkpoint_truncate(&mut self) -> Result<(), Error> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(Error::Damaged {
                what: "database (its log could not be emptied)",
            });
        }
        Ok(())
    }
}
