//! Words the forms print around their items: the heading of a ＜選択肢＞ list, the label of the
//! 「その他（ ）」 box, and the endings by which a 評価実施機関名 names its kind of body.

use super::choices::{BodyKind, Connection};

/// The heading of a ＜選択肢＞ list, as the forms print it.
pub const CHOICE_HEADING: &str = "＜選択肢＞";

/// Every spelling of [`CHOICE_HEADING`] that texts of the forms give: the form's own, ASCII
/// brackets (Markdown and HTML transcriptions), the same escaped in HTML, and angle brackets.
pub const CHOICE_HEADING_SPELLINGS: [&str; 4] =
    [CHOICE_HEADING, "<選択肢>", "&lt;選択肢&gt;", "〈選択肢〉"];

/// The words of [`CHOICE_HEADING`] inside its brackets: what a text that lost the brackets (a
/// page of spaced kanji with its punctuation dropped) prints of the heading.
pub(crate) const CHOICE_HEADING_WORDS: &str = "選択肢";

/// The label of the 「その他（ ）」 box, the same in every checkbox list of the forms that has one
/// (他のシステムとの接続, 主な記録項目, 入手元, 入手・提供・移転の方法; a test holds them to it):
/// the box whose text goes in [`CheckSet::other`](crate::report::CheckSet::other).
pub(crate) const OTHER_BOX: &str = Connection::Other.label();

/// The 様式 cited as the source of a rule of the form itself (what the form asks: a 委託事項 for
/// each 委託, the 3-year window of the 重大事故 item), as validation's codes and the schedule's
/// duties cite it beside 「規則 第N条」 and 「指針 第N」.
pub const FORM_AS_SOURCE: &str = "様式";

/// The label 様式4 (全項目評価書, Ⅱ4 特定個人情報ファイルの取扱いの委託) prints in its left column
/// beside the three items of a 委託事項's re-entrustment (⑦再委託の有無, ⑧再委託の許諾方法,
/// ⑨再委託事項), one character a line in a narrow column (`再` / `委` / `託`). A part's label:
/// no item of its own.
pub(crate) const RE_ENTRUSTMENT_PART: &str = "再委託";

/// The mark the forms print after the label of an item that only 行政機関等 fill in (the cover's
/// 承認日, 全項目 Ⅵ4).
pub const GOV_ONLY_MARK: &str = "【行政機関等のみ】";

/// The mark the crate's renders print after the label of an item the forms do not print (the
/// cover's 評価実施機関の種別, the levels of a list): no word of the PPC's forms, but a text the
/// crate rendered carries it, and the importer takes it for part of the label.
pub(crate) const EXTRA_MARK: &str = "（様式外）";

/// The endings of a 評価実施機関名 and the kind of body each names (指針 第3の1: the bodies that
/// assess; the 記載要領 of 表紙 評価実施機関名 gives ○○大臣, ○○庁長官, ○○県知事, ○○市長, ○○市教育委員会):
/// the office holder of a local government or of its bodies, and of a national body. Longer
/// endings first where one ends another (広域連合長 before 広域連合).
const BODY_ENDINGS: &[(&str, BodyKind)] = &[
    ("市長", BodyKind::LocalGovernment),
    ("区長", BodyKind::LocalGovernment),
    ("町長", BodyKind::LocalGovernment),
    ("村長", BodyKind::LocalGovernment),
    ("知事", BodyKind::LocalGovernment),
    ("広域連合長", BodyKind::LocalGovernment),
    ("広域連合", BodyKind::LocalGovernment),
    ("組合長", BodyKind::LocalGovernment),
    // An 一部事務組合's executive, as its 規約 sets it (地方自治法 第287条第1項), is most often
    // its 管理者.
    ("組合管理者", BodyKind::LocalGovernment),
    ("一部事務組合", BodyKind::LocalGovernment),
    ("企業管理者", BodyKind::LocalGovernment),
    ("教育委員会", BodyKind::LocalGovernment),
    ("選挙管理委員会", BodyKind::LocalGovernment),
    ("公安委員会", BodyKind::LocalGovernment),
    // The 管理者 of a local public enterprise (地方公営企業法 第7条: 水道事業, 交通事業, 病院事業…).
    ("事業管理者", BodyKind::LocalGovernment),
    ("大臣", BodyKind::NationalAgency),
    ("長官", BodyKind::NationalAgency),
];

