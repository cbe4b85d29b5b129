//! Backup ids in a restore: their shape, and those of the rows it added, written together at
//! its end.
//!
//! Written a hundred rows to a statement (`store/batch.rs` says why), in the order of the
//! table's key, so that each page of it is filled once rather than split again and again.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{types::Value, Transaction};

use crate::Error;

/// Whether `id` has the shape of the app's backup ids: 16 to 64 lower-case hex digits.
pub(super) fn shaped(id: &str) -> bool {
    (16..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Writes `ids` (backup id → kind and row) into `backup_id`, kind by kind, each in the order of
/// its rows. A failure ends the whole restore, so no row needs undoing alone (`OR FAIL`: no
/// statement journal is kept, each of its pages another allocation to lock and wipe).
pub(super) fn write(
    tx: &Transaction<'_>,
    ids: &HashMap<String, (&'static str, i64)>,
) -> Result<(), Error> {
    let mut by_kind: BTreeMap<&'static str, Vec<(i64, &str)>> = BTreeMap::new();
    for (id, &(kind, row)) in ids {
        by_kind.entry(kind).or_default().push((row, id));
    }
    for (kind, mut rows) in by_kind {
        rows.sort_unstable();
        let rows: Vec<[Value; 2]> = rows
            .into_iter()
            .map(|(row, id)| [Value::Integer(row), Value::Text(id.to_owned())])
            .collect();
        // `kind` is one of this module's names, never a backup's text.
        super::super::batch::insert_shaped(
            tx,
            "INSERT OR FAIL INTO backup_id (kind, row_id, id)",
            &format!("('{kind}', ?, ?)"),
            &rows,
        )?;
    }
    Ok(())
}
