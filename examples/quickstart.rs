//! Quickstart: the crate's main job on an embedded sample.
//!
//! ```sh
//! cargo run --example quickstart
//! ```
//!
//! Loads the embedded 全項目評価書 of 江戸川区 (a faithful transcription of a real published report,
//! [`Sample::EdogawaFull`]) and prints what a municipal engineer wants to see first: the 事務, the
//! しきい値判断 with its explanation, systems, files, 委託 chains as a tree, 提供/移転 counts and the
//! key dates; then the findings of validation; then the しきい値判断 (指針 第5の2) of the three
//! embedded real 評価書, checked against the result each document states.

use mynumber_pia::Choice;
use std::process::ExitCode;

use chrono::NaiveDate;
use mynumber_pia::samples::Sample;
use mynumber_pia::threshold::{
    HandlerCountBand, SeriousIncident, StatedThresholdResult, SubjectCountBand, decide,
    decide_partial,
};
use mynumber_pia::validation::validate;
use mynumber_pia::wareki::WarekiDate;

#[path = "pia/show.rs"]
mod show;

/// The day the embedded report is judged against: validation never reads the clock, so the
/// quickstart fixes it to keep its output reproducible.
const REFERENCE_DATE: (i32, u32, u32) = (2026, 11, 20);

/// `show.rs` reports bad command-line input through this (unused here: quickstart takes none).
#[allow(dead_code)]
fn usage_error(message: &str) -> ExitCode {
    eprintln!("quickstart: {message}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let report = match Sample::EdogawaFull.load() {
        Ok(report) => report,
        Err(e) => {
            eprintln!("quickstart: 埋め込みの評価書を読めません: {e}");
            return ExitCode::FAILURE;
        }
    };
    print!("{}", show::summary(&report));
    println!();
    let (y, m, d) = REFERENCE_DATE;
    if let Some(today) = NaiveDate::from_ymd_opt(y, m, d) {
        println!("■ 検証（基準日 {}）", show_day(today));
        let findings = validate(&report, today);
        for f in findings.iter() {
            println!("  {f}");
            println!("      └ {}（根拠: {}）", f.location(), f.source());
        }
        println!("  {}", findings.summary());
        println!();
    }
    print_threshold_cases();
    ExitCode::SUCCESS
}

/// Where a threshold input in the table comes from.
#[derive(Clone, Copy)]
enum Source {
    /// Printed in the document.
    Stated,
    /// Not printed; the only value consistent with the result the document states.
    Inferred,
}

/// One real case: the しきい値 facts of an embedded sample.
struct Case {
    sample: Sample,
    affair: String,
    subjects: SubjectCountBand,
    handlers: Option<(HandlerCountBand, Source)>,
    incident: Option<(SeriousIncident, Source)>,
    counted_on: Option<NaiveDate>,
    stated: Option<StatedThresholdResult>,
}

/// Reads the しきい値 facts of `sample`. A 重点 or 全項目 report prints only 対象人数 and the
/// result; where the other two inputs are not printed, the value every input pair consistent with
/// the stated result shares is shown as inferred.
fn case(sample: Sample) -> Option<Case> {
    let report = sample.load().ok()?;
    let subjects = report.subject_count()?;
    let stated = report.stated_threshold_result();
    let items = report.basic().map(|b| &b.threshold_items);
    let form = report.form();
    // Input pairs that give the stated result, as the report's own form states it.
    let consistent: Vec<(HandlerCountBand, SeriousIncident)> = HandlerCountBand::ALL
        .iter()
        .flat_map(|&h| SeriousIncident::ALL.iter().map(move |&i| (h, i)))
        .filter(|&(h, i)| stated.is_some() && decide(subjects, h, i).stated_in(form) == stated)
        .collect();
    let inferred = |pick: fn(&(HandlerCountBand, SeriousIncident)) -> bool| {
        let first = consistent.first()?;
        consistent
            .iter()
            .all(|p| pick(p) == pick(first))
            .then_some(*first)
    };
    let handlers = match items.and_then(|t| t.handler_count) {
        Some(h) => Some((h, Source::Stated)),
        None => inferred(|p| p.0 == HandlerCountBand::AtLeast500).map(|p| (p.0, Source::Inferred)),
    };
    let incident = match items.and_then(|t| t.serious_incident) {
        Some(i) => Some((i, Source::Stated)),
        None => inferred(|p| p.1 == SeriousIncident::Occurred).map(|p| (p.1, Source::Inferred)),
    };
    Some(Case {
        sample,
        affair: format!(
            "{} {}",
            report.cover.body.as_deref().unwrap_or("－"),
            report.affair.name
        ),
        subjects,
        handlers,
        incident,
        counted_on: items.and_then(|t| t.subject_count_as_of),
        stated,
    })
}

