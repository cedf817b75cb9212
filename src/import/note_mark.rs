//! The form's note mark ※ after a label, come apart onto its value's first line.
//!
//! The forms print ※ after the label of each item a change to which may be a 重要な変更
//! (規則 第11条; [`ItemId::is_significant`](crate::report::ItemId::is_significant): 様式4 Ⅰ1②事務の内容 ※, Ⅱ4⑦再委託の有無 ※…). A text
//! that runs a page's cells together and parts them again at white space parts the label from
//! its mark where the mark is glued to the value (`②事務の内容 ※甲法に基づき、…` → `②事務の内容` /
//! `※甲法に基づき、…`): the value then opens with the label's mark. This step gives the mark back
//! to the label when:
//!
//! - the form marks the item ※ (the table's position of the item in this form);
//! - the label's line holds nothing after the label, and no ※ (a faithful line would hold the
//!   mark: [`Found::marked`]);
//! - the cell's next line opens with one ※ glued to words, not to a figure or a bracket (`※1`,
//!   `※（注）` number a note of the value's own: two readings, so the line is left as it is).
//!
//! ```text
//! reads:   ②事務の内容 / ※甲法に基づき、乙を行う。   (様式4: ※ item)  → 甲法に基づき、乙を行う。
//! refuses: ②事務の内容 ※ / ※甲法に基づき、乙を行う。                  (the label kept its mark)
//!          ①事務の名称 / ※甲事務                      (no ※ item: the value's own mark)
//!          ②事務の内容 / ※1 甲法に基づく。             (a numbered note)
//! ```
//!
//! **Takes** the walk's [`Found`] and the form. **Gives** the cell's line without the mark; the
//! value's confidence stays the cell's (only the form's own mark is taken off). **Refuses**
//! everything the conditions above do not hold for.

use super::walk::Found;
use crate::AssessmentKind;

/// The form's note mark (U+203B).
const NOTE_MARK: char = '※';

/// Takes the label's ※ off the first value line of each cell the conditions of the module's
/// doc hold for.
pub(super) fn give_back(found: &mut Found, form: AssessmentKind) {
    for (key, cell) in found.cells.iter_mut() {
        if !key.0.is_significant(form) || found.marked.contains(key) {
            continue;
        }
        let Some(((_, label_rest), rest)) = cell.lines.split_first_mut() else {
            continue;
        };
        if !label_rest.trim().is_empty() {
            continue;
        }
        let Some((_, first)) = rest.iter_mut().find(|(_, t)| !t.trim().is_empty()) else {
            continue;
        };
        if let Some(value) = label_mark_off(first) {
            *first = value;
        }
    }
}

/// `line` without a leading ※ that is glued to words: the words, trimmed at their start.
/// `None` for a line that opens otherwise, or with a mark before a figure, a bracket, white
/// space or a second mark (a note's number, or a note of the value's own).
fn label_mark_off(line: &str) -> Option<String> {
    let words = line.trim_start().strip_prefix(NOTE_MARK)?;
    let next = words.chars().next()?;
    let numbers_a_note = next.is_numeric()
        || next.is_whitespace()
        || next == NOTE_MARK
        || matches!(next, '（' | '(' | '［' | '[' | '【' | '〔' | '＜' | '<');
    (!numbers_a_note).then(|| words.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_glued_to_words_is_taken_off() {
        assert_eq!(
            label_mark_off("※甲法に基づき、乙を行う。").as_deref(),
            Some("甲法に基づき、乙を行う。")
        );
        assert_eq!(label_mark_off("  ※甲法").as_deref(), Some("甲法"));
    }

    #[test]
    fn a_numbered_or_spaced_note_is_left() {
        for line in [
            "※1 甲法に基づく。",
            "※１甲",
            "※（注）甲",
            "※ 甲法",
            "※※甲",
            "甲※",
            "※",
        ] {
            assert_eq!(label_mark_off(line), None, "{line}");
        }
    }

    #[test]
    fn only_an_item_the_form_marks_gives_its_mark_back() {
        use crate::import::import;
        let text = |label: &str| {
            format!(
                "特定個人情報保護評価書（全項目評価書）\n[平成26年4月 様式4]\nⅠ 基本情報\n\
                 １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n※架空事務\n{label}\n\
                 ※架空法に基づき、架空の給付を行う。\n③対象人数\n[ 1万人以上10万人未満 ]\n"
            )
        };
        // 様式4 Ⅰ1② is a ※ item: the bare label's mark came apart onto the value.
        let draft = import(&text("②事務の内容")).unwrap();
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("架空法に基づき、架空の給付を行う。")
        );
        // Ⅰ1① is no ※ item: its value's mark is its own.
        assert_eq!(draft.report.affair.name, "※架空事務");
        // A label printed with its mark leaves the value's own.
        let draft = import(&text("②事務の内容 ※")).unwrap();
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("※架空法に基づき、架空の給付を行う。")
        );
    }
}
