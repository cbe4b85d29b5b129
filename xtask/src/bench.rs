//! `cargo xtask bench`: the criterion benchmarks of the core, then one table in which every
//! figure stands beside a baseline measured in the same run on the same machine.
//!
//! Criterion keeps each benchmark's result in `target/criterion/…/new/` (`benchmark.json` names
//! it, `estimates.json` holds the median in nanoseconds); only files written by this run are
//! read, so a benchmark left out (by a filter) shows as "not run", never as an old figure.
//!
//! Then the release app's launch and memory at rest against a plain Tauri window (`launch`).
//! `--launch-only` skips criterion, `--no-launch` the launch, `--launch-runs N` sets the
//! launches of each (5 unless told); other arguments go to `cargo bench`.

mod launch;

use std::{
    collections::HashMap,
    fs,
    path::{Path, PathBuf},
};

use crate::toolbox::{cargo, status, step, target_dir, Result};

/// What a row compares and what the issue aims for.
struct Row {
    what: &'static str,
    baseline: &'static str,
    measured: &'static str,
    aim: Aim,
}

enum Aim {
    /// At most this many times the baseline.
    Ratio(f64),
    /// The measured time under this many milliseconds.
    Millis(f64),
    /// Shown for information.
    None,
}

const ROWS: &[Row] = &[
    Row {
        what: "one care tap made durable: SQLCipher vs plain SQLite",
        baseline: "record one action durably/plain SQLite (baseline)",
        measured: "record one action durably/SQLCipher",
        aim: Aim::Ratio(1.3),
    },
    Row {
        what: "one care tap while locked (sealed file) vs unlocked",
        baseline: "record one action durably, locked or not/unlocked: into the database (baseline)",
        measured: "record one action durably, locked or not/locked: sealed into its own file",
        aim: Aim::None,
    },
    Row {
        what: "unlock (Argon2id, open the database) vs one bare guess",
        baseline: "offline guessing/one guess at the app's Argon2id parameters, one core",
        measured: "unlock/Argon2id at the app's parameters, then open the database",
        aim: Aim::None,
    },
    Row {
        what: "content: parse and validate vs bare TOML",
        baseline: "content/bare TOML (baseline)",
        measured: "content/parse and validate",
        aim: Aim::None,
    },
    Row {
        what: "10 000 entries: search, a rare word vs first page",
        baseline: "10 000 entries/journal list, first page of 20 (baseline)",
        measured: "10 000 entries/journal search, a word in 1% of entries",
        aim: Aim::Millis(50.0),
    },
    Row {
        what: "10 000 entries: search, a common word vs first page",
        baseline: "10 000 entries/journal list, first page of 20 (baseline)",
        measured: "10 000 entries/journal search, a word in most entries (200 shown)",
        aim: Aim::Millis(50.0),
    },
    Row {
        what: "10 000 entries: history, first page vs journal page",
        baseline: "10 000 entries/journal list, first page of 20 (baseline)",
        measured: "10 000 entries/history, first page of 20 moments",
        aim: Aim::Millis(50.0),
    },
    Row {
        what: "100 000 entries: search, a rare word vs first page",
        baseline: "100 000 entries/journal list, first page of 20 (baseline)",
        measured: "100 000 entries/journal search, a word in 1% of entries",
        aim: Aim::Millis(50.0),
    },
    Row {
        what: "100 000 entries: search, a common word vs first page",
        baseline: "100 000 entries/journal list, first page of 20 (baseline)",
        measured: "100 000 entries/journal search, a word in most entries (200 shown)",
        aim: Aim::Millis(50.0),
    },
    Row {
        what: "100 000 entries: history, first page vs journal page",
        baseline: "100 000 entries/journal list, first page of 20 (baseline)",
        measured: "100 000 entries/history, first page of 20 moments",
        aim: Aim::Millis(50.0),
    },
];

pub fn run(args: &[String]) -> Result {
    let mut criterion = true;
    let mut launches = Some(launch::DEFAULT_RUNS);
    let mut extra = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--launch-only" => criterion = false,
            "--no-launch" => launches = None,
            "--launch-runs" => {
                let runs = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--launch-runs takes a whole number, 1 or more")?;
                launches = Some(runs);
            }
            _ => extra.push(arg.clone()),
        }
    }
    let medians = if criterion {
        criterion_medians(&extra)?
    } else {
        HashMap::new()
    };
    let launch = launches.map(launch::measure).transpose()?;
    print_table(&medians, launch.as_ref());
    Ok(())
}

/// Runs criterion and returns the medians it wrote.
fn criterion_medians(extra: &[String]) -> Result<HashMap<String, f64>> {
    let results = target_dir().join("criterion");
    fs::create_dir_all(&results).map_err(|e| format!("could not create {results:?}: {e}"))?;
    // Only what this run writes counts: files newer than this marker.
    let marker = results.join(".xtask-bench-started");
    fs::write(&marker, b"").map_err(|e| format!("could not write {marker:?}: {e}"))?;
    let started = modified(&marker)?;

    step("benchmarks (criterion, release profile)");
    status(
        cargo()
            .args(["bench", "--package", "aftercare-core", "--locked"])
            .args(extra),
    )?;

    medians_since(&results, started)
}

