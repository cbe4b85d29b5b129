//! Restoring a backup's records into this database: each one checked as a direct write would
//! be, merged exactly once by its backup id, all in one transaction.

mod ids;
mod records;
mod search;

use std::collections::HashMap;

use chrono::{DateTime, Duration, TimeZone, Utc};
use rusqlite::{params, types::Value, OptionalExtension, Transaction};
use serde::Serialize;

use super::{
    backup::{OwnTileV1, Snapshot, TheirCardV1, BACKED_UP_SETTINGS},
    batch,
    card::Restored,
    own_tiles::{self, NewOwnTile, MAX_OWN_TILES},
    settings::setting_is_valid,
    Store,
};
use crate::{
    content::{ActionId, Content},
    Error,
};

/// What a restore did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RestoreReport {
    /// Records added now.
    pub added: usize,
    /// Records that were here already (restored before, or never gone), and the card and
    /// settings where this device already had its own: left as they are.
    pub already_there: usize,
    /// Records that fail the checks a direct write gets (an unknown action, a scale out of
    /// range, a time that cannot be right, a moment that is not there…): counted, never merged.
    pub invalid: usize,
    /// The backup's choices for the settings that delete or protect, never taken: offered.
    pub offered: super::BackupChoices,
}

/// The longest prompt key accepted, as for a direct write.
const MAX_PROMPT_LEN: usize = 100;

impl Store {
    /// Merges `snapshot` into this database in one transaction: every record at most once
    /// (by its backup id), each checked like a direct write against `content` and `now`.
    /// The card and each setting are taken only where this database has none of its own,
    /// and those that delete or protect never: they are offered (`RestoreReport::offered`).
    /// On an error nothing is changed. `progress` hears how many records were merged so far.
    pub fn restore(
        &mut self,
        snapshot: &Snapshot,
        content: &Content,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<RestoreReport, Error> {
        let tx = self.conn.transaction()?;
        let next_row = |table: &str| -> Result<i64, Error> {
            Ok(tx.query_row(
                &format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"),
                [],
                |r| r.get(0),
            )?)
        };
        let mut merge = Merge {
            tx: &tx,
            now,
            report: RestoreReport::default(),
            moments: HashMap::new(),
            new_ids: HashMap::new(),
            new_moments: Vec::new(),
            next_moment: next_row("moment")?,
            new_check_ins: Vec::new(),
            next_check_in: next_row("check_in")?,
            done: 0,
            progress,
        };
        for moment in &snapshot.moments {
            merge.moment(moment)?;
        }
        // Written together: the rows are numbered here as SQLite would number them.
        batch::insert(
            &tx,
            "INSERT INTO moment (id, started_at, last_activity_at, setting, ended_at)",
            &merge.new_moments,
        )?;
        // Tiles of one's own before the care, which may name them.
        for tile in &snapshot.own_tiles {
            merge.own_tile(tile)?;
        }
        for care in &snapshot.care {
            merge.care(care, content)?;
        }
        for check_in in &snapshot.check_ins {
            merge.check_in(check_in, content)?;
        }
        batch::insert(
            &tx,
            "INSERT INTO check_in
               (id, moment_id, at, setting, body, feelings, mind, desire, answers, note, occasion)",
            &merge.new_check_ins,
        )?;
        let indexed_below = search::stop_indexing_each(&tx)?;
        for entry in &snapshot.journal {
            merge.journal(entry)?;
        }
        search::index_restored(&tx, indexed_below)?;
        for reminder in &snapshot.reminders {
            merge.reminder(reminder)?;
        }
        for person in &snapshot.people {
            merge.person(person)?;
        }
        if let Some(card) = &snapshot.card {
            merge.card(card, content)?;
        }
        for card in &snapshot.their_cards {
            merge.their_card(card, content)?;
        }
        for (key, value) in &snapshot.settings {
            merge.setting(key, value)?;
        }
        ids::write(&tx, &merge.new_ids)?;
        let mut report = merge.report;
        tx.commit()?;
        report.offered = self.choices_offered_by(&snapshot.settings)?;
        Ok(report)
    }
}

struct Merge<'t> {
    tx: &'t Transaction<'t>,
    now: DateTime<Utc>,
    report: RestoreReport,
    /// Moments by backup id: their rows here, restored now or found already.
    moments: HashMap<String, i64>,
    /// The backup ids of rows added now (kind, row), looked up first; written at the end.
    new_ids: HashMap<String, (&'static str, i64)>,
    /// Moments and check-ins to add, each numbered already, written together.
    new_moments: Vec<[Value; 5]>,
    next_moment: i64,
    new_check_ins: Vec<[Value; 11]>,
    next_check_in: i64,
    /// Records looked at so far, and who hears of it.
    done: usize,
    progress: &'t mut dyn FnMut(usize),
}

/// Whether a record is new, here already, or refused.
enum Found {
    New,
    Here(i64),
    Invalid,
}

impl Merge<'_> {
    /// Looks `id` up among the backup ids of `kind`. An id that is not ours in shape, or
    /// that another kind of record holds, is refused.
    fn find(&mut self, kind: &str, id: &str) -> Result<Found, Error> {
        if !ids::shaped(id) {
            return Ok(Found::Invalid);
        }
        let found = match self.new_ids.get(id) {
            Some(&(k, row)) => Some((k.to_owned(), row)),
            None => self
                .tx
                .prepare_cached("SELECT kind, row_id FROM backup_id WHERE id = ?1")?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?,
        };
        Ok(match found {
            None => Found::New,
            Some((k, row)) if k == kind => Found::Here(row),
            Some(_) => Found::Invalid,
        })
    }

