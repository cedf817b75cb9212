//! `pia import <INPUT> [-o DRAFT.json] [--trace TRACE.json] [--review REVIEW.html] [--text
//! TEXT.txt] [--onto REPORT.json]` and `pia import <INPUT>... --out-dir DIR`: reads published
//! 評価書 (their text, HTML, Markdown or PDF) into draft reports, for a person to confirm.
//!
//! INPUT is a path or `-` (standard input), at most 10 MiB unless `--max-size` says otherwise.
//! Bytes with a `%PDF-` header go through `import::read_pdf`, then `import::import` (the draft
//! warns `IW008` when the PDF reader mapped radicals back to ideographs); any other
//! bytes are decoded (`import::decode`: UTF-8 with or without a BOM, UTF-16 with a BOM,
//! Shift_JIS/CP932), then imported. The draft is the report's JSON (`Report::to_json`, loadable
//! by `Report::from_json`), on stdout or in `-o DRAFT.json`; `--trace TRACE.json` writes where
//! every value came from, what was not read and the page furniture taken off, `{"values":
//! [{"pointer", "lines", "confidence", "rule"}, …], "unread": [{"lines", "code", "reason"}, …],
//! "furniture": [{"lines", "kind"}, …], "warnings": [{"code", "message"}, …]}`
//! (`schema/cli-import-trace.schema.json`); `--review REVIEW.html` the review page
//! (`render::review_html`); `--text TEXT.txt` the text the importer read (for a PDF, its
//! extracted text), whose lines the trace numbers. stderr gets one line: the summary
//! (`Draft::summary`: form, shape, values read, inferred, unread lines, warnings).
//!
//! A list of changed items (変更または追記した箇所) is read with `--onto REPORT.json`, the report
//! it changes: its rows are appended to that report's 変更箇所 (`import::import_change_list`)
//! and the report is the draft. Without `--onto` it is refused, as a text that is not a whole
//! report.
//!
//! With `--out-dir DIR`, any number of inputs, a directory standing for the files in it
//! (`batch.rs`).
//!
//! Exit 0 when the draft was written and needs no attention, 1 when it was written and needs
//! attention (a warning, or no value read). Exit 2, one line on stderr and nothing on stdout, for
//! an empty input, bytes that are not text, a text that is not a 評価書, a list of changed items
//! without `--onto`, a PDF that cannot be read (encrypted, images only, damaged) or a file that
//! cannot be read or written. Every file is written before anything goes to stdout.
//!
//! `cargo run --example pia` builds without the `pdf` feature: there a PDF is read as bytes, and
//! refused (its bytes are not the text of a 評価書).

use std::io::Write;

use mynumber_pia::import::{
    Confidence, Draft, ImportError, PageLayout, Warning, decode, import_change_list,
    import_laid_out,
};
use mynumber_pia::render::review_html;
use mynumber_pia::report::Report;
use mynumber_pia::visible::Visible;
use serde_json::json;

use super::harness::{
    Command, Echo, Exit, Failure, HELP_TEMPLATE, Misuse, Outcome, safe_json, unreadable,
    unwritable, unwritable_json,
};
use super::input::{MAX_BYTES, STDIN, load_bytes_up_to, load_report, shown_name};

const USAGE: &str = "使い方: pia import <INPUT> [-o DRAFT.json] [--trace TRACE.json] [--review REVIEW.html] [--text TEXT.txt] [--onto REPORT.json] [--max-size N] | pia import <INPUT>... --out-dir DIR [--max-size N]";

