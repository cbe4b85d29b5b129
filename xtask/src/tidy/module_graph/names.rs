//! What the names in a crate stand for: its modules, and what each `use` brings into scope.

use std::collections::{BTreeMap, BTreeSet};

use super::{child, scan::Reference, Edge, ModPath};

/// What the names in the crate stand for: its modules, and what each `use` brings into scope.
pub struct Names<'a> {
    modules: &'a BTreeSet<ModPath>,
    /// Per module, each name a `use` binds there: the crate path it stands for, or `None` for
    /// something outside the crate (`use aftercare_core::reminders`).
    imports: BTreeMap<ModPath, BTreeMap<String, Option<Vec<String>>>>,
}

impl<'a> Names<'a> {
    pub fn new(modules: &'a BTreeSet<ModPath>, references: &[&Reference]) -> Names<'a> {
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
    pub fn edge(&self, reference: &Reference) -> Option<Edge> {
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
