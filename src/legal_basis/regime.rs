//! The 令和6年5月27日 restructuring of the My Number Act's tables, and what is known of it.
//!
//! On 令和6年5月27日 (改正番号法 施行) 別表第一 became 別表 (with the 「別表の主務省令で定める事務を
//! 定める命令」) and 別表第二 moved into the order under 番号法 第19条第8号 as its 第2条の表. The
//! row numbers changed. The mappings here are only those a real report shows (江戸川区 国民健康保険
//! に関する事務 全項目評価書, 令和6年12月6日, 別添3 変更箇所; 川口市 後期高齢者医療に関する事務
//! 重点項目評価書, 令和7年12月26日; 熊谷市 国民健康保険に関する事務 基礎項目評価書, 令和7年5月30日),
//! so a row that is not listed has no known equivalent.

use super::citation::{Article, Bridge, Citation, Provision, Row, Target, is_act_19};
use super::instrument::{Instrument, Table};

/// Old 番号法別表第二 row → new 第19条第8号 order 第2条の表 row, as 江戸川区's change record
/// (国民健康保険に関する事務 全項目評価書, 令和6年12月6日, 別添3) shows them side by side. Rows
/// 161, 164, 165, 166 and 173 of the new table were added with no old row.
pub const APPENDIX2_TO_LINKAGE_TABLE: &[(u32, u32)] = &[
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

/// Old 番号法別表第一 row → new 番号法別表 row, as real reports show them: 30→44 (国民健康保険:
/// 江戸川区 全項目評価書, 令和6年12月6日; 熊谷市 基礎項目評価書, 令和7年5月30日), 16→24 (地方税:
/// 川口市 重点項目評価書, 令和7年12月26日; 熊谷市), 59→85 (後期高齢者医療: 川口市).
pub const APPENDIX1_TO_APPENDIX: &[(u32, u32)] = &[(16, 24), (30, 44), (59, 85)];

/// Articles of the 別表第一 order that kept their number in the 別表 order (the 江戸川区, 川口市
/// and 熊谷市 reports cite both): 第16条, 第24条, 第46条.
pub const APPENDIX1_ORDER_ARTICLES_KEPT: &[u32] = &[16, 24, 46];

/// The row of the new 第2条の表 that replaced row `old` of 番号法別表第二, if known.
///
/// ```
/// use mynumber_pia::legal_basis::appendix2_row_to_linkage_row;
///
/// assert_eq!(appendix2_row_to_linkage_row(109), Some(145));
/// assert_eq!(appendix2_row_to_linkage_row(1), None);
/// ```
pub fn appendix2_row_to_linkage_row(old: u32) -> Option<u32> {
    mapped(APPENDIX2_TO_LINKAGE_TABLE, old)
}

/// The row of the new 番号法別表 that replaced row `old` of 別表第一, if known.
///
/// ```
/// use mynumber_pia::legal_basis::appendix1_row_to_appendix_row;
///
/// assert_eq!(appendix1_row_to_appendix_row(30), Some(44));
/// ```
pub fn appendix1_row_to_appendix_row(old: u32) -> Option<u32> {
    mapped(APPENDIX1_TO_APPENDIX, old)
}

/// The row of 番号法別表第二 that row `new` of the new 第2条の表 replaced, if known (the inverse
/// of [`appendix2_row_to_linkage_row`]: a report that cites today's row can name the old one).
///
/// ```
/// use mynumber_pia::legal_basis::{appendix2_row_to_linkage_row, linkage_row_to_appendix2_row};
///
/// assert_eq!(linkage_row_to_appendix2_row(145), Some(109));
/// assert_eq!(linkage_row_to_appendix2_row(161), None);
/// assert_eq!(appendix2_row_to_linkage_row(109).and_then(linkage_row_to_appendix2_row), Some(109));
/// ```
pub fn linkage_row_to_appendix2_row(new: u32) -> Option<u32> {
    mapped_back(APPENDIX2_TO_LINKAGE_TABLE, new)
}

/// The row of 番号法別表第一 that row `new` of the new 番号法別表 replaced, if known (the inverse
/// of [`appendix1_row_to_appendix_row`]).
///
/// ```
/// use mynumber_pia::legal_basis::appendix_row_to_appendix1_row;
///
/// assert_eq!(appendix_row_to_appendix1_row(44), Some(30));
/// assert_eq!(appendix_row_to_appendix1_row(30), None);
/// ```
pub fn appendix_row_to_appendix1_row(new: u32) -> Option<u32> {
    mapped_back(APPENDIX1_TO_APPENDIX, new)
}

/// The new number of `old` in `pairs` (old → new), if listed.
fn mapped(pairs: &[(u32, u32)], old: u32) -> Option<u32> {
    pairs.iter().find(|(o, _)| *o == old).map(|(_, n)| *n)
}

/// The old number of `new` in `pairs` (old → new), if listed: each new number is listed once
/// (a test checks it).
fn mapped_back(pairs: &[(u32, u32)], new: u32) -> Option<u32> {
    pairs.iter().find(|(_, n)| *n == new).map(|(o, _)| *o)
}

/// Which numbering a citation belongs to.
#[doc(alias = "法令の新旧")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Regime {
    /// Only valid before 令和6年5月27日: 番号法別表第一/別表第二 and their orders, or
    /// 第19条第7号 (the number of the 情報連携 provision before 令和4年, so outdated by an
    /// earlier change: [`Citation::outdated_by`] names which).
    Pre2024,
    /// Only valid from 令和6年5月27日: 番号法別表, its order, the 第19条第8号 order.
    Current,
    /// Unaffected by the restructuring (e.g. 番号法第9条第1項, any other statute).
    Unaffected,
}

