//! The lock the shell holds itself, whatever the page does: the idle deadline on a timer of its
//! own, and, on Linux, the desktop's own signs that the person stepped away: the session about
//! to sleep (logind's `PrepareForSleep` on the system bus), the screen locked (logind's `Lock`
//! for this session, the freedesktop and GNOME screensavers' `ActiveChanged` on the session
//! bus). Hiding the window to the tray locks too (`tray.rs`). Each tells the page, which clears
//! what it showed (`vault-locked`).

use std::time::Duration as StdDuration;

use tauri::{AppHandle, Emitter, Manager};

use crate::{clock, state::AppState};

/// How often the shell looks at the idle deadline: a lock comes at most this late.
const LOOK: StdDuration = StdDuration::from_secs(10);

/// Starts the idle timer and, where there is one, the desktop watcher.
pub fn start(app: &AppHandle) {
    let timer = app.clone();
    let _ = std::thread::Builder::new()
        .name("auto-lock".into())
        .spawn(move || loop {
            std::thread::sleep(LOOK);
            let state = timer.state::<AppState>();
            if let Ok(true) = state.lock_if_idle(clock::now()) {
                let _ = timer.emit("vault-locked", ());
            }
        });
    #[cfg(target_os = "linux")]
    desktop::watch(app);
}

/// Locks now (the person stepped away) and tells the page. Desktop only so far: on a phone
/// only the idle timer locks; locking when the app goes to the background needs a device to
/// try (see the README).
#[cfg(desktop)]
pub fn lock_now(app: &AppHandle) {
    let state = app.state::<AppState>();
    let locked = match state.vault() {
        Ok(mut vault) if vault.status() == aftercare_core::vault::VaultStatus::Unlocked => {
            vault.lock();
            true
        }
        _ => false,
    };
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
