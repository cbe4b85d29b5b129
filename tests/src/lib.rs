//! The end-to-end harness: the real, built app, driven through `tauri-driver` and
//! `WebKitWebDriver`. Each journey gets its own temporary `AFTERCARE_DATA_DIR`, its own
//! temporary home folder (`HOME` and the XDG folders) and its own ports.
//!
//! Run through `cargo xtask test`, which builds the app, installs the drivers and provides a
//! display. A journey whose prerequisites are missing fails with a message saying so; it never
//! skips.

use std::{
    net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::Stdio,
    time::{Duration, Instant},
};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use tokio::process::{Child, Command};

pub mod axe;
pub mod history;
pub mod home;
pub mod keyring;
pub mod keys;
pub mod tray;
pub use home::TempHome;

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
        command.envs(home::env(&home)).envs(env);
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

    /// Waits until an element matching `css` exists, and returns it.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("[{}] `{css}` never appeared: {e}", self.journey))
    }

    /// Waits until `css` matches a displayed element.
    pub async fn wait_visible(&self, css: &str) -> Element {
        let start = Instant::now();
        loop {
            let element = self.wait_for(css).await;
            if element.is_displayed().await.unwrap_or(false) {
                return element;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] `{css}` exists but never became visible",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Clicks the element matching `css` once it is visible.
    pub async fn click(&self, css: &str) {
        self.wait_visible(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("[{}] click {css}: {e}", self.journey));
    }

    /// Types into the field matching `css`, replacing what is there.
    pub async fn type_into(&self, css: &str, text: &str) {
        note_typed(text);
        let field = self.wait_visible(css).await;
        field.clear().await.unwrap();
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("[{}] type into {css}: {e}", self.journey));
    }

    /// The visible text of the element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    /// What the field matching `css` holds (its `value`, which its text does not show).
    pub async fn value(&self, css: &str) -> String {
        let field = self.wait_for(css).await;
        field.prop("value").await.unwrap().unwrap_or_default()
    }

    /// Waits until the element matching `css` shows text containing `wanted`.
    pub async fn wait_text(&self, css: &str, wanted: &str) -> String {
        self.wait_text_within(css, wanted, PATIENCE).await
    }

    /// Waits up to `patience` until the element matching `css` shows text containing `wanted`
    /// (for what comes only after a while, as the auto-lock does).
    pub async fn wait_text_within(&self, css: &str, wanted: &str, patience: Duration) -> String {
        let start = Instant::now();
        loop {
            // The page may draw the element again between finding and reading it (a list
            // redrawn after a save): then it is simply looked for again.
            let text = self.wait_for(css).await.text().await.unwrap_or_default();
            if text.contains(wanted) {
                return text;
            }
            assert!(
                start.elapsed() < patience,
                "[{}] `{css}` never showed {wanted:?}; it shows {text:?}",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the screen named `view` (the `data-view` of the body) is showing.
    pub async fn wait_view(&self, view: &str) {
        self.wait_visible(&format!("#view-{view}")).await;
        let start = Instant::now();
        while self.script("return document.body.dataset.view").await != serde_json::json!(view) {
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] never reached the {view} screen",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The browser's Back, as a phone's back gesture is.
    pub async fn back(&self) {
        self.client.back().await.expect("back");
    }

    /// Back, then waits until the page has shown the screen Back led to (it notes the address
    /// of each screen it finished showing in `data-route`), and returns that screen's name.
    pub async fn back_to_the_next_screen(&self) -> String {
        let before = self.script("return location.href").await;
        self.back().await;
        let start = Instant::now();
        loop {
            let seen = self
                .script(
                    "return [location.href, location.hash || '#/', document.body.dataset.route, \
                     document.body.dataset.view]",
                )
                .await;
            if seen[0] != before && seen[1] == seen[2] {
                return seen[3].as_str().unwrap_or_default().to_owned();
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] Back led nowhere the page showed: {seen}",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The reminder timer's file as the app last wrote it (`reminder-schedule` in the data
    /// folder, due minutes only); empty when there is none.
    pub fn schedule(&self) -> aftercare_core::reminders::Schedule {
        use aftercare_core::vault::{schedule_file, vouched, SCHEDULE_FILE};
        let Ok(bytes) = std::fs::read(self.data_dir().join(SCHEDULE_FILE)) else {
            return Default::default(); // none written: nothing pending
        };
        // The journey holds no key to check the envelope's tag with; the app checks it.
        let body = vouched::open(None, SCHEDULE_FILE, &bytes)
            .for_locked_use(false)
            .unwrap_or_else(|| panic!("[{}] the schedule's envelope is damaged", self.journey));
        schedule_file::decode(body).unwrap_or_else(|| {
            panic!(
                "[{}] the schedule file does not read as a schedule",
                self.journey
            )
        })
    }

    /// Waits until the reminder timer has nothing left to show: what was due is shown, and
    /// written down as such, so it cannot be shown again.
    pub async fn wait_until_no_reminder_is_pending(&self) {
        let start = Instant::now();
        loop {
            let schedule = self.schedule();
            if schedule.pending.is_empty() {
                return;
            }
            assert!(
                start.elapsed() < REMINDER_PATIENCE,
                "[{}] reminders still pending: {:?}",
                self.journey,
                schedule.pending
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The browser's Forward.
    pub async fn forward(&self) {
        self.client.forward().await.expect("forward");
    }

    /// Reloads the page and waits until it answers taps again.
    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload");
        self.wait_for("body[data-ready='true']").await;
    }

    /// Goes to a screen by its address, as a link would.
    pub async fn go(&self, hash: &str) {
        self.script(&format!("location.hash = '{hash}'; return null"))
            .await;
    }

    /// Every element matching `css`.
    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find_all")
    }

    /// Runs a script in the page and returns its value.
    pub async fn script(&self, js: &str) -> serde_json::Value {
        self.client
            .execute(js, vec![])
            .await
            .unwrap_or_else(|e| panic!("[{}] script failed: {e}", self.journey))
    }

    /// Runs an asynchronous script: it calls `arguments[arguments.length - 1]` with its result.
    pub async fn script_async(&self, js: &str) -> serde_json::Value {
        self.client
            .execute_async(js, vec![])
            .await
            .unwrap_or_else(|e| panic!("[{}] script failed: {e}", self.journey))
    }

    /// Waits until the app's native window is titled `wanted`, as the X server holds its name
    /// (`xwininfo`, from x11-utils): what a task bar, window switcher or screen share shows.
    /// The document's title is another thing (WebDriver's `title`).
    pub async fn wait_window_title(&self, wanted: &str) {
        let start = Instant::now();
        loop {
            let titles = native_window_titles();
            if titles.iter().any(|t| t == wanted) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] the window was never titled {wanted:?}: {titles:?}",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a screenshot as `target/e2e-shots/<journey>-<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = shots_dir();
        std::fs::create_dir_all(&dir).expect("create target/e2e-shots");
        let path = dir.join(format!("{}-{name}.png", self.journey));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    /// Starts the app a second time on this journey's data folder, as a person would from the
    /// launcher, and returns how it ended. It is expected to hand over to this one and exit.
    pub async fn start_second_copy(&self) -> std::process::ExitStatus {
        let mut second = Command::new(app_binary())
            .envs(home::env(&self.home))
            .env("AFTERCARE_DATA_DIR", self.data_dir())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("[{}] cannot start a second copy: {e}", self.journey));
        match tokio::time::timeout(PATIENCE, second.wait()).await {
            Ok(status) => status.expect("the second copy's exit status"),
            Err(_) => panic!(
                "[{}] a second copy on the same data folder kept running",
                self.journey
            ),
        }
    }

    /// The app's process: the program at `AFTERCARE_APP` (or the one `Launch` named), among
    /// this journey's processes.
    pub fn app_pid(&self) -> u32 {
        let app = self.program.canonicalize().expect("the app's path");
        self._driver
            .processes()
            .into_iter()
            .find(|(_, exe)| *exe == app)
            .map(|(pid, _)| pid)
            .unwrap_or_else(|| panic!("[{}] the app is not running", self.journey))
    }

    /// Sends `signal` (a name such as `TERM`) to the app, and waits until it and its web
    /// view's processes have exited.
    pub async fn signal_and_wait(&self, signal: &str) {
        let pid = self.app_pid();
        let sent = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid.to_string()])
            .status()
            .expect("kill");
        assert!(sent.success(), "[{}] kill -{signal} {pid}", self.journey);
        let app = self.program.canonicalize().expect("the app's path");
        let start = Instant::now();
        loop {
            let left: Vec<_> = self
                ._driver
                .processes()
                .into_iter()
                .filter(|(_, exe)| *exe == app || is_webkit_helper(exe))
                .collect();
            if left.is_empty() {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] still running after SIG{signal}: {left:?}",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until process `pid` has ended: gone, or a zombie its parent has not yet reaped
    /// (a core file, if any, is written before then).
    pub async fn wait_until_gone(&self, pid: u32) {
        let start = Instant::now();
        loop {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // `pid (name) state …`
            let state = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().next());
            if matches!(state, None | Some("Z" | "X")) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "[{}] process {pid} is still running",
                self.journey
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The app's process and every process descended from it (its web view's: WebKit's web
    /// and network processes, and the sandbox that starts them), by process id.
    pub fn app_and_descendants(&self) -> Vec<u32> {
        let mut parents = std::collections::HashMap::<u32, Vec<u32>>::new();
        for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // `pid (name) state ppid …`; the name may hold spaces and parentheses.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse().ok());
            if let Some(ppid) = ppid {
                parents.entry(ppid).or_default().push(pid);
            }
        }
        let mut found = vec![self.app_pid()];
        let mut next = 0;
        while let Some(&pid) = found.get(next) {
            found.extend(parents.get(&pid).into_iter().flatten());
            next += 1;
        }
        found
    }

    /// Ends the session; dropping the `App` then stops the app and the drivers.
    pub async fn finish(self) {
        let _ = self.client.clone().close().await;
    }

    /// Stops the app as if it were quit, keeping its data folder for a later start.
    pub async fn quit_keeping_data(mut self) -> tempfile::TempDir {
        let _ = self.client.clone().close().await;
        let data_dir = self.data_dir.take().expect("the data folder");
        drop(self);
        data_dir
    }
}

/// Records the notifications sent on the session bus (`org.freedesktop.Notifications.Notify`),
/// as a notification server sees them, with `dbus-monitor`.
pub struct NotificationMonitor {
    child: std::process::Child,
    seen: std::sync::Arc<std::sync::Mutex<String>>,
}

/// One `Notify` call: the application's name and icon it gives, its summary (title) and body,
/// and its actions (id, label, id, label, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub app_name: String,
    pub icon: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
}

impl NotificationMonitor {
    pub fn start() -> NotificationMonitor {
        use std::io::Read;
        assert!(
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            "no session bus: run the journeys through `cargo xtask test` (dbus-run-session)"
        );
        let mut child = std::process::Command::new("dbus-monitor")
            .args([
                "--session",
                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
                // The server's replies, which carry each notification's id.
                "type='method_return'",
                // The harness's own marks (`caught_up`).
                &format!("type='signal',interface='{MARK_INTERFACE}'"),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-monitor (package dbus-x11 or dbus-bin) is installed by cargo xtask test");
        let mut stdout = child.stdout.take().unwrap();
        let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let sink = seen.clone();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        // Once the bus made it a monitor, its own name is taken from it (`NameLost`, which
        // dbus-monitor prints): from then on it sees every call.
        let start = Instant::now();
        while !seen.lock().unwrap().contains("member=NameLost") {
            assert!(
                start.elapsed() < PATIENCE,
                "dbus-monitor never became a monitor"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        NotificationMonitor { child, seen }
    }

    /// The `Notify` calls so far, each as dbus-monitor printed it (up to the next message).
    fn calls(&self) -> Vec<String> {
        let text = self.seen.lock().unwrap().clone();
        let messages = split_messages(&text);
        messages
            .into_iter()
            .filter(|m| m.starts_with("method call") && m.contains("member=Notify"))
            .collect()
    }

    /// Every `Notify` call so far.
    pub fn notifications(&self) -> Vec<Notification> {
        self.calls()
            .iter()
            .map(|call| {
                let strings = |part: &str| -> Vec<String> {
                    part.lines()
                        .filter_map(|line| line.trim().strip_prefix("string \""))
                        .map(|rest| rest.trim_end_matches('"').to_owned())
                        .collect()
                };
                // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
                // the first `array [` is the actions, up to its closing `]`.
                let (head, rest) = call.split_once("array [").unwrap_or((call, ""));
                let actions = rest.split("\n   ]").next().unwrap_or_default();
                let head = strings(head);
                Notification {
                    app_name: head.first().cloned().unwrap_or_default(),
                    icon: head.get(1).cloned().unwrap_or_default(),
                    summary: head.get(2).cloned().unwrap_or_default(),
                    body: head.get(3).cloned().unwrap_or_default(),
                    actions: strings(actions),
                }
            })
            .collect()
    }

    /// The id the notification server gave the `n`th notification (from its reply).
    pub async fn id(&self, n: usize) -> u32 {
        let start = Instant::now();
        loop {
            let text = self.seen.lock().unwrap().clone();
            let messages = split_messages(&text);
            let call = self.calls().get(n).cloned().unwrap_or_default();
            let field = |message: &str, name: &str| -> Option<String> {
                let first = message.lines().next()?;
                let at = first.find(&format!(" {name}="))? + name.len() + 2;
                Some(
                    first[at..]
                        .split_whitespace()
                        .next()?
                        .trim_end_matches(';')
                        .to_owned(),
                )
            };
            let (sender, serial) = (field(&call, "sender"), field(&call, "serial"));
            let reply = messages.iter().find(|m| {
                m.starts_with("method return")
                    && field(m, "destination") == sender
                    && field(m, "reply_serial") == serial
            });
            if let Some(id) = reply.and_then(|r| {
                r.lines()
                    .find_map(|l| l.trim().strip_prefix("uint32 "))
                    .and_then(|n| n.parse().ok())
            }) {
                return id;
            }
            assert!(
                start.elapsed() < REMINDER_PATIENCE,
                "no id for notification {n}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Presses `action` on notification `id` ("default": the notification itself), as a
    /// person does: through the notification server, dunst, whose context menu (`dunstctl
    /// context`) lists each action of each notification on screen and runs the program its
    /// settings name (`choose-answer`, written by this harness) to choose one. Dunst then sends
    /// `ActionInvoked` from its own connection, as a server does.
    pub async fn answer(&self, id: u32, action: &str) {
        // The person answers what is on screen: dunst shows a notification a little after
        // taking it, and its menu lists only what it shows.
        let start = Instant::now();
        loop {
            let shown = std::process::Command::new("dunstctl")
                .args(["count", "displayed"])
                .output()
                .expect("dunstctl (package dunst) is installed by cargo xtask test");
            let shown: u32 = String::from_utf8_lossy(&shown.stdout)
                .trim()
                .parse()
                .unwrap_or(0);
            if shown > 0 {
                break;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "dunst never showed notification {id}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let home = session_home();
        std::fs::write(home.join("answer"), format!("[{id},{action}]"))
            .expect("the answer for dunst's menu");
        let status = std::process::Command::new("dunstctl")
            .arg("context")
            .status()
            .expect("dunstctl (package dunst) is installed by cargo xtask test");
        assert!(status.success(), "dunstctl context");
    }

    /// Sends `ActionInvoked(id, action)` on the session bus from a connection of its own
    /// (`dbus-send`): the signal a notification server sends, forged by another program.
    pub fn forge(&self, id: u32, action: &str) {
        let status = std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--type=signal",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications.ActionInvoked",
                &format!("uint32:{id}"),
                &format!("string:{action}"),
            ])
            .status()
            .expect("dbus-send (package dbus) is installed");
        assert!(status.success());
    }

    /// Waits until the monitor has seen everything sent on the bus before now: it sends a
    /// mark of its own and waits for it, and the bus hands a monitor every message in the order
    /// it routed them. Then a notification not in [`NotificationMonitor::notifications`] was
    /// never sent.
    pub async fn caught_up(&self) {
        static MARKS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let mark = format!(
            "mark-{}-{}",
            std::process::id(),
            MARKS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let status = std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--type=signal",
                "/care/aftercare/e2e",
                &format!("{MARK_INTERFACE}.Mark"),
                &format!("string:{mark}"),
            ])
            .status()
            .expect("dbus-send (package dbus) is installed");
        assert!(status.success());
        let start = Instant::now();
        while !self.seen.lock().unwrap().contains(&mark) {
            assert!(
                start.elapsed() < PATIENCE,
                "the monitor never saw its own mark"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits until at least `count` notifications were sent, and returns them all.
    pub async fn wait_for(&self, count: usize) -> Vec<Notification> {
        let start = Instant::now();
        loop {
            let seen = self.notifications();
            if seen.len() >= count {
                return seen;
            }
            assert!(
                start.elapsed() < REMINDER_PATIENCE,
                "only {} notifications were sent, not {count}",
                seen.len()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// The interface of the harness's marks on the bus (`NotificationMonitor::caught_up`).
const MARK_INTERFACE: &str = "care.aftercare.E2e";

/// dbus-monitor's output, one message each (every message starts at the line's beginning).
fn split_messages(text: &str) -> Vec<String> {
    let mut messages: Vec<String> = Vec::new();
    for line in text.lines() {
        if !line.starts_with(' ') && !line.is_empty() {
            messages.push(String::new());
        }
        if let Some(last) = messages.last_mut() {
            last.push_str(line);
            last.push('\n');
        }
    }
    messages
}

impl Drop for NotificationMonitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// tauri-driver, in its own process group with WebKitWebDriver and the app.
struct DriverGroup(Child);

impl DriverGroup {
    /// Every process in the group, with the program it runs.
    fn processes(&self) -> Vec<(u32, PathBuf)> {
        let Some(group) = self.0.id() else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            // `pid (name) state ppid pgrp …`; the name may hold spaces and parentheses.
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            let Some((_, rest)) = stat.rsplit_once(')') else {
                continue;
            };
            let pgrp = rest.split_whitespace().nth(2).and_then(|g| g.parse().ok());
            if pgrp == Some(group) {
                if let Ok(exe) = std::fs::read_link(entry.path().join("exe")) {
                    found.push((pid, exe));
                }
            }
        }
        found
    }
}

/// WebKit's own processes for a web view (the page, the network, the GPU), not its WebDriver.
fn is_webkit_helper(exe: &Path) -> bool {
    exe.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.starts_with("WebKit") && name != "WebKitWebDriver")
}

impl Drop for DriverGroup {
    /// Stops the whole process group (tauri-driver, WebKitWebDriver, the app), also when a
    /// journey fails half-way or never gets a session, so that nothing is left running.
    fn drop(&mut self) {
        if let Some(pid) = self.0.id() {
            let group = format!("-{pid}");
            for signal in ["-TERM", "-KILL"] {
                let _ = std::process::Command::new("kill")
                    .args([signal, "--", &group])
                    .stderr(Stdio::null())
                    .status();
                std::thread::sleep(Duration::from_millis(200));
            }
        }
    }
}

fn app_binary() -> PathBuf {
    let path = std::env::var_os("AFTERCARE_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/debug/aftercare"));
    assert!(
        path.is_file(),
        "the app is not built at {}: run the journeys through `cargo xtask test`",
        path.display()
    );
    path
}

fn program(env: &str, name: &str) -> PathBuf {
    let path = std::env::var_os(env)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(name));
    let found = path.is_file()
        || std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|dir| dir.join(&path).is_file()));
    assert!(found, "{name} is missing: `cargo xtask test` installs it");
    path
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn shots_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
        .join("e2e-shots")
}

/// The names of the app's top-level windows on the display (the ones whose class is the
/// program's, `("aftercare" "Aftercare")`).
pub fn native_window_titles() -> Vec<String> {
    let out = std::process::Command::new("xwininfo")
        .args(["-root", "-tree"])
        .output()
        .expect("xwininfo (package x11-utils) is installed by cargo xtask test");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|line| line.contains("(\"aftercare\" "))
        .filter_map(|line| {
            let name = &line[line.find('"')? + 1..];
            Some(name[..name.find("\": (")?].to_owned())
        })
        .collect()
}

/// D-Bus starts some services when first asked (the notification server; GNOME Keyring's
/// daemon when the app looks for the Secret Service) with the bus's environment, which is that
/// of `cargo xtask test`: the real home, where a desktop's login keyring may be, locked, so
/// that asking for it would wait for a password prompt. Once per run, before the first app
/// starts, such services are pointed at a home folder of their own under the target folder
/// (not a journey's home, whose files the footprint journey lists). There GNOME Keyring finds
/// no keyring and asks for nothing: the app has no key store, as on a session without one.
fn activate_services_in_a_session_home() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        assert!(
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            "no session bus: run the journeys through `cargo xtask test` (dbus-run-session)"
        );
        let home = session_home();
        let _ = std::fs::remove_dir_all(&home);
        std::fs::create_dir_all(&home).expect("the session services' home folder");
        write_dunst_settings(&home);
        let vars: Vec<String> = home::env(&home)
            .into_iter()
            .map(|(name, path)| format!("{name}={}", path.display()))
            .collect();
        let updated = std::process::Command::new("dbus-update-activation-environment")
            .args(&vars)
            .status()
            .expect("dbus-update-activation-environment (package dbus-bin, with dbus-x11)");
        assert!(
            updated.success(),
            "dbus-update-activation-environment {vars:?}"
        );
    });
}

/// A script that starts `program` with its standard output sent where its errors go (the
/// journey's own output): tauri-driver throws away the output of what it starts, and with it
/// the app's. The script replaces itself with the program (`exec`), so the process is the
/// program's. Returns the script's folder (removed when dropped) and the script.
fn launcher_for(program: &Path) -> (tempfile::TempDir, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::Builder::new()
        .prefix("aftercare-e2e-launcher-")
        .tempdir()
        .expect("a folder for the launcher");
    let script = folder.path().join("start");
    let program = program.display().to_string();
    assert!(
        !program.contains('\''),
        "a program path without quotes: {program}"
    );
    std::fs::write(
        &script,
        format!("#!/bin/sh\nexec '{program}' \"$@\" 1>&2\n"),
    )
    .expect("the launcher");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
        .expect("the launcher is a program");
    (folder, script)
}

/// Notes `text` as typed into the app, for `cargo xtask journeys`, which then looks for it in
/// the journey's output (the app's and WebKit's included): nothing a person types belongs in a
/// log. One JSON string a line, in the file `AFTERCARE_E2E_TYPED` names.
pub fn note_typed(text: &str) {
    use std::io::Write;
    let Some(path) = std::env::var_os("AFTERCARE_E2E_TYPED") else {
        return;
    };
    let line = serde_json::to_string(text).expect("text is JSON") + "\n";
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(line.as_bytes()))
        .unwrap_or_else(|e| panic!("cannot note what was typed in {path:?}: {e}"));
}

/// The home folder of the services D-Bus starts for the journeys. `cargo xtask test` runs two
/// journeys at a time, each under its own bus: one folder per worker, so one never clears the
/// folder the other's services are using.
fn session_home() -> PathBuf {
    let worker = std::env::var("AFTERCARE_E2E_WORKER").unwrap_or_else(|_| "0".into());
    shots_dir().with_file_name(format!("e2e-session-home-{worker}"))
}

/// Dunst's settings in the services' home: notifications stay on screen until answered (a
/// journey may take longer than the usual ten seconds to press a button), and its context
/// menu, where a person picks an action, is `choose-answer`: it picks the line of the
/// notification and action written in the file `answer` ("[<id>,<action>]", as dunst ends
/// each line).
fn write_dunst_settings(home: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let chooser = home.join("choose-answer");
    let script = format!(
        "#!/bin/sh\nexec grep -F -m 1 -- \"$(cat '{}')\"\n",
        home.join("answer").display()
    );
    std::fs::write(&chooser, script).expect("dunst's chooser");
    std::fs::set_permissions(&chooser, std::fs::Permissions::from_mode(0o755))
        .expect("dunst's chooser is a program");
    let settings = home.join(".config/dunst/dunstrc");
    std::fs::create_dir_all(settings.parent().unwrap()).expect("dunst's settings folder");
    let mut text = format!("[global]\n    dmenu = {}\n", chooser.display());
    for urgency in ["low", "normal", "critical"] {
        text.push_str(&format!("[urgency_{urgency}]\n    timeout = 0\n"));
    }
    std::fs::write(settings, text).expect("dunst's settings");
}

/// Two different free ports. Both are held until both are known: a port let go at once can be
/// handed out again by the next bind, and then tauri-driver and WebKitWebDriver were given the
/// same one (WebKitWebDriver: "Unable to listen for HTTP server").
fn free_ports() -> [u16; 2] {
    let bind = || TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a free port");
    let held = [bind(), bind()];
    held.map(|listener| listener.local_addr().expect("its address").port())
}

async fn wait_for_port(port: u16) {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let start = Instant::now();
    while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
        assert!(
            start.elapsed() < PATIENCE,
            "tauri-driver never listened on port {port}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
