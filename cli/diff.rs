//! `pia diff <old.json> <new.json> [--as-of DATE] [--json]`: compares two versions of one
//! 評価書 and says, change by change, whether it is a 重要な変更 and when it is filed, then what
//! must happen next.
//!
//! Prints one line per change, `<事前|事後> <重要な変更|重要な変更に当たらない> <項目>: <変更前> →
//! <変更後>` (a long value cut to 40 characters with `…`, from a little before where the two
//! values first differ, so that the difference shows; an empty one written `（なし）`), one line
//! per consequence starting `=> `, a line `変更箇所: …` when the 変更箇所 rows of the two versions
//! differ (rows added and removed; the rows are the versions' log, not a change of the form's
//! items), then the summary line `N changes, N significant`. A 委託先,
//! 提供先, system or file renamed with the rest unchanged is one change, `<old name> → <new
//! name>`. With `--json`, the change set with its 変更箇所 rows (dated `--as-of`, old spelling
//! `--date`, else the new version's 公表日, else today in Japan) as JSON instead. `-` is
//! standard input for one of the two. Exit 0 when the versions are the same, 1 when they differ,
//! their 変更箇所 rows included (as diff(1) does); 2 when a file cannot be loaded or the two are not versions of one report
//! (one line on stderr, nothing on stdout).

use std::io::Write;

use chrono::NaiveDate;
use mynumber_pia::change::{Change, ChangeSet, compare};
use mynumber_pia::report::{ChangeRecord, Report};

use mynumber_pia::visible::is_unsafe_char;

use super::clock::{date_option, today_in_japan};
use super::harness::{
    Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, unwritable_json, write_json,
};
use super::input::{load_report, shown_name, stdin_once};

const USAGE: &str = "使い方: pia diff <old.json> <new.json> [--as-of 日付] [--json]";

/// The most characters of a value on a change line.
const VALUE_CHARS: usize = 40;

/// The characters a cut value keeps before the first one that differs.
const CONTEXT_CHARS: usize = 10;

/// 評価書の2つの版を比較 / Compare two versions of a 評価書
///
/// 変更ごとに `<事前|事後> <重要な変更|重要な変更に当たらない> <項目>: <変更前> → <変更後>` を1行ずつ、続いて `=> ` で始まる行に再実施としきい値判断、最後に `N changes, N significant` を出力します。終了コード: 変更なし 0、変更あり 1（diff(1) と同じ）、読み込めない・同じ評価書の版でない 2。
///
/// Prints one line per change, one line per consequence (`=> `), then the summary line. Exit 0
/// when the versions are the same, 1 when they differ (as diff(1)); 2 when a file cannot be
/// loaded or the two are not versions of one report.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia diff <old.json> <new.json> [--as-of 日付] [--json]",
    after_help = "例 / Example: pia diff tests/fixtures/seed-002-kawaguchi-focused.json \
                  tests/fixtures/versions/seed-002-kawaguchi-focused-v2.json"
)]
pub(crate) struct Args {
    /// 変更前の評価書の JSON ファイル / the old version as JSON
    #[arg(value_name = "old.json", required = true)]
    old: String,
    /// 変更後の評価書の JSON ファイル / the new version as JSON
    #[arg(value_name = "new.json", required = true)]
    new: String,
    /// 変更箇所の変更日（ISO または和暦。省略時は変更後の公表日、なければ日本の今日の日付）/ the
    /// 変更日 of the rows, ISO or 和暦 (default: the new version's 公表日, else today in Japan)
    #[arg(
        long = "as-of",
        alias = "date",
        value_name = "日付",
        allow_hyphen_values = true,
        overrides_with = "as_of"
    )]
    as_of: Option<String>,
    /// 変更と変更箇所の行を JSON で出力 / Print the change set and its rows as JSON
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
        let (old_path, new_path) = (self.old, self.new);
        let date = self
            .as_of
            .as_deref()
            .map(|text| date_option("--as-of", text))
            .transpose()?;
        stdin_once([&old_path, &new_path])?;
        let old = load_report(&old_path)?;
        let new = load_report(&new_path)?;
        let set = compare(&old, &new).map_err(|e| {
            Failure::usage(format!(
                "{} と {} は同じ評価書の版ではありません（{e}）",
                Echo::path(shown_name(&old_path)),
                Echo::path(shown_name(&new_path))
            ))
        })?;
        if self.json {
            let date = match date.or(new.cover.published_on) {
                Some(d) => d,
                None => today_in_japan().map_err(Failure::usage)?,
            };
            write_set_json(out, &set, date)?;
        } else {
            write_changes(out, &set, &RowChanges::of(&old, &new))?;
        }
        let rows_differ = old.changes != new.changes;
        Ok(Exit::unless(
            !set.changes().is_empty() || rows_differ,
            Exit::Differs,
        ))
    }
}

/// The change set as JSON, with its 変更箇所 rows dated `date` under `records`.
fn write_set_json(out: &mut dyn Write, set: &ChangeSet, date: NaiveDate) -> Result<(), Failure> {
    let mut value = serde_json::to_value(set).map_err(unwritable_json)?;
    let records = serde_json::to_value(set.records(date)).map_err(unwritable_json)?;
    if let Some(object) = value.as_object_mut() {
        object.insert("records".to_owned(), records);
    }
    write_json(out, &value)
}

/// How the 変更箇所 rows of two versions differ: the rows of the new version that the old lacks,
/// and the rows of the old that the new lacks (compared whole, in order of the new and the old).
struct RowChanges {
    added: usize,
    removed: usize,
    old: usize,
    new: usize,
}

