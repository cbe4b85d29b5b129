//! What the app asks of its own process (Linux): never dumped to a core file, nor anything it
//! starts, its page painted on the CPU, and a clean end when the system asks it to end.
//!
//! While unlocked, the process holds the data key; a core file would write it to disk, outside
//! the vault, where it outlives a wipe. So the process is made not dumpable before anything is
//! opened: no core file, and no `ptrace` attach or `/proc/<pid>/mem` read by other processes of
//! the same user (root still can). WebKit's web and network processes hold the passcode as it
//! is typed and every word on screen; they are programs of their own, dumpable again once
//! started, so the limit on core files is set to nothing too, soft and hard: they inherit it,
//! and cannot raise it again.
//!
//! The page is painted on the CPU ([`prepare_the_web_view`]): lighter and quicker to its first
//! screen than through OpenGL where that OpenGL is software.
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

/// Sets what the web view's processes inherit from the app's environment, so call it before
/// the web view starts, while the app has one thread: the page painted on the CPU
/// (`cpu_painting`) and its script run without a JIT (`without_jit`), each unless whoever
/// started the app set the variable (to anything), which is then left as they chose.
#[cfg(target_os = "linux")]
pub fn prepare_the_web_view(config: &crate::config::Config) {
    let chosen = [
        cpu_painting(config.painting_chosen),
        without_jit(config.jit_chosen),
    ];
    for (name, value) in chosen.into_iter().flatten() {
        std::env::set_var(name, value);
    }
}

#[cfg(not(target_os = "linux"))]
pub fn prepare_the_web_view(_config: &crate::config::Config) {}

/// The variable to set for running the page's script without JavaScriptCore's just-in-time
/// compilers, given whether it is set. The page is a few screens of forms and taps, never a
/// hot loop, and the interpreter is quick enough for them. Without a JIT the web process does
/// not reserve JavaScriptCore's 1 GiB of memory both writable and executable for compiled
/// script (seen in its `/proc/<pid>/maps`), so a flaw in the page has no such place to write
/// code into, and it keeps about 4–6 MiB less at rest (docs/performance.md).
#[cfg(target_os = "linux")]
fn without_jit(already_set: bool) -> Option<(&'static str, &'static str)> {
    (!already_set).then_some((crate::config::JIT_ENV, "0"))
}

/// Painted through OpenGL, every kind of shape the page draws is a shader compiled on first
/// use, and where the OpenGL is Mesa's software one (no GPU, a virtual machine, Xvfb) each is
/// compiled by LLVM, and the web process keeps what that builds: about 29 MiB at rest
/// (docs/performance.md). The composited layers still go through OpenGL; the page is a few
/// still layers and one breathing circle.
/// The variable to set for painting on the CPU, given whether it is set already.
#[cfg(target_os = "linux")]
fn cpu_painting(already_set: bool) -> Option<(&'static str, &'static str)> {
    (!already_set).then_some((crate::config::CPU_PAINTING_ENV, "1"))
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use rustix::process::{dumpable_behavior, getrlimit, DumpableBehavior, Resource};

    #[test]
    fn the_web_view_paints_on_the_cpu_unless_told_otherwise() {
        assert_eq!(
            super::cpu_painting(false),
            Some((crate::config::CPU_PAINTING_ENV, "1")),
            "not set: the page is painted on the CPU"
        );
        assert_eq!(
            super::cpu_painting(true),
            None,
            "set by whoever started the app (0 to paint through OpenGL): left as it is"
        );
    }

    #[test]
    fn the_web_view_runs_its_script_without_a_jit_unless_told_otherwise() {
        assert_eq!(
            super::without_jit(false),
            Some((crate::config::JIT_ENV, "0")),
            "not set: the page's script runs without a JIT"
        );
        assert_eq!(
            super::without_jit(true),
            None,
            "set by whoever started the app"
        );
    }

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
