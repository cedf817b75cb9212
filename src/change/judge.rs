//! The judgement of one change: 重要な変更 or not, by which rule.

use crate::AssessmentKind;
use crate::Choice;
use crate::form::items::OPT_OUT_LABEL;
use crate::label::fold_char;
use crate::legal_basis::{Citation, Instrument, LegalBasis, Target};
use crate::report::{DataSubjectBand, ItemId, Value};

use super::ChangeKind;

use crate::label::text_enum;

text_enum! {
    /// Whether a change is a 重要な変更 (規則 第11条; 番号法 第28条第1項後段).
    ///
    /// A 重要な変更 is assessed again before it is made and filed 事前; any other change is a
    /// correction of the report (評価書の修正), filed 事後.
    ///
    /// ```
    /// use mynumber_pia::change::Significance;
    /// use mynumber_pia::report::SubmissionTiming;
    ///
    /// assert_eq!(Significance::Significant.label(), "重要な変更");
    /// assert_eq!(Significance::NotSignificant.label(), "重要な変更に当たらない");
    /// assert_eq!(Significance::Significant.timing(), SubmissionTiming::Before);
    /// assert_eq!(Significance::NotSignificant.as_str(), "not-significant");
    /// ```
    #[doc(alias = "重要な変更")]
    #[non_exhaustive]
    pub enum Significance: "重要な変更の別" {
        /// 重要な変更: assess again before the change, file 事前.
        Significant => "significant", "重要な変更";
        /// Not a 重要な変更: correct the report after the change, file 事後.
        NotSignificant => "not-significant", "重要な変更に当たらない";
    }
}

impl Significance {
    /// The 提出時期 it calls for: 事前 for a 重要な変更, 事後 otherwise (記載要領: 「事前」 when the
    /// report is submitted and published before the change).
    #[must_use]
    pub const fn timing(self) -> crate::report::SubmissionTiming {
        match self {
            Significance::Significant => crate::report::SubmissionTiming::Before,
            Significance::NotSignificant => crate::report::SubmissionTiming::After,
        }
    }
}

text_enum! {
    /// The rule that judged a change (see the rule table in the [module docs](super)).
    ///
    /// Only the forms' ※ items can be 重要な変更 (規則 第11条). Of the ※ changes, those the crate
    /// can show to be formal or to reduce what is held are judged not significant: these three
    /// rules are the crate's **judgement aids** ([`is_judgement_aid`](Self::is_judgement_aid)),
    /// modelled on how real logs explain such rows (「法令の題名等の形式的な変更」,
    /// 「主務省令の発出に伴う修正」 in the 江戸川区 国民健康保険 全項目評価書 of 令和6年12月6日); the
    /// crate does not quote a passage of the 指針 for them. Every other ※ change is a 重要な変更,
    /// the safe side.
    ///
    /// ```
    /// use mynumber_pia::change::{Reason, Significance};
    ///
    /// assert_eq!(Reason::NotMarked.significance(), Significance::NotSignificant);
    /// assert_eq!(Reason::MarkedItem.significance(), Significance::Significant);
    /// assert_eq!(Reason::SameLegalMeaning.explanation(), "重要な変更に当たらない（法令の改正に伴う形式的な変更）");
    /// assert!(Reason::NotationOnly.is_judgement_aid() && !Reason::NotMarked.is_judgement_aid());
    /// ```
    #[doc(alias = "判断の理由")]
    #[non_exhaustive]
    pub enum Reason: "判断の理由" {
        /// The item has no ※ in this form: its change is never a 重要な変更 (規則 第11条).
        NotMarked => "not-marked", "その他の項目の変更";
        /// A ※ 法令上の根拠 whose citations mean the same once the 令和6年5月27日 renumbering
        /// (別表第一 → 別表, 別表第二 → 第19条第8号に基づく主務省令第2条の表), the name
        /// 番号法/番号利用法 and the notation are accounted for (judgement aid).
        SameLegalMeaning => "same-legal-meaning", "法令の改正に伴う形式的な変更";
        /// A ※ item whose text changed in notation only: width, spaces, punctuation marks,
        /// kanji numerals of article and date numbers (judgement aid).
        NotationOnly => "notation-only", "表記のみの修正";
        /// A ※ change that only reduces what is held or shared: a 委託 ended (委託しない), no
        /// more 再委託, no more 情報連携, a 入手元 or a 主な記録項目 removed, a 委託事項 or a file
        /// block removed, a 「…しない」 box of Ⅲ checked (judgement aid).
        Reduction => "reduction", "取り扱う範囲を縮小する変更";
        /// Any other change of a ※ item: a 重要な変更 (規則 第11条), the safe side.
        MarkedItem => "marked-item", "※項目の変更";
    }
}

