//! Minimal pairs for every rule of `mynumber_pia::change` (the table in `src/change/mod.rs`):
//! the example report of a form changed in one place, judged by the rule (`triggers`), and the
//! closest change the rule does not judge (`does_not_trigger`).

use chrono::NaiveDate;
use mynumber_pia::AssessmentKind;
use mynumber_pia::change::{
    Change, ChangeKind, ChangeSet, Consequence, Reason, Significance, Step, compare,
};
use mynumber_pia::legal_basis::LegalBasis;
use mynumber_pia::report::{
    BodyKind, DataSubjectBand, Effort, Entrustment, EntrustmentStatus, IncidentHistory,
    InfoLinkage, ItemId, ReEntrustmentStatus, RecordItemCategory, Report, ReportBuilder,
    SourceKind, StaffCountBand, SubmissionTiming,
};
use mynumber_pia::threshold::{
    HandlerCountBand, RequiredAssessment, SeriousIncident, StatedThresholdResult, SubjectCountBand,
};

/// The changes between `old` and `old` edited by `edit`.
fn diff(old: &Report, edit: impl FnOnce(&mut Report)) -> ChangeSet {
    let mut new = old.clone();
    edit(&mut new);
    compare(old, &new).expect("two versions of one report")
}

/// The one change of `set`.
fn only(set: &ChangeSet) -> &Change {
    assert_eq!(set.changes().len(), 1, "{:#?}", set.changes());
    &set.changes()[0]
}

fn full() -> Report {
    Report::example(AssessmentKind::Full)
}

fn basis(text: &str) -> Option<LegalBasis> {
    Some(LegalBasis::parse(text).expect("a legal basis"))
}

mod not_marked {
    use super::*;

    #[test]
    fn triggers() {
        // 全項目 Ⅲ is ※ except ７．リスク１⑨.
        let set = diff(&full(), |r| {
            let st = &mut r.full_mut().unwrap().risk_measures.storage.risk1;
            st.serious_incident.status = Some(IncidentHistory::Occurred);
        });
        let c = only(&set);
        assert_eq!(c.item(), ItemId::FullStorageSeriousIncident);
        assert_eq!(c.reason(), Reason::NotMarked);
        assert_eq!(c.significance(), Significance::NotSignificant);
        assert_eq!(c.timing(), SubmissionTiming::After);
        assert_eq!(
            c.explanation(),
            "重要な変更に当たらない（その他の項目の変更）"
        );
        assert_eq!(c.source(), "規則 第11条（様式の※の項目）");
        assert_eq!(set.consequences(), [Consequence::NoReassessment]);
    }

    #[test]
    fn does_not_trigger() {
        // ⑦バックアップ is in the ※ of Ⅲ.
        let set = diff(&full(), |r| {
            r.full_mut().unwrap().risk_measures.storage.risk1.backup = Some(Effort::Insufficient);
        });
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod not_marked_focused {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&Report::example(AssessmentKind::Focused), |r| {
            r.focused_mut()
                .unwrap()
                .risk_measures
                .storage
                .risk
                .serious_incident
                .status = Some(IncidentHistory::Occurred);
        });
        let c = only(&set);
        assert_eq!(c.item(), ItemId::FocusedStorageSeriousIncident);
        assert_eq!(c.reason(), Reason::NotMarked);
    }

    #[test]
    fn does_not_trigger() {
        let set = diff(&Report::example(AssessmentKind::Focused), |r| {
            r.focused_mut()
                .unwrap()
                .risk_measures
                .storage
                .risk
                .incident_procedure = Some(Effort::Insufficient);
        });
        let c = only(&set);
        assert_eq!(c.item(), ItemId::FocusedStorageIncidentProcedure);
        assert_eq!(c.reason(), Reason::MarkedItem);
    }
}

mod not_marked_basic {
    use super::*;

    const NEW_BASIS: &str = "番号利用法第9条第1項、別表の44の項、国民健康保険法第113条の3";

    #[test]
    fn triggers() {
        // 様式2 Ⅰ3 has no ※.
        let set = diff(&Report::example(AssessmentKind::Basic), |r| {
            r.affair.number_use_basis = basis(NEW_BASIS);
        });
        assert_eq!(only(&set).reason(), Reason::NotMarked);
    }

