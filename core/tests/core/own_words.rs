//! The app speaks in its own words: no text in `content/` or `ui/` shares a run of six or more
//! words with the aftercare guide the app grew from (the guide's facts are ours to use; its
//! sentences are not). The project does not ship the guide: `tests/fixtures/guide-runs.txt`
//! holds only a hash of each of its six-word runs, made by `tests/fixtures/guide-runs.py`, so
//! this runs from a clean clone.

use std::{collections::HashSet, path::Path};

use blake2::{digest::consts::U8, Blake2b, Digest};

/// How many words make a run that counts as the guide's sentence rather than a stock phrase.
const RUN: usize = 6;

/// The files the app's words live in, by ending (as `seed-overlap.py` reads them).
const TEXT_FILES: &[&str] = &["toml", "md", "ftl", "html", "js", "json"];

/// Words as `seed-overlap.py` and `guide-runs.py` take them: lowercased, curly apostrophes made
/// straight, runs of `[a-z0-9']`.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A run's hash as the fixture holds it: BLAKE2b with an 8-byte digest of the words joined by
/// single spaces, in hex.
fn run_hash(run: &[String]) -> String {
    Blake2b::<U8>::digest(run.join(" ").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every run of [`RUN`] words in `text` whose hash is in `guide`, as text.
fn shared_runs(text: &str, guide: &HashSet<String>) -> Vec<String> {
    words(text)
        .windows(RUN)
        .filter(|run| guide.contains(&run_hash(run)))
        .map(|run| run.join(" "))
        .collect()
}

fn guide_runs() -> HashSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/guide-runs.txt");
    let text = std::fs::read_to_string(&path).expect("the guide's run hashes");
    let runs: HashSet<String> = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(str::to_owned)
        .collect();
    assert!(
        runs.len() > 500
            && runs
                .iter()
                .all(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit())),
        "guide-runs.txt holds the guide's runs, one 16-digit hex hash a line"
    );
    runs
}

fn text_files(dir: &Path, into: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            text_files(&path, into);
        } else if path
            .extension()
            .is_some_and(|e| TEXT_FILES.contains(&e.to_str().unwrap_or("")))
        {
            into.push(path);
        }
    }
}

#[test]
fn text_shares_no_six_word_run_with_the_guide() {
    let guide = guide_runs();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    text_files(&root.join("content"), &mut files);
    text_files(&root.join("ui"), &mut files);
    assert!(files.len() > 20, "the scan finds the app's files");
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for run in shared_runs(&text, &guide) {
            found.push(format!("{}: \"{run}\"", file.display()));
        }
    }
    assert!(
        found.is_empty(),
        "these runs of {RUN} words are the guide's; say it in our own words:\n{}",
        found.join("\n")
    );
}

/// The check finds a run the guide has, wherever it sits in a file, and lets five of its words
/// through: the same hashing as the fixture, fed a run of the guide's own.
#[test]
fn the_check_finds_a_run_of_the_guides_and_lets_a_stock_phrase_through() {
    let guide = guide_runs();
    // Six words of the guide's, across a line break, in capitals.
    let text = "title = \"So THINK about what\nyou need after\"";
    assert_eq!(
        shared_runs(text, &guide),
        ["think about what you need after"]
    );
    // Five of them are a stock phrase.
    assert!(shared_runs("think about what you need", &guide).is_empty());
    let made_up = ["the", "kettle", "sings", "on", "a", "sunday"].map(str::to_owned);
    let own: HashSet<String> = HashSet::from([run_hash(&made_up)]);
    assert_eq!(
        shared_runs("So: the kettle sings on a Sunday.", &own),
        ["the kettle sings on a sunday"]
    );
    assert_eq!(
        words("It\u{2019}s, “OK” — 24h!"),
        ["it's", "ok", "24h"],
        "normalised as seed-overlap.py does"
    );
}
