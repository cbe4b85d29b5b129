//! The tray (desktop). Its menu holds Open and Quit and, once the person chose "Care from the
//! tray" in Settings, the shortcuts to care above them (`shortcuts.rs`): choosing one
//! records it exactly as a tap on Home would (`Vault::record_care`, sealed while
//! locked), without showing the window, and a line in the menu then says it was saved.
//!
//! What the menu offers is read from the encrypted settings at set-up, at each unlock and after
//! each change of settings or tiles (`shortcuts::CHANGED_BY`), and kept while the app runs,
//! locked too. After a start, and until the first unlock, it offers Open and Quit only: the
//! choice cannot be read before.
//!
//! Closing the window hides it to the tray (and locks) while reminders are pending or care
//! from the tray is chosen, so either can still reach the person; otherwise closing quits.

use tauri::{Window, WindowEvent};
#[cfg(desktop)]
use {
    crate::state::AppState,
    aftercare_core::content::{ActionId, Shortcut},
    std::sync::Mutex,
    tauri::{AppHandle, Manager, Runtime},
};

/// The ids of the menu's entries that are not care.
#[cfg(desktop)]
const OPEN: &str = "open";
#[cfg(desktop)]
const QUIT: &str = "quit";
/// How a care entry's id starts; the action's id follows.
#[cfg(desktop)]
const CARE: &str = "care:";

/// What the menu offers, as last read.
#[cfg(desktop)]
#[derive(Debug, Clone, Default)]
struct Offer {
    care: Vec<Shortcut>,
    discreet: bool,
    /// Said above the care after one was chosen here: saved, or not.
    said: Option<&'static str>,
}

#[cfg(desktop)]
#[derive(Default)]
struct TrayMenu(Mutex<Offer>);

#[cfg(desktop)]
pub fn set_up(app: &tauri::App) -> tauri::Result<()> {
    use tauri::tray::TrayIconBuilder;
    let offer = Offer {
        discreet: true,
        ..Offer::default()
    };
    let menu = build_menu(app.handle(), &offer)?;
    app.manage(TrayMenu(Mutex::new(offer)));
    let content = app.state::<AppState>().content();
    let mut tray = TrayIconBuilder::with_id("main")
        .menu(&menu)
        // Discreet until the settings say otherwise (`discreet.rs`).
        .tooltip(content.string("app.neutral_name").unwrap_or_default());
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    // Without a tray on this desktop (no StatusNotifier host) the app simply quits on close.
    let _ = tray
        .on_menu_event(|app, event| match event.id().as_ref() {
            OPEN => show_main(app),
            QUIT => app.exit(0),
            id => {
                if let Some(action) = id.strip_prefix(CARE) {
                    record(app, action.to_owned());
                }
            }
        })
        .build(app);
    refresh(app.handle());
    Ok(())
}

/// The menu for `offer`: what was said, the care, then Open and Quit.
#[cfg(desktop)]
fn build_menu<R: Runtime>(
    app: &AppHandle<R>,
    offer: &Offer,
) -> tauri::Result<tauri::menu::Menu<R>> {
    use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem};
    let content = app.state::<AppState>().content();
    let label = |key: &str| content.string(key).unwrap_or(key).to_owned();
    let mut items: Vec<Box<dyn IsMenuItem<R>>> = Vec::new();
    if let Some(said) = offer.said {
        items.push(Box::new(MenuItem::new(
            app,
            label(said),
            false,
            None::<&str>,
        )?));
    }
    for care in &offer.care {
        let id = format!("{CARE}{}", care.id.as_str());
        items.push(Box::new(MenuItem::with_id(
            app,
            id,
            &care.label,
            true,
            None::<&str>,
        )?));
    }
    if !offer.care.is_empty() {
        items.push(Box::new(PredefinedMenuItem::separator(app)?));
    }
    let open = if offer.discreet {
        "tray.open_discreet"
    } else {
        "tray.open"
    };
    items.push(Box::new(MenuItem::with_id(
        app,
        OPEN,
        label(open),
        true,
        None::<&str>,
    )?));
    items.push(Box::new(MenuItem::with_id(
        app,
        QUIT,
        label("tray.quit"),
        true,
        None::<&str>,
    )?));
    let refs: Vec<&dyn IsMenuItem<R>> = items.iter().map(|item| item.as_ref()).collect();
    Menu::with_items(app, &refs)
}

/// Reads what the menu should offer again, if the settings can be read, and shows it.
#[cfg(desktop)]
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let Some(chosen) = crate::shortcuts::chosen(&app.state::<AppState>()) else {
        return;
    };
    show(
        app,
        Offer {
            care: chosen.care,
            discreet: chosen.discreet,
            said: None,
        },
    );
}

#[cfg(desktop)]
fn show<R: Runtime>(app: &AppHandle<R>, offer: Offer) {
    let Some(tray) = app.tray_by_id("main") else {
        return;
    };
    if let Ok(menu) = build_menu(app, &offer) {
        let _ = tray.set_menu(Some(menu));
    }
    if let Some(kept) = app.try_state::<TrayMenu>() {
        *kept
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = offer;
    }
}

/// A care chosen in the menu: recorded off the main thread as a tap on Home is, then the menu
/// says whether it was saved. The window stays as it was.
#[cfg(desktop)]
fn record<R: Runtime>(app: &AppHandle<R>, action: String) {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let saved = {
            let action = ActionId(action);
            let (now, rng) = (crate::clock::now(), &mut crate::clock::rng());
            let recorded = state
                .vault()
                .record_care(state.content(), &action, now, rng);
            recorded.is_ok()
        };
        let Some(kept) = app.try_state::<TrayMenu>() else {
            return;
        };
        let mut offer = kept
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        offer.said = Some(if saved {
            "tray.saved"
        } else {
            "tray.not_saved"
        });
        show(&app, offer);
    });
}

/// Whether the menu offers care: then the app stays in the tray when the window closes.
#[cfg(desktop)]
fn offers_care<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.try_state::<TrayMenu>().is_some_and(|kept| {
        !kept
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .care
            .is_empty()
    })
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
        let app = window.app_handle();
        let state = window.state::<AppState>();
        let pending = !state.vault().schedule().pending.is_empty();
        if (pending || offers_care(app)) && app.tray_by_id("main").is_some() {
            api.prevent_close();
            let _ = window.hide();
            // Out of sight is out of reach: hidden to the tray, the app is locked.
            crate::idle::lock_now(app);
        }
    }
    #[cfg(mobile)]
    let _ = (window, event);
}
