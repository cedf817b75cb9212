//! The cover's rules (表紙): 評価書番号, 評価書名, 宣言, 特記事項, 評価実施機関名, 公表日,
//! 承認日 and the 様式, read from the lines before chapter Ⅰ.
//!
//! **Takes** the cover's lines (before the first chapter heading). **Gives** [`Proposal`]s to
//! the [arbiter](super::arbiter). **Refuses** a value its item's type does not bound: a number
//! of more than [`NUMBER_DIGITS`] digits, a title that does not end in 「評価書」 (or 「（案）」)
//! nor is a body's name and a 事務's, a sentence (`。`) as a body's name, a line that names no
//! body by the forms' endings, a date with words around it.
//!
//! The labels are every label any revision prints for a cover item ([`form::labels`]: the
//! 平成26年4月 cover's 「特定個人情報保護委員会　承認日」 too); the mark 【行政機関等のみ】 after
//! a label is part of the label. The rules, in the order they propose:
//!
//! 1. `cover.labelled` — a label with its value after it on the line (`評価書番号 3`,
//!    `評価実施機関名：架空町長`), or on the lines under it (`評価実施機関名` / `架空町長`). A
//!    prose item (宣言, 特記事項) runs on to the next cover label or blank line. Read as
//!    written.
//!    ```text
//!    reads:   公表日 令和6年4月1日            → 公表日 2024-04-01
//!    refuses: 公表日 / 評価実施機関名          → (a label under a label: no value here)
//!    ```
//! 2. `cover.label_row` — a row of labels (`評価書番号 評価書名`, one line or tab cells) with
//!    their values on the next line in the same order (`2 架空の事務　基礎項目評価書`): the
//!    number is the line's leading digits, the title the rest.
//!    ```text
//!    reads:   評価書番号 評価書名 / 12 架空事務 全項目評価書  → 12, 架空事務 全項目評価書
//!    refuses: 評価書番号 評価書名 / 架空事務 全項目評価書     → (no number leads the line)
//!    ```
//! 3. `cover.typed` — values printed away from their labels (a PDF text prints the cover's
//!    cells in drawing order), recognised by their type alone and so inferred: a number of at
//!    most [`NUMBER_DIGITS`] digits alone on a line (the 評価書番号), a line ending in 「評価書」 or
//!    「評価書（案）」 that names a 事務 or the form (the 評価書名, its number may lead it), a short
//!    line ending as a body's name does ([`form::body_kind_of_name`]: 市長, 知事, 大臣, 広域連合…;
//!    the 評価実施機関名), a date alone on its line (the 公表日; two, on a cover that prints the
//!    承認日's label, are the 承認日 and the 公表日 in the order of their days), and a paragraph that ends in
//!    「宣言する。」 (the 宣言, whose wording the 記載要領 gives). Each only where one line of the
//!    cover is of the type: two candidates leave the item empty.
//!    ```text
//!    reads:   7 / 架空市長 / 令和6年4月1日      → 7, 架空市長, 2024-04-01 (inferred)
//!    refuses: 7 / 8                            → (two numbers: neither)
//!    ```
//! 4. `cover.tag` — the 様式 tag (`[平成26年4月　様式4]`): the report's revision.

use super::UnreadReason;
use super::arbiter::{Arbiter, Proposal};
use super::classify;
use super::limits::{
    BODY_CHARS, COVER_LABEL_SCAN, DATE_WORDS_CHARS, NUMBER_DIGITS, TAG_LINE_CHARS, TITLE_PIECES,
    WRAPPED_TITLE_TAIL_CHARS,
};
use super::text::Line;
use crate::form;
use crate::import::fill::{BULLETS, after_label, dates_in, is_empty_mark, squeeze, squeezed};
use crate::label::fold_char;
use crate::report::{Cell, ItemId};
use crate::{AssessmentKind, Choice};

/// The cover's items that are read under their labels.
const ITEMS: [ItemId; 8] = [
    ItemId::CoverNumber,
    ItemId::CoverTitle,
    ItemId::CoverDeclaration,
    ItemId::CoverSpecialNote,
    ItemId::CoverBody,
    ItemId::CoverPublishedOn,
    ItemId::CoverApprovalDate,
    ItemId::CoverBodyKind,
];

/// The white space that parts two cells of a line that keeps the page's layout (`pdftotext
/// -layout`): three spaces, more than a value's words are set apart by.
const CELL_GAP: &str = "   ";

/// The words the 宣言's last sentence ends with (様式2–4 表紙, the 記載要領's wording:
/// 「…取り組んでいることを宣言する。」).
pub(super) const DECLARATION_END: &str = "宣言する。";

/// The cover item a folded text starts with, and the label it starts with (the longest). Only
/// the text's first [`COVER_LABEL_SCAN`] characters are folded: a label starts there or not at
/// all, and a line is tried at each of its spaces (folding it whole each time took time in the
/// square of its length).
fn label_of(text: &str) -> Option<(ItemId, &'static str)> {
    let head = match text.char_indices().nth(COVER_LABEL_SCAN) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    };
    let s = squeezed(head);
    let mut best: Option<(ItemId, &'static str)> = None;
    for id in ITEMS {
        for label in form::labels(id) {
            let longer = best.is_none_or(|(_, b)| label.len() > b.len());
            if longer && s.starts_with(squeeze(label).as_str()) {
                best = Some((id, label));
            }
        }
    }
    // A label run into a particle is a word of a sentence (`公表日は、点検の後に記載する。`).
    let (_, label) = best?;
    let after = crate::import::fill::label_end(text, label)
        .and_then(|end| text.get(end..))
        .and_then(|rest| rest.chars().next());
    match after {
        Some(c) if PARTICLES.contains(&c) => None,
        _ => best,
    }
}

/// The particles that, run into a cover label's words, make them a sentence's
/// ([`label_of`]): `公表日は、`, `評価書名の記載`, `特記事項に書く` — not the kana a value may
/// open with (`特記事項なし`).
const PARTICLES: [char; 7] = ['は', 'を', 'が', 'の', 'に', 'で', 'も'];

/// Whether `text` opens with a cover label (of any revision).
pub(super) fn opens_with_label(text: &str) -> bool {
    label_of(text).is_some()
}

/// Whether `text` ends as the 宣言 does (「…宣言する。」, its full stop or not: a site's copy may
/// drop it): a value of the 宣言's own, no other cover item's.
pub(super) fn ends_as_declaration(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(DECLARATION_END) || t.ends_with(DECLARATION_END.trim_end_matches('。'))
}

/// The cover item whose label opens `text`, and the value after it (its separators and the
/// label's mark taken off; empty for a label alone): `公表日 架空市長` → (公表日, `架空市長`).
pub(super) fn label_and_value(text: &str) -> Option<(ItemId, &str)> {
    let (id, label) = label_of(text)?;
    Some((id, value_after(text, label)))
}

/// The cover item whose label is the whole of `text`, its mark after it too
/// (`評価書番号`, `特定個人情報保護委員会 承認日 【行政機関等のみ】`); `None` for a line that holds
/// anything more (`評価書番号 3`) or no cover label.
pub(super) fn whole_label(text: &str) -> Option<ItemId> {
    let (id, label) = label_of(text)?;
    value_after(text, label).is_empty().then_some(id)
}

/// The marks printed after a cover label, part of the label: 【行政機関等のみ】 (the forms') and
/// （様式外） (the crate's renders, after an item the forms do not print).
const LABEL_MARKS: [&str; 2] = [form::GOV_ONLY_MARK, form::EXTRA_MARK];

/// The text after a cover label: its separators and a mark of the label ([`LABEL_MARKS`])
/// taken off.
fn value_after<'t>(text: &'t str, label: &str) -> &'t str {
    let value = after_label(text, label).trim();
    after_label_mark(value).map_or(value, str::trim)
}

/// `text` after a mark of a label ([`LABEL_MARKS`]) that opens it, printed with its brackets or
/// without them (a page run together loses them: `行政機関等のみ 平成27年8月19日`); `None`
/// where no mark opens it.
fn after_label_mark(text: &str) -> Option<&str> {
    LABEL_MARKS.iter().find_map(|mark| {
        let bare = mark.trim_matches(['【', '】', '（', '）']);
        text.strip_prefix(mark).or_else(|| text.strip_prefix(bare))
    })
}

/// The cover item whose label `head` (a line whole) begins and the first word of `text` (the
/// line under it) ends, and the words after that word: a narrow cell wrapped the label
/// (`評価実施機関` / `名 架空市長` → 評価実施機関名, `架空市長`; spaces of spaced kanji aside).
/// `None` where the two spell no label of the cover, the rest stands alone on its line (a label
/// wrapped whole, or words a line apiece, as an OCR engine's word boxes give them), or it runs
/// into the words after it (`評価実施機関` / `名張市長`: a value's own first character).
fn after_wrapped_label<'t>(head: &str, text: &'t str) -> Option<(ItemId, &'t str)> {
    let (first_word, after) = text.split_once(char::is_whitespace)?;
    let after = after.trim_start();
    let joined = squeeze(head) + squeeze(first_word).as_str();
    let id = ITEMS
        .into_iter()
        .find(|&id| form::labels(id).any(|label| squeeze(label) == joined))?;
    (!after.is_empty()).then_some((id, after))
}

/// Whether a prose item's value runs on over the lines under its label.
fn is_prose(id: ItemId) -> bool {
    matches!(id, ItemId::CoverDeclaration | ItemId::CoverSpecialNote)
}

/// The word a 様式 tag names its form by (`[令和6年10月　様式2]`): the label of the cover's
/// 様式 item, as render prints the tag.
pub(super) const TAG_WORD: &str = ItemId::CoverFormVersion.label();

/// The form's title (`特定個人情報保護評価書（…）`) or a 様式 tag.
fn is_title_or_tag(t: &str) -> bool {
    t.contains(crate::form::REPORT_TITLE)
        || (names_a_form(t) && t.chars().count() <= TAG_LINE_CHARS)
}

/// Whether `t` names a 様式 by its number, as a tag does (`様式2`, `様式 ４`): the word alone
/// is a sentence's (`個人番号を記載しない様式で作成している。`).
fn names_a_form(t: &str) -> bool {
    t.match_indices(TAG_WORD).any(|(at, word)| {
        let after = t.get(at + word.len()..).unwrap_or("").trim_start();
        after
            .chars()
            .next()
            .is_some_and(|c| fold_char(c).is_ascii_digit())
    })
}

/// A cell of the lines `lines` (numbered), trimmed.
fn cell(lines: Vec<(usize, String)>, displaced: bool) -> Cell {
    Cell { lines, displaced }
}

/// What a piece of a cover line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A cover item's label.
    Label(ItemId),
    /// Text that may be a value.
    Value,
    /// What ends a value: a blank line, the form's title, a 様式 tag, a heading.
    Stop,
}

/// A piece of a cover line: a label, a value, or a stop (a line is split before each cover
/// label that starts a word in it: `公表日 架空市長` is a label and a value, `架空事務評価書
/// 評価書番号` a value and a label).
#[derive(Debug, Clone, Copy)]
struct Piece<'t> {
    /// The source line.
    no: usize,
    kind: Kind,
    /// The text (a label's text is the label as printed).
    text: &'t str,
    /// Whether the piece starts its line.
    starts_line: bool,
}

/// The pieces of the cover's lines, in order. (A blank line that markup made out of a source
/// line holding text — `<div>評価書番号</div><div>7</div>` — is no blank line of the text.)
fn pieces<'t>(cover: &[&'t Line]) -> Vec<Piece<'t>> {
    let holds_text: std::collections::HashSet<usize> = cover
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .map(|l| l.no)
        .collect();
    let mut out = Vec::new();
    for line in cover {
        let text = line.text.trim();
        // (A table's rule between its header row and its body, `---\t---`, is no cell.)
        let rule = !text.is_empty() && classify::is_rule_line(text);
        if rule || (text.is_empty() && holds_text.contains(&line.no)) {
            continue;
        }
        let piece = |kind, text, starts_line| Piece {
            no: line.no,
            kind,
            text,
            starts_line,
        };
        // (A section's heading in the cover's lines is another page's, printed beside it: it
        // ends a value as a chapter's heading does.)
        let heading = classify::heading(text, line.key()) != classify::Class::Text
            || classify::is_section_heading(text);
        if text.is_empty() || heading {
            out.push(piece(Kind::Stop, text, true));
            continue;
        }
        // A label's mark on a line of its own under the label (a page run together one cell a
        // line: `評価実施機関の種別` / `（様式外）` / `[地方公共団体等]`) is the label's.
        let under_label = out
            .last()
            .is_some_and(|p: &Piece| matches!(p.kind, Kind::Label(_)));
        // (So is one that opens the line under it: `【行政機関等のみ】令和2年4月1日公表日…`.)
        let text = match under_label {
            true => after_label_mark(text).map_or(text, str::trim),
            false => text,
        };
        // A label a narrow cell wrapped, its rest opening the line under it a word apart from
        // the value after it (`評価実施機関` / `名 架空市長`): the line above, whole, is the
        // label, and the words after its rest the value.
        let mut text = text;
        if let Some(above) = out.last_mut() {
            let whole_line_above = above.no + 1 == line.no && above.starts_line;
            if whole_line_above && above.kind == Kind::Value {
                if let Some((id, after)) = after_wrapped_label(above.text, text) {
                    above.kind = Kind::Label(id);
                    text = after;
                }
            }
        }
        if text.is_empty() {
            continue;
        }
        if is_title_or_tag(text) {
            // A date run on before a tag (`令和7年5月30日 [令和6年10月　様式2]`): the cell beside
            // it, then the tag.
            if let Some((date, tag)) = date_before_tag(text) {
                out.push(piece(Kind::Value, date, true));
                out.push(piece(Kind::Stop, tag, false));
                continue;
            }
            // A number run on after the form's heading: the heading, then the number.
            if let Some((heading, number)) = number_after_heading(text) {
                out.push(piece(Kind::Stop, heading, true));
                out.push(piece(Kind::Value, number, false));
                continue;
            }
            out.push(piece(Kind::Stop, text, true));
            // A cell run on after a tag (`[令和6年10月　様式2] 令和7年5月30日`).
            let rest = after_tag(text);
            if !rest.is_empty() && rest.len() < text.len() {
                out.push(piece(Kind::Value, rest, false));
            }
            continue;
        }
        let mut rest = list_number_off(text).unwrap_or(text);
        let mut first = true;
        while !rest.is_empty() {
            if let Some((id, label)) = label_of(rest) {
                let after = value_after(rest, label);
                let printed = rest.get(..rest.len() - after.len()).unwrap_or(rest).trim();
                out.push(piece(Kind::Label(id), printed, first));
                rest = after;
            } else {
                // (A label glued to the value before it ends that value only where the value
                // is whole of its item's type: see `glued_label_at`. The value stands after its
                // label on the label's line, or opens the line under a label that ended its
                // own.)
                let glued = match out.last() {
                    Some(p) if p.no == line.no || first => match p.kind {
                        Kind::Label(id) => glued_label_at(id, rest),
                        _ => None,
                    },
                    _ => None,
                };
                let (value, next) = match glued.or_else(|| next_label_at(rest)) {
                    Some(at) => (rest.get(..at).unwrap_or(rest), rest.get(at..).unwrap_or("")),
                    None => (rest, ""),
                };
                out.push(piece(Kind::Value, value.trim(), first));
                rest = next;
            }
            first = false;
        }
    }
    out
}

/// Whether `piece` is a blank line.
fn is_blank(piece: &Piece) -> bool {
    piece.kind == Kind::Stop && piece.text.is_empty()
}

/// Whether the cover's text sets a blank line after every label that ends its line, and after
/// every value's paragraph (a text copied a cell a paragraph: `評価書番号` / (blank) / `7` /
/// (blank) / `評価書名` …), with [`SPACED_LABELS`] such labels or more: its blank lines are the
/// text's spacing between cells, and a label's value is the paragraph after the blank line.
/// (Elsewhere a blank line ends a cell: a label with a blank line under it holds no value
/// there.) Refused: one label whose value stands right under it, a value's paragraph with a
/// label right after it.
fn blank_after_every_label(pieces: &[Piece]) -> bool {
    let mut labels = 0;
    for (k, piece) in pieces.iter().enumerate() {
        let next = pieces.get(k + 1);
        let ends_line = next.is_none_or(|n| n.no != piece.no);
        let blank_next = next.is_none_or(is_blank);
        match piece.kind {
            Kind::Label(_) if ends_line => {
                if !blank_next {
                    return false;
                }
                labels += 1;
            }
            Kind::Value if ends_line => {
                let label_next = next.is_some_and(|n| matches!(n.kind, Kind::Label(_)));
                if label_next {
                    return false;
                }
            }
            _ => {}
        }
    }
    labels >= SPACED_LABELS
}

/// How many labels, each with a blank line under it, show a cover spaced a cell a paragraph
/// ([`blank_after_every_label`]): most of the cover's seven.
const SPACED_LABELS: usize = 4;

/// `text` after a list's number that a document gave the cover's rows (`2．評価書名：…`, a
/// word processor numbering them), where a cover label follows it: the number is the list's,
/// not the form's, and the label opens the row. `None` where no number of one or two
/// figures and its full stop open the text, or no cover label follows (`1．架空の手順`).
fn list_number_off(text: &str) -> Option<&str> {
    let (number, rest) = classify::leading_number(text, &['．', '.'])?;
    let two_figures = number < 100;
    (two_figures && label_of(rest).is_some()).then_some(rest)
}

/// Where the first cover label that starts a word of `text` (after white space) begins.
fn next_label_at(text: &str) -> Option<usize> {
    let mut after_space = false;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            after_space = true;
            continue;
        }
        if after_space && label_of(text.get(at..)?).is_some() {
            return Some(at);
        }
        after_space = false;
    }
    None
}

/// Where a cover label glued to the value of a short item (`text`, after the label of `id` on
/// its line) begins: a page run together with no space between its cells
/// (`評価実施機関名架空市長公表日令和6年4月1日`). The value ends there only where the text before
/// the label is whole of the item's type — a body's name by its ending
/// ([`form::body_kind_of_name`]), a date alone, a number — for no such value holds a cover
/// label; prose (宣言, 特記事項) might, and a value of no such type shows no end. Only the first
/// label within [`BODY_CHARS`] characters is tried.
/// ```text
/// reads:   架空市長公表日令和6年4月1日     → 架空市長 | 公表日 …
/// refuses: 架空市の事務公表日令和6年4月1日 → (no body's name before the label: not parted)
/// ```
fn glued_label_at(id: ItemId, text: &str) -> Option<usize> {
    for (at, _) in text.char_indices().take(BODY_CHARS + 1).skip(1) {
        if label_of(text.get(at..)?).is_none() {
            continue;
        }
        let before = text.get(..at)?.trim();
        let whole = match id {
            ItemId::CoverBody => form::body_kind_of_name(before).is_some() && fits(id, before),
            ItemId::CoverPublishedOn | ItemId::CoverApprovalDate => is_date_alone(before),
            ItemId::CoverNumber => is_number(before),
            _ => false,
        };
        return whole.then_some(at);
    }
    None
}

/// The cover's rules (see the module's docs), proposed to `arbiter`; the lines they take are
/// added to `used`.
/// How many of the cover's first lines (`cover`) are another page's words set above the report:
/// the lines above the report's heading (「特定個人情報保護評価書（基礎項目評価書）」: the report
/// opens with it, 様式2–4 表紙) where a cover label printed among them is printed again
/// after the heading. A document site's list of a body's reports under its own header row
/// (`評価書番号 評価書名` / `1 架空の事務 (基礎項目評価書).pdf`) names the cover's labels before the
/// report; the report's own cover names them once. 0 where no label comes twice.
///
/// Reads `評価書番号 評価書名` / `1 架空事務.pdf` / `特定個人情報保護評価書（基礎項目評価書）` /
/// `評価書番号` / `9` → the first two lines; refuses the same without the second `評価書番号`
/// (a cover whose value was drawn above its heading: its own), and a text with no heading.
pub(super) fn lines_above_report(cover: &[&Line]) -> usize {
    let Some(heading) = cover
        .iter()
        .position(|l| super::detect::titled(l.key()).is_some())
    else {
        return 0;
    };
    let Some(heading_no) = cover.get(heading).map(|l| l.no) else {
        return 0;
    };
    let pieces = pieces(cover);
    let mut above: Vec<ItemId> = Vec::new();
    let mut again = false;
    for piece in &pieces {
        let Kind::Label(id) = piece.kind else {
            continue;
        };
        if piece.no < heading_no {
            above.push(id);
        } else if piece.no > heading_no && above.contains(&id) {
            again = true;
        }
    }
    match again {
        true => heading,
        false => 0,
    }
}

pub(super) fn read(cover: &[&Line], arbiter: &mut Arbiter, used: &mut Vec<usize>) {
    let mut pieces = pieces(cover);
    if blank_after_every_label(&pieces) {
        pieces.retain(|p| !is_blank(p));
    }
    let mut taken = vec![false; pieces.len()];
    let mut proposals = Vec::new();
    labelled(&pieces, &mut taken, &mut proposals);
    prose_a_line_down(&pieces, &mut taken, &mut proposals);
    typed(&pieces, &mut taken, &mut proposals);
    dates_a_line_down(&pieces, &mut taken, &mut proposals);
    no_approval_for_a_local_body(&pieces, &mut proposals, arbiter.unread);
    for (id, mut c) in proposals {
        if id == ItemId::CoverNumber {
            c = with_ascii_figures(c);
        }
        let rule = match c.displaced {
            true => "cover.typed",
            false => "cover.labelled",
        };
        arbiter.propose(Proposal {
            rule,
            item: id,
            indices: Vec::new(),
            cell: c,
        });
    }
    // A line is used up where no value on it was left: a label's line that also holds a value
    // no rule read is listed unread, as a value's own line is.
    let mut left: Vec<usize> = Vec::new();
    for (piece, taken) in pieces.iter().zip(&taken) {
        if piece.kind == Kind::Value && !*taken {
            left.push(piece.no);
        }
    }
    // (Sorted to be searched by halves: a text with no body is all cover, its pieces many.)
    left.sort_unstable();
    for (piece, taken) in pieces.iter().zip(&taken) {
        let read = *taken || matches!(piece.kind, Kind::Label(_));
        if read && left.binary_search(&piece.no).is_err() {
            used.push(piece.no);
        }
    }
    tag(cover, arbiter, used, &left);
}

