//! Crash tests: a real child process (`core/examples/crash_writer.rs`) writing to a vault is
//! killed with SIGKILL, and what it had been told was saved must be there afterwards.

use std::{
    collections::BTreeSet,
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    time::Duration,
};

use aftercare_core::{
    content::ActionId,
    vault::{Vault, VaultStatus},
};

use crate::support::*;

fn spawn(args: &[&str]) -> Child {
    Command::new(example("crash_writer"))
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
        total += page.iter().map(|m| m.care.len()).sum::<usize>();
    }
}

/// What a writer acknowledged before it was killed.
#[derive(Default)]
struct Acknowledged {
    /// Actions, by their number (their time, in seconds past the writer's fixed time).
    actions: BTreeSet<i64>,
    /// Journal entries, by id, with their number.
    journal: Vec<(i64, u32)>,
}

/// Runs `crash_writer <args>`, kills it with SIGKILL once it has acknowledged `kill_after`
/// writes, and returns everything it acknowledged, including what it printed while dying.
/// Fails the test if the writer finished first: the kill must land mid-run.
fn kill_after(args: &[&str], kill_after: usize, acknowledged: &mut Acknowledged) {
    let mut child = spawn(args);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = 0;
    let read = |line: String, acknowledged: &mut Acknowledged| {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words[..] {
            ["saved", "action", n] => {
                acknowledged.actions.insert(n.parse().unwrap());
            }
            ["saved", "journal", id, n] => {
                acknowledged
                    .journal
                    .push((id.parse().unwrap(), n.parse().unwrap()));
            }
            ["done"] => panic!("the writer finished before the kill: {args:?}"),
            _ => panic!("unexpected line {line:?}"),
        }
    };
    while seen < kill_after {
        let line = lines.next().expect("the writer is running").unwrap();
        read(line, acknowledged);
        seen += 1;
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    for line in lines.map_while(Result::ok) {
        read(line, acknowledged);
    }
}

/// The numbers of every action in the history.
fn actions_by_number(vault: &mut Vault) -> BTreeSet<i64> {
    let start = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 26, 22, 0, 0).unwrap();
    let mut found = BTreeSet::new();
    let mut before = None;
    loop {
        let page = vault.store().unwrap().history(200, before).unwrap();
        let Some(last) = page.last() else {
            return found;
        };
        before = Some(last.moment.id);
        for moment in &page {
            found.extend(moment.care.iter().map(|a| (a.at - start).num_seconds()));
        }
    }
}

/// Kill points spread over a run: a few writes in, and deep into it.
const KILLS: [usize; 20] = [
    1, 7, 40, 3, 120, 15, 260, 2, 75, 31, 190, 9, 55, 140, 5, 22, 300, 11, 90, 240,
];

#[test]
fn every_acknowledged_write_survives_twenty_kills() {
    let f = set_up();
    drop(f.vault);
    let dir = f.dir.path().to_str().unwrap().to_owned();
    let mut acknowledged = Acknowledged::default();
    for (run, kill) in KILLS.iter().enumerate() {
        // Each run numbers its writes apart from the others'.
        let from = (run as u32 * 1_000).to_string();
        kill_after(&["record", &dir, &from, "900"], *kill, &mut acknowledged);
    }

    let mut vault = Vault::new(&f.dir);
    vault
        .unlock(&passcode(PASSCODE), evening())
        .expect("the database opens after twenty kills");
    let found = actions_by_number(&mut vault);
    let lost: Vec<_> = acknowledged.actions.difference(&found).collect();
    assert!(lost.is_empty(), "acknowledged actions lost: {lost:?}");
    let store = vault.store().unwrap();
    for (id, n) in &acknowledged.journal {
        let entry = store
            .journal_entry(aftercare_core::model::JournalId(*id))
            .unwrap_or_else(|e| panic!("acknowledged journal entry {id} lost: {e}"));
        assert_eq!(entry.body, format!("entry {n}"));
    }
    assert!(acknowledged.actions.len() >= KILLS.iter().sum::<usize>() / 2);
    assert!(
        store.cipher_integrity_check().unwrap().is_empty(),
        "cipher_integrity_check is clean"
    );
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
}

