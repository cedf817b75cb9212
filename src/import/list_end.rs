//! The 基礎's list of systems whose last name a print set a line down, beside the next
//! section's heading.
//!
//! In a PDF whose value cells sit lower than their labels, `pdftotext -raw` prints a cell's last
//! line beside the label drawn at its height. The 基礎's Ⅰ1③システムの名称 (様式2) is a list of
//! names, a line each; its last name then stands on the `２．特定個人情報ファイル名` heading's
//! line, above the files' names (`甲システム` / `２．特定個人情報ファイル名 中間サーバー` /
//! `甲ファイル`), and the walk reads it as the first file's name. The types tell the two lists
//! apart: a system's name ends in one of [`SYSTEM_NAME_WORDS`], a file's in `ファイル`. This
//! step gives the words beside the heading back to the systems when:
//!
//! - the form is the 基礎 and the systems' cell is the one the walk read right before the
//!   files' (nothing between them), holding names or nothing (its label alone: the whole list
//!   printed a line down);
//! - the files' cell opens with words on the heading's own line whose every name (parted by
//!   commas) ends as a system's and holds no `ファイル`;
//! - a line of the files' cell under the heading ends in `ファイル`, and none ends as a system's
//!   name.
//!
//! ```text
//! reads:   甲システム / ２．特定個人情報ファイル名 中間サーバー / 甲ファイル
//!          → systems 甲システム, 中間サーバー; file 甲ファイル (inferred)
//!          ③システムの名称 / ２．特定個人情報ファイル名 甲システム、中間サーバー / 甲ファイル
//!          → systems 甲システム, 中間サーバー; file 甲ファイル (inferred)
//! refuses: 甲システム / ２．特定個人情報ファイル名 乙ファイル / 丙ファイル   (a file's name)
//!          甲システム / ２．特定個人情報ファイル名 中間サーバー              (no file under it)
//!          ③システムの名称 / ２．特定個人情報ファイル名 甲台帳、中間サーバー / 甲ファイル
//! ```
//!
//! **Takes** the walk's [`Found`], the form and the text's lines. **Gives** the systems' cell
//! the line, marked displaced (its values are inferred: the structure placed the line).
//! **Refuses** everything the conditions above do not hold for; the cells stay as the walk
//! read them.
//!
//! The files' list meets the same the other way ([`give_first_file_back`]): a print that sets
//! the list's cell higher than its label (`３．特定個人情報ファイル名` drawn at the middle of a
//! tall cell) puts its first entry on the line above the heading, after the last words of the
//! cell above (`[ ] その他 （ ） （1）甲ファイル` / `３．特定個人情報ファイル名` / `（2）乙ファイル`).
//! So does a system's block (様式3–4 Ⅰ2): its name, set a line up, ends the box list of the
//! block before it ([`give_back_names_after_boxes`]: `[ ] その他 （ ） 乙システム` / `システム2` /
//! `①システムの名称` / `②システムの機能`).

use super::text::Line;
use super::walk::{self, FILE_NAME_WORD, Found, Indices, Key};
use crate::AssessmentKind;
use crate::report::{Cell, ItemId};

/// The words a system's name ends with, as the forms' systems are named (`架空住民記録システム`,
/// `中間サーバー`; `サーバ` as some bodies write it).
pub(super) const SYSTEM_NAME_WORDS: [&str; 3] = ["システム", "サーバー", "サーバ"];

/// Whether `t` (trimmed) ends as a system's name and names no file.
pub(super) fn ends_as_system(t: &str) -> bool {
    SYSTEM_NAME_WORDS.iter().any(|w| t.ends_with(w)) && !t.contains(FILE_NAME_WORD)
}

/// Whether every name of `line`, parted by commas ([`walk::NAME_COMMAS`]), ends as a system's
/// name and names no file ([`ends_as_system`]): `甲システム、中間サーバー`; not `甲台帳、中間サーバー`.
pub(super) fn names_end_as_systems(line: &str) -> bool {
    line.split(walk::NAME_COMMAS)
        .all(|name| ends_as_system(name.trim()))
}

