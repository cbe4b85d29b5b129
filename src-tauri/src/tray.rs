//! While reminders are pending, closing the window hides it and the app stays in the system
//! tray (Open, Quit), so the reminder can still arrive. With nothing pending, closing quits.

use tauri::{Window, WindowEvent};
#[cfg(desktop)]
use {crate::state::AppState, tauri::Manager};

#[cfg(desktop)]
pub fn set_up(app: &tauri::App) -> tauri::Result<()> {
    use tauri::{
        menu::{Menu, MenuItem},
        tray::TrayIconBuilder,
    };
    let content = app.state::<AppState>().content;
    let label = |key: &str| content.string(key).unwrap_or(key).to_owned();
    let open = MenuItem::with_id(app, "open", label("tray.open"), true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", label("tray.quit"), true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &quit])?;
    let mut tray = TrayIconBuilder::with_id("main")
        .menu(&menu)
        // Discreet until the settings say otherwise (`discreet.rs`).
        .tooltip(label("app.neutral_name"));
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    // Without a tray on this desktop (no StatusNotifier host) the app simply quits on close.
    let _ = tray
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => show_main(app),
            "quit" => app.exit(0),
            _ => {}
        })
        .build(app);
    Ok(())
}

/// Shows the window (hidden to the tray, minimised or behind others) and gives it focus. On a
/// phone the app's one view is always shown: nothing to do.
pub fn show_main(app: &tauri::AppHandle) {
    #[cfg(desktop)]
    if let Some(window) = app.get_webview_window(crate::window::MAIN) {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
    #[cfg(mobile)]
    let _ = app;
}

pub fn on_window_event(window: &Window, event: &WindowEvent) {
    #[cfg(desktop)]
    if let WindowEvent::CloseRequested { api, .. } = event {
        let state = window.state::<AppState>();
        let pending = !state.vault().schedule().pending.is_empty();
        if pending && window.app_handle().tray_by_id("main").is_some() {
            api.prevent_close();
            let _ = window.hide();
            // Out of sight is out of reach: hidden to the tray, the app is locked.
            crate::idle::lock_now(window.app_handle());
        }
    }
    #[cfg(mobile)]
    let _ = (window, event);
}
