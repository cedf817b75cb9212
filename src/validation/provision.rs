//! PV: 提供・移転 and 情報連携 (番号法 第19条; 様式 Ⅱ5, Ⅰ6).

use chrono::NaiveDate;

use super::Code;
use super::context::{Ctx, blank};
use crate::AssessmentKind;
use crate::legal_basis::{Citation, Instrument, LawChange, LegalBasis, Table};
use crate::report::location::split_number;
use crate::report::{Destination, InfoLinkage, ItemId, LinkageBasis, Medium};
use crate::report::{Network, RiskRating, risk_ratings};

/// The day the 番号法 restructuring took effect: 別表第一 → 別表, 別表第二 → the
/// 第19条第8号に基づく主務省令 第2条の表.
pub(crate) const RESTRUCTURING: Option<NaiveDate> = NaiveDate::from_ymd_opt(2024, 5, 27);

/// Whether the basis rests on the 情報提供ネットワークシステム provision: 番号法 第19条第8号
/// (directly, through the 主務省令 based on it or its 第2条の表, or as a bridge), its number
/// before 令和4年 (第19条第7号), the old 別表第二 that it replaced, or 第19条第9号 (provision
/// under a local ordinance).
fn cites_network_provision(basis: &LegalBasis) -> bool {
    basis.cites_article_19_8()
        || basis.citations().iter().any(Citation::is_article_19_7)
        || basis
            .rows()
            .any(|(table, _)| *table == Table::mynumber_appendix2())
        || basis.citations().iter().any(|c| {
            c.instrument() == Some(&Instrument::MynumberAct)
                && c.article().is_some_and(|a| a.is_article_item(19, 9))
        })
}

/// What is outdated in a basis cited after 2024-05-27 (its citations of a numbering before a
/// change of the 番号法), each with the change that made it old
/// ([`Citation::outdated_by`](crate::legal_basis::Citation::outdated_by): the 令和4年
/// renumbering of 第19条 for 第19条第7号, the 令和6年5月27日 restructuring for 別表第一 /
/// 別表第二) and the current citation where the mapping is known
/// ([`Citation::current_equivalent`](crate::legal_basis::Citation::current_equivalent)).
fn outdated(basis: &LegalBasis) -> Option<String> {
    // Known once the basis is parsed: most bases cite nothing outdated.
    if !basis.is_pre_2024_regime() {
        return None;
    }
    let notes: Vec<String> = basis
        .citations()
        .iter()
        .filter(|c| c.is_pre_2024_regime())
        .map(|old| {
            let changes: Vec<&str> = old
                .outdated_by()
                .into_iter()
                .map(LawChange::label)
                .collect();
            let by = if changes.is_empty() {
                LawChange::Restructuring2024.label().to_owned()
            } else {
                changes.join("及び")
            };
            match old.current_equivalent() {
                Some(now) => format!("「{old}」は{by}より前の規定（現行は「{now}」）"),
                None => format!("「{old}」は{by}より前の規定（現行の対応は不明）"),
            }
        })
        .collect();
    (!notes.is_empty()).then(|| notes.join("、"))
}

