//! Benchmark for `schedule::obligations`: the obligations of 54,000 generated reports (1,800
//! local bodies × 30 事務, about every local body of Japan) on one reference date, target
//! ≤ 100 ms on one core; and, for information, the register of all of them (`Register::new`,
//! which also groups the reports by 事務 and runs the register checks).
//!
//! The reports are generated outside the timed region: small reports of the three forms with
//! the items the obligations read (公表日 or its fallbacks, 変更日, count dates, 3-year
//! incidents, a few ended 事務), with dates spread over eight years.
//!
//! `cargo bench --bench schedule -- --warm-up-time 1 --measurement-time 5`
mod common;

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use mynumber_pia::AssessmentKind;
use mynumber_pia::report::{ChangeRecord, IncidentHistory, RecentIncidents, Report};
use mynumber_pia::schedule::{Register, obligations};

const BODIES: usize = 1_800;
const AFFAIRS: usize = 30;

fn day(offset: usize) -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 1, 1).expect("date")
        + chrono::Duration::days(i64::try_from(offset % 2_900).expect("small"))
}

/// The `affair`-th 事務 of the `body`-th body: mostly 基礎 reports, a 重点 report every fifth,
/// a 全項目 report every seventh; 1 in 97 without 公表日, 1 in 89 ended, 1 in 19 with an incident.
fn report(body: usize, affair: usize) -> Report {
    let i = body * AFFAIRS + affair;
    let form = if i % 7 == 0 {
        AssessmentKind::Full
    } else if i % 5 == 0 {
        AssessmentKind::Focused
    } else {
        AssessmentKind::Basic
    };
    let mut r = Report::empty(form);
    let name = format!("事務{affair:02}に関する事務");
    r.cover.number = Some((affair + 1).to_string());
    r.cover.title = Some(format!("{name}　{}", form.document_name()));
    r.cover.body = Some(format!("団体{body:04}長"));
    r.affair.name = name;
    let published = day(i * 37);
    if i % 97 != 0 {
        r.cover.published_on = Some(published);
    }
    if i % 89 == 0 {
        r.cover.title = r
            .cover
            .title
            .take()
            .map(|t| format!("{t}【令和6年3月31日 終了】"));
    }
    for k in 0..(i % 4) {
        r.changes
            .push(ChangeRecord::new("Ⅰ　6．②所属長の役職名").with_date(day(i * 37 + 200 * k)));
    }
    match form {
        AssessmentKind::Basic => {
            if let Some(part) = r.basic_mut() {
                part.threshold_items.subject_count_as_of = Some(day(i * 37 + 2_800));
                part.threshold_items.handler_count_as_of = Some(day(i * 41 + 2_800));
            }
        }
        _ => {
            r.procedures.basic_assessment.date = Some(day(i * 37 + 2_890));
            if i % 19 == 0 {
                let mut item = RecentIncidents::default();
                item.status = Some(IncidentHistory::Occurred);
                item.content = Some("書類の誤送付".into());
                item.prevention = Some("二人で確認する".into());
                item.incident_dates = vec![day(i * 13), day(i * 17)];
                if let Some(p) = r.focused_mut() {
                    p.risk_measures.storage.risk.serious_incident = item;
                } else if let Some(p) = r.full_mut() {
                    p.risk_measures.storage.risk1.serious_incident = item;
                }
            }
        }
    }
    r
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
    let reports: Vec<Report> = (0..BODIES)
        .flat_map(|b| (0..AFFAIRS).map(move |a| report(b, a)))
        .collect();
    let all = |reports: &[Report]| -> usize {
        reports
            .iter()
            .map(|r| obligations(black_box(r), black_box(today)).len())
            .sum()
    };
    let count = all(&reports);
    let (cpu, wall) = common::cpu_and_wall(21, || all(&reports));
    let (register_cpu, _) = common::cpu_and_wall(5, || Register::new(black_box(&reports), today));
    let register = Register::new(&reports, today);
    println!(
        "schedule: {} reports, {count} obligations ({} overdue) in {cpu:.1?} of CPU time on one core (wall {wall:.1?}; target ≤ 100 ms: {}); register of all of them in {register_cpu:.1?} ({} 事務, {} problems)",
        reports.len(),
        register.overdue(),
        if cpu <= Duration::from_millis(100) {
            "met"
        } else {
            "NOT met"
        },
        register.entries.len(),
        register.problems.len(),
    );

    let mut group = c.benchmark_group("schedule");
    group.sample_size(10);
    group.bench_function("obligations_of_54000_reports", |b| b.iter(|| all(&reports)));
    group.bench_function("register_of_54000_reports", |b| {
        b.iter(|| Register::new(black_box(&reports), today))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
