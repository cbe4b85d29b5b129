//! System packages and tools, installed when missing.

use std::{
    path::PathBuf,
    process::{Command, Stdio},
};

use crate::toolbox::{status, workspace_root, Result};

/// What Tauri needs to build and run on Debian or Ubuntu.
pub const APP_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
];

/// What the tests need on top: a virtual display, the WebKit WebDriver, a private session
/// bus, a notification server for the reminder journeys and a Secret Service for the device
/// key's.
pub const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "dbus-x11",
    "dunst",
    // xwininfo: the journeys read the window's native title.
    "x11-utils",
    // The keyboard journey gives the app's window the focus, as a window manager would.
    "xdotool",
    // setpriv: the one-copy guard's test connects as another user.
    "util-linux",
    // The device key's journey runs a real Secret Service (gnome-keyring-daemon) and looks
    // into it with secret-tool.
    "gnome-keyring",
    "libsecret-tools",
    // The reference age tool: a core test opens a backup with `age -d` (under `script`, from
    // bsdutils, which gives it the terminal it reads a passphrase from).
    "age",
    "bsdutils",
    // The check-in journey reads back what "Copy" put on the clipboard of its X server.
    "xclip",
];

/// Installs whichever of `packages` are missing.
pub fn ensure_packages(packages: &[&str]) -> Result {
    if !is_debian_like() {
        return Err(format!(
            "this is not Debian or Ubuntu, so I can't install packages for you.\n\
             Please install the equivalents of: {}\n\
             (see https://v2.tauri.app/start/prerequisites/ for your system), then run me again.",
            packages.join(" ")
        ));
    }
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!(
        "xtask: these system packages are missing: {}",
        missing.join(" ")
    );
    if elevation().is_none() {
        return Err(format!(
            "I need root to install them. Please run:\n  sudo apt-get install -y {}",
            missing.join(" ")
        ));
    }
    println!("xtask: installing them with apt-get");
    apt(&["update", "-qq"])?;
    let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
    install.extend(&missing);
    apt(&install)
}

/// Runs `apt-get` with `args`, as root or through password-less sudo.
pub fn apt(args: &[&str]) -> Result {
    let mut command = match elevation() {
        Some(Elevation::Root) => Command::new("apt-get"),
        Some(Elevation::Sudo) => {
            let mut c = Command::new("sudo");
            c.args(["-n", "apt-get"]);
            c
        }
        None => {
            return Err(format!(
                "I need root for this. Please run:\n  sudo apt-get {}",
                args.join(" ")
            ))
        }
    };
    command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    status(&mut command)
}

/// Finds `tauri-driver`, installing it with `cargo install` when it is missing.
pub fn ensure_tauri_driver() -> Result<PathBuf> {
    if let Some(path) = find_on_path("tauri-driver") {
        return Ok(path);
    }
    println!("xtask: tauri-driver is missing; installing it with cargo install (about a minute)");
    status(Command::new("cargo").args(["install", "tauri-driver", "--locked", "--version", "^2"]))?;
    find_on_path("tauri-driver")
        .ok_or_else(|| "tauri-driver was installed but is not on PATH (add ~/.cargo/bin)".into())
}

/// Finds `cargo-tauri` (the Tauri CLI, whose bundler makes the `.deb` and `.rpm`), installing it
/// with `cargo install` when it is missing. A long compile the first time (several minutes on two
/// cores); the bundler itself runs in-process and downloads nothing for these two formats.
pub fn ensure_tauri_cli() -> Result<PathBuf> {
    ensure_cargo_tool("cargo-tauri", "tauri-cli", Some("^2"), "several minutes")
}

/// Finds `cargo-deny`, installing it with `cargo install` when it is missing. Only its licence
/// check is used, which reads `Cargo.lock` and the crates' manifests: no advisory database, no
/// network.
pub fn ensure_cargo_deny() -> Result<PathBuf> {
    ensure_cargo_tool("cargo-deny", "cargo-deny", None, "a few minutes")
}