/// The 承認日 and the 公表日 each printed a line below its label, where the text set the
/// cover's last cell on the 様式 tag's line (`特定個人情報保護委員会 承認日` / `公表日 令和3年1月6日`
/// / `[平成30年5月 様式4] 令和3年1月22日`, or the date before the tag) or alone on the line right
/// above the tag (`…承認日` / `公表日 令和3年1月6日` / `令和3年1月22日` / `[平成30年5月 様式4]`).
/// The tag stands under the cover's table, alone on its row, and the 公表日's row is the table's
/// last (様式2–4 表紙): a date beside the tag, or between the 公表日's line and the tag, is the
/// value of that row moved down a line, and the date on the 公表日's label line is then the
/// 承認日's, whose label stands right above with no date of its own (nothing, or a value the
/// print moved down onto it the same way: `個人情報保護委員会 承認日 架空大臣` under an empty
/// `評価実施機関名`). The 承認日 comes before the 公表日 (番号法 第28条: the 承認 of its 第2項,
/// then the 公表 of its 第4項), so the two days must be in that order. Both are then inferred.
///
/// Reads the examples above: 承認日 2021-01-06, 公表日 2021-01-22. Refuses (the 公表日 as its
/// label's line gives it, the date below left unread) where the 承認日's label is not right
/// above or holds a date, where the 公表日 was not read on its label's line right above, where
/// a line stands between the date and the tag, and where the date below is the earlier.
fn dates_a_line_down(pieces: &[Piece], taken: &mut [bool], proposals: &mut Vec<(ItemId, Cell)>) {
    // The date beside the tag, on the tag's line: after it, or before it (`令和3年1月22日
    // [平成30年5月 様式4]`).
    let is_tag_on = |at: Option<usize>, no: usize| {
        at.and_then(|at| pieces.get(at))
            .is_some_and(|t| t.no == no && t.kind == Kind::Stop && t.text.contains(TAG_WORD))
    };
    // Or a date alone on the line right above the tag's, the tag opening its line.
    let tag_opens_next_line = |k: usize, no: usize| {
        is_tag_on(Some(k + 1), no + 1) && pieces.get(k + 1).is_some_and(|t| t.starts_line)
    };
    let beside_tag = pieces.iter().enumerate().find(|&(k, p)| {
        let after_tag = !p.starts_line && is_tag_on(k.checked_sub(1), p.no);
        let before_tag = p.starts_line && is_tag_on(Some(k + 1), p.no);
        let above_tag = p.starts_line && tag_opens_next_line(k, p.no);
        (after_tag || before_tag || above_tag) && p.kind == Kind::Value && is_date_alone(p.text)
    });
    let Some((k, date)) = beside_tag else { return };
    if taken.get(k).is_none_or(|t| *t) {
        return;
    }
    // The 公表日 read on its label's line, the line above the tag's.
    let published_at = proposals.iter().position(|(id, cell)| {
        *id == ItemId::CoverPublishedOn
            && !cell.displaced
            && matches!(cell.lines.as_slice(), [(no, _)] if no + 1 == date.no)
    });
    let Some(published_at) = published_at else {
        return;
    };
    let label_on = |id: ItemId, no: usize| {
        pieces
            .iter()
            .any(|p| p.no == no && p.kind == Kind::Label(id) && p.starts_line)
    };
    let Some(label_line) = date.no.checked_sub(1) else {
        return;
    };
    // The 承認日's label opening the line right above, no date on that line.
    let approval_alone = label_line.checked_sub(1).is_some_and(|above| {
        label_on(ItemId::CoverApprovalDate, above)
            && pieces
                .iter()
                .all(|p| p.no != above || dates_in(p.text).is_empty())
    });
    let approval_read = proposals
        .iter()
        .any(|(id, _)| *id == ItemId::CoverApprovalDate);
    if !label_on(ItemId::CoverPublishedOn, label_line) || !approval_alone || approval_read {
        return;
    }
    let Some((_, on_label)) = proposals.get(published_at) else {
        return;
    };
    let approved = day_alone(&on_label.texts().collect::<String>());
    let published = day_alone(date.text);
    let in_order = approved.zip(published).is_some_and(|(a, p)| a < p);
    if !in_order {
        return;
    }
    if let Some((id, cell)) = proposals.get_mut(published_at) {
        *id = ItemId::CoverApprovalDate;
        cell.displaced = true;
    }
    proposals.push((
        ItemId::CoverPublishedOn,
        cell(vec![(date.no, date.text.to_owned())], true),
    ));
    take(taken, k);
}

/// A prose item's value printed a line down, on the next label's line, where that label's own
/// value stands under it (`特記事項` / `評価実施機関名 架空の申請は窓口で受け付けている。` /
/// `架空庁長官`): the print moved one cell down a line. The cover's labels come one under
/// another (様式2–4 表紙): the 特記事項 (or the 宣言) alone on its line, right above the next
/// label, and a sentence beside that label which is not of its type (a body's name is no
/// sentence) while the line under it is, is the prose item's value. It is inferred. The line
/// under may itself open with a label whose value the print moved down the same way
/// ([`value_under`]: `特定個人情報保護委員会 承認日 架空庁長官`).
///
/// Reads the example above: 特記事項 `架空の申請は窓口で受け付けている。`. Refuses (the sentence
/// left unread) where the line under the next label is not of that label's type (the sentence
/// may be the first of its own value's lines, wrapped), where the prose item's label has
/// anything beside it or a line between it and the next label, and where the sentence fits the
/// next label.
fn prose_a_line_down(pieces: &[Piece], taken: &mut [bool], proposals: &mut Vec<(ItemId, Cell)>) {
    for (k, piece) in pieces.iter().enumerate() {
        let Kind::Label(prose) = piece.kind else {
            continue;
        };
        if !is_prose(prose) {
            continue;
        }
        let (Some(next_label), Some(ride), Some(under)) = (
            pieces.get(k + 1),
            pieces.get(k + 2),
            value_under(pieces, k + 3),
        ) else {
            continue;
        };
        let Kind::Label(next) = next_label.kind else {
            continue;
        };
        let alone = piece.starts_line && next_label.starts_line && next_label.no == piece.no + 1;
        let ride_beside = ride.kind == Kind::Value && !ride.starts_line && ride.no == next_label.no;
        let under_it = under.no == ride.no + 1;
        let free = |at: usize| taken.get(at).is_some_and(|t| !t);
        if !alone || !ride_beside || !under_it || !free(k + 2) {
            continue;
        }
        // (Asked only here, past the checks of the lines: the proposals grow with the cover.)
        if proposals.iter().any(|(id, _)| *id == prose) {
            continue;
        }
        if fits(next, ride.text) || !fits(prose, ride.text) || !fits(next, under.text) {
            continue;
        }
        proposals.push((prose, cell(vec![(ride.no, ride.text.to_owned())], true)));
        take(taken, k + 2);
    }
}

/// The value on the line that piece `at` opens: the piece itself where it is a value, or the
/// value beside the label it is where the print moved that value down a line onto the label's
/// line: a value not of the label's type (`特定個人情報保護委員会 承認日 架空市長`: a body's name
/// is no date). None where the line opens with neither.
fn value_under<'p, 't>(pieces: &'p [Piece<'t>], at: usize) -> Option<&'p Piece<'t>> {
    let first = pieces.get(at).filter(|p| p.starts_line)?;
    let Kind::Label(id) = first.kind else {
        return (first.kind == Kind::Value).then_some(first);
    };
    pieces
        .get(at + 1)
        .filter(|value| value.kind == Kind::Value && value.no == first.no && !fits(id, value.text))
}

/// A 評価書番号's cell with its full-width figures written as ASCII ones (`１２` → `12`): the
/// number is a number, which the report holds as the PPC's list writes it, whatever width the
/// text printed it in. (The text still holds the value as NFKC folds it, so the trace's lines
/// hold it.)
fn with_ascii_figures(mut number: Cell) -> Cell {
    for (_, text) in &mut number.lines {
        *text = text
            .chars()
            .map(|c| match crate::label::fold_char(c) {
                folded if folded.is_ascii_digit() => folded,
                _ => c,
            })
            .collect();
    }
    number
}

/// `proposals` without a 承認日 read from the lines under its label where the body read is a
/// 地方公共団体等's by its name ([`form::body_kind_of_name`]): the 承認日 is printed for 行政機関等
/// only (its label's 【行政機関等のみ】, 様式2–4 表紙), so a date on the line after the label is
/// another cell's (a 公表日 printed before its own label) and is not read; its lines are listed
/// as no value of the item. A date written beside the label, on its line, is the 承認日 as
/// written (validation judges it).
///
/// A date beside the label on such a cover is another cell's too where the 公表日's label
/// stands after it with no value of its own: the 公表日's, which a print set a line up, beside
/// the label of the row above (inferred). Where no 公表日 label follows, or the 公表日 has its
/// own value, the date beside the label is the 承認日 as written.
///
/// Drops `平成27年8月7日` on the line under the 承認日's label beside the body `架空市長`; keeps it
/// beside `架空労働大臣`, where no body was read, and where it stands on the label's line. Reads
/// `…承認日 【行政機関等のみ】 平成27年8月7日` / `公表日` / `[平成26年4月 様式3]` beside `架空市長` as
/// the 公表日; refuses it (the 承認日 as written) where `公表日 平成27年9月1日` follows.
fn no_approval_for_a_local_body(
    pieces: &[Piece],
    proposals: &mut Vec<(ItemId, Cell)>,
    unread: &mut Vec<(usize, UnreadReason)>,
) {
    let label_lines: Vec<usize> = pieces
        .iter()
        .filter(|p| p.kind == Kind::Label(ItemId::CoverApprovalDate))
        .map(|p| p.no)
        .collect();
    let local = proposals
        .iter()
        .any(|(id, cell)| *id == ItemId::CoverBody && names_local_body(cell));
    if !local {
        return;
    }
    // The 公表日's label after the 承認日's, holding no value of its own.
    let publication_label_after = pieces.iter().any(|p| {
        p.kind == Kind::Label(ItemId::CoverPublishedOn)
            && label_lines.first().is_some_and(|&label| p.no > label)
    });
    let publication_empty = publication_label_after
        && !proposals
            .iter()
            .any(|(id, _)| *id == ItemId::CoverPublishedOn);
    let mut kept = Vec::with_capacity(proposals.len());
    for (id, mut cell) in proposals.drain(..) {
        let beside_label = cell
            .lines
            .iter()
            .any(|(no, t)| !t.trim().is_empty() && label_lines.contains(no));
        if id == ItemId::CoverApprovalDate && !beside_label {
            for (no, _) in &cell.lines {
                unread.push((*no, UnreadReason::NotAValue));
            }
            continue;
        }
        if id == ItemId::CoverApprovalDate && publication_empty {
            cell.displaced = true;
            kept.push((ItemId::CoverPublishedOn, cell));
            continue;
        }
        kept.push((id, cell));
    }
    *proposals = kept;
}

/// Whether a 評価実施機関名's cell names a 地方公共団体等's body by its ending
/// ([`form::body_kind_of_name`]): its cover leaves the 承認日 empty (【行政機関等のみ】).
fn names_local_body(cell: &Cell) -> bool {
    form::body_kind_of_name(&cell.texts().collect::<String>())
        == Some(crate::report::BodyKind::LocalGovernment)
}

/// Whether the value `t` is an empty mark (`―`, `なし`): the item left empty, as the form
/// allows.
pub(super) fn is_empty_value(t: &str) -> bool {
    is_empty_mark(t) || squeezed(t) == "なし"
}

/// Marks piece `k` taken.
fn take(taken: &mut [bool], k: usize) {
    if let Some(t) = taken.get_mut(k) {
        *t = true;
    }
}

/// Rules 1 and 2: values beside or under their labels, and rows of labels over rows of values.
fn labelled(pieces: &[Piece], taken: &mut [bool], out: &mut Vec<(ItemId, Cell)>) {
    let mut k = 0;
    while let Some(piece) = pieces.get(k) {
        let Kind::Label(id) = piece.kind else {
            k += 1;
            continue;
        };
        // A row of labels: labels side by side, nothing after the last on the line.
        let row: Vec<ItemId> = pieces
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take_while(|p| p.no == piece.no)
            .map_while(|p| match p.kind {
                Kind::Label(id) => Some(id),
                _ => None,
            })
            .collect();
        let after_row = k + row.len();
        let row_ends_line = pieces.get(after_row).is_none_or(|p| p.no != piece.no);
        // The number's and the title's labels one under the other, the number and the title
        // after them: read as their row is.
        if let Some((number, title)) = stacked_number_then_title(pieces, k) {
            out.push((ItemId::CoverNumber, number));
            out.push((ItemId::CoverTitle, title.cell));
            for t in k + 2..title.end {
                take(taken, t);
            }
            k = title.end;
            continue;
        }
        if row.len() >= 2 && row_ends_line {
            let under = pieces
                .get(after_row)
                .filter(|p| p.kind == Kind::Value && p.starts_line);
            if let Some(under) = under {
                let values = row_values(&row, under.text);
                if !values.is_empty() {
                    take(taken, after_row);
                    for (id, value) in values {
                        let mut lines = vec![(under.no, value)];
                        // A title the line cut inside the form's name (`… 基礎項目評価` /
                        // `書`) runs on to the lines under it, as under its own label.
                        let mut next = after_row + 1;
                        while continues(id, &lines, pieces.get(next..).unwrap_or_default()) {
                            let Some(piece) = pieces.get(next) else { break };
                            if id == ItemId::CoverTitle && is_form_name(piece.text) {
                                // The form's whole name is a word of the title, apart (its
                                // line kept for the trace, as [`extend_title`] keeps it).
                                if let Some((_, last)) = lines.last_mut() {
                                    last.push(' ');
                                    last.push_str(piece.text.trim());
                                }
                                lines.push((piece.no, String::new()));
                            } else {
                                lines.push((piece.no, piece.text.to_owned()));
                            }
                            take(taken, next);
                            next += 1;
                        }
                        // A mark the 記載要領 appends to the 評価書名 (an ended 事務's
                        // 【…終了】, a draft's （案）) on the line under the title: the title's end,
                        // glued as printed.
                        if id == ItemId::CoverTitle && title_mark(pieces, next) == 1 {
                            if let Some(piece) = pieces.get(next) {
                                glue_to_last_line(&mut lines, piece);
                                take(taken, next);
                            }
                        }
                        out.push((id, cell(lines, false)));
                    }
                } else if let Some(title) = number_then_title(&row, pieces, after_row) {
                    out.push((
                        ItemId::CoverNumber,
                        cell(vec![(under.no, under.text.to_owned())], false),
                    ));
                    out.push((ItemId::CoverTitle, title.cell));
                    for t in after_row..title.end {
                        take(taken, t);
                    }
                    k = title.end;
                    continue;
                }
            }
            k = after_row;
            continue;
        }
        k += 1;
        let value_from = k;
        // The value beside the label, then (for a label that ends its line) under it.
        let mut lines: Vec<(usize, String)> = Vec::new();
        // Whether another cell's piece beside the label was passed: the value under it is
        // then inferred.
        let mut passed_beside = false;
        while let Some(next) = pieces.get(k) {
            let beside = next.no == piece.no;
            if beside && taken.get(k).is_some_and(|t| *t) {
                // (Beside the label but another cell's: [`form_name_rest_beside_label`].)
                k += 1;
                continue;
            }
            if beside && lines.is_empty() && body_beside_note(id, next, pieces.get(k + 1)) {
                passed_beside = true;
                k += 1;
                continue;
            }
            if beside && lines.is_empty() && id == ItemId::CoverSpecialNote {
                if let Some(declaration) = declaration_ending_in(out, next.text) {
                    glue_to_last_line(&mut declaration.lines, next);
                    declaration.displaced = true;
                    passed_beside = true;
                    take(taken, k);
                    k += 1;
                    continue;
                }
            }
            let under = lines.is_empty() && !beside && next.starts_line;
            let runs_on = !lines.is_empty()
                && next.starts_line
                && continues(id, &lines, pieces.get(k..).unwrap_or_default())
                && !(id == ItemId::CoverDeclaration && note_apart_after(&lines, pieces, k));
            if next.kind != Kind::Value || !(beside || under || runs_on) {
                break;
            }
            if lines.is_empty() && !fits(id, next.text) {
                // Another cell's value printed under or beside the label (a PDF text's drawing
                // order): left to the rules of its type.
                break;
            }
            take(taken, k);
            k += 1;
            if lines.is_empty() && is_empty_value(next.text) {
                break;
            }
            lines.push((next.no, next.text.to_owned()));
        }
        if id == ItemId::CoverTitle {
            // A title a run-together line split at its spaces (`空見台区` / `架空事務` /
            // `基礎項目評価書`) runs on to the piece that ends it, its words parted by a space
            // again.
            let more = title_rest(pieces, k, &lines);
            // (A draft's or an ended 事務's mark ends a title begun, never stands for one.)
            let more = if lines.is_empty() {
                more
            } else {
                more + title_mark(pieces, k + more)
            };
            extend_title(&mut lines, pieces.get(k..k + more).unwrap_or_default());
            for _ in 0..more {
                take(taken, k);
                k += 1;
            }
            if let Some(at) = form_name_rest_beside_label(pieces, k, &lines) {
                if let Some(piece) = pieces.get(at) {
                    take(taken, at);
                    // (The name's rest ends its word; the whole name is a word of its own,
                    // after the title's words with a space.)
                    if is_form_name(piece.text) {
                        extend_title(&mut lines, std::slice::from_ref(piece));
                    } else {
                        lines.push((piece.no, piece.text.to_owned()));
                    }
                }
            }
            // What stands under the label, never ends as a title and runs a sentence's
            // clauses over a wide line ([`super::walk::is_clause_line`]) is no title: another
            // cell printed there in drawing order (`架空市は、…において…` of the 宣言), left to
            // the rules of its type. (A title may be the 事務's name alone: `架空の事務`.)
            let joined: String = lines.iter().map(|(_, t)| t.as_str()).collect();
            let prose = lines
                .first()
                .is_some_and(|(_, t)| super::walk::is_clause_line(t));
            if prose && !ends_as_title(&joined) {
                for t in taken.iter_mut().take(k).skip(value_from) {
                    *t = false;
                }
                k = value_from;
                continue;
            }
        }
        if id == ItemId::CoverDeclaration {
            declaration_opened_above(pieces, value_from - 1, taken, &mut lines);
        }
        if id == ItemId::CoverSpecialNote {
            special_note_opened_above(pieces, value_from - 1, taken, &mut lines);
            if let Some(end) = note_end_beside_next_label(pieces, k, taken, &lines) {
                if let Some(piece) = pieces.get(end) {
                    glue_to_last_line(&mut lines, piece);
                    passed_beside = true;
                    take(taken, end);
                }
            }
        }
        if !lines.is_empty() {
            out.push((id, cell(lines, passed_beside)));
        }
    }
}

/// Appends `piece`, the end of a cell's last line drawn apart from it (beside the next label,
/// under a title), to that line, glued as printed; its own line is kept, empty, for the trace.
fn glue_to_last_line(lines: &mut Vec<(usize, String)>, piece: &Piece) {
    if let Some((_, last)) = lines.last_mut() {
        last.push_str(piece.text.trim());
    }
    lines.push((piece.no, String::new()));
}

/// Whether `t` holds at most one sentence: no full stop `。` but the ones that end it.
fn is_one_sentence(t: &str) -> bool {
    !t.trim_end().trim_end_matches('。').contains('。')
}

/// The 宣言 read so far in `read` where `tail`, beside the 特記事項's label, is its closing
/// words: the 宣言 ends in 「…宣言する。」 (様式2–4 表紙, [`DECLARATION_END`]) and the one read
/// stops short of them, while `tail` holds no sentence but them (the 宣言's last line drawn on
/// the next label's line, the 特記事項's row right under the 宣言's). None otherwise.
///
/// Reads `…保護に努めていることを` / `特記事項 宣言する。` → the 宣言 with its end; refuses
/// `特記事項 宣言する。` after a 宣言 that ended already, and `特記事項 架空の窓口で受け付けて
/// いる。` (no 宣言's end).
fn declaration_ending_in<'o>(read: &'o mut [(ItemId, Cell)], tail: &str) -> Option<&'o mut Cell> {
    if !ends_as_declaration(tail) || !is_one_sentence(tail) {
        return None;
    }
    let (_, declaration) = read
        .iter_mut()
        .find(|(id, _)| *id == ItemId::CoverDeclaration)?;
    let (_, last) = declaration.lines.last()?;
    (!ends_as_declaration(last)).then_some(declaration)
}

/// The piece that ends the 特記事項 read under its label (`lines`), drawn beside the next label
/// (the piece at `next`, a label opening the line right under the note's last): the note's last
/// line ends inside a sentence ([`super::fill::ends_sentence`]), and beside the next label stands
/// the rest of one sentence, ended by a full stop (`。`) and of no type of that label (a body's
/// name or a date holds no `。`). The 評価実施機関名's row comes right under the 特記事項's (様式2–4
/// 表紙), and a print that set the note's cell lower than its label put its last line there. As
/// [`declaration_ending_in`] reads the 宣言's end beside the 特記事項's label.
///
/// Reads `特記事項` / `架空の相談は、窓口の奥の相談` / `評価実施機関名 室で受けている。` → the note
/// with its end; refuses a note that ends its sentence (`…受けている。` / `評価実施機関名 架空の文。`:
/// the words beside the label are another cell's), words of two sentences or none ended beside
/// the label, and a body's name there (`評価実施機関名 架空市長`).
fn note_end_beside_next_label(
    pieces: &[Piece],
    next: usize,
    taken: &[bool],
    lines: &[(usize, String)],
) -> Option<usize> {
    let (last_no, last) = lines.last()?;
    let label = pieces.get(next)?;
    let Kind::Label(next_id) = label.kind else {
        return None;
    };
    let end = pieces.get(next + 1)?;
    let fits_end = !super::fill::ends_sentence(last)
        && label.starts_line
        && label.no == last_no + 1
        && end.kind == Kind::Value
        && end.no == label.no
        && taken.get(next + 1).is_some_and(|t| !t)
        && ends_with_full_stop(end.text)
        && is_one_sentence(end.text)
        && !fits(next_id, end.text);
    fits_end.then_some(next + 1)
}

/// Whether the piece at `at`, after the 宣言 read so far (`lines`), opens the 特記事項 printed
/// apart from its label: the 宣言 has ended in its closing words 「…宣言する。」
/// ([`ends_as_declaration`]), the cover prints the 特記事項's label once, holding nothing (a label
/// or the cover's end after it: the cover drawn labels first, or its values before its labels),
/// and that label does not stand right after the lines from `at` on (the first label or value of
/// a cover item's type after them is another: the body's name, `架空市長`). The 特記事項's cell
/// comes right after the 宣言's (様式2–4 表紙), so a paragraph there is the note, which
/// [`special_note_between`] then reads; the 宣言 stops at its closing words.
///
/// Reads `…宣言する。` / `架空の申請は窓口で受け付けている。` / `架空市長` / … / `特記事項` /
/// `評価実施機関名` → the 宣言 stops; refuses the same with `特記事項` right under the paragraph
/// (the paragraph is above the note's label: the 宣言's), a 特記事項's label holding a value, and
/// a 宣言 still inside its sentence.
fn note_apart_after(lines: &[(usize, String)], pieces: &[Piece], at: usize) -> bool {
    let ended = lines.last().is_some_and(|(_, t)| ends_as_declaration(t));
    let mut note_labels = pieces
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == Kind::Label(ItemId::CoverSpecialNote));
    let (Some((note, _)), None) = (note_labels.next(), note_labels.next()) else {
        return false;
    };
    let holds = pieces.get(note + 1).is_some_and(|p| p.kind == Kind::Value);
    let after = pieces
        .iter()
        .enumerate()
        .skip(at)
        .find(|(_, p)| matches!(p.kind, Kind::Label(_)) || typed_as(p.text).is_some());
    let note_right_after = after.is_some_and(|(k, _)| k == note);
    ended && !holds && !note_right_after
}

/// Whether `beside`, the piece beside the label of item `id` on its line, is the body's name
/// drawn a line up, with the label's own value under it (`特記事項 架空市長` / `架空の申請は窓口で
/// 受け付けている。` / `評価実施機関名`): the 評価実施機関名's row comes right under the
/// 特記事項's (様式2–4 表紙), and a print that set the two rows' values a line apart put the
/// body's name on the 特記事項's line. A body's name is no 特記事項 ([`typed_as`]), and the
/// sentence under it is (of no other item's type, no 宣言's end: the 宣言 stands above). The
/// name is left to its type's rule; the note read under the label is inferred.
///
/// Reads the example above; refuses a name beside the label with nothing under it, with a label
/// under it, and with the 宣言's closing words (`…宣言する。`) under it.
fn body_beside_note(id: ItemId, beside: &Piece, under: Option<&Piece>) -> bool {
    let Some(under) = under else { return false };
    id == ItemId::CoverSpecialNote
        && typed_as(beside.text) == Some(ItemId::CoverBody)
        && under.kind == Kind::Value
        && under.starts_line
        && under.no == beside.no + 1
        && fits(id, under.text)
        && !ends_as_declaration(under.text)
}

