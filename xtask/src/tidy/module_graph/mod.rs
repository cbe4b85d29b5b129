//! The module graph of one crate, read from its source files: which module refers to which.
//!
//! A crate is read from its root file (`src/lib.rs`, `src/main.rs`, `tests/core/main.rs`, a
//! bench's one file), following its `mod name;` declarations to their files (`scan.rs`). A
//! module is named by its path below the crate root: `[]` is the root, `["store"]` is
//! `store.rs` or `store/mod.rs`, `["store", "records"]` is `store/records.rs`, and an inline
//! `mod x { … }` adds a module of its own. A reference is a path in code, in a `use` tree or
//! inline, that starts with `crate::`, `self::` or `super::`, or with the name of a child
//! module. It points at the longest module the path names; names brought in by `use` are
//! followed (`names.rs`), so `crate::Error` (re-exported by `pub use error::Error`) points at
//! `error`. Test modules (`#[cfg(test)] mod …`, inline or in a file of their own) are left out:
//! tests may reach anywhere. A test module in a file of its own is a tree of its own, which
//! [`ModuleGraph::test_trees`] lists so that it can be read apart.

mod names;
mod scan;
#[cfg(test)]
mod tests;

use std::{
    collections::{BTreeMap, BTreeSet, VecDeque},
    fmt, fs,
    path::{Path, PathBuf},
};

use super::rust_tokens::tokenize;
use names::Names;
use scan::{scan_file, Declared};

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

/// A module's file and the folder where the files of its child modules are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleFile {
    pub file: PathBuf,
    pub children: PathBuf,
}

impl ModuleFile {
    /// A crate's root file: its modules' files are beside it.
    pub fn crate_root(file: &Path) -> ModuleFile {
        ModuleFile {
            file: file.to_path_buf(),
            children: file.parent().unwrap_or(Path::new(".")).to_path_buf(),
        }
    }

    /// The file of the module `name` declared in this one (`name.rs` or `name/mod.rs` in the
    /// children's folder, below the inline modules `inline` it is declared in), if it exists.
    fn child(&self, inline: &[String], name: &str) -> Option<ModuleFile> {
        let dir = inline.iter().fold(self.children.clone(), |d, m| d.join(m));
        let flat = dir.join(format!("{name}.rs"));
        let nested = dir.join(name).join("mod.rs");
        if flat.is_file() {
            Some(ModuleFile {
                file: flat,
                children: dir.join(name),
            })
        } else if nested.is_file() {
            Some(ModuleFile {
                file: nested,
                children: dir.join(name),
            })
        } else {
            None
        }
    }
}

pub struct ModuleGraph {
    pub modules: BTreeSet<ModPath>,
    pub edges: Vec<Edge>,
    /// The test modules in files of their own (`#[cfg(test)] mod tests;`): trees of their own,
    /// left out of this graph, to be read apart ([`ModuleGraph::read`] on each).
    pub test_trees: Vec<ModuleFile>,
}

impl ModuleGraph {
    /// Reads the crate (or test tree) whose root is `root`, following its `mod` declarations.
    /// File names in locations are relative to `workspace`.
    pub fn read(root: &ModuleFile, workspace: &Path) -> ModuleGraph {
        let mut files = Vec::new();
        let mut test_trees = Vec::new();
        let mut queue = VecDeque::from([(Vec::new(), root.clone())]);
        while let Some((module, at)) = queue.pop_front() {
            let text = fs::read_to_string(&at.file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", at.file.display()));
            let shown_path = at.file.strip_prefix(workspace).unwrap_or(&at.file);
            let scan = scan_file(module, &shown_path.display().to_string(), &tokenize(&text));
            for Declared { inline, name, test } in &scan.declared {
                let Some(file) = at.child(inline, name) else {
                    continue; // a module of another platform's files, or generated: not ours
                };
                if *test {
                    test_trees.push(file);
                } else {
                    let path =
                        [scan.module.as_slice(), inline, std::slice::from_ref(name)].concat();
                    queue.push_back((path, file));
                }
            }
            files.push(scan);
        }
        let modules: BTreeSet<ModPath> = files
            .iter()
            .flat_map(|file| std::iter::once(&file.module).chain(&file.inline_modules))
            .cloned()
            .collect();
        let references: Vec<&scan::Reference> = files.iter().flat_map(|f| &f.references).collect();
        let names = Names::new(&modules, &references);
        let edges = references
            .iter()
            .filter_map(|reference| names.edge(reference))
            .collect();
        ModuleGraph {
            modules,
            edges,
            test_trees,
        }
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

fn child(module: &[String], name: &str) -> ModPath {
    let mut path = module.to_vec();
    path.push(name.to_string());
    path
}
