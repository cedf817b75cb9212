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
//! `--trace TRACE.json` (with one file: a draft of `pia import` and the trace it wrote) tells the
//! findings on items the import left empty from the others (`import::Gaps`): such a finding's
//! line ends with `［取込みで未読: 12–15行 IU001 …］` (lines at the item's place were left unread)
//! or `［取込みで未読: この部分を読めていません］` (nothing of its part of the form was read), and
//! in `--json` it carries `"import": {"gap": "unread", "unread": […]}` or `{"gap": "absent"}`;
//! after the summary line, `取込みで未読の項目への指摘 N 件`. The codes and severities stay the
//! validation's: the mark says where to look before taking the finding for a fault of the report.
//!
//! Without `--as-of`, the reference date of the time checks is today's date in Japan (UTC+9,
//! whatever the machine's time zone), read from the system clock by `clock.rs`; the library
//! itself never reads the clock.

use std::io::{self, Write};

use mynumber_pia::import::{Gap, Gaps};
use mynumber_pia::validation::{Finding, Severity, ValidationReport, validate};
use mynumber_pia::visible::Visible;
use serde_json::json;

use super::clock::reference_date;
use super::harness::{Command, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, Part, write_json};
use super::input::{load_report, load_trace, shown_name, stdin_once};

const USAGE: &str =
    "使い方: pia validate <file.json>... [--as-of 日付] [--json] [--trace TRACE.json]";

/// 評価書を検査 / Validate 評価書
///
/// ファイルごとに、指摘を `<severity> <code> <path> <様式の項目>: <message>` で1行ずつ、最後に`N errors, N warnings, N infos` を出力します。複数のファイルでは各行の先頭にファイル名を付けます。`-` は標準入力。--trace（pia import の下書き1つとその読取り記録）では、取込みで読めなかった項目への指摘の行末に［取込みで未読: …］を付けます（--json では "import"）。終了コード: エラーなし 0、どれかにエラーあり 1、読み込めない 2。
///
/// Prints one block per file: one line per finding (the JSON path, then the form item), then the
/// summary line; with several files each line starts with the file's name. `-` is standard
/// input. With --trace (one draft of pia import and its trace), a finding on an item the import
/// did not read is marked ［取込みで未読: …］ (in --json, "import"). Exit 0 without errors, 1 when
/// any file has an error, 2 when a file cannot be loaded.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia validate <file.json>... [--as-of 日付] [--json] [--trace TRACE.json]",
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
    /// 下書きの読取り記録（pia import --trace）。取込みで読めなかった項目への指摘に印を付ける /
    /// the draft's trace (pia import --trace): findings on items the import did not read are
    /// marked
    #[arg(
        long,
        value_name = "TRACE.json",
        allow_hyphen_values = true,
        overrides_with = "trace"
    )]
    trace: Option<String>,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::MissingValue(option) if option == "--trace" => {
                format!("--trace のファイル名がありません: {USAGE}")
            }
            Misuse::MissingValue(option) => format!("{option} の日付がありません: {USAGE}"),
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        if self.trace.is_some() && self.files.len() > 1 {
            return Err(Failure::usage(format!(
                "--trace は下書き1つと使います（{} 個のファイルが指定されています）: {USAGE}",
                self.files.len()
            )));
        }
        stdin_once(self.files.iter().chain(&self.trace))?;
        let today = reference_date(self.as_of.as_deref())?;
        let trace = self.trace.as_deref().map(load_trace).transpose()?;
        let gaps = trace.as_ref().map(Gaps::new);
        let results = self
            .files
            .iter()
            .map(|file| {
                let report = load_report(file)?;
                Ok((shown_name(file), validate(&report, today)))
            })
            .collect::<Result<Vec<_>, Failure>>()?;
        if self.json {
            write_json(out, &as_json(today, &results, gaps.as_ref()))?;
        } else {
            let named = results.len() > 1;
            for (file, result) in &results {
                write_findings(out, named.then_some(*file), result, gaps.as_ref())?;
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
    gaps: Option<&Gaps<'_>>,
) -> io::Result<()> {
    let prefix = Part(file.map(|f| format!("{}: ", Visible(f))));
    let mut marked = 0;
    for finding in result {
        let gap = gaps.and_then(|g| gap_of(g, finding));
        let mark = Part(gap.as_ref().map(gap_mark));
        marked += usize::from(gap.is_some());
        writeln!(out, "{prefix}{}{mark}", finding.line())?;
    }
    writeln!(out, "{prefix}{}", result.summary())?;
    if gaps.is_some() {
        writeln!(out, "{prefix}取込みで未読の項目への指摘 {marked} 件")?;
    }
    Ok(())
}

/// The gap of the item `finding` is on, if the import left it empty.
fn gap_of(gaps: &Gaps<'_>, finding: &Finding) -> Option<Gap> {
    gaps.at(finding.path())
}

/// The mark at the end of a finding's line: `［取込みで未読: 12–15行 IU001 どの項目にも属さない、…］`
/// (the first three ranges, then how many more), or the words of a part not read at all.
fn gap_mark(gap: &Gap) -> String {
    match gap {
        Gap::Unread(ranges) => {
            let shown: Vec<String> = ranges
                .iter()
                .take(3)
                .map(|u| {
                    let [first, last] = u.lines;
                    let lines = if first == last {
                        format!("{first}行")
                    } else {
                        format!("{first}–{last}行")
                    };
                    format!("{lines} {} {}", u.reason.code(), u.reason.message())
                })
                .collect();
            let more = Part(
                ranges
                    .len()
                    .checked_sub(3)
                    .filter(|&n| n > 0)
                    .map(|n| format!("、ほか {n} 箇所")),
            );
            format!("　［取込みで未読: {}{more}］", shown.join("、"))
        }
        Gap::Absent => "　［取込みで未読: この部分を読めていません］".to_owned(),
        _ => "　［取込みで未読］".to_owned(),
    }
}

/// A finding as `--json` writes it: the finding, and with a trace its `import` gap.
fn finding_json(finding: &Finding, gaps: Option<&Gaps<'_>>) -> serde_json::Value {
    let mut value = json!(finding);
    let gap = gaps.and_then(|g| gap_of(g, finding));
    if let (Some(gap), Some(object)) = (gap, value.as_object_mut()) {
        let import = match gap {
            Gap::Unread(ranges) => json!({"gap": "unread", "unread": ranges}),
            _ => json!({"gap": "absent"}),
        };
        object.insert("import".to_owned(), import);
    }
    value
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
fn as_json(
    today: chrono::NaiveDate,
    results: &[(&str, ValidationReport)],
    gaps: Option<&Gaps<'_>>,
) -> serde_json::Value {
    let files: Vec<serde_json::Value> = results
        .iter()
        .map(|(file, result)| {
            let findings: Vec<serde_json::Value> = result
                .findings()
                .iter()
                .map(|f| finding_json(f, gaps))
                .collect();
            json!({
                "file": file,
                "findings": findings,
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