pub(crate) fn check(cx: &mut Ctx<'_>) {
    let report = cx.report;
    // Published on or after the restructuring: an older numbering cited is outdated (PV005).
    let current = RESTRUCTURING.is_some_and(|r| report.cover.published_on.is_some_and(|p| p >= r));

    // 実施する needs a basis: a blank cell, or one whose two parts both say 「なし」, has none.
    if report.affair.info_linkage == Some(InfoLinkage::Yes)
        && report.affair.info_linkage_basis.as_ref().is_none_or(|b| {
            blank(Some(b.as_str())) || (b.provision().says_none() && b.inquiry().says_none())
        })
    {
        cx.emit(
            Code::LinkageWithoutBasis,
            ItemId::AffairInfoLinkageBasis,
            "情報連携を「実施する」としているが、法令上の根拠が記載されていない",
        );
    }
    if current {
        for (item, basis) in [
            (
                ItemId::AffairNumberUseBasis,
                report.affair.number_use_basis.as_ref(),
            ),
            (
                ItemId::AffairInfoLinkageBasis,
                report
                    .affair
                    .info_linkage_basis
                    .as_ref()
                    .map(LinkageBasis::basis),
            ),
        ] {
            if let Some(note) = basis.and_then(outdated) {
                cx.emit(Code::OutdatedCitation, item, note);
            }
        }
    }

    for (fi, file) in report.files.iter().enumerate() {
        let status = &file.provision_transfer;
        for (kind, checked, count, entries) in [
            (
                "提供",
                status.provision,
                status.provision_count,
                &file.provisions,
            ),
            (
                "移転",
                status.transfer,
                status.transfer_count,
                &file.transfers,
            ),
        ] {
            let listed = entries.len();
            // Every combination of box, count and entries: entries under an unchecked box
            // (PV006) come first; then a box overridden by 「行っていない」 or a count beside an
            // unchecked box (PV008), a checked box without its count (PV007), a count that
            // differs from the entries (PV001).
            let found = if listed > 0 && (!checked || status.neither) {
                Some((
                    Code::ProvisionDeclaredNone,
                    format!(
                        "「{kind}を行っている」にチェックがない（又は「行っていない」にチェックがある）が、{kind}先が{listed}件記載されている"
                    ),
                ))
            } else if checked && status.neither {
                Some((
                    Code::ProvisionBoxesInconsistent,
                    format!("「行っていない」と「{kind}を行っている」の両方にチェックがある"),
                ))
            } else if let Some(n) = count.filter(|_| !checked) {
                Some((
                    Code::ProvisionBoxesInconsistent,
                    format!("「{kind}を行っている」にチェックがないが、（{n}）件と記載されている"),
                ))
            } else if checked && count.is_none() {
                Some((
                    Code::ProvisionCountMissing,
                    format!(
                        "「{kind}を行っている」にチェックがあるが、件数（ ）が記載されていない（{kind}先は{listed}件記載されている）"
                    ),
                ))
            } else {
                count.filter(|&n| usize::try_from(n).ok() != Some(listed)).map(|n| {
                    (
                        Code::ProvisionCountMismatch,
                        format!("「{kind}を行っている（{n}）件」だが、{kind}先は{listed}件記載されている"),
                    )
                })
            };
            if let Some((code, message)) = found {
                cx.emit_in(code, ItemId::FileProvisionTransfer, &[fi], message);
            }
        }
        let lists = [
            (
                ItemId::ProvisionLegalBasis,
                crate::form::PROVISION,
                &file.provisions,
            ),
            (
                ItemId::TransferLegalBasis,
                crate::form::TRANSFER,
                &file.transfers,
            ),
        ];
        for (item, word, list) in lists {
            for (di, d) in list.iter().enumerate() {
                check_destination(cx, (item, word), fi, di, d, current);
            }
        }
    }
    linkage_none(cx);
}

