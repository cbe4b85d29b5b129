//! What the app asks of its own process (Linux): a clean end when the system asks it to end.
//!
//! SIGTERM (a shutdown or logout, `kill`), SIGINT (Ctrl-C in a terminal) and SIGHUP (its
//! terminal closed) end the app through Tauri's own exit, like closing its window, so what it
//! does on the way out (removing the web view's folder) is done then too.

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
