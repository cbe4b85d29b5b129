//! A probe, not a benchmark: where a restore's and a backup's time goes (run with
//! `cargo bench -p aftercare-core --bench probe`).

use std::time::Instant;

use aftercare_core::{
    backup::{restore_backup, write_backup, BackupKey, WorkFactor},
    content::ActionId,
    store::{DataKey, Store, SCHEMA_VERSION},
    vault::Passcode,
};
use chrono::{DateTime, TimeZone, Utc};
use rand_chacha::{
    rand_core::{RngCore, SeedableRng},
    ChaCha20Rng,
};

const N: i64 = 10_000;
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

fn time<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    println!("{:>9.1} ms  {label}", started.elapsed().as_secs_f64() * 1e3);
    out
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store =
        Store::open_at_schema(&tmp.path().join("big.db"), &key(11), SCHEMA_VERSION).unwrap();
    store.set_durable_for_benchmark(false).unwrap();
    let mut rng = ChaCha20Rng::seed_from_u64(12);
    let water = ActionId("water".into());
    for n in 0..N {
        let at = evening() - chrono::Duration::hours(8 * n);
        let moment = store.record_action(&water, at).unwrap();
        let body: Vec<&str> = (0..40)
            .map(|_| WORDS[rng.next_u32() as usize % WORDS.len()])
            .collect();
        store
            .journal_create(&body.join(" "), None, Some(moment), at)
            .unwrap();
    }
    store.set_durable_for_benchmark(true).unwrap();
    let passphrase = Passcode::new("lantern orchard velvet".into());
    let out = tmp.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    for _ in 0..3 {
        time("read every row (baseline)", || {
            store.backup_snapshot(&mut rng).unwrap()
        });
    }
    let mut files = Vec::new();
    let args: Vec<String> = std::env::args().collect();
    let works = if args.iter().any(|a| a == "quick") {
        vec![WorkFactor::INSECURE_FOR_TESTS]
    } else {
        vec![WorkFactor::STANDARD, WorkFactor::INSECURE_FOR_TESTS]
    };
    for work in works {
        let made = time("back up", || {
            write_backup(
                &mut store,
                &out,
                evening().date_naive(),
                evening(),
                BackupKey {
                    passphrase: &passphrase,
                    work,
                },
                &mut rng,
                &mut |_| {},
            )
            .unwrap()
        });
        let kept = tmp.path().join(format!("kept-{}", files.len()));
        std::fs::rename(&made.path, &kept).unwrap();
        files.push(kept);
    }
    let off = args.iter().any(|a| a == "off");
    for (n, file) in files.iter().enumerate() {
        for round in 0..2 {
            let mut fresh = Store::open_at_schema(
                &tmp.path().join(format!("fresh-{n}-{round}.db")),
                &key(14),
                SCHEMA_VERSION,
            )
            .unwrap();
            if off {
                fresh
                    .execute_batch_for_tests("PRAGMA cipher_memory_security = OFF;")
                    .unwrap();
            }
            time(
                &format!("restore (file {n}, memory security {})", !off),
                || restore_backup(&mut fresh, file, &passphrase, evening(), &mut |_| {}).unwrap(),
            );
        }
    }
}
