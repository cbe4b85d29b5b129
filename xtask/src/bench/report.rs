//! The table of `cargo xtask bench`: printed, and written to `target/bench/<when>.md` and
//! `<when>.json` with the machine it was measured on (its cores, the load average at the start
//! and at the end of the run), so two runs can be compared side by side.

use std::{fs, path::Path};

use serde_json::json;

use crate::toolbox::Result;

/// One run of the bench.
pub struct Report {
    /// When the run started, in UTC (`2026-12-07T02:15:00Z`).
    pub taken: String,
    pub cores: usize,
    /// The load average over 1, 5 and 15 minutes (`/proc/loadavg`), at the start and the end.
    pub load_at_start: Option<[f64; 3]>,
    pub load_at_end: Option<[f64; 3]>,
    pub lines: Vec<Line>,
    /// What each part of the release binary costs, largest first, when it was measured.
    pub parts: Vec<Part>,
    /// The release binary's sections by kind (code, read-only data…), in bytes.
    pub sections: Vec<Part>,
}

/// A row: a figure beside its baseline from the same run, and the aim for it.
pub struct Line {
    pub what: String,
    /// `None` when this run did not measure it.
    pub baseline: Option<Figure>,
    pub measured: Option<Figure>,
    pub aim: Aim,
}

/// A median, in `unit`, with the lowest and highest reading and their count where known.
#[derive(Clone, Copy)]
pub struct Figure {
    pub median: f64,
    pub unit: Unit,
    pub spread: Option<Spread>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub min: f64,
    pub max: f64,
    pub n: usize,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Unit {
    Nanos,
    Kib,
    Bytes,
}

/// A part of the binary (a crate, a C library, a section) and its bytes.
pub struct Part {
    pub name: String,
    pub bytes: u64,
}

#[derive(Clone, Copy)]
pub enum Aim {
    /// At most this many times the baseline.
    Ratio(f64),
    /// At most this many times the baseline, from at least `runs` readings of each.
    RatioOver { at_most: f64, runs: usize },
    /// At most this many times the baseline, and the measured median between `low` and
    /// `high` (in the figure's unit).
    RatioWithin { at_most: f64, low: f64, high: f64 },
    /// The measured median below this (in the figure's unit).
    Under(f64),
    /// At most this (in the figure's unit).
    AtMost(f64),
    /// Shown for information.
    None,
}

/// Launch figures are compared only from this many launches of each.
pub const LAUNCH_RUNS_FOR_A_VERDICT: usize = 9;

impl Line {
    pub fn ratio(&self) -> Option<f64> {
        Some(self.measured?.median / self.baseline?.median)
    }

    /// Whether the aim is met; `None` when there is no aim, nothing was measured, or too few
    /// readings to say.
    pub fn met(&self) -> Option<bool> {
        let measured = self.measured?;
        let ratio = self.ratio();
        match self.aim {
            Aim::Ratio(at_most) => Some(ratio? <= at_most),
            Aim::RatioOver { at_most, runs } => {
                let enough =
                    |f: Option<Figure>| f.and_then(|f| f.spread).is_some_and(|s| s.n >= runs);
                (enough(self.baseline) && enough(self.measured)).then_some(ratio? <= at_most)
            }
            Aim::RatioWithin { at_most, low, high } => {
                Some(ratio? <= at_most && (low..=high).contains(&measured.median))
            }
            Aim::Under(limit) => Some(measured.median < limit),
            Aim::AtMost(limit) => Some(measured.median <= limit),
            Aim::None => None,
        }
    }

    fn aim_text(&self, unit: Unit) -> String {
        match self.aim {
            Aim::Ratio(at_most) => format!("≤ {at_most}×"),
            Aim::RatioOver { at_most, runs } => format!("≤ {at_most}× (n ≥ {runs})"),
            Aim::RatioWithin { at_most, low, high } => {
                format!("≤ {at_most}×, {}–{}", human(low, unit), human(high, unit))
            }
            Aim::Under(limit) => format!("< {}", human(limit, unit)),
            Aim::AtMost(limit) => format!("≤ {}", human(limit, unit)),
            Aim::None => String::new(),
        }
    }

