//! Benchmarks for `render`: the embedded 全項目 sample to HTML (target ≤ 500 µs) and to Markdown.
//! Prints the median CPU time of each on this thread and whether the HTML target is met (the
//! shared 2-core machine's wall time varies with its load), then criterion's wall-time figures.
//!
//! `cargo bench --bench render -- --warm-up-time 1 --measurement-time 3`
mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use mynumber_pia::render::{to_html, to_markdown};
use mynumber_pia::samples::Sample;

fn bench(c: &mut Criterion) {
    let full = Sample::EdogawaFull
        .load()
        .expect("embedded 全項目 sample loads");
    let html = to_html(&full);
    let md = to_markdown(&full);
    let html_time = common::cpu_and_wall(301, || to_html(black_box(&full))).0;
    let md_time = common::cpu_and_wall(301, || to_markdown(black_box(&full))).0;
    println!(
        "render (CPU time, median of 301): 全項目 sample to HTML {html_time:.1?} ({} KB; target ≤ 500 µs: {}), to Markdown {md_time:.1?} ({} KB)",
        html.len() / 1024,
        if html_time <= Duration::from_micros(500) {
            "met"
        } else {
            "NOT met"
        },
        md.len() / 1024,
    );

    c.bench_function("render_full_sample_html", |b| {
        b.iter(|| to_html(black_box(&full)))
    });
    c.bench_function("render_full_sample_markdown", |b| {
        b.iter(|| to_markdown(black_box(&full)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