    /// Looks the record up; counts it as here or invalid and answers `None`, or `Some(())`
    /// when it is new and `valid`.
    fn admit(&mut self, kind: &str, id: &str, valid: bool) -> Result<Option<()>, Error> {
        self.tick();
        match self.find(kind, id)? {
            Found::Here(_) => self.report.already_there += 1,
            Found::Invalid => self.report.invalid += 1,
            Found::New if !valid => self.report.invalid += 1,
            Found::New => return Ok(Some(())),
        }
        Ok(None)
    }

    fn tick(&mut self) {
        self.done += 1;
        (self.progress)(self.done);
    }
    /// Records the backup id of the row just inserted, and counts it.
    fn added(&mut self, kind: &'static str, id: &str) -> Result<i64, Error> {
        let row = self.tx.last_insert_rowid();
        self.added_as(kind, id, row);
        Ok(row)
    }

    /// Records the backup id of a row to be written as `row`, and counts it.
    fn added_as(&mut self, kind: &'static str, id: &str, row: i64) {
        self.new_ids.insert(id.to_owned(), (kind, row));
        self.report.added += 1;
    }

    /// A time a direct write would take: no earlier than 2000, no later than a day from now.
    fn plausible(&self, at: DateTime<Utc>) -> bool {
        self.within(at, Duration::days(1))
    }

    /// No earlier than 2000, and no later than `ahead` from now.
    fn within(&self, at: DateTime<Utc>, ahead: Duration) -> bool {
        let earliest = Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).single();
        earliest.is_some_and(|e| at >= e) && at <= self.now + ahead
    }

    /// The row of a moment this backup or this database has, by its backup id.
    fn moment_row(&self, id: &str) -> Option<i64> {
        self.moments.get(id).copied()
    }

    /// A tile of one's own, by its own id (which is random, like a backup id): added unless a
    /// tile with that id is here, checked as a new tile would be.
    fn own_tile(&mut self, t: &OwnTileV1) -> Result<(), Error> {
        self.tick();
        let id = ActionId(t.id.clone());
        let here: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM own_tile WHERE id = ?1)",
            [&t.id],
            |r| r.get(0),
        )?;
        if here {
            self.report.already_there += 1;
            return Ok(());
        }
        let checked = NewOwnTile {
            title: t.title.clone(),
            steps: t.steps.clone(),
            say: t.say.clone(),
            show_locked: t.show_locked,
        }
        .validated();
        match checked {
            Ok(tile) if id.is_own() && own_tiles::count(self.tx)? < MAX_OWN_TILES => {
                own_tiles::insert(self.tx, &id, &tile)?;
                self.report.added += 1;
            }
            _ => self.report.invalid += 1,
        }
        Ok(())
    }

    /// My card: taken only where this device has none of its own (`card.rs`).
    fn card(&mut self, json: &serde_json::Value, content: &Content) -> Result<(), Error> {
        self.tick();
        let restored = super::card::restore(self.tx, json, content)?;
        self.count(restored);
        Ok(())
    }

    /// Someone's card, by its own backup id (`their_cards.rs`).
    fn their_card(&mut self, t: &TheirCardV1, content: &Content) -> Result<(), Error> {
        self.tick();
        let plausible = self.plausible(t.added_at);
        let restored = super::their_cards::restore(self.tx, t, content, plausible)?;
        self.count(restored);
        Ok(())
    }

    fn count(&mut self, restored: Restored) {
        match restored {
            Restored::Added => self.report.added += 1,
            Restored::Here => self.report.already_there += 1,
            Restored::Invalid => self.report.invalid += 1,
        }
    }

    fn setting(&mut self, key: &str, value: &str) -> Result<(), Error> {
        self.tick();
        if !BACKED_UP_SETTINGS.contains(&key) || !setting_is_valid(key, value) {
            self.report.invalid += 1;
            return Ok(());
        }
        if super::settings::never_restored(key) {
            // This device's own choice stands; the backup's is offered (`offered`).
            self.report.already_there += 1;
            return Ok(());
        }
        let inserted = self
            .tx
            .prepare_cached("INSERT OR IGNORE INTO setting (key, value) VALUES (?1, ?2)")?
            .execute(params![key, value])?;
        if inserted == 1 {
            self.report.added += 1;
        } else {
            self.report.already_there += 1;
        }
        Ok(())
    }
}
