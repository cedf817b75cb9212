//! `pia generate [--form F] [--seed N] [--as-of 日付] [--subjects N] [--handlers N]
//! [--incident] [--size small|typical|large|huge] [--systems N] [--files N] [--entrustments N] [--re-entrustment-depth N] [--provisions N] [--transfers N] [--changes N] [--revision 様式の版] [--defect CODE] [--json]`: writes one generated 評価書 as JSON on stdout (`--json`
//! changes nothing: it is accepted as on every command that prints results). `--as-of` is ISO
//! or 和暦. `--size` chooses the ranges the counts are drawn from per seed (default `typical`,
//! the medians of published reports); `--systems`… `--changes` set a count (提供先 and 移転先
//! over all files). `--revision` sets the 様式 revision by the month its tag prints (`平成26年4月`,
//! `H30.5`, `2018-05`); without it the revision is drawn among those in use on the 公表日.
//!
//! The report is `mynumber_pia::generate::generate` of the default scenario changed by the
//! options: valid (`pia validate --today <as-of>` finds 0 errors and 0 warnings) or, with
//! `--defect CODE`, broken so that validation lists CODE. The same arguments give the same bytes;
//! without options the report is the same for the whole of a major version. Without `--form`
//! the form is the one the しきい値判断 requires, or with `--defect` one in which the code can
//! occur. Exit 0, or 2 with one line on stderr and nothing on stdout for a bad argument (an
//! unknown form or code, a code the form cannot have, a form below the requirement, a date out of
//! range).

use std::io::Write;

use mynumber_pia::AssessmentKind;
use mynumber_pia::form::FormRevision;
use mynumber_pia::generate::{Defect, Scenario, Size, generate, with_defect};
use mynumber_pia::threshold::{HandlerCount, SubjectCount};
use mynumber_pia::validation::Code;

use super::clock::date_option;
use super::harness::{Command, Echo, Exit, Failure, Misuse, NO_ARGUMENTS_HELP_TEMPLATE, Outcome};

const USAGE: &str = "使い方: pia generate [--form basic|focused|full] [--seed N] [--as-of 日付] [--subjects N] [--handlers N] [--incident] [--size small|typical|large|huge] [--systems N] [--files N] [--entrustments N] [--re-entrustment-depth N] [--provisions N] [--transfers N] [--changes N] [--revision 様式の版] [--defect CODE] [--json]";