/// Median time in nanoseconds of every benchmark written since `started`, by its full id.
fn medians_since(root: &Path, started: std::time::SystemTime) -> Result<HashMap<String, f64>> {
    let mut found = HashMap::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.file_name().is_some_and(|n| n == "benchmark.json")
                && path.parent().is_some_and(|p| p.ends_with("new"))
            {
                let estimates = path.with_file_name("estimates.json");
                if modified(&estimates).is_ok_and(|m| m >= started) {
                    let id = json(&path)?["full_id"]
                        .as_str()
                        .ok_or_else(|| format!("{path:?} names no benchmark"))?
                        .to_owned();
                    let median = json(&estimates)?["median"]["point_estimate"]
                        .as_f64()
                        .ok_or_else(|| format!("{estimates:?} has no median"))?;
                    found.insert(id, median);
                }
            }
        }
    }
    Ok(found)
}

fn print_table(medians: &HashMap<String, f64>, launch: Option<&launch::Figures>) {
    println!("\n==> summary (medians; each ratio is against a baseline from this same run)\n");
    println!(
        "{:<56} {:>10} {:>10} {:>9}  aim",
        "what", "baseline", "measured", "ratio"
    );
    for row in ROWS {
        let (Some(&base), Some(&measured)) = (medians.get(row.baseline), medians.get(row.measured))
        else {
            println!("{:<56} not run", row.what);
            continue;
        };
        let ratio = measured / base;
        let aim = match row.aim {
            Aim::Ratio(at_most) => verdict(ratio <= at_most, format!("≤ {at_most}×")),
            Aim::Millis(under) => verdict(measured / 1e6 < under, format!("< {under} ms")),
            Aim::None => String::new(),
        };
        println!(
            "{:<56} {:>10} {:>10} {:>8.2}×  {aim}",
            row.what,
            human(base),
            human(measured),
            ratio
        );
    }
    let Some(launch) = launch else {
        println!(
            "{:<56} not run",
            "launch and memory at rest vs a plain Tauri window"
        );
        return;
    };
    let rows = [
        (
            format!(
                "launch to interactive Home vs plain window (n={})",
                launch.runs
            ),
            human(launch.baseline_launch_ms * 1e6),
            human(launch.app_launch_ms * 1e6),
            launch.app_launch_ms / launch.baseline_launch_ms,
        ),
        (
            format!("memory at rest (PSS) vs plain window (n={})", launch.runs),
            mebibytes(launch.baseline_pss_kib),
            mebibytes(launch.app_pss_kib),
            launch.app_pss_kib / launch.baseline_pss_kib,
        ),
        (
            format!(
                "memory at rest, own pages (USS) vs plain (n={})",
                launch.runs
            ),
            mebibytes(launch.baseline_uss_kib),
            mebibytes(launch.app_uss_kib),
            launch.app_uss_kib / launch.baseline_uss_kib,
        ),
    ];
    for (what, base, measured, ratio) in rows {
        let aim = verdict(
            ratio <= LAUNCH_AND_MEMORY_AIM,
            format!("≤ {LAUNCH_AND_MEMORY_AIM}×"),
        );
        println!("{what:<56} {base:>10} {measured:>10} {ratio:>8.2}×  {aim}");
    }
    println!(
        "(of the launch, inside the page from its navigation to ready: app {}, baseline {})",
        human(launch.app_page_ms * 1e6),
        human(launch.baseline_page_ms * 1e6)
    );
}

/// The aim for launch time and memory at rest: at most this many times a plain window.
const LAUNCH_AND_MEMORY_AIM: f64 = 1.2;

/// KiB as MiB.
fn mebibytes(kib: f64) -> String {
    format!("{:.1} MiB", kib / 1024.0)
}

fn verdict(met: bool, aim: String) -> String {
    format!("{aim} {}", if met { "(met)" } else { "(NOT met)" })
}

/// Nanoseconds as µs, ms or s.
pub fn human(nanos: f64) -> String {
    if nanos < 1e3 {
        format!("{nanos:.0} ns")
    } else if nanos < 1e6 {
        format!("{:.1} µs", nanos / 1e3)
    } else if nanos < 1e9 {
        format!("{:.1} ms", nanos / 1e6)
    } else {
        format!("{:.2} s", nanos / 1e9)
    }
}

fn json(path: &PathBuf) -> Result<serde_json::Value> {
    let text = fs::read_to_string(path).map_err(|e| format!("could not read {path:?}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path:?} is not JSON: {e}"))
}

fn modified(path: &Path) -> Result<std::time::SystemTime> {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .map_err(|e| format!("could not read the time of {path:?}: {e}"))
}
