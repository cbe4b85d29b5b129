//! The module graph of one crate, read from its source files: which module refers to which.
//!
//! A module is named by its path below the crate root: `[]` is the root (`lib.rs`),
//! `["store"]` is `store.rs` or `store/mod.rs`, `["store", "records"]` is `store/records.rs`, and
//! an inline `mod x { … }` adds a module of its own. A reference is a path in code, in a `use`
//! tree or inline, that starts with `crate::`, `self::` or `super::`, or with the name of a
//! child module. It points at the longest module the path names; names brought in by `use`
//! are followed, so `crate::Error` (re-exported by `pub use error::Error`) points at `error`.
//! Test modules (`#[cfg(test)] mod …`, inline or in a file of their own) are left out: tests may
//! reach anywhere.

use std::{
    collections::{BTreeMap, BTreeSet, VecDeque},
    fmt, fs,
    path::Path,
};

use super::{
    rust_files,
    rust_tokens::{matching_close, tokenize, Kind, Token},
};

/// A module's path below the crate root; empty for the root itself.
pub type ModPath = Vec<String>;

/// A module's path as written in messages: `store::records`, or `crate` for the root.
pub fn shown(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_string()
    } else {
        module.join("::")
    }
}

/// A file and line, relative to the workspace root, as failure messages show them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// One module referring to another, and where it does so.
#[derive(Debug, Clone)]
pub struct Edge {
    pub from: ModPath,
    pub to: ModPath,
    pub at: Location,
}

impl Edge {
    /// The same reference seen with both modules cut to their first `depth` segments.
    fn cut_to(&self, depth: usize) -> Edge {
        let cut = |module: &ModPath| module[..module.len().min(depth)].to_vec();
        Edge {
            from: cut(&self.from),
            to: cut(&self.to),
            at: self.at.clone(),
        }
    }
}

pub struct ModuleGraph {
    pub modules: BTreeSet<ModPath>,
    pub edges: Vec<Edge>,
}

impl ModuleGraph {
    /// Reads the crate whose root is `src/lib.rs` (`src/main.rs` and `src/bin/` are crates of
    /// their own and are skipped). File names in locations are relative to `workspace`.
    pub fn read(src: &Path, workspace: &Path) -> ModuleGraph {
        let mut files = Vec::new();
        for path in rust_files(src) {
            let relative = path.strip_prefix(src).expect("found under src");
            let Some(module) = module_of(relative) else {
                continue;
            };
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let shown_path = path.strip_prefix(workspace).unwrap_or(&path);
            files.push(scan_file(
                module,
                &shown_path.display().to_string(),
                &tokenize(&text),
            ));
        }
        let test_only: Vec<ModPath> = files.iter().flat_map(|f| f.test_children.clone()).collect();
        files.retain(|file| !test_only.iter().any(|t| file.module.starts_with(t)));

        let modules: BTreeSet<ModPath> = files
            .iter()
            .flat_map(|file| std::iter::once(&file.module).chain(&file.inline_modules))
            .cloned()
            .collect();
        let references: Vec<&Reference> = files.iter().flat_map(|f| &f.references).collect();
        let names = Names::new(&modules, &references);
        let edges = references
            .iter()
            .filter_map(|reference| names.edge(reference))
            .collect();
        ModuleGraph { modules, edges }
    }

    /// Every import cycle, looked for at each depth: with modules cut to their first segment
    /// (`store`, `vault`), then to their first two, and so on. A reference between a module and
    /// its own ancestor or descendant (`store` ↔ `store::records`) is not counted: a parent and
    /// its children are one unit seen from outside. Each cycle is listed once, as the edges
    /// that close it.
    pub fn cycles(&self) -> Vec<Vec<Edge>> {
        let deepest = self.modules.iter().map(Vec::len).max().unwrap_or(0);
        let mut seen = BTreeSet::new();
        let mut found = Vec::new();
        for depth in 1..=deepest {
            let edges: Vec<Edge> = self
                .edges
                .iter()
                .map(|edge| edge.cut_to(depth))
                .filter(|edge| !related(&edge.from, &edge.to))
                .collect();
            for cycle in cycles_among(&edges) {
                let mut modules: Vec<ModPath> = cycle.iter().map(|e| e.from.clone()).collect();
                let first = (0..modules.len()).min_by_key(|&i| &modules[i]).unwrap_or(0);
                modules.rotate_left(first);
                if seen.insert(modules) {
                    found.push(cycle);
                }
            }
        }
        found
    }

