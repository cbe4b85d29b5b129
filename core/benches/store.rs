//! The store's costs, each against a baseline measured in the same run:
//! - recording one action durably, encrypted (SQLCipher) vs the same schema in plain SQLite,
//!   the two taken in turn so that both meet the same machine (`paired`), and the same not
//!   waited for (what it costs the processor);
//! - what the page cipher adds to a durable commit for each page it writes: commits of 1, 2
//!   and 4 pages, encrypted vs plain, also in turn;
//! - recording one action while locked (sealed into a file of its own) vs unlocked;
//! - unlocking with the app's real Argon2id parameters, and one guess at a passcode against a
//!   copied key slot (what offline guessing costs per core), also in turn;
//! - journal search and the first page of the history with 10 000 and 100 000 entries.

use std::time::{Duration, Instant};

use aftercare_core::{
    content::ActionId,
    data_dir::DataDir,
    store::DataKey,
    store::{Store, SCHEMA_VERSION},
    vault::{
        slot::{KdfParams, KeySlot},
        Passcode, Vault,
    },
};
use chrono::{DateTime, TimeZone, Utc};
use criterion::{
    black_box, criterion_group, criterion_main, measurement::WallTime, BenchmarkGroup, Criterion,
    SamplingMode,
};
use rand_chacha::{
    rand_core::{RngCore, SeedableRng},
    ChaCha20Rng,
};

fn evening() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 22, 40, 0).unwrap()
}

/// Which of a pair of operations a benchmark times.
#[derive(Clone, Copy, PartialEq)]
enum Timed {
    First,
    Second,
}

/// Runs `first` and `second` in turn, `iters` times each (which goes first alternates), and
/// returns the median time of the one `timed` names, times `iters`: a sample's figure is its
/// typical run, so a sync held up by another program's writes does not carry it. Two
/// benchmarks made this way, one timing each, meet the same machine: on a machine shared with
/// other work the noise falls on both alike, so their ratio holds while the times move.
fn paired(iters: u64, timed: Timed, mut first: impl FnMut(), mut second: impl FnMut()) -> Duration {
    let mut times = Vec::with_capacity(iters as usize);
    for n in 0..iters {
        let mut run = |which: Timed, f: &mut dyn FnMut()| {
            let started = Instant::now();
            f();
            if which == timed {
                times.push(started.elapsed());
            }
        };
        if n % 2 == 0 {
            run(Timed::First, &mut first);
            run(Timed::Second, &mut second);
        } else {
            run(Timed::Second, &mut second);
            run(Timed::First, &mut first);
        }
    }
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default() * iters as u32
}

fn record_one_action(c: &mut Criterion) {
    // Durable, as the app records it; and not waited for, which leaves what the tap costs the
    // processor (its four pages through the page cipher among it), whatever the disk does.
    for (group, durable) in [
        ("record one action durably", true),
        ("record one action, not waited for", false),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let key = DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(1));
        let mut encrypted =
            Store::open_at_schema(&tmp.path().join("encrypted.db"), &key, SCHEMA_VERSION).unwrap();
        let mut plain = Store::open_plaintext_for_benchmark(&tmp.path().join("plain.db")).unwrap();
        encrypted.set_durable_for_benchmark(durable).unwrap();
        plain.set_durable_for_benchmark(durable).unwrap();
        let water = ActionId("water".into());
        let mut group = c.benchmark_group(group);
        group
            .sample_size(40)
            .measurement_time(Duration::from_secs(8));
        let at = std::cell::Cell::new(evening());
        // Both stores take a tap in every iteration of both benchmarks (see `paired`).
        plain_and_encrypted(
            &mut group,
            &mut || {
                at.set(at.get() + chrono::Duration::seconds(1));
                plain.record_care(&water, at.get()).unwrap();
            },
            &mut || encrypted.record_care(&water, at.get()).map(drop).unwrap(),
        );
        group.finish();
    }
}

