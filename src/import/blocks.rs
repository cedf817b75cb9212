//! Which side of its heading a PDF text prints a block's lower items on.
//!
//! The blocks of Ⅱ (`委託事項N`, `提供先N`, `移転先N`) are tables: a heading row, then the
//! block's circled items. A PDF text keeps the heading row and the first item together (`提供先3
//! …` / `①法令上の根拠 …`) but may print the rest of the table **above** the heading: the
//! items between one block's first item and the next heading are then the next block's. Which
//! way a series of blocks is printed shows before its first heading: items of the block's
//! kind printed before any heading of that kind can only be a lower part printed above it.
//! [`lower_parts_above`] finds the series printed so; the walk defers their lower items to
//! the next heading (see `Walker::settle_deferred`).

use super::limits::LEAD_ITEMS;
use std::collections::HashSet;

use super::text::{Line, LineMap, LineSet};
use super::walk::{BLOCK_WORDS, bare_label, block_heading_number};
use crate::AssessmentKind;
use crate::import::fill::squeeze;
use crate::report::ItemId;

/// The list patterns of the block kinds, in [`BLOCK_WORDS`] order.
pub(super) const BLOCK_LISTS: [&str; 3] = ["entrustments[]", "provisions[]", "transfers[]"];

/// The labels of the circled items of each block kind: the same for every text of a form, so
/// derived once per form.
type KindLabels = Vec<Vec<(char, String)>>;

/// The circled items of each block kind (in [`BLOCK_WORDS`] order) whose labels no other kind
/// has: `(circled number, folded label)`.
pub(super) fn kind_labels(form: AssessmentKind) -> &'static [Vec<(char, String)>] {
    per_form!(KindLabels, own_kind_labels, form).as_slice()
}

/// [`kind_labels`], derived.
fn own_kind_labels(form: AssessmentKind) -> KindLabels {
    let mut out = all_kind_labels(form).to_vec();
    let shared: HashSet<String> = {
        let mut seen = HashSet::new();
        let mut twice = HashSet::new();
        for list in &out {
            let labels: HashSet<&String> = list.iter().map(|(_, l)| l).collect();
            for l in labels {
                if !seen.insert(l.clone()) {
                    twice.insert(l.clone());
                }
            }
        }
        twice
    };
    for list in &mut out {
        list.retain(|(_, l)| !shared.contains(l));
    }
    out
}

/// The circled items of each block kind (in [`BLOCK_WORDS`] order): `(circled number, folded
/// label)`.
pub(super) fn all_kind_labels(form: AssessmentKind) -> &'static [Vec<(char, String)>] {
    per_form!(KindLabels, every_kind_label, form).as_slice()
}

/// [`all_kind_labels`], derived.
fn every_kind_label(form: AssessmentKind) -> KindLabels {
    let lists = BLOCK_LISTS;
    let mut out: Vec<Vec<(char, String)>> = vec![Vec::new(); lists.len()];
    for id in ItemId::of_form(form) {
        let Some(kind) = lists.iter().position(|l| id.pattern().contains(l)) else {
            continue;
        };
        let Some(c) = id
            .number(form)
            .and_then(|n| n.chars().last())
            .filter(|c| ('①'..='⑳').contains(c))
        else {
            continue;
        };
        if let Some(list) = out.get_mut(kind) {
            list.push((c, squeeze(bare_label(id))));
        }
    }
    out
}

/// The circled number of `text` when it starts with the label (or the first line of a label
/// wrapped over two) of one of `labels`.
#[cfg(test)]
fn item_of(text: &str, labels: &[(char, String)]) -> Option<char> {
    let (c, body) = circled_body(text)?;
    item_in(c, &body, labels)
}

/// The circled number `text` starts with and the rest of it folded (as [`squeeze`] folds), for
/// [`item_in`] (folded once for every kind's labels).
pub(super) fn circled_body(text: &str) -> Option<(char, String)> {
    let t = text.trim_start();
    let c = t.chars().next().filter(|c| ('①'..='⑳').contains(c))?;
    Some((c, squeeze(t.get(c.len_utf8()..)?)))
}

