//! Tidy tests: the rules of the architecture that a program can check, as plain `#[test]`s
//! (after rust-analyzer's `xtask/src/tidy.rs`). xtask is a default member of the workspace, so
//! a plain `cargo test` keeps them, and `cargo xtask test` runs them with the other tests.
//!
//! Each failure names the file and line at fault and says why the rule exists. The parsers
//! beside this file are small on purpose: they read this project's sources, not all of Rust.

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
    forbid_in_tree("aftercare-core", "core/Cargo.toml", NOT_IN_CORE);
}

#[test]
fn app_has_no_network_client() {
    forbid_in_tree("aftercare", "src-tauri/Cargo.toml", NO_NETWORK_CLIENTS);
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
/// (direct or not; build and dev dependencies do not ship).
fn forbid_in_tree(package: &str, manifest: &str, forbidden: &[&str]) {
    let output = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .args(["tree", "--package", package, "--edges", "normal"])
        .args(["--prefix", "none", "--locked"])
        .output()
        .expect("cargo tree could not start");
    assert!(
        output.status.success(),
        "cargo tree --package {package} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8_lossy(&output.stdout);
    let found: BTreeSet<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| forbidden.contains(name))
        .collect();
    let problems: Vec<String> = found
        .iter()
        .map(|name| {
            format!(
                "{manifest}: {package} depends on `{name}` (see `cargo tree -p {package} -e \
                 normal -i {name}`)"
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
