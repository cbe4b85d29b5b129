//! "What helps me" at 10 000 moments: reading the whole history (the baseline, the same rows)
//! against reading it and working out the insights.

use std::time::Duration;

use aftercare_core::{
    content::{ActionId, Content},
    insights::insights,
    model::{NewCheckIn, Scales},
    store::{DataKey, Store, SCHEMA_VERSION},
};
use chrono::{TimeZone, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

const MOMENTS: i64 = 10_000;

fn ten_thousand_moments(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let key = DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(18));
    let mut store =
        Store::open_at_schema(&tmp.path().join("insights.db"), &key, SCHEMA_VERSION).unwrap();
    store.set_durable_for_benchmark(false).unwrap();
    let content = Content::embedded().unwrap();
    let start = Utc.with_ymd_and_hms(2000, 1, 1, 21, 0, 0).unwrap();
    for n in 0..MOMENTS {
        // A moment a day, far enough apart to be one each.
        let at = start + chrono::Duration::days(n);
        let action = &content.actions[(n % content.actions.len() as i64) as usize].id;
        store.record_care(action, at).unwrap();
        store
            .record_care(&ActionId("water".into()), at + chrono::Duration::minutes(1))
            .unwrap();
        let value = (n % 5 + 1) as u8;
        let check_in = NewCheckIn {
            scales: Scales {
                body: Some(value),
                feelings: Some(value),
                mind: Some(value),
                desire: Some(3),
            },
            ..NewCheckIn::default()
        };
        store
            .save_check_in(&check_in, at + chrono::Duration::minutes(5))
            .unwrap();
    }
    store.set_durable_for_benchmark(true).unwrap();

    let mut group = c.benchmark_group("insights, 10 000 moments");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("read the whole history (baseline)", |b| {
        b.iter(|| black_box(store.history_all().unwrap()))
    });
    group.bench_function("read it and work out the insights", |b| {
        b.iter(|| {
            let history = store.history_all().unwrap();
            black_box(insights(
                &history,
                content,
                &aftercare_core::zone::Zone::utc(),
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, ten_thousand_moments);
criterion_main!(benches);
