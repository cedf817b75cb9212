//! `pia diff <old.json> <new.json> [--date YYYY-MM-DD] [--json]`: compares two versions of one
//! 評価書 and says, change by change, whether it is a 重要な変更 and when it is filed, then what
//! must happen next.
//!
//! Prints one line per change, `<事前|事後> <重要な変更|重要な変更に当たらない> <項目>: <変更前> →
//! <変更後>` (each value cut to 40 characters with `…`, an empty one written `（なし）`), one line
//! per consequence starting `=> `, then the summary line `N changes, N significant`. With
//! `--json`, the change set with its 変更箇所 rows (dated `--date`, else the new version's
//! 公表日, else today in Japan) as JSON instead. Exit 0 whatever the changes; 2 when a file
//! cannot be loaded or the two are not versions of one report (one line on stderr, nothing on
//! stdout).

use std::io::Write;

use chrono::NaiveDate;
use mynumber_pia::change::{Change, ChangeSet, compare};

use super::clock::today_in_japan;
use super::harness::{Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome};
use super::input::load_report;

const USAGE: &str = "使い方: pia diff <old.json> <new.json> [--date YYYY-MM-DD] [--json]";

/// The most characters of a value on a change line.
const VALUE_CHARS: usize = 40;

/// 評価書の2つの版を比較 / Compare two versions of a 評価書
///
/// 変更ごとに `<事前|事後> <重要な変更|重要な変更に当たらない> <項目>: <変更前> → <変更後>` を1行ずつ、
/// 続いて `=> ` で始まる行に再実施としきい値判断、最後に `N changes, N significant` を出力します。
/// 終了コード: 0（変更の有無によらない）、読み込めない・同じ評価書の版でない 2。
///
/// Prints one line per change, one line per consequence (`=> `), then the summary line. Exit 0
/// whatever the changes; 2 when a file cannot be loaded or the two are not versions of one
/// report.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia diff <old.json> <new.json> [--date YYYY-MM-DD] [--json]",
    after_help = "例 / Example: pia diff old.json tests/fixtures/seed-000-edogawa-full.json"
)]
pub(crate) struct Args {
    /// 変更前の評価書の JSON ファイル / the old version as JSON
    #[arg(value_name = "old.json")]
    old: Option<String>,
    /// 変更後の評価書の JSON ファイル / the new version as JSON
    #[arg(value_name = "new.json")]
    new: Option<String>,
    /// 変更箇所の変更日（省略時は変更後の公表日、なければ日本の今日の日付）/ the 変更日 of the rows
    /// (default: the new version's 公表日, else today's date in Japan)
    #[arg(
        long,
        value_name = "YYYY-MM-DD",
        allow_hyphen_values = true,
        overrides_with = "date"
    )]
    date: Option<String>,
    /// 変更と変更箇所の行を JSON で出力 / Print the change set and its rows as JSON
    #[arg(long, overrides_with = "json")]
    json: bool,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::MissingValue(_) => format!("--date の日付がありません: {USAGE}"),
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        let (Some(old_path), Some(new_path)) = (self.old, self.new) else {
            return Err(Failure::usage(format!(
                "引数 <old.json> <new.json> がありません: {USAGE}"
            )));
        };
        let date = match &self.date {
            Some(text) => Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
                Failure::usage(format!(
                    "--date「{}」は日付（YYYY-MM-DD）ではありません",
                    Echo::arg(text)
                ))
            })?),
            None => None,
        };
        let old = load_report(&old_path, |e| format!("読み込めません: {e}"))?;
        let new = load_report(&new_path, |e| format!("読み込めません: {e}"))?;
        let set = compare(&old, &new).map_err(|e| {
            Failure::usage(format!(
                "{} と {} は同じ評価書の版ではありません（{e}）",
                Echo::path(&old_path),
                Echo::path(&new_path)
            ))
        })?;
        if self.json {
            let date = match date.or(new.cover.published_on) {
                Some(d) => d,
                None => today_in_japan().map_err(Failure::usage)?,
            };
            write_json(out, &set, date)?;
        } else {
            write_changes(out, &set)?;
        }
        Ok(Exit::Success)
    }
}

/// The change set as JSON, with its 変更箇所 rows dated `date` under `records`.
fn write_json(out: &mut dyn Write, set: &ChangeSet, date: NaiveDate) -> Result<(), Failure> {
    let failed = |e: serde_json::Error| Failure::usage(format!("JSON 出力に失敗しました: {e}"));
    let mut value = serde_json::to_value(set).map_err(failed)?;
    let records = serde_json::to_value(set.records(date)).map_err(failed)?;
    if let Some(object) = value.as_object_mut() {
        object.insert("records".to_owned(), records);
    }
    let text = serde_json::to_string_pretty(&value).map_err(failed)?;
    writeln!(out, "{text}")?;
    Ok(())
}

/// The change lines, the consequence lines and the summary line.
fn write_changes(out: &mut dyn Write, set: &ChangeSet) -> std::io::Result<()> {
    for change in set.changes() {
        writeln!(out, "{}", change_line(change))?;
    }
    for consequence in set.consequences() {
        writeln!(out, "=> {consequence}")?;
    }
    writeln!(out, "{}", set.summary())
}

/// `<事前|事後> <重要な変更|重要な変更に当たらない> <項目>: <変更前> → <変更後>`.
fn change_line(change: &Change) -> String {
    format!(
        "{} {} {}: {} → {}",
        change.timing(),
        change.significance(),
        flat(change.place()),
        shown(change.before()),
        shown(change.after())
    )
}

/// A value on one line: white space and control characters (line breaks) as one space, at most
/// [`VALUE_CHARS`] characters (the last one `…` when cut), `（なし）` when empty.
fn shown(value: Option<&str>) -> String {
    let text = value.map(flat).unwrap_or_default();
    if text.is_empty() {
        return "（なし）".to_owned();
    }
    if text.chars().count() <= VALUE_CHARS {
        return text;
    }
    let mut cut: String = text.chars().take(VALUE_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// `text` on one line: each run of white space or control characters (line breaks, tabs)
/// becomes one space, none at the ends. The full-width space of the forms stays.
fn flat(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if (c.is_whitespace() && c != '\u{3000}') || c.is_control() {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_one_line_and_cut_at_40() {
        assert_eq!(shown(None), "（なし）");
        assert_eq!(shown(Some(" \n")), "（なし）");
        assert_eq!(shown(Some("・A\n・B\r\n\t・C")), "・A ・B ・C");
        let forty = "あ".repeat(40);
        assert_eq!(shown(Some(&forty)), forty);
        let long = "あ".repeat(41);
        let cut = shown(Some(&long));
        assert_eq!(cut.chars().count(), 40);
        assert!(cut.ends_with("あ…"));
        assert_eq!(flat("Ⅵ　１．基礎項目評価\u{1b}"), "Ⅵ　１．基礎項目評価");
    }
}
