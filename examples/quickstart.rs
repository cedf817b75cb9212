//! Quickstart: the crate's main job on an embedded sample.
//!
//! ```sh
//! cargo run --example quickstart
//! ```
//!
//! Loads the embedded 全項目評価書 of 江戸川区 (a faithful transcription of a real published report,
//! [`Sample::EdogawaFull`]) and prints what a municipal engineer wants to see first: the 事務, the
//! しきい値判断 with its explanation, systems, files, 委託 chains as a tree, 提供/移転 counts and the
//! key dates. Then the しきい値判断 (指針 第5の2) of three real 評価書, checked against the result each
//! document states.

use std::process::ExitCode;

use mynumber_pia::samples::Sample;
use mynumber_pia::threshold::{
    AssessmentKind, HandlerCountBand, SeriousIncident, StatedThresholdResult, SubjectCountBand,
    ThresholdOutcome,
};

#[path = "pia/show.rs"]
mod show;

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
    /// Not printed, and not needed to decide.
    Absent,
}

/// One real case: the facts its document gives (figures only; no text copied).
struct Case {
    seed: &'static str,
    affair: &'static str,
    form: AssessmentKind,
    subjects: SubjectCountBand,
    handlers: (Option<HandlerCountBand>, Source),
    incident: (Option<SeriousIncident>, Source),
    counted_on: &'static str,
    stated: &'static str,
}

/// The three real cases: seed 000 (江戸川区), seed 002 (川口市), seed 003 (熊谷市).
fn cases() -> [Case; 3] {
    [
        Case {
            seed: "000",
            affair: "江戸川区 国民健康保険",
            form: AssessmentKind::Full,
            subjects: SubjectCountBand::AtLeast300k,
            handlers: (None, Source::Absent),
            incident: (None, Source::Absent),
            counted_on: "－",
            stated: "基礎項目評価及び全項目評価の実施が義務付けられる",
        },
        Case {
            seed: "002",
            affair: "川口市 後期高齢者医療",
            form: AssessmentKind::Focused,
            subjects: SubjectCountBand::From100kTo300k,
            handlers: (Some(HandlerCountBand::Under500), Source::Inferred),
            incident: (Some(SeriousIncident::NotOccurred), Source::Inferred),
            counted_on: "－",
            stated: "基礎項目評価及び重点項目評価の実施が義務付けられる",
        },
        Case {
            seed: "003",
            affair: "熊谷市 国民健康保険",
            form: AssessmentKind::Basic,
            subjects: SubjectCountBand::From10kTo100k,
            handlers: (Some(HandlerCountBand::Under500), Source::Stated),
            incident: (Some(SeriousIncident::Occurred), Source::Stated),
            counted_on: "令和7年4月1日",
            stated: "基礎項目評価及び重点項目評価の実施が義務付けられる",
        },
    ]
}

/// Prints the three real cases as an aligned table: inputs, result, explanation, and whether
/// the result matches what the document states.
pub fn print_threshold_cases() {
    println!("しきい値判断（指針第5の2）: 実在の評価書3件\n");
    let header = [
        "seed",
        "事務",
        "評価書",
        "対象人数",
        "計数時点",
        "取扱者数",
        "重大事故",
        "しきい値判断結果",
        "記載との照合",
    ];
    let mut rows: Vec<[String; 9]> = Vec::new();
    let mut explanations = Vec::new();
    for case in cases() {
        let outcome = ThresholdOutcome::partial(
            case.subjects.into(),
            case.handlers.0.map(Into::into),
            case.incident.0,
        );
        let (result, check) = match outcome {
            Some(o) => {
                let stated: Option<StatedThresholdResult> = case.stated.parse().ok();
                let check = if stated == o.stated_in(case.form) {
                    "一致"
                } else {
                    "不一致"
                };
                explanations.push((case.seed, o.explanation()));
                (o.required().to_string(), check)
            }
            None => ("（判断できない）".to_owned(), "－"),
        };
        rows.push([
            case.seed.to_owned(),
            case.affair.to_owned(),
            case.form.label().replace("評価", "評価書"),
            case.subjects.to_string(),
            case.counted_on.to_owned(),
            cell(case.handlers.0.map(|h| h.to_string()), case.handlers.1),
            cell(case.incident.0.map(|i| i.to_string()), case.incident.1),
            result,
            check.to_owned(),
        ]);
    }
    print_table(&header, &rows);
    println!();
    for (seed, explanation) in explanations {
        println!("{seed}: {explanation}");
    }
    println!();
    println!("＊ 重点項目評価書には取扱者数・重大事故（基礎項目評価書の項目）が載らない。");
    println!("  記載された判断結果と矛盾しない唯一の値を示す。");
    println!("－ 評価書に記載なし（000 は対象人数だけで結果が決まる）。");
}

fn cell(value: Option<String>, source: Source) -> String {
    match (value, source) {
        (Some(v), Source::Inferred) => format!("{v}＊"),
        (Some(v), _) => v,
        (None, _) => "－".to_owned(),
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
