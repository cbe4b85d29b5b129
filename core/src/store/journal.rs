//! Journal entries and their full-text search.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use super::{
    format::time_to_ms,
    rows::{self, ENTRY_COLUMNS},
    Store,
};
use crate::{
    model::{check_text, JournalEntry, JournalId, MomentId},
    Error,
};

/// The longest prompt key accepted (prompts are UI string keys, not user text).
const MAX_PROMPT_LEN: usize = 100;

impl Store {
    /// Writes a new entry, optionally linked to a moment and written to a prompt.
    pub fn create_journal_entry(
        &mut self,
        body: &str,
        prompt: Option<&str>,
        moment: Option<MomentId>,
        now: DateTime<Utc>,
    ) -> Result<JournalEntry, Error> {
        check_text("entry", body)?;
        if prompt.is_some_and(|p| p.len() > MAX_PROMPT_LEN) {
            return Err(Error::invalid("the prompt is not one of the app's prompts"));
        }
        if let Some(moment) = moment {
            let exists: Option<i64> = self
                .conn
                .prepare_cached("SELECT id FROM moment WHERE id = ?1")?
                .query_row([moment.0], |r| r.get(0))
                .optional()?;
            exists.ok_or(Error::NotFound { what: "moment" })?;
        }
        self.conn
            .prepare_cached(
                "INSERT INTO journal_entry (moment_id, created_at, updated_at, prompt, body)
             VALUES (?1, ?2, ?2, ?3, ?4)",
            )?
            .execute(params![moment.map(|m| m.0), time_to_ms(now), prompt, body])?;
        self.journal_entry(JournalId(self.conn.last_insert_rowid()))
    }