/// The step (see the module's docs): the systems' last name given back from beside the files'
/// heading, where the conditions hold.
pub(super) fn give_back(found: &mut Found, form: AssessmentKind, lines: &[Line]) {
    if form != AssessmentKind::Basic {
        return;
    }
    let Some(files_at) = found
        .cells
        .keys()
        .position(|(id, _)| *id == ItemId::AffairFileNames)
    else {
        return;
    };
    let Some(systems_at) = files_at.checked_sub(1) else {
        return;
    };
    // (The systems' cell holds names, or nothing: the whole list printed a line down.)
    let systems_key = match found.cells.get_index(systems_at) {
        Some((key, _)) if key.0 == ItemId::SystemName => *key,
        _ => return,
    };
    let Some((_, files)) = found.cells.get_index(files_at) else {
        return;
    };
    let Some(&(first_no, _)) = files.lines.iter().find(|(_, t)| !t.trim().is_empty()) else {
        return;
    };
    // The words beside the heading (a line of names the walk may have parted at its commas)
    // and the lines under it.
    let with_words = files.lines.iter().filter(|(_, t)| !t.trim().is_empty());
    let beside: Vec<(usize, String)> = with_words
        .clone()
        .filter(|(no, _)| *no == first_no)
        .cloned()
        .collect();
    let under: Vec<&str> = with_words
        .filter(|(no, _)| *no != first_no)
        .map(|(_, t)| t.trim())
        .collect();
    // (The heading's line: the source line opens with the section's heading, the words after
    // its title.)
    let on_heading = lines
        .get(lines.partition_point(|l| l.no < first_no))
        .filter(|l| l.no == first_no)
        .and_then(|l| super::classify::section_heading_starts(l.text.trim()))
        .is_some();
    // Every name beside it ends as a system's (`甲システム、中間サーバー`).
    let systems_beside = beside.iter().all(|(_, t)| names_end_as_systems(t));
    let files_under = under.iter().any(|t| t.ends_with(FILE_NAME_WORD))
        && !under.iter().any(|t| ends_as_system(t));
    if !(on_heading && systems_beside && files_under) {
        return;
    }
    if let Some(files) = found.cells.get_index_mut(files_at).map(|(_, c)| c) {
        files.lines.retain(|(n, _)| *n != first_no);
    }
    if let Some(systems) = found.cells.get_mut(&systems_key) {
        systems.lines.extend(beside);
        systems.displaced = true;
    }
}

/// The step (see the module's docs): the files' list's first entry given back from the end of
/// the cell above the files' heading. The list's cell opens with its second entry (`（2）乙
/// ファイル`, [`walk::entry_number`]), and the last line of the cell the walk read right before
/// it ends in a word that opens the first entry, numbered alike, and names a file
/// ([`walk::names_a_file`]: `（1）甲ファイル`). The entry is cut off that line and opens the list,
/// marked displaced (inferred).
///
/// Reads `[ ] その他 （ ） （1）甲ファイル` / `３．特定個人情報ファイル名` / `（2）乙ファイル` → 甲ファイル,
/// 乙ファイル; refuses the same where the list opens with its first entry (`（1）乙ファイル`), where
/// the words above name no file (`（1）甲システム`) and where they are numbered otherwise
/// (`1.甲ファイル` over `（2）乙ファイル`).
pub(super) fn give_first_file_back(found: &mut Found) {
    let Some(files_at) = found
        .cells
        .keys()
        .position(|(id, _)| *id == ItemId::AffairFileNames)
    else {
        return;
    };
    let Some(above_at) = files_at.checked_sub(1) else {
        return;
    };
    let Some((_, files)) = found.cells.get_index(files_at) else {
        return;
    };
    let second = files
        .lines
        .iter()
        .map(|(_, t)| t.trim())
        .find(|t| !t.is_empty())
        .and_then(walk::entry_number);
    let Some((2, mark)) = second else {
        return;
    };
    let Some((_, above)) = found.cells.get_index(above_at) else {
        return;
    };
    let Some((line_no, last)) = above.lines.iter().rev().find(|(_, t)| !t.trim().is_empty()) else {
        return;
    };
    let Some(at) = first_entry_at_end(last, mark) else {
        return;
    };
    let (line_no, head, entry) = (
        *line_no,
        last.get(..at).unwrap_or_default().trim_end().to_owned(),
        last.get(at..).unwrap_or_default().trim().to_owned(),
    );
    if let Some((_, above)) = found.cells.get_index_mut(above_at) {
        if let Some(line) = above.lines.iter_mut().rev().find(|(no, _)| *no == line_no) {
            line.1 = head;
        }
    }
    if let Some((_, files)) = found.cells.get_index_mut(files_at) {
        files.lines.insert(0, (line_no, entry));
        files.displaced = true;
    }
}

