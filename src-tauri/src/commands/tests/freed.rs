//! What memory the shell and the core give back holds: never a passcode, the database key or
//! the plaintext of a record sealed while locked. A buffer that grows is copied into a larger
//! one and the first is freed as it was, so a `Zeroizing` buffer that grows leaves a copy of
//! its secret behind; so does a `String` dropped on a path nobody thought of.
//!
//! The allocator of this test binary watches what is freed: while a test watches, every block
//! given back is searched for the test's patterns before it goes back to the system, and every
//! block that grows is moved (as it is whenever it cannot grow in place), so its old place is
//! searched too. Blocks wiped before they are freed hold zeros, and pass. (SQLCipher's own
//! memory is C's `malloc`, outside this allocator; it wipes its key material itself.)

use std::{
    alloc::{GlobalAlloc, Layout, System},
    sync::{
        atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering},
        Mutex,
    },
};

use aftercare_core::model::NewCheckIn;
use serde_json::{json, Value};

use super::{app, ops, PASSCODE};

/// The system's allocator, searching what is freed while a test watches.
struct Watching;

#[global_allocator]
static ALLOCATOR: Watching = Watching;

const MAX_PATTERNS: usize = 3;
const MAX_PATTERN_LEN: usize = 32;
/// Whether a test is watching; the patterns are set before it is turned on.
static WATCHING: AtomicBool = AtomicBool::new(false);
static PATTERNS: [[AtomicU8; MAX_PATTERN_LEN]; MAX_PATTERNS] =
    [const { [const { AtomicU8::new(0) }; MAX_PATTERN_LEN] }; MAX_PATTERNS];
static LENGTHS: [AtomicUsize; MAX_PATTERNS] = [const { AtomicUsize::new(0) }; MAX_PATTERNS];
/// One bit for each pattern found in freed memory.
static FOUND: AtomicUsize = AtomicUsize::new(0);
/// One watching test at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Searches a block about to be freed.
fn search(block: &[u8]) {
    for (n, length) in LENGTHS.iter().enumerate() {
        let length = length.load(Ordering::Relaxed);
        if length == 0 || block.len() < length {
            continue;
        }
        let first = PATTERNS[n][0].load(Ordering::Relaxed);
        let holds = (0..=block.len() - length).any(|at| {
            block[at] == first
                && (1..length).all(|i| block[at + i] == PATTERNS[n][i].load(Ordering::Relaxed))
        });
        if holds {
            FOUND.fetch_or(1 << n, Ordering::Relaxed);
        }
    }
}

#[allow(
    unsafe_code,
    reason = "an allocator is unsafe by definition; this one wraps the system's"
)]
unsafe impl GlobalAlloc for Watching {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if WATCHING.load(Ordering::Acquire) {
            // SAFETY: the block is allocated, `layout.size()` bytes long, and not freed yet.
            search(unsafe { std::slice::from_raw_parts(ptr, layout.size()) });
        }
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !WATCHING.load(Ordering::Acquire) {
            // SAFETY: the caller's contract is passed on unchanged.
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        // Watched: always moved, so the old block is freed (and searched), as it is whenever
        // it cannot grow in place.
        // SAFETY: `new_size` is non-zero and fits `layout.align()` (realloc's contract).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: as above; the old block is valid for `layout.size()` bytes, the new one for
        // `new_size`, and they do not overlap.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            moved
        }
    }
}

/// Watches what is freed for `patterns` while `work` runs, and returns those found.
fn freed_while<T>(patterns: &[&[u8]], work: impl FnOnce() -> T) -> (T, Vec<String>) {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    assert!(patterns.len() <= MAX_PATTERNS);
    for (n, pattern) in patterns.iter().enumerate() {
        assert!(pattern.len() <= MAX_PATTERN_LEN);
        for (i, byte) in pattern.iter().enumerate() {
            PATTERNS[n][i].store(*byte, Ordering::Relaxed);
        }
        LENGTHS[n].store(pattern.len(), Ordering::Relaxed);
    }
    FOUND.store(0, Ordering::Relaxed);
    WATCHING.store(true, Ordering::Release);
    let result = work();
    WATCHING.store(false, Ordering::Release);
    let found = FOUND.load(Ordering::Relaxed);
    for length in &LENGTHS {
        length.store(0, Ordering::Relaxed);
    }
    let found = patterns
        .iter()
        .enumerate()
        .filter(|(n, _)| found & (1 << n) != 0)
        .map(|(_, pattern)| String::from_utf8_lossy(pattern).into_owned())
        .collect();
    (result, found)
}

