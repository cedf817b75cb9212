//! PV: 提供・移転 and 情報連携 (番号法 第19条; 様式 Ⅱ5, Ⅰ6).

use chrono::NaiveDate;

use super::Code;
use super::context::{Ctx, blank, fold};
use crate::legal_basis::LegalBasis;
use crate::report::{Destination, InfoLinkage, ItemId, Medium};

/// The day the 番号法 restructuring took effect: 別表第一 → 別表, 別表第二 → the
/// 第19条第8号に基づく主務省令 第2条の表.
pub(crate) const RESTRUCTURING: Option<NaiveDate> = NaiveDate::from_ymd_opt(2024, 5, 27);

/// Old 別表第二 rows and their rows in the 主務省令 第2条の表, as seen in the seeds' change logs
/// (seed 000 別添3).
const TABLE2_TO_ORDINANCE: &[(u32, u32)] = &[
    (2, 2),
    (3, 3),
    (5, 6),
    (9, 13),
    (12, 16),
    (15, 19),
    (17, 27),
    (22, 38),
    (26, 42),
    (27, 48),
    (33, 56),
    (39, 65),
    (42, 69),
    (58, 83),
    (62, 87),
    (78, 111),
    (80, 115),
    (87, 125),
    (93, 131),
    (97, 137),
    (106, 141),
    (109, 145),
    (120, 158),
];

/// Old 別表第一 rows and their rows in the 別表, as seen in the seeds (seed 000 Ⅰ5, seed 002
/// Ⅰ4 and 移転先3).
const TABLE1_TO_TABLE: &[(u32, u32)] = &[(16, 24), (30, 44), (59, 85)];

/// A legal basis folded for the text checks: half-width digits, no spaces, the kanji numbers
/// of 第十九条 / 第七号 / 第八号 / 第九号 / 別表第一 / 別表第二 in the one spelling.
// TODO: use LegalBasis structure once merged
fn normalized(basis: &LegalBasis) -> String {
    let mut s = fold(basis.as_str());
    for (from, to) in [
        ("第十九条", "第19条"),
        ("第七号", "第7号"),
        ("第八号", "第8号"),
        ("第九号", "第9号"),
        ("別表第1の", "別表第一の"),
        ("別表第2の", "別表第二の"),
        ("別表第2", "別表第二"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    s
}

/// Whether the basis rests on 番号法 第19条第8号 (or its earlier number 第7号, or 第9号 for
/// information linked under a local ordinance), or on the 主務省令 / 別表第二 that implement it.
// TODO: use LegalBasis structure once merged
fn cites_network_provision(text: &str) -> bool {
    [
        "第19条第8号",
        "第19条8号",
        "第19条第7号",
        "第19条第9号",
        "別表第二",
        "第2条の表",
    ]
    .iter()
    .any(|p| text.contains(p))
}

/// The places where the 番号法's `table` (`別表第一`, `別表第二`) is cited: every occurrence
/// except those of a local ordinance's own table (`条例別表第二`), with the text after it.
fn national_table<'t>(text: &'t str, table: &'t str) -> impl Iterator<Item = &'t str> + 't {
    text.match_indices(table).filter_map(move |(at, _)| {
        let before = text.get(..at).unwrap_or("");
        if before.ends_with("条例") {
            None
        } else {
            text.get(at + table.len()..)
        }
    })
}

/// Whether `text` contains `pattern`: a search on the first character (memchr), then a prefix
/// test. Faster than a substring search for the short texts of legal bases.
fn has(text: &str, pattern: &str) -> bool {
    let Some(first) = pattern.chars().next() else {
        return true;
    };
    text.match_indices(first)
        .any(|(at, _)| text.get(at..).is_some_and(|rest| rest.starts_with(pattern)))
}

/// A quick test on the raw text: the 主務省令's table or 別表第二 is cited as such (in any digit
/// width). When it says no, [`cites_network_provision`] decides on the normalised text.
fn cites_network_provision_raw(raw: &str) -> bool {
    has(raw, "条の表") || has(raw, "別表第二")
}

/// A quick test on the raw text: only a text citing the 番号法's 別表第N (not only a local
/// ordinance's 条例別表第N) or a 第7号 can be outdated.
fn may_be_outdated(raw: &str) -> bool {
    let national_table = raw.match_indices('別').any(|(at, _)| {
        raw.get(at..).is_some_and(|rest| rest.starts_with("別表第"))
            && !raw.get(..at).is_some_and(|before| before.ends_with("条例"))
    });
    national_table
        || raw.match_indices('号').any(|(at, _)| {
            raw.get(..at)
                .is_some_and(|before| before.ends_with(['7', '７', '七']))
        })
}

/// The row numbers listed after each national `table` citation up to the closing 「の項」:
/// `別表第二の9、97、109の項` gives 9, 97, 109.
fn rows_after(text: &str, table: &str) -> Vec<u32> {
    let mut rows = Vec::new();
    for after in national_table(text, table) {
        let Some(rest) = after.strip_prefix('の') else {
            continue;
        };
        let end = rest
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '、' | ',' | '，')))
            .map_or(rest.len(), |(i, _)| i);
        let (list, after) = rest.split_at(end);
        if after.starts_with("の項") || after.starts_with('項') {
            rows.extend(
                list.split(['、', ',', '，'])
                    .filter_map(|n| n.parse::<u32>().ok()),
            );
        }
    }
    rows
}

