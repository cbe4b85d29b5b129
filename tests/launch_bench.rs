//! `launch-bench <runs> <results.json>`: the app's launch time and memory at rest against the
//! plain Tauri window of `baseline/`, for `cargo xtask bench` (which builds both in release,
//! provides the display and the session bus, and prints the table). The app is the program at
//! `AFTERCARE_APP`, the baseline the one at `AFTERCARE_BASELINE`.
//!
//! Both are started the same way, through the harness (`App::open`: tauri-driver and
//! WebKitWebDriver, a temporary home and XDG folders, their own ports), alternately, one
//! warm-up round first that is not counted; the order within a round alternates too.
//!
//! **Launch** is the time from asking WebDriver for a session (tauri-driver then starts the
//! program) until the first screen answers taps: its `body` says `data-ready="true"` and the
//! element a person would tap first is displayed and enabled. The app sets `data-ready` at the
//! end of its start-up (`ui/js/main.js`: content and rules loaded, the vault's state asked,
//! Home drawn, every handler attached); the baseline's page sets it once its button's handler
//! is attached. The element is the first action tile on the app's Home (locked: a vault is set
//! up in its data folder, as at every launch but the first) and the button in the baseline.
//! Both are watched by the same loop of WebDriver calls, so what WebDriver itself costs is on
//! both sides; the loop polls every 10 ms, so each figure may be late by up to one round trip.
//!
//! **Memory at rest** is the proportional set size (`Pss:` of `/proc/<pid>/smaps_rollup`) of
//! the program and every process it started (WebKit's web and network processes, and a sandbox
//! between when there is one), summed, 2 s after the first screen was interactive. Shared pages are divided among
//! the processes that map them, so libraries shared with the drivers count only in part, and
//! every other WebKit process on the machine (another app, another engineer's journeys) lowers
//! it: on a shared machine PSS moves with what else runs. The unique set size (`Private_Clean`
//! plus `Private_Dirty`: the pages only that process maps) is recorded beside it; it moves too,
//! though less, while another WebKit process runs on the machine (the pages of WebKit's
//! libraries both map are then shared, not the app's own: 60–65 MiB lower for app and plain
//! window alike while journeys ran), so memory is read on a machine running no other web view.

use std::{path::PathBuf, time::Duration};

use aftercare_core::{
    data_dir::DataDir,
    vault::{slot::KdfParams, Passcode, Vault},
};
use aftercare_e2e::{App, Launch};
use fantoccini::Locator;
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

/// How long the program is left alone after its first screen is interactive.
const REST: Duration = Duration::from_secs(2);
/// Giving up on a launch.
const PATIENCE: Duration = Duration::from_secs(60);

struct Subject {
    name: &'static str,
    program: PathBuf,
    /// What is there, displayed and enabled, once the first screen answers taps.
    interactive: &'static str,
    /// Whether it keeps data in `AFTERCARE_DATA_DIR` (a vault is set up there first).
    has_vault: bool,
}

/// One launch's figures.
struct Reading {
    launch_ms: f64,
    /// Of that, the part inside the page: from its navigation's start until it set
    /// `data-ready` (its `readyAfterMs`); the rest is the program's start before the page.
    page_ms: f64,
    pss_kib: u64,
    /// The pages only these processes map (USS), in KiB.
    uss_kib: u64,
    /// PSS by program name (the app, WebKitWebProcess, …), for the README's breakdown.
    parts: Vec<(String, u64)>,
    /// How its web process paints: `WEBKIT_SKIA_ENABLE_CPU_RENDERING` as that process got it.
    painting: String,
    /// Whether its web process runs script with a JIT: `JSC_useJIT` as that process got it.
    jit: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [runs, out] = args.as_slice() else {
        panic!("usage: launch-bench <runs> <results.json>");
    };
    let runs: usize = runs.parse().expect("runs: a whole number");
    let program = |env: &str| {
        PathBuf::from(std::env::var_os(env).unwrap_or_else(|| panic!("{env} is not set")))
    };
    let subjects = [
        Subject {
            name: "app",
            program: program("AFTERCARE_APP"),
            interactive: "body[data-ready='true'][data-view='home'] #action-tiles button",
            has_vault: true,
        },
        Subject {
            name: "baseline",
            program: program("AFTERCARE_BASELINE"),
            interactive: "body[data-ready='true'] #tap",
            has_vault: false,
        },
    ];

    let mut results: Vec<Vec<Reading>> = vec![Vec::new(), Vec::new()];
    for round in 0..=runs {
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for which in order {
            let subject = &subjects[which];
            let reading = launch(subject).await;
            eprintln!(
                "launch-bench: {} {}: interactive after {:.0} ms ({:.0} ms in the page), {} KiB \
                 PSS at rest {:?}",
                if round == 0 { "warm-up" } else { "run" },
                subject.name,
                reading.launch_ms,
                reading.page_ms,
                reading.pss_kib,
                reading.parts
            );
            if round > 0 {
                results[which].push(reading);
            }
        }
    }