/// テスト用の評価書を生成 / Generate a 評価書 for testing
///
/// 既定の想定（市の重点項目評価書）をオプションで変えた評価書を JSON で出力します。同じ引数なら同じバイト列です。`--defect` を付けると、そのコードの指摘が出る欠陥を1つ入れます。
///
/// Prints the report of the default scenario (a city's 重点項目評価書) changed by the options, as
/// JSON. The same arguments give the same bytes. With `--defect`, the report has one defect that
/// validation reports with that code.
#[derive(clap::Args)]
#[command(
    help_template = NO_ARGUMENTS_HELP_TEMPLATE,
    override_usage = "pia generate [--form basic|focused|full] [--seed N] [--as-of 日付] [--subjects N] [--handlers N] [--incident] [--size small|typical|large|huge] [--systems N] [--files N] [--entrustments N] [--re-entrustment-depth N] [--provisions N] [--transfers N] [--changes N] [--revision 様式の版] [--defect CODE] [--json]",
    after_help = "例 / Example: pia generate --form full --seed 7 --defect EN004"
)]
pub(crate) struct Args {
    /// 様式: basic|focused|full（基礎|重点|全項目）、省略時はしきい値判断の結果 / the form
    /// (default: the one the しきい値判断 requires)
    #[arg(
        long,
        value_name = "FORM",
        allow_hyphen_values = true,
        overrides_with = "form"
    )]
    form: Option<String>,
    /// 乱数の種（0 以上の整数、省略時 0）/ the seed (a whole number, default 0)
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "seed"
    )]
    seed: Option<String>,
    /// 基準日（2025-04-01、令和7年4月1日、R7.4.1。省略時 2026-04-01）/ the as-of date the
    /// report's dates make sense against, ISO or 和暦 (default 2026-04-01)
    #[arg(
        long = "as-of",
        value_name = "日付",
        allow_hyphen_values = true,
        overrides_with = "as_of"
    )]
    as_of: Option<String>,
    /// 対象人数（人数または選択肢、省略時 120000）/ number of data subjects (default 120000)
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "subjects"
    )]
    subjects: Option<String>,
    /// 取扱者数（人数または選択肢、省略時 300）/ number of staff handling the files (default 300)
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "handlers"
    )]
    handlers: Option<String>,
    /// 過去1年以内に重大事故が発生した / a serious incident happened in the past year
    #[arg(long, overrides_with = "incident")]
    incident: bool,
    /// 規模: small|typical|large|huge（省略時 typical）/ the size the counts are drawn from
    /// (default typical)
    #[arg(
        long,
        value_name = "SIZE",
        allow_hyphen_values = true,
        overrides_with = "size"
    )]
    size: Option<String>,
    /// システムの数（1–20）/ number of systems
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "systems"
    )]
    systems: Option<String>,
    /// 特定個人情報ファイルの数（1–6）/ number of files
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "files"
    )]
    files: Option<String>,
    /// 委託事項の数（0–20）/ number of 委託
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "entrustments"
    )]
    entrustments: Option<String>,
    /// 再委託の深さ（0–3）/ depth of the deepest 再委託 chain
    #[arg(
        long = "re-entrustment-depth",
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "re_entrustment_depth"
    )]
    re_entrustment_depth: Option<String>,
    /// 提供先の数（全ファイルの合計、1ファイル60まで）/ number of 提供先 over all files
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "provisions"
    )]
    provisions: Option<String>,
    /// 移転先の数（全ファイルの合計、1ファイル30まで）/ number of 移転先 over all files
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "transfers"
    )]
    transfers: Option<String>,
    /// 変更箇所の行数（0–250）/ number of 変更箇所 rows
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        overrides_with = "changes"
    )]
    changes: Option<String>,
    /// 様式の版（平成26年4月、H30.5、2024-10 など。省略時は公表日に使われている版から選ぶ）/ the
    /// revision of the form, by the month its tag prints (default: drawn among those in use on
    /// the 公表日)
    #[arg(
        long,
        value_name = "様式の版",
        allow_hyphen_values = true,
        overrides_with = "revision"
    )]
    revision: Option<String>,
    /// 入れる欠陥の検査コード（TH001 など、pia codes を参照）/ the validation code of the defect
    /// to put in (see pia codes)
    #[arg(
        long,
        value_name = "CODE",
        allow_hyphen_values = true,
        overrides_with = "defect"
    )]
    defect: Option<String>,
    /// JSON で出力（出力は常に評価書の JSON、ほかのコマンドと同じく受け付けます）/ print JSON
    /// (the output is always the report's JSON; accepted as on the other commands)
    #[arg(long, overrides_with = "json")]
    json: bool,
}

impl Command for Args {
    const USAGE: &'static str = USAGE;

    fn misuse(misuse: Misuse) -> String {
        match misuse {
            Misuse::MissingValue(option) => format!("{option} の値がありません: {USAGE}"),
            other => other.message(USAGE),
        }
    }

