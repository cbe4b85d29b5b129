//! Tidy tests: the rules of the architecture that a program can check, as plain `#[test]`s
//! (after rust-analyzer's `xtask/src/tidy.rs`). xtask is a default member of the workspace, so
//! a plain `cargo test` keeps them, and `cargo xtask test` runs them with the other tests.
//!
//! Each failure names the file and line at fault and says why the rule exists. The parsers
//! beside this file are small on purpose: they read this project's sources, not all of Rust.

mod android;
mod command_names;
mod dependencies;
mod docs;
mod layers;
mod module_graph;
mod rust_tokens;
mod thin_commands;
mod words;

use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};

/// The most lines a Rust file may have, anywhere in the repository.
const MAX_LINES: usize = 450;

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
    for path in rust_files(&workspace()) {
        let lines = read(&path).lines().count();
        if lines > MAX_LINES {
            let file = path.strip_prefix(workspace()).unwrap_or(&path).display();
            problems.push(format!("{file}:{}: {lines} lines", MAX_LINES + 1));
        }
    }
    assert!(
        problems.is_empty(),
        "\nNo Rust file of the repository may be over {MAX_LINES} lines: a longer file holds \
         more than one idea and is where every change collides (issue 10). Split it by what its \
         parts know (STYLE.md: one module, one idea).\n\n{}\n",
        problems.join("\n")
    );
}

/// The glossary's word is the code's word: a name the code retired (`tidy/words.rs`) is used
/// by no Rust identifier and no identifier of the UI's scripts. Strings and comments are not
/// looked at, so SQL keeps the stored tables' names.
#[test]
fn retired_words_are_not_used() {
    let root = workspace();
    let scripts = fs::read_dir(root.join("ui/js"))
        .expect("ui/js lists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "js"));
    let mut sources: Vec<(PathBuf, Vec<(String, usize)>)> = rust_files(&root)
        .into_iter()
        .map(|path| {
            let names = words::rust_identifiers(&read(&path));
            (path, names)
        })
        .collect();
    sources.extend(scripts.map(|path| {
        let names = words::script_identifiers(&read(&path));
        (path, names)
    }));
    sources.sort();
    let mut problems = Vec::new();
    for (path, names) in &sources {
        let file = path.strip_prefix(&root).unwrap_or(path).display();
        for (name, line) in names {
            if let Some(now) = words::retired(name) {
                problems.push(format!(
                    "{file}:{line}: `{name}`: the glossary's word is {now}"
                ));
            }
        }
    }
    problems.dedup();
    assert!(
        problems.is_empty(),
        "\nOne word per thing (issue 26, ARCHITECTURE.md's glossary): these names were retired \
         for the glossary's word, so a reader never wonders whether two names are two \
         things.\n\n{}\n",
        problems.join("\n")
    );
}

/// One name, one thing: no struct, enum or trait of the core has the name of one of the shell's
/// (two `ErrorKind`s had to be kept in step by hand, and the key store's trait and the shell's
/// key store were both `KeyStore`).
#[test]
fn no_type_of_the_shell_is_named_as_one_of_the_core() {
    let root = workspace();
    let declared = |dir: &str| {
        let mut types = std::collections::BTreeMap::new();
        for path in rust_files(&root.join(dir)) {
            let file = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            for (name, line) in words::declared_types(&read(&path)) {
                types.entry(name).or_insert(format!("{file}:{line}"));
            }
        }
        types
    };
    let core = declared("core/src");
    let problems: Vec<String> = declared("src-tauri/src")
        .into_iter()
        .filter_map(|(name, at)| Some(format!("{at}: `{name}` is also {}", core.get(&name)?)))
        .collect();
    assert!(
        problems.is_empty(),
        "\nA type of the shell has the name of one of the core (issue 26): use the core's, or \
         name the shell's for what it is.\n\n{}\n",
        problems.join("\n")
    );
}

/// One JSON casing in replies (issue 26): no type the core or the shell serializes renames
/// its fields to camelCase, so every key the UI reads is snake_case, as the fields are. (The
/// commands' arguments are decoded in camelCase, Tauri's convention for what the page sends.)
#[test]
fn replies_use_one_json_casing() {
    let root = workspace();
    let mut problems = Vec::new();
    for dir in ["core/src", "src-tauri/src"] {
        for path in rust_files(&root.join(dir)) {
            let file = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            for line in words::camel_case_replies(&read(&path)) {
                problems.push(format!("{file}:{line}: a reply in camelCase"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "\nEvery reply's keys are snake_case (issue 26: one JSON casing), so the page never \
         wonders which a key is in.\n\n{}\n",
        problems.join("\n")
    );
}

/// No script of the page imports a name and declares it again: the module would not load and
/// the page would never start (a rename did this once: `takeShortcut` in main.js).
#[test]
fn no_script_declares_a_name_it_imports() {
    let root = workspace();
    let mut problems = Vec::new();
    let mut scripts: Vec<PathBuf> = fs::read_dir(root.join("ui/js"))
        .expect("ui/js lists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "js"))
        .collect();
    scripts.sort();
    for path in scripts {
        let file = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        for (name, line) in words::imported_and_declared(&read(&path)) {
            problems.push(format!(
                "{file}:{line}: `{name}` is imported and declared again"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "\nA module that declares a name it imports is a SyntaxError: the page never \
         starts.\n\n{}\n",
        problems.join("\n")
    );
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
            if !(name == "target"
                || name == "gen"
                || name == "node_modules"
                || name.starts_with('.'))
            {
                files.extend(rust_files(&path));
            }
        } else if name.ends_with(".rs") {
            files.push(path);
        }
    }
    files
}