    #[test]
    fn does_not_trigger() {
        // The same change in a 全項目評価書 (Ⅰ5 ※).
        let set = diff(&full(), |r| r.affair.number_use_basis = basis(NEW_BASIS));
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod reduction_entrustment_ended {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&full(), |r| {
            r.files[0].entrustment_status = Some(EntrustmentStatus::DoesNotEntrust);
        });
        let c = only(&set);
        assert_eq!(c.item(), ItemId::FileEntrustmentStatus);
        assert_eq!(c.reason(), Reason::Reduction);
        assert!(c.reason().is_judgement_aid());
        assert_eq!(
            c.explanation(),
            "重要な変更に当たらない（取り扱う範囲を縮小する変更）"
        );
    }

    #[test]
    fn does_not_trigger() {
        let mut old = full();
        old.files[0].entrustment_status = Some(EntrustmentStatus::DoesNotEntrust);
        let set = diff(&old, |r| {
            r.files[0].entrustment_status = Some(EntrustmentStatus::Entrusts);
        });
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod reduction_entrustment_removed {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&full(), |r| {
            r.files[0].entrustments.clear();
        });
        let c = only(&set);
        assert_eq!(c.item(), ItemId::EntrustmentTitle);
        assert_eq!(c.kind(), ChangeKind::Removed);
        assert_eq!(
            c.before(),
            Some("システムの運用・保守（株式会社サンプル情報サービス）")
        );
        // The 委託事項 held ※ items (対象となる本人の範囲, ⑦再委託の有無): it is gone.
        assert_eq!(c.reason(), Reason::Reduction);
    }

    #[test]
    fn does_not_trigger() {
        let set = diff(&full(), |r| {
            let mut e = Entrustment::new("窓口業務", "株式会社窓口", StaffCountBand::Under10);
            e.subject_scope = Some("窓口に来た被保険者".into());
            r.files[0].entrustments.push(e);
        });
        let c = only(&set);
        assert_eq!(c.kind(), ChangeKind::Added);
        assert_eq!(c.reason(), Reason::MarkedItem);
        assert_eq!(
            c.place(),
            "Ⅱ（保険資格ファイル）４．特定個人情報ファイルの取扱いの委託　委託事項２"
        );
    }
}

mod reduction_re_entrustment_ended {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&full(), |r| {
            r.files[0].entrustments[0].re_entrustment = Some(ReEntrustmentStatus::DoesNotReEntrust);
        });
        let c = only(&set);
        assert_eq!(
            c.place(),
            "Ⅱ（保険資格ファイル）４．特定個人情報ファイルの取扱いの委託　委託事項１　⑦再委託の有無"
        );
        assert_eq!(c.reason(), Reason::Reduction);
    }

    #[test]
    fn does_not_trigger() {
        let mut old = full();
        old.files[0].entrustments[0].re_entrustment = Some(ReEntrustmentStatus::DoesNotReEntrust);
        let set = diff(&old, |r| {
            r.files[0].entrustments[0].re_entrustment = Some(ReEntrustmentStatus::ReEntrusts);
        });
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod reduction_record_items {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&full(), |r| {
            r.files[0]
                .main_record_items
                .checked
                .remove(&RecordItemCategory::LocalTax);
        });
        let c = only(&set);
        assert_eq!(c.item(), ItemId::FileMainRecordItems);
        assert_eq!(c.reason(), Reason::Reduction);
    }

    #[test]
    fn does_not_trigger() {
        let set = diff(&full(), |r| {
            r.files[0]
                .main_record_items
                .checked
                .insert(RecordItemCategory::Pension);
        });
        let c = only(&set);
        assert_eq!(c.reason(), Reason::MarkedItem);
        assert!(
            c.after().unwrap().contains("年金関係情報"),
            "{:?}",
            c.after()
        );
    }
}

mod reduction_with_other_text {
    use super::*;

    /// The example's 主な記録項目 with an その他 text, and that text's change.
    fn with_other(old_other: Option<&str>, new_other: Option<&str>) -> ChangeSet {
        let mut old = full();
        old.files[0].main_record_items.other = old_other.map(Into::into);
        diff(&old, |r| {
            let items = &mut r.files[0].main_record_items;
            items.checked.remove(&RecordItemCategory::LocalTax);
            items.other = new_other.map(Into::into);
        })
    }

    #[test]
    fn triggers() {
        // A box removed, the その他 text kept or dropped: less is held.
        for new in [Some("旧姓"), None, Some("　")] {
            let set = with_other(Some("旧姓"), new);
            assert_eq!(only(&set).reason(), Reason::Reduction, "{new:?}");
        }
    }

