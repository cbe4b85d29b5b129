//! A real Secret Service for a journey: GNOME Keyring's daemon on the journey's session bus,
//! with its keyrings in a temporary home folder of its own (never the real home's), and a
//! default "login" keyring, made and unlocked at start as a desktop's login does.
//!
//! In a session without a desktop, `gnome-keyring-daemon --unlock` reads the login password
//! on its standard input, makes the "login" keyring with it when there is none, and unlocks
//! it; the Secret Service's `default` alias names "login" unless told otherwise. Started as
//! D-Bus activation does (`--start`, no password), it has no default keyring and asks for
//! nothing: then the app has no key store, as in every other journey.
//!
//! `--replace` takes the bus name `org.freedesktop.secrets` over from a daemon the bus
//! started for an earlier journey. Stopping the daemon (`stop`, or dropping it, also when a
//! journey fails half-way) frees the name again, so later journeys run as before.

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use crate::{home, TempHome};

/// The bus name of the Secret Service.
const SECRET_SERVICE: &str = "org.freedesktop.secrets";
/// The "login" keyring's password. Only ever in a temporary home folder.
const LOGIN_PASSWORD: &str = "journey login password";
const PATIENCE: Duration = Duration::from_secs(20);

/// The folder a keyring daemon keeps its keyrings in: its own temporary home, removed when
/// dropped. Start a daemon on it again to come back to the same keyrings.
pub struct KeyringHome(TempHome);

impl KeyringHome {
    pub fn new() -> KeyringHome {
        KeyringHome(TempHome::new())
    }

    pub fn path(&self) -> &Path {
        self.0.path()
    }

    /// The keyring files kept there (`login.keyring`, …).
    pub fn keyrings(&self) -> Vec<String> {
        home::contents(&self.path().join(".local/share/keyrings"))
    }
}

impl Default for KeyringHome {
    fn default() -> Self {
        KeyringHome::new()
    }
}

/// A running `gnome-keyring-daemon` that owns the Secret Service on the session bus, with an
/// unlocked default "login" keyring. Stopped when dropped.
pub struct KeyringDaemon {
    child: Child,
    home: PathBuf,
}

impl KeyringDaemon {
    /// Starts the daemon over `home`'s keyrings and waits until it answers as the Secret
    /// Service with its "login" keyring as the default one, unlocked. Fails, never skips,
    /// when GNOME Keyring or libsecret's `secret-tool` is missing.
    pub fn start(home: &KeyringHome) -> KeyringDaemon {
        assert!(
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            "no session bus: run the journeys through `cargo xtask test` (dbus-run-session)"
        );
        let daemon = crate::start::program("GNOME_KEYRING_DAEMON", "gnome-keyring-daemon");
        // Checked here, so that a missing package fails at the start, not half-way.
        crate::start::program("SECRET_TOOL", "secret-tool");
        let mut child = Command::new(&daemon)
            .args([
                "--replace",
                "--unlock",
                "--components=secrets",
                "--foreground",
            ])
            .envs(home::env(home.path()))
            .current_dir(home.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", daemon.display()));
        // The password, then end of input: that is how it knows the password is whole.
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(LOGIN_PASSWORD.as_bytes()).unwrap();
        drop(stdin);
        let daemon = KeyringDaemon {
            child,
            home: home.path().to_path_buf(),
        };
        daemon.wait_until_serving();
        daemon
    }

    /// Waits until this daemon owns the Secret Service's name, its `default` alias is the
    /// "login" keyring, and that keyring is unlocked.
    fn wait_until_serving(&self) {
        let start = Instant::now();
        let pid = self.child.id();
        while owner_pid() != Some(pid) {
            assert!(
                start.elapsed() < PATIENCE,
                "gnome-keyring-daemon (pid {pid}) never took the Secret Service's bus name \
                 (held by {:?})",
                owner_pid()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let default = bus_call(&[
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.ReadAlias",
            "string:default",
        ]);
        assert!(
            default.contains("\"/org/freedesktop/secrets/collection/login\""),
            "the default keyring is not \"login\": {default}"
        );
        let locked = bus_call(&[
            "/org/freedesktop/secrets/collection/login",
            "org.freedesktop.DBus.Properties.Get",
            "string:org.freedesktop.Secret.Collection",
            "string:Locked",
        ]);
        assert!(
            locked.contains("boolean false"),
            "the login keyring is locked: {locked}"
        );
        assert!(
            self.home
                .join(".local/share/keyrings/login.keyring")
                .is_file(),
            "the login keyring is kept in the daemon's own home"
        );
    }

    /// Stops the daemon and waits until the bus name is free.
    pub fn stop(self) {
        drop(self);
    }

    fn stop_now(&mut self) {
        let pid = self.child.id();
        let _ = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
        let start = Instant::now();
        loop {
            match self.child.try_wait() {
                Ok(Some(_)) | Err(_) => break,
                Ok(None) if start.elapsed() > Duration::from_secs(5) => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    break;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
        let start = Instant::now();
        while owner_pid() == Some(pid) && start.elapsed() < PATIENCE {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for KeyringDaemon {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// One item of the Secret Service: its attributes, as `secret-tool search` lists them.
pub type Attributes = Vec<(String, String)>;

/// Every item whose attribute `service` is `service`, in every keyring of the running Secret
/// Service (`secret-tool search --all`), with their attributes.
pub fn items(service: &str) -> Vec<Attributes> {
    let tool = crate::start::program("SECRET_TOOL", "secret-tool");
    let out = Command::new(tool)
        .args(["search", "--all", "service", service])
        .stdin(Stdio::null())
        .output()
        .expect("secret-tool");
    // Each item starts with its path, `[/1]`; then `label = …`, `secret = …`, and one
    // `attribute.name = value` line per attribute (on standard output or error, by version).
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut found: Vec<Attributes> = Vec::new();
    for line in text.lines() {
        if line.starts_with('[') && line.ends_with(']') {
            found.push(Vec::new());
        } else if let Some((name, value)) = line
            .strip_prefix("attribute.")
            .and_then(|rest| rest.split_once(" = "))
        {
            if let Some(item) = found.last_mut() {
                item.push((name.to_owned(), value.to_owned()));
            }
        }
    }
    found
}

/// The process that owns the Secret Service's bus name, if any (asking the bus does not
/// start one).
fn owner_pid() -> Option<u32> {
    let out = Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            &format!("string:{SECRET_SERVICE}"),
        ])
        .stderr(Stdio::null())
        .output()
        .expect("dbus-send (package dbus-bin, with dbus-x11) is installed by cargo xtask test");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .skip_while(|word| *word != "uint32")
        .nth(1)
        .and_then(|pid| pid.parse().ok())
}

/// Calls the Secret Service over the bus and returns the reply as `dbus-send` prints it.
fn bus_call(args: &[&str]) -> String {
    let out = Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            &format!("--dest={SECRET_SERVICE}"),
        ])
        .args(args)
        .output()
        .expect("dbus-send");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
