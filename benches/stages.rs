//! Criterion benches for the stages: loading the gazetteers, building the automaton (built-in and
//! 100,000 generated people), matching, and extracting whole documents.
//!
//! `cargo bench --bench stages`; the whole-binary comparison with ripgrep is `bench/run`.

#[path = "../examples/benchgen/gen.rs"]
mod gen;

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use whomet::gazetteer::{Gazetteer, Source};
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

fn large_gazetteer() -> Gazetteer {
    let mut people = Vec::new();
    gen::people_csv(100_000, 42, &mut people).expect("generated gazetteer");
    let people = String::from_utf8(people).expect("UTF-8");
    Gazetteer::builtin_with(&[("people.csv", &people)]).expect("generated gazetteer loads")
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
    let large = large_gazetteer();
    g.bench_function("matcher_100k", |b| {
        b.iter(|| Matcher::new(black_box(&large)).unwrap())
    });
    let mut people = Vec::new();
    gen::people_csv(100_000, 42, &mut people).unwrap();
    let people = String::from_utf8(people).unwrap();
    g.bench_function("gazetteer_load_100k", |b| {
        b.iter_batched(
            || {
                vec![Source {
                    name: "people.csv".into(),
                    text: people.clone(),
                }]
            },
            |extra| Gazetteer::builtin_with(&[("people.csv", &extra[0].text)]).unwrap(),
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

fn extract(c: &mut Criterion) {
    let docs = corpus(2 << 20);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let ex = Extractor::builtin().unwrap();
    g.bench_function("match_builtin", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| ex.matcher().find(&d.text, 0..d.text.len()).len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract_builtin", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| ex.extract(d).events.len())
                .sum::<usize>()
        })
    });
    let large = Extractor::new(large_gazetteer()).unwrap();
    g.bench_function("match_100k", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| large.matcher().find(&d.text, 0..d.text.len()).len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract_100k", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| large.extract(d).events.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, build, extract);
criterion_main!(benches);