/// What is outdated in a basis cited after 2024-05-27, and the current citation where known.
// TODO: use LegalBasis structure once merged
fn outdated(text: &str) -> Option<String> {
    let mut notes: Vec<String> = Vec::new();
    if national_table(text, "別表第二").next().is_some() {
        let rows = rows_after(text, "別表第二");
        let mapped: Vec<String> = rows
            .iter()
            .filter_map(|r| {
                TABLE2_TO_ORDINANCE
                    .iter()
                    .find(|(old, _)| old == r)
                    .map(|(_, new)| new.to_string())
            })
            .collect();
        if !rows.is_empty() && mapped.len() == rows.len() {
            notes.push(format!(
                "別表第二は令和6年5月27日に番号利用法第19条第8号に基づく主務省令第2条の表に移った（現行は「番号利用法第19条第8号に基づく主務省令第2条の表の{}の項」）",
                mapped.join("、")
            ));
        } else {
            notes.push(
                "別表第二は令和6年5月27日に番号利用法第19条第8号に基づく主務省令第2条の表に移った"
                    .to_owned(),
            );
        }
    }
    if national_table(text, "別表第一").next().is_some() {
        let rows = rows_after(text, "別表第一");
        let mapped: Vec<String> = rows
            .iter()
            .filter_map(|r| {
                TABLE1_TO_TABLE
                    .iter()
                    .find(|(old, _)| old == r)
                    .map(|(_, new)| new.to_string())
            })
            .collect();
        if !rows.is_empty() && mapped.len() == rows.len() {
            notes.push(format!(
                "別表第一は令和6年5月27日に別表となった（現行は「別表の{}の項」）",
                mapped.join("、")
            ));
        } else {
            notes.push("別表第一は令和6年5月27日に別表となった".to_owned());
        }
    }
    if text.contains("第19条第7号") {
        notes.push(
            "情報提供ネットワークシステムによる提供は現行では番号利用法第19条第8号である"
                .to_owned(),
        );
    }
    if notes.is_empty() {
        None
    } else {
        Some(notes.join("。"))
    }
}

