//! Benchmarks for `import`: the 全項目 seed text (394 KB of PDF text; target ≤ 20 ms, issue 44)
//! and the same text 25 times over (target ≤ 30× the time: linear); and two shapes the fuzz
//! driver found slow, each 1,000 and 16,000 times over (target ≤ 20× the time: linear): a cover
//! with no body (every line is the cover's) and a title over a chapter Ⅰ heading (every title a
//! candidate second report).
//! The seed is not in the repository: the bench reads it from `PIA_SEEDS` (default
//! `../shared/seeds`); without it, it measures the crate's own Markdown of the embedded 全項目
//! sample, and says so. Prints the median CPU time of each, then criterion's wall-time figures.
//!
//! `cargo bench --bench import -- --warm-up-time 1 --measurement-time 3`
mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mynumber_pia::import::import;
use mynumber_pia::samples::Sample;

#[allow(dead_code)] // the seed texts, not the JSON helpers
#[path = "../tests/common/seeds.rs"]
mod seeds;

/// The 全項目 seed text, or the embedded sample's Markdown, with what it is.
#[allow(clippy::disallowed_methods)] // the bench reads the seed text (PIA_SEEDS)
fn text() -> (String, &'static str) {
    let seed = seeds::dir().and_then(|dir| seeds::text(&dir, "000"));
    match seed {
        Some(text) => (text, "全項目 seed text (PDF text)"),
        None => {
            let report = Sample::EdogawaFull
                .load()
                .expect("embedded 全項目 sample loads");
            (
                mynumber_pia::render::to_markdown(&report),
                "embedded 全項目 sample as Markdown (no seed texts found)",
            )
        }
    }
}

/// The shapes of the fuzz driver's slow inputs (a small text repeated up to 1 MB), written
/// plainly: each took time in the square of its lines before.
const FUZZED: [(&str, &str); 2] = [
    (
        "a cover with no body",
        "特定個人情報保護評価書（基礎項目評価書）\n評価書番号\n12\n評価書名\n児童手当に関する事務 基礎項目評価書\n",
    ),
    (
        "a title over a chapter Ⅰ",
        "特定個人情報保護評価書（全項目評価書）\nⅠ 基本情報\n①事務の名称\n予防接種に関する事務\n",
    ),
];

fn bench(c: &mut Criterion) {
    let (one, what) = text();
    let many = one.repeat(25);
    let t1 = common::cpu_and_wall(31, || import(black_box(&one))).0;
    let t25 = common::cpu_and_wall(5, || import(black_box(&many))).0;
    let mbps = one.len() as f64 / t1.as_secs_f64() / 1e6;
    let ratio = t25.as_secs_f64() / t1.as_secs_f64();
    println!(
        "import (CPU time, median): {what}, {} KB in {t1:.2?} ({mbps:.0} MB/s; target ≤ 20 ms: {}); 25× in {t25:.1?} ({ratio:.1}× the time; target ≤ 30×: {})",
        one.len() / 1024,
        if t1 <= Duration::from_millis(20) {
            "met"
        } else {
            "NOT met"
        },
        if ratio <= 30.0 { "met" } else { "NOT met" },
    );

    for (what, unit) in FUZZED {
        let (few, more) = (unit.repeat(1_000), unit.repeat(16_000));
        let t1 = common::cpu_and_wall(5, || import(black_box(&few))).0;
        let t16 = common::cpu_and_wall(3, || import(black_box(&more))).0;
        let ratio = t16.as_secs_f64() / t1.as_secs_f64();
        println!(
            "import (CPU time, median): {what}, 1,000× ({} KB) in {t1:.1?}, 16,000× in {t16:.1?} ({ratio:.1}× the time; target ≤ 20×: {})",
            few.len() / 1024,
            if ratio <= 20.0 { "met" } else { "NOT met" },
        );
    }

    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Bytes(one.len() as u64));
    group.bench_function("full_seed_text", |b| b.iter(|| import(black_box(&one))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
