//! How modules may use each other: the core's layers, and no import cycle in any crate of the
//! repository (its libraries, programs, tests, benches and build scripts, and each test module
//! kept in files of its own).

use std::{collections::BTreeSet, process::Command};

use super::{
    module_graph::{shown, ModuleFile, ModuleGraph},
    workspace,
};

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
    // zone: a time zone read from TZif data, which the shell passes in.
    ("zone", "error"),
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
    ("insights", "zone"),
    // reminders: the reminder plan and its times.
    ("reminders", "content"),
    ("reminders", "model"),
    ("reminders", "error"),
    ("reminders", "zone"),
    // store: the encrypted database and its key.
    ("store", "card"),
    ("store", "content"),
    ("store", "model"),
    ("store", "reminders"),
    ("store", "error"),
    ("store", "zone"),
    // vault: the passcode, the key slot, the inbox and the locked/unlocked line, over the rest.
    ("vault", "store"),
    ("vault", "card"),
    ("vault", "content"),
    ("vault", "model"),
    ("vault", "reminders"),
    ("vault", "data_dir"),
    ("vault", "fs"),
    ("vault", "error"),
    ("vault", "zone"),
    // api: the body of each command the shell calls, over everything it decides with.
    ("api", "backup"),
    ("api", "vault"),
    ("api", "store"),
    ("api", "card"),
    ("api", "content"),
    ("api", "model"),
    ("api", "reminders"),
    ("api", "insights"),
    ("api", "error"),
    ("api", "zone"),
    // backup: the age file a person keeps, over the store and the vault's passcode rules.
    ("backup", "vault"),
    ("backup", "store"),
    ("backup", "content"),
    ("backup", "model"),
    ("backup", "fs"),
    ("backup", "error"),
];

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
    let root = ModuleFile::crate_root(&workspace().join("core/src/lib.rs"));
    let graph = ModuleGraph::read(&root, &workspace());
    let mut problems = layer_problems(&graph);
    let cycles = cycle_problems(&graph);
    if !cycles.is_empty() {
        problems.push(format!("{WHY_NO_CYCLES}\n\n{}", cycles.join("\n")));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n\n"));
}

#[test]
fn no_crate_in_the_repository_has_an_import_cycle() {
    let mut problems = Vec::new();
    let roots = crate_roots();
    assert!(
        roots.len() > 10,
        "cargo metadata listed only {} crates",
        roots.len()
    );
    for root in roots {
        let mut trees = vec![root];
        while let Some(tree) = trees.pop() {
            let graph = ModuleGraph::read(&tree, &workspace());
            problems.extend(cycle_problems(&graph));
            trees.extend(graph.test_trees);
        }
    }
    assert!(
        problems.is_empty(),
        "\n{WHY_NO_CYCLES}\n\n{}\n",
        problems.join("\n")
    );
}

/// The root file of every crate of the workspace, as cargo lists its targets: libraries,
/// programs, integration tests, benches, examples and build scripts.
fn crate_roots() -> Vec<ModuleFile> {
    let output = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .args(["metadata", "--no-deps", "--format-version", "1", "--locked"])
        .output()
        .expect("cargo metadata could not start");
    assert!(
        output.status.success(),
        "cargo metadata failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata gives JSON");
    let mut roots: Vec<ModuleFile> = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|package| package["targets"].as_array().into_iter().flatten())
        .filter_map(|target| target["src_path"].as_str())
        .map(|path| ModuleFile::crate_root(std::path::Path::new(path)))
        .collect();
    roots.dedup();
    roots
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