/// 公表された評価書を下書きの JSON に読み取る / Import published 評価書 as drafts
///
/// 評価書のテキスト・HTML・Markdown・PDF を読み、評価書の JSON（下書き）を標準出力か -o のファイルに書き出します。--trace には各値の読取り元（JSON Pointer、行、exact/inferred）、読めなかった行とページ要素を、--review には確認用の HTML を、--text には読み取ったテキスト（PDF なら抽出したテキスト）を書きます。標準エラーには要約を1行。変更箇所の一覧は --onto で変更先の評価書を指定すると、その変更箇所に行を加えた評価書を下書きにします。--out-dir では複数のファイル・ディレクトリ（中のファイル、サブディレクトリは読まない）を読み、入力ごとに NAME.json・NAME.trace.json・NAME.review.html・NAME.txt を、最後に summary.csv・summary.json を書きます。終了コード: 下書きを書き要確認なし 0、警告があるか値を一つも読めなければ 1、空・テキストでない・評価書でない・--onto のない変更箇所の一覧・読めない PDF・読み書きできないファイルは 2（--out-dir では入力ごとの結果のうち最も悪いもの）。
///
/// Reads the text, HTML, Markdown or PDF of a published 評価書 and writes the draft report's JSON
/// on stdout or to -o; --trace writes where every value came from, the lines not read and the
/// page furniture taken off; --review a page to confirm the draft with; --text the text read (a
/// PDF's extracted text). A change list is read onto the report it changes with --onto. With
/// --out-dir, many files and directories (their files, not recursing): NAME.json,
/// NAME.trace.json, NAME.review.html and NAME.txt per input, then summary.csv and summary.json.
/// Exit 0: the draft written, nothing to check; 1: it needs attention (a warning, or no value
/// read); 2: an empty, binary or unreadable input, a text that is not a 評価書, a change list
/// without --onto (with --out-dir: the worst of the inputs).
#[derive(clap::Args)]
#[command(
    help_template = HELP_TEMPLATE,
    override_usage = "pia import <INPUT> [-o DRAFT.json] [--trace TRACE.json] [--review REVIEW.html] [--text TEXT.txt] [--onto REPORT.json] [--max-size N]\n       pia import <INPUT>... --out-dir DIR [--max-size N]",
    after_help = "例 / Example: pia import tests/fixtures/pdf/matsudo-focused.pdf -o draft.json \
                  --trace trace.json --review draft.html\n             \
                  pia import reports/ --out-dir drafts/"
)]
pub(crate) struct Args {
    /// 評価書のテキスト・HTML・Markdown・PDF（- は標準入力）。--out-dir では複数のファイル・ディレクトリ
    /// / the 評価書's text, HTML, Markdown or PDF (- is standard input); with --out-dir, files and
    /// directories
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<String>,
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
    /// 確認用の HTML を書くファイル / the file to write the review page to
    #[arg(
        long,
        value_name = "REVIEW.html",
        allow_hyphen_values = true,
        overrides_with = "review"
    )]
    review: Option<String>,
    /// 読み取ったテキスト（PDF なら抽出したテキスト）を書くファイル / the file to write the text
    /// read to (a PDF's extracted text)
    #[arg(
        long,
        value_name = "TEXT.txt",
        allow_hyphen_values = true,
        overrides_with = "text"
    )]
    text: Option<String>,
    /// 変更箇所の一覧を加える評価書の JSON / the report a change list changes
    #[arg(
        long,
        value_name = "REPORT.json",
        allow_hyphen_values = true,
        overrides_with = "onto"
    )]
    onto: Option<String>,
    /// 複数の入力の下書きを書くディレクトリ / the directory to write the drafts of many inputs to
    #[arg(
        long = "out-dir",
        value_name = "DIR",
        allow_hyphen_values = true,
        overrides_with = "out_dir"
    )]
    out_dir: Option<String>,
    /// 入力の大きさの上限（バイト、K・M・G 付きも可。既定 10M）/ the largest input read (bytes,
    /// or with K, M, G; default 10M)
    #[arg(
        long = "max-size",
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "max_size"
    )]
    max_size: Option<String>,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::MissingValue(option) if option == "--max-size" => {
                format!("--max-size の大きさがありません: {USAGE}")
            }
            Misuse::MissingValue(option) if option == "--out-dir" => {
                format!("--out-dir のディレクトリ名がありません: {USAGE}")
            }
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
        let limit = self.max_size.as_deref().map_or(Ok(MAX_BYTES), parse_size)?;
        if let Some(dir) = &self.out_dir {
            let single_only = [
                ("-o", &self.output),
                ("--trace", &self.trace),
                ("--review", &self.review),
                ("--text", &self.text),
                ("--onto", &self.onto),
            ];
            if let Some((option, _)) = single_only.iter().find(|(_, v)| v.is_some()) {
                return Err(Failure::usage(format!(
                    "{option} は --out-dir と同時に使えません（--out-dir には入力ごとのファイルを書きます）: {USAGE}"
                )));
            }
            let exit = super::batch::run(&self.inputs, dir, limit)?;
            return Ok((exit, None));
        }
        let (input, rest) = self
            .inputs
            .split_first()
            .ok_or_else(|| Failure::usage(format!("引数 <INPUT> がありません: {USAGE}")))?;
        if let Some(extra) = rest.first() {
            return Err(Failure::usage(format!(
                "余分な引数「{}」（複数の入力は --out-dir DIR と使います）: {USAGE}",
                Echo::arg(extra)
            )));
        }
        self.single(input, limit, out)
    }
}