/// The 特記事項 read under its label (`lines`, the label piece `label`) with the entries the
/// print set above the label put back first, where the label stood beside the middle of a
/// bulleted list: the lines right above it, each a value taken by no item that opens with a
/// bullet ([`BULLETS`]), on the lines one after another up to the label, right under a line
/// that ends the 宣言 (「…宣言する。」, [`ends_as_declaration`]: the cell above the 特記事項 on
/// the cover, 様式2–4 表紙).
///
/// Reads `…を宣言する。` / `・架空の端末で入力する。` / `特記事項` / `・架空の書類を溶解する。` →
/// both entries; refuses entries above the label under anything but the 宣言's end (a line of
/// their own words, `架空の文`: whose they are is not shown), and a line above opened by no
/// bullet.
fn special_note_opened_above(
    pieces: &[Piece],
    label: usize,
    taken: &mut [bool],
    lines: &mut Vec<(usize, String)>,
) {
    let Some(label_piece) = pieces.get(label) else {
        return;
    };
    // The bulleted lines right above the label, nearest first.
    let mut above: Vec<usize> = Vec::new();
    let mut line_below = label_piece.no;
    let mut at = label;
    let top = loop {
        let Some(k) = at.checked_sub(1) else {
            return;
        };
        let Some(piece) = pieces.get(k) else {
            return;
        };
        let free = taken.get(k).is_some_and(|t| !t);
        let entry = free
            && piece.kind == Kind::Value
            && piece.starts_line
            && piece.no + 1 == line_below
            && piece.text.trim_start().starts_with(BULLETS);
        if !entry {
            break piece;
        }
        above.push(k);
        line_below = piece.no;
        at = k;
    };
    if above.is_empty() || top.no + 1 != line_below || !ends_as_declaration(top.text) {
        return;
    }
    let mut entries: Vec<(usize, String)> = Vec::with_capacity(above.len() + lines.len());
    for &k in above.iter().rev() {
        if let Some(piece) = pieces.get(k) {
            entries.push((piece.no, piece.text.to_owned()));
            take(taken, k);
        }
    }
    entries.append(lines);
    *lines = entries;
}

/// The 宣言 read under its label (`lines`, the label piece `label`) with its first lines put
/// back where the print set the label beside the middle of the value, so that the value's first
/// lines came out above it: the lines right above the label, each right above the next, taken by
/// no item, of no item's type and ending no sentence, up to one that opens as the 宣言 opens —
/// the 評価実施機関's name, then 「は、」 (様式2–4 表紙, the 記載要領's wording
/// 「○○は、…を宣言する。」) — where the value under the label does not open so itself.
///
/// Reads `架空市は、架空事務において特定個人情報ファイルを` / `個人のプライバシー等の権利利益の保護の宣言`
/// / `取り扱うにあたり…宣言する。` → the 宣言 from `架空市は、`, and the same with a second line
/// above the label (`架空市は、架空事務において` / `特定個人情報ファイルを` / label / …); refuses
/// lines above of which none names a body before 「は、」 (`架空事務の記録を`), a line between that
/// ends a sentence, and lines above a value that opens with the body itself (they are another
/// cell's).
fn declaration_opened_above(
    pieces: &[Piece],
    label: usize,
    taken: &mut [bool],
    lines: &mut Vec<(usize, String)>,
) {
    let (Some(label_piece), Some((_, first))) = (pieces.get(label), lines.first()) else {
        return;
    };
    if opens_with_body(first) {
        return;
    }
    // Up from the label, a line at a time, to the 宣言's opening.
    let mut run: Vec<usize> = Vec::new();
    let mut below_no = label_piece.no;
    let mut at = label;
    loop {
        let Some(above_at) = at.checked_sub(1) else {
            return;
        };
        let Some(above) = pieces.get(above_at) else {
            return;
        };
        let free = taken.get(above_at).is_some_and(|t| !t);
        let right_above =
            above.kind == Kind::Value && above.starts_line && above.no + 1 == below_no;
        let goes_on = !above.text.ends_with('。') && typed_as(above.text).is_none();
        if !(free && right_above && goes_on) {
            return;
        }
        run.push(above_at);
        if opens_with_body(above.text) {
            break;
        }
        below_no = above.no;
        at = above_at;
    }
    // (The run was gathered bottom up: the lines go back top down.)
    for &k in run.iter().rev() {
        take(taken, k);
    }
    let head = run
        .iter()
        .rev()
        .filter_map(|&k| pieces.get(k))
        .map(|p| (p.no, p.text.to_owned()));
    lines.splice(0..0, head);
}

/// The endings of the names a 宣言 may open with besides an executive's
/// ([`form::body_kind_of_name`]): the 宣言 names the body as the place or the office it heads
/// (`架空市は、`, `架空県は、`, `架空省は、`) as often as by its executive (`架空市長は、`). An
/// association or corporation that assesses (a 健康保険組合, a 共済組合 and their 連合会, a
/// 機構, a 協会, a 基金) is named as itself: `架空組合は、` (never `架空の場合は、`, whose last
/// character is the same).
const DECLARING_BODY_ENDINGS: [&str; 15] = [
    "市",
    "区",
    "町",
    "村",
    "都",
    "道",
    "府",
    "県",
    "省",
    "庁",
    "組合",
    "連合会",
    "機構",
    "協会",
    "基金",
];

/// Whether `t` opens as the 宣言 does: a body's name of at most [`BODY_CHARS`] characters
/// ([`form::body_kind_of_name`], or ending in one of [`DECLARING_BODY_ENDINGS`]) then 「は、」
/// (`架空市長は、…`, `架空市は、…`; not `架空事務の記録は、…`).
fn opens_with_body(t: &str) -> bool {
    t.split_once("は、")
        .is_some_and(|(head, _)| names_a_body(head))
}

/// Whether `t` is a body's name as a 宣言 or a 評価書名 opens with one: at most [`BODY_CHARS`]
/// characters ending as an executive's name does ([`form::body_kind_of_name`]) or in one of
/// [`DECLARING_BODY_ENDINGS`] (`架空市長`, `架空市`, `架空県`; not `架空事務の記録`).
fn names_a_body(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() <= BODY_CHARS
        && (form::body_kind_of_name(t).is_some()
            || DECLARING_BODY_ENDINGS
                .iter()
                .any(|ending| t.ends_with(ending)))
}

/// `lines` (a title's first line) with the words of `more` after its own, a space between, as
/// [`push_title`] writes a title joined from lines: the words on the first line, the last
/// piece's line on an empty line after it, for the trace.
fn extend_title(lines: &mut Vec<(usize, String)>, more: &[Piece]) {
    let Some((first_no, title)) = lines.first_mut() else {
        return;
    };
    let first_no = *first_no;
    for next in more {
        title.push(' ');
        title.push_str(next.text);
    }
    if let Some(last) = more.last().filter(|p| p.no != first_no) {
        lines.push((last.no, String::new()));
    }
}

/// The title after a row `評価書番号 評価書名` whose values a run-together line split into pieces:
/// the number alone (`pieces[at]`), then the title's pieces up to the one that ends it
/// ([`title_rest`]).
struct RowTitle {
    /// The title's cell (its words on the first line; the last piece's line for the trace).
    cell: Cell,
    /// The index of the piece after the title's last.
    end: usize,
}

/// [`RowTitle`] for `row` at `pieces[at]`, if the row is the number's and the title's, the
/// piece there a number alone and the pieces after it a title. Reads `評価書番号 評価書名` / `2` /
/// `見本村` / `架空事務` / `基礎項目評価書`; refuses `…` / `2` / `見本村` / `公表日` (no title ends).
fn number_then_title(row: &[ItemId], pieces: &[Piece], at: usize) -> Option<RowTitle> {
    if row != [ItemId::CoverNumber, ItemId::CoverTitle] {
        return None;
    }
    pieces.get(at).filter(|p| is_number(p.text))?;
    let first = pieces.get(at + 1).filter(|p| p.kind == Kind::Value)?;
    let mut lines = vec![(first.no, first.text.to_owned())];
    let more = match is_title(first.text) {
        true => 0,
        false => title_rest(pieces, at + 2, &lines),
    };
    if !is_title(first.text) && more == 0 {
        return None;
    }
    let more = more + title_mark(pieces, at + 2 + more);
    extend_title(
        &mut lines,
        pieces.get(at + 2..at + 2 + more).unwrap_or_default(),
    );
    Some(RowTitle {
        cell: cell(lines, false),
        end: at + 2 + more,
    })
}

/// The number's cell and the title's ([`RowTitle`]) under the number's and the title's labels
/// each alone on its line, one right under the other (`評価書番号` / `評価書名`, 様式2–4 表紙's
/// first two rows: a PDF text prints a row's labels and values apart), at `pieces[k]`: the
/// number alone on the next line and the title after it, as [`number_then_title`] reads them
/// after their row — or a title that is the
/// 事務's name alone (`…に関する事務`, the 記載要領's 評価書名 may be just that), one piece
/// before the next label or stop. Both are inferred (the labels' order placed them).
///
/// Reads `評価書番号` / `評価書名` / `4` / `架空手当に関する事務` / `個人のプライバシー等の権利利益の
/// 保護の宣言`; refuses the same with a label between the two (`評価書番号` / `公表日` /
/// `評価書名`), a first value that is no number alone, and a title piece that is a sentence or
/// runs on into another value (`架空手当に関する事務` / `架空町長`).
fn stacked_number_then_title(pieces: &[Piece], k: usize) -> Option<(Cell, RowTitle)> {
    let (number_label, title_label) = (pieces.get(k)?, pieces.get(k + 1)?);
    let alone =
        |p: &Piece, next: Option<&Piece>| p.starts_line && next.is_none_or(|n| n.no != p.no);
    let stacked = number_label.kind == Kind::Label(ItemId::CoverNumber)
        && title_label.kind == Kind::Label(ItemId::CoverTitle)
        && title_label.no == number_label.no + 1
        && alone(number_label, Some(title_label))
        && alone(title_label, pieces.get(k + 2));
    if !stacked {
        return None;
    }
    let row = [ItemId::CoverNumber, ItemId::CoverTitle];
    let number = pieces
        .get(k + 2)
        .filter(|p| p.kind == Kind::Value && p.starts_line)?;
    let number_cell = cell(vec![(number.no, number.text.to_owned())], true);
    if let Some(mut title) = number_then_title(&row, pieces, k + 2) {
        title.cell.displaced = true;
        return Some((number_cell, title));
    }
    let name = pieces
        .get(k + 3)
        .filter(|p| p.kind == Kind::Value && p.starts_line)?;
    let ends_cell = pieces.get(k + 4).is_none_or(|p| p.kind != Kind::Value);
    let affair_name = name.text.ends_with("事務") && !name.text.contains(['、', '。']);
    let title = RowTitle {
        cell: cell(vec![(name.no, name.text.to_owned())], true),
        end: k + 4,
    };
    (is_number(number.text) && affair_name && ends_cell).then_some((number_cell, title))
}

/// How many of the value pieces from `pieces[k]` on complete the title `lines` began (one line
/// that is no title yet) into one ending in 「評価書」 or 「評価書（案）」 ([`is_title`]), within
/// [`TITLE_PIECES`] pieces and before any label or stop; none when they do not. A title that
/// names its body and its 事務 but not its form (`架空町 架空手当に関する事務`: the 記載要領 asks
/// for the 事務's name, and many titles end there) is complete when the body's name
/// ([`names_a_body`]) is its first piece and the piece that ends in 「事務」 is the last before
/// the next label or stop, no sentence's marks (、。) in between.
///
/// Reads `空見台区` / `架空事務` / `基礎項目評価書` as one title, and `空見町` / `架空手当に関する事務`
/// / `公表日`; refuses `架空事務` / `空見町長` / `公表日` (no piece ends a title before the label),
/// `架空事務` / `空見町長` / `基礎項目評価書` (a body's name in between) and `空見町` /
/// `架空手当に関する事務` / `空見町は、…` (a value, not the cell's end, after the 事務).
fn title_rest(pieces: &[Piece], k: usize, lines: &[(usize, String)]) -> usize {
    let [(_, first)] = lines else {
        return 0;
    };
    if is_title(first) {
        return 0;
    }
    let mut title = first.clone();
    let ahead = pieces
        .get(k..)
        .unwrap_or_default()
        .iter()
        .take(TITLE_PIECES);
    for (taken, next) in ahead.enumerate() {
        // (A piece of another item's type, `架空町長`, is that item's: no title runs over it.)
        if next.kind != Kind::Value
            || typed_as(next.text).is_some_and(|id| id != ItemId::CoverTitle)
        {
            return 0;
        }
        title.push(' ');
        title.push_str(next.text);
        if is_title(&title) {
            return taken + 1;
        }
        let cell_ends = pieces
            .get(k + taken + 1)
            .is_none_or(|after| after.kind != Kind::Value);
        if cell_ends
            && names_a_body(first)
            && title.ends_with("事務")
            && !title.contains(['、', '。'])
        {
            return taken + 1;
        }
    }
    0
}

/// Whether `text` is an ended 事務's mark alone, `【令和6年3月31日 終了】` with a date that can be
/// read, as [`Cover::ended_on`](crate::report::Cover::ended_on) reads it in a title.
fn is_end_mark(text: &str) -> bool {
    let mark = text.trim();
    let alone = mark.starts_with('【') && mark.ends_with('】');
    let cover = crate::report::Cover {
        title: Some(mark.to_owned()),
        ..crate::report::Cover::default()
    };
    alone && matches!(cover.ended_on(), Ok(Some(_)))
}

/// How many value pieces from `pieces[k]` spell a mark the 記載要領 puts after a 評価書名: a
/// draft's 「（案）」 alone, its brackets parted from it (`(` / `案` / `)`, a page run together
/// and split at its spaces), or an ended 事務's 「【令和6年3月31日 終了】」 as one piece (the
/// title's last line wrapped before it; 記載要領, an older edition: domain README §10): the end
/// of the title before them. Reads `( 案 )` as
/// three pieces, `（案）` as one, `【平成30年3月31日 終了】`; refuses `(` / `案件` / `)`, `【終了】`
/// (no date) and `【令和6年3月31日 終了予定】`.
fn title_mark(pieces: &[Piece], k: usize) -> usize {
    if let Some(piece) = pieces.get(k).filter(|p| p.kind == Kind::Value) {
        if is_end_mark(piece.text) {
            return 1;
        }
    }
    let mut spelled = String::new();
    for (n, piece) in pieces.iter().skip(k).take(3).enumerate() {
        if piece.kind != Kind::Value {
            return 0;
        }
        spelled.push_str(piece.text);
        if squeeze(&spelled) == "(案)" {
            return n + 1;
        }
    }
    0
}

/// Whether the value `lines` of `id` read so far goes on to the line `rest` opens with: a
/// prose item runs on to the next label or stop, or to a value of another item's type
/// ([`typed_as`]: the cells after it printed in drawing order, `架空市長` / `令和2年4月1日`) but a
/// number's (a page run together parts `本庁舎の 1 か所で` at its spaces); a title that does not
/// end as a title does runs on where the lines under it end it ([`title_wraps`]).
fn continues(id: ItemId, lines: &[(usize, String)], rest: &[Piece]) -> bool {
    let Some(next) = rest.first() else {
        return false;
    };
    if id == ItemId::CoverDeclaration && ends_then_bullet(lines, next.text) {
        return false;
    }
    if is_prose(id) {
        return matches!(typed_as(next.text), None | Some(ItemId::CoverNumber));
    }
    match id {
        ItemId::CoverTitle => title_wraps(lines, rest) > 0,
        ItemId::CoverBody => body_wraps(lines, next),
        _ => false,
    }
}

/// Whether the 評価実施機関名 (様式2–4 表紙) read so far (`lines`, one line) is a body's name
/// wrapped in a narrow cell whose rest is `next`: the line names no body as it stands, and with
/// `next` (a value starting the line right under it) it is a body's name ([`typed_as`]). Reads
/// `架空市教育` / `委員会`; refuses `架空市長` / `架空課` (a name already) and `架空市教育` /
/// `令和6年4月1日`.
fn body_wraps(lines: &[(usize, String)], next: &Piece) -> bool {
    let [(no, read)] = lines else {
        return false;
    };
    let joined = format!("{}{}", read.trim(), next.text.trim());
    next.kind == Kind::Value
        && next.starts_line
        && next.no == no + 1
        && typed_as(read) != Some(ItemId::CoverBody)
        && typed_as(&joined) == Some(ItemId::CoverBody)
}

/// Whether the 宣言 read so far (`lines`) has ended as the form words it (「…宣言する。」,
/// [`ends_as_declaration`]; 様式2–4 表紙) and `next` opens with a bullet ([`BULLETS`]): a list's
/// entry, no sentence of the 宣言 — the 特記事項's, printed with its label amid its entries
/// ([`special_note_opened_above`]). Refused: a line after 「宣言する。」 opened by no bullet, a
/// bullet after a 宣言 still inside its sentence (`…措置を講じ` / `・…`).
fn ends_then_bullet(lines: &[(usize, String)], next: &str) -> bool {
    let ended = lines.last().is_some_and(|(_, t)| ends_as_declaration(t));
    ended && next.trim_start().starts_with(BULLETS)
}

/// How many of the lines `rest` opens with complete the title `lines` began, wrapped in its
/// words over a narrow cell: the next line ends as a title ends, or the last of them with the
/// rest of the form's name ([`wrapped_title`]), within [`TITLE_PIECES`] lines, each a value that
/// starts its line right under the one before and is of no other item's type; 0 where none ends
/// it, or the title read so far ends as a title already.
///
/// Reads `架空県 架空の支給に関す` / `る事務 基礎項目評価書` (one line), `架空町 架空の医療費` /
/// `助成に関する事務 基礎項目評価` / `書` (two), and `架空町 架空の事務` / (blank) /
/// `基礎項目評価書` (the form's whole name past one blank line); refuses `架空県 架空の支給に関す`
/// / `架空県知事` (a body's name: no title ends) and `架空町 架空の事務` / (blank) / `架空の給付`
/// (past a blank line, only the form's whole name).
fn title_wraps(lines: &[(usize, String)], rest: &[Piece]) -> usize {
    let Some((mut above, mut last)) = lines.last().map(|(no, t)| (*no, t.as_str())) else {
        return 0;
    };
    let read: String = lines.iter().map(|(_, t)| t.as_str()).collect();
    if ends_as_title(&read) {
        return 0;
    }
    let mut taken = 0;
    for next in rest.iter().take(TITLE_PIECES) {
        // (The form's whole name may stand past one line left blank: a cover that writes a
        // blank line after each of its lines.)
        let right_under = next.no == above + 1;
        let past_a_blank = taken == 0 && next.no == above + 2 && is_form_name(next.text);
        if next.kind != Kind::Value || !next.starts_line || !(right_under || past_a_blank) {
            return 0;
        }
        taken += 1;
        // (Over more lines than one, only a form's name cut in two shows a cell wrapped at its
        // width: `架空町` / `架空の事務` / `基礎項目評価書` is a title split at its spaces,
        // [`title_rest`].)
        let rest_of_name = wrapped_title(last, next.text).is_some();
        let ends = rest_of_name || ends_as_title(next.text);
        let cut = rest_of_name && !is_form_name(next.text);
        // (A first line that ends in a joining word goes on: `…の` / `架空の認定に関する事務` /
        // `基礎項目評価書` is a cell wrapped at its width, the form's name on a line of its own.)
        let joined_on = taken == 2 && ends_in_a_join(&read) && is_form_name(next.text);
        if cut || (taken == 1 && ends) || joined_on {
            return taken;
        }
        if typed_as(next.text).is_some() {
            return 0;
        }
        (above, last) = (next.no, next.text);
    }
    0
}

/// The index of the piece beside the next label that ends the title `lines` read so far, where the line cut
/// the title inside the form's name and the print set the rest on the next label's line, after
/// the label ([`wrapped_title`]): `pieces[k]` is a label that opens the line right under the
/// title's last, and the one piece after it on its line is the rest of 「評価書」 and nothing else.
/// Reads `架空市 架空事務 全項目評` / `個人のプライバシー等の権利利益の保護の宣言 価書`, the
/// form's whole name there under a title that lacks it (`架空市 架空事務` / `…の宣言
/// 全項目評価書`), and a word's end and the form's name under a title that ends in a joining
/// word ([`ends_in_a_join`]: `架空県 架空税の賦課に関する` / `…の宣言 事務 全項目評価書`); refuses a title already whole, a piece beside the label that is more than
/// the name's rest (`価書 架空市は、…`) and a label a line further down.
fn form_name_rest_beside_label(
    pieces: &[Piece],
    k: usize,
    lines: &[(usize, String)],
) -> Option<usize> {
    let (last_no, _) = lines.last()?;
    let read: String = lines.iter().map(|(_, t)| t.as_str()).collect();
    let label = pieces.get(k)?;
    let tail = pieces.get(k + 1)?;
    let label_right_under =
        matches!(label.kind, Kind::Label(_)) && label.starts_line && label.no == last_no + 1;
    let alone_beside = tail.kind == Kind::Value
        && tail.no == label.no
        && pieces.get(k + 2).is_none_or(|after| after.no != label.no);
    // (The rest of the form's name, or the whole name after a title that does not end in it,
    // or after a word's end where the title read ends in a joining word: `…に関する` /
    // `…の宣言 事務 全項目評価書`.)
    let word_then_name = tail
        .text
        .trim()
        .split_once(' ')
        .is_some_and(|(word, name)| {
            ends_in_a_join(&read)
                && word.chars().count() <= WRAPPED_TITLE_TAIL_CHARS
                && is_form_name(name)
        });
    let ends_title = wrapped_title(&read, tail.text).is_some()
        || (is_form_name(tail.text) && !is_title(&read))
        || word_then_name;
    (label_right_under && alone_beside && ends_title).then_some(k + 1)
}

/// Whether `t` is a form's name alone (`基礎項目評価書`): the end of a title a layout split off.
fn is_form_name(t: &str) -> bool {
    let t = squeeze(t);
    AssessmentKind::ALL
        .iter()
        .any(|kind| t == kind.document_name())
}

/// Whether `t`, printed under the label of `id`, can be its value by type: a number for the
/// 評価書番号, a date for the 公表日 and the 承認日 (an era's, or a day in figures alone as a
/// sheet prints it), no date or bare number for the other items.
fn fits(id: ItemId, t: &str) -> bool {
    // A section's heading is no cover item's value: another page's, printed beside the cover.
    if classify::is_section_heading(t) {
        return false;
    }
    // (An era's date anywhere in the cell, or a day in figures alone: `2017-03-31`.)
    let date = !dates_in(t).is_empty() || classify::short_date(t.trim()).is_some();
    match id {
        ItemId::CoverNumber => is_number(t),
        ItemId::CoverPublishedOn | ItemId::CoverApprovalDate => date,
        // (A name and its office: one character, `長`, names no body. A wide gap parts two
        // cells of a layout's line, `架空町長      架空条例第3条`: which is the body's is not
        // shown. A name is no sentence: `架空の記録は…管理している。` beside the label is
        // another cell's, a 特記事項 printed on the next label's line.)
        ItemId::CoverBody => {
            squeeze(t).chars().count() >= 2
                && !t.contains('。')
                && !t.contains(CELL_GAP)
                && !is_date_alone(t)
                && !is_number(t)
                && !is_title(t)
                && !holds_other_label(id, t)
        }
        // Prose is of no other item's type (`架空市長` under the 宣言's label is the body's).
        _ if is_prose(id) => typed_as(t).is_none(),
        // (A name or a title is words: `(2)` under the 評価書名's label is a page's marker.)
        _ => !is_date_alone(t) && !is_number(t) && t.chars().any(char::is_alphabetic),
    }
}

