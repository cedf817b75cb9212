//! Benchmarks for `validate`: the embedded 全項目 sample (target ≤ 10 µs, issue 23), and the same report with
//! ten times its 委託 and 提供 entries (validation should stay linear: within 12× the time). The
//! 10× report keeps the 1× report's findings (its declared counts are ten times the sample's
//! too), so both runs do the same work per entry; the bench checks it and prints the ratio.
//!
//! `cargo bench --bench validate -- --warm-up-time 1 --measurement-time 3`
use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use mynumber_pia::report::Report;
use mynumber_pia::samples::Sample;
use mynumber_pia::validation::validate;

/// `name` of the `copy`-th copy: `株式会社A（写し3）`, so that every copy is another body.
fn renamed(name: Option<&String>, copy: usize) -> Option<String> {
    name.map(|n| format!("{n}（写し{copy}）"))
}

/// `report` with every list of 委託事項 and 提供先 repeated ten times, and every declared count
/// ten times the sample's (so a count that disagrees with its list still does).
/// Each copy names other 委託先, 再委託先 and 提供先, so the 取扱者数 sum and the chain checks
/// see ten times the bodies, not the same ones again.
fn ten_times(report: &Report) -> Report {
    let mut big = report.clone();
    for file in &mut big.files {
        let entrustments = file.entrustments.clone();
        let provisions = file.provisions.clone();
        for copy in 1..10 {
            file.entrustments.extend(entrustments.iter().map(|e| {
                let mut e = e.clone();
                e.entrustee = renamed(e.entrustee.as_ref(), copy);
                for level in &mut e.re_entrustees {
                    level.name = renamed(level.name.as_ref(), copy);
                }
                e
            }));
            file.provisions.extend(provisions.iter().map(|p| {
                let mut p = p.clone();
                p.name = renamed(p.name.as_ref(), copy);
                p
            }));
        }
        file.entrustment_count = file.entrustment_count.map(|n| n * 10);
        let status = &mut file.provision_transfer;
        status.provision_count = status.provision_count.map(|n| n * 10);
    }
    big
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
    let full = Sample::EdogawaFull
        .load()
        .expect("embedded 全項目 sample loads");
    let big = ten_times(&full);
    let entries = |r: &Report| -> usize {
        r.files
            .iter()
            .map(|f| f.entrustments.len() + f.provisions.len())
            .sum()
    };
    eprintln!(
        "validate bench: 全項目 sample has {} 委託+提供 entries, the 10× report {}",
        entries(&full),
        entries(&big)
    );

    // The same findings, code by code, on both reports.
    let findings = |r: &Report| {
        let mut codes: Vec<String> = validate(r, today)
            .iter()
            .map(|f| f.code().to_string())
            .collect();
        codes.sort();
        codes
    };
    assert_eq!(
        findings(&full),
        findings(&big),
        "the 10× report must keep the sample's findings"
    );
    let one = common::median_of(501, || validate(black_box(&full), black_box(today)));
    let ten = common::median_of(501, || validate(black_box(&big), black_box(today)));
    let ratio = ten.as_secs_f64() / one.as_secs_f64();
    println!(
        "validate: 1× {one:.1?} (target ≤ 10 µs: {}), 10× {ten:.1?}, ratio {ratio:.1}× (target ≤ 12×: {}); findings {:?}",
        if one <= Duration::from_micros(10) {
            "met"
        } else {
            "NOT met"
        },
        if ratio <= 12.0 { "met" } else { "NOT met" },
        findings(&full)
    );

    c.bench_function("validate_full_sample", |b| {
        b.iter(|| validate(black_box(&full), black_box(today)))
    });
    c.bench_function("validate_full_sample_10x_entrustments_provisions", |b| {
        b.iter(|| validate(black_box(&big), black_box(today)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
