//! What parsing the embedded content costs at start-up. Baseline in the same run: reading the
//! same files as bare TOML tables, so the ratio shows what typing and validation add.

use aftercare_core::content::{Content, Sources};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn parse(c: &mut Criterion) {
    let sources = Sources::embedded();
    let mut group = c.benchmark_group("content");
    group.bench_function("bare TOML (baseline)", |b| {
        b.iter(|| {
            for source in [
                sources.actions,
                sources.questions,
                sources.affirmations,
                sources.reminders,
                sources.strings,
            ] {
                black_box(source.text.parse::<toml::Table>().unwrap());
            }
        })
    });
    group.bench_function("parse and validate", |b| {
        b.iter(|| black_box(Content::parse(&sources).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