/// Whether `t` holds the label of a cover item other than `id` (a body's name never does): the
/// cover's cells run together with no space between them (`架空市長公表日令和`), where the value
/// ends is not shown, and it is not read.
fn holds_other_label(id: ItemId, t: &str) -> bool {
    let t = squeeze(t);
    ITEMS
        .iter()
        .filter(|other| **other != id)
        .any(|other| form::labels(*other).any(|label| t.contains(squeeze(label).as_str())))
}

/// The values of a row of labels on the line under it: tab cells one per label; else the
/// 評価書番号's leading digits and the rest for the 評価書名 (the one row the forms print so),
/// or the title and the number after it where a print set the number at the row's right: a
/// title ends in 「評価書」 or a bracketed mark after it ([`ends_as_title`]), never in figures,
/// so figures after a title's end are the number (`架空市 架空事務 重点項目評価書 8` → 8 and the
/// title; refuses `架空市 架空事務 8`, whose figures end no title).
fn row_values(row: &[ItemId], values: &str) -> Vec<(ItemId, String)> {
    let cells: Vec<&str> = values.split('\t').map(str::trim).collect();
    if cells.len() == row.len() {
        return row
            .iter()
            .zip(cells)
            .filter(|(_, v)| !v.is_empty())
            .map(|(id, v)| (*id, v.to_owned()))
            .collect();
    }
    if row == [ItemId::CoverNumber, ItemId::CoverTitle] {
        if let Some((number, title)) = leading_number(values) {
            return vec![
                (ItemId::CoverNumber, number.to_owned()),
                (ItemId::CoverTitle, title.to_owned()),
            ];
        }
        if let Some((title, number)) = values.trim().rsplit_once(char::is_whitespace) {
            if is_number(number) && ends_as_title(title) {
                return vec![
                    (ItemId::CoverNumber, number.to_owned()),
                    (ItemId::CoverTitle, title.trim().to_owned()),
                ];
            }
        }
    }
    // A 特記事項 left empty (`なし`, `－`) before the row's other values: the mark is its.
    if let Some((&ItemId::CoverSpecialNote, others)) = row.split_first() {
        if let Some((mark, rest)) = values.trim().split_once(char::is_whitespace) {
            if is_empty_value(mark) && !others.is_empty() {
                return row_values(others, rest.trim());
            }
        }
    }
    body_and_dates(row, values)
}

/// The values of the cover's row 評価実施機関名 / 承認日 / 公表日 (様式2–4 表紙, a row of
/// cells) on the line under it: the body's name, then each date alone, in the labels' order.
/// Where the row holds both dates' labels and the line one date, the body decides: the 承認日
/// is printed for 行政機関等 only (its label's 【行政機関等のみ】), so a 地方公共団体等's one date
/// is its 公表日, and a national body's one date is either (nothing read). A row of the two
/// dates alone takes the dates alone; a 特記事項 left empty (`なし`) before the row's other
/// values is the 特記事項's ([`row_values`]).
///
/// ```text
/// reads:   評価実施機関名 承認日 公表日 / 架空広域連合 令和6年4月1日 → 架空広域連合, 公表日 2024-04-01
/// refuses: 評価実施機関名 承認日 公表日 / 架空労働大臣 令和6年4月1日 → (承認日 or 公表日: neither)
/// ```
fn body_and_dates(row: &[ItemId], values: &str) -> Vec<(ItemId, String)> {
    // (A row of the two dates alone, the body's label on a row above, reads the dates alone.)
    let (with_body, date_labels) = match row.split_first() {
        Some((&ItemId::CoverBody, dates)) => (true, dates),
        _ => (false, row),
    };
    let is_date_label =
        |id: &ItemId| matches!(id, ItemId::CoverApprovalDate | ItemId::CoverPublishedOn);
    if date_labels.is_empty() || !date_labels.iter().all(is_date_label) {
        return Vec::new();
    }
    // The body's words run up to the first date; every word after it is a date.
    let words: Vec<&str> = values.split_whitespace().collect();
    let Some(first_date) = words.iter().position(|w| is_date_alone(w)) else {
        return Vec::new();
    };
    let (body, dates) = words.split_at(first_date);
    let body = body.join(" ");
    let body_fits = match with_body {
        true => typed_as(&body) == Some(ItemId::CoverBody),
        false => body.is_empty(),
    };
    if !body_fits || !dates.iter().all(|w| is_date_alone(w)) {
        return Vec::new();
    }
    let labels: Vec<ItemId> = if dates.len() == date_labels.len() {
        date_labels.to_vec()
    } else if dates.len() == 1
        && form::body_kind_of_name(&body) == Some(crate::report::BodyKind::LocalGovernment)
        && date_labels.contains(&ItemId::CoverPublishedOn)
    {
        vec![ItemId::CoverPublishedOn]
    } else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if with_body {
        out.push((ItemId::CoverBody, body));
    }
    for (id, date) in labels.into_iter().zip(dates) {
        out.push((id, (*date).to_owned()));
    }
    out
}

/// `12 架空事務 全項目評価書` → (`12`, `架空事務 全項目評価書`): a number of at most
/// [`NUMBER_DIGITS`] digits, a space or a tab (a table's cells), then the rest. Figures glued
/// to the rest are the number too where the rest's first word is a body's name
/// ([`names_a_body`]), as a title opens (`1架空市 架空事務 全項目評価書`, a print that lost the
/// space between the two cells); refused where it is not (`24時間 架空の窓口…`: the title's own
/// figures).
fn leading_number(text: &str) -> Option<(&str, &str)> {
    const SPACES: [char; 3] = [' ', '　', '\t'];
    if let Some((number, rest)) = text.split_once(SPACES) {
        if is_number(number) && !rest.trim().is_empty() {
            return Some((number, rest.trim()));
        }
    }
    let (at, _) = text
        .char_indices()
        .find(|&(_, c)| !fold_char(c).is_ascii_digit())?;
    let (number, rest) = text.split_at_checked(at)?;
    let first_word = rest.split(SPACES).next().unwrap_or(rest);
    let glued_title = first_word != rest && names_a_body(first_word);
    (is_number(number) && glued_title).then_some((number, rest.trim()))
}

/// Whether `t` is a 評価書番号: one to [`NUMBER_DIGITS`] digits, either width.
fn is_number(t: &str) -> bool {
    let n = t.chars().count();
    (1..=NUMBER_DIGITS).contains(&n) && t.chars().all(|c| fold_char(c).is_ascii_digit())
}

/// Whether `t` reads as a 評価書名: it ends in 「評価書」 or 「評価書（案）」 and names a 事務
/// or the form after something else (the form's name alone is no title).
pub(super) fn is_title(t: &str) -> bool {
    let s = squeeze(t);
    let s = s.strip_suffix("(案)").unwrap_or(&s);
    ends_as_title(s) && (s.contains("事務") || title_head(s).is_some())
}

/// The head of the title `t`, squeezed: the words before its form's name (`架空市 架空事務
/// 基礎項目評価書` → `架空市架空事務`, its （案） taken off first); `None` for a line that does not
/// end in a form's name, or is that name alone or after its bracket alone (`（ 基礎項目評価書`,
/// the piece of the form's heading `特定個人情報保護評価書（基礎項目評価書）` a page split at
/// its spaces).
pub(super) fn title_head(t: &str) -> Option<String> {
    let s = squeeze(t);
    let s = s.strip_suffix("(案)").unwrap_or(&s);
    AssessmentKind::ALL.iter().find_map(|kind| {
        s.strip_suffix(kind.document_name())
            .filter(|head| !head.trim_start_matches(['(', '[']).is_empty())
            .map(str::to_owned)
    })
}

/// Whether `t` ends with a full stop (`。`, `.`, `．`): the end of a sentence, which no line of
/// a title ends with.
fn ends_with_full_stop(t: &str) -> bool {
    t.trim_end().ends_with(['。', '.', '．'])
}

/// Whether `t` ends as a 評価書名 does: in 「評価書」, or in 「評価書」 and one bracketed mark
/// after it (`（案）`, `（素案）`, `【令和6年3月31日 終了】`).
pub(super) fn ends_as_title(t: &str) -> bool {
    let s = squeeze(t);
    s.get(..title_mark_at(&s)).unwrap_or(&s).ends_with("評価書")
}

/// Rule 3: values recognised by their type where their labels stand apart (each only where
/// one piece of the cover is of the type).
fn typed(pieces: &[Piece], taken: &mut [bool], out: &mut Vec<(ItemId, Cell)>) {
    let free: Vec<usize> = (0..pieces.len())
        .filter(|&k| {
            let free = taken.get(k).is_some_and(|t| !t);
            free && pieces.get(k).is_some_and(|p| p.kind == Kind::Value)
        })
        .collect();
    let mut found: Vec<(ItemId, Vec<usize>, Cell)> = Vec::new();
    let mut at = 0;
    while let Some(&k) = free.get(at) {
        at += 1;
        let Some(piece) = pieces.get(k) else { break };
        let t = piece.text;
        // The free pieces right after this one, on the lines after it.
        let after = |n: usize| {
            free.get(at + n)
                .filter(|&&m| m == k + 1 + n)
                .and_then(|&m| pieces.get(m))
        };
        // A title wrapped inside a word, the word's tail alone on the line between
        // (`…に関する事` / `務` / `全項目評価書`).
        if let (Some(tail), Some(name)) = (after(0), after(1)) {
            if wrapped_inside_a_word(t, tail.text, name.text) {
                at += 2;
                let joined = format!("{t}{} {}", tail.text, name.text);
                let ks = [(k, piece.no), (k + 1, tail.no), (k + 2, name.no)];
                push_title(&joined, &ks, &mut found);
                continue;
            }
        }
        // A title whose last word a layout split off or wrapped (`…重点項目評` / `価書`,
        // `架空事務` / `全項目評価書`).
        if let Some(next) = after(0) {
            // (Not the form's name after its heading's bracket: `（` / `基礎項目評価書`.)
            let joined = wrapped_title(t, next.text).or_else(|| {
                let joined = format!("{t} {}", next.text);
                (is_form_name(next.text) && !is_title(t) && is_title(&joined)).then_some(joined)
            });
            if let Some(joined) = joined {
                at += 1;
                let tail = [(k, piece.no), (k + 1, next.no)];
                if opens_as_a_tail(&joined) {
                    push_title_with_head_above(pieces, &free, at - 2, &tail, &mut found);
                } else {
                    push_title_under_body(pieces, &free, at - 2, &joined, &tail, &mut found);
                }
                continue;
            }
        }
        match typed_as(t) {
            // A title whose first words join a 事務's name to its subject (`関する事務 …評価書`)
            // is the tail of a title wrapped on the lines above: those lines are its head, or
            // it is no title (cut short).
            Some(ItemId::CoverTitle) if opens_as_a_tail(t) => {
                push_title_with_head_above(pieces, &free, at - 1, &[(k, piece.no)], &mut found);
            }
            Some(ItemId::CoverTitle) => {
                push_title_under_body(pieces, &free, at - 1, t, &[(k, piece.no)], &mut found);
            }
            Some(id) => found.push((id, vec![k], cell(vec![(piece.no, t.to_owned())], true))),
            None => {
                // Two days side by side: both candidates of the 公表日, which
                // [`approval_then_publication`] tells apart.
                for day in two_days_side_by_side(t).into_iter().flatten() {
                    let day = cell(vec![(piece.no, day.to_owned())], true);
                    found.push((ItemId::CoverPublishedOn, vec![k], day));
                }
            }
        }
    }
    mark_titles(pieces, &free, &mut found);
    // The 宣言: the run of pieces that ends in its closing words, none of them a piece another
    // item's type has read (a title wrapped before its form's name, right above the 宣言).
    let unclaimed: Vec<usize> = free
        .iter()
        .copied()
        .filter(|k| !found.iter().any(|(_, ks, _)| ks.contains(k)))
        .collect();
    if let Some((ks, declaration)) = declaration(pieces, &unclaimed) {
        found.push((ItemId::CoverDeclaration, ks, declaration));
    }
    let labelled_declaration_end = labelled_end(pieces, taken, out, ItemId::CoverDeclaration);
    if let Some((ks, note)) =
        special_note_between(pieces, &unclaimed, &found, labelled_declaration_end)
    {
        found.push((ItemId::CoverSpecialNote, ks, note));
    }
    approval_then_publication(pieces, &mut found);
    for id in ITEMS {
        if out.iter().any(|(i, _)| *i == id) {
            continue;
        }
        let mut of_id = found.iter().filter(|(i, _, _)| *i == id);
        if let (Some((_, ks, c)), None) = (of_id.next(), of_id.next()) {
            for &k in ks {
                take(taken, k);
            }
            out.push((id, c.clone()));
        }
    }
}

/// The index of the last piece of item `id`'s value that the labelled rule read (`read`, its
/// cells; `taken`, the pieces read): the last taken piece on the cell's last line.
fn labelled_end(
    pieces: &[Piece],
    taken: &[bool],
    read: &[(ItemId, Cell)],
    id: ItemId,
) -> Option<usize> {
    let (_, value) = read.iter().find(|(i, _)| *i == id)?;
    let (last_no, _) = value.lines.last()?;
    let on_last_line = |k: &usize| {
        let piece_there = pieces.get(*k).is_some_and(|p| p.no == *last_no);
        piece_there && taken.get(*k).is_some_and(|t| *t)
    };
    (0..pieces.len()).rev().find(on_last_line)
}

/// Gives each title the typed rule read the mark the 記載要領 appends to a 評価書名 where the
/// free pieces right after the title's last spell one ([`title_mark`]: a draft's `（案）`, an
/// ended 事務's `【…終了】`): a page run together and split at its spaces parts the mark from the
/// form's name (`架空市 架空事務 重点項目評価書 (案)`). The mark is glued to the title, as the
/// labelled rule glues a mark on the line under a title. Refuses pieces that spell no mark (`(` / `案件` / `)`) and pieces another item took.
fn mark_titles(pieces: &[Piece], free: &[usize], found: &mut [(ItemId, Vec<usize>, Cell)]) {
    // (The pieces every item read, the titles' own among them.)
    let mut claimed: Vec<usize> = Vec::new();
    for (_, ks, _) in found.iter() {
        claimed.extend_from_slice(ks);
    }
    for (id, ks, title) in found.iter_mut() {
        let Some(&last) = ks.last().filter(|_| *id == ItemId::CoverTitle) else {
            continue;
        };
        let marks: Vec<usize> = (last + 1..=last + title_mark(pieces, last + 1)).collect();
        let all_free = marks
            .iter()
            .all(|k| free.binary_search(k).is_ok() && !claimed.contains(k));
        if marks.is_empty() || !all_free {
            continue;
        }
        let Some((_, words)) = title.lines.first_mut() else {
            continue;
        };
        let mut lines_under = Vec::new();
        for &k in &marks {
            let Some(piece) = pieces.get(k) else { continue };
            words.push_str(piece.text.trim());
            // (The mark's line kept for the trace, as the labelled rule keeps it.)
            lines_under.push((piece.no, String::new()));
            ks.push(k);
        }
        title.lines.extend(lines_under);
    }
}

/// The 特記事項 of a cover drawn values first (its labels printed after all its values) or
/// labels first (all its labels before all its values): the lines between the 宣言's end (read
/// by its type, or under its label: `labelled_declaration_end`, [`note_apart_after`]) and the
/// body's name, or the first label after the 宣言 where the values stop before the labels, where
/// the 特記事項's label stands after them or before the 宣言. The form's cells come in one order
/// (様式2–4 表紙: the 宣言, the 特記事項, the 評価実施機関名), so what a print drew right after the
/// 宣言 and before the next cell is the 特記事項. Each line is free (`free`, taken by no item)
/// and of no item's type, one right under the other, and the last ends a sentence; where a label
/// ends the lines, the 特記事項's own label holds nothing under it (a value there is the note,
/// and the lines some other cell's).
///
/// A cover drawn from its foot up (the body's name above the 宣言, both read by their types)
/// gives the same cells in the other order: the lines between the body's name and the 宣言's
/// first line, no label between, are the 特記事項.
///
/// Reads `…宣言する。` / `架空の台帳は平時は作らない。` / `架空市長` / … / `特記事項` → the
/// note, the same with `評価実施機関名` in the body's place, the same lines under `特記事項` /
/// `評価実施機関名` / … printed above the values, and `架空市長` / `架空の台帳は平時は作らない。` /
/// `架空市は、…宣言する。` / … / `特記事項`; refuses the same where the 特記事項's label
/// stands right above the lines (the cover is in the form's order: they are its own) or holds a
/// line of its own, and where a line between is of another item's type or the last ends no
/// sentence.
fn special_note_between(
    pieces: &[Piece],
    free: &[usize],
    found: &[(ItemId, Vec<usize>, Cell)],
    labelled_declaration_end: Option<usize>,
) -> Option<(Vec<usize>, Cell)> {
    let only = |id: ItemId| {
        let mut of_id = found.iter().filter(|(i, _, _)| *i == id);
        match (of_id.next(), of_id.next()) {
            (Some((_, ks, _)), None) => ks.last().copied(),
            _ => None,
        }
    };
    let declaration_end = only(ItemId::CoverDeclaration).or(labelled_declaration_end)?;
    let body = only(ItemId::CoverBody)?;
    let is_label = |k: usize| {
        pieces
            .get(k)
            .is_some_and(|p| matches!(p.kind, Kind::Label(_)))
    };
    // The lines' first piece and the piece after their last: after the 宣言, or — a cover drawn
    // from its foot up, the body's name above the 宣言 (read by its type) — after the body.
    let declaration_start = found
        .iter()
        .find(|(id, _, _)| *id == ItemId::CoverDeclaration)
        .and_then(|(_, ks, _)| ks.first().copied());
    let (start, end, next_label) = match declaration_start {
        Some(first) if body < first => {
            if (body + 1..first).any(is_label) {
                return None;
            }
            (body + 1, first, Some(first))
        }
        _ => {
            let next_label = (declaration_end + 1..body).find(|&k| is_label(k));
            (declaration_end + 1, next_label.unwrap_or(body), next_label)
        }
    };
    // (After the lines, or before them in a cover drawn labels first.)
    let note_label = (0..pieces.len())
        .filter(|k| *k < start.min(declaration_end) || *k > end.max(declaration_end))
        .find(|&k| {
            pieces
                .get(k)
                .is_some_and(|p| p.kind == Kind::Label(ItemId::CoverSpecialNote))
        })?;
    // (Ended by a label or by the 宣言 drawn above them: the 特記事項's label holds nothing of
    // its own.)
    let note_label_holds = pieces
        .get(note_label + 1)
        .is_some_and(|p| p.kind == Kind::Value);
    if next_label.is_some() && note_label_holds {
        return None;
    }
    let between = pieces.get(start..end)?;
    if between.is_empty() {
        return None;
    }
    let mut line_above = pieces.get(start.checked_sub(1)?)?.no;
    for (k, piece) in (start..end).zip(between) {
        let one_under = piece.starts_line && piece.no == line_above + 1;
        // (`free` is in order: searched by halves, the pieces between may be many.)
        if free.binary_search(&k).is_err() || !one_under || typed_as(piece.text).is_some() {
            return None;
        }
        line_above = piece.no;
    }
    if !between.last().is_some_and(|p| ends_with_full_stop(p.text)) {
        return None;
    }
    let ks: Vec<usize> = (start..end).collect();
    let lines = between.iter().map(|p| (p.no, p.text.to_owned())).collect();
    Some((ks, cell(lines, true)))
}

/// Two dates alone on a cover that prints the 承認日's label, read apart from their labels: the
/// earlier is the 承認日 and the later the 公表日. A 行政機関等 publishes its 全項目評価書 once the
/// 委員会 has approved it (番号法 第28条: the 承認 of its 第2項, then the 公表 of its 第4項), so
/// the 承認日 comes first. `found`'s two 公表日 candidates (each a date alone, [`typed_as`]) are
/// then one of each; left as they are (two candidates, neither read) where the dates are the
/// same day (which line is which cannot be told, though either reading gives the same values:
/// the item stays empty rather than guessed), where the cover has no 承認日 label (a
/// 地方公共団体等's cover: a second date is some other cell's), or where a body of a 地方公共団体等
/// was found (its cover leaves the 承認日 empty).
///
/// Reads `平成27年6月19日` / `平成27年7月1日` under a cover with 「特定個人情報保護委員会 承認日」
/// → 承認日 2015-06-19, 公表日 2015-07-01; refuses the same lines under a cover without that
/// label, and `令和2年4月1日` twice.
fn approval_then_publication(pieces: &[Piece], found: &mut [(ItemId, Vec<usize>, Cell)]) {
    let prints_approval = pieces
        .iter()
        .any(|p| p.kind == Kind::Label(ItemId::CoverApprovalDate));
    let local_body = found
        .iter()
        .any(|(id, _, cell)| *id == ItemId::CoverBody && names_local_body(cell));
    if !prints_approval || local_body {
        return;
    }
    let mut dates = found
        .iter_mut()
        .filter(|(id, _, _)| *id == ItemId::CoverPublishedOn);
    let (Some(first), Some(second), None) = (dates.next(), dates.next(), dates.next()) else {
        return;
    };
    let day_of = |cell: &Cell| day_alone(&cell.texts().collect::<String>());
    let (Some(a), Some(b)) = (day_of(&first.2), day_of(&second.2)) else {
        return;
    };
    match a.cmp(&b) {
        std::cmp::Ordering::Less => first.0 = ItemId::CoverApprovalDate,
        std::cmp::Ordering::Greater => second.0 = ItemId::CoverApprovalDate,
        std::cmp::Ordering::Equal => {}
    }
}

/// The two dates of a line that holds two dates alone parted by white space and nothing else
/// (`令和7年1月24日 令和7年2月7日`): the 承認日's and the 公表日's cells of a row a print read
/// side by side. `None` for one date, three, or words beside them (`令和7年1月24日 架空市長`).
fn two_days_side_by_side(t: &str) -> Option<[&str; 2]> {
    let mut parts = t.split_whitespace();
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    (is_date_alone(a) && is_date_alone(b)).then_some([a, b])
}

/// The day `t` names, where it names one date and that a whole day (`令和3年1月6日`; not
/// `令和3年1月`, not two dates): the 承認日 and the 公表日 are compared by it.
fn day_alone(t: &str) -> Option<chrono::NaiveDate> {
    match dates_in(t).as_slice() {
        [crate::wareki::DateValue::Day(day)] => Some(day.to_naive()),
        _ => None,
    }
}

/// The cover item a value is by its type alone (rule 3): a number of at most [`NUMBER_DIGITS`]
/// digits the 評価書番号, a title the 評価書名, a short line ending as a body's name does
/// ([`form::body_kind_of_name`]) the 評価実施機関名, a date alone the 公表日; `None` for
/// anything else (prose: `架空市は、…を宣言する。`).
pub(super) fn typed_as(t: &str) -> Option<ItemId> {
    if is_number(t) {
        Some(ItemId::CoverNumber)
    } else if is_title(t) {
        Some(ItemId::CoverTitle)
    } else if t.chars().count() <= BODY_CHARS
        && form::body_kind_of_name(t).is_some()
        && !t.contains(['。', '、'])
    {
        Some(ItemId::CoverBody)
    } else if is_date_alone(t) {
        Some(ItemId::CoverPublishedOn)
    } else {
        None
    }
}