/// PV009: a 情報連携 basis that says there is no 情報提供 (情報照会) against the network items.
fn linkage_none(cx: &mut Ctx<'_>) {
    let report = cx.report;
    let Some(basis) = report.affair.info_linkage_basis.as_ref() else {
        return;
    };
    let (provides_none, asks_none) = (basis.provision().says_none(), basis.inquiry().says_none());
    if !provides_none && !asks_none {
        return;
    }
    let Some(cell) = ItemId::AffairInfoLinkageBasis.number(cx.form) else {
        return;
    };
    let ratings = risk_ratings(report);
    for (none, word, network, box_label, risk) in [
        (
            provides_none,
            "情報提供",
            Network::Provision,
            ItemId::FullNetworkNotConnectedProvision.label(),
            "不正な提供",
        ),
        (
            asks_none,
            "情報照会",
            Network::Acquisition,
            ItemId::FullNetworkNotConnectedAcquisition.label(),
            "目的外の入手",
        ),
    ] {
        let side: Vec<&RiskRating> = ratings
            .iter()
            .filter(|r| r.network == Some(network))
            .collect();
        // The box opts out of every risk of its side.
        let Some(first) = side.first().filter(|r| none && r.applies) else {
            continue;
        };
        // The finding is on the box; a 基礎項目評価書's box is part of its one risk.
        let item = match cx.form {
            AssessmentKind::Basic => Some(first.item),
            _ => ItemId::of_form(cx.form).find(|id| id.label() == box_label),
        };
        let Some((item, number)) = item.and_then(|id| Some((id, id.number(cx.form)?))) else {
            continue;
        };
        let answered = side
            .iter()
            .any(|r| r.sufficiency.is_some() || r.has_measures == Some(true));
        // The section of the item's number: Ⅲ6 (基礎 Ⅳ6).
        let (chapter, section, _) = split_number(number);
        let rated = if answered {
            format!("、{risk}が行われるリスクへの対策が記載されている")
        } else {
            String::new()
        };
        cx.emit(
            Code::LinkageNoneContradicted,
            item,
            format!(
                "{cell}の法令上の根拠は{word}「なし」としているが、{chapter}{section}「{box_label}」にチェックがない{rated}"
            ),
        );
    }
    for (fi, file) in report.files.iter().enumerate() {
        if provides_none {
            for (pi, p) in file.provisions.iter().enumerate() {
                if p.methods.contains(Medium::InfoNetwork) {
                    cx.emit_in(
                        Code::LinkageNoneContradicted,
                        ItemId::ProvisionMethods,
                        &[fi, pi],
                        format!(
                            "{cell}の法令上の根拠は情報提供「なし」としているが、提供先{}の提供方法が情報提供ネットワークシステムである",
                            pi + 1
                        ),
                    );
                }
            }
        }
        if asks_none && file.acquisition.methods.contains(Medium::InfoNetwork) {
            cx.emit_in(
                Code::LinkageNoneContradicted,
                ItemId::FileAcquisitionMethods,
                &[fi],
                format!(
                    "{cell}の法令上の根拠は情報照会「なし」としているが、入手方法に情報提供ネットワークシステムがある"
                ),
            );
        }
    }
}

