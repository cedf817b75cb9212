//! CH: 変更箇所 (規則 第11条; 様式).

use chrono::NaiveDate;

use super::Code;
use super::context::{Ctx, show_date};
use crate::report::CHANGE_COLUMNS;
use crate::report::location::{changes_appendix, split_digits};
use crate::report::{ChangeRecord, SubmissionTiming};
use crate::report::{ItemId, ItemPath, is_number_separator, leading_roman};
use crate::threshold::SeriousIncident;
use crate::{AssessmentKind, Choice};

/// The chapters that a form marks ※ as a whole: 全項目 Ⅲ 「リスク対策 ※（７．リスク１⑨を除く。）」
/// and Ⅳ 「その他のリスク対策 ※」, 重点 Ⅲ 「リスク対策 ※（７．②を除く。）」. Their one exception is
/// the 重大事故 item.
const SIGNIFICANT_CHAPTERS: &[(AssessmentKind, char)] = &[
    (AssessmentKind::Full, 'Ⅲ'),
    (AssessmentKind::Full, 'Ⅳ'),
    (AssessmentKind::Focused, 'Ⅲ'),
];

/// The number at the start of a row's 項目 text: its chapter, its section and the circled
/// item numbers after it (「Ⅱ-４特定個人情報ファイルの取扱いの委託④、⑤、⑥」 → Ⅱ, 4, [④, ⑤, ⑥]).
/// Width is folded, a Latin chapter numeral read as the item table reads it, and the
/// separators the table drops from a number ([`is_number_separator`]) are skipped between the
/// chapter and the section; the section's digits end at the first character that is not one
/// (「Ⅱ 2. 4」 is section 2, not 24).
fn numbered(text: &str) -> Option<(char, Option<u32>, Vec<char>)> {
    let folded: String = text.chars().map(crate::label::fold_char).collect();
    let rest = folded.trim_start();
    let (chapter, mut rest) = match rest.chars().next() {
        Some(c @ 'Ⅰ'..='Ⅵ') => (c, rest.get(c.len_utf8()..)?),
        _ => leading_roman(rest)?,
    };
    // Separators, and a file name in parentheses (「Ⅱ（給付ファイル）５．」).
    loop {
        rest = rest.trim_start_matches(is_number_separator);
        match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
            Some((_, after)) => rest = after,
            None => break,
        }
    }
    let section = split_digits(rest).0.parse().ok();
    let circled = rest
        .chars()
        .filter(|&c| crate::legal_basis::is_circled(c))
        .collect();
    Some((chapter, section, circled))
}

/// The ※ item a change row touches in `form`: its `item_id`, the items its 項目 text numbers
/// (any of 「④、⑤、⑥」; a section all of whose items are ※; a ※ chapter except for its
/// 重大事故 item, named by its first ※ item). `None` when the row touches none, or cannot be
/// placed.
fn significant_item(form: AssessmentKind, row: &ChangeRecord) -> Option<ItemId> {
    if let Some(id) = row.item_id {
        return id.is_significant(form).then_some(id);
    }
    let (chapter, section, circled) = numbered(&row.item)?;
    if let Some(section) = section {
        let items: Vec<ItemId> = circled
            .iter()
            .filter_map(|c| ItemId::find_by_number(form, &format!("{chapter}{section}{c}")))
            .collect();
        if !items.is_empty() {
            return items.into_iter().find(|id| id.is_significant(form));
        }
        let prefix = format!("{chapter}{section}");
        if let Some(id) = ItemId::find_by_number(form, &prefix) {
            return id.is_significant(form).then_some(id);
        }
        let in_section: Vec<ItemId> = ItemId::of_form(form)
            .filter(|id| {
                id.number(form).is_some_and(|n| {
                    n.strip_prefix(prefix.as_str())
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit()))
                })
            })
            .collect();
        if !in_section.is_empty() && in_section.iter().all(|id| id.is_significant(form)) {
            return in_section.first().copied();
        }
    }
    let whole_chapter = SIGNIFICANT_CHAPTERS.contains(&(form, chapter));
    // White space folded out: a 項目 wrapped as printed (「重大事\n故の発生」) still names it
    // (by the word the forms name a 重大事故 item with: 基礎 Ⅱ3's title, the しきい値判断's list).
    let serious_incident = <SeriousIncident as Choice>::LIST_LABEL;
    if !whole_chapter || crate::label::folded(&row.item).contains(serious_incident) {
        return None;
    }
    ItemId::of_form(form).find(|id| {
        id.is_significant(form) && id.number(form).is_some_and(|n| n.starts_with(chapter))
    })
}