    fn verdict_text(&self) -> String {
        let unit = self.measured.map_or(Unit::Nanos, |f| f.unit);
        let aim = self.aim_text(unit);
        match self.met() {
            Some(true) => format!("{aim}, met"),
            Some(false) => format!("{aim}, **not met**"),
            None if matches!(self.aim, Aim::RatioOver { .. }) && self.measured.is_some() => {
                format!("{aim}: too few runs for a verdict")
            }
            None => aim,
        }
    }
}

impl Report {
    /// The table as Markdown: what is printed and written to `<when>.md`.
    pub fn markdown(&self) -> String {
        let load = |l: Option<[f64; 3]>| {
            l.map_or("unknown".to_owned(), |[a, b, c]| {
                format!("{a:.2} {b:.2} {c:.2}")
            })
        };
        let mut out = format!(
            "# `cargo xtask bench`, {}\n\n{} cores; load average (1, 5, 15 min) {} at the \
             start, {} at the end. Medians; each ratio is against a baseline measured in \
             this same run; (min–max, n) where there are several readings.\n\n\
             | what | baseline | measured | ratio | aim |\n|---|---|---|---|---|\n",
            self.taken,
            self.cores,
            load(self.load_at_start),
            load(self.load_at_end),
        );
        for line in &self.lines {
            let (Some(base), Some(measured)) = (line.baseline, line.measured) else {
                out.push_str(&format!("| {} | not run | | | |\n", line.what));
                continue;
            };
            out.push_str(&format!(
                "| {} | {} | {} | {:.2}× | {} |\n",
                line.what,
                figure(base),
                figure(measured),
                line.ratio().unwrap_or(f64::NAN),
                line.verdict_text()
            ));
        }
        if !self.parts.is_empty() {
            let total: u64 = self.parts.iter().map(|p| p.bytes).sum();
            out.push_str(
                "\n## What each part of the release binary costs\n\n\
                 Bytes of code, data and unwind tables each crate or C library adds to the \
                 release app, from the linker's map of its build (generic code counted where \
                 it is instantiated), largest first.\n\n\
                 | part | bytes | share |\n|---|---|---|\n",
            );
            for part in &self.parts {
                out.push_str(&format!(
                    "| {} | {} | {:.1} % |\n",
                    part.name,
                    part.bytes,
                    100.0 * part.bytes as f64 / total.max(1) as f64
                ));
            }
        }
        if !self.sections.is_empty() {
            out.push_str("\n| section of the stripped binary | bytes |\n|---|---|\n");
            for section in &self.sections {
                out.push_str(&format!("| {} | {} |\n", section.name, section.bytes));
            }
        }
        out
    }

    /// The same as JSON, every number as measured (nanoseconds, KiB or bytes).
    pub fn json(&self) -> serde_json::Value {
        let figure = |f: Option<Figure>| {
            f.map(|f| {
                json!({
                    "median": f.median,
                    "unit": match f.unit { Unit::Nanos => "ns", Unit::Kib => "KiB", Unit::Bytes => "bytes" },
                    "min": f.spread.map(|s| s.min),
                    "max": f.spread.map(|s| s.max),
                    "n": f.spread.map(|s| s.n),
                })
            })
        };
        let parts = |parts: &[Part]| {
            parts
                .iter()
                .map(|p| json!({ "name": p.name, "bytes": p.bytes }))
                .collect::<Vec<_>>()
        };
        json!({
            "taken": self.taken,
            "machine": {
                "cores": self.cores,
                "load_at_start": self.load_at_start,
                "load_at_end": self.load_at_end,
            },
            "rows": self.lines.iter().map(|line| json!({
                "what": line.what,
                "baseline": figure(line.baseline),
                "measured": figure(line.measured),
                "ratio": line.ratio(),
                "aim": line.aim_text(line.measured.map_or(Unit::Nanos, |f| f.unit)),
                "met": line.met(),
            })).collect::<Vec<_>>(),
            "binary_parts": parts(&self.parts),
            "binary_sections": parts(&self.sections),
        })
    }