/// The step (see the module's docs): a system's name given back from the end of the block
/// before it. The 他のシステムとの接続 list (様式3–4 Ⅰ2③) ends with its `その他` box and that box's
/// `（ … ）`; words after that bracket on the list's last line are none of the list's. Where they
/// end as a system's name ([`ends_as_system`]) and the next block's `①システムの名称` holds
/// nothing, they are that name, printed a line up (marked displaced: inferred).
///
/// Reads `[ ] その他 （ ） 乙システム` / `システム2` / `①システムの名称` / `②システムの機能` → 乙システム
/// as system 2's name; refuses words that end as no system's name (`[ ] その他 （ ） 架空の記録`),
/// and a next block whose name has its own value.
pub(super) fn give_back_names_after_boxes(found: &mut Found) {
    let mut moves: Vec<(Key, usize, String, Key, String)> = Vec::new();
    for (key, cell) in &found.cells {
        let (ItemId::SystemConnections, Indices::One([i])) = *key else {
            continue;
        };
        let Some((no, last)) = cell.lines.iter().rev().find(|(_, t)| !t.trim().is_empty()) else {
            continue;
        };
        let Some((head, words)) = after_other_box(last) else {
            continue;
        };
        let name_key = (ItemId::SystemName, Indices::One([i + 1]));
        let name_empty = found
            .cells
            .get(&name_key)
            .is_some_and(|name| name.texts().next().is_none());
        if ends_as_system(words) && name_empty {
            moves.push((*key, *no, head.to_owned(), name_key, words.to_owned()));
        }
    }
    for (key, no, head, name_key, words) in moves {
        if let Some(cell) = found.cells.get_mut(&key) {
            if let Some(line) = cell.lines.iter_mut().rev().find(|(n, _)| *n == no) {
                line.1 = head;
            }
        }
        if let Some(name) = found.cells.get_mut(&name_key) {
            name.lines = vec![(no, words)];
            name.displaced = true;
        }
        found.stacked.remove(&name_key);
    }
}

/// A box list's last line parted after its `その他` box's `（ … ）`: the line to the bracket's end
/// and the words after it (`[ ] その他 （ ） 乙システム` → (`[ ] その他 （ ）`, `乙システム`)); `None`
/// where no words follow the bracket, where they hold a box (`[ ] その他 （ ）　[ ○ ] 紙`: a box
/// printed after the free one is still the list's), or the line holds no such box.
fn after_other_box(line: &str) -> Option<(&str, &str)> {
    let other = line.rfind(crate::form::OTHER_BOX)?;
    let after_other = line.get(other..)?;
    let close = after_other.find(['）', ')'])?;
    let end = other + close + after_other.get(close..)?.chars().next()?.len_utf8();
    let words = line.get(end..)?.trim();
    let holds_a_box = words.contains(['[', ']', '［', '］']);
    (!words.is_empty() && !holds_a_box).then(|| (line.get(..end).unwrap_or(line).trim_end(), words))
}