/// How many distinct 提出時期に係る説明 [`check`] keeps with what they declare.
const KEPT_EXPLANATIONS: usize = 8;

fn place(cx: &Ctx<'_>, index: usize, row: &ChangeRecord, column: &str) -> String {
    // The 項目 up to its 40th character, and `…` when it goes on.
    let (item, more) = crate::label::cut(&row.item);
    // Written piece by piece into a string sized once (`format!` grows it several times).
    let appendix = changes_appendix(cx.form);
    let row = (index + 1).to_string();
    let mut out =
        String::with_capacity(appendix.len() + row.len() + item.len() + column.len() + 24);
    for piece in [appendix, " ", &row, "行目（", item, more, "） ", column] {
        out.push_str(piece);
    }
    out
}

pub(crate) fn check(cx: &mut Ctx<'_>) {
    let report = cx.report;
    let published = report.cover.published_on;
    let mut latest: Option<NaiveDate> = None;
    // What the 説明 read so far declare: a log repeats a few 説明 (117 of the 143 rows of
    // 江戸川区's log say the same, others alternate between two or three), so each text is read
    // once. The most recent few are kept, so a log of all different texts costs no more than
    // reading each.
    let mut read: Vec<(&str, Option<bool>)> = Vec::new();
    // The 変更箇所 columns a finding names, as the forms print them.
    let [date_column, _, _, _, timing_column, explanation_column] = CHANGE_COLUMNS;
    for (i, row) in report.changes.iter().enumerate() {
        let path = || ItemPath::root().field("changes").index(i);
        let after = row.timing == Some(SubmissionTiming::After);
        // What the 説明 of a row filed 事後 declares (only those rows need it).
        let declared = match (after, row.explanation.as_deref()) {
            (false, _) => None,
            (true, None) => row.declares_significant(),
            (true, Some(text)) => match read.iter().find(|(seen, _)| *seen == text) {
                Some(&(_, declared)) => declared,
                None => {
                    let declared = row.declares_significant();
                    if read.len() == KEPT_EXPLANATIONS {
                        read.remove(0);
                    }
                    read.push((text, declared));
                    declared
                }
            },
        };
        if after && declared == Some(true) {
            cx.emit_at(
                Code::SignificantChangeFiledAfter,
                row.item_id,
                path().field("timing"),
                place(cx, i, row, timing_column),
                "提出時期に係る説明は重要な変更としているが、提出時期が「事後」である（重要な変更は事前に評価を再実施する）",
            );
        }
        if after && declared.is_none() {
            // A ※ item has a number in the form (its position carries the mark).
            let touched =
                significant_item(cx.form, row).and_then(|item| Some((item, item.number(cx.form)?)));
            if let Some((item, number)) = touched {
                let said = match row.explanation.as_deref() {
                    Some(e) if !e.trim().is_empty() => {
                        format!(
                            "提出時期に係る説明「{e}」は重要な変更に当たらない理由を述べていない"
                        )
                    }
                    _ => "提出時期に係る説明がない".to_owned(),
                };
                cx.emit_at(
                    Code::SignificantItemChangedWithoutReason,
                    Some(item),
                    path().field("explanation"),
                    place(cx, i, row, explanation_column),
                    format!(
                        "※の項目（{number} {}）の変更を「事後」に提出しているが、{said}",
                        item.label()
                    ),
                );
            }
        }
        if let Some(date) = row.date {
            // A finding on the row's 変更日 (CH002, CH003).
            let on_date = |cx: &mut Ctx<'_>, code, message: String| {
                let place = place(cx, i, row, date_column);
                cx.emit_at(code, row.item_id, path().field("date"), place, message);
            };
            if let Some(p) = published.filter(|p| date > *p) {
                let (date, p) = (show_date(date), show_date(p));
                let message = format!("変更日 {date} が公表日 {p} より後である");
                on_date(cx, Code::ChangeAfterPublication, message);
            }
            if let Some(before) = latest.filter(|l| date < *l) {
                let (date, before) = (show_date(date), show_date(before));
                let message = format!(
                    "変更日 {date} の行が、より後の変更日 {before} の行の後に記載されている"
                );
                on_date(cx, Code::ChangesOutOfOrder, message);
            }
            latest = Some(latest.map_or(date, |l| l.max(date)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::report::{ItemId, Report, ReportBuilder};
    use crate::validation::testing::{check, codes, d};

    /// The place of a finding stays on one line whatever the row's 項目 holds (found by the fuzz
    /// driver: a line break of the 項目 was written raw).
    #[test]
    fn a_rows_control_characters_are_escaped_in_its_place() {
        let mut r = one_row(d(2025, 4, 1), SubmissionTiming::After, "記載の誤りの訂正");
        r.changes[0].item = "Ⅲ\n7\u{7f}".into();
        r.changes[0].date = None;
        let findings = crate::validation::validate(&r, d(2026, 1, 1));
        let places: Vec<&str> = findings
            .iter()
            .map(|f| f.location())
            .filter(|l| l.contains("行目"))
            .collect();
        assert!(!places.is_empty(), "{findings:?}");
        for place in places {
            assert!(place.contains("（Ⅲ\\n7\\u{7f}）"), "{place}");
            assert!(!place.contains('\n'), "{place}");
        }
    }

    #[test]
    fn a_wrapped_serious_incident_row_touches_no_significant_item() {
        let mut row = ChangeRecord::new("Ⅲ-７過去３年以内の重大事\n故の発生");
        row.timing = Some(SubmissionTiming::After);
        assert_eq!(significant_item(AssessmentKind::Focused, &row), None);
        let other = ChangeRecord::new("Ⅲ-７リスク対策の\n見直し");
        assert!(significant_item(AssessmentKind::Focused, &other).is_some());
    }

    #[test]
    fn numbered_reads_chapter_section_and_items_past_a_file_name() {
        assert_eq!(
            numbered("Ⅱ-４特定個人情報ファイルの取扱いの委託④、⑤、⑥"),
            Some(('Ⅱ', Some(4), vec!['④', '⑤', '⑥']))
        );
        assert_eq!(
            numbered("Ⅱ（給付ファイル）５．特定個人情報の提供・移転②"),
            Some(('Ⅱ', Some(5), vec!['②']))
        );
        assert_eq!(numbered("Ⅱ (A) (B) - 3 ①"), Some(('Ⅱ', Some(3), vec!['①'])));
        assert_eq!(numbered("Ⅲ　リスク対策"), Some(('Ⅲ', None, vec![])));
        assert_eq!(numbered("表紙"), None);
        // A chapter in Latin letters, full width or not, as the item table reads a number.
        assert_eq!(numbered(" IV－1 ②"), Some(('Ⅳ', Some(1), vec!['②'])));
        assert_eq!(numbered("ＩＩ．４．⑦"), Some(('Ⅱ', Some(4), vec!['⑦'])));
        // The table's separators, 「、」 among them, before the section; its digits end at one.
        assert_eq!(numbered("Ⅱ、4⑦"), Some(('Ⅱ', Some(4), vec!['⑦'])));
        assert_eq!(numbered("Ⅱ 2. 4"), Some(('Ⅱ', Some(2), vec![])));
    }

    fn row(date: NaiveDate, timing: SubmissionTiming, explanation: &str) -> ChangeRecord {
        ChangeRecord {
            date: Some(date),
            item: "Ⅲ　7．特定個人情報の保管・消去リスク3-消去手順-手順の内容".into(),
            item_id: Some(ItemId::FullStorageErasureProcedure),
            before: None,
            after: Some("クラウドでの消去手順を追加".into()),
            timing: Some(timing),
            explanation: Some(explanation.into()),
            note: None,
        }
    }

    /// A 全項目 report (公表日 2025-06-30) with one change row.
    fn one_row(date: NaiveDate, timing: SubmissionTiming, explanation: &str) -> Report {
        with_rows(vec![row(date, timing, explanation)])
    }

    fn with_rows(rows: Vec<ChangeRecord>) -> Report {
        let mut b = ReportBuilder::new(AssessmentKind::Full, "事務");
        for r in rows {
            b = b.with_change(r);
        }
        b.build()
    }

    /// The place quotes the row's 変更箇所 whole up to 40 characters and cuts a longer one with
    /// `…` (mutation testing: 40 exactly was untested).
    #[test]
    fn the_place_cuts_the_item_after_40_characters() {
        for (len, cut) in [(40, false), (41, true)] {
            let mut r = row(d(2025, 6, 30), SubmissionTiming::After, "重要な変更である");
            r.item = "項".repeat(len);
            let v = check(&with_rows(vec![r]));
            let f = v
                .with_code(Code::SignificantChangeFiledAfter)
                .next()
                .unwrap();
            assert!(f.location().contains(&"項".repeat(40)), "{}", f.location());
            assert_eq!(f.location().contains('…'), cut, "{len}: {}", f.location());
        }
    }

    #[test]
    fn ch001_significant_change_filed_after() {
        let r = one_row(d(2025, 6, 30), SubmissionTiming::After, "重要な変更である");
        let v = check(&r);
        let f = v
            .with_code(Code::SignificantChangeFiledAfter)
            .next()
            .unwrap();
        assert_eq!(f.path().to_string(), "changes[0].timing");
        assert_eq!(f.item(), Some(ItemId::FullStorageErasureProcedure));
        assert!(
            f.location().starts_with("（別添３）変更箇所 1行目"),
            "{}",
            f.location()
        );
        let ok = with_rows(vec![
            row(d(2025, 6, 30), SubmissionTiming::Before, "重要な変更である"),
            row(
                d(2025, 6, 30),
                SubmissionTiming::After,
                "重要な変更に当たらない",
            ),
        ]);
        assert!(!codes(&ok).contains(&Code::SignificantChangeFiledAfter));
    }

    #[test]
    fn ch002_change_after_publication() {
        let r = one_row(d(2025, 7, 1), SubmissionTiming::Before, "重要な変更である");
        assert!(codes(&r).contains(&Code::ChangeAfterPublication));
        let r = one_row(d(2025, 6, 30), SubmissionTiming::Before, "重要な変更である");
        assert!(!codes(&r).contains(&Code::ChangeAfterPublication));
    }

    #[test]
    fn ch003_rows_out_of_date_order() {
        let r = with_rows(vec![
            row(d(2020, 4, 1), SubmissionTiming::After, "その他の項目の変更"),
            row(d(2019, 4, 1), SubmissionTiming::After, "その他の項目の変更"),
            row(d(2019, 5, 1), SubmissionTiming::After, "その他の項目の変更"),
            row(d(2021, 4, 1), SubmissionTiming::After, "その他の項目の変更"),
        ]);
        let v = check(&r);
        let rows: Vec<String> = v
            .with_code(Code::ChangesOutOfOrder)
            .map(|f| f.path().to_string())
            .collect();
        assert_eq!(rows, ["changes[1].date", "changes[2].date"]);
        let sorted = with_rows(vec![
            row(d(2019, 4, 1), SubmissionTiming::After, "その他"),
            row(d(2019, 4, 1), SubmissionTiming::After, "その他"),
            row(d(2020, 4, 1), SubmissionTiming::After, "その他"),
        ]);
        assert!(!codes(&sorted).contains(&Code::ChangesOutOfOrder));
    }
}
