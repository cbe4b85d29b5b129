//! The first connection of the process is opened alone, before any other.
//!
//! SQLCipher sets itself up inside `sqlite3_initialize`, but last (it is SQLite's
//! `SQLITE_EXTRA_INIT`): after SQLite has marked itself initialized and let go of its own
//! locks. A thread whose first connection comes in that gap finds SQLite initialized, goes on,
//! and its `PRAGMA key` is refused (SQLCipher logs "sqlcipher not initialized"; SQLite reports
//! only "An error occurred with PRAGMA key or rekey"). Under load that failed the first tests
//! of the core test binary now and then. So opens wait here, one at a time, until one of them
//! has opened a connection in memory: when that returns, SQLite and SQLCipher are both set up.
//! Every connection of the process is opened through [`super::Store`], so none can start the
//! set-up elsewhere.

use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Mutex, PoisonError,
};

use rusqlite::Connection;

use crate::Error;

/// Whether a connection has been opened (and so SQLCipher set up) in this process.
static SET_UP: Mutex<bool> = Mutex::new(false);
/// How many opens are waiting for [`SET_UP`].
static WAITING: AtomicUsize = AtomicUsize::new(0);

/// Returns once SQLite and SQLCipher are set up in this process, setting them up if no open
/// has yet. Errors: [`Error::Database`] when SQLite cannot be set up.
pub(super) fn wait_for_sqlcipher() -> Result<(), Error> {
    WAITING.fetch_add(1, Ordering::SeqCst);
    let mut set_up = SET_UP.lock().unwrap_or_else(PoisonError::into_inner);
    WAITING.fetch_sub(1, Ordering::SeqCst);
    if !*set_up {
        Connection::open_in_memory()?;
        *set_up = true;
    }
    Ok(())
}

/// How many opens are waiting for the first to set SQLCipher up: for the test that holds the
/// first open in the gap (`core/examples/first_opens.rs`) until a second is waiting.
#[doc(hidden)]
pub fn opens_waiting_for_sqlcipher() -> usize {
    WAITING.load(Ordering::SeqCst)
}