    #[test]
    fn does_not_trigger() {
        // A box removed but the その他 text rewritten: something else may be held.
        let set = with_other(Some("旧姓"), Some("通称名"));
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
        let set = with_other(None, Some("通称名"));
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod reduction_source_removed {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&full(), |r| {
            r.files[0]
                .acquisition
                .sources
                .remove(&SourceKind::OtherDepartment);
        });
        let c = only(&set);
        assert_eq!(
            c.place(),
            "Ⅱ（保険資格ファイル）３．特定個人情報の入手・使用　①入手元　評価実施機関内の他部署"
        );
        assert_eq!(c.before(), Some("評価実施機関内の他部署（市民課、課税課）"));
        assert_eq!(c.kind(), ChangeKind::Removed);
        assert_eq!(c.reason(), Reason::Reduction);
    }

    #[test]
    fn does_not_trigger() {
        let set = diff(&full(), |r| {
            r.files[0]
                .acquisition
                .sources
                .insert(SourceKind::PrivateBusiness, Some("医療機関".into()));
        });
        let c = only(&set);
        assert_eq!(c.kind(), ChangeKind::Added);
        assert_eq!(c.reason(), Reason::MarkedItem);
    }
}

mod reduction_linkage_ended {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&full(), |r| r.affair.info_linkage = Some(InfoLinkage::No));
        let c = only(&set);
        assert_eq!(
            c.place(),
            "Ⅰ　６．情報提供ネットワークシステムによる情報連携　①実施の有無"
        );
        assert_eq!(c.reason(), Reason::Reduction);
    }

    #[test]
    fn does_not_trigger() {
        let mut old = full();
        old.affair.info_linkage = Some(InfoLinkage::No);
        let set = diff(&old, |r| r.affair.info_linkage = Some(InfoLinkage::Yes));
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod reduction_opt_out_box {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&full(), |r| {
            r.full_mut()
                .unwrap()
                .risk_measures
                .entrustment
                .not_entrusted = true;
        });
        let c = only(&set);
        assert_eq!(
            c.place(),
            "Ⅲ　４．特定個人情報ファイルの取扱いの委託　委託しない"
        );
        assert_eq!((c.before(), c.after()), (None, Some("○")));
        assert_eq!(c.reason(), Reason::Reduction);
    }

    #[test]
    fn does_not_trigger() {
        let mut old = full();
        old.full_mut()
            .unwrap()
            .risk_measures
            .entrustment
            .not_entrusted = true;
        let set = diff(&old, |r| {
            r.full_mut()
                .unwrap()
                .risk_measures
                .entrustment
                .not_entrusted = false;
        });
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod lower_data_subject_band {
    use super::*;

    #[test]
    fn triggers() {
        // Ⅱ2② 対象となる本人の数 has no ※: a lower band is not significant by the first rule.
        let set = diff(&full(), |r| {
            r.files[0].data_subjects = Some(DataSubjectBand::From10kTo100k);
        });
        let c = only(&set);
        assert_eq!(c.reason(), Reason::NotMarked);
        assert_eq!(c.significance(), Significance::NotSignificant);
    }

    #[test]
    fn does_not_trigger() {
        // Beside it, ③対象となる本人の範囲 is ※: widening it is a 重要な変更.
        let set = diff(&full(), |r| {
            r.files[0].subject_scope = Some("被保険者、世帯員と過去の被保険者の親族".into());
        });
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod same_legal_meaning {
    use super::*;

    #[test]
    fn triggers() {
        // The example cites 「番号利用法第9条第1項、別表の44の項」; before 令和6年5月27日 the same
        // row was 別表第一の30の項 (江戸川区 全項目評価書 of 令和6年12月6日, Ⅰ5).
        let mut old = full();
        old.affair.number_use_basis = basis("番号法第９条第１項、別表第一の３０の項");
        let set = compare(&old, &full()).unwrap();
        let c = only(&set);
        assert_eq!(c.place(), "Ⅰ　５．個人番号の利用　法令上の根拠");
        assert_eq!(c.reason(), Reason::SameLegalMeaning);
        assert_eq!(
            c.explanation(),
            "重要な変更に当たらない（法令の改正に伴う形式的な変更）"
        );
        assert_eq!(c.timing(), SubmissionTiming::After);
    }

    #[test]
    fn does_not_trigger() {
        // Another row of 別表 is another basis.
        let mut old = full();
        old.affair.number_use_basis = basis("番号法第９条第１項、別表第一の１６の項");
        let set = compare(&old, &full()).unwrap();
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod notation_only {
    use super::*;

    #[test]
    fn triggers() {
        // Ⅰ1② 事務の内容 is ※ in the 全項目評価書; only widths and spaces differ.
        let mut old = full();
        old.affair.description =
            Some("被保険者の資格管理、保険料の賦課と収納、給付を行う。 ".into());
        let mut new = full();
        new.affair.description = Some("被保険者の資格管理､保険料の賦課と収納､給付を行う｡".into());
        let set = compare(&old, &new).unwrap();
        let c = only(&set);
        assert_eq!(c.reason(), Reason::NotationOnly);
        assert_eq!(c.explanation(), "重要な変更に当たらない（表記のみの修正）");
    }

    #[test]
    fn does_not_trigger() {
        let set = diff(&full(), |r| {
            r.affair.description = Some("被保険者の資格管理、保険料の賦課と収納を行う。".into());
        });
        assert_eq!(only(&set).reason(), Reason::MarkedItem);
    }
}

mod marked_item {
    use super::*;

    #[test]
    fn triggers() {
        let set = diff(&full(), |r| {
            r.files[0].storage.location = Some("ガバメントクラウドに保管する。".into());
        });
        let c = only(&set);
        assert_eq!(c.reason(), Reason::MarkedItem);
        assert_eq!(c.significance(), Significance::Significant);
        assert_eq!(c.timing(), SubmissionTiming::Before);
        assert_eq!(c.explanation(), "重要な変更である");
        assert_eq!(c.source(), "規則 第11条、番号法 第28条第1項後段");
        assert_eq!(set.summary(), "1 changes, 1 significant");
    }

    #[test]
    fn does_not_trigger() {
        // ③消去方法 has no ※, unlike ①保管場所.
        let set = diff(&full(), |r| {
            r.files[0].storage.erasure = Some("クラウドでは事業者が消去する。".into());
        });
        let c = only(&set);
        assert_eq!(c.reason(), Reason::NotMarked);
        assert_eq!(set.summary(), "1 changes, 0 significant");
    }
}

mod override_judgement {
    use super::*;

    #[test]
    fn triggers() {
        // A renamed department in ⑦使用部署 (※): the caller knows it is only a new name.
        let mut set = diff(&full(), |r| {
            r.files[0].usage.departments = Some("保険年金課、各支所".into());
        });
        assert_eq!(set.significant_count(), 1);
        set.override_judgement(0, Significance::NotSignificant, "組織の名称変更")
            .unwrap();
        let c = only(&set);
        assert_eq!(
            c.reason(),
            Reason::MarkedItem,
            "the rule's judgement is kept"
        );
        assert_eq!(
            c.overridden().map(|o| o.reason.as_str()),
            Some("組織の名称変更")
        );
        assert_eq!(c.significance(), Significance::NotSignificant);
        assert_eq!(c.explanation(), "重要な変更に当たらない（組織の名称変更）");
        assert_eq!(c.source(), "評価実施機関の判断");
        assert_eq!(set.consequences(), [Consequence::NoReassessment]);
        let row = &set.records(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap())[0];
        assert_eq!(row.timing, Some(SubmissionTiming::After));
        assert_eq!(
            row.explanation.as_deref(),
            Some("重要な変更に当たらない（組織の名称変更）")
        );
        // The other way round: a change the rules let through, judged significant.
        let mut set = diff(&full(), |r| {
            r.files[0].storage.erasure = Some("クラウドでは事業者が消去する。".into());
        });
        set.override_judgement(0, Significance::Significant, "消去の方法を変える")
            .unwrap();
        assert_eq!(only(&set).timing(), SubmissionTiming::Before);
        assert!(matches!(
            set.consequences()[0],
            Consequence::Reassessment {
                before_change: true,
                ..
            }
        ));
    }

    #[test]
    fn does_not_trigger() {
        let set = diff(&full(), |r| {
            r.files[0].usage.departments = Some("保険年金課、各支所".into());
        });
        let c = only(&set);
        assert!(c.overridden().is_none());
        assert_eq!(c.significance(), Significance::Significant);
        let mut set = set;
        assert!(
            set.override_judgement(1, Significance::NotSignificant, "x")
                .is_err()
        );
    }
}

mod threshold_rise {
    use super::*;

    /// A 基礎 report for 1万人以上10万人未満, 500人未満, 発生なし (基礎項目評価).
    fn basic_10k() -> Report {
        let mut r = Report::example(AssessmentKind::Basic);
        if let Some(p) = r.basic_mut() {
            p.threshold_items.subject_count = Some(SubjectCountBand::From10kTo100k);
            p.threshold_items.handler_count = Some(HandlerCountBand::Under500);
        }
        r
    }

    #[test]
    fn triggers() {
        // 重大事故 発生あり raises 1万人以上10万人未満 to 基礎 + 重点, with no ※ change.
        let set = diff(&basic_10k(), |r| {
            r.basic_mut().unwrap().threshold_items.serious_incident =
                Some(SeriousIncident::Occurred);
        });
        assert_eq!(set.significant_count(), 0);
        let lines: Vec<String> = set.consequences().iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "再実施: 重点項目評価（意見の聴取、第三者点検は任意）を行う（しきい値判断結果の上昇）",
                "しきい値判断: 基礎項目評価 → 基礎項目評価及び重点項目評価",
            ]
        );
        // 対象人数 crossing 30万 in a 重点項目評価書: now a 全項目評価.
        let focused = Report::example(AssessmentKind::Focused);
        let set = diff(&focused, |r| {
            r.affair.subject_count = Some(SubjectCountBand::AtLeast300k);
        });
        assert!(matches!(
            set.consequences()[0],
            Consequence::Reassessment {
                assessment: AssessmentKind::Full,
                threshold_raised: true,
                before_change: false,
                ..
            }
        ));
        assert_eq!(
            set.threshold(),
            (
                &[RequiredAssessment::BasicAndFocused][..],
                &[RequiredAssessment::BasicAndFull][..]
            )
        );
    }

    #[test]
    fn does_not_trigger() {
        // Under 1万人 a 重大事故 changes nothing: 基礎 stays.
        let set = diff(&Report::example(AssessmentKind::Basic), |r| {
            r.basic_mut().unwrap().threshold_items.serious_incident =
                Some(SeriousIncident::Occurred);
        });
        assert_eq!(set.consequences(), [Consequence::NoReassessment]);
        // A result that goes down is shown, but asks for no 再実施.
        let mut old = basic_10k();
        if let Some(p) = old.basic_mut() {
            p.threshold_items.serious_incident = Some(SeriousIncident::Occurred);
            p.threshold_result = Some(StatedThresholdResult::required(
                RequiredAssessment::BasicAndFocused,
            ));
        }
        let set = diff(&old, |r| {
            r.basic_mut().unwrap().threshold_items.serious_incident =
                Some(SeriousIncident::NotOccurred);
        });
        assert_eq!(set.consequences()[0], Consequence::NoReassessment);
        assert_eq!(
            set.consequences()[1].to_string(),
            "しきい値判断: 基礎項目評価及び重点項目評価 → 基礎項目評価"
        );
    }
}

mod reassessment_steps {
    use super::*;

    fn steps(report: &Report) -> Vec<String> {
        let set = diff(report, |r| {
            r.files[0].storage.location = Some("別の場所に保管する。".into());
        });
        set.consequences().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn triggers() {
        assert_eq!(
            steps(&full()),
            ["再実施: 全項目評価（意見の聴取、第三者点検）を変更の前に行う"]
        );
        let national = ReportBuilder::new(AssessmentKind::Full, "国民健康保険に関する事務")
            .with_body_of_kind("厚生労働大臣", BodyKind::NationalAgency)
            .build();
        assert_eq!(
            steps(&national),
            ["再実施: 全項目評価（意見の聴取、委員会の承認）を変更の前に行う"]
        );
        assert_eq!(
            steps(&Report::example(AssessmentKind::Focused)),
            ["再実施: 重点項目評価（意見の聴取、第三者点検は任意）を変更の前に行う"]
        );
        let set = diff(&full(), |r| r.files[0].storage.location = None);
        assert!(matches!(
            &set.consequences()[0],
            Consequence::Reassessment { steps, steps_optional: false, .. }
                if steps == &[Step::PublicComment, Step::ThirdPartyReview]
        ));
    }

    #[test]
    fn does_not_trigger() {
        // No ※ change and no rise: a correction, filed after the change.
        let set = diff(&full(), |r| {
            r.procedures.basic_assessment.date = NaiveDate::from_ymd_opt(2025, 6, 3);
        });
        assert_eq!(
            set.consequences()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["再実施: 不要（評価書の修正を変更の後に提出・公表する）"]
        );
    }
}

/// Every rule of the table in `src/change/mod.rs` names two tests of this file that exist.
#[test]
fn the_rule_table_names_the_tests_here() {
    let docs = include_str!("../src/change/mod.rs");
    let here = include_str!("change_rules.rs");
    let mut rules = 0;
    for line in docs
        .lines()
        .filter(|l| l.starts_with("//! |") && l.contains("::triggers`"))
    {
        rules += 1;
        for cell in line
            .split('`')
            .filter(|c| c.ends_with("::triggers") || c.ends_with("::does_not_trigger"))
        {
            let module = cell.split("::").next().unwrap();
            assert!(
                here.contains(&format!("mod {module} {{")),
                "no module {module} for {cell}"
            );
        }
    }
    assert!(rules >= 15, "{rules} rules found");
}
