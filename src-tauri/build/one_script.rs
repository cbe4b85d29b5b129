//! The page's one script, made at build time from the modules of `ui/js/` (the source, which the
//! tidy tests read): every module the entry imports, once each, in the order a web view runs
//! them, so the page fetches, parses and links one file instead of 29 (docs/performance.md, "7
//! December 2026, night: one script").
//!
//! The modules are the project's own and use a few forms only; anything else is refused here,
//! at build time, with the file and line, rather than shipped and found broken at run time:
//! - `import * as name from './file.js';`, `import { a, b as c } from './file.js';` and
//!   `import './file.js';`, each on one line at the start of it;
//! - `export function`, `export async function`, `export class`, `export const` and `export let`
//!   followed by one plain name, at the start of a line (`export const a = 1, b = 2;` would
//!   export `a` only, and an import of `b` by name be refused as not exported).
//!
//! Each module becomes a function run once, in the order of a depth-first walk of the imports
//! in the order they are written (the order ES modules are evaluated in), which returns its
//! namespace: a frozen object with a getter for each export, so that `ns.name` always reads
//! the binding as it is now, as a module's namespace does. A named import is read once, when
//! the importing module starts: right for a `function`, `class` or `const`, which never change
//! after their module has run, wrong for a `let`, so importing a `let` by name is refused (import
//! the namespace instead). A cycle of imports is refused: without it, every module has run
//! before any module that imports it.

use std::collections::{BTreeMap, HashMap};

/// What one module imports and exports.
struct Module<'a> {
    imports: Vec<Import<'a>>,
    /// The exported names, each with whether it is a `let` (it may change after its module ran).
    exports: Vec<(&'a str, bool)>,
}

struct Import<'a> {
    line: usize,
    from: &'a str,
    what: Imported<'a>,
}

enum Imported<'a> {
    /// `import './file.js';`: run for what it does.
    Nothing,
    /// `import * as name from './file.js';`
    Namespace(&'a str),
    /// `import { a, b as c } from './file.js';`: (exported name, local name).
    Names(Vec<(&'a str, &'a str)>),
}

/// What every name the bundle itself adds starts with; refused in the modules, so that none of
/// theirs can hide one of the bundle's.
const PREFIX: &str = "module$";

