//! `pia basis <text> [--json]`: the citations of a 法令上の根拠, one canonical line each.
//!
//! Unparsed parts follow on lines starting `? `. A citation stated as not enacted yet
//! (「①に係る事項については未制定」) says so on its own line: `番号法別表第二の主務省令（未制定）`. With `--json`, the structure is printed
//! instead. Empty text: one line on stderr, exit 2.

use std::process::ExitCode;

use mynumber_pia::legal_basis::LegalBasis;
use serde_json::json;

/// Runs the subcommand on the arguments after `basis`.
pub fn run(args: &[String]) -> ExitCode {
    let mut json_out = false;
    let mut words: Vec<&str> = Vec::new();
    for a in args {
        match a.as_str() {
            "--json" => json_out = true,
            flag if flag.starts_with("--") => {
                return crate::usage_error(&format!(
                    "basis: 不明なオプション「{flag}」（使い方: pia basis <text> [--json]）"
                ));
            }
            word => words.push(word),
        }
    }
    let text = words.join(" ");
    let basis = match LegalBasis::parse(&text) {
        Ok(b) => b,
        Err(e) => {
            return crate::usage_error(&format!("basis: {e}（使い方: pia basis <text> [--json]）"));
        }
    };
    if json_out {
        let citations: Vec<_> = basis
            .citations()
            .iter()
            .map(|c| {
                json!({
                    "canonical": c.to_string(),
                    "citation": c,
                    "pre_2024": c.is_pre_2024_regime(),
                    "current_equivalent": c.current_equivalent().map(|e| e.to_string()),
                })
            })
            .collect();
        let out = json!({
            "text": basis.as_str(),
            "citations": citations,
            "unparsed": basis.unparsed(),
            "cites_article_19_8": basis.cites_article_19_8(),
            "cites_article_19_7": basis.cites_article_19_7(),
            "row_article_mismatches": basis
                .row_article_mismatches()
                .iter()
                .map(|m| json!({"row": m.row, "article": m.article, "expected_article": m.expected_article, "message": m.to_string()}))
                .collect::<Vec<_>>(),
        });
        match serde_json::to_string_pretty(&out) {
            Ok(s) => println!("{s}"),
            Err(e) => return crate::usage_error(&format!("basis: JSON 出力に失敗しました: {e}")),
        }
        return ExitCode::SUCCESS;
    }
    for line in basis.canonical() {
        println!("{line}");
    }
    for u in basis.unparsed() {
        let one_line: String = u
            .text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        println!("? {one_line}");
    }
    ExitCode::SUCCESS
}