    /// The references between different top-level modules (the root itself left out), each
    /// cut to those modules: `store::history` → `content::model` is `store` → `content`.
    pub fn top_level_edges(&self) -> Vec<Edge> {
        self.edges
            .iter()
            .map(|edge| edge.cut_to(1))
            .filter(|edge| !edge.from.is_empty() && !edge.to.is_empty() && edge.from != edge.to)
            .collect()
    }
}

/// Whether one module is the other or one of its ancestors.
fn related(a: &[String], b: &[String]) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// For each pair of modules with an edge, the shortest way back, if any: that closes a cycle.
fn cycles_among(edges: &[Edge]) -> Vec<Vec<Edge>> {
    let mut next: BTreeMap<&ModPath, BTreeMap<&ModPath, &Edge>> = BTreeMap::new();
    for edge in edges {
        next.entry(&edge.from)
            .or_default()
            .entry(&edge.to)
            .or_insert(edge);
    }
    let mut cycles = Vec::new();
    for targets in next.values() {
        for edge in targets.values() {
            if let Some(back) = shortest_path(&next, &edge.to, &edge.from) {
                let mut cycle = vec![(*edge).clone()];
                cycle.extend(back.into_iter().cloned());
                cycles.push(cycle);
            }
        }
    }
    cycles
}

/// Breadth-first: the fewest edges leading from `start` to `goal`.
fn shortest_path<'a>(
    next: &BTreeMap<&ModPath, BTreeMap<&ModPath, &'a Edge>>,
    start: &ModPath,
    goal: &ModPath,
) -> Option<Vec<&'a Edge>> {
    let mut came_by: BTreeMap<&ModPath, &Edge> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(module) = queue.pop_front() {
        if module == goal {
            let mut path = Vec::new();
            let mut at = goal;
            while at != start {
                let edge = came_by[at];
                path.push(edge);
                at = &edge.from;
            }
            path.reverse();
            return Some(path);
        }
        for (&to, &edge) in next.get(module).into_iter().flatten() {
            if to != start && !came_by.contains_key(to) {
                came_by.insert(to, edge);
                queue.push_back(to);
            }
        }
    }
    None
}

/// `lib.rs` is the root, `a.rs` and `a/mod.rs` are `a`, `a/b.rs` is `a::b`; `main.rs` and
/// `bin/` belong to other crates.
fn module_of(relative: &Path) -> Option<ModPath> {
    let mut segments: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    match segments.as_slice() {
        [only] if only == "lib" => return Some(Vec::new()),
        [only] if only == "main" => return None,
        [first, ..] if first == "bin" => return None,
        _ => {}
    }
    if segments.last().is_some_and(|last| last == "mod") {
        segments.pop();
    }
    Some(segments)
}

/// A path as written in one module, before it is resolved.
struct Reference {
    /// The module the path is written in (an inline module, if it is inside one).
    scope: ModPath,
    /// The segments as written, `crate`, `self` and `super` included.
    path: Vec<String>,
    /// For a `use`: the name it brings into scope (`None` for a glob or `_`).
    binds: Option<String>,
    is_use: bool,
    at: Location,
}

/// What one file holds, before the whole crate is known.
struct FileScan {
    module: ModPath,
    inline_modules: Vec<ModPath>,
    /// Child modules declared `#[cfg(test)] mod x;`: their files are test code.
    test_children: Vec<ModPath>,
    references: Vec<Reference>,
}

fn scan_file(module: ModPath, file: &str, tokens: &[Token]) -> FileScan {
    let mut scan = FileScan {
        module: module.clone(),
        inline_modules: Vec::new(),
        test_children: Vec::new(),
        references: Vec::new(),
    };
    // The modules we are inside, each with the brace depth its closing brace returns to.
    let mut scopes: Vec<(ModPath, usize)> = vec![(module, 0)];
    let mut depth = 0;
    let mut i = 0;
    while i < tokens.len() {
        let scope = scopes.last().expect("the file's own module").0.clone();
        let token = &tokens[i];
        let at = |line| Location {
            file: file.to_string(),
            line,
        };
        if let Some(test_mod) = test_module_at(tokens, i) {
            if test_mod.in_own_file {
                scan.test_children.push(child(&scope, &test_mod.name));
            }
            i = test_mod.end;
        } else if token.is_ident("mod") && is_inline_module(tokens, i) {
            let name = tokens[i + 1].ident().expect("checked").to_string();
            depth += 1;
            scopes.push((child(&scope, &name), depth));
            scan.inline_modules.push(child(&scope, &name));
            i += 3;
        } else if token.is_ident("use") {
            let mut leaves = Vec::new();
            i = read_use_tree(tokens, i + 1, Vec::new(), &mut leaves);
            for (path, binds, line) in leaves {
                scan.references.push(Reference {
                    scope: scope.clone(),
                    path,
                    binds,
                    is_use: true,
                    at: at(line),
                });
            }
        } else if token.is_punct('{') {
            depth += 1;
            i += 1;
        } else if token.is_punct('}') {
            if scopes.last().is_some_and(|(_, opened)| *opened == depth) && scopes.len() > 1 {
                scopes.pop();
            }
            depth = depth.saturating_sub(1);
            i += 1;
        } else if token.ident().is_some() && starts_path(tokens, i) {
            let (path, end) = read_path(tokens, i);
            if path.len() > 1 {
                scan.references.push(Reference {
                    scope,
                    path,
                    binds: None,
                    is_use: false,
                    at: at(token.line),
                });
            }
            i = end;
        } else {
            i += 1;
        }
    }
    scan
}

