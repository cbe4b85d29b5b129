//! `cargo xtask bench`: the criterion benchmarks of the core, then one table in which every
//! figure stands beside a baseline measured in the same run on the same machine, printed and
//! written to `target/bench/<when>.md` and `.json` with the machine's cores and load average
//! (`report`), so two runs can be compared.
//!
//! Criterion keeps each benchmark's result in `target/criterion/…/new/` (`benchmark.json` names
//! it, `estimates.json` holds the median in nanoseconds); only files written by this run are
//! read, so a benchmark left out (by a filter) shows as "not run", never as an old figure.
//!
//! Then the release app's launch and memory at rest against a plain Tauri window (`launch`).
//! `--launch-only` skips criterion, `--reuse` takes criterion's results from the last run of this
//! command instead of running it again, `--no-launch` the launch, `--launch-runs N` sets the
//! launches of each (9 unless told; fewer are shown without a verdict); other arguments go to
//! `cargo bench`.

mod launch;
mod report;
mod size;

use std::{
    collections::HashMap,
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use report::{Aim, Figure, Line, Report, Unit};

use crate::toolbox::{cargo, status, step, target_dir, Result};

/// What a row compares and what the issue aims for (times in nanoseconds).
struct Row {
    what: &'static str,
    baseline: &'static str,
    measured: &'static str,
    aim: Aim,
}

const MS: f64 = 1e6;

const ROWS: &[Row] = &[
    Row {
        what: "one care tap made durable: SQLCipher vs plain SQLite",
        baseline: "record one action durably/plain SQLite (baseline)",
        measured: "record one action durably/SQLCipher",
        aim: Aim::Ratio(1.2),
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
        aim: Aim::RatioWithin {
            at_most: 1.1,
            low: 300.0 * MS,
            high: 1000.0 * MS,
        },
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
        aim: Aim::Under(50.0 * MS),
    },
    Row {
        what: "10 000 entries: search, a common word vs first page",
        baseline: "10 000 entries/journal list, first page of 20 (baseline)",
        measured: "10 000 entries/journal search, a word in most entries (200 shown)",
        aim: Aim::Under(30.0 * MS),
    },
    Row {
        what: "10 000 entries: history, first page vs journal page",
        baseline: "10 000 entries/journal list, first page of 20 (baseline)",
        measured: "10 000 entries/history, first page of 20 moments",
        aim: Aim::Under(10.0 * MS),
    },
    Row {
        what: "100 000 entries: search, a rare word vs first page",
        baseline: "100 000 entries/journal list, first page of 20 (baseline)",
        measured: "100 000 entries/journal search, a word in 1% of entries",
        aim: Aim::Under(50.0 * MS),
    },
    Row {
        what: "100 000 entries: search, a common word vs first page",
        baseline: "100 000 entries/journal list, first page of 20 (baseline)",
        measured: "100 000 entries/journal search, a word in most entries (200 shown)",
        aim: Aim::Under(30.0 * MS),
    },
    Row {
        what: "100 000 entries: history, first page vs journal page",
        baseline: "100 000 entries/journal list, first page of 20 (baseline)",
        measured: "100 000 entries/history, first page of 20 moments",
        aim: Aim::Under(10.0 * MS),
    },
    Row {
        what: "restore 10 000 + 10 000 into a new vault vs reading the rows",
        baseline: "10 000 moments and 10 000 journal entries/read every row (baseline)",
        measured: "10 000 moments and 10 000 journal entries/restore into a new database: scrypt 2^18, check, merge",
        aim: Aim::Ratio(15.0),
    },
    Row {
        what: "back up the same vs reading the rows",
        baseline: "10 000 moments and 10 000 journal entries/read every row (baseline)",
        measured: "10 000 moments and 10 000 journal entries/back up: scrypt 2^18, write, sync, read back",
        aim: Aim::Ratio(10.0),
    },
];

/// The aims for launch time and for memory at rest, against the plain window.
const LAUNCH_AIM: f64 = 1.2;
const MEMORY_AIM: f64 = 1.15;

pub fn run(args: &[String]) -> Result {
    let mut criterion = true;
    let mut reuse = false;
    let mut launches = Some(launch::DEFAULT_RUNS);
    let mut extra = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--launch-only" => criterion = false,
            "--no-launch" => launches = None,
            "--reuse" => reuse = true,
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
    let taken = utc_now()?;
    let load_at_start = report::load_average();
    let medians = if reuse {
        criterion_medians_of_last_run()?
    } else if criterion {
        criterion_medians(&extra)?
    } else {
        HashMap::new()
    };
    let launch = launches.map(launch::measure).transpose()?;
    let mut lines: Vec<Line> = ROWS
        .iter()
        .map(|row| criterion_line(row, &medians))
        .collect();
    lines.extend(launch_lines(launch.as_ref()));
    // The launch built both release binaries; their sizes are read as they are installed.
    let (size, sections) = if launch.is_some() {
        binary_size()?
    } else {
        (None, Vec::new())
    };
    // What each crate costs, from the linker's map of that same build.
    let parts = match size::newest_map(&target_dir()).filter(|_| launch.is_some()) {
        Some(map) => size::parts(
            &fs::read_to_string(&map).map_err(|e| format!("could not read {map:?}: {e}"))?,
        ),
        None => Vec::new(),
    };
    lines.push(size_line(size));
    let report = Report {
        taken,
        cores: std::thread::available_parallelism().map_or(0, usize::from),
        load_at_start,
        load_at_end: report::load_average(),
        lines,
        parts,
        sections,
    };
    println!("\n{}", report.markdown());
    let [markdown, json] = report.write(&target_dir().join("bench"))?;
    println!(
        "xtask: written to {} and {}",
        markdown.display(),
        json.display()
    );
    Ok(())
}

/// The aim for the release binary, stripped, in bytes.
const SIZE_AIM: f64 = 12e6;

/// The release app's and the plain window's sizes in bytes (both stripped by the release
/// profile), and the app's sections by size (`size -A`), largest first.
fn binary_size() -> Result<(Option<[u64; 2]>, Vec<report::Part>)> {
    let release = target_dir().join("release");
    let bytes = |name: &str| fs::metadata(release.join(name)).map(|m| m.len()).ok();
    let size = bytes("aftercare").zip(bytes("aftercare-baseline"));
    let out = Command::new("size")
        .args(["-A", "-d"])
        .arg(release.join("aftercare"))
        .output()
        .map_err(|e| format!("could not run `size`: {e}"))?;
    let mut sections: Vec<report::Part> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next().filter(|n| n.starts_with('.'))?;
            let bytes = words.next()?.parse().ok()?;
            Some(report::Part {
                name: name.to_owned(),
                bytes,
            })
        })
        .filter(|part| part.bytes > 0)
        .collect();
    sections.sort_by_key(|part| std::cmp::Reverse(part.bytes));
    Ok((size.map(|(app, plain)| [app, plain]), sections))
}

