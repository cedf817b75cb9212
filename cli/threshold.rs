//! `pia threshold <対象人数> <取扱者数> <重大事故> [--json]`: the しきい値判断 (指針 第5の2).
//!
//! - `<対象人数>`: a number (`150000`, `150,000`, `１５００００`) or a band label
//!   (`10万人以上30万人未満`). White space around a number is fine; inside it (`12 34`) it is an
//!   error naming its place, never read as `1234`.
//! - `<取扱者数>`: a number or `500人以上` / `500人未満`.
//! - `<重大事故>`: `あり` / `なし`, `発生あり` / `発生なし`, `yes` / `no` (any case or width).
//!
//! Prints the しきい値判断結果 label on line 1 and the explanation on line 2 (exit 0), or with
//! `--json` the whole outcome as JSON. Bad input (missing, negative, neither a number nor a
//! label, an extra argument, an unknown option): one line on stderr naming the argument and what
//! it accepts (a line break inside an argument is shown escaped, a long one cut with `…`),
//! nothing on stdout, exit 2.

use std::fmt::Display;
use std::process::ExitCode;

use mynumber_pia::normalize_label;
use mynumber_pia::threshold::{
    HandlerCount, SeriousIncident, SubjectCount, ThresholdInput, ThresholdOutcome,
};

use crate::usage_error;

const USAGE: &str = "使い方: pia threshold <対象人数> <取扱者数> <重大事故> [--json]";
const INCIDENT_ACCEPTED: &str = "あり / なし / 発生あり / 発生なし / yes / no";

/// Runs the `threshold` subcommand on the arguments after `threshold`.
pub fn run(args: &[String]) -> ExitCode {
    let (outcome, json) = match parse_args(args) {
        Ok(parsed) => parsed,
        Err(message) => return usage_error(&one_line(&message)),
    };
    if json {
        match serde_json::to_string_pretty(&outcome) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("pia: JSON を書けませんでした: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        println!("{}", outcome.required());
        println!("{}", outcome.explanation());
    }
    ExitCode::SUCCESS
}

/// The arguments, read and decided, and whether `--json` was given; `Err` is the message.
fn parse_args(args: &[String]) -> Result<(ThresholdOutcome, bool), String> {
    let mut json = false;
    let mut positional: Vec<&str> = Vec::with_capacity(3);
    for arg in args {
        match arg.as_str() {
            "--json" => json = true,
            a if a.starts_with("--") => {
                return Err(format!("不明なオプション「{}」: {USAGE}", shown(a)));
            }
            a => positional.push(a),
        }
    }
    Ok((decide(&positional)?, json))
}

/// The message with control characters (a line break in an argument) escaped, so that it is
/// one line on stderr.
fn one_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// An argument as a message echoes it: at most 40 characters, then `…` (the library's parse
/// errors cut theirs the same way); [`one_line`] escapes control characters afterwards.
fn shown(arg: &str) -> String {
    let mut chars = arg.chars();
    let mut out: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// The three positional arguments, read and decided.
fn decide(positional: &[&str]) -> Result<ThresholdOutcome, String> {
    if let Some(extra) = positional.get(3) {
        return Err(format!("余分な引数「{}」: {USAGE}", shown(extra)));
    }
    let subjects: SubjectCount = arg(
        positional,
        0,
        "<対象人数>",
        SubjectCount::accepted(),
        str::parse,
    )?;
    let handlers: HandlerCount = arg(
        positional,
        1,
        "<取扱者数>",
        HandlerCount::accepted(),
        str::parse,
    )?;
    let incident: SeriousIncident = arg(positional, 2, "<重大事故>", INCIDENT_ACCEPTED, |s| {
        // `YES`, `Ｙｅｓ`: fold the width first, then the case.
        normalize_label(s)
            .to_ascii_lowercase()
            .parse()
            .map_err(|_| {
                format!(
                    "「{}」は重大事故の値ではありません（受け付ける値: {INCIDENT_ACCEPTED}）",
                    shown(s)
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
    accepted: impl Display,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, String> {
    let Some(text) = positional.get(index) else {
        return Err(format!(
            "引数 {name} がありません（受け付ける値: {accepted}）: {USAGE}"
        ));
    };
    parse(text).map_err(|e| format!("引数 {name}: {e}"))
}
