//! The toolbox every command shares: running cargo and other programs, the workspace's folders,
//! and the step titles with their times. It uses nothing else of xtask, so every command can use
//! it and no import cycle can form through it.

use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::Mutex,
    time::Instant,
};

/// What went wrong, in a sentence for the person at the terminal.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The app's package and the end-to-end tests'.
pub const APP: &str = "aftercare";
pub const E2E: &str = "aftercare-e2e";

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
pub fn print_times(started: Instant) {
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