fn ensure_cargo_tool(
    program: &str,
    krate: &str,
    version: Option<&str>,
    takes: &str,
) -> Result<PathBuf> {
    if let Some(path) = find_on_path(program) {
        return Ok(path);
    }
    println!("xtask: {program} is missing; installing it with cargo install ({takes})");
    let mut install = Command::new("cargo");
    install.args(["install", krate, "--locked"]);
    if let Some(version) = version {
        install.args(["--version", version]);
    }
    status(&mut install)?;
    find_on_path(program)
        .ok_or_else(|| format!("{program} was installed but is not on PATH (add ~/.cargo/bin)"))
}

/// Adds the standard library for `target` with rustup when this toolchain lacks it.
pub fn ensure_rust_target(target: &str) -> Result {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("could not start `rustup` (needed for the {target} check): {e}"))?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|line| line.trim() == target)
    {
        return Ok(());
    }
    println!("xtask: the Rust standard library for {target} is missing; adding it with rustup");
    status(Command::new("rustup").args(["target", "add", target]))
}

/// Installs the accessibility engine the journeys inject into the app (`axe-core`, pinned in
/// `tests/axe/package-lock.json`) with `npm ci` into `tests/axe/node_modules`: a test-only
/// folder, never part of `ui/`. Installs Debian's `npm` first when it is missing.
pub fn ensure_axe() -> Result {
    if find_on_path("npm").is_none() {
        ensure_packages(&["npm"])?;
    }
    let npm = find_on_path("npm").ok_or("npm was installed but is not on PATH")?;
    status(
        Command::new(npm)
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(workspace_root().join("tests/axe")),
    )
}

/// Makes sure `cargo afl` (afl.rs) and its build of AFL++ are there: `cargo install` builds
/// AFL++ from the source inside the crate (it needs `make` and a C compiler, no download);
/// `cargo afl config --build` builds it again for a Rust that has none yet.
pub fn ensure_cargo_afl() -> Result {
    if find_on_path("cargo-afl").is_none() {
        println!("xtask: cargo-afl is missing; installing it with cargo install (a minute or two)");
        status(Command::new("cargo").args([
            "install",
            "cargo-afl",
            "--locked",
            "--version",
            AFL_VERSION,
        ]))?;
    }
    let config = Command::new("cargo")
        .args(["afl", "config", "--build"])
        .output()
        .map_err(|e| format!("could not start `cargo afl config --build`: {e}"))?;
    let said = String::from_utf8_lossy(&config.stderr);
    if config.status.success() || said.contains("already built") {
        Ok(())
    } else {
        Err(format!("`cargo afl config --build` failed:\n{said}"))
    }
}

/// The afl.rs release `cargo xtask fuzz` installs; the `afl` crate in `fuzz/Cargo.toml` matches.
const AFL_VERSION: &str = "^0.18";

pub fn find_on_path(program: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(cargo_home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| home().map(|h| h.join(".cargo")))
    {
        dirs.push(cargo_home.join("bin"));
    }
    dirs.into_iter()
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}

fn is_debian_like() -> bool {
    let release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let debian = release.lines().any(|line| {
        (line.starts_with("ID=") || line.starts_with("ID_LIKE="))
            && (line.contains("debian") || line.contains("ubuntu"))
    });
    debian && find_on_path("apt-get").is_some()
}

fn is_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .stderr(Stdio::null())
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

#[derive(Clone, Copy)]
enum Elevation {
    Root,
    Sudo,
}

fn elevation() -> Option<Elevation> {
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        return Some(Elevation::Root);
    }
    let sudo = Command::new("sudo")
        .args(["-n", "true"])
        .stderr(Stdio::null())
        .status();
    matches!(sudo, Ok(s) if s.success()).then_some(Elevation::Sudo)
}
