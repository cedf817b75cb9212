//! Filling a field of the model from the text the form prints in its cell ([`Fill`]): the other
//! direction of the model's printed values. The importer finds each item's cell in a published
//! text; this module reads the cell as the item's type reads it: a ＜選択肢＞ answer from its brackets (`[ 30万人以上 ]`), checked
//! boxes from their marks (`[ ○ ] 紙`), 和暦 dates, counts (`（ 28 ）件`), legal bases, and the
//! labelled parts of a group (a risk's 「リスクに対する措置の内容」 and 「リスクへの対策は十分か」).
//!
//! A cell that does not read as its type fills nothing: an empty value is honest, a guessed one
//! is a defect.

use super::limits::{COLON_LABEL_CHARS, COLUMN_GAP, DETAIL_LABEL_CHARS, SHORT_LINE_WIDTH};
use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::Choice;
use crate::form::FormRevision;
use crate::label::fold_char;
use crate::legal_basis::LegalBasis;
use crate::report::{
    Cell, CheckSet, ChoiceSet, Control, DateOrMonth, Fill, Group, LinkageBasis, Period,
    ReEntrustee, Read, RecordItems, SourceKind,
};
use crate::threshold::StatedThresholdResult;
use crate::wareki::{DateValue, YearMonth};

/// Whether a cell's text means "nothing here": blank or a dash.
pub(crate) fn is_empty_mark(text: &str) -> bool {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .all(|c| matches!(c, '－' | '―' | '-' | 'ー' | '—' | '−' | '‐' | '─'))
}

/// The text with the ＜選択肢＞ list that may follow an answer cut off: at the list's heading
/// in any of its spellings, or at its words without brackets where they end the line after the
/// answer (a page of spaced kanji loses the brackets: `30万人以上選択肢` → `30万人以上`; its
/// options are on the lines after it). Refused: the words amid a line (`選択肢から選ぶ`), the
/// words alone (no answer before them).
fn before_options(text: &str) -> &str {
    // Every mark holds 選択肢: a text without it is searched once.
    if !text.contains(crate::form::CHOICE_HEADING_WORDS) {
        return text;
    }
    let bracketed = crate::form::CHOICE_HEADING_SPELLINGS
        .iter()
        .filter_map(|m| text.find(m))
        .min();
    if let Some(at) = bracketed {
        return text.get(..at).unwrap_or(text);
    }
    match text
        .trim_end()
        .strip_suffix(crate::form::CHOICE_HEADING_WORDS)
    {
        Some(answer) if !answer.trim().is_empty() => answer,
        _ => text,
    }
}

/// The texts in brackets `[ … ]` of a cell, trimmed (a bracket left open at the end of a line
/// runs to the end of that line), each with whether it was closed.
fn bracketed(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for line in text.lines() {
        // Where the open bracket's text starts: the byte after its `[`.
        let mut inside: Option<usize> = None;
        for (at, c) in line.char_indices() {
            match c {
                '[' | '［' => {
                    if let Some(open) = inside.take().and_then(|from| line.get(from..at)) {
                        out.push((open.trim(), false));
                    }
                    inside = Some(at + c.len_utf8());
                }
                ']' | '］' => {
                    if let Some(closed) = inside.take().and_then(|from| line.get(from..at)) {
                        out.push((closed.trim(), true));
                    }
                }
                _ => {}
            }
        }
        if let Some(open) = inside.and_then(|from| line.get(from..)) {
            out.push((open.trim(), false));
        }
    }
    out
}

/// The answers in brackets of `cell`'s lines, in order, each with its line's index and whether
/// its bracket closed: each line's bracketed texts ([`bracketed`], the ＜選択肢＞ list cut off),
/// and after a bracket left open at a line's end, that answer wrapped onto the next line
/// ([`wrapped_answer`], closed). With `stop_at_options`, none after the line where the list's
/// options begin: the form prints an item's answer box before its options (様式2–4: 「[　　]」
/// beside or under 「＜選択肢＞」, then 「1） …」), so a box after them is the next item's,
/// printed above that item's label (a word processor's `-layout` text: `[ 十分である ]` on the
/// line before the next question).
fn bracket_answers(cell: &Cell, stop_at_options: bool) -> Vec<(usize, Cow<'_, str>, bool)> {
    let mut out = Vec::new();
    for (line_no, (_, line)) in cell.lines.iter().enumerate() {
        let inside = bracketed(before_options(line));
        let last_open = inside.last().copied().filter(|(_, closed)| !closed);
        out.extend(
            inside
                .into_iter()
                .map(|(inner, closed)| (line_no, Cow::Borrowed(inner), closed)),
        );
        if let Some((inner, _)) = last_open {
            let next = cell.lines.get(line_no + 1).map(|(_, t)| t.as_str());
            if let Some(answer) = wrapped_answer(inner, next) {
                out.push((line_no, Cow::Owned(answer), true));
            }
        }
        if stop_at_options && holds_option(line) {
            break;
        }
    }
    out
}

/// An answer a narrow cell wrapped inside its brackets: the text of a bracket left open at the
/// end of its line (`inner`) and the next line's up to its closing bracket, joined
/// (a wrap inside words of the form's options leaves no space). `None` where the next line holds
/// no closing bracket or opens another bracket before it.
///
/// Reads `[基礎項目評価及び重点項目評価の実` / `施が義務付けられる]` →
/// `基礎項目評価及び重点項目評価の実施が義務付けられる`. Refuses `[ ○ ] 紙` / `[ ] 電子メール`
/// (each bracket closed on its line) and `[基礎項目評価の実` / `[ ] 施が…]`.
fn wrapped_answer(inner: &str, next: Option<&str>) -> Option<String> {
    if inner.is_empty() {
        return None;
    }
    let next = next?;
    let end = next.find([']', '］'])?;
    let rest = next.get(..end)?.trim();
    if rest.is_empty() || rest.contains(['[', '［']) {
        return None;
    }
    Some(format!("{inner}{rest}"))
}

/// Whether a word of `line` starts an option of a ＜選択肢＞ list (`1)`, `２）`, as in
/// `1. 1) 十分である`).
fn holds_option(line: &str) -> bool {
    line.split_whitespace().any(|word| option_mark_at(word, 0))
}

/// Whether `text` starts an option of a ＜選択肢＞ list at byte `at`: digits, then `)` or `）`.
pub(super) fn option_mark_at(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..) else {
        return false;
    };
    let digits = rest
        .chars()
        .take_while(|c| fold_char(*c).is_ascii_digit())
        .count();
    digits > 0 && matches!(rest.chars().nth(digits), Some(')' | '）'))
}

/// Whether the text of a bracket left open is an entry of a ＜選択肢＞ list, its number kept (a
/// check mark before it or not): `○ 5） 1,000万人以上` is the list's fifth entry printed after
/// a box whose closing bracket went elsewhere, not the answer (the form's box holds an option's
/// label, never its number). `1万人以上10万人未満` is no such entry.
fn opens_with_option(inner: &str) -> bool {
    let rest = inner.trim_start();
    let rest = match rest.split_once(char::is_whitespace) {
        Some((mark, after)) if is_check_mark(mark) => after.trim_start(),
        _ => rest,
    };
    option_mark_at(rest, 0)
}

/// A mark that checks a box.
pub(crate) fn is_check_mark(text: &str) -> bool {
    matches!(
        text.trim(),
        "○" | "〇" | "◯" | "●" | "レ" | "✓" | "✔" | "■" | "☑" | "x" | "X"
    )
}

impl<C: Choice> Fill for Option<C> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        // The answer in brackets before the option list; else a line that is a label itself.
        for (line_no, inner, closed) in bracket_answers(cell, true) {
            if inner.is_empty() || is_check_mark(&inner) || (!closed && opens_with_option(&inner)) {
                continue;
            }
            if let Ok(c) = C::parse_label(&inner) {
                *self = Some(c);
                return Some(cell.read(closed && line_no == 0));
            }
        }
        let first = cell.texts().next()?;
        let head = before_options(first).trim();
        let empty_box_first = head.starts_with(['[', '［'])
            && bracketed(head)
                .first()
                .is_some_and(|(inner, _)| inner.is_empty());
        if empty_box_first {
            // `[ ] 1) 基礎項目評価書`: an option after an empty box is not chosen (the box is the
            // selection's bracket, its answer printed elsewhere, or an unchecked box).
            return None;
        }
        if super::classify::leading_number(head, &[')', '）']).is_some() {
            // `1） 1万人未満`: an entry of the ＜選択肢＞ list with its number, printed where the
            // answer should stand (the list's heading out of its place), is no answer; the form
            // prints the answer in brackets or bare, never numbered.
            return None;
        }
        let c = C::parse_label(head).ok()?;
        *self = Some(c);
        Some(cell.read(true))
    }
}

/// One box of a checkbox list: whether it is checked, its label text and the text of its
/// `（ … ）`, if any (both borrowed from the cell's text).
#[derive(Debug)]
struct Box_<'a> {
    checked: bool,
    label: &'a str,
    detail: Option<&'a str>,
}

/// The cell's text as [`boxes`] reads it: its lines, each cut before a ＜選択肢＞ list, joined
/// with spaces.
fn box_text(cell: &Cell) -> String {
    let mut text = String::new();
    for (i, line) in cell.texts().map(before_options).enumerate() {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(line);
    }
    text
}

