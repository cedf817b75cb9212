//! Benchmark for `generate::generate`: typical 全項目評価書 per second on one core, target
//! ≥ 5,000/s; the time per report of each size against its JSON's bytes (the time should grow
//! linearly with the size: the line prints the time per kilobyte of each size, which should stay
//! within a small factor, and the time each added 提供先 or 変更箇所 row costs, which should
//! not grow with their number); and, for information, the default scenario (a typical
//! 重点項目評価書) and the defects of every code applied to one report.
//!
//! Each size's run generates a batch of reports with seeds 0.. (2,000 typical, fewer of the
//! larger sizes), of the scenario `Scenario::default().with_form(Full).with_size(size)`: the
//! counts drawn per seed within the size's ranges.
//!
//! `cargo bench --bench generate -- --warm-up-time 1 --measurement-time 5`
mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use mynumber_pia::AssessmentKind;
use mynumber_pia::form::FormRevision;
use mynumber_pia::generate::{Defect, Scenario, Size, generate};

/// The reports of one timed batch of `size`: about the same work per batch.
fn batch_len(size: Size) -> u64 {
    match size {
        Size::Small => 4_000,
        Size::Typical => 2_000,
        Size::Large => 500,
        _ => 200,
    }
}

/// Reports of `scenario` with seeds 0..n; their total number of 変更箇所 rows (so that nothing
/// is optimised away).
fn batch(scenario: &Scenario, n: u64) -> usize {
    (0..n)
        .map(|seed| {
            generate(black_box(scenario), black_box(seed))
                .expect("a checked scenario")
                .changes
                .len()
        })
        .sum()
}

fn per_second(count: u64, time: Duration) -> f64 {
    count as f64 / time.as_secs_f64()
}

fn full(size: Size) -> Scenario {
    Scenario::default()
        .with_form(AssessmentKind::Full)
        .with_size(size)
}

/// A 全項目 scenario with every count set (5 systems, 6 files, 3 委託 one level deep, 6 提供先,
/// 6 移転先, 10 変更箇所 rows): one count changed at a time, the rest of the report stays the
/// same size.
fn fixed_counts() -> Scenario {
    full(Size::Small)
        .with_systems(5)
        .with_files(6)
        .with_entrustments(3)
        .with_re_entrustment_depth(1)
        .with_provisions(6)
        .with_transfers(6)
        .with_changes(10)
}

/// The 全項目 scenario of b9c3389's `generate/full_report`: the default counts of that version
/// (4 systems, 2 files, 3 委託 re-entrusted one level, 3 提供先, 2 移転先), 2 変更箇所 rows, on
/// the current 様式 (b9c3389 knew no other).
fn b9c3389_full() -> Scenario {
    Scenario::default()
        .with_form(AssessmentKind::Full)
        .with_systems(4)
        .with_files(2)
        .with_entrustments(3)
        .with_re_entrustment_depth(1)
        .with_provisions(3)
        .with_transfers(2)
        .with_changes(2)
        .with_revision(FormRevision::CURRENT)
}

