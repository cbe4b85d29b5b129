//! `cargo xtask fuzz`: AFL++ (through afl.rs's `cargo afl`, which works on stable Rust) over
//! each target of `fuzz/` for a bounded time, as many at once as the machine has cores (AFL++
//! is one process on one core), then a table of executions and a failure if any input crashed
//! or hung a target.
//!
//! Everything it writes is under `target/fuzz/`: the instrumented build, and per target the
//! AFL++ output folder (`out/<target>/default/`: `queue/`, `crashes/`, `hangs/`,
//! `fuzzer_stats`) and its log (`out/<target>.log`). Each run starts its target afresh from
//! the committed seeds in `fuzz/seeds/<target>/`.

mod build;

use std::{
    fs,
    path::{Path, PathBuf},
    process::Stdio,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Mutex,
    },
    thread,
};

pub use build::Build;

use crate::toolbox::{cargo, status, step, target_dir, workspace_root, Result};

/// `cargo xtask fuzz [--seconds N] [target…]`: every target unless some are named.
pub fn command(args: &[String]) -> Result {
    let known = targets()?;
    let mut seconds = DEFAULT_SECONDS;
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
    run(&chosen, seconds)
}

/// Per target, what `cargo xtask test` gives it: enough for AFL++ to pass its seeds and make a
/// few hundred thousand executions of the fast targets.
pub const CI_SECONDS: u64 = 10;
/// Per target, what `cargo xtask fuzz` gives it unless told otherwise.
pub const DEFAULT_SECONDS: u64 = 60;
/// AFL++'s limit for one input, in milliseconds: a parser that takes longer has hung. The
/// slowest target takes about a millisecond; the margin is for a busy machine.
const TIMEOUT_MS: &str = "2000";

/// What AFL++ reported for one target.
pub struct Report {
    pub target: String,
    pub seconds: u64,
    pub execs: u64,
    pub execs_per_sec: f64,
    pub corpus: u64,
    pub crashes: Vec<PathBuf>,
    pub hangs: Vec<PathBuf>,
}

/// The targets, named by their seed folders (`fuzz/tests/seeds.rs` checks that every target
/// has one).
pub fn targets() -> Result<Vec<String>> {
    let seeds = workspace_root().join("fuzz/seeds");
    let mut names: Vec<String> = fs::read_dir(&seeds)
        .map_err(|e| format!("cannot read {}: {e}", seeds.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

/// Installs AFL++ if needed, builds the targets with its instrumentation, and fuzzes each of
/// `targets` for `seconds`. Fails if any input crashed or hung a target.
pub fn run(targets: &[String], seconds: u64) -> Result {
    let build = Build::start()?;
    step("fuzz targets, built with AFL++'s instrumentation (cargo afl build)");
    let binary = build.finish()?;
    fuzz_built(&binary, targets, seconds)
}

/// Fuzzes each of `targets` for `seconds` with the instrumented `binary`, as many at once as
/// the machine has cores. Fails if any input crashed or hung a target.
pub fn fuzz_built(binary: &Path, targets: &[String], seconds: u64) -> Result {
    let build_dir = target_dir().join("fuzz");
    // One AFL++ per core, each taking the next target until none is left.
    let at_once = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(targets.len().max(1));
    step(&format!(
        "fuzzing {} targets for {seconds} s each, {at_once} at a time (AFL++)",
        targets.len()
    ));
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let out = build_dir.join("out");
    thread::scope(|scope| {
        for _ in 0..at_once {
            scope.spawn(|| {
                while let Some(target) = targets.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let report = fuzz_one(binary, target, seconds, &out);
                    results.lock().expect("results").push(report);
                }
            });
        }
    });
    let mut reports = results
        .into_inner()
        .expect("results")
        .into_iter()
        .collect::<Result<Vec<_>>>()?;
    reports.sort_by(|a, b| a.target.cmp(&b.target));
    print_table(&reports);

    let found: Vec<String> = reports.iter().flat_map(problems).collect();
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the fuzzer found inputs that crash or hang a parser:\n{}\n\
             Replay one with `cargo run -p aftercare-fuzz -- <target> <file>`, fix the parser, and \
             keep the input as a regression test (core/tests/core/fuzzed.rs).",
            found.join("\n")
        ))
    }
}

