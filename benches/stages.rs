//! Criterion benches for the stages: loading the gazetteers, building the automaton (built-in and
//! 100,000 generated people), matching, and extracting whole documents.
//!
//! `cargo bench --bench stages`; the whole-binary comparison with ripgrep is `bench/run`.

#[path = "../examples/benchgen/gen.rs"]
mod gen;

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whomet::gazetteer::Gazetteer;
use whomet::matcher::Matcher;
use whomet::{Document, Extractor, PartialDate};

fn corpus(bytes: usize) -> Vec<Document> {
    let pool = gen::seed_sentences(Path::new("seeds")).expect("seeds/");
    let mut total = 0;
    gen::documents(&pool, 42)
        .take_while(|(_, _, text)| {
            total += text.len();
            total <= bytes
        })
        .map(|(id, published, text)| Document {
            id,
            text,
            published: PartialDate::parse(&published),
            url: None,
        })
        .collect()
}

/// `people.csv` of 100,000 generated people.
fn people_100k() -> String {
    let mut people = Vec::new();
    gen::people_csv(100_000, 42, &mut people).expect("generated gazetteer");
    String::from_utf8(people).expect("UTF-8")
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.bench_function("gazetteer_load_builtin", |b| {
        b.iter(|| Gazetteer::builtin().unwrap())
    });
    let builtin = Gazetteer::builtin().unwrap();
    g.bench_function("matcher_builtin", |b| {
        b.iter(|| Matcher::new(black_box(&builtin)).unwrap())
    });
    g.sample_size(10);
    let people = people_100k();
    g.bench_function("gazetteer_load_100k", |b| {
        b.iter(|| Gazetteer::builtin_with(&[("people.csv", black_box(&people))]).unwrap())
    });
    let large = Gazetteer::builtin_with(&[("people.csv", &people)]).unwrap();
    g.bench_function("matcher_100k", |b| {
        b.iter(|| Matcher::new(black_box(&large)).unwrap())
    });
    g.finish();
}

fn extract(c: &mut Criterion) {
    let docs = corpus(2 << 20);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let people = people_100k();
    let extractors = [
        ("builtin", Extractor::builtin().unwrap()),
        (
            "100k",
            Extractor::new(Gazetteer::builtin_with(&[("people.csv", &people)]).unwrap()).unwrap(),
        ),
    ];
    for (name, ex) in &extractors {
        g.bench_function(format!("match_{name}"), |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| ex.matcher().find(&d.text, 0..d.text.len()).len())
                    .sum::<usize>()
            })
        });
        g.bench_function(format!("extract_{name}"), |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| ex.extract(d).events.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, build, extract);
criterion_main!(benches);
