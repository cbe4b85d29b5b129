//! Backups of a large vault, each against reading the same rows plainly in the same run:
//! - backing up 10 000 moments (a tap each) and 10 000 journal entries at the app's real scrypt
//!   cost (write, sync, read back and compare), and the file's size;
//! - restoring that backup into a new, empty database;
//! - auto-delete of 10 000 moments (with their care) and the log emptied.

use std::time::Duration;

use aftercare_core::{
    backup::{restore_backup, write_backup, BackupKey, WorkFactor},
    content::ActionId,
    store::{AutoDelete, DataKey, OlderThan, Store, SCHEMA_VERSION},
    vault::Passcode,
};
use chrono::{DateTime, TimeZone, Utc};
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};
use rand_chacha::{
    rand_core::{RngCore, SeedableRng},
    ChaCha20Rng,
};

const N: i64 = 10_000;
const PASSPHRASE: &str = "lantern orchard velvet";
const WORDS: &[&str] = &[
    "slow", "morning", "laughed", "close", "tired", "tender", "safe", "talked", "warm", "quiet",
    "shower", "blanket", "water", "held", "late", "happy", "sleepy", "nervous", "gentle", "sweet",
];

fn evening() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 22, 40, 0).unwrap()
}

fn key(seed: u64) -> DataKey {
    DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(seed))
}

/// A database with `N` moments (one tap each, eight hours apart) and, with `journal`, `N`
/// entries of 40 words, one in each moment.
fn filled(path: &std::path::Path, journal: bool) -> Store {
    let mut store = Store::open_at_schema(path, &key(11), SCHEMA_VERSION).unwrap();
    store.set_durable_for_benchmark(false).unwrap();
    let mut rng = ChaCha20Rng::seed_from_u64(12);
    let water = ActionId("water".into());
    for n in 0..N {
        let at = evening() - chrono::Duration::hours(8 * n);
        let moment = store.record_care(&water, at).unwrap().1;
        if journal {
            let body: Vec<&str> = (0..40)
                .map(|_| WORDS[rng.next_u32() as usize % WORDS.len()])
                .collect();
            store
                .create_journal_entry(&body.join(" "), None, Some(moment), at)
                .unwrap();
        }
    }
    store.set_durable_for_benchmark(true).unwrap();
    store
}

fn backup_and_restore(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = filled(&tmp.path().join("big.db"), true);
    let passphrase = Passcode::new(PASSPHRASE.into());
    let key = BackupKey {
        passphrase: &passphrase,
        work: WorkFactor::STANDARD,
    };
    let out = tmp.path().join("out");
    let mut rng = ChaCha20Rng::seed_from_u64(13);
    let first = write_backup(
        &mut store,
        &out,
        evening().date_naive(),
        evening(),
        key,
        &mut rng,
        &mut |_| {},
    )
    .unwrap();
    println!(
        "backup of {N} moments, {N} care and {N} journal entries: {} records, {:.1} MB \
         (the database: {:.1} MB)",
        first.records,
        first.bytes as f64 / 1e6,
        std::fs::metadata(tmp.path().join("big.db")).unwrap().len() as f64 / 1e6,
    );

    let mut group = c.benchmark_group("10 000 moments and 10 000 journal entries");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.bench_function("read every row (baseline)", |b| {
        b.iter(|| black_box(store.backup_snapshot(&mut rng).unwrap()))
    });
    group.bench_function("back up: scrypt 2^18, write, sync, read back", |b| {
        b.iter(|| {
            let made = write_backup(
                &mut store,
                &out,
                evening().date_naive(),
                evening(),
                key,
                &mut rng,
                &mut |_| {},
            )
            .unwrap();
            std::fs::remove_file(made.path).unwrap();
        })
    });
    let mut n = 0;
    group.bench_function(
        "restore into a new database: scrypt 2^18, check, merge",
        |b| {
            b.iter_batched(
                || {
                    n += 1;
                    let path = tmp.path().join(format!("restored-{n}.db"));
                    Store::open_at_schema(&path, &self::key(14), SCHEMA_VERSION).unwrap()
                },
                |mut fresh| {
                    let report = restore_backup(
                        &mut fresh,
                        &first.path,
                        &passphrase,
                        evening(),
                        &mut |_| {},
                    )
                    .unwrap();
                    assert_eq!(report.added, first.records);
                },
                BatchSize::PerIteration,
            )
        },
    );
    group.finish();
}

fn auto_delete(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let template = tmp.path().join("template.db");
    let mut store = filled(&template, false);
    // Everything in the file, nothing in its log, so a copy of the file is the whole database.
    store.checkpoint_truncate().unwrap();
    drop(store);
    let later = evening() + chrono::Duration::days(365 * 10);
    let mut group = c.benchmark_group("auto-delete 10 000 moments with their care");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let copy = |n: &mut u32| {
        *n += 1;
        let path = tmp.path().join(format!("copy-{n}.db"));
        std::fs::copy(&template, &path).unwrap();
        Store::open_at_schema(&path, &key(11), SCHEMA_VERSION).unwrap()
    };
    let mut n = 0;
    let choice = AutoDelete {
        moments: OlderThan::Month,
        ..AutoDelete::default()
    };
    // Age counts back from the newest record when the clock is later: the last month's
    // moments (about 90, 8 hours apart) stay.
    let expected = copy(&mut n)
        .auto_delete_count(&choice, later)
        .unwrap()
        .moments;
    assert!((N as usize - 100..N as usize).contains(&expected));
    group.bench_function(
        "count the same rows, as the screen does first (baseline)",
        |b| {
            b.iter_batched(
                || copy(&mut n),
                |store| {
                    let counted = store.auto_delete_count(&choice, later).unwrap();
                    assert_eq!(black_box(counted).moments, expected);
                },
                BatchSize::PerIteration,
            )
        },
    );
    group.bench_function("delete them and empty the log", |b| {
        b.iter_batched(
            || {
                let mut store = copy(&mut n);
                store.set_auto_delete(choice).unwrap();
                store
            },
            |mut store| {
                let deleted = store.run_auto_delete(later).unwrap();
                assert_eq!(deleted.moments, expected);
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, backup_and_restore, auto_delete);
criterion_main!(benches);
