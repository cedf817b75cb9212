//! `pia validate <file.json>... [--as-of DATE] [--json]`: validates one 評価書 or a batch.
//!
//! Prints one block per file: one line per finding,
//! `<severity> <code> <path> <form item>: <message>` ([`Finding::line`](mynumber_pia::validation::Finding::line): the JSON path, then the
//! form item as a person reads it, `Ⅱ（国保ファイル）4 委託事項1 ③ 委託先名`), then the summary
//! line `N errors, N warnings, N infos`. With more than one file, every line starts with the
//! file's name and `: ` (as `grep` does). `-` is standard input. With `--json`, one JSON document
//! instead (`schema/cli-validate.schema.json`): the reference date, each file with its findings
//! and summary, and the summary of all. Exit 0 without errors, 1 when any file has an error, 2
//! when a file cannot be loaded or the arguments are wrong (one line on stderr, nothing on
//! stdout: every file is loaded before anything is printed).
//!
//! Without `--as-of`, the reference date of the time checks is today's date in Japan (UTC+9,
//! whatever the machine's time zone), read from the system clock by `clock.rs`; the library
//! itself never reads the clock.

use std::io::{self, Write};

use mynumber_pia::validation::{Severity, ValidationReport, validate};
use mynumber_pia::visible::Visible;
use serde_json::json;

use super::clock::reference_date;
use super::harness::{Command, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, Part, write_json};
use super::input::{load_report, shown_name, stdin_once};

const USAGE: &str = "使い方: pia validate <file.json>... [--as-of 日付] [--json]";

/// 評価書を検査 / Validate 評価書
///
/// ファイルごとに、指摘を `<severity> <code> <path> <様式の項目>: <message>` で1行ずつ、最後に`N errors, N warnings, N infos` を出力します。複数のファイルでは各行の先頭にファイル名を付けます。`-` は標準入力。終了コード: エラーなし 0、どれかにエラーあり 1、読み込めない 2。
///
/// Prints one block per file: one line per finding (the JSON path, then the form item), then the
/// summary line; with several files each line starts with the file's name. `-` is standard
/// input. Exit 0 without errors, 1 when any file has an error, 2 when a file cannot be loaded.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia validate <file.json>... [--as-of 日付] [--json]",
    after_help = "例 / Example: pia validate tests/fixtures/seed-002-kawaguchi-focused.json \
                  --as-of 令和8年11月20日"
)]
pub(crate) struct Args {
    /// 評価書の JSON ファイル（1つ以上、- は標準入力）/ the reports as JSON (one or more; - is
    /// standard input)
    #[arg(value_name = "file.json", required = true)]
    files: Vec<String>,
    /// 期限の検査の基準日（2025-04-01、令和7年4月1日、R7.4.1。省略時は日本の今日の日付）/ the
    /// reference date of the time checks, ISO or 和暦 (default: today's date in Japan)
    #[arg(
        long = "as-of",
        alias = "today",
        value_name = "日付",
        allow_hyphen_values = true,
        overrides_with = "as_of"
    )]
    as_of: Option<String>,
    /// JSON で出力 / print one JSON document
    #[arg(long, overrides_with = "json")]
    json: bool,
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
        stdin_once(&self.files)?;
        let today = reference_date(self.as_of.as_deref())?;
        let results = self
            .files
            .iter()
            .map(|file| {
                let report = load_report(file)?;
                Ok((shown_name(file), validate(&report, today)))
            })
            .collect::<Result<Vec<_>, Failure>>()?;
        if self.json {
            write_json(out, &as_json(today, &results))?;
        } else {
            let named = results.len() > 1;
            for (file, result) in &results {
                write_findings(out, named.then_some(*file), result)?;
            }
        }
        let errors = results.iter().any(|(_, r)| r.has_errors());
        Ok(Exit::unless(errors, Exit::ErrorsFound))
    }
}

/// Writes the findings of one file to `out`, one line each ([`Finding::line`]), then the summary
/// line `N errors, N warnings, N infos`; each line starts with `<file>: ` when `file` is given.
///
/// [`Finding::line`]: mynumber_pia::validation::Finding::line
fn write_findings(
    out: &mut dyn Write,
    file: Option<&str>,
    result: &ValidationReport,
) -> io::Result<()> {
    let prefix = Part(file.map(|f| format!("{}: ", Visible(f))));
    for finding in result {
        writeln!(out, "{prefix}{}", finding.line())?;
    }
    writeln!(out, "{prefix}{}", result.summary())
}

/// The counts of `result` by severity.
fn counts<'a>(results: impl Iterator<Item = &'a ValidationReport> + Clone) -> serde_json::Value {
    let count = |s: Severity| results.clone().map(|r| r.count(s)).sum::<usize>();
    json!({
        "errors": count(Severity::Error),
        "warnings": count(Severity::Warning),
        "infos": count(Severity::Info),
    })
}

/// What `--json` prints: the reference date, each file (its name, findings and summary) and the
/// summary of all files.
fn as_json(today: chrono::NaiveDate, results: &[(&str, ValidationReport)]) -> serde_json::Value {
    let files: Vec<serde_json::Value> = results
        .iter()
        .map(|(file, result)| {
            json!({
                "file": file,
                "findings": result.findings(),
                "summary": counts(std::iter::once(result)),
            })
        })
        .collect();
    json!({
        "as_of": today,
        "files": files,
        "summary": counts(results.iter().map(|(_, r)| r)),
    })
}