impl Args {
    /// One input, its draft on stdout or in `-o`, its other files where the options say.
    fn single(
        &self,
        input: &str,
        limit: u64,
        out: &mut dyn Write,
    ) -> Result<(Exit, Option<String>), Failure> {
        let output = self.output.as_deref().filter(|o| *o != STDIN);
        let files = [
            ("--trace", self.trace.as_deref()),
            ("--review", self.review.as_deref()),
            ("--text", self.text.as_deref()),
        ];
        for (option, path) in files {
            if path == Some(STDIN) {
                return Err(Failure::usage(format!(
                    "{option} に - は使えません（標準出力は下書きです）: {USAGE}"
                )));
            }
        }
        let mut named: Vec<&str> = files.iter().filter_map(|(_, p)| *p).collect();
        named.extend(output);
        named.sort_unstable();
        let twice = named.windows(2).find_map(|pair| match pair {
            [a, b] if a == b => Some(*a),
            _ => None,
        });
        if let Some(both) = twice {
            return Err(Failure::usage(format!(
                "-o・--trace・--review・--text に同じファイル「{}」が指定されています",
                Echo::path(both)
            )));
        }
        if input != STDIN && std::path::Path::new(input).is_dir() {
            let refused = unreadable(
                input,
                &std::io::Error::from(std::io::ErrorKind::IsADirectory),
            );
            return Err(Failure::usage(format!(
                "{}。ディレクトリのファイルは --out-dir DIR を付けると読めます",
                refused.message()
            )));
        }
        let onto = self.onto.as_deref().map(load_report).transpose()?;
        let bytes = load_input(input, limit)?;
        let named_failure =
            |why: String| Failure::usage(format!("{}: {why}", Echo::path(shown_name(input))));
        let input = text_of(&bytes).map_err(named_failure)?;
        let text = &input.text;
        if let Some(path) = &self.text {
            write_file(path, text)?;
        }
        let draft = draft_of(&input, onto.as_ref()).map_err(named_failure)?;
        if let Some(path) = &self.trace {
            write_file(path, &trace_json(&draft)?)?;
        }
        if let Some(path) = &self.review {
            write_file(path, &review_page(&draft, text))?;
        }
        let report = safe_json(&draft.report.to_json()).into_owned() + "\n";
        match output {
            Some(path) => write_file(path, &report)?,
            None => out.write_all(report.as_bytes())?,
        }
        let exit = Exit::unless(needs_attention(&draft), Exit::NeedsAttention);
        Ok((exit, Some(Visible(&draft.summary()).to_string())))
    }
}

/// The bytes of `input` (at most `limit`); a file too large says how to raise the limit.
pub(crate) fn load_input(input: &str, limit: u64) -> Result<Vec<u8>, Failure> {
    load_bytes_up_to(input, limit).map_err(|failure| match failure {
        Failure::Usage(message) if message.contains("大きすぎます") => Failure::usage(
            format!("{message}。--max-size で上限を上げられます（例: --max-size 50M）"),
        ),
        other => other,
    })
}

/// The size `--max-size` gives: bytes, or a number with `K`, `M` or `G` (binary: 1024, 1024²,
/// 1024³; `KiB`, `MiB`, `GiB` and `KB`… are read the same).
fn parse_size(text: &str) -> Result<u64, Failure> {
    let bad = || {
        Failure::usage(format!(
            "--max-size の値「{}」は使えません（バイト数、または 50M のように K・M・G を付けた数）: {USAGE}",
            Echo::arg(text)
        ))
    };
    let trimmed = text.trim();
    let digits_end = trimmed
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(trimmed.len());
    let (digits, unit) = trimmed.split_at(digits_end);
    let number: u64 = digits.parse().map_err(|_| bad())?;
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => return Err(bad()),
    };
    let size = number.checked_mul(1 << shift).ok_or_else(bad)?;
    if size == 0 {
        return Err(bad());
    }
    Ok(size)
}

/// What the importer reads from an input: a PDF's text layer, else its bytes decoded.
#[derive(Debug, PartialEq)]
pub(crate) struct Input {
    /// The text.
    pub(crate) text: String,
    /// How many of its characters the PDF reader mapped back from radicals and compatibility
    /// ideographs (`PdfText::mapped`; 0 for a text).
    pub(crate) mapped: usize,
    /// What the PDF's pages show of the text (`PdfText::layout`; empty for a text).
    pub(crate) layout: PageLayout,
}

