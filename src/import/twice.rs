//! *twice*: a block met a second time (issue 44).
//!
//! **Takes** the lines of a text before the walk. **Gives** a [`Warning::BlockTwice`] for each
//! block heading (`システム3`, `委託事項3`, `提供先3`, `移転先3`) that names a block already
//! headed in the same part of the report (from a chapter's, a file's or a section 1's heading), and
//! the lines from that second heading up to where its block ends (the next block heading of
//! any kind or number, a page of blocks' heading `委託事項6～10`, a chapter, section or file
//! heading, the 変更箇所), which the walk is then given blank: what a second heading heads
//! cannot be told from the first block's values, so it is read as nobody's and listed unread.
//! **Refuses** nothing: a text whose block numbers each come once is left as it is.
//!
//! Reads: `システム1 甲` … `システム2 乙` … `システム3 丙` (each once, no warning). Refuses:
//! `システム1 甲` … `システム1 乙` — the second is warned of, its name and items left unread,
//! never merged into system 1's.

use super::classify::{
    chapter_heading, file_block_number, is_changes_heading, is_header_row, leading_number,
};
use super::diagnostics::{UnreadReason, Warning};
use super::text::Line;
use super::walk::CHAPTERS;
use crate::AssessmentKind;
use crate::form::{ENTRUSTMENT, PROVISION, TRANSFER, section_title};
use crate::import::fill::squeeze;
use crate::report::ItemId;

/// What a line is to this pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// A block heading: its word's position in [`words`] and its number.
    Block(usize, u32),
    /// A heading that ends a block and starts no block: a page of blocks (`提供先2～5`), a
    /// section other than a file's first (a page may print its section's heading again).
    PageOfBlocks,
    /// A chapter's or a file's heading, or a section 1 (`１．特定個人情報ファイル名`): ends a
    /// block, and a new part of the report begins where block numbers start again.
    Part,
    /// The 変更箇所 table: the end of the report's body.
    Changes,
    /// Anything else.
    Other,
}

/// The words of the block headings: the system's (the label of the system's name up to its
/// `の`, as the form prints `システム1`), then the blocks of Ⅱ.
fn words() -> [&'static str; 4] {
    let system = ItemId::SystemName.label();
    let system = system.split('の').next().unwrap_or(system);
    [system, ENTRUSTMENT, PROVISION, TRANSFER]
}