fn fuzz_one(binary: &Path, target: &str, seconds: u64, out: &Path) -> Result<Report> {
    let seeds = workspace_root().join("fuzz/seeds").join(target);
    let output = out.join(target);
    let log_path = out.join(format!("{target}.log"));
    if output.exists() {
        fs::remove_dir_all(&output)
            .map_err(|e| format!("cannot clear {}: {e}", output.display()))?;
    }
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let log = fs::File::create(&log_path)
        .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
    let log_err = log
        .try_clone()
        .map_err(|e| format!("cannot write {}: {e}", log_path.display()))?;

    let mut afl = cargo();
    afl.args([
        "afl",
        "fuzz",
        "-V",
        &seconds.to_string(),
        "-t",
        TIMEOUT_MS,
        "-i",
    ])
    .arg(&seeds)
    .arg("-o")
    .arg(&output)
    .arg("--")
    .arg(binary)
    .arg(target)
    // A run in CI or a sandbox: no screen, no CPU-frequency or core-dump checks (which would
    // need /proc/sys changed as root), no pinning to a core another build may be using,
    // quick calibration, and stop at the first crash, which fails the run anyway.
    .env("AFL_NO_UI", "1")
    .env("AFL_SKIP_CPUFREQ", "1")
    .env("AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES", "1")
    .env("AFL_NO_AFFINITY", "1")
    .env("AFL_FAST_CAL", "1")
    .env("AFL_BENCH_UNTIL_CRASH", "1")
    .stdin(Stdio::null())
    .stdout(log)
    .stderr(log_err);
    if let Err(error) = status(&mut afl) {
        let text = fs::read_to_string(&log_path).unwrap_or_default();
        let tail: Vec<&str> = text.lines().rev().take(30).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "{error}\nlast lines of {}:\n{}",
            log_path.display(),
            tail.join("\n")
        ));
    }
    read_report(target, &output.join("default"))
}

fn read_report(target: &str, dir: &Path) -> Result<Report> {
    let stats_path = dir.join("fuzzer_stats");
    let stats = fs::read_to_string(&stats_path)
        .map_err(|e| format!("AFL++ left no {}: {e}", stats_path.display()))?;
    let field = |name: &str| -> Result<String> {
        stats
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(key, _)| key.trim() == name)
            .map(|(_, value)| value.trim().to_owned())
            .ok_or_else(|| format!("{} has no `{name}`", stats_path.display()))
    };
    let number = |name: &str| -> Result<u64> {
        field(name)?
            .parse()
            .map_err(|e| format!("{}: `{name}`: {e}", stats_path.display()))
    };
    Ok(Report {
        target: target.to_owned(),
        seconds: number("run_time")?,
        execs: number("execs_done")?,
        execs_per_sec: field("execs_per_sec")?
            .parse()
            .map_err(|e| format!("{}: `execs_per_sec`: {e}", stats_path.display()))?,
        corpus: number("corpus_count")?,
        crashes: saved_inputs(&dir.join("crashes")),
        hangs: saved_inputs(&dir.join("hangs")),
    })
}

/// The inputs AFL++ saved in a folder (it adds a README beside them).
fn saved_inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.path())
                .filter(|path| {
                    path.file_name()
                        .is_some_and(|name| name.to_string_lossy().starts_with("id:"))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn problems(report: &Report) -> Vec<String> {
    let crashes = report.crashes.iter().map(|path| ("crash", path));
    let hangs = report.hangs.iter().map(|path| ("hang", path));
    crashes
        .chain(hangs)
        .map(|(what, path)| format!("  {} {what}: {}", report.target, path.display()))
        .collect()
}

fn print_table(reports: &[Report]) {
    println!(
        "\n{:<14} {:>7} {:>12} {:>9} {:>7} {:>8} {:>6}",
        "target", "seconds", "executions", "execs/s", "corpus", "crashes", "hangs"
    );
    for r in reports {
        println!(
            "{:<14} {:>7} {:>12} {:>9.0} {:>7} {:>8} {:>6}",
            r.target,
            r.seconds,
            r.execs,
            r.execs_per_sec,
            r.corpus,
            r.crashes.len(),
            r.hangs.len()
        );
    }
    let total: u64 = reports.iter().map(|r| r.execs).sum();
    println!("total executions: {total}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_is_read_from_afl_plus_plus_stats_and_its_saved_inputs() {
        let dir = std::env::temp_dir().join(format!("xtask-fuzz-report-{}", std::process::id()));
        fs::create_dir_all(dir.join("crashes")).unwrap();
        fs::create_dir_all(dir.join("hangs")).unwrap();
        fs::write(
            dir.join("fuzzer_stats"),
            "start_time        : 1\nrun_time          : 10\nexecs_done        : 309192\n\
             execs_per_sec     : 30904.12\ncorpus_count      : 5\nsaved_crashes     : 1\n",
        )
        .unwrap();
        fs::write(dir.join("crashes/README.txt"), "not an input").unwrap();
        fs::write(dir.join("crashes/id:000000,sig:06"), [0u8]).unwrap();

        let report = read_report("attempts", &dir).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            (report.seconds, report.execs, report.corpus),
            (10, 309192, 5)
        );
        assert!((report.execs_per_sec - 30904.12).abs() < 0.01);
        assert_eq!(report.crashes.len(), 1, "the README is not an input");
        assert!(report.hangs.is_empty());
        assert_eq!(problems(&report).len(), 1);
    }
}
