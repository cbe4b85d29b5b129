//! What parsing the embedded content costs at start-up, in English and in German (the app parses
//! one language at start). Baseline in the same run: reading the same TOML files as bare tables,
//! so the ratio shows what typing, validation and the UI's Fluent messages add.

use aftercare_core::content::{Content, Locale, Sources};
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
            ] {
                black_box(source.text.parse::<toml::Table>().unwrap());
            }
        })
    });
    group.bench_function("parse and validate", |b| {
        b.iter(|| black_box(Content::parse(&sources).unwrap()))
    });
    let german = Locale::find("de").unwrap().sources().unwrap();
    group.bench_function("parse and validate, German", |b| {
        b.iter(|| black_box(Content::parse(&german).unwrap()))
    });
    let english = Content::parse(&sources).unwrap();
    group.bench_function("the page's JSON", |b| {
        b.iter(|| black_box(serde_json::to_string(&english).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