/// What follows a 様式 tag on its line (`[令和6年10月　様式2] 令和7年5月30日` → the date): a
/// PDF text may run the tag and the cell beside it together. A line without a tag is itself;
/// a tag alone leaves nothing, and so does a tag with a number alone after it (`[平成26年4月
/// 様式4] 1`): the tag stands at the page's edge, where the page's number is printed beside it.
fn after_tag(t: &str) -> &str {
    if !t.contains(TAG_WORD) {
        return t;
    }
    match t.split_once([']', '］']) {
        Some((tag, rest)) if tag.contains(TAG_WORD) && is_number(rest.trim()) => "",
        Some((tag, rest)) if tag.contains(TAG_WORD) => rest.trim(),
        _ if is_title_or_tag(t) => "",
        _ => t,
    }
}

/// A date alone ([`is_date_alone`]) before a 様式 tag on its line, and the tag: `令和7年5月30日
/// [令和6年10月　様式2]` → (the date, the tag), a PDF text running the cell beside the tag into
/// it as [`after_tag`] reads the other way round; `None` for a tag that opens its line, and for
/// words before it that are no date alone (`架空事務 基礎項目評価書 [平成26年4月 様式2]`).
fn date_before_tag(t: &str) -> Option<(&str, &str)> {
    let at = t.find(['[', '［'])?;
    let (before, tag) = (t.get(..at)?.trim(), t.get(at..)?.trim());
    (!before.is_empty() && is_date_alone(before) && names_a_form(tag)).then_some((before, tag))
}

/// The form's heading and a number after it on its line (`特定個人情報保護評価書（基礎項目評価書）
/// 3` → (the heading, `3`)): a print that sets the 評価書番号's cell a line up runs it into the
/// heading above its label, and the typed rule reads it as the number where no label holds one.
/// `None` for any other line, and for `1`: a cover is its report's first page, and a `1` beside
/// its heading may be the page's number as well (two readings: neither).
fn number_after_heading(t: &str) -> Option<(&str, &str)> {
    let rest = t.strip_prefix(crate::form::REPORT_TITLE)?.trim_start();
    let inside = rest.strip_prefix(['（', '('])?;
    let close = inside.find(['）', ')'])?;
    let form_named = is_form_name(inside.get(..close)?);
    let bracket = inside.get(close..)?.chars().next()?.len_utf8();
    let end = t.len() - inside.len() + close + bracket;
    let (heading, number) = (t.get(..end)?, t.get(end..)?.trim());
    let page_one = number.chars().map(fold_char).eq("1".chars());
    (form_named && is_number(number) && !page_one).then_some((heading, number))
}

/// A title piece (its number may lead it: `8 架空事務　基礎項目評価書`) from piece `first` to
/// piece `last` (each with its line), as a title and, where it leads, a number.
fn push_title(t: &str, parts: &[(usize, usize)], found: &mut Vec<(ItemId, Vec<usize>, Cell)>) {
    let (Some(&(_, first_no)), Some(&(_, last_no))) = (parts.first(), parts.last()) else {
        return;
    };
    let (number, title) = match leading_number(t) {
        Some((n, rest)) => (Some(n), rest),
        None => (None, t),
    };
    let ks: Vec<usize> = parts.iter().map(|&(k, _)| k).collect();
    if let Some(n) = number {
        let c = cell(vec![(first_no, n.to_owned())], true);
        found.push((ItemId::CoverNumber, ks.clone(), c));
    }
    let mut lines = vec![(first_no, title.to_owned())];
    if last_no != first_no {
        lines.push((last_no, String::new()));
    }
    found.push((ItemId::CoverTitle, ks, cell(lines, true)));
}

/// The words that join a 事務's name to its subject in a 評価書名 (様式2–4 表紙; the 事務 as
/// 特定個人情報ファイルを取り扱う事務 names it, `架空手当の支給に関する事務`),
/// which no title opens with: a line of a title that starts with one is a wrapped title's tail.
const TITLE_JOINS: [&str; 4] = ["関する", "係る", "関わる", "おける"];

/// Whether the words `t` end in one of [`TITLE_JOINS`] or in a particle (`の`, `に`, `及び`,
/// `並びに`): words that join a title's parts, which no title ends with (it ends in 「評価書」 or
/// a mark after it). `架空市 架空手当の支給に関する` → true; `架空市 架空手当の支給` → false.
fn ends_in_a_join(t: &str) -> bool {
    const PARTICLES: [&str; 4] = ["の", "に", "及び", "並びに"];
    let t = squeeze(t);
    TITLE_JOINS
        .iter()
        .chain(&PARTICLES)
        .any(|word| t.ends_with(word))
}

/// The rests of those joining words, and of 及び and 並びに, where a line breaks inside the
/// word (`…の支給に関` / `する事務`, `…の貸与及` / `び返還に関する事務`): kana that end a word and
/// open none, so that no title opens with them either.
const TITLE_JOIN_RESTS: [&str; 5] = ["する", "わる", "ける", "る", "び"];

/// Whether the title `t` opens with one of [`TITLE_JOINS`] (`関する事務 全項目評価書`) or with
/// the rest of a word cut by a line's end ([`TITLE_JOIN_RESTS`]: `する事務 全項目評価書`).
fn opens_as_a_tail(t: &str) -> bool {
    let t = squeeze(t);
    let opens_with = |word: &&str| t.starts_with(word);
    TITLE_JOINS.iter().any(opens_with) || TITLE_JOIN_RESTS.iter().any(opens_with)
}

/// Pushes onto `found` the title whose tail is the free pieces `tail` (a title that
/// [`opens_as_a_tail`]), with its head from the free pieces right above `free[at]`
/// ([`title_head_above`]); pushes nothing where there is no such head: the title was cut short,
/// and its tail alone is no title.
fn push_title_with_head_above(
    pieces: &[Piece],
    free: &[usize],
    at: usize,
    tail: &[(usize, usize)],
    found: &mut Vec<(ItemId, Vec<usize>, Cell)>,
) {
    let mut parts = title_head_above(pieces, free, at);
    if parts.is_empty() {
        return;
    }
    parts.extend_from_slice(tail);
    push_title(&title_words(pieces, &parts), &parts, found);
}

/// The words of a title wrapped over the pieces `parts`: the body's name, the 事務's and the
/// form's name apart, as the title prints them (`架空県 架空金の支給に関する事務 重点項目評価書`),
/// the lines a word or phrase wrapped over joined.
fn title_words(pieces: &[Piece], parts: &[(usize, usize)]) -> String {
    let mut words = String::new();
    let mut after_body = false;
    for &(m, _) in parts {
        let text = pieces.get(m).map_or("", |p| p.text.trim());
        if !words.is_empty() && (after_body || is_form_name(text)) {
            words.push(' ');
        }
        words.push_str(text);
        after_body = names_a_body(text);
    }
    words
}

/// The title `t` of the free pieces `parts` (from `free[at]` on), with the body's name it opens
/// with where that stands on the line right above ([`body_above_title`]); no title where the
/// line above may be either the title's head or the 評価実施機関名.
fn push_title_under_body(
    pieces: &[Piece],
    free: &[usize],
    at: usize,
    t: &str,
    parts: &[(usize, usize)],
    found: &mut Vec<(ItemId, Vec<usize>, Cell)>,
) {
    match body_above_title(pieces, free, at, t) {
        TitleHead::None => push_title(t, parts, found),
        TitleHead::Body(head) => {
            // The body's name and the lines the 事務's name wrapped over; the title's own line
            // goes on the last of those lines, or after the body's name alone, a word apart.
            let mut words = title_words(pieces, &head);
            let body_alone = match head.as_slice() {
                [(k, _)] => pieces.get(*k).is_some_and(|p| names_a_body(p.text.trim())),
                _ => false,
            };
            if body_alone {
                words.push(' ');
            }
            words.push_str(t);
            let mut with_head = head;
            with_head.extend_from_slice(parts);
            push_title(&words, &with_head, found);
        }
        TitleHead::Either => {}
    }
}

/// What stands on the line right above a title that opens with no body's name
/// ([`body_above_title`]).
#[derive(Debug, Clone, PartialEq, Eq)]
enum TitleHead {
    /// No body's name: the title is whole.
    None,
    /// The body's name the title opens with and the lines the title wrapped over after it
    /// (each piece and its line).
    Body(Vec<(usize, usize)>),
    /// A body that both heads a title and is a 評価実施機関名 (`架空市教育委員会`), or lines
    /// that may be the title's head under no body's name: two readings, so neither.
    Either,
}

/// The body's name a title opens with, printed on the line right above the rest of it where a
/// narrow cell or a page split at its spaces parted them (`架空市` / `架空事務 全項目評価書`): the
/// free piece right above `free[at]`, a body's name ([`names_a_body`]) of no item's type, above
/// a title `title` that opens with no body's name of its own (a 評価書名 names its body first,
/// 記載要領 表紙). Between the two may stand the lines a long 事務's name wrapped over, up to
/// [`TITLE_PIECES`] of them (`架空市` / `架空税、架空` / `保険料の賦課に関する事務 全項目評価書`),
/// each of no item's type and ending no sentence, right one under the other. An office
/// holder's name there (`架空市長`, `架空県知事`, `架空大臣`: [`form::names_an_office_holder`]) is
/// the 評価実施機関名 and no title's head; the name of a body that is its own executive
/// (`架空市教育委員会`, `架空広域連合`) may be either.
///
/// Reads `架空市` above `架空事務 全項目評価書`, and above `架空税、架空` above it; refuses
/// `架空市長` above it (the 評価実施機関名), a body's name with a blank line or a sentence
/// (`架空の事務を行う。`) between, and any piece above `架空市 架空事務 全項目評価書`; reads
/// neither for `架空市教育委員会` above it, nor under lines that may be the title's head with
/// no body's name over them (`架空会` / `架空金の支` / `払に関する事務 全項目評価書`: the
/// title may open on any of them).
fn body_above_title(pieces: &[Piece], free: &[usize], at: usize, title: &str) -> TitleHead {
    let first_word = title.split_whitespace().next().unwrap_or(title);
    if names_a_body(first_word) {
        return TitleHead::None;
    }
    let Some(&below) = free.get(at) else {
        return TitleHead::None;
    };
    let mut want = below;
    let mut wrapped: Vec<(usize, usize)> = Vec::new();
    for back in 1..=(TITLE_PIECES + 1).min(at) {
        let Some(&above) = free.get(at - back) else {
            break;
        };
        let Some(piece) = pieces.get(above).filter(|_| above + 1 == want) else {
            break;
        };
        let t = piece.text.trim();
        if names_a_body(t) {
            let mut head = vec![(above, piece.no)];
            head.extend(wrapped.iter().rev());
            return match typed_as(t) {
                None => TitleHead::Body(head),
                Some(ItemId::CoverBody) if !form::names_an_office_holder(t) => TitleHead::Either,
                Some(_) => TitleHead::None,
            };
        }
        if opens_as_a_title(t) {
            let mut head = vec![(above, piece.no)];
            head.extend(wrapped.iter().rev());
            return TitleHead::Body(head);
        }
        let wraps = !t.is_empty() && typed_as(t).is_none() && !ends_with_full_stop(t);
        if !wraps || wrapped.len() == TITLE_PIECES {
            break;
        }
        wrapped.push((above, piece.no));
        want = above;
    }
    // Lines right above that may be the title's head, under no body's name — or one such line
    // a blank line above, in a cover spaced a blank line a line: the title may open there or on
    // its own line.
    match wrapped.is_empty() && !head_a_blank_line_above(pieces, free, at) {
        true => TitleHead::None,
        false => TitleHead::Either,
    }
}

/// Whether the free piece above `free[at]` stands a blank line above it and may be the head of
/// a title wrapped there, in a cover that sets a blank line after each line (a blank line above
/// that piece too, or none at all): of no item's type, no empty mark, ending no sentence
/// ([`body_above_title`]), or a body's name that may head a title (no office holder's). Reads
/// `架空機構法による架空の貸` / (blank) / `与に関する事務 基礎項目評価書` (the title may open on
/// either line), and `独立行政法人架空機構法による学資の貸` there; refuses `架空機構は、…宣言する。`
/// there (a sentence ends), `1` (a 評価書番号), `なし`, `架空市長` (the 評価実施機関名) and a piece
/// with no blank line between.
fn head_a_blank_line_above(pieces: &[Piece], free: &[usize], at: usize) -> bool {
    let (Some(&below), Some(&above)) = (free.get(at), at.checked_sub(1).and_then(|a| free.get(a)))
    else {
        return false;
    };
    let blank_between = above + 2 == below && pieces.get(above + 1).is_some_and(is_blank);
    let blank_over = above
        .checked_sub(1)
        .is_none_or(|k| pieces.get(k).is_some_and(is_blank));
    let Some(t) = pieces.get(above).map(|p| p.text.trim()) else {
        return false;
    };
    // (A body that may head a title — no office holder's name — as [`body_above_title`] takes
    // one right above: `独立行政法人架空機構法による架空の貸` reads as an 独立行政法人's name.)
    let may_head = match typed_as(t) {
        None => true,
        Some(ItemId::CoverBody) => !form::names_an_office_holder(t),
        Some(_) => false,
    };
    blank_between
        && blank_over
        && !t.is_empty()
        && may_head
        && !is_empty_value(t)
        && !ends_with_full_stop(t)
}

/// Whether `t` is the first line of a title wrapped before its end: the body's name, a space,
/// and the head of the 事務's name (a 評価書名 names its body, then its 事務, 記載要領 表紙), of
/// no item's type, ending no sentence and no title (`架空組合 架空の資格の管理及び`). Refuses an
/// office holder's name first (`架空市長 架空の記録`: the 評価実施機関名 beside another cell),
/// a body's name alone, and a line that names no body first (`架空の資格の管理及び`).
fn opens_as_a_title(t: &str) -> bool {
    let Some((first, rest)) = t.trim().split_once(char::is_whitespace) else {
        return false;
    };
    names_a_body(first)
        && !form::names_an_office_holder(first)
        && !rest.trim().is_empty()
        && typed_as(t).is_none()
        && !ends_with_full_stop(t)
        && !is_title(t)
}

/// The head of a title wrapped over the free pieces right above the free piece `free[at]`, in
/// order (each as its index and line): the pieces on the lines just above it, each of no
/// item's type and ending no sentence, at most [`TITLE_PIECES`] of them, up to one that is
/// another item's value, ends a sentence, or stands apart. Reads `架空市 架空手当の資格管理と` /
/// `支給の申請受付に` above `関する事務 全項目評価書`; refuses (none) where the piece above is a
/// number, a date, a body's name or a sentence's end (`…宣言する。`).
fn title_head_above(pieces: &[Piece], free: &[usize], at: usize) -> Vec<(usize, usize)> {
    let mut head = Vec::new();
    let Some(&below) = free.get(at) else {
        return head;
    };
    let mut want = below;
    for back in 1..=TITLE_PIECES.min(at) {
        let Some(&k) = free.get(at - back) else { break };
        let Some(piece) = pieces.get(k) else { break };
        let t = piece.text.trim();
        let part_of_it =
            k + 1 == want && !t.is_empty() && typed_as(t).is_none() && !ends_with_full_stop(t);
        if !part_of_it {
            break;
        }
        head.push((k, piece.no));
        want = k;
    }
    head.reverse();
    head
}

/// Whether `head`, `tail` and `name`, three pieces one after the other, are a title wrapped
/// inside a word: the form's name alone (`全項目評価書`), the word's tail before it of at most
/// [`WRAPPED_TITLE_TAIL_CHARS`] characters (`務`), and a head that is of no other item's type and
/// ends no sentence (`架空手当の支給に関する事`). Refuses a head that is a title itself, a body's
/// name, a date or a sentence's end (`…を宣言する。` / `務` / `全項目評価書`: the tail is no word
/// of it), and a tail longer than a word's (`架空事務`: a title's own head).
fn wrapped_inside_a_word(head: &str, tail: &str, name: &str) -> bool {
    let short = tail.chars().count() <= WRAPPED_TITLE_TAIL_CHARS;
    short
        && is_form_name(name)
        && !is_title(head)
        && !is_title(tail)
        && typed_as(head).is_none()
        && typed_as(tail).is_none()
        && !ends_with_full_stop(head)
}

/// `t` joined with the line after it when `t` is a title cut inside the form's name
/// (`…事務　重点項目評` / `価書`): the next line is the rest of 「評価書」 and nothing else but a
/// title's mark after it ([`title_mark_at`]: `…全項目評価` / `書（案）`, a draft's, where the rest
/// is 「評価書」's own tail). (A next line that is the form's whole name, `架空事務` /
/// `全項目評価書`, is a word of its own, joined with a space by [`typed`].) Refuses a next line
/// with other words before the mark (`書 架空（案）`), and a mark after more of the form's name
/// than 「評価書」 (`…全` / `項目評価書（案）`).
fn wrapped_title(t: &str, next: &str) -> Option<String> {
    if is_title(t) || next.is_empty() {
        return None;
    }
    let rest = next.get(..title_mark_at(next)).unwrap_or(next).trim_end();
    // (With a mark, only 「評価書」's own tail: `…全` / `項目評価書（案）` may as well be a
    // heading's words folded at a width, `SUMMARY:意見募集：…全`, as a title's cell.)
    let marked = rest.len() < next.trim_end().len();
    if rest.is_empty() || (marked && !"評価書".ends_with(rest)) {
        return None;
    }
    let joined = format!("{t}{rest}");
    let name_ends = AssessmentKind::ALL
        .iter()
        .map(|kind| kind.document_name())
        .any(|name| joined.ends_with(name) && name.ends_with(rest) && rest.len() < name.len());
    name_ends.then(|| format!("{t}{next}"))
}

/// Where the mark a title may end in (`（案）`, `(素案)`, `【令和6年3月31日 終了】`: one bracketed
/// run at the end, [`ends_as_title`]'s and [`wrapped_title`]'s) opens in `t`; the length of `t`
/// without its trailing spaces where it ends in none.
fn title_mark_at(t: &str) -> usize {
    let t = t.trim_end();
    let opener: &[char] = match t.chars().next_back() {
        Some('）' | ')') => &['（', '('],
        Some('】') => &['【'],
        _ => return t.len(),
    };
    t.rfind(opener).unwrap_or(t.len())
}

/// Whether `t` is a date and little else (`令和6年4月1日`, `公表 令和6年4月1日`).
fn is_date_alone(t: &str) -> bool {
    let dates = dates_in(t);
    let [date] = dates.as_slice() else {
        return false;
    };
    squeezed(t).len() <= squeezed(&date.to_string()).len() + DATE_WORDS_CHARS
        && !t.contains(TAG_WORD)
}

/// The 宣言 printed apart from its label: the run of free pieces, each starting its line on
/// the line after the one before, that ends with a piece ending in [`DECLARATION_END`] (or two
/// that a narrow cell wrapped inside it, [`ends_wrapped`]); it starts after a piece that ends a
/// sentence, is not the line before, or is a value of another item's type ([`typed_as`]).
fn declaration(pieces: &[Piece], free: &[usize]) -> Option<(Vec<usize>, Cell)> {
    let text = |at: usize| free.get(at).and_then(|&k| pieces.get(k));
    let end = (0..free.len()).find_map(|at| {
        let piece = text(at)?;
        if piece.text.ends_with(DECLARATION_END) {
            return Some(at);
        }
        let next = text(at + 1)?;
        ends_wrapped(piece, next).then_some(at + 1)
    })?;
    let mut start = end;
    while start > 0 && continues_declaration(pieces, free, start, 1) {
        start -= 1;
    }
    // A 宣言 that does not open as one (`…個人のプライバ` / blank / `シー等の…を宣言する。`) may
    // be a text with a blank line after every line: its start is up the lines it wrapped over,
    // past one blank line each, where it opens with the body's name.
    if !text(start).is_some_and(|p| opens_with_body(p.text)) {
        let mut up = start;
        while up > 0 && continues_declaration(pieces, free, up, 2) {
            up -= 1;
            if text(up).is_some_and(|p| opens_with_body(p.text)) {
                start = up;
                break;
            }
        }
    }
    if !text(start).is_some_and(|p| opens_with_body(p.text)) {
        start = opened_under_label(pieces, free, start).unwrap_or(start);
    }
    let ks: Vec<usize> = free.get(start..=end)?.to_vec();
    let lines = ks
        .iter()
        .filter_map(|&k| pieces.get(k))
        .map(|p| (p.no, p.text.to_owned()))
        .collect();
    Some((ks, cell(lines, true)))
}

/// Whether the pieces `line` and `next` end the 宣言 wrapped inside its closing words: `line`
/// ends with their head and `next`, starting the line right under it, is their rest and
/// nothing else (`…取り組むことを宣言す` / `る。`: [`DECLARATION_END`] cut by a narrow cell).
/// Refuses a rest with more after it (`る。架空の文`) and a `next` on a line further down.
fn ends_wrapped(line: &Piece, next: &Piece) -> bool {
    let rest = next.text.trim();
    let head_len = DECLARATION_END.len().saturating_sub(rest.len());
    let head = DECLARATION_END.get(..head_len).unwrap_or_default();
    next.starts_line
        && next.no == line.no + 1
        && !rest.is_empty()
        && !head.is_empty()
        && DECLARATION_END.ends_with(rest)
        && line.text.trim_end().ends_with(head)
}

/// The start of a 宣言 of several sentences whose first sentence ended at a line's end
/// (`架空町は、…について、` / `…処分している。` / `こうした取組を…宣言する。`), read up from
/// `free[start]` (the last sentence's first line): the free line right under the 宣言's label
/// — or right under the title, on a cover drawn values first — that opens as the 宣言 opens,
/// the body's name then 「は、」 (様式2–4 表紙: the 宣言's cell stands under its label, and
/// under the 評価書名's; the 記載要領's wording 「○○は、…を宣言する。」), with every line
/// between it and the last sentence right under the one before, each of no other item's type.
///
/// Reads the example above under `個人のプライバシー等の権利利益の保護の宣言`, or under
/// `架空町 架空事務 基礎項目評価書`, → the 宣言 from `架空町は、`; refuses where the line
/// opening with the body is under neither (`特記事項` above it: the sentences above the last
/// may be that cell's), and where a line between is another item's value or a line apart.
fn opened_under_label(pieces: &[Piece], free: &[usize], start: usize) -> Option<usize> {
    let mut up = start;
    while let Some(above_at) = up.checked_sub(1) {
        let above = pieces.get(*free.get(above_at)?)?;
        let here = pieces.get(*free.get(up)?)?;
        if !here.starts_line || here.no != above.no + 1 || typed_as(above.text).is_some() {
            return None;
        }
        up = above_at;
        if above.starts_line && opens_with_body(above.text) {
            // Right under the 宣言's label, or right under the title where the cover is drawn
            // values first (the 評価書名's cell stands right above the 宣言's).
            let under_label = pieces.iter().any(|p| {
                let label = p.kind == Kind::Label(ItemId::CoverDeclaration);
                let title = p.kind == Kind::Value && is_title(p.text);
                (label || title) && p.no + 1 == above.no
            });
            return under_label.then_some(up);
        }
    }
    None
}

