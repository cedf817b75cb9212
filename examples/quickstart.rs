//! Quickstart: the crate's main job on an embedded real 評価書.
//!
//! ```sh
//! cargo run --example quickstart
//! ```
//!
//! Loads the 江戸川区 国民健康保険 全項目評価書 (令和6年12月6日, transcribed and embedded in the
//! crate), decides which assessment its 事務 requires (the しきい値判断), checks that against what
//! the report states, and validates the report as a reviewer would.

use chrono::NaiveDate;
use mynumber_pia::threshold::{PartialOutcome, SeriousIncident, ThresholdInput, decide_partial};
use mynumber_pia::{Sample, Severity, validate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. Load a report. `Report::from_json` reads your own files the same way.
    let report = Sample::EdogawaFull.load()?;
    println!("■ {}", Sample::EdogawaFull.label());
    println!(
        "  評価実施機関: {}",
        report.cover.body.as_deref().unwrap_or("（記載なし）")
    );
    println!("  様式: {}", report.form().form_title());
    println!(
        "  システム {} 件、特定個人情報ファイル {} ブロック、委託事項 {} 件、変更箇所 {} 行",
        report.systems.len(),
        report.files.len(),
        report.entrustments().count(),
        report.changes.len()
    );

    // 2. The しきい値判断 (指針 第5の2). A 全項目評価書 prints only 対象人数 (Ⅰ1③); when that
    //    decides alone, the outcome comes with its grounds and explanation.
    let subjects = report.subject_count().ok_or("対象人数の記載がありません")?;
    println!("\n■ しきい値判断");
    println!("  対象人数: {subjects}");
    println!(
        "  取扱者数の目安（使用者数＋委託先の取扱者数）: {}人",
        report.handler_interval()
    );
    match decide_partial(subjects.into(), None, None) {
        PartialOutcome::Decided(outcome) => {
            println!("  判定: {}", outcome.required());
            println!("  説明: {}", outcome.explanation());
        }
        partial => println!(
            "  判定: 取扱者数と重大事故によって「{}」から「{}」",
            partial.lowest(),
            partial.highest()
        ),
    }
    if let Some(stated) = report.stated_threshold_result() {
        println!("  評価書の記載: {stated}");
    }
    // From exact counts of your own: 12万人, 620人, no 重大事故.
    let own = ThresholdInput::new(120_000_u64, 620_u64, SeriousIncident::NotOccurred);
    println!(
        "  例（12万人・620人・重大事故なし）: {}",
        own.decide().required()
    );

    // 3. Validate against a reference date: the crate reads no clock, you pass the day in.
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).ok_or("日付")?;
    let result = validate(&report, today);
    println!("\n■ 検証（基準日 {today}）");
    for finding in result.iter() {
        println!("  {finding}");
        println!("    └ {}（根拠: {}）", finding.location(), finding.source());
    }
    println!("  {}", result.summary());

    // 4. The same checks on the other embedded reports: real documents are inconsistent in places
    //    (and the text of 松戸市's report lost two cells of its cover).
    println!("\n■ 他の埋め込み評価書");
    for &sample in &Sample::ALL[1..] {
        let result = validate(&sample.load()?, today);
        println!(
            "  {}: {} errors, {} warnings, {} infos",
            sample.label(),
            result.count(Severity::Error),
            result.count(Severity::Warning),
            result.count(Severity::Info)
        );
    }
    Ok(())
}
