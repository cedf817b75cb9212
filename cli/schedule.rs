//! `pia schedule <file.json>... [--today YYYY-MM-DD] [--incident YYYY-MM-DD] [--json | --ics]`:
//! the dated duties of a set of 評価書 and the problems of their register (様式1).
//!
//! Prints one line per obligation, by due date,
//! `<YYYY-MM-DD> <overdue|due-soon|later> <kind> <評価書番号> <評価書名>: <reason>` (`<kind>` is
//! one word: 再実施, 見直し, 計数時点, 重大事故, 公表継続; a missing 評価書番号 or 評価書名 is
//! written `-`), then `warning <message>` for each problem of the register, then
//! `N obligations, N overdue`. `--json` and `--ics` print the same as JSON or as an iCalendar
//! (RFC 5545) instead. `--incident` adds the body-wide effect of a 重大事故 on that day
//! (指針 第5の2). Exit 0; 1 when an obligation is overdue; 2 when a file cannot be loaded or an
//! argument is wrong (one line on stderr, nothing on stdout).
//!
//! Without `--today`, the reference date is today's date in Japan (`clock.rs`).

use std::io::Write;

use mynumber_pia::report::Report;
use mynumber_pia::schedule::{Obligation, Register};
use serde_json::json;

use super::clock::{date_option, reference_date};
use super::harness::{Command, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome};
use super::input::load_report;

const USAGE: &str = "使い方: pia schedule <file.json>... [--today YYYY-MM-DD] [--incident YYYY-MM-DD] [--json | --ics]";

/// 評価書の期限を一覧 / List the dated duties of 評価書
///
/// 義務ごとに `<期限> <overdue|due-soon|later> <種類> <評価書番号> <評価書名>: <理由>` を期限順に1行ずつ、
/// 計画管理書の問題を `warning <message>` で、最後に `N obligations, N overdue` を出力します。
/// 終了コード: 0、期限を過ぎた義務があれば 1、読み込めない・引数の誤りは 2。
///
/// Prints one line per obligation by due date, a `warning` line per register problem, then the
/// summary line. Exit 0, 1 when an obligation is overdue, 2 on a file that cannot be loaded or a
/// bad argument.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia schedule <file.json>... [--today YYYY-MM-DD] [--incident YYYY-MM-DD] [--json | --ics]",
    after_help = "例 / Example: pia schedule tests/fixtures/seed-000-edogawa-full.json \
                  tests/fixtures/seed-003-kumagaya-basic.json --today 2026-11-20"
)]
pub(crate) struct Args {
    /// 評価書の JSON ファイル（1つ以上）/ the reports as JSON (one or more)
    #[arg(value_name = "file.json")]
    files: Vec<String>,
    /// 基準日（省略時は日本の今日の日付）/ the reference date (default: today's date in Japan)
    #[arg(
        long,
        value_name = "YYYY-MM-DD",
        allow_hyphen_values = true,
        overrides_with = "today"
    )]
    today: Option<String>,
    /// 評価実施機関の重大事故の発生日（指針 第5の2）/ the day of a serious incident in the body
    #[arg(
        long,
        value_name = "YYYY-MM-DD",
        allow_hyphen_values = true,
        overrides_with = "incident"
    )]
    incident: Option<String>,
    /// JSON で出力 / print JSON
    #[arg(long)]
    json: bool,
    /// iCalendar（RFC 5545）で出力 / print an iCalendar
    #[arg(long)]
    ics: bool,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::MissingValue(option) => format!("{option} の日付がありません: {USAGE}"),
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        if self.files.is_empty() {
            return Err(Failure::usage(format!(
                "引数 <file.json> がありません: {USAGE}"
            )));
        }
        if self.json && self.ics {
            return Err(Failure::usage(format!(
                "--json と --ics は同時に指定できません: {USAGE}"
            )));
        }
        let today = reference_date(self.today.as_deref())?;
        let incident = self
            .incident
            .as_deref()
            .map(|text| date_option("--incident", text))
            .transpose()?;
        let reports = self
            .files
            .iter()
            .map(|path| load_report(path, |e| format!("読み込めません: {e}")))
            .collect::<Result<Vec<Report>, Failure>>()?;
        let mut register = Register::new(&reports, today);
        if let Some(incident) = incident {
            register = register.with_incident(incident);
        }
        if self.json {
            let text = serde_json::to_string_pretty(&as_json(&register))
                .map_err(|e| Failure::usage(format!("JSON を書けませんでした: {e}")))?;
            writeln!(out, "{text}")?;
        } else if self.ics {
            out.write_all(register.to_icalendar().as_bytes())?;
        } else {
            for o in &register.obligations {
                writeln!(out, "{}", line(o))?;
            }
            for problem in &register.problems {
                writeln!(out, "warning {problem}")?;
            }
            writeln!(out, "{}", register.summary())?;
        }
        Ok(if register.overdue() > 0 {
            Exit::Overdue
        } else {
            Exit::Success
        })
    }
}

/// `<YYYY-MM-DD> <status> <kind> <評価書番号> <評価書名>: <reason>`.
fn line(o: &Obligation) -> String {
    format!(
        "{} {} {} {} {}: {}",
        o.due,
        o.status,
        o.kind.label(),
        field(o.report.number.as_deref()),
        field(o.report.title.as_deref()),
        o.reason
    )
}

/// A cover field on the line: `-` when missing, control characters escaped so that the line
/// stays one line.
fn field(text: Option<&str>) -> String {
    match text {
        None => "-".to_owned(),
        Some(text) => text
            .chars()
            .flat_map(|c| {
                let escaped: Vec<char> = if c.is_control() {
                    c.escape_default().collect()
                } else {
                    vec![c]
                };
                escaped
            })
            .collect(),
    }
}

/// The register as `--json` prints it: the reference date, the rows of the register, the
/// obligations, the warnings (each problem with its message and source) and the summary.
fn as_json(register: &Register) -> serde_json::Value {
    let warnings: Vec<serde_json::Value> = register
        .problems
        .iter()
        .map(|p| {
            json!({
                "problem": p.as_str(),
                "message": p.to_string(),
                "source": p.source(),
            })
        })
        .collect();
    json!({
        "as_of": register.as_of,
        "register": register.entries,
        "obligations": register.obligations,
        "warnings": warnings,
        "summary": {
            "obligations": register.obligations.len(),
            "overdue": register.overdue(),
        },
    })
}