impl RowChanges {
    fn of(old: &Report, new: &Report) -> Self {
        let missing_from = |rows: &[ChangeRecord], other: &[ChangeRecord]| {
            rows.iter().filter(|row| !other.contains(row)).count()
        };
        RowChanges {
            added: missing_from(&new.changes, &old.changes),
            removed: missing_from(&old.changes, &new.changes),
            old: old.changes.len(),
            new: new.changes.len(),
        }
    }
}

/// The change lines, the consequence lines, the 変更箇所 line and the summary line.
fn write_changes(out: &mut dyn Write, set: &ChangeSet, rows: &RowChanges) -> std::io::Result<()> {
    for change in set.changes() {
        writeln!(out, "{}", change_line(change))?;
    }
    for consequence in set.consequences() {
        writeln!(out, "=> {consequence}")?;
    }
    if rows.added + rows.removed > 0 {
        writeln!(
            out,
            "変更箇所: 追加 {} 行、削除 {} 行（変更前 {} 行 → 変更後 {} 行）",
            rows.added, rows.removed, rows.old, rows.new
        )?;
    }
    writeln!(out, "{}", set.summary())
}

/// `<事前|事後> <重要な変更|重要な変更に当たらない> <項目>: <変更前> → <変更後>`.
fn change_line(change: &Change) -> String {
    let (before, after) = shown(change.before(), change.after());
    format!(
        "{} {} {}: {before} → {after}",
        change.timing(),
        change.significance(),
        flat(change.place()),
    )
}

/// The two values on one line each ([`flat`]), `（なし）` when empty. A value longer than
/// [`VALUE_CHARS`] characters is cut to them with `…`: from its start when the two differ
/// early, else from [`CONTEXT_CHARS`] characters before the first character where they differ
/// (`…` first), so that the difference is in what is shown.
fn shown(before: Option<&str>, after: Option<&str>) -> (String, String) {
    let before = before.map(flat).unwrap_or_default();
    let after = after.map(flat).unwrap_or_default();
    let common = before
        .chars()
        .zip(after.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let from = common.saturating_sub(CONTEXT_CHARS);
    (cut(&before, from), cut(&after, from))
}

/// `text` from its character `from` (with `…` first when `from` > 0 and the text is long), at
/// most [`VALUE_CHARS`] characters with `…` last when cut; `（なし）` when empty.
fn cut(text: &str, from: usize) -> String {
    let count = text.chars().count();
    if count == 0 {
        return "（なし）".to_owned();
    }
    if count <= VALUE_CHARS {
        return text.to_owned();
    }
    // Start no later than needed to fill the line to the end of the text.
    let from = from.min(count - (VALUE_CHARS - 1));
    let mut shown = String::new();
    let mut room = VALUE_CHARS;
    if from > 0 {
        shown.push('…');
        room -= 1;
    }
    let rest = count - from;
    if rest <= room {
        shown.extend(text.chars().skip(from));
    } else {
        shown.extend(text.chars().skip(from).take(room - 1));
        shown.push('…');
    }
    shown
}

/// `text` on one line: each run of white space (line breaks, tabs) becomes one space, none at
/// the ends; any other character that could move the cursor or the reading order (`ESC`,
/// U+202E, U+2028) is written as its escape (`\u{1b}`), as [`mynumber_pia::visible::Visible`] does.
/// The full-width space of the forms stays.
fn flat(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        let space = matches!(c, '\n' | '\r' | '\t')
            || (c.is_whitespace() && c != '\u{3000}' && !is_unsafe_char(c));
        if space {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        if is_unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One value shown alone (against nothing).
    fn one(value: Option<&str>) -> String {
        shown(value, None).0
    }

    #[test]
    fn values_are_one_line_and_cut_at_40() {
        assert_eq!(one(None), "（なし）");
        assert_eq!(one(Some(" \n")), "（なし）");
        assert_eq!(one(Some("・A\n・B\r\n\t・C")), "・A ・B ・C");
        let forty = "あ".repeat(40);
        assert_eq!(one(Some(&forty)), forty);
        let long = "あ".repeat(41);
        let cut = one(Some(&long));
        assert_eq!(cut.chars().count(), 40);
        assert!(cut.ends_with("あ…"));
        assert_eq!(
            flat("Ⅵ　１．基礎項目評価\u{1b}"),
            "Ⅵ　１．基礎項目評価\\u{1b}"
        );
        assert_eq!(flat("a\u{2028}b\u{202e}"), "a\\u{2028}b\\u{202e}");
    }

    #[test]
    fn a_long_value_is_cut_where_the_two_differ() {
        let head = "あ".repeat(50);
        let (before, after) = shown(
            Some(&format!("{head}旧の文言{}", "い".repeat(50))),
            Some(&format!("{head}新の文言{}", "い".repeat(50))),
        );
        assert_eq!(
            before,
            format!("…{}旧の文言{}…", "あ".repeat(10), "い".repeat(24))
        );
        assert_eq!(
            after,
            format!("…{}新の文言{}…", "あ".repeat(10), "い".repeat(24))
        );
        assert_eq!(before.chars().count(), 40);
        // A difference near the end: the end is shown, the line still full.
        let (before, after) = shown(Some(&format!("{head}旧")), Some(&format!("{head}新")));
        assert_eq!(before, format!("…{}旧", "あ".repeat(38)));
        assert_eq!(after, format!("…{}新", "あ".repeat(38)));
        // Values that differ at the start: cut from the start, as before.
        let (before, _) = shown(Some(&"う".repeat(50)), Some("え"));
        assert_eq!(before, format!("{}…", "う".repeat(39)));
    }
}