/// A passcode no other test uses, so that what this test finds is its own. Its first bytes
/// are the pattern: a buffer that grew holds at least those.
const WATCHED_PASSCODE: &str = "Qz7!wT#k plum orchard lantern";
/// How the statement that hands SQLCipher the database key starts (the key follows in hex).
const KEY_STATEMENT: &[u8] = b"PRAGMA key = \"x'";
/// How a re-keyed copy is attached (the new key follows in hex).
const ATTACH_STATEMENT: &[u8] = b"KEY \"x'";

/// The page's arguments, made without a copy of `secret` left behind: moved into the JSON
/// object, as the app's decoding moves it out.
fn with_secret(pairs: Vec<(&str, Value)>) -> Value {
    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn run(app: &crate::state::AppState, command: &str, args: Value) -> Result<Value, String> {
    let given = &mut crate::commands::Given::at(super::tick());
    crate::commands::run(app, given, command, args)
        .0
        .map_err(|e| format!("{e:?}"))
}

#[test]
fn unlocking_leaves_neither_the_passcode_nor_the_database_key_in_freed_memory() {
    let (_tmp, app) = app();
    ops::set_up(&app, WATCHED_PASSCODE.into()).unwrap();
    ops::lock(&app).unwrap();

    let passcode = Value::String(WATCHED_PASSCODE.to_owned());
    let (unlocked, found) =
        freed_while(&[&WATCHED_PASSCODE.as_bytes()[..8], KEY_STATEMENT], || {
            run(&app, "unlock", with_secret(vec![("passcode", passcode)]))
        });
    unlocked.unwrap();
    assert_eq!(found, Vec::<String>::new(), "found in freed memory");
}

#[test]
fn a_passcode_in_a_call_that_does_not_decode_is_wiped_too() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();

    let current = Value::String(WATCHED_PASSCODE.to_owned());
    // `current` decodes; `new` does not, so the call fails with the passcode decoded.
    let args = with_secret(vec![("current", current), ("new", json!(5))]);
    let (refused, found) = freed_while(&[&WATCHED_PASSCODE.as_bytes()[..8]], || {
        run(&app, "change_passcode", args)
    });
    assert!(refused.is_err(), "a call that does not decode is refused");
    assert_eq!(found, Vec::<String>::new(), "found in freed memory");
}

#[test]
fn re_keying_leaves_no_database_key_in_freed_memory() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();

    let args = with_secret(vec![
        ("current", Value::String(PASSCODE.to_owned())),
        ("new", Value::String(format!("{PASSCODE} and a new verse"))),
        ("rekey", json!(true)),
    ]);
    let (changed, found) = freed_while(&[KEY_STATEMENT, ATTACH_STATEMENT], || {
        run(&app, "change_passcode", args)
    });
    changed.unwrap();
    assert_eq!(found, Vec::<String>::new(), "found in freed memory");
}

#[test]
fn a_check_in_saved_while_locked_leaves_no_sealed_plaintext_in_freed_memory() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::lock(&app).unwrap();

    // Long enough that a buffer growing as it is written would be copied mid-note.
    let note = "Zq8 freed-memory note, quiet and warm; ".repeat(15);
    let check_in = NewCheckIn {
        note: Some(note),
        ..NewCheckIn::default()
    };
    let args = with_secret(vec![("checkIn", serde_json::to_value(check_in).unwrap())]);
    // The note as the sealed record's JSON holds it: only the record's plaintext has it so.
    let (saved, found) = freed_while(&[b"\"note\":\"Zq8 freed-memory"], || {
        run(&app, "save_check_in", args)
    });
    assert_eq!(saved.unwrap()["saved"], "sealed");
    assert_eq!(found, Vec::<String>::new(), "found in freed memory");
}