/// A commit of 1, 2 and 4 pages, encrypted (SQLCipher) vs plain SQLite, taken in turn
/// (`paired`): one statement that changes a number in as many rows, each row filling most of a
/// page of its own. The difference between the two, per page, is what SQLCipher's page cipher
/// (AES-256-CBC and HMAC-SHA512 of each page written to the log) adds; a care tap commits four
/// pages (`a_care_tap_commits_four_pages_to_the_log`). Durable (waiting for the disk, as the
/// app does), and not waited for: the page cipher's CPU time alone, which a disk kept busy by
/// other programs' writes would hide.
fn commit_of_pages(c: &mut Criterion) {
    for durable in [true, false] {
        let tmp = tempfile::tempdir().unwrap();
        let key = DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(5));
        let encrypted_path = tmp.path().join("encrypted.db");
        let plain_path = tmp.path().join("plain.db");
        let mut encrypted = Store::open_at_schema(&encrypted_path, &key, SCHEMA_VERSION).unwrap();
        let mut plain = Store::open_plaintext_for_benchmark(&plain_path).unwrap();
        for store in [&mut encrypted, &mut plain] {
            store.set_durable_for_benchmark(durable).unwrap();
            store
                .execute_batch_for_tests(
                    "CREATE TABLE bench_page (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, filler BLOB);
                     INSERT INTO bench_page (n, filler)
                         VALUES (0, zeroblob(3000)), (0, zeroblob(3000)),
                                (0, zeroblob(3000)), (0, zeroblob(3000));",
                )
                .unwrap();
        }
        for pages in [1, 2, 4] {
            let commit = format!("UPDATE bench_page SET n = n + 1 WHERE id <= {pages}");
            // What is measured: a commit of that many pages, each a frame of the log.
            for (store, path) in [(&mut encrypted, &encrypted_path), (&mut plain, &plain_path)] {
                store.checkpoint_truncate().unwrap();
                store.execute_batch_for_tests(&commit).unwrap();
                let log = std::fs::metadata(path.with_extension("db-wal"))
                    .unwrap()
                    .len();
                assert_eq!(log, 32 + pages * (24 + 4096), "{pages} pages");
            }
            let mut group = c.benchmark_group(if durable {
                format!("a durable commit of {pages} pages")
            } else {
                format!("a commit of {pages} pages, not waited for")
            });
            group
                .sample_size(30)
                .measurement_time(Duration::from_secs(5));
            plain_and_encrypted(
                &mut group,
                &mut || plain.execute_batch_for_tests(&commit).unwrap(),
                &mut || encrypted.execute_batch_for_tests(&commit).unwrap(),
            );
            group.finish();
        }
    }
}

/// Two benchmarks of a group, plain SQLite (the baseline) and SQLCipher, each timing one of
/// the two operations while both run in turn (`paired`).
fn plain_and_encrypted(
    group: &mut BenchmarkGroup<WallTime>,
    plain: &mut dyn FnMut(),
    encrypted: &mut dyn FnMut(),
) {
    for (name, timed) in [
        ("plain SQLite (baseline)", Timed::First),
        ("SQLCipher", Timed::Second),
    ] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| paired(iters, timed, &mut *plain, &mut *encrypted))
        });
    }
}

fn record_one_action_while_locked(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(Some(tmp.path().to_owned()), tmp.path().to_owned()).unwrap();
    let mut vault = Vault::new(&dir);
    let passcode = Passcode::new("correct horse battery".into());
    let mut rng = ChaCha20Rng::seed_from_u64(3);
    vault
        .set_up(&passcode, KdfParams::INSECURE_FOR_TESTS, &mut rng)
        .unwrap();
    let water = ActionId("water".into());
    let mut group = c.benchmark_group("record one action durably, locked or not");
    group
        .sample_size(40)
        .measurement_time(Duration::from_secs(8));
    let mut at = evening();
    group.bench_function("unlocked: into the database (baseline)", |b| {
        b.iter(|| {
            at += chrono::Duration::seconds(1);
            vault
                .record_care(
                    aftercare_core::content::Content::embedded().unwrap(),
                    &water,
                    at,
                    &mut rng,
                )
                .unwrap()
        })
    });
    vault.lock();
    group.bench_function("locked: sealed into its own file", |b| {
        b.iter(|| {
            at += chrono::Duration::seconds(1);
            vault
                .record_care(
                    aftercare_core::content::Content::embedded().unwrap(),
                    &water,
                    at,
                    &mut rng,
                )
                .unwrap()
        })
    });
    group.finish();
}

