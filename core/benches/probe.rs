use aftercare_core::{
    content::ActionId,
    store::{DataKey, Store, SCHEMA_VERSION},
};
use chrono::{TimeZone, Utc};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
use std::time::Instant;
fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let key = DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(3));
    let mut store =
        Store::open_at_schema(&tmp.path().join("big.db"), &key, SCHEMA_VERSION).unwrap();
    store.set_durable_for_benchmark(false).unwrap();
    let water = ActionId("water".into());
    let evening = Utc.with_ymd_and_hms(2026, 11, 26, 22, 40, 0).unwrap();
    let n = 2000;
    for i in 0..n {
        let at = evening - chrono::Duration::hours(8 * (n - i));
        let m = store.record_action(&water, at).unwrap();
        store
            .journal_create("warm slow morning", None, Some(m), at)
            .unwrap();
    }
    store.set_durable_for_benchmark(true).unwrap();
    let time = |label: &str, f: &mut dyn FnMut()| {
        let t = Instant::now();
        for _ in 0..20 {
            f();
        }
        println!(
            "{:>9.1} µs  {label}",
            t.elapsed().as_secs_f64() * 1e6 / 20.0
        );
    };
    time("history alone", &mut || {
        store.history(20, None).unwrap();
    });
    time("history alone again", &mut || {
        store.history(20, None).unwrap();
    });
    time("journal list", &mut || {
        store.journal_list(20, 0).unwrap();
    });
    time("history after list", &mut || {
        store.history(20, None).unwrap();
    });
    time("search", &mut || {
        store.journal_search("warm", 200).unwrap();
    });
    time("history after search", &mut || {
        store.history(20, None).unwrap();
    });
    time("search+history", &mut || {
        store.journal_search("warm", 200).unwrap();
        store.history(20, None).unwrap();
    });
    println!(
        "{}",
        store.pragma_for_tests("cipher_memory_security").unwrap()
    );
}
