//! Crash tests: a real child process (`core/examples/crash_writer.rs`) writing to a vault is
//! killed with SIGKILL, and what it had been told was saved must be there afterwards.

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};

use aftercare_core::{content::ActionId, vault::Vault};

use crate::support::*;

fn crash_writer() -> PathBuf {
    // target/debug/deps/core-… → target/debug/examples/crash_writer (cargo test builds examples).
    let exe = std::env::current_exe().unwrap();
    let path = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join("crash_writer");
    assert!(
        path.is_file(),
        "{} is missing: run through cargo test",
        path.display()
    );
    path
}

fn spawn(args: &[&str]) -> Child {
    Command::new(crash_writer())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn count_actions(vault: &mut Vault) -> usize {
    let mut total = 0;
    let mut before = None;
    loop {
        let page = vault.store().unwrap().history(200, before).unwrap();
        let Some(last) = page.last() else {
            return total;
        };
        before = Some(last.moment.id);
        total += page.iter().map(|m| m.actions.len()).sum::<usize>();
    }
}

#[test]
fn every_acknowledged_action_survives_a_kill() {
    let f = set_up();
    drop(f.vault);
    let dir = f.dir.path().to_str().unwrap().to_owned();
    let mut child = spawn(&["record", &dir, "1000"]);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut acknowledged = 0u32;
    // Kill it part-way, in the middle of its writes.
    while acknowledged < 300 {
        let line = lines.next().expect("the writer is running").unwrap();
        if let Some(n) = line.strip_prefix("saved ") {
            acknowledged = n.parse().unwrap();
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    // Anything it printed before dying was acknowledged too.
    for line in lines.map_while(Result::ok) {
        acknowledged = line.trim_start_matches("saved ").parse().unwrap();
    }

    let mut vault = Vault::new(&f.dir);
    vault
        .unlock(&passcode(PASSCODE), evening())
        .expect("the database opens after the kill");
    let saved = count_actions(&mut vault);
    assert!(
        saved >= acknowledged as usize,
        "{acknowledged} acknowledged, {saved} found"
    );
    assert!(
        saved <= acknowledged as usize + 1,
        "at most the write in flight may also have landed"
    );
    let store = vault.store().unwrap();
    assert!(
        store.cipher_integrity_check().unwrap().is_empty(),
        "cipher_integrity_check is clean"
    );
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
}

/// A vault with `taps` actions sealed in its inbox, and its folder.
fn locked_with_taps(taps: usize) -> Fixture {
    let mut f = set_up();
    f.vault.lock();
    let mut r = rng();
    for n in 0..taps {
        f.vault
            .record_action(
                &ActionId("water".into()),
                evening() + minutes(n as i64),
                &mut r,
            )
            .unwrap();
    }
    f
}

/// Runs `crash_writer unlock`, optionally killing it `kill_after` past its "unlocking" line;
/// returns how long it ran after that line.
fn unlock_in_child(dir: &str, kill_after: Option<Duration>) -> Duration {
    let mut child = spawn(&["unlock", dir]);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert_eq!(lines.next().unwrap().unwrap(), "unlocking");
    let started = std::time::Instant::now();
    if let Some(delay) = kill_after {
        std::thread::sleep(delay);
        let _ = child.kill();
    }
    child.wait().unwrap();
    started.elapsed()
}

#[test]
fn locked_taps_merge_exactly_once_across_a_kill_during_the_merge() {
    const TAPS: usize = 300;
    // How long a whole unlock-and-merge takes here, to aim the kills inside it.
    let probe = locked_with_taps(TAPS);
    let full = unlock_in_child(probe.dir.path().to_str().unwrap(), None);

    let mut interrupted_mid_merge = false;
    for fraction in [0.5, 0.3, 0.7, 0.15, 0.85, 0.4, 0.6] {
        let f = locked_with_taps(TAPS);
        let dir = f.dir.path().to_str().unwrap().to_owned();
        unlock_in_child(&dir, Some(full.mul_f64(fraction)));

        // The next start finishes the merge.
        let finish = spawn(&["unlock", &dir]).wait_with_output().unwrap();
        let report = String::from_utf8(finish.stdout).unwrap();
        let numbers: Vec<usize> = report
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        let [merged, already, unreadable] = numbers[..] else {
            panic!("report: {report:?}")
        };
        assert_eq!(unreadable, 0);

        let mut vault = Vault::new(&f.dir);
        vault.unlock(&passcode(PASSCODE), evening()).unwrap();
        assert_eq!(
            count_actions(&mut vault),
            TAPS,
            "each locked tap is merged exactly once"
        );
        assert!(!vault.inbox_path().exists());

        if already > 0 && merged > 0 {
            interrupted_mid_merge = true;
            break;
        }
    }
    assert!(
        interrupted_mid_merge,
        "no kill landed during a merge (a full one took {full:?}); the test proved nothing"
    );
}
