//! The end-to-end journeys, two at a time, and beside them two that mostly wait.
//!
//! Each journey runs as its own process of the `journeys` test binary under its own X server
//! (`xvfb-run`) and its own D-Bus session (`dbus-run-session`): its own notification server,
//! key store and window focus, so two journeys never see each other's windows, notifications
//! or keyboard. A journey spends much of its time waiting (for a reminder's minute, for a
//! window, for the key derivation on the other core), so two workers on a two-core machine
//! finish the list in far less time than one, and a queue (not a fixed split) keeps both busy
//! to the end. Some journeys spend a minute or more waiting on the real clock (an auto-lock, a
//! reminder's minute) with the app idle: two more workers take only those ([`WAITING`]), so
//! their minutes pass beside the other journeys instead of after them.
//!
//! Every journey's output goes to `target/e2e-logs/<name>.log`: the harness's, and the app's
//! and WebKit's (the drivers, and so the app and its web view, write to the journey's own
//! output). A failed one is printed whole. A journey passes only if its test binary says it ran
//! one test and it passed ([`ran_and_passed`]), and if its output holds none of the words it
//! typed into the app ([`typed_words_in`]): the harness notes each (`AFTERCARE_E2E_TYPED`).

use std::{
    collections::VecDeque,
    fs,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::Mutex,
    time::{Duration, Instant},
};

use crate::{
    prerequisites,
    toolbox::{cargo, status, target_dir, Result, APP},
};

/// Journeys at once. Two cores: a third worker made the machine, not the waiting, the limit.
pub const WORKERS: usize = 2;
/// Workers beside those that take only journeys which mostly wait ([`WAITING`]).
pub const WAITERS: usize = 2;
/// Journeys that spend most of their time waiting on the real clock while the app is idle.
const WAITING: &[&str] = &[
    "journal::a_draft_is_kept_when_the_app_locks", // the shortest auto-lock, a minute
    "hard_moments::breathing",                     // the same
    "reminders::",                                 // a reminder's minute
    "answers::",                                   // the same, then the answer on it
    "languages::in_",                              // a reminder in each language
];
/// Journeys that wait the longest (for a reminder's minute; axe over every screen) go first, so
/// neither worker is left with a long one at the end while the other idles.
const SLOW_FIRST: &[&str] = &[
    "journal::a_draft_is_kept_when_the_app_locks", // waits for the shortest auto-lock
    "hard_moments::breathing",                     // waits for the shortest auto-lock too
    "reminders::",
    "answers::",
    "a11y::",
    "days_after::",
];
/// The X display numbers the journeys use, well above `xvfb-run --auto-servernum`'s 99 and up.
pub const FIRST_DISPLAY: u32 = 300;

pub struct Outcome {
    pub name: String,
    pub passed: bool,
    pub took: Duration,
    pub log: PathBuf,
}

/// `cargo xtask journeys [filter…]`: the app built, then the journeys whose names contain a
/// filter (all without one), two at a time, as `cargo xtask test` runs them.
pub fn command(filters: &[String]) -> Result {
    let (tauri_driver, webkit_driver) = test_tools()?;
    prerequisites::ensure_axe()?;
    status(cargo().args(["build", "--package", APP, "--locked"]))?;
    let mut env = drivers(&tauri_driver, &webkit_driver);
    env.push(("AFTERCARE_APP", target_dir().join("debug").join(APP)));
    run(&env, filters)
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
pub fn drivers(tauri_driver: &Path, webkit_driver: &Path) -> Vec<(&'static str, PathBuf)> {
    vec![
        ("TAURI_DRIVER", tauri_driver.to_path_buf()),
        ("WEBKIT_WEBDRIVER", webkit_driver.to_path_buf()),
    ]
}

/// Builds the journeys, lists them and runs them, `WORKERS` at a time: all of them, or those
/// whose name contains one of `filters`. `env` is what the harness needs to find the app and
/// the WebDriver programs.
pub fn run(env: &[(&str, PathBuf)], filters: &[String]) -> Result {
    let binary = build()?;
    let names: Vec<String> = list(&binary)?
        .into_iter()
        .filter(|name| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str())))
        .collect();
    if names.is_empty() {
        return Err(format!("no journey's name contains any of {filters:?}"));
    }
    let mut names = names;
    names.sort_by_key(|name| !SLOW_FIRST.iter().any(|slow| name.starts_with(slow)));
    let total = names.len();
    let logs = target_dir().join("e2e-logs");
    let _ = fs::remove_dir_all(&logs);
    fs::create_dir_all(&logs).map_err(|e| format!("cannot make {}: {e}", logs.display()))?;

    println!(
        "xtask: {total} journeys, {WORKERS} at a time and up to {WAITERS} that mostly wait beside \
         them, each under its own X server and D-Bus session",
    );
    let started = Instant::now();
    let queue = Mutex::new(Queues::new(names));
    let display = Mutex::new(FIRST_DISPLAY);
    let outcomes = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for worker in 0..WORKERS + WAITERS {
            let (queue, display, outcomes, binary, logs) =
                (&queue, &display, &outcomes, &binary, &logs);
            let only_waiting = worker >= WORKERS;
            scope.spawn(move || loop {
                let Some(name) = queue.lock().expect("queue").next(only_waiting) else {
                    break;
                };
                let number = free_display(&mut display.lock().expect("display"));
                let outcome = run_one(binary, &name, worker, number, logs, env);
                println!(
                    "  {} {:>6.1} s  {}",
                    if outcome.passed { "ok  " } else { "FAIL" },
                    outcome.took.as_secs_f64(),
                    outcome.name
                );
                outcomes.lock().expect("outcomes").push(outcome);
            });
        }
    });

    let outcomes = outcomes.into_inner().expect("outcomes");
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| !o.passed).collect();
    for outcome in &failed {
        println!("\n---- {} ({})", outcome.name, outcome.log.display());
        println!("{}", fs::read_to_string(&outcome.log).unwrap_or_default());
    }
    let busy: Duration = outcomes.iter().map(|o| o.took).sum();
    println!(
        "xtask: {} of {} journeys passed in {:.0} s ({:.0} s of journeys, {WORKERS} at a time \
         and {WAITERS} that mostly wait)",
        outcomes.len() - failed.len(),
        outcomes.len(),
        started.elapsed().as_secs_f64(),
        busy.as_secs_f64()
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} journeys failed: {}",
            failed.len(),
            failed
                .iter()
                .map(|o| o.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
}

