//! Backup ids in a restore: their shape, and those of the rows it added, written together at
//! its end.
//!
//! Written one row at a time, each insert into `backup_id` built a temporary table for its
//! `CHECK (kind IN (…))` and kept a statement journal, each of them fresh allocations, which
//! SQLCipher's memory security locks and wipes one by one. A few statements of a thousand rows
//! each do the same checks.

use std::collections::HashMap;

use rusqlite::Transaction;

use crate::Error;

/// Whether `id` has the shape of the app's backup ids: 16 to 64 lower-case hex digits.
pub(super) fn shaped(id: &str) -> bool {
    (16..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Rows written by one statement.
const AT_ONCE: usize = 1_000;

/// Writes `ids` (backup id → kind and row) into `backup_id`.
pub(super) fn write(
    tx: &Transaction<'_>,
    ids: &HashMap<String, (&'static str, i64)>,
) -> Result<(), Error> {
    let rows: Vec<(&str, i64, &str)> = ids
        .iter()
        .map(|(id, &(kind, row))| (kind, row, id.as_str()))
        .collect();
    let mut insert = tx.prepare_cached(
        "INSERT INTO backup_id (kind, row_id, id)
         SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?1)",
    )?;
    for chunk in rows.chunks(AT_ONCE) {
        let json =
            serde_json::to_string(chunk).map_err(|_| Error::Damaged { what: "backup ids" })?;
        insert.execute([json])?;
    }
    Ok(())
}
