//! The search index during a restore: the journal's entries indexed together once they are all
//! written, instead of one at a time as each is written.
//!
//! An entry written alone is indexed by the trigger `journal_entry_ai` (migration 0002). Each
//! insert it fires opens a statement savepoint, at which FTS5 writes what it holds to disk: a
//! restore of 10 000 entries wrote 10 000 one-entry segments and merged them again and again,
//! most of its time (with SQLCipher's memory security, every page of that work a locked,
//! wiped allocation). So within the restore's transaction the trigger is set aside, the entries
//! are written, the index takes them in one statement, and the trigger is put back exactly as
//! it was (its own SQL, read from the schema). All of it commits or rolls back together.

use rusqlite::Transaction;

use crate::Error;

/// The trigger that indexes each entry as it is written.
const TRIGGER: &str = "journal_entry_ai";

/// Sets the trigger aside until [`index_restored`]; answers the row below which every entry is
/// already indexed, and the trigger's SQL to put back.
pub(super) fn stop_indexing_each(tx: &Transaction<'_>) -> Result<Indexed, Error> {
    let trigger: String = tx.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
        [TRIGGER],
        |row| row.get(0),
    )?;
    let below: i64 = tx.query_row(
        "SELECT coalesce(max(id), 0) + 1 FROM journal_entry",
        [],
        |row| row.get(0),
    )?;
    tx.execute_batch(&format!("DROP TRIGGER {TRIGGER};"))?;
    Ok(Indexed { below, trigger })
}

/// Indexes every entry written since [`stop_indexing_each`] (new rows are numbered above every
/// row there was), in one statement, and puts the trigger back.
pub(super) fn index_restored(tx: &Transaction<'_>, indexed: Indexed) -> Result<(), Error> {
    tx.execute(
        "INSERT INTO journal_search (rowid, body)
         SELECT id, body FROM journal_entry WHERE id >= ?1 ORDER BY id",
        [indexed.below],
    )?;
    tx.execute_batch(&indexed.trigger)?;
    Ok(())
}

/// What [`index_restored`] needs.
pub(super) struct Indexed {
    below: i64,
    trigger: String,
}
