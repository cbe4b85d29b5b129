//! Embeds `content/` into the crate. The TOML files are named in `content::files`; the guide's
//! Markdown pages are listed here so that adding a page needs no code change.

use std::{env, fs, path::PathBuf};

#[allow(
    clippy::disallowed_methods,
    reason = "a build script reads the variables cargo sets for it"
)]
fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let content = manifest.join("../content");
    // A directory makes cargo rescan everything below it.
    println!("cargo:rerun-if-changed={}", content.display());

    let guide = content.join("guide");
    let mut pages: Vec<PathBuf> = fs::read_dir(&guide)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", guide.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .filter(|path| !path.ends_with("README.md"))
        .collect();
    pages.sort();

    let mut out = String::from("/// The guide's pages: (path as shown in errors, text).\n");
    out.push_str("pub(crate) const GUIDE_PAGES: &[(&str, &str)] = &[\n");
    for page in &pages {
        let name = page.file_name().expect("file name").to_string_lossy();
        let absolute = fs::canonicalize(page).expect("canonical path");
        out.push_str(&format!(
            "    (\"content/guide/{name}\", include_str!({:?})),\n",
            absolute.display().to_string()
        ));
    }
    out.push_str("];\n");

    let dest = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("guide_pages.rs");
    fs::write(dest, out).expect("write guide_pages.rs");
}
