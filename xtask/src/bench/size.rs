//! What each crate costs the release binary, read from the linker's map of the app's last release
//! build (`src-tauri/build.rs` asks the linker for it on Linux, `OUT_DIR/aftercare.map`).
//!
//! The map lists every input section the linker kept, with its size and the object file it came
//! from; each Rust crate is one object file here (`codegen-units = 1`), so summing the sections
//! that are loaded into memory (code, read-only data, data, unwind tables) by the file's crate
//! gives what each crate adds. Generic code is counted where it was instantiated, as `cargo
//! bloat` counts it: Tauri's and serde's generics used by the app's commands are the shell's.
//! What the linker makes itself (merged strings, the dynamic symbol table, the unwind index) is
//! one part of its own. The figures are before stripping, which removes only the symbol table.

use std::{
    collections::HashMap,
    fs,
    path::{Path, PathBuf},
};

use super::report::Part;

/// The parts shown by name; the rest are summed in one line.
pub const PARTS_SHOWN: usize = 30;

/// The map of the newest release build of the app, if there is one.
pub fn newest_map(target: &Path) -> Option<PathBuf> {
    let build = target.join("release").join("build");
    fs::read_dir(build)
        .ok()?
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            entry
                .file_name()
                .to_str()
                .is_some_and(|name| name.starts_with("aftercare-"))
        })
        .map(|entry| entry.path().join("out").join("aftercare.map"))
        .filter_map(|map| Some((fs::metadata(&map).ok()?.modified().ok()?, map)))
        .max()
        .map(|(_, map)| map)
}

/// The bytes each crate, C library or the linker adds to the loaded sections, largest first,
/// from a map in LLD's format (`VMA LMA Size Align Out In Symbol`); the parts after
/// [`PARTS_SHOWN`] are summed as one. Empty if the text is not such a map.
pub fn parts(map: &str) -> Vec<Part> {
    let mut bytes: HashMap<String, u64> = HashMap::new();
    let mut loaded = false;
    for line in map.lines() {
        let mut fields = line.split_whitespace();
        let (Some(_vma), Some(_lma), Some(size), Some(_align)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let Ok(size) = u64::from_str_radix(size, 16) else {
            continue;
        };
        // After the four numbers and one space: an output section at no indent, an input
        // section at 8 spaces, a symbol at 16.
        let Some(rest) = nth_field_end(line, 4).map(|end| &line[end + 1..]) else {
            continue;
        };
        let indent = rest.len() - rest.trim_start().len();
        match indent {
            0 => loaded = is_loaded(rest.trim()),
            8 if loaded => {
                let file = rest.trim().split(":(").next().unwrap_or_default();
                *bytes.entry(part_of(file)).or_default() += size;
            }
            _ => {}
        }
    }
    let mut parts: Vec<Part> = bytes
        .into_iter()
        .filter(|(_, bytes)| *bytes > 0)
        .map(|(name, bytes)| Part { name, bytes })
        .collect();
    parts.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.name.cmp(&b.name)));
    if parts.len() > PARTS_SHOWN + 1 {
        let rest = parts.split_off(PARTS_SHOWN);
        parts.push(Part {
            name: format!("the other {} crates and libraries", rest.len()),
            bytes: rest.iter().map(|p| p.bytes).sum(),
        });
    }
    parts
}

/// Where the `n`-th whitespace-separated field of `line` ends (counting from 0).
fn nth_field_end(line: &str, n: usize) -> Option<usize> {
    let mut seen = 0;
    let mut in_field = false;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if in_field {
                seen += 1;
                if seen == n {
                    return Some(i);
                }
            }
            in_field = false;
        } else {
            in_field = true;
        }
    }
    None
}

/// Whether an output section is loaded into memory from the file: code, read-only data,
/// relocated data, data and the unwind tables (not zero-filled memory, not debug information or
/// symbol tables, which stripping removes).
fn is_loaded(section: &str) -> bool {
    [
        ".text",
        ".rodata",
        ".data",
        ".tdata",
        ".eh_frame",
        ".gcc_except_table",
        ".init_array",
        ".fini_array",
    ]
    .iter()
    .any(|name| section == *name || section.starts_with(&format!("{name}.")))
        && section != ".eh_frame_hdr"
}

