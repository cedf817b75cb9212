//! Every check of issue 5, one minimal pair per check: a report that triggers it and the same
//! report fixed, which does not.
//!
//! Each case starts from [`Report::example`] (which validates clean), changes one thing to
//! trigger the rule, and names the finding it must give: its code, path and place in the form.
//! The `triggers` test checks the finding end to end (severity and source from the code, the
//! item ID, a Japanese message, the command-line line); the `does_not_trigger` test fixes the
//! report and checks that the finding is gone **and nothing else changed**: the two reports
//! differ by exactly that rule. The table of the module docs of `mynumber_pia::validate` lists
//! these tests; `the_documented_rule_table_lists_every_case` keeps it honest.

use chrono::NaiveDate;
use mynumber_pia::AssessmentKind;
use mynumber_pia::legal_basis::LegalBasis;
use mynumber_pia::report::{
    BodyKind, ChangeRecord, EntrustmentStatus, IncidentHistory, ItemId, LinkageBasis, Medium,
    Period, ReEntrustmentStatus, RecentIncidents, RecordItemBand, Report, ReportBuilder,
    RetentionPeriod, StaffCountBand, SubmissionTiming, Sufficiency,
};
use mynumber_pia::threshold::{
    ReportSet, RequiredAssessment, StatedThresholdResult, SubjectCountBand,
};
use mynumber_pia::validation::{Code, Family, validate};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The reference date unless a case names another: after the examples' 公表日 (2025-06-30).
fn default_today() -> NaiveDate {
    d(2025, 7, 1)
}

fn basis(text: &str) -> Option<LegalBasis> {
    Some(LegalBasis::parse(text).unwrap())
}

fn linkage(text: &str) -> Option<LinkageBasis> {
    Some(LinkageBasis::parse(text).unwrap())
}

fn required(r: RequiredAssessment) -> Option<StatedThresholdResult> {
    Some(StatedThresholdResult::required(r))
}

fn stated(label: &str) -> Option<StatedThresholdResult> {
    Some(label.parse().unwrap())
}

/// A change row of a 全項目評価書.
fn change(date: NaiveDate, timing: SubmissionTiming, explanation: &str) -> ChangeRecord {
    let mut row = ChangeRecord::default();
    row.date = Some(date);
    row.item = "Ⅲ　7．特定個人情報の保管・消去リスク3-消去手順".into();
    row.item_id = Some(ItemId::FullStorageErasureProcedure);
    row.after = Some("消去の記録を追加".into());
    row.timing = Some(timing);
    row.explanation = Some(explanation.into());
    row
}

/// The 3-year 重大事故 item of a 重点項目評価書.
fn incidents(r: &mut Report) -> &mut RecentIncidents {
    &mut r
        .focused_mut()
        .unwrap()
        .risk_measures
        .storage
        .risk
        .serious_incident
}

/// `(code, path)` of every finding.
fn found(report: &Report, today: NaiveDate) -> Vec<(Code, String)> {
    validate(report, today)
        .iter()
        .map(|f| (f.code(), f.path().to_string()))
        .collect()
}

/// The report triggers `code`: its first finding of `code` is at `path`, placed at `location`
/// in the form, and carries everything a finding must.
fn assert_triggers(
    report: &Report,
    today: NaiveDate,
    code: Code,
    path: &str,
    location: &str,
    says: &str,
) {
    let result = validate(report, today);
    let f = result
        .with_code(code)
        .next()
        .unwrap_or_else(|| panic!("{code} not found:\n{result}"));
    assert_eq!(f.path().to_string(), path, "{result}");
    assert_eq!(f.location(), location, "{result}");
    assert_eq!(f.severity(), code.severity());
    assert_eq!(f.source(), code.source());
    let item = f.item().expect("the finding names its form item");
    // A 変更箇所 row names the item it changed; every other finding is on its item's path.
    if !path.starts_with("changes[") {
        assert!(
            f.path()
                .starts_with(&item.path(&f.path().indices().collect::<Vec<_>>())),
            "{code}: item {item:?} is not on {path}"
        );
    }
    assert!(
        f.message()
            .chars()
            .any(|c| ('\u{3040}'..='\u{9fff}').contains(&c)),
        "{code}: message in Japanese: {}",
        f.message()
    );
    assert!(f.message().contains(says), "{code}: {}", f.message());
    assert_eq!(
        f.to_string(),
        format!("{} {code} {path}: {}", code.severity(), f.message())
    );
}

/// The fixed report does not trigger `code`, and finds exactly what the triggering report
/// finds besides `code`: the pair differs by that rule alone.
fn assert_fixed(triggering: &Report, fixed: &Report, today: NaiveDate, code: Code) {
    let after = found(fixed, today);
    assert!(
        after.iter().all(|(c, _)| *c != code),
        "{code} still found: {after:?}"
    );
    let before: Vec<_> = found(triggering, today)
        .into_iter()
        .filter(|(c, _)| *c != code)
        .collect();
    assert_eq!(before, after, "the fix changed more than {code}");
}

/// The literal given, or `""`.
macro_rules! or_empty {
    () => {
        ""
    };
    ($text:literal) => {
        $text
    };
}

