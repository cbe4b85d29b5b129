//! The shell wires, the core decides: a command body calls the core and never reaches the
//! store itself (GitButler's rule, yaak's Tauri-free bodies), and the shell's tests hand every
//! call its time and time zone instead of reading the machine's.

use std::path::Path;

use super::{
    read, rust_files,
    rust_tokens::{tokenize, Kind, Token},
    workspace,
};

const WHY_THIN: &str = "\
A command body is a line or two that calls the core (`aftercare_core::api`): the core decides
(which tap counts, what a locked vault answers, which words are used), and the vault alone
writes to the store, keeping the files beside it (the schedule, locked-tiles, locked-people) in
step and saying once what the shell must follow. A body that reaches the store can forget
them. Move the work into `core/src/api/` and call that.";

const WHY_NO_CLOCK: &str = "\
Time and time zone are inputs: the shell's tests give each call its time and zone
(`commands::Given::at`), so that they pass on any machine, in any zone, at any hour. Use the
tests' clock (`tick`, `now`, `pass` in `commands/tests/time.rs`).";

/// The vault's doors to the store, which a command body must not open.
const STORE_DOORS: &[&str] = &["store", "store_for_tests", "write"];

/// What reads the machine's clock or time zone.
const CLOCK_READS: &[&[&str]] = &[
    &["clock", "now"],
    &["clock", "time_zone"],
    &["Utc", "now"],
    &["Local", "now"],
    &["iana_time_zone"],
];

#[test]
fn command_bodies_never_reach_the_store() {
    let mut problems = Vec::new();
    for path in rust_files(&workspace().join("src-tauri/src/commands")) {
        if path.components().any(|c| c.as_os_str() == "tests") {
            continue;
        }
        for line in store_calls(&read(&path)) {
            problems.push(format!("{}:{line}", shown(&path)));
        }
    }
    assert!(
        problems.is_empty(),
        "\n{WHY_THIN}\n\n{}\n",
        problems.join(": reaches the store\n") + ": reaches the store"
    );
}

#[test]
fn the_shells_tests_never_read_the_clock_or_the_time_zone() {
    let mut files = rust_files(&workspace().join("src-tauri/src/commands/tests"));
    files.extend(rust_files(&workspace().join("src-tauri/tests")));
    let mut problems = Vec::new();
    for path in files {
        for line in clock_reads(&read(&path)) {
            problems.push(format!(
                "{}:{line}: reads the machine's clock or zone",
                shown(&path)
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "\n{WHY_NO_CLOCK}\n\n{}\n",
        problems.join("\n")
    );
}

/// The lines of `source` that call a store door: `.store(`, `.store_for_tests(`, `.write(`.
fn store_calls(source: &str) -> Vec<usize> {
    let tokens = tokenize(source);
    tokens
        .windows(3)
        .filter(|w| {
            w[0].is_punct('.')
                && w[1].ident().is_some_and(|name| STORE_DOORS.contains(&name))
                && w[2].is_punct('(')
        })
        .map(|w| w[1].line)
        .collect()
}

/// The lines of `source` that read the machine's clock or time zone: a path such as
/// `clock::now` (its names joined by `::`), or the time-zone crate named at all.
fn clock_reads(source: &str) -> Vec<usize> {
    let tokens: Vec<Token> = tokenize(source);
    let mut lines = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let matches = |path: &&[&str]| {
            path.iter().enumerate().all(|(k, part)| {
                let separated = k == 0
                    || tokens
                        .get(i + 2 * k - 1)
                        .is_some_and(|t| t.kind == Kind::PathSep);
                separated && tokens.get(i + 2 * k).is_some_and(|t| t.is_ident(part))
            })
        };
        if CLOCK_READS.iter().any(matches) {
            lines.push(token.line);
        }
    }
    lines
}

fn shown(path: &Path) -> String {
    path.strip_prefix(workspace())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The checks above can fail: on bodies and tests written to break the rules, they find each
/// break, and on the rules kept, nothing.
mod controls {
    use super::*;

    #[test]
    fn a_command_body_that_reaches_the_store_is_found() {
        let body = "commands! {\n    fn history(app, vault, given) -> Vec<M> {\n        \
                    Ok(vault.store()?.history(10, None)?)\n    }\n    fn edit(app, vault, \
                    given, id: Id) -> () {\n        vault.write(|s| s.edit_journal_entry(id))\n    }\n}";
        assert_eq!(store_calls(body), [3, 6]);
        let thin = "commands! {\n    fn history(app, vault, given) -> Vec<M> {\n        \
                    moments::history(vault, 10, None)\n    }\n}\n// vault.store() in a comment";
        assert!(store_calls(thin).is_empty());
    }

    #[test]
    fn a_test_that_reads_the_clock_is_found() {
        let test = "let a = crate::clock::now();\nlet b = chrono::Utc::now();\n\
                    let z = crate::clock::time_zone();\nlet fine = super::now();\n\
                    use clock::{now, tick};";
        assert_eq!(clock_reads(test), [1, 2, 3]);
    }
}
