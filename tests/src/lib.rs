//! The end-to-end harness: the real, built app, driven through `tauri-driver` and
//! `WebKitWebDriver`. Each journey gets its own temporary `AFTERCARE_DATA_DIR`, its own
//! temporary home folder (`HOME` and the XDG folders) and its own ports.
//!
//! Run through `cargo xtask test`, which builds the app, installs the drivers and provides a
//! display. A journey whose prerequisites are missing fails with a message saying so; it never
//! skips.

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::{Duration, Instant},
};

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use tokio::process::Command;

pub mod axe;
pub mod history;
pub mod home;
pub mod keyring;
pub mod keys;
mod notifications;
mod page;
mod processes;
mod start;
pub mod tray;
pub use home::TempHome;
pub use notifications::{Notification, NotificationMonitor};
pub use page::note_typed;
pub use processes::native_window_titles;
use processes::DriverGroup;
use start::{
    activate_services_in_a_session_home, app_binary, free_ports, launcher_for, program,
    wait_for_port,
};

/// How long to wait for the app to show something before calling it broken.
const PATIENCE: Duration = Duration::from_secs(30);
/// Reminders fall due to the whole minute (the schedule file keeps no seconds), so a
/// notification may come up to a minute after its exact time.
const REMINDER_PATIENCE: Duration = Duration::from_secs(95);

/// How to start the app: its theme, extra environment, a data folder to reuse (to start it
/// again over what an earlier run left), and its home folder.
#[derive(Default)]
pub struct Launch {
    pub theme: Theme,
    pub env: Vec<(String, String)>,
    pub data_dir: Option<tempfile::TempDir>,
    /// The home folder to start in (`HOME` and the XDG folders point into it). By default a
    /// fresh temporary one: no journey writes into the real home.
    pub home: Option<PathBuf>,
    /// Leaves `AFTERCARE_DATA_DIR` unset, so the app keeps its data in its default folder,
    /// inside the (temporary) home folder.
    pub default_data_dir: bool,
    /// The program to start instead of the app at `AFTERCARE_APP` (the benchmark's baseline
    /// window, `cargo xtask bench`).
    pub program: Option<PathBuf>,
    /// Starts the drivers, and so the app, with no limit on the size of core files (soft and
    /// hard, with `prlimit`), as on a machine set up to keep them.
    pub core_files_unlimited: bool,
}

/// The system colour scheme the app starts in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// A running app with a WebDriver session on it.
pub struct App {
    pub client: Client,
    journey: &'static str,
    /// The program tauri-driver started (through [`launcher_for`]).
    program: PathBuf,
    /// The folder of the script that starts it.
    _launcher: tempfile::TempDir,
    /// When the WebDriver session was asked for, which is when tauri-driver starts the program.
    session_asked: Instant,
    /// Held for its `Drop`; declared before the folders, so the app stops before they are
    /// removed.
    _driver: DriverGroup,
    data_dir: Option<tempfile::TempDir>,
    home: PathBuf,
    /// The temporary home made for this run, when the journey gave none.
    _own_home: Option<TempHome>,
    default_data_dir: bool,
}

impl App {
    /// Starts the app for one journey, in a fresh data folder, and waits for it to be ready.
    pub async fn launch(journey: &'static str) -> App {
        Self::launch_with(journey, Theme::Light).await
    }

    /// Starts the app in a light or dark system theme.
    pub async fn launch_with(journey: &'static str, theme: Theme) -> App {
        Self::start(
            journey,
            Launch {
                theme,
                ..Launch::default()
            },
        )
        .await
    }

    /// Starts the app as `launch` describes, and waits until it answers taps.
    pub async fn start(journey: &'static str, launch: Launch) -> App {
        let app = Self::open(journey, launch).await;
        app.wait_for("body[data-ready='true']").await;
        app
    }