fn child(module: &[String], name: &str) -> ModPath {
    let mut path = module.to_vec();
    path.push(name.to_string());
    path
}

/// `mod name {` (not `mod name;`, which is a file of its own).
fn is_inline_module(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| t.ident().is_some())
        && tokens.get(i + 2).is_some_and(|t| t.is_punct('{'))
}

/// A path starts at a name that does not follow `::` or `.` (a method or field).
fn starts_path(tokens: &[Token], i: usize) -> bool {
    i == 0 || !(tokens[i - 1].kind == Kind::PathSep || tokens[i - 1].is_punct('.'))
}

/// `a::b::c` from a name: the names, and the index after the last.
fn read_path(tokens: &[Token], mut i: usize) -> (Vec<String>, usize) {
    let mut path = vec![tokens[i]
        .ident()
        .expect("a path starts with a name")
        .to_string()];
    i += 1;
    while tokens.get(i).is_some_and(|t| t.kind == Kind::PathSep) {
        match tokens.get(i + 1).and_then(Token::ident) {
            Some(name) => path.push(name.to_string()),
            None => break,
        }
        i += 2;
    }
    (path, i)
}

/// Reads one use tree (`a::b`, `a::{b, c::d as e}`, `a::*`) starting at `i`, adding each leaf
/// (its full path, the name it binds, its line) to `leaves`. Returns the index after the tree.
fn read_use_tree(
    tokens: &[Token],
    mut i: usize,
    mut prefix: Vec<String>,
    leaves: &mut Vec<(Vec<String>, Option<String>, usize)>,
) -> usize {
    if tokens.get(i).is_some_and(|t| t.kind == Kind::PathSep) {
        i += 1; // `use ::std::…`: the leading `::` of an extern crate.
    }
    loop {
        let Some(token) = tokens.get(i) else {
            return i;
        };
        if token.is_punct('*') {
            leaves.push((prefix, None, token.line));
            return i + 1;
        }
        if token.is_punct('{') {
            let close = matching_close(tokens, i);
            i += 1;
            while i < close {
                i = read_use_tree(tokens, i, prefix.clone(), leaves);
                if tokens.get(i).is_some_and(|t| t.is_punct(',')) {
                    i += 1;
                } else {
                    break;
                }
            }
            return close + 1;
        }
        let Some(name) = token.ident() else {
            return i; // `use<'a>` in an `impl Trait`, or a damaged tree.
        };
        let line = token.line;
        i += 1;
        if tokens.get(i).is_some_and(|t| t.kind == Kind::PathSep) {
            prefix.push(name.to_string());
            i += 1;
            continue;
        }
        // The last name: `self` in braces stands for the prefix itself.
        if name != "self" || prefix.is_empty() {
            prefix.push(name.to_string());
        }
        let mut binds = prefix.last().cloned();
        if tokens.get(i).is_some_and(|t| t.is_ident("as")) {
            binds = tokens.get(i + 1).and_then(Token::ident).map(str::to_string);
            i += 2;
        }
        binds = binds.filter(|name| name != "_");
        leaves.push((prefix, binds, line));
        return i;
    }
}

/// A `#[cfg(test)] mod name …` item starting at `i`.
struct TestModule {
    name: String,
    in_own_file: bool,
    /// The index after the item.
    end: usize,
}

