//! A helper for the crash tests in `core/tests/core/crash.rs`, not a tool: it opens a vault
//! and writes, reporting each acknowledged write on stdout, so that the test can kill it with
//! SIGKILL at any point and check that nothing acknowledged was lost.
//!
//! `crash_writer record <dir> <count>` — unlock, then record `count` actions.
//! `crash_writer unlock <dir>` — unlock (which merges the inbox), then print the merge report.

use std::io::Write;

use aftercare_core::{
    content::ActionId,
    data_dir::DataDir,
    vault::{Passcode, Vault},
};
use chrono::{TimeZone, Utc};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

/// The passcode the crash tests set up with.
const PASSCODE: &str = "correct horse";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = DataDir::resolve(Some(args[2].clone().into()), "unused".into()).expect("data dir");
    let mut vault = Vault::new(&dir);
    let now = Utc.with_ymd_and_hms(2026, 11, 26, 22, 0, 0).unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "unlocking").unwrap();
    out.flush().unwrap();
    let report = vault
        .unlock(&Passcode::new(PASSCODE.into()), now)
        .expect("unlock");
    match args[1].as_str() {
        "record" => {
            let _ = report;
            let count: u32 = args[3].parse().expect("a count");
            let mut rng = ChaCha20Rng::seed_from_u64(1);
            let water = ActionId("water".into());
            for n in 1..=count {
                let at = now + chrono::Duration::seconds(i64::from(n));
                vault.record_action(&water, at, &mut rng).expect("record");
                writeln!(out, "saved {n}").unwrap();
                out.flush().unwrap();
            }
        }
        "unlock" => {
            writeln!(
                out,
                "merged {} already {} unreadable {}",
                report.merged, report.already_merged, report.unreadable
            )
            .unwrap();
        }
        other => panic!("unknown mode {other}"),
    }
}