    /// One entry.
    pub fn journal_entry(&self, id: JournalId) -> Result<JournalEntry, Error> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM journal_entry WHERE id = ?1"
            ))?
            .query_row([id.0], rows::journal_entry)
            .optional()?
            .ok_or(Error::NotFound {
                what: "journal entry",
            })
    }

    /// Replaces an entry's text.
    pub fn edit_journal_entry(
        &mut self,
        id: JournalId,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<JournalEntry, Error> {
        check_text("entry", body)?;
        let changed = self
            .conn
            .prepare_cached("UPDATE journal_entry SET body = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id.0, body, time_to_ms(now)])?;
        if changed == 0 {
            return Err(Error::NotFound {
                what: "journal entry",
            });
        }
        self.journal_entry(id)
    }

    /// Deletes an entry; its words are overwritten on disk (`secure_delete`).
    pub fn delete_journal_entry(&mut self, id: JournalId) -> Result<(), Error> {
        match self
            .conn
            .prepare_cached("DELETE FROM journal_entry WHERE id = ?1")?
            .execute([id.0])?
        {
            0 => Err(Error::NotFound {
                what: "journal entry",
            }),
            _ => Ok(()),
        }
    }

    /// Entries, newest first, `limit` at a time from `offset`.
    pub fn journal_entries(&self, limit: u32, offset: u32) -> Result<Vec<JournalEntry>, Error> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM journal_entry ORDER BY created_at DESC, id DESC LIMIT ?1 OFFSET ?2"
        ))?;
        let rows = statement.query_map(params![limit, offset], rows::journal_entry)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Entries whose words start with every word of `query`, newest first (the journal's own
    /// order), at most `limit`. Punctuation in the query is ignored, so any text is a valid
    /// search.
    ///
    /// Neither ranks nor gathers every match first: see [`Store::matches_newest_first`].
    pub fn journal_search(&self, query: &str, limit: u32) -> Result<Vec<JournalEntry>, Error> {
        check_text("search", query)?;
        let Some(matcher) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let ids = self.matches_newest_first(&matcher, limit as usize, FEW_MATCHES)?;
        ids.into_iter()
            .map(|id| self.journal_entry(JournalId(id)))
            .collect()
    }

    /// The ids of the entries the search index matches with `matcher`, in the journal's order
    /// (`created_at`, then `id`, newest first), at most `limit`.
    ///
    /// When there are `few` matches or fewer in all, the journal is walked newest first and
    /// those among them kept (gathering few costs little). Otherwise two
    /// walks go side by side: the journal's, newest first (`journal_by_created`), and the
    /// index's matches, read by row number from the highest down in windows that double in
    /// size. An entry's row number is known once the windows have reached it, so each step of
    /// the journal's walk reads windows only that far and remembers their matches. Row numbers
    /// mostly follow the journal's order (entries are written as they happen), so for a word
    /// in most entries both walks stop after about `limit` steps; where they do not (a restored
    /// backup writes old entries last), it reads further, at worst every match, which is what
    /// gathering them all first always cost. Once every window is read, the matches not yet
    /// reached are sorted directly.
    ///
    /// The windows are read in FTS5's own order, lowest first: its reverse order builds a
    /// table of offsets for each page it reads, grown eight entries at a time, and with
    /// SQLCipher's memory security (every growth a fresh locked allocation, the old one wiped)
    /// that took 3 s for a word in most of 100 000 entries. Gathering every match before the
    /// walk took 60 ms (`cargo xtask bench`, docs/performance.md).
    fn matches_newest_first(
        &self,
        matcher: &str,
        limit: usize,
        few: usize,
    ) -> Result<Vec<i64>, Error> {
        let mut count = self.conn.prepare_cached(
            "SELECT count(*) FROM
             (SELECT 1 FROM journal_search WHERE journal_search MATCH ?1 LIMIT ?2)",
        )?;
        let some: i64 = count.query_row(params![matcher, few as i64 + 1], |row| row.get(0))?;
        if some <= few as i64 {
            // Few: walk the journal newest first and keep those among them.
            let mut few = self.conn.prepare_cached(
                "SELECT id FROM journal_entry INDEXED BY journal_by_created
                 WHERE id IN (SELECT rowid FROM journal_search WHERE journal_search MATCH ?1)
                 ORDER BY created_at DESC, id DESC LIMIT ?2",
            )?;
            let rows = few.query_map(params![matcher, limit as i64], |row| row.get(0))?;
            return Ok(rows.collect::<Result<_, _>>()?);
        }
        let top: Option<i64> = self
            .conn
            .prepare_cached("SELECT max(id) FROM journal_entry")?
            .query_row([], |row| row.get(0))?;
        let Some(top) = top else {
            return Ok(Vec::new());
        };
        let mut window = self.conn.prepare_cached(
            "SELECT rowid FROM journal_search
             WHERE journal_search MATCH ?1 AND rowid >= ?2 AND rowid < ?3",
        )?;
        let mut journal = self.conn.prepare_cached(
            "SELECT id FROM journal_entry INDEXED BY journal_by_created
             ORDER BY created_at DESC, id DESC",
        )?;
        let mut journal = journal.query([])?;
        // Matches read but not yet met on the journal's walk; every match at or above
        // `boundary` has been read.
        let mut waiting: HashSet<i64> = HashSet::new();
        let mut boundary = top.saturating_add(1);
        let mut span = (2 * limit as i64).max(64);
        let mut found = Vec::new();
        while found.len() < limit {
            let Some(row) = journal.next()? else {
                break;
            };
            let id: i64 = row.get(0)?;
            while boundary > id {
                let low = boundary.saturating_sub(span);
                for matched in
                    window.query_map(params![matcher, low, boundary], |row| row.get(0))?
                {
                    waiting.insert(matched?);
                }
                boundary = low;
                span = span.saturating_mul(2);
            }
            if waiting.remove(&id) {
                found.push(id);
            }
            if boundary <= 0 {
                // Every match is read (row numbers start at 1), and those still waiting all
                // lie further along the walk.
                let rest: Vec<i64> = waiting.into_iter().collect();
                found.extend(self.newest_of(&rest, limit - found.len())?);
                break;
            }
        }
        Ok(found)
    }

    /// Of the entries `ids`, the newest `limit`, in the journal's order.
    fn newest_of(&self, ids: &[i64], limit: usize) -> Result<Vec<i64>, Error> {
        if ids.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        let mut newest = self.conn.prepare_cached(
            "SELECT id FROM journal_entry INDEXED BY journal_by_created
             WHERE id IN (SELECT value FROM json_each(?1))
             ORDER BY created_at DESC, id DESC LIMIT ?2",
        )?;
        let rows = newest.query_map(
            params![format!("[{}]", list.join(",")), limit as i64],
            |row| row.get(0),
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Up to this many matches in all are sorted directly, without walking the journal.
const FEW_MATCHES: usize = 1_000;

/// Turns free text into an FTS5 query: each word quoted (so no word is read as an operator)
/// and matched as a prefix. `None` when there is no word to look for.
fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use rand_chacha::{
        rand_core::{RngCore, SeedableRng},
        ChaCha20Rng,
    };

    use super::fts_query;
    use crate::store::{DataKey, Store, SCHEMA_VERSION};

    /// The two walks answer exactly what sorting every match answers, in the same order,
    /// whatever order entries were written in (old ones last, as a restore writes them; equal
    /// times, which fall back on the id), for words in few and in most entries, at every limit,
    /// and whether the matches are sorted directly or walked.
    #[test]
    fn search_walks_agree_with_sorting_every_match() {
        let tmp = tempfile::tempdir().unwrap();
        let mut rng = ChaCha20Rng::seed_from_u64(27);
        let key = DataKey::for_tests(&mut rng);
        let mut store =
            Store::open_at_schema(&tmp.path().join("walks.db"), &key, SCHEMA_VERSION).unwrap();
        store.set_durable_for_benchmark(false).unwrap();
        let start = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap();
        // A journal written in order, then a backup's older entries restored after it, then
        // more written in order; some entries share their minute.
        let mut minutes: Vec<i64> = (0..120).map(|n| 1_000 + n * 7).collect();
        minutes.extend((0..80).map(|_| i64::from(rng.next_u32() % 1_000)));
        minutes.extend((0..100).map(|n| 2_000 + n * 3 + i64::from(rng.next_u32() % 4)));
        for minute in minutes {
            let mut words = vec!["most"];
            if rng.next_u32() % 10 == 0 {
                words.push("few");
            }
            if rng.next_u32() % 2 == 0 {
                words.push("half");
            }
            let at = start + chrono::Duration::minutes(minute);
            store
                .create_journal_entry(&words.join(" "), None, None, at)
                .unwrap();
        }
        for matcher in [
            "\"most\"*",
            "\"half\"*",
            "\"few\"*",
            "\"half\"* \"few\"*",
            "\"none\"*",
        ] {
            let mut every = store
                .conn
                .prepare(
                    "SELECT id FROM journal_entry
                     WHERE id IN (SELECT rowid FROM journal_search WHERE journal_search MATCH ?1)
                     ORDER BY created_at DESC, id DESC",
                )
                .unwrap();
            let sorted: Vec<i64> = every
                .query_map([matcher], |row| row.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            for limit in [0, 1, 5, 40, 150, 1_000] {
                for few in [0, 3, 60, 1_000] {
                    let walked = store.matches_newest_first(matcher, limit, few).unwrap();
                    let expected = &sorted[..limit.min(sorted.len())];
                    assert_eq!(
                        walked, expected,
                        "{matcher}, at most {limit}, sorted directly up to {few}"
                    );
                }
            }
        }
    }

    #[test]
    fn any_text_becomes_a_safe_prefix_query() {
        assert_eq!(fts_query("felt safe"), Some("\"felt\"* \"safe\"*".into()));
        assert_eq!(
            fts_query("NEAR(\"x\" OR y)*"),
            Some("\"NEAR\"* \"x\"* \"OR\"* \"y\"*".into())
        );
        assert_eq!(fts_query("  -- ** "), None);
    }
}
