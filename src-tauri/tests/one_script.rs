//! The page's one script (`build/one_script.rs`, run by the build script): every module once,
//! after the modules it imports, and a form it cannot bundle faithfully refused at build time.

#[path = "../build/one_script.rs"]
mod one_script;

use std::collections::BTreeMap;
use std::path::Path;

fn sources(files: &[(&str, &str)]) -> BTreeMap<String, String> {
    files
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect()
}

/// Where each module's function starts in the script, in order.
fn starts(script: &str) -> Vec<&str> {
    script
        .lines()
        .filter_map(|line| line.strip_prefix("// ui/js/"))
        .collect()
}

#[test]
fn every_module_is_in_once_after_what_it_imports_in_the_order_they_are_imported() {
    let script = one_script::bundle(
        &sources(&[
            (
                "main.js",
                "import { b } from './b.js';\nimport './c.js';\nimport * as d from './d.js';\nb(d.x);\n",
            ),
            ("b.js", "import { x as y } from './d.js';\nexport function b(v) { return v + y; }\n"),
            ("c.js", "import * as d from './d.js';\ndocument.title = d.x;\n"),
            ("d.js", "export const x = 1;\nexport let later = null;\n"),
            ("unused.js", "export const nobody = 0;\n"),
        ]),
        "main.js",
    )
    .unwrap();
    assert_eq!(starts(&script), ["d.js", "b.js", "c.js", "main.js"]);
    for name in ["d", "b", "c", "main"] {
        assert_eq!(
            script.matches(&format!("const module${name} = ")).count(),
            1,
            "{script}"
        );
    }
    // Imports read the namespace of a module that has run; exports become getters, read live.
    assert!(script.contains("const { x: y } = module$d;"), "{script}");
    assert!(script.contains("const { b } = module$b;"), "{script}");
    assert!(script.contains("const d = module$d;"), "{script}");
    assert!(script.contains("get later() { return later; }"), "{script}");
    assert!(script.contains("\nfunction b(v) {"), "{script}");
    assert!(
        !script.contains("import ") && !script.contains("export "),
        "{script}"
    );
}

#[test]
fn the_app_s_own_modules_make_one_script_with_each_once() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/js");
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        files.insert(name, std::fs::read_to_string(&path).unwrap());
    }
    let script = one_script::bundle(&files, "main.js").unwrap();
    let order = starts(&script);
    assert_eq!(order.last(), Some(&"main.js"));
    let mut sorted = order.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), order.len(), "a module twice: {order:?}");
    // Every module of ui/js/ is imported, directly or not, by main.js.
    assert_eq!(order.len(), files.len(), "{order:?}");
    // Each after every module it imports.
    for (at, file) in order.iter().enumerate() {
        for line in files[*file].lines().filter(|l| l.starts_with("import ")) {
            let from = line.split("'./").nth(1).unwrap().trim_end_matches("';");
            let before = order.iter().position(|f| *f == from).unwrap();
            assert!(before < at, "{file} runs before {from}, which it imports");
        }
    }
}

fn refusal(files: &[(&str, &str)]) -> String {
    one_script::bundle(&sources(files), "main.js").expect_err("must be refused")
}

#[test]
fn a_cycle_of_imports_is_refused_with_the_cycle_named() {
    let error = refusal(&[
        ("main.js", "import './a.js';\n"),
        ("a.js", "import { b } from './b.js';\nexport const a = 1;\n"),
        ("b.js", "import { a } from './a.js';\nexport const b = 2;\n"),
    ]);
    assert!(error.contains("a.js → b.js → a.js"), "{error}");
}

#[test]
fn an_import_or_export_of_another_form_is_refused_with_its_file_and_line() {
    let other = "export const x = 1;\n";
    for (main, line) in [
        ("import x from './other.js';\n", 1),
        ("import {\n  x,\n} from './other.js';\n", 1),
        ("import { x } from 'other.js';\n", 1),
        ("import { x } from './other.js'\n", 1),
        (
            "import * as other from './other.js';\nconst y = 1;\nexport default y;\n",
            3,
        ),
        ("const x = 1;\nexport { x };\n", 2),
        ("export * from './other.js';\n", 1),
        ("export const { a, b } = {};\n", 1),
        ("const late = () => import('./other.js');\n", 1),
        ("console.log(import.meta.url);\n", 1),
        ("if (true) {\n  import './other.js';\n}\n", 2),
        ("const module$main = 1;\n", 1),
    ] {
        let error = refusal(&[("main.js", main), ("other.js", other)]);
        assert!(
            error.starts_with(&format!("ui/js/main.js:{line}: ")),
            "{main:?}: {error}"
        );
    }
}

#[test]
fn a_let_imported_by_name_is_refused_and_through_its_namespace_kept() {
    let other = "export let share = null;\nexport function offer() { share = 1; }\n";
    let error = refusal(&[
        ("main.js", "import { share } from './other.js';\n"),
        ("other.js", other),
    ]);
    assert!(error.contains("`share` is a `let`"), "{error}");
    let script = one_script::bundle(
        &sources(&[
            (
                "main.js",
                "import * as other from './other.js';\nother.offer();\nother.share;\n",
            ),
            ("other.js", other),
        ]),
        "main.js",
    )
    .unwrap();
    assert!(script.contains("get share() { return share; }"), "{script}");
}

#[test]
fn a_name_or_file_that_is_not_there_is_refused() {
    let error = refusal(&[
        ("main.js", "import { nothing } from './other.js';\n"),
        ("other.js", "export const x = 1;\n"),
    ]);
    assert!(
        error.contains("`nothing` is not exported by other.js"),
        "{error}"
    );
    let error = refusal(&[
        ("main.js", "import './own-tiles.js';\n"),
        ("own-tiles.js", "export const a = 1;\n"),
        ("own_tiles.js", "export const b = 2;\n"),
    ]);
    assert!(error.contains("would have the same name"), "{error}");
    let error = refusal(&[("main.js", "import './gone.js';\n")]);
    assert!(
        error.contains("ui/js/gone.js does not exist (imported by main.js)"),
        "{error}"
    );
}
