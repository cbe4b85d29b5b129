//! `aftercare-fuzz <target> [file or folder…]`.
//!
//! Built by `cargo afl build` (which sets `cfg(fuzzing)`), it is what AFL++ runs: it feeds each
//! input AFL++ gives it to the target, many per process. Built plainly, it replays files instead,
//! to reproduce a crash AFL++ saved: `cargo run -p aftercare-fuzz -- attempts target/fuzz/…`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let Some(target) = args
        .first()
        .and_then(|name| name.to_str())
        .and_then(aftercare_fuzz::target)
    else {
        let names: Vec<&str> = aftercare_fuzz::TARGETS.iter().map(|t| t.name).collect();
        eprintln!(
            "usage: aftercare-fuzz <target> [file or folder…]\ntargets: {}",
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    run(target, &args[1..])
}

#[cfg(fuzzing)]
fn run(target: aftercare_fuzz::Target, _: &[std::ffi::OsString]) -> ExitCode {
    afl::fuzz!(|data: &[u8]| {
        (target.run)(data);
    });
    ExitCode::SUCCESS
}

#[cfg(not(fuzzing))]
fn run(target: aftercare_fuzz::Target, paths: &[std::ffi::OsString]) -> ExitCode {
    use std::path::PathBuf;

    let mut files = Vec::new();
    for path in paths.iter().map(PathBuf::from) {
        match std::fs::read_dir(&path) {
            Ok(entries) => files.extend(entries.filter_map(|e| e.ok()).map(|e| e.path())),
            Err(_) => files.push(path),
        }
    }
    files.sort();
    for file in files {
        match std::fs::read(&file) {
            Ok(bytes) => {
                println!("{}: {} bytes", file.display(), bytes.len());
                (target.run)(&bytes);
            }
            Err(e) => {
                eprintln!("{}: {e}", file.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
