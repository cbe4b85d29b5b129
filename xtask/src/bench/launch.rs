//! The launch and memory rows of `cargo xtask bench`: the release app against the plain Tauri
//! window of `baseline/`, built from the same toolchain, profile and Tauri features, launched
//! alternately on the same machine in the same run.
//!
//! The measuring is done by `launch-bench` (`tests/launch_bench.rs`, which says what is timed
//! and why that is fair to both), through the end-to-end harness, under its own `xvfb-run` and
//! `dbus-run-session`, so it starts and stops every process as the journeys do. Everything it
//! writes is in temporary folders and `target/`.

use std::{path::Path, process::Command};

use super::report::{self, Spread};
use crate::{
    journeys,
    toolbox::{cargo, status, step, target_dir, Result},
};

/// Launches of each, after one warm-up launch of each that is not counted, alternating app and
/// baseline (the harness also swaps which goes first every round).
pub const DEFAULT_RUNS: usize = report::LAUNCH_RUNS_FOR_A_VERDICT;

/// The readings of one run of `launch-bench`: median, lowest and highest of each.
pub struct Figures {
    pub app_launch_ms: Stat,
    pub baseline_launch_ms: Stat,
    /// Of the launch, the part inside the page (navigation start to ready).
    pub app_page_ms: Stat,
    pub baseline_page_ms: Stat,
    pub app_pss_kib: Stat,
    pub baseline_pss_kib: Stat,
    /// The pages only the program and its web view's processes map (USS): unlike PSS, not
    /// lowered by other WebKit processes on the machine.
    pub app_uss_kib: Stat,
    pub baseline_uss_kib: Stat,
    /// How both painted their pages (`launch-bench` refuses to compare two that differ): the
    /// value of `WEBKIT_SKIA_ENABLE_CPU_RENDERING` in their web processes, or `unset`.
    pub painting: String,
    /// Whether both ran script with a JIT (`launch-bench` refuses two that differ): the value
    /// of `JSC_useJIT` in their web processes, or `unset`.
    pub jit: String,
}

/// A median with the spread of the readings it is the median of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stat {
    pub median: f64,
    pub spread: Spread,
}

pub fn measure(runs: usize) -> Result<Figures> {
    let (tauri_driver, webkit_driver) = journeys::test_tools()?;

    // Together, so that Cargo gives every crate the two share the same features.
    step("release builds of the app and the baseline window");
    status(cargo().args([
        "build",
        "--release",
        "--package",
        "aftercare",
        "--package",
        "aftercare-baseline",
        "--locked",
    ]))?;
    status(cargo().args([
        "build",
        "--package",
        "aftercare-e2e",
        "--bin",
        "launch-bench",
        "--locked",
    ]))?;

    step(&format!(
        "launch and memory at rest: the app and the baseline window, {runs} times each"
    ));
    let release = target_dir().join("release");
    let results = target_dir().join("launch-bench.json");
    let _ = std::fs::remove_file(&results);
    status(
        Command::new("xvfb-run")
            .args([
                "--auto-servernum",
                "--server-args=-screen 0 1280x1024x24",
                "dbus-run-session",
                "--",
            ])
            .arg(target_dir().join("debug").join("launch-bench"))
            .arg(runs.to_string())
            .arg(&results)
            .env("AFTERCARE_APP", release.join("aftercare"))
            .env("AFTERCARE_BASELINE", release.join("aftercare-baseline"))
            .env("TAURI_DRIVER", &tauri_driver)
            .env("WEBKIT_WEBDRIVER", &webkit_driver),
    )?;
    read(&results)
}

fn read(path: &Path) -> Result<Figures> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("could not read {path:?}: {e}"))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{path:?} is not JSON: {e}"))?;
    let median_of = |name: &str, field: &str| -> Result<Stat> {
        let subject = json["subjects"]
            .as_array()
            .and_then(|all| all.iter().find(|s| s["name"] == name))
            .ok_or_else(|| format!("{path:?} has no figures for {name}"))?;
        let values: Vec<f64> = subject[field]
            .as_array()
            .map(|all| all.iter().filter_map(serde_json::Value::as_f64).collect())
            .unwrap_or_default();
        stat(values).ok_or_else(|| format!("{path:?} has no {field} for {name}"))
    };
    Ok(Figures {
        app_launch_ms: median_of("app", "launch_ms")?,
        baseline_launch_ms: median_of("baseline", "launch_ms")?,
        app_page_ms: median_of("app", "page_ms")?,
        baseline_page_ms: median_of("baseline", "page_ms")?,
        app_pss_kib: median_of("app", "pss_kib")?,
        baseline_pss_kib: median_of("baseline", "pss_kib")?,
        app_uss_kib: median_of("app", "uss_kib")?,
        baseline_uss_kib: median_of("baseline", "uss_kib")?,
        painting: json["painting"]
            .as_str()
            .ok_or_else(|| format!("{path:?} does not say how the pages were painted"))?
            .to_owned(),
        jit: json["jit"]
            .as_str()
            .ok_or_else(|| format!("{path:?} does not say how script was run"))?
            .to_owned(),
    })
}

fn stat(mut values: Vec<f64>) -> Option<Stat> {
    values.retain(|v| !v.is_nan());
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    let median = if values.len() % 2 == 1 {
        values[middle]
    } else {
        (values[middle - 1] + values[middle]) / 2.0
    };
    Some(Stat {
        median,
        spread: Spread {
            min: values[0],
            max: values[values.len() - 1],
            n: values.len(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::{stat, Spread, Stat};

    #[test]
    fn the_median_and_spread_of_an_odd_and_an_even_count() {
        let spread = |min, max, n| Spread { min, max, n };
        assert_eq!(
            stat(vec![3.0, 1.0, 2.0]),
            Some(Stat {
                median: 2.0,
                spread: spread(1.0, 3.0, 3)
            })
        );
        assert_eq!(
            stat(vec![4.0, 1.0, 3.0, 2.0]),
            Some(Stat {
                median: 2.5,
                spread: spread(1.0, 4.0, 4)
            })
        );
        assert_eq!(stat(Vec::new()), None);
    }
}
