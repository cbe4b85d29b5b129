//! `cargo xtask run | test | bench | fuzz | bundle | journeys | package-check | mobile-check` —
//! the project's two commands, two that measure, two that package, and two that run a part of
//! `test` on its own.
//!
//! Each command first makes sure the system packages and tools it needs are there, installing
//! them with `apt-get` on Debian or Ubuntu when it may (as root, or with password-less sudo),
//! after listing them. On other systems it says what is needed and stops.
//!
//! This file only dispatches: each command is a module of its own (`run`, `test`, `bench`,
//! `fuzz`, `package`, `journeys`, `mobile`), and what they share (running cargo, the
//! workspace's folders, step titles) is in `toolbox`, which uses nothing else of xtask
//! (after rust-analyzer's xtask).

mod bench;
mod fuzz;
mod journeys;
mod mobile;
mod package;
mod prerequisites;
mod run;
mod test;
#[cfg(test)]
mod tidy;
mod toolbox;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  run     install what the app needs to build, build it, and open it
  test    install what the tests need, then: fmt, the licence check, clippy, unit and
          integration tests, the architecture checks, the Android type-check, a short
          fuzzing pass (10 s a target), the end-to-end journeys under xvfb-run (two at
          a time), and the .deb installed, started at Home and removed
  bench [--launch-only | --no-launch] [--launch-runs N] [criterion filter…]
          run the benchmarks (criterion, release profile), then launch the release app
          and a plain Tauri window (baseline/) N times each (5 unless told) under
          xvfb-run, then one table of each figure against a baseline measured in the
          same run
  bundle  the release build, packaged as .deb and .rpm (target/release/bundle/)
  journeys [filter…]
          build the app and run the end-to-end journeys whose names contain a filter
          (all without one), two at a time and two that mostly wait beside them, each
          under its own X server and D-Bus session
  package-check
          package the debug build as a .deb, install it with apt-get, start the installed
          app at Home (one journey), remove it (also part of `test`)
  mobile-check
          type-check the app for Android (aarch64-linux-android): the cfg(mobile) code
          against the real Android side of its dependencies; no SDK, nothing linked
          (also part of `test`)
  fuzz [--seconds N] [target…]
          fuzz every parser of a file read from disk with AFL++ (cargo-afl, installed
          if missing), N seconds a target (60 unless told); fails on a crash or hang
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run::run(&args[1..]),
        Some("test") => test::run(),
        Some("bench") => bench::run(&args[1..]),
        Some("fuzz") => fuzz::command(&args[1..]),
        Some("bundle") => package::bundle(),
        Some("mobile-check") => mobile::check(),
        Some("package-check") => package::check(),
        Some("journeys") => journeys::command(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("\nxtask: {error}");
            ExitCode::FAILURE
        }
    }
}