/// Reads `[ ○ ] label （ detail ）` boxes from `text` ([`box_text`]); `None` when the marks and
/// labels do not pair up (the scrambled columns of some PDF texts).
fn boxes(text: &str) -> Option<Vec<Box_<'_>>> {
    // (mark, body) pairs: a mark is what stands between `[` and `]`, a body what follows it up
    // to the next `[`. Each is a slice of `text`: the start of the open mark, and for each pair
    // its mark and where its body starts and ends.
    let mut pairs: Vec<(&str, usize, usize)> = Vec::new();
    let mut mark: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match c {
            '[' | '［' => {
                if mark.is_some() {
                    return None;
                }
                if let Some((_, _, end)) = pairs.last_mut() {
                    *end = at;
                }
                mark = Some(at + c.len_utf8());
            }
            ']' | '］' => {
                let from = mark.take()?;
                let m = text.get(from..at)?;
                let body = at + c.len_utf8();
                pairs.push((m, body, text.len()));
            }
            _ => {}
        }
    }
    if mark.is_some() {
        return None;
    }
    let mut out = Vec::with_capacity(pairs.len());
    for (m, from, to) in pairs {
        let (m, body) = (m.trim(), text.get(from..to)?.trim());
        if !(m.is_empty() || is_check_mark(m)) || body.is_empty() {
            return None;
        }
        let (label, detail) = split_detail(body);
        out.push(Box_ {
            checked: !m.is_empty(),
            label,
            detail,
        });
    }
    (!out.is_empty()).then_some(out)
}

/// `label （ detail ）` → label and detail (blank detail → `None`).
fn split_detail(body: &str) -> (&str, Option<&str>) {
    let open = body.find(['（', '(']);
    match open {
        Some(at) => {
            // `at` is where `find` found a character: a char boundary.
            let (label, inner) = body.split_at(at);
            let label = label.trim();
            // Up to the parenthesis that closes the first.
            let mut depth = 0usize;
            let mut end = inner.len();
            for (i, c) in inner.char_indices() {
                match c {
                    '（' | '(' => depth += 1,
                    '）' | ')' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            end = i + c.len_utf8();
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let inner = inner
                .get(..end)
                .unwrap_or(inner)
                .trim()
                .trim_start_matches(['（', '('])
                .trim_end_matches(['）', ')'])
                .trim();
            // A label that carries its own parentheses (電子記録媒体（フラッシュメモリを除く。）).
            let detail = (!inner.is_empty()).then_some(inner);
            (label, detail)
        }
        None => (body, None),
    }
}

/// The choice a box's label names: the whole text first (labels with parentheses), then the
/// text before its `（ … ）`.
fn box_choice<'a, C: Choice>(b: &Box_<'a>) -> Option<(C, Option<&'a str>)> {
    // Each text is parsed once: without a detail the whole text is the label.
    match b.detail {
        Some(detail) => {
            if let Ok(c) = C::parse_label(&format!("{}（{}）", b.label, detail)) {
                return Some((c, None));
            }
            if let Ok(c) = C::parse_label(b.label) {
                return Some((c, Some(detail)));
            }
        }
        None => {
            if let Ok(c) = C::parse_label(b.label) {
                return Some((c, None));
            }
        }
    }
    // A label followed by stray words of the layout: its first word (when it has more than one:
    // the label alone did not parse).
    let first = b.label.split_whitespace().next()?;
    if first.len() == b.label.len() {
        return None;
    }
    C::parse_label(first).ok().map(|c| (c, None))
}

/// Whether a box label is the その他 box ([`crate::form::OTHER_BOX`]).
fn is_other(label: &str) -> bool {
    label.trim() == crate::form::OTHER_BOX
}

impl<C: Choice> Fill for CheckSet<C> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let text = box_text(cell);
        let boxes = boxes(&text)?;
        let mut set = CheckSet::default();
        for b in &boxes {
            if is_other(b.label) {
                if b.checked {
                    set.other = b.detail.map(str::to_owned);
                    // The その他 box is one of the list's choices too.
                    if let Ok(c) = C::parse_label(b.label) {
                        set.checked.insert(c);
                    }
                }
                continue;
            }
            let (c, _) = box_choice::<C>(b)?;
            if b.checked {
                set.checked.insert(c);
            }
        }
        *self = set;
        Some(cell.read(true))
    }
}

impl<C: Choice> Fill for ChoiceSet<C> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let text = box_text(cell);
        let boxes = boxes(&text)?;
        let mut set = ChoiceSet::new();
        for b in &boxes {
            let (c, _) = box_choice::<C>(b)?;
            if b.checked {
                set.insert(c);
            }
        }
        *self = set;
        Some(cell.read(true))
    }
}

impl Fill for BTreeMap<SourceKind, Option<String>> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let text = box_text(cell);
        let boxes = boxes(&text)?;
        let mut map = BTreeMap::new();
        for b in &boxes {
            let (c, detail) = box_choice::<SourceKind>(b)?;
            if b.checked {
                map.insert(c, detail.map(str::to_owned));
            }
        }
        *self = map;
        Some(cell.read(true))
    }
}

impl Fill for bool {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let text = cell.joined();
        let marks: Vec<_> = bracketed(&text);
        let (mark, _) = marks.first()?;
        if !(mark.is_empty() || is_check_mark(mark)) {
            return None;
        }
        *self = !mark.is_empty();
        Some(cell.read(true))
    }
}

/// The digits of a number written in half- or full-width digits, or kanji-free.
fn first_number(text: &str) -> Option<u32> {
    let mut digits = String::new();
    for c in text.chars().map(fold_char) {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if c == ',' && !digits.is_empty() {
            continue;
        } else if !digits.is_empty() {
            break;
        }
    }
    digits.parse().ok()
}

impl Fill for Option<u32> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let first = cell.texts().next()?;
        let n = first_number(first)?;
        *self = Some(n);
        Some(cell.read(true))
    }
}

/// Every 和暦 or ISO date written in `text`, in order, as parsed values.
pub(crate) fn dates_in(text: &str) -> Vec<DateValue> {
    const STARTS: &[&str] = &["令和", "平成", "昭和", "大正", "明治"];
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let Some(rest) = text.get(at..) else { break };
        // The first era name in `rest`, in one pass (the first characters of `STARTS`).
        let found = rest.char_indices().find_map(|(i, c)| {
            (era_start(c)
                && rest
                    .get(i..)
                    .is_some_and(|r| STARTS.iter().any(|s| r.starts_with(s))))
            .then_some(i)
        });
        let Some(start) = found else { break };
        let from = at + start;
        // `start` is where `find` found a word in `rest`: a char boundary.
        let tail = rest.split_at(start).1;
        // The longest prefix ending in 日, 月, 年 or 度 that parses, within 40 characters: tried
        // from the longest down, the first that parses (the shorter ones are not parsed).
        let window = tail
            .char_indices()
            .nth(40)
            .map_or(tail, |(end, _)| tail.split_at(end).0);
        let best = window
            .char_indices()
            .rev()
            .filter(|&(_, c)| matches!(c, '日' | '月' | '年' | '度' | '間'))
            .find_map(|(i, c)| {
                let end = i + c.len_utf8();
                let v = tail.get(..end).and_then(|t| DateValue::parse(t).ok())?;
                Some((end, v))
            });
        match best {
            Some((len, v)) => {
                out.push(v);
                at = from + len;
            }
            None => at = from + "令和".len(),
        }
    }
    out
}

/// Whether `c` is the first character of an era's name (`令和`, `平成`, …): a text without one
/// holds no date [`dates_in`] finds (the cheap test before it).
pub(crate) const fn era_start(c: char) -> bool {
    matches!(c, '令' | '平' | '昭' | '大' | '明')
}

/// The dates of `cell`'s text that `pick` keeps ([`day`], [`month`], [`day_or_month`]), in
/// the order written. A cell that holds a day in figures alone and no era's date
/// ([`super::classify::short_date`]: `2017-03-31`, `2017/3/31`, `H29.3.31`, as a sheet or a
/// database prints a date cell) holds that day: the 様式 and its 記載要領 prescribe no style
/// for a date.
fn dates_of<T>(cell: &Cell, pick: fn(DateValue) -> Option<T>) -> impl Iterator<Item = T> {
    let text = cell.joined();
    let mut dates = dates_in(&text);
    if dates.is_empty() {
        dates.extend(super::classify::short_day(text.trim()));
    }
    dates.into_iter().filter_map(pick)
}

/// A date value that is a day, as a calendar day.
pub(super) fn day(value: DateValue) -> Option<NaiveDate> {
    match value {
        DateValue::Day(d) => Some(d.to_naive()),
        _ => None,
    }
}

/// A date value that is a month (年月).
fn month(value: DateValue) -> Option<YearMonth> {
    match value {
        DateValue::YearMonth(m) => Some(m),
        _ => None,
    }
}

/// A date value that is a day or a month.
fn day_or_month(value: DateValue) -> Option<DateOrMonth> {
    match value {
        DateValue::YearMonth(m) => Some(DateOrMonth::Month(m)),
        v => day(v).map(DateOrMonth::Day),
    }
}

impl Fill for Option<NaiveDate> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        *self = Some(dates_of(cell, day).next()?);
        Some(cell.read(true))
    }
}

impl Fill for Vec<NaiveDate> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let days: Vec<_> = dates_of(cell, day).collect();
        if days.is_empty() {
            return None;
        }
        *self = days;
        Some(cell.read(true))
    }
}

impl Fill for Option<DateOrMonth> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        *self = Some(dates_of(cell, day_or_month).next()?);
        Some(cell.read(true))
    }
}

impl Fill for Option<FormRevision> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        *self = Some(FormRevision::from_month(dates_of(cell, month).next()?));
        Some(cell.read(true))
    }
}

impl Fill for Period {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let text = cell.joined();
        let mut period = Period::default();
        for v in dates_in(&text) {
            match v {
                DateValue::Range(r) => {
                    period.start = Some(r.start().to_naive());
                    period.end = Some(r.end().to_naive());
                    period.stated_days = r.stated_days();
                    break;
                }
                DateValue::Day(d) if period.start.is_none() => period.start = Some(d.to_naive()),
                DateValue::Day(d) if period.end.is_none() => period.end = Some(d.to_naive()),
                _ => {}
            }
        }
        period.start?;
        *self = period;
        Some(cell.read(true))
    }
}