/// The input the importer reads from `bytes` ([`Input`]); `Err` says why there is none. A JSON
/// document is refused: a report's JSON is already what `import` would write.
pub(crate) fn text_of(bytes: &[u8]) -> Result<Input, String> {
    #[cfg(feature = "pdf")]
    {
        use mynumber_pia::import::{PdfError, read_pdf};
        match read_pdf(bytes) {
            Ok(read) => {
                return Ok(Input {
                    text: read.text,
                    mapped: read.mapped,
                    layout: read.layout,
                });
            }
            Err(PdfError::NotPdf) => {}
            Err(e) => return Err(pdf_words(&e)),
        }
    }
    let decoded = decode(bytes).map_err(|e| ImportError::from(e).to_string())?;
    json_refused(&decoded.text)?;
    Ok(Input {
        text: decoded.text.into_owned(),
        mapped: 0,
        layout: PageLayout::default(),
    })
}

/// The draft of `input`: the report it holds (read with the PDF's layout, as `PdfText::import`
/// reads it), or with `onto` the report a change list changes with the list's rows added to
/// its 変更箇所; [`Warning::VariantCharacters`] added when the PDF reader mapped characters (as
/// `PdfText::import` adds it). `Err` says why there is none.
pub(crate) fn draft_of(input: &Input, onto: Option<&Report>) -> Result<Draft, String> {
    let mut draft = read_draft(input, onto)?;
    if input.mapped > 0 {
        draft.warnings.push(Warning::VariantCharacters {
            count: input.mapped,
        });
    }
    Ok(draft)
}

/// [`draft_of`] but for the PDF reader's warning.
fn read_draft(input: &Input, onto: Option<&Report>) -> Result<Draft, String> {
    let text = input.text.as_str();
    match (import_laid_out(text, &input.layout), onto) {
        (Ok(_), Some(_)) => Err(
            "--onto は変更箇所の一覧（「変更または追記した箇所」）を読むときに使います。この入力は評価書の全体です"
                .to_owned(),
        ),
        (Ok(draft), None) => Ok(draft),
        (Err(ImportError::ChangeList { .. }), Some(report)) => {
            import_change_list(text, report).map_err(|e| e.to_string())
        }
        (Err(e @ ImportError::ChangeList { .. }), None) => Err(format!(
            "{e}。変更先の評価書の JSON を --onto で指定すると、その変更箇所に加えて読みます"
        )),
        (Err(e), _) => Err(e.to_string()),
    }
}

/// Whether a draft needs attention: a warning, or no value read.
pub(crate) fn needs_attention(draft: &Draft) -> bool {
    !draft.warnings.is_empty() || draft.trace.values.is_empty()
}

/// How many of a draft's values were inferred.
pub(crate) fn inferred(draft: &Draft) -> usize {
    draft
        .trace
        .values
        .iter()
        .filter(|v| v.confidence == Confidence::Inferred)
        .count()
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

/// The trace's JSON: `{"values": […], "unread": […], "furniture": […], "warnings": […]}`,
/// unsafe characters escaped.
pub(crate) fn trace_json(draft: &Draft) -> Result<String, Failure> {
    let value = json!({
        "values": draft.trace.values,
        "unread": draft.trace.unread,
        "furniture": draft.trace.furniture,
        "warnings": draft.warnings,
    });
    let text = serde_json::to_string_pretty(&value).map_err(unwritable_json)?;
    Ok(safe_json(&text).into_owned() + "\n")
}

/// The review page of `draft`, read from `text`.
pub(crate) fn review_page(draft: &Draft, text: &str) -> String {
    review_html(&draft.report, &draft.trace, &draft.warnings, text)
}

/// Writes `text` to the file at `path`.
pub(crate) fn write_file(path: &str, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| unwritable(path, &e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_bytes_or_binary_units() {
        let size = |t: &str| parse_size(t).ok();
        assert_eq!(size("1000"), Some(1000));
        assert_eq!(size("50M"), Some(50 << 20));
        assert_eq!(size("2GiB"), Some(2 << 30));
        assert_eq!(size("3 kb"), Some(3 << 10));
        assert_eq!(size("0"), None);
        assert_eq!(size("M"), None);
        assert_eq!(size("1T"), None);
        assert_eq!(size("-5"), None);
        assert_eq!(size("99999999999999999999G"), None);
    }
}
