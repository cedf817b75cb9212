//! `pia threshold <対象人数> <取扱者数> <重大事故> [--json]`: the しきい値判断 (指針 第5の2).
//!
//! - `<対象人数>`: a number (`150000`, `150,000`, `１５００００`) or a band label
//!   (`10万人以上30万人未満`). White space around a number is fine; inside it (`12 34`) it is an
//!   error naming its place, never read as `1234`.
//! - `<取扱者数>`: a number or `500人以上` / `500人未満`.
//! - `<重大事故>`: `あり` / `なし`, `発生あり` / `発生なし`, `yes` / `no` (any case or width).
//!
//! Prints the しきい値判断結果 label on line 1 and the explanation on line 2 (exit 0), or with
//! `--json` the whole outcome as JSON, each key of one type: `subject_count` and `handler_count`
//! the number given (`null` when a band label was given), `subject_count_band` and
//! `handler_count_band` always the label. Bad input (missing, negative, neither a number nor a
//! label, an extra argument, an unknown option): one line on stderr naming the argument and what
//! it accepts (a line break inside an argument is shown escaped, a long one cut with `…`),
//! nothing on stdout, exit 2.

use std::fmt::Display;
use std::io::Write;

use mynumber_pia::normalize_label;
use mynumber_pia::threshold::{
    HandlerCount, SeriousIncident, SubjectCount, ThresholdInput, ThresholdOutcome,
};

use super::harness::{Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, write_json};

const USAGE: &str = "使い方: pia threshold <対象人数> <取扱者数> <重大事故> [--json]";
const INCIDENT_ACCEPTED: &str = "あり / なし / 発生あり / 発生なし / yes / no";

/// しきい値判断（指針 第5の2）/ Threshold determination: which assessment a 事務 must undergo
///
/// 1行目にしきい値判断結果、2行目に説明（根拠の規則・指針を含む）を出力します。
///
/// Prints the しきい値判断結果 on line 1 and its explanation (citing 規則 and 指針) on line 2.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia threshold <対象人数> <取扱者数> <重大事故> [--json]",
    after_help = "例 / Example: pia threshold 150000 500人以上 なし"
)]
pub(crate) struct Args {
    /// 対象人数: 人数（150000、150,000、１５００００）または選択肢（10万人以上30万人未満 など）
    /// / number of data subjects: a count or a band label
    #[arg(value_name = "対象人数", allow_hyphen_values = true, required = true)]
    subjects: Option<String>,
    /// 取扱者数: 人数または 500人以上 / 500人未満 / number of staff handling the file
    #[arg(value_name = "取扱者数", allow_hyphen_values = true, required = true)]
    handlers: Option<String>,
    /// 過去1年以内の重大事故: あり / なし（発生あり / 発生なし / yes / no）/ serious incident in the
    /// past year
    #[arg(value_name = "重大事故", allow_hyphen_values = true, required = true)]
    incident: Option<String>,
    /// 結果全体を JSON で出力（subject_count・handler_count は数、選択肢で指定したときは null）
    /// / Print the whole outcome as JSON (subject_count, handler_count: the number, or null for
    /// a band label)
    #[arg(long, overrides_with = "json")]
    json: bool,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            // The first argument missing, with what it accepts.
            Misuse::MissingArgument(names) => missing(names.split(' ').next().unwrap_or_default()),
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        let positional: Vec<&str> = [&self.subjects, &self.handlers, &self.incident]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        // clap takes an unknown `--option` where a value may stand (so that `-5` reaches the
        // number's own message): it is refused here as before.
        if let Some(option) = positional.iter().find(|a| a.starts_with("--")) {
            return Err(Failure::usage(format!(
                "不明なオプション「{}」: {USAGE}",
                Echo::arg(option)
            )));
        }
        let outcome = decide(&positional).map_err(Failure::usage)?;
        if self.json {
            write_json(out, &outcome)?;
        } else {
            writeln!(out, "{}", outcome.required())?;
            writeln!(out, "{}", outcome.explanation())?;
        }
        Ok(Exit::Success)
    }
}

/// The three positional arguments, read and decided.
fn decide(positional: &[&str]) -> Result<ThresholdOutcome, String> {
    let subjects: SubjectCount = arg(positional, 0, "<対象人数>", str::parse)?;
    let handlers: HandlerCount = arg(positional, 1, "<取扱者数>", str::parse)?;
    let incident: SeriousIncident = arg(positional, 2, "<重大事故>", |s| {
        // `YES`, `Ｙｅｓ`: fold the width first, then the case.
        normalize_label(s)
            .to_ascii_lowercase()
            .parse()
            .map_err(|_| {
                format!(
                    "「{}」は重大事故の値ではありません（受け付ける値: {INCIDENT_ACCEPTED}）",
                    Echo::arg(s)
                )
            })
    })?;
    Ok(ThresholdInput::new(subjects, handlers, incident).decide())
}

/// Reads positional argument `index` named `name` with `parse`; the error names the argument
/// and, when it is missing, what it accepts.
fn arg<T, E: Display>(
    positional: &[&str],
    index: usize,
    name: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, String> {
    let Some(text) = positional.get(index) else {
        return Err(missing(name));
    };
    parse(text).map_err(|e| format!("引数 {name}: {e}"))
}

/// The message for the argument `name` (`<対象人数>`, `<取扱者数>`, `<重大事故>`) left out: what
/// it accepts.
fn missing(name: &str) -> String {
    let accepted = match name {
        "<対象人数>" => SubjectCount::accepted().to_string(),
        "<取扱者数>" => HandlerCount::accepted().to_string(),
        _ => INCIDENT_ACCEPTED.to_owned(),
    };
    format!("引数 {name} がありません（受け付ける値: {accepted}）: {USAGE}")
}