/// `item_of` for the circled number `c` and the folded rest `body` of a line.
fn item_in(c: char, body: &str, labels: &[(char, String)]) -> Option<char> {
    let long = body.chars().nth(3).is_some();
    labels.iter().find_map(|(n, l)| {
        let found = *n == c
            && !l.is_empty()
            && (body.starts_with(l.as_str()) || long && l.starts_with(body));
        found.then_some(c)
    })
}

/// What [`lower_parts_above`] and [`lead_starts`] read of a line: read once per import for
/// both (most lines are neither, and are passed over at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark<'a> {
    /// A block heading: its kind (a position in [`BLOCK_WORDS`]) and number
    /// ([`block_heading_number`]).
    Heading(usize, u32),
    /// A line that starts with a circled number, with the folded rest of it when its
    /// [`Line::key`] starts with the number (folding keeps the circled number and drops the
    /// white space before it).
    Circled(char, Option<&'a str>),
    /// The heading of a file's first section (`１．特定個人情報ファイル名`): a file's blocks
    /// begin after it, numbered from 1 again.
    File,
}

/// Whether `key` (a line's folded key) is the heading of a file's first section: Ⅱ's section 1
/// of any form (`1.特定個人情報ファイル名`, its file's name after it or not).
fn is_file_heading(key: &str) -> bool {
    let Some(rest) = key.strip_prefix("1.") else {
        return false;
    };
    <AssessmentKind as crate::label::Choice>::ALL
        .iter()
        .any(|&form| {
            crate::form::section_title(form, "Ⅱ", 1)
                .is_some_and(|title| !title.is_empty() && rest.starts_with(squeeze(title).as_str()))
        })
}

/// The block headings and circled lines of `lines`, each with its line number, in order.
pub(super) fn marks<'l>(lines: &'l [Line]) -> Vec<(usize, Mark<'l>)> {
    lines
        .iter()
        .filter_map(|line| {
            // (The cheap test first: most lines start with no block word.)
            let heading = super::boxes::may_be_block_heading(line.key())
                .then(|| block_heading_number(&line.text))
                .flatten();
            if let Some((kind, n)) = heading {
                return Some((line.no, Mark::Heading(kind, n)));
            }
            if is_file_heading(line.key()) {
                return Some((line.no, Mark::File));
            }
            let c = line.text.trim_start().chars().next();
            let c = c.filter(|c| ('①'..='⑳').contains(c))?;
            Some((line.no, Mark::Circled(c, line.key().strip_prefix(c))))
        })
        .collect()
}

/// The circled numbers ①–⑳ met, one bit each (a set of at most twenty small numbers).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Circles(u32);

impl Circles {
    /// Puts `c` (one of ①–⑳) in.
    fn insert(&mut self, c: char) {
        if let Some(bit) = (c as u32).checked_sub('①' as u32).filter(|&b| b < 20) {
            self.0 |= 1 << bit;
        }
    }

    /// How many numbers are in.
    fn len(self) -> usize {
        self.0.count_ones() as usize
    }
}

