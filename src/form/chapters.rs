//! The chapters of each form, their order and their headings: what is printed that is not an
//! item (chapter titles, section headings such as 「１．特定個人情報ファイルを取り扱う事務」,
//! sub-headings such as 「⑦使用の主体」), keyed by numbers in the notation of
//! [`ItemId`](crate::report::ItemId), exact as the 令和6年10月 forms print them.

use super::choices::{PriorityMeasure, SubmissionTiming};
use crate::threshold::{
    HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, SubjectCountBand,
};
use crate::{AssessmentKind, Choice};

/// The place of the 変更箇所 in the chapter lists (not an item: its rows are
/// [`ChangeRecord`](crate::report::ChangeRecord)s).
pub(crate) const CHANGES: &str = "変更箇所";

/// The words every form's title starts with, printed on its cover (様式2–4 表紙:
/// `特定個人情報保護評価書（全項目評価書）`) and in a print's running header.
pub(crate) const REPORT_TITLE: &str = "特定個人情報保護評価書";

/// The first column of the 変更箇所: the day of the change.
pub(crate) const CHANGE_DATE: &str = "変更日";

/// The columns of the 変更箇所, in the form's order: what render prints as its table's heading,
/// validation names in its findings and the importer looks for.
pub(crate) const CHANGE_COLUMNS: [&str; 6] = [
    CHANGE_DATE,
    "項目",
    "変更前の記載",
    "変更後の記載",
    <SubmissionTiming as Choice>::LIST_LABEL,
    "提出時期に係る説明",
];

/// What a 変更前の記載 or 変更後の記載 left empty is printed as (an item added has no 変更前):
/// the dash published tables write there. The importer reads it, and every dash alone
/// (`import::fill::is_empty_mark`), back as no text, as it reads a dash in any item's cell.
pub(crate) const CHANGE_EMPTY_TEXT: &str = "－";

const BASIC_INFO: &str = "基本情報";
const RELATED_INFO: &str = "関連情報";
const FILES: &str = "特定個人情報ファイルの概要";
const PROCESS_RISKS: &str = "特定個人情報ファイルの取扱いプロセスにおけるリスク対策";
const RISKS: &str = "リスク対策";
const OTHER_RISKS: &str = "その他のリスク対策";
const DISCLOSURE: &str = "開示請求、問合せ";
/// The chapter of the 評価実施手続 (全項目 Ⅵ, 重点 Ⅴ): also the name of its steps.
pub(crate) const PROCEDURES: &str = "評価実施手続";
const THRESHOLD_ITEMS: &str = "しきい値判断項目";
const THRESHOLD_RESULT: &str = <RequiredAssessment as Choice>::LIST_LABEL;
const USERS: &str = "使用の主体";
/// The third step of the 評価実施手続 (全項目 Ⅵ3, 重点 Ⅴ3).
pub(crate) const THIRD_PARTY_REVIEW: &str = "第三者点検";
const FILE_NAME: &str = "特定個人情報ファイル名";
const OTHER_BODIES: &str = "他の評価実施機関";

/// The title of every chapter of the three forms, without the marks some print after it (`　※
/// （７．②を除く。）`): what a line that heads a chapter starts with. 基礎 Ⅲ is an item, the
/// しきい値判断結果.
pub const CHAPTER_TITLES: [&str; 10] = [
    BASIC_INFO,
    RELATED_INFO,
    FILES,
    PROCESS_RISKS,
    RISKS,
    OTHER_RISKS,
    DISCLOSURE,
    PROCEDURES,
    THRESHOLD_ITEMS,
    THRESHOLD_RESULT,
];

