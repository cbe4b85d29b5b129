//! What the app asks of its own process (Linux): never dumped to a core file, and a clean end
//! when the system asks it to end.
//!
//! While unlocked, the process holds the data key; a core file would write it to disk, outside
//! the vault, where it outlives a wipe. So the process is made not dumpable before anything is
//! opened: no core file, and no `ptrace` attach or `/proc/<pid>/mem` read by other processes of
//! the same user (root still can).
//!
//! SIGTERM (a shutdown or logout, `kill`), SIGINT (Ctrl-C in a terminal) and SIGHUP (its
//! terminal closed) end the app through Tauri's own exit, like closing its window, so what it
//! does on the way out (removing the web view's folder) is done then too.

/// Makes this process not dumpable (`prctl(PR_SET_DUMPABLE, 0)`), all its threads included,
/// for the rest of its life. The web view's helper processes are separate programs started by
/// WebKit (a program started afresh is dumpable again): they hold the page on screen, never
/// the keys.
#[cfg(target_os = "linux")]
pub fn forbid_core_dumps() -> std::io::Result<()> {
    use rustix::process::{set_dumpable_behavior, DumpableBehavior};
    set_dumpable_behavior(DumpableBehavior::NotDumpable).map_err(std::io::Error::from)
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
    use rustix::process::{dumpable_behavior, DumpableBehavior};

    #[test]
    fn after_start_up_the_process_is_not_dumpable() {
        super::forbid_core_dumps().unwrap();
        assert_eq!(
            dumpable_behavior().unwrap(),
            DumpableBehavior::NotDumpable,
            "no core file may hold the data key"
        );
    }
}
