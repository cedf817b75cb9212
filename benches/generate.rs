//! Benchmark for `generate::generate`: valid 全項目評価書 per second on one core, target ≥ 5,000/s;
//! and, for information, the default scenario (a 重点項目評価書), a large 全項目 scenario, and the
//! defects of every code applied to one report.
//!
//! The 全項目 scenario is the default's with the form set: 4 systems, 2 files, 3 委託 re-entrusted
//! one level, 3 提供先, 2 移転先. Each run generates 2,000 reports with seeds 0..2,000.
//!
//! `cargo bench --bench generate -- --warm-up-time 1 --measurement-time 5`
mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use mynumber_pia::AssessmentKind;
use mynumber_pia::generate::{Defect, Scenario, generate};

const REPORTS: u64 = 2_000;

/// Reports of `scenario` with seeds 0..REPORTS; their total number of 委託事項 (so that nothing
/// is optimised away).
fn batch(scenario: &Scenario) -> usize {
    (0..REPORTS)
        .map(|seed| {
            generate(black_box(scenario), black_box(seed))
                .expect("a checked scenario")
                .entrustments()
                .count()
        })
        .sum()
}

fn per_second(count: u64, time: Duration) -> f64 {
    count as f64 / time.as_secs_f64()
}

fn bench(c: &mut Criterion) {
    let full = Scenario::default().with_form(AssessmentKind::Full);
    let large = full
        .clone()
        .with_subjects(2_000_000)
        .with_systems(12)
        .with_files(8)
        .with_entrustments(20)
        .with_re_entrustment_depth(4)
        .with_provisions(40)
        .with_transfers(20);
    let default = Scenario::default();
    let (cpu, wall) = common::cpu_and_wall(11, || batch(&full));
    let rate = per_second(REPORTS, cpu);
    let (large_cpu, _) = common::cpu_and_wall(5, || batch(&large));
    let (default_cpu, _) = common::cpu_and_wall(11, || batch(&default));
    let report = generate(&full, 0).expect("the 全項目 scenario");
    let (defects_cpu, _) = common::cpu_and_wall(11, || {
        Defect::ALL
            .iter()
            .filter(|d| d.occurs_in(AssessmentKind::Full))
            .filter_map(|d| d.apply(black_box(&report), full.as_of).ok())
            .count()
    });
    println!(
        "generate: {:.0} valid 全項目 reports/s on one core ({REPORTS} in {cpu:.1?} of CPU time, wall {wall:.1?}; target ≥ 5,000/s: {}); default 重点 {:.0}/s; largest scenario {:.0}/s; every defect of one 全項目 report in {defects_cpu:.1?}",
        rate,
        if rate >= 5_000.0 { "met" } else { "NOT met" },
        per_second(REPORTS, default_cpu),
        per_second(REPORTS, large_cpu),
    );

    let mut group = c.benchmark_group("generate");
    group.sample_size(10);
    group.bench_function("full_report", |b| {
        let mut seed = 0u64;
        b.iter(|| {
            seed = seed.wrapping_add(1);
            generate(black_box(&full), black_box(seed))
        })
    });
    group.bench_function("largest_full_report", |b| {
        let mut seed = 0u64;
        b.iter(|| {
            seed = seed.wrapping_add(1);
            generate(black_box(&large), black_box(seed))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
