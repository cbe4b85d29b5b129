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
    use tauri::AppHandle;
    use zbus::{blocking::Connection, message::Type as MessageType, MatchRule};

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

    fn listen(app: &AppHandle, system: bool) -> zbus::Result<()> {
        let connection = if system {
            Connection::system()?
        } else {
            Connection::session()?
        };
        let rules = if system {
            vec![
                rule("org.freedesktop.login1.Manager", "PrepareForSleep")?,
                rule("org.freedesktop.login1.Session", "Lock")?,
            ]
        } else {
            vec![
                rule("org.freedesktop.ScreenSaver", "ActiveChanged")?,
                rule("org.gnome.ScreenSaver", "ActiveChanged")?,
            ]
        };
        let proxy = zbus::blocking::fdo::DBusProxy::new(&connection)?;
        for rule in &rules {
            proxy.add_match_rule(rule.clone())?;
        }
        for message in zbus::blocking::MessageIterator::from(&connection) {
            let Ok(message) = message else { continue };
            let header = message.header();
            let member = header.member().map(|m| m.as_str().to_owned());
            let stepped_away = match member.as_deref() {
                // `Lock` carries nothing; the others say true when it starts.
                Some("Lock") => true,
                Some("PrepareForSleep" | "ActiveChanged") => {
                    message.body().deserialize::<bool>().unwrap_or(false)
                }
                _ => false,
            };
            if stepped_away && header.message_type() == MessageType::Signal {
                super::lock_now(app);
            }
        }
        Ok(())
    }

    fn rule(interface: &'static str, member: &'static str) -> zbus::Result<MatchRule<'static>> {
        Ok(MatchRule::builder()
            .msg_type(MessageType::Signal)
            .interface(interface)?
            .member(member)?
            .build())
    }
}