macro_rules! rules {
    (
        $(
            $name:ident: $code:ident in $form:ident $(on $today:expr)?,
                at $path:literal, $location:literal $(, says $says:literal)?;
                triggers |$r:ident| $trigger:block
                fixed |$f:ident| $fix:block
        )+
    ) => {
        $(
            mod $name {
                use super::*;

                fn today() -> NaiveDate {
                    let named: Option<NaiveDate> = None $(.or(Some($today)))?;
                    named.unwrap_or_else(default_today)
                }

                pub(super) fn triggering() -> Report {
                    #[allow(unused_mut)]
                    let mut $r = Report::example(AssessmentKind::$form);
                    $trigger
                    $r
                }

                #[test]
                fn triggers() {
                    let says = or_empty!($($says)?);
                    assert_triggers(&triggering(), today(), Code::$code, $path, $location, says);
                }

                #[test]
                fn does_not_trigger() {
                    let mut $f = triggering();
                    $fix
                    assert_fixed(&triggering(), &$f, today(), Code::$code);
                }
            }
        )+

        /// Every case: its name and the rule it triggers.
        const CASES: &[(&str, Code)] = &[$((stringify!($name), Code::$code)),+];
    };
}

rules! {
    // ── 1. しきい値 ───────────────────────────────────────────────────────────────────
    th001_basic_result_from_inputs: ThresholdResultMismatch in Basic,
        at "basic.threshold_result", "Ⅲ しきい値判断結果", says "基礎項目評価の実施が義務付けられる";
        triggers |r| { r.basic_mut().unwrap().threshold_result = required(RequiredAssessment::BasicAndFocused); }
        fixed |f| { f.basic_mut().unwrap().threshold_result = required(RequiredAssessment::Basic); }

    th001_detailed_result_for_band: ThresholdResultMismatch in Full,
        at "procedures.basic_assessment.threshold_result", "Ⅵ1② 基礎項目評価　しきい値判断結果";
        triggers |r| { r.procedures.basic_assessment.threshold_result = required(RequiredAssessment::Basic); }
        fixed |f| { f.procedures.basic_assessment.threshold_result = required(RequiredAssessment::BasicAndFull); }

    th002_basic_filing_below_required: ReportBelowRequired in Basic,
        at "basic.risk_measures.report_set", "Ⅳ1 提出する特定個人情報保護評価書の種類",
        says "基礎項目評価及び全項目評価の実施が義務付けられる";
        triggers |r| {
            // 30万人以上: 基礎+全項目 required, a 基礎項目評価書 only filed.
            let p = r.basic_mut().unwrap();
            p.threshold_items.subject_count = Some(SubjectCountBand::AtLeast300k);
            p.threshold_result = required(RequiredAssessment::BasicAndFull);
        }
        fixed |f| { f.basic_mut().unwrap().risk_measures.report_set = Some(ReportSet::BasicAndFull); }

    th002_focused_when_full_required: ReportBelowRequired in Focused,
        at "procedures.basic_assessment.threshold_result", "Ⅴ1② 基礎項目評価　しきい値判断結果";
        triggers |r| {
            r.affair.subject_count = Some(SubjectCountBand::AtLeast300k);
            r.procedures.basic_assessment.threshold_result = required(RequiredAssessment::BasicAndFull);
        }
        fixed |f| {
            f.affair.subject_count = Some(SubjectCountBand::From100kTo300k);
            f.procedures.basic_assessment.threshold_result = required(RequiredAssessment::BasicAndFocused);
        }

    th003_voluntary_higher_assessment: VoluntaryAssessment in Full,
        at "procedures.basic_assessment.threshold_result", "Ⅵ1② 基礎項目評価　しきい値判断結果";
        triggers |r| {
            r.affair.subject_count = Some(SubjectCountBand::From100kTo300k);
            r.procedures.basic_assessment.threshold_result =
                stated("基礎項目評価及び重点項目評価の実施が義務付けられる（任意に全項目評価を実施）");
            // Few enough handlers that the bands confirm 500人未満.
            r.files[0].usage.user_count = Some(StaffCountBand::From50To100);
        }
        fixed |f| {
            f.affair.subject_count = Some(SubjectCountBand::AtLeast300k);
            f.procedures.basic_assessment.threshold_result = required(RequiredAssessment::BasicAndFull);
        }

    th004_voluntary_suffix_missing: VoluntaryLabelMismatch in Full,
        at "procedures.basic_assessment.threshold_result", "Ⅵ1② 基礎項目評価　しきい値判断結果",
        says "（任意に全項目評価を実施）";
        triggers |r| {
            r.affair.subject_count = Some(SubjectCountBand::From100kTo300k);
            r.procedures.basic_assessment.threshold_result = required(RequiredAssessment::BasicAndFocused);
            r.files[0].usage.user_count = Some(StaffCountBand::From50To100);
        }
        fixed |f| {
            f.procedures.basic_assessment.threshold_result =
                stated("基礎項目評価及び重点項目評価の実施が義務付けられる（任意に全項目評価を実施）");
        }

    th005_file_above_subject_count: SubjectCountInconsistent in Focused,
        at "files[0].data_subjects", "Ⅱ（保険資格ファイル）2② 対象となる本人の数";
        triggers |r| {
            // 対象人数 under 1万 with a file of 10万人以上.
            r.affair.subject_count = Some(SubjectCountBand::From1kTo10k);
            r.procedures.basic_assessment.threshold_result =
                stated("基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）");
        }
        fixed |f| { f.files[0].data_subjects = Some(mynumber_pia::report::DataSubjectBand::Under10k); }

    // ── 2. 取扱者数 ───────────────────────────────────────────────────────────────────
    hc001_handlers_contradict_declared: HandlerCountContradiction in Focused,
        at "procedures.basic_assessment.threshold_result", "Ⅴ1② 基礎項目評価　しきい値判断結果";
        triggers |r| { r.files[0].usage.user_count = Some(StaffCountBand::AtLeast1000); }
        fixed |f| { f.files[0].usage.user_count = Some(StaffCountBand::From50To100); }

    hc002_handlers_undecidable: HandlerCountUndecidable in Focused,
        at "procedures.basic_assessment.threshold_result", "Ⅴ1② 基礎項目評価　しきい値判断結果";
        triggers |r| { r.files[0].usage.user_count = Some(StaffCountBand::From100To500); }
        fixed |f| { f.files[0].usage.user_count = Some(StaffCountBand::From50To100); }

    // ── 3. 委託 ───────────────────────────────────────────────────────────────────────
    en001_entrusts_without_items: EntrustmentWithoutItems in Full,
        at "files[0].entrustment_status", "Ⅱ（保険資格ファイル）4 委託の有無";
        triggers |r| { r.files[0].entrustments.clear(); }
        fixed |f| {
            f.files[0].entrustment_status = Some(EntrustmentStatus::DoesNotEntrust);
            f.files[0].entrustment_count = None;
        }

    en002_items_without_entrusting: ItemsWithoutEntrustment in Full,
        at "files[0].entrustment_status", "Ⅱ（保険資格ファイル）4 委託の有無";
        triggers |r| { r.files[0].entrustment_status = Some(EntrustmentStatus::DoesNotEntrust); }
        fixed |f| { f.files[0].entrustment_status = Some(EntrustmentStatus::Entrusts); }

    en003_entrustment_count: EntrustmentCountMismatch in Full,
        at "files[0].entrustment_count", "Ⅱ（保険資格ファイル）4 委託の有無　（ ）件";
        triggers |r| { r.files[0].entrustment_count = Some(2); }
        fixed |f| { f.files[0].entrustment_count = Some(1); }

    en004_re_entrustment_without_permission: ReEntrustmentWithoutPermissionMethod in Full,
        at "files[0].entrustments[0].re_entrustment_permission",
        "Ⅱ（保険資格ファイル）4 委託事項1 ⑧ 再委託の許諾方法";
        triggers |r| { r.files[0].entrustments[0].re_entrustment_permission = Some("－".into()); }
        fixed |f| { f.files[0].entrustments[0].re_entrustment_permission = Some("書面で許諾する。".into()); }

    en005_re_entrustment_without_items: ReEntrustmentWithoutItems in Full,
        at "files[0].entrustments[0].re_entrustment_items",
        "Ⅱ（保険資格ファイル）4 委託事項1 ⑨ 再委託事項";
        triggers |r| { r.files[0].entrustments[0].re_entrustment_items = None; }
        fixed |f| { f.files[0].entrustments[0].re_entrustment_items = Some("障害時の復旧支援".into()); }

    en006_re_entrustees_without_re_entrustment: ReEntrusteesWithoutReEntrustment in Full,
        at "files[0].entrustments[0].re_entrustment",
        "Ⅱ（保険資格ファイル）4 委託事項1 ⑦ 再委託の有無", says "再委託先2件";
        triggers |r| { r.files[0].entrustments[0].re_entrustment = Some(ReEntrustmentStatus::DoesNotReEntrust); }
        fixed |f| { f.files[0].entrustments[0].re_entrustment = Some(ReEntrustmentStatus::ReEntrusts); }

    en007_chain_level_without_permission: ChainLevelWithoutPermission in Full,
        at "files[0].entrustments[0].re_entrustees[1].permitted_by_original",
        "Ⅱ（保険資格ファイル）4 委託事項1 再々委託先", says "再々委託先";
        triggers |r| {
            let level = &mut r.files[0].entrustments[0].re_entrustees[1];
            level.permission_method = None;
            level.permitted_by_original = None;
        }
        fixed |f| { f.files[0].entrustments[0].re_entrustees[1].permitted_by_original = Some(true); }

    en007_chain_level_refused: ChainLevelWithoutPermission in Full,
        at "files[0].entrustments[0].re_entrustees[0].permitted_by_original",
        "Ⅱ（保険資格ファイル）4 委託事項1 再委託先", says "許諾を得ていない";
        triggers |r| { r.files[0].entrustments[0].re_entrustees[0].permitted_by_original = Some(false); }
        fixed |f| { f.files[0].entrustments[0].re_entrustees[0].permitted_by_original = Some(true); }

    en008_chain_cycle: EntrustmentCycle in Full,
        at "files[0].entrustments[0].re_entrustees[1].name",
        "Ⅱ（保険資格ファイル）4 委託事項1 再々委託先", says "上位（委託先）";
        triggers |r| {
            // 委託先 → サンプル保守 → 委託先 again.
            r.files[0].entrustments[0].re_entrustees[1].name = Some("株式会社サンプル情報サービス".into());
        }
        fixed |f| { f.files[0].entrustments[0].re_entrustees[1].name = Some("株式会社データセンター".into()); }

    en008_re_entrusts_to_the_body: EntrustmentCycle in Full,
        at "files[0].entrustments[0].re_entrustees[0].name",
        "Ⅱ（保険資格ファイル）4 委託事項1 再委託先", says "「架空市長」は、この委託の連鎖の上位（評価実施機関）";
        triggers |r| { r.files[0].entrustments[0].re_entrustees[0].name = Some("架空市長".into()); }
        fixed |f| { f.files[0].entrustments[0].re_entrustees[0].name = Some("サンプル保守株式会社".into()); }

    en008_re_entrusts_to_itself: EntrustmentCycle in Full,
        at "files[0].entrustments[0].re_entrustees[0].name",
        "Ⅱ（保険資格ファイル）4 委託事項1 再委託先", says "上位（委託先）に既に現れている";
        triggers |r| {
            // The 委託先 names itself as its own 再委託先.
            r.files[0].entrustments[0].re_entrustees[0].name = Some("株式会社 サンプル情報サービス".into());
        }
        fixed |f| { f.files[0].entrustments[0].re_entrustees[0].name = Some("サンプル保守株式会社".into()); }

    // ── 4. 提供・移転 ─────────────────────────────────────────────────────────────────
    pv001_provision_count: ProvisionCountMismatch in Full,
        at "files[0].provision_transfer", "Ⅱ（保険資格ファイル）5 提供・移転の有無", says "（28）件";
        triggers |r| { r.files[0].provision_transfer.provision_count = Some(28); }
        fixed |f| { f.files[0].provision_transfer.provision_count = Some(1); }

    pv002_entry_without_basis: ProvisionWithoutLegalBasis in Full,
        at "files[0].transfers[0].legal_basis", "Ⅱ（保険資格ファイル）5 移転先1 ① 法令上の根拠";
        triggers |r| { r.files[0].transfers[0].legal_basis = None; }
        fixed |f| { f.files[0].transfers[0].legal_basis = basis("住民基本台帳法第7条"); }

    pv003_network_provision_without_19_8: NetworkProvisionWithoutBasis in Full,
        at "files[0].provisions[0].legal_basis", "Ⅱ（保険資格ファイル）5 提供先1 ① 法令上の根拠";
        triggers |r| { r.files[0].provisions[0].legal_basis = basis("地方税法第20条の11"); }
        fixed |f| {
            f.files[0].provisions[0].legal_basis =
                basis("番号利用法第19条第８号に基づく主務省令第２条の表の４８の項");
        }

    pv004_linkage_without_basis: LinkageWithoutBasis in Full,
        at "affair.info_linkage_basis",
        "Ⅰ6② 情報提供ネットワークシステムによる情報連携　法令上の根拠";
        triggers |r| { r.affair.info_linkage_basis = linkage("－"); }
        fixed |f| { f.affair.info_linkage_basis = linkage("番号利用法第19条第8号に基づく主務省令第2条の表の69の項"); }

    pv005_old_provision_citation: OutdatedCitation in Full,
        at "files[0].provisions[0].legal_basis", "Ⅱ（保険資格ファイル）5 提供先1 ① 法令上の根拠",
        says "現行は「番号法第19条第8号に基づく主務省令第2条の表第145項」";
        triggers |r| { r.files[0].provisions[0].legal_basis = basis("番号法第19条第8号 別表第二の109の項"); }
        fixed |f| {
            f.files[0].provisions[0].legal_basis =
                basis("番号法第19条第8号に基づく主務省令第2条の表の145の項");
        }

    pv005_old_usage_citation: OutdatedCitation in Full,
        at "affair.number_use_basis", "Ⅰ5 個人番号の利用　法令上の根拠",
        says "現行は「番号法別表第85項」";
        triggers |r| { r.affair.number_use_basis = basis("番号法第9条第1項、別表第一の59の項"); }
        fixed |f| { f.affair.number_use_basis = basis("番号法第9条第1項、別表の85の項"); }

    pv006_entries_without_the_box: ProvisionDeclaredNone in Full,
        at "files[0].provision_transfer", "Ⅱ（保険資格ファイル）5 提供・移転の有無";
        triggers |r| { r.files[0].provision_transfer.transfer = false; }
        fixed |f| { f.files[0].provision_transfer.transfer = true; }

    pv005_old_article_19_7: OutdatedCitation in Full,
        at "affair.info_linkage_basis",
        "Ⅰ6② 情報提供ネットワークシステムによる情報連携　法令上の根拠",
        says "「番号法第19条第7号」は令和4年の番号法改正（第19条第7号→第19条第8号）より前の規定（現行は「番号法第19条第8号」）";
        triggers |r| { r.affair.info_linkage_basis = linkage("番号法第19条第7号"); }
        fixed |f| { f.affair.info_linkage_basis = linkage("番号法第19条第8号"); }

    pv005_old_row_names_the_2024_change: OutdatedCitation in Full,
        at "files[0].provisions[0].legal_basis", "Ⅱ（保険資格ファイル）5 提供先1 ① 法令上の根拠",
        says "「番号法別表第二第27項」は令和6年5月27日施行の番号法改正（別表第一→別表、別表第二→第19条第8号に基づく主務省令第2条の表）より前の規定（現行は「番号法第19条第8号に基づく主務省令第2条の表第48項」）";
        triggers |r| { r.files[0].provisions[0].legal_basis = basis("番号利用法第19条第8号 別表第二の27の項"); }
        fixed |f| {
            f.files[0].provisions[0].legal_basis =
                basis("番号利用法第19条第8号に基づく主務省令第2条の表の48の項");
        }

    pv007_checked_box_without_count: ProvisionCountMissing in Full,
        at "files[0].provision_transfer", "Ⅱ（保険資格ファイル）5 提供・移転の有無",
        says "「移転を行っている」にチェックがあるが、件数（ ）が記載されていない";
        triggers |r| { r.files[0].provision_transfer.transfer_count = None; }
        fixed |f| { f.files[0].provision_transfer.transfer_count = Some(1); }

    pv008_count_beside_unchecked_box: ProvisionBoxesInconsistent in Focused,
        at "files[0].provision_transfer", "Ⅱ（保険資格ファイル）5 提供・移転の有無",
        says "「提供を行っている」にチェックがないが、（1）件と記載されている";
        triggers |r| { r.files[0].provision_transfer.provision_count = Some(1); }
        fixed |f| { f.files[0].provision_transfer.provision_count = None; }

    pv008_none_checked_with_a_box: ProvisionBoxesInconsistent in Focused,
        at "files[0].provision_transfer", "Ⅱ（保険資格ファイル）5 提供・移転の有無",
        says "「行っていない」と「移転を行っている」の両方にチェックがある";
        triggers |r| {
            r.files[0].transfers.clear();
            r.files[0].provision_transfer.transfer_count = Some(0);
            r.files[0].provision_transfer.neither = true;
        }
        fixed |f| { f.files[0].provision_transfer.transfer = false; f.files[0].provision_transfer.transfer_count = None; }

    pv009_no_provision_but_connected: LinkageNoneContradicted in Focused,
        at "focused.risk_measures.network.not_connected_provision",
        "Ⅲ6 接続しない（提供）",
        says "Ⅰ5②の法令上の根拠は情報提供「なし」としているが、Ⅲ6「接続しない（提供）」にチェックがない、不正な提供が行われるリスクへの対策が記載されている";
        triggers |r| {
            r.affair.info_linkage_basis = linkage("（1）情報提供の根拠\nなし（情報提供は行わない。）\n（2）情報照会の根拠\n番号利用法第19条第8号に基づく主務省令第2条の表の69の項");
        }
        fixed |f| { f.focused_mut().unwrap().risk_measures.network.not_connected_provision = true; }

    pv009_no_provision_but_network_destination: LinkageNoneContradicted in Full,
        at "files[0].provisions[0].methods", "Ⅱ（保険資格ファイル）5 提供先1 ⑥ 提供方法",
        says "提供先1の提供方法が情報提供ネットワークシステムである";
        triggers |r| {
            r.affair.info_linkage_basis = linkage("（1）情報提供の根拠\nなし（情報提供は行わない。）\n（2）情報照会の根拠\n番号利用法第19条第8号に基づく主務省令第2条の表の69の項");
            r.full_mut().unwrap().risk_measures.network.not_connected_provision = true;
        }
        fixed |f| {
            f.affair.info_linkage_basis = linkage("（1）情報提供の根拠\n番号利用法第19条第8号に基づく主務省令第2条の表の48の項\n（2）情報照会の根拠\n番号利用法第19条第8号に基づく主務省令第2条の表の69の項");
        }

    pv009_no_inquiry_but_connected: LinkageNoneContradicted in Focused,
        at "focused.risk_measures.network.not_connected_acquisition",
        "Ⅲ6 接続しない（入手）",
        says "情報照会「なし」としているが、Ⅲ6「接続しない（入手）」にチェックがない";
        triggers |r| {
            r.affair.info_linkage_basis = linkage("（1）情報提供の根拠\n番号利用法第19条第8号に基づく主務省令第2条の表の69の項\n（2）情報照会の根拠\nなし");
        }
        fixed |f| { f.focused_mut().unwrap().risk_measures.network.not_connected_acquisition = true; }

    pv009_no_inquiry_but_network_acquisition: LinkageNoneContradicted in Focused,
        at "files[0].acquisition.methods", "Ⅱ（保険資格ファイル）3② 入手方法",
        says "入手方法に情報提供ネットワークシステムがある";
        triggers |r| {
            r.affair.info_linkage_basis = linkage("（1）情報提供の根拠\n番号利用法第19条第8号に基づく主務省令第2条の表の69の項\n（2）情報照会の根拠\nなし");
            r.focused_mut().unwrap().risk_measures.network.not_connected_acquisition = true;
            r.files[0].acquisition.methods.checked.insert(Medium::InfoNetwork);
        }
        fixed |f| { f.files[0].acquisition.methods.checked.remove(&Medium::InfoNetwork); }

    // ── 5. Required content ────────────────────────────────────────────────────────────
    ct001_undefined_retention_without_reason: RetentionUndefinedWithoutReason in Full,
        at "files[0].storage.retention_validity", "Ⅱ（保険資格ファイル）6② 保管期間　その妥当性";
        triggers |r| {
            r.files[0].storage.retention = Some(RetentionPeriod::Undefined);
            r.files[0].storage.retention_validity = None;
        }
        fixed |f| { f.files[0].storage.retention_validity = Some("資格の記録は喪失後も照会に使うため。".into()); }

    ct002_incident_without_prevention: IncidentWithoutDetails in Focused,
        at "focused.risk_measures.storage.risk.serious_incident",
        "Ⅲ7② 過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか",
        says "再発防止策の内容";
        triggers |r| {
            let i = incidents(&mut r);
            *i = RecentIncidents::default();
            i.status = Some(IncidentHistory::Occurred);
            i.content = Some("書類の誤送付".into());
            i.incident_dates = vec![d(2025, 1, 10)];
        }
        fixed |f| { incidents(&mut f).prevention = Some("封入時に二人で確認する。".into()); }

    ct003_remaining_issue_without_measures: RemainingIssueWithoutMeasures in Full,
        at "full.risk_measures.usage.risk3", "Ⅲ3リスク3 リスク３：従業者が事務外で使用するリスク";
        triggers |r| {
            let risk = &mut r.full_mut().unwrap().risk_measures.usage.risk3;
            risk.sufficiency = Some(Sufficiency::IssuesRemain);
            risk.measures = None;
        }
        fixed |f| {
            f.full_mut().unwrap().risk_measures.usage.risk3.measures =
                Some("事務外利用の禁止を研修で徹底する。".into());
        }

    ct004_mandatory_item_empty: MandatoryItemEmpty in Full,
        at "cover.body", "表紙 評価実施機関名";
        triggers |r| { r.cover.body = Some("　".into()); }
        fixed |f| { f.cover.body = Some("架空市長".into()); }

    ct004_basic_threshold_item_empty: MandatoryItemEmpty in Basic,
        at "basic.threshold_items.serious_incident",
        "Ⅱ3 過去１年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか";
        triggers |r| { r.basic_mut().unwrap().threshold_items.serious_incident = None; }
        fixed |f| {
            f.basic_mut().unwrap().threshold_items.serious_incident =
                Some(mynumber_pia::threshold::SeriousIncident::NotOccurred);
        }

    ct004_focused_basic_assessment_date_empty: MandatoryItemEmpty in Focused,
        at "procedures.basic_assessment.date", "Ⅴ1① 基礎項目評価　実施日";
        triggers |r| { r.procedures.basic_assessment.date = None; }
        fixed |f| { f.procedures.basic_assessment.date = Some(d(2025, 6, 2)); }

    ct005_choice_not_filled: ItemNotFilled in Focused,
        at "files[0].transfers[0].data_subjects",
        "Ⅱ（保険資格ファイル）5 移転先1 ④ 移転する情報の対象となる本人の数";
        triggers |r| { r.files[0].transfers[0].data_subjects = None; }
        fixed |f| { f.files[0].transfers[0].data_subjects = Some(mynumber_pia::report::DataSubjectBand::From100kTo1m); }

    ct006_file_names_of_chapter_1: FileNamesDiffer in Focused,
        at "affair.file_names", "Ⅰ3 特定個人情報ファイル名",
        says "特定個人情報ファイル名がⅠ3とⅡ1で一致しない（Ⅰ3の「保険資格システムファイル」はⅡ1にない、Ⅱ1の「保険資格ファイル」はⅠ3にない）";
        triggers |r| { r.affair.file_names = vec!["保険資格システムファイル".into()]; }
        // Width, spaces and a list marker do not make a name differ.
        fixed |f| { f.affair.file_names = vec!["（１）保険資格 ファイル".into()]; }

    ct006_file_names_of_chapter_3: FileNamesDiffer in Full,
        at "full.risk_measures.file_names", "Ⅲ1 特定個人情報ファイル名",
        says "Ⅲ1の「保険資格」はⅡ1にない";
        triggers |r| { r.full_mut().unwrap().risk_measures.file_names = vec!["保険資格".into()]; }
        fixed |f| { f.full_mut().unwrap().risk_measures.file_names = vec!["保険資格ファイル".into()]; }

    ct007_record_items_outside_the_band: RecordItemCountMismatch in Focused,
        at "files[0].record_item_count", "Ⅱ（保険資格ファイル）2④ 記録される項目",
        says "記録される項目は「50項目以上100項目未満」だが、（別添1）特定個人情報ファイル記録項目には47項目が記載されている";
        triggers |r| {
            r.files[0].record_item_count = Some(RecordItemBand::From50To100);
            r.files[0].record_item_list = (1..=47).map(|n| format!("<賦課>項目{n}")).collect();
        }
        fixed |f| { f.files[0].record_item_count = Some(RecordItemBand::From10To50); }

    ct008_unsafe_character: UnsafeCharacter in Focused,
        at "files[0].entrustments[0].entrustee", "Ⅱ（保険資格ファイル）4 委託事項1 ③ 委託先名",
        says "U+202E";
        triggers |r| { r.files[0].entrustments[0].entrustee = Some("株式会社\u{202e}エヌ".into()); }
        // A line break and a tab are text of a multi-line cell.
        fixed |f| { f.files[0].entrustments[0].entrustee = Some("株式会社\n\tエヌ".into()); }

    // ── 6. Procedures ──────────────────────────────────────────────────────────────────
    pc001_short_comment_without_reason: PublicCommentTooShort in Full,
        at "procedures.public_comment.period", "Ⅵ2② 意見の聴取　実施日・期間", says "29日間";
        triggers |r| { r.procedures.public_comment.period = Period::new(d(2025, 4, 1), d(2025, 4, 29)); }
        fixed |f| { f.procedures.public_comment.shortening_reason = Some("制度改正の施行日に間に合わせるため".into()); }

    pc002_full_without_public_comment: PublicCommentMissing in Full,
        at "procedures.public_comment.period", "Ⅵ2② 意見の聴取　実施日・期間";
        triggers |r| { r.procedures.public_comment = Default::default(); }
        fixed |f| { f.procedures.public_comment = Report::example(AssessmentKind::Full).procedures.public_comment; }

    pc003_local_full_without_review: ThirdPartyReviewMissing in Full,
        at "procedures.third_party_review.date", "Ⅵ3① 第三者点検　実施日";
        triggers |r| { r.procedures.third_party_review = Default::default(); }
        fixed |f| { f.procedures.third_party_review = Report::example(AssessmentKind::Full).procedures.third_party_review; }

    pc004_comment_ends_before_it_starts: ProcedureDatesOutOfOrder in Full,
        at "procedures.public_comment.period", "Ⅵ2② 意見の聴取　実施日・期間", says "開始日";
        triggers |r| { r.procedures.public_comment.period.end = Some(d(2025, 3, 31)); }
        fixed |f| { f.procedures.public_comment.period.end = Some(d(2025, 4, 30)); }

    pc004_review_before_comment_ends: ProcedureDatesOutOfOrder in Full,
        at "procedures.third_party_review.date", "Ⅵ3① 第三者点検　実施日", says "意見聴取の終了";
        triggers |r| { r.procedures.third_party_review.date = Some(d(2025, 4, 15)); }
        fixed |f| { f.procedures.third_party_review.date = Some(d(2025, 5, 20)); }

    pc004_review_after_publication: ProcedureDatesOutOfOrder in Full,
        at "procedures.third_party_review.date", "Ⅵ3① 第三者点検　実施日", says "公表日";
        triggers |r| { r.procedures.third_party_review.date = Some(d(2025, 7, 15)); }
        fixed |f| { f.procedures.third_party_review.date = Some(d(2025, 6, 15)); }

    pc005_published_before_basic_assessment: PublishedBeforeBasicAssessment in Focused,
        at "cover.published_on", "表紙 公表日";
        triggers |r| { r.cover.published_on = Some(d(2025, 6, 1)); }
        fixed |f| { f.cover.published_on = Some(d(2025, 6, 30)); }

    pc006_approval_by_local_government: ApprovalByLocalGovernment in Full,
        at "cover.approval_date", "表紙 個人情報保護委員会　承認日";
        triggers |r| { r.cover.approval_date = Some(d(2025, 6, 20)); }
        fixed |f| { f.cover.approval_date = None; }

    pc007_national_full_without_approval: ApprovalMissing in Full,
        at "procedures.ppc_approval.submitted_on", "Ⅵ4① 個人情報保護委員会の承認　提出日";
        triggers |r| {
            r.cover.body = Some("架空大臣".into());
            r.cover.body_kind = Some(BodyKind::NationalAgency);
        }
        fixed |f| { f.procedures.ppc_approval.submitted_on = Some(d(2025, 6, 10)); }

    // ── 7. Time, against the reference date ────────────────────────────────────────────
    tm001_reassessment_overdue: ReassessmentOverdue in Focused on d(2030, 7, 1),
        at "cover.published_on", "表紙 公表日", says "令和7年6月30日";
        triggers |r| {}
        fixed |f| { f.cover.published_on = Some(d(2030, 6, 1)); }

    tm002_reassessment_due_within_6_months: ReassessmentDueSoon in Focused on d(2030, 1, 15),
        at "cover.published_on", "表紙 公表日", says "令和12年6月30日";
        triggers |r| {}
        fixed |f| { f.cover.published_on = Some(d(2025, 7, 16)); }

    // Without a 公表日 the 5 years run from the 基礎項目評価 実施日 (2025-06-02 in the example),
    // and the message says so (issue 12).
    tm001_reassessment_overdue_without_publication_date: ReassessmentOverdue in Full on d(2030, 6, 3),
        at "cover.published_on", "表紙 公表日", says "公表日の記載がないため基礎項目評価の実施日から数えた";
        triggers |r| { r.cover.published_on = None; }
        fixed |f| { f.procedures.basic_assessment.date = Some(d(2025, 12, 4)); }

    tm002_reassessment_due_without_publication_date: ReassessmentDueSoon in Basic on d(2030, 6, 1),
        at "cover.published_on", "表紙 公表日", says "公表日の記載がないため変更日から数えた";
        triggers |r| {
            r.cover.published_on = None;
            r.changes.push(ChangeRecord::new("Ⅰ　6．②所属長の役職名").with_date(d(2025, 6, 30)));
        }
        fixed |f| { f.changes[0].date = Some(d(2025, 12, 2)); }

    tm003_count_date_after_publication: CountDateAfterPublication in Basic,
        at "basic.threshold_items.subject_count_as_of", "Ⅱ1 対象人数　いつ時点の計数か";
        triggers |r| { r.basic_mut().unwrap().threshold_items.subject_count_as_of = Some(d(2025, 7, 1)); }
        fixed |f| { f.basic_mut().unwrap().threshold_items.subject_count_as_of = Some(d(2025, 6, 30)); }

    tm004_count_date_over_a_year_old: CountDateStale in Basic,
        at "basic.threshold_items.handler_count_as_of", "Ⅱ2 取扱者数　いつ時点の計数か";
        triggers |r| { r.basic_mut().unwrap().threshold_items.handler_count_as_of = Some(d(2024, 6, 29)); }
        fixed |f| { f.basic_mut().unwrap().threshold_items.handler_count_as_of = Some(d(2024, 6, 30)); }

    tm004_count_date_old_without_publication_date: CountDateStale in Basic,
        at "basic.threshold_items.subject_count_as_of", "Ⅱ1 対象人数　いつ時点の計数か",
        says "公表日の記載がないため変更日と比べた";
        triggers |r| {
            r.cover.published_on = None;
            r.changes.push(ChangeRecord::new("Ⅰ　6．②所属長の役職名").with_date(d(2026, 4, 2)));
        }
        fixed |f| { f.changes[0].date = Some(d(2026, 4, 1)); }

    tm005_incident_older_than_3_years: IncidentExpired in Focused,
        at "focused.risk_measures.storage.risk.serious_incident",
        "Ⅲ7② 過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか",
        says "「発生なし」に改める";
        triggers |r| {
            let i = incidents(&mut r);
            *i = RecentIncidents::default();
            i.status = Some(IncidentHistory::Occurred);
            i.content = Some("書類の誤送付".into());
            i.prevention = Some("封入時に二人で確認する。".into());
            i.incident_dates = vec![d(2022, 6, 30)];
        }
        fixed |f| { incidents(&mut f).incident_dates = vec![d(2022, 7, 1)]; }

    tm006_end_date_unreadable: EndDateUnreadable in Basic,
        at "cover.title", "表紙 評価書名", says "令和7年2月30日";
        triggers |r| { r.cover.title = Some("国民健康保険に関する事務　基礎項目評価書【令和7年2月30日 終了】".into()); }
        fixed |f| { f.cover.title = Some("国民健康保険に関する事務　基礎項目評価書【令和7年2月28日 終了】".into()); }

    // ── 8. 変更箇所 ───────────────────────────────────────────────────────────────────
    ch001_significant_change_filed_after: SignificantChangeFiledAfter in Full,
        at "changes[0].timing",
        "（別添３）変更箇所 1行目（Ⅲ　7．特定個人情報の保管・消去リスク3-消去手順） 提出時期";
        triggers |r| { r.changes.push(change(d(2025, 6, 1), SubmissionTiming::After, "重要な変更である")); }
        fixed |f| { f.changes[0].timing = Some(SubmissionTiming::Before); }

    ch002_change_after_publication: ChangeAfterPublication in Full,
        at "changes[0].date",
        "（別添３）変更箇所 1行目（Ⅲ　7．特定個人情報の保管・消去リスク3-消去手順） 変更日";
        triggers |r| { r.changes.push(change(d(2025, 7, 1), SubmissionTiming::Before, "重要な変更である")); }
        fixed |f| { f.changes[0].date = Some(d(2025, 6, 30)); }

    ch003_rows_out_of_date_order: ChangesOutOfOrder in Full,
        at "changes[1].date",
        "（別添３）変更箇所 2行目（Ⅲ　7．特定個人情報の保管・消去リスク3-消去手順） 変更日";
        triggers |r| {
            r.changes.push(change(d(2020, 4, 1), SubmissionTiming::After, "重要な変更に当たらない"));
            r.changes.push(change(d(2019, 4, 1), SubmissionTiming::After, "重要な変更に当たらない"));
        }
        fixed |f| { f.changes.swap(0, 1); }

    ch004_significant_item_after_without_reason: SignificantItemChangedWithoutReason in Focused,
        at "changes[0].explanation",
        "（別添２）変更箇所 1行目（Ⅱ-４特定個人情報ファイルの取扱いの委託④、⑤、⑥） 提出時期に係る説明",
        says "※の項目（Ⅱ4④ 再委託の有無）の変更を「事後」に提出しているが、提出時期に係る説明「見直しによる修正」は重要な変更に当たらない理由を述べていない";
        triggers |r| {
            // No item_id: the row's item is found by the number in its 項目 text.
            let mut row = ChangeRecord::new("Ⅱ-４特定個人情報ファイルの取扱いの委託④、⑤、⑥")
                .with_date(d(2025, 6, 1))
                .with_values("再委託しない", "再委託する")
                .with_timing(SubmissionTiming::After)
                .with_explanation("見直しによる修正");
            row.item_id = None;
            r.changes.push(row);
        }
        fixed |f| { f.changes[0].explanation = Some("再委託先の追加であり、重要な変更に当たらない".into()); }

    ch004_significant_chapter_after_without_reason: SignificantItemChangedWithoutReason in Focused,
        at "changes[0].explanation",
        "（別添２）変更箇所 1行目（Ⅲリスク対策） 提出時期に係る説明",
        says "提出時期に係る説明「記載を見直した」";
        triggers |r| {
            r.changes.push(
                ChangeRecord::new("Ⅲリスク対策")
                    .with_date(d(2025, 6, 1))
                    .with_values("", "Ⅲ　リスク対策を記載")
                    .with_timing(SubmissionTiming::After)
                    .with_explanation("記載を見直した"),
            );
        }
        fixed |f| { f.changes[0].explanation = Some("様式改正".into()); }
}

