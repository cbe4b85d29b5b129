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
    // SQLCipher's cipher on Linux is the system's libcrypto (core/Cargo.toml).
    "libssl-dev",
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
    // Another apt (an unattended upgrade, a second checkout's set-up) holds dpkg's lock for a
    // while: wait for it, up to ten minutes, instead of failing at once.
    command
        .args(["-o", "DPkg::Lock::Timeout=600"])
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive");
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

/// The Tauri CLI (whose bundler makes the `.deb` and `.rpm`), prebuilt: `@tauri-apps/cli` and
/// its binary package for this platform from the npm registry, at the versions pinned in
/// `xtask/tauri-cli/package-lock.json`, installed with `npm ci` into `target/tauri-cli/` (a few
/// seconds; `cargo install tauri-cli` compiled it for about ten minutes). Installed again when
/// the pin changes. Returns the `tauri` program; the bundler runs in-process and downloads
/// nothing for these two formats.
pub fn ensure_tauri_cli() -> Result<PathBuf> {
    let pinned = workspace_root().join(TAURI_CLI_PIN);
    let folder = crate::toolbox::target_dir().join("tauri-cli");
    let program = folder.join("node_modules").join(".bin").join("tauri");
    let lock = std::fs::read(pinned.join("package-lock.json"))
        .map_err(|e| format!("could not read the Tauri CLI's pin in {TAURI_CLI_PIN}: {e}"))?;
    let installed = std::fs::read(folder.join("package-lock.json")).ok();
    if program.is_file() && installed.as_ref() == Some(&lock) {
        return Ok(program);
    }
    println!("xtask: installing the Tauri CLI pinned in {TAURI_CLI_PIN} (npm ci, prebuilt)");
    std::fs::create_dir_all(&folder).map_err(|e| format!("could not create {folder:?}: {e}"))?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(pinned.join(file), folder.join(file))
            .map_err(|e| format!("could not copy {file} into {folder:?}: {e}"))?;
    }
    npm_ci(&folder)?;
    if program.is_file() {
        Ok(program)
    } else {
        Err(format!(
            "npm installed the Tauri CLI but {program:?} is missing"
        ))
    }
}

/// Where the Tauri CLI's version is pinned (`package.json` and its `package-lock.json`).
pub const TAURI_CLI_PIN: &str = "xtask/tauri-cli";

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
/// folder, never part of `ui/`.
pub fn ensure_axe() -> Result {
    npm_ci(&workspace_root().join("tests/axe"))
}

/// `npm ci` in `folder`: exactly what its `package-lock.json` pins, nothing else. Installs
/// Debian's `npm` first when it is missing.
fn npm_ci(folder: &std::path::Path) -> Result {
    if find_on_path("npm").is_none() {
        ensure_packages(&["npm"])?;
    }
    let npm = find_on_path("npm").ok_or("npm was installed but is not on PATH")?;
    status(
        Command::new(npm)
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(folder),
    )
}

/// Makes sure `cargo afl` (afl.rs) and its build of AFL++ are there: `cargo install` builds
/// AFL++ from the source inside the crate (it needs `make` and a C compiler, no download);
/// `cargo afl config --build` builds it again for a Rust that has none yet.
/// Its commands run through `run`: the fuzz build, beside other steps, runs them at the lowest
/// priority with their output in its log.
pub fn ensure_cargo_afl_with(run: &mut dyn FnMut(&mut Command) -> Result) -> Result {
    if find_on_path("cargo-afl").is_none() {
        println!("xtask: cargo-afl is missing; installing it with cargo install (a minute or two)");
        run(Command::new("cargo").args([
            "install",
            "cargo-afl",
            "--locked",
            "--version",
            AFL_VERSION,
        ]))?;
    }
    // Builds AFL++ itself the first time; says "already built" (and fails) after that.
    match run(Command::new("cargo").args(["afl", "config", "--build"])) {
        Ok(()) => Ok(()),
        Err(_) if afl_is_built() => Ok(()),
        Err(error) => Err(format!("`cargo afl config --build` failed: {error}")),
    }
}

/// Whether `cargo afl config --build` has built AFL++ already.
fn afl_is_built() -> bool {
    Command::new("cargo")
        .args(["afl", "config", "--build"])
        .output()
        .is_ok_and(|out| {
            out.status.success() || String::from_utf8_lossy(&out.stderr).contains("already built")
        })
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

#[cfg(test)]
mod tests {
    use super::TAURI_CLI_PIN;

    /// `cargo xtask bundle` and `package-check` install the Tauri CLI prebuilt from the npm
    /// registry, never compiling it: one exact 2.x version, and its lock holding that version of
    /// the binary package for this machine with a checksum, so `npm ci` fetches exactly it.
    #[test]
    fn the_tauri_cli_is_pinned_prebuilt_with_its_linux_binary() {
        let folder = crate::toolbox::workspace_root().join(TAURI_CLI_PIN);
        let read = |file: &str| -> serde_json::Value {
            let text = std::fs::read_to_string(folder.join(file))
                .unwrap_or_else(|e| panic!("{TAURI_CLI_PIN}/{file}: {e}"));
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{TAURI_CLI_PIN}/{file}: {e}"))
        };
        let manifest = read("package.json");
        let lock = read("package-lock.json");
        let wanted = manifest["dependencies"]["@tauri-apps/cli"]
            .as_str()
            .expect("package.json names @tauri-apps/cli");
        assert!(
            wanted.starts_with("2.") && wanted.chars().all(|c| c.is_ascii_digit() || c == '.'),
            "one exact 2.x version (the 3.0 alphas are on the registry too), not a range: {wanted}"
        );
        for package in ["@tauri-apps/cli", "@tauri-apps/cli-linux-x64-gnu"] {
            let locked = &lock["packages"][format!("node_modules/{package}")];
            assert_eq!(
                locked["version"].as_str(),
                Some(wanted),
                "the lock holds {package} at the pinned version"
            );
            assert!(
                locked["integrity"]
                    .as_str()
                    .is_some_and(|i| i.starts_with("sha512-")),
                "{package} is checked against its checksum"
            );
        }
    }
}
