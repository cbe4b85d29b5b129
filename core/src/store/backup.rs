//! The records as a backup holds them (format 1), and reading every one of them out of the
//! database with its backup id.
//!
//! These types are a stored format: a backup written today must restore in every later
//! version, so they are apart from the UI's serde shapes and from the database's columns.
//! Times are RFC 3339 in UTC (to the millisecond, as the database keeps them); codes are the
//! database's own (`partner`, `next-day`, `pending`…). Each record has a backup id (32 hex
//! digits, random, given at its first backup and kept through restores); a reference to a
//! moment is that moment's backup id. Unknown fields are ignored, so a later version can add
//! some.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rand_core::{CryptoRng, RngCore};
use rusqlite::{types::Value, Transaction};
use serde::{Deserialize, Serialize};

use super::{
    format::{time_from_ms, AnswerV1},
    Store,
};
use crate::Error;

/// A moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MomentV1 {
    pub id: String,
    pub started_at: DateTime<Utc>,
    pub last_activity_at: DateTime<Utc>,
    #[serde(default)]
    pub ended_at: Option<DateTime<Utc>>,
    /// Who it was with: `partner`, `casual`, `solo`, or none.
    #[serde(default)]
    pub company: Option<String>,
}

/// One quick action taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CareV1 {
    pub id: String,
    pub moment: String,
    pub action: String,
    pub at: DateTime<Utc>,
}

/// The four scales of a check-in, 1–5 each, or none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScalesV1 {
    #[serde(default)]
    pub body: Option<u8>,
    #[serde(default)]
    pub feelings: Option<u8>,
    #[serde(default)]
    pub mind: Option<u8>,
    #[serde(default)]
    pub desire: Option<u8>,
}

/// A check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInV1 {
    pub id: String,
    pub moment: String,
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub scales: ScalesV1,
    #[serde(default)]
    pub answers: Vec<AnswerV1>,
    #[serde(default)]
    pub note: Option<String>,
    /// `right-after` (the default) or `since-then` (looking back on a moment days later).
    #[serde(default)]
    pub occasion: Option<String>,
}

/// A journal entry. Its text is also in the backup as a Markdown file of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalV1 {
    pub id: String,
    #[serde(default)]
    pub moment: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The prompt it was written to (a key of the app's words), if any.
    #[serde(default)]
    pub prompt: Option<String>,
    pub body: String,
}

/// A check-in reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderV1 {
    pub id: String,
    #[serde(default)]
    pub moment: Option<String>,
    pub preset: String,
    pub due_at: DateTime<Utc>,
    pub state: String,
    pub created_at: DateTime<Utc>,
}

/// Someone on "my people".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonV1 {
    pub id: String,
    pub name: String,
    pub number: String,
}

/// A tile of one's own. Its id (`own-` and 16 hex digits) is its backup id too: it is random
/// and never changes, and past care names the tile by it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnTileV1 {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub say: Option<String>,
    #[serde(default)]
    pub show_locked: bool,
}

/// Someone's card, kept ("their cards"). Its backup id is given when it is added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TheirCardV1 {
    pub id: String,
    pub name: String,
    pub added_at: DateTime<Utc>,
    /// The card as `card.fields` holds mine (see `format.rs`).
    pub card: serde_json::Value,
}

/// Everything a backup holds, as read from the database or from a backup file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub moments: Vec<MomentV1>,
    pub care: Vec<CareV1>,
    pub check_ins: Vec<CheckInV1>,
    pub journal: Vec<JournalV1>,
    pub reminders: Vec<ReminderV1>,
    pub people: Vec<PersonV1>,
    /// Tiles of one's own (none in backups made before they existed).
    pub own_tiles: Vec<OwnTileV1>,
    /// The card as the database keeps it (`card.fields`, see `format.rs`), if one was saved.
    pub card: Option<serde_json::Value>,
    /// Their cards (none in backups made before they existed).
    pub their_cards: Vec<TheirCardV1>,
    /// The person's settings that were set (left out: those still at their default).
    pub settings: BTreeMap<String, String>,
}

impl Snapshot {
    /// How many records: everything with an id, the card and each setting.
    pub fn records(&self) -> usize {
        self.moments.len()
            + self.care.len()
            + self.check_ins.len()
            + self.journal.len()
            + self.reminders.len()
            + self.people.len()
            + self.own_tiles.len()
            + self.their_cards.len()
            + usize::from(self.card.is_some())
            + self.settings.len()
    }
}