/// Free text: the trimmed lines joined with `\n`; a dash alone is an empty cell, and a box's
/// pieces alone ([`is_box_piece`]) are no text.
fn free_text(cell: &Cell) -> Option<String> {
    let text = cell.joined();
    let no_value = is_empty_mark(&text)
        || is_form_placeholder(&text)
        || is_box_piece(&text)
        || opens_with_list_entry(&text);
    (!no_value).then(|| text.into_owned())
}

/// Whether `text` opens with an entry of a ＜選択肢＞ list, its number kept (`2） 十分である`): a
/// list printed where a free text should stand (with whatever ran on after it), no value of the
/// item. `2） 委託先に報告させる。` (no option of the forms) and `十分である` (no number) are not.
fn opens_with_list_entry(text: &str) -> bool {
    let first = text.lines().map(str::trim).find(|t| !t.is_empty());
    first
        .and_then(|t| super::classify::leading_number(t, &[')', '）']))
        .is_some_and(|(_, rest)| {
            all_options()
                .binary_search_by(|o| o.as_str().cmp(&squeezed(rest)))
                .is_ok()
        })
}

/// Whether `text` holds nothing but pieces of a box — its brackets and its check mark (`[`,
/// `]`, `[ ○`, `○`) — which a PDF text prints apart from the box's label: they are no value's
/// words. `[ ○ ] 紙` and `○○課` are not.
fn is_box_piece(text: &str) -> bool {
    let mut marks = text.chars().filter(|c| !c.is_whitespace()).peekable();
    marks.peek().is_some() && marks.all(|c| matches!(c, '[' | ']' | '［' | '］' | '○' | '〇' | '●'))
}

/// [`free_text`] of a prose item, re-flowed ([`reflow`]) a paragraph at a time: a legal basis
/// keeps its lines (each names a law), prose its paragraphs. A blank line inside the cell (a
/// PDF text's paragraph break, see `walk::Walker::continues_prose`) ends a paragraph.
fn prose(cell: &Cell) -> Option<String> {
    free_text(cell)?;
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut lines = cell.lines.iter().map(|(_, t)| t.trim()).peekable();
    while let Some(line) = lines.next() {
        if !line.is_empty() {
            paragraph.push(line);
        }
        if (line.is_empty() || lines.peek().is_none()) && !paragraph.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&reflow(&paragraph.join("\n")));
            paragraph.clear();
        }
    }
    Some(out)
}

/// A free text with the line breaks a PDF text makes inside a sentence (the cell's width) taken
/// out: a break is kept after what ends a sentence, a heading or a list entry (`。`, `）`, `」`,
/// `】`, `＞`, `：` …), before what starts an entry (`・`, `※`, `（１）`, `２．`, `①`, `【`,
/// `＜`), and after a line that stops short of the text's widest line by
/// [`SHORT_LINE_WIDTH`] or more (a heading, the last line of a paragraph: a wrapped line
/// fills the cell's width); any other is joined (`以下この評価書において` / `「架空」という。`
/// → one line).
///
/// A text whose author broke its lines (a Markdown or HTML value, a list) breaks them at those
/// places already: it comes out as it went in.
pub(crate) fn reflow(text: &str) -> String {
    let widest = text.lines().map(print_width).max().unwrap_or(0);
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(above) = previous {
            if keeps_break(above, line) || print_width(above) + SHORT_LINE_WIDTH <= widest {
                out.push('\n');
            }
        }
        out.push_str(line);
        previous = Some(line);
    }
    out
}

/// The width a line takes in print, in half-width columns: a character of ASCII or half-width
/// katakana takes one, any other (kanji, kana, full-width forms) two.
fn print_width(line: &str) -> usize {
    line.trim()
        .chars()
        .map(|c| match c {
            '\u{20}'..='\u{7e}' | '\u{ff61}'..='\u{ff9f}' => 1,
            _ => 2,
        })
        .sum()
}

/// Whether a line of a free text ends as a sentence, a note or a heading does (`。`, `）`, `」`,
/// `：` …): a break after it is the author's, never the width's. `…を通知する。` does; `…を賦課し、税額`
/// does not.
pub(super) fn ends_sentence(line: &str) -> bool {
    const ENDS: &[char] = &[
        '。', '．', '.', '）', ')', '」', '』', '】', '］', ']', '＞', '>', '：', ':', '！', '？',
        '!', '?',
    ];
    line.trim_end().ends_with(ENDS)
}

/// Whether the break between the lines `above` and `below` of a free text is the author's (see
/// [`reflow`]).
pub(crate) fn keeps_break(above: &str, below: &str) -> bool {
    const STARTS: &[char] = &[
        '・', '･', '●', '○', '◆', '■', '□', '※', '＊', '*', '-', '－', '―', '【', '＜', '<', '[',
        '［', '「',
    ];
    let (above, below) = (above.trim_end(), below.trim_start());
    above.is_empty()
        || below.is_empty()
        || ends_sentence(above)
        || below.starts_with(STARTS)
        || below.starts_with(|c| matches!(c, '①'..='⑳'))
        || strip_list_mark(below).len() < below.len()
}

/// The form's own words in an empty box: 「（この欄は、…を記入する欄です。）」.
fn is_form_placeholder(text: &str) -> bool {
    // Every test below needs a `欄`, which folding neither makes nor drops: a text without one
    // is not folded at all.
    if !text.contains('欄') {
        return false;
    }
    let t = squeezed(text);
    (t.starts_with("（この欄は") || t.starts_with("(この欄は")) && t.ends_with("欄です。）")
        || t.ends_with("欄です。)")
}

impl Fill for Option<String> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let text = prose(cell)?;
        *self = Some(text);
        Some(cell.read(true))
    }
}

impl Fill for String {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        *self = prose(cell)?;
        Some(cell.read(true))
    }
}

/// The bullets that open a list's entry (`・`, `•`, `●`, `*`): not `○` and `-`, which also stand
/// for a check mark and an empty cell.
pub(crate) const BULLETS: [char; 5] = ['・', '･', '•', '●', '*'];

/// A list entry with its numbering taken off: `（１）`, `(1)`, `( 1 )` (a document site sets every
/// number off with spaces), `１．`, `1)`, `・`, `•` (one of [`BULLETS`], or `○` and `-`, read as
/// bullets here). Refused: `( 1 架空` (the parenthesis not closed), `1 架空` (no mark).
pub(crate) fn strip_list_mark(text: &str) -> &str {
    let t = text.trim();
    let is_mark = |c: char| BULLETS.contains(&c) || matches!(c, '○' | '-');
    let t = t.trim_start_matches(is_mark).trim_start();
    // The characters are read in one pass, without collecting them: an optional opening
    // parenthesis, the digits, then the mark that ends the number.
    let mut chars = t.char_indices().peekable();
    let open = chars.next_if(|&(_, c)| matches!(c, '（' | '(')).is_some();
    if open {
        skip_spaces(&mut chars);
    }
    let mut digits = 0usize;
    while chars
        .next_if(|&(_, c)| fold_char(c).is_ascii_digit())
        .is_some()
    {
        digits += 1;
    }
    if digits == 0 {
        return t;
    }
    if open {
        skip_spaces(&mut chars);
    }
    match chars.next() {
        Some((at, c)) if open && matches!(c, '）' | ')') => {
            t.get(at + c.len_utf8()..).unwrap_or(t).trim()
        }
        Some((at, c)) if !open && matches!(c, '．' | '.' | ')' | '）' | '、') => {
            t.get(at + c.len_utf8()..).unwrap_or(t).trim()
        }
        _ => t,
    }
}

/// Takes the spaces at the front of `chars` off.
fn skip_spaces(chars: &mut std::iter::Peekable<std::str::CharIndices>) {
    while chars.next_if(|&(_, c)| c == ' ').is_some() {}
}

/// A list's entry with its numbering taken off ([`strip_list_mark`]), a circled number too
/// (`①架空ファイル`, `② 乙ファイル`: a list may number its entries as the form numbers its
/// items), and a parenthesized number of one character (`⑴ 架空ファイル`, U+2474–U+2487, as
/// a word processor writes `(1)`). A circled number with nothing after it is left (`①`: no
/// entry, and no number of a list of one-character marks only); a parenthesized one alone goes,
/// as `（1）` alone does (`⑴` / `甲ファイル`: a page run together put the mark on a line of its
/// own, and its entry is the next line).
pub(crate) fn strip_entry_mark(text: &str) -> &str {
    let t = strip_list_mark(text);
    let mut chars = t.chars();
    let marked = |c: char| super::form_words::is_circled(c) || is_parenthesized_number(c);
    match chars.next() {
        Some(c) if marked(c) && !chars.as_str().trim().is_empty() => chars.as_str().trim_start(),
        Some(c) if is_parenthesized_number(c) => "",
        _ => t,
    }
}

/// Whether `c` is a parenthesized number of one character (`⑴` … `⒇`), as a list numbers its
/// entries.
pub(super) fn is_parenthesized_number(c: char) -> bool {
    ('⑴'..='⒇').contains(&c)
}

