//! What others may glimpse of the app: the window's title, the tray's tooltip, and whether the
//! window shows up in screenshots and screen sharing.
//!
//! Which look, and when it changes, the core decides (`vault/look.rs`): discreet and protected
//! until the settings can be read, the person's choice from the first unlock, kept while locked,
//! the defaults again after wipe. The vault says when it changed, once per command
//! (`Vault::take_changes`); this file only applies it.

use aftercare_core::vault::Look;
use tauri::{AppHandle, Manager, Runtime};

/// Gives the window (and the tray) `look`, under `name`. Called when the vault says the look
/// changed (`commands::follow`).
pub fn apply<R: Runtime>(app: &AppHandle<R>, name: &str, look: Look) {
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
