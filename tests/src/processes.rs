//! The app's processes: a second copy started, signals sent, the tree of processes under the
//! drivers, and the native windows on the display.

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::{Duration, Instant},
};

use tokio::process::{Child, Command};

use crate::{home, start::app_binary, App, PATIENCE};

impl App {
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
        wait_until_ended(self.journey, pid).await;
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
}

/// tauri-driver, in its own process group with WebKitWebDriver and the app.
pub(crate) struct DriverGroup(pub(crate) Child);

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

/// Waits until process `pid` has ended: gone, or a zombie its parent has not yet reaped (a core
/// file, if any, is written before then); fails `journey` after [`PATIENCE`].
pub(crate) async fn wait_until_ended(journey: &str, pid: u32) {
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
            "[{journey}] process {pid} is still running"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