impl Citation {
    /// The numbering this citation belongs to (see [`Regime`]).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::{LegalBasis, Regime};
    ///
    /// let old = LegalBasis::parse("番号法第19条第8号 別表第二の109の項")?;
    /// assert_eq!(old.citations()[0].regime(), Regime::Unaffected);
    /// assert_eq!(old.citations()[1].regime(), Regime::Pre2024);
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn regime(&self) -> Regime {
        let (renumbered, restructured) = self.law_changes();
        if renumbered || restructured {
            return Regime::Pre2024;
        }
        // Not pre-2024, so an order of the My Number Act is one of today's.
        let current = self.table() == Some(&Table::mynumber_appendix())
            || self.instrument().is_some_and(Instrument::is_mynumber_order);
        if current {
            Regime::Current
        } else {
            Regime::Unaffected
        }
    }

    /// Whether this cites the numbering before 令和6年5月27日 ([`Regime::Pre2024`]).
    pub fn is_pre_2024_regime(&self) -> bool {
        self.regime() == Regime::Pre2024
    }

    /// The current citation replacing this pre-2024 one, where the mapping is known
    /// ([`APPENDIX2_TO_LINKAGE_TABLE`], [`APPENDIX1_TO_APPENDIX`],
    /// [`APPENDIX1_ORDER_ARTICLES_KEPT`], 第19条第7号 → 第8号). `None` for a citation that is
    /// not pre-2024 or whose equivalent is not known. Bridges are kept; a stated provision of an
    /// old row is dropped (the orders were renumbered).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LegalBasis;
    ///
    /// let old = LegalBasis::parse("江戸川区個人番号の利用に関する条例第4条第3項による番号法別表第二の9、97、109の項")?;
    /// let now: Vec<String> = old
    ///     .citations()
    ///     .iter()
    ///     .filter_map(|c| c.current_equivalent())
    ///     .map(|c| c.to_string())
    ///     .collect();
    /// assert_eq!(
    ///     now[2],
    ///     "江戸川区個人番号の利用に関する条例第4条第3項による番号法第19条第8号に基づく主務省令第2条の表第145項"
    /// );
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn current_equivalent(&self) -> Option<Citation> {
        if !self.is_pre_2024_regime() {
            return None;
        }
        let bridges = self
            .bridges
            .iter()
            .map(|b| current_article(&b.instrument, &b.article).map(|(i, a)| Bridge::new(i, a)))
            .collect::<Option<Vec<_>>>()?;
        let target = match &self.target {
            Target::Instrument { instrument } => Target::Instrument {
                instrument: current_instrument(instrument),
            },
            Target::Article {
                instrument: old,
                article,
                through,
            } => {
                let (instrument, article) = current_article(old, article)?;
                let through = match through {
                    Some(t) => Some(current_article(old, t)?.1),
                    None => None,
                };
                Target::Article {
                    instrument,
                    article,
                    through,
                }
            }
            Target::Table { table } => Target::Table {
                table: replacement(table).map_or_else(|| table.clone(), |(new, _)| new),
            },
            Target::Row { table, row, .. } => {
                if !row.branches.is_empty() {
                    return None;
                }
                let (table, number) = match replacement(table) {
                    Some((new, rows)) => (new, mapped(rows, row.number)?),
                    None => (table.clone(), row.number),
                };
                Target::Row {
                    table,
                    row: Row::new(number),
                    provision: None,
                }
            }
            Target::Notice { .. } => return None,
        };
        Some(Citation {
            bridges,
            target,
            ..self.clone()
        })
    }