    // Like for like: memory depends on how the page is painted (through OpenGL, Mesa's software
    // shaders stay in the web process), so both must have painted the same way in every launch.
    let paintings: std::collections::BTreeSet<&str> = results
        .iter()
        .flatten()
        .map(|r| r.painting.as_str())
        .collect();
    assert!(
        paintings.len() == 1,
        "the app and the baseline did not paint the same way ({paintings:?}): not like for like"
    );
    let painting = paintings.into_iter().next().unwrap_or_default();
    // And memory depends on whether script is compiled just in time (its code and the tables
    // behind it stay in the web process).
    let jits: std::collections::BTreeSet<&str> =
        results.iter().flatten().map(|r| r.jit.as_str()).collect();
    assert!(
        jits.len() == 1,
        "the app and the baseline did not run script alike ({jits:?}): not like for like"
    );
    let jit = jits.into_iter().next().unwrap_or_default();

    let json = serde_json::json!({
        "runs": runs,
        "painting": painting,
        "jit": jit,
        "subjects": subjects.iter().zip(&results).map(|(subject, readings)| {
            serde_json::json!({
                "name": subject.name,
                "launch_ms": readings.iter().map(|r| r.launch_ms).collect::<Vec<_>>(),
                "page_ms": readings.iter().map(|r| r.page_ms).collect::<Vec<_>>(),
                "pss_kib": readings.iter().map(|r| r.pss_kib).collect::<Vec<_>>(),
                "uss_kib": readings.iter().map(|r| r.uss_kib).collect::<Vec<_>>(),
                "parts": readings.iter().map(|r| serde_json::json!(r.parts)).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
    });
    std::fs::write(out, serde_json::to_string_pretty(&json).unwrap())
        .unwrap_or_else(|e| panic!("cannot write {out}: {e}"));
}

/// Starts `subject`, times it to its interactive first screen, rests, reads its memory, and
/// stops it (dropping the `App` stops the drivers and every process they started).
async fn launch(subject: &Subject) -> Reading {
    let data_dir = subject.has_vault.then(vault_set_up);
    let app = App::open(
        subject.name,
        Launch {
            program: Some(subject.program.clone()),
            data_dir,
            ..Launch::default()
        },
    )
    .await;
    let asked = app.session_asked();
    let launch_ms = loop {
        if interactive(&app, subject.interactive).await {
            break asked.elapsed().as_secs_f64() * 1e3;
        }
        assert!(
            asked.elapsed() < PATIENCE,
            "{}: `{}` never became interactive",
            subject.name,
            subject.interactive
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    let page_ms = app
        .script("return Number(document.body.dataset.readyAfterMs)")
        .await
        .as_f64()
        .unwrap_or(f64::NAN);
    tokio::time::sleep(REST).await;
    let mut parts = Vec::new();
    let mut uss_kib = 0;
    let mut painting = None;
    let mut jit = None;
    for pid in app.app_and_descendants() {
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .unwrap_or_default()
            .trim()
            .to_owned();
        // `comm` is cut at 15 bytes: "WebKitWebProces".
        if name.starts_with("WebKitWebProc") {
            let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
            painting = Some(variable_of(&environ, "WEBKIT_SKIA_ENABLE_CPU_RENDERING"));
            jit = Some(variable_of(&environ, "JSC_useJIT"));
        }
        let rollup =
            std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
        parts.push((name, kib(&rollup, &["Pss"])));
        uss_kib += kib(&rollup, &["Private_Clean", "Private_Dirty"]);
    }
    app.finish().await;
    Reading {
        launch_ms,
        page_ms,
        pss_kib: parts.iter().map(|(_, kib)| kib).sum(),
        uss_kib,
        parts,
        painting: painting.unwrap_or_else(|| panic!("{}: no web process found", subject.name)),
        jit: jit.unwrap_or_default(),
    }
}

/// A variable of a web process's environment (`/proc/<pid>/environ`), or `unset`: how it
/// paints (`WEBKIT_SKIA_ENABLE_CPU_RENDERING`; unset, WebKitGTK paints through OpenGL) and
/// whether it compiles script just in time (`JSC_useJIT`; unset, it does).
fn variable_of(environ: &[u8], name: &str) -> String {
    let prefix = format!("{name}=");
    environ
        .split(|&byte| byte == 0)
        .find_map(|pair| pair.strip_prefix(prefix.as_bytes()))
        .map_or_else(
            || "unset".to_owned(),
            |value| String::from_utf8_lossy(value).into_owned(),
        )
}

async fn interactive(app: &App, css: &str) -> bool {
    let Ok(element) = app.client.find(Locator::Css(css)).await else {
        return false;
    };
    element.is_displayed().await.unwrap_or(false) && element.is_enabled().await.unwrap_or(false)
}

/// The sum of the `fields` of a process's `smaps_rollup`, in KiB; 0 for a process that has
/// ended (or a kernel without `smaps_rollup`, which would show as zeros in the results).
fn kib(rollup: &str, fields: &[&str]) -> u64 {
    rollup
        .lines()
        .filter_map(|line| {
            let (name, rest) = line.split_once(':')?;
            fields.contains(&name).then_some(rest)
        })
        .filter_map(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })
        .sum()
}

/// A data folder (`<tmp>/data`, as the harness passes it) with a vault set up at the app's own
/// key-derivation parameters and nothing recorded: the app opens at its locked Home.
fn vault_set_up() -> tempfile::TempDir {
    let tmp = tempfile::Builder::new()
        .prefix("aftercare-bench-")
        .tempdir()
        .expect("a temporary data folder");
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused"))
        .expect("the data folder");
    Vault::new(&dir)
        .set_up(
            &Passcode::new("quiet meadow lantern".into()),
            KdfParams::RECOMMENDED,
            &mut ChaCha20Rng::seed_from_u64(17),
        )
        .expect("a vault set up with the core");
    tmp
}
