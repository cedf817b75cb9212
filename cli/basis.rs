//! `pia basis <text> [--json]`: the citations of a 法令上の根拠, one canonical line each.
//!
//! Headings follow on lines starting `見出し: ` (「【住民基本台帳情報】」, 「（1）情報提供の根拠」), conditions
//! on a table's columns on lines starting `欄の条件: ` (`第三欄（情報提供者）「…」 第四欄「…」`), unparsed
//! parts on lines starting `? `. A citation stated as not enacted yet
//! (「①に係る事項については未制定」) says so on its own line: `番号法別表第二の主務省令（未制定）`. With `--json`, the structure is printed
//! instead. Exit 0 when every part of the text was read, 1 when some is left unread (the `? `
//! lines, or `unparsed` in the JSON); empty text: one line on stderr, exit 2. Text of the input
//! on a line is written with its control characters escaped ([`mynumber_pia::visible::Visible`]).

use std::io::Write;

use mynumber_pia::legal_basis::{Citation, LegalBasis};
use mynumber_pia::visible::Visible;
use serde_json::json;

use super::harness::{
    Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, Part, write_json,
};

/// 法令上の根拠を読む / Read a legal basis (法令上の根拠)
///
/// 引用ごとに正規の書き方を1行ずつ出力し、読めなかった部分は `? ` で始まる行に出します。終了コード: すべて読めたら 0、読めない部分があれば 1、空の文は 2。
///
/// Prints one canonical citation per line; parts it cannot read follow on lines starting `? `.
/// Exit 0 when everything was read, 1 when some text is left unread, 2 on empty text.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia basis <text> [--json]",
    after_help = "例 / Example: pia basis 番号利用法第19条第８号に基づく主務省令第２条の表の１３、１６の項"
)]
pub(crate) struct Args {
    /// 法令上の根拠の文（複数の語は空白1つでつなぎます）/ the text; several words are joined with
    /// one space
    #[arg(
        value_name = "text",
        allow_hyphen_values = true,
        required = true,
        num_args = 1..
    )]
    words: Vec<String>,
    /// 構造を JSON で出力 / Print the structure as JSON
    #[arg(long, overrides_with = "json")]
    json: bool,
}

/// The message for an unknown option, `basis`'s own wording.
fn unknown_option(flag: &str) -> String {
    format!(
        "basis: 不明なオプション「{}」（使い方: pia basis <text> [--json]）",
        Echo::arg(flag)
    )
}

impl Command for Args {
    const USAGE: &'static str = "使い方: pia basis <text> [--json]";

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::UnknownOption(flag) => unknown_option(&flag),
            // The empty text's message, as when the text is only spaces.
            Misuse::MissingArgument(_) => format!(
                "basis: {}（使い方: pia basis <text> [--json]）",
                mynumber_pia::legal_basis::LegalBasisError::Empty
            ),
            other => format!("basis: {}", other.message(Self::USAGE)),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        // clap reads `--json` before the text; after the first word, options are among the
        // words (as the text may hold anything), and are read here.
        let mut json_out = self.json;
        let mut words: Vec<&str> = Vec::with_capacity(self.words.len());
        for word in &self.words {
            match word.as_str() {
                "--json" => json_out = true,
                flag if flag.starts_with("--") => return Err(Failure::usage(unknown_option(flag))),
                word => words.push(word),
            }
        }
        let text = words.join(" ");
        let basis = LegalBasis::parse(&text).map_err(|e| {
            Failure::usage(format!("basis: {e}（使い方: pia basis <text> [--json]）"))
        })?;
        let exit = Exit::unless(!basis.unparsed().is_empty(), Exit::Unread);
        if json_out {
            write_json(out, &structure(&basis))?;
            return Ok(exit);
        }
        for line in basis.canonical() {
            writeln!(out, "{}", Visible(&line))?;
        }
        for h in basis.headings() {
            writeln!(out, "見出し: {}", Visible(&h.title))?;
        }
        for c in basis.column_conditions() {
            let columns: Vec<String> = c
                .columns
                .iter()
                .map(|v| {
                    let name = Part(v.name.as_deref().map(|n| format!("（{n}）")));
                    let value = Part(v.value.as_deref().map(|x| format!("「{x}」")));
                    format!("第{}欄{name}{value}", v.column)
                })
                .collect();
            writeln!(out, "欄の条件: {}", Visible(&columns.join(" ")))?;
        }
        for u in basis.unparsed() {
            let one_line: String = u
                .text
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                .collect();
            writeln!(out, "? {}", Visible(&one_line))?;
        }
        Ok(exit)
    }
}

/// What `--json` prints.
fn structure(basis: &LegalBasis) -> serde_json::Value {
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
    json!({
        "text": basis.as_str(),
        "citations": citations,
        "unparsed": basis.unparsed(),
        "headings": basis.headings(),
        "column_conditions": basis.column_conditions(),
        "cites_article_19_8": basis.cites_article_19_8(),
        "cites_article_19_7": basis.citations().iter().any(Citation::is_article_19_7),
        "row_article_mismatches": basis
            .citations()
            .iter()
            .filter_map(Citation::row_article_mismatch)
            .map(|m| json!({"row": m.row, "article": m.article, "expected_article": m.expected_article, "message": m.to_string()}))
            .collect::<Vec<_>>(),
    })
}