    /// The changes of the My Number Act after which this citation no longer holds as written,
    /// oldest first: [`LawChange::Article19Renumbering`] for 第19条第7号 (today's 第19条第8号),
    /// [`LawChange::Restructuring2024`] for the old 別表第一/別表第二 and their orders. Empty for a
    /// citation of today's numbering or of another instrument.
    ///
    /// With [`current_equivalent`](Self::current_equivalent), this is what a message needs to
    /// name the right change for each old form.
    ///
    /// ```
    /// use mynumber_pia::legal_basis::{LawChange, LegalBasis};
    ///
    /// let item = LegalBasis::parse("番号法第19条第7号")?;
    /// let row = LegalBasis::parse("番号法別表第二の109の項")?;
    /// let (old_item, old_row) = (&item.citations()[0], &row.citations()[0]);
    /// assert_eq!(old_item.outdated_by(), [LawChange::Article19Renumbering]);
    /// assert_eq!(old_item.current_equivalent().unwrap().to_string(), "番号法第19条第8号");
    /// assert_eq!(old_row.outdated_by(), [LawChange::Restructuring2024]);
    /// assert_eq!(
    ///     old_row.current_equivalent().unwrap().to_string(),
    ///     "番号法第19条第8号に基づく主務省令第2条の表第145項"
    /// );
    /// assert_eq!(
    ///     LawChange::Article19Renumbering.label(),
    ///     "令和4年の番号法改正（第19条第7号→第19条第8号）"
    /// );
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn outdated_by(&self) -> Vec<LawChange> {
        let (renumbered, restructured) = self.law_changes();
        [
            (renumbered, LawChange::Article19Renumbering),
            (restructured, LawChange::Restructuring2024),
        ]
        .into_iter()
        .filter_map(|(hit, change)| hit.then_some(change))
        .collect()
    }

    /// Whether the citation writes 第19条第7号 (renumbered in 令和4年), and whether it cites
    /// what the 令和6年 restructuring replaced: [`outdated_by`](Self::outdated_by) as flags.
    fn law_changes(&self) -> (bool, bool) {
        let restructured = self
            .bridges
            .iter()
            .any(|b| b.instrument.is_pre_2024_regime())
            || self
                .instrument()
                .is_some_and(Instrument::is_pre_2024_regime)
            || self.table().is_some_and(Table::is_pre_2024_regime);
        (self.is_article_19_7(), restructured)
    }

    /// For a row of the 第19条第8号 order's 第2条の表 stated with its article
    /// (「2項　第4条」), whether the article is not row + 2, the rule of the new table (in that
    /// table row N is implemented by 第N+2条). A basis's mismatches are this over its
    /// [`citations`](super::LegalBasis::citations).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::{Citation, LegalBasis};
    ///
    /// let b = LegalBasis::parse("番号法第19条第8号に基づく主務省令第2条の表の項番\n48項　第50条、69項　第70条")?;
    /// let bad: Vec<_> = b.citations().iter().filter_map(|c| c.row_article_mismatch()).collect();
    /// assert_eq!(bad.len(), 1);
    /// assert_eq!((bad[0].row, bad[0].expected_article), (69, 71));
    ///
    /// let b = LegalBasis::parse(
    ///     "同法主務省令（「法第19条第8号に基づく利用特定個人情報の提供に関する命令」）第2条の表の項番\n2項　第4条　、　3項　第6条",
    /// )?;
    /// let bad: Vec<_> = b.citations().iter().filter_map(Citation::row_article_mismatch).collect();
    /// assert_eq!(bad.len(), 1);
    /// assert_eq!((bad[0].row, bad[0].article.number, bad[0].expected_article), (3, 6, 5));
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn row_article_mismatch(&self) -> Option<RowArticleMismatch> {
        let Target::Row {
            table,
            row,
            provision: Some(Provision::Article(article)),
        } = &self.target
        else {
            return None;
        };
        if *table != Table::linkage_order_table() || !row.branches.is_empty() {
            return None;
        }
        let expected = row.number.saturating_add(2);
        (article.number != expected || !article.branches.is_empty()).then(|| RowArticleMismatch {
            row: row.number,
            article: article.clone(),
            expected_article: expected,
        })
    }
}

crate::label::text_enum! {
    /// A change of the My Number Act that made some citations outdated.
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LawChange;
    ///
    /// assert_eq!(LawChange::Restructuring2024.as_str(), "restructuring-2024");
    /// assert!(LawChange::Restructuring2024.label().starts_with("令和6年5月27日施行"));
    /// assert_eq!("restructuring-2024".parse(), Ok(LawChange::Restructuring2024));
    /// ```
    #[doc(alias = "番号法改正")]
    #[non_exhaustive]
    pub enum LawChange: "番号法改正" {
        /// The renumbering of 第19条's items in 令和4年: the 情報提供ネットワークシステム provision,
        /// 第19条第7号 before, is 第19条第8号 since (熊谷市's 国民健康保険に関する事務 基礎項目評価書,
        /// 令和7年5月30日, records the rewrite on 令和4年4月1日).
        Article19Renumbering => "article19-renumbering-2022", "令和4年の番号法改正（第19条第7号→第19条第8号）";
        /// The restructuring in force from 令和6年5月27日: 別表第一 became 別表 (with the 「別表の主務
        /// 省令で定める事務を定める命令」), and 別表第二 moved into the order under 第19条第8号 as its
        /// 第2条の表, with new row numbers.
        Restructuring2024 => "restructuring-2024", "令和6年5月27日施行の番号法改正（別表第一→別表、別表第二→第19条第8号に基づく主務省令第2条の表）";
    }
}