fn bench(c: &mut Criterion) {
    let typical = full(Size::Typical);
    let (cpu, wall) = common::cpu_and_wall(11, || batch(&typical, batch_len(Size::Typical)));
    let rate = per_second(batch_len(Size::Typical), cpu);
    println!(
        "generate: {rate:.0} typical 全項目 reports/s on one core ({} in {cpu:.1?} of CPU time, wall {wall:.1?}; target ≥ 5,000/s: {})",
        batch_len(Size::Typical),
        if rate >= 5_000.0 { "met" } else { "NOT met" },
    );
    // Time per report against bytes per report, size by size.
    let mut per_kb = Vec::new();
    for &size in Size::ALL {
        let scenario = full(size);
        let n = batch_len(size);
        let bytes: usize = (0..n)
            .map(|seed| {
                generate(&scenario, seed)
                    .expect("a checked scenario")
                    .to_json()
                    .len()
            })
            .sum();
        let (cpu, _) = common::cpu_and_wall(5, || batch(&scenario, n));
        let per_report = cpu / u32::try_from(n).expect("a small batch");
        let kb = bytes as f64 / n as f64 / 1000.0;
        let us_per_kb = per_report.as_secs_f64() * 1e6 / kb;
        per_kb.push(us_per_kb);
        println!(
            "generate {:>7}: {per_report:>9.1?} a report of {kb:>6.1} kB of JSON on average = {us_per_kb:.2} µs/kB",
            size.name()
        );
    }
    let (least, most) = per_kb
        .iter()
        .fold((f64::MAX, 0.0f64), |(l, m), &x| (l.min(x), m.max(x)));
    println!(
        "generate: time per kB from small to huge within ×{:.2} (linear in size: target ≤ ×2)",
        most / least
    );
    // The time per report grows faster than its bytes from small to huge because the mix of
    // content changes: a 提供先 or 移転先 costs about three times as much per byte as a 変更箇所
    // row or a text (each parses its legal basis; callgrind: 16.2 k instructions a 提供先 for
    // 0.63 kB, 7.3 k a 変更箇所 row for 0.78 kB), and a huge report is mostly 提供先 and 移転先.
    // Linear means each added item costs the same however many there are: the time per added
    // item, doubling one count with the others set.
    for (what, set, counts) in [
        (
            "提供先",
            Scenario::with_provisions as fn(Scenario, usize) -> Scenario,
            [90, 180, 360],
        ),
        ("変更箇所 row", Scenario::with_changes, [62, 125, 250]),
    ] {
        let n = 100;
        let times: Vec<Duration> = counts
            .iter()
            .map(|&count| {
                let scenario = set(fixed_counts(), count);
                let (cpu, _) = common::cpu_and_wall(5, || batch(&scenario, n));
                cpu / u32::try_from(n).expect("a small batch")
            })
            .collect();
        let each = |i: usize| {
            let added = (counts[i + 1] - counts[i]) as f64;
            (times[i + 1].as_secs_f64() - times[i].as_secs_f64()) * 1e6 / added
        };
        println!(
            "generate: each added {what} {:.2} µs ({}→{}), {:.2} µs ({}→{}): ×{:.2} (linear: ×1)",
            each(0),
            counts[0],
            counts[1],
            each(1),
            counts[1],
            counts[2],
            each(1) / each(0)
        );
    }
    let (default_cpu, _) = common::cpu_and_wall(11, || batch(&Scenario::default(), 2_000));
    let report = generate(&typical, 0).expect("the 全項目 scenario");
    let (defects_cpu, _) = common::cpu_and_wall(11, || {
        Defect::ALL
            .iter()
            .filter(|d| d.occurs_in(AssessmentKind::Full))
            .filter_map(|d| d.apply(black_box(&report), typical.as_of).ok())
            .count()
    });
    println!(
        "generate: default (typical 重点) {:.0}/s; every defect of one typical 全項目 report in {defects_cpu:.1?}",
        per_second(2_000, default_cpu),
    );

    // The report of b9c3389's `generate/full_report`, under its name, so that
    // `scripts/bench-compare b9c3389` pairs the two (b9c3389 drew 0–3 変更箇所 rows a report;
    // this one writes 2).
    let mut group = c.benchmark_group("generate");
    group.sample_size(10);
    group.bench_function("full_report", |b| {
        let scenario = b9c3389_full();
        generate(&scenario, 0).expect("the scenario of b9c3389");
        let mut seed = 0u64;
        b.iter(|| {
            seed = seed.wrapping_add(1);
            generate(black_box(&scenario), black_box(seed))
        })
    });
    group.finish();

    let mut group = c.benchmark_group("generate_full_by_size");
    group.sample_size(10);
    for &size in Size::ALL {
        let scenario = full(size);
        group.bench_with_input(
            BenchmarkId::from_parameter(size.name()),
            &scenario,
            |b, s| {
                let mut seed = 0u64;
                b.iter(|| {
                    seed = seed.wrapping_add(1);
                    generate(black_box(s), black_box(seed))
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
