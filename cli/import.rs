//! `pia import <INPUT> [-o DRAFT.json] [--trace TRACE.json]`: reads a published 評価書 (its text,
//! HTML, Markdown or PDF) into a draft report, for a person to confirm.
//!
//! INPUT is a path or `-` (standard input), at most 10 MiB. Bytes with a `%PDF-` header go
//! through `import::pdf_text`, then `import::import`; any other bytes through
//! `import::import_bytes` (UTF-8 with or without a BOM, UTF-16 with a BOM, Shift_JIS/CP932).
//! The draft is the report's JSON (`Report::to_json`, loadable by `Report::from_json`), on
//! stdout or in `-o DRAFT.json`; `--trace TRACE.json` writes where every value came from and what
//! was not read, `{"values": [{"pointer", "lines", "confidence"}, …], "unread": [{"lines",
//! "reason"}, …], "warnings": […]}` (`schema/cli-import-trace.schema.json`). stderr gets one line:
//! the summary (`Draft::summary`: form, shape, values read, inferred, unread lines, warnings).
//!
//! Exit 0 when the draft was written. Exit 2, one line on stderr and nothing on stdout, for an
//! empty input, bytes that are not text, a text that is not a 評価書, a list of changed items
//! only, a PDF that cannot be read (encrypted, images only, damaged) or a file that cannot be
//! read or written. Every file is written before anything goes to stdout.
//!
//! `cargo run --example pia` builds without the `pdf` feature: there a PDF is read as bytes, and
//! refused (its bytes are not the text of a 評価書).

use std::io::Write;

use mynumber_pia::import::{Draft, decode, import_bytes};
use mynumber_pia::report::Report;
use mynumber_pia::visible::Visible;
use serde_json::json;

use super::harness::{
    Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, io_words, safe_json,
    unwritable_json,
};
use super::input::{STDIN, load_bytes, shown_name};

const USAGE: &str = "使い方: pia import <INPUT> [-o DRAFT.json] [--trace TRACE.json]";

/// 公表された評価書を下書きの JSON に読み取る / Import a published 評価書 as a draft
///
/// 評価書のテキスト・HTML・Markdown・PDF を読み、評価書の JSON（下書き）を標準出力か -o のファイルに書き出します。--trace には各値の読取り元（JSON Pointer、行、exact/inferred）と読めなかった行を書きます。標準エラーには要約を1行。終了コード: 下書きを書けば 0、空・テキストでない・評価書でない・変更箇所の一覧・読めない PDF・読み書きできないファイルは 2。
///
/// Reads the text, HTML, Markdown or PDF of a published 評価書 and writes the draft report's JSON
/// on stdout or to -o; --trace writes where every value came from (JSON Pointer, lines,
/// exact/inferred) and the lines not read. One summary line on stderr. Exit 0 when the draft is
/// written, 2 for an empty, binary or unreadable input, a text that is not a 評価書, or a list of
/// changed items only.
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia import <INPUT> [-o DRAFT.json] [--trace TRACE.json]",
    after_help = "例 / Example: pia import tests/fixtures/pdf/matsudo-focused.pdf -o draft.json \
                  --trace trace.json"
)]
pub(crate) struct Args {
    /// 評価書のテキスト・HTML・Markdown・PDF（- は標準入力）/ the 評価書's text, HTML, Markdown or
    /// PDF (- is standard input)
    #[arg(value_name = "INPUT", required = true)]
    input: String,
    /// 下書きの JSON を書くファイル（省略時・- は標準出力）/ the file to write the draft's JSON to
    /// (default and -: standard output)
    #[arg(
        short = 'o',
        long = "output",
        value_name = "DRAFT.json",
        allow_hyphen_values = true,
        overrides_with = "output"
    )]
    output: Option<String>,
    /// 読取り記録の JSON を書くファイル / the file to write the trace's JSON to
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
            Misuse::MissingValue(option) => {
                format!("{option} のファイル名がありません: {USAGE}")
            }
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        self.run_noted(out).map(|(exit, _)| exit)
    }

    fn run_noted(self, out: &mut dyn Write) -> Result<(Exit, Option<String>), Failure> {
        let input = self.input;
        let output = self.output.filter(|o| o != STDIN);
        if self.trace.as_deref() == Some(STDIN) {
            return Err(Failure::usage(format!(
                "--trace に - は使えません（標準出力は下書きです）: {USAGE}"
            )));
        }
        if let Some(both) = output
            .as_deref()
            .filter(|o| self.trace.as_deref() == Some(o))
        {
            return Err(Failure::usage(format!(
                "-o と --trace が同じファイル「{}」です",
                Echo::path(both)
            )));
        }
        let bytes = load_bytes(&input)?;
        let draft = read(&bytes)
            .map_err(|why| Failure::usage(format!("{}: {why}", Echo::path(shown_name(&input)))))?;
        if let Some(path) = &self.trace {
            write_file(path, &trace_json(&draft)?)?;
        }
        let report = safe_json(&draft.report.to_json()).into_owned() + "\n";
        match &output {
            Some(path) => write_file(path, &report)?,
            None => out.write_all(report.as_bytes())?,
        }
        Ok((Exit::Success, Some(Visible(&draft.summary()).to_string())))
    }
}