pub(crate) fn check(cx: &mut Ctx<'_>) {
    let report = cx.report;
    let current = match (report.cover.published_on, RESTRUCTURING) {
        (Some(p), Some(r)) => p >= r,
        _ => false,
    };

    if report.affair.info_linkage == Some(InfoLinkage::Yes)
        && report
            .affair
            .info_linkage_basis
            .as_ref()
            .is_none_or(|b| blank(Some(b.as_str())))
    {
        cx.emit(
            Code::LinkageWithoutBasis,
            ItemId::AffairInfoLinkageBasis,
            &[],
            "情報連携を「実施する」としているが、法令上の根拠が記載されていない",
        );
    }
    if current {
        for (item, basis) in [
            (
                ItemId::AffairNumberUseBasis,
                &report.affair.number_use_basis,
            ),
            (
                ItemId::AffairInfoLinkageBasis,
                &report.affair.info_linkage_basis,
            ),
        ] {
            let note = basis
                .as_ref()
                .filter(|b| may_be_outdated(b.as_str()))
                .and_then(|b| outdated(&normalized(b)));
            if let Some(note) = note {
                cx.emit(Code::OutdatedCitation, item, &[], note);
            }
        }
    }

    for (fi, file) in report.files.iter().enumerate() {
        let status = &file.provision_transfer;
        for (kind, checked, count, entries, count_item) in [
            (
                "提供",
                status.provision,
                status.provision_count,
                &file.provisions,
                ItemId::FileProvisionTransfer,
            ),
            (
                "移転",
                status.transfer,
                status.transfer_count,
                &file.transfers,
                ItemId::FileProvisionTransfer,
            ),
        ] {
            let listed = entries.len();
            if listed > 0 && (!checked || status.neither) {
                cx.emit(
                    Code::ProvisionDeclaredNone,
                    count_item,
                    &[fi],
                    format!(
                        "「{kind}を行っている」にチェックがない（又は「行っていない」にチェックがある）が、{kind}先が{listed}件記載されている"
                    ),
                );
            } else if let Some(n) = count {
                if checked && usize::try_from(n).ok() != Some(listed) {
                    cx.emit(
                        Code::ProvisionCountMismatch,
                        count_item,
                        &[fi],
                        format!("「{kind}を行っている（{n}）件」だが、{kind}先は{listed}件記載されている"),
                    );
                }
            }
        }
        for (pi, p) in file.provisions.iter().enumerate() {
            check_destination(cx, fi, pi, p, true, current);
        }
        for (ti, t) in file.transfers.iter().enumerate() {
            check_destination(cx, fi, ti, t, false, current);
        }
    }
}

