//! A helper for the crash tests in `core/tests/core/crash.rs`, not a tool: it opens a vault
//! and writes, reporting each acknowledged write on stdout, so that the test can kill it with
//! SIGKILL at any point and check that nothing acknowledged was lost.
//!
//! `crash_writer record <dir> <from> <count>` — unlock, then record actions and journal entries
//! numbered `from`…, each action at that many seconds past a fixed time.
//! `crash_writer seal <dir> <from> <count>` — the same actions, recorded while locked (sealed).
//! `crash_writer unlock <dir>` — unlock (which merges the inbox), then print the merge report.
//! `crash_writer set-up <dir> <n>` and `crash_writer wipe <dir> <n>` — set up (or wipe) the
//! vault, aborting the process at the `n`th step; `done <steps>` if it got through them all.
//! `crash_writer rekey <dir> <n>` — likewise for changing the passcode with a new data key.

use std::io::Write;

use aftercare_core::{
    content::ActionId,
    data_dir::DataDir,
    vault::{slot::KdfParams, Passcode, Vault},
};
use chrono::{TimeZone, Utc};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

/// The passcode the crash tests set up with.
const PASSCODE: &str = "correct horse";
/// The passcode `rekey` changes it to.
const NEW_PASSCODE: &str = "a new and longer one";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = DataDir::resolve(Some(args[2].clone().into()), "unused".into()).expect("data dir");
    let mut vault = Vault::new(&dir);
    if let Some(stop_at) = args
        .get(3)
        .filter(|_| matches!(args[1].as_str(), "set-up" | "wipe" | "rekey"))
    {
        stop_part_way(&mut vault, &args[1], stop_at.parse().expect("a step"));
        return;
    }
    let now = Utc.with_ymd_and_hms(2026, 11, 26, 22, 0, 0).unwrap();
    let mut out = std::io::stdout().lock();
    let mut rng = ChaCha20Rng::seed_from_u64(std::process::id().into());
    let water = ActionId("water".into());
    // Each record's own time, from its number: how the test finds it again.
    let at = |n: u32| now + chrono::Duration::seconds(i64::from(n));
    match args[1].as_str() {
        "record" => {
            vault
                .unlock(&Passcode::new(PASSCODE.into()), now)
                .expect("unlock");
            let from: u32 = args[3].parse().expect("a first number");
            let count: u32 = args[4].parse().expect("a count");
            for n in from..from + count {
                vault
                    .record_care(
                        aftercare_core::content::Content::embedded().unwrap(),
                        &water,
                        at(n),
                        &mut rng,
                    )
                    .expect("record");
                writeln!(out, "saved action {n}").unwrap();
                let entry = vault
                    .write(|store| {
                        store.create_journal_entry(&format!("entry {n}"), None, None, at(n))
                    })
                    .expect("journal");
                writeln!(out, "saved journal {} {n}", entry.id.0).unwrap();
                out.flush().unwrap();
            }
            writeln!(out, "done").unwrap();
        }
        "seal" => {
            let from: u32 = args[3].parse().expect("a first number");
            let count: u32 = args[4].parse().expect("a count");
            for n in from..from + count {
                vault
                    .record_care(
                        aftercare_core::content::Content::embedded().unwrap(),
                        &water,
                        at(n),
                        &mut rng,
                    )
                    .expect("seal");
                writeln!(out, "saved action {n}").unwrap();
                out.flush().unwrap();
            }
            writeln!(out, "done").unwrap();
        }
        "unlock" => {
            writeln!(out, "unlocking").unwrap();
            out.flush().unwrap();
            let report = vault
                .unlock(&Passcode::new(PASSCODE.into()), now)
                .expect("unlock");
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

/// Sets up or wipes, dying like a killed process (no unwinding, no destructors, nothing
/// flushed) at the `stop_at`th step.
fn stop_part_way(vault: &mut Vault, what: &str, stop_at: u32) {
    let mut steps = 0;
    let mut checkpoint = || {
        steps += 1;
        if steps == stop_at {
            std::process::abort();
        }
    };
    match what {
        "set-up" => {
            let mut rng = ChaCha20Rng::seed_from_u64(2);
            vault
                .set_up_with_checkpoints(
                    &Passcode::new(PASSCODE.into()),
                    KdfParams::INSECURE_FOR_TESTS,
                    &mut rng,
                    &mut checkpoint,
                )
                .expect("set up");
        }
        "rekey" => {
            let mut rng = ChaCha20Rng::seed_from_u64(3);
            let now = Utc.with_ymd_and_hms(2026, 11, 26, 22, 0, 0).unwrap();
            let passcode = Passcode::new(PASSCODE.into());
            vault.unlock(&passcode, now).expect("unlock");
            vault
                .rekey_with_checkpoints(
                    &passcode,
                    &Passcode::new(NEW_PASSCODE.into()),
                    KdfParams::INSECURE_FOR_TESTS,
                    now,
                    &mut rng,
                    &mut checkpoint,
                )
                .expect("re-key");
        }
        _ => vault.wipe_with_checkpoints(&mut checkpoint).expect("wipe"),
    }
    println!("done {steps}");
}