    fn run(self, out: &mut dyn Write) -> Outcome {
        let mut scenario = Scenario::default();
        if let Some(text) = &self.form {
            let form: AssessmentKind = text.parse().map_err(|_| {
                Failure::usage(format!(
                    "--form「{}」は様式ではありません（basic|focused|full|基礎|重点|全項目）",
                    Echo::arg(text)
                ))
            })?;
            scenario = scenario.with_form(form);
        }
        let seed = match &self.seed {
            Some(text) => text.trim().parse::<u64>().map_err(|_| {
                Failure::usage(format!(
                    "--seed「{}」は 0 から {} までの整数ではありません",
                    Echo::arg(text),
                    u64::MAX
                ))
            })?,
            None => 0,
        };
        if let Some(text) = &self.as_of {
            scenario = scenario.with_as_of(date_option("--as-of", text)?);
        }
        if let Some(text) = &self.subjects {
            let count: SubjectCount = text
                .parse()
                .map_err(|e| Failure::usage(format!("--subjects: {e}")))?;
            // A band label stands for its first count (the report follows the band).
            let n = count
                .exact()
                .unwrap_or_else(|| count.band().interval().min());
            scenario = scenario.with_subjects(n);
        }
        if let Some(text) = &self.handlers {
            let count: HandlerCount = text
                .parse()
                .map_err(|e| Failure::usage(format!("--handlers: {e}")))?;
            let n = count
                .exact()
                .unwrap_or_else(|| count.band().interval().min());
            scenario = scenario.with_handlers(n);
        }
        scenario = scenario.with_incident(self.incident);
        if let Some(text) = &self.size {
            let size: Size = text
                .parse()
                .map_err(|e: mynumber_pia::generate::ScenarioError| {
                    Failure::usage(e.to_string())
                })?;
            scenario = scenario.with_size(size);
        }
        type Set = fn(Scenario, usize) -> Scenario;
        let counts: [(&str, &Option<String>, Set); 7] = [
            ("--systems", &self.systems, Scenario::with_systems),
            ("--files", &self.files, Scenario::with_files),
            (
                "--entrustments",
                &self.entrustments,
                Scenario::with_entrustments,
            ),
            (
                "--re-entrustment-depth",
                &self.re_entrustment_depth,
                Scenario::with_re_entrustment_depth,
            ),
            ("--provisions", &self.provisions, Scenario::with_provisions),
            ("--transfers", &self.transfers, Scenario::with_transfers),
            ("--changes", &self.changes, Scenario::with_changes),
        ];
        for (option, text, set) in counts {
            if let Some(text) = text {
                let n = text.trim().parse::<usize>().map_err(|_| {
                    Failure::usage(format!(
                        "{option}「{}」は 0 以上の整数ではありません",
                        Echo::arg(text)
                    ))
                })?;
                scenario = set(scenario, n);
            }
        }
        if let Some(text) = &self.revision {
            let revision: FormRevision = text.trim().parse().map_err(|_| {
                Failure::usage(format!(
                    "--revision「{}」は様式の版の年月ではありません（平成26年4月、H30.5、2024-10 など）",
                    Echo::arg(text)
                ))
            })?;
            scenario = scenario.with_revision(revision);
        }
        let defect = match &self.defect {
            Some(text) => {
                let code: Code = text
                    .parse()
                    .map_err(|e| Failure::usage(format!("--defect: {e}")))?;
                let defect = Defect::of(code).ok_or_else(|| {
                    Failure::usage(format!("--defect: {code} の欠陥は定義されていません"))
                })?;
                let form = defect
                    .form_for(&scenario)
                    .map_err(|e| Failure::usage(e.to_string()))?;
                scenario = scenario.with_form(form);
                Some(code)
            }
            None => None,
        };
        let mut report = generate(&scenario, seed).map_err(|e| Failure::usage(e.to_string()))?;
        if let Some(code) = defect {
            report = with_defect(&report, code, scenario.as_of)
                .map_err(|e| Failure::usage(e.to_string()))?
                .report;
        }
        writeln!(out, "{}", report.to_json())?;
        Ok(Exit::Success)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mynumber_pia::Choice;

    #[test]
    fn every_form_label_of_the_usage_parses() {
        for text in ["basic", "focused", "full", "基礎", "重点", "全項目"] {
            assert!(text.parse::<AssessmentKind>().is_ok(), "{text}");
        }
        assert_eq!(AssessmentKind::ALL.len(), 3);
    }
}
