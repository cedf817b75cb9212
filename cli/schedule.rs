//! `pia schedule <file.json>... [--as-of DATE] [--incident DATE] [--json | --ics]`:
//! the dated duties of a set of 評価書 and the problems of their register (様式1).
//!
//! Prints one line per obligation, by due date,
//! `<YYYY-MM-DD> <overdue|due-soon|later> <kind> <評価書番号> <評価書名>: <reason>` (`<kind>` is
//! one word: 再実施, 見直し, 計数時点, 重大事故, 公表継続; a missing 評価書番号 or 評価書名 is
//! written `-`; when two files have the same cover, as copies do, each line starts with
//! `<file>: `), then `warning <message>` for each problem of the register (a message that comes
//! several times once, ending `（同じ警告 N 件）`), then `N obligations, N overdue`. `--json` and `--ics` print the same as JSON or as an iCalendar
//! (RFC 5545) instead. `--incident` adds the body-wide effect of a 重大事故 on that day
//! (指針 第5の2), naming every assessment each affected 事務 has not filed; an incident after
//! the reference date is bad input. Dates are ISO or 和暦 (`令和7年4月1日`, `R7.4.1`); `-` is
//! standard input. Exit 0 (always with `--ics`: writing a calendar is not a check); 1 when an
//! obligation is overdue; 2 when a file cannot be loaded or an argument is wrong (one line on
//! stderr, nothing on stdout). Report text on a line is written with its control characters
//! escaped ([`mynumber_pia::visible::Visible`]).
//!
//! Without `--as-of` (old spelling `--today`), the reference date is today's date in Japan
//! (`clock.rs`).

use std::collections::HashMap;
use std::io::Write;

use mynumber_pia::report::Report;
use mynumber_pia::schedule::{Obligation, ObligationKind, Register, ReportRef, to_icalendar};
use mynumber_pia::visible::Visible;
use mynumber_pia::wareki::WarekiDate;
use serde_json::json;

use super::clock::{date_option, reference_date};
use super::harness::{Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, write_json};
use super::input::{load_report, shown_name, stdin_once};

const USAGE: &str =
    "使い方: pia schedule <file.json>... [--as-of 日付] [--incident 日付] [--json | --ics]";

/// 評価書の期限を一覧 / List the dated duties of 評価書
///
/// 義務ごとに `<期限> <overdue|due-soon|later> <種類> <評価書番号> <評価書名>: <理由>` を期限順に1行ずつ、計画管理書の問題を `warning <message>` で、最後に `N obligations, N overdue` を出力します。終了コード: 0（--ics は常に 0）、期限を過ぎた義務があれば 1、読み込めない・引数の誤りは 2。
///
/// Prints one line per obligation by due date, a `warning` line per register problem, then the
/// summary line. Exit 0 (always with --ics), 1 when an obligation is overdue, 2 on a file that
/// cannot be loaded or a bad argument.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia schedule <file.json>... [--as-of 日付] [--incident 日付] [--json | --ics]",
    after_help = "例 / Example: pia schedule tests/fixtures/seed-000-edogawa-full.json \
                  tests/fixtures/seed-003-kumagaya-basic.json --as-of 2026-11-20"
)]
pub(crate) struct Args {
    /// 評価書の JSON ファイル（1つ以上、- は標準入力）/ the reports as JSON (one or more; - is
    /// standard input)
    #[arg(value_name = "file.json", required = true)]
    files: Vec<String>,
    /// 基準日（2025-04-01、令和7年4月1日、R7.4.1。省略時は日本の今日の日付）/ the reference date,
    /// ISO or 和暦 (default: today's date in Japan)
    #[arg(
        long = "as-of",
        alias = "today",
        value_name = "日付",
        allow_hyphen_values = true,
        overrides_with = "as_of"
    )]
    as_of: Option<String>,
    /// 評価実施機関の重大事故の発生日（指針 第5の2、基準日以前）/ the day of a serious incident in
    /// the body (on or before the reference date)
    #[arg(
        long,
        value_name = "日付",
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
        if self.json && self.ics {
            return Err(Failure::usage(format!(
                "--json と --ics は同時に指定できません: {USAGE}"
            )));
        }
        stdin_once(&self.files)?;
        let today = reference_date(self.as_of.as_deref())?;
        let incident = self
            .incident
            .as_deref()
            .map(|text| date_option("--incident", text))
            .transpose()?;
        if let Some(incident) = incident.filter(|&d| d > today) {
            return Err(Failure::usage(format!(
                "--incident {} は基準日 {} より後です: 重大事故の発生日は基準日以前の日付です",
                shown_day(incident),
                shown_day(today)
            )));
        }
        let reports = self
            .files
            .iter()
            .map(|path| load_report(path.as_str()))
            .collect::<Result<Vec<Report>, Failure>>()?;
        let mut register = Register::new(&reports, today);
        if let Some(incident) = incident {
            register = register.with_incident(incident);
        }
        if self.json {
            write_json(out, &as_json(&register))?;
        } else if self.ics {
            out.write_all(to_icalendar(&register.obligations, register.as_of).as_bytes())?;
            // Writing a calendar is not a check.
            return Ok(Exit::Success);
        } else {
            let mut files = Files::new(&self.files, &reports);
            for o in &register.obligations {
                writeln!(out, "{}{}", files.prefix(o), line(o))?;
            }
            for (message, count) in once_each(register.problems.iter().map(ToString::to_string)) {
                let times = if count > 1 {
                    format!("（同じ警告 {count} 件）")
                } else {
                    String::new()
                };
                writeln!(out, "warning {}{times}", Visible(&message))?;
            }
            writeln!(out, "{}", register.summary())?;
        }
        Ok(Exit::unless(register.overdue() > 0, Exit::Overdue))
    }
}

