//! What the macro costs its users: the expansion alone, on synthetic tables
//! of 100, 1,000 and 10,000 rows. `cargo bench --bench expansion`.

use std::str::FromStr;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gwerr_bench::inputs;
use proc_macro2::TokenStream;

fn expansion(c: &mut Criterion) {
    let mut group = c.benchmark_group("expansion");
    group.sample_size(10);
    for rows in [100, 1_000, 10_000] {
        let tokens = TokenStream::from_str(&inputs::synthetic_table(rows)).unwrap();
        let output = gwerr_codegen::expand(tokens.clone()).to_string();
        assert!(
            !output.contains("compile_error"),
            "the synthetic table is valid"
        );
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_with_input(BenchmarkId::from_parameter(rows), &tokens, |b, tokens| {
            b.iter(|| gwerr_codegen::expand(tokens.clone()))
        });
    }
    group.finish();
}

criterion_group!(benches, expansion);
criterion_main!(benches);