/// Fills a list (a file's names, the record items of 別添) with the items of `cell`: each text
/// without its list mark, the empty marks left out, a note wrapped onto a line of its own
/// joined to its entry ([`is_wrapped_note`]), as is the line after an entry that leaves a
/// bracket open ([`leaves_bracket_open`]), made an item by `item`; nothing when no item is
/// left.
///
/// A list printed in columns side by side (a text that keeps the page's layout: `個人番号
/// 減免区分`) is read a column at a time, as the page reads: where most lines hold a gap of
/// [`COLUMN_GAP`] spaces or more, each line's pieces are its columns' entries.
fn fill_list<'c, L: FromIterator<T>, T>(
    list: &mut L,
    cell: &'c Cell,
    item: impl Fn(Cow<'c, str>) -> T,
) -> Option<Read> {
    let entries = in_columns(cell).unwrap_or_else(|| cell.texts().collect());
    let mut items: Vec<Cow<'c, str>> = Vec::with_capacity(entries.len());
    for entry in entries {
        // The end of an entry wrapped inside its note, as printed (`1）` is no list mark here).
        if let Some(last) = items.last_mut().filter(|last| leaves_bracket_open(last)) {
            last.to_mut().push_str(entry.trim());
            continue;
        }
        let text = strip_entry_mark(entry);
        if is_empty_mark(text) {
            continue;
        }
        match items.last_mut() {
            Some(last) if is_wrapped_note(text) => last.to_mut().push_str(text),
            _ => items.push(Cow::Borrowed(text)),
        }
    }
    if items.is_empty() {
        return None;
    }
    *list = items.into_iter().map(item).collect();
    Some(cell.read(true))
}

/// Whether a list's line is only a note in brackets (`（履歴1）`): the end of the entry above,
/// wrapped in a narrow column (`氏名（カナ）` / `（履歴1）`). No entry of a list opens with its
/// note. Refuses a line with words after its bracket (`（1）国保ファイル`, numbered) and a
/// bracket of figures alone (`（2）`: a number).
fn is_wrapped_note(text: &str) -> bool {
    let Some(inner) = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
    else {
        return false;
    };
    !inner.is_empty()
        && !inner.contains(['（', '(', '）', ')'])
        && !inner.chars().all(|c| fold_char(c).is_ascii_digit())
}

/// Whether a list's entry opens a bracket it does not close (`医療機関名（履歴`): a narrow
/// column wrapped it inside its note, and the next line (`1）`) is its end. Refuses `氏名（カナ）`
/// (closed) and `氏名` (no bracket): their next line is an entry of its own.
fn leaves_bracket_open(entry: &str) -> bool {
    let opened = entry.chars().filter(|c| matches!(c, '（' | '(')).count();
    let closed = entry.chars().filter(|c| matches!(c, '）' | ')')).count();
    opened > closed
}

/// The entries of a list printed in columns, column by column; `None` unless most of its
/// lines hold a column gap. A list that runs over pages (its cell taken up again after a page's
/// foot: a gap in its source lines) is read a page at a time, each page's columns in turn.
fn in_columns(cell: &Cell) -> Option<Vec<&str>> {
    let gap = " ".repeat(COLUMN_GAP);
    let mut pages: Vec<Vec<Vec<&str>>> = Vec::new();
    let mut last_no: Option<usize> = None;
    for (no, text) in &cell.lines {
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let row: Vec<&str> = text
            .split(gap.as_str())
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let next_page = last_no.is_none_or(|last| *no > last + 1);
        match pages.last_mut() {
            Some(page) if !next_page => page.push(row),
            _ => pages.push(vec![row]),
        }
        last_no = Some(*no);
    }
    let rows = pages.iter().map(Vec::len).sum::<usize>();
    let split = pages.iter().flatten().filter(|r| r.len() > 1).count();
    if split * 2 <= rows {
        return None;
    }
    let mut out = Vec::new();
    for page in &pages {
        let columns = page.iter().map(Vec::len).max().unwrap_or(0);
        for c in 0..columns {
            out.extend(page.iter().filter_map(|r| r.get(c).copied()));
        }
    }
    Some(out)
}

impl Fill for Vec<String> {
    /// The entries as [`fill_list`] reads a list, a numbered entry's wrapped rest joined to it
    /// first ([`numbered_rests_joined`]).
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        match numbered_rests_joined(cell) {
            Some(joined) => fill_list(self, &joined, Cow::into_owned),
            None => fill_list(self, cell, Cow::into_owned),
        }
    }
}

/// `cell` with each line that opens with no mark joined to the line above, where the list's
/// entries are numbered (its first line opens with `1.`, `（1）`, `①` or `⑴`): a line with no
/// number or bullet in a numbered list is the rest of the entry above, wrapped or split at a
/// space (`4.口座` / `情報ファイル` → `4.口座情報ファイル`); `None` where nothing is joined. A list
/// that numbers its entries numbers each. Refuses (`None`) a list whose first line has no
/// number or a bullet only (`甲ファイル` / `乙ファイル`: an entry a line); leaves apart a line
/// with a mark of its own (`・中間`), an empty mark and a line opening with `※` (a note under
/// the list); and refuses a list in columns (its lines' gaps part entries, [`fill_list`]).
fn numbered_rests_joined(cell: &Cell) -> Option<Cell> {
    let gap = " ".repeat(COLUMN_GAP);
    let mut filled = cell.lines.iter().filter(|(_, t)| !t.trim().is_empty());
    let first = filled.next()?;
    if !is_numbered_entry(&first.1) || cell.lines.iter().any(|(_, t)| t.trim().contains(&gap)) {
        return None;
    }
    let mut lines = vec![(first.0, first.1.trim().to_owned())];
    let mut joined = false;
    for (no, line) in filled {
        let t = line.trim();
        let rest = strip_entry_mark(t) == t && !is_empty_mark(t) && !t.starts_with('※');
        match lines.last_mut() {
            Some((_, last)) if rest => {
                last.push_str(t);
                joined = true;
            }
            _ => lines.push((*no, t.to_owned())),
        }
    }
    joined.then_some(Cell {
        lines,
        displaced: cell.displaced,
    })
}

/// Whether `line` opens with an entry's number (`1.`, `（1）`, `①`, `⑴`; [`strip_entry_mark`]),
/// not a bullet only (`・`).
fn is_numbered_entry(line: &str) -> bool {
    let t = line.trim();
    let numbered_start = t.chars().next().is_some_and(|c| {
        fold_char(c).is_ascii_digit()
            || matches!(c, '（' | '(')
            || super::form_words::is_circled(c)
            || is_parenthesized_number(c)
    });
    numbered_start && strip_entry_mark(t) != t
}

impl Fill for RecordItems {
    /// The entries as [`fill_list`] reads a list, and two ways the appendix prints its items:
    /// a line that opens with the middle dot and parts its entries with it
    /// (`・個人番号・世帯番号・住所情報（郵便番号・方書）`) holds one entry a dot
    /// ([`dotted_entries`]); a group's heading alone on its line in angle brackets (`<宛名>`,
    /// `＜資格＞`) names the group of the entries under it, held before each (`<宛名>個人番号`,
    /// the form [`RecordItems`] documents; [`group_heading`]).
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let mut lines = Vec::with_capacity(cell.lines.len());
        for (no, line) in &cell.lines {
            for entry in dotted_entries(line) {
                lines.push((*no, entry.to_owned()));
            }
        }
        let parted = Cell {
            lines,
            displaced: cell.displaced,
        };
        let mut entries: Vec<String> = Vec::new();
        fill_list(&mut entries, &parted, Cow::into_owned)?;
        let mut items = RecordItems::new();
        let mut group = "";
        for entry in &entries {
            match group_heading(entry) {
                Some(heading) => group = heading,
                None => items.push(&format!("{group}{entry}")),
            }
        }
        if items.is_empty() {
            return None;
        }
        *self = items;
        Some(cell.read(true))
    }
}

/// A record items' group heading alone on its line, angle brackets and all (`<宛名>`,
/// `＜資格＞`): the text held before the entries under it. Refuses a line with words past its
/// bracket (`<宛名>個人番号`: an entry named with its group already) and brackets around
/// nothing.
fn group_heading(entry: &str) -> Option<&str> {
    let t = entry.trim();
    let inner = t
        .strip_prefix(['<', '＜'])
        .and_then(|rest| rest.strip_suffix(['>', '＞']))?;
    let whole = !inner.trim().is_empty() && !inner.contains(['<', '>', '＜', '＞']);
    whole.then_some(t)
}

/// A list line that opens with the middle dot and parts its entries with it, parted at every
/// dot outside brackets (`・個人番号・住所情報（郵便番号・方書）` → `個人番号`,
/// `住所情報（郵便番号・方書）`); any other line whole (`氏名・住所`, no dot first: one entry
/// whose words a dot joins; `・氏名` alone: one entry).
fn dotted_entries(line: &str) -> Vec<&str> {
    let Some(rest) = line.trim().strip_prefix('・') else {
        return vec![line];
    };
    let mut pieces = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (at, c) in rest.char_indices() {
        match c {
            '（' | '(' | '【' | '「' => depth += 1,
            '）' | ')' | '】' | '」' => depth = depth.saturating_sub(1),
            '・' if depth == 0 => {
                pieces.push(rest.get(start..at).unwrap_or(""));
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(rest.get(start..).unwrap_or(""));
    pieces
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

impl Fill for Option<LegalBasis> {
    /// The text is held as it is, parsed when its citations are first asked for (a draft's
    /// bases are not read by the import itself): the same basis as [`LegalBasis::parse`]
    /// gives, which refuses only blank text, as [`free_text`] does.
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let text = free_text(cell)?;
        *self = Some(LegalBasis::after("", text).ok()?);
        Some(cell.read(true))
    }
}

impl Fill for Option<LinkageBasis> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let text = free_text(cell)?;
        *self = Some(LinkageBasis::parse(&text).ok()?);
        Some(cell.read(true))
    }
}

impl Fill for Option<StatedThresholdResult> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        for (_, inner, closed) in bracket_answers(cell, false) {
            if let Ok(r) = inner.parse() {
                *self = Some(r);
                return Some(cell.read(closed));
            }
        }
        let first = cell.texts().next()?;
        *self = Some(before_options(first).trim().parse().ok()?);
        Some(cell.read(true))
    }
}