/// `cell` of a box list (`checks`: the item's value is one, [`crate::report::Value::Checks`])
/// without the words after its last line's `その他` box ([`after_other_box`]), and that line:
/// the words are none of the list's (`[ ] その他 （ ） 架空の記録`: another cell's, which no step
/// gave back), and are listed, not read into the list. `None` where no words follow the box.
pub(super) fn without_words_after_boxes(checks: bool, cell: &Cell) -> Option<(Cell, usize)> {
    if !checks {
        return None;
    }
    let (at, (no, last)) = cell
        .lines
        .iter()
        .enumerate()
        .rev()
        .find(|(_, (_, t))| !t.trim().is_empty())?;
    let (head, _) = after_other_box(last)?;
    let mut cut = cell.clone();
    if let Some(line) = cut.lines.get_mut(at) {
        line.1 = head.to_owned();
    }
    Some((cut, *no))
}

/// Where the words at the end of `line` open a list's first entry numbered with `mark`
/// ([`walk::entry_number`]) that names a file, after a space: `[ ] その他 （ ） （1）甲ファイル` →
/// the offset of `（1）`. (The last such word: an entry's name holds no space.)
fn first_entry_at_end(line: &str, mark: (char, char)) -> Option<usize> {
    let t = line.trim_end();
    let (space, _) = t.char_indices().rev().find(|(_, c)| c.is_whitespace())?;
    let at = space + t.get(space..)?.chars().next()?.len_utf8();
    let word = t.get(at..)?;
    let opens_first = walk::entry_number(word) == Some((1, mark));
    let names = walk::names_a_file(super::fill::strip_entry_mark(word));
    (opens_first && names).then_some(at)
}

#[cfg(test)]
mod tests {
    use crate::import::{UnreadReason, import};

    /// A 基礎's chapter Ⅰ with `files` printed from the files' heading on.
    fn basic(files: &str) -> String {
        format!(
            "[平成26年4月 様式2]\nⅠ 関連情報\n１．特定個人情報ファイルを取り扱う事務\n①事務の名称\n\
             架空事務\n②事務の概要\n架空法に基づき、架空の給付を行う。\n③システムの名称\n\
             甲システム\n{files}\n３．個人番号の利用\n法令上の根拠\n番号法第9条第1項\n"
        )
    }

    fn systems_and_files(text: &str) -> (Vec<String>, Vec<String>) {
        let draft = import(text).expect("a 基礎");
        let systems = draft.report.systems.iter().map(|s| s.name.clone());
        (systems.collect(), draft.report.affair.file_names.clone())
    }

    #[test]
    fn a_system_s_name_beside_the_files_heading_goes_back_to_the_systems() {
        let text = basic("２．特定個人情報ファイル名 中間サーバー\n甲ファイル");
        let (systems, files) = systems_and_files(&text);
        assert_eq!(systems, ["甲システム", "中間サーバー"]);
        assert_eq!(files, ["甲ファイル"]);
        // The systems' label alone, the whole list beside the heading: the same.
        let empty = |beside: &str| {
            basic(&format!("２．特定個人情報ファイル名 {beside}\n甲ファイル"))
                .replace("③システムの名称\n甲システム\n", "③システムの名称\n")
        };
        let (systems, files) = systems_and_files(&empty("乙システム、中間サーバー"));
        assert_eq!(systems, ["乙システム", "中間サーバー"]);
        assert_eq!(files, ["甲ファイル"]);
        // Refuses: a name of the line that ends as no system's.
        let (_, files) = systems_and_files(&empty("乙台帳、中間サーバー"));
        assert!(files.iter().any(|f| f.contains("乙台帳")), "{files:?}");
    }

