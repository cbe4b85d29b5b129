//! The first connection of the process, and SQLCipher's set-up (see
//! `core/tests/core/first_opens.rs`).

use std::sync::atomic::{AtomicUsize, Ordering};

/// How many opens are waiting for the first to set SQLCipher up.
static WAITING: AtomicUsize = AtomicUsize::new(0);

/// How many opens are waiting for the first to set SQLCipher up: for the test that holds the
/// first open in the gap (`core/examples/first_opens.rs`) until a second is waiting.
#[doc(hidden)]
pub fn opens_waiting_for_sqlcipher() -> usize {
    WAITING.load(Ordering::SeqCst)
}