/// The settings a backup carries: the person's choices, not the app's bookkeeping.
pub(super) const BACKED_UP_SETTINGS: &[&str] = &[
    "auto_lock_minutes",
    "moment_window_minutes",
    "reminder_morning_hour",
    "reminder_evening_hour",
    "discreet",
    "protect_screen",
    "solo_first",
    "home_order",
    "home_hidden",
    "home_most_used",
    "reminder_later_minutes",
    "auto_delete_moments",
    "auto_delete_check_ins",
    "auto_delete_journal",
    "auto_delete_their_cards",
];

/// The tables with backup ids: the kind as `backup_id.kind` holds it, and the table.
const KINDS: &[(&str, &str)] = &[
    ("moment", "moment"),
    ("care", "action_taken"),
    ("check-in", "check_in"),
    ("journal", "journal_entry"),
    ("reminder", "reminder"),
    ("person", "person"),
];

impl Store {
    /// Everything there is to back up, in one read. Records without a backup id get one
    /// first (random, from `rng`), so the same record has the same id in every backup.
    pub fn backup_snapshot(
        &mut self,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<Snapshot, Error> {
        let tx = self.conn.transaction()?;
        for (kind, table) in KINDS {
            give_backup_ids(&tx, kind, table, rng)?;
        }
        let snapshot = Snapshot {
            moments: query(
                &tx,
                "SELECT b.id, t.started_at, t.last_activity_at, t.ended_at, t.setting
                 FROM moment t JOIN backup_id b ON b.kind = 'moment' AND b.row_id = t.id
                 ORDER BY t.id",
                |r| {
                    Ok(MomentV1 {
                        id: r.get(0)?,
                        started_at: time(r.get(1)?)?,
                        last_activity_at: time(r.get(2)?)?,
                        ended_at: r.get::<_, Option<i64>>(3)?.map(time).transpose()?,
                        company: r.get(4)?,
                    })
                },
            )?,
            care: query(
                &tx,
                "SELECT b.id, m.id, t.action_id, t.at
                 FROM action_taken t JOIN backup_id b ON b.kind = 'care' AND b.row_id = t.id
                 JOIN backup_id m ON m.kind = 'moment' AND m.row_id = t.moment_id
                 ORDER BY t.id",
                |r| {
                    Ok(CareV1 {
                        id: r.get(0)?,
                        moment: r.get(1)?,
                        action: r.get(2)?,
                        at: time(r.get(3)?)?,
                    })
                },
            )?,
            check_ins: query(
                &tx,
                "SELECT b.id, m.id, t.at, t.setting, t.body, t.feelings, t.mind, t.desire,
                        t.answers, t.note, t.occasion
                 FROM check_in t JOIN backup_id b ON b.kind = 'check-in' AND b.row_id = t.id
                 JOIN backup_id m ON m.kind = 'moment' AND m.row_id = t.moment_id
                 ORDER BY t.id",
                |r| {
                    let answers: String = r.get(8)?;
                    Ok(CheckInV1 {
                        id: r.get(0)?,
                        moment: r.get(1)?,
                        at: time(r.get(2)?)?,
                        company: r.get(3)?,
                        scales: ScalesV1 {
                            body: r.get(4)?,
                            feelings: r.get(5)?,
                            mind: r.get(6)?,
                            desire: r.get(7)?,
                        },
                        answers: serde_json::from_str(&answers).map_err(|_| {
                            Error::Damaged {
                                what: "saved check-in",
                            }
                            .in_column(8)
                        })?,
                        note: r.get(9)?,
                        occasion: r.get(10)?,
                    })
                },
            )?,
            journal: query(
                &tx,
                "SELECT b.id, m.id, t.created_at, t.updated_at, t.prompt, t.body
                 FROM journal_entry t JOIN backup_id b ON b.kind = 'journal' AND b.row_id = t.id
                 LEFT JOIN backup_id m ON m.kind = 'moment' AND m.row_id = t.moment_id
                 ORDER BY t.id",
                |r| {
                    Ok(JournalV1 {
                        id: r.get(0)?,
                        moment: r.get(1)?,
                        created_at: time(r.get(2)?)?,
                        updated_at: time(r.get(3)?)?,
                        prompt: r.get(4)?,
                        body: r.get(5)?,
                    })
                },
            )?,
            reminders: query(
                &tx,
                "SELECT b.id, m.id, t.preset, t.due_at, t.state, t.created_at
                 FROM reminder t JOIN backup_id b ON b.kind = 'reminder' AND b.row_id = t.id
                 LEFT JOIN backup_id m ON m.kind = 'moment' AND m.row_id = t.moment_id
                 ORDER BY t.id",
                |r| {
                    Ok(ReminderV1 {
                        id: r.get(0)?,
                        moment: r.get(1)?,
                        preset: r.get(2)?,
                        due_at: time(r.get(3)?)?,
                        state: r.get(4)?,
                        created_at: time(r.get(5)?)?,
                    })
                },
            )?,
            people: query(
                &tx,
                "SELECT b.id, t.name, t.number
                 FROM person t JOIN backup_id b ON b.kind = 'person' AND b.row_id = t.id
                 ORDER BY t.id",
                |r| {
                    Ok(PersonV1 {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        number: r.get(2)?,
                    })
                },
            )?,
            own_tiles: query(
                &tx,
                "SELECT id, title, steps, say, show_locked FROM own_tile ORDER BY rowid",
                |r| {
                    let steps: String = r.get(2)?;
                    Ok(OwnTileV1 {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        steps: super::format::decode_steps(&steps).map_err(|e| e.in_column(2))?,
                        say: r.get(3)?,
                        show_locked: r.get(4)?,
                    })
                },
            )?,
            card: {
                let json: Option<String> = query(&tx, "SELECT fields FROM card", |r| r.get(0))?
                    .into_iter()
                    .next();
                json.map(|json| serde_json::from_str(&json))
                    .transpose()
                    .map_err(|_| Error::Damaged { what: "saved card" })?
            },
            their_cards: query(
                &tx,
                "SELECT backup_id, name, added_at, fields FROM their_card ORDER BY id",
                |r| {
                    let fields: String = r.get(3)?;
                    Ok(TheirCardV1 {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        added_at: time(r.get(2)?)?,
                        card: serde_json::from_str(&fields)
                            .map_err(|_| Error::Damaged { what: "saved card" }.in_column(3))?,
                    })
                },
            )?,
            settings: query(&tx, "SELECT key, value FROM setting ORDER BY key", |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?
            .into_iter()
            .filter(|(key, _)| BACKED_UP_SETTINGS.contains(&key.as_str()))
            .collect(),
        };
        tx.commit()?;
        Ok(snapshot)
    }
}

fn time(ms: i64) -> rusqlite::Result<DateTime<Utc>> {
    time_from_ms(ms).map_err(|e| e.in_column(0))
}

fn query<T>(
    tx: &Transaction<'_>,
    sql: &str,
    row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>, Error> {
    let mut statement = tx.prepare(sql)?;
    let rows = statement.query_map([], row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Gives every row of `table` without a backup id a new random one.
fn give_backup_ids(
    tx: &Transaction<'_>,
    kind: &str,
    table: &str,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<(), Error> {
    let missing: Vec<i64> = {
        let mut statement = tx.prepare(&format!(
            "SELECT id FROM {table} WHERE id NOT IN
               (SELECT row_id FROM backup_id WHERE kind = ?1)"
        ))?;
        let rows = statement.query_map([kind], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let rows: Vec<[Value; 2]> = missing
        .into_iter()
        .map(|row_id| [Value::Integer(row_id), Value::Text(new_backup_id(rng))])
        .collect();
    // `kind` is one of `KINDS`, never text from elsewhere. Many rows to a statement
    // (`store/batch.rs` says why); a failure ends the whole backup, so `OR FAIL`.
    super::batch::insert_shaped(
        tx,
        "INSERT OR FAIL INTO backup_id (kind, row_id, id)",
        &format!("('{kind}', ?, ?)"),
        &rows,
    )
}

/// A new backup id: 16 random bytes as 32 lowercase hex digits.
pub(super) fn new_backup_id(rng: &mut (impl RngCore + CryptoRng)) -> String {
    let mut bytes = [0u8; 16];
    rng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
