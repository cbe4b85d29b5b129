//! Shared set-up for the store and vault tests: a temporary data folder, a seeded RNG, a fixed
//! clock, and the cheap key-derivation parameters (one test and the bench use the real ones).

use std::{collections::BTreeMap, path::Path};

use aftercare_core::{
    content::{ActionId, Content},
    data_dir::DataDir,
    vault::{slot::KdfParams, Passcode, Vault},
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

pub const PASSCODE: &str = "correct horse";
pub const FAST: KdfParams = KdfParams::INSECURE_FOR_TESTS;

/// The quick action most tests tap.
pub fn water() -> ActionId {
    ActionId("water".into())
}

/// The app's own content, as embedded.
pub fn content() -> &'static Content {
    Content::embedded().unwrap()
}

pub fn rng() -> ChaCha20Rng {
    ChaCha20Rng::seed_from_u64(42)
}

/// 22:40 on a November evening, UTC.
pub fn evening() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 22, 40, 0).unwrap()
}

pub fn minutes(n: i64) -> Duration {
    Duration::minutes(n)
}

pub fn passcode(text: &str) -> Passcode {
    Passcode::new(text.to_owned())
}

pub struct Fixture {
    /// Kept so the folder lives as long as the fixture.
    pub _tmp: tempfile::TempDir,
    pub dir: DataDir,
    pub vault: Vault,
}

/// A vault set up with [`PASSCODE`] and left unlocked.
pub fn set_up() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused")).unwrap();
    let mut vault = Vault::new(&dir);
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    Fixture {
        _tmp: tmp,
        dir,
        vault,
    }
}

/// Every file in a folder and all its subfolders, by its path inside the folder (with `/`),
/// with its bytes.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    collect(dir, "", &mut out);
    out
}

fn collect(dir: &Path, prefix: &str, out: &mut BTreeMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = format!("{prefix}{}", path.file_name().unwrap().to_string_lossy());
        if path.is_dir() {
            collect(&path, &format!("{name}/"), out);
        } else {
            out.insert(name, std::fs::read(&path).unwrap());
        }
    }
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// London's TZif file, from the repository's fixtures (never the machine's tzdata).
pub const LONDON_TZIF: &[u8] = include_bytes!("../zones/Europe/London");

/// Europe/London, with its real clock changes.
pub fn london() -> aftercare_core::zone::Zone {
    aftercare_core::zone::Zone::from_tzif(LONDON_TZIF).unwrap()
}

/// Europe/Berlin, with its real clock changes.
pub fn berlin() -> aftercare_core::zone::Zone {
    aftercare_core::zone::Zone::from_tzif(include_bytes!("../zones/Europe/Berlin")).unwrap()
}

/// Antarctica/Troll, whose clocks go forward by two hours (from UTC to UTC+2) each March.
pub fn troll() -> aftercare_core::zone::Zone {
    aftercare_core::zone::Zone::from_tzif(include_bytes!("../zones/Antarctica/Troll")).unwrap()
}

/// One of the crate's examples (`core/examples/`), which `cargo test` builds: the helpers that
/// tests run as a process of their own.
pub fn example(name: &str) -> std::path::PathBuf {
    // target/debug/deps/core-… → target/debug/examples/<name>.
    let exe = std::env::current_exe().unwrap();
    let path = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join(name);
    assert!(
        path.is_file(),
        "{} is missing: run through cargo test",
        path.display()
    );
    path
}