/// What `line` is (its key folded, so `システム１` reads as `システム1`).
/// (`in_body`: a block heading was met before the line; the 変更箇所's heading before any is
/// the 項目一覧's, unless the table's header row follows it.)
fn mark(
    line: &Line,
    form: AssessmentKind,
    words: &[&str; 4],
    next: Option<&Line>,
    in_body: bool,
) -> Mark {
    let key = line.key();
    let key = key.trim_start_matches('#');
    if is_changes_heading(key) && (in_body || next.is_some_and(|n| is_header_row(n.key()))) {
        return Mark::Changes;
    }
    if chapter_heading(&line.text).is_some() || file_block_number(&line.text).is_some() {
        return Mark::Part;
    }
    if let Some((n, rest)) = leading_number(&line.text, &['．', '.']) {
        let rest = squeeze(rest);
        let titled = CHAPTERS.iter().any(|ch| {
            section_title(form, ch, n).is_some_and(|t| {
                let t = squeeze(t);
                !t.is_empty() && rest.starts_with(&t)
            })
        });
        if titled {
            return if n == 1 {
                Mark::Part
            } else {
                Mark::PageOfBlocks
            };
        }
    }
    for (kind, word) in words.iter().enumerate() {
        let Some(rest) = key.strip_prefix(word) else {
            continue;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(n) = rest[..digits].parse::<u32>() else {
            continue;
        };
        return match rest[digits..].chars().next() {
            Some('～' | '~' | '〜') => Mark::PageOfBlocks,
            // A reference (`システム12-②…`, the 変更箇所's 項目), a box (`提供先2 [架空]`: a box
            // after the number, which the walk opens no block at either), or a list of numbers
            // in a sentence (`提供先1、4の削除`): no heading.
            Some(
                '-' | '－' | '‐' | '−' | '[' | '［' | ']' | '］' | ')' | '）' | '、' | '，' | ','
                | '・',
            ) => Mark::Other,
            _ if n == 0 => Mark::PageOfBlocks,
            _ => Mark::Block(kind, n),
        };
    }
    Mark::Other
}

/// The second headings of blocks met twice, warned of, and their lines blanked in `lines`;
/// the blanked lines that held text go to `unread`.
pub(super) fn blank_second_blocks(
    lines: &mut [Line],
    form: AssessmentKind,
    warnings: &mut Vec<Warning>,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let words = words();
    let mut seen: Vec<(usize, u32)> = Vec::new();
    // The lines (positions in `lines`) to blank.
    let mut blank: Vec<usize> = Vec::new();
    let mut skipping = false;
    let mut in_body = false;
    for (i, line) in lines.iter().enumerate() {
        let next = lines
            .get(i + 1..)
            .and_then(|rest| rest.iter().find(|l| !l.key().is_empty()));
        let m = mark(line, form, &words, next, in_body);
        in_body |= matches!(m, Mark::Block(..));
        match m {
            Mark::Changes => break,
            Mark::Part => {
                seen.clear();
                skipping = false;
            }
            Mark::PageOfBlocks => skipping = false,
            Mark::Block(kind, n) => {
                if seen.contains(&(kind, n)) {
                    warnings.push(Warning::BlockTwice {
                        block: format!("{}{n}", words.get(kind).copied().unwrap_or_default()),
                        line: line.no,
                    });
                    skipping = true;
                } else {
                    seen.push((kind, n));
                    skipping = false;
                }
            }
            Mark::Other => {}
        }
        if skipping {
            blank.push(i);
        }
    }
    for i in blank {
        let Some(line) = lines.get_mut(i) else {
            continue;
        };
        if !line.text.trim().is_empty() {
            unread.push((line.no, UnreadReason::NoItem));
        }
        *line = Line::new(line.no, "");
    }
}

#[cfg(test)]
mod tests {
    use crate::import::{UnreadReason, Warning, import};

    /// An invented 重点 text with two system blocks.
    fn systems(second: &str) -> String {
        format!(
            "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\n ２．特定個人情報ファイルを取り扱う事務において使用するシステム\n\n システム1\n\n ①システムの名称\n架空台帳システム\n\n ②システムの機能\n台帳を管理する\n\n {second}\n\n ①システムの名称\n試験連携システム\n\n ②システムの機能\n連携を行う\n\n"
        )
    }

    #[test]
    fn blocks_numbered_once_read_without_a_warning() {
        let draft = import(&systems("システム2")).unwrap();
        assert_eq!(draft.report.systems.len(), 2);
        assert_eq!(draft.report.systems[1].name.as_str(), "試験連携システム");
        assert!(
            !draft
                .warnings
                .iter()
                .any(|w| matches!(w, Warning::BlockTwice { .. })),
            "{:?}",
            draft.warnings
        );
    }

    #[test]
    fn a_block_met_twice_is_warned_of_and_its_second_part_left_unread() {
        let draft = import(&systems("システム1")).unwrap();
        assert_eq!(draft.report.systems.len(), 1, "{:?}", draft.report.systems);
        let system = &draft.report.systems[0];
        assert_eq!(system.name, "架空台帳システム");
        assert_eq!(system.functions.as_deref(), Some("台帳を管理する"));
        let line = draft
            .warnings
            .iter()
            .find_map(|w| match w {
                Warning::BlockTwice { block, line } => Some((block.clone(), *line)),
                _ => None,
            })
            .expect("a warning");
        assert_eq!(line, ("システム1".to_owned(), 15));
        assert!(
            draft
                .trace
                .unread
                .iter()
                .any(|u| u.reason == UnreadReason::NoItem && u.lines[0] <= 18 && 18 <= u.lines[1]),
            "{:?}",
            draft.trace.unread
        );
    }
}
