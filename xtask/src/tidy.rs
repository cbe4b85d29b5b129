//! Tidy tests: the rules of the architecture that a program can check, as plain `#[test]`s
//! (after rust-analyzer's `xtask/src/tidy.rs`). xtask is a default member of the workspace, so
//! a plain `cargo test` keeps them, and `cargo xtask test` runs them with the other tests.
//!
//! Each failure names the file and line at fault and says why the rule exists. The parsers
//! beside this file are small on purpose: they read this project's sources, not all of Rust.

mod android;
mod command_names;
mod docs;
mod module_graph;
mod rust_tokens;

use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use module_graph::{shown, ModuleGraph};

/// The core's layers: which of its top-level modules may use which. Read bottom-up, each module
/// uses only those listed for it, so it can be read, tested and changed knowing only those.
/// The crate root (`lib.rs`) only declares modules and re-exports, and is exempt.
const CORE_LAYERS: &[(&str, &str)] = &[
    // error: the crate's typed error, which carries content's validation error.
    ("error", "content"),
    // fs: file helpers (atomic writes) for each module that writes a file.
    ("fs", "error"),
    // data_dir: where the app keeps its files.
    ("data_dir", "error"),
    ("data_dir", "fs"),
    // content: the authored words and their validation; it uses nothing else of the core.
    // card: the aftercare card and its image (it shares the model's text limit).
    ("card", "content"),
    ("card", "error"),
    ("card", "model"),
    // model: what a person records (moments, check-ins, journal entries).
    ("model", "content"),
    ("model", "error"),
    // insights: what goes with what in a person's own history, as pure functions of records.
    ("insights", "content"),
    ("insights", "model"),
    // reminders: the reminder plan and its times.
    ("reminders", "content"),
    ("reminders", "model"),
    ("reminders", "error"),
    // store: the encrypted database and its key.
    ("store", "card"),
    ("store", "content"),
    ("store", "model"),
    ("store", "reminders"),
    ("store", "error"),
    // vault: the passcode, the key slot, the inbox and the locked/unlocked line, over the rest.
    ("vault", "store"),
    ("vault", "card"),
    ("vault", "content"),
    ("vault", "model"),
    ("vault", "reminders"),
    ("vault", "data_dir"),
    ("vault", "fs"),
    ("vault", "error"),
    // backup: the age file a person keeps, over the store and the vault's passcode rules.
    ("backup", "vault"),
    ("backup", "store"),
    ("backup", "content"),
    ("backup", "model"),
    ("backup", "fs"),
    ("backup", "error"),
];

/// The most lines a source file of the core or the shell may have.
const MAX_LINES: usize = 450;

/// Crates that must never be in the core's dependencies: it knows nothing of Tauri or its
/// windows, and talks to no network.
const NOT_IN_CORE: &[&str] = &["tauri", "wry", "tao", "reqwest", "hyper", "ureq"];

/// HTTP clients, which must be nowhere in the app's dependencies: the app sends nothing
/// anywhere.
const NO_NETWORK_CLIENTS: &[&str] = &["reqwest", "ureq", "hyper", "isahc", "surf"];

/// The phone's target, as `cargo xtask mobile-check` checks it: dependencies differ by target
/// (Tauri's own do), so each check runs for the desktop this runs on and for this too.
const ANDROID: &str = "aarch64-linux-android";

/// The HTTP client Tauri depends on for Android and iOS. Tauri uses it only in a development
/// build, to proxy the page from a development server on the computer (`src/protocol/tauri.rs`,
/// under `cfg(all(dev, mobile))`); a release build is made with `custom-protocol`, which turns
/// `dev` off. `cargo xtask mobile-check` shows it: checked as released, Tauri refers to it
/// nowhere (`mobile::tauri_refers_to`), so it is not even linked. It cannot be left out by
/// features (Tauri declares it for those targets unconditionally), so the Android check allows
/// it, and what it brings (hyper), only there and only as Tauri's.
const TAURI_DEV_CLIENT: &str = "reqwest";

const WHY_LAYERS: &str = "\
The core reads bottom-up: each of its top-level modules may use only those that CORE_LAYERS in
xtask/src/tidy.rs allows it, so that a module can be understood, tested and changed knowing only
the ones below it (issue 10, part 1). Move the item to the layer that owns it; if the new edge is
right, add it to the table with its reason.";

const WHY_NO_CYCLES: &str = "\
No module may use one that uses it back, at any depth (a module and its own parent or children
excepted): in a cycle neither side can be read, tested or changed without the other. Put the
shared item with the module that owns it, or in a small module below both (issue 10, part 1).";