impl Fill for Option<bool> {
    /// The model's own yes-or-no (whether the original body permitted a 再委託 level) is not
    /// printed by the forms: nothing to read.
    fn fill(&mut self, _cell: &Cell) -> Option<Read> {
        None
    }
}

/// A group's cell split at its parts' labels ([`split_parts`]), each part read by its own
/// field; a part the cell does not print is left as it is.
impl<G: Group> Fill for G {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        let parts = split_parts(cell, G::LABELS);
        let mut read = None;
        for (field, part) in self.parts_mut().into_iter().zip(&parts) {
            if !part.lines.is_empty() {
                read = read.max(field.fill(part));
            }
        }
        read
    }
}

/// [`ItemId::detail_labels`](crate::report::ItemId), once.
fn detail_labels() -> &'static [&'static str] {
    static LABELS: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(crate::report::ItemId::detail_labels);
    &LABELS
}

impl<T: Choice> Fill for Control<T> {
    fn fill(&mut self, cell: &Cell) -> Option<Read> {
        // The status, then the detail under a label that varies by item (「具体的な方法」,
        // 「具体的な管理方法」, 「規定の内容」…): a short label before the first colon.
        let first = cell.lines.iter().position(|(_, t)| !t.trim().is_empty())?;
        let mut read = None;
        let mut detail = cell.clone();
        if cell
            .lines
            .get(first)
            .is_some_and(|(_, t)| holds_status::<T>(t))
        {
            let mut status = cell.clone();
            status.lines.truncate(first + 1);
            read = self.status.fill(&status);
            detail.lines.drain(..=first);
        }
        drop_option_entries::<T>(&mut detail);
        drop_form_words(&mut detail);
        if let Some((_, head)) = detail.lines.iter_mut().find(|(_, t)| !t.trim().is_empty()) {
            // One of the forms' own labels of the part, whatever separates it from the text
            // (a colon, a tab, a space, nothing on its line).
            let printed = detail_labels()
                .iter()
                .map(|label| after_label(head, label))
                .find(|rest| rest.len() < head.len())
                .map(str::to_owned);
            // (A heading of the text in brackets, `＜架空市における措置＞`, is its words.)
            let label_only = head.chars().count() <= DETAIL_LABEL_CHARS
                && !head.contains(['。', '、'])
                && !head.trim_start().starts_with(TEXT_HEADING_BRACKETS);
            *head = match (printed, head.split_once(['：', ':'])) {
                (Some(rest), _) => rest,
                (None, Some((label, rest)))
                    if label.chars().count() <= COLON_LABEL_CHARS
                        && !label.contains(['。', '、']) =>
                {
                    rest.to_owned()
                }
                _ if label_only => String::new(),
                _ => head.clone(),
            };
        }
        if !detail.lines.is_empty() {
            read = read.max(self.detail.fill(&detail));
        }
        read
    }
}

/// The brackets a heading inside a free text opens with (`＜架空市における措置＞`, `【体制】`).
const TEXT_HEADING_BRACKETS: [char; 3] = ['＜', '<', '【'];

/// Whether `line`, a control's first line, is its status: a box (`[ 行っている ]`, or a piece of
/// one) or one of the list's answers. A line that holds neither (`＜架空市における措置＞`, the
/// detail printed above its box) is the detail's first.
fn holds_status<T: Choice>(line: &str) -> bool {
    if line.contains(['[', '［', ']', '］']) {
        return true;
    }
    let key = squeezed(line);
    T::LABELS
        .iter()
        .any(|label| key.contains(squeezed(label).as_ref()))
}

/// Blanks the lines of a control's detail that hold nothing but the form's own words: entries
/// of any of its ＜選択肢＞ lists (`2） 十分に行っている1） 特に力を入れて行っている`: another
/// item's list that a PDF text printed among the control's lines), or a part's label alone
/// (`具体的な方法`: a label is never its own value), or a piece of a box (`]`, `[ ○`: its
/// answer's brackets, printed apart from it). Keeps a line with words of its own
/// (`1） 記録は5年間保存する。`).
fn drop_form_words(detail: &mut Cell) {
    for (_, line) in &mut detail.lines {
        let key = squeezed(line);
        let label_alone = detail_labels().iter().any(|l| squeezed(l) == key);
        let box_piece = is_box_piece(&key);
        if label_alone || box_piece || only_option_entries(&key) {
            line.clear();
        }
    }
}

/// Whether `key` (a folded line) is one or more numbered entries of the forms' ＜選択肢＞ lists
/// and nothing else.
pub(super) fn only_option_entries(key: &str) -> bool {
    let mut rest = key;
    loop {
        let Some((_, after)) = super::classify::leading_number(rest, &[')', '）']) else {
            return false;
        };
        let entry = all_options()
            .iter()
            .filter(|o| after.starts_with(o.as_str()))
            .max_by_key(|o| o.len());
        let Some(entry) = entry else {
            return false;
        };
        rest = &after[entry.len()..];
        if rest.is_empty() {
            return true;
        }
    }
}

/// The option labels of every ＜選択肢＞ list of the three forms, folded.
pub(super) fn all_options() -> &'static [String] {
    static OPTIONS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let mut all: Vec<String> = <crate::AssessmentKind as crate::Choice>::ALL
            .iter()
            .flat_map(|&form| super::form_words::of(form).options.iter().cloned())
            .collect();
        all.sort();
        all.dedup();
        all
    });
    &OPTIONS
}

/// Takes off the start of a control's detail the ＜選択肢＞ entries of its status's list that a
/// PDF text prints after the status line (`2) 十分に行っている`): they are the form's list, not
/// the detail. A part's label run into the last of them (`3) 十分に行っていない具体的な方法 …`)
/// starts the detail there. Refuses (keeps) an entry followed by other words: a numbered
/// sentence of the detail that happens to start with an option's words.
fn drop_option_entries<T: Choice>(detail: &mut Cell) {
    while let Some(at) = detail.lines.iter().position(|(_, t)| !t.trim().is_empty()) {
        let Some((_, line)) = detail.lines.get_mut(at) else {
            return;
        };
        let Some(rest) = after_option::<T>(line) else {
            return;
        };
        if rest.trim().is_empty() {
            detail.lines.remove(at);
            continue;
        }
        let starts_part = detail_labels()
            .iter()
            .any(|label| after_label(rest, label).len() < rest.len());
        if starts_part {
            *line = rest.to_owned();
        }
        return;
    }
}

/// The rest of `line` after an entry of `T`'s ＜選択肢＞ list, its number and its option's
/// words (`3) 十分に行っていない具体的な方法 …` → `具体的な方法 …`); `None` when the line is no
/// entry of the list.
fn after_option<T: Choice>(line: &str) -> Option<&str> {
    let (_, rest) = super::classify::leading_number(line.trim(), &[')', '）'])?;
    T::LABELS
        .iter()
        .map(|label| after_label(rest, label))
        .filter(|after| after.len() < rest.len())
        .min_by_key(|after| after.len())
}

impl Fill for Vec<ReEntrustee> {
    /// The explicit 再委託 chain is the model's own (no form prints it): nothing to read.
    fn fill(&mut self, _cell: &Cell) -> Option<Read> {
        None
    }
}

/// Splits a group's cell at its parts' labels: the lines before any label go to the part with
/// the empty label (if there is one); a line that starts with a part's label starts that part
/// (the rest of the line is its first line).
pub(crate) fn split_parts(cell: &Cell, labels: &[&str]) -> Vec<Cell> {
    let mut parts: Vec<Cell> = labels.iter().map(|_| Cell::default()).collect();
    let mut current = labels.iter().position(|l| l.is_empty());
    // The labels folded once, for every line.
    let keys: Vec<Cow<'_, str>> = labels.iter().map(|l| squeezed(l)).collect();
    for (no, line) in &cell.lines {
        let hit = part_opened_by(line, &keys).and_then(|i| Some((i, *labels.get(i)?)));
        if let Some((i, label)) = hit {
            current = Some(i);
            // A box before a label (`[ ○ ] 人手を介在させる作業はない`) is the part's value.
            let rest = match strip_box(line) {
                Some(_) => line.as_str(),
                None => after_label(line, label),
            };
            if let Some(part) = parts.get_mut(i) {
                part.displaced = cell.displaced;
                part.lines.push((*no, rest.to_owned()));
            }
            continue;
        }
        if let Some(part) = current.and_then(|i| parts.get_mut(i)) {
            part.displaced = cell.displaced;
            part.lines.push((*no, line.clone()));
        }
    }
    parts
}

/// Which of a group's parts `line` opens: the index of the longest of the part labels `keys`
/// (folded; an empty one is the unlabelled part, opened by no line) that the line starts with,
/// or that a boxed line ends with (a box's label may carry the item's words before the part's:
/// 「提供・移転しない」 for the part 「しない」). `None` for a line of a part's text.
pub(crate) fn part_opened_by(line: &str, keys: &[impl AsRef<str>]) -> Option<usize> {
    let boxed = strip_box(line);
    let folded = squeezed(boxed.unwrap_or(line));
    let mut opened: Option<(usize, usize)> = None;
    for (i, key) in keys.iter().enumerate() {
        let key = key.as_ref();
        let hit = !key.is_empty()
            && (folded.starts_with(key) || boxed.is_some() && folded.ends_with(key));
        if hit && opened.is_none_or(|(_, len)| key.len() >= len) {
            opened = Some((i, key.len()));
        }
    }
    opened.map(|(i, _)| i)
}

/// `[ ○ ] rest` → `rest`.
pub(crate) fn strip_box(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let after = t.strip_prefix(['[', '［'])?;
    let close = after.find([']', '］'])?;
    let mark = after.get(..close)?.trim();
    if !(mark.is_empty() || matches!(mark, "○" | "〇" | "◯" | "●")) {
        return None;
    }
    let skip = after.get(close..)?.chars().next()?.len_utf8();
    Some(after.get(close + skip..)?.trim_start())
}