/// The files of the reports, for the obligation lines when the reports' covers do not tell them
/// apart: when two reports have the same form, 評価書番号, 評価書名 and 評価実施機関 (the same file
/// given twice, or copies), every obligation line starts with `<file>: `, as `validate`'s lines do
/// with several files.
struct Files<'a> {
    /// Each report's identity and file name, in the order given; empty when the covers differ.
    named: Vec<(ReportRef, &'a str)>,
    /// How many obligations of each (report, kind, due) were already given a file.
    used: HashMap<(ReportRef, ObligationKind, chrono::NaiveDate), usize>,
}

impl<'a> Files<'a> {
    fn new(paths: &'a [String], reports: &[Report]) -> Self {
        let refs: Vec<ReportRef> = reports.iter().map(ReportRef::of).collect();
        let alike = refs
            .iter()
            .enumerate()
            .any(|(i, r)| refs.iter().skip(i + 1).any(|other| other == r));
        let named = if alike {
            refs.into_iter()
                .zip(paths.iter().map(|p| shown_name(p)))
                .collect()
        } else {
            Vec::new()
        };
        Files {
            named,
            used: HashMap::new(),
        }
    }

    /// `<file>: ` for the obligation `o` when the covers do not tell the reports apart: the
    /// file of the n-th report of its cover, for the n-th obligation of that kind and day (each
    /// report has its own).
    fn prefix(&mut self, o: &Obligation) -> String {
        if self.named.is_empty() {
            return String::new();
        }
        let key = (o.report.clone(), o.kind, o.due);
        let n = self.used.entry(key).or_insert(0);
        let file = self
            .named
            .iter()
            .filter(|(r, _)| *r == o.report)
            .nth(*n)
            .map_or("-", |(_, file)| file);
        *n += 1;
        format!("{}: ", Echo::path(file))
    }
}

/// Each distinct message once, in the order first met, with how many times it came.
fn once_each(messages: impl Iterator<Item = String>) -> Vec<(String, usize)> {
    let mut counted: Vec<(String, usize)> = Vec::new();
    for message in messages {
        match counted.iter_mut().find(|(m, _)| *m == message) {
            Some((_, count)) => *count += 1,
            None => counted.push((message, 1)),
        }
    }
    counted
}

/// A day as messages show it: `令和7年4月1日（2025-04-01）`.
fn shown_day(day: chrono::NaiveDate) -> String {
    match WarekiDate::from_naive(day) {
        Ok(w) => format!("{w}（{day}）"),
        Err(_) => day.to_string(),
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
        Visible(&o.reason.to_string())
    )
}

/// A cover field on the line: `-` when missing, control characters escaped so that the line
/// stays one line.
fn field(text: Option<&str>) -> String {
    text.map_or_else(|| "-".to_owned(), |t| Visible(t).to_string())
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
