//! The documents and the code must agree (after rust-analyzer's `check_lsp_extensions_docs`):
//! every test a document cites exists, every module is on ARCHITECTURE.md's map, and every
//! source file the map names exists.

use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};

use super::{read, rust_files, workspace};

const WHY_CITED: &str = "\
A document that names a test promises that the test shows what the sentence says. A name that
is no test (renamed, removed, misspelt) leaves the promise unproven: rename the citation, write
the test, or drop the claim. A name of four words or more in backticks, in snake_case, is read as
a test's name; cite other functions with their type (`Vault::lock_if_idle`).";

const WHY_MAPPED: &str = "\
ARCHITECTURE.md is the map a newcomer reads first: every module of the core, every command
module of the shell and every script of the UI is on it by its path (as `store/journal.rs`,
`commands/care.rs`, `js/home.js`), and every source file it names exists. Add the module to the
map, or correct the map.";

#[test]
fn every_test_a_document_cites_exists() {
    let tests = test_names(&workspace());
    let mut problems = Vec::new();
    for doc in documents(&workspace()) {
        let file = relative(&doc);
        for (line, name) in cited_tests(&read(&doc)) {
            if !tests.contains(&name) {
                problems.push(format!("{file}:{line}: `{name}` is not a test"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "\n{WHY_CITED}\n\n{}\n",
        problems.join("\n")
    );
}

#[test]
fn architecture_names_every_module_and_only_modules_that_exist() {
    let map = read(&workspace().join("ARCHITECTURE.md"));
    let named = backticked(&map);
    let mut problems = Vec::new();
    for (module, full) in mapped_modules(&workspace()) {
        if !named
            .iter()
            .any(|(_, token)| *token == module || *token == full)
        {
            problems.push(format!(
                "ARCHITECTURE.md: `{module}` ({full}) is not on the map"
            ));
        }
    }
    let files = source_files(&workspace());
    for (line, token) in &named {
        if is_source_path(token) && !files.iter().any(|file| ends_with_path(file, token)) {
            problems.push(format!(
                "ARCHITECTURE.md:{line}: `{token}` names no file of the repository"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "\n{WHY_MAPPED}\n\n{}\n",
        problems.join("\n")
    );
}

/// Each test citation of a document with its line: a backticked snake_case name of four words
/// or more (the last segment of `module::name`; `Type::method` is a method, not a test).
/// Fenced code blocks are commands and output, not citations.
pub fn cited_tests(text: &str) -> Vec<(usize, String)> {
    backticked(text)
        .into_iter()
        .filter_map(|(line, token)| {
            let mut segments = token.split("::");
            let first = segments.next()?;
            if token.contains("::") && first.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            let name = token.rsplit("::").next()?;
            let snake = name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            (snake && name.split('_').filter(|w| !w.is_empty()).count() >= 4)
                .then(|| (line, name.to_string()))
        })
        .collect()
}

/// Every inline code span of a Markdown text with its line number, outside fenced blocks.
fn backticked(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut fenced = false;
    for (index, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut parts = line.split('`');
        parts.next();
        while let (Some(code), Some(_)) = (parts.next(), parts.next()) {
            found.push((index + 1, code.to_string()));
        }
        // A span left open at the end of a line continues on the next: only whole spans on one
        // line are read, which is how every citation is written.
    }
    found
}

/// The names of every test function in the repository: a `fn` whose attributes, on the lines
/// just above it, include `#[test]` or an async runtime's `#[…::test]`.
pub fn test_names(root: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for dir in ["core", "src-tauri", "tests", "xtask", "fuzz", "baseline"] {
        if !root.join(dir).exists() {
            continue;
        }
        for path in rust_files(&root.join(dir)) {
            let text = read(&path);
            let lines: Vec<&str> = text.lines().collect();
            for (index, line) in lines.iter().enumerate() {
                let Some(name) = fn_name(line) else { continue };
                let attributes = lines[..index]
                    .iter()
                    .rev()
                    .take_while(|l| {
                        let l = l.trim_start();
                        l.starts_with("#[") || l.starts_with("//") || l.is_empty()
                    })
                    .any(|l| {
                        let l = l.trim_start();
                        l.starts_with("#[test]") || l.starts_with("#[tokio::test")
                    });
                if attributes {
                    names.insert(name);
                }
            }
        }
    }
    names
}

/// The name a line declares with `fn`, if it declares one.
fn fn_name(line: &str) -> Option<String> {
    let mut words = line.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if word == "fn" {
            let name: String = words
                .next()?
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            return (!name.is_empty()).then_some(name);
        }
        let allowed = ["pub", "async", "unsafe", "const", "extern"];
        if !(allowed.contains(&word) || word.starts_with("pub(")) {
            return None;
        }
    }
    None
}

/// What the map must name, each as the map may write it (below its crate's source folder) and
/// in full: each module of the core (`store/journal.rs`; a folder module as `store/`), each
/// command module of the shell (`commands/care.rs`) and each script of the UI (`js/home.js`).
/// Test modules and crate roots are not on the map.
pub fn mapped_modules(root: &Path) -> Vec<(String, String)> {
    let mut modules = Vec::new();
    let mut add = |base: &str, dir: &str, ext: &str| {
        let files: Vec<PathBuf> = if ext == "rs" {
            rust_files(&root.join(base).join(dir))
        } else {
            let mut files: Vec<PathBuf> = fs::read_dir(root.join(base).join(dir))
                .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
                .unwrap_or_default();
            files.retain(|p| p.extension().is_some_and(|e| e == ext));
            files.sort();
            files
        };
        for path in files {
            let rel = relative_to(&root.join(base), &path);
            if rel == "lib.rs"
                || rel
                    .split('/')
                    .any(|part| part == "tests" || part == "tests.rs")
            {
                continue;
            }
            let module = match rel.strip_suffix("mod.rs") {
                Some(folder) => folder.to_string(),
                None => rel,
            };
            modules.push((module.clone(), format!("{base}/{module}")));
        }
    };
    add("core/src", "", "rs");
    add("src-tauri/src", "commands", "rs");
    add("ui", "js", "js");
    modules
}

/// Whether `path` (from the repository's root) ends with the path `token` names.
fn ends_with_path(path: &str, token: &str) -> bool {
    path == token || path.ends_with(&format!("/{token}"))
}

/// Whether a token is written as a path to a source file of ours: a `.rs` or `.js` file with a
/// folder in front of it.
fn is_source_path(token: &str) -> bool {
    token.contains('/')
        && (token.ends_with(".rs") || token.ends_with(".js"))
        && !token.contains(char::is_whitespace)
        && !token.contains('<')
}

/// Every source file of the repository, as its path from the root.
fn source_files(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    walk(root, root, &mut files);
    files
}

fn walk(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" || name == "node_modules" || name == "gen" {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, files);
        } else if name.ends_with(".rs") || name.ends_with(".js") {
            files.push(relative_to(root, &path));
        }
    }
}

/// Every Markdown document of ours: the top level, `docs/`, `content/` and each crate's.
fn documents(root: &Path) -> Vec<PathBuf> {
    let mut docs = Vec::new();
    collect_markdown(root, root, &mut docs);
    docs.sort();
    docs
}

fn collect_markdown(root: &Path, dir: &Path, docs: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" || name == "node_modules" {
            continue;
        }
        // The Learn pages are what the app says, not documents about it.
        if path.is_dir() && path != root.join("content/guide") {
            collect_markdown(root, &path, docs);
        } else if name.ends_with(".md") {
            docs.push(path);
        }
    }
}

fn relative(path: &Path) -> String {
    relative_to(&workspace(), path)
}

fn relative_to(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

#[cfg(test)]
mod controls {
    //! The checks above can fail: each is fed what it must refuse.
    use super::*;

    #[test]
    fn a_citation_of_a_test_that_does_not_exist_is_found() {
        let text =
            "Shown by `a_test_nobody_ever_wrote` and `home::a_journey_nobody_wrote_either`.\n\
                    Not citations: `lock_if_idle`, `Vault::set_device_secret_now_please`,\n\
                    ```\ncargo test an_example_in_a_fenced_block_here\n```\n";
        let cited: Vec<String> = cited_tests(text).into_iter().map(|(_, n)| n).collect();
        assert_eq!(
            cited,
            ["a_test_nobody_ever_wrote", "a_journey_nobody_wrote_either"]
        );
        let tests = test_names(&workspace());
        assert!(!tests.contains("a_test_nobody_ever_wrote"));
        assert!(
            tests.contains("every_test_a_document_cites_exists"),
            "the reader finds this very file's tests"
        );
        assert!(
            tests.contains("open_the_app_see_every_action_tap_one_read_its_card_and_go_back"),
            "the reader finds the journeys (`#[tokio::test]`)"
        );
    }

    #[test]
    fn a_module_missing_from_the_map_and_a_path_to_nothing_are_found() {
        let modules: Vec<String> = mapped_modules(&workspace())
            .into_iter()
            .map(|(module, _)| module)
            .collect();
        for module in [
            "store/",
            "store/journal.rs",
            "commands/care.rs",
            "js/ipc.js",
        ] {
            assert!(
                modules.iter().any(|m| m == module),
                "{module} is looked for"
            );
        }
        assert!(
            !modules.iter().any(|m| m.contains("tests")),
            "test modules are not on the map"
        );
        let files = source_files(&workspace());
        assert!(is_source_path("store/no_such_file.rs"));
        assert!(!files
            .iter()
            .any(|f| ends_with_path(f, "store/no_such_file.rs")));
        assert!(files.iter().any(|f| ends_with_path(f, "store/journal.rs")));
        assert!(files
            .iter()
            .any(|f| ends_with_path(f, "core/src/store/journal.rs")));
    }
}