/// The text folded for comparing labels: widths folded, spaces and list marks removed.
pub(crate) fn squeeze(text: &str) -> String {
    squeezed(text).into_owned()
}

/// [`squeeze`], borrowing `text` where folding leaves it as it is or only takes characters off
/// its ends (a line of plain Japanese, a label without spaces, a cell with a space after it):
/// nothing is allocated then.
pub(crate) fn squeezed(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    match squeeze_from(text, 0, false, &mut out).1 {
        Squeezed::Part(part) => Cow::Borrowed(part),
        Squeezed::Empty => Cow::Borrowed(""),
        Squeezed::Written => Cow::Owned(out),
    }
}

/// Where [`squeeze_from`] left the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Squeezed<'a> {
    /// It is this part of the text (all of it where nothing changed): folding only dropped
    /// characters before or after it.
    Part(&'a str),
    /// It is empty: folding dropped every character.
    Empty,
    /// It is written at the end of the `String` given.
    Written,
}

/// Folds `text` from byte `from` (where a character starts) as [`squeeze`] does; with `line`,
/// only up to the first `\n`. Returns where it stopped (that `\n`, or the end of `text`) and
/// where the folded text is: a part of `text` (nothing is copied then), or written to `out`.
///
/// The runs of characters that stay as they are (most of a Japanese text) are copied whole:
/// [`next_change`] finds the end of each run and what becomes of the character there by its
/// bytes, without decoding a character. Until a second piece of the folded text comes, or a
/// character that folds, nothing is written: the one run kept so far is only two offsets (a
/// line folds to itself, or to itself without the white space at its ends, most often).
/// (Inlined: the reading of a PDF text asks for it once per line, and most lines are short.)
#[inline]
pub(crate) fn squeeze_from<'a>(
    text: &'a str,
    from: usize,
    line: bool,
    out: &mut String,
) -> (usize, Squeezed<'a>) {
    let bytes = text.as_bytes();
    // `run` is where the run not yet kept starts: always where a character starts. `kept` is
    // the one run kept, `kept_start..kept_end`, empty while there is none.
    let mut run = from;
    let (mut kept_start, mut kept_end) = (from, from);
    loop {
        let (at, change) = next_change(bytes, run);
        if at > run {
            if kept_end > kept_start {
                // A second piece: the folded text is written.
                let kept = (kept_start, kept_end);
                return write_rest(text, from, line, kept, run, (at, change), out);
            }
            (kept_start, kept_end) = (run, at);
        }
        match change {
            Change::Dropped(width) => run = at + width,
            Change::LineEnd if !line => run = at + 1,
            Change::Folded(_) => {
                let kept = (kept_start, kept_end);
                return write_rest(text, from, line, kept, at, (at, change), out);
            }
            Change::LineEnd | Change::End => {
                // Both ends of the run are where characters start (or the text ends).
                let key = match text.get(kept_start..kept_end) {
                    Some(part) if !part.is_empty() => Squeezed::Part(part),
                    _ => Squeezed::Empty,
                };
                return (at, key);
            }
        }
    }
}

/// The rest of [`squeeze_from`] once it has to write: `kept`, the run it kept (if not empty),
/// is written to `out`, then the run from `run` to the change `next` found (the character
/// there starts at `next.0`), and the folded text after. A text folded whole (not a `line`)
/// gets room for all of it from `from` at once (folding never lengthens a text); a line's key
/// goes to a buffer kept for every line.
fn write_rest<'a>(
    text: &'a str,
    from: usize,
    line: bool,
    kept: (usize, usize),
    mut run: usize,
    next: (usize, Change),
    out: &mut String,
) -> (usize, Squeezed<'a>) {
    let bytes = text.as_bytes();
    if !line {
        out.reserve(text.len().saturating_sub(from));
    }
    if let Some(kept) = text.get(kept.0..kept.1) {
        out.push_str(kept);
    }
    let (mut at, mut change) = next;
    loop {
        if at > run {
            if let Some(piece) = text.get(run..at) {
                out.push_str(piece);
            }
        }
        match change {
            Change::Folded(ascii) => {
                out.push(char::from(ascii));
                run = at + 3;
            }
            Change::Dropped(width) => run = at + width,
            Change::LineEnd if !line => run = at + 1,
            Change::LineEnd | Change::End => return (at, Squeezed::Written),
        }
        (at, change) = next_change(bytes, run);
    }
}

/// What [`squeeze`] does to a character that [`next_change`] finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// Drops it (white space, `※`, `*`, `＊`); it is this many bytes wide.
    Dropped(usize),
    /// Folds it (full-width ASCII, `〔〕`, three bytes wide) to this ASCII character.
    Folded(u8),
    /// A `\n`: dropped, or the end of a line.
    LineEnd,
    /// No character: the end of the text.
    End,
}

/// The byte offset of the first character of `bytes` (a `str`'s) from `from` on (where a
/// character starts) that [`squeeze`] folds or drops, and what it does to it; read from the
/// bytes of its UTF-8 alone (decoding every character would cost more): the white space
/// (ASCII, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000),
/// `*`, `※` (U+203B), `〔〕` and the full-width ASCII U+FF01–U+FF5E. The unit test checks every
/// character against folding it alone. A line break is white space: the scan stops there too.
/// Where no character changes, the end of `bytes` and [`Change::End`]. (Inlined in each of
/// the loops that ask for the next change: a call per run costs more than the scan of most.)
#[inline(always)]
fn next_change(bytes: &[u8], from: usize) -> (usize, Change) {
    let mut i = from;
    // `i` is always at the first byte of a character: each step skips the character's width,
    // which [`WIDTH_OF_FIRST`] gives for most first bytes at the cost of one look-up (most of a
    // Japanese text); the few first bytes a changed character may have are looked at closer.
    while let Some(&b) = bytes.get(i) {
        // A `u8` is below 256: the look-up is always in the table (and a 0 would only make
        // the byte looked at closer).
        let width = WIDTH_OF_FIRST.get(usize::from(b)).copied().unwrap_or(0);
        // U+3000–U+3FFF (a third of a Japanese text: kana, `、。「」`) changes only at U+3000,
        // `〔` and `〕`, whose second byte is 0x80: its first byte has a width, and the second
        // is looked at with it. (Worked out without a jump: whether a character is kana or
        // kanji follows no pattern a processor could predict, and a mispredicted jump per
        // character cost more than the test.)
        let second = bytes.get(i + 1).copied().unwrap_or(0);
        let closer = (width == 0) | ((b == 0xE3) & (second == 0x80));
        if !closer {
            i += usize::from(width);
            continue;
        }
        let change = match bytes.get(i..) {
            Some([b'\n', ..]) => Change::LineEnd,
            Some([0xE3, 0x80, 0x94, ..]) => Change::Folded(b'['),
            Some([0xE3, 0x80, 0x95, ..]) => Change::Folded(b']'),
            // `＊` folds to `*`, which is dropped.
            Some([0xEF, 0xBC, 0x8A, ..]) => Change::Dropped(3),
            // U+FF01–U+FF3F and U+FF40–U+FF5E: the ASCII 0xFEE0 below.
            Some([0xEF, 0xBC, c @ 0x81..=0xBF, ..]) => Change::Folded(c - 0x60),
            Some([0xEF, 0xBD, c @ 0x80..=0x9E, ..]) => Change::Folded(c - 0x20),
            Some([0xC2, 0x85 | 0xA0, ..]) => Change::Dropped(2),
            Some(
                [0xE3, 0x80, 0x80, ..]
                | [0xE1, 0x9A, 0x80, ..]
                | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF | 0xBB, ..]
                | [0xE2, 0x81, 0x9F, ..],
            ) => Change::Dropped(3),
            Some([0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF, ..]) => {
                i += if b == 0xC2 { 2 } else { 3 };
                continue;
            }
            // The ASCII white space and `*`.
            _ => Change::Dropped(1),
        };
        return (i, change);
    }
    (bytes.len(), Change::End)
}

/// [`width_of_first`] of every byte, looked up rather than worked out: a `match` of a byte
/// compiles to a chain of comparisons.
static WIDTH_OF_FIRST: [u8; 256] = {
    let mut table = [0; 256];
    // Slot by slot, each with its byte (the 256th step wraps to 0 as the slots run out).
    let mut slots: &mut [u8] = &mut table;
    let mut b: u8 = 0;
    while let [slot, rest @ ..] = slots {
        *slot = width_of_first(b);
        slots = rest;
        b = b.wrapping_add(1);
    }
    table
};

/// The width of the UTF-8 character that starts with byte `b`; 0 for the bytes that
/// [`next_change`] looks at closer: the ASCII white space and `*` (always changed), and the
/// first bytes of U+0080–U+00BF, U+1000–U+1FFF, U+2000–U+2FFF and U+F000–U+FFFF, where the
/// changed characters are. (U+3000–U+3FFF has its width: [`next_change`] tells its few changed
/// characters by their second byte. A continuation byte never starts a character; it is given
/// 1.)
const fn width_of_first(b: u8) -> u8 {
    match b {
        0x09..=0x0D | 0x20 | 0x2A | 0xC2 | 0xE1 | 0xE2 | 0xEF => 0,
        // (At most 4: the cast keeps it.)
        _ => char_len(b) as u8,
    }
}