impl Reason {
    /// What the rule makes of the change.
    #[must_use]
    pub const fn significance(self) -> Significance {
        match self {
            Reason::MarkedItem => Significance::Significant,
            _ => Significance::NotSignificant,
        }
    }

    /// Whether the rule is the crate's judgement aid rather than a rule of the 規則 or the forms.
    #[must_use]
    pub const fn is_judgement_aid(self) -> bool {
        matches!(
            self,
            Reason::SameLegalMeaning | Reason::NotationOnly | Reason::Reduction
        )
    }

    /// The source of the rule.
    ///
    /// ```
    /// use mynumber_pia::change::Reason;
    ///
    /// assert_eq!(Reason::MarkedItem.source(), "規則 第11条、番号法 第28条第1項後段");
    /// assert!(Reason::Reduction.source().starts_with("判断補助"));
    /// ```
    #[must_use]
    pub const fn source(self) -> &'static str {
        match self {
            Reason::NotMarked => "規則 第11条（様式の※の項目）",
            Reason::MarkedItem => "規則 第11条、番号法 第28条第1項後段",
            Reason::SameLegalMeaning => {
                "判断補助（規則 第11条; 令和6年5月27日施行の番号法改正の新旧対応）"
            }
            Reason::NotationOnly => "判断補助（規則 第11条; 表記のみの修正）",
            Reason::Reduction => "判断補助（規則 第11条; 取り扱う範囲の縮小）",
        }
    }

    /// The 提出時期に係る説明 in the words real logs use: 「重要な変更である」, or
    /// `重要な変更に当たらない（<label>）`.
    #[must_use]
    pub fn explanation(self) -> String {
        match self.significance() {
            Significance::Significant => "重要な変更である".to_owned(),
            Significance::NotSignificant => format!("重要な変更に当たらない（{}）", self.label()),
        }
    }
}

/// The rule for a change of a value of `id` from `old` to `new` (one part of an item, printed
/// `before` and `after`), in a report of `form`.
pub(super) fn judge_value(
    form: AssessmentKind,
    id: ItemId,
    old: &Value<'_>,
    new: &Value<'_>,
    (before, after): (Option<&str>, Option<&str>),
) -> Reason {
    if !id.is_significant(form) {
        return Reason::NotMarked;
    }
    if reduces(id, old, new) {
        return Reason::Reduction;
    }
    if let (Value::Basis(Some(a)), Value::Basis(Some(b))) = (old, new) {
        if same_legal_meaning(a, b) {
            return Reason::SameLegalMeaning;
        }
    }
    if let (Some(a), Some(b)) = (before, after) {
        if same_notation(a, b) {
            return Reason::NotationOnly;
        }
    }
    Reason::MarkedItem
}

/// The rule for an entry added or removed as a whole (`kind`): a 委託事項, a 提供先, a 入手元, a
/// 再委託 level… `marked` says that it held or holds a ※ item (of its own, or as a part of a ※
/// item): the removal of such an entry only reduces what is held or shared, its addition is a
/// ※ change.
pub(super) fn judge_entry(kind: ChangeKind, marked: bool) -> Reason {
    match (marked, kind) {
        (false, _) => Reason::NotMarked,
        (true, ChangeKind::Removed) => Reason::Reduction,
        (true, _) => Reason::MarkedItem,
    }
}