#[test]
fn the_examples_the_cases_start_from_are_clean() {
    for form in [
        AssessmentKind::Basic,
        AssessmentKind::Focused,
        AssessmentKind::Full,
    ] {
        let result = validate(&Report::example(form), default_today());
        assert!(result.findings().is_empty(), "{form}:\n{result}");
    }
}

#[test]
fn every_rule_has_a_case() {
    for code in Code::ALL {
        assert!(
            CASES.iter().any(|(_, c)| c == code),
            "{code} has no triggering case"
        );
    }
    for &family in Family::ALL {
        assert!(CASES.iter().any(|(_, c)| c.family() == family));
    }
}

#[test]
fn the_documented_rule_table_lists_every_case() {
    let docs = include_str!("../src/validation/mod.rs");
    for (name, code) in CASES {
        let row = docs
            .lines()
            .find(|l| l.contains(&format!("`{name}::triggers`")))
            .unwrap_or_else(|| panic!("{name} is not in the rule table of src/validation/mod.rs"));
        assert!(row.contains(code.as_str()), "{name}: {row}");
        assert!(
            row.contains(&format!("`{name}::does_not_trigger`")),
            "{row}"
        );
    }
    for code in Code::ALL {
        assert!(docs.contains(code.as_str()), "{code} is not documented");
    }
}

/// A report built rather than taken from the examples triggers the same way (the cases do not
/// depend on the example's particular values).
#[test]
fn a_built_report_triggers_like_the_example() {
    let mut r = ReportBuilder::new(AssessmentKind::Full, "介護保険に関する事務").build();
    r.files[0].entrustments[0].re_entrustment_permission = None;
    let codes = validate(&r, default_today()).codes();
    assert_eq!(codes, [Code::ReEntrustmentWithoutPermissionMethod]);
}