/// Whether a test module starts at `i`: a `cfg` attribute that turns on with `test` (alone or
/// in an `all(…)`), then perhaps more attributes and a visibility, then `mod name` and `{` or `;`.
fn test_module_at(tokens: &[Token], i: usize) -> Option<TestModule> {
    let (attribute, mut i) = attribute_at(tokens, i)?;
    if !is_cfg_test(attribute) {
        return None;
    }
    while let Some((_, after)) = attribute_at(tokens, i) {
        i = after;
    }
    if tokens.get(i)?.is_ident("pub") {
        i += 1;
        if tokens.get(i)?.is_punct('(') {
            i = matching_close(tokens, i) + 1;
        }
    }
    if !tokens.get(i)?.is_ident("mod") {
        return None;
    }
    let name = tokens.get(i + 1)?.ident()?.to_string();
    let after_name = tokens.get(i + 2)?;
    if after_name.is_punct(';') {
        Some(TestModule {
            name,
            in_own_file: true,
            end: i + 3,
        })
    } else if after_name.is_punct('{') {
        Some(TestModule {
            name,
            in_own_file: false,
            end: matching_close(tokens, i + 2) + 1,
        })
    } else {
        None
    }
}

/// An outer attribute `#[…]` at `i`: its tokens inside the brackets, and the index after it.
fn attribute_at(tokens: &[Token], i: usize) -> Option<(&[Token], usize)> {
    if !(tokens.get(i)?.is_punct('#') && tokens.get(i + 1)?.is_punct('[')) {
        return None;
    }
    let close = matching_close(tokens, i + 1);
    Some((&tokens[i + 2..close.min(tokens.len())], close + 1))
}

/// `cfg(test)` or `cfg(all(test, …))`; not `cfg(not(test))` or `cfg(any(test, …))`, which
/// also hold outside tests.
fn is_cfg_test(attribute: &[Token]) -> bool {
    let mentions = |name| attribute.iter().any(|t| t.is_ident(name));
    attribute.first().is_some_and(|t| t.is_ident("cfg"))
        && mentions("test")
        && !mentions("not")
        && !mentions("any")
}

/// What the names in the crate stand for: its modules, and what each `use` brings into scope.
struct Names<'a> {
    modules: &'a BTreeSet<ModPath>,
    /// Per module, each name a `use` binds there: the crate path it stands for, or `None` for
    /// something outside the crate (`use aftercare_core::reminders`).
    imports: BTreeMap<ModPath, BTreeMap<String, Option<Vec<String>>>>,
}

impl<'a> Names<'a> {
    fn new(modules: &'a BTreeSet<ModPath>, references: &[&Reference]) -> Names<'a> {
        let mut names = Names {
            modules,
            imports: BTreeMap::new(),
        };
        for reference in references {
            if let Some(name) = &reference.binds {
                let target = names.absolute(reference);
                names
                    .imports
                    .entry(reference.scope.clone())
                    .or_default()
                    .insert(name.clone(), target);
            }
        }
        names
    }

    /// The edge a reference makes, unless it stays in its own module or leaves the crate.
    fn edge(&self, reference: &Reference) -> Option<Edge> {
        let path = self.absolute(reference)?;
        let to = self.resolve(&path, 0);
        (to != reference.scope).then(|| Edge {
            from: reference.scope.clone(),
            to,
            at: reference.at.clone(),
        })
    }

    /// The path from the crate root, if it stays in the crate.
    fn absolute(&self, reference: &Reference) -> Option<Vec<String>> {
        let scope = &reference.scope;
        let (first, rest) = reference.path.split_first()?;
        match first.as_str() {
            "crate" => Some(rest.to_vec()),
            "self" => Some([scope.as_slice(), rest].concat()),
            "super" => {
                let mut base = scope.clone();
                base.pop()?;
                let supers = rest.iter().take_while(|s| *s == "super").count();
                for _ in 0..supers {
                    base.pop()?;
                }
                Some([base.as_slice(), &rest[supers..]].concat())
            }
            name => {
                if !reference.is_use {
                    if let Some(target) = self.imports.get(scope).and_then(|i| i.get(name)) {
                        return target.as_ref().map(|t| [t.as_slice(), rest].concat());
                    }
                }
                let child_module = child(scope, name);
                self.modules
                    .contains(&child_module)
                    .then(|| [child_module.as_slice(), rest].concat())
            }
        }
    }

    /// The longest module a crate path names, following what `use` brought into each module.
    fn resolve(&self, path: &[String], hops: usize) -> ModPath {
        let mut module = Vec::new();
        for (i, segment) in path.iter().enumerate() {
            let next = child(&module, segment);
            if self.modules.contains(&next) {
                module = next;
                continue;
            }
            let imported = self.imports.get(&module).and_then(|i| i.get(segment));
            if let (Some(Some(target)), true) = (imported, hops < 8) {
                return self.resolve(&[target.as_slice(), &path[i + 1..]].concat(), hops + 1);
            }
            break;
        }
        module
    }
}

#[cfg(test)]
mod tests {
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
        let graph = ModuleGraph::read(&dir, &dir);
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
}
