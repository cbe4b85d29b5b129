//! `cargo xtask bundle` (the `.deb` and `.rpm` a person installs) and the check that such a
//! package installs, starts at Home and removes cleanly.
//!
//! The Tauri bundler (in the Tauri CLI, `prerequisites::ensure_tauri_cli`) makes both formats
//! in-process, with no `dpkg-deb` or `rpmbuild` and no download. AppImage is not made: the
//! bundler downloads linuxdeploy and its AppRun the first time, which this project's machines
//! cannot do (see the README).

use std::{
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use crate::{
    journeys, prerequisites,
    toolbox::{cargo, status, step, target_dir, workspace_root, Result, APP},
};

/// The Debian package's name (the bundler lowers `productName`) and where it puts the app.
const DEB_PACKAGE: &str = "aftercare";
const INSTALLED_APP: &str = "/usr/bin/aftercare";
/// The journey run against the installed app: first run, Home with every tile, a tap, its card.
const SMOKE_JOURNEY: &str = "home::open_the_app_see_every_action_tap_one_read_its_card_and_go_back";

/// Which build goes into the package.
#[derive(Clone, Copy, PartialEq)]
pub enum Build {
    /// The release build, as `tauri build` makes it (`tauri/custom-protocol`).
    Release,
    /// The debug build the journeys already use: `cargo xtask test` packages it, so checking the
    /// package costs no second build of the app.
    Debug,
}

impl Build {
    fn folder(self) -> &'static str {
        match self {
            Build::Release => "release",
            Build::Debug => "debug",
        }
    }
}

/// `cargo xtask bundle`: the release build, then a `.deb` and an `.rpm` of it.
pub fn bundle() -> Result {
    prerequisites::ensure_packages(prerequisites::APP_PACKAGES)?;
    let tauri = prerequisites::ensure_tauri_cli()?;
    step("release build and packages (tauri build --bundles deb,rpm)");
    status(
        Command::new(tauri)
            .args(["build", "--bundles", "deb,rpm", "--", "--locked"])
            .current_dir(workspace_root()),
    )?;
    for package in packages(Build::Release)? {
        println!("xtask: made {}", package.display());
    }
    Ok(())
}

/// `cargo xtask package-check`: the debug build packaged, installed, started at Home, removed.
pub fn check() -> Result {
    let (tauri_driver, webkit_driver) = journeys::test_tools()?;
    prerequisites::ensure_axe()?;
    status(cargo().args(["build", "--package", APP, "--locked"]))?;
    let deb = deb_of(Build::Debug)?;
    check_installs_and_starts(&deb, &journeys::drivers(&tauri_driver, &webkit_driver))
}

/// Packages the already built app (`build`) as a `.deb` only and returns it.
pub fn deb_of(build: Build) -> Result<PathBuf> {
    let tauri = prerequisites::ensure_tauri_cli()?;
    step("package the app (tauri bundle --bundles deb)");
    let mut command = Command::new(tauri);
    command.args(["bundle", "--bundles", "deb"]);
    if build == Build::Debug {
        command.arg("--debug");
    }
    status(command.current_dir(workspace_root()))?;
    packages(build)?
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "deb"))
        .ok_or_else(|| "the bundler made no .deb".into())
}

/// Installs `deb` with apt-get (which also installs what it declares it depends on), runs the
/// smoke journey against the installed app, and removes the package again, also when the
/// journey fails.
pub fn check_installs_and_starts(deb: &Path, env: &[(&str, PathBuf)]) -> Result {
    step("install the package, start it at Home, remove it");
    let deb = deb
        .canonicalize()
        .map_err(|e| format!("no package at {}: {e}", deb.display()))?;
    prerequisites::apt(&["install", "-y", "-qq", &deb.to_string_lossy()])?;
    let journey = run_smoke_journey(env);
    let removed = prerequisites::apt(&["remove", "-y", "-qq", DEB_PACKAGE]);
    journey?;
    removed?;
    if Path::new(INSTALLED_APP).exists() {
        return Err(format!(
            "{INSTALLED_APP} is still there after removing the package"
        ));
    }
    Ok(())
}

/// Runs the smoke journey against the installed app, as the journeys run (`journeys::run_one`):
/// it passes only if the journeys' binary ran it, one test, and it passed; a name that matched
/// nothing fails, never passes with no journey run.
fn run_smoke_journey(env: &[(&str, PathBuf)]) -> Result {
    if !Path::new(INSTALLED_APP).is_file() {
        return Err(format!("the package did not install {INSTALLED_APP}"));
    }
    let binary = journeys::build()?;
    let logs = target_dir().join("e2e-logs").join("package");
    let _ = fs::remove_dir_all(&logs);
    fs::create_dir_all(&logs).map_err(|e| format!("cannot make {}: {e}", logs.display()))?;
    let mut env = env.to_vec();
    env.push(("AFTERCARE_APP", PathBuf::from(INSTALLED_APP)));
    let mut next_display = journeys::FIRST_DISPLAY;
    let display = journeys::free_display(&mut next_display);
    let outcome = journeys::run_one(&binary, SMOKE_JOURNEY, 0, display, &logs, &env);
    let output = fs::read_to_string(&outcome.log).unwrap_or_default();
    println!("{output}");
    if outcome.passed {
        Ok(())
    } else {
        Err(format!(
            "the smoke journey {SMOKE_JOURNEY} did not run and pass against the installed app \
             (its output is above, and in {})",
            outcome.log.display()
        ))
    }
}

/// The packages the bundler left for `build`, newest version only (the folder is cleared of
/// older ones by each bundling).
fn packages(build: Build) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for format in ["deb", "rpm"] {
        let folder = target_dir()
            .join(build.folder())
            .join("bundle")
            .join(format);
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        found.extend(
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == format)),
        );
    }
    if found.is_empty() {
        return Err("the bundler made no package".into());
    }
    Ok(found)
}