/// The kind of body a 評価実施機関名 names by its ending (`熊谷市長`, `埼玉県知事`, `厚生労働大臣`),
/// `None` when no ending of the forms' bodies ends it.
///
/// ```
/// use mynumber_pia::form::body_kind_of_name;
/// use mynumber_pia::report::BodyKind;
///
/// assert_eq!(body_kind_of_name("架空県後期高齢者医療広域連合"), Some(BodyKind::LocalGovernment));
/// assert_eq!(body_kind_of_name("架空大臣"), Some(BodyKind::NationalAgency));
/// assert_eq!(body_kind_of_name("架空川衛生一部事務組合管理者"), Some(BodyKind::LocalGovernment));
/// assert_eq!(body_kind_of_name("独立行政法人架空機構"), Some(BodyKind::NationalAgency));
/// assert_eq!(body_kind_of_name("架空市水道事業管理者"), Some(BodyKind::LocalGovernment));
/// assert_eq!(body_kind_of_name("架空市役所"), None);
/// ```
#[must_use]
pub fn body_kind_of_name(name: &str) -> Option<BodyKind> {
    let name = name.trim();
    // An 独立行政法人 (one of the bodies that assess, 指針 第3の1) assesses as a 行政機関等 (the
    // cover's 【行政機関等のみ】 items are its), named by the word that opens its name, whatever
    // its ending (`独立行政法人架空機構`).
    if name.starts_with(INCORPORATED_AGENCY) {
        return Some(BodyKind::NationalAgency);
    }
    BODY_ENDINGS
        .iter()
        .find(|(ending, _)| name.ends_with(ending))
        .map(|&(_, kind)| kind)
}

/// How the name of an office holder among the bodies that assess ends ([`BODY_ENDINGS`]; the
/// 記載要領 of 表紙 評価実施機関名 gives ○○大臣, ○○庁長官, ○○県知事, ○○市長; an 一部事務組合's
/// 管理者): the others (an 教育委員会, a 広域連合, an 一部事務組合) are bodies that are their
/// own executives.
const OFFICE_HOLDER_ENDINGS: [&str; 4] = ["長", "知事", "大臣", "管理者"];

/// Whether `name` is a 評価実施機関名 that names an office holder (`架空市長`, `架空県知事`,
/// `架空大臣`, `架空組合管理者`), not a body that is its own executive (`架空市教育委員会`,
/// `架空県後期高齢者医療広域連合`): a name no 評価書名 opens with, where a body's own name may.
pub(crate) fn names_an_office_holder(name: &str) -> bool {
    let name = name.trim();
    body_kind_of_name(name).is_some() && OFFICE_HOLDER_ENDINGS.iter().any(|e| name.ends_with(e))
}

/// The word that opens an 独立行政法人's name.
const INCORPORATED_AGENCY: &str = "独立行政法人";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::choices::{Medium, RecordItemCategory, SourceKind};

    #[test]
    fn an_office_holder_is_told_from_a_body_that_is_its_own_executive() {
        assert!(names_an_office_holder("架空市長"));
        assert!(names_an_office_holder("架空県知事"));
        assert!(names_an_office_holder("架空川衛生一部事務組合管理者"));
        assert!(!names_an_office_holder("架空市教育委員会"));
        assert!(!names_an_office_holder("架空県後期高齢者医療広域連合"));
        assert!(!names_an_office_holder("架空課長補佐の記録"));
    }

    #[test]
    fn every_other_box_is_labelled_alike() {
        for label in [
            Connection::Other.label(),
            RecordItemCategory::Other.label(),
            SourceKind::Other.label(),
            Medium::Other.label(),
        ] {
            assert_eq!(label, OTHER_BOX);
        }
    }
}
