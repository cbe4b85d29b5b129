//! What one file holds: the paths written in it, the modules it declares inline or in files of
//! their own, and which of them are test modules.

use super::{child, Location, ModPath};
use crate::tidy::rust_tokens::{matching_close, Kind, Token};

/// A path as written in one module, before it is resolved.
pub struct Reference {
    /// The module the path is written in (an inline module, if it is inside one).
    pub scope: ModPath,
    /// The segments as written, `crate`, `self` and `super` included.
    pub path: Vec<String>,
    /// For a `use`: the name it brings into scope (`None` for a glob or `_`).
    pub binds: Option<String>,
    pub is_use: bool,
    pub at: Location,
}

/// A module declared in a file of its own (`mod name;`), inside the inline modules `inline` of
/// the file that declares it; `test` for `#[cfg(test)] mod name;`.
pub struct Declared {
    pub inline: Vec<String>,
    pub name: String,
    pub test: bool,
}

/// What one file holds, before the whole crate is known.
pub struct FileScan {
    pub module: ModPath,
    pub inline_modules: Vec<ModPath>,
    /// The modules it declares in files of their own, tests among them.
    pub declared: Vec<Declared>,
    pub references: Vec<Reference>,
}

pub fn scan_file(module: ModPath, file: &str, tokens: &[Token]) -> FileScan {
    let mut scan = FileScan {
        module: module.clone(),
        inline_modules: Vec::new(),
        declared: Vec::new(),
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
        let inline = scope[scan.module.len()..].to_vec();
        if let Some(test_mod) = test_module_at(tokens, i) {
            if test_mod.in_own_file {
                scan.declared.push(Declared {
                    inline,
                    name: test_mod.name,
                    test: true,
                });
            }
            i = test_mod.end;
        } else if let Some(name) = module_file_at(tokens, i) {
            scan.declared.push(Declared {
                inline,
                name,
                test: false,
            });
            i += 3;
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

/// `mod name;`: a module in a file of its own. Its name.
fn module_file_at(tokens: &[Token], i: usize) -> Option<String> {
    let name = tokens.get(i + 1)?.ident()?;
    (tokens[i].is_ident("mod") && tokens.get(i + 2)?.is_punct(';')).then(|| name.to_string())
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