/// The draft of `bytes`: a PDF's text layer, else the bytes as text; `Err` says why there is
/// none. A JSON document is refused: a report's JSON is already what `import` would write.
fn read(bytes: &[u8]) -> Result<Draft, String> {
    #[cfg(feature = "pdf")]
    {
        use mynumber_pia::import::{PdfError, import, pdf_text};
        match pdf_text(bytes) {
            Ok(text) => return import(&text).map_err(|e| e.to_string()),
            Err(PdfError::NotPdf) => {}
            Err(e) => return Err(pdf_words(&e)),
        }
    }
    if let Ok(decoded) = decode(bytes) {
        json_refused(&decoded.text)?;
    }
    import_bytes(bytes).map_err(|e| e.to_string())
}

/// `Err` when `text` is a whole JSON document: a report's JSON is refused as already a report
/// (for `pia show`/`pia validate`), any other JSON as not a 評価書's text.
fn json_refused(text: &str) -> Result<(), String> {
    if !text.trim_start().starts_with(['{', '[']) {
        return Ok(());
    }
    if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() {
        return Ok(());
    }
    Err(match Report::from_json(text) {
        Ok(_) => {
            "すでに評価書の JSON です（import は公表された評価書のテキスト・HTML・PDF を読みます。\
                  この JSON は pia show・pia validate で読めます）"
                .to_owned()
        }
        Err(e) => format!(
            "JSON です（import は公表された評価書のテキスト・HTML・PDF を読みます。評価書の JSON としては: {e}）"
        ),
    })
}

/// A PDF that could not be read, in Japanese: the PDF reader's own words (English) are not shown.
#[cfg(feature = "pdf")]
fn pdf_words(e: &mynumber_pia::import::PdfError) -> String {
    use mynumber_pia::import::PdfError;
    match e {
        PdfError::Unreadable {
            page: Some(page), ..
        } => format!(
            "PDF を読めません（{page} ページ目）: 壊れているか、読み取れない形式の PDF です"
        ),
        PdfError::Unreadable { page: None, .. } => {
            "PDF を読めません: 壊れているか、読み取れない形式の PDF です".to_owned()
        }
        other => other.to_string(),
    }
}

/// The trace's JSON: `{"values": […], "unread": […], "warnings": […]}`, unsafe characters
/// escaped.
fn trace_json(draft: &Draft) -> Result<String, Failure> {
    let value = json!({
        "values": draft.trace.values,
        "unread": draft.trace.unread,
        "warnings": draft.warnings,
    });
    let text = serde_json::to_string_pretty(&value).map_err(unwritable_json)?;
    Ok(safe_json(&text).into_owned() + "\n")
}

/// Writes `text` to the file at `path`.
fn write_file(path: &str, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| {
        Failure::usage(format!(
            "{}: 書き込めません（{}）",
            Echo::path(path),
            io_words(&e)
        ))
    })
}