/// Whether the free piece `free[at]` goes on the 宣言 of the free piece above it: it starts its
/// line at most `apart` lines below the line of the piece above (1: right under it; 2: past
/// one blank line, no piece between), and the piece above ends no sentence and is no value of
/// another item's type (`7` / `架空事務評価書` above the 宣言 are those items').
fn continues_declaration(pieces: &[Piece], free: &[usize], at: usize, apart: usize) -> bool {
    let (Some(&k_above), Some(&k)) = (at.checked_sub(1).and_then(|a| free.get(a)), free.get(at))
    else {
        return false;
    };
    let (Some(above), Some(here)) = (pieces.get(k_above), pieces.get(k)) else {
        return false;
    };
    // (Past a line between them, only blank lines: no piece of another line.)
    let gap = here.no.saturating_sub(above.no);
    let between_blank = gap == 1
        || pieces
            .get(k_above + 1..k)
            .is_some_and(|between| between.iter().all(|p| p.text.is_empty()));
    (1..=apart).contains(&gap)
        && between_blank
        && here.starts_line
        && !above.text.ends_with('。')
        && typed_as(above.text).is_none()
}

/// Rule 4: the 様式 tag (`[令和６年10月　様式２]`), read by the cover item's type. Its line is
/// used up but where it is one of `left` (sorted), the lines holding a value no rule read (a
/// cell run on after the tag): that line stays unread, with its reason.
fn tag(cover: &[&Line], arbiter: &mut Arbiter, used: &mut Vec<usize>, left: &[usize]) {
    for line in cover {
        let Some(tag) = tag_in(line.text.trim()) else {
            continue;
        };
        let outcome = arbiter.propose(Proposal {
            rule: "cover.tag",
            item: ItemId::CoverFormVersion,
            indices: Vec::new(),
            cell: cell(vec![(line.no, tag.to_owned())], false),
        });
        // (A value beside the tag that no rule read leaves its line unread.)
        if matches!(outcome, super::arbiter::Outcome::Filled(_)) {
            if left.binary_search(&line.no).is_err() {
                used.push(line.no);
            }
            return;
        }
    }
}

