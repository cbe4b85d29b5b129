//! Moments, actions taken, check-ins, settings and the vault's own key row.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};

use super::{
    history::{moment_from_row, MOMENT_COLUMNS},
    to_ms, Store,
};
use crate::{
    content::{ActionId, Setting},
    model::{CheckInId, Moment, MomentId, NewCheckIn},
    reminders::ReminderHours,
    vault::inbox::{LockedRecord, RecordId},
    Error,
};

/// How long after the last tap a new tap still joins the same moment, unless set otherwise.
pub const MOMENT_WINDOW_DEFAULT_MINUTES: u32 = 180;
const MOMENT_WINDOW_KEY: &str = "moment_window_minutes";
/// The longest window the setting accepts: two days.
const MOMENT_WINDOW_MAX_MINUTES: u32 = 48 * 60;
/// Lock after this many minutes without a touch, unless set otherwise.
pub const AUTO_LOCK_DEFAULT_MINUTES: u32 = 5;
const AUTO_LOCK_KEY: &str = "auto_lock_minutes";
const MORNING_HOUR_KEY: &str = "reminder_morning_hour";
const EVENING_HOUR_KEY: &str = "reminder_evening_hour";

impl Store {
    /// Records a quick action in the current moment, starting a new moment if the last
    /// activity was longer ago than the moment window.
    pub fn record_action(
        &mut self,
        action: &ActionId,
        at: DateTime<Utc>,
    ) -> Result<MomentId, Error> {
        let window = self.moment_window_minutes()?;
        let tx = self.conn.transaction()?;
        let moment = insert_action(&tx, action, at, window)?;
        tx.commit()?;
        Ok(moment)
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

    /// Merges one record sealed while locked. Returns `false` if it was merged before: each
    /// record id is applied at most once, even across a crash in the middle of a merge.
    pub(crate) fn merge_locked(
        &mut self,
        id: &RecordId,
        record: &LockedRecord,
    ) -> Result<bool, Error> {
        let window = self.moment_window_minutes()?;
        let tx = self.conn.transaction()?;
        let fresh = tx.execute(
            "INSERT OR IGNORE INTO merged_record (id) VALUES (?1)",
            [&id[..]],
        )? == 1;
        if fresh {
            match record {
                LockedRecord::Action { action, at_ms } => {
                    insert_action(&tx, action, super::from_ms(*at_ms), window)?;
                }
                LockedRecord::CheckIn { check_in, at_ms } => {
                    insert_check_in(&tx, check_in, super::from_ms(*at_ms), window)?;
                }
            }
        }
        tx.commit()?;
        Ok(fresh)
    }

    /// The latest moment, if it is still close enough to `now` to count: active (or ended, which
    /// counts as activity) within the window. This is the moment Home shows and reminders count
    /// from.
    pub fn recent_moment(&self, now: DateTime<Utc>) -> Result<Option<Moment>, Error> {
        let since = to_ms(now) - i64::from(self.moment_window_minutes()?) * 60_000;
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {MOMENT_COLUMNS} FROM moment
                     WHERE last_activity_at >= ?1
                     ORDER BY last_activity_at DESC, id DESC LIMIT 1"
                ),
                [since],
                moment_from_row,
            )
            .optional()?)
    }

    /// Ends a moment on purpose ("End this moment"): the next tap starts a new one, and
    /// day-later reminders count from now. Ending an ended moment changes nothing. Ending counts
    /// as activity, so a moment's end is never after its last activity.
    pub fn end_moment(&mut self, id: MomentId, at: DateTime<Utc>) -> Result<Moment, Error> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE moment SET ended_at = max(last_activity_at, ?2),
                               last_activity_at = max(last_activity_at, ?2)
             WHERE id = ?1 AND ended_at IS NULL",
            params![id.0, to_ms(at)],
        )?;
        let moment = tx
            .query_row(
                &format!("SELECT {MOMENT_COLUMNS} FROM moment WHERE id = ?1"),
                [id.0],
                moment_from_row,
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
            .execute("DELETE FROM moment WHERE id = ?1", [id.0])?
        {
            0 => Err(Error::NotFound { what: "moment" }),
            _ => Ok(()),
        }
    }

    /// Whether to offer the "check on me tomorrow" reminder now: my card asks for it, there is
    /// a recent moment, and no next-day reminder for it is pending yet.
    pub fn offers_check_tomorrow(&self, now: DateTime<Utc>) -> Result<bool, Error> {
        if !self.card()?.wants_check_tomorrow() {
            return Ok(false);
        }
        let Some(moment) = self.recent_moment(now)? else {
            return Ok(false);
        };
        let already: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM reminder
                            WHERE moment_id = ?1 AND preset = 'next-day' AND state = 'pending')",
            [moment.id.0],
            |row| row.get(0),
        )?;
        Ok(!already)
    }

    /// The moment window, in minutes.
    pub fn moment_window_minutes(&self) -> Result<u32, Error> {
        Ok(self
            .setting(MOMENT_WINDOW_KEY)?
            .unwrap_or(MOMENT_WINDOW_DEFAULT_MINUTES))
    }

    /// Sets the moment window: from 15 minutes to two days.
    pub fn set_moment_window_minutes(&mut self, minutes: u32) -> Result<(), Error> {
        if !(15..=MOMENT_WINDOW_MAX_MINUTES).contains(&minutes) {
            return Err(Error::invalid(
                "the moment window goes from 15 minutes to 2 days",
            ));
        }
        self.set_setting(MOMENT_WINDOW_KEY, minutes)
    }

    /// Minutes without a touch before the app locks itself.
    pub fn auto_lock_minutes(&self) -> Result<u32, Error> {
        Ok(self
            .setting(AUTO_LOCK_KEY)?
            .unwrap_or(AUTO_LOCK_DEFAULT_MINUTES))
    }

    /// Sets the auto-lock time: from 1 minute to 1 hour.
    pub fn set_auto_lock_minutes(&mut self, minutes: u32) -> Result<(), Error> {
        if !(1..=60).contains(&minutes) {
            return Err(Error::invalid("auto-lock goes from 1 minute to 1 hour"));
        }
        self.set_setting(AUTO_LOCK_KEY, minutes)
    }

    /// The hours for "tomorrow morning" and "tonight" reminders.
    pub fn reminder_hours(&self) -> Result<ReminderHours, Error> {
        let default = ReminderHours::default();
        Ok(ReminderHours {
            morning: self.setting(MORNING_HOUR_KEY)?.unwrap_or(default.morning),
            evening: self.setting(EVENING_HOUR_KEY)?.unwrap_or(default.evening),
        })
    }

    /// Sets the reminder hours (0–23, local time).
    pub fn set_reminder_hours(&mut self, hours: ReminderHours) -> Result<(), Error> {
        if hours.morning > 23 || hours.evening > 23 {
            return Err(Error::invalid("reminder hours go from 0 to 23"));
        }
        self.set_setting(MORNING_HOUR_KEY, hours.morning)?;
        self.set_setting(EVENING_HOUR_KEY, hours.evening)
    }

    fn setting(&self, key: &str) -> Result<Option<u32>, Error> {
        let value: Option<String> = self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?;
        Ok(value.and_then(|v| v.parse().ok()))
    }

    fn set_setting(&mut self, key: &str, value: u32) -> Result<(), Error> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value.to_string()],
        )?;
        Ok(())
    }

    /// The inbox's secret key, stored at set-up.
    pub(crate) fn inbox_secret(&self) -> Result<zeroize::Zeroizing<Vec<u8>>, Error> {
        let secret: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT inbox_secret FROM vault_key WHERE id = 1",
                [],
                |row| row.get(0),
            )
            .optional()?;
        secret.map(zeroize::Zeroizing::new).ok_or(Error::Damaged {
            what: "database (its inbox key is missing)",
        })
    }

    pub(crate) fn set_inbox_secret(&mut self, secret: &[u8]) -> Result<(), Error> {
        self.conn.execute(
            "INSERT OR REPLACE INTO vault_key (id, inbox_secret) VALUES (1, ?1)",
            [secret],
        )?;
        Ok(())
    }
}

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
    let at_ms = to_ms(at);
    let since = at_ms - i64::from(window_minutes) * 60_000;
    let current: Option<i64> = tx
        .query_row(
            "SELECT id FROM moment
             WHERE last_activity_at >= ?1 AND started_at <= ?2
               AND (ended_at IS NULL OR ended_at >= ?2 OR ?3)
             ORDER BY last_activity_at DESC LIMIT 1",
            params![since, at_ms, after_end == AfterEnd::Joins],
            |row| row.get(0),
        )
        .optional()?;
    let id = match current {
        Some(id) => {
            tx.execute(
                "UPDATE moment SET last_activity_at = max(last_activity_at, ?2) WHERE id = ?1",
                params![id, at_ms],
            )?;
            id
        }
        None => {
            tx.execute(
                "INSERT INTO moment (started_at, last_activity_at) VALUES (?1, ?1)",
                [at_ms],
            )?;
            tx.last_insert_rowid()
        }
    };
    Ok(MomentId(id))
}