#[test]
fn every_acknowledged_locked_tap_survives_twenty_kills_and_later_taps() {
    let mut f = set_up();
    f.vault.lock();
    drop(f.vault);
    let dir = f.dir.path().to_str().unwrap().to_owned();
    let mut acknowledged = Acknowledged::default();
    for (run, kill) in KILLS.iter().enumerate() {
        let from = (run as u32 * 1_000).to_string();
        kill_after(&["seal", &dir, &from, "900"], *kill, &mut acknowledged);
    }
    // More taps after the last kill, to the end.
    let after = spawn(&["seal", &dir, "50000", "10"])
        .wait_with_output()
        .unwrap();
    for n in 50_000..50_010 {
        acknowledged.actions.insert(n);
    }
    assert!(String::from_utf8(after.stdout).unwrap().ends_with("done\n"));

    let mut vault = Vault::new(&f.dir);
    let report = vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    let found = actions_by_number(&mut vault);
    let lost: Vec<_> = acknowledged.actions.difference(&found).collect();
    assert!(lost.is_empty(), "acknowledged locked taps lost: {lost:?}");
    assert_eq!(report.unreadable, 0, "a kill never leaves a torn record");
}

/// A vault with `taps` actions sealed in its inbox, and its folder.
fn locked_with_taps(taps: usize) -> Fixture {
    let mut f = set_up();
    f.vault.lock();
    let mut r = rng();
    for n in 0..taps {
        f.vault
            .record_care(
                content(),
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
        assert!(!vault.inbox_dir().exists());

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

/// Runs `crash_writer <what> <dir> <n>` for n = 1, 2, … until it gets through every step; after
/// each kill, `check` looks at what the folder became. Returns how many kills there were.
fn kill_at_each_step(
    what: &str,
    mut prepare: impl FnMut() -> Fixture,
    check: impl Fn(&Fixture),
) -> u32 {
    for stop_at in 1..50 {
        let f = prepare();
        let dir = f.dir.path().to_str().unwrap().to_owned();
        let out = spawn(&[what, &dir, &stop_at.to_string()])
            .wait_with_output()
            .unwrap();
        let said = String::from_utf8(out.stdout).unwrap();
        if said.starts_with("done") {
            assert!(!out.status.success() || stop_at > 1, "{what} has steps");
            return stop_at - 1;
        }
        assert!(
            !out.status.success(),
            "{what} was stopped at step {stop_at}"
        );
        check(&f);
    }
    panic!("{what} never got through its steps")
}

/// What a person can do with the folder a kill left: open it if it is whole, else start again.
fn recovers(f: &Fixture, data_kept: bool) {
    let mut vault = Vault::new(&f.dir);
    match vault.status() {
        VaultStatus::Locked => {
            vault
                .unlock(&passcode(PASSCODE), evening())
                .expect("a whole vault opens with its passcode");
            if data_kept {
                assert_eq!(count_actions(&mut vault), 2, "and nothing in it was lost");
            }
        }
        VaultStatus::Unfinished => {
            // The app offers to start again: wipe, then first run.
            vault.wipe().expect("start again");
            assert_eq!(vault.status(), VaultStatus::NotSetUp);
            vault
                .set_up(&passcode("a new start"), FAST, &mut rng())
                .expect("set up afresh");
        }
        VaultStatus::NotSetUp => {
            assert!(files(f.dir.path()).is_empty());
            vault
                .set_up(&passcode("a new start"), FAST, &mut rng())
                .expect("set up afresh");
        }
        VaultStatus::Unlocked => unreachable!("a new vault starts locked"),
    }
}

#[test]
fn a_kill_at_any_step_of_set_up_leaves_a_folder_the_app_recovers_from() {
    let empty = || {
        let tmp = tempfile::tempdir().unwrap();
        let dir = aftercare_core::data_dir::DataDir::resolve(
            Some(tmp.path().join("data")),
            tmp.path().join("unused"),
        )
        .unwrap();
        Fixture {
            vault: Vault::new(&dir),
            dir,
            _tmp: tmp,
        }
    };
    let kills = kill_at_each_step("set-up", empty, |f| recovers(f, false));
    assert!(kills >= 3, "set-up was killed at {kills} steps");
}

#[test]
fn a_kill_at_any_step_of_wipe_leaves_a_folder_the_app_recovers_from() {
    let with_data = || {
        let mut f = set_up();
        let mut r = rng();
        f.vault
            .record_care(content(), &water(), evening(), &mut r)
            .unwrap();
        f.vault.lock();
        f.vault
            .record_care(content(), &water(), evening() + minutes(1), &mut r)
            .unwrap();
        f.vault.save_schedule(&Default::default()).unwrap();
        f
    };
    let kills = kill_at_each_step("wipe", with_data, |f| recovers(f, true));
    assert!(kills >= 4, "wipe was killed at {kills} steps");
}

#[test]
fn a_kill_at_any_step_of_a_re_key_leaves_a_vault_that_opens_with_one_passcode_or_the_other() {
    let with_data = || {
        let mut f = set_up();
        let mut r = rng();
        f.vault
            .record_care(content(), &water(), evening(), &mut r)
            .unwrap();
        f.vault
            .record_care(content(), &water(), evening() + minutes(1), &mut r)
            .unwrap();
        f.vault.lock();
        f
    };
    let kills = kill_at_each_step("rekey", with_data, |f| {
        let mut vault = Vault::new(&f.dir);
        let opened = vault.unlock(&passcode(PASSCODE), evening()).is_ok()
            || vault
                .unlock(&passcode("a new and longer one"), evening())
                .is_ok();
        assert!(opened, "the old passcode or the new one opens it");
        assert_eq!(count_actions(&mut vault), 2, "and nothing was lost");
        let left = files(f.dir.path());
        assert!(
            !left.keys().any(|name| name.ends_with(".next")),
            "the next unlock finished or undid it: {:?}",
            left.keys()
        );
    });
    assert!(kills >= 4, "re-key was killed at {kills} steps");
}

/// A re-key killed at any step, then taps while locked by the app started again (each by its
/// number), then an unlock with either passcode: every tap is there, once.
#[test]
fn a_kill_during_a_re_key_loses_nothing_tapped_while_locked_afterwards() {
    let with_data = || {
        let mut f = set_up();
        f.vault
            .record_care(content(), &water(), evening(), &mut rng())
            .unwrap();
        f.vault.lock();
        f
    };
    let kills = kill_at_each_step("rekey", with_data, |f| {
        let dir = f.dir.path().to_str().unwrap();
        let taps = spawn(&["seal", dir, "100", "5"])
            .wait_with_output()
            .unwrap();
        assert!(String::from_utf8(taps.stdout).unwrap().ends_with("done\n"));
        let mut vault = Vault::new(&f.dir);
        let report = match vault.unlock(&passcode(PASSCODE), evening()) {
            Ok(report) => report,
            Err(_) => vault
                .unlock(&passcode("a new and longer one"), evening())
                .expect("the old passcode or the new one opens it"),
        };
        assert_eq!(report.unreadable, 0, "every tap opens with the vault's key");
        let numbers = actions_by_number(&mut vault);
        let tapped: BTreeSet<i64> = (100..105).collect();
        assert!(
            tapped.is_subset(&numbers),
            "taps while locked after the kill: {numbers:?}"
        );
        assert_eq!(
            count_actions(&mut vault),
            6,
            "each once, with the one before"
        );
    });
    assert!(kills >= 4, "re-key was killed at {kills} steps");
}