    /// Writes `<folder>/<taken>.md` and `<folder>/<taken>.json` and returns the two paths.
    pub fn write(&self, folder: &Path) -> Result<[std::path::PathBuf; 2]> {
        fs::create_dir_all(folder).map_err(|e| format!("could not create {folder:?}: {e}"))?;
        let stem = self.taken.replace(':', "");
        let markdown = folder.join(format!("{stem}.md"));
        let json = folder.join(format!("{stem}.json"));
        fs::write(&markdown, self.markdown())
            .map_err(|e| format!("could not write {markdown:?}: {e}"))?;
        let text = serde_json::to_string_pretty(&self.json()).expect("JSON from numbers");
        fs::write(&json, text).map_err(|e| format!("could not write {json:?}: {e}"))?;
        Ok([markdown, json])
    }
}

/// The load average now, from `/proc/loadavg`; `None` where there is none.
pub fn load_average() -> Option<[f64; 3]> {
    let text = fs::read_to_string("/proc/loadavg").ok()?;
    let mut numbers = text.split_whitespace().map(|n| n.parse::<f64>().ok());
    Some([numbers.next()??, numbers.next()??, numbers.next()??])
}

fn figure(f: Figure) -> String {
    match f.spread {
        Some(s) if s.n > 1 => format!(
            "{} ({}–{}, n={})",
            human(f.median, f.unit),
            human(s.min, f.unit),
            human(s.max, f.unit),
            s.n
        ),
        _ => human(f.median, f.unit),
    }
}

/// A value in its unit, for people: ns as µs, ms or s; KiB as MiB; bytes as MB.
pub fn human(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Nanos if value < 1e3 => format!("{value:.0} ns"),
        Unit::Nanos if value < 1e6 => format!("{:.1} µs", value / 1e3),
        Unit::Nanos if value < 1e9 => format!("{:.1} ms", value / 1e6),
        Unit::Nanos => format!("{:.2} s", value / 1e9),
        Unit::Kib => format!("{:.1} MiB", value / 1024.0),
        Unit::Bytes => format!("{:.2} MB", value / 1e6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn launch(n: usize) -> Line {
        let reading = |median: f64| Figure {
            median,
            unit: Unit::Nanos,
            spread: Some(Spread {
                min: median - 20e6,
                max: median + 30e6,
                n,
            }),
        };
        Line {
            what: "launch to interactive Home vs plain window".into(),
            baseline: Some(reading(450e6)),
            measured: Some(reading(530e6)),
            aim: Aim::RatioOver {
                at_most: 1.2,
                runs: LAUNCH_RUNS_FOR_A_VERDICT,
            },
        }
    }

    fn nanos(median: f64) -> Option<Figure> {
        Some(Figure {
            median,
            unit: Unit::Nanos,
            spread: None,
        })
    }

    /// Two runs can be compared: each is written as Markdown and as JSON under its own time,
    /// with the machine's cores and load, every median with its spread, ratio and verdict.
    #[test]
    fn the_table_is_written_as_markdown_and_json_with_the_machine_it_ran_on() {
        let report = Report {
            taken: "2026-12-07T02:15:00Z".into(),
            cores: 2,
            load_at_start: Some([1.5, 2.25, 3.0]),
            load_at_end: Some([4.0, 5.0, 6.0]),
            lines: vec![
                launch(9),
                Line {
                    what: "history, first page".into(),
                    baseline: nanos(400e3),
                    measured: nanos(12e6),
                    aim: Aim::Under(10e6),
                },
                Line {
                    what: "restore".into(),
                    baseline: None,
                    measured: None,
                    aim: Aim::Ratio(15.0),
                },
            ],
            parts: vec![Part {
                name: "libsqlite3_sys".into(),
                bytes: 1_200_000,
            }],
            sections: Vec::new(),
        };
        let folder = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
        let [markdown, json] = report.write(&folder).unwrap();
        assert!(markdown.ends_with("2026-12-07T021500Z.md"), "{markdown:?}");
        let markdown = fs::read_to_string(markdown).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(json).unwrap()).unwrap();
        fs::remove_dir_all(&folder).unwrap();

        assert!(markdown.contains("2 cores; load average (1, 5, 15 min) 1.50 2.25 3.00 at the start, 4.00 5.00 6.00 at the end"), "{markdown}");
        assert!(
            markdown.contains("| 450.0 ms (430.0 ms–480.0 ms, n=9) | 530.0 ms (510.0 ms–560.0 ms, n=9) | 1.18× | ≤ 1.2× (n ≥ 9), met |"),
            "{markdown}"
        );
        assert!(
            markdown.contains(
                "| history, first page | 400.0 µs | 12.0 ms | 30.00× | < 10.0 ms, **not met** |"
            ),
            "{markdown}"
        );
        assert!(markdown.contains("| restore | not run |"), "{markdown}");
        assert!(
            markdown.contains("| libsqlite3_sys | 1200000 | 100.0 % |"),
            "{markdown}"
        );

        assert_eq!(json["machine"]["cores"], 2);
        assert_eq!(json["machine"]["load_at_end"][2], 6.0);
        let rows = json["rows"].as_array().unwrap();
        assert_eq!(rows[0]["measured"]["min"], 510e6);
        assert_eq!(rows[0]["measured"]["n"], 9);
        assert_eq!(rows[0]["met"], true);
        assert_eq!(rows[1]["met"], false);
        assert_eq!(rows[2]["measured"], serde_json::Value::Null);
        assert_eq!(json["binary_parts"][0]["bytes"], 1_200_000);
    }

    /// A launch ratio from fewer than 9 launches of each is shown but judged neither way.
    #[test]
    fn launch_figures_from_fewer_than_nine_runs_get_no_verdict() {
        assert_eq!(launch(9).met(), Some(true));
        assert_eq!(launch(5).met(), None);
        assert!(launch(5).verdict_text().contains("too few runs"));
    }

    /// Unlocking must cost about one guess (≤ 1.1×) and stay between 0.3 and 1 s.
    #[test]
    fn unlock_is_judged_by_its_ratio_and_by_its_range() {
        let unlock = |guess: f64, unlock: f64| Line {
            what: "unlock vs one bare guess".into(),
            baseline: nanos(guess),
            measured: nanos(unlock),
            aim: Aim::RatioWithin {
                at_most: 1.1,
                low: 0.3e9,
                high: 1e9,
            },
        };
        assert_eq!(unlock(500e6, 520e6).met(), Some(true));
        assert_eq!(
            unlock(500e6, 600e6).met(),
            Some(false),
            "too far above a guess"
        );
        assert_eq!(
            unlock(200e6, 210e6).met(),
            Some(false),
            "too quick to guess at"
        );
        assert_eq!(unlock(1.2e9, 1.2e9).met(), Some(false), "too slow to open");
    }
}
