//! `pia show <file.json>`: loads any 評価書 and prints what a municipal engineer wants to see
//! first: the 事務, 対象人数 and the しきい値判断 with its explanation, systems, files, 委託 chains
//! drawn as a tree, 提供/移転 counts (declared and listed) and the key dates.
//!
//! With `--json`, one JSON document instead (`schema/cli-show.schema.json`): the same facts,
//! each in the library's serde shape. `-` is standard input. Report text is written with its
//! control characters escaped ([`mynumber_pia::visible::Visible`]; line breaks inside a value too).
//!
//! A missing file, invalid JSON or a schema mismatch: one line on stderr naming the JSON path and
//! what was expected, nothing on stdout, exit 2.
//!
//! [`summary`] builds the text without printing it.

use std::fmt::Write as _;
use std::io::Write;

use chrono::NaiveDate;

use mynumber_pia::report::{
    CheckSet, Entrustment, FileBlock, FormPart, ReEntrustmentStatus, Report,
};
use mynumber_pia::threshold::{HandlerCount, PartialOutcome, decide_partial};
use mynumber_pia::wareki::WarekiDate;
use mynumber_pia::{AssessmentKind, Interval};

use mynumber_pia::visible::is_unsafe_char;
use serde_json::json;

use super::harness::{Command, Exit, HELP_TEMPLATE, Outcome, Part, write_json};
use super::input::load_report;

const USAGE: &str = "使い方: pia show <file.json> [--json]";

/// 評価書の要約を表示 / Show a summary of a 評価書
///
/// 事務、対象人数、しきい値判断（説明つき）、システム、ファイル、委託の連鎖、提供・移転の件数、主な日付を出力します。
///
/// Prints the 事務, 対象人数 and しきい値判断 with its explanation, systems, files, 委託 chains
/// as a tree, 提供/移転 counts and the key dates.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia show <file.json> [--json]",
    after_help = "例 / Example: pia show tests/fixtures/seed-000-edogawa-full.json"
)]
pub(crate) struct Args {
    /// 評価書の JSON ファイル（- は標準入力）/ the report as JSON (- is standard input)
    #[arg(value_name = "file.json", required = true)]
    file: String,
    /// JSON で出力 / print one JSON document
    #[arg(long, overrides_with = "json")]
    json: bool,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn run(self, out: &mut dyn Write) -> Outcome {
        let report = load_report(&self.file)?;
        if self.json {
            write_json(out, &as_json(&report))?;
        } else {
            write!(out, "{}", guarded(summary(&report)))?;
        }
        Ok(Exit::Success)
    }
}

/// What `--json` prints: the facts of the summary, each in the library's serde shape.
fn as_json(r: &Report) -> serde_json::Value {
    let (handlers, incident) = match &r.part {
        FormPart::Basic(p) => (
            p.threshold_items.handler_count,
            p.threshold_items.serious_incident,
        ),
        _ => (None, None),
    };
    let outcome = r
        .subject_count()
        .map(|s| decide_partial(s.into(), handlers.map(HandlerCount::from), incident))
        .and_then(|p| p.outcome());
    let files: Vec<serde_json::Value> = r
        .files
        .iter()
        .map(|f| {
            json!({
                "names": f.names,
                "data_subjects": f.data_subjects,
                "user_count": f.usage.user_count,
                "entrustment_status": f.entrustment_status,
                "entrustment_count": f.entrustment_count,
                "entrustments": f.entrustments,
                "provision_count": f.provision_transfer.provision_count,
                "provisions": f.provisions.len(),
                "transfer_count": f.provision_transfer.transfer_count,
                "transfers": f.transfers.len(),
            })
        })
        .collect();
    json!({
        "form": r.form(),
        "title": r.cover.title,
        "number": r.cover.number,
        "body": r.cover.body,
        "affair": r.affair.name,
        "subject_count": r.subject_count(),
        "stated_threshold_result": r.stated_threshold_result().map(|s| s.to_string()),
        "threshold": outcome,
        "systems": r.systems.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        "file_names": r.affair.file_names,
        "files": files,
        "published_on": r.cover.published_on,
        "changes": r.changes.len(),
        "last_change": r.changes.iter().filter_map(|c| c.date).max(),
    })
}

fn or_dash(value: Option<impl std::fmt::Display>) -> String {
    value.map_or_else(|| "－".to_owned(), |v| v.to_string())
}

/// A date as the forms write it (和暦), with the ISO date beside it: `令和6年12月6日（2024-12-06）`.
fn day(value: Option<NaiveDate>) -> String {
    match value {
        Some(d) => match WarekiDate::from_naive(d) {
            Ok(w) => format!("{w}（{d}）"),
            Err(_) => d.to_string(),
        },
        None => "－".to_owned(),
    }
}

fn set<T: mynumber_pia::Choice>(set: &CheckSet<T>) -> String {
    if set.is_empty() {
        "なし".to_owned()
    } else {
        set.to_string()
    }
}

fn range_text(interval: Interval) -> String {
    match interval.max() {
        Some(max) => format!("{}〜{max}人", interval.min()),
        None => format!("{}人以上", interval.min()),
    }
}

