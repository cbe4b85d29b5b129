//! The Tauri shell: the builder, the plugins and the invoke handler. Everything else lives in
//! `commands` (thin adapters, one module per domain), `state` (what the shell holds), `config`
//! (the environment, read once) and `aftercare-core`.

mod clock;
mod commands;
mod config;
mod error;
mod instance;
mod reminders;
mod state;
mod tray;

use tauri::Manager;

/// Starts the app. On Android and iOS this is the entry point the platform calls.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let config = config::Config::from_env();
    tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .setup(move |app| {
            let data_dir = state::data_dir(app.handle(), &config)?;
            // The window starts hidden (`tauri.conf.json`), so a second start never flashes one.
            let handle = app.handle().clone();
            match instance::claim(data_dir.path(), move || tray::show_main(&handle))? {
                instance::Start::First(guard) => app.manage(guard),
                instance::Start::Another => {
                    eprintln!("Aftercare is already open on this data folder: showing it.");
                    std::process::exit(0);
                }
            };
            let state = state::AppState::start(app.handle(), &config, &data_dir)?;
            app.manage(state);
            let timer = reminders::start(app.handle());
            app.state::<state::AppState>().set_timer(timer);
            #[cfg(desktop)]
            tray::set_up(app)?;
            tray::show_main(app.handle());
            Ok(())
        })
        .on_window_event(tray::on_window_event)
        .invoke_handler(commands::handle)
        .run(tauri::generate_context!())
        .expect("the app could not start");
}
