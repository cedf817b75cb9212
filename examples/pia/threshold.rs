//! `pia threshold <対象人数> <取扱者数> <重大事故> [--json]`: the しきい値判断 (指針 第5の2).
//!
//! - `<対象人数>`: a number (`150000`, `150,000`, `１５００００`) or a band label
//!   (`10万人以上30万人未満`).
//! - `<取扱者数>`: a number or `500人以上` / `500人未満`.
//! - `<重大事故>`: `あり` / `なし`, `発生あり` / `発生なし`, `yes` / `no`.
//!
//! Prints the しきい値判断結果 label on line 1 and the explanation on line 2 (exit 0), or with
//! `--json` the whole outcome as JSON. Bad input: one line on stderr, nothing on stdout, exit 2.

use std::process::ExitCode;

use mynumber_pia::threshold::{HandlerCount, SeriousIncident, SubjectCount, ThresholdOutcome};

use crate::usage_error;

const USAGE: &str = "使い方: pia threshold <対象人数> <取扱者数> <重大事故> [--json]";
const INCIDENT_ACCEPTED: &str = "あり / なし / 発生あり / 発生なし / yes / no";

/// Runs the `threshold` subcommand on the arguments after `threshold`.
pub fn run(args: &[String]) -> ExitCode {
    let mut json = false;
    let mut positional: Vec<&str> = Vec::with_capacity(3);
    for arg in args {
        match arg.as_str() {
            "--json" => json = true,
            a if a.starts_with("--") => {
                return usage_error(&format!("不明なオプション「{a}」: {USAGE}"));
            }
            a => positional.push(a),
        }
    }
    let names = ["<対象人数>", "<取扱者数>", "<重大事故>"];
    if let Some(missing) = names.get(positional.len()) {
        return usage_error(&format!("引数 {missing} がありません: {USAGE}"));
    }
    if positional.len() > names.len() {
        let extra = positional.get(names.len()).copied().unwrap_or_default();
        return usage_error(&format!("余分な引数「{extra}」: {USAGE}"));
    }
    let [subjects, handlers, incident] =
        [0, 1, 2].map(|i| positional.get(i).copied().unwrap_or_default());

    let subjects: SubjectCount = match subjects.parse() {
        Ok(v) => v,
        Err(e) => return usage_error(&format!("引数 <対象人数>: {e}")),
    };
    let handlers: HandlerCount = match handlers.parse() {
        Ok(v) => v,
        Err(e) => return usage_error(&format!("引数 <取扱者数>: {e}")),
    };
    let incident: SeriousIncident = match incident.to_ascii_lowercase().parse() {
        Ok(v) => v,
        Err(_) => {
            return usage_error(&format!(
                "引数 <重大事故>: 「{incident}」は重大事故の値ではありません（受け付ける値: {INCIDENT_ACCEPTED}）"
            ));
        }
    };

    let outcome = ThresholdOutcome::new(subjects, handlers, incident);
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