/// The summary of `report`, as `pia show` prints it: report text with its control characters
/// escaped (a line break inside a value as `\n`), as [`mynumber_pia::visible::Visible`] does.
pub fn summary(report: &Report) -> String {
    let mut out = String::with_capacity(4096);
    // Writing to a String cannot fail.
    let _ = write_summary(report, &mut out);
    out
}

/// A value of the report on a line of the summary: [`mynumber_pia::visible::Visible`].
fn v(text: &str) -> mynumber_pia::visible::Visible<'_> {
    mynumber_pia::visible::Visible(text)
}

/// The last guard of the summary: any character that could move the cursor or the reading order
/// still in `text` (other than the summary's own line breaks) written as its escape.
fn guarded(text: String) -> String {
    if !text.chars().any(|c| c != '\n' && is_unsafe_char(c)) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c != '\n' && is_unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

fn write_summary(r: &Report, out: &mut String) -> std::fmt::Result {
    let form = r.form();
    writeln!(
        out,
        "■ {}",
        v(r.cover.title.as_deref().unwrap_or(&r.affair.name))
    )?;
    writeln!(
        out,
        "  様式: {}　評価書番号: {}　評価実施機関: {}{}",
        form.form_title(),
        v(r.cover.number.as_deref().unwrap_or("－")),
        v(r.cover.body.as_deref().unwrap_or("－")),
        Part(r.cover.body_kind.map(|k| format!("（{k}）")))
    )?;
    writeln!(out, "  事務: {}", v(&r.affair.name))?;
    writeln!(out, "  対象人数: {}", or_dash(r.subject_count()))?;
    write_threshold(r, out)?;
    if let Some(linkage) = r.affair.info_linkage {
        writeln!(
            out,
            "  情報提供ネットワークシステムによる情報連携: {linkage}"
        )?;
    }

    writeln!(out, "\n■ システム（{}）", r.systems.len())?;
    for (i, s) in r.systems.iter().enumerate() {
        if form == AssessmentKind::Basic || s.connections.is_empty() {
            writeln!(out, "  {}. {}", i + 1, v(&s.name))?;
        } else {
            writeln!(
                out,
                "  {}. {}　接続: {}",
                i + 1,
                v(&s.name),
                set(&s.connections)
            )?;
        }
    }

    if form == AssessmentKind::Basic {
        writeln!(
            out,
            "\n■ 特定個人情報ファイル（{}）",
            r.affair.file_names.len()
        )?;
        for name in &r.affair.file_names {
            writeln!(out, "  ・{}", v(name))?;
        }
    } else {
        writeln!(
            out,
            "\n■ 特定個人情報ファイル（{} ブロック）",
            r.files.len()
        )?;
        for (i, f) in r.files.iter().enumerate() {
            write_file(i, f, out)?;
        }
    }

    write_dates(r, out)
}

fn write_threshold(r: &Report, out: &mut String) -> std::fmt::Result {
    let stated = r.stated_threshold_result();
    // Only a 基礎項目評価書 prints 取扱者数 and 重大事故 (Ⅱ2, Ⅱ3).
    let (handlers, incident) = match &r.part {
        FormPart::Basic(p) => (
            p.threshold_items.handler_count,
            p.threshold_items.serious_incident,
        ),
        _ => (None, None),
    };
    let computed: Option<PartialOutcome> = r.subject_count().map(|subjects| {
        decide_partial(subjects.into(), handlers.map(HandlerCount::from), incident)
    });
    if let FormPart::Basic(p) = &r.part {
        let t = &p.threshold_items;
        writeln!(
            out,
            "  しきい値判断項目: 対象人数 {}（{}時点）、取扱者数 {}（{}時点）、重大事故（過去1年）{}",
            or_dash(t.subject_count),
            or_dash(t.subject_count_as_of),
            or_dash(t.handler_count),
            or_dash(t.handler_count_as_of),
            or_dash(t.serious_incident)
        )?;
    }
    writeln!(out, "  しきい値判断結果（記載）: {}", or_dash(stated))?;
    match computed.as_ref().and_then(PartialOutcome::outcome) {
        Some(o) => {
            let agrees = stated.is_none_or(|s| s.required == o.required());
            writeln!(
                out,
                "  判定: {}{}",
                o.required(),
                if agrees {
                    ""
                } else {
                    "（記載と異なる）"
                }
            )?;
            writeln!(out, "  説明: {}", o.explanation())?;
        }
        None => {
            if let Some(p) = computed {
                let (lo, hi) = (p.lowest(), p.highest());
                writeln!(
                    out,
                    "  判定: {lo}〜{hi}（取扱者数と過去1年の重大事故は基礎項目評価書に記載）"
                )?;
            }
        }
    }
    if form_has_files(r) {
        writeln!(
            out,
            "  取扱者数の目安（使用者数＋委託先の取扱者数の合計）: {}",
            range_text(r.handler_interval())
        )?;
    }
    if let Some(incidents) = r.recent_incidents() {
        writeln!(
            out,
            "  過去3年以内の重大事故（リスク対策）: {}",
            or_dash(incidents.status)
        )?;
    }
    Ok(())
}

fn form_has_files(r: &Report) -> bool {
    r.form() != AssessmentKind::Basic
}

fn write_file(i: usize, f: &FileBlock, out: &mut String) -> std::fmt::Result {
    writeln!(out, "  {}. {}", i + 1, v(&f.names.join("、")))?;
    writeln!(
        out,
        "     本人の数: {}　使用者数: {}{}",
        or_dash(f.data_subjects),
        or_dash(f.usage.user_count),
        Part(f.storage.retention.map(|p| format!("　保管期間: {p}")))
    )?;
    writeln!(
        out,
        "     委託: {}　記載 {}件 / 掲載 {}件",
        or_dash(f.entrustment_status),
        or_dash(f.entrustment_count),
        f.entrustments.len()
    )?;
    let last = f.entrustments.len().saturating_sub(1);
    for (j, e) in f.entrustments.iter().enumerate() {
        write_entrustment(e, j == last, out)?;
    }
    let pt = &f.provision_transfer;
    let counts = |checked: bool, declared: Option<u32>, listed: usize| {
        if !checked && listed == 0 {
            "なし".to_owned()
        } else {
            format!("記載 {}件 / 掲載 {listed}件", or_dash(declared))
        }
    };
    writeln!(
        out,
        "     提供: {}　移転: {}{}",
        counts(pt.provision, pt.provision_count, f.provisions.len()),
        counts(pt.transfer, pt.transfer_count, f.transfers.len()),
        if pt.neither {
            "（行っていない）"
        } else {
            ""
        }
    )?;
    Ok(())
}

fn write_entrustment(e: &Entrustment, last: bool, out: &mut String) -> std::fmt::Result {
    let (branch, indent) = if last {
        ("└─", "   ")
    } else {
        ("├─", "│  ")
    };
    let title = e
        .title
        .as_deref()
        .or(e.content.as_deref())
        .unwrap_or("（委託事項）");
    writeln!(
        out,
        "       {branch} {} → {}［{}］",
        v(first_line(title)),
        v(e.entrustee
            .as_deref()
            .map(first_line)
            .unwrap_or("（委託先名なし）")),
        or_dash(e.handler_count)
    )?;
    match e.re_entrustment {
        Some(ReEntrustmentStatus::ReEntrusts) if e.re_entrustees.is_empty() => {
            writeln!(out, "       {indent} └─ 再委託する（再委託先の記載なし）")?;
        }
        Some(ReEntrustmentStatus::DoesNotReEntrust) => {
            writeln!(out, "       {indent} └─ 再委託しない")?;
        }
        _ => {}
    }
    let mut pad = format!("       {indent} ");
    for (depth, level) in e.re_entrustees.iter().enumerate() {
        let kind = match depth {
            0 => "再委託".to_owned(),
            1 => "再々委託".to_owned(),
            n => format!("{}委託", "再".repeat(n + 1)),
        };
        let permitted = match level.permitted_by_original {
            Some(true) => "許諾あり",
            Some(false) => "許諾なし",
            None => "許諾不明",
        };
        writeln!(
            out,
            "{pad}└─ {kind}: {}{}（{permitted}）",
            v(level.name.as_deref().unwrap_or("（名称の記載なし）")),
            Part(
                level
                    .items
                    .as_deref()
                    .map(|i| format!("　{}", v(first_line(i))))
            )
        )?;
        pad.push_str("   ");
    }
    Ok(())
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

fn write_dates(r: &Report, out: &mut String) -> std::fmt::Result {
    writeln!(out, "\n■ 主な日付")?;
    writeln!(out, "  公表日: {}", day(r.cover.published_on))?;
    if let Some(v) = r.cover.form_version {
        writeln!(out, "  様式: {}版", v.month().iso())?;
    }
    let p = &r.procedures;
    if r.form() != AssessmentKind::Basic {
        writeln!(
            out,
            "  基礎項目評価 実施日: {}",
            day(p.basic_assessment.date)
        )?;
        let period = &p.public_comment.period;
        if period.start.is_some() || period.end.is_some() {
            writeln!(
                out,
                "  意見の聴取: {}〜{}（{}日間）",
                day(period.start),
                day(period.end),
                or_dash(period.stated_days.or(period.days()))
            )?;
        }
        if p.third_party_review.date.is_some() || p.third_party_review.body.is_some() {
            writeln!(
                out,
                "  第三者点検: {}{}",
                day(p.third_party_review.date),
                Part(
                    p.third_party_review
                        .body
                        .as_deref()
                        .map(|b| format!("（{}）", v(b)))
                )
            )?;
        }
        if let Some(d) = r.cover.approval_date {
            writeln!(out, "  個人情報保護委員会 承認日: {}", day(Some(d)))?;
        }
    }
    let last_change = r.changes.iter().filter_map(|c| c.date).max();
    writeln!(
        out,
        "  変更箇所: {}件（最新の変更日 {}）",
        r.changes.len(),
        day(last_change)
    )
}