/// The chapters of `form` after the cover, in the order of its 項目一覧 (the appendices
/// `別添1`, `別添2` where they stand, the 変更箇所 last).
pub(crate) fn chapters(form: AssessmentKind) -> &'static [&'static str] {
    match form {
        AssessmentKind::Basic => &["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", CHANGES],
        AssessmentKind::Focused => &["Ⅰ", "Ⅱ", "別添1", "Ⅲ", "Ⅳ", "Ⅴ", CHANGES],
        AssessmentKind::Full => &["Ⅰ", "別添1", "Ⅱ", "別添2", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", CHANGES],
    }
}

/// The headings of `form` that are neither items nor section headings (those are
/// [`section_title`]), keyed by their number: chapter titles (`Ⅰ`), the prefix of an appendix
/// (`別添1`, followed by its item's label) and sub-headings (`Ⅱ3⑦`). A chapter that is an item
/// (基礎 Ⅲ しきい値判断結果) takes the item's label. The ※ and 【行政機関等のみ】 marks of a heading
/// follow from its items, except where the form writes an exception into a chapter title.
fn headings(form: AssessmentKind) -> &'static [(&'static str, &'static str)] {
    match form {
        AssessmentKind::Basic => &[("Ⅰ", RELATED_INFO), ("Ⅱ", THRESHOLD_ITEMS), ("Ⅳ", RISKS)],
        AssessmentKind::Focused => &[
            ("Ⅰ", BASIC_INFO),
            ("Ⅱ", FILES),
            ("Ⅱ3④", USERS),
            ("別添1", "（別添１）"),
            ("Ⅲ", "リスク対策　※（７．②を除く。）"),
            ("Ⅳ", DISCLOSURE),
            ("Ⅴ", PROCEDURES),
        ],
        AssessmentKind::Full => &[
            ("Ⅰ", BASIC_INFO),
            ("別添1", "（別添１）"),
            ("Ⅱ", FILES),
            ("Ⅱ3⑦", USERS),
            ("別添2", "（別添２）"),
            (
                "Ⅲ",
                "特定個人情報ファイルの取扱いプロセスにおけるリスク対策　※（７．リスク１⑨を除く。）",
            ),
            ("Ⅳ", "その他のリスク対策　※"),
            ("Ⅴ", DISCLOSURE),
            ("Ⅵ", PROCEDURES),
        ],
    }
}

/// The heading `form` prints at `key`, with its marks, where it is neither an item nor a
/// numbered section (those are [`section_title`]): a chapter (`Ⅲ`), the prefix of an appendix
/// (`別添1`, followed by its item's label) or a sub-heading (`Ⅱ3⑦`, 「使用の主体」). `None` for a
/// key that heads nothing of the form, and for a chapter that is an item (基礎 Ⅲ, the
/// しきい値判断結果).
///
/// ```
/// use mynumber_pia::AssessmentKind;
/// use mynumber_pia::form::heading;
///
/// assert_eq!(heading(AssessmentKind::Basic, "Ⅱ"), Some("しきい値判断項目"));
/// assert_eq!(heading(AssessmentKind::Full, "Ⅳ"), Some("その他のリスク対策　※"));
/// assert_eq!(heading(AssessmentKind::Full, "Ⅱ3⑦"), Some("使用の主体"));
/// assert_eq!(heading(AssessmentKind::Full, "別添2"), Some("（別添２）"));
/// assert_eq!(heading(AssessmentKind::Basic, "Ⅲ"), None); // an item: しきい値判断結果
/// ```
#[must_use]
pub fn heading(form: AssessmentKind, key: &str) -> Option<&'static str> {
    headings(form)
        .iter()
        .find(|(k, _)| *k == key)
        .map(|&(_, text)| text)
}

