//! The settings a write's durability and the key's safety in memory rest on, pinned: if a
//! refactor drops one, a test says which.

use crate::support::*;

#[test]
fn the_database_is_opened_with_the_settings_its_promises_rest_on() {
    let f = set_up();
    let store = f.vault.store().unwrap();
    let pinned = [
        // Every write the UI is told succeeded is on disk before the call returns.
        ("journal_mode", "wal"),
        ("synchronous", "2"), // FULL
        ("foreign_keys", "1"),
        // Deleted pages are overwritten, not left readable in the file.
        ("secure_delete", "1"),
        // Temporary tables and indexes stay in memory, never in a file beside the database.
        ("temp_store", "2"), // MEMORY
        // SQLCipher wipes and locks the memory it held keys and pages in.
        ("cipher_memory_security", "1"),
    ];
    for (name, expected) in pinned {
        assert_eq!(
            store.pragma_for_tests(name).unwrap(),
            expected,
            "PRAGMA {name}"
        );
    }
    // On Apple platforms `fsync` does not reach the disk; only F_FULLFSYNC does.
    #[cfg(target_vendor = "apple")]
    assert_eq!(store.pragma_for_tests("fullfsync").unwrap(), "1");
}