/// The part an input file belongs to: its crate for Rust (`…/libtauri-0123456789abcdef.rlib(…)`,
/// the app's `libaftercare_lib.rlib`, the program's own objects), its package for C built by a
/// build script (`…/build/libsqlite3-sys-…/out/…`), the linker for what it makes itself.
fn part_of(file: &str) -> String {
    if file.starts_with("<internal>") {
        return "(made by the linker: merged strings, tables)".to_owned();
    }
    if let Some(out) = file.find("/out/") {
        if let Some(build) = file[..out].rfind("/build/") {
            let package = without_hash(&file[build + "/build/".len()..out]);
            return format!("{package} (C)");
        }
    }
    let archive = file.split('(').next().unwrap_or(file);
    let name = archive.rsplit('/').next().unwrap_or(archive);
    if let Some(stem) = name.strip_suffix(".rlib") {
        return without_hash(stem.strip_prefix("lib").unwrap_or(stem)).to_owned();
    }
    if let Some(stem) = name.strip_suffix(".rcgu.o") {
        let krate = stem.split(['.', '-']).next().unwrap_or(stem);
        return krate.to_owned();
    }
    "(system start-up files)".to_owned()
}

/// `name-0123456789abcdef` without its hash; anything else as it is.
fn without_hash(name: &str) -> &str {
    match name.rsplit_once('-') {
        Some((stem, hash)) if hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()) => {
            stem
        }
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::parts;

    /// A few lines of a real map, shortened: two crates' code, a crate's relocated data, the
    /// app's library, SQLCipher's C, the linker's own strings, a symbol line (not counted twice),
    /// and debug information and zero-filled memory (not in the loaded binary).
    const MAP: &str = "\
             VMA              LMA     Size Align Out     In      Symbol
          1949a0           1949a0      300     4 .rodata
          1949a0           1949a0      100     4         /t/release/deps/libaftercare_lib.rlib(aftercare_lib.aftercare_lib.2af1-cgu.0.rcgu.o):(.rodata..Lanon.1)
          194aa0           194aa0       80     1         <internal>:(.rodata.str1.1)
          194b20           194b20       20     8         /t/release/deps/libzxcvbn-0f043a302f122967.rlib(zxcvbn-0f043a302f122967.zxcvbn.db7f-cgu.0.rcgu.o):(.rodata..Lanon.2)
          194b20           194b20       20     1                 zxcvbn::WORDS
          200000           200000     1000    16 .text
          200000           200000      400    16         /t/release/deps/libzxcvbn-0f043a302f122967.rlib(zxcvbn-0f043a302f122967.zxcvbn.db7f-cgu.0.rcgu.o):(.text._ZN6zxcvbn5guess17h0E)
          200400           200400      800    16         /t/release/build/libsqlite3-sys-5a1b2c3d4e5f6a7b/out/libsqlite3.a(sqlite3.o):(.text.sqlite3VdbeExec)
          200c00           200c00       10    16         /t/release/deps/aftercare-d6f60513e6ae29df.aftercare.9f1e-cgu.0.rcgu.o:(.text.main)
          300000           300000      200     8 .data.rel.ro
          300000           300000      200     8         /t/release/deps/libchrono_tz-8c2a8355ba03927a.rlib(chrono_tz-8c2a8355ba03927a.chrono_tz.b25e-cgu.0.rcgu.o):(.data.rel.ro..Lanon.3)
          400000           400000     5000     1 .debug_info
          400000           400000     5000     1         /t/release/deps/libzxcvbn-0f043a302f122967.rlib(zxcvbn-0f043a302f122967.zxcvbn.db7f-cgu.0.rcgu.o):(.debug_info)
          500000           500000     9000    64 .bss
          500000           500000     9000    64         /t/release/deps/libchrono_tz-8c2a8355ba03927a.rlib(chrono_tz-8c2a8355ba03927a.chrono_tz.b25e-cgu.0.rcgu.o):(.bss.x)
";

    #[test]
    fn each_crate_is_charged_the_loaded_sections_of_its_object_files() {
        let found: Vec<(String, u64)> = parts(MAP).into_iter().map(|p| (p.name, p.bytes)).collect();
        assert_eq!(
            found,
            [
                ("libsqlite3-sys (C)".to_owned(), 0x800),
                ("zxcvbn".to_owned(), 0x420),
                ("chrono_tz".to_owned(), 0x200),
                ("aftercare_lib".to_owned(), 0x100),
                (
                    "(made by the linker: merged strings, tables)".to_owned(),
                    0x80
                ),
                ("aftercare".to_owned(), 0x10),
            ]
        );
    }

    #[test]
    fn text_that_is_not_a_linker_map_gives_no_parts() {
        assert!(parts("").is_empty());
        assert!(
            parts("Archive member included to satisfy reference by file (symbol)\n").is_empty()
        );
    }
}