/// The title of the numbered section `section` of `chapter` in `form`
/// (`４．特定個人情報ファイルの取扱いの委託` is 全項目 Ⅱ 4), as the 令和6年10月 forms print it.
///
/// ```
/// use mynumber_pia::AssessmentKind;
/// use mynumber_pia::form::section_title;
///
/// assert_eq!(section_title(AssessmentKind::Basic, "Ⅱ", 3), Some("重大事故"));
/// assert_eq!(section_title(AssessmentKind::Focused, "Ⅰ", 4), Some("個人番号の利用"));
/// assert_eq!(section_title(AssessmentKind::Full, "Ⅱ", 8), None);
/// ```
#[must_use]
pub fn section_title(form: AssessmentKind, chapter: &str, section: u32) -> Option<&'static str> {
    const AFFAIR: &[&str] = &[
        "特定個人情報ファイルを取り扱う事務",
        SYSTEMS,
        FILE_NAME,
        REASON,
        "個人番号の利用",
        "情報提供ネットワークシステムによる情報連携",
        "評価実施機関における担当部署",
        OTHER_BODIES,
    ];
    const SYSTEMS: &str = "特定個人情報ファイルを取り扱う事務において使用するシステム";
    const REASON: &str = "特定個人情報ファイルを取り扱う理由";
    const FILE: &[&str] = &[
        FILE_NAME,
        BASIC_INFO,
        "特定個人情報の入手・使用",
        "特定個人情報ファイルの取扱いの委託",
        "特定個人情報の提供・移転（委託に伴うものを除く。）",
        "特定個人情報の保管・消去",
        "備考",
    ];
    const PROCESSES: &[&str] = &[
        FILE_NAME,
        "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）",
        "特定個人情報の使用",
        "特定個人情報ファイルの取扱いの委託",
        "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）",
        "情報提供ネットワークシステムとの接続",
        "特定個人情報の保管・消去",
    ];
    // 全項目 Ⅳ1–3, 重点 Ⅲ8–10.
    const OTHER: &[&str] = &["監査", "従業者に対する教育・啓発", OTHER_RISKS];
    const REQUESTS: &[&str] = &[
        "特定個人情報の開示・訂正・利用停止請求",
        "特定個人情報ファイルの取扱いに関する問合せ",
    ];
    const STEPS: &[&str] = &[
        AssessmentKind::Basic.label(),
        "国民・住民等からの意見の聴取",
        THIRD_PARTY_REVIEW,
        "個人情報保護委員会の承認",
    ];
    // 基礎 Ⅱ: the sections of the しきい値判断項目, named as the しきい値判断's lists are.
    const THRESHOLD_SECTIONS: [&str; 3] = [
        <SubjectCountBand as Choice>::LIST_LABEL,
        <HandlerCountBand as Choice>::LIST_LABEL,
        <SeriousIncident as Choice>::LIST_LABEL,
    ];
    let index = usize::try_from(section.checked_sub(1)?).ok()?;
    match (form, chapter) {
        (AssessmentKind::Full, "Ⅰ") => AFFAIR.get(index),
        (AssessmentKind::Full | AssessmentKind::Focused, "Ⅱ") => FILE.get(index),
        (AssessmentKind::Full, "Ⅲ") => PROCESSES.get(index),
        (AssessmentKind::Full, "Ⅳ") => OTHER.get(index),
        (AssessmentKind::Full, "Ⅴ") | (AssessmentKind::Focused, "Ⅳ") => REQUESTS.get(index),
        (AssessmentKind::Full, "Ⅵ") | (AssessmentKind::Focused, "Ⅴ") => STEPS.get(index),
        (AssessmentKind::Basic, "Ⅱ") => THRESHOLD_SECTIONS.get(index),
        // 重点 Ⅰ: 全項目 Ⅰ but ４．特定個人情報ファイルを取り扱う理由.
        (AssessmentKind::Focused, "Ⅰ") => AFFAIR.iter().filter(|&&t| t != REASON).nth(index),
        // 基礎 Ⅰ: 全項目 Ⅰ but its systems and 理由, then 開示請求, 問合せ and one of its own.
        (AssessmentKind::Basic, "Ⅰ") => AFFAIR
            .iter()
            .filter(|&&t| t != SYSTEMS && t != REASON)
            .chain(REQUESTS)
            .chain(&["規則第９条第２項の適用"])
            .nth(index),
        // 重点 Ⅲ: the seven processes of 全項目 Ⅲ, then 全項目 Ⅳ's three.
        (AssessmentKind::Focused, "Ⅲ") => PROCESSES.iter().chain(OTHER).nth(index),
        // 基礎 Ⅳ: the report set, 全項目 Ⅲ2–7, the manual work, 全項目 Ⅳ1–2, the priority.
        (AssessmentKind::Basic, "Ⅳ") => std::iter::once(&<ReportSet as Choice>::LIST_LABEL)
            .chain(PROCESSES.iter().skip(1))
            .chain(&["人手を介在させる作業"])
            .chain(OTHER.iter().take(2))
            .chain(&[<PriorityMeasure as Choice>::LIST_LABEL])
            .nth(index),
        _ => None,
    }
    .copied()
}

/// Whether `c` is one of the Roman numerals the forms number their chapters with (Ⅰ–Ⅻ, the
/// one-character forms of U+2160–U+216B).
pub(crate) fn is_roman_numeral(c: char) -> bool {
    ('Ⅰ'..='Ⅻ').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;

    #[test]
    fn every_chapter_heading_starts_with_a_chapter_title() {
        for form in AssessmentKind::ALL {
            for &(key, text) in headings(*form) {
                if chapters(*form).contains(&key) && !key.starts_with("別添") {
                    assert!(CHAPTER_TITLES.iter().any(|t| text.starts_with(t)), "{text}");
                }
            }
        }
    }
}