/// The length in bytes of the UTF-8 character whose first byte is `b`: 1 for ASCII, 2, 3 or 4
/// by its high bits. (A `str` starts no character with a continuation byte, 0x80–0xBF; one is
/// given 1.)
pub(crate) const fn char_len(b: u8) -> usize {
    match b {
        0x00..=0xBF => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Whether [`squeeze`] drops the folded character `c`: white space, `※` and `*`.
pub(crate) fn squeezed_out(c: char) -> bool {
    c.is_whitespace() || matches!(c, '※' | '*')
}

/// The characters of [`squeeze`]`(text)` one by one, without building the folded text.
pub(crate) fn squeezed_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().map(fold_char).filter(|&c| !squeezed_out(c))
}

/// The first character of [`squeeze`]`(text)`, without building the folded text.
pub(crate) fn squeezed_first(text: &str) -> Option<char> {
    squeezed_chars(text).next()
}

/// The rest of `line` after `label` (compared as [`squeeze`] compares), with the separators
/// that follow a label (`：`, `:`, `=`, tabs, spaces) taken off.
pub(crate) fn after_label<'a>(line: &'a str, label: &str) -> &'a str {
    // (`=`: a text written as `label = value`, as a settings file or an export writes it.)
    let separators =
        |c: char| c.is_whitespace() || matches!(c, '：' | ':' | '※' | '*' | '=' | '＝');
    // A line that starts with the label as it is (most) is past it at the label's end: the
    // label's characters compare equal one by one (what folding drops in one it drops in the
    // other), and those it drops at the label's end are separators.
    if let Some(rest) = line.strip_prefix(label) {
        return rest.trim_start_matches(separators);
    }
    match label_end(line, label) {
        // `end` is the end of a character of `line` (or 0): a char boundary.
        Some(end) => line.split_at(end).1.trim_start_matches(separators),
        None => line,
    }
}

/// Where `label` ends in `line` when `line` starts with it (compared as [`squeeze`] compares:
/// what folding drops in either is passed over): the byte after the label's last character.
pub(crate) fn label_end(line: &str, label: &str) -> Option<usize> {
    let mut want = squeezed_chars(label).peekable();
    let mut end = 0;
    for (i, c) in line.char_indices() {
        let Some(&w) = want.peek() else {
            break;
        };
        let f = fold_char(c);
        if squeezed_out(f) {
            end = i + c.len_utf8();
            continue;
        }
        if w == f {
            want.next();
            end = i + c.len_utf8();
        } else {
            return None;
        }
    }
    want.peek().is_none().then_some(end)
}

#[cfg(test)]
pub(super) mod tests {
    /// A control of the list `T` filled from a cell of `lines`.
    fn control_of<T: crate::Choice>(lines: &[&str]) -> crate::report::Control<T> {
        let mut control = crate::report::Control::<T>::default();
        super::Fill::fill(&mut control, &cell(lines));
        control
    }

    #[test]
    fn the_list_after_an_answer_is_cut_off_at_its_heading_with_or_without_brackets() {
        use super::before_options;
        assert_eq!(before_options("[ 実施する ] ＜選択肢＞"), "[ 実施する ] ");
        // The heading's words without brackets where they end the line after the answer.
        assert_eq!(before_options("30万人以上選択肢"), "30万人以上");
        // Refused: the words amid a line, the words alone.
        assert_eq!(before_options("選択肢から選ぶ"), "選択肢から選ぶ");
        assert_eq!(before_options("選択肢"), "選択肢");
    }

    #[test]
    fn a_list_entry_numbered_with_a_circled_number_loses_it() {
        use super::strip_entry_mark;
        assert_eq!(strip_entry_mark("①架空ファイル"), "架空ファイル");
        assert_eq!(strip_entry_mark("② 乙ファイル"), "乙ファイル");
        assert_eq!(strip_entry_mark("⑴ 丙ファイル"), "丙ファイル");
        // A parenthesized number alone is a mark whose entry is on the next line.
        assert_eq!(strip_entry_mark("⑵"), "");
        assert_eq!(strip_entry_mark("（１）甲ファイル"), "甲ファイル");
        // A document site's spaces inside the parentheses; not a parenthesis left open.
        assert_eq!(strip_entry_mark("( 2 )乙ファイル"), "乙ファイル");
        assert_eq!(strip_entry_mark("( 2 乙ファイル"), "( 2 乙ファイル");
        // A circled number alone is no entry's numbering.
        assert_eq!(strip_entry_mark("①"), "①");
        assert_eq!(strip_entry_mark("架空①ファイル"), "架空①ファイル");
    }

    #[test]
    fn a_controls_detail_is_neither_its_label_nor_another_lists_entries() {
        use crate::report::Established;
        // Entries of another item's list printed among the control's lines, its box's bracket
        // apart, then its label alone: no detail.
        let control = control_of::<Established>(&[
            "[ 定めている",
            "2) 十分に行っている1) 特に力を入れて行っている",
            "]",
            "具体的な方法",
        ]);
        assert_eq!(control.status, Some(Established::Yes));
        assert_eq!(control.detail, None);
        // A numbered line with words of its own is the detail.
        let control = control_of::<Established>(&["[ 定めている", "1) 記録は5年間保存する。"]);
        assert_eq!(control.detail.as_deref(), Some("1) 記録は5年間保存する。"));
    }

    #[test]
    fn a_controls_first_line_is_its_status_only_where_it_holds_a_box_or_an_answer() {
        use crate::report::Effort;
        // Its text printed above its box: a heading in brackets opens the detail.
        let control = control_of::<Effort>(&["＜架空市における措置＞", "・架空の対策を行う。"]);
        assert_eq!(control.status, None);
        assert_eq!(
            control.detail.as_deref(),
            Some("＜架空市における措置＞\n・架空の対策を行う。")
        );
        // An answer without its brackets is the status, not the detail's words.
        let control = control_of::<Effort>(&[
            "十分に行っている",
            "具体的な対策の内容",
            "架空の対策を行う。",
        ]);
        assert_eq!(control.status, Some(Effort::Sufficient));
        assert_eq!(control.detail.as_deref(), Some("架空の対策を行う。"));
    }

    #[test]
    fn a_break_inside_a_sentence_is_joined_and_an_authors_break_kept() {
        // A PDF text's cell width cut the sentence: joined.
        assert_eq!(
            super::reflow("甲市は、以下この評価書にお\nいて「架空」という。"),
            "甲市は、以下この評価書において「架空」という。"
        );
        // A line that stops short of the widest: its author ended it there (a heading).
        assert_eq!(
            super::reflow("１．記録の管理\n操作の記録を月に一度点検し、その結果を記\n録する。"),
            "１．記録の管理\n操作の記録を月に一度点検し、その結果を記録する。"
        );
        // After a sentence, a heading, a colon; before a bullet, a number, a note: kept.
        for text in [
            "甲を行う。\n乙を行う。",
            "【体制】\n甲を行う。",
            "次のとおり：\n甲",
            "甲を行い、\n・乙を行う。",
            "甲を行い、\n（１）乙を行う。",
            "甲を行い、\n２．乙を行う。",
            "甲を行い、\n※乙を除く。",
            "甲を行い、\n①乙を行う。",
        ] {
            assert_eq!(super::reflow(text), text, "{text}");
        }
    }

    use super::*;

    #[test]
    fn record_items_part_dotted_runs_and_name_their_group() {
        assert_eq!(
            dotted_entries("・個人番号・住所情報（郵便番号・方書）・氏名"),
            ["個人番号", "住所情報（郵便番号・方書）", "氏名"]
        );
        assert_eq!(dotted_entries("氏名・住所"), ["氏名・住所"]);
        assert_eq!(group_heading("<宛名>"), Some("<宛名>"));
        assert_eq!(group_heading("＜資格＞"), Some("＜資格＞"));
        assert_eq!(group_heading("<宛名>個人番号"), None);
        assert_eq!(group_heading("<>"), None);
    }

