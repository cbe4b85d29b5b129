//! What the app asks of its own process (Linux): never dumped to a core file, nor anything it
//! starts, and a clean end when the system asks it to end.
//!
//! While unlocked, the process holds the data key; a core file would write it to disk, outside
//! the vault, where it outlives a wipe. So the process is made not dumpable before anything is
//! opened: no core file, and no `ptrace` attach or `/proc/<pid>/mem` read by other processes of
//! the same user (root still can). WebKit's web and network processes hold the passcode as it
//! is typed and every word on screen; they are programs of their own, dumpable again once
//! started, so the limit on core files is set to nothing too, soft and hard: they inherit it,
//! and cannot raise it again.
//!
//! SIGTERM (a shutdown or logout, `kill`), SIGINT (Ctrl-C in a terminal) and SIGHUP (its
//! terminal closed) end the app through Tauri's own exit, like closing its window, so what it
//! does on the way out (removing the web view's folder) is done then too.

/// Makes this process not dumpable (`prctl(PR_SET_DUMPABLE, 0)`), all its threads included,
/// for the rest of its life, and sets its core-file limit (`RLIMIT_CORE`) to 0, soft and hard.
/// Not being dumpable does not cross `exec`, and the web view's processes are programs WebKit
/// starts; the limit does cross it, so it must be set before the web view starts, and then no
/// process of the app writes a core file, whatever limit it was started with.
#[cfg(target_os = "linux")]
pub fn forbid_core_dumps() -> std::io::Result<()> {
    use rustix::process::{set_dumpable_behavior, setrlimit, DumpableBehavior, Resource, Rlimit};
    let nothing = Rlimit {
        current: Some(0),
        maximum: Some(0),
    };
    let limited = setrlimit(Resource::Core, nothing).map_err(std::io::Error::from);
    set_dumpable_behavior(DumpableBehavior::NotDumpable).map_err(std::io::Error::from)?;
    limited
}

#[cfg(not(target_os = "linux"))]
pub fn forbid_core_dumps() -> std::io::Result<()> {
    Ok(())
}

/// Ends the app through Tauri's exit on SIGTERM, SIGINT or SIGHUP. Runs on GTK's main loop,
/// which is the loop Tauri runs on Linux; call it from the main thread (the builder's setup).
#[cfg(target_os = "linux")]
pub fn exit_on_signals(app: &tauri::AppHandle) {
    use rustix::process::Signal;
    for signal in [Signal::TERM, Signal::INT, Signal::HUP] {
        let app = app.clone();
        glib::unix_signal_add_local(signal.as_raw(), move || {
            app.exit(0);
            glib::ControlFlow::Break
        });
    }
}

#[cfg(not(target_os = "linux"))]
pub fn exit_on_signals(_app: &tauri::AppHandle) {}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use rustix::process::{dumpable_behavior, getrlimit, DumpableBehavior, Resource};

    #[test]
    fn after_start_up_the_process_is_not_dumpable() {
        super::forbid_core_dumps().unwrap();
        assert_eq!(
            dumpable_behavior().unwrap(),
            DumpableBehavior::NotDumpable,
            "no core file may hold the data key"
        );
    }

    /// The limit is what the web view's processes inherit: they are dumpable programs of their
    /// own, holding the passcode as typed and the words on screen.
    #[test]
    fn after_start_up_no_core_file_may_be_written_by_the_app_or_what_it_starts() {
        super::forbid_core_dumps().unwrap();
        let limit = getrlimit(Resource::Core);
        assert_eq!(
            (limit.current, limit.maximum),
            (Some(0), Some(0)),
            "a core limit of nothing, which no process started from here can raise"
        );
    }
}