/// The line numbers of the block headings whose series prints its blocks' lower items above
/// their headings, and of those whose series prints them below.
///
/// A series is the run of one kind's headings (in text order) until a number comes again (the
/// next file's blocks). It is printed above when at least [`LEAD_ITEMS`] distinct items of
/// its kind stand between the previous block heading of any kind and its first heading; below
/// when none do and at least [`LEAD_ITEMS`] follow its last heading (before the next block
/// heading of any kind).
pub(super) fn lower_parts_above(
    marks: &[(usize, Mark<'_>)],
    form: AssessmentKind,
) -> (LineSet, LineSet) {
    let labels = kind_labels(form);
    let mut out = LineSet::new();
    let mut below = LineSet::new();
    // Per kind: the distinct items after its last heading, while no other block heading came.
    let mut trail = [Circles::default(); BLOCK_WORDS.len()];
    let mut last_kind: Option<usize> = None;
    // Per kind: the current series' heading lines and numbers, and whether it has a lead.
    let mut series: [(Vec<usize>, Vec<u32>, bool); BLOCK_WORDS.len()] = Default::default();
    // Per kind: the distinct items seen since the last block heading of any kind.
    let mut lead = [Circles::default(); BLOCK_WORDS.len()];
    // Per kind: whether a file's heading came since the kind's last heading.
    let mut file_began = [false; BLOCK_WORDS.len()];
    let flush = |s: &mut (Vec<usize>, Vec<u32>, bool),
                 trail: Option<&Circles>,
                 out: &mut LineSet,
                 below: &mut LineSet| {
        if s.2 {
            out.extend(s.0.iter().copied());
        } else if trail.is_some_and(|t| t.len() >= LEAD_ITEMS) {
            below.extend(s.0.iter().copied());
        }
        *s = (Vec::new(), Vec::new(), false);
    };
    for &(no, mark) in marks {
        let (c, body) = match mark {
            Mark::Heading(kind, n) => {
                if let Some(k) = last_kind {
                    if let (Some(t), Some(l)) = (trail.get_mut(k), lead.get(k)) {
                        *t = *l;
                    }
                }
                last_kind = Some(kind);
                if let Some(s) = series.get_mut(kind) {
                    // A file's heading begins the next file's series, and so does a number
                    // the series has had (a file's heading the text lost), except the last
                    // heading's number again with no file's heading between (`提供先5` …
                    // `提供先5`): a block headed twice, which the walk warns of, within its
                    // series.
                    let new_file = file_began.get_mut(kind).is_some_and(std::mem::take);
                    let repeat = !new_file && s.1.last() == Some(&n);
                    if new_file && !s.0.is_empty() || s.1.contains(&n) && !repeat {
                        flush(s, trail.get(kind), &mut out, &mut below);
                    }
                    if s.0.is_empty() {
                        s.2 = lead.get(kind).is_some_and(|l| l.len() >= LEAD_ITEMS);
                    }
                    s.0.push(no);
                    s.1.push(n);
                }
                lead = Default::default();
                continue;
            }
            Mark::Circled(c, Some(body)) => (c, body),
            Mark::Circled(_, None) => continue,
            Mark::File => {
                file_began = [true; BLOCK_WORDS.len()];
                continue;
            }
        };
        for (kind, l) in labels.iter().enumerate() {
            if let (Some(c), Some(seen)) = (item_in(c, body, l), lead.get_mut(kind)) {
                seen.insert(c);
            }
        }
    }
    if let Some(k) = last_kind {
        if let (Some(t), Some(l)) = (trail.get_mut(k), lead.get(k)) {
            *t = *l;
        }
    }
    for (kind, s) in series.iter_mut().enumerate() {
        flush(s, trail.get(kind), &mut out, &mut below);
    }
    (out, below)
}

/// Where the lower part printed above the first heading of a series begins, when the text
/// before it is another kind's block (or no block): line number → the series' kind (a position
/// in [`BLOCK_WORDS`]).
///
/// `above` holds the headings of the series printed above ([`lower_parts_above`]). The lead of
/// such a series stands after the previous block of another kind; it begins at the first
/// circled item of its kind after that block's last item that only that kind has (and after
/// the ① that follows a heading, which is the heading's own).
pub(super) fn lead_starts(
    marks: &[(usize, Mark<'_>)],
    form: AssessmentKind,
    above: &LineSet,
) -> LineMap<usize> {
    let mut out = LineMap::new();
    if above.is_empty() {
        return out;
    }
    let all = all_kind_labels(form);
    let only = kind_labels(form);
    let mut start: [Option<usize>; BLOCK_WORDS.len()] = [None; BLOCK_WORDS.len()];
    let mut last_kind: Option<usize> = None;
    // After a heading, before its first circled line.
    let mut fresh = false;
    for &(no, mark) in marks {
        let (c, body) = match mark {
            Mark::Heading(kind, _) => {
                if above.contains(no) && last_kind != Some(kind) {
                    if let Some(s) = start.get(kind).copied().flatten() {
                        out.insert(s, kind);
                    }
                }
                last_kind = Some(kind);
                start = [None; BLOCK_WORDS.len()];
                fresh = true;
                continue;
            }
            Mark::Circled(c, body) => (c, body),
            Mark::File => continue,
        };
        if std::mem::take(&mut fresh) && c == '①' {
            continue;
        }
        let Some(body) = body else {
            continue;
        };
        for (kind, l) in only.iter().enumerate() {
            if item_in(c, body, l).is_some() {
                // Another kind's own item: a lead of any other kind begins after it.
                for (k, s) in start.iter_mut().enumerate() {
                    if k != kind {
                        *s = None;
                    }
                }
            }
        }
        for (kind, l) in all.iter().enumerate() {
            if let (Some(_), Some(s)) = (item_in(c, body, l), start.get_mut(kind)) {
                s.get_or_insert(no);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.lines()
            .enumerate()
            .map(|(i, t)| Line::new(i + 1, t))
            .collect()
    }

    /// Two blocks printed above their headings: each block's lower items stand above its
    /// heading, block 1's before any heading of the kind.
    const TWO_ABOVE: &str = "\
 ②提供先における用途 甲の事務
 ③提供する情報 乙情報
 ⑥提供方法
 提供先1 丙
 ①法令上の根拠 丁
 ②提供先における用途 戊の事務
 ③提供する情報 己情報
 ⑥提供方法
 提供先2 庚
 ①法令上の根拠 辛";

    #[test]
    fn a_series_with_items_before_its_first_heading_is_printed_above() {
        let text = format!("{TWO_ABOVE}\n 提供先1 壬\n ①法令上の根拠 癸");
        let (above, _) = lower_parts_above(&marks(&lines(&text)), AssessmentKind::Full);
        // Both headings of the first series; the second series (提供先1 again) has no lead.
        assert_eq!(above, LineSet::from([4, 9]));
    }

    #[test]
    fn a_heading_repeated_stays_in_its_series_and_a_file_s_heading_begins_one() {
        // Reads: 提供先2 headed twice (a block the walk warns of) is one series, printed above.
        let series = format!("{TWO_ABOVE}\n 提供先2 壬\n ①法令上の根拠 癸");
        let (above, _) = lower_parts_above(&marks(&lines(&series)), AssessmentKind::Full);
        assert_eq!(above, LineSet::from([4, 9, 11]));
        // Refuses: with a file's heading before it, 提供先2 again is the next file's block,
        // and its series has its own lead (none here).
        let files = series.replacen(
            " 提供先2 壬",
            " １．特定個人情報ファイル名 乙ファイル\n 提供先2 壬",
            1,
        );
        let (above, _) = lower_parts_above(&marks(&lines(&files)), AssessmentKind::Full);
        assert_eq!(above, LineSet::from([4, 9]));
    }

    #[test]
    fn items_after_the_heading_only_are_printed_below() {
        let text = "\
 ⑦時期・頻度 日次
 提供先1 丙
 ①法令上の根拠 丁
 ②提供先における用途 戊の事務
 ③提供する情報 己情報
 ⑥提供方法
 提供先2 庚";
        // 時期・頻度 is also a 移転先 item: it tells nothing of the kind.
        let (above, below) = lower_parts_above(&marks(&lines(text)), AssessmentKind::Full);
        assert!(above.is_empty());
        // Three items after the last heading: the series is printed below.
        assert!(below.is_empty());
        let text = format!("{text}\n ②提供先における用途 甲\n ③提供する情報 乙\n ⑥提供方法");
        let (above, below) = lower_parts_above(&marks(&lines(&text)), AssessmentKind::Full);
        assert!(above.is_empty());
        assert_eq!(below, LineSet::from([2, 7]));
    }

    fn pdf(body: &str) -> crate::import::Draft {
        let head = "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\nⅡ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n";
        crate::import::import(&format!("{head}{body}")).expect("a draft")
    }

    #[test]
    fn lower_parts_printed_above_their_headings_are_the_next_blocks() {
        // Block 2's lower part stands above its heading, block 1's lower part above block 1's
        // heading (before any heading of the kind): the series is printed above.
        let draft = pdf(
            " ②提供先における用途 甲の事務\n\n ③提供する情報 甲情報\n\n ⑥提供方法\n\n \
             提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n\n ②提供先における用途 乙の事務\n\n \
             ③提供する情報 乙情報\n\n ⑦時期・頻度 随時\n\n ⑦時期・頻度 月次\n\n \
             提供先2 架空組合\n\n ①法令上の根拠 架空法第2条\n\n ⑥提供方法\n\n",
        );
        let p = &draft.report.files[0].provisions;
        assert!(p[0].legal_basis.is_some());
        assert!(p[1].legal_basis.is_some());
        assert_eq!(p[1].purpose.as_deref(), Some("乙の事務"));
        assert_eq!(p[1].information.as_deref(), Some("乙情報"));
        // ⑦ twice in one run: whose each is cannot be read.
        assert_eq!(p[1].timing, None);
        // The lead before the first heading is the first block's lower part.
        assert_eq!(p[0].purpose.as_deref(), Some("甲の事務"));
        assert_eq!(p[0].information.as_deref(), Some("甲情報"));
        let traced = draft
            .trace
            .values
            .iter()
            .find(|v| v.pointer == "/files/0/provisions/1/purpose")
            .expect("traced");
        assert_eq!(traced.confidence, crate::import::Confidence::Inferred);
    }

    #[test]
    fn a_block_headed_twice_in_a_series_printed_above_is_nobody_s() {
        // Three blocks printed above their headings, the second headed `提供先1` again: its
        // lower part (above its heading) and its first item are left unread, the first and
        // third blocks read as without it.
        let draft = pdf(
            " ②提供先における用途 甲の事務\n\n ③提供する情報 甲情報\n\n ⑥提供方法\n\n \
             提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n\n ②提供先における用途 乙の事務\n\n \
             ③提供する情報 乙情報\n\n ⑥提供方法\n\n \
             提供先1 架空組合\n\n ①法令上の根拠 架空法第2条\n\n ②提供先における用途 丙の事務\n\n \
             ③提供する情報 丙情報\n\n ⑥提供方法\n\n \
             提供先3 架空会\n\n ①法令上の根拠 架空法第3条\n\n",
        );
        let p = &draft.report.files[0].provisions;
        assert_eq!(p[0].purpose.as_deref(), Some("甲の事務"));
        assert_eq!(
            p[0].legal_basis.as_ref().map(|b| b.as_str()),
            Some("架空法第1条")
        );
        assert_eq!(p[2].purpose.as_deref(), Some("丙の事務"));
        assert_eq!(
            p[2].legal_basis.as_ref().map(|b| b.as_str()),
            Some("架空法第3条")
        );
        assert!(
            p.get(1)
                .is_none_or(|b| b.purpose.is_none() && b.legal_basis.is_none())
        );
        assert!(
            draft
                .trace
                .unread
                .iter()
                .any(|u| u.reason == crate::import::UnreadReason::BlockTwice)
        );
        assert!(
            draft
                .warnings
                .iter()
                .any(|w| matches!(w, crate::import::Warning::BlockTwice { .. }))
        );
    }

    #[test]
    fn an_item_twice_alike_in_a_run_is_this_block_s_and_the_next_s() {
        // Block 2's run holds ⑦ twice, saying the same; block 3's run holds none: the page
        // printed the two blocks' ⑦ rows together.
        let draft = pdf(" ②提供先における用途 甲の事務

 ③提供する情報 甲情報

 ⑥提供方法

              提供先1 架空協会

 ①法令上の根拠 架空法第1条

  ⑦時期・頻度 随時

              ②提供先における用途 乙の事務

 ③提供する情報 乙情報

 ⑦時期・頻度 随時

              提供先2 架空組合

 ①法令上の根拠 架空法第2条

 ②提供先における用途 丙の事務

              ③提供する情報 丙情報

 ⑥提供方法

 提供先3 架空会

 ①法令上の根拠 架空法第3条

");
        let p = &draft.report.files[0].provisions;
        assert_eq!(p[0].timing, None);
        assert_eq!(p[1].timing.as_deref(), Some("随時"));
        assert_eq!(p[2].timing.as_deref(), Some("随時"));
        assert_eq!(p[2].purpose.as_deref(), Some("丙の事務"));
        for i in [1, 2] {
            let traced = draft
                .trace
                .values
                .iter()
                .find(|v| v.pointer == format!("/files/0/provisions/{i}/timing"))
                .expect("traced");
            assert_eq!(traced.confidence, crate::import::Confidence::Inferred);
        }
        // Told apart, the two readings are nobody's; so is a pair whose next run has its own.
        let draft = pdf(" ②提供先における用途 甲の事務

 ③提供する情報 甲情報

 ⑥提供方法

              提供先1 架空協会

 ①法令上の根拠 架空法第1条

  ⑦時期・頻度 随時

              ②提供先における用途 乙の事務

 ③提供する情報 乙情報

 ⑦時期・頻度 随時

              提供先2 架空組合

 ①法令上の根拠 架空法第2条

 ②提供先における用途 丙の事務

              ③提供する情報 丙情報

 ⑦時期・頻度 月次

 提供先3 架空会

 ①法令上の根拠 架空法第3条

");
        let p = &draft.report.files[0].provisions;
        assert_eq!(p[1].timing.as_deref(), Some("随時"));
        assert_eq!(p[2].timing.as_deref(), Some("月次"));
    }

    #[test]
    fn a_lead_under_another_kind_s_block_is_the_first_heading_s() {
        let text = " 委託事項1 甲業務
 ①委託内容 甲
 ⑦再委託の有無
 ⑦時期・頻度 随時
 ②提供先における用途 乙の事務
 ③提供する情報 乙情報
 ⑥提供方法
 提供先1 丙
 ①法令上の根拠 丁
 ②提供先における用途 戊の事務
 ③提供する情報 己情報
 ⑥提供方法
 提供先2 庚";
        let lines = lines(text);
        let marks = marks(&lines);
        let (above, _) = lower_parts_above(&marks, AssessmentKind::Full);
        assert_eq!(above, LineSet::from([8, 13]));
        // From the first item no 委託 has: the 委託's own ⑦ stays its.
        let leads = lead_starts(&marks, AssessmentKind::Full, &above);
        assert_eq!(leads, LineMap::from([(4, 1)]));
        // A series printed below has no lead.
        assert_eq!(
            lead_starts(&marks, AssessmentKind::Full, &LineSet::new()),
            LineMap::new()
        );
        // The walk reads the lead as block 1's, the run after it as block 2's.
        let head = "特定個人情報保護評価書（全項目評価書）\n\nⅠ　基本情報\n\nⅡ　特定個人情報ファイルの概要\n\n                     １．特定個人情報ファイル名\n架空ファイル\n\n ４．特定個人情報ファイルの取扱いの委託\n\n";
        let body: String = text.lines().map(|l| format!("{l}\n\n")).collect();
        let draft = crate::import::import(&format!("{head}{body}")).expect("a draft");
        let file = &draft.report.files[0];
        assert_eq!(file.entrustments[0].content.as_deref(), Some("甲"));
        let p = &file.provisions;
        assert_eq!(p[0].purpose.as_deref(), Some("乙の事務"));
        assert_eq!(p[0].timing.as_deref(), Some("随時"));
        assert_eq!(p[1].purpose.as_deref(), Some("戊の事務"));
    }

    #[test]
    fn marks_are_the_headings_and_circled_lines() {
        let lines = lines(" 提供先2 甲\n ①法令上の根拠 乙\n丙\n 提供先2～5");
        assert_eq!(
            marks(&lines),
            [
                (1, Mark::Heading(1, 2)),
                (2, Mark::Circled('①', Some("法令上の根拠乙"))),
            ]
        );
        let mut met = Circles::default();
        for c in ['①', '⑳', '①', 'a'] {
            met.insert(c);
        }
        assert_eq!(met.len(), 2);
    }

    #[test]
    fn wrapped_labels_count_and_shared_labels_do_not() {
        let labels = kind_labels(AssessmentKind::Full);
        let provisions = labels.get(1).expect("provision labels");
        assert_eq!(item_of(" ⑤提供する情報の対象とな", provisions), Some('⑤'));
        assert_eq!(item_of(" ①法令上の根拠 甲", provisions), None);
        assert_eq!(item_of(" ⑤移転する情報の対象とな", provisions), None);
        let entrustments = labels.first().expect("entrustment labels");
        assert_eq!(item_of(" ⑥委託先名 甲株式会社", entrustments), Some('⑥'));
    }
}