/// Prints the embedded real cases as an aligned table: inputs, result, explanation, and whether
/// the result matches what the document states.
pub fn print_threshold_cases() {
    println!(
        "しきい値判断（指針第5の2）: 埋め込みの実在の評価書{}件\n",
        Sample::ALL.len()
    );
    let header = [
        "評価書",
        "事務",
        "様式",
        "対象人数",
        "計数時点",
        "取扱者数",
        "重大事故",
        "しきい値判断結果",
        "記載との照合",
    ];
    let mut rows: Vec<[String; 9]> = Vec::new();
    let mut explanations = Vec::new();
    for case in Sample::ALL.into_iter().filter_map(case) {
        let outcome = decide_partial(
            case.subjects.into(),
            case.handlers.map(|h| h.0.into()),
            case.incident.map(|i| i.0),
        )
        .outcome();
        let (result, check) = match outcome {
            Some(o) => {
                let check = if case.stated == o.stated_in(case.sample.form()) {
                    "一致"
                } else {
                    "不一致"
                };
                explanations.push((case.sample.name(), o.explanation()));
                (o.required().to_string(), check)
            }
            None => ("（判断できない）".to_owned(), "－"),
        };
        rows.push([
            case.sample.name().to_owned(),
            case.affair,
            case.sample.form().label().replace("評価", "評価書"),
            case.subjects.to_string(),
            case.counted_on
                .and_then(|d| WarekiDate::from_naive(d).ok())
                .map_or_else(|| "－".to_owned(), |w| w.to_string()),
            cell(case.handlers),
            cell(case.incident),
            result,
            check.to_owned(),
        ]);
    }
    print_table(&header, &rows);
    println!();
    for (name, explanation) in explanations {
        println!("{name}: {explanation}");
    }
    println!();
    println!("＊ 重点・全項目評価書には取扱者数・重大事故（基礎項目評価書の項目）が載らない。");
    println!("  記載された判断結果と矛盾しない入力がすべて同じ値をとるとき、その値を示す。");
    println!("－ 評価書に記載がなく、対象人数だけで結果が決まる。");
}

fn show_day(d: NaiveDate) -> String {
    WarekiDate::from_naive(d).map_or_else(|_| d.to_string(), |w| w.to_string())
}

fn cell<T: std::fmt::Display>(value: Option<(T, Source)>) -> String {
    match value {
        Some((v, Source::Inferred)) => format!("{v}＊"),
        Some((v, Source::Stated)) => v.to_string(),
        None => "－".to_owned(),
    }
}

/// Terminal width of `s`: ASCII is one column, everything else (kana, kanji, full-width) two.
fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

fn pad(s: &str, to: usize) -> String {
    let mut out = s.to_owned();
    out.extend(std::iter::repeat_n(' ', to.saturating_sub(width(s))));
    out
}

fn print_table<const N: usize>(header: &[&str; N], rows: &[[String; N]]) {
    let mut widths = header.map(width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells.iter().zip(widths).map(|(c, w)| pad(c, w)).collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(header.to_vec());
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(rules.iter().map(String::as_str).collect());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}
