//! The committed seeds: present for every target, each one run through its target (a plain
//! `cargo test` thus replays the whole starting corpus), and the sealed ones opening, so the
//! fuzzer starts past the inbox's MAC.

use std::path::{Path, PathBuf};

use aftercare_core::vault::{data_files, inbox::open_record, Reading};
use aftercare_fuzz::{inbox_secret, seeds, target, TARGETS};

fn seed_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(target)
}

fn committed(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = seed_dir(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("a readable seed");
            (path, bytes)
        })
        .collect()
}

#[test]
fn every_target_has_seeds_and_each_runs_through_it() {
    for target in TARGETS {
        let seeds = committed(target.name);
        assert!(!seeds.is_empty(), "{} has no seeds", target.name);
        for (_, bytes) in seeds {
            (target.run)(&bytes);
        }
    }
}

#[test]
fn every_seed_folder_is_a_target() {
    // `cargo xtask fuzz` finds the targets by their seed folders.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(&root).expect("fuzz/seeds") {
        let name = entry.expect("a readable folder").file_name();
        let name = name.to_string_lossy();
        assert!(
            target(&name).is_some(),
            "fuzz/seeds/{name} names no target in TARGETS"
        );
    }
}

/// The list of the data folder's files comes from the core (`vault::data_files`, the one place
/// that names them, which wipe also works from); the files each target covers are named by
/// the core's own constants. So a new file read by a parser of ours fails here until a target
/// claims it, and nothing is typed twice.
#[test]
fn every_file_the_app_reads_has_a_fuzz_target() {
    let files = data_files();
    let parsed: Vec<&str> = files
        .iter()
        .filter(|(_, reading)| *reading == Reading::Parsed)
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(
        parsed.contains(&"keyslot") && parsed.contains(&"locked-tiles"),
        "the core's list names the files read while locked: {parsed:?}"
    );
    for name in &parsed {
        assert!(
            TARGETS.iter().any(|target| target.reads.contains(name)),
            "`{name}` is read by a parser of ours but no fuzz target covers it: add one \
             (ARCHITECTURE.md, \"Add a file the app reads from disk\")"
        );
    }
    for target in TARGETS {
        for name in target.reads {
            assert!(
                parsed.contains(name),
                "{} claims `{name}`, which the core does not list as read by a parser",
                target.name
            );
        }
    }
}

#[test]
fn every_generated_seed_is_committed() {
    for seed in seeds() {
        assert!(target(seed.target).is_some(), "{} is a target", seed.target);
        assert!(
            seed_dir(seed.target).join(&seed.name).is_file(),
            "fuzz/seeds/{}/{} is missing: run `cargo test -p aftercare-fuzz -- --ignored write_seeds`",
            seed.target,
            seed.name
        );
    }
}

#[test]
fn sealed_seeds_open_with_the_targets_key() {
    for (path, bytes) in committed("inbox-record") {
        assert!(
            open_record(&inbox_secret(), &bytes).is_some(),
            "{} must open, or the fuzzer never gets past the MAC",
            path.display()
        );
    }
}

/// Writes `fuzz/seeds/` from [`seeds`]. Ignored: run it by hand after a format change.
#[test]
#[ignore = "writes files; run by hand after a format change"]
fn write_seeds() {
    for seed in seeds() {
        let dir = seed_dir(seed.target);
        std::fs::create_dir_all(&dir).expect("a writable folder");
        std::fs::write(dir.join(&seed.name), &seed.bytes).expect("a writable seed");
    }
}

#[test]
fn the_card_pictures_read_so_the_fuzzer_starts_past_the_code() {
    use aftercare_core::{
        card::{read_card_image, CardProblem},
        content::Content,
        Error,
    };
    let content = Content::embedded().unwrap();
    for (path, bytes) in committed("card-image") {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match read_card_image(&bytes, content) {
            Ok(card) => assert!(!card.is_empty(), "{name}"),
            Err(Error::UnreadableCard {
                problem: CardProblem::SeveralCodes,
            }) => assert!(name.starts_with("two-codes"), "{name}"),
            Err(other) => panic!("{name}: {other:?}"),
        }
    }
}
