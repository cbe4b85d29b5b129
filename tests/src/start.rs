//! What starting a journey's app needs: the programs (the app, the drivers), free ports, the
//! launcher that keeps the app's output, and a home of their own for the services D-Bus starts.

use std::{
    net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream},
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use crate::{home, PATIENCE};

pub(crate) fn app_binary() -> PathBuf {
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

pub(crate) fn program(env: &str, name: &str) -> PathBuf {
    let path = std::env::var_os(env)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(name));
    let found = path.is_file()
        || std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|dir| dir.join(&path).is_file()));
    assert!(found, "{name} is missing: `cargo xtask test` installs it");
    path
}

pub(crate) fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// D-Bus starts some services when first asked (the notification server; GNOME Keyring's
/// daemon when the app looks for the Secret Service) with the bus's environment, which is that
/// of `cargo xtask test`: the real home, where a desktop's login keyring may be, locked, so
/// that asking for it would wait for a password prompt. Once per run, before the first app
/// starts, such services are pointed at a home folder of their own under the target folder
/// (not a journey's home, whose files the footprint journey lists). There GNOME Keyring finds
/// no keyring and asks for nothing: the app has no key store, as on a session without one.
pub(crate) fn activate_services_in_a_session_home() {
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
pub(crate) fn launcher_for(program: &Path) -> (tempfile::TempDir, PathBuf) {
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

/// The home folder of the services D-Bus starts for the journeys. `cargo xtask test` runs
/// several journeys at a time, each under its own bus: one folder per worker, so one never
/// clears the folder another's services are using.
pub(crate) fn session_home() -> PathBuf {
    let worker = std::env::var("AFTERCARE_E2E_WORKER").unwrap_or_else(|_| "0".into());
    shots_dir().with_file_name(format!("e2e-session-home-{worker}"))
}

/// Dunst's settings in the services' home: notifications stay on screen until answered (a
/// journey may take longer than the usual ten seconds to press a button), and its context
/// menu, where a person picks an action, is `choose-answer`: it picks the line of the
/// notification and action written in the file `answer` ("[<id>,<action>]", as dunst ends
/// each line).
pub(crate) fn write_dunst_settings(home: &Path) {
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
pub(crate) fn free_ports() -> [u16; 2] {
    let bind = || TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a free port");
    let held = [bind(), bind()];
    held.map(|listener| listener.local_addr().expect("its address").port())
}

pub(crate) async fn wait_for_port(port: u16) {
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

pub(crate) fn shots_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
        .join("e2e-shots")
}
