//! The steps of each command, in the order they run.

use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::Mutex,
    time::Instant,
};

use crate::{fuzz, journeys, mobile, package, prerequisites, Result};

/// The app's package and the end-to-end tests'.
const APP: &str = "aftercare";
const E2E: &str = "aftercare-e2e";

pub fn run(extra: &[String]) -> Result {
    prerequisites::ensure_packages(prerequisites::APP_PACKAGES)?;
    step("build and open the app");
    status(cargo().args(["run", "--package", APP, "--"]).args(extra))
}

pub fn test() -> Result {
    let started = Instant::now();
    let (tauri_driver, webkit_driver) = test_tools()?;

    step("formatting (cargo fmt --check)");
    status(cargo().args(["fmt", "--all", "--", "--check"]))?;

    // Every dependency's licence against the allowed list in deny.toml. Offline: the licence
    // check reads only the lock file and the crates' manifests.
    step("licences (cargo deny check licenses, allowed list in deny.toml)");
    let cargo_deny = prerequisites::ensure_cargo_deny()?;
    status(
        Command::new(cargo_deny)
            .args(["deny", "--locked", "check", "licenses"])
            .current_dir(workspace_root()),
    )?;

    step("lints (cargo clippy --all-targets -D warnings)");
    status(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;

    // xtask's own tests are the architecture checks (`xtask/src/tidy.rs`): no Tauri in the
    // core, no network client in the app, the core's layers, no import cycles, one set of
    // command names, no overlong file.
    step("unit and integration tests, and the architecture checks");
    status(cargo().args(["test", "--workspace", "--exclude", E2E, "--locked"]))?;

    // The phone's code (`cfg(mobile)`, `cfg(target_os = "android")`) type-checked for Android.
    mobile::check()?;

    // A short pass over every parser of a file read from disk; `cargo xtask fuzz` runs longer.
    fuzz::run(&fuzz::targets()?, fuzz::CI_SECONDS)?;

    step("end-to-end journeys (the real app under xvfb-run)");
    prerequisites::ensure_axe()?;
    status(cargo().args(["build", "--package", APP, "--locked"]))?;
    let app = target_dir().join("debug").join(APP);
    let mut env = drivers(&tauri_driver, &webkit_driver);
    env.push(("AFTERCARE_APP", app));
    journeys::run(&env, &[])?;

    // The same debug build, packaged as a .deb, installed, started at Home, removed.
    let deb = package::deb_of(package::Build::Debug)?;
    package::check_installs_and_starts(&deb, &drivers(&tauri_driver, &webkit_driver))?;

    print_times(started);
    println!(
        "\nxtask: all checks passed. Screenshots are in {}",
        target_dir().join("e2e-shots").display()
    );
    Ok(())
}

/// `cargo xtask journeys [filter…]`: the app built, then the journeys whose names contain a
/// filter (all without one), two at a time, as `cargo xtask test` runs them.
pub fn journeys(filters: &[String]) -> Result {
    let (tauri_driver, webkit_driver) = test_tools()?;
    prerequisites::ensure_axe()?;
    status(cargo().args(["build", "--package", APP, "--locked"]))?;
    let mut env = drivers(&tauri_driver, &webkit_driver);
    env.push(("AFTERCARE_APP", target_dir().join("debug").join(APP)));
    journeys::run(&env, filters)
}

/// `cargo xtask package-check`: the debug build packaged, installed, started at Home, removed.
pub fn package_check() -> Result {
    let (tauri_driver, webkit_driver) = test_tools()?;
    prerequisites::ensure_axe()?;
    status(cargo().args(["build", "--package", APP, "--locked"]))?;
    let deb = package::deb_of(package::Build::Debug)?;
    package::check_installs_and_starts(&deb, &drivers(&tauri_driver, &webkit_driver))
}

/// The system packages the app and its tests need, and the two WebDriver programs (installing
/// `tauri-driver` when it is missing).
pub fn test_tools() -> Result<(PathBuf, PathBuf)> {
    let mut packages = prerequisites::APP_PACKAGES.to_vec();
    packages.extend(prerequisites::TEST_PACKAGES);
    prerequisites::ensure_packages(&packages)?;
    let tauri_driver = prerequisites::ensure_tauri_driver()?;
    let webkit_driver = prerequisites::find_on_path("WebKitWebDriver")
        .ok_or("WebKitWebDriver is missing although webkit2gtk-driver is installed")?;
    Ok((tauri_driver, webkit_driver))
}

/// What the journeys' harness needs to find the two WebDriver programs.
fn drivers(tauri_driver: &Path, webkit_driver: &Path) -> Vec<(&'static str, PathBuf)> {
    vec![
        ("TAURI_DRIVER", tauri_driver.to_path_buf()),
        ("WEBKIT_WEBDRIVER", webkit_driver.to_path_buf()),
    ]
}

/// `cargo xtask fuzz [--seconds N] [target…]`: every target unless some are named.
pub fn fuzz(args: &[String]) -> Result {
    let known = fuzz::targets()?;
    let mut seconds = fuzz::DEFAULT_SECONDS;
    let mut chosen = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--seconds" {
            seconds = args
                .next()
                .and_then(|n| n.parse().ok())
                .filter(|&n| n > 0)
                .ok_or("--seconds takes a whole number of seconds, 1 or more")?;
        } else if known.contains(arg) {
            chosen.push(arg.clone());
        } else {
            return Err(format!(
                "no fuzz target called `{arg}`; there are: {}",
                known.join(", ")
            ));
        }
    }
    if chosen.is_empty() {
        chosen = known;
    }
    fuzz::run(&chosen, seconds)
}

pub fn cargo() -> Command {
    let mut command = Command::new(env!("CARGO"));
    command.current_dir(workspace_root());
    command
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// Each step's title and when it began, for the table at the end of `cargo xtask test`.
static STEPS: Mutex<Vec<(String, Instant)>> = Mutex::new(Vec::new());

pub fn step(title: &str) {
    println!("\n==> {title}");
    STEPS
        .lock()
        .expect("steps")
        .push((title.to_owned(), Instant::now()));
}

/// How long each step took (until the next began), and the whole run since `started`.
fn print_times(started: Instant) {
    let steps = STEPS.lock().expect("steps");
    println!("\nxtask: time per step");
    let first = steps.first().map_or(started, |(_, at)| *at);
    println!(
        "  {:>6.0} s  installing and checking prerequisites",
        (first - started).as_secs_f64()
    );
    for (i, (title, began)) in steps.iter().enumerate() {
        let ended = steps.get(i + 1).map_or_else(Instant::now, |(_, at)| *at);
        println!("  {:>6.0} s  {title}", (ended - *began).as_secs_f64());
    }
    println!("  {:>6.0} s  in all", started.elapsed().as_secs_f64());
}

/// Runs a command to completion, failing with its name if it fails.
pub fn status(command: &mut Command) -> Result {
    let shown = format!(
        "{} {}",
        command.get_program().to_string_lossy(),
        command
            .get_args()
            .map(|a| a.to_string_lossy())
            .collect::<Vec<_>>()
            .join(" ")
    );
    let status = command
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}