/// The journeys still to run: those that mostly wait, and the others.
struct Queues {
    waiting: VecDeque<String>,
    others: VecDeque<String>,
}

impl Queues {
    fn new(names: Vec<String>) -> Queues {
        let (waiting, others) = names
            .into_iter()
            .partition(|name| WAITING.iter().any(|w| name.starts_with(w)));
        Queues { waiting, others }
    }

    /// The next journey for a worker: one that mostly waits, for a worker that takes only
    /// those; otherwise any other first, then one that waits.
    fn next(&mut self, only_waiting: bool) -> Option<String> {
        if only_waiting {
            self.waiting.pop_front()
        } else {
            self.others.pop_front().or_else(|| self.waiting.pop_front())
        }
    }
}

/// Builds the `journeys` test binary and returns its path.
pub fn build() -> Result<PathBuf> {
    // One build: its progress and errors go to the terminal (stderr), its messages to us.
    let out = cargo()
        .args([
            "test",
            "--package",
            "aftercare-e2e",
            "--test",
            "journeys",
            "--locked",
            "--no-run",
            "--message-format=json",
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not build the journeys: {e}"))?;
    if !out.status.success() {
        return Err("the journeys did not build (cargo's errors are above)".into());
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["target"]["name"] == "journeys")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo built no journeys binary".into())
}

/// The journeys' names, as the test binary lists them.
fn list(binary: &Path) -> Result<Vec<String>> {
    let out = Command::new(binary)
        .args(["--list", "--format", "terse"])
        .output()
        .map_err(|e| format!("could not list the journeys: {e}"))?;
    let names: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .map(str::to_owned)
        .collect();
    if names.is_empty() {
        return Err("the journeys binary lists no journey".into());
    }
    Ok(names)
}

/// The next display number with no X server on it (`/tmp/.X<n>-lock`).
pub fn free_display(next: &mut u32) -> u32 {
    while Path::new(&format!("/tmp/.X{next}-lock")).exists() {
        *next += 1;
    }
    let number = *next;
    *next += 1;
    number
}

/// Runs one journey, `name` exactly, under its own X server `display` and D-Bus session, with
/// its output in `logs`; says whether it passed (see the module's comment).
pub fn run_one(
    binary: &Path,
    name: &str,
    worker: usize,
    display: u32,
    logs: &Path,
    env: &[(&str, PathBuf)],
) -> Outcome {
    let stem = name.replace("::", "-");
    let log = logs.join(format!("{stem}.log"));
    let typed = logs.join(format!("{stem}.typed"));
    let _ = fs::remove_file(&typed);
    let started = Instant::now();
    let exited = fs::File::create(&log)
        .and_then(|file| {
            let err = file.try_clone()?;
            let mut journey = Command::new("xvfb-run");
            journey
                .arg(format!("--server-num={display}"))
                .args([
                    "--server-args=-screen 0 1280x1024x24",
                    "dbus-run-session",
                    "--",
                ])
                .arg(binary)
                .args(["--exact", name, "--test-threads=1"])
                // The harness's services (notification server, key store) get a home folder
                // of their own per worker (`tests/src/lib.rs`).
                .env("AFTERCARE_E2E_WORKER", worker.to_string())
                .env("AFTERCARE_E2E_TYPED", &typed)
                .stdin(Stdio::null())
                .stdout(file)
                .stderr(err);
            for (key, value) in env {
                journey.env(key, value);
            }
            journey.status()
        })
        .is_ok_and(|status| status.success());
    let output = fs::read_to_string(&log).unwrap_or_default();
    let leaked = typed_words_in(
        &output,
        &fs::read_to_string(&typed).unwrap_or_default(),
        name,
    );
    if !leaked.is_empty() {
        let note = format!(
            "\nxtask: the output of the app, its web view or the journey holds words typed into \
             the app: {leaked:?}\n"
        );
        let _ = fs::OpenOptions::new()
            .append(true)
            .open(&log)
            .and_then(|mut file| std::io::Write::write_all(&mut file, note.as_bytes()));
    }
    Outcome {
        name: name.to_owned(),
        passed: exited && ran_and_passed(&output) && leaked.is_empty(),
        took: started.elapsed(),
        log,
    }
}

/// Whether the test binary's output says exactly one test ran, and passed: a name that
/// matched nothing would pass with no journey run ("0 passed").
pub fn ran_and_passed(output: &str) -> bool {
    output
        .lines()
        .filter_map(|line| line.strip_prefix("test result: ok. "))
        .any(|rest| rest.starts_with("1 passed;"))
}

/// Typed words shorter than this are not looked for: too short to be anyone's words (a digit
/// chosen on a scale, a key), and found by chance in any output.
const SHORTEST_TYPED: usize = 6;

/// The words typed into the app (`typed`: one JSON string a line, as the harness notes them)
/// that the output of `journey` holds. Nothing a person types belongs in a log: not a passcode,
/// not a note. The test binary names the journey, whose name may hold a word it types
/// ("delete"): its name is not looked in.
pub fn typed_words_in(output: &str, typed: &str, journey: &str) -> Vec<String> {
    // Its full name, and its function's name alone (a failed journey's backtrace names it so).
    let function = journey.rsplit("::").next().unwrap_or(journey);
    let output = output.replace(journey, "").replace(function, "");
    let mut found: Vec<String> = typed
        .lines()
        .filter_map(|line| serde_json::from_str::<String>(line).ok())
        .map(|text| text.trim().to_owned())
        .filter(|text| text.chars().count() >= SHORTEST_TYPED && output.contains(text.as_str()))
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::{ran_and_passed, typed_words_in, Queues};

    #[test]
    fn a_worker_beside_the_two_takes_only_journeys_that_mostly_wait() {
        let names = [
            "a11y::every_screen",
            "answers::later_on_the_notification",
            "care::a_tap",
            "journal::a_draft_is_kept_when_the_app_locks",
        ];
        let mut queues = Queues::new(names.iter().map(|n| n.to_string()).collect());
        let next = |queues: &mut Queues, only_waiting| queues.next(only_waiting);
        assert_eq!(
            next(&mut queues, true).as_deref(),
            Some("answers::later_on_the_notification")
        );
        assert_eq!(
            next(&mut queues, false).as_deref(),
            Some("a11y::every_screen")
        );
        assert_eq!(next(&mut queues, false).as_deref(), Some("care::a_tap"));
        // The others done, the two take the waiting ones too.
        assert_eq!(
            next(&mut queues, false).as_deref(),
            Some("journal::a_draft_is_kept_when_the_app_locks")
        );
        assert_eq!(next(&mut queues, true), None);
        assert_eq!(next(&mut queues, false), None);
    }

    #[test]
    fn a_journey_passes_only_if_one_test_ran_and_passed() {
        let ran = "running 1 test\ntest care::x ... ok\n\ntest result: ok. 1 passed; 0 failed; \
                   0 ignored; 0 measured; 57 filtered out; finished in 9.12s\n";
        assert!(ran_and_passed(ran));
        // A name that matched nothing: the binary exits 0 having run nothing.
        let none = "running 0 tests\n\ntest result: ok. 0 passed; 0 failed; 0 ignored; \
                    0 measured; 58 filtered out; finished in 0.00s\n";
        assert!(!ran_and_passed(none));
        let failed = "test result: FAILED. 0 passed; 1 failed; 0 ignored\n";
        assert!(!ran_and_passed(failed));
        assert!(!ran_and_passed("test result: ok. 11 passed; 0 failed\n"));
        assert!(!ran_and_passed(""));
    }

    #[test]
    fn words_typed_into_the_app_are_found_in_its_output() {
        let typed = "\"CANARY private words\"\n\"correct horse battery\"\n\"4\"\n";
        let output = "[aftercare] saved CANARY private words to the log\n4 passed\n";
        assert_eq!(
            typed_words_in(output, typed, "care::x"),
            ["CANARY private words"],
            "the canary is found; a one-character answer is not looked for"
        );
        assert!(typed_words_in("test result: ok. 1 passed;\n", typed, "care::x").is_empty());
        let named = "test keep::back_up_delete_everything ... ok\n";
        assert!(
            typed_words_in(named, "\"delete\"\n", "keep::back_up_delete_everything").is_empty(),
            "the journey's own name is not a leak"
        );
        assert_eq!(
            typed_words_in(named, "\"delete\"\n", "keep::another"),
            ["delete"]
        );
        let backtrace = "  25: back_up_delete_everything\n";
        assert!(
            typed_words_in(backtrace, "\"delete\"\n", "keep::back_up_delete_everything").is_empty(),
            "nor its function's name in a failed journey's backtrace"
        );
    }
}