/// A row of the 第2条の表 whose stated article is not row + 2.
///
/// `Display` is one Japanese sentence naming the row, the article expected, the article written
/// and the rule (番号法第19条第8号に基づく主務省令: 第2条の表の第N項 ↔ 第N+2条).
///
/// In the 第19条第8号 order every row N of 第2条の表 is implemented by 第N+2条 (熊谷市's report
/// pairs ~45 of them: `2項　第4条` … `173項　第175条`).
#[doc(alias = "項番と条の不一致")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RowArticleMismatch {
    /// The row (項) number.
    pub row: u32,
    /// The article stated for it.
    pub article: Article,
    /// The article the rule expects (row + 2).
    pub expected_article: u32,
}

impl std::fmt::Display for RowArticleMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "番号法第19条第8号に基づく主務省令第2条の表の{row}の項は第{expected}条で実施されるはずですが、{article}と記載されています（同主務省令では第2条の表の第N項の事務を第N+2条が定めます）",
            row = self.row,
            expected = self.expected_article,
            article = self.article
        )
    }
}

fn current_instrument(instrument: &Instrument) -> Instrument {
    match instrument {
        Instrument::Appendix1Order => Instrument::AppendixOrder,
        Instrument::Appendix2Order => Instrument::LinkageOrder,
        other => other.clone(),
    }
}

/// The table that replaced `table` in the 令和6年 restructuring, with the rows known to map
/// (old → new).
fn replacement(table: &Table) -> Option<(Table, &'static [(u32, u32)])> {
    if *table == Table::mynumber_appendix1() {
        Some((Table::mynumber_appendix(), APPENDIX1_TO_APPENDIX))
    } else if *table == Table::mynumber_appendix2() {
        Some((Table::linkage_order_table(), APPENDIX2_TO_LINKAGE_TABLE))
    } else {
        None
    }
}

fn current_article(instrument: &Instrument, article: &Article) -> Option<(Instrument, Article)> {
    if is_act_19(instrument, article, 7) {
        let mut a = article.clone();
        if let Some(item) = a.item.as_mut() {
            item.number = 8;
        }
        return Some((Instrument::MynumberAct, a));
    }
    match instrument {
        Instrument::Appendix1Order
            if APPENDIX1_ORDER_ARTICLES_KEPT.contains(&article.number)
                && article.branches.is_empty()
                && !article.supplementary =>
        {
            Some((Instrument::AppendixOrder, article.clone()))
        }
        Instrument::Appendix1Order | Instrument::Appendix2Order => None,
        other => Some((other.clone(), article.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_is_a_function_both_ways() {
        for (i, (old, new)) in APPENDIX2_TO_LINKAGE_TABLE.iter().enumerate() {
            for (old2, new2) in APPENDIX2_TO_LINKAGE_TABLE.iter().skip(i + 1) {
                assert_ne!(old, old2);
                assert_ne!(new, new2);
            }
        }
        assert_eq!(appendix2_row_to_linkage_row(5), Some(6));
        assert_eq!(appendix2_row_to_linkage_row(120), Some(158));
        assert_eq!(appendix1_row_to_appendix_row(59), Some(85));
        assert_eq!(appendix1_row_to_appendix_row(1), None);
        // Each way undoes the other, on every pair of both tables.
        for (old, new) in APPENDIX2_TO_LINKAGE_TABLE {
            assert_eq!(linkage_row_to_appendix2_row(*new), Some(*old));
        }
        for (i, (old, new)) in APPENDIX1_TO_APPENDIX.iter().enumerate() {
            assert_eq!(appendix_row_to_appendix1_row(*new), Some(*old));
            for (old2, new2) in APPENDIX1_TO_APPENDIX.iter().skip(i + 1) {
                assert_ne!(old, old2);
                assert_ne!(new, new2);
            }
        }
    }

    #[test]
    fn article_19_7_becomes_8() {
        let mut a = Article::new(19);
        a.item = Some(super::super::citation::Item {
            number: 7,
            branches: vec![],
            sub: None,
        });
        let c = Citation::new(Target::Article {
            instrument: Instrument::MynumberAct,
            article: a,
            through: None,
        });
        assert!(c.is_pre_2024_regime());
        let now = c.current_equivalent().map(|c| c.to_string());
        assert_eq!(now.as_deref(), Some("番号法第19条第8号"));
    }
}