    /// Starts the program as `launch` describes and returns as soon as WebDriver has a session
    /// on it, without waiting for its page (see [`App::session_asked`]).
    pub async fn open(journey: &'static str, launch: Launch) -> App {
        let Launch {
            theme,
            env,
            data_dir,
            home,
            default_data_dir,
            program: chosen,
            core_files_unlimited,
        } = launch;
        let app = chosen.unwrap_or_else(app_binary);
        let tauri_driver = program("TAURI_DRIVER", "tauri-driver");
        let webkit_driver = program("WEBKIT_WEBDRIVER", "WebKitWebDriver");
        assert!(
            std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some(),
            "no display: run the journeys through `cargo xtask test`, which uses xvfb-run"
        );

        activate_services_in_a_session_home();

        let data_dir = data_dir.unwrap_or_else(|| {
            tempfile::Builder::new()
                .prefix("aftercare-e2e-")
                .tempdir()
                .expect("temporary data dir")
        });
        let own_home = home.is_none().then(TempHome::new);
        let home = home.unwrap_or_else(|| own_home.as_ref().unwrap().path().to_path_buf());
        let [port, native_port] = free_ports();
        let mut command = if core_files_unlimited {
            // prlimit sets the limits and then becomes tauri-driver (same process).
            let mut raised = Command::new("prlimit");
            raised
                .args(["--core=unlimited:unlimited", "--"])
                .arg(&tauri_driver);
            raised
        } else {
            Command::new(&tauri_driver)
        };
        // The app follows the system's language: English, whatever the machine's, unless the
        // journey says another (its `env`).
        command
            .env("LANGUAGE", "en")
            .envs(home::env(&home))
            .envs(env);
        if default_data_dir {
            command.env_remove("AFTERCARE_DATA_DIR");
        } else {
            // A folder inside the temporary one, not yet there: the app must create it.
            command.env("AFTERCARE_DATA_DIR", data_dir.path().join("data"));
        }
        let driver = command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .arg("--native-driver")
            .arg(&webkit_driver)
            // WebKitGTK answers `prefers-color-scheme` from the GTK theme.
            .env(
                "GTK_THEME",
                match theme {
                    Theme::Light => "Adwaita",
                    Theme::Dark => "Adwaita:dark",
                },
            )
            // The drivers' output, and so the app's and its web view's, is the journey's own
            // (`cargo xtask journeys` keeps it and looks in it for every word typed).
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            // Started from the home folder, as from a desktop's launcher: the app's working
            // folder is there too (where a core file would go).
            .current_dir(&home)
            // Its own process group, so the driver, WebKitWebDriver and the app stop together.
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", tauri_driver.display()));
        // From here on, a panic (no session, say) still stops the drivers and the app.
        let driver = DriverGroup(driver);
        // tauri-driver listens at once but starts WebKitWebDriver behind it; on a busy machine
        // that can take a while, and a session asked for before then is dropped.
        wait_for_port(port).await;
        wait_for_port(native_port).await;

        let (launcher, started_by) = launcher_for(&app);
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), "wry".into());
        capabilities.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": started_by }),
        );
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(capabilities);
        let url = format!("http://127.0.0.1:{port}");
        let mut tries = 0;
        let (client, session_asked) = loop {
            let asked = Instant::now();
            match builder.connect(&url).await {
                Ok(client) => break (client, asked),
                Err(error) if tries < 3 => {
                    tries += 1;
                    eprintln!("[{journey}] WebDriver session not ready ({error}); trying again");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                Err(error) => panic!("[{journey}] no WebDriver session on the app: {error}"),
            }
        };

        App {
            client,
            journey,
            program: app,
            _launcher: launcher,
            session_asked,
            _driver: driver,
            data_dir: Some(data_dir),
            home,
            _own_home: own_home,
            default_data_dir,
        }
    }

    /// When the (last, successful) WebDriver session was asked for: tauri-driver then has
    /// WebKitWebDriver start the program, so this is the program's launch as the harness sees it.
    pub fn session_asked(&self) -> Instant {
        self.session_asked
    }

    /// The app's data folder: the journey's own, as given in `AFTERCARE_DATA_DIR`, or the
    /// default one inside the home folder.
    pub fn data_dir(&self) -> PathBuf {
        if self.default_data_dir {
            return home::default_data_dir(&self.home);
        }
        self.data_dir
            .as_ref()
            .expect("the data folder")
            .path()
            .join("data")
    }

    /// The home folder the app runs in.
    pub fn home(&self) -> &Path {
        &self.home
    }

    /// Ends the session; dropping the `App` then stops the app and the drivers.
    pub async fn finish(self) {
        let _ = self.client.clone().close().await;
    }

    /// Stops the app as if it were quit, keeping its data folder for a later start.
    pub async fn quit_keeping_data(mut self) -> tempfile::TempDir {
        let pid = self.app_pid();
        let journey = self.journey;
        let _ = self.client.clone().close().await;
        let data_dir = self.data_dir.take().expect("the data folder");
        drop(self);
        // The next start on this folder must not find this copy still closing: it would hand
        // over to it and end, and its session would never begin (seen once on a busy machine).
        processes::wait_until_ended(journey, pid).await;
        data_dir
    }
}
