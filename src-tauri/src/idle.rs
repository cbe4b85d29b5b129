//! The lock the shell holds itself, whatever the page does: the idle deadline on a timer of its
//! own, and, on Linux, the desktop's own signs that the person stepped away: the session about
//! to sleep (logind's `PrepareForSleep` on the system bus), the screen locked (logind's `Lock`
//! for this session, the freedesktop and GNOME screensavers' `ActiveChanged` on the session
//! bus). Hiding the window to the tray locks too (`tray.rs`). Each tells the page, which clears
//! what it showed (`vault-locked`). The idle lock asks the page first (`vault-locking`), so a
//! draft is saved before the vault closes.

use std::time::Duration as StdDuration;

use tauri::{AppHandle, Emitter, Manager};

use crate::{clock, state::AppState};

/// How often the shell looks at the idle deadline: a lock comes at most this late.
const LOOK: StdDuration = StdDuration::from_secs(10);
/// The longest the auto-lock waits for the page to finish what it does first (save a draft):
/// a page that does not answer (stalled, or closed) does not keep the vault open.
pub const PAGE_GRACE: StdDuration = StdDuration::from_secs(5);

/// Starts the idle timer and, where there is one, the desktop watcher.
pub fn start(app: &AppHandle) {
    let timer = app.clone();
    let _ = std::thread::Builder::new()
        .name("auto-lock".into())
        .spawn(move || loop {
            std::thread::sleep(LOOK);
            let state = timer.state::<AppState>();
            let tell = |event: &str| {
                let _ = timer.emit(event, ());
            };
            let _ = look(&state, clock::now, &tell, PAGE_GRACE);
        });
    #[cfg(target_os = "linux")]
    desktop::watch(app);
}

/// One look at the idle deadline. When its time has come, the page is asked first
/// (`vault-locking`): it saves what it holds (a draft) while the vault is open and says so
/// (`ready_to_lock`), or `grace` passes; then the vault locks, unless the person came back
/// meanwhile, and the page is told (`vault-locked`). Says whether it locked.
pub fn look(
    state: &AppState,
    now: impl Fn() -> chrono::DateTime<chrono::Utc>,
    tell: &dyn Fn(&str),
    grace: StdDuration,
) -> Result<bool, crate::error::CommandError> {
    if state.idle(now())? {
        let asked = state.page_ready_count();
        tell("vault-locking");
        state.wait_for_page(asked, grace);
    }
    let locked = state.lock_if_idle(now())?;
    if locked {
        tell("vault-locked");
    }
    Ok(locked)
}

/// Locks now (the person stepped away) and tells the page. Desktop only so far: on a phone
/// only the idle timer locks; locking when the app goes to the background needs a device to
/// try (see the README).
#[cfg(desktop)]
pub fn lock_now(app: &AppHandle) {
    let state = app.state::<AppState>();
    let mut vault = state.vault();
    let locked = vault.status() == aftercare_core::vault::VaultStatus::Unlocked;
    if locked {
        vault.lock();
    }
    drop(vault);
    if locked {
        let _ = app.emit("vault-locked", ());
    }
}

#[cfg(target_os = "linux")]
mod desktop {
    use std::time::Duration;

    use dbus::{blocking::Connection, channel::MatchingReceiver, message::MatchRule, Message};
    use tauri::AppHandle;

    /// Watches both buses, each on a thread of its own; a bus that is not there (no logind in
    /// a container, no session bus) is simply not watched.
    pub fn watch(app: &AppHandle) {
        for system in [false, true] {
            let app = app.clone();
            let _ = std::thread::Builder::new()
                .name("lock-signals".into())
                .spawn(move || {
                    let _ = listen(&app, system);
                });
        }
    }

    fn listen(app: &AppHandle, system: bool) -> Result<(), dbus::Error> {
        let connection = if system {
            Connection::new_system()?
        } else {
            Connection::new_session()?
        };
        let signals: &[(&str, &str)] = if system {
            &[
                ("org.freedesktop.login1.Manager", "PrepareForSleep"),
                ("org.freedesktop.login1.Session", "Lock"),
            ]
        } else {
            &[
                ("org.freedesktop.ScreenSaver", "ActiveChanged"),
                ("org.gnome.ScreenSaver", "ActiveChanged"),
            ]
        };
        for &(interface, member) in signals {
            let rule = MatchRule::new_signal(interface, member);
            connection.add_match_no_cb(&rule.match_str())?;
            let app = app.clone();
            connection.start_receive(
                rule,
                Box::new(move |message: Message, _: &Connection| {
                    if stepped_away(&message) {
                        super::lock_now(&app);
                    }
                    true
                }),
            );
        }
        loop {
            connection.process(Duration::from_secs(3600))?;
        }
    }

    /// `Lock` carries nothing; the others say true when it starts.
    fn stepped_away(message: &Message) -> bool {
        match message.member().as_deref() {
            Some("Lock") => true,
            Some("PrepareForSleep" | "ActiveChanged") => message.read1::<bool>().unwrap_or(false),
            _ => false,
        }
    }
}
