//! A prose cell whose label a PDF text prints in the middle of it.
//!
//! A form's label is drawn at the vertical middle of its row; where the row's value is tall (a
//! 事務の内容 of several paragraphs), a text that writes a cell a line puts the label amid the
//! value's lines: `①事務の名称` / `架空事務` / `架空法に基づき、次の事務を行う。` /
//! `(1)甲の支給` / `②事務の内容` / `(2)乙の支給`. The walk ends the name where a line is no
//! name's ([`super::walk::ends_a_name`]: a sentence, a heading's bracket, a clause run over a
//! wrapped line) and leaves the lines up to the next label read by no item. This step gives
//! them to the prose item the **form** puts next (the 事務の内容 after the 事務の名称, the
//! システムの機能 after the システムの名称, in the same block) when:
//!
//! - the name's cell holds the name alone (no note `※…` on it, no definition `（以下…）` of
//!   its short form, after which notes follow);
//! - every line between the name's last line and the prose item's label is blank or one the
//!   walk left to no item, and the first of them is the one that ended the name;
//! - the label stands alone on its line (※ aside), and the prose item's cell goes on under it.
//!
//! **Takes** the walk's [`Found`] and the text's lines. **Gives** the prose cells those lines
//! first, marked displaced (their values are inferred: the structure placed the lines). **Refuses**
//! lines that a label or another cell parts from the name, a run whose first line could be the
//! name's (no sentence: `架空事務` / `(続き)` / `②事務の内容`) or is a note on it
//! (`※架空システムは、…`), and a label with a value on its own line (its cell starts there).

use super::text::Line;
use super::walk::{Found, Key, ends_a_name, opens_a_note};
use crate::report::ItemId;

/// The name items and the prose item the form numbers after each (様式2 Ⅰ1①②, 様式3–4 Ⅰ1①②
/// and Ⅰ2①②).
const NAME_THEN_PROSE: [(ItemId, ItemId); 2] = [
    (ItemId::AffairName, ItemId::AffairDescription),
    (ItemId::SystemName, ItemId::SystemFunctions),
];

/// Gives the lines a prose item's label parted from the rest of its value to the prose item's
/// cell (see the module's docs).
pub(super) fn join(found: &mut Found, lines: &[Line]) {
    // The text of line `no`, where one line of `lines` has that number (markup may make
    // several of one source line: those are not moved).
    let text_of = |no: usize| {
        let at = lines.partition_point(|l| l.no < no);
        match (lines.get(at), lines.get(at + 1)) {
            (Some(line), next) if line.no == no && next.is_none_or(|n| n.no != no) => {
                Some(line.text.as_ref())
            }
            _ => None,
        }
    };
    let mut moves: Vec<(Key, Vec<usize>)> = Vec::new();
    for (key, cell) in &found.cells {
        let Some(&(name, _)) = NAME_THEN_PROSE.iter().find(|(_, prose)| *prose == key.0) else {
            continue;
        };
        let Some(name_cell) = found.cells.get(&(name, key.1)) else {
            continue;
        };
        // The name's cell holds the name alone: no note on it (`※…`), no definition of its
        // short form (`（以下「甲」という。）`), after which any text may follow.
        let noted = name_cell.texts().any(|t| {
            t.starts_with('※') || super::DEFINITION_OPENINGS.iter().any(|o| t.contains(o))
        });
        let name_end = name_cell
            .lines
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(no, _)| *no)
            .max();
        let Some(name_end) = name_end.filter(|_| !noted) else {
            continue;
        };
        let Some(&(label_no, ref first)) = cell.lines.first() else {
            continue;
        };
        let bare = first.trim().trim_matches(['※', ' ', '　']).is_empty();
        let goes_on = cell.texts().next().is_some();
        if !bare || !goes_on || label_no <= name_end + 1 {
            continue;
        }
        let Some(between) = (name_end + 1..label_no)
            .map(|no| text_of(no).map(|t| (no, t.trim().is_empty())))
            .collect::<Option<Vec<(usize, bool)>>>()
        else {
            continue;
        };
        let between: Vec<usize> = between
            .into_iter()
            .filter(|&(_, blank)| !blank)
            .map(|(no, _)| no)
            .collect();
        let all_loose = between.iter().all(|no| found.stray.contains(no));
        // (A note on the name, `※架空システムは、…` or `確認：…`, is the name cell's or no
        // item's, never the next item's.)
        let ended_the_name = between
            .first()
            .and_then(|&no| text_of(no))
            .map(str::trim)
            .is_some_and(|t| ends_a_name(name, t) && !t.starts_with('※') && !opens_a_note(t));
        if all_loose && ended_the_name {
            moves.push((*key, between));
        }
    }
    for (key, held) in moves {
        found.stray.retain(|no| !held.contains(no));
        let Some(cell) = found.cells.get_mut(&key) else {
            continue;
        };
        let mut joined: Vec<(usize, String)> = held
            .iter()
            .filter_map(|&no| text_of(no).map(|t| (no, t.to_owned())))
            .collect();
        // (The label's line holds nothing of the value: it is left out.)
        joined.extend(cell.lines.drain(..).skip(1));
        cell.lines = joined;
        cell.displaced = true;
    }
}

#[cfg(test)]
mod tests {
    use crate::import::{Confidence, import};

    /// An invented 重点 opening a cell a line, with the 事務's lines `affair` under ①.
    fn focused(affair: &str) -> crate::import::Draft {
        let text = format!(
            "特定個人情報保護評価書（重点項目評価書）\n評価書番号\n7\n評価書名\n架空手当事務 重点項目評価書\n\
             評価実施機関名\n架空町長\n公表日\n令和2年4月1日\n[平成28年1月 様式3]\nⅠ 基本情報\n\
             1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n{affair}\n③対象人数\n[ 1万人以上10万人未満 ]\n\
             2.特定個人情報ファイルを取り扱う事務において使用するシステム\n"
        );
        import(&text).unwrap()
    }

    #[test]
    fn a_label_amid_its_prose_keeps_the_lines_above_it() {
        let draft = focused(
            "架空手当事務\n架空手当法に基づき、町は次の事務を行う。\n(1)受給資格の認定\n②事務の内容\n(2)手当の支給",
        );
        assert_eq!(draft.report.affair.name, "架空手当事務");
        let description = draft.report.affair.description.as_deref();
        assert_eq!(
            description,
            Some("架空手当法に基づき、町は次の事務を行う。\n(1)受給資格の認定\n(2)手当の支給")
        );
        let traced = draft
            .trace
            .values
            .iter()
            .find(|v| v.pointer == "/affair/description");
        assert_eq!(traced.map(|v| v.confidence), Some(Confidence::Inferred));
    }

    #[test]
    fn lines_that_could_be_the_names_stay_unread() {
        // The line under the name ends no sentence: it could be the name's wrapped rest.
        let draft = focused("架空手当\n事務\n②事務の内容\n手当を支給する。");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("手当を支給する。")
        );
        // A note on the name is the name cell's.
        let draft = focused(
            "架空手当事務\n※架空手当事務は、町の単独事業である。\n②事務の内容\n手当を支給する。",
        );
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("手当を支給する。")
        );
        // A value on the label's line: the cell starts there.
        let draft = focused(
            "架空手当事務\n架空手当法に基づき、町は次の事務を行う。\n②事務の内容 (2)手当の支給",
        );
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("(2)手当の支給")
        );
    }
}