    /// A 全項目's systems' last block and files' section, `above` ending the connections' boxes.
    fn full(above: &str, files: &str) -> String {
        format!(
            "[平成26年4月 様式4]\nⅠ 基本情報\n１．特定個人情報ファイルを取り扱う事務\n①事務の名称\n\
             架空事務\n②事務の内容\n架空法に基づき、架空の給付を行う。\n\
             ２．特定個人情報ファイルを取り扱う事務において使用するシステム\nシステム1\n\
             ①システムの名称\n甲システム\n②システムの機能\n架空の記録を管理する。\n\
             ③他のシステムとの接続\n[ ] 情報提供ネットワークシステム [ ○ ] 庁内連携システム\n\
             [ ] 住民基本台帳ネットワークシステム [ ] 既存住民基本台帳システム\n\
             [ ] 宛名システム等 [ ] 税務システム\n[ ] その他 （ ）{above}\n\
             ３．特定個人情報ファイル名\n{files}\n４．特定個人情報ファイルを取り扱う理由\n"
        )
    }

    #[test]
    fn a_systems_name_after_the_boxes_above_it_is_its_blocks() {
        let text = |after_box: &str, name: &str| {
            let opening = full(after_box, "甲ファイル");
            let second = format!(
                "システム2\n①システムの名称\n{name}②システムの機能\n架空の照会を中継する。\n\
                 ③他のシステムとの接続\n[ ] その他 （ ）\n３．特定個人情報ファイル名"
            );
            opening.replacen("３．特定個人情報ファイル名", &second, 1)
        };
        let (systems, _) = systems_and_files(&text(" 乙システム", ""));
        assert_eq!(systems, ["甲システム", "乙システム"]);
        // Words that end as no system's name, or a block with its own name: as read.
        let (systems, _) = systems_and_files(&text(" 架空の記録", ""));
        assert_ne!(systems.get(1).map(String::as_str), Some("架空の記録"));
        // (The words are listed, not read into the boxes.)
        let draft = import(&text(" 架空の記録", "")).expect("a 全項目");
        let surplus = draft
            .trace
            .unread
            .iter()
            .any(|u| u.reason == UnreadReason::Surplus);
        assert!(surplus, "{:?}", draft.trace.unread);
        let (systems, _) = systems_and_files(&text(" 乙システム", "丙システム\n"));
        assert_eq!(systems, ["甲システム", "丙システム"]);
    }

    #[test]
    fn a_box_after_the_free_box_stays_the_lists() {
        assert_eq!(
            super::after_other_box("[ ] その他 （ ） 乙システム"),
            Some(("[ ] その他 （ ）", "乙システム"))
        );
        assert_eq!(super::after_other_box("[ ] その他 （ ）　[ ○ ] 紙"), None);
        assert_eq!(
            super::after_other_box("[ ○ ] その他 （ 架空の端末 ）"),
            None
        );
    }

    #[test]
    fn the_files_first_entry_above_their_heading_opens_the_list() {
        let (_, files) = systems_and_files(&full(" （1）甲ファイル", "（2）乙ファイル"));
        assert_eq!(files, ["甲ファイル", "乙ファイル"]);
        // The list opens with its first entry: the words above are not its.
        let (_, files) = systems_and_files(&full(" （1）甲ファイル", "（1）乙ファイル"));
        assert_eq!(files, ["乙ファイル"]);
        // Words that name no file, or numbered otherwise, stay where they are.
        for above in [" （1）甲システム", " 1.甲ファイル"] {
            let (_, files) = systems_and_files(&full(above, "（2）乙ファイル"));
            assert_ne!(
                files.first().map(String::as_str),
                Some("甲ファイル"),
                "{above}"
            );
        }
    }

    #[test]
    fn a_file_s_name_or_nothing_under_the_heading_stays_as_read() {
        // A file's name beside the heading: the files' own.
        let (systems, files) =
            systems_and_files(&basic("２．特定個人情報ファイル名 乙ファイル\n丙ファイル"));
        assert_eq!(systems, ["甲システム"]);
        assert_eq!(files, ["乙ファイル", "丙ファイル"]);
        // No file under the heading: the types do not tell the lists apart.
        let (systems, _) = systems_and_files(&basic("２．特定個人情報ファイル名 中間サーバー"));
        assert_eq!(systems, ["甲システム"]);
    }
}