/// Whether the change from `old` to `new` only reduces what is held or shared: the crate's
/// judgement aid under 規則 第11条 ([`Reason::Reduction`]): a change that only narrows the
/// handling is read as no 重要な変更 of the ※ items.
fn reduces(id: ItemId, old: &Value<'_>, new: &Value<'_>) -> bool {
    match (old, new) {
        (
            Value::Choice {
                chosen: Some(a),
                options,
            },
            Value::Choice {
                chosen: Some(b), ..
            },
        ) => {
            let at = |l: &str| options.iter().position(|o| *o == l);
            // 「…する」 to 「…しない」 (委託, 再委託, 情報連携 実施する → 実施しない): the process no longer
            // takes place.
            (a.ends_with("する") && b.ends_with(OPT_OUT_LABEL))
                // A lower 本人の数 band.
                || (*options == DataSubjectBand::LABELS
                    && matches!((at(a), at(b)), (Some(x), Some(y)) if y < x))
        }
        (
            Value::Checks {
                checked: a,
                other: oa,
                ..
            },
            Value::Checks {
                checked: b,
                other: ob,
                ..
            },
        ) => {
            let subset = b.iter().all(|x| a.contains(x));
            let other_kept_or_dropped = ob.is_none_or(|t| t.trim().is_empty()) || ob == oa;
            subset && other_kept_or_dropped && (a.len() > b.len() || oa != ob)
        }
        // A 「…しない」 box of the risk chapters checked: the process no longer takes place.
        (Value::Flag(false), Value::Flag(true)) => id.label().contains(OPT_OUT_LABEL),
        _ => false,
    }
}

/// Whether two 法令上の根拠 cite the same provisions once the law's renumberings are applied:
/// every citation of the numbering before 令和6年5月27日 (or 第19条第7号) is replaced by its
/// current equivalent ([`Citation::current_equivalent`]), a bare 番号法第19条第8号 is dropped
/// where the order based on it is cited too (the order's name says the article), and the sets
/// of canonical lines and of unparsed fragments must be equal. An old citation without a known
/// equivalent makes the answer `false`.
pub(super) fn same_legal_meaning(a: &LegalBasis, b: &LegalBasis) -> bool {
    matches!((legal_key(a), legal_key(b)), (Some(x), Some(y)) if x == y)
}

type LegalKey = (Vec<String>, Vec<String>);

fn legal_key(basis: &LegalBasis) -> Option<LegalKey> {
    let citations = basis.citations().iter().map(|c| {
        if c.outdated_by().is_empty() {
            Some(c.clone())
        } else {
            c.current_equivalent()
        }
    });
    let citations: Vec<Citation> = citations.collect::<Option<_>>()?;
    let cites_order = citations
        .iter()
        .any(|c| c.instrument() == Some(&Instrument::LinkageOrder));
    let mut lines: Vec<String> = citations
        .iter()
        .filter(|c| !(cites_order && is_bare_19_8(c)))
        .map(ToString::to_string)
        .collect();
    lines.sort();
    lines.dedup();
    let mut rest: Vec<String> = basis
        .unparsed()
        .iter()
        .map(|u| notation_key(&u.text))
        .filter(|t| !t.is_empty())
        .collect();
    rest.sort();
    Some((lines, rest))
}

/// 番号法第19条第8号 cited alone (no bridge, no 項, no range).
fn is_bare_19_8(c: &Citation) -> bool {
    c.bridges.is_empty()
        && matches!(&c.target, Target::Article { instrument: Instrument::MynumberAct, article, through: None }
            if article.is_article_item(19, 8) && article.paragraph.is_none())
}

/// Whether two texts differ in notation only: their [`notation_key`]s are equal.
pub(super) fn same_notation(a: &str, b: &str) -> bool {
    a == b || (same_words(a, b) && notation_key(a) == notation_key(b))
}

/// Whether `a` and `b` hold the same [words](is_word_char), in the same order: [`notation_key`]
/// keeps them as they are and makes none from another character, so texts that differ there
/// differ in more than notation. Read up to the first difference, where the keys read both texts
/// whole: `benches/diff.rs`, whose new version gives three ※ items other texts, compares in
/// 155.5 k instructions with this first, 252.6 k with the keys alone (9.7 µs against 14.4 µs).
fn same_words(a: &str, b: &str) -> bool {
    let words_of_b = b.chars().filter(|&c| is_word_char(c));
    a.chars().filter(|&c| is_word_char(c)).eq(words_of_b)
}

/// A kana or a kanji other than a [numeral](is_kanji_numeral): not the middle dot `・`, which
/// [`notation_key`] makes from `･`.
fn is_word_char(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30fa}' | '\u{30fc}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}')
        && !is_kanji_numeral(c)
}

