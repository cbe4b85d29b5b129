//! Journal entries and their full-text search.

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
    pub fn journal_create(
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
                .query_row("SELECT id FROM moment WHERE id = ?1", [moment.0], |r| {
                    r.get(0)
                })
                .optional()?;
            exists.ok_or(Error::NotFound { what: "moment" })?;
        }
        self.conn.execute(
            "INSERT INTO journal_entry (moment_id, created_at, updated_at, prompt, body)
             VALUES (?1, ?2, ?2, ?3, ?4)",
            params![moment.map(|m| m.0), time_to_ms(now), prompt, body],
        )?;
        self.journal_get(JournalId(self.conn.last_insert_rowid()))
    }

    /// One entry.
    pub fn journal_get(&self, id: JournalId) -> Result<JournalEntry, Error> {
        self.conn
            .query_row(
                &format!("SELECT {ENTRY_COLUMNS} FROM journal_entry WHERE id = ?1"),
                [id.0],
                rows::journal_entry,
            )
            .optional()?
            .ok_or(Error::NotFound {
                what: "journal entry",
            })
    }

    /// Replaces an entry's text.
    pub fn journal_edit(
        &mut self,
        id: JournalId,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<JournalEntry, Error> {
        check_text("entry", body)?;
        let changed = self.conn.execute(
            "UPDATE journal_entry SET body = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.0, body, time_to_ms(now)],
        )?;
        if changed == 0 {
            return Err(Error::NotFound {
                what: "journal entry",
            });
        }
        self.journal_get(id)
    }

    /// Deletes an entry; its words are overwritten on disk (`secure_delete`).
    pub fn journal_delete(&mut self, id: JournalId) -> Result<(), Error> {
        match self
            .conn
            .execute("DELETE FROM journal_entry WHERE id = ?1", [id.0])?
        {
            0 => Err(Error::NotFound {
                what: "journal entry",
            }),
            _ => Ok(()),
        }
    }

    /// Entries, newest first, `limit` at a time from `offset`.
    pub fn journal_list(&self, limit: u32, offset: u32) -> Result<Vec<JournalEntry>, Error> {
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
    /// The plan is pinned: walk the entries newest first (`journal_by_created`) and keep those
    /// in the set of matches, stopping at `limit`. Ranking every match first (FTS5's bm25) took
    /// 870 ms for a word in most of 100 000 entries; this reads no match's length and stops
    /// early when matches are many (`cargo xtask bench`, "Size and speed" in the README).
    pub fn journal_search(&self, query: &str, limit: u32) -> Result<Vec<JournalEntry>, Error> {
        check_text("search", query)?;
        let Some(matcher) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM journal_entry INDEXED BY journal_by_created
             WHERE id IN (SELECT rowid FROM journal_search WHERE journal_search MATCH ?1)
             ORDER BY created_at DESC, id DESC LIMIT ?2"
        ))?;
        let rows = statement.query_map(params![matcher, limit], rows::journal_entry)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

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
    use super::fts_query;

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
