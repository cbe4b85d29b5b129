//! The Tauri shell: the builder, the plugins and the invoke handler. Everything else lives in
//! `commands` (thin adapters, one module per domain), `state` (what the shell holds), `config`
//! (the environment, read once) and `aftercare-core`.

mod clock;
mod commands;
mod config;
mod device_key;
mod discreet;
mod error;
mod idle;
mod instance;
mod process;
mod reminders;
mod senses;
mod shortcuts;
mod state;
mod tray;
mod window;

use tauri::Manager;

/// Starts the app. On Android and iOS this is the entry point the platform calls.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    // Before anything holds a key.
    if let Err(error) = process::forbid_core_dumps() {
        eprintln!("Aftercare could not keep itself out of core dumps: {error}");
    }
    let config = config::Config::from_env();
    // Before the web view starts, while this is the only thread.
    process::prepare_the_web_view(&config);
    let builder = tauri::Builder::default();
    // Linux sends its reminders itself (`reminders.rs`); the plugin serves the other platforms.
    #[cfg(not(target_os = "linux"))]
    let builder = builder.plugin(tauri_plugin_notification::init());
    // The phone's own senses (`senses.rs`): their commands are not granted to the page, which
    // reaches them through the app's own.
    // The camera's scan is the one the page calls itself, granted on phones alone
    // (`capabilities/phone.json`).
    #[cfg(mobile)]
    let builder = builder
        .plugin(tauri_plugin_haptics::init())
        .plugin(tauri_plugin_biometric::init())
        .plugin(tauri_plugin_barcode_scanner::init());
    builder
        .setup(move |app| {
            let data_dir = state::data_dir(app.handle(), &config)?;
            // The window is made only once the folder is claimed, and starts hidden, so a
            // second start never flashes one.
            let handle = app.handle().clone();
            let runtime_dir = config.runtime_dir.as_deref();
            match instance::claim(data_dir.path(), runtime_dir, move || {
                tray::show_main(&handle)
            })? {
                instance::Start::First(guard) => app.manage(guard),
                instance::Start::Another => {
                    // Asked to end through the event loop, as any exit is: ending the process
                    // from inside `setup`, while GTK and WebKit were still starting, once
                    // ended it with SIGSEGV instead of 0 (seen in the home journey's second
                    // copy). Nothing else is set up, so the exit hook finds nothing to clean.
                    eprintln!("Aftercare is already open on this data folder: showing it.");
                    app.handle().exit(0);
                    return Ok(());
                }
            };
            let state = state::AppState::start(app.handle(), &config, &data_dir)?;
            app.manage(state);
            // Phones: the answers are registered before the first reminder is handed over.
            #[cfg(mobile)]
            {
                let state = app.state::<state::AppState>();
                state.senses.connect(app.handle());
                let schedule = state.vault().schedule();
                reminders::register_answers(app.handle(), state.content(), &schedule);
            }
            let timer = reminders::start(app.handle());
            app.state::<state::AppState>().set_timer(timer);
            idle::start(app.handle());
            process::exit_on_signals(app.handle());
            // The window first: its web process starts while the tray is set up (30 ms here),
            // instead of after it. The page's first call is answered only once this set-up
            // has returned (it runs on the main thread, which answers them), so the tray is
            // there by then.
            window::create_main(app, &data_dir)?;
            #[cfg(desktop)]
            tray::set_up(app)?;
            tray::show_main(app.handle());
            Ok(())
        })
        .on_window_event(tray::on_window_event)
        .invoke_handler(commands::handle)
        .build(tauri::generate_context!())
        .expect("the app could not start")
        .run(|app, event| match event {
            tauri::RunEvent::Exit => {
                window::on_exit(app);
                instance::on_exit(app);
            }
            // A phone's shortcut to care, on a cold start or while running.
            #[cfg(mobile)]
            tauri::RunEvent::Opened { urls } => shortcuts::opened(app, &urls),
            _ => {}
        });
}
