//! Writing many rows with a few statements, for a restore and a first backup.
//!
//! A table whose `CHECK` names a list (`kind IN ('moment', 'care', …)`) has SQLite build a
//! small temporary table for that list once each time a statement runs: written a row at a
//! time, that is nine fresh allocations a row (counted), each of which SQLCipher's memory
//! security locks (`mlock`) and later wipes and unlocks, the most of a restore's time. One statement of many
//! rows builds it once and checks every row against it just the same.

use rusqlite::{params_from_iter, types::Value, Transaction};

use crate::Error;

/// Rows written by one statement.
const ROWS_AT_ONCE: usize = 100;

/// Inserts `rows` with `head` (`INSERT INTO t (a, b, c)`), each row's values in the order of
/// its columns, a hundred rows to a statement.
pub(super) fn insert<const N: usize>(
    tx: &Transaction<'_>,
    head: &str,
    rows: &[[Value; N]],
) -> Result<(), Error> {
    insert_shaped(tx, head, &format!("({})", vec!["?"; N].join(", ")), rows)
}

/// As [`insert`], each row written as `shape` (`('moment', ?, ?)`), whose `?`s take the row's
/// values in turn: a value every row shares can be written once, in the statement.
pub(super) fn insert_shaped<const N: usize>(
    tx: &Transaction<'_>,
    head: &str,
    shape: &str,
    rows: &[[Value; N]],
) -> Result<(), Error> {
    debug_assert_eq!(shape.matches('?').count(), N);
    let statement = |count: usize| format!("{head} VALUES {}", vec![shape; count].join(", "));
    let mut chunks = rows.chunks_exact(ROWS_AT_ONCE);
    if chunks.len() > 0 {
        let mut full = tx.prepare_cached(&statement(ROWS_AT_ONCE))?;
        for chunk in chunks.by_ref() {
            full.execute(params_from_iter(chunk.iter().flatten()))?;
        }
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        tx.prepare(&statement(rest.len()))?
            .execute(params_from_iter(rest.iter().flatten()))?;
    }
    Ok(())
}
