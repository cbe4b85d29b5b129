//! What others may glimpse of the app: the window's title, the tray's tooltip, and whether the
//! window shows up in screenshots and screen sharing.
//!
//! Both settings live in the encrypted store, so the app cannot read them before an unlock. It
//! starts discreet and protected (the defaults), and follows the person's choice from the first
//! unlock, when the settings change, and back to the defaults after wipe. Locking keeps the
//! look chosen: nothing about it is stored outside the vault.

use tauri::{AppHandle, Manager, Runtime};

use crate::state::AppState;

/// The commands after which the look may have changed.
pub const CHANGED_BY: &[&str] = &["set_up", "unlock", "update_settings", "set_locale", "wipe"];

/// The two choices, as the store holds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub discreet: bool,
    pub protect_screen: bool,
}

impl Default for Look {
    /// Before the settings can be read: discreet and protected.
    fn default() -> Self {
        Look {
            discreet: true,
            protect_screen: true,
        }
    }
}

/// The look the saved settings ask for, or the default when there are none to read (not set
/// up, or wiped). `None` while locked: the look stays as it is.
pub fn chosen(state: &AppState) -> Option<Look> {
    use aftercare_core::vault::VaultStatus;
    let mut vault = state.vault().ok()?;
    match vault.status() {
        VaultStatus::Unlocked => {}
        VaultStatus::Locked => return None,
        VaultStatus::NotSetUp | VaultStatus::Unfinished => return Some(Look::default()),
    }
    let store = vault.store().ok()?;
    Some(Look {
        discreet: store.discreet().ok()?,
        protect_screen: store.protect_screen().ok()?,
    })
}

/// The window's and the tray's name for a look.
pub fn name(state: &AppState, look: Look) -> &'static str {
    let key = if look.discreet {
        "app.neutral_name"
    } else {
        "app.name"
    };
    state.content().string(key).unwrap_or_default()
}

/// Applies what the settings ask for, if they can be read.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    if let Some(look) = chosen(&state) {
        apply(app, name(&state, look), look);
    }
}

fn apply<R: Runtime>(app: &AppHandle<R>, name: &str, look: Look) {
    // The app has one window (`window.rs`); whichever it is, it gets the look.
    for window in app.webview_windows().into_values() {
        let _ = window.set_title(name);
        // Windows and macOS; elsewhere Tauri has nothing to do.
        let _ = window.set_content_protected(look.protect_screen);
        #[cfg(target_os = "android")]
        android::protect(&window, look.protect_screen);
    }
    #[cfg(desktop)]
    if let Some(tray) = app.tray_by_id("main") {
        // Not shown on Linux (AppIndicator has no tooltip); Windows and macOS show it.
        let _ = tray.set_tooltip(Some(name));
    }
}

/// Android: the secure flag on the activity's window keeps the app out of screenshots, screen
/// recording and the recent-apps thumbnail; the web view is kept away from autofill services
/// (password managers), which would otherwise offer to store the passcode. Written for Android
/// but never compiled: there is no Android SDK on the build machine (see the README).
#[cfg(target_os = "android")]
pub mod android {
    use jni::objects::JValue;

    /// `WindowManager.LayoutParams.FLAG_SECURE`.
    const FLAG_SECURE: i32 = 0x2000;
    /// `View.IMPORTANT_FOR_AUTOFILL_NO_EXCLUDE_DESCENDANTS`.
    const NOT_FOR_AUTOFILL: i32 = 0x8;

    pub fn protect<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>, on: bool) {
        let _ = window.with_webview(move |webview| {
            webview.jni_handle().exec(move |env, activity, webview| {
                let Ok(window) = env
                    .call_method(activity, "getWindow", "()Landroid/view/Window;", &[])
                    .and_then(|w| w.l())
                else {
                    return;
                };
                let method = if on { "addFlags" } else { "clearFlags" };
                let _ = env.call_method(&window, method, "(I)V", &[JValue::Int(FLAG_SECURE)]);
                let _ = env.call_method(
                    webview,
                    "setImportantForAutofill",
                    "(I)V",
                    &[JValue::Int(NOT_FOR_AUTOFILL)],
                );
            });
        });
    }
}