/// Text folded so that changes of notation only compare equal: full-width ASCII to half-width,
/// white space removed, variants of one punctuation mark made one (、，, → 、; ｡ → 。; ･ → ・;
/// ｢『 → 「; ｣』 → 」; －―—‐−– → -; ～〜 → ~), commas between digits dropped, and kanji
/// numerals of numbered things (第十九条, 三十一日間) written in digits.
pub(super) fn notation_key(text: &str) -> String {
    let mut chars: Vec<char> = Vec::with_capacity(text.len());
    chars.extend(text.chars().map(fold_char).filter(|c| !c.is_whitespace()));
    let digit = |at: usize| chars.get(at).is_some_and(char::is_ascii_digit);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        // A digit-group comma: `1,000` (three digits after it, then no more).
        let digit_before = prev.is_some_and(|p| p.is_ascii_digit());
        if c == ',' && digit_before && (1..=3).all(|k| digit(i + k)) && !digit(i + 4) {
            i += 1;
            continue;
        }
        if is_kanji_numeral(c) {
            let rest = chars.get(i..).unwrap_or(&[]);
            let run = rest.iter().take_while(|&&k| is_kanji_numeral(k)).count();
            let (numeral, after) = (rest.get(..run).unwrap_or(&[]), rest.get(run).copied());
            let counted =
                prev == Some('第') || after.is_some_and(|a| "条項号年月日件人回箇".contains(a));
            let value = counted
                .then(|| {
                    let s: String = numeral.iter().collect();
                    crate::numeral::read_str(&s)
                        .filter(|&(_, width)| width == s.len())
                        .and_then(|(v, _)| v)
                })
                .flatten();
            match value {
                Some(v) => out.push_str(&v.to_string()),
                None => out.extend(numeral),
            }
            i += run;
            continue;
        }
        out.push(match c {
            ',' | '､' => '、',
            '｡' => '。',
            '･' => '・',
            '｢' | '『' => '「',
            '｣' | '』' => '」',
            '―' | '—' | '‐' | '−' | '–' => '-',
            '〜' => '~',
            other => other,
        });
        i += 1;
    }
    out
}