/// Unlocking with the app's real Argon2id parameters, and what someone who copied the key slot
/// pays per guess: one Argon2id derivation at the same parameters and one failed unwrap, on one
/// core (guesses per second per core = 1 / that time). Measured in pairs (see `paired`), so
/// the ratio of the two holds on a busy machine.
fn unlock_and_one_guess(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(Some(tmp.path().to_owned()), tmp.path().to_owned()).unwrap();
    let mut vault = Vault::new(&dir);
    let passcode = Passcode::new("correct horse battery".into());
    let mut rng = ChaCha20Rng::seed_from_u64(2);
    vault
        .set_up(&passcode, KdfParams::RECOMMENDED, &mut rng)
        .unwrap();
    vault.lock();
    let key = DataKey::for_tests(&mut rng);
    let slot = KeySlot::seal(
        &key,
        &Passcode::new("correct horse battery".into()),
        None,
        KdfParams::RECOMMENDED,
        [5; 32],
        &mut rng,
    );
    let guess = Passcode::new("correct horse batter".into());
    for (group, name, timed) in [
        (
            "unlock",
            "Argon2id at the app's parameters, then open the database",
            Timed::First,
        ),
        (
            "offline guessing",
            "one guess at the app's Argon2id parameters, one core",
            Timed::Second,
        ),
    ] {
        let mut group = c.benchmark_group(group);
        group
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .measurement_time(Duration::from_secs(12));
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                paired(
                    iters,
                    timed,
                    || {
                        vault.unlock(&passcode, evening()).unwrap();
                        vault.lock();
                    },
                    || assert!(black_box(&slot).open(black_box(&guess), None).is_err()),
                )
            })
        });
        group.finish();
    }
}

const WORDS: &[&str] = &[
    "slow", "morning", "laughed", "close", "tired", "tender", "safe", "talked", "warm", "quiet",
    "shower", "blanket", "water", "held", "late", "happy", "sleepy", "nervous", "gentle", "sweet",
];

/// A journal of `entries` entries, each with a moment of its own 8 hours after the one before
/// (written oldest first, as a person writes them), and "lighthouse" in 1% of them.
fn big_store(dir: &std::path::Path, entries: i64) -> Store {
    let key = DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(3));
    let mut store = Store::open_at_schema(&dir.join("big.db"), &key, SCHEMA_VERSION).unwrap();
    store.set_durable_for_benchmark(false).unwrap();
    let mut rng = ChaCha20Rng::seed_from_u64(4);
    let water = ActionId("water".into());
    for n in 0..entries {
        let at = evening() - chrono::Duration::hours(8 * (entries - n));
        let moment = store.record_care(&water, at).unwrap().1;
        let mut body: Vec<&str> = (0..40)
            .map(|_| WORDS[rng.next_u32() as usize % WORDS.len()])
            .collect();
        if n % 100 == 0 {
            body.push("lighthouse"); // a word in 1% of entries
        }
        store
            .create_journal_entry(&body.join(" "), None, Some(moment), at)
            .unwrap();
    }
    store.set_durable_for_benchmark(true).unwrap();
    store
}

fn journal_and_history(c: &mut Criterion) {
    for (entries, name) in [(10_000, "10 000 entries"), (100_000, "100 000 entries")] {
        let tmp = tempfile::tempdir().unwrap();
        let store = big_store(tmp.path(), entries);
        let mut group = c.benchmark_group(name);
        group.bench_function("journal list, first page of 20 (baseline)", |b| {
            b.iter(|| black_box(store.journal_entries(20, 0).unwrap()))
        });
        group.bench_function("journal search, a word in 1% of entries", |b| {
            b.iter(|| black_box(store.journal_search("lighthouse", 200).unwrap()))
        });
        group.bench_function("journal search, a word in most entries (200 shown)", |b| {
            b.iter(|| black_box(store.journal_search("warm", 200).unwrap()))
        });
        group.bench_function("history, first page of 20 moments", |b| {
            b.iter(|| black_box(store.history(20, None).unwrap()))
        });
        group.finish();
    }
}

criterion_group!(
    benches,
    record_one_action,
    commit_of_pages,
    record_one_action_while_locked,
    unlock_and_one_guess,
    journal_and_history
);
criterion_main!(benches);