/// PV002, PV003 and PV005 on the 提供先 or 移転先 `d` at `[fi, di]`, whose 法令上の根拠 is `item`
/// and which the messages call `word`.
fn check_destination(
    cx: &mut Ctx<'_>,
    (item, word): (ItemId, &str),
    fi: usize,
    di: usize,
    d: &Destination,
    current: bool,
) {
    let at = [fi, di];
    let Some(basis) = d.legal_basis.as_ref().filter(|b| !blank(Some(b.as_str()))) else {
        cx.emit_in(
            Code::ProvisionWithoutLegalBasis,
            item,
            &at,
            format!("{word}{}に法令上の根拠が記載されていない", di + 1),
        );
        return;
    };
    let provision = item == ItemId::ProvisionLegalBasis;
    if provision && d.methods.contains(Medium::InfoNetwork) && !cites_network_provision(basis) {
        cx.emit_in(
            Code::NetworkProvisionWithoutBasis,
            item,
            &at,
            format!(
                "情報提供ネットワークシステムで提供しているが、法令上の根拠「{}」に番号利用法第19条第8号の根拠がない",
                basis.as_str()
            ),
        );
    }
    if current {
        if let Some(note) = outdated(basis) {
            cx.emit_in(Code::OutdatedCitation, item, &at, note);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::report::{CheckSet, Report, ReportBuilder};
    use crate::validation::testing::{block, codes, with_block};

    fn basis(text: &str) -> LegalBasis {
        LegalBasis::parse(text).unwrap()
    }

    /// A finding's message and place stay on one line whatever the report's text holds (found by
    /// the fuzz driver: a NUL in a 法令上の根拠 was echoed raw in PV003's message).
    #[test]
    fn echoed_text_is_escaped_in_messages_and_places() {
        let mut b = block();
        b.names = vec!["国保\nファイル".into()];
        b.provisions = vec![network("市町村長\r", "住民基本台帳法\u{0}第7条")];
        let findings = crate::validation::validate(&with_block(b), chrono::NaiveDate::MIN);
        let pv003: Vec<_> = findings
            .iter()
            .filter(|f| f.code() == Code::NetworkProvisionWithoutBasis)
            .collect();
        assert_eq!(pv003.len(), 1, "{findings:?}");
        assert!(
            pv003[0].message().contains("住民基本台帳法\\u{0}第7条"),
            "{}",
            pv003[0].message()
        );
        for f in findings.iter() {
            assert!(
                !f.message().chars().any(char::is_control),
                "{}",
                f.message()
            );
            assert!(
                !f.location().chars().any(char::is_control),
                "{}",
                f.location()
            );
        }
    }

    fn network(name: &str, text: &str) -> Destination {
        Destination::new(name, basis(text)).with_methods(CheckSet::of([Medium::InfoNetwork]))
    }

    #[test]
    fn network_provision_is_recognised_in_every_spelling() {
        for text in [
            "番号利用法第19条第８号に基づく主務省令第２条の表の１３７の項",
            "番号利用法第十九条第八号に基づく主務省令第二条の表の四十八の項",
            "番号法第19条第7号",
            "番号法第19条第8号 別表第二の109の項",
            "条例第4条第3項による番号利用法第19条第８号に基づく主務省令第２条の表の４２の項",
        ] {
            assert!(cites_network_provision(&basis(text)), "{text}");
        }
        for text in [
            "住民基本台帳法第7条",
            "条例第4条第2項による条例別表第二の30の項",
        ] {
            assert!(!cites_network_provision(&basis(text)), "{text}");
        }
    }

    #[test]
    fn outdated_citations_offer_the_current_row() {
        let note = outdated(&basis("番号法第19条第8号 別表第二の109の項")).unwrap();
        assert!(
            note.contains("現行は「番号法第19条第8号に基づく主務省令第2条の表第145項」"),
            "{note}"
        );
        let note = outdated(&basis("江戸川区個人番号の利用に関する条例第4条第3項による番号法別表第二の９、９７、１０９の項")).unwrap();
        for row in ["第13項", "第137項", "第145項"] {
            assert!(note.contains(row), "{note}");
        }
        let note = outdated(&basis("番号法第9条第1項、別表第一の59の項")).unwrap();
        assert!(note.contains("現行は「番号法別表第85項」"), "{note}");
        let note = outdated(&basis("番号法第19条第8号 別表第二の1000の項")).unwrap();
        assert!(note.contains("現行の対応は不明"), "{note}");
        // Each old form names the change behind it.
        let note = outdated(&basis("番号法第19条第7号")).unwrap();
        assert_eq!(
            note,
            "「番号法第19条第7号」は令和4年の番号法改正（第19条第7号→第19条第8号）より前の規定（現行は「番号法第19条第8号」）"
        );
        let note = outdated(&basis("番号法別表第二の109の項")).unwrap();
        assert!(
            note.starts_with("「番号法別表第二第109項」は令和6年5月27日施行の番号法改正"),
            "{note}"
        );
        assert!(!note.contains("令和4年"), "{note}");
        // A row bridged through the old 第19条第7号 is old by both changes.
        let note = outdated(&basis("番号法第19条第7号による番号法別表第二の109の項")).unwrap();
        assert!(
            note.contains("令和4年の番号法改正（第19条第7号→第19条第8号）及び令和6年5月27日施行"),
            "{note}"
        );
        for current in [
            "番号利用法第19条第８号に基づく主務省令第２条の表の１２５の項",
            "番号法第9条 別表24の項 地方税法第20条の11",
            "条例第4条第2項による条例別表第二の30の項",
        ] {
            assert_eq!(outdated(&basis(current)), None, "{current}");
        }
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
            .with_published_on(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap())
            .with_files(vec![block().with_provision(old)])
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