/// The 様式 tag in a line: the line itself when it is short and names a 様式 (`令和6年10月　様式2`,
/// unbracketed), else a bracketed `[…様式N]` anywhere in it (a PDF text may run the tag into
/// the cells beside it).
fn tag_in(t: &str) -> Option<&str> {
    if names_a_form(t) && t.chars().count() <= TAG_LINE_CHARS {
        return Some(t);
    }
    let at = t.find(TAG_WORD)?;
    let open = t.get(..at)?.rfind(['[', '［'])?;
    let rest = t.get(at..)?;
    let close = rest.find([']', '］'])?;
    let bracket = rest.get(close..)?.chars().next()?;
    t.get(open..at + close + bracket.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Shape, Trace, UnreadReason};
    use crate::report::Report;

    #[test]
    fn a_label_s_rest_opening_the_value_s_line_is_the_label_s() {
        assert_eq!(
            after_wrapped_label("評 価 実 施 機 関", "名 架空市長"),
            Some((ItemId::CoverBody, "架空市長"))
        );
        // Refuses the rest alone (a label wrapped whole, which the shape stage joins, or words
        // a line apiece, as an OCR engine's word boxes give them), the rest run into the value,
        // and words that complete no label.
        assert_eq!(after_wrapped_label("評価実施機関", "名"), None);
        assert_eq!(after_wrapped_label("評価実施機関", "名張市長"), None);
        assert_eq!(after_wrapped_label("評価実施機関", "長 架空市長"), None);
        let (report, _) = cover_of("評価実施機関\n名 架空市長\n公表日\n令和2年4月1日\n");
        assert_eq!(report.cover.body.as_deref(), Some("架空市長"));
    }

    #[test]
    fn a_draft_s_mark_parted_from_a_typed_title_is_its_end() {
        let title = |mark: &str| {
            let text = format!(
                "特定個人情報保護評価書（重点項目評価書） 評価書番号 評価書名 架空市 架空手当の支給に関する事務 \
                 重点項目評価書 {mark} 個人のプライバシー等の権利利益の保護の宣言 架空市は、架空手当の事務で\
                 特定個人情報ファイルを扱うにあたり、記録を守ることを宣言する。 評価実施機関名 架空市長 公表日 \
                 [平成26年4月 様式3]\n"
            );
            crate::import::import(&text).map(|d| d.report.cover.title)
        };
        // Reads: the page split at its spaces parted the mark from the form's name.
        assert_eq!(
            title("(案)").ok().flatten().as_deref(),
            Some("架空市 架空手当の支給に関する事務 重点項目評価書(案)")
        );
        // Refuses words that spell no mark: the title ends at its form's name.
        assert_eq!(
            title("(案件)").ok().flatten().as_deref(),
            Some("架空市 架空手当の支給に関する事務 重点項目評価書")
        );
    }

    #[test]
    fn a_bullet_after_the_declaration_s_end_is_no_line_of_it() {
        let read = |t: &str| vec![(1, t.to_owned())];
        // Reads: 「…宣言する。」 then a bulleted entry: the 宣言 has ended.
        assert!(ends_then_bullet(
            &read("架空の措置を講じることを宣言する。"),
            "・架空の端末で入力する。"
        ));
        // Refuses: a line opened by no bullet, and a bullet inside the 宣言's sentence.
        assert!(!ends_then_bullet(
            &read("架空の措置を講じることを宣言する。"),
            "架空の端末で入力する。"
        ));
        assert!(!ends_then_bullet(
            &read("架空の措置を講じ、"),
            "・架空の端末で入力する。"
        ));
    }

    #[test]
    fn figures_glued_to_a_title_opened_by_a_body_are_the_number() {
        assert_eq!(
            leading_number("1架空市 架空事務 全項目評価書"),
            Some(("1", "架空市 架空事務 全項目評価書"))
        );
        assert_eq!(
            leading_number("12 架空事務 全項目評価書"),
            Some(("12", "架空事務 全項目評価書"))
        );
        // Refused: the title's own figures, and a title of one word.
        assert_eq!(leading_number("24時間 架空の窓口の事務 全項目評価書"), None);
        assert_eq!(leading_number("1架空市架空事務全項目評価書"), None);
    }

    #[test]
    fn the_form_s_name_beside_the_next_label_ends_the_title() {
        let title = |name: &str, beside: &str| {
            let text = format!(
                "評価書番号\n1\n評価書名\n{name}\n個人のプライバシー等の権利利益の保護の宣言 {beside}\n\
                 架空市は、架空の措置を講じていることを宣言する。\n[平成26年4月 様式2]\n"
            );
            crate::import::import(&text)
                .expect("a cover")
                .report
                .cover
                .title
        };
        // Reads: the name's rest, and the whole name after a title without it.
        assert_eq!(
            title("架空市 架空事務 基礎項目評", "価書").as_deref(),
            Some("架空市 架空事務 基礎項目評価書")
        );
        assert_eq!(
            title("架空市 架空事務", "基礎項目評価書").as_deref(),
            Some("架空市 架空事務 基礎項目評価書")
        );
        // Refuses: a title already whole (the name beside the label is no part of it).
        assert_eq!(
            title("架空市 架空事務 基礎項目評価書", "基礎項目評価書").as_deref(),
            Some("架空市 架空事務 基礎項目評価書")
        );
    }

    #[test]
    fn a_label_run_into_a_particle_is_a_sentence_s_word() {
        assert_eq!(
            label_of("公表日 令和6年4月1日").map(|(id, _)| id),
            Some(ItemId::CoverPublishedOn)
        );
        assert_eq!(
            label_of("特記事項なし").map(|(id, _)| id),
            Some(ItemId::CoverSpecialNote)
        );
        assert_eq!(label_of("公表日は、点検の後に記載する。"), None);
        assert_eq!(label_of("評価書名の記載について"), None);
    }

    #[test]
    fn a_label_glued_to_a_whole_value_ends_it() {
        // Reads: a body's name, a date and a number, each whole, with a label glued after.
        assert_eq!(
            glued_label_at(ItemId::CoverBody, "架空市長公表日令和6年4月1日"),
            Some("架空市長".len())
        );
        assert_eq!(
            glued_label_at(
                ItemId::CoverPublishedOn,
                "令和6年4月1日評価実施機関名架空町長"
            ),
            Some("令和6年4月1日".len())
        );
        assert_eq!(
            glued_label_at(ItemId::CoverNumber, "12評価書名架空事務 基礎項目評価書"),
            Some(2)
        );
        // Refuses: text of no body's name before the label, and prose.
        assert_eq!(
            glued_label_at(ItemId::CoverBody, "架空市の事務公表日令和6年4月1日"),
            None
        );
        assert_eq!(
            glued_label_at(ItemId::CoverDeclaration, "架空市長公表日令和6年4月1日"),
            None
        );
        let draft = crate::import::import(
            "評価実施機関名架空市長公表日令和6年4月1日\n[令和6年10月　様式2]\n",
        )
        .expect("a cover");
        assert_eq!(draft.report.cover.body.as_deref(), Some("架空市長"));
        // A date under its label, after the label's mark, with the next label glued to it.
        let draft = crate::import::import(
            "評価実施機関名 架空大臣\n特定個人情報保護委員会　承認日\n\
             【行政機関等のみ】平成27年7月8日公表日平成27年7月22日\n[平成26年4月　様式4]\n",
        )
        .expect("a cover");
        let cover = &draft.report.cover;
        assert_eq!(
            cover.approval_date.map(|d| d.to_string()).as_deref(),
            Some("2015-07-08")
        );
        assert_eq!(
            cover.published_on.map(|d| d.to_string()).as_deref(),
            Some("2015-07-22")
        );
    }

    #[test]
    fn a_number_in_full_width_figures_is_held_in_ascii() {
        let number = with_ascii_figures(cell(vec![(2, "１２".to_owned())], false));
        assert_eq!(number.lines, [(2, "12".to_owned())]);
        let draft =
            crate::import::import("評価書番号 ２１\n評価書名 架空市 架空事務 基礎項目評価書\n")
                .expect("a cover");
        assert_eq!(draft.report.cover.number.as_deref(), Some("21"));
    }

    #[test]
    fn a_sentence_under_the_title_label_is_no_title() {
        let (report, _) = cover_of(
            "評価書名\n架空市は、架空の事務において特定個人情報ファイルを取り扱うにあたり、市民\n\
             の情報を扱うことを認識し、措置を講じていることを宣言する。\n\
             個人のプライバシー等の権利利益の保護の宣言\n",
        );
        assert_eq!(report.cover.title, None);
        assert!(
            report
                .cover
                .declaration
                .as_deref()
                .is_some_and(|d| d.starts_with("架空市は、"))
        );
        // A title that ends as one, its mark after it.
        assert!(ends_as_title(
            "架空の事務 全項目評価書【令和6年3月31日 終了】"
        ));
        assert!(ends_as_title("架空の事務 全項目評価書（素案）"));
        assert!(!ends_as_title("架空の事務（概要）"));
    }

    #[test]
    fn a_sentence_that_names_no_forms_number_is_no_tag() {
        assert!(names_a_form("[平成26年4月 様式2]") && names_a_form("令和6年10月　様式 ４"));
        assert!(!names_a_form("個人番号を記載しない様式で作成している。"));
        let (report, _) = cover_of(
            "特記事項\n甲の文書は、窓口でのみ受け付けている。督促の文書は、\n\
             乙を記載しない様式で作成している。\n評価実施機関名\n架空市長\n",
        );
        assert!(
            report
                .cover
                .special_note
                .as_deref()
                .is_some_and(|n| n.ends_with("作成している。"))
        );
    }

    #[test]
    fn a_body_that_runs_into_the_next_label_does_not_fit() {
        assert!(fits(ItemId::CoverBody, "架空市長"));
        assert!(!fits(ItemId::CoverBody, "架空市長公表日令和"));
        assert!(!fits(
            ItemId::CoverBody,
            "架空県知事特定個人情報保護委員会承認日"
        ));
    }

    #[test]
    fn a_number_beside_the_tag_is_its_pages_number() {
        assert_eq!(
            after_tag("[令和6年10月　様式2] 令和7年5月30日"),
            "令和7年5月30日"
        );
        assert_eq!(after_tag("[平成26年4月 様式4] 1"), "");
        assert_eq!(after_tag("[平成26年4月 様式4]"), "");
    }

    #[test]
    fn a_tag_is_read_where_a_line_runs_it_into_other_cells() {
        assert_eq!(tag_in("[平成26年4月　様式4]"), Some("[平成26年4月　様式4]"));
        assert_eq!(
            tag_in("公表日 令和6年4月1日 [ 平成26年4月様式4] 1"),
            Some("[ 平成26年4月様式4]")
        );
        assert_eq!(
            tag_in("様式4の記載要領に従い、評価書を作成し、公表する。"),
            None
        );
    }

    #[test]
    fn a_number_after_the_title_under_the_row_of_their_labels_is_the_number() {
        let row = [ItemId::CoverNumber, ItemId::CoverTitle];
        assert_eq!(
            row_values(&row, "架空市 架空事務 重点項目評価書 8"),
            [
                (ItemId::CoverNumber, "8".to_owned()),
                (
                    ItemId::CoverTitle,
                    "架空市 架空事務 重点項目評価書".to_owned()
                )
            ]
        );
        let (report, _) = cover_of("評価書番号 評価書名\n架空市 架空事務 重点項目評価書 8\n");
        assert_eq!(report.cover.number.as_deref(), Some("8"));
        // Figures that end no title are no number after one.
        assert!(row_values(&row, "架空市 架空事務 8").is_empty());
    }

    /// Reads `text` as a cover (the whole text before chapter Ⅰ).
    fn cover_of(text: &str) -> (Report, Trace) {
        let (report, trace, _) = cover_and_used(text);
        (report, trace)
    }

    /// [`cover_of`] with the lines the cover's rules used up.
    fn cover_and_used(text: &str) -> (Report, Trace, Vec<usize>) {
        let lines = super::super::text::lines(text, Shape::PdfText);
        let cover: Vec<&Line> = lines.iter().collect();
        let mut report = Report::empty(crate::AssessmentKind::Full);
        let mut trace = Trace::default();
        let mut unread: Vec<(usize, UnreadReason)> = Vec::new();
        let mut arbiter = Arbiter {
            report: &mut report,
            trace: &mut trace,
            unread: &mut unread,
        };
        let mut used = Vec::new();
        read(&cover, &mut arbiter, &mut used);
        (report, trace, used)
    }

    /// A ministry's cover foot whose dates each stand a line below their labels: `approval`
    /// and `on_label` on the 承認日's and the 公表日's label lines, `beside_tag` after the tag.
    fn cover_foot(approval: &str, on_label: &str, beside_tag: &str) -> (Report, Vec<usize>) {
        let (report, _, used) = cover_and_used(&format!(
            "評価実施機関名\n架空労働大臣\n特定個人情報保護委員会 承認日 {approval}\n\
             公表日 {on_label}\n[平成30年5月 様式4] {beside_tag}\n"
        ));
        (report, used)
    }

    /// A ministry's cover whose 特記事項 label stands alone over the body's label line, which
    /// holds `beside`, with `under` on the line below.
    fn special_note_then_body(beside: &str, under: &str) -> (Report, Vec<usize>) {
        let (report, _, used) = cover_and_used(&format!(
            "特記事項\n評価実施機関名 {beside}\n{under}\n公表日 令和3年1月6日\n"
        ));
        (report, used)
    }

    #[test]
    fn a_special_note_on_the_bodys_label_line_is_read_a_line_down() {
        let note = "架空の申請は窓口で受け付けている。";
        let (report, used) = special_note_then_body(note, "架空庁長官");
        assert_eq!(report.cover.special_note.as_deref(), Some(note));
        assert_eq!(report.cover.body.as_deref(), Some("架空庁長官"));
        assert!(used.contains(&2));
        // Under it no body's name: the sentence may be the first line of a value wrapped. It is
        // left unread, its line with it.
        let (report, used) = special_note_then_body(note, "架空の書類を保管している。");
        assert_eq!(report.cover.special_note, None);
        assert!(!used.contains(&2), "{used:?}");
    }

    #[test]
    fn a_special_note_read_a_line_down_past_a_label_whose_value_moved_too() {
        let note = "架空の申請は窓口で受け付けている。";
        let moved = |under: &str| {
            cover_and_used(&format!(
                "特記事項\n評価実施機関名 {note}\n特定個人情報保護委員会 承認日 {under}\n\
                 公表日\n[平成26年4月 様式4] 平成27年9月11日\n"
            ))
            .0
        };
        let report = moved("架空庁長官");
        assert_eq!(report.cover.special_note.as_deref(), Some(note));
        assert_eq!(report.cover.body.as_deref(), Some("架空庁長官"));
        // A date beside the 承認日's label is its own value: nothing moved, the sentence is
        // not read as the note.
        assert_eq!(moved("平成27年8月1日").cover.special_note, None);
    }

    #[test]
    fn the_declarations_end_beside_the_special_notes_label_ends_it() {
        let note = "架空の申請は窓口で受け付けている。";
        let declared = |last: &str| {
            cover_and_used(&format!(
                "個人のプライバシー等の権利利益の保護の宣言\n架空村は、架空の事務で\n{last}\n\
                 特記事項 宣言する。\n{note}\n評価実施機関名\n架空村長\n"
            ))
            .0
        };
        let report = declared("権利利益の保護に努めていることを");
        assert_eq!(
            report.cover.declaration.as_deref(),
            Some("架空村は、架空の事務で\n権利利益の保護に努めていることを宣言する。")
        );
        assert_eq!(report.cover.special_note.as_deref(), Some(note));
        // A 宣言 that ended already leaves the words beside the label to the 特記事項.
        let report = declared("権利利益の保護に努めていることを宣言する。");
        assert_ne!(report.cover.special_note.as_deref(), Some(note));
    }

    #[test]
    fn the_notes_end_beside_the_next_label_ends_it() {
        let noted = |last: &str, beside: &str| {
            cover_and_used(&format!(
                "特記事項\n架空の相談は、窓口の奥の相談\n{last}\n評価実施機関名 {beside}\n\
                 公表日 架空村長\n令和2年4月1日\n"
            ))
            .0
        };
        let report = noted("ほか、電話でも", "受けている。");
        assert_eq!(
            report.cover.special_note.as_deref(),
            Some("架空の相談は、窓口の奥の相談ほか、電話でも受けている。")
        );
        // A note that ended its sentence, words of two sentences, and a body's name beside the
        // label are not the note's.
        for (last, beside) in [
            ("ほか、電話でも受けている。", "架空の文である。"),
            ("ほか、電話でも", "受けている。架空の文である。"),
            ("ほか、電話でも", "架空村長"),
        ] {
            let note = noted(last, beside).cover.special_note;
            assert!(
                note.is_none_or(|n| !n.contains(beside)),
                "{last} / {beside}"
            );
        }
    }

    #[test]
    fn a_body_beside_the_special_notes_label_leaves_the_note_under_it() {
        let note = "架空の申請は窓口で受け付けている。";
        let drawn = |under: &str| {
            cover_and_used(&format!(
                "特記事項 架空城壁市長\n{under}\n評価実施機関名\n公表日\n平成27年9月11日\n"
            ))
            .0
        };
        let report = drawn(note);
        assert_eq!(report.cover.special_note.as_deref(), Some(note));
        assert_eq!(report.cover.body.as_deref(), Some("架空城壁市長"));
        // The 宣言's closing words under it are no note.
        let report = drawn("個人のプライバシー等の権利利益の保護に取り組んでいることを宣言する。");
        assert_eq!(report.cover.special_note, None);
        assert_eq!(report.cover.body.as_deref(), Some("架空城壁市長"));
    }

    #[test]
    fn a_date_beside_the_tag_is_the_publication_day_a_line_down() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        let (report, used) = cover_foot("", "令和3年1月6日", "令和3年1月22日");
        assert_eq!(report.cover.approval_date, day(2021, 1, 6));
        assert_eq!(report.cover.published_on, day(2021, 1, 22));
        assert!(used.contains(&5));
        // The tag's date the earlier: no reading of the two; the tag's line stays unread.
        let (report, used) = cover_foot("", "令和3年1月22日", "令和3年1月6日");
        assert_eq!(report.cover.approval_date, None);
        assert_eq!(report.cover.published_on, day(2021, 1, 22));
        assert!(!used.contains(&5));
        // The 承認日 read on its own line: the dates are where their labels are.
        let (report, used) = cover_foot("令和3年1月2日", "令和3年1月6日", "令和3年1月22日");
        assert_eq!(report.cover.approval_date, day(2021, 1, 2));
        assert_eq!(report.cover.published_on, day(2021, 1, 6));
        assert!(!used.contains(&5));
        // The date before the tag on its line: the same.
        let (report, _, _) = cover_and_used(
            "評価実施機関名\n架空労働大臣\n特定個人情報保護委員会 承認日\n公表日 令和3年1月6日\n\
             令和3年1月22日 [平成30年5月 様式4]\n",
        );
        assert_eq!(report.cover.approval_date, day(2021, 1, 6));
        assert_eq!(report.cover.published_on, day(2021, 1, 22));
        // A date alone on the line above the tag, the body moved down onto the 承認日's line:
        // the same. A line between the date and the tag, or the date below the earlier, is none.
        let foot = |below: &str| {
            cover_and_used(&format!(
                "評価実施機関名
特定個人情報保護委員会 承認日 架空労働大臣
公表日 令和3年1月6日
                 {below}
[平成30年5月 様式4]
"
            ))
            .0
        };
        let report = foot("令和3年1月22日");
        assert_eq!(report.cover.approval_date, day(2021, 1, 6));
        assert_eq!(report.cover.published_on, day(2021, 1, 22));
        assert_eq!(report.cover.body.as_deref(), Some("架空労働大臣"));
        for refused in ["令和3年1月22日\n（案）", "令和3年1月2日"] {
            let report = foot(refused);
            assert_eq!(report.cover.approval_date, None, "{refused}");
            assert_eq!(report.cover.published_on, day(2021, 1, 6), "{refused}");
        }
    }

    #[test]
    fn the_number_s_and_the_title_s_labels_stacked_read_as_their_row() {
        let cover = |stack: &str| {
            cover_and_used(&format!(
                "特定個人情報保護評価書（重点項目評価書）\n{stack}\n\
                 個人のプライバシー等の権利利益の保護の宣言\n"
            ))
            .0
        };
        // Reads: the number, then a title that is the 事務's name alone.
        let report = cover("評価書番号\n評価書名\n4\n架空手当に関する事務");
        assert_eq!(report.cover.number.as_deref(), Some("4"));
        assert_eq!(report.cover.title.as_deref(), Some("架空手当に関する事務"));
        // Refuses: a label between the two, and a title that runs on into another value.
        for refused in [
            "評価書番号\n公表日\n評価書名\n4\n架空手当に関する事務",
            "評価書番号\n評価書名\n4\n架空手当に関する事務\n架空町の手当",
        ] {
            let report = cover(refused);
            assert_eq!(report.cover.title, None, "{refused}");
        }
    }

    #[test]
    fn figures_in_brackets_under_the_title_label_are_no_title() {
        let title_under = |under: &str| {
            let (report, _, _) = cover_and_used(&format!("評価書名\n{under}\n"));
            report.cover.title
        };
        assert_eq!(title_under("(2)"), None);
        assert_eq!(title_under("架空事務 (2)").as_deref(), Some("架空事務 (2)"));
    }

    #[test]
    fn a_title_cut_inside_the_form_name_is_joined() {
        assert_eq!(
            wrapped_title("架空町　架空の事務　重点項目評", "価書").as_deref(),
            Some("架空町　架空の事務　重点項目評価書")
        );
        assert_eq!(
            wrapped_title("架空町　架空の事務　重点項目評価書", "価書"),
            None
        );
        assert_eq!(wrapped_title("架空町　架空の事務", "別の行"), None);
        let (report, trace) = cover_of(" 3\n架空町　架空の事務　全項目評\n価書\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空町　架空の事務　全項目評価書")
        );
        let title = trace.values.iter().find(|v| v.pointer == "/cover/title");
        assert_eq!(title.map(|v| v.lines), Some([2, 3]));
    }

    #[test]
    fn a_bodys_name_wrapped_in_a_narrow_cell_takes_its_rest() {
        // Reads: `架空市教育` names no body; with `委員会` under it, it does.
        let (report, _) = cover_of("評価実施機関名\n架空市教育\n委員会\n公表日 平成28年1月29日\n");
        assert_eq!(report.cover.body.as_deref(), Some("架空市教育委員会"));
        // Refuses: a name whole on its line, and a line under it that makes no body's name.
        let (report, _) = cover_of("評価実施機関名\n架空市長\n委員会\n公表日 平成28年1月29日\n");
        assert_eq!(report.cover.body.as_deref(), Some("架空市長"));
        let (report, _) =
            cover_of("評価実施機関名\n架空市教育\n架空の文\n公表日 平成28年1月29日\n");
        assert_eq!(report.cover.body.as_deref(), Some("架空市教育"));
    }

    #[test]
    fn a_title_takes_the_body_s_name_above_it_as_its_head() {
        let title = |text: &str| cover_of(text).0.cover.title;
        // Reads: a body's name alone on the line above a title that names none.
        assert_eq!(
            title("架空市\n架空手当に関する事務\n全項目評価書\n").as_deref(),
            Some("架空市 架空手当に関する事務 全項目評価書")
        );
        assert_eq!(
            title("架空町\n架空手当に関する事務 全項目評価書\n").as_deref(),
            Some("架空町 架空手当に関する事務 全項目評価書")
        );
        // Reads: the lines a long 事務's name wrapped over between the two.
        assert_eq!(
            title("架空町\n架空税、架空\n保険料の賦課に関する事務\n全項目評価書\n").as_deref(),
            Some("架空町 架空税、架空保険料の賦課に関する事務 全項目評価書")
        );
        // Refuses: a sentence between (no title's line).
        assert_eq!(
            title("架空町\n架空の事務を行う。\n架空手当に関する事務 全項目評価書\n").as_deref(),
            Some("架空手当に関する事務 全項目評価書")
        );
        // Refuses: an executive's name above (the 評価実施機関名), a title naming its body.
        assert_eq!(
            title("架空市長\n架空手当に関する事務 全項目評価書\n").as_deref(),
            Some("架空手当に関する事務 全項目評価書")
        );
        assert_eq!(
            title("架空村\n架空市 架空手当に関する事務 全項目評価書\n").as_deref(),
            Some("架空市 架空手当に関する事務 全項目評価書")
        );
        // Neither: a body that may head the title or be the 評価実施機関名.
        assert_eq!(
            title("架空市教育委員会\n架空金に関する事務 全項目評価書\n"),
            None
        );
        // Reads: the body's name and the 事務's head on the line above, a space between.
        assert_eq!(
            title("架空組合 架空の資格の管理及び\n架空給付に関する事務 重点項目評価書\n")
                .as_deref(),
            Some("架空組合 架空の資格の管理及び架空給付に関する事務 重点項目評価書")
        );
        // Refuses: an office holder's name first (the 評価実施機関名 beside another cell) as
        // the title's head; the line may still be one, so no title is read.
        assert_eq!(
            title("架空市長 架空の資格の管理及び\n架空給付に関する事務 重点項目評価書\n"),
            None
        );
        // Neither: lines above that may be the title's head, under no body's name.
        assert_eq!(
            title("架空会\n架空金の支\n払に関する事務 全項目評価書\n"),
            None
        );
        // Neither: such a line a blank line above, in a cover spaced a blank line a line.
        // So with a line that reads as an 独立行政法人's name (it may head the title).
        for above in [
            "架空機構法による架空の貸",
            "独立行政法人架空機構法による学資の貸",
        ] {
            let text = format!("1\n\n{above}\n\n与に関する事務 基礎項目評価書\n");
            assert_eq!(title(&text), None, "{above}");
        }
        // Reads: a sentence's end, a number, an empty mark or an office holder a blank line
        // above.
        for above in [
            "架空機構は、架空の措置を講じていることを宣言する。",
            "1",
            "なし",
            "架空市長",
        ] {
            let text = format!("\n{above}\n\n架空金の貸与に関する事務 基礎項目評価書\n");
            assert_eq!(
                title(&text).as_deref(),
                Some("架空金の貸与に関する事務 基礎項目評価書"),
                "{above}"
            );
        }
    }

    #[test]
    fn a_title_wrapped_inside_a_word_takes_the_words_tail() {
        // Reads: the tail of `事務` alone between the title's head and the form's name.
        assert!(wrapped_inside_a_word(
            "架空手当の支給に関する事",
            "務",
            "全項目評価書"
        ));
        let (report, trace) = cover_of(" 3\n架空手当の支給に関する事\n務\n全項目評価書\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空手当の支給に関する事務 全項目評価書")
        );
        let title = trace.values.iter().find(|v| v.pointer == "/cover/title");
        assert_eq!(title.map(|v| v.lines), Some([2, 4]));
        // Refuses: a sentence's end above the tail, a tail as long as a title's own head, a
        // head of another item's type.
        assert!(!wrapped_inside_a_word(
            "…を宣言する。",
            "務",
            "全項目評価書"
        ));
        assert!(!wrapped_inside_a_word(
            "架空の文",
            "架空事務",
            "全項目評価書"
        ));
        assert!(!wrapped_inside_a_word("架空市長", "務", "全項目評価書"));
    }

    #[test]
    fn a_title_cut_inside_the_forms_name_takes_its_rest_with_a_drafts_mark() {
        assert_eq!(
            wrapped_title("架空町 架空の事務 全項目評価", "書（案）").as_deref(),
            Some("架空町 架空の事務 全項目評価書（案）")
        );
        assert_eq!(
            wrapped_title("架空町 架空の事務 全項目評価", "書").as_deref(),
            Some("架空町 架空の事務 全項目評価書")
        );
        let (report, _) = cover_of(
            "評価書番号 評価書名\n3 架空町 架空の事務 全項目評価\n書（案）\n\
             個人のプライバシー等の権利利益の保護の宣言\n",
        );
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空町 架空の事務 全項目評価書（案）")
        );
        // Refuses words before the mark that are no rest of the name, and a mark alone.
        assert_eq!(
            wrapped_title("架空町 架空の事務 全項目評価", "書 架空（案）"),
            None
        );
        assert_eq!(
            wrapped_title("架空町 架空の事務 全項目評価", "（案）"),
            None
        );
    }

    #[test]
    fn a_title_opened_by_a_joining_word_takes_its_head_from_the_lines_above() {
        // Reads: the lines above `関する事務 …評価書`, up to the number above them.
        let (report, _) =
            cover_of("2\n架空市 架空手当の資格管理と\n支給の申請受付に\n関する事務 全項目評価書\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空市 架空手当の資格管理と支給の申請受付に関する事務 全項目評価書")
        );
        // Refuses: nothing above it but a sentence's end and a number: no title (cut short).
        let (report, _) = cover_of("2\n架空市は、…を宣言する。\n関する事務 全項目評価書\n");
        assert_eq!(report.cover.title, None);
        assert!(opens_as_a_tail("関する事務 全項目評価書"));
        assert!(!opens_as_a_tail("架空市 架空事務 全項目評価書"));
    }

    #[test]
    fn a_title_opened_by_a_word_s_rest_takes_its_head_from_the_lines_above() {
        // Reads: `…に関` / `する事務` / the form's name, and `…及` / `び返還に関する事務 …`.
        let (report, _) = cover_of("3\n架空県 架空金の支給に関\nする事務\n重点項目評価書\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空県 架空金の支給に関する事務 重点項目評価書")
        );
        let (report, _) =
            cover_of("3\n架空機構の架空金の貸与及\nび返還に関する事務 基礎項目評価書\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空機構の架空金の貸与及び返還に関する事務 基礎項目評価書")
        );
        // Refuses: the rest under a number alone is no title (cut short).
        let (report, _) = cover_of("3\nする事務\n重点項目評価書\n");
        assert_eq!(report.cover.title, None);
        assert!(opens_as_a_tail("び返還に関する事務 基礎項目評価書"));
        assert!(!opens_as_a_tail("架空びわ湖事務 基礎項目評価書"));
    }

    #[test]
    fn a_number_of_five_figures_is_the_register_s_and_longer_is_no_number() {
        // Reads: five figures beside the title under the row of labels.
        let (report, _) = cover_of("評価書番号 評価書名\n31006 架空町 架空の事務 基礎項目評価書\n");
        assert_eq!(report.cover.number.as_deref(), Some("31006"));
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空町 架空の事務 基礎項目評価書")
        );
        // Refuses: six figures (a code of another kind) are no 評価書番号.
        assert_eq!(
            leading_number("310060 架空町 架空の事務 基礎項目評価書"),
            None
        );
        assert!(is_number("31006") && !is_number("310060"));
    }

    #[test]
    fn a_title_beside_its_number_cut_inside_the_form_name_takes_the_rest() {
        let (report, trace) =
            cover_of("評価書番号 評価書名\n14 架空町 架空の事務 基礎項目評価\n書\n");
        assert_eq!(report.cover.number.as_deref(), Some("14"));
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空町 架空の事務 基礎項目評価書")
        );
        let title = trace.values.iter().find(|v| v.pointer == "/cover/title");
        assert_eq!(title.map(|v| v.lines), Some([2, 3]));
        // The line under is no rest of the name: the title as the row's line writes it.
        let (report, _) = cover_of("評価書番号 評価書名\n14 架空町 架空の事務\n公表日\n");
        assert_eq!(report.cover.title.as_deref(), Some("架空町 架空の事務"));
    }

    #[test]
    fn a_drafts_mark_split_from_the_title_ends_it() {
        let (report, _) = cover_of(
            "評価書番号 評価書名\n6\n架空市\n架空の事務\n全項目評価書\n(\n案\n)\n公表日\n",
        );
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空市 架空の事務 全項目評価書 ( 案 )")
        );
        let (report, _) =
            cover_of("評価書名\n架空市 架空の事務 全項目評価書\n(\n案件\n)\n公表日\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空市 架空の事務 全項目評価書")
        );
    }

    #[test]
    fn a_title_split_at_its_spaces_runs_on_to_the_piece_that_ends_it() {
        let (report, trace) = cover_of("評価書名\n架空町\n架空の事務\n基礎項目評価書\n公表日\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空町 架空の事務 基礎項目評価書")
        );
        let title = trace.values.iter().find(|v| v.pointer == "/cover/title");
        assert_eq!(title.map(|v| v.lines), Some([2, 4]));
        // No piece ends a title before the next label: the title is the first piece, as before.
        let (report, _) = cover_of("評価書名\n架空の事務\n架空町長\n公表日\n");
        assert_eq!(report.cover.title.as_deref(), Some("架空の事務"));
    }

    #[test]
    fn a_number_alone_under_the_row_is_followed_by_the_titles_pieces() {
        let (report, _) =
            cover_of("評価書番号 評価書名\n2\n見本村\n架空の事務\n基礎項目評価書\n公表日\n");
        assert_eq!(report.cover.number.as_deref(), Some("2"));
        assert_eq!(
            report.cover.title.as_deref(),
            Some("見本村 架空の事務 基礎項目評価書")
        );
        // No piece ends a title before the next label: no title is read after the number.
        let (report, _) = cover_of("評価書番号 評価書名\n2\n見本村\n公表日\n");
        assert_eq!(report.cover.title, None);
    }

    #[test]
    fn a_labels_mark_on_a_line_of_its_own_is_the_labels() {
        // Under the label: the mark is the label's, the value under it the item's.
        let (report, _) = cover_of(
            "評価実施機関名\n架空町長\n評価実施機関の種別\n（様式外）\n[地方公共団体等]\n",
        );
        assert_eq!(
            report.cover.body_kind,
            Some(crate::report::BodyKind::LocalGovernment)
        );
        // Under no label: the mark is no label's, and stays a piece of its own.
        let lines = super::super::text::lines("架空町長\n（様式外）\n", Shape::PdfText);
        let cover: Vec<&Line> = lines.iter().collect();
        assert!(pieces(&cover).iter().any(|p| p.text == form::EXTRA_MARK));
    }

    #[test]
    fn a_list_s_numbers_before_the_cover_labels_are_no_values() {
        let (report, _) = cover_of(
            "1．評価書番号：7\n2．評価書名：架空市 架空に関する事務 基礎項目評価書\n\
             5．評価実施機関名：架空市長\n6．公表日：平成27年3月13日\n",
        );
        assert_eq!(report.cover.number.as_deref(), Some("7"));
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空市 架空に関する事務 基礎項目評価書")
        );
        assert_eq!(report.cover.body.as_deref(), Some("架空市長"));
        assert_eq!(list_number_off("1．架空の手順"), None);
        assert_eq!(list_number_off("123．評価書名"), None);
    }

    #[test]
    fn a_day_in_figures_alone_is_a_cover_date() {
        // As a sheet or a database prints a date cell; a time after it is more than the date.
        for day in ["2017-03-31", "2017/3/31", "H29.3.31"] {
            let (report, _) = cover_of(&format!("評価実施機関名\n架空市長\n公表日\n{day}\n"));
            assert_eq!(
                report.cover.published_on,
                chrono::NaiveDate::from_ymd_opt(2017, 3, 31),
                "{day}"
            );
        }
        let (report, _) = cover_of("評価実施機関名\n架空市長\n公表日\n2017-03-31 10:15\n");
        assert_eq!(report.cover.published_on, None);
    }

    #[test]
    fn a_local_body_has_no_approval_date() {
        // Values printed before their labels: the date at the 承認日's place is the 公表日's.
        let text = "評価実施機関名\n架空市長\n\
                    特定個人情報保護委員会　承認日 【行政機関等のみ】\n平成27年8月7日\n";
        let (report, _) = cover_of(text);
        assert_eq!(report.cover.body.as_deref(), Some("架空市長"));
        assert_eq!(report.cover.approval_date, None);
        let (report, _) = cover_of(&text.replace("架空市長", "架空労働大臣"));
        assert_eq!(
            report.cover.approval_date,
            chrono::NaiveDate::from_ymd_opt(2015, 8, 7)
        );
        // Written beside its label: the 承認日 as written.
        let (report, _) = cover_of(&text.replace("】\n平成", "】 平成"));
        assert_eq!(
            report.cover.approval_date,
            chrono::NaiveDate::from_ymd_opt(2015, 8, 7)
        );
        // The same with the 公表日's label after it, empty: the 公表日, set a line up.
        let beside = text.replace("】\n平成", "】 平成");
        let (report, _) = cover_of(&format!("{beside}公表日\n[平成26年4月 様式3]\n"));
        assert_eq!(
            (report.cover.approval_date, report.cover.published_on),
            (None, chrono::NaiveDate::from_ymd_opt(2015, 8, 7))
        );
        // The 公表日 with its own value: the date beside the label stays the 承認日.
        let (report, _) = cover_of(&format!("{beside}公表日 平成27年9月1日\n"));
        assert_eq!(
            report.cover.approval_date,
            chrono::NaiveDate::from_ymd_opt(2015, 8, 7)
        );
    }

    #[test]
    fn a_number_run_on_after_the_forms_heading_is_the_reports() {
        let number = |heading_line: &str| {
            let (report, _) = cover_of(&format!(
                "{heading_line}\n評価書番号\n評価書名\n架空村 架空の事務 基礎項目評価書\n"
            ));
            report.cover.number
        };
        assert_eq!(
            number("特定個人情報保護評価書（基礎項目評価書） 3").as_deref(),
            Some("3")
        );
        // `1` may be the cover's page number.
        assert_eq!(number("特定個人情報保護評価書（基礎項目評価書） 1"), None);
        assert_eq!(
            number_after_heading("特定個人情報保護評価書（基礎項目評価書） 架空"),
            None
        );
    }

    #[test]
    fn a_date_run_on_before_the_tag_is_the_publication_date() {
        assert_eq!(
            date_before_tag("令和7年5月30日 [令和6年10月 様式2]"),
            Some(("令和7年5月30日", "[令和6年10月 様式2]"))
        );
        assert_eq!(date_before_tag("[令和6年10月 様式2] 令和7年5月30日"), None);
        assert_eq!(
            date_before_tag("架空事務 基礎項目評価書 [平成26年4月 様式2]"),
            None
        );
        let (report, _) = cover_of(
            "評価実施機関名\n公表日 架空村長\n平成27年6月5日 [平成26年4月 様式2]\nⅠ 関連情報\n",
        );
        assert_eq!(
            report.cover.published_on,
            chrono::NaiveDate::from_ymd_opt(2015, 6, 5)
        );
    }

    #[test]
    fn the_forms_heading_torn_at_its_bracket_is_no_title() {
        assert!(!is_title("（ 基礎項目評価書"));
        assert!(!is_title("( 全項目評価書"));
        assert!(is_title("架空市 架空事務 基礎項目評価書"));
        // A page split at its spaces: the heading's pieces, then the cover's.
        let (report, _) = cover_of(
            "特定個人情報保護評価書\n(\n基礎項目評価書\n)\n評価書番号評価書名\n2\n\
             架空の申告書の受理に関する事務\n",
        );
        let title = report.cover.title.as_deref();
        assert!(title.is_none_or(|t| !t.contains('(')), "{title:?}");
    }

    #[test]
    fn an_association_names_itself_as_a_body() {
        assert!(names_a_body("架空歯科医師国民健康保険組合"));
        assert!(names_a_body("架空国家公務員共済組合連合会"));
        assert!(opens_with_body("架空組合は、架空の事務において"));
        assert!(!opens_with_body("架空の場合は、架空の書類を"));
    }

    #[test]
    fn one_character_names_no_body() {
        let (report, _) = cover_of("評価実施機関名 長\n公表日 令和元年10月1日\n");
        assert_eq!(report.cover.body, None);
        let (report, _) = cover_of("評価実施機関名 架空区長\n公表日 令和元年10月1日\n");
        assert_eq!(report.cover.body.as_deref(), Some("架空区長"));
    }

    #[test]
    fn the_first_revisions_approval_label_and_tag_are_read() {
        let (report, _) = cover_of(
            "[平成26年4月　様式4]\n評価実施機関名\n架空大臣\n\
             特定個人情報保護委員会　承認日 【行政機関等のみ】\n平成27年3月2日\n",
        );
        assert_eq!(
            report.cover.form_version,
            Some(form::FormRevision::Heisei26April)
        );
        assert_eq!(
            report.cover.approval_date,
            chrono::NaiveDate::from_ymd_opt(2015, 3, 2)
        );
        assert_eq!(report.cover.body.as_deref(), Some("架空大臣"));
    }

    #[test]
    fn a_body_is_known_by_the_endings_of_the_forms_bodies() {
        for body in [
            "架空県知事",
            "架空大臣",
            "架空県後期高齢者医療広域連合",
            "架空市教育委員会",
        ] {
            let (report, trace) = cover_of(&format!(" 3\n{body}\n"));
            assert_eq!(report.cover.body.as_deref(), Some(body), "{body}");
            assert!(trace.values.iter().any(|v| v.pointer == "/cover/body"));
        }
        // A line that ends in none of them is no body.
        let (report, _) = cover_of(" 3\n架空の窓口\n");
        assert_eq!(report.cover.body, None);
    }

    #[test]
    fn a_prose_value_runs_on_under_its_label() {
        let (report, trace) = cover_of(
            "個人のプライバシー等の権利利益の保護の宣言\n架空町は、架空の事務で特定個人情報ファイルを取り\n\
             扱うに当たり、リスクを軽減する措置を講じる。\n特記事項\n\
             評価実施機関名\n架空町長\n",
        );
        assert_eq!(
            report.cover.declaration.as_deref(),
            // The line the PDF text wrapped inside the sentence is joined again.
            Some(
                "架空町は、架空の事務で特定個人情報ファイルを取り\
                 扱うに当たり、リスクを軽減する措置を講じる。"
            )
        );
        assert_eq!(report.cover.special_note, None);
        assert_eq!(report.cover.body.as_deref(), Some("架空町長"));
        let d = trace
            .values
            .iter()
            .find(|v| v.pointer == "/cover/declaration");
        assert_eq!(d.map(|v| v.lines), Some([2, 3]));
    }

    #[test]
    fn a_row_of_labels_takes_the_values_under_it() {
        let (report, _) = cover_of("評価書番号 評価書名\n12 架空事務 全項目評価書\n");
        assert_eq!(report.cover.number.as_deref(), Some("12"));
        assert_eq!(report.cover.title.as_deref(), Some("架空事務 全項目評価書"));
        // Without a leading number, the row's values cannot be told apart.
        let (report, _) = cover_of("評価書番号 評価書名\n架空事務 全項目評価書\n");
        assert_eq!(report.cover.number, None);
        // An ended 事務's mark on the line under the title ends it; a mark with no date does
        // not.
        let (report, _) = cover_of(
            "評価書番号 評価書名\n12 架空事務 全項目評価書\n【令和6年3月31日 終了】\n特記事項\n",
        );
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空事務 全項目評価書【令和6年3月31日 終了】")
        );
        let (report, _) =
            cover_of("評価書番号 評価書名\n12 架空事務 全項目評価書\n【終了】\n特記事項\n");
        assert_eq!(report.cover.title.as_deref(), Some("架空事務 全項目評価書"));
    }

    #[test]
    fn a_row_of_the_body_and_its_dates_takes_the_values_its_labels_allow() {
        let row = "評価実施機関名 特定個人情報保護委員会 承認日 【行政機関等のみ】 公表日\n";
        let (report, _) = cover_of(&format!(
            "{row}架空県後期高齢者医療広域連合 令和6年4月1日\n"
        ));
        assert_eq!(
            report.cover.body.as_deref(),
            Some("架空県後期高齢者医療広域連合")
        );
        assert_eq!(
            report.cover.published_on,
            chrono::NaiveDate::from_ymd_opt(2024, 4, 1)
        );
        assert_eq!(report.cover.approval_date, None);
        // A national body's one date may be either of its two dates: neither is read.
        let (report, _) = cover_of(&format!("{row}架空労働大臣 令和6年4月1日\n"));
        assert_eq!(report.cover.published_on, None);
        assert_eq!(report.cover.approval_date, None);
        // An empty 特記事項 before the body; the two dates on a row of their own.
        let (report, _) = cover_of(
            "特記事項 評価実施機関名\nなし 架空労働大臣\n個人情報保護委員会 承認日 【行政機関等のみ】 公表日\n\
             令和6年3月1日 令和6年4月1日\n",
        );
        assert_eq!(report.cover.body.as_deref(), Some("架空労働大臣"));
        assert_eq!(report.cover.special_note, None);
        assert_eq!(
            report.cover.approval_date,
            chrono::NaiveDate::from_ymd_opt(2024, 3, 1)
        );
        // Both dates, in the labels' order.
        let (report, _) = cover_of(&format!("{row}架空大臣 令和6年3月1日 令和6年4月1日\n"));
        assert_eq!(report.cover.body.as_deref(), Some("架空大臣"));
        assert_eq!(
            report.cover.approval_date,
            chrono::NaiveDate::from_ymd_opt(2024, 3, 1)
        );
        assert_eq!(
            report.cover.published_on,
            chrono::NaiveDate::from_ymd_opt(2024, 4, 1)
        );
    }

    #[test]
    fn a_sites_list_of_reports_above_the_heading_is_no_cover() {
        let above = |list: &str, cover: &str| {
            let text = format!("{list}特定個人情報保護評価書（基礎項目評価書）\n{cover}");
            let lines = super::super::text::lines(&text, Shape::PdfText);
            let cover: Vec<&Line> = lines.iter().collect();
            lines_above_report(&cover)
        };
        let list = "評価書番号 評価書名\n1 架空の事務 (基礎項目評価書).pdf\n";
        assert_eq!(
            above(
                list,
                "評価書番号\n9\n評価書名\n架空町 架空事務 基礎項目評価書\n"
            ),
            2
        );
        // No label twice: the lines above are the cover's own (a value drawn above its heading).
        assert_eq!(above("9\n", "評価書番号\n評価書名\n"), 0);
        assert_eq!(above(list, "架空町 架空事務 基礎項目評価書\n"), 0);
    }

    #[test]
    fn two_dates_under_a_cover_with_an_approval_label_are_the_approval_then_the_publication() {
        let labels = "評価実施機関名\n特定個人情報保護委員会 承認日 【行政機関等のみ】\n公表日\n";
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        // Printed later date first or earlier first: the earlier is the 承認日.
        // Side by side on one line: the same.
        for dates in [
            "平成27年6月19日\n平成27年7月1日\n",
            "平成27年7月1日\n平成27年6月19日\n",
            "平成27年7月1日 平成27年6月19日\n",
        ] {
            let (report, _) = cover_of(&format!("架空労働大臣\n{dates}{labels}"));
            assert_eq!(report.cover.approval_date, day(2015, 6, 19), "{dates}");
            assert_eq!(report.cover.published_on, day(2015, 7, 1), "{dates}");
        }
        // The same day twice: which line is which is not told.
        let (report, _) = cover_of(&format!(
            "架空労働大臣\n令和2年4月1日\n令和2年4月1日\n{labels}"
        ));
        assert_eq!(report.cover.approval_date, None);
        assert_eq!(report.cover.published_on, None);
        // No 承認日 label: a second date is another cell's.
        let (report, _) = cover_of("架空労働大臣\n平成27年6月19日\n平成27年7月1日\n公表日\n");
        assert_eq!(report.cover.approval_date, None);
        assert_eq!(report.cover.published_on, None);
        // Words beside two dates: no row of the two dates.
        let (report, _) = cover_of(&format!(
            "架空労働大臣\n平成27年6月19日 平成27年7月1日 架空\n{labels}"
        ));
        assert_eq!(report.cover.approval_date, None);
        // A 地方公共団体等's cover leaves its 承認日 empty.
        let (report, _) = cover_of(&format!(
            "架空市長\n平成27年6月19日\n平成27年7月1日\n{labels}"
        ));
        assert_eq!(report.cover.approval_date, None);
        assert_eq!(report.cover.published_on, None);
    }

    #[test]
    fn a_declarations_first_line_above_its_centred_label_opens_it() {
        let label = "個人のプライバシー等の権利利益の保護の宣言";
        let rest = "取り扱うにあたり、その漏えいを防ぐ措置を講じていることを宣言する。";
        let title = "評価書名\n架空事務 全項目評価書\n";
        let (report, _) = cover_of(&format!(
            "{title}架空市は、架空事務において特定個人情報ファイルを\n{label}\n{rest}\n評価実施機関名\n架空市長\n"
        ));
        let declaration = report.cover.declaration.as_deref().unwrap_or_default();
        assert!(declaration.starts_with("架空市は、"), "{declaration}");
        assert!(declaration.ends_with("宣言する。"), "{declaration}");
        // Two lines above the label, the first opening as the 宣言 does.
        let (report, _) = cover_of(&format!(
            "{title}架空市は、架空事務において\n特定個人情報ファイルを\n{label}\n{rest}\n評価実施機関名\n架空市長\n"
        ));
        let declaration = report.cover.declaration.as_deref().unwrap_or_default();
        assert!(
            declaration.starts_with("架空市は、架空事務において\n特定個人情報ファイルを\n取り扱う"),
            "{declaration}"
        );
        // A sentence ends between: the lines above are not the 宣言's head.
        let (report, _) = cover_of(&format!(
            "{title}架空市は、架空事務を行う。\n特定個人情報ファイルを\n{label}\n{rest}\n評価実施機関名\n架空市長\n"
        ));
        let declaration = report.cover.declaration.as_deref().unwrap_or_default();
        assert!(!declaration.starts_with("架空市は、"), "{declaration}");
        // No body before 「は、」: the line above is not the 宣言's.
        let (report, _) = cover_of(&format!(
            "{title}架空事務の記録を\n{label}\n{rest}\n評価実施機関名\n架空市長\n"
        ));
        let declaration = report.cover.declaration.as_deref().unwrap_or_default();
        assert!(declaration.starts_with("取り扱う"), "{declaration}");
        // A value that opens with the body itself: the line above is another cell's.
        let (report, _) = cover_of(&format!(
            "{title}架空町は、架空事務において\n{label}\n架空市は、{rest}\n評価実施機関名\n架空市長\n"
        ));
        let declaration = report.cover.declaration.as_deref().unwrap_or_default();
        assert!(declaration.starts_with("架空市は、"), "{declaration}");
    }

    #[test]
    fn a_title_s_rest_of_the_form_name_beside_the_next_label_ends_it() {
        let label = "個人のプライバシー等の権利利益の保護の宣言";
        let declaration = "架空市は、架空の措置を講じていることを宣言する。";
        let (report, _) = cover_of(&format!(
            "評価書名\n架空市 架空事務 全項目評\n{label} 価書\n{declaration}\n評価実施機関名\n架空市長\n"
        ));
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空市 架空事務 全項目評価書")
        );
        assert_eq!(report.cover.declaration.as_deref(), Some(declaration));
        // Refuses: the label a line further down (a blank line between).
        let (report, _) = cover_of(&format!(
            "評価書名\n架空市 架空事務 全項目評\n\n{label} 価書\n{declaration}\n評価実施機関名\n架空市長\n"
        ));
        assert_ne!(
            report.cover.title.as_deref(),
            Some("架空市 架空事務 全項目評価書")
        );
    }

    #[test]
    fn a_titles_last_word_and_form_name_beside_the_next_label_end_it() {
        let label = "個人のプライバシー等の権利利益の保護の宣言";
        let title_over = |head: &str| {
            let (report, _) = cover_of(&format!(
                "評価書名\n{head}\n{label} 事務 全項目評価書\n評価実施機関名\n架空県知事\n"
            ));
            report.cover.title
        };
        assert_eq!(
            title_over("架空県 架空税の賦課に関する").as_deref(),
            Some("架空県 架空税の賦課に関する事務 全項目評価書")
        );
        // A head that ends in no joining word is not known to go on there.
        assert_eq!(
            title_over("架空県 架空税の賦課").as_deref(),
            Some("架空県 架空税の賦課")
        );
    }

    #[test]
    fn a_title_wrapped_after_a_joining_word_runs_on_to_its_form_name() {
        let title_under = |head: &str| {
            let (report, _) = cover_of(&format!(
                "評価書番号 評価書名\n11 {head}\n架空の認定に関する事務\n基礎項目評価書\n\
                 評価実施機関名\n架空市長\n"
            ));
            report.cover.title
        };
        // (The head fills the cell's width: the break inside the phrase is the width's.)
        assert_eq!(
            title_under("架空市 架空の自立支援医療（架空医療）の").as_deref(),
            Some("架空市 架空の自立支援医療（架空医療）の架空の認定に関する事務 基礎項目評価書")
        );
        // A head that ends a word: where it ends is not known, and it is read alone.
        assert_eq!(
            title_under("架空市 架空医療").as_deref(),
            Some("架空市 架空医療")
        );
    }

    #[test]
    fn a_title_of_a_body_and_its_affair_split_at_its_space_is_joined() {
        let (report, _) =
            cover_of("評価書名\n空見町\n架空手当に関する事務\n公表日\n令和2年4月1日\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("空見町 架空手当に関する事務")
        );
        // A value after the 事務, not the cell's end: the title is not known to end there.
        let (report, _) = cover_of(
            "評価書名\n空見町\n架空手当に関する事務\n空見町は、架空手当を支給する\n公表日\n令和2年4月1日\n",
        );
        assert_ne!(
            report.cover.title.as_deref(),
            Some("空見町 架空手当に関する事務")
        );
    }

    #[test]
    fn a_cover_spaced_a_cell_a_paragraph_reads_each_value_after_its_blank_line() {
        let spaced = "評価書番号\n\n7\n\n評価書名\n\n架空事務 基礎項目評価書\n\n特記事項\n\n\
                      架空の書類は溶解する。\n\n評価実施機関名\n\n架空町長\n\n公表日\n\n令和2年4月1日\n";
        let (report, _) = cover_of(spaced);
        assert_eq!(
            report.cover.special_note.as_deref(),
            Some("架空の書類は溶解する。")
        );
        // One label with its value right under it: the blank lines end cells, and the
        // 特記事項 after its blank line is no one's.
        let (report, _) = cover_of(&spaced.replacen("評価書番号\n\n7", "評価書番号\n7", 1));
        assert_eq!(report.cover.special_note, None);
    }

    #[test]
    fn a_sentence_beside_the_bodys_label_is_no_body() {
        let (report, _) = cover_of(
            "特記事項\n評価実施機関名 架空の記録は、紙に残さず管理している。\n\
             特定個人情報保護委員会 承認日 【行政機関等のみ】 架空区長\n公表日\n令和2年4月1日\n",
        );
        assert_eq!(report.cover.body.as_deref(), Some("架空区長"));
        // A name beside the label is read as written.
        let (report, _) = cover_of("評価実施機関名 架空区長\n公表日\n令和2年4月1日\n");
        assert_eq!(report.cover.body.as_deref(), Some("架空区長"));
    }

    #[test]
    fn two_candidates_of_a_type_leave_the_item_empty() {
        let (report, _) = cover_of("7\n8\n架空市長\n令和6年4月1日\n");
        assert_eq!(report.cover.number, None);
        assert_eq!(report.cover.body.as_deref(), Some("架空市長"));
        assert_eq!(
            report.cover.published_on,
            chrono::NaiveDate::from_ymd_opt(2024, 4, 1)
        );
    }

    #[test]
    fn a_title_wrapped_in_its_words_under_a_row_of_labels_takes_the_line_that_ends_it() {
        let (report, _) = cover_of(
            "評価書番号 評価書名\n5 架空県 架空の医療費の支給に関す\nる事務 基礎項目評価書\n\
             評価実施機関名\n架空県知事\n",
        );
        assert_eq!(report.cover.number.as_deref(), Some("5"));
        assert_eq!(
            report.cover.title.as_deref().map(|t| t.replace('\n', "")),
            Some("架空県 架空の医療費の支給に関する事務 基礎項目評価書".to_owned())
        );
        // A line that does not end as a title does is not the title's.
        let (report, _) =
            cover_of("評価書番号 評価書名\n5 架空県 架空の医療費の支給に関す\n架空県知事\n");
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空県 架空の医療費の支給に関す")
        );
    }

    #[test]
    fn a_cover_written_as_label_equals_value_is_read() {
        let (report, _) = cover_of(
            "評価書番号 = 4\n評価書名 = 架空町 架空事務 基礎項目評価書\n特記事項 = なし\n\
             評価実施機関名＝架空町長\n",
        );
        assert_eq!(report.cover.number.as_deref(), Some("4"));
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空町 架空事務 基礎項目評価書")
        );
        assert_eq!(report.cover.special_note, None);
        assert_eq!(report.cover.body.as_deref(), Some("架空町長"));
    }

    #[test]
    fn a_title_wrapped_over_three_lines_of_a_narrow_cell_takes_them_all() {
        let text = "評価書番号 評価書名\n5 架空町 架空の医療費\n助成に関する事務 基礎項目評価\n書\n\
                    評価実施機関名\n架空町長\n";
        let (report, _) = cover_of(text);
        assert_eq!(
            report.cover.title.as_deref().map(|t| t.replace('\n', "")),
            Some("架空町 架空の医療費助成に関する事務 基礎項目評価書".to_owned())
        );
        // Under its own label too; a line that is a body's name ends no title.
        let (report, _) =
            cover_of("評価書名\n架空町 架空の医療費\n助成に関する事務 基礎項目評価\n書\n");
        assert_eq!(
            report.cover.title.as_deref().map(|t| t.replace('\n', "")),
            Some("架空町 架空の医療費助成に関する事務 基礎項目評価書".to_owned())
        );
        let (report, _) = cover_of("評価書名\n架空町 架空の医療費\n架空町長\n基礎項目評価書\n");
        assert_eq!(report.cover.title.as_deref(), Some("架空町 架空の医療費"));
    }

    #[test]
    fn a_labels_mark_that_lost_its_brackets_is_the_labels() {
        // A page run together drops the brackets of 【行政機関等のみ】.
        for text in [
            "特定個人情報保護委員会承認日\n行政機関等のみ\n令和2年8月19日\n公表日\n令和2年9月2日\n",
            "特定個人情報保護委員会承認日 行政機関等のみ 令和2年8月19日\n公表日 令和2年9月2日\n",
        ] {
            let (report, _) = cover_of(text);
            assert_eq!(
                report.cover.approval_date.map(|d| d.to_string()),
                Some("2020-08-19".to_owned()),
                "{text}"
            );
        }
        // Words that only begin like it are a value's.
        assert_eq!(after_label_mark("行政機関等のみ"), Some(""));
        assert_eq!(after_label_mark("行政機関の長"), None);
    }

    #[test]
    fn values_in_drawing_order_stay_each_of_its_type() {
        let opens_with_the_village = |report: &Report| {
            let declaration = report.cover.declaration.as_deref();
            declaration.is_some_and(|d| d.starts_with("架空村は"))
        };
        // The values after all the labels: the 宣言 does not take the number and title above
        // it, each is read by its type.
        let (report, _) = cover_of(
            "評価書番号\n評価書名\n個人のプライバシー等の権利利益の保護の宣言\n評価実施機関名\n公表日\n\
             6\n架空事務 基礎項目評価書\n架空村は、架空の事務で特定個人情報ファイルを取り扱うに\n\
             当たり、措置を講じていることを宣言する。\n架空村長\n令和2年2月27日\n",
        );
        assert_eq!(report.cover.number.as_deref(), Some("6"));
        assert!(opens_with_the_village(&report));
        assert_eq!(report.cover.body.as_deref(), Some("架空村長"));
        // A title wrapped before its form's name, right above the 宣言, is the title's alone.
        let (report, _) = cover_of(
            "[平成26年4月 様式3]\n6\n架空村 架空の事務\n重点項目評価書\n架空村は、架空の事務で\
             特定個人情報ファイルを取り扱うに当たり、\n措置を講じていることを宣言する。\n架空村長\n\
             評価書番号 評価書名\n個人のプライバシー等の権利利益の保護の宣言\n評価実施機関名\n",
        );
        assert_eq!(
            report.cover.title.as_deref(),
            Some("架空村 架空の事務 重点項目評価書")
        );
        assert!(opens_with_the_village(&report));
        // A body and a date under the 宣言's label are theirs, not the 宣言's; a prose item
        // stops at them (a number alone goes on with it: a page run together).
        let (report, _) = cover_of(
            "個人のプライバシー等の権利利益の保護の宣言\n架空市長\n令和2年8月28日\n\
             特記事項\n架空の事務は本庁舎の\n1\nか所で行う。\n架空県知事\n令和2年6月26日\n",
        );
        assert_eq!(report.cover.declaration, None);
        assert_eq!(
            report
                .cover
                .special_note
                .as_deref()
                .map(|n| n.replace('\n', "")),
            Some("架空の事務は本庁舎の1か所で行う。".to_owned())
        );
    }

    #[test]
    fn a_declaration_apart_from_its_label_is_the_paragraph_that_ends_it() {
        let (report, trace) = cover_of(
            "架空市は、架空の事務で特定個人情報ファイルを取り扱うに当たり\n\
             リスクを軽減する措置を講じていることを宣言する。\n\n特記事項 なし\n",
        );
        assert!(
            report
                .cover
                .declaration
                .as_deref()
                .is_some_and(|d| d.starts_with("架空市は") && d.ends_with("宣言する。"))
        );
        let d = trace
            .values
            .iter()
            .find(|v| v.pointer == "/cover/declaration");
        assert_eq!(
            d.map(|v| v.confidence),
            Some(crate::import::Confidence::Inferred)
        );
        assert_eq!(report.cover.special_note, None);
    }

    #[test]
    fn a_declaration_wrapped_inside_its_closing_words_is_read_to_their_end() {
        let declaration = |rest: &str| {
            let (report, _) = cover_of(&format!(
                "評価書番号\n1\n令和2年10月2日\n架空事務所が行う架空の事務では、架空の書類を\n\
                 金庫に収めることで、権利利益の保護に取り組むことを宣言す\n{rest}\n評価実施機関名\n"
            ));
            report.cover.declaration
        };
        let read = declaration("る。");
        assert!(read.is_some_and(|d| d.starts_with("架空事務所が") && d.ends_with("宣言する。")));
        // A rest with more after it is no end of the 宣言's words.
        assert_eq!(declaration("る。架空の文"), None);
    }

    #[test]
    fn a_special_note_drawn_between_the_declaration_and_the_body_is_read() {
        let note = "架空の台帳は平時は作らない。";
        let values =
            format!("架空市は、架空の事務の記録を保管していることを宣言する。\n{note}\n架空市長\n");
        let labels = "評価書番号 評価書名\n個人のプライバシー等の権利利益の保護の宣言\n特記事項\n評価実施機関名\n";
        let (report, _) = cover_of(&format!("{values}{labels}"));
        assert_eq!(report.cover.special_note.as_deref(), Some(note));
        // Drawn labels first, the labels above the values: the same.
        let (report, _) = cover_of(&format!("特記事項\n評価実施機関名\n{values}"));
        assert_eq!(report.cover.special_note.as_deref(), Some(note));
        // The 特記事項's label holding a line of its own: the lines are not surely the note.
        let (report, _) = cover_of(&format!(
            "特記事項\n架空の窓口で受け付ける。\n評価実施機関名\n{values}"
        ));
        assert_ne!(report.cover.special_note.as_deref(), Some(note));
        // Drawn from the foot up, the body above the note and the 宣言: the same.
        let upward =
            format!("架空市長\n{note}\n架空市は、架空の事務の記録を保管していることを宣言する。\n");
        let (report, _) = cover_of(&format!("{upward}{labels}"));
        assert_eq!(report.cover.special_note.as_deref(), Some(note));
        // A label between the body and the lines: they are not surely the note.
        let (report, _) = cover_of(&format!(
            "架空市長\n公表日\n{}",
            &upward["架空市長\n".len()..]
        ));
        assert_ne!(report.cover.special_note.as_deref(), Some(note));
    }

    #[test]
    fn a_declaration_under_its_label_stops_at_its_closing_words_before_a_note_apart() {
        let note = "架空の台帳は平時は作らない。";
        let declared = "架空市は、架空の事務の記録を保管していることを宣言する。";
        let cover = |after_note: &str| {
            let (report, _) = cover_of(&format!(
                "個人のプライバシー等の権利利益の保護の宣言\n{declared}\n{note}\n{after_note}"
            ));
            report.cover
        };
        // The values before the labels: the paragraph after the 宣言 is the 特記事項.
        let read = cover("架空市長\n令和2年4月1日\n特記事項\n評価実施機関名\n公表日\n");
        assert_eq!(read.declaration.as_deref(), Some(declared));
        assert_eq!(read.special_note.as_deref(), Some(note));
        // The 特記事項's label right under the paragraph: the paragraph is the 宣言's.
        let read = cover("特記事項\n評価実施機関名\n架空市長\n");
        assert_eq!(read.special_note, None);
        assert!(read.declaration.is_some_and(|d| d.ends_with(note)));
    }

    #[test]
    fn a_special_note_drawn_between_the_declaration_and_the_labels_is_read() {
        let note = "架空の台帳は平時は作らない。";
        let cover = |under_note_label: &str| {
            let (report, _) = cover_of(&format!(
                "[平成26年4月 様式4]\n評価書名\n架空市 架空の事務 全項目評価書\n評価書番号\n5\n\
                 令和2年4月1日\n架空市は、架空の事務の記録を保管していることを宣言する。\n{note}\n\
                 評価実施機関名\n公表日\n架空市長\n特記事項\n{under_note_label}\n項目一覧\n"
            ));
            report.cover.special_note
        };
        assert_eq!(cover("").as_deref(), Some(note));
        // The 特記事項's label holds a line of its own: the lines above are not surely the note.
        assert_ne!(cover("架空の窓口で受け付ける。").as_deref(), Some(note));
    }

    #[test]
    fn a_declaration_of_two_sentences_opens_right_under_its_label() {
        let declaration = |line_above: &str| {
            let (report, _) = cover_of(&format!(
                "{line_above}\n\
                 架空町は、架空の事務の特定個人情報ファイルについて、\n\
                 架空の書類を保管している。\n\
                 こうした取組を続けることを宣言する。\n評価実施機関名\n架空町長\n"
            ));
            report.cover.declaration
        };
        let read = declaration(
            "個人のプライバシー等の権利利益の保護の宣言 架空町 架空の事務 基礎項目評価書",
        );
        assert!(read.is_some_and(|d| d.starts_with("架空町は、") && d.ends_with("宣言する。")));
        // Under the title, values first: the same.
        let read = declaration("架空町 架空の事務 基礎項目評価書");
        assert!(read.is_some_and(|d| d.starts_with("架空町は、")));
        // Under another label, the sentences above the last may be that cell's.
        let read = declaration("特記事項");
        let opened = read.as_deref().is_some_and(|d| d.starts_with("架空町は、"));
        assert!(!opened, "{read:?}");
    }

    #[test]
    fn a_declaration_with_a_blank_line_after_each_line_opens_where_the_body_is_named() {
        // Reads: up its lines, past one blank line each, to the line that opens with the body.
        let (report, _) = cover_of(
            "3\n\n架空市は、架空の事務で特定個人情報ファイルを取り扱うに当たり、その権利利益\n\n\
             の保護に取り組んでいることを宣言する。\n\n特記事項\n",
        );
        assert_eq!(
            report.cover.declaration.as_deref(),
            Some(
                "架空市は、架空の事務で特定個人情報ファイルを取り扱うに当たり、その権利利益\
                 の保護に取り組んでいることを宣言する。"
            )
        );
        // Refuses: no line up there opens with a body: the paragraph as it stands.
        let (report, _) = cover_of(
            "3\n\n架空の事務で特定個人情報ファイルを取り扱うに当たり、その権利利益\n\n\
             の保護に取り組んでいることを宣言する。\n\n特記事項\n",
        );
        assert_eq!(
            report.cover.declaration.as_deref(),
            Some("の保護に取り組んでいることを宣言する。")
        );
    }

    #[test]
    fn a_label_is_looked_for_at_the_start_of_a_piece_only() {
        assert_eq!(
            label_of("評価書番号 3").map(|(id, _)| id),
            Some(ItemId::CoverNumber)
        );
        let far = format!("{}評価書番号", "架".repeat(COVER_LABEL_SCAN));
        assert_eq!(label_of(&far), None);
        // A piece far longer than the labels is folded at its start only.
        let long = format!("評価書番号 {}", "架空 ".repeat(10_000));
        assert_eq!(label_of(&long).map(|(id, _)| id), Some(ItemId::CoverNumber));
    }
}
