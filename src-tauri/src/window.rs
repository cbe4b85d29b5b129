//! The main window, made from its entry in `tauri.conf.json` once the data folder is known.
//!
//! A web view keeps storage of its own (on Linux, WebKit's cache, local storage, HSTS
//! database, media keys). Left to itself, Tauri puts it in the app's local data folder, which on
//! Linux is also the vault's default folder, and wipe knew nothing of it. Here it lives in one
//! folder inside the data folder, and only while the app runs: it is removed before the window
//! is made (what a crash left), by wipe, and when the app exits. The UI keeps nothing in it that
//! it needs again. (Why not an incognito web view: ARCHITECTURE.md, "Choices".)

use std::path::Path;

use aftercare_core::data_dir::DataDir;
use tauri::Manager;

/// The main window's label, as in `tauri.conf.json`.
pub const MAIN: &str = "main";

/// Removes the web view's folder and everything in it; a folder that is not there is already
/// removed.
pub fn remove_webview_dir(dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// Creates the main window (`"create": false` in `tauri.conf.json` keeps Tauri from making it
/// before the data folder is known), over a web view folder emptied of what an earlier run
/// left. It starts hidden, as configured, and discreet and protected from screen capture
/// until the settings say otherwise (`discreet.rs`).
pub fn create_main(app: &tauri::App, data_dir: &DataDir) -> Result<(), Box<dyn std::error::Error>> {
    let webview_dir = crate::state::webview_dir(data_dir);
    remove_webview_dir(&webview_dir)?;
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|window| window.label == MAIN)
        .ok_or("tauri.conf.json has no main window")?;
    // Discreet and protected until the settings can be read (`vault/look.rs`).
    let look = aftercare_core::vault::Look::default();
    let state = app.state::<crate::state::AppState>();
    tauri::WebviewWindowBuilder::from_config(app.handle(), config)?
        .title(look.name(state.content))
        .content_protected(look.protect_screen)
        .data_directory(webview_dir)
        .build()?;
    Ok(())
}

/// When the app exits: the web view's folder goes, so nothing of it outlasts the run.
pub fn on_exit(app: &tauri::AppHandle) {
    if let Some(state) = app.try_state::<crate::state::AppState>() {
        if let Some(dir) = &state.webview_dir {
            if let Err(error) = remove_webview_dir(dir) {
                eprintln!("Aftercare could not remove its web view's folder: {error}");
            }
        }
    }
}
