//! The Tauri shell: the builder, the plugins and the list of commands. Everything else lives in
//! `commands` (thin adapters), `state` (what the shell holds) and `aftercare-core`.

mod clock;
mod commands;
mod error;
mod instance;
mod reminders;
mod state;
mod tray;

use tauri::Manager;

/// Starts the app. On Android and iOS this is the entry point the platform calls.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let data_dir = state::data_dir(app.handle())?;
            // The window starts hidden (`tauri.conf.json`), so a second start never flashes one.
            let handle = app.handle().clone();
            match instance::claim(data_dir.path(), move || tray::show_main(&handle))? {
                instance::Start::First(guard) => app.manage(guard),
                instance::Start::Another => {
                    eprintln!("Aftercare is already open on this data folder: showing it.");
                    std::process::exit(0);
                }
            };
            let state = state::AppState::start(app.handle(), &data_dir)?;
            app.manage(state);
            let timer = reminders::start(app.handle());
            app.state::<state::AppState>().set_timer(timer);
            #[cfg(desktop)]
            tray::set_up(app)?;
            tray::show_main(app.handle());
            Ok(())
        })
        .on_window_event(tray::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::content,
            commands::vault_status,
            commands::set_up,
            commands::unlock,
            commands::lock,
            commands::change_passcode,
            commands::wipe,
            commands::record_action,
            commands::save_check_in,
            commands::journal_create,
            commands::journal_get,
            commands::journal_edit,
            commands::journal_delete,
            commands::journal_list,
            commands::journal_search,
            commands::history,
            commands::end_moment,
            commands::recent_moment,
            commands::delete_moment,
            commands::tomorrow_offer,
            commands::settings,
            commands::update_settings,
            commands::set_reminder,
            commands::reminders,
            commands::cancel_reminder,
            commands::snooze_reminder,
            commands::set_reminder_wording,
            commands::card,
            commands::save_card,
            commands::export_card_image,
        ])
        .run(tauri::generate_context!())
        .expect("the app could not start");
}
