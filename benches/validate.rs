//! Benchmarks for `validate`: the embedded 全項目 sample, and the same report with ten times
//! its 委託 and 提供 entries (validation should stay linear: within 12× the time).
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use mynumber_pia::report::Report;
use mynumber_pia::samples::Sample;
use mynumber_pia::validation::validate;

/// `name` of the `copy`-th copy: `株式会社A（写し3）`, so that every copy is another body.
fn renamed(name: Option<&String>, copy: usize) -> Option<String> {
    name.map(|n| format!("{n}（写し{copy}）"))
}

/// `report` with every list of 委託事項 and 提供先 repeated ten times (declared counts follow).
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
        file.entrustment_count = u32::try_from(file.entrustments.len()).ok();
        if file.provision_transfer.provision {
            file.provision_transfer.provision_count = u32::try_from(file.provisions.len()).ok();
        }
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

    c.bench_function("validate_full_sample", |b| {
        b.iter(|| validate(black_box(&full), black_box(today)))
    });
    c.bench_function("validate_full_sample_10x_entrustments_provisions", |b| {
        b.iter(|| validate(black_box(&big), black_box(today)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
