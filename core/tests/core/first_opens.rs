//! The first opens of a process, at the same time. SQLCipher sets itself up only after SQLite
//! counts as set up, and a store opened in between had its key refused: a rare failure of the
//! first tests of a loaded run. `core/examples/first_opens.rs` reproduces it every time, in a
//! process of its own: it holds the first open in that gap and meanwhile sets up a second vault.

use std::process::Command;

use crate::support::*;

#[test]
fn a_vault_set_up_while_the_first_open_sets_up_sqlcipher_is_keyed() {
    let out = Command::new(example("first_opens")).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "held in the gap\nfirst: set up\nsecond: set up\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success());
}
