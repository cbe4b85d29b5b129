//! The module graph read from small crates written for each case.

use std::fs;

use super::*;

/// Builds a graph from `(file under src, text)` pairs, as `read` does from disk.
fn graph(files: &[(&str, &str)]) -> ModuleGraph {
    let dir = std::env::temp_dir().join(format!(
        "tidy-module-graph-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = fs::remove_dir_all(&dir);
    for (name, text) in files {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let root = ModuleFile::crate_root(&dir.join("lib.rs"));
    let graph = ModuleGraph::read(&root, &dir);
    fs::remove_dir_all(&dir).unwrap();
    graph
}

fn edges(graph: &ModuleGraph) -> Vec<(String, String, String)> {
    graph
        .edges
        .iter()
        .map(|e| (shown(&e.from), shown(&e.to), e.at.to_string()))
        .collect()
}

#[test]
fn use_trees_inline_paths_and_relative_paths_become_edges() {
    let graph = graph(&[
        ("lib.rs", "mod a; mod b; mod c;\npub use a::Thing;"),
        ("a.rs", "pub struct Thing;"),
        ("b/mod.rs", "mod inner;\nuse crate::{a::Thing, c::{X, Y}};"),
        ("b/inner.rs", "fn f() {\n    super::super::c::g();\n}"),
        ("c.rs", "fn g() { let t = crate::Thing; }"),
    ]);
    let mut found = edges(&graph);
    found.sort();
    assert_eq!(
        found,
        [
            ("b", "a", "b/mod.rs:2"),
            ("b", "c", "b/mod.rs:2"),
            ("b", "c", "b/mod.rs:2"),
            ("b::inner", "c", "b/inner.rs:2"),
            ("c", "a", "c.rs:1"),
            ("crate", "a", "lib.rs:2"),
        ]
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    );
}

#[test]
fn comments_strings_and_test_modules_are_not_edges() {
    let graph = graph(&[
        ("lib.rs", "mod a; mod b;"),
        ("a.rs", "// crate::b\nconst S: &str = \"crate::b::x\";\n#[cfg(test)]\nmod tests { use crate::b; }\n#[cfg(test)]\nmod more;"),
        ("a/more.rs", "use crate::b::x;"),
        ("b.rs", ""),
    ]);
    let found = edges(&graph);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_cycle_between_siblings_is_found_but_not_one_with_a_parent() {
    let graph = graph(&[
        ("lib.rs", "mod s;"),
        ("s/mod.rs", "mod h; mod r;\nuse r::X;"),
        ("s/h.rs", "use super::r::X;"),
        ("s/r.rs", "pub struct X;\nuse super::{h, Store};"),
    ]);
    let cycles: Vec<Vec<String>> = graph
        .cycles()
        .iter()
        .map(|cycle| cycle.iter().map(|e| shown(&e.from)).collect())
        .collect();
    assert_eq!(cycles, [["s::h", "s::r"]]);
}

#[test]
fn only_declared_modules_are_read_and_test_files_are_trees_of_their_own() {
    let graph = graph(&[
        ("lib.rs", "mod a;\n#[cfg(test)]\nmod tests;"),
        ("a.rs", "use crate::b::X;"),
        ("b.rs", "pub struct X;\nuse crate::a;"),
        ("tests.rs", "mod one;"),
        ("tests/one.rs", ""),
    ]);
    let modules: Vec<String> = graph.modules.iter().map(|m| shown(m)).collect();
    assert_eq!(modules, ["crate", "a"], "b.rs is declared by nothing");
    assert!(graph.cycles().is_empty());
    let trees: Vec<String> = graph
        .test_trees
        .iter()
        .map(|t| t.file.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(trees, ["tests.rs"]);
}
