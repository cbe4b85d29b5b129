//! `cargo xtask test`: everything, in the order a failure is cheapest to find: formatting,
//! licences, lints, the unit and integration tests with the architecture checks, the Android
//! type-check, a short fuzzing pass (its build under way from the start, at the lowest
//! priority), the journeys, and the package installed and started.

use std::{process::Command, time::Instant};

use crate::{
    fuzz, journeys, mobile, package, prerequisites,
    toolbox::{cargo, print_times, status, step, target_dir, workspace_root, Result, APP, E2E},
};

pub fn run() -> Result {
    let started = Instant::now();
    let (tauri_driver, webkit_driver) = journeys::test_tools()?;
    // The fuzz targets' instrumented build, beside the steps below at the lowest priority: it
    // takes the time they leave idle (their compilers' last crates, the tests' running).
    let fuzz_build = fuzz::Build::start()?;

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
    step("fuzz targets, built with AFL++'s instrumentation: what is left of the build");
    let fuzz_binary = fuzz_build.finish()?;
    fuzz::fuzz_built(&fuzz_binary, &fuzz::targets()?, fuzz::CI_SECONDS)?;

    step("end-to-end journeys (the real app under xvfb-run)");
    prerequisites::ensure_axe()?;
    status(cargo().args(["build", "--package", APP, "--locked"]))?;
    let app = target_dir().join("debug").join(APP);
    let mut env = journeys::drivers(&tauri_driver, &webkit_driver);
    env.push(("AFTERCARE_APP", app));
    journeys::run(&env, &[])?;

    // The same debug build, packaged as a .deb, installed, started at Home, removed.
    let deb = package::deb_of(package::Build::Debug)?;
    package::check_installs_and_starts(&deb, &journeys::drivers(&tauri_driver, &webkit_driver))?;

    print_times(started);
    println!(
        "\nxtask: all checks passed. Screenshots are in {}",
        target_dir().join("e2e-shots").display()
    );
    Ok(())
}