fn insert_action(
    tx: &Transaction<'_>,
    action: &ActionId,
    at: DateTime<Utc>,
    window_minutes: u32,
) -> Result<MomentId, Error> {
    let moment = moment_for(tx, at, window_minutes, AfterEnd::NewMoment)?;
    tx.execute(
        "INSERT INTO action_taken (moment_id, action_id, at) VALUES (?1, ?2, ?3)",
        params![moment.0, action.as_str(), to_ms(at)],
    )?;
    Ok(moment)
}

fn insert_check_in(
    tx: &Transaction<'_>,
    check_in: &NewCheckIn,
    at: DateTime<Utc>,
    window_minutes: u32,
) -> Result<(CheckInId, MomentId), Error> {
    let moment = moment_for(tx, at, window_minutes, AfterEnd::Joins)?;
    let setting = check_in.setting.map(setting_name);
    if let Some(setting) = setting {
        tx.execute(
            "UPDATE moment SET setting = ?2 WHERE id = ?1",
            params![moment.0, setting],
        )?;
    }
    let answers = serde_json::to_string(&check_in.answers).expect("answers serialise");
    let s = check_in.scales;
    tx.execute(
        "INSERT INTO check_in (moment_id, at, setting, body, feelings, mind, desire, answers, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            moment.0,
            to_ms(at),
            setting,
            s.body,
            s.feelings,
            s.mind,
            s.desire,
            answers,
            check_in.note
        ],
    )?;
    Ok((CheckInId(tx.last_insert_rowid()), moment))
}

pub(super) fn setting_name(setting: Setting) -> &'static str {
    match setting {
        Setting::Partner => "partner",
        Setting::Casual => "casual",
        Setting::Solo => "solo",
    }
}

pub(super) fn setting_from_name(name: &str) -> Option<Setting> {
    match name {
        "partner" => Some(Setting::Partner),
        "casual" => Some(Setting::Casual),
        "solo" => Some(Setting::Solo),
        _ => None,
    }
}