/// The one script: `entry` (a file name in `sources`) and every module it imports, from
/// `sources` (file name → text). The error names the file and line that cannot be bundled.
pub fn bundle(sources: &BTreeMap<String, String>, entry: &str) -> Result<String, String> {
    let mut modules = HashMap::new();
    let mut namespaces = HashMap::new();
    for (file, text) in sources {
        if let Some(other) = namespaces.insert(namespace(file), file) {
            return Err(format!(
                "ui/js/{other} and ui/js/{file} would have the same name in one script"
            ));
        }
        modules.insert(file.as_str(), parse(file, text)?);
    }
    let mut order = Vec::new();
    visit(entry, &modules, &mut Vec::new(), &mut order)?;

    let mut out = String::from(
        "// Made at build time by src-tauri/build/one_script.rs from ui/js/, the source: every \
         module once,\n// in the order the web view would run them. Do not edit.\n",
    );
    for file in order {
        let module = &modules[file];
        for import in &module.imports {
            if let Imported::Names(names) = &import.what {
                for (name, _) in names {
                    match modules[import.from].exports.iter().find(|(n, _)| n == name) {
                        None => {
                            return Err(format!(
                                "ui/js/{file}:{}: `{name}` is not exported by {}",
                                import.line, import.from
                            ))
                        }
                        Some((_, true)) => {
                            return Err(format!(
                                "ui/js/{file}:{}: `{name}` is a `let` of {}, imported by name: \
                                 in one script it would keep the value it had when {file} \
                                 started. Import the namespace (`import * as …`) and read \
                                 `namespace.{name}` where it is used",
                                import.line, import.from
                            ))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        out.push_str(&format!("const {} = (() => {{\n", namespace(file)));
        out.push_str(&format!("// ui/js/{file}\n"));
        let mut imports = module.imports.iter().peekable();
        for (index, line) in sources[file].lines().enumerate() {
            if let Some(import) = imports.next_if(|import| import.line == index + 1) {
                match &import.what {
                    Imported::Nothing => {}
                    Imported::Namespace(local) => {
                        out.push_str(&format!("const {local} = {};", namespace(import.from)));
                    }
                    Imported::Names(names) => {
                        let names: Vec<String> = names
                            .iter()
                            .map(|(name, local)| {
                                if name == local {
                                    name.to_string()
                                } else {
                                    format!("{name}: {local}")
                                }
                            })
                            .collect();
                        out.push_str(&format!(
                            "const {{ {} }} = {};",
                            names.join(", "),
                            namespace(import.from)
                        ));
                    }
                }
            } else {
                out.push_str(line.strip_prefix("export ").unwrap_or(line));
            }
            out.push('\n');
        }
        out.push_str("return Object.freeze({\n  __proto__: null,\n");
        for (name, _) in &module.exports {
            out.push_str(&format!("  get {name}() {{ return {name}; }},\n"));
        }
        out.push_str("});\n})();\n");
    }
    Ok(out)
}

/// Depth-first, each module after what it imports, in the order its imports are written.
fn visit<'a>(
    file: &'a str,
    modules: &HashMap<&'a str, Module<'a>>,
    path: &mut Vec<&'a str>,
    order: &mut Vec<&'a str>,
) -> Result<(), String> {
    if order.contains(&file) {
        return Ok(());
    }
    if let Some(start) = path.iter().position(|&f| f == file) {
        let mut cycle = path[start..].to_vec();
        cycle.push(file);
        return Err(format!(
            "ui/js: a cycle of imports, {}: one script needs every module to run after the \
             modules it imports",
            cycle.join(" → ")
        ));
    }
    let Some(module) = modules.get(file) else {
        let by = path
            .last()
            .map_or(String::new(), |f| format!(" (imported by {f})"));
        return Err(format!("ui/js/{file} does not exist{by}"));
    };
    path.push(file);
    for import in &module.imports {
        visit(import.from, modules, path, order)?;
    }
    path.pop();
    order.push(file);
    Ok(())
}

fn parse<'a>(file: &str, text: &'a str) -> Result<Module<'a>, String> {
    let mut module = Module {
        imports: Vec::new(),
        exports: Vec::new(),
    };
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let refuse = |why: &str| Err(format!("ui/js/{file}:{number}: {why}: {}", line.trim()));
        if line.contains(PREFIX) {
            return refuse(&format!(
                "`{PREFIX}` is kept for the names the one script adds"
            ));
        }
        if line.contains("import(") || line.contains("import.meta") {
            return refuse("a dynamic import or `import.meta`, which one script cannot keep");
        }
        let trimmed = line.trim_start();
        if let Some(rest) = line.strip_prefix("import ") {
            let Some(what) = import(rest) else {
                return refuse(
                    "an import of a form the bundler does not know (one line, \
                     `import * as x from './f.js';`, `import { a, b as c } from './f.js';` \
                     or `import './f.js';`)",
                );
            };
            module.imports.push(Import {
                line: number,
                from: what.0,
                what: what.1,
            });
        } else if let Some(rest) = line.strip_prefix("export ") {
            let Some(export) = export(rest) else {
                return refuse(
                    "an export of a form the bundler does not know (`export function`, \
                     `export async function`, `export class`, `export const` or `export let`, \
                     each with one plain name)",
                );
            };
            module.exports.push(export);
        } else if ["import ", "import{", "export ", "export{"]
            .iter()
            .any(|form| trimmed.starts_with(form))
        {
            return refuse("an import or export that does not start its line");
        }
    }
    Ok(module)
}

/// After `import `: the file imported from and what is imported.
fn import(rest: &str) -> Option<(&str, Imported<'_>)> {
    let rest = rest.trim_end().strip_suffix(';')?;
    if let Some(from) = file_name(rest) {
        return Some((from, Imported::Nothing));
    }
    let (what, from) = rest.split_once(" from ")?;
    let from = file_name(from.trim())?;
    if let Some(local) = what.strip_prefix("* as ") {
        return Some((from, Imported::Namespace(plain_name(local.trim())?)));
    }
    let list = what.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut names = Vec::new();
    for item in list
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
    {
        let (name, local) = item.split_once(" as ").unwrap_or((item, item));
        names.push((plain_name(name.trim())?, plain_name(local.trim())?));
    }
    (!names.is_empty()).then_some((from, Imported::Names(names)))
}

/// `'./file.js'` → `file.js`: a module beside this one, nothing else.
fn file_name(quoted: &str) -> Option<&str> {
    let name = quoted.strip_prefix("'./")?.strip_suffix('\'')?;
    let stem = name.strip_suffix(".js")?;
    let plain = !stem.is_empty()
        && stem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    plain.then_some(name)
}

/// After `export `: the name it exports and whether it is a `let`.
fn export(rest: &str) -> Option<(&str, bool)> {
    let forms = [
        ("function ", false),
        ("async function ", false),
        ("class ", false),
        ("const ", false),
        ("let ", true),
    ];
    let (after, mutable) = forms
        .iter()
        .find_map(|(form, mutable)| Some((rest.strip_prefix(form)?, *mutable)))?;
    let end = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .unwrap_or(after.len());
    // A plain name: a destructuring (`export const { a } = …`) would export names this does
    // not see.
    Some((plain_name(&after[..end])?, mutable))
}

fn plain_name(name: &str) -> Option<&str> {
    let mut chars = name.chars();
    let first = chars.next()?;
    let ok = (first.is_ascii_alphabetic() || first == '_' || first == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    ok.then_some(name)
}

/// The name of the constant holding `file`'s namespace: `own-tiles.js` → `module$own_tiles`.
fn namespace(file: &str) -> String {
    let stem = file.strip_suffix(".js").unwrap_or(file);
    format!("{PREFIX}{}", stem.replace('-', "_"))
}
