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
//!   files' (nothing between them);
//! - the files' cell opens with words on the heading's own line that end as a system's name
//!   and hold no `ファイル`;
//! - a line of the files' cell under the heading ends in `ファイル`, and none ends as a system's
//!   name.
//!
//! ```text
//! reads:   甲システム / ２．特定個人情報ファイル名 中間サーバー / 甲ファイル
//!          → systems 甲システム, 中間サーバー; file 甲ファイル (inferred)
//! refuses: 甲システム / ２．特定個人情報ファイル名 乙ファイル / 丙ファイル   (a file's name)
//!          甲システム / ２．特定個人情報ファイル名 中間サーバー              (no file under it)
//! ```
//!
//! **Takes** the walk's [`Found`], the form and the text's lines. **Gives** the systems' cell
//! the line, marked displaced (its values are inferred: the structure placed the line).
//! **Refuses** everything the conditions above do not hold for; the cells stay as the walk
//! read them.

use super::text::Line;
use super::walk::{FILE_NAME_WORD, Found};
use crate::AssessmentKind;
use crate::report::ItemId;

/// The words a system's name ends with, as the forms' systems are named (`架空住民記録システム`,
/// `中間サーバー`; `サーバ` as some bodies write it).
pub(super) const SYSTEM_NAME_WORDS: [&str; 3] = ["システム", "サーバー", "サーバ"];

/// Whether `t` (trimmed) ends as a system's name and names no file.
pub(super) fn ends_as_system(t: &str) -> bool {
    SYSTEM_NAME_WORDS.iter().any(|w| t.ends_with(w)) && !t.contains(FILE_NAME_WORD)
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
    let systems_key = match found.cells.get_index(systems_at) {
        Some((key, cell)) if key.0 == ItemId::SystemName && cell.texts().next().is_some() => *key,
        _ => return,
    };
    let Some((_, files)) = found.cells.get_index(files_at) else {
        return;
    };
    let mut texts = files.lines.iter().filter(|(_, t)| !t.trim().is_empty());
    let Some((first_no, first)) = texts.next() else {
        return;
    };
    // (The heading's line: the source line opens with the section's heading, the words after
    // its title.)
    let on_heading = lines
        .get(lines.partition_point(|l| l.no < *first_no))
        .filter(|l| l.no == *first_no)
        .and_then(|l| super::classify::section_heading_starts(l.text.trim()))
        .is_some();
    let under: Vec<&str> = texts.map(|(_, t)| t.trim()).collect();
    let files_under = under.iter().any(|t| t.ends_with(FILE_NAME_WORD))
        && !under.iter().any(|t| ends_as_system(t));
    if !(on_heading && ends_as_system(first.trim()) && files_under) {
        return;
    }
    let (no, text) = (*first_no, first.clone());
    if let Some(files) = found.cells.get_index_mut(files_at).map(|(_, c)| c) {
        files.lines.retain(|(n, _)| *n != no);
    }
    if let Some(systems) = found.cells.get_mut(&systems_key) {
        systems.lines.push((no, text));
        systems.displaced = true;
    }
}

#[cfg(test)]
mod tests {
    use crate::import::import;

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