/// A kanji numeral (〇 一 … 九 十 百 千); not ○, which marks a checked box.
fn is_kanji_numeral(c: char) -> bool {
    c != '○' && !c.is_ascii_digit() && crate::numeral::is_numeral(c) && !('０'..='９').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{EntrustmentStatus, InfoLinkage, ReEntrustmentStatus};

    /// A choice from 「…する」 to 「…しない」 ends a process, in each of the three lists with such
    /// a pair; back again, or from 未定, it does not.
    #[test]
    fn a_choice_that_ends_a_process_is_a_reduction() {
        for (id, options) in [
            (ItemId::FileEntrustmentStatus, EntrustmentStatus::LABELS),
            (
                ItemId::EntrustmentReEntrustment,
                ReEntrustmentStatus::LABELS,
            ),
            (ItemId::AffairInfoLinkage, InfoLinkage::LABELS),
        ] {
            let choice = |label| Value::Choice {
                chosen: Some(label),
                options,
            };
            let (Some(&yes), Some(&no)) = (options.first(), options.get(1)) else {
                panic!("{id:?}: {options:?}");
            };
            assert!(reduces(id, &choice(yes), &choice(no)), "{yes} → {no}");
            assert!(!reduces(id, &choice(no), &choice(yes)), "{no} → {yes}");
        }
        let linkage = |label| Value::Choice {
            chosen: Some(label),
            options: InfoLinkage::LABELS,
        };
        let (undecided, no) = (InfoLinkage::Undecided.label(), InfoLinkage::No.label());
        let id = ItemId::AffairInfoLinkage;
        assert!(!reduces(id, &linkage(undecided), &linkage(no)));
    }

    #[test]
    fn the_opt_out_boxes_are_the_items_labelled_shinai() {
        let boxes: Vec<ItemId> = ItemId::ALL
            .iter()
            .copied()
            .filter(|id| id.label().contains("しない"))
            .collect();
        assert_eq!(
            boxes,
            [
                ItemId::FullEntrustmentNotEntrusted,
                ItemId::FullProvisionNotProvided,
                ItemId::FullNetworkNotConnectedAcquisition,
                ItemId::FullNetworkNotConnectedProvision,
                ItemId::FocusedEntrustmentNotEntrusted,
                ItemId::FocusedProvisionNotProvided,
                ItemId::FocusedNetworkNotConnectedAcquisition,
                ItemId::FocusedNetworkNotConnectedProvision,
            ]
        );
    }

    #[test]
    fn notation_keys() {
        assert_eq!(
            notation_key("第十九条　第８号"),
            notation_key("第19条第8号")
        );
        assert_eq!(
            notation_key("中間サーバー･プラットフォーム"),
            notation_key("中間サーバー・プラットフォーム")
        );
        assert_eq!(notation_key("1,000人"), notation_key("1000人"));
        assert_eq!(notation_key("｢支払基金｣"), notation_key("「支払基金」"));
        // Not notation: other words, another number, a dropped separator between numbers.
        assert_ne!(notation_key("提供又は照会"), notation_key("照会"));
        assert_ne!(notation_key("第19条"), notation_key("第18条"));
        assert_ne!(notation_key("第1、2項"), notation_key("第12項"));
        // 十分 is a word, not a number.
        assert_eq!(notation_key("十分である"), "十分である");
        // A checked box is not a zero.
        assert_eq!(notation_key("○日"), "○日");
        // Only a comma between one to three digits and exactly three more is a digit group.
        assert_eq!(notation_key("合計12,345人"), notation_key("合計12345人"));
        assert_eq!(notation_key("第1,000号"), "第1000号");
        assert_eq!(notation_key("1,0001"), "1、0001");
        assert_eq!(notation_key("12,34"), "12、34");
        assert_eq!(notation_key("A,123"), "A、123");
        assert_eq!(notation_key(",123"), "、123");
        assert_eq!(notation_key("12345"), "12345");
        assert_eq!(notation_key("第12345号"), "第12345号");
        // A kanji number counts by the word after it, too (三十一日間), wherever it stands.
        assert_eq!(notation_key("三十一日間"), "31日間");
        assert_eq!(notation_key("期間は三十一日間"), "期間は31日間");
    }

    #[test]
    fn notation_only_whatever_the_lengths() {
        assert!(same_notation("第1条", "第1条"));
        // White space added or removed, however much.
        assert!(same_notation("第1条", &format!("第1条{}", " ".repeat(40))));
        assert!(same_notation("第二千二十四号", "第2024号"));
        assert!(same_notation(
            "中間サーバー･プラットフォーム",
            "中間サーバー・プラットフォーム"
        ));
        assert!(!same_notation("第1条", "第1条の2"));
        assert!(!same_notation("提供又は照会", "照会"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { failure_persistence: None, ..Default::default() })]

        /// What [`same_words`] relies on: a text's key holds the text's words, in order, and no
        /// other (so texts of one key have the same words). The characters drawn are those the
        /// key changes or reads around (numerals of every kind, units and counters, commas,
        /// punctuation of both widths, white space, the middle dots) and words beside them.
        #[test]
        fn a_key_keeps_the_words_of_its_text(
            text in "[第条項号日間人十百千〇零○一二三九0-9０-９,、，､。｡・･「『｢」』｣―—‐−–〜~ 　\t\nａＡ〔〕あアー十分の提供照会]{0,24}"
        ) {
            let key = notation_key(&text);
            let words = |t: &str| t.chars().filter(|&c| is_word_char(c)).collect::<String>();
            proptest::prop_assert_eq!(words(&key), words(&text));
        }
    }

    #[test]
    fn legal_meaning_across_the_2024_renumbering() {
        let p = |t: &str| LegalBasis::parse(t).unwrap();
        // 江戸川区 全項目評価書 (令和6年12月6日) 別添3: 別表第二の109の項 became 第2条の表の145の項.
        assert!(same_legal_meaning(
            &p("番号法第19条第8号 別表第二の109の項"),
            &p("番号利用法第19条第８号に基づく主務省令第２条の表の145の項")
        ));
        // 川口市 重点項目評価書 (令和7年12月26日): 別表第1の59項 became 別表85の項.
        assert!(same_legal_meaning(
            &p("番号法第9条第1項、別表第一の59の項"),
            &p("番号利用法第９条第１項、別表の85の項")
        ));
        // Another row is another basis.
        assert!(!same_legal_meaning(
            &p("番号法第19条第8号 別表第二の109の項"),
            &p("番号利用法第19条第８号に基づく主務省令第２条の表の146の項")
        ));
        // A citation added is not formal.
        assert!(!same_legal_meaning(
            &p("住民基本台帳法第7条"),
            &p("住民基本台帳法第7条、国民健康保険法第113条の3")
        ));
    }
}