    #[test]
    fn a_characters_length_is_told_by_its_first_byte() {
        let mut buf = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert_eq!(char_len(first), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn squeeze_folds_and_drops_every_character_as_one_by_one() {
        let one_by_one = |text: &str| -> String {
            text.chars()
                .map(fold_char)
                .filter(|&c| !squeezed_out(c))
                .collect()
        };
        let mut text = String::new();
        for c in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
            text.clear();
            text.push('あ');
            text.push(c);
            text.push('x');
            text.push(c);
            assert_eq!(squeeze(&text), one_by_one(&text), "U+{:04X}", c as u32);
            // The byte scan names exactly the characters that change.
            let alone = c.encode_utf8(&mut [0; 4]).to_owned();
            assert_eq!(
                next_change(alone.as_bytes(), 0).1 != Change::End,
                one_by_one(&alone) != alone,
                "U+{:04X}",
                c as u32
            );
        }
        for text in [
            "",
            " ",
            "※１，０００　人\t以上＊",
            "〔 ○ 〕委託する",
            "①事務の名称：国保",
        ] {
            assert_eq!(squeeze(text), one_by_one(text), "{text}");
        }
    }
    use crate::report::{Medium, StaffCountBand};
    use crate::threshold::SubjectCountBand;

    #[test]
    fn a_controls_option_entries_printed_after_its_status_are_no_detail() {
        use crate::report::{Control, Performed};
        let mut control: Control<Performed> = Control::default();
        control.fill(&cell(&[
            "[ 行っている ]",
            "2) 行っていない具体的な管理方法 架空の手順で管理する。",
        ]));
        assert_eq!(control.status, Some(Performed::Yes));
        assert_eq!(control.detail.as_deref(), Some("架空の手順で管理する。"));
        // An entry followed by other words is the detail's own numbered sentence: kept.
        let mut control: Control<Performed> = Control::default();
        control.fill(&cell(&[
            "[ 行っている ]",
            "2) 行っていない日は架空の手順で補う。",
        ]));
        assert_eq!(
            control.detail.as_deref(),
            Some("2) 行っていない日は架空の手順で補う。")
        );
    }

    /// A cell of `lines`, numbered from 1.
    pub(in crate::import) fn cell(lines: &[&str]) -> Cell {
        Cell {
            lines: lines
                .iter()
                .enumerate()
                .map(|(i, t)| (i + 1, (*t).to_owned()))
                .collect(),
            displaced: false,
        }
    }

    #[test]
    fn choice_from_brackets_before_the_option_list() {
        let mut band: Option<SubjectCountBand> = None;
        let read = band.fill(&cell(&[
            "[ 30万人以上 ]　＜選択肢＞ 1) 1,000人未満 5) 30万人以上",
        ]));
        assert_eq!(band, Some(SubjectCountBand::AtLeast300k));
        assert_eq!(read, Some(Read::Exact));
        // A bracket left open (its `]` lost in the PDF text) is read, as inferred.
        let mut band: Option<SubjectCountBand> = None;
        let read = band.fill(&cell(&["[ 30万人以上", "＜選択肢＞", "1) 1,000人未満"]));
        assert_eq!(band, Some(SubjectCountBand::AtLeast300k));
        assert_eq!(read, Some(Read::Inferred));
        // Only the option list: nothing chosen, nothing read.
        let mut band: Option<StaffCountBand> = None;
        assert_eq!(
            band.fill(&cell(&["＜選択肢＞ 1) 10人未満 2) 10人以上50人未満"])),
            None
        );
        assert_eq!(band, None);
    }

    #[test]
    fn checkboxes_pair_marks_with_labels() {
        let mut set: CheckSet<Medium> = CheckSet::default();
        let read = set.fill(&cell(&[
            "[ ○ ] 紙　[ ] 電子メール　[ ○ ] 専用線　[ ○ ] その他 （ 窓口 ）",
        ]));
        assert_eq!(read, Some(Read::Exact));
        assert_eq!(
            set.checked.iter().map(|m| m.label()).collect::<Vec<_>>(),
            ["紙", "専用線", "その他"]
        );
        assert_eq!(set.other.as_deref(), Some("窓口"));
        // Marks that stand apart from their labels do not pair: nothing is read.
        let mut set: CheckSet<Medium> = CheckSet::default();
        assert_eq!(set.fill(&cell(&["[ ○ [", "] 紙 ] 専用線 [ ○"])), None);
        assert!(set.checked.is_empty());
    }

    #[test]
    fn sources_keep_their_detail() {
        let mut map: BTreeMap<SourceKind, Option<String>> = BTreeMap::new();
        map.fill(&cell(&[
            "[ ○ ] 本人又は本人の代理人　[ ○ ] 評価実施機関内の他部署 （ 市民課、課税課 ）　[ ] 民間事業者",
        ]));
        assert_eq!(map.len(), 2);
        assert_eq!(
            map.get(&SourceKind::OtherDepartment)
                .cloned()
                .flatten()
                .as_deref(),
            Some("市民課、課税課")
        );
    }

    #[test]
    fn dates_counts_and_periods() {
        let mut d: Option<NaiveDate> = None;
        d.fill(&cell(&["令和６年１２月６日"]));
        assert_eq!(d, NaiveDate::from_ymd_opt(2024, 12, 6));
        let mut n: Option<u32> = None;
        n.fill(&cell(&["（ ２８ ）件"]));
        assert_eq!(n, Some(28));
        let mut p = Period::default();
        p.fill(&cell(&[
            "令和６年９月１５日から令和６年１０月１５日までの３１日間",
        ]));
        assert_eq!(p.stated_days, Some(31));
        assert_eq!(p.end, NaiveDate::from_ymd_opt(2024, 10, 15));
        let mut m: Option<DateOrMonth> = None;
        m.fill(&cell(&["平成27年10月"]));
        assert!(matches!(m, Some(DateOrMonth::Month(_))));
        let mut none: Option<NaiveDate> = None;
        assert_eq!(none.fill(&cell(&["随時"])), None);
    }

    #[test]
    fn lists_lose_their_numbering_and_dashes_are_empty() {
        let mut names: Vec<String> = Vec::new();
        names.fill(&cell(&[
            "（１）国保ファイル",
            "(2) 収納ファイル",
            "３．宛名ファイル",
            "・中間",
            "• 末尾",
        ]));
        assert_eq!(
            names,
            [
                "国保ファイル",
                "収納ファイル",
                "宛名ファイル",
                "中間",
                "末尾"
            ]
        );
        // A note wrapped onto a line of its own ends the entry above; a number does not.
        names.fill(&cell(&["氏名（カナ）", "（履歴1）", "（2）", "住所"]));
        assert_eq!(names, ["氏名（カナ）（履歴1）", "住所"]);
        assert!(!is_wrapped_note("（1）国保ファイル"));
        assert!(!is_wrapped_note("（２）"));
        // An entry wrapped inside its note: the next line closes it. After a closed entry,
        // `1）` is a list's number alone (left out, as every empty entry).
        names.fill(&cell(&[
            "• 医療機関名（履歴",
            "1）",
            "• 診療年月（履歴1）",
            "• 氏名",
            "1）",
        ]));
        assert_eq!(names, ["医療機関名（履歴1）", "診療年月（履歴1）", "氏名"]);
        // A numbered entry's rest, wrapped or split at a space, is joined to it; a list that
        // numbers none, or a note under it, is left an entry a line.
        names.fill(&cell(&[
            "1.甲ファイル",
            "2.乙口座",
            "情報ファイル",
            "※丙は別に記載",
        ]));
        assert_eq!(names, ["甲ファイル", "乙口座情報ファイル", "※丙は別に記載"]);
        names.fill(&cell(&["甲ファイル", "乙口座", "情報ファイル"]));
        assert_eq!(names, ["甲ファイル", "乙口座", "情報ファイル"]);
        let mut text: Option<String> = None;
        assert_eq!(text.fill(&cell(&["－"])), None);
        assert_eq!(text, None);
    }

    #[test]
    fn a_detail_splits_at_its_parenthesis_and_dates_are_found_after_other_text() {
        assert_eq!(
            split_detail("その他（窓口で受付）"),
            ("その他", Some("窓口で受付"))
        );
        assert_eq!(split_detail("その他（ ）"), ("その他", None));
        assert_eq!(split_detail("紙"), ("紙", None));
        let found: Vec<String> = dates_in("実施日：令和6年4月1日、公表　平成27年10月")
            .iter()
            .map(|d| d.iso().to_string())
            .collect();
        assert_eq!(found, ["2024-04-01", "2015-10"]);
    }

    #[test]
    fn a_numbered_list_entry_is_no_answer_and_no_text() {
        assert!(opens_with_option("○ 5） 1,000万人以上"));
        assert!(opens_with_option("5） 1,000万人以上"));
        assert!(!opens_with_option("1万人以上10万人未満"));
        assert!(opens_with_list_entry("2） 十分である\n定めている"));
        assert!(!opens_with_list_entry("2） 委託先に報告させる。"));
        assert!(!opens_with_list_entry("十分である"));
    }

    #[test]
    fn an_answer_wrapped_inside_its_brackets_is_joined() {
        assert_eq!(
            wrapped_answer("基礎項目評価の実", Some("施が義務付けられる]")).as_deref(),
            Some("基礎項目評価の実施が義務付けられる")
        );
        assert_eq!(wrapped_answer("基礎項目評価の実", Some("[ ] 施が…]")), None);
        assert_eq!(
            wrapped_answer("基礎項目評価の実", Some("施が義務付けられる")),
            None
        );
        assert_eq!(wrapped_answer("", Some("十分である]")), None);
        assert_eq!(wrapped_answer("十分", None), None);
    }

    #[test]
    fn a_numbered_entry_of_the_list_is_no_answer() {
        let mut band: Option<crate::report::DataSubjectBand> = None;
        assert!(band.fill(&cell(&["1） 1万人未満"])).is_none());
        assert_eq!(band, None);
        assert!(band.fill(&cell(&["1万人未満"])).is_some());
        assert!(band.fill(&cell(&["[ 1万人以上10万人未満 ]"])).is_some());
        assert_eq!(band, Some(crate::report::DataSubjectBand::From10kTo100k));
    }

    #[test]
    fn a_boxs_pieces_are_no_text() {
        assert!(is_box_piece("["));
        assert!(is_box_piece("[ ○"));
        assert!(is_box_piece(" ］ "));
        assert!(!is_box_piece("[ ○ ] 紙"));
        assert!(!is_box_piece("○○課"));
        assert!(!is_box_piece(""));
        let mut department: Option<String> = None;
        assert!(department.fill(&cell(&["["])).is_none());
        assert_eq!(department, None);
        assert!(department.fill(&cell(&["架空課"])).is_some());
    }

    #[test]
    fn labels_are_compared_folded() {
        assert_eq!(after_label("①事務の名称：国保", "①事務の名称"), "国保");
        assert_eq!(
            after_label("主な記録項目 ※\t[ ○ ] 個人番号", "主な記録項目"),
            "[ ○ ] 個人番号"
        );
        assert_eq!(after_label("別の行", "主な記録項目"), "別の行");
        // A label printed with a space (or in full width) is compared folded; one printed as it
        // is gives the same rest, found without folding.
        assert_eq!(after_label("事務の 名称：国保", "事務の名称"), "国保");
        assert_eq!(after_label("ＡＢ欄 国保", "AB欄"), "国保");
        assert_eq!(after_label("事務の名称 ：国保", "事務の名称 "), "国保");
        assert_eq!(after_label(" ※国保", ""), "国保");
        let parts = split_parts(
            &cell(&[
                "",
                "リスクに対する措置の内容：施錠する",
                "リスクへの対策は十分か：[ 十分である ]",
            ]),
            &["リスクに対する措置の内容", "リスクへの対策は十分か"],
        );
        assert_eq!(parts.first().map(Cell::text).as_deref(), Some("施錠する"));
        assert_eq!(
            parts.get(1).map(Cell::text).as_deref(),
            Some("[ 十分である ]")
        );
    }
}