fn check_destination(
    cx: &mut Ctx<'_>,
    fi: usize,
    di: usize,
    d: &Destination,
    provision: bool,
    current: bool,
) {
    let (item, word) = if provision {
        (ItemId::ProvisionLegalBasis, "提供先")
    } else {
        (ItemId::TransferLegalBasis, "移転先")
    };
    let at = [fi, di];
    let Some(basis) = d.legal_basis.as_ref().filter(|b| !blank(Some(b.as_str()))) else {
        cx.emit(
            Code::ProvisionWithoutLegalBasis,
            item,
            &at,
            format!("{word}{}に法令上の根拠が記載されていない", di + 1),
        );
        return;
    };
    let raw = basis.as_str();
    if provision
        && d.methods.contains(Medium::InfoNetwork)
        && !cites_network_provision_raw(raw)
        && !cites_network_provision(&normalized(basis))
    {
        cx.emit(
            Code::NetworkProvisionWithoutBasis,
            item,
            &at,
            format!(
                "情報提供ネットワークシステムで提供しているが、法令上の根拠「{}」に番号利用法第19条第8号の根拠がない",
                basis.as_str()
            ),
        );
    }
    if current && may_be_outdated(raw) {
        if let Some(note) = outdated(&normalized(basis)) {
            cx.emit(Code::OutdatedCitation, item, &at, note);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{CheckSet, DataSubjectBand, FileBlock, Report, ReportBuilder};
    use crate::threshold::AssessmentKind;
    use crate::validate::validate;

    fn basis(text: &str) -> LegalBasis {
        LegalBasis::parse(text).unwrap()
    }

    fn codes(r: &Report) -> Vec<Code> {
        validate(r, NaiveDate::from_ymd_opt(2025, 7, 1).unwrap()).codes()
    }

    fn with_block(block: FileBlock) -> Report {
        ReportBuilder::new(AssessmentKind::Full, "事務")
            .files(vec![block])
            .build()
    }

    fn network(name: &str, text: &str) -> Destination {
        Destination::new(name, basis(text)).with_methods(CheckSet::of([Medium::InfoNetwork]))
    }

    fn block() -> FileBlock {
        FileBlock::new("ファイル", DataSubjectBand::From100kTo1m)
    }

    #[test]
    fn quick_tests_agree_with_the_full_ones() {
        assert!(has("主務省令第２条の表の2の項", "条の表"));
        assert!(!has("住民基本台帳法第7条", "条の表"));
        assert!(may_be_outdated("番号法第19条第7号"));
        assert!(may_be_outdated("番号法第十九条第七号"));
        assert!(may_be_outdated("番号法別表第二の17の項"));
        assert!(!may_be_outdated("条例第4条第2項による条例別表第二の30の項"));
        assert!(!may_be_outdated(
            "番号利用法第19条第８号に基づく主務省令第２条の表の１３７の項"
        ));
        assert!(may_be_outdated(
            "条例別表第二の3の項、同条第3項による番号法別表第二の93の項"
        ));
    }

    #[test]
    fn outdated_citations_offer_the_current_row() {
        let note = outdated(&normalized(&basis("番号法第19条第8号 別表第二の109の項"))).unwrap();
        assert!(note.contains("主務省令第2条の表の145の項"), "{note}");
        let note = outdated(&normalized(&basis("江戸川区個人番号の利用に関する条例第4条第3項による番号法別表第二の９、９７、１０９の項"))).unwrap();
        assert!(note.contains("13、137、145"), "{note}");
        let note = outdated(&normalized(&basis("番号法第9条第1項 別表第1の59項"))).unwrap();
        assert!(note.contains("別表の85の項"), "{note}");
        assert_eq!(
            outdated(&normalized(&basis(
                "番号利用法第19条第８号に基づく主務省令第２条の表の１２５の項"
            ))),
            None
        );
        assert_eq!(
            outdated(&normalized(&basis(
                "住民基本台帳法第30条の9 別表第1項番73の2"
            ))),
            None
        );
        assert_eq!(
            outdated(&normalized(&basis(
                "番号法第9条 別表24の項 地方税法第20条の11"
            ))),
            None
        );
    }

    #[test]
    fn pv001_declared_count_against_entries() {
        let mut b = block().with_provision(network(
            "全国健康保険協会",
            "番号利用法第19条第8号に基づく主務省令第2条の表の2の項",
        ));
        b.provision_transfer.provision_count = Some(28);
        assert!(codes(&with_block(b.clone())).contains(&Code::ProvisionCountMismatch));
        b.provision_transfer.provision_count = Some(1);
        assert!(!codes(&with_block(b)).contains(&Code::ProvisionCountMismatch));
    }

    #[test]
    fn pv002_every_entry_has_a_basis() {
        let mut t = Destination::new("市民課", basis("住民基本台帳法第7条"));
        let ok = block().with_transfer(t.clone());
        assert!(!codes(&with_block(ok)).contains(&Code::ProvisionWithoutLegalBasis));
        t.legal_basis = None;
        assert!(
            codes(&with_block(block().with_transfer(t)))
                .contains(&Code::ProvisionWithoutLegalBasis)
        );
    }

    #[test]
    fn pv003_network_provision_needs_19_8() {
        let bad = block().with_provision(network("市町村長", "住民基本台帳法第7条"));
        assert!(codes(&with_block(bad)).contains(&Code::NetworkProvisionWithoutBasis));
        let kanji = block().with_provision(network(
            "市町村長",
            "番号利用法第十九条第八号に基づく主務省令第二条の表の四十八の項",
        ));
        assert!(!codes(&with_block(kanji)).contains(&Code::NetworkProvisionWithoutBasis));
        // A 移転 through 庁内連携 does not need it.
        let transfer =
            block().with_transfer(Destination::new("市民課", basis("住民基本台帳法第7条")));
        assert!(!codes(&with_block(transfer)).contains(&Code::NetworkProvisionWithoutBasis));
    }

    #[test]
    fn pv004_linkage_without_basis() {
        let mut r = Report::example(AssessmentKind::Full);
        assert!(!codes(&r).contains(&Code::LinkageWithoutBasis));
        r.affair.info_linkage_basis = None;
        assert!(codes(&r).contains(&Code::LinkageWithoutBasis));
        r.affair.info_linkage = Some(InfoLinkage::No);
        assert!(!codes(&r).contains(&Code::LinkageWithoutBasis));
    }

    #[test]
    fn pv005_old_citations_after_the_restructuring() {
        let old = network("全国健康保険協会", "番号法第19条第8号 別表第二の2の項");
        let r = with_block(block().with_provision(old.clone()));
        assert!(codes(&r).contains(&Code::OutdatedCitation));
        let before = ReportBuilder::new(AssessmentKind::Full, "事務")
            .published_on(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap())
            .files(vec![block().with_provision(old)])
            .build();
        assert!(!codes(&before).contains(&Code::OutdatedCitation));
    }

    #[test]
    fn pv006_entries_without_the_box() {
        let mut b = block().with_transfer(Destination::new("市民課", basis("住民基本台帳法第7条")));
        b.provision_transfer.transfer = false;
        b.provision_transfer.neither = true;
        assert!(codes(&with_block(b)).contains(&Code::ProvisionDeclaredNone));
        assert!(
            !codes(&Report::example(AssessmentKind::Full)).contains(&Code::ProvisionDeclaredNone)
        );
    }
}