#[test]
fn core_modules_follow_the_layer_table() {
    let graph = ModuleGraph::read(&workspace().join("core/src"), &workspace());
    let mut problems = layer_problems(&graph);
    let cycles = cycle_problems(&graph);
    if !cycles.is_empty() {
        problems.push(format!("{WHY_NO_CYCLES}\n\n{}", cycles.join("\n")));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n\n"));
}

#[test]
fn shell_modules_have_no_cycles() {
    let graph = ModuleGraph::read(&workspace().join("src-tauri/src"), &workspace());
    let cycles = cycle_problems(&graph);
    assert!(
        cycles.is_empty(),
        "\n{WHY_NO_CYCLES}\n\n{}\n",
        cycles.join("\n")
    );
}

#[test]
fn commands_are_named_alike_everywhere() {
    let places = [
        handler_list(),
        read_place("src-tauri/build.rs", command_names::build_script),
        read_place("src-tauri/capabilities/default.json", |json| {
            Some(command_names::capability(json))
        }),
        read_place("ui/js/ipc.js", |script| {
            Some(command_names::ui_invokes(script))
        }),
    ];
    let all: BTreeSet<&String> = places.iter().flat_map(|(_, names)| names.keys()).collect();
    let mut problems = Vec::new();
    for (file, names) in &places {
        let missing: Vec<&str> = all
            .iter()
            .filter(|name| !names.contains_key(**name))
            .map(|name| name.as_str())
            .collect();
        if !missing.is_empty() {
            problems.push(format!("{file}: lacks {}", missing.join(", ")));
        }
        for (name, line) in names {
            let places_naming_it = places.iter().filter(|(_, n)| n.contains_key(name)).count();
            if places_naming_it < places.len() {
                problems.push(format!(
                    "{file}:{line}: `{name}` is here but not in every place"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "\nThe app's commands must be the same set in the handler list, src-tauri/build.rs, the \
         capability file and ui/js/ipc.js: a command left out of build.rs or the capability is \
         refused at run time, and one the handler list lacks fails only when the UI calls it.\
         \n\n{}\n",
        problems.join("\n")
    );
}

/// The page may call a plugin's command only on a phone: each one `ui/js/ipc.js` calls is
/// granted by a capability for Android and iOS alone, and none by the one every platform reads.
#[test]
fn plugin_commands_the_page_calls_are_granted_only_on_phones() {
    let (_, called) = read_place("ui/js/ipc.js", |script| {
        Some(command_names::ui_plugin_invokes(script))
    });
    assert!(
        called.contains_key("barcode-scanner:allow-scan"),
        "the check finds the camera's scan in ui/js/ipc.js: {called:?}"
    );
    let phone = read(&workspace().join("src-tauri/capabilities/phone.json"));
    let everywhere = read(&workspace().join("src-tauri/capabilities/default.json"));
    assert!(
        phone.contains(r#""platforms": ["android", "iOS"]"#),
        "src-tauri/capabilities/phone.json is for phones alone"
    );
    for permission in called.keys() {
        assert!(
            phone.contains(&format!("\"{permission}\"")),
            "ui/js/ipc.js calls a plugin's command that src-tauri/capabilities/phone.json does \
             not grant: {permission}"
        );
    }
    assert!(
        !everywhere.contains("barcode-scanner:"),
        "src-tauri/capabilities/default.json grants a phone plugin's command on every platform"
    );
}

#[test]
fn no_source_file_is_too_long() {
    let mut problems = Vec::new();
    for dir in ["core", "src-tauri"] {
        for path in rust_files(&workspace().join(dir)) {
            let lines = read(&path).lines().count();
            if lines > MAX_LINES {
                let file = path.strip_prefix(workspace()).unwrap_or(&path).display();
                problems.push(format!("{file}:{}: {lines} lines", MAX_LINES + 1));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "\nNo Rust file in core/ or src-tauri/ may be over {MAX_LINES} lines: a longer file holds \
         more than one idea and is where every change collides (issue 10). Split it by what its \
         parts know (STYLE.md: one module, one idea).\n\n{}\n",
        problems.join("\n")
    );
}

#[test]
fn core_knows_nothing_of_tauri_or_the_network() {
    for target in [None, Some(ANDROID)] {
        forbid_in_tree("aftercare-core", "core/Cargo.toml", NOT_IN_CORE, target);
    }
}

#[test]
fn app_has_no_network_client() {
    forbid_in_tree(
        "aftercare",
        "src-tauri/Cargo.toml",
        NO_NETWORK_CLIENTS,
        None,
    );
    // On Android: none but Tauri's development-only client and what only it brings, which a
    // release build never refers to (see TAURI_DEV_CLIENT)…
    let found = found_in_tree(
        "aftercare",
        NO_NETWORK_CLIENTS,
        Some(ANDROID),
        &[TAURI_DEV_CLIENT],
    );
    assert!(
        found.is_empty(),
        "src-tauri/Cargo.toml: on {ANDROID} the app depends on {found:?}, and not through \
         Tauri's development-only {TAURI_DEV_CLIENT} (see `cargo tree -p aftercare -e normal \
         --target {ANDROID} -i <name>`): nothing in the app may talk to a network"
    );
    // …and that client is there only as Tauri's.
    let through = dependents_of("aftercare", TAURI_DEV_CLIENT, ANDROID);
    assert_eq!(
        through,
        ["tauri"],
        "on {ANDROID}, {TAURI_DEV_CLIENT} may come only through Tauri, which uses it only in a \
         development build"
    );
}

/// The checks above can fail: run on what is known to hold what they look for, they find it,
/// for both targets. (Without the allowance for Tauri's development-only client, the Android
/// check finds it.)
#[test]
fn the_dependency_checks_find_what_they_look_for() {
    for target in [None, Some(ANDROID)] {
        assert!(
            found_in_tree("aftercare", NOT_IN_CORE, target, &[]).contains("tauri"),
            "the shell depends on tauri ({target:?})"
        );
    }
    assert!(
        found_in_tree("aftercare-e2e", NO_NETWORK_CLIENTS, None, &[]).contains("hyper"),
        "the journeys' harness talks WebDriver over HTTP"
    );
    let unpruned = found_in_tree("aftercare", NO_NETWORK_CLIENTS, Some(ANDROID), &[]);
    assert!(
        unpruned.contains(TAURI_DEV_CLIENT) && unpruned.contains("hyper"),
        "{unpruned:?}"
    );
}

/// The phone's own plugins (`src-tauri/src/senses.rs`): a phone's build links them, a
/// desktop's none of them.
const PHONE_ONLY: &[&str] = &[
    "tauri-plugin-haptics",
    "tauri-plugin-biometric",
    "tauri-plugin-barcode-scanner",
];

/// The desktops the app is built for, and a phone to check against.
const DESKTOPS: &[&str] = &[
    "x86_64-unknown-linux-gnu",
    "aarch64-apple-darwin",
    "x86_64-pc-windows-msvc",
];
const PHONE: &str = "aarch64-linux-android";

#[test]
fn the_desktop_build_links_no_phone_plugin() {
    let crates = |target: &str| -> BTreeSet<String> {
        let output = Command::new(env!("CARGO"))
            .current_dir(workspace())
            .args(["tree", "--package", "aftercare", "--edges", "normal"])
            .args(["--prefix", "none", "--locked", "--target", target])
            .output()
            .expect("cargo tree could not start");
        assert!(
            output.status.success(),
            "cargo tree --target {target} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
            .collect()
    };
    let phone = crates(PHONE);
    for name in PHONE_ONLY {
        assert!(
            phone.contains(*name),
            "the check sees nothing: the Android build should link {name}"
        );
    }
    for desktop in DESKTOPS {
        let linked: Vec<&&str> = PHONE_ONLY
            .iter()
            .filter(|name| crates(desktop).contains(**name))
            .collect();
        assert!(
            linked.is_empty(),
            "src-tauri/Cargo.toml: the build for {desktop} links {linked:?}, which only a phone \
             uses: keep them under `[target.'cfg(any(target_os = \"android\", target_os = \
             \"ios\"))'.dependencies]` (issue 30 §3)"
        );
    }
}

/// Each top-level edge the layer table does not allow, and each module the table names that
/// the core does not have (a table that names what is gone no longer describes the code).
fn layer_problems(graph: &ModuleGraph) -> Vec<String> {
    let mut problems: Vec<String> = graph
        .top_level_edges()
        .iter()
        .filter(|edge| {
            let pair = (shown(&edge.from), shown(&edge.to));
            !CORE_LAYERS.contains(&(pair.0.as_str(), pair.1.as_str()))
        })
        .map(|edge| {
            format!(
                "{}: `{}` uses `{}`, which the layer table does not allow",
                edge.at,
                shown(&edge.from),
                shown(&edge.to)
            )
        })
        .collect();
    problems.dedup(); // two names from one module on one line of a `use`
    let named: BTreeSet<&str> = CORE_LAYERS.iter().flat_map(|(a, b)| [*a, *b]).collect();
    for module in named {
        if !graph.modules.contains(&vec![module.to_string()]) {
            problems.push(format!(
                "xtask/src/tidy.rs: CORE_LAYERS names `{module}`, which is not a module of the core"
            ));
        }
    }
    if problems.is_empty() {
        problems
    } else {
        vec![format!("{WHY_LAYERS}\n\n{}", problems.join("\n"))]
    }
}

/// Each cycle, as its modules in order and then the reference behind each step.
fn cycle_problems(graph: &ModuleGraph) -> Vec<String> {
    graph
        .cycles()
        .iter()
        .map(|cycle| {
            let mut modules: Vec<String> = cycle.iter().map(|edge| shown(&edge.from)).collect();
            modules.push(modules[0].clone());
            let mut text = format!("cycle: {}", modules.join(" → "));
            for edge in cycle {
                text += &format!(
                    "\n    {}: `{}` uses `{}`",
                    edge.at,
                    shown(&edge.from),
                    shown(&edge.to)
                );
            }
            text
        })
        .collect()
}

/// The handler list is looked for in the shell's `lib.rs`, or else in the one file of the
/// shell that has it, so that it can move without this test changing.
/// The commands as the shell declares them: the `commands! { … }` tables of
/// `src-tauri/src/commands/`, together.
fn handler_list() -> (String, command_names::Names) {
    let mut names = command_names::Names::new();
    for path in rust_files(&workspace().join("src-tauri/src/commands")) {
        if let Some(found) = command_names::command_tables(&read(&path)) {
            names.extend(found);
        }
    }
    assert!(
        !names.is_empty(),
        "no `commands! {{ … }}` table found in src-tauri/src/commands"
    );
    ("src-tauri/src/commands/*.rs".to_string(), names)
}

fn read_place(
    file: &str,
    reader: impl Fn(&str) -> Option<command_names::Names>,
) -> (String, command_names::Names) {
    let names = reader(&read(&workspace().join(file)))
        .unwrap_or_else(|| panic!("{file}: found no list of commands where one was expected"));
    (file.to_string(), names)
}

/// Fails if `cargo tree` lists any of `forbidden` among `package`'s normal dependencies
/// (direct or not; build and dev dependencies do not ship), for `target` (this machine's when
/// `None`).
fn forbid_in_tree(package: &str, manifest: &str, forbidden: &[&str], target: Option<&str>) {
    let found = found_in_tree(package, forbidden, target, &[]);
    let target_flag = target.map(|t| format!(" --target {t}")).unwrap_or_default();
    let problems: Vec<String> = found
        .iter()
        .map(|name| {
            format!(
                "{manifest}: {package} depends on `{name}`{} (see `cargo tree -p {package} -e \
                 normal{target_flag} -i {name}`)",
                target.map(|t| format!(" on {t}")).unwrap_or_default()
            )
        })
        .collect();
    assert!(
        problems.is_empty(),
        "\n{package} must not depend on any of {}: the core knows nothing of Tauri, so it can be \
         tested and reused without a window, and nothing in the app talks to a network, so \
         nothing a person records can leave the device (ARCHITECTURE.md, invariants).\n\n{}\n",
        forbidden.join(", "),
        problems.join("\n")
    );
}

/// Which of `forbidden` `cargo tree` lists among `package`'s normal dependencies for `target`
/// (this machine's when `None`), leaving out `pruned` and what only they bring.
fn found_in_tree(
    package: &str,
    forbidden: &[&str],
    target: Option<&str>,
    pruned: &[&str],
) -> BTreeSet<String> {
    let mut args = vec!["--package", package, "--edges", "normal"];
    if let Some(target) = target {
        args.extend(["--target", target]);
    }
    for name in pruned {
        args.extend(["--prune", name]);
    }
    cargo_tree(&args)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| forbidden.contains(name))
        .map(str::to_owned)
        .collect()
}

/// The packages that depend on `dependency` directly, in `package`'s tree for `target`.
fn dependents_of(package: &str, dependency: &str, target: &str) -> Vec<String> {
    let args = [
        "--package",
        package,
        "--edges",
        "normal",
        "--target",
        target,
        "--invert",
        dependency,
        "--depth",
        "1",
    ];
    let mut found: Vec<String> = cargo_tree(&args)
        .lines()
        .skip(1) // the dependency itself
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// `cargo tree` with `args`, one package a line with no tree drawing.
fn cargo_tree(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .arg("tree")
        .args(args)
        .args(["--prefix", "none", "--locked"])
        .output()
        .expect("cargo tree could not start");
    assert!(
        output.status.success(),
        "cargo tree {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every `.rs` file under `dir`, sorted so that messages come out in a stable order. Build
/// output (`target`, Tauri's generated `gen`) and hidden folders are not sources.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    let mut files = Vec::new();
    for path in entries {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            if !(name == "target" || name == "gen" || name.starts_with('.')) {
                files.extend(rust_files(&path));
            }
        } else if name.ends_with(".rs") {
            files.push(path);
        }
    }
    files
}
