//! A helper for `core/tests/core/first_opens.rs`, not a tool: in a fresh process, it holds the
//! first open of a vault in the gap inside `sqlite3_initialize` where SQLite counts as set up
//! but SQLCipher is not yet (SQLCipher's set-up runs last, after SQLite has let go of its
//! locks), and meanwhile sets up a second vault on another thread. It prints `held in the gap`
//! if it got the first open there, then how each set-up went; it exits with 1 unless both did.
//!
//! It holds the thread with SQLite's own hook for mutexes, the one place a program can stop a
//! thread inside SQLite's set-up: SQLCipher's first step is to ask for SQLite's main mutex,
//! right after SQLite frees the mutex that guards its set-up.

use std::sync::atomic::{AtomicBool, Ordering};

use aftercare_core::{
    data_dir::DataDir,
    store::opens_waiting_for_sqlcipher,
    vault::{slot::KdfParams, Passcode, Vault},
};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

/// Whether the first open was held in the gap.
static HELD: AtomicBool = AtomicBool::new(false);
/// Whether the second set-up has returned.
static SECOND_DONE: AtomicBool = AtomicBool::new(false);

fn main() {
    hook::install();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let set_up = |name: &str| {
        let dir = DataDir::resolve(Some(tmp.path().join(name)), tmp.path().join("unused"))
            .expect("data dir");
        let mut rng = ChaCha20Rng::seed_from_u64(7);
        Vault::new(&dir).set_up(
            &Passcode::new("correct horse".into()),
            KdfParams::INSECURE_FOR_TESTS,
            &mut rng,
        )
    };
    std::thread::scope(|scope| {
        let first = scope.spawn(|| set_up("first"));
        while !HELD.load(Ordering::SeqCst) && !first.is_finished() {
            std::thread::yield_now();
        }
        if HELD.load(Ordering::SeqCst) {
            println!("held in the gap");
        }
        let second = set_up("second");
        SECOND_DONE.store(true, Ordering::SeqCst);
        let first = first.join().expect("the first set-up");
        let mut all_set_up = true;
        for (name, result) in [("first", first), ("second", second)] {
            match result {
                Ok(()) => println!("{name}: set up"),
                Err(error) => {
                    println!("{name}: {error:?}");
                    all_set_up = false;
                }
            }
        }
        if !all_set_up {
            std::process::exit(1);
        }
    });
}

/// Holds the thread that sets SQLite up, at SQLCipher's first step, until the second set-up
/// has either returned or is waiting for the first open.
fn hold() {
    HELD.store(true, Ordering::SeqCst);
    while !SECOND_DONE.load(Ordering::SeqCst) && opens_waiting_for_sqlcipher() == 0 {
        std::thread::yield_now();
    }
}

/// SQLite's mutex methods, wrapped: each call goes to SQLite's own, and the one SQLCipher's
/// set-up makes first calls [`hold`].
#[allow(unsafe_code)] // SQLite's C interface: its set-up can be hooked nowhere else.
mod hook {
    use std::{
        cell::Cell,
        ffi::c_int,
        ptr,
        sync::{
            atomic::{AtomicPtr, Ordering},
            OnceLock,
        },
    };

    use rusqlite::ffi::{self, sqlite3_mutex, sqlite3_mutex_methods};

    /// SQLite's own mutex methods.
    static OWN: OnceLock<sqlite3_mutex_methods> = OnceLock::new();
    /// The mutex that guards SQLite's set-up, once made.
    static SET_UP_MUTEX: AtomicPtr<sqlite3_mutex> = AtomicPtr::new(ptr::null_mut());

    thread_local! {
        /// On the thread setting SQLite up, from when it frees [`SET_UP_MUTEX`] (its set-up
        /// done) to SQLCipher's first step.
        static IN_GAP: Cell<bool> = const { Cell::new(false) };
    }

    fn own() -> &'static sqlite3_mutex_methods {
        OWN.get().expect("installed")
    }

    /// Puts the wrapped methods in place. SQLite takes new mutex methods only while it is not
    /// set up, and gives its own only after it was: so it is set up, its methods read, and it
    /// is shut down again (which shuts SQLCipher down too) before anything else uses it.
    pub fn install() {
        let mut own = sqlite3_mutex_methods {
            xMutexInit: None,
            xMutexEnd: None,
            xMutexAlloc: None,
            xMutexFree: None,
            xMutexEnter: None,
            xMutexTry: None,
            xMutexLeave: None,
            xMutexHeld: None,
            xMutexNotheld: None,
        };
        // SAFETY: no connection is open and no other thread uses SQLite yet; the methods are
        // copied by SQLite from the structures passed.
        unsafe {
            assert_eq!(ffi::sqlite3_initialize(), ffi::SQLITE_OK);
            assert_eq!(ffi::sqlite3_shutdown(), ffi::SQLITE_OK);
            let got = ffi::sqlite3_config(ffi::SQLITE_CONFIG_GETMUTEX, &raw mut own);
            assert_eq!(got, ffi::SQLITE_OK);
            OWN.set(own).expect("installed once");
            let wrapped = sqlite3_mutex_methods {
                xMutexAlloc: Some(alloc),
                xMutexFree: Some(free),
                ..own
            };
            let set = ffi::sqlite3_config(ffi::SQLITE_CONFIG_MUTEX, &raw const wrapped);
            assert_eq!(set, ffi::SQLITE_OK);
        }
    }

    unsafe extern "C" fn alloc(kind: c_int) -> *mut sqlite3_mutex {
        if kind == ffi::SQLITE_MUTEX_STATIC_MAIN && IN_GAP.replace(false) {
            super::hold();
        }
        // SAFETY: SQLite's own method, called as SQLite called this one.
        let mutex = unsafe { own().xMutexAlloc.expect("SQLite's")(kind) };
        if kind == ffi::SQLITE_MUTEX_RECURSIVE {
            // The first recursive mutex made is the one that guards SQLite's set-up.
            let _ = SET_UP_MUTEX.compare_exchange(
                ptr::null_mut(),
                mutex,
                Ordering::SeqCst,
                Ordering::SeqCst,
            );
        }
        mutex
    }

    unsafe extern "C" fn free(mutex: *mut sqlite3_mutex) {
        // Once freed, it is not looked for again: a later mutex may get its address.
        let gone = ptr::dangling_mut();
        if SET_UP_MUTEX
            .compare_exchange(mutex, gone, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            IN_GAP.set(true);
        }
        // SAFETY: SQLite's own method, called as SQLite called this one.
        unsafe { own().xMutexFree.expect("SQLite's")(mutex) }
    }
}