/// The size row: the app's release binary against the plain window's.
fn size_line(size: Option<[u64; 2]>) -> Line {
    let figure = |bytes: u64| Figure {
        median: bytes as f64,
        unit: Unit::Bytes,
        spread: None,
    };
    Line {
        what: "release binary, stripped, vs plain window".into(),
        baseline: size.map(|[_, plain]| figure(plain)),
        measured: size.map(|[app, _]| figure(app)),
        aim: Aim::AtMost(SIZE_AIM),
    }
}

/// The time now in UTC, as `2026-12-07T02:15:00Z`, from the system's `date` (the tools keep the
/// project's rule of never reading the clock in Rust; this names the run's files).
fn utc_now() -> Result<String> {
    let out = Command::new("date")
        .args(["-u", "+%Y-%m-%dT%H:%M:%SZ"])
        .output()
        .map_err(|e| format!("could not run `date`: {e}"))?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn criterion_line(row: &Row, medians: &HashMap<String, f64>) -> Line {
    let nanos = |id: &str| {
        medians.get(id).map(|&median| Figure {
            median,
            unit: Unit::Nanos,
            spread: None,
        })
    };
    Line {
        what: row.what.to_owned(),
        baseline: nanos(row.baseline),
        measured: nanos(row.measured),
        aim: row.aim,
    }
}

/// The launch and memory rows, with the spread of the launches.
fn launch_lines(launch: Option<&launch::Figures>) -> Vec<Line> {
    let figure = |stat: Option<launch::Stat>, unit: Unit, scale: f64| {
        stat.map(|s| Figure {
            median: s.median * scale,
            unit,
            spread: Some(report::Spread {
                min: s.spread.min * scale,
                max: s.spread.max * scale,
                n: s.spread.n,
            }),
        })
    };
    let aim = |at_most| Aim::RatioOver {
        at_most,
        runs: report::LAUNCH_RUNS_FOR_A_VERDICT,
    };
    let l = |f: fn(&launch::Figures) -> launch::Stat| launch.map(f);
    let painted = launch.map_or(String::new(), |f| {
        format!("{}{}", painted_alike(&f.painting), scripted_alike(&f.jit))
    });
    vec![
        Line {
            what: "launch to interactive Home vs plain window".into(),
            baseline: figure(l(|f| f.baseline_launch_ms), Unit::Nanos, 1e6),
            measured: figure(l(|f| f.app_launch_ms), Unit::Nanos, 1e6),
            aim: aim(LAUNCH_AIM),
        },
        Line {
            what: "of the launch, inside the page (navigation to ready)".into(),
            baseline: figure(l(|f| f.baseline_page_ms), Unit::Nanos, 1e6),
            measured: figure(l(|f| f.app_page_ms), Unit::Nanos, 1e6),
            aim: Aim::None,
        },
        Line {
            what: format!("memory at rest (PSS) vs plain window{painted}"),
            baseline: figure(l(|f| f.baseline_pss_kib), Unit::Kib, 1.0),
            measured: figure(l(|f| f.app_pss_kib), Unit::Kib, 1.0),
            aim: aim(MEMORY_AIM),
        },
        Line {
            what: format!("memory at rest, own pages (USS) vs plain window{painted}"),
            baseline: figure(l(|f| f.baseline_uss_kib), Unit::Kib, 1.0),
            measured: figure(l(|f| f.app_uss_kib), Unit::Kib, 1.0),
            aim: aim(MEMORY_AIM),
        },
    ]
}

/// How both pages were painted, as the memory rows say it: the value of
/// `WEBKIT_SKIA_ENABLE_CPU_RENDERING` that both web processes had.
fn painted_alike(painting: &str) -> &'static str {
    match painting {
        "1" => ", both painting on the CPU",
        "unset" | "0" => ", both painting through OpenGL",
        _ => ", both painting alike",
    }
}

/// How both pages' script was run, as the memory rows say it: `JSC_useJIT` in both.
fn scripted_alike(jit: &str) -> &'static str {
    match jit {
        "0" | "false" => ", without a JIT",
        _ => "",
    }
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

/// The medians the last run of criterion through this command wrote (`--reuse`: a run whose
/// launch part was stopped), without running it again.
fn criterion_medians_of_last_run() -> Result<HashMap<String, f64>> {
    let results = target_dir().join("criterion");
    let started = modified(&results.join(".xtask-bench-started"))?;
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

fn json(path: &PathBuf) -> Result<serde_json::Value> {
    let text = fs::read_to_string(path).map_err(|e| format!("could not read {path:?}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path:?} is not JSON: {e}"))
}

fn modified(path: &Path) -> Result<std::time::SystemTime> {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .map_err(|e| format!("could not read the time of {path:?}: {e}"))
}
