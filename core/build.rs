//! Embeds `content/` into the crate, every language of it. English is `content/` itself; every
//! other folder of `content/` (but `guide/` and `tools/`) is a language named by its tag
//! (`content/es/`), holding the same files. So a language is added with a folder and no code.
//! A folder missing one of the files fails the build here, naming it.

use std::{
    env, fs,
    path::{Path, PathBuf},
};

/// The files of every language, in the order `content::Sources` takes them.
const FILES: [&str; 7] = [
    "actions.toml",
    "questions.toml",
    "affirmations.toml",
    "reminders.toml",
    "ui.ftl",
    "card.toml",
    "messages.toml",
];

/// Folders of `content/` that are not languages.
const NOT_LANGUAGES: [&str; 2] = ["guide", "tools"];

#[allow(
    clippy::disallowed_methods,
    reason = "a build script reads the variables cargo sets for it"
)]
fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let content = manifest.join("../content");
    // A directory makes cargo rescan everything below it.
    println!("cargo:rerun-if-changed={}", content.display());

    let mut folders = vec![("en".to_owned(), "content".to_owned(), content.clone())];
    let mut others: Vec<(String, String, PathBuf)> = fs::read_dir(&content)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", content.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.is_dir())
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            (!NOT_LANGUAGES.contains(&name.as_str()))
                .then(|| (name.clone(), format!("content/{name}"), path))
        })
        .collect();
    others.sort();
    folders.extend(others);

    let mut out = String::from(
        "/// Every language's files: (tag, own name, folder, the files, the guide's pages).\n\
         pub(crate) const FOLDERS: &[Folder] = &[\n",
    );
    for (tag, shown, path) in &folders {
        assert!(
            !tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{shown}: a language folder is named by its tag, like `es` or `pt-BR`"
        );
        let name = language_name(shown, &path.join("ui.ftl"));
        out.push_str(&format!(
            "    Folder {{\n        tag: {tag:?},\n        name: {name:?},\n        folder: {shown:?},\n        files: [\n"
        ));
        for file in FILES {
            out.push_str(&format!(
                "            {},\n",
                source(&format!("{shown}/{file}"), &path.join(file))
            ));
        }
        out.push_str("        ],\n        guide: &[\n");
        for page in guide_pages(shown, &path.join("guide")) {
            let file = page.file_name().expect("file name").to_string_lossy();
            out.push_str(&format!(
                "            {},\n",
                source(&format!("{shown}/guide/{file}"), &page)
            ));
        }
        out.push_str("        ],\n    },\n");
    }
    out.push_str("];\n");

    let dest = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("folders.rs");
    fs::write(dest, out).expect("write folders.rs");
}

fn source(shown: &str, path: &Path) -> String {
    assert!(
        path.is_file(),
        "{shown} is missing: every language folder holds the same files as content/ ({})",
        FILES.join(", ")
    );
    let absolute = fs::canonicalize(path).expect("canonical path");
    format!(
        "Source {{ path: {shown:?}, text: include_str!({:?}) }}",
        absolute.display().to_string()
    )
}

fn guide_pages(shown: &str, guide: &Path) -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = fs::read_dir(guide)
        .unwrap_or_else(|e| panic!("cannot read {shown}/guide: {e}"))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .filter(|path| !path.ends_with("README.md"))
        .collect();
    pages.sort();
    pages
}

/// The language's own name, from the line `language-name = …` of its `ui.ftl`, so that
/// Settings can list every language without reading all of them.
fn language_name(shown: &str, ui: &Path) -> String {
    let text = fs::read_to_string(ui)
        .unwrap_or_else(|_| panic!("{shown}/ui.ftl is missing: every language has its UI words"));
    text.lines()
        .find_map(|line| line.strip_prefix("language-name = "))
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| {
            panic!(
                "{shown}/ui.ftl: the line `language-name = …` (the language's own name) is missing"
            )
        })
}
