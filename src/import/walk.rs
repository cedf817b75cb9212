//! The walk over a text's lines that finds each item's cell, steered by the form's structure.
//!
//! The item table ([`ItemId`]) numbers every item the way the forms print it: `Ⅱ4⑥` is
//! chapter Ⅱ, section ４, item ⑥; `Ⅱ5提供先①` is ① of a 提供先 block; `Ⅲ2リスク1` is リスク１ of
//! section ２; `Ⅱ2④主な記録項目` is a labelled sub-item of ④. The walk keeps the same
//! coordinates as it reads: a chapter heading (`Ⅱ　特定個人情報ファイルの概要`), a section heading
//! whose title is the form's (`４．特定個人情報ファイルの取扱いの委託`), a block heading
//! (`委託事項3`, `提供先12`, `システム2`, `リスク１：…`), an item's circled number. A line is an
//! item's label only when the number it would have in those coordinates names an item **and**
//! the line starts with that item's label, so a value that happens to start with ① (a legal
//! basis, a list) stays a value. What follows a label, up to the next label or heading, is the
//! item's [`Cell`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use indexmap::IndexMap;

use super::classify::{
    CHANGES, appendix_number, file_block_number, is_changes_heading, is_chapter_title,
    is_option_list, is_rule_char, is_rule_line, is_trimmed_page_number, leading_number,
    may_start_numeral, roman_chapter,
};
use super::form_words::{self, Entry, FormWords, KeyHash, label_bounds, split_number};
pub(super) use super::form_words::{CIRCLED, bare_label, is_circled};
use super::limits::{
    CONTENTS_LINES, NOTE_KEY_CHARS, NUMBERED_HEADING_CHARS, PROSE_LINE_CHARS, WHOLE_LABEL_CHARS,
    WORD_LABEL_CHARS, WRAPPED_LABEL_REST, WRAPPED_LABEL_START,
};
use super::text::{Line, LineMap, LineSet};
use crate::AssessmentKind;
use crate::form::section_title;
use crate::import::fill::{
    after_label, ends_sentence, is_empty_mark, only_option_entries, part_opened_by, squeeze,
    squeezed, squeezed_chars, squeezed_first, squeezed_out, strip_box, strip_entry_mark,
    strip_list_mark,
};
use crate::label::fold_char;
use crate::report::{Cell, ItemId, Report, Value, field_at};

/// Where a cell goes: the item and its list positions (one per `[]` of its pattern).
pub(crate) type Key = (ItemId, Indices);

/// The list positions of a cell's item, one per `[]` of its pattern, outermost first
/// (`files[1].provisions[19].legal_basis` → 1, 19). A pattern has at most two lists (a test
/// holds every item to it), so the positions are held in place, not on the heap: the walk makes,
/// copies and hashes a [`Key`] for most labels it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Indices {
    /// An item of no list (or a key at no list position).
    Zero,
    /// An item of one list (`files[]`, `systems[]`).
    One([usize; 1]),
    /// An item of a list in a list (`files[].provisions[]`).
    Two([usize; 2]),
}

impl Indices {
    /// The positions of `indices`; `None` for more than any item's pattern has.
    pub(crate) fn new(indices: &[usize]) -> Option<Indices> {
        match *indices {
            [] => Some(Indices::Zero),
            [a] => Some(Indices::One([a])),
            [a, b] => Some(Indices::Two([a, b])),
            _ => None,
        }
    }

    /// The positions with `i` added as the innermost; `None` past the most a pattern has.
    fn push(self, i: usize) -> Option<Indices> {
        match self {
            Indices::Zero => Some(Indices::One([i])),
            Indices::One([a]) => Some(Indices::Two([a, i])),
            Indices::Two(_) => None,
        }
    }

    /// The positions, outermost first.
    pub(crate) fn as_slice(&self) -> &[usize] {
        match self {
            Indices::Zero => &[],
            Indices::One(at) => at,
            Indices::Two(at) => at,
        }
    }

    /// The positions with each [`DEFERRED`] one replaced by `i` (a deferred run's block).
    fn settled(self, i: usize) -> Indices {
        let put = |x: usize| if x == DEFERRED { i } else { x };
        match self {
            Indices::Zero => Indices::Zero,
            Indices::One([a]) => Indices::One([put(a)]),
            Indices::Two([a, b]) => Indices::Two([put(a), put(b)]),
        }
    }
}

impl std::ops::Deref for Indices {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        self.as_slice()
    }
}

/// Hashed a position at a time, each as one word: a hasher takes a word at less cost than a
/// slice of bytes. (An item's keys all have as many positions as its pattern has lists, so two
/// keys with the same hash words are the same key.)
impl std::hash::Hash for Indices {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for &i in self.as_slice() {
            state.write_usize(i);
        }
    }
}

/// Whether `label`, a word of at most [`WORD_LABEL_CHARS`] characters at the start of
/// `squeezed` (a plain line, folded), is continued by a hiragana: the word in prose
/// (`移転先の事務の対象者` is no 移転先 label and its value), not the label. A label's value
/// closed up with it opens with the value's own characters (`移転先架空課`, read); a longer label
/// is the start of its printed wording (`目的外の入手が行われるリスクへの対策は十分か` prints the
/// label `目的外の入手`), and a circled label is a label whatever follows it.
fn hiragana_continues(squeezed: &str, label: &str) -> bool {
    let word = label.chars().nth(WORD_LABEL_CHARS).is_none();
    word && squeezed
        .get(label.len()..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(super::text::is_hiragana)
}

/// Whether `squeezed` (a plain line, folded) is a sentence whose subject or object is `label`'s
/// words at its start: the particle `は` or `を` right after them, and a full stop at its end
/// (`事務の概要は別紙に記載している。`, the 概要's value pointing to an attachment). No value
/// opens with a particle; a label's own printed wording that goes on past a shorter label
/// (`リスクへの対策は十分か`) is no sentence, and is matched whole as the longer label.
fn opens_sentence_on(squeezed: &str, label: &str) -> bool {
    let particle = squeezed
        .get(label.len()..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| matches!(c, 'は' | 'を'));
    particle && squeezed.ends_with('。')
}

/// Whether `rest` (a line's words after its chapter numeral) is a chapter's title as the
/// 項目一覧 lists it (`基本情報`, `基本情報 3`), not a 変更箇所's 項目 that names an item by its
/// path from the chapter on (`基本情報－2特定個人情報ファイルを…`).
fn lists_chapter(rest: &str) -> bool {
    let s = squeeze(rest);
    crate::form::CHAPTER_TITLES.iter().any(|title| {
        s.strip_prefix(title)
            .is_some_and(|after| !after.starts_with(['－', '-', '‐', '−']))
    })
}

/// The lines of `lines` whose chapter heading is the first entry of a 項目一覧, not the
/// chapter's start: it stands right under the contents' heading (`項目一覧`), another chapter's
/// heading follows it within [`CONTENTS_LINES`] lines before any section's heading or circled
/// label does (a contents lists the chapters one after the other; a chapter opens with its
/// first section), and a cover's label and then the same chapter's heading stand further on (the
/// body's own heading, after the cover). A document site that sets the contents page above
/// the cover (`項目一覧` / `Ⅰ 基本情報` / `（別添1） 事務の内容` / `Ⅱ 特定個人情報ファイルの概要` / …
/// / `特定個人情報保護評価書（全項目評価書）`) then has its report begin at the cover, not at
/// the contents' `Ⅰ`. Refuses `Ⅰ 基本情報` / `1.特定個人情報ファイルを取り扱う事務` (the chapter's
/// start) and a chapter heading no other follows.
fn contents_entries(lines: &[Line]) -> std::collections::HashSet<usize> {
    // The chapter a line heads, if it is a chapter's heading.
    let chapter_of = |l: &Line| {
        roman_chapter(&l.text)
            .filter(|(_, rest)| is_chapter_title(rest))
            .map(|(chapter, _)| chapter)
    };
    let heads = |l: &Line| chapter_of(l).is_some();
    // For each chapter heading, the index of the next one if it comes before any section.
    let next_chapter = |i: usize| -> Option<usize> {
        for (k, next) in lines.iter().enumerate().skip(i + 1).take(CONTENTS_LINES) {
            let t = next.text.trim();
            let opens_section = super::classify::section_heading_starts(t).is_some()
                || t.chars().next().is_some_and(form_words::is_circled);
            if opens_section {
                return None;
            }
            if heads(next) {
                return Some(k);
            }
        }
        None
    };
    // The chapter headings that stand under the contents' heading (its line's end: a site may
    // print words before it, `Download "項目一覧`) with another chapter's after them.
    let mut listed = Vec::new();
    let mut above: Option<&Line> = None;
    for (i, line) in lines.iter().enumerate() {
        let under_heading =
            above.is_some_and(|a| squeeze(&a.text).ends_with(super::classify::CONTENTS));
        if heads(line) && under_heading && next_chapter(i).is_some() {
            listed.push(i);
        }
        if !line.text.trim().is_empty() {
            above = Some(line);
        }
    }
    // Each is the contents' where a cover's label and then the same chapter's heading, listed
    // in no contents, follow it (the body's own heading, after the cover). Where the body's
    // heading is lost (glued to the contents' last entry) or the contents follow the cover,
    // the contents' entry stays the walk's start, as in a text in the form's order.
    let mut entries = std::collections::HashSet::new();
    for &i in &listed {
        let Some(line) = lines.get(i) else { continue };
        let chapter = chapter_of(line);
        let mut cover = false;
        for (k, l) in lines.iter().enumerate().skip(i + 1) {
            cover |= COVER_ROWS.iter().any(|id| l.text.contains(id.label()));
            let body_heading = chapter_of(l) == chapter && !listed.contains(&k);
            if body_heading {
                if cover {
                    entries.insert(line.no);
                }
                break;
            }
        }
    }
    entries
}

/// The cover's items whose labels open its rows (様式2–4 表紙): a cover stands where one is
/// printed.
const COVER_ROWS: [ItemId; 2] = [ItemId::CoverNumber, ItemId::CoverBody];

/// The chapters of the forms (kept in [`super::classify`], whose section titles read them).
pub(super) use super::classify::CHAPTERS;

/// The words of the block headings of Ⅱ, in the order of [`Block`]'s kinds.
pub(super) const BLOCK_WORDS: [&str; 3] = [
    crate::form::ENTRUSTMENT,
    crate::form::PROVISION,
    crate::form::TRANSFER,
];

/// `提供先12 …` → (1, 12): the kind (a position in [`BLOCK_WORDS`]) and number of a block
/// heading; not a page's heading of blocks (`提供先2～5`).
pub(super) fn block_heading_number(text: &str) -> Option<(usize, u32)> {
    // The cheap test first: the line starts with a block word (its first cell starts where
    // the line's text does, and no word holds a tab).
    let t = text.trim_start();
    if !BLOCK_WORDS.iter().any(|w| t.starts_with(w)) {
        return None;
    }
    let head = t.split('\t').map(str::trim).find(|c| !c.is_empty())?;
    BLOCK_WORDS.iter().enumerate().find_map(|(kind, word)| {
        let (n, name) = leading_number(head.strip_prefix(word)?, &[])?;
        let page = name.starts_with(['～', '~', '〜']);
        let boxed = name.starts_with([']', '］', '）', ')']) || name.contains(['[', ']']);
        (n > 0 && !page && !boxed).then_some((kind, n))
    })
}

/// The text an appendix's heading carries after its item's label (`（別添１）事務の内容：別紙の
/// とおり。` → `別紙のとおり。`); empty when the heading is its label alone, or names none.
fn appendix_heading_value(text: &str, id: ItemId) -> &str {
    let title = text.trim_start_matches(|c: char| c != '）' && c != ')');
    let title = title.trim_start_matches(['）', ')']);
    let label = bare_label(id);
    let label = label.rsplit_once('）').map_or(label, |(_, l)| l);
    let value = after_label(title, label);
    if value == title { "" } else { value }
}

/// The lists a block heading opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Entrustment(usize),
    Provision(usize),
    Transfer(usize),
}

/// The list position of a block whose heading has not been met yet: a run of a block's items
/// that a PDF text printed before the block's heading (see [`Walker::settle_deferred`]).
const DEFERRED: usize = usize::MAX;

/// The list position of a block whose heading names a block headed before in the same part
/// (a second `システム3`, a second `提供先3` in one file): its cells are nobody's that can be
/// read. (The forms number their blocks once each: システムN in Ⅰ2 of 様式3 and 様式4, 委託事項N
/// and 提供先N / 移転先N in each file's Ⅱ4 and Ⅱ5, from 1 in every file.) The block stays a block, so that the cells around it settle as the headings place them
/// (a PDF text may print a block's items above its heading), and its cells are left unread
/// ([`UnreadReason::BlockTwice`](super::UnreadReason::BlockTwice)), never merged into the first
/// block's.
pub(crate) const TWICE: usize = usize::MAX - 1;

impl Block {
    /// The same kind of block at list position `i`.
    fn at(self, i: usize) -> Block {
        match self {
            Block::Entrustment(_) => Block::Entrustment(i),
            Block::Provision(_) => Block::Provision(i),
            Block::Transfer(_) => Block::Transfer(i),
        }
    }

    /// The list position.
    fn index(self) -> usize {
        match self {
            Block::Entrustment(i) | Block::Provision(i) | Block::Transfer(i) => i,
        }
    }
}

/// The coordinates the walk is at.
#[derive(Debug, Clone, Default)]
struct At {
    chapter: String,
    section: Option<u32>,
    block: Option<Block>,
    /// The リスクN the line stands under (`リスク1`), as its number prints it; empty outside one.
    risk: String,
    circled: Option<char>,
    /// How many file blocks (Ⅱ１．) have begun.
    files: usize,
    /// The system block (Ⅰ2 システムN) last begun.
    system: Option<usize>,
}

impl At {
    fn base(&self) -> String {
        // (Room for the section's number made at once: no second allocation to append it.)
        let mut s = String::with_capacity(self.chapter.len() + 4);
        s.push_str(&self.chapter);
        if let Some(n) = self.section {
            // One digit (every section of the forms) without the formatting machinery.
            match char::from_digit(n, 10) {
                Some(digit) => s.push(digit),
                None => s.push_str(&n.to_string()),
            }
        }
        s
    }

    fn block_word(&self) -> &'static str {
        match self.block_word_kind() {
            1 => crate::form::PROVISION,
            2 => crate::form::TRANSFER,
            _ => "",
        }
    }

    /// Which [`At::block_word`] the coordinates have (told apart without comparing texts):
    /// none (0; an entrustment's items are numbered without one), 提供先 (1) or 移転先 (2).
    fn block_word_kind(&self) -> usize {
        match self.block {
            Some(Block::Provision(_)) => 1,
            Some(Block::Transfer(_)) => 2,
            _ => 0,
        }
    }

    fn risk(&self) -> &str {
        &self.risk
    }

    /// Whether `other` stands at the same place for the prefixes of a circled number
    /// (chapter, section, block word and risk).
    fn same_stem(&self, other: &At) -> bool {
        // (The numbers and the block's kind first: they differ more often, and cost less to
        // compare than the texts.)
        self.section == other.section
            && self.block_word_kind() == other.block_word_kind()
            && self.chapter == other.chapter
            && self.risk == other.risk
    }

    /// The structural prefixes a labelled line may stand under, most specific first.
    fn prefixes(&self) -> Vec<String> {
        let base = self.base();
        let b = base.as_str();
        let blk = self.block_word();
        let risk = self.risk();
        let mut buf = [0; 4];
        let circ: &str = match self.circled {
            Some(c) => c.encode_utf8(&mut buf),
            None => "",
        };
        // (Joined, not formatted: formatting costs more than the rest of the list.)
        let mut out = vec![
            [b, blk, risk, circ].concat(),
            [b, blk, risk].concat(),
            [b, risk, circ].concat(),
            [b, circ].concat(),
            [b, risk].concat(),
            base.clone(),
            self.chapter.clone(),
        ];
        out.dedup();
        out
    }

    /// The list positions of an item's pattern at these coordinates.
    fn indices(&self, id: ItemId) -> Option<Indices> {
        let lists = lists_of(id)?;
        let mut out = Indices::Zero;
        for list in lists {
            let i = match (list, self.block) {
                (List::Files, _) => self.files.checked_sub(1)?,
                // 基礎 Ⅰ1③ lists every system's name in one cell.
                (List::Systems, _) => self.system.unwrap_or(0),
                (List::Entrustments, Some(Block::Entrustment(i))) => i,
                (List::Provisions, Some(Block::Provision(i))) => i,
                (List::Transfers, Some(Block::Transfer(i))) => i,
                _ => return None,
            };
            out = out.push(i)?;
        }
        Some(out)
    }
}

/// A list (`name[]`) of an item's pattern, as [`At::indices`] fills its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Files,
    Systems,
    Entrustments,
    Provisions,
    Transfers,
    /// A list the walk has no coordinate for.
    Other,
}

/// The lists of `id`'s pattern, outermost first (`files[].provisions[].…` → files,
/// provisions): read from the patterns once, not every time a cell is opened. (`None` only
/// for an item not in [`ItemId::ALL`], which holds every item.)
fn lists_of(id: ItemId) -> Option<&'static [List]> {
    static LISTS: std::sync::LazyLock<Vec<Vec<List>>> = std::sync::LazyLock::new(|| {
        ItemId::ALL
            .iter()
            .map(|id| {
                let parts = id.pattern().split('.');
                let lists = parts.filter_map(|part| part.strip_suffix("[]"));
                lists
                    .map(|list| match list {
                        "files" => List::Files,
                        "systems" => List::Systems,
                        "entrustments" => List::Entrustments,
                        "provisions" => List::Provisions,
                        "transfers" => List::Transfers,
                        _ => List::Other,
                    })
                    .collect()
            })
            .collect()
    });
    LISTS.get(id as usize).map(Vec::as_slice)
}

/// The cells the walk found, by key, in the order first met.
pub(crate) type CellMap = IndexMap<Key, Cell, KeyHash>;

/// What the walk found: each item's cell, and the lines that belong to no item.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// The cells, in the order first met.
    pub(crate) cells: CellMap,
    /// Lines that are not headings, labels, option lists or any item's value.
    pub(crate) stray: Vec<usize>,
    /// The line where chapter Ⅰ begins (the cover is before it).
    pub(crate) body_start: Option<usize>,
    /// The line where the 変更箇所 begin, if the text has them.
    pub(crate) changes_start: Option<usize>,
    /// The cells whose label stood in a stack of labels (PDF text): their values are elsewhere.
    pub(crate) stacked: std::collections::HashSet<Key, KeyHash>,
    /// The block headings that name a block headed before in the same part, as the form names
    /// the block (`提供先3`), each with its line and the block's first item: their blocks are
    /// at list position [`TWICE`].
    pub(crate) twice: Vec<(String, usize, ItemId)>,
    /// The cells of an item met again in its block after its cell was read and closed.
    pub(crate) reopened: std::collections::HashSet<Key, KeyHash>,
    /// The cells open when a heading over items came with words after its title, each with the
    /// heading's line ([`Walker::section_heading`]).
    pub(crate) before_words_on_heading: Vec<(Key, usize)>,
    /// The cells whose label's line printed the form's note mark ※ (`②事務の内容 ※`): a mark
    /// opening their value is the value's own ([`super::note_mark`]).
    pub(crate) marked: std::collections::HashSet<Key, KeyHash>,
}

/// The structural prefixes a label is tried under at one place, each with the form's items
/// numbered under it that a line may name there: looked up and sorted out once, when the list
/// is built, not once per line.
#[derive(Default)]
struct Tried {
    /// The prefixes that name items of the form, most specific first (a prefix may come twice,
    /// as [`At::prefixes`] lists it), then (for a plain line) the sub-items of the place's
    /// block, each with the items a line may name under it.
    prefixes: Vec<Named>,
    /// The first two characters of those items' labels (as `FormWords::label_starts`), sorted:
    /// a plain line that starts with none of them names no item here.
    starts: Vec<(char, Option<char>)>,
}

impl Tried {
    /// A prefix, of the items under it (`entries`) those a line may name: a circled line
    /// (`circled`) the item numbered exactly so; a plain line an item with label words (or a
    /// section's own item) under the prefix, and under a block's sub-item prefix (`sub_item`)
    /// only an item with label words.
    fn push(&mut self, entries: &'static [Entry], circled: bool, sub_item: bool) {
        let named: Vec<&'static Entry> = entries
            .iter()
            .filter(|e| {
                if circled {
                    e.exact
                } else {
                    !e.exact || !sub_item
                }
            })
            .collect();
        // (Each label's first characters read once for both lists, made to hold them all.)
        let count: usize = named.iter().map(|e| e.labels.len()).sum();
        self.starts.reserve(count);
        let mut labels = Vec::with_capacity(count);
        for e in &named {
            for l in &e.labels {
                let Some(start) = label_start(l) else {
                    continue;
                };
                self.starts.push(start);
                labels.push((start.0, l.as_str(), e.id));
            }
        }
        self.prefixes.push(Named {
            entries: named,
            labels,
        });
    }

    /// Sorts the label starts for [`starts_with_any`].
    fn done(mut self) -> Self {
        self.starts.sort_unstable();
        self.starts.dedup();
        self
    }
}

/// The items a line may name under one prefix (see [`Tried::push`]).
struct Named {
    /// The items, in the form's order.
    entries: Vec<&'static Entry>,
    /// Each label of the items that is not empty, with its first character and its item, in
    /// the items' order: what a line is matched with (the first characters compared before the
    /// labels).
    labels: Vec<(char, &'static str, ItemId)>,
}

/// The item among `entries` (those numbered under one prefix) whose number is exactly the
/// prefix (no label words).
fn exact_item(entries: &[Entry]) -> Option<ItemId> {
    entries.iter().find(|e| e.exact).map(|e| e.id)
}

/// The first two characters of a label (the second `None` for a label of one); `None` for an
/// empty label.
fn label_start(label: &str) -> Option<(char, Option<char>)> {
    let mut c = label.chars();
    Some((c.next()?, c.next()))
}

/// The first two characters of [`squeeze`]`(body)`, as [`label_start`] takes a label's, without
/// building the folded text.
fn folded_start(body: &str) -> Option<(char, Option<char>)> {
    let mut c = squeezed_chars(body);
    Some((c.next()?, c.next()))
}

/// Whether a folded text whose first two characters are `start` (as [`label_start`] takes
/// them) may start with a label whose first two characters are among `starts` (sorted).
fn starts_with_any(starts: &[(char, Option<char>)], start: Option<(char, Option<char>)>) -> bool {
    let Some((first, second)) = start else {
        return false;
    };
    let found = |key| starts.binary_search(&key).is_ok();
    found((first, None)) || (second.is_some() && found((first, second)))
}

/// A set of characters for a first test: a character is in when a bit for it is set (one
/// bit for every character with the same low twelve bits), so a character not in it is one
/// that none of the characters put in has; one in it may still be none of them.
#[derive(Debug, Clone)]
struct CharSet([u64; 64]);

impl CharSet {
    /// The bit of `c`: its word and mask.
    fn bit(c: char) -> (usize, u64) {
        let n = c as usize & 0xFFF;
        (n >> 6, 1 << (n & 63))
    }

    /// Whether `c` may be one of the characters put in (never false for one).
    fn contains(&self, c: char) -> bool {
        let (word, mask) = CharSet::bit(c);
        self.0.get(word).is_some_and(|w| w & mask != 0)
    }
}

impl FromIterator<char> for CharSet {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> Self {
        let mut set = CharSet([0; 64]);
        for c in iter {
            let (word, mask) = CharSet::bit(c);
            if let Some(w) = set.0.get_mut(word) {
                *w |= mask;
            }
        }
        set
    }
}

/// What a circled number names at one place (the chapter, section, block word and risk the
/// walk is at): worked out once per place and number, not once per line.
struct CircledAt {
    /// The prefixes a label with the number is tried under, with their items.
    tried: Tried,
    /// Whether any item is numbered under the number in the block and risk
    /// (`{base}{block}{risk}{c}`), and the item numbered exactly so.
    under: bool,
    own: Option<ItemId>,
    /// The block's item numbered so (`{base}{block}{c}`).
    block_item: Option<ItemId>,
}

/// What the walk worked out at one place (the chapter, section, block word and risk it is at,
/// and whether it is in a block), for each circled number there: each filled when first met.
struct Place {
    /// The coordinates (their circled number aside).
    at: At,
    /// Each circled number's [`CircledAt`], by the number's position in [`CIRCLED`].
    circled: Vec<Option<Rc<CircledAt>>>,
    /// The prefixes a line without a circled number is tried under (see
    /// [`Walker::plain_candidates`]): under no circled number first, then under each.
    plain: Vec<Option<Rc<Tried>>>,
}

/// The position of the circled number `c` in [`CIRCLED`] (`None` for a character before it).
fn circled_slot(c: char) -> Option<usize> {
    (c as usize).checked_sub('①' as usize)
}

/// The group items of one section (by its chapter and section number), each with its part
/// labels.
type SectionGroups = ((String, Option<u32>), Rc<[(ItemId, &'static [String])]>);

/// A group item open for its part labels (see [`Walker::group_part`]).
struct OpenGroup {
    key: Key,
    /// The item's part labels (the same for every instance of the item).
    parts: Rc<GroupParts>,
}

/// The part labels of a group item, as an open group tests lines with them: worked out once
/// per item (see [`Walker::group_parts`]), not each time one of its cells is opened.
struct GroupParts {
    /// The part labels, folded.
    labels: Vec<String>,
    /// The words the form prints for each part in the item's row, folded (`具体的な管理方法`
    /// where the model's label is the generic `具体的な方法`: `ItemId::printed_label`): what a
    /// line opening the part's text starts with.
    printed: Vec<String>,
    /// Whether the part of each label is a free text ([`Value::Text`]): its paragraphs may
    /// run past a blank line.
    texts: Vec<bool>,
    /// The first characters of `labels`, sorted: the cheap test of a line.
    firsts: Vec<char>,
    /// The last characters of `labels`, sorted: the cheap test of a boxed line.
    lasts: Vec<char>,
}

impl GroupParts {
    /// The part labels `labels` (the model's), the words the item's row prints for them
    /// (`printed`), folded, and whether each part is a free text.
    fn new(labels: &[&str], printed: &[&str], texts: Vec<bool>) -> GroupParts {
        let labels: Vec<String> = labels.iter().map(|l| squeeze(l)).collect();
        let printed: Vec<String> = printed.iter().map(|l| squeeze(l)).collect();
        let firsts = label_bounds(&labels, false);
        let lasts = label_bounds(&labels, true);
        GroupParts {
            labels,
            printed,
            texts,
            firsts,
            lasts,
        }
    }

    /// Whether the part that the last of `lines` is read into is a free text: the part of the
    /// last line that opens a part with the words the item's row prints for it (as the cell's
    /// fill parts it, [`part_opened_by`]), or the unlabelled part before any label.
    fn reads_text(&self, lines: &[(usize, String)]) -> bool {
        let mut part = self.labels.iter().position(String::is_empty);
        for (_, line) in lines {
            if let Some(i) = part_opened_by(line, &self.printed) {
                part = Some(i);
            }
        }
        part.and_then(|i| self.texts.get(i))
            .copied()
            .unwrap_or(false)
    }
}

/// The walk.
pub(crate) struct Walker<'r> {
    form: AssessmentKind,
    report: &'r mut Report,
    /// The form's words, folded once per form.
    words: &'static FormWords,
    at: At,
    current: Option<Key>,
    /// Where [`Walker::current`]'s cell stood in the cells when it became current: looked at
    /// first (see [`Walker::current_cell`]), so that most lines hash no key.
    current_at: usize,
    /// The keys of the cells read before their block's heading (list position [`DEFERRED`]),
    /// in the order their cells were made: the run [`Walker::settle_deferred`] settles.
    deferred_keys: Vec<Key>,
    /// Group items open for their part labels (folded), innermost last.
    groups: Vec<OpenGroup>,
    found: Found,
    /// Whether a blank line ends a cell (PDF text).
    blank_ends_cell: bool,
    /// The rest of a label wrapped onto the next line.
    pending_tail: Option<String>,
    /// Whether the line being read prints the form's note mark ※ ([`Found::marked`]).
    line_marked: bool,
    /// The lines of chapter headings that are a 項目一覧's entries ([`contents_entries`]).
    contents: std::collections::HashSet<usize>,
    /// What the blank line just before the line being read left open (PDF text).
    after_blank: AfterBlank,
    /// Whether the current cell went on past a blank line as prose (PDF text): a box after
    /// that is another cell's, as after a legal basis.
    prose_continued: bool,
    /// Whether the open cell is a group's that a part's label alone opened while another cell
    /// (or none) was open (`具体的な方法` under another section's rows): which group the part is
    /// of was the walk's guess, so a label alone there does not wait for its text past a blank
    /// line ([`Walker::value_begun`]).
    part_elsewhere: bool,
    /// The last label opened, while no text has followed it.
    quiet_label: Option<Key>,
    /// The line above was a ＜選択肢＞ heading or options (a lone `N)` line continues the list).
    in_options: bool,
    /// What was worked out at each place met (see [`Walker::place`]): once per place and
    /// circled number an import meets (a few dozen places; the walk comes back to most), not
    /// per line.
    places: Vec<Place>,
    /// The entry of `places` last asked for: looked at first (the walk stays at one place for
    /// many lines; its circled number changes more often, and is no part of the place).
    place_last: usize,
    /// The first characters of the form's item labels ([`FormWords::label_starts`]), as a
    /// [`CharSet`]: most lines start with none, and are passed over at once.
    label_firsts: CharSet,
    /// The first characters of all the form's labels ([`FormWords::all_labels`]).
    all_label_firsts: CharSet,
    /// The group items of each section met, with their part labels (see
    /// [`Walker::section_groups`]), by the section's prefix (`Ⅲ4`).
    section_groups: Vec<SectionGroups>,
    /// For each item (by its position in [`ItemId::ALL`]), once known: whether it is a group
    /// whose own label is one of its parts (see [`Walker::is_group`]).
    own_part: Vec<std::cell::OnceCell<bool>>,
    /// For each item (by its position in [`ItemId::ALL`]), once one of its cells is opened:
    /// its part labels if it is a group (see [`Walker::group_parts`]).
    group_parts: Vec<std::cell::OnceCell<Option<Rc<GroupParts>>>>,
    /// The block whose item numbers went back (PDF text), if any: the cells of the run that
    /// went back are at list position [`DEFERRED`] until the next heading decides their block.
    deferred: Option<Block>,
    /// The block headings whose series prints the blocks' lower items above their headings
    /// (see [`super::blocks`]).
    above_headings: LineSet,
    /// The block headings whose series prints the lower items below their headings.
    below_headings: LineSet,
    /// Whether the current block's series is printed above (below) its headings.
    above: bool,
    below: bool,
    /// Whether the deferred run is the lower part of a block printed above its heading.
    above_run: bool,
    /// Items met twice in a deferred run printed above its heading, each with where its
    /// repeats begin in its cell's lines: whose each is cannot be read, unless both say the
    /// same (see [`twice_alike`]).
    conflicts: HashMap<Key, Vec<usize>, KeyHash>,
    /// The second of an item met twice alike in the run just settled: the next run's block's
    /// if that run lacks the item (see [`Walker::settle_deferred`]).
    spare: Option<(Key, Cell)>,
    /// The lines where the lower part printed above a series' first heading begins, under
    /// another kind's block, with the series' kind (see [`super::blocks::lead_starts`]).
    leads: LineMap<usize>,
    /// The lines cut from amid a page run together (`shape::Shaped::amid`): a number alone
    /// there is the text's own, no page's number.
    amid: LineSet,
    /// The coordinates of the last block heading (委託事項N, 提供先N, 移転先N) of the current
    /// file: a PDF text may print the rest of its rows after the next section's headings.
    last_block: Option<At>,
    /// Whether the lines are those of an item no form prints (a report of this crate renders
    /// its own items under labels of theirs, marked 様式外), up to the next circled label or
    /// heading: their labels may be the form's words (`再委託事項`), never its items.
    model_only: bool,
    /// The blocks headed so far: (the file blocks begun, the kind as [`Walker::block_heading`]
    /// numbers it, the block's number). A system's number is the report's; a block of Ⅱ's
    /// starts again in each file.
    headed: Vec<(usize, usize, u32)>,
}

/// What a line is as a chapter's heading ([`Walker::chapter_heading`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadingMet {
    /// No chapter's heading.
    No,
    /// The heading of the chapter or appendix the walk is in, repeated at the top of a page (a
    /// table's heading row): the walk goes on where it stood.
    Repeated,
    /// A chapter, an appendix, the 変更箇所 or a file's block begun (or a heading met where the
    /// walk reads no body).
    New,
}

/// The two readings of an item met twice in a run printed above its heading (`repeats`: where
/// the second begins in the cell's lines), when both say the same: then each of the two blocks
/// whose rows the page printed together has that value, whichever reading is whose.
fn twice_alike(cell: &Cell, repeats: &[usize]) -> Option<(Cell, Cell)> {
    let [at] = repeats else { return None };
    let part = |lines: &[(usize, String)]| Cell {
        lines: lines.to_vec(),
        displaced: true,
    };
    let first = part(cell.lines.get(..*at)?);
    let second = part(cell.lines.get(*at..)?);
    let text = first.text();
    (!is_empty_mark(&text) && text == second.text()).then_some((first, second))
}

/// Whether `t` names a law, as a legal basis does (`番号法第9条第1項`, `架空市条例`, `施行令`).
pub(super) fn names_a_law(t: &str) -> bool {
    t.contains(['法', '条', '令'])
}

/// Whether `t` reads as a file's name: it ends in [`FILE_NAME_WORD`] and names no law
/// ([`names_a_law`]).
pub(super) fn names_a_file(t: &str) -> bool {
    t.ends_with(FILE_NAME_WORD) && !names_a_law(t)
}

/// The word a file's name ends with (`架空住民記録ファイル`).
pub(super) const FILE_NAME_WORD: &str = "ファイル";

/// The items that list a report's file names, one name a line or a comma apart.
pub(super) const FILE_NAME_LISTS: [ItemId; 4] = [
    ItemId::AffairFileNames,
    ItemId::FileNames,
    ItemId::FullFileNames,
    ItemId::FocusedFileNames,
];

/// A list of file names printed on one line (`甲ファイル、乙ファイル`, `甲ファイル,乙ファイル`,
/// `・甲ファイル ・乙ファイル`): one name a piece. The pieces are split at [`NAME_COMMAS`] outside
/// brackets (a name's note `（※甲、乙）` stays whole), at inline numbers
/// ([`numbered_entries`]) and at bullets ([`bulleted_row`]).
fn split_name_lists(cells: &mut CellMap) {
    for ((id, _), cell) in cells.iter_mut() {
        let listed = |t: &str| {
            t.contains(NAME_COMMAS) || numbered_entries(t).len() > 1 || bulleted_row(t).len() > 1
        };
        if !FILE_NAME_LISTS.contains(id) || !cell.lines.iter().any(|(_, t)| listed(t)) {
            continue;
        }
        let mut lines = Vec::with_capacity(cell.lines.len());
        for (no, text) in &cell.lines {
            let bulleted = bulleted_row(text);
            let entries = match bulleted.len() > 1 {
                true => bulleted,
                false => numbered_entries(text),
            };
            for entry in entries {
                for piece in names_of_line(entry, &NAME_COMMAS) {
                    lines.push((*no, piece.to_owned()));
                }
            }
        }
        cell.lines = lines;
    }
}

/// The entries of a line that numbers them inline (`(1)甲ファイル (2)乙ファイル`, `1.甲 2.乙`):
/// the line opens with entry 1's number, and each later entry opens a word with the next
/// number, the marks written alike; the line whole otherwise (`(1)甲ファイル (3)乙`: not in
/// sequence; `甲ファイル 2.乙`: no first entry). A number in brackets opens the next entry glued
/// to the one before too (`（1）甲ファイル（2）乙ファイル`, a page run together with no space);
/// figures glued to words do not (`1.甲第2.乙`: the words' own). Each entry keeps its number,
/// for the list's reader to take off.
fn numbered_entries(text: &str) -> Vec<&str> {
    let t = text.trim();
    let Some((1, mark)) = entry_number(t) else {
        return vec![t];
    };
    let bracketed = matches!(mark.0, '(' | '（');
    let mut entries = Vec::new();
    let mut start = 0;
    let mut next = 2;
    for (at, c) in t.char_indices() {
        let (word_at, cut) = match c {
            _ if c.is_whitespace() => (at + c.len_utf8(), at),
            '(' | '（' if bracketed && at > start => (at, at),
            _ => continue,
        };
        let word = t.get(word_at..).unwrap_or_default();
        if entry_number(word) == Some((next, mark)) {
            entries.push(t.get(start..cut).unwrap_or_default().trim());
            start = word_at;
            next += 1;
        }
    }
    entries.push(t.get(start..).unwrap_or_default().trim());
    entries
}

/// The number an entry of a numbered list opens `text` with, and the mark it is written with:
/// its first and last characters folded, `'0'` standing for a first digit (`(2)乙` →
/// `(2, ('(', ')'))`, `２．乙` → `(2, ('0', '.'))`), `'⑴'` for a parenthesized number of one
/// character (`⑵ 乙` → `(2, ('⑴', '⑴'))`, as a word processor writes `(2)`). `None` for a text
/// that opens with no list number ([`strip_list_mark`] takes none off, and no parenthesized
/// number opens it with words after it).
pub(super) fn entry_number(text: &str) -> Option<(u32, (char, char))> {
    let mut chars = text.chars();
    if let Some(c) = chars
        .next()
        .filter(|&c| super::fill::is_parenthesized_number(c))
    {
        let n = u32::from(c) - u32::from('⑴') + 1;
        return (!chars.as_str().trim().is_empty()).then_some((n, ('⑴', '⑴')));
    }
    let rest = strip_list_mark(text);
    let mark = text.get(..text.len().checked_sub(rest.len())?)?.trim();
    if mark.is_empty() || rest.is_empty() {
        return None;
    }
    let first = crate::label::fold_char(mark.chars().next()?);
    let last = crate::label::fold_char(mark.chars().last()?);
    let digits = mark.trim_start_matches(['(', '（']);
    let (n, _) = super::classify::leading_number(digits, &[])?;
    let opener = if first.is_ascii_digit() { '0' } else { first };
    Some((n, (opener, last)))
}

/// The pieces of a line of names parted at any of `marks` outside brackets (a name's note
/// `（※甲、乙）` stays whole), in order; the line whole when it holds none.
fn names_of_line<'t>(text: &'t str, marks: &[char]) -> Vec<&'t str> {
    let mut pieces = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (at, c) in text.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if marks.contains(&c) && depth == 0 {
            pieces.push(text.get(start..at).unwrap_or(""));
            start = at + c.len_utf8();
        }
    }
    pieces.push(text.get(start..).unwrap_or(""));
    pieces
}

/// Whether an item's value is a legal basis (a text that runs over paragraphs).
fn is_basis(id: ItemId) -> bool {
    matches!(
        id,
        ItemId::AffairNumberUseBasis
            | ItemId::AffairInfoLinkageBasis
            | ItemId::ProvisionLegalBasis
            | ItemId::TransferLegalBasis
    )
}

/// Whether `text` (trimmed) is an entry of a list opened by a bullet
/// ([`BULLETS`](crate::import::fill::BULLETS)) and words: a 記録項目 list whose entries a print
/// parts by blank lines (a word processor's list paragraphs, `pdftotext -layout`) goes on at
/// such a line. Not a number (`（2）` opens the next file's list), a check mark or a dash (`○`,
/// `-`: a box's mark, an empty cell), nor a box.
///
/// Reads `•   宛名番号`, `・氏名（カナ）`. Refuses `（2）架空ファイル`, `宛名番号` (no bullet: after a
/// blank line, a line of words is another cell's), `• [ ○ ] 紙`, `•` alone.
fn opens_bulleted_entry(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(crate::import::fill::BULLETS) else {
        return false;
    };
    let rest = rest.trim_start();
    !rest.is_empty() && !rest.starts_with(['[', '［'])
}

/// What a blank line inside a begun cell left (PDF text, where a blank line ends a table cell;
/// the wrapped lines of one cell follow each other without one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AfterBlank {
    /// No blank line, or one that ended the cell.
    Nothing,
    /// A blank inside a legal basis, which runs over paragraphs: a box after it is another
    /// cell's.
    Basis,
    /// A blank inside prose: the next paragraph is the cell's if it opens as a paragraph of
    /// prose does ([`Walker::continues_prose`]).
    Prose,
    /// A blank inside the 記録項目 list: the next line is the list's if it is an entry opened
    /// by a bullet ([`opens_bulleted_entry`]).
    Entries,
    /// A page's heading repeated at its top cut the open text inside a sentence
    /// ([`Walker::cut_inside_a_sentence`]): the next line, past any blank lines, is the
    /// sentence's rest, short or not (`…（手順は運用要領（第３` / heading / blank / `版）に定める。）`),
    /// unless it is the form's own words ([`Walker::is_form_words_line`]).
    CutSentence,
}

impl<'r> Walker<'r> {
    pub(crate) fn new(report: &'r mut Report, blank_ends_cell: bool) -> Walker<'r> {
        let form = report.form();
        let words = form_words::of(form);
        Walker {
            form,
            words,
            pending_tail: None,
            line_marked: false,
            contents: std::collections::HashSet::new(),
            after_blank: AfterBlank::Nothing,
            prose_continued: false,
            part_elsewhere: false,
            quiet_label: None,
            in_options: false,
            places: Vec::new(),
            place_last: 0,
            label_firsts: words.label_starts.iter().map(|&(c, _)| c).collect(),
            all_label_firsts: words
                .all_labels
                .iter()
                .filter_map(|l| l.chars().next())
                .collect(),
            section_groups: Vec::new(),
            own_part: vec![std::cell::OnceCell::new(); ItemId::ALL.len()],
            group_parts: vec![std::cell::OnceCell::new(); ItemId::ALL.len()],
            report,
            at: At::default(),
            current: None,
            current_at: 0,
            deferred_keys: Vec::new(),
            groups: Vec::new(),
            found: Found::default(),
            blank_ends_cell,
            deferred: None,
            above_headings: LineSet::new(),
            below_headings: LineSet::new(),
            above: false,
            below: false,
            above_run: false,
            conflicts: HashMap::default(),
            spare: None,
            leads: LineMap::new(),
            amid: LineSet::new(),
            last_block: None,
            model_only: false,
            headed: Vec::new(),
        }
    }

    /// The block headings whose series prints its lower items above them, and those whose
    /// series prints them below (`blocks::lower_parts_above`, which reads a PDF text's layout
    /// with this module's vocabulary, so the walk takes its answer rather than calling it).
    pub(crate) fn with_block_sides(mut self, (above, below): (LineSet, LineSet)) -> Self {
        self.above_headings = above;
        self.below_headings = below;
        self
    }

    /// The lines where the lower part printed above a series' first heading begins, under
    /// another kind's block (`blocks::lead_starts`, taken like the block sides).
    pub(crate) fn with_leads(mut self, leads: LineMap<usize>) -> Self {
        self.leads = leads;
        self
    }

    /// The lines cut from amid a page run together (`shape::Shaped::amid`).
    pub(crate) fn with_amid(mut self, amid: &LineSet) -> Self {
        self.amid = amid.clone();
        self
    }

    pub(crate) fn walk(mut self, lines: &[Line]) -> Found {
        // The 変更箇所 close the report: their heading that opens the table, else their last
        // heading (the 項目一覧 names them too).
        // A heading in the 項目一覧 is followed by chapter titles; a table without its heading
        // (a PDF text that lost it) starts at its header row.
        // (A date alone before them is a row's 変更日: the table's rows name chapters too, `Ⅱ
        // しきい値判断項目` over its item.)
        let is_toc = |at: usize| {
            for l in lines.iter().skip(at + 1).take(CONTENTS_LINES) {
                if super::classify::date_only(&l.text).is_some() {
                    return false;
                }
                if roman_chapter(&l.text).is_some_and(|(_, rest)| lists_chapter(rest)) {
                    return true;
                }
            }
            false
        };
        // A heading whose next line with text is the table's header row opens a page of the
        // table (a print repeats both on each page): the table starts at the first of them. A
        // header row whose labels wrap prints a tall label's first piece above it (`提出時期`
        // over `変更日 項目 … に係る説`): pieces of the columns' labels go before it.
        let opens_table = |at: usize| {
            lines
                .iter()
                .skip(at + 1)
                .filter(|l| !l.key().is_empty())
                .find(|l| {
                    super::classify::is_header_row(l.key())
                        || !super::classify::is_header_piece(l.key())
                })
                .is_some_and(|l| super::classify::is_header_row(l.key()))
        };
        // The report opens with its title: a heading above the first line that prints it is
        // another page's words set before the report (a document site's title for the page,
        // taken from the 項目一覧), not the table.
        let title_at = lines
            .iter()
            .position(|l| l.text.contains(crate::form::REPORT_TITLE));
        // Every form of the heading ends with the words (the cheap test first).
        let is_heading = |(i, l): &(usize, &Line)| {
            l.key().ends_with(CHANGES)
                && is_changes_heading(l.key())
                && !is_toc(*i)
                && title_at.is_none_or(|t| *i > t)
        };
        let changes = lines
            .iter()
            .enumerate()
            .find(|h| is_heading(h) && opens_table(h.0))
            .or_else(|| lines.iter().enumerate().rev().find(is_heading))
            .or_else(|| {
                // The header row's 変更前 and 変更後 columns, both on the line.
                let [_, _, before, after, ..] = crate::form::CHANGE_COLUMNS;
                lines
                    .iter()
                    .enumerate()
                    .find(|(_, l)| l.key().contains(before) && l.key().contains(after))
            })
            .map(|(_, l)| l.no);
        // The label words of the items under a circled item, which a PDF text prints without
        // their number.
        let sub_labels: &[String] = if self.blank_ends_cell {
            &self.words.sub_labels
        } else {
            &[]
        };
        // The first characters of those labels: a line whose key starts with none of them
        // starts no wrapped label (the cheap test before [`wraps`]); nor does a blank line.
        let sub_firsts: CharSet = sub_labels.iter().filter_map(|l| l.chars().next()).collect();
        let may_wrap = |l: &Line| match l.key().chars().next() {
            Some(c) => sub_firsts.contains(c),
            None => !all_white(&l.text),
        };
        self.contents = contents_entries(lines);
        let mut joined = false;
        for (k, line) in lines.iter().enumerate() {
            if changes.is_some_and(|c| line.no >= c) {
                if self.found.body_start.is_some() {
                    self.close();
                    self.found.changes_start = changes;
                }
                break;
            }
            if std::mem::take(&mut joined) {
                continue;
            }
            let next = lines.get(k + 1);
            if let Some(next) =
                next.filter(|n| may_wrap(line) && wraps(sub_labels, &line.text, &n.text))
            {
                // A sub-item's label wrapped over two lines (`対象となる本人の` / `数`): read as one.
                joined = true;
                self.line(&Line::new(
                    line.no,
                    format!("{}{}", line.text.trim_end(), next.text.trim()),
                ));
                continue;
            }
            self.line(line);
        }
        self.settle_deferred(None, true);
        split_name_lists(&mut self.found.cells);
        self.found
    }

    /// Whether the open cell holds words of its value: a line that is not blank and, in a
    /// group's cell, not one of the group's part labels alone (`リスクに対する措置の内容`, the
    /// label column of a PDF text, with its text after a blank line). Refuses a cell of labels
    /// only, whose value is still to come — unless a part's label alone opened the group under
    /// another cell ([`Walker::part_elsewhere`]): then the label begins it.
    fn value_begun(&self) -> bool {
        let Some(cell) = self.current_cell() else {
            return false;
        };
        // The part labels that do not begin the cell: its open group's, unless guessed.
        let mut waiting_labels: &[String] = &[];
        if !self.part_elsewhere {
            if let Some(open) = self
                .groups
                .iter()
                .find(|g| Some(&g.key) == self.current.as_ref())
            {
                waiting_labels = &open.parts.labels;
            }
        }
        cell.lines.iter().any(|(_, t)| {
            let label_alone = !waiting_labels.is_empty() && {
                let folded = squeeze(t);
                !folded.is_empty() && waiting_labels.contains(&folded)
            };
            !all_white(t) && !label_alone
        })
    }

    /// Whether the open cell is a legal basis ([`is_basis`]) with words read into it.
    fn basis_begun(&self) -> bool {
        let Some((id, _)) = self.current.as_ref() else {
            return false;
        };
        is_basis(*id)
            && self
                .current_cell()
                .is_some_and(|c| c.lines.iter().any(|(_, t)| !all_white(t)))
    }

    fn line(&mut self, line: &Line) {
        self.line_marked = line.text.contains('※');
        // (A key as long as the text is the text, which holds no white space to trim then:
        // folding drops or shortens every character it changes.)
        let text = match line.key().len() == line.text.len() {
            true => &*line.text,
            false => line.text.trim(),
        };
        // The first characters of the text and of its key, decoded once for the tests below,
        // each of which passes over most lines by them alone.
        let Some(first) = text.chars().next() else {
            // In a PDF text a blank line ends a table cell: a value that has begun ends there
            // (wrapped lines of one cell follow each other without one).
            if self.blank_ends_cell {
                let begun = self.value_begun();
                // A legal basis runs over paragraphs: its cell ends at the next label. Prose
                // may: the next line says (see [`Walker::continues_prose`]).
                self.after_blank = match self.current.as_ref() {
                    // (Blank lines after a page's heading that cut a sentence: the rest follows.)
                    Some(_) if begun && self.after_blank == AfterBlank::CutSentence => {
                        AfterBlank::CutSentence
                    }
                    Some((id, _)) if begun && is_basis(*id) => AfterBlank::Basis,
                    Some((ItemId::FileRecordItemList, _)) if begun => AfterBlank::Entries,
                    Some(_) if begun && self.current_is_prose() => AfterBlank::Prose,
                    _ => AfterBlank::Nothing,
                };
                if begun && self.after_blank == AfterBlank::Nothing {
                    self.close();
                }
            }
            return;
        };
        let boxed = matches!(first, '[' | ']' | '［' | '］');
        match std::mem::replace(&mut self.after_blank, AfterBlank::Nothing) {
            // After a paragraph break, boxes are another cell's: the basis ended.
            AfterBlank::Basis if boxed => self.close(),
            AfterBlank::Prose if !self.continues_prose(text, first) => self.close(),
            AfterBlank::Prose => self.prose_continued = true,
            AfterBlank::CutSentence if self.is_form_words_line(text, first) => self.close(),
            AfterBlank::Entries if !opens_bulleted_entry(text) || self.is_some_label(text) => {
                self.close();
            }
            _ if boxed && self.prose_continued => self.close(),
            // A legal basis holds no boxes: a box's bracket after its words is another cell's,
            // blank line or not (a text without blank lines prints the boxes of the
            // 提供方法 right under the basis).
            _ if boxed && self.basis_begun() => self.close(),
            _ => {}
        }
        if is_rule_char(first) && is_rule_line(text) {
            return;
        }
        // The line's key is `squeeze(text)`: its first character is the folded text's.
        let key = line.key();
        let key_first = key.chars().next();
        let digit = fold_char(first).is_ascii_digit();
        let continuing = std::mem::take(&mut self.in_options);
        // (A list's line starts with its heading's bracket or a number.)
        let may_list = digit || matches!(key_first, Some('<' | '＜'));
        if may_list && is_option_list(text, key, continuing) {
            // The form's ＜選択肢＞ list; a bracket it closes belongs to the cell above. Words
            // hold no list of options: a cell of words that has begun ended above it.
            if self
                .current
                .as_ref()
                .is_some_and(|k| self.words.holds_words(k.0))
                && self.value_begun()
            {
                self.close();
            }
            self.in_options = true;
            return;
        }
        match self.chapter_heading(text, key, key_first, line.no) {
            HeadingMet::No => {}
            // The walk goes on where it stood: the lines of an item no form prints too.
            HeadingMet::Repeated => return,
            HeadingMet::New => {
                self.model_only = false;
                return;
            }
        }
        if key == crate::form::RE_ENTRUSTMENT_PART {
            // A part's label printed beside its items (`再委託`, joined by the shape stage where
            // it stood a character a line): no item's, and no value's end either. The cell
            // above ends there.
            self.close();
            return;
        }
        if self.found.body_start.is_none() {
            // The cover: read by the cover reader, not here.
            return;
        }
        if self.found.changes_start.is_some() {
            return;
        }
        if digit && self.section_heading(text, key, line.no) {
            self.model_only = false;
            return;
        }
        if self.block_heading(text, line.no) {
            self.model_only = false;
            return;
        }
        if is_model_only_label(key) {
            self.close();
            if self.open_model_text(key, text, line.no) {
                return;
            }
            self.model_only = true;
        }
        if self.model_only {
            if !is_circled(first) {
                self.found.stray.push(line.no);
                return;
            }
            self.model_only = false;
        }
        if let Some(&kind) = self.leads.get(line.no) {
            self.begin_lead(kind);
        }
        if let Some(cells) = self.may_be_label(line, text, first, key_first) {
            let folded = first_folded(text);
            // The first cell's box, read once for the item and part tests (the cell starts
            // where the trimmed text does, with `first`).
            let head_box = match first {
                '[' | '［' => strip_box(cells.0),
                _ => None,
            };
            if self.item_line(text, cells, head_box, key, line.no) {
                return;
            }
            if self.group_part(text, cells, head_box, key, folded, line.no) {
                return;
            }
            if let Some(tail) = self.pending_tail.take() {
                // The rest of a label wrapped over two lines (the key is the folded text).
                if let Some(rest) = key.strip_prefix(&tail) {
                    if let Some(cell) = self.current_cell_mut() {
                        cell.lines.push((line.no, rest.to_owned()));
                        self.quiet_label = None;
                    }
                    return;
                }
            }
        }
        if let Some(owner) = self.detail_owner(text) {
            // The words the form prints for one item's text alone, under another cell: the
            // text is that item's (its rows printed out of order).
            if let Some((at, _, cell)) = self.found.cells.get_full_mut(&owner) {
                self.current_at = at;
                cell.lines.push((line.no, line.text.to_string()));
            }
            // The owner's group, closed since, is open again: its text part is being read
            // ([`Walker::open_text`]). (One still open keeps its place among the others.)
            if !self.groups.iter().any(|g| g.key == owner) {
                if let Some(parts) = self.group_parts(owner.0, &owner.1) {
                    self.groups.push(OpenGroup { key: owner, parts });
                }
            }
            self.current = Some(owner);
            self.quiet_label = None;
            return;
        }
        // (A page number starts with a dash or a digit: the text is trimmed, and `first` its
        // first character.)
        // (Amid a page run together, figures alone are the text's own: `村内 / 4 / 地区`.)
        let page_number = (digit || matches!(first, '-' | '－'))
            && is_trimmed_page_number(text)
            && !self.amid.contains(line.no);
        match &self.current {
            Some(key) if !page_number => {
                let name = is_name(key.0);
                let empty = self
                    .current_cell()
                    .is_some_and(|c| c.lines.iter().all(|(_, t)| all_white(t)));
                if empty && (text == "※" || text == crate::form::EXTRA_MARK) {
                    // The form's note mark of the label, or this crate's mark of an item no
                    // form prints, wrapped onto its own line.
                    return;
                }
                if self.blank_ends_cell && is_circled(first) && self.is_out_of_place_label(text) {
                    // A circled label of the form that is not this place's item (`①実施日`
                    // under another section): a label, never a value's line; what follows it
                    // is not this cell's.
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                if !self.blank_ends_cell && self.is_label_row(&line.text) {
                    // A row of a table whose first cell is a label of the form that no item
                    // here took (`\t使用者数\t…` away from its item): a label, never a line of
                    // the open cell's value; what it heads is not this cell's. (A PDF text's
                    // tabs are no table's cells.)
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                let of_words = self.words.holds_words(key.0);
                if of_words && (is_choice_row(text) || self.is_box_row(text)) {
                    // A row of a ＜選択肢＞ list (its answer in a box and its options, or options
                    // alone) or of a checkbox list where words stand: another item's answer,
                    // whose label stands elsewhere, never the words or their next line; what
                    // follows it is not this cell's.
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                if of_words && boxed && !empty {
                    // A box's bracket (`] 紙`, `[ ○ ] その他 （ 甲 ）`, `[` alone) after words:
                    // a cell of words holds no box, so the words have ended (a text without
                    // blank lines prints the boxes of the next cell right under them).
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                if of_words && !empty && self.current_cell().is_some_and(holds_a_dash) {
                    // A dash alone is the whole cell (the form's "nothing to write"): the line
                    // under it is another cell's.
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                if empty && self.is_some_label(text) {
                    // Another item's label where this one's value should be: the layout put the
                    // value elsewhere; nothing is read here.
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                if !empty && self.blank_ends_cell && self.is_whole_label(text) {
                    // A line that is a label of the form, whole (`具体的な管理方法`), after a
                    // value has begun: another item's label that no item here took, never the
                    // value's next line (a PDF text without blank lines runs on past the
                    // value's end); what follows it is not this cell's.
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                // (A 事務の名称 whole above it: the 内容's lead-in, or words past its end.)
                let past_the_name = key.0 == ItemId::AffairName
                    && self
                        .current_cell()
                        .is_some_and(|c| leads_past_a_name(c, text) || ends_past_a_name(c, text));
                if !empty && (ends_a_name(key.0, text) || past_the_name) {
                    // The name ended above it: other text (the next item's prose, its label
                    // elsewhere or amid it: `super::parted`).
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                if self.blank_ends_cell && name && matches!(first, '[' | '［') {
                    // A box (`[ ] その他 （ ）`) is no name, nor a name's rest: another item's
                    // answer, printed where the name should stand.
                    self.close();
                    self.found.stray.push(line.no);
                    return;
                }
                if self.blank_ends_cell && name && matches!(first, '(' | '（') {
                    let bracket_alone = text.chars().nth(1).is_none();
                    if !empty || bracket_alone {
                        // A name cell holds one name: a bracketed line under it is a note
                        // (`(甲は、乙に再委託する)`) or another cell's bracketed answer, not the
                        // name's rest; a bracket alone opens such an answer, never a name.
                        self.close();
                        self.found.stray.push(line.no);
                        return;
                    }
                    if text.ends_with([')', '）']) {
                        // A note wholly in brackets before the name (`(甲は、乙に再委託する)` /
                        // `甲`): no name, and the name may follow (`（株）甲` is one: it does not
                        // end in its bracket).
                        self.found.stray.push(line.no);
                        return;
                    }
                }
                if let Some(cell) = self.current_cell_mut() {
                    cell.lines.push((line.no, line.text.to_string()));
                }
                self.quiet_label = None;
            }
            Some(_) => {}
            None => {
                self.found.stray.push(line.no);
                self.quiet_label = None;
            }
        }
    }

    /// Whether `line` (`text` trimmed, `first` its first character, `key_first` its key's) may
    /// be an item's label, a group's part or the rest of a
    /// label wrapped over two lines: the first tests of [`Walker::item_line`] and
    /// [`Walker::group_part`] at once, on the line's first characters. Most lines are values
    /// and fail them all; they are passed over without splitting the line into cells. The
    /// line's cells ([`cells_of`]) when it may be a label.
    fn may_be_label<'t>(
        &self,
        line: &Line,
        text: &'t str,
        first: char,
        key_first: Option<char>,
    ) -> Option<(&'t str, Option<&'t str>)> {
        let by_start = self.pending_tail.is_some()
            || matches!(first, '[' | '［')
            || is_circled(first)
            // (An item's number in figures, [`Walker::figured_label`].)
            || fold_char(first).is_ascii_digit()
            // A plain cell's label starts the key; so does a group part's (the line's first
            // character, or the key's where folding drops that one).
            || key_first.is_some_and(|c| self.label_firsts.contains(c) || self.may_start_part(c));
        let cells = cells_of(line, text);
        // A tab cell after the first may hold a label.
        (by_start || cells.1.is_some()).then_some(cells)
    }

    /// Opens (or reopens) the cell of `id` at the current coordinates with `first` as its
    /// first line.
    /// (`first` is taken as it is when it is a `String` already: no copy.)
    fn open(&mut self, id: ItemId, no: usize, first: impl Into<String> + AsRef<str>) -> bool {
        let Some(indices) = self.at.indices(id) else {
            return false;
        };
        self.make_room(id, &indices);
        let key = (id, indices);
        if self.above_run && key.1.contains(&DEFERRED) && !self.is_group_at(id, &key.1) {
            if let Some(cell) = self.found.cells.get(&key) {
                let repeat = cell.lines.len();
                self.conflicts.entry(key).or_default().push(repeat);
            }
        }
        // In a PDF text a label that follows a label with no text after it stands in a stack of
        // labels printed apart from their values: which value below is whose cannot be read.
        // (A text that starts with neither white space nor ※ is not bare: nothing is trimmed
        // off its start.)
        let first_text = first.as_ref();
        let bare = match first_text.chars().next() {
            None => true,
            Some(c) if c != '※' && !c.is_whitespace() => false,
            Some(_) => first_text.trim().trim_matches(['※', ' ', '　']).is_empty(),
        };
        // (A heading and its item's label name one item: `３．個人番号の利用` / `法令上の根拠`.)
        let stacked =
            self.blank_ends_cell && bare && self.quiet_label.as_ref().is_some_and(|k| *k != key);
        // The label of an item whose heading stood bare (`８．監査` / `実施の有無 [○]自己点検`,
        // or `実施の有無` alone with its boxes under it): heading and label name one item, and
        // the value after them is that item's, whatever stood above.
        if self.quiet_label.as_ref() == Some(&key) {
            self.found.stacked.remove(&key);
        }
        self.quiet_label = (bare && !self.is_group_at(id, &key.1)).then_some(key);
        // (A label beside another circled label, `①部署 ②所属長`, stands in a stack too: the
        // boundary of their values on the line under them is not shown.)
        if stacked
            || self.is_section_heading_here(first_text)
            || form_words::is_circled_label(first_text)
        {
            self.found.stacked.insert(key);
        }
        if self.meets_again(&key) {
            self.found.reopened.insert(key);
        }
        let entry = self.found.cells.entry(key);
        self.current_at = entry.index();
        if matches!(entry, indexmap::map::Entry::Vacant(_)) && key.1.contains(&DEFERRED) {
            self.deferred_keys.push(key);
        }
        // (A new cell's lines made with room for a few: most cells take more than one.)
        let cell = entry.or_insert_with(|| Cell {
            lines: Vec::with_capacity(4),
            displaced: false,
        });
        cell.lines.push((no, first.into()));
        if self.line_marked {
            self.found.marked.insert(key);
        }
        self.part_elsewhere = false;
        if let Some(parts) = self.group_parts(id, &key.1) {
            self.groups.retain(|g| g.key != key);
            self.groups.push(OpenGroup { key, parts });
        }
        self.current = Some(key);
        self.prose_continued = false;
        true
    }

    /// Opens the cell of the item no form prints whose label opens `key` (the line's, `text`
    /// trimmed) when its value is one text: the 第三者点検's body, which this crate's renders
    /// print under its own label (`第三者点検を行った機関 架空審議会`, the mark （様式外） after the
    /// label or not). Its value is the rest of the line and the lines under it, as any cell's.
    /// Refused: the 再委託 chain's label (its rows are the form's words, never its items), the
    /// kind of body (the cover's). Whether it opened one.
    fn open_model_text(&mut self, key: &str, text: &str, no: usize) -> bool {
        let id = ItemId::ProcedureReviewBody;
        if !key.starts_with(squeeze(id.label()).as_str()) {
            return false;
        }
        // The value after the label, its mark and the separators after each (`（様式外）：`, the
        // Markdown render's): `after_label` takes a label's separators off, an empty label's
        // too.
        let after = after_label(text, id.label());
        let unmarked = after.strip_prefix(crate::form::EXTRA_MARK).unwrap_or(after);
        let value = after_label(unmarked, "");
        self.open(id, no, value.to_owned())
    }

    /// The part labels of `id` when its field at the list positions `indices` is a group (or
    /// it is the 情報連携 basis, whose parts are printed under it only when it is filled).
    fn group_parts(&self, id: ItemId, indices: &[usize]) -> Option<Rc<GroupParts>> {
        let field = match id {
            ItemId::AffairInfoLinkageBasis => None,
            _ => Some(field_at(self.report, id, indices)?),
        };
        // The parts are the field's type's: the same for every instance of the item.
        let work_out = || {
            let (labels, texts): (Vec<&str>, Vec<bool>) = match field.map(|f| f.value()) {
                None => (vec!["", "情報提供の根拠", "情報照会の根拠"], vec![false; 3]),
                Some(Value::Group(parts)) => parts
                    .iter()
                    .map(|(l, v)| (*l, matches!(v, Value::Text(_))))
                    .unzip(),
                Some(_) => return None,
            };
            let printed: Vec<&str> = labels.iter().map(|l| id.printed_label(l)).collect();
            Some(Rc::new(GroupParts::new(&labels, &printed, texts)))
        };
        match self.group_parts.get(id as usize) {
            Some(known) => known.get_or_init(work_out).clone(),
            None => work_out(),
        }
    }

    /// Grows the report's lists so that `indices` reach an entry (not for a block whose
    /// heading is still to come).
    /// Whether opening `key` meets its item again in its block, its cell read already and
    /// closed: two readings ([`Found::reopened`]). In a text whose cells come in the form's
    /// order, any such cell; in a PDF text, whose item numbers go back where its pages print a
    /// block's rows in another order (the deferred runs read those), a cell a deferred run
    /// settled in the block, or one met again right after a later item of its block. A group's parts open its cell again by design.
    fn meets_again(&self, key: &Key) -> bool {
        if self.current.as_ref() == Some(key) || key.1.contains(&DEFERRED) || key.1.contains(&TWICE)
        {
            return false;
        }
        let Some(cell) = self.found.cells.get(key) else {
            return false;
        };
        // (In a PDF text too, an item met right after a later item of its block was read: the
        // walk went back in the block, whose next heading the text lost — `①システムの名称`
        // after `②システムの機能` is the next system's, or a second reading of this one's.)
        let last_opened = self.found.cells.get_index(self.current_at).map(|(k, _)| k);
        let went_back =
            last_opened.is_some_and(|(other, indices)| *indices == key.1 && *other > key.0);
        let settled_or_in_order = !self.blank_ends_cell || cell.displaced || went_back;
        let read = cell.lines.iter().any(|(_, t)| !t.trim().is_empty());
        settled_or_in_order && read && !self.is_group_at(key.0, &key.1)
    }

    fn make_room(&mut self, id: ItemId, indices: &[usize]) {
        if !indices.contains(&DEFERRED) && !indices.contains(&TWICE) {
            super::arbiter::make_room(self.report, id, indices);
        }
    }

    fn close(&mut self) {
        self.current = None;
        self.prose_continued = false;
    }

    /// The cell of [`Walker::current`]: at [`Walker::current_at`] while it is still there (the
    /// cells move only when a deferred run is settled), else looked up by its key.
    fn current_cell(&self) -> Option<&Cell> {
        let key = self.current.as_ref()?;
        match self.found.cells.get_index(self.current_at) {
            Some((k, cell)) if k == key => Some(cell),
            _ => self.found.cells.get(key),
        }
    }

    /// [`Walker::current_cell`], to change.
    fn current_cell_mut(&mut self) -> Option<&mut Cell> {
        let key = self.current.as_ref()?;
        let at = match self.found.cells.get_index(self.current_at) {
            Some((k, _)) if k == key => self.current_at,
            _ => self.found.cells.get_index_of(key)?,
        };
        self.found.cells.get_index_mut(at).map(|(_, cell)| cell)
    }

    /// Lists a cell's lines as read by no item.
    fn stray_cell(&mut self, cell: &Cell) {
        self.found.stray.extend(
            cell.lines
                .iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(no, _)| *no),
        );
    }

    /// Decides the block of a run whose item numbers went back (PDF text), at the next block
    /// heading (`next`, its list position, when it is of the same kind) or where the run ends.
    /// Each block has each item once: a run that repeats an item its own block holds is the
    /// next heading's block, printed above its heading; a run that the next heading cannot
    /// take (no heading of the kind, or it repeats an item there) is the rest of its own block
    /// (the page printed its items in another order). Either way the values are inferred (the
    /// form's structure decided, not the text); a run that fits both or neither is left
    /// unread.
    ///
    /// An item met twice alike in a run printed above its heading (the page printed the rows
    /// of two blocks together): the first is the run's block's, the second the next run's
    /// block's when that run, settled next, lacks the item.
    fn settle_deferred(&mut self, next: Option<usize>, ends: bool) {
        let spare = self.spare.take();
        let Some(own) = self.deferred.take() else {
            if let Some((_, cell)) = spare {
                self.stray_cell(&cell);
            }
            return;
        };
        let above = std::mem::take(&mut self.above_run);
        let conflicts = std::mem::take(&mut self.conflicts);
        if self.at.block.is_some_and(|b| b.index() == DEFERRED) {
            self.at.block = None;
        }
        self.quiet_label = None;
        if self
            .current
            .as_ref()
            .is_some_and(|k| k.1.contains(&DEFERRED))
        {
            self.close();
        }
        let keys = std::mem::take(&mut self.deferred_keys);
        let to = |key: &Key, i: usize| -> Key { (key.0, key.1.settled(i)) };
        let free = |i: usize, cells: &CellMap| keys.iter().all(|k| !cells.contains_key(&to(k, i)));
        let own_free = free(own.index(), &self.found.cells);
        // Only where one of the two fits: both fitting is a guess.
        let target = match (own_free, next.filter(|&i| free(i, &self.found.cells))) {
            (true, None) => Some(own.index()),
            (false, Some(i)) => Some(i),
            _ => None,
        };
        // A series printed above its headings: the run is the next heading's lower part; after
        // the last heading (the section ends) it is the block's own. An item the target holds
        // already, or met twice in the run, is nobody's that can be read.
        let target = match (above, next) {
            // Printed below its headings: a run its own block can take is its own.
            (false, _) if self.below && own_free => Some(own.index()),
            (false, _) => target,
            (true, Some(i)) => Some(i),
            (true, None) => ends.then_some(own.index()),
        };
        // A block the heading of a series printed above takes (never the run's own place).
        let target = target.filter(|&i| i != DEFERRED);
        if let Some((key, mut cell)) = spare {
            // The second of an item met twice alike in the run before: this run's block's
            // when this run, a lower part printed above the next heading, lacks the item.
            let i = target.filter(|&i| {
                above
                    && next == Some(i)
                    && !keys.contains(&key)
                    && !self.found.cells.contains_key(&to(&key, i))
            });
            match i {
                Some(i) => {
                    let moved = to(&key, i);
                    self.make_room(moved.0, &moved.1);
                    cell.displaced = true;
                    self.found.cells.insert(moved, cell);
                }
                None => self.stray_cell(&cell),
            }
        }
        // The run's cells, taken out at once, the other cells kept in their order (a removal per
        // cell would shift every cell after it each time). A cell whose key holds `DEFERRED` is
        // one of the run's, listed in `keys` when it was made, and the cells are in the order of
        // `keys`: each was added at the end, and nothing but this takes one out. So the cells
        // from the run's first on (all of them if that is not found) are taken off the end, and
        // those not of the run (few, often none) put back after the others in their order.
        let from = keys
            .first()
            .and_then(|k| self.found.cells.get_index_of(k))
            .unwrap_or(0);
        // (The run's cells counted in `keys`: its Vec made to hold them at once.)
        let mut run = Vec::with_capacity(keys.len());
        let mut kept = Vec::new();
        for (k, cell) in self.found.cells.drain(from..) {
            match k.1.contains(&DEFERRED) {
                true => run.push((k, cell)),
                false => kept.push((k, cell)),
            }
        }
        self.found.cells.extend(kept);
        for (key, mut cell) in run {
            // (Most texts stack no labels: the empty set is not asked, which would hash the key.)
            let stacked = !self.found.stacked.is_empty() && self.found.stacked.remove(&key);
            let taken = |i: usize| above && self.found.cells.contains_key(&to(&key, i));
            let mut target = target.filter(|&i| !taken(i));
            if let Some(repeats) = conflicts.get(&key) {
                let alike = twice_alike(&cell, repeats)
                    .filter(|_| above && next.is_some() && target.is_some() && !stacked);
                match alike {
                    Some((first, second)) => {
                        cell = first;
                        self.spare = Some((key, second));
                    }
                    None => target = None,
                }
            }
            let Some(i) = target else {
                self.stray_cell(&cell);
                continue;
            };
            let moved = to(&key, i);
            self.make_room(moved.0, &moved.1);
            cell.displaced = true;
            if stacked {
                self.found.stacked.insert(moved);
            }
            self.found.cells.insert(moved, cell);
        }
    }

    /// `Ⅱ　特定個人情報ファイルの概要`, `II 特定個人情報ファイルの概要`, `（別添１）…`, `変更箇所`.
    /// (`key` is the line's, [`squeeze`]`(text)`, and `key_first` its first character.)
    fn chapter_heading(
        &mut self,
        text: &str,
        key: &str,
        key_first: Option<char>,
        no: usize,
    ) -> HeadingMet {
        // Only `変更箇所` and `（別添…` are read folded.
        let squeezed = match key_first {
            Some('変' | '(') => key,
            _ => "",
        };
        if is_changes_heading(squeezed) {
            return HeadingMet::New;
        }
        if let Some(n) = appendix_number(squeezed) {
            if self.found.body_start.is_none() || self.found.changes_start.is_some() {
                return HeadingMet::No;
            }
            let chapter = format!("{}{n}", crate::form::APPENDIX);
            let item = self
                .item_at(&chapter)
                .map(|id| (id, appendix_heading_value(text, id)));
            if self.repeats_appendix(n) && item.is_none_or(|(_, value)| value.is_empty()) {
                // A print repeats an appendix's heading at the top of each page it runs over
                // (the table's heading row): the appendix goes on, and so does the file block
                // and the cell it was in (a 記録項目 list cut at a page), even where a blank
                // line at the page's foot closed it. (A heading with a text after its label —
                // `（別添１）事務の内容：別紙のとおり。`, a table's row under its heading — is
                // the item's cell, read below.)
                if self.current.is_none() {
                    self.resume_appendix_item();
                }
                return HeadingMet::Repeated;
            }
            self.close();
            self.groups.clear();
            self.settle_deferred(None, true);
            self.at = At {
                chapter,
                files: 0,
                system: self.at.system,
                ..At::default()
            };
            if let Some((id, value)) = item {
                self.open(id, no, value);
                if id != ItemId::FileRecordItemList {
                    return HeadingMet::New;
                }
                self.close();
            }
            return HeadingMet::New;
        }
        if self.at.chapter.starts_with(crate::form::APPENDIX) {
            // `（1）　保険資格ファイル`: the file an appendix block is of.
            if let Some(n) = file_block_number(text) {
                self.close();
                // Labels do not stack over a file's block: the appendix's heading (an item
                // with no text of its own) and the label under the block's heading name the
                // same item, of two files.
                self.quiet_label = None;
                self.at.files = n as usize;
                return HeadingMet::New;
            }
            if self.only_file_list_begins(text) {
                // The record items' appendix of a report of one file names no file block: its
                // first line begins the one file's list (`<宛名>`, `・個人番号・世帯番号`), and
                // the lines after it are the list's as any cell's are.
                self.at.files = 1;
                return match self.open(ItemId::FileRecordItemList, no, text) {
                    true => HeadingMet::New,
                    false => HeadingMet::No,
                };
            }
        }
        // The cheap test first, on the key: a numeral or capital folds to itself, so a line
        // that starts with one has it first in its key too.
        if !key_first.is_some_and(may_start_numeral) {
            return HeadingMet::No;
        }
        let Some((chapter, rest)) = roman_chapter(text) else {
            return HeadingMet::No;
        };
        if rest.is_empty()
            || rest.starts_with(|c: char| {
                c.is_ascii_digit() || crate::label::fold_char(c).is_ascii_digit()
            })
        {
            return HeadingMet::No;
        }
        if !is_chapter_title(rest) {
            return HeadingMet::No;
        }
        if chapter == "Ⅰ" && self.found.body_start.is_none() && !self.contents.contains(&no) {
            self.found.body_start = Some(no);
        }
        if self.found.body_start.is_none() || self.found.changes_start.is_some() {
            return HeadingMet::New;
        }
        if self.at.chapter == chapter {
            // Each chapter stands once in a form: met again, it is a print's heading repeated at
            // the top of the next page (a table's heading row), and the walk goes on where it
            // stood — in the same section, block and リスク. The cell it was in ends (what
            // follows may be the next row's value printed above its label), unless it is words
            // the page cut inside a sentence (`…を賦課し、税額` / `Ⅰ 関連情報` / `を通知する。`):
            // their rest follows the heading.
            // (A heading wrapped over two lines, `…※（７．リスク１⑨を除` / `く。）`, ends the
            // cell: its rest would be read as the words'.)
            let whole = crate::form::CHAPTER_TITLES.contains(&squeeze(rest).as_str())
                || ends_sentence(rest);
            match whole && self.cut_inside_a_sentence() {
                true => self.after_blank = AfterBlank::CutSentence,
                false => self.close(),
            }
            return HeadingMet::Repeated;
        }
        self.close();
        self.groups.clear();
        // Labels do not stack over a chapter's start.
        self.quiet_label = None;
        self.settle_deferred(None, true);
        self.at.chapter = chapter.to_owned();
        self.at.section = None;
        self.at.block = None;
        self.at.risk.clear();
        self.at.circled = None;
        // A chapter that is an item (基礎 Ⅲ しきい値判断結果).
        if let Some(id) = self.item_at(chapter) {
            self.open(id, no, "");
        }
        HeadingMet::New
    }

    /// Whether `text` (no cell open, in an appendix) begins the record items' list of a report
    /// of one file, printed with no file block heading: the appendix is the record items'
    /// (別添1 of 重点, 別添2 of 全項目), the walk met one file block and no block heading since
    /// the appendix's, and the line is no label of the form. Refused: a report of two files
    /// (whose list is whose needs the block's heading), a label (`特定個人情報ファイル記録項目`
    /// under a block heading opens the list its own way).
    fn only_file_list_begins(&self, text: &str) -> bool {
        self.current.is_none()
            && self.at.files == 0
            && self.item_at(&self.at.chapter) == Some(ItemId::FileRecordItemList)
            && !self.is_some_label(text)
            && self.files_met() == 1
    }

    /// How many file blocks (Ⅱ１．…) the walk has read cells of.
    fn files_met(&self) -> usize {
        let mut met = 0;
        for (id, indices) in self.found.cells.keys() {
            let of_a_file = lists_of(*id).is_some_and(|lists| lists.first() == Some(&List::Files));
            match indices.first() {
                Some(&i) if of_a_file && i != DEFERRED && i != TWICE => met = met.max(i + 1),
                _ => {}
            }
        }
        met
    }

    /// Whether the walk stands in appendix `n` already (`（別添２）…` met again: a page's
    /// repeated heading).
    ///
    /// Reads the heading printed again at the top of the next page of 別添2 as the same
    /// appendix going on; refuses `（別添２）` under `（別添１）` (the next appendix begins).
    fn repeats_appendix(&self, n: u32) -> bool {
        self.at
            .chapter
            .strip_prefix(crate::form::APPENDIX)
            .is_some_and(|number| number.parse() == Ok(n))
    }

    /// Takes up again the cell of the appendix's own item (別添1's 事務の内容, 別添2's 記録項目)
    /// at the current coordinates, when it was begun: its next lines are its own.
    fn resume_appendix_item(&mut self) {
        let Some(id) = self.item_at(&self.at.chapter) else {
            return;
        };
        let Some(indices) = self.at.indices(id) else {
            return;
        };
        let key = (id, indices);
        if let Some(at) = self.found.cells.get_index_of(&key) {
            self.current = Some(key);
            self.current_at = at;
        }
    }

    /// The item whose number is exactly `prefix` (no label words).
    fn item_at(&self, prefix: &str) -> Option<ItemId> {
        exact_item(self.words.by_prefix.get(prefix)?)
    }

    /// `４．特定個人情報ファイルの取扱いの委託` when the title is the form's (`key` is the line's,
    /// [`squeeze`]`(text)`).
    /// Whether `text` is the whole heading of a section of the chapter the walk is in
    /// (`2.特定個人情報ファイル名`). Printed after a label on its line (`③システムの名称
    /// 2.特定個人情報ファイル名`), label and heading stand side by side over their values, and
    /// which value below is whose the text does not show: the label's cell stands in a stack.
    /// Refused: `2.特定個人情報ファイル名のとおり` (words after the title), a number no section
    /// of the chapter has.
    fn is_section_heading_here(&self, text: &str) -> bool {
        let Some((n, rest)) = leading_number(text.trim(), &['．', '.']) else {
            return false;
        };
        section_title(self.form, &self.at.chapter, n)
            .is_some_and(|title| squeezed(rest) == squeezed(title))
    }

    fn section_heading(&mut self, text: &str, key: &str, no: usize) -> bool {
        // The cheap test first: a heading starts with a digit.
        let first = text.trim_start().chars().next();
        if !first.is_some_and(|c| crate::label::fold_char(c).is_ascii_digit()) {
            return false;
        }
        let Some((n, rest)) = leading_number(text, &['．', '.']) else {
            return false;
        };
        if self.at.chapter.is_empty() {
            return false;
        }
        // The folded rest is the line's key after the number and its separator (each a
        // character the key keeps, the digits ASCII, the separator `.`); the titles fold to
        // themselves but for a space.
        let Some(squeezed_rest) = key
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix('.')
        else {
            return false;
        };
        // (The first characters compared first: most numbered lines are no heading.)
        let rest_first = squeezed_rest.chars().next();
        // A title that ends in a closing bracket may print it on the next line alone (a PDF
        // text breaks `…入手を除く。` / `）`): the line without it is the heading too.
        let titled = |t: &&str| {
            let title = squeezed(t);
            let unclosed = title.strip_suffix([')', '）']);
            squeezed_first(t).is_none_or(|c| rest_first == Some(c))
                && (squeezed_rest.starts_with(&*title) || unclosed == Some(squeezed_rest))
        };
        let here = section_title(self.form, &self.at.chapter, n).filter(titled);
        let (chapter, title) = match here {
            Some(t) => (self.at.chapter.clone(), t),
            None => {
                // A PDF text prints pages out of order: a section that only one other chapter
                // has moves the walk there.
                let mut elsewhere = CHAPTERS.iter().filter_map(|ch| {
                    section_title(self.form, ch, n)
                        .filter(titled)
                        .map(|t| ((*ch).to_owned(), t))
                });
                match (elsewhere.next(), elsewhere.next()) {
                    (Some(one), None) => one,
                    _ => return false,
                }
            }
        };
        let again = self.at.chapter == chapter && self.at.section == Some(n);
        let open_before = self.current;
        if self.blank_ends_cell && again && self.at.block.is_some() {
            // The heading of the section the walk is in, met again inside one of its blocks: a
            // PDF text prints a page's heading after the block's first rows; the block goes on.
            self.close();
            return true;
        }
        if !again {
            self.settle_deferred(None, true);
        }
        self.at.chapter = chapter;
        self.close();
        self.groups.clear();
        self.at.section = Some(n);
        self.at.block = None;
        self.at.risk.clear();
        self.at.circled = None;
        // Labels do not stack over the start of a section whose heading is no item's label
        // (`３．特定個人情報の使用`, over its risk blocks): a label left with no text at the end
        // of the section before (its cell left blank) and the first label of this one are two
        // places. (A heading that is its item's label is one of a stack: `３．特定個人情報ファ
        // イル名` / `７．他の評価実施機関` over one value.)
        if !again && self.item_at(&self.at.base()).is_none() {
            self.quiet_label = None;
        }
        if self.at.chapter == "Ⅱ" && n == 1 {
            self.at.files += 1;
        }
        if let Some(id) = self.item_at(&self.at.base()) {
            // An item whose label is its own words under the section's title (`個人番号の利用
            // 法令上の根拠`) may print those words after the title on the heading's line
            // (`3.個人番号の利用 法令上の根拠 番号法…`): they are the label's, not the value's.
            // (The words stand apart: `法令上の根拠となる条例…` is a value. After the form's
            // note mark they are the label's whatever follows: `※法令上の根拠番号法…`, as no
            // value opens with the mark.)
            let mut value = after_label(rest, title);
            // A file's name on the heading's line after an empty list of files' names
            // (`３．特定個人情報ファイル名` / `４．個人番号の利用 ※ 甲ファイル` / `法令上の根拠`):
            // the list's value printed a line down, as its type and the heading's say.
            if let Some(key) = open_before {
                let words = words_after_note_mark(value);
                if self.takes_words_a_line_down(&key, words, Some(id)) {
                    self.give_words_a_line_down(key, no, words);
                    self.close();
                    value = "";
                }
            }
            let own_words = bare_label(id);
            if own_words != id.label() {
                let noted = rest
                    .replace(char::is_whitespace, "")
                    .contains(&format!("※{own_words}"));
                let value_words = words_after_note_mark(value);
                if let Some(after) = value_words.strip_prefix(own_words) {
                    if noted || after.is_empty() || after.starts_with(char::is_whitespace) {
                        value = after.trim_start();
                    }
                }
            }
            self.open(id, no, value);
        } else if self.at.chapter == "Ⅰ"
            && is_value_words(words_after_note_mark(after_label(rest, title)))
        {
            // Words after the title of a heading over items (`４．情報提供ネットワークシステム
            // による情報連携 ※ 甲法第1条`) are no value of the heading: another item's, printed a
            // line down on the heading's line — the cell open above may end there, or they may
            // be a value of their own. Noted for the import to leave both unread.
            // Where the cell open above is empty and the words read as its item's type, they
            // are its value, the only reading: the cell takes them, and the lines under the
            // heading up to the next label ([`Walker::takes_words_a_line_down`]).
            if let Some(key) = open_before {
                let words = words_after_note_mark(after_label(rest, title));
                match self.takes_words_a_line_down(&key, words, None) {
                    true => self.give_words_a_line_down(key, no, words),
                    false => self.found.before_words_on_heading.push((key, no)),
                }
            }
        }
        true
    }

    /// Whether the cell of `open` (open above a heading) takes `words` printed on the heading's
    /// line, a line down from where its value stands: the cell holds no text, and the words
    /// read as its item's type — a file's name in a list of files' names (ending in `ファイル`,
    /// naming no law), a legal basis (naming a law: `法`, `条`, `令`) — and not as the type of
    /// `own`, the item the heading is itself, if any; or, under a cell that numbers its entries,
    /// the words open with its next number. Reads `３．特定個人情報ファイル名` /
    /// `４．個人番号の利用 ※ 甲ファイル` / `法令上の根拠`, `（1）甲ファイル` / `４．個人番号の利用 ※
    /// （2）乙ファイル`, and `法令上の根拠` /
    /// `５．情報提供ネットワークシステムによる情報連携 ※ 番号法第9条第1項`; refuses words
    /// under a cell that holds a value (the rest of it, or a value of their own: two readings;
    /// `（1）甲ファイル` / `… ※ （3）乙ファイル`, not the next number),
    /// `４．個人番号の利用 ※ 甲法第1条` after an empty file list (the heading's own basis) and
    /// words of no type of the cell (`甲の事務`).
    fn takes_words_a_line_down(&self, open: &Key, words: &str, own: Option<ItemId>) -> bool {
        let Some(cell) = self.found.cells.get(open) else {
            return false;
        };
        let empty = cell.lines.iter().all(|(_, t)| t.trim().is_empty());
        // (Or the words are the next entry of the list the cell numbers: `（1）甲ファイル` /
        // `４．個人番号の利用 ※ （2）乙ファイル`, one reading.)
        let last = cell.lines.iter().rev().find(|(_, t)| !t.trim().is_empty());
        let next_entry = last
            .and_then(|(_, t)| entry_number(t.trim()))
            .is_some_and(|(n, mark)| entry_number(words) == Some((n + 1, mark)));
        let reads_as = |id: ItemId, t: &str| {
            (FILE_NAME_LISTS.contains(&id) && names_a_file(t)) || (is_basis(id) && names_a_law(t))
        };
        let read = (empty || next_entry)
            && !words.is_empty()
            && reads_as(open.0, words)
            && own.is_none_or(|id| !reads_as(id, words));
        read || (empty && self.answers_own_list(open, words))
    }

    /// Whether `words`, printed on the next heading's line, are the answer of the ＜選択肢＞ item
    /// whose empty cell (`open`) is open above the heading: one answer in brackets
    /// (`[ 1万人以上10万人未満 ]`) that is one of the item's options (its [`Value::Choice`]). The
    /// form prints an item's answer in brackets above its ＜選択肢＞ list (様式2–4), so an answer a
    /// print drew a line down, past the list, lands on the next heading's line; an answer only
    /// this item's list offers is this item's. (Used by [`Walker::takes_words_a_line_down`].)
    ///
    /// Reads `③対象人数` / `＜選択肢＞` / `1) 1,000人未満` / … / `２．…使用するシステム [
    /// 1,000人以上1万人未満 ]`; refuses an answer none of the item's options reads (`[ 架空 ]`), an
    /// item of no ＜選択肢＞, and words with more than the bracketed answer.
    fn answers_own_list(&self, open: &Key, words: &str) -> bool {
        let answer = words
            .trim()
            .strip_prefix(['[', '［'])
            .and_then(|rest| rest.strip_suffix([']', '］']))
            .map(str::trim);
        let Some(answer) = answer.filter(|a| !a.contains(['[', ']', '［', '］'])) else {
            return false;
        };
        let Some(field) = field_at(self.report, open.0, open.1.as_slice()) else {
            return false;
        };
        let answer = squeezed(answer);
        match field.value() {
            Value::Choice { options, .. } => {
                !answer.is_empty() && options.iter().any(|o| squeezed(o) == answer)
            }
            _ => false,
        }
    }

    /// Gives `words` on the heading's line `no` to the cell of `key` ([`Walker::takes_words_a_line_down`]),
    /// marked displaced (its value inferred), and keeps the cell open for the lines under the
    /// heading.
    fn give_words_a_line_down(&mut self, key: Key, no: usize, words: &str) {
        if let Some(cell) = self.found.cells.get_mut(&key) {
            cell.lines.push((no, words.to_owned()));
            cell.displaced = true;
            self.current = Some(key);
        }
    }

    /// The section a risk's heading places the walk in when its title is not that of the
    /// section the walk is in: the one later section of the chapter whose risk of that
    /// number the form titles so (`risk` is `リスク1`, `after` the text after its number).
    ///
    /// The form titles each section's risks (様式4 Ⅲ2–Ⅲ7, 様式3 Ⅲ), and its sections come in
    /// order: `リスク１：目的外の入手が行われるリスク` met in Ⅲ5, whose risk 1 is 不正な提供・移転,
    /// is Ⅲ6's risk 1 (Ⅲ2's has the same title, but Ⅲ2 is behind). Refused (`None`): the
    /// title of the section the walk is in, a title that no later section or more than one
    /// gives that risk (two places), a heading without a title (`リスク１：`).
    fn section_of_risk_title(&self, risk: &str, after: &str) -> Option<u32> {
        let title = squeezed(after.trim_start_matches(['：', ':']));
        if title.is_empty() || self.at.chapter.is_empty() {
            return None;
        }
        let titled = |section: u32| {
            let id = self.item_at(&format!("{}{section}{risk}", self.at.chapter))?;
            let (_, form_title) = id.label().split_once('：')?;
            let form_title = squeezed(form_title);
            (form_title.starts_with(&*title) || title.starts_with(&*form_title)).then_some(section)
        };
        if self.at.section.is_some_and(|here| titled(here).is_some()) {
            return None;
        }
        let mut later = Vec::new();
        let mut section = self.at.section.map_or(1, |here| here + 1);
        while section_title(self.form, &self.at.chapter, section).is_some() {
            later.extend(titled(section));
            section += 1;
        }
        match later.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// `システム2`, `委託事項3 …`, `提供先12 …`, `移転先1 …`, `リスク１：…`.
    fn block_heading(&mut self, text: &str, no: usize) -> bool {
        const RISK: &str = crate::form::RISK;
        // The block words (by kind), then the risk's.
        const WORDS: [&str; 5] = [
            "システム",
            crate::form::ENTRUSTMENT,
            crate::form::PROVISION,
            crate::form::TRANSFER,
            RISK,
        ];
        // The cheap test first: the first cell starts where the (trimmed) text does (the bytes
        // of its first character, which is three bytes in every word, then the words).
        let lead = text.as_bytes().first_chunk::<3>();
        if !WORDS
            .iter()
            .any(|w| w.as_bytes().first_chunk::<3>() == lead)
            || !WORDS.iter().any(|w| text.starts_with(w))
        {
            return false;
        }
        // The cells, the empty ones left out (the others are joined only for a heading).
        let mut cells = text.split('\t').map(str::trim).filter(|c| !c.is_empty());
        let Some(head) = cells.next() else {
            return false;
        };
        for (kind, word) in WORDS.into_iter().take(4).enumerate() {
            let Some(rest) = head.strip_prefix(word) else {
                continue;
            };
            let Some((n, name)) = leading_number(rest, &[]) else {
                continue;
            };
            if name.starts_with(['～', '~', '〜']) || n == 0 {
                // `提供先2～5`: the heading of a page of blocks.
                return true;
            }
            if name.starts_with(['-', '－', '‐', '−']) {
                // `システム12-②システムの機能`: an item of a block as the 変更箇所's 項目 column
                // names it, no heading; a reference is no value of the cell open above.
                self.close();
                self.found.stray.push(no);
                return true;
            }
            if name.starts_with([']', '］', '）', ')', '）']) || name.contains(['[', ']']) {
                return false;
            }
            let mut value = name.trim().to_owned();
            for c in cells {
                if !value.is_empty() {
                    value.push(' ');
                }
                value.push_str(c);
            }
            // The heading printed again in overlapping pieces, a document site's bold
            // (`システム1 ステム1`): words that are the heading's own end are no value.
            let heading = head.strip_suffix(name).unwrap_or(head).trim_end();
            if value.chars().count() >= 2 && heading.ends_with(value.as_str()) {
                value.clear();
            }
            let files = if kind == 0 { 0 } else { self.at.files };
            let first = [
                ItemId::SystemName,
                ItemId::EntrustmentTitle,
                ItemId::ProvisionName,
                ItemId::TransferName,
            ];
            let i = if self.headed.contains(&(files, kind, n)) {
                if let Some(&id) = first.get(kind) {
                    self.found.twice.push((format!("{word}{n}"), no, id));
                }
                TWICE
            } else {
                self.headed.push((files, kind, n));
                (n - 1) as usize
            };
            self.close();
            self.groups.clear();
            let block = [
                None,
                Some(Block::Entrustment(i)),
                Some(Block::Provision(i)),
                Some(Block::Transfer(i)),
            ]
            .get(kind)
            .copied()
            .flatten();
            match (block, self.deferred) {
                (Some(b), Some(d)) if b.at(DEFERRED) == d.at(DEFERRED) => {
                    self.settle_deferred(Some(i), false);
                }
                _ => self.settle_deferred(None, kind == 0),
            }
            self.above = kind > 0 && self.above_headings.contains(no);
            self.below = kind > 0 && self.below_headings.contains(no);
            if let Some(&id) = first.get(kind) {
                self.enter_section_of(id);
            }
            self.at.circled = None;
            self.at.risk.clear();
            let id = match kind {
                0 => {
                    self.at.system = Some(i);
                    self.at.block = None;
                    // `システム1：保険システム` (the 基礎 form's list): the name beside it.
                    let value = value.trim_start_matches(['：', ':']).trim();
                    // The block's first item on the heading's row (`システム1 ①システムの名称
                    // 甲システム`, or its number printed as a figure, `システム1 1 システムの名称`):
                    // a line of its own, read as one.
                    if value.starts_with(is_circled) || self.figured_label(value).is_some() {
                        self.line(&Line::new(no, value.to_owned()));
                        return true;
                    }
                    if !value.is_empty() {
                        self.open(ItemId::SystemName, no, value);
                        self.close();
                    }
                    return true;
                }
                1 => {
                    self.at.block = Some(Block::Entrustment(i));
                    ItemId::EntrustmentTitle
                }
                2 => {
                    self.at.block = Some(Block::Provision(i));
                    ItemId::ProvisionName
                }
                _ => {
                    self.at.block = Some(Block::Transfer(i));
                    ItemId::TransferName
                }
            };
            self.last_block = Some(self.at.clone());
            if id.in_form(self.form) {
                self.open(id, no, &value);
                if value.is_empty() {
                    // The name may follow on the next line.
                } else {
                    self.close();
                }
            }
            return true;
        }
        // リスク１：… / リスク：…
        if let Some(rest) = head.strip_prefix(RISK) {
            let (n, after) = match leading_number(rest, &[]) {
                Some((n, after)) => (Some(n), after),
                None => (None, rest),
            };
            if !after.starts_with(['：', ':']) {
                return false;
            }
            let risk = match n {
                Some(n) => format!("リスク{n}"),
                None => crate::form::RISK.to_owned(),
            };
            self.close();
            self.groups.clear();
            self.at.circled = None;
            if let Some(section) = self.section_of_risk_title(&risk, after) {
                // The section's heading was not met (a PDF text prints it elsewhere): the
                // risk's title places the walk, as the section's heading would.
                self.settle_deferred(None, true);
                self.at.section = Some(section);
                self.at.block = None;
                self.quiet_label = None;
            }
            self.at.risk = risk;
            let prefix = format!("{}{}", self.at.base(), self.at.risk());
            if let Some(id) = self.item_at(&prefix) {
                let value = after_label(text, id.label());
                let value = if value == text { "" } else { value };
                self.open(id, no, value);
            }
            return true;
        }
        false
    }

    /// Moves to the chapter and section of a block, as its first item is numbered
    /// (`Ⅱ4委託事項`).
    fn enter_section_of(&mut self, first: ItemId) {
        let Some(number) = first.number(self.form) else {
            return;
        };
        // The chapter is the number's first character and the section the digits after it,
        // read in place ([`split_number`] keeps them in the structural prefix, whose first
        // character is the number's where it starts with a numeral, a digit or a circled
        // number; any other first character is followed by none).
        let mut chars = number.chars();
        let Some(chapter) = chars.next() else {
            return;
        };
        if !(('Ⅰ'..='Ⅹ').contains(&chapter) || chapter.is_ascii_digit() || is_circled(chapter))
        {
            return;
        }
        let rest = chars.as_str();
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let Some(Ok(section)) = rest.get(..digits).map(str::parse::<u32>) else {
            return;
        };
        let mut buf = [0; 4];
        let chapter: &str = chapter.encode_utf8(&mut buf);
        if self.at.chapter != chapter || self.at.section != Some(section) {
            self.at.chapter.clear();
            self.at.chapter.push_str(chapter);
            self.at.section = Some(section);
        }
    }

    /// The lower part of the first block of a series printed above its headings begins here
    /// (PDF text; see [`super::blocks::lead_starts`]), under another kind's block: the walk
    /// leaves that block and reads the run as the next heading's (of `kind`, a position in
    /// [`BLOCK_WORDS`]), settled at that heading.
    fn begin_lead(&mut self, kind: usize) {
        let Some((block, first)) = [
            (Block::Entrustment(DEFERRED), ItemId::EntrustmentTitle),
            (Block::Provision(DEFERRED), ItemId::ProvisionName),
            (Block::Transfer(DEFERRED), ItemId::TransferName),
        ]
        .get(kind)
        .copied() else {
            return;
        };
        if self.at.block.is_some_and(|b| b.at(DEFERRED) == block) || !first.in_form(self.form) {
            // Already in a block of the kind: its own runs are read as they come.
            return;
        }
        self.close();
        self.groups.clear();
        self.settle_deferred(None, false);
        self.enter_section_of(first);
        self.at.block = Some(block);
        self.at.circled = None;
        self.at.risk.clear();
        self.deferred = Some(block);
        self.above_run = true;
        self.above = true;
        self.below = false;
    }

    /// A line that starts with an item's label, here or in one of its leading tab cells (`text`
    /// trimmed, `first` its first tab cell and the cells after it, `key` the line's).
    /// (`head_box` is [`boxed_value`] of the first tab cell.)
    fn item_line(
        &mut self,
        text: &str,
        first: (&str, Option<&str>),
        head_box: Option<&str>,
        key: &str,
        no: usize,
    ) -> bool {
        // `[○] 接続しない(入手) [○] 接続しない(提供)`: one box after another, each an item.
        // (A line without a tab is its first cell.)
        if first.1.is_none() && head_box.is_some() {
            // Where each box starts: a piece runs from one to the next (or the end). (Read as
            // they come: nothing is collected.)
            let mut starts = text.match_indices(['[', '［']).map(|(i, _)| i).peekable();
            let first_box = starts.next();
            if let (Some(mut from), true) = (first_box, starts.peek().is_some()) {
                let mut any = false;
                loop {
                    let next = starts.next();
                    let to = next.unwrap_or(text.len());
                    if let Some(piece) = text.get(from..to).map(str::trim) {
                        if let Some(unboxed) = strip_box(piece) {
                            any |= self.labelled(piece, Some(unboxed), None, None, no);
                        }
                    }
                    let Some(next) = next else { break };
                    from = next;
                }
                if any {
                    self.close();
                    return true;
                }
            }
        }
        // The first three tab cells, each with the cells after it as the text holds them.
        let mut split = Some(first);
        let mut tail: Option<&str> = None;
        for _ in 0..3 {
            let (cell, rest_cells) = match (split.take(), tail) {
                (Some(first), _) => first,
                (None, Some(cells)) => split_cell(cells),
                (None, None) => break,
            };
            tail = rest_cells;
            // (The whole text is trimmed already.)
            let cell = match cell.len() == text.len() {
                true => cell,
                false => cell.trim(),
            };
            if cell.is_empty() {
                continue;
            }
            // A line without a tab is its one cell: its key is the cell's.
            let whole = (tail.is_none() && cell.len() == text.len()).then_some(key);
            // The first cell's box is read already (unless trimming changed the cell).
            let unboxed = match std::ptr::eq(cell, first.0) {
                true => head_box,
                false => boxed_value(cell),
            };
            if self.labelled(cell, unboxed, rest_cells, whole, no) {
                return true;
            }
            // A row label of a layout (`再委託`, `④使用の主体`) may stand before the item.
            if tail.is_none() || cell.chars().nth(12).is_some() {
                break;
            }
        }
        false
    }

    /// Tries `cell` (one tab cell, with `rest` the cells after it, if any) as an item's label;
    /// `key` is [`squeeze`]`(cell)` where the line's key is it (folded once for every pass), and
    /// `unboxed` is [`boxed_value`]`(cell)` (read by the caller, which asks it too).
    fn labelled(
        &mut self,
        cell: &str,
        unboxed: Option<&str>,
        rest: Option<&str>,
        key: Option<&str>,
        no: usize,
    ) -> bool {
        // Cells after the label that hold only white space are no cells.
        let rest = rest.filter(|r| !all_white(r));
        // A box before a label (`[ ○ ] 委託しない`) stays in the value.
        let (boxed, unboxed) = match unboxed {
            Some(after) => (true, after),
            None => (false, cell),
        };
        let mut chars = unboxed.chars();
        let first = chars.next();
        let circled = first.filter(|&c| is_circled(c));
        let (circled, body) = match circled {
            Some(c) => (Some(c), chars.as_str()),
            None => match self.figured_label(unboxed) {
                Some((c, body)) => (Some(c), body),
                None => (None, unboxed),
            },
        };
        // The key of `body`, when the cell's is known: a circled number folds to itself, and
        // a box is not folded away.
        let body_key = match (boxed, circled) {
            (true, _) => None,
            (false, Some(c)) => key.and_then(|k| k.strip_prefix(c)),
            (false, None) => key,
        };
        // A plain line is read by its label only: a line that starts with no item's label of
        // the form (the cheapest test), or with none of the items it may name here, is none.
        let plain = match circled {
            Some(_) => None,
            None => {
                // The body's first two folded characters, for the tests below.
                let start = match body_key {
                    Some(k) => label_start(k),
                    None => folded_start(body),
                };
                if !start.is_some_and(|(c, _)| self.label_firsts.contains(c))
                    || !starts_with_any(&self.words.label_starts, start)
                {
                    return false;
                }
                let tried = self.plain_candidates();
                if !starts_with_any(&tried.starts, start) {
                    return false;
                }
                Some(tried)
            }
        };
        let squeezed = match body_key {
            Some(k) => Cow::Borrowed(k),
            None => squeezed(body),
        };
        // What the number names here (the place stays the same while the line is read: only
        // the block's list position and the circled number change below).
        let named = circled.map(|c| self.circled_at(c));
        let is_block_item = named.as_ref().is_some_and(|n| n.block_item.is_some());
        if let (Some(c), Some(b), true) = (circled, self.at.block, self.blank_ends_cell) {
            if self.above && is_block_item {
                // A series printed above its headings: after the heading's first item the
                // block's items are the next heading's (see [`super::blocks`]); their numbers
                // may go back (the page's columns), an item met twice is marked in `open`.
                let back = self.at.circled.is_some_and(|p| c <= p);
                if b.index() != DEFERRED && (c != '①' || self.at.circled.is_some()) {
                    self.close();
                    self.at.block = Some(b.at(DEFERRED));
                    self.deferred = Some(b);
                    self.above_run = true;
                    self.at.circled = None;
                } else if b.index() == DEFERRED && back {
                    self.close();
                    self.at.circled = None;
                }
            }
        }
        if let (Some(c), Some(_), true, false) =
            (circled, self.at.block, self.blank_ends_cell, self.above_run)
        {
            // In a PDF text the items of a block (委託事項N, 提供先N, 移転先N) follow its heading in
            // order; a number that goes back means the page interleaves blocks, and which block
            // the rest belongs to cannot be read: they are left unread.
            if self.at.circled.is_some_and(|p| c <= p) && is_block_item {
                self.close();
                self.at.circled = None;
                match self.at.block {
                    // The page printed the lower part of a block before its heading: the run
                    // that goes back is read as the items of the block whose heading comes
                    // next (of the same kind), its values inferred.
                    Some(b) if b.index() != DEFERRED && self.deferred.is_none() => {
                        self.at.block = Some(b.at(DEFERRED));
                        self.deferred = Some(b);
                    }
                    // A run not yet settled goes back again to an item it does not hold: the
                    // page printed the run's rows in another order; it stays one run (each
                    // block has each item once, so an item met twice still ends it).
                    Some(b) if b.index() == DEFERRED && !self.run_holds(named.as_deref()) => {}
                    _ => {
                        self.at.block = None;
                        self.found.stray.push(no);
                        return true;
                    }
                }
            }
        }
        let tried = match (&named, &plain) {
            (Some(named), _) => &named.tried,
            (None, Some(plain)) => &**plain,
            (None, None) => return false,
        };
        let squeezed_first = squeezed.chars().next();
        for Named { entries, labels } in &tried.prefixes {
            // The longest label that starts the line (the last item's of those as long).
            let hit = labels
                .iter()
                .filter(|&&(c, l, _)| Some(c) == squeezed_first && squeezed.starts_with(l))
                .filter(|&&(_, l, _)| circled.is_some() || !hiragana_continues(&squeezed, l))
                .filter(|&&(_, l, _)| circled.is_some() || !opens_sentence_on(&squeezed, l))
                // (In bytes: the labels that start the line are each a start of the others,
                // longer in bytes as in characters.)
                .map(|&(_, l, id)| (l.len(), id))
                .max_by_key(|&(len, _)| len);
            // A circled label wrapped over two lines (`④個人情報ファイル簿への不` / `記載等`).
            let wrapped = || {
                // (At least four characters, counted no further.)
                let long = squeezed.chars().nth(3).is_some();
                (circled.is_some() && long && rest.is_none())
                    .then(|| {
                        // (The items of a circled line are those numbered exactly so.)
                        entries.iter().find_map(|e| {
                            let l = e.labels.first()?;
                            let tail =
                                l.strip_prefix(&*squeezed).filter(|tail| !tail.is_empty())?;
                            Some((e.id, tail.to_owned()))
                        })
                    })
                    .flatten()
            };
            if hit.is_none() {
                if let Some((id, tail)) = wrapped() {
                    self.close();
                    self.at.circled = circled;
                    if self.open(id, no, "") {
                        self.pending_tail = Some(tail);
                        return true;
                    }
                }
            }
            let Some((_, id)) = hit else { continue };
            // (Each value built only where it is the one taken.)
            let value = if boxed {
                cell.to_owned()
            } else if self.is_group(id) {
                // A group's parts are found by their labels, the item's own among them.
                let mut value = body.to_owned();
                if let Some(rest) = rest {
                    value.push('\t');
                    value.push_str(rest);
                }
                value
            } else {
                let after = self.after_item_label(id, body);
                // Another item's circled label after this one (`①事務の名称 ②事務の概要`): a row
                // of labels, whose values stand under them; none of it is this item's value.
                let after = match opens_circled_label(after) {
                    true => "",
                    false => after,
                };
                with_cells(after, rest)
            };
            self.close();
            if let Some(c) = circled {
                self.at.circled = Some(c);
                // An item with its own list of groups starts afresh.
                self.groups.retain(|g| !is_group_under(g.key.0));
            }
            if self.open(id, no, value) {
                return true;
            }
        }
        if let Some(c) = circled {
            // A circled label in the words an older revision of the form prints
            // ([`crate::form::labels`]): the item of that label in this section, whatever its
            // number there (an older revision numbers its items otherwise). A circled label in
            // words no revision prints is not read by its number alone: it stays unread.
            if let Some((id, label)) = self.older_label(&squeezed) {
                let value = with_cells(after_label(body, label), rest);
                self.close();
                self.at.circled = Some(c);
                if self.open(id, no, value) {
                    return true;
                }
            }
        }
        let Some((c, named)) = circled.zip(named) else {
            return false;
        };
        // (A number that names no item here may be a row of the file's last block.)
        if !named.under && self.block_rest(c, &squeezed, body, rest, no) {
            return true;
        }
        // A circled heading that is no item itself (`⑦使用の主体`): its sub-items follow,
        // perhaps on the same line.
        if named.under && named.own.is_none() {
            self.close();
            self.at.circled = Some(c);
            if let Some(rest) = rest {
                let (head, tail) = split_cell(rest);
                let head = head.trim();
                self.labelled(head, boxed_value(head), tail, None, no);
            }
            return true;
        }
        false
    }

    /// An item's circled number printed as plain figures before its label (`1 事務の名称`,
    /// `3対象人数`: document sites and some extractors give `①` as `1`), as the circled number
    /// and the words after the figures, where those words start with the label of the item
    /// numbered so at the walk's place (today's label or an older revision's,
    /// [`Walker::older_label`]) — a label ending in a hiragana that goes on is no label
    /// (`hiragana_continues`). `None` for anything else: the figures are then the line's own.
    ///
    /// Reads `2 事務の内容` under 重点 Ⅰ1 as ②事務の内容; refuses `2 事務の名称` (① names
    /// 事務の名称 there), `3 対象人数を数える` and `10 万人以上` (no item is numbered ⑩ there with
    /// that label).
    fn figured_label<'t>(&mut self, cell: &'t str) -> Option<(char, &'t str)> {
        let digits = cell
            .char_indices()
            .take_while(|&(_, c)| fold_char(c).is_ascii_digit())
            .last()
            .map(|(at, c)| at + c.len_utf8())?;
        let figures = cell.get(..digits)?;
        let number: u32 = figures
            .chars()
            .map(fold_char)
            .collect::<String>()
            .parse()
            .ok()?;
        let c = CIRCLED
            .chars()
            .nth(usize::try_from(number.checked_sub(1)?).ok()?)?;
        let rest = cell.get(digits..)?;
        let body = rest.strip_prefix([' ', '\u{3000}']).unwrap_or(rest);
        let squeezed = squeeze(body);
        let first = squeezed.chars().next()?;
        let named = self.circled_at(c);
        let today = named.tried.prefixes.iter().any(|n| {
            n.labels.iter().any(|&(start, label, _)| {
                start == first
                    && squeezed.starts_with(label)
                    && !hiragana_continues(&squeezed, label)
            })
        });
        (today || self.older_label(&squeezed).is_some()).then_some((c, body))
    }

    /// The item of the current section that an older revision of the form prints under a label
    /// that starts `squeezed` (a line's folded words after its circled number), with that label
    /// ([`crate::form::DIFFERENCES`]); `None` when no such label does, or when two items' do.
    ///
    /// Reads `⑤委託先の名称 架空株式会社` in Ⅱ4 of a 全項目 text as 委託先名 (Ⅱ4⑥ today);
    /// refuses `⑤委託先の所在地` (no revision prints it).
    fn older_label(&self, squeezed: &str) -> Option<(ItemId, &'static str)> {
        let base = self.at.base();
        let mut found = None;
        for difference in crate::form::DIFFERENCES {
            let id = difference.item;
            let in_section = id
                .number(self.form)
                .is_some_and(|n| split_number(n).0.starts_with(base.as_str()) && !base.is_empty());
            let (crate::form::Change::Label(label) | crate::form::Change::Alias(label)) =
                difference.change;
            // Today's label first: an older label that begins it (「所属長」 of 「所属長の役職名」)
            // does not read a line that starts with today's.
            let today = squeezed.starts_with(squeeze(bare_label(id)).as_str());
            if in_section && !today && squeezed.starts_with(squeeze(label).as_str()) {
                if found.is_some_and(|(other, _)| other != id) {
                    return None;
                }
                found = Some((id, label));
            }
        }
        found
    }

    /// The rest of `body` after the label of `id` it starts with: its bare label, its label as
    /// the form prints it, or the words of its number (all of `body` if none is found).
    fn after_item_label<'t>(&self, id: ItemId, body: &'t str) -> &'t str {
        // (`after_label` gives back the whole line, or a shorter end of it: the same length is
        // the whole line.)
        let mut after = after_label(body, bare_label(id));
        if after.len() == body.len() {
            if let Some(printed) = id.label_in(self.form) {
                after = after_label(body, printed);
            }
        }
        if after.len() == body.len() {
            // Matched on the number's words rather than the label.
            if let Some(number) = id.number(self.form) {
                after = after_label(body, split_number(number).1);
            }
        }
        after
    }

    /// The prefixes a line without a circled number is tried under at the current coordinates:
    /// [`At::prefixes`], then any item of the section (`Ⅲ4リスク` where no 「リスク：」 is
    /// printed), then (in a PDF text, under a block) the block's sub-items. Kept while the
    /// coordinates stay (most lines of a cell share them).
    fn plain_candidates(&mut self) -> Rc<Tried> {
        let place = self.place();
        // (A number past the slots, which no form prints, is worked out each time.)
        let slot = match self.at.circled {
            None => Some(0),
            Some(c) => circled_slot(c).map(|i| i + 1),
        };
        let known = slot.and_then(|i| self.places.get(place)?.plain.get(i)?.clone());
        if let Some(tried) = known {
            return tried;
        }
        let tried = Rc::new(self.work_out_plain());
        if let Some(s) = slot.and_then(|i| self.places.get_mut(place)?.plain.get_mut(i)) {
            *s = Some(Rc::clone(&tried));
        }
        tried
    }

    /// [`Walker::plain_candidates`], worked out.
    fn work_out_plain(&self) -> Tried {
        let own = self.at.prefixes();
        let base = self.at.base();
        // The prefixes in the order tried: the coordinates' own, then the section's others
        // (borrowed from the form's words, not copied).
        let mut v: Vec<&str> = own.iter().map(String::as_str).collect();
        if self.at.section.is_some() {
            if let Some(keys) = self.words.plain_section_keys.get(&base) {
                let more = keys.iter().filter(|k| !own.contains(k)).map(String::as_str);
                v.extend(more);
            }
        }
        // In a PDF text a block's sub-items (`対象となる本人の数` of ②) may stand away from
        // their circled item: under a block, the items with label words under any circled
        // number of the block are tried last.
        let mut sub_items: Vec<&'static str> = Vec::new();
        if self.at.block.is_some() && self.blank_ends_cell {
            let head = format!("{base}{}", self.at.block_word());
            let keys = self.words.section_keys.get(&base).into_iter().flatten();
            sub_items.extend(
                keys.filter(|k| {
                    k.strip_prefix(head.as_str())
                        .and_then(|r| r.chars().next())
                        .is_some_and(is_circled)
                        && !v.contains(&k.as_str())
                })
                .map(String::as_str),
            );
        }
        let mut tried = Tried::default();
        for prefix in v {
            if let Some(p) = self.entries_of(prefix) {
                tried.push(p, false, false);
            }
        }
        for prefix in sub_items {
            if let Some(p) = self.entries_of(prefix) {
                tried.push(p, false, true);
            }
        }
        tried.done()
    }

    /// The entry of [`Walker::places`] for the place the walk is at (made when first met): the
    /// one asked for last, else (the place the walk is at was most likely met last) from the
    /// end.
    fn place(&mut self) -> usize {
        let here =
            |p: &Place| p.at.same_stem(&self.at) && p.at.block.is_some() == self.at.block.is_some();
        if self.places.get(self.place_last).is_some_and(here) {
            return self.place_last;
        }
        let place = match self.places.iter().rposition(here) {
            Some(place) => place,
            None => {
                let slots = CIRCLED.chars().count();
                self.places.push(Place {
                    at: self.at.clone(),
                    circled: vec![None; slots],
                    plain: vec![None; slots + 1],
                });
                self.places.len() - 1
            }
        };
        self.place_last = place;
        place
    }

    /// What the circled number `c` names at the current coordinates (kept for each place
    /// met): the prefixes a label with it is tried under (the item numbered `c` in the block
    /// and risk, in the risk, in the section) and the items numbered so.
    fn circled_at(&mut self, c: char) -> Rc<CircledAt> {
        let Some(slot) = circled_slot(c) else {
            return Rc::new(self.work_out_circled(c));
        };
        let place = self.place();
        let known = self
            .places
            .get(place)
            .and_then(|p| p.circled.get(slot)?.clone());
        if let Some(named) = known {
            return named;
        }
        let named = Rc::new(self.work_out_circled(c));
        if let Some(s) = self
            .places
            .get_mut(place)
            .and_then(|p| p.circled.get_mut(slot))
        {
            *s = Some(Rc::clone(&named));
        }
        named
    }

    /// [`Walker::circled_at`], worked out.
    fn work_out_circled(&self, c: char) -> CircledAt {
        let blk = self.at.block_word();
        let risk = self.at.risk();
        let mut buf = [0; 4];
        let c: &str = c.encode_utf8(&mut buf);
        // Each prefix written after the base in one buffer, in turn, and looked up.
        let mut prefix = self.at.base();
        let base_len = prefix.len();
        let mut entries = |parts: &[&str]| {
            prefix.truncate(base_len);
            parts.iter().for_each(|p| prefix.push_str(p));
            self.entries_of(&prefix)
        };
        let full = entries(&[blk, risk, c]);
        // The prefixes tried, most specific first, each once: `{base}{block}{risk}{c}`, then
        // `{base}{risk}{c}` (another where there is a block word), then `{base}{c}` (another
        // where there is a risk).
        let mut tried = Tried::default();
        let more = [
            Some(full),
            (!blk.is_empty()).then(|| entries(&[risk, c])),
            (!risk.is_empty()).then(|| entries(&[c])),
        ];
        for p in more.into_iter().flatten().flatten() {
            tried.push(p, true, false);
        }
        let block_item = entries(&[blk, c]);
        let exact = |named: Option<&'static [Entry]>| exact_item(named?);
        CircledAt {
            tried,
            under: full.is_some(),
            own: exact(full),
            block_item: exact(block_item),
        }
    }

    /// The items numbered under `prefix` (held for as long as the form's words live); `None`
    /// when no item is.
    fn entries_of(&self, prefix: &str) -> Option<&'static [Entry]> {
        let words: &'static FormWords = self.words;
        words.by_prefix.get(prefix).map(Vec::as_slice)
    }

    /// The group items of the current section with their part labels (kept for each section
    /// met).
    fn section_groups(&mut self) -> Rc<[(ItemId, &'static [String])]> {
        // (Keyed by the section's coordinates rather than its prefix: no prefix is built to
        // find a section met before.)
        let here = |((chapter, section), _): &&SectionGroups| {
            *chapter == self.at.chapter && *section == self.at.section
        };
        if let Some((_, groups)) = self.section_groups.iter().find(here) {
            return Rc::clone(groups);
        }
        let base = self.at.base();
        let words: &'static FormWords = self.words;
        let items = words.section_keys.get(&base).into_iter().flatten();
        let items = items.flat_map(|prefix| words.by_prefix.get(prefix).into_iter().flatten());
        let groups: Rc<[(ItemId, &'static [String])]> = items
            .filter_map(|e| Some((e.id, words.group_labels.get(&e.id)?.as_slice())))
            .collect();
        let place = (self.at.chapter.clone(), self.at.section);
        self.section_groups.push((place, Rc::clone(&groups)));
        groups
    }

    /// A group item of the current section, not yet open, one of whose part labels starts
    /// `squeezed` (a part printed before the item's own label): opened.
    fn unopened_group(&mut self, squeezed: &str, boxed: bool) -> Option<Key> {
        self.at.section?;
        if !boxed
            && squeezed
                .chars()
                .next()
                .is_none_or(|c| self.words.group_label_starts.binary_search(&c).is_err())
        {
            // No part label starts so (and only a boxed line is matched at its end).
            return None;
        }
        let mut hit: Option<ItemId> = None;
        for &(id, labels) in self.section_groups().iter() {
            let matched = labels.iter().any(|l| {
                squeezed.starts_with(l.as_str()) || boxed && squeezed.ends_with(l.as_str())
            });
            if matched && hit.is_none_or(|hit| id < hit) {
                hit = Some(id);
            }
        }
        let hit = hit.and_then(|id| Some((id, self.at.indices(id)?)));
        let (id, indices) = hit?;
        let key = (id, indices);
        if !self.found.cells.contains_key(&key) {
            self.open(id, 0, "");
            if let Some(cell) = self.found.cells.get_mut(&key) {
                cell.lines.clear();
            }
        }
        Some(key)
    }

    /// A circled label that names no item where the walk is (PDF text), after the walk left
    /// the file's last block for a later section: when it is the label of that block's item
    /// of the same number, still empty, and its value stands on the label's line, it is that
    /// block's row printed after the section's headings (the form's structure placed it:
    /// inferred). Anything else stays unread.
    fn block_rest(
        &mut self,
        c: char,
        squeezed: &str,
        body: &str,
        rest: Option<&str>,
        no: usize,
    ) -> bool {
        let Some(block_at) = self.last_block.clone() else {
            return false;
        };
        if !self.blank_ends_cell
            || self.at.block.is_some()
            || self.at.chapter != block_at.chapter
            || self.at.files != block_at.files
            || self.at.section <= block_at.section
        {
            return false;
        }
        let prefix = format!("{}{}{c}", block_at.base(), block_at.block_word());
        let Some(id) = self.item_at(&prefix) else {
            return false;
        };
        let label = squeeze(bare_label(id));
        if label.is_empty() || !squeezed.starts_with(label.as_str()) {
            return false;
        }
        let Some(indices) = block_at.indices(id) else {
            return false;
        };
        if self.found.cells.contains_key(&(id, indices)) {
            return false;
        }
        let value = with_cells(after_label(body, bare_label(id)), rest);
        if value.trim().is_empty() {
            // Only a value on the label's own line is the row's: the lines below it may be
            // anything the page printed there.
            return false;
        }
        self.close();
        let here_at = std::mem::replace(&mut self.at, block_at);
        let opened = self.open(id, no, value);
        self.at = here_at;
        if let Some(cell) = self.current_cell_mut() {
            cell.displaced = true;
        }
        self.close();
        opened
    }

    /// Whether the deferred run holds the block's item that a circled number names (`named`,
    /// see [`CircledAt::block_item`]) already.
    fn run_holds(&self, named: Option<&CircledAt>) -> bool {
        let Some(id) = named.and_then(|n| n.block_item) else {
            return true;
        };
        self.at
            .indices(id)
            .is_none_or(|ix| self.found.cells.contains_key(&(id, ix)))
    }

    /// The open cell when it is free text: an item of free text ([`FormWords::text_items`]), or
    /// a group whose part being read is one (a risk's 「リスクに対する措置の内容」, not its
    /// 「リスクへの対策は十分か」: [`GroupParts::reads_text`]). `None` for a name, a title, a
    /// number of words, or no open cell.
    fn open_text(&self) -> Option<&Cell> {
        let key = self.current.as_ref()?;
        let cell = self.current_cell()?;
        let text = match self.groups.iter().find(|open| open.key == *key) {
            Some(open) => open.parts.reads_text(&cell.lines),
            None => self.words.text_items.contains(&key.0),
        };
        text.then_some(cell)
    }

    /// Whether the open cell is free text ([`Walker::open_text`]) whose last line so far ends
    /// inside a sentence ([`ends_sentence`]) or on a colon, whose words introduce what follows:
    /// `…を賦課し、税額` and `…保存する。 参考:` are, `…を通知する。` is not, nor is a name, a
    /// cell with no words yet or one whose last line is a label.
    fn cut_inside_a_sentence(&self) -> bool {
        let Some(cell) = self.open_text() else {
            return false;
        };
        // (A part's label alone, `その他の措置の内容`, is no words of the text yet.)
        let last = cell.lines.iter().rev().find(|(_, t)| !all_white(t));
        last.is_some_and(|(_, t)| {
            let t = t.trim();
            (!ends_sentence(t) || t.ends_with([':', '：'])) && !self.is_some_label(t)
        })
    }

    /// Whether the current cell is prose: free text ([`Walker::open_text`]) whose text so far
    /// holds a sentence (`。`). A name, a title or a number of words holds none: its cell ends at a blank line as
    /// every table cell of a PDF text does.
    fn current_is_prose(&self) -> bool {
        self.open_text()
            .is_some_and(|cell| cell.lines.iter().any(|(_, t)| t.contains('。')))
    }

    /// Whether the paragraph that opens with `text` (trimmed; `first` its first character),
    /// after a blank line inside a prose cell, is the cell's next paragraph. It is when it
    /// opens as a prose cell's paragraphs do — a bullet or a note mark (`・`, `※`), a number
    /// (`（２）`, `２．`, `２　`), a heading in brackets (`＜…における措置＞`, `【…】`), or a line as
    /// long as a wrapped line of text ([`PROSE_LINE_CHARS`]) — and is none of the form's
    /// words: no label, no ＜選択肢＞ heading or option, no box, no page number. Anything else
    /// (a short line: another item's value printed apart, a label wrapped in a narrow column)
    /// ends the cell.
    ///
    /// Read as the next paragraph: `・端末は施錠できる場所に置く。`, `（２）操作の記録を残す。`,
    /// `＜委託先における措置＞`. Refused: `[ ○ ] その他`, `２） 十分に行っている` (an option
    /// of a list), `甲市情報システム` (short, and opened by no mark).
    fn continues_prose(&self, text: &str, first: char) -> bool {
        if self.is_form_words_line(text, first) {
            return false;
        }
        let bare = strip_list_mark(text);
        // (`○` and `-` open a list too, but also stand for a check mark and an empty cell.)
        let marked = (bare.len() < text.len() && !matches!(first, '○' | '-'))
            || matches!(first, '※' | '◆' | '■' | '＜' | '<' | '【' | '〔')
            // (A number, a space and a few words: a count with its unit, `28 件`, is not.)
            || leading_number(text, &[' ', '\u{3000}'])
                .is_some_and(|(_, rest)| rest.chars().count() >= NUMBERED_HEADING_CHARS);
        marked || text.chars().count() >= PROSE_LINE_CHARS
    }

    /// Whether `text` (trimmed; `first` its first character) is the form's words or a page's, no
    /// line of a text: a label, a ＜選択肢＞ heading or option, a box, a page number, or a mark
    /// alone (`○`: a box's check mark printed apart). Refused: `版）に定める。）`, any line of
    /// words.
    fn is_form_words_line(&self, text: &str, first: char) -> bool {
        if matches!(first, '[' | ']' | '［' | '］') || is_trimmed_page_number(text) {
            return true;
        }
        let key = squeezed(strip_list_mark(text));
        key.is_empty()
            || is_option_list(text, &squeezed(text), false)
            || self.words.options.contains(&*key)
            || self.is_some_label(text)
            || self.is_out_of_place_label(text)
    }

    /// Whether `text` (no circled number) is a label of the form ([`Walker::is_some_label`]) of at
    /// least [`WHOLE_LABEL_CHARS`] characters: words a value's line is not (`具体的な管理方法`,
    /// `リスクへの対策は十分か`), unlike a short label of everyday words (`備考`, `その他`).
    fn is_whole_label(&self, text: &str) -> bool {
        !text.starts_with(is_circled)
            && text.chars().nth(WHOLE_LABEL_CHARS - 1).is_some()
            && self.is_some_label(text)
    }

    /// The item of the current section whose text `text` (trimmed) opens with the words the
    /// form prints for that item's text alone ([`FormWords::own_details`]), when the cell open
    /// is another's and that item's cell was read here with its answer and no text yet. In a
    /// text whose rows came out of order, `特定個人情報の提供・移転に関するルール [ 定めている ]`,
    /// `その他の措置の内容 …`, `ルールの内容及びルール遵守の確認方法 …`: the last row is the rule's
    /// text, not the other measures'. So too where no cell is open: a PDF text's blank line
    /// ended the answer's cell above its text (`[ 行っている ]` / `＜選択肢＞` / its options / a
    /// blank line / `具体的な管理方法 …`). Not read so: the same words where two items of the
    /// section print them, or where the item's cell holds its text already.
    fn detail_owner(&self, text: &str) -> Option<Key> {
        let current = self.current.as_ref().map(|(id, _)| *id);
        // The cheap test first: most lines start as no such words do.
        let first = squeezed_first(text)?;
        let own = &self.words.own_details;
        if !own.iter().any(|(words, _)| words.starts_with(first)) {
            return None;
        }
        let key = squeezed(text);
        let opened_by: Vec<&(String, ItemId)> = own
            .iter()
            .filter(|(words, _)| key.starts_with(words.as_str()))
            .collect();
        if opened_by.iter().any(|(_, id)| Some(*id) == current) {
            // The open cell's own words (several items print `具体的な管理方法`).
            return None;
        }
        let base = self.at.base();
        let mut owner: Option<Key> = None;
        for (words, id) in opened_by {
            if !id.number(self.form).is_some_and(|n| n.starts_with(&base)) {
                continue;
            }
            let Some(indices) = self.at.indices(*id) else {
                continue;
            };
            let candidate = (*id, indices);
            let Some(cell) = self.found.cells.get(&candidate) else {
                continue;
            };
            let told = cell
                .lines
                .iter()
                .any(|(_, line)| squeezed(line).starts_with(words.as_str()));
            if told {
                continue;
            }
            // With no cell open, the words go back to a cell of the answer alone: a cell whose
            // text has begun (its label printed amid its lines) would take two runs of lines
            // as one text.
            if current.is_none() && !holds_answer_only(cell) {
                continue;
            }
            if owner.is_some() {
                // Two items of the section could take it: neither does.
                return None;
            }
            owner = Some(candidate);
        }
        owner
    }

    /// Whether `text` is (after its circled number) a label of the form: an item's or a part's.
    fn is_some_label(&self, text: &str) -> bool {
        let t = text.trim_start_matches(is_circled);
        if !squeezed_first(t).is_some_and(|c| self.all_label_firsts.contains(c)) {
            // (The cheap test first: no label starts so.)
            return false;
        }
        self.words.holds_label(t)
    }

    /// Whether `text` (trimmed) is a row of boxes of the form's checkbox lists and nothing else,
    /// each cell one box (`[ ] 庁内連携システム\t[ ○ ] 専用線`, `[ ] その他 （ ）`). Refused:
    /// `[ ○ ] 架空の連携方式` (a box the form does not print), a row with words of its own.
    fn is_box_row(&self, text: &str) -> bool {
        let mut boxes = 0;
        for cell in text.split('\t').map(str::trim).filter(|c| !c.is_empty()) {
            let Some(label) = strip_box(cell) else {
                return false;
            };
            // (`その他 （ ）`: the box's label before the brackets of its own text.)
            let label = label.split(['(', '（']).next().unwrap_or(label).trim();
            if !self.words.box_labels.contains(label) {
                return false;
            }
            boxes += 1;
        }
        boxes > 0
    }

    /// Whether `text` is a row of tab-separated cells whose first cell (its note mark `※` aside)
    /// is a label of the form ([`Walker::is_some_label`]) or the words it prints for one item's
    /// text ([`FormWords::own_details`]) other than the open cell's: `\t使用者数\t…` reads,
    /// `架空の事務\t…` and a line with no tab do not.
    fn is_label_row(&self, text: &str) -> bool {
        if !text.contains('\t') {
            return false;
        }
        let Some(head) = text.split('\t').map(str::trim).find(|c| !c.is_empty()) else {
            return false;
        };
        let head = head.trim_end_matches(['※', ' ', '　']);
        self.is_some_label(head) || {
            // (The words of the open cell's own text are that text's start, no label row.)
            let open = self.current.as_ref().map(|(id, _)| *id);
            let key = squeezed(head);
            // (Several items may print the same words: `具体的な管理方法`.)
            let mut printed = false;
            for (words, id) in &self.words.own_details {
                if *words == key {
                    if open == Some(*id) {
                        return false;
                    }
                    printed = true;
                }
            }
            printed
        }
    }

    /// Whether `text` starts with a circled number and an item label of the form
    /// (`⑨再委託事項 …`).
    fn is_out_of_place_label(&self, text: &str) -> bool {
        let mut chars = text.trim_start().chars();
        if !chars.next().is_some_and(is_circled) {
            return false;
        }
        let rest = chars.as_str();
        // The words up to the first space or tab (all of `rest` when there is none).
        let head = rest
            .split_once([' ', '　', '\t'])
            .map_or(rest, |(head, _)| head);
        let s = squeezed(head);
        s.chars().nth(1).is_some() && self.words.all_labels.contains(&*s)
    }

    /// Whether `id` is an item of labelled parts whose own label is one of them (and the
    /// report holds it at the current coordinates).
    fn is_group(&self, id: ItemId) -> bool {
        self.at
            .indices(id)
            .is_some_and(|indices| self.is_group_at(id, &indices))
    }

    /// [`Walker::is_group`] at the list positions `indices` (the current coordinates' for
    /// `id`).
    fn is_group_at(&self, id: ItemId, indices: &[usize]) -> bool {
        let Some(field) = field_at(self.report, id, indices) else {
            return false;
        };
        // The parts are the field's type's: the same for every instance of the item.
        let own_part = || {
            let label = squeeze(bare_label(id));
            match field.value() {
                Value::Group(parts) => parts.iter().any(|(l, _)| squeeze(l) == label),
                _ => false,
            }
        };
        match self.own_part.get(id as usize) {
            Some(known) => *known.get_or_init(own_part),
            None => own_part(),
        }
    }

    /// Whether a part label of an open group or of the section's groups may start with the
    /// folded character `first`.
    fn may_start_part(&self, first: char) -> bool {
        self.may_bound_part(first, false)
    }

    /// Whether a part label of an open group or of the section's groups may end with the folded
    /// character `last` (a boxed line's part label may stand at its end).
    fn may_end_part(&self, last: char) -> bool {
        self.may_bound_part(last, true)
    }

    /// [`Walker::may_start_part`], or with `last` [`Walker::may_end_part`].
    fn may_bound_part(&self, c: char, last: bool) -> bool {
        let found = |bounds: &[char]| bounds.binary_search(&c).is_ok();
        match last {
            false => {
                self.groups.iter().any(|g| found(&g.parts.firsts))
                    || found(&self.words.group_label_starts)
            }
            true => {
                self.groups.iter().any(|g| found(&g.parts.lasts))
                    || found(&self.words.group_label_ends)
            }
        }
    }

    /// A line (trimmed, its first character folded: `folded`, see [`first_folded`]; its first
    /// tab cell `head` and the `cells` after it, `unboxed` the head's [`boxed_value`]; `key` the
    /// line's) that starts with a part label of an open group item (`リスクへの対策は十分か`).
    fn group_part(
        &mut self,
        text: &str,
        (head, cells): (&str, Option<&str>),
        unboxed: Option<&str>,
        key: &str,
        folded: Option<char>,
        no: usize,
    ) -> bool {
        // The cheap test first, before the cells are split: an unboxed line's first cell
        // starts with the text's first character.
        if let (false, Some(first)) = (text.starts_with(['[', '［']), folded) {
            if !self.may_start_part(first) {
                return false;
            }
        }
        // (`head` is never empty: the text is trimmed. `unboxed` is its [`boxed_value`].)
        let boxed = unboxed.is_some();
        let body = unboxed.unwrap_or(head);
        // An unboxed line without a tab is its body: the line's key is the body's.
        let body_key = (!boxed && cells.is_none()).then_some(key);
        if boxed {
            // The cheap test first: a boxed line is matched at its start or its end, so a part
            // label starts or ends as its folded body does.
            let first = squeezed_first(body);
            let last = body
                .chars()
                .rev()
                .map(fold_char)
                .find(|&c| !squeezed_out(c));
            if !first.is_some_and(|c| self.may_start_part(c))
                && !last.is_some_and(|c| self.may_end_part(c))
            {
                return false;
            }
        } else {
            // The cheap test first: an unboxed line is matched at its start only, so its first
            // character must start a part label of an open group or of the section's groups.
            let first = match body_key {
                Some(k) => k.chars().next(),
                None => squeezed_first(body),
            };
            let Some(first) = first else {
                return false;
            };
            if !self.may_start_part(first) {
                return false;
            }
        }
        let squeezed = match body_key {
            Some(k) => Cow::Borrowed(k),
            None => squeezed(body),
        };
        let hit = self
            .groups
            .iter()
            .rev()
            .find_map(|OpenGroup { key, parts }| {
                parts
                    .labels
                    .iter()
                    .any(|l| {
                        !l.is_empty()
                            && (squeezed.starts_with(l.as_str())
                                || boxed && squeezed.ends_with(l.as_str()))
                    })
                    .then_some(*key)
            });
        // (The cell open before the line: a group not yet open is opened below.)
        let open_before = self.current;
        let Some(key) = hit.or_else(|| self.unopened_group(&squeezed, boxed)) else {
            return false;
        };
        let found = self.found.cells.get_full_mut(&key);
        if let Some((at, _, cell)) = found {
            self.current_at = at;
            // The parts of a 情報連携 basis are printed again under its text: the text is the
            // value.
            if key.0 != ItemId::AffairInfoLinkageBasis {
                cell.lines.push((no, text.replace('\t', " ")));
                self.quiet_label = None;
            }
        }
        self.part_elsewhere = open_before.as_ref() != Some(&key);
        self.current = Some(key);
        self.prose_continued = false;
        true
    }
}

/// [`strip_box`] of a line or cell, with the cheap test first (a box starts with its bracket):
/// most lines the walk reads hold none.
fn boxed_value(text: &str) -> Option<&str> {
    match text.trim_start().starts_with(['[', '［']) {
        true => strip_box(text),
        false => None,
    }
}

/// The first character of `text` as [`squeeze`] folds it, when folding keeps it: then the
/// folded text of every piece of `text` that begins where it does starts with it. `None` when
/// folding drops it (or `text` is empty).
fn first_folded(text: &str) -> Option<char> {
    let folded = fold_char(text.chars().next()?);
    (!squeezed_out(folded)).then_some(folded)
}

/// Whether `text` is white space only (or empty): as `text.trim().is_empty()`, read from the
/// start alone (most texts fail at their first character).
fn all_white(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// `value`, then the cells `rest` after a tab (no tab before them when `value` is empty).
fn with_cells(value: &str, rest: Option<&str>) -> String {
    let mut out = value.to_owned();
    if let Some(rest) = rest {
        if !out.is_empty() {
            out.push('\t');
        }
        out.push_str(rest);
    }
    out
}

/// [`split_cell`] of a line's text (`text`, trimmed): without a scan for a tab when the line's
/// key is as long as its text, which holds no white space then (folding drops or shortens every
/// character it changes).
fn cells_of<'t>(line: &Line, text: &'t str) -> (&'t str, Option<&'t str>) {
    match line.key().len() == line.text.len() {
        true => (text, None),
        false => split_cell(text),
    }
}

/// The first tab cell of `cells` and the cells after it (`None` when there is no tab).
fn split_cell(cells: &str) -> (&str, Option<&str>) {
    let Some(tab) = find_tab(cells) else {
        return (cells, None);
    };
    match (cells.get(..tab), cells.get(tab + 1..)) {
        (Some(cell), Some(rest)) => (cell, Some(rest)),
        _ => (cells, None),
    }
}

/// Where the first tab of `text` is: eight bytes at a time (a test of a word for the byte),
/// then byte by byte from the word that holds it (most lines are short, and hold none: a
/// character search costs more on them than the words).
fn find_tab(text: &str) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const TABS: u64 = u64::from_ne_bytes([b'\t'; 8]);
    // The first word that holds a tab (its bytes XOR the tab's are zero there: the word test
    // for a zero byte, exact), or the end of the whole words. (Every chunk is a word; one that
    // were not would be scanned byte by byte from there, which finds the same tab.)
    let whole = text.len() - text.len() % 8;
    let from = text
        .as_bytes()
        .chunks_exact(8)
        .position(|w| {
            let Ok(w) = <[u8; 8]>::try_from(w) else {
                return true;
            };
            let x = u64::from_ne_bytes(w) ^ TABS;
            x.wrapping_sub(ONES) & !x & HIGHS != 0
        })
        .map_or(whole, |i| i * 8);
    let at = text
        .as_bytes()
        .get(from..)?
        .iter()
        .position(|&b| b == b'\t')?;
    Some(from + at)
}

/// Whether `first` and `second` are one of `labels` (sorted) wrapped over two lines: `first` (no
/// circled number) is only the start of the label, and the two together start with all of it.
fn wraps(labels: &[String], first: &str, second: &str) -> bool {
    if labels.is_empty() {
        return false;
    }
    let (a, b) = (first.trim(), second.trim());
    if b.is_empty()
        || a.contains('\t')
        || a.starts_with(is_circled)
        || b.chars().count() > WRAPPED_LABEL_REST
        || !WRAPPED_LABEL_START.contains(&a.chars().count())
    {
        return false;
    }
    // The cheap test first: a label starts with the first folded character of `first` (the
    // labels are sorted: those that start with it stand together, from the first not before
    // it).
    if let Some(c) = squeezed_first(a) {
        let mut buf = [0; 4];
        let c = &*c.encode_utf8(&mut buf);
        let from = labels.partition_point(|l| l.as_str() < c);
        if !labels.get(from).is_some_and(|l| l.starts_with(c)) {
            return false;
        }
    }
    let head = squeeze(a);
    let mut tail: Option<String> = None;
    labels.iter().any(|l| {
        // `head` then the folded `second` start with all of `l`.
        l.len() > head.len()
            && l.strip_prefix(head.as_str())
                .is_some_and(|rest| tail.get_or_insert_with(|| squeeze(b)).starts_with(rest))
    })
}

/// Whether a line's key starts with the label of an item that no form prints (the model's own:
/// the 再委託 chain, the kind of body, the 第三者点検's body).
fn is_model_only_label(key: &str) -> bool {
    // (The labels squeezed once: squeezing them and testing every item on every line took the
    // 全項目 seed text's import from 27.8 to 30.8 ms, benches/import.rs.)
    static LABELS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        ItemId::ALL
            .iter()
            .filter(|id| id.is_model_only())
            .map(|id| squeeze(id.label()))
            .collect()
    });
    LABELS.iter().any(|label| key.starts_with(label.as_str()))
}

/// Whether `text` (trimmed) is a row of a ＜選択肢＞ list and nothing else: the answer in a box
/// followed by numbered options of the forms' lists, or such options alone. Read as one:
/// `[ 10人以上50人未満 ]\t1) 10人未満\t2) 10人以上50人未満`, `6) 1,000人以上`. Refused: `1)
/// 記録は5年間保存する。` (a numbered text of its own words), `[ 10人以上50人未満 ]` (a box
/// alone, which a cell of boxes holds).
fn is_choice_row(text: &str) -> bool {
    let options = match text.strip_prefix(['[', '［']) {
        Some(boxed) => match boxed.split_once([']', '］']) {
            Some((_, after)) => after,
            None => return false,
        },
        None => text,
    };
    let key = squeezed(options);
    !key.is_empty() && only_option_entries(&key)
}

/// Whether a cell's lines, blank ones aside, hold its answer and nothing else: each an answer
/// in brackets (`[ 行っている ]`), the list's heading ([`crate::form::CHOICE_HEADING`]) or a
/// row of its options ([`is_choice_row`]). Refused: a line of words (`＜架空市における措置＞`,
/// `・端末は施錠して保管する。`): the item's text has begun.
fn holds_answer_only(cell: &Cell) -> bool {
    cell.lines.iter().all(|(_, line)| {
        let t = line.trim();
        t.is_empty() || is_answer_box(t) || t == crate::form::CHOICE_HEADING || is_choice_row(t)
    })
}

/// Whether `text` (trimmed) is one answer in brackets and nothing else: `[ 行っている ]`,
/// `［十分である］`. Refused: `[ 行っている ] 架空の手順` (words after it), `[ ] 紙` (a box).
fn is_answer_box(text: &str) -> bool {
    let Some(inside) = text
        .strip_prefix(['[', '［'])
        .and_then(|t| t.strip_suffix([']', '］']))
    else {
        return false;
    };
    let inside = inside.trim();
    !inside.is_empty() && !inside.contains(['[', '［', ']', '］'])
}

/// Whether a cell's lines, blank ones aside, are one dash (`－`, `-`: the form's "nothing to
/// write"; [`is_empty_mark`]). Refused: `－ 甲の注記` (words after the dash), a blank cell.
fn holds_a_dash(cell: &Cell) -> bool {
    let mut written = cell.lines.iter().filter(|(_, t)| !all_white(t));
    written.next().is_some_and(|(_, t)| is_empty_mark(t)) && written.next().is_none()
}

/// Whether `text` opens with an item's circled number and the label the forms give the item so
/// numbered (`②事務の概要`, `③ 対象人数`; [`form_words::circled_labels`]): a label, never a
/// value. Refused: `②の変更に伴う…` (no label after the number).
fn opens_circled_label(text: &str) -> bool {
    let mut chars = text.trim_start().chars();
    let Some(slot) = chars
        .next()
        .filter(|&c| is_circled(c))
        .and_then(circled_slot)
    else {
        return false;
    };
    let label = chars.as_str().trim_start();
    form_words::circled_labels()
        .iter()
        .any(|&(n, l)| usize::try_from(n).ok() == Some(slot + 1) && label.starts_with(l))
}

/// Whether `text` is a wrapped line of a sentence: as long as a line of a wide text cell
/// ([`PROSE_LINE_CHARS`]) with a clause's comma inside it (`、`, or `，` and `,` where a body
/// writes its commas so). A 事務's name that wraps puts a few words on its next line, and a
/// comma there ends its line (`国民健康保険、` / `後期高齢者医療に関する事務`).
///
/// A clause line: `高齢者の医療の確保に関する法律に基づき、広域連合が行う制度のうち、村が受け持つ次の`,
/// `学校教育法に基づき,経済的な理由で就学が困難な児童生徒の保護者に対し,学用品費等`. Not one:
/// `後期高齢者医療に関する事務`, `児童手当、特例給付に関する事務` (short).
pub(super) fn is_clause_line(text: &str) -> bool {
    // (The commas are those a line of names is parted at.)
    let t = text.trim();
    let inside = t.trim_end_matches(NAME_COMMAS);
    t.chars().count() >= PROSE_LINE_CHARS && inside.contains(NAME_COMMAS)
}

/// Whether `text` (trimmed), a line under a name item `id`'s value, is no part of the name: a
/// name is no sentence and holds no heading, so under a 事務's or a system's name a line that
/// ends a sentence (`介護保険は、…制度である。`) or opens with a heading's bracket (`【概要】`)
/// is other text, and so, under a 事務's name (one name, never a list), is a line that runs a
/// sentence's clauses over a wrapped line's width ([`is_clause_line`]). So is a note under
/// either name ([`opens_a_note`]).
pub(super) fn ends_a_name(id: ItemId, text: &str) -> bool {
    ends_one_name(id)
        && (text.ends_with('。')
            || text.starts_with('【')
            || (id == ItemId::AffairName && is_clause_line(text))
            || opens_a_note(text))
}

/// Whether `text`, a line under the 事務の名称's cell `cell`, is the 内容's lead-in rather than
/// the name's rest: the name above already ends as a 事務's does (`…に関する事務`) and the line
/// names the law the 事務 rests on (`…法に基づく次の事務`, `…条例に基づき`), as a 内容's first
/// sentence does (記載要領 Ⅰ1②); a 事務の名称 is one name, and no name's rest names its law.
///
/// A lead-in: `地方税法及び架空市市税条例に基づく次の事務` under `固定資産税に関する事務`. Not one:
/// `及び架空手当の支給に関する事務` under `架空金の貸与に関する` (the name not whole yet), and
/// `架空手当に関する事務` under `架空金に関する事務` (no law named).
pub(super) fn leads_past_a_name(cell: &Cell, text: &str) -> bool {
    let name_end = cell.texts().next_back();
    name_end.is_some_and(|name_end| leads_past(name_end, text))
}

/// Whether `text`, a line under the 事務の名称's cell `cell`, is past the name's end: the name
/// above already ends as a 事務's does (`…に関する事務`), and the line neither goes on with
/// it (opens with one of [`NAME_GOES_ON`]: `及び…`, `又は…`, a bracket) nor is a 事務's name
/// itself (`…事務`). A 事務の名称 is one name: words after a whole one are other text (the 内容's own
/// heading, printed before its label in drawing order).
///
/// Past the name: `軽自動車税` under `軽自動車税に関する事務`. Not past it: `及び架空手当の支給に
/// 関する事務` and `（架空条例に基づくもの）` under `架空金に関する事務`, `所における架空事務` under
/// `架空福祉事務` (a word wrapped, the line a name's end), and any line under `架空金の貸与に関する`.
fn ends_past_a_name(cell: &Cell, text: &str) -> bool {
    let t = text.trim();
    let goes_on = NAME_GOES_ON.iter().any(|w| t.starts_with(w));
    let name_end = cell.texts().next_back();
    let whole = name_end.is_some_and(|name_end| name_end.ends_with("事務"));
    whole && !goes_on && !t.ends_with("事務")
}

/// The words a 事務の名称's line may open with to go on with the name above it (a second
/// 事務 joined to the first, a note in brackets).
const NAME_GOES_ON: [&str; 8] = ["及び", "並びに", "又は", "若しくは", "・", "（", "(", "、"];

/// [`leads_past_a_name`] for the last line of the name, `name_end` (trimmed).
pub(super) fn leads_past(name_end: &str, text: &str) -> bool {
    name_end.ends_with("事務") && text.contains("に基づ")
}

/// Whether an item's value is one name that may wrap over lines but is never a sentence: the
/// 事務's name and a system's.
fn ends_one_name(id: ItemId) -> bool {
    matches!(id, ItemId::AffairName | ItemId::SystemName)
}

/// Whether `text` (trimmed) opens with a note's key and a colon (`確認：…`, `備考：…`): a key
/// of a few characters ([`NOTE_KEY_CHARS`]) of words alone — no figure, space, bracket or
/// punctuation — and words after the colon. No name of the forms' kind (a 事務's, a system's)
/// wraps onto a line so opened: such a line is written beside the name (a reviewer's note
/// printed into the page, a memo), never its rest.
///
/// A note: `確認：名称は仕様書どおり`, `備考:旧称は甲システム`. Not one: `甲市情報連携中間サーバー・
/// ソフトウェア：標準版` (a key longer than a note's: a name that holds a colon), `09:30`
/// (figures), `（乙：丙）` (a bracket), `確認：` (nothing after the colon).
pub(super) fn opens_a_note(text: &str) -> bool {
    let Some((key, rest)) = text.split_once(['：', ':']) else {
        return false;
    };
    let size = key.chars().count();
    (1..=NOTE_KEY_CHARS).contains(&size) && key.chars().all(is_word_char) && !rest.trim().is_empty()
}

/// Whether `c` is a character of a Japanese word: a kanji, a kana or the prolonged sound mark
/// (no figure, Latin letter, space, bracket or punctuation).
fn is_word_char(c: char) -> bool {
    super::text::is_kanji(c) || super::text::is_kana(c) || c == 'ー'
}

/// Whether an item's value is one name (a body's or a department's), never wrapped onto a line
/// that opens a bracket.
pub(super) fn is_name(id: ItemId) -> bool {
    matches!(id, ItemId::EntrustmentEntrustee | ItemId::FileDepartment)
}

/// Whether an item's own group ends when another circled item begins (everything but the
/// risks, which hold circled items).
fn is_group_under(id: ItemId) -> bool {
    !id.label().starts_with(crate::form::RISK)
}

/// The names of a list cell, one per line or parted by commas on a line (`甲システム、乙システム`,
/// [`NAME_COMMAS`], outside brackets: `甲システム（住基、税）` is one name): the numbering (`１．`,
/// `（１）`) taken off, a line without numbering joined to the name above it (a name wrapped in
/// the PDF). A numbered entry with no name after its number (`６．` alone) keeps its place as
/// an empty name: the names after it stay at their numbers (`５．甲` `６．` `７．乙`: 乙 is the
/// seventh, not the sixth). So does a number in figures alone, with the name on the line after
/// it (`1` / `甲システム` / `2` / `乙システム`, a page run together): no name is figures alone.
/// Figures set off by a space before each name are its number where every line of the cell
/// opens with its own place in the list (`1 甲システム` / `2 乙システム`; not `1 甲システム` /
/// `3 乙システム`, nor a lone `1 甲システム`, whose figure may be the name's own).
///
/// A line that parts its names by commas and does not end with one wrapped inside its last
/// name: the next line's first name is that name's rest (`甲システム、乙ネットワークシステ` /
/// `ム、丙システム` → 甲システム, 乙ネットワークシステム, 丙システム). Typesetting never opens a line
/// with a comma (JIS X 4051's 行頭禁則), so a break between two names of such a list falls after
/// the comma. A line of one name (`甲システム` / `乙システム`) parts nothing by commas: its break
/// is between names.
pub(crate) fn listed_names(cell: &Cell) -> Vec<String> {
    let numbered_in_place = numbered_in_place(cell);
    let mut out: Vec<String> = Vec::new();
    let mut numbered = false;
    // The line above parted its names by commas and ended inside its last name.
    let mut wrapped_inside = false;
    for (_, line) in &cell.lines {
        let t = line.trim();
        if t.is_empty() || crate::import::fill::is_empty_mark(t) {
            continue;
        }
        // A row of names: a name a bullet or a number in turn, with no wrap to join.
        let row = names_in_a_row(t);
        if row.len() > 1 {
            if out.is_empty() {
                numbered = true;
            }
            out.extend(row.into_iter().map(str::to_owned));
            wrapped_inside = false;
            continue;
        }
        let figures_alone = matches!(leading_number(t, &[]), Some((_, "")));
        let stripped = if figures_alone {
            ""
        } else if numbered_in_place {
            t.split_once(' ').map_or(t, |(_, name)| name.trim_start())
        } else {
            strip_entry_mark(t)
        };
        let marked = stripped != t;
        if out.is_empty() {
            numbered = marked;
        }
        wrapped_inside = match out.last_mut() {
            Some(last) if numbered && !marked => {
                last.push_str(t);
                false
            }
            _ if numbered && marked && stripped.trim().is_empty() => {
                out.push(String::new());
                false
            }
            _ => push_line_of_names(&mut out, stripped, wrapped_inside && !marked),
        };
    }
    out
}

/// Whether every line of `cell` with words opens with its own place in the list, in figures set
/// off by a space (`1 甲システム` / `2 乙システム`), two lines at least ([`listed_names`]).
fn numbered_in_place(cell: &Cell) -> bool {
    let mut place = 0;
    for (_, line) in &cell.lines {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        place += 1;
        let Some((figures, name)) = t.split_once(' ') else {
            return false;
        };
        let number: String = figures.chars().map(crate::label::fold_char).collect();
        if name.trim().is_empty() || number.parse::<usize>() != Ok(place) {
            return false;
        }
    }
    place >= 2
}

/// Pushes onto `out` the names of `line`, parted by commas (`甲システム、乙システム`: a name a
/// piece); where `goes_on` (the line above ended inside its last name), the first piece is that
/// name's rest and is joined to it — if it opens with a letter (a rule `____` under the list is
/// no name's rest). Whether `line` itself ends inside its last name: it parts names by commas
/// and ends with none.
fn push_line_of_names(out: &mut Vec<String>, line: &str, goes_on: bool) -> bool {
    let names = names_of_line(line, &NAME_PARTS);
    let parted = names_of_line(line, &NAME_COMMAS).len() > 1;
    let mut pieces = names
        .into_iter()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .peekable();
    let rest_of_name = pieces
        .peek()
        .is_some_and(|rest| rest.starts_with(char::is_alphanumeric));
    if goes_on && rest_of_name {
        if let (Some(last), Some(rest)) = (out.last_mut(), pieces.next()) {
            last.push_str(rest);
        }
    }
    out.extend(pieces.map(str::to_owned));
    parted && !line.trim_end().ends_with(NAME_COMMAS)
}

/// The names of a line that opens with a bullet and opens each name after it with the same
/// bullet after a space, as a list of names set on one line prints it (`・甲システム ・乙システム`
/// → 甲システム, 乙システム): a name a bullet. A line with one bullet gives one piece, as does a
/// dot with no space before it (`・甲・乙システム`: a name whose words a dot joins, as
/// `住基・税システム` is one).
fn bulleted_row(line: &str) -> Vec<&str> {
    let t = line.trim();
    let Some(bullet) = t.chars().next().filter(|c| BULLETED_ROW_MARKS.contains(c)) else {
        return vec![t];
    };
    let rest = t.get(bullet.len_utf8()..).unwrap_or_default();
    let mut names = Vec::new();
    let mut start = 0;
    let mut after_space = false;
    for (at, c) in rest.char_indices() {
        if c == bullet && after_space {
            names.push(rest.get(start..at).unwrap_or_default().trim());
            start = at + c.len_utf8();
        }
        after_space = c.is_whitespace();
    }
    names.push(rest.get(start..).unwrap_or_default().trim());
    names.retain(|name| !name.is_empty());
    names
}

/// The names of a line that sets them in a row: a name a bullet ([`bulleted_row`]), or a name
/// a number in turn, each number taken off (`1.甲システム 2.乙システム`, `⑴ 甲ファイル ⑵ 乙ファイル`:
/// [`numbered_entries`]); the line whole, as one piece, otherwise.
fn names_in_a_row(line: &str) -> Vec<&str> {
    let bulleted = bulleted_row(line);
    if bulleted.len() > 1 {
        return bulleted;
    }
    let numbered = numbered_entries(line);
    if numbered.len() > 1 {
        return numbered.into_iter().map(strip_entry_mark).collect();
    }
    bulleted
}

/// The bullets a row of names may open each name with ([`bulleted_row`]).
const BULLETED_ROW_MARKS: [char; 3] = ['・', '･', '•'];

/// `text` without the form's note mark and the spaces around it at its start (`※ 甲` → `甲`),
/// and without spaces at its end.
fn words_after_note_mark(text: &str) -> &str {
    text.trim_start_matches(['※', ' ', '\u{3000}']).trim_end()
}

/// Whether the words after a heading's title read as a value: they hold a kanji and open with
/// no circled number. Refuses a label and its value run onto the heading's line
/// (`①実施の有無[ 実施する ]`) and an empty table cell's remnant (`NaN |`).
fn is_value_words(words: &str) -> bool {
    let circled = words.chars().next().is_some_and(form_words::is_circled);
    !circled && words.chars().any(super::text::is_kanji)
}

/// The marks a line of names parts them with (`、`, `，`, `,`).
pub(super) const NAME_COMMAS: [char; 3] = ['、', '，', ','];

/// What parts the names of a list cell's line: its commas ([`NAME_COMMAS`]) and a tab, which a
/// sheet's text puts between two cells of a row (`③システムの名称⇥甲システム⇥乙システム`: a name a
/// cell). No name holds a tab. A tab is no comma for a wrap: typesetting's rule that keeps a
/// comma off a line's head says nothing of where a sheet's row ends, so a row of names parted by
/// tabs is whole and the next line opens a name of its own.
const NAME_PARTS: [char; 4] = ['、', '，', ',', '\t'];

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::import::UnreadReason;
    use crate::import::classify::is_page_number;

    #[test]
    fn words_under_a_whole_affair_name_are_past_it_unless_they_go_on_with_it() {
        let name = |text: &str| Cell {
            lines: vec![(0, text.to_owned())],
            displaced: false,
        };
        let whole = name("軽自動車税に関する事務");
        assert!(ends_past_a_name(&whole, "軽自動車税"));
        assert!(!ends_past_a_name(&whole, "及び架空手当の支給に関する事務"));
        assert!(!ends_past_a_name(&whole, "（架空条例に基づくもの）"));
        assert!(!ends_past_a_name(
            &name("架空福祉事務"),
            "所における架空事務"
        ));
        assert!(!ends_past_a_name(
            &name("架空金の貸与に関する"),
            "軽自動車税"
        ));
    }

    /// An invented 重点 PDF text: a file, its section ５, then `body`.
    pub(in crate::import) fn provision_section(body: &str) -> crate::import::Draft {
        super::super::tests::pdf(&format!(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
             ５．特定個人情報の提供・移転（委託に伴うものを除く。）\n\n{body}"
        ))
    }

    /// The first block of `list` (`provisions`, `transfers`) of the first file of `draft`, as
    /// JSON.
    fn first_block(draft: &crate::import::Draft, list: &str) -> serde_json::Value {
        let json: serde_json::Value = serde_json::from_str(&draft.report.to_json()).unwrap();
        json["files"][0][list][0].clone()
    }

    #[test]
    fn names_numbered_in_place_lose_their_numbers() {
        let cell = |lines: &[&str]| Cell {
            lines: lines
                .iter()
                .enumerate()
                .map(|(k, t)| (k + 1, (*t).to_owned()))
                .collect(),
            displaced: false,
        };
        // Reads: each line opens with its own place in the list.
        assert_eq!(
            listed_names(&cell(&["1 甲システム", "2 乙システム"])),
            ["甲システム", "乙システム"]
        );
        // Refuses: numbers out of place, and a lone line (its figure may be the name's).
        assert_eq!(
            listed_names(&cell(&["1 甲システム", "3 乙システム"])),
            ["1 甲システム", "3 乙システム"]
        );
        assert_eq!(listed_names(&cell(&["1 甲システム"])), ["1 甲システム"]);
    }

    #[test]
    fn a_cell_of_its_answer_alone_reads_and_refuses() {
        let cell = |lines: &[&str]| Cell {
            lines: lines.iter().map(|l| (1, (*l).to_owned())).collect(),
            displaced: false,
        };
        // Reads: the answer in brackets, the list's heading, its options, blank lines.
        assert!(holds_answer_only(&cell(&[
            "",
            "[ 行っている ]",
            "＜選択肢＞"
        ])));
        assert!(holds_answer_only(&cell(&[
            "[ 十分である ]\t1) 特に力を入れている"
        ])));
        assert!(is_answer_box("［十分である］"));
        // Refuses: words of the item's text, a box's mark with its option, words after an
        // answer.
        assert!(!holds_answer_only(&cell(&[
            "[ 行っている ]",
            "＜架空市における措置＞"
        ])));
        assert!(!is_answer_box("[ ] 紙"));
        assert!(!is_answer_box("[ 行っている ] 架空の手順"));
    }

    #[test]
    fn a_section_s_own_words_after_the_note_mark_are_its_label() {
        let text = "特定個人情報保護評価書（基礎項目評価書）\nⅠ　関連情報\n\
                    １．特定個人情報ファイルを取り扱う事務\n①事務の名称 架空事務\n\
                    4.個人番号の利用 ※法令上の根拠架空法第9条第1項\n\
                    5.情報提供ネットワークシステムによる情報連携\n";
        let basis = |text: &str| {
            let basis = super::super::tests::pdf(text)
                .report
                .affair
                .number_use_basis;
            basis.map(|b| b.as_str().to_owned())
        };
        assert_eq!(basis(text).as_deref(), Some("架空法第9条第1項"));
        // Without the mark, words run on from the label's are the value's.
        let value = text.replace("※法令上の根拠架空法", "法令上の根拠となる架空法");
        assert_eq!(
            basis(&value).as_deref(),
            Some("法令上の根拠となる架空法第9条第1項")
        );
    }

    #[test]
    fn a_legal_basis_ends_at_a_box() {
        // Without blank lines: the basis, then the 提供方法's boxes right under it.
        let draft = provision_section(concat!(
            "提供先1\n架空課\n①法令上の根拠\n架空法第1条\n",
            "] 紙\n[ ○ ] その他 （ 架空DB ）\n②提供先における用途\n架空の用途\n"
        ));
        let provision = first_block(&draft, "provisions");
        assert_eq!(provision["legal_basis"], "架空法第1条", "{provision}");
    }

    /// The first entrustment of the first file of an invented 重点 PDF text whose section ４
    /// holds `body` after its first block's heading.
    fn first_entrustment(body: &str) -> serde_json::Value {
        let draft = super::super::tests::pdf(&format!(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
             ４．特定個人情報ファイルの取扱いの委託\n\n委託事項1 架空の保守\n\n{body}"
        ));
        first_block(&draft, "entrustments")
    }

    #[test]
    fn a_note_in_brackets_is_no_name_and_a_bracket_alone_ends_the_name() {
        // The note printed above the name: the name under it is read.
        let entrustment =
            first_entrustment(" ③委託先名\n(架空会社は、架空社に再委託する)\n架空会社\n\n");
        assert_eq!(entrustment["entrustee"], "架空会社", "{entrustment}");
        // A name may open with a bracket of its own.
        let entrustment = first_entrustment(" ③委託先名\n（株）架空\n\n");
        assert_eq!(entrustment["entrustee"], "（株）架空", "{entrustment}");
        // A bracket alone opens another cell's bracketed answer (a box's text printed apart):
        // nothing under it is the name.
        let entrustment = first_entrustment(" ③委託先名\n （\n架空課、架空係\n\n）\n\n");
        assert_eq!(
            entrustment["entrustee"],
            serde_json::Value::Null,
            "{entrustment}"
        );
    }

    #[test]
    fn a_whole_label_of_the_form_ends_a_value_that_has_begun() {
        // Without blank lines: the 本人の範囲 ends at a label of the form printed whole on its
        // line (one no item of the block takes).
        let draft = provision_section(concat!(
            "移転先1\n架空課\n⑤移転する情報の対象となる本人の範囲\n架空の範囲\n",
            "リスクへの対策は十分か\n架空の続き\n"
        ));
        let transfer = first_block(&draft, "transfers");
        assert_eq!(transfer["subject_scope"], "架空の範囲", "{transfer}");
    }

    #[test]
    fn a_contents_page_above_the_cover_lists_chapters_and_opens_no_body() {
        let mut lines = vec!["項目一覧", "Ⅰ 基本情報", "（別添1） 事務の内容"];
        lines.extend([
            "Ⅱ 特定個人情報ファイルの概要",
            "Ⅲ リスク対策",
            "Ⅳ 開示請求、問合せ",
        ]);
        lines.extend([
            "特定個人情報保護評価書（重点項目評価書）",
            "評価書番号",
            "7",
        ]);
        lines.extend([
            "評価書名",
            "架空市 架空事務 重点項目評価書",
            "[平成26年4月 様式3]",
        ]);
        lines.extend(["Ⅰ 基本情報", "１．特定個人情報ファイルを取り扱う事務"]);
        lines.extend(["①事務の名称", "架空事務"]);
        let text = lines.join("\n") + "\n";
        let shaped: Vec<Line> = text
            .lines()
            .enumerate()
            .map(|(i, t)| Line::new(i + 1, t))
            .collect();
        // The contents' Ⅰ (under its heading, Ⅱ after it); not the body's Ⅰ.
        let entries = contents_entries(&shaped);
        assert!(entries.contains(&2), "{entries:?}");
        assert!(!entries.contains(&13), "{entries:?}");
        // The contents after the cover (the form's order): the walk starts at its Ⅰ, as the
        // values it draws before the body's heading are chapter Ⅰ's.
        let after_cover: Vec<Line> = [
            "評価書番号",
            "7",
            "項目一覧",
            "Ⅰ 基本情報",
            "Ⅱ 特定個人情報ファイルの概要",
            "架空事務",
            "Ⅰ 基本情報",
            "１．特定個人情報ファイルを取り扱う事務",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| Line::new(i + 1, *t))
        .collect();
        assert!(contents_entries(&after_cover).is_empty());
        // Chapters in a row under no contents' heading are empty chapters.
        let two: Vec<Line> = ["Ⅰ 基本情報", "Ⅱ 特定個人情報ファイルの概要", "Ⅲ リスク対策"]
            .iter()
            .enumerate()
            .map(|(i, t)| Line::new(i + 1, *t))
            .collect();
        assert!(contents_entries(&two).is_empty());
        let draft = crate::import::import(&text).expect("a report");
        assert_eq!(draft.report.cover.number.as_deref(), Some("7"));
        assert_eq!(draft.report.affair.name, "架空事務");
    }

    #[test]
    fn words_on_a_heading_s_line_go_to_the_empty_cell_above_of_their_type() {
        let text = |files: &str, heading_words: &str, basis: &str| {
            format!(
                "特定個人情報保護評価書（重点項目評価書）\n[平成26年4月 様式3]\nⅠ 基本情報\n\
                 １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空事務\n\
                 ３．特定個人情報ファイル名\n{files}４．個人番号の利用 ※ {heading_words}\n\
                 法令上の根拠\n{basis}５．情報提供ネットワークシステムによる情報連携 ※\n\
                 ①実施の有無\n[ 実施しない ]\n"
            )
        };
        let basis = |draft: &crate::import::Draft| {
            let basis = draft.report.affair.number_use_basis.as_ref();
            basis.map(|b| b.as_str().to_owned())
        };
        // A file's name on the next heading's line, under an empty list: the list's.
        let draft = crate::import::import(&text("", "架空ファイル", "番号法第9条第1項\n")).unwrap();
        assert_eq!(draft.report.affair.file_names, ["架空ファイル"]);
        assert_eq!(basis(&draft).as_deref(), Some("番号法第9条第1項"));
        // A law there is the heading's own basis: the list stays empty.
        let draft = crate::import::import(&text("", "架空法第1条", "")).unwrap();
        assert!(draft.report.affair.file_names.is_empty());
        // The next entry of a numbered list: the list's; a number out of turn is not.
        let draft = crate::import::import(&text(
            "（1）甲ファイル\n",
            "（2）乙ファイル",
            "番号法第9条第1項\n",
        ))
        .unwrap();
        assert_eq!(draft.report.affair.file_names, ["甲ファイル", "乙ファイル"]);
        assert_eq!(basis(&draft).as_deref(), Some("番号法第9条第1項"));
        let draft = crate::import::import(&text(
            "（1）甲ファイル\n",
            "（3）乙ファイル",
            "番号法第9条第1項\n",
        ))
        .unwrap();
        assert_eq!(draft.report.affair.file_names, ["甲ファイル"]);
        // A basis on the heading over items after an empty basis: the basis's.
        let over_items = text("甲ファイル\n", "", "").replace(
            "５．情報提供ネットワークシステムによる情報連携 ※",
            "５．情報提供ネットワークシステムによる情報連携 ※ 番号法第9条第1項",
        );
        let draft = crate::import::import(&over_items).unwrap();
        assert_eq!(basis(&draft).as_deref(), Some("番号法第9条第1項"));
    }

    #[test]
    fn an_answer_on_the_next_heading_s_line_goes_to_the_empty_choice_above() {
        let text = |answer: &str| {
            format!(
                "特定個人情報保護評価書（重点項目評価書）\n[平成26年4月 様式3]\nⅠ 基本情報\n\
                 １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空事務\n③対象人数\n\
                 ＜選択肢＞\n1) 1,000人未満\n2) 1,000人以上1万人未満\n\
                 ２．特定個人情報ファイルを取り扱う事務において使用するシステム {answer}\n\
                 システム1\n①システムの名称\n架空システム\n"
            )
        };
        let count = |answer: &str| {
            let draft = crate::import::import(&text(answer)).unwrap();
            draft
                .report
                .affair
                .subject_count
                .map(|c| c.label().to_owned())
        };
        assert_eq!(
            count("[ 1,000人以上1万人未満 ]").as_deref(),
            Some("1,000人以上1万人未満")
        );
        // No option of the item, or more than the answer: not the item's.
        assert_eq!(count("[ 架空 ]"), None);
        assert_eq!(count("[ 1,000人以上1万人未満 ] 架空"), None);
    }

    #[test]
    fn a_changes_heading_above_the_report_s_title_opens_no_table() {
        // A document site's title for the page, taken from the 項目一覧, before the cover: its
        // 変更箇所 is no heading of the report's table (the cover's lines keep the chapters out
        // of the contents' reach).
        let mut lines = vec!["項目一覧", "Ⅰ 基本情報", "（別添3） 変更箇所"];
        lines.extend(["特定個人情報保護評価書（全項目評価書）", "評価書番号", "1"]);
        lines.extend(["架空の記録を架空の方法で管理する。"; 30]);
        lines.extend([
            "Ⅰ 基本情報",
            "１．特定個人情報ファイルを取り扱う事務",
            "①事務の名称",
        ]);
        lines.push("架空事務");
        let draft = crate::import::import(&(lines.join("\n") + "\n")).expect("a report");
        assert_eq!(draft.report.affair.name, "架空事務");
        // The same heading after the title is the table's.
        let mut lines = vec!["特定個人情報保護評価書（全項目評価書）", "Ⅰ 基本情報"];
        lines.extend([
            "１．特定個人情報ファイルを取り扱う事務",
            "①事務の名称",
            "架空事務",
        ]);
        lines.extend(["（別添3） 変更箇所", "架空の記録"]);
        let draft = crate::import::import(&(lines.join("\n") + "\n")).expect("a report");
        assert_eq!(draft.report.affair.name, "架空事務");
    }

    #[test]
    fn a_contents_line_lists_a_chapter_and_a_change_names_an_item() {
        assert!(lists_chapter("基本情報"));
        assert!(lists_chapter("特定個人情報ファイルの概要 3"));
        assert!(!lists_chapter(
            "基本情報－2特定個人情報ファイルを取り扱う事務において使用するシステム"
        ));
    }

    #[test]
    fn a_block_heading_with_its_first_item_on_its_row() {
        // `システム1 ①システムの名称 甲`: the item's label and value, not a name `①…`; a
        // system's name beside its functions (a sentence) is no name.
        let text = "特定個人情報保護評価書（重点項目評価書）\nⅠ 基本情報\n\
                    2.特定個人情報ファイルを取り扱う事務において使用するシステム\n\
                    システム1 ①システムの名称 架空システム\n②システムの機能 架空の記録を管理する。\n\
                    システム2 ①システムの名称 ②システムの機能\n架空サーバー 架空の照会を行う。\n";
        let draft = crate::import::import(text).unwrap();
        let names = super::super::tests::system_names(&draft);
        assert_eq!(names.first(), Some(&"架空システム"));
        assert!(names.get(1).is_none_or(|n| n.is_empty()), "{names:?}");
        // The item's number printed as a figure (a document site's text): its label, not the
        // system's name; figures before words that are no label of the block stay the name's.
        let text = "特定個人情報保護評価書（重点項目評価書）\nⅠ 基本情報\n\
                    2.特定個人情報ファイルを取り扱う事務において使用するシステム\n\
                    システム1 1 システムの名称\n架空システム\n2 システムの機能\n架空の記録を管理する\n\
                    システム2 2 号架空サーバー\n";
        let draft = crate::import::import(text).unwrap();
        let names = super::super::tests::system_names(&draft);
        assert_eq!(names, ["架空システム", "2 号架空サーバー"]);
        // The heading printed again in overlapping pieces: its own end is no name; other words
        // stay the name's.
        let text = |beside: &str| {
            let text = format!(
                "特定個人情報保護評価書（重点項目評価書）\nⅠ 基本情報\n\
                 2.特定個人情報ファイルを取り扱う事務において使用するシステム\n\
                 システム1 {beside}\n①システムの名称\n架空システム\n②システムの機能\n架空の記録を管理する。\n"
            );
            let draft = crate::import::import(&text).unwrap();
            super::super::tests::system_names(&draft)
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(text("ステム1"), ["架空システム"]);
        assert!(
            text("架空サーバー")
                .first()
                .is_some_and(|n| n.starts_with("架空サーバー")),
            "{:?}",
            text("架空サーバー")
        );
    }

    #[test]
    fn a_label_beside_a_section_heading_stands_in_a_stack() {
        // `③システムの名称 2.特定個人情報ファイル名` over two values: whose is which, the text
        // does not show; the systems are not read.
        let text = "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                    1.特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空事務\n\
                    ③システムの名称 2.特定個人情報ファイル名\n架空システム\n架空ファイル\n\
                    3.個人番号の利用\n";
        let draft = crate::import::import(text).unwrap();
        assert!(draft.report.systems.iter().all(|s| s.name.is_empty()));
        assert!(draft.report.affair.file_names.is_empty());
        // A heading with words after its title is a value's words.
        let text = text.replace(
            "2.特定個人情報ファイル名\n",
            "2.特定個人情報ファイル名のとおり\n",
        );
        let draft = crate::import::import(&text).unwrap();
        assert!(draft.report.systems.iter().any(|s| !s.name.is_empty()));
    }

    #[test]
    fn a_circled_label_after_a_label_stands_in_a_stack() {
        use super::form_words::is_circled_label;
        assert!(is_circled_label("②所属長"));
        assert!(is_circled_label("② 所属長の役職名"));
        assert!(!is_circled_label("②所属長 架空課長"));
        assert!(!is_circled_label("②架空課"));
        assert!(!is_circled_label("①所属長"));
        // `①部署 ②所属長` over `架空課 架空課長`: neither is read; `①事務の名称 ②事務の概要`
        // over a name run into its clause: no name.
        let text = "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n\
                    1.特定個人情報ファイルを取り扱う事務\n①事務の名称 ②事務の概要\n\
                    架空の事務 架空法に基づき、架空町が受け持つ架空の手当の請求を受け付け、支給する。\n\
                    5.評価実施機関における担当部署\n①部署 ②所属長\n架空課 架空課長\n";
        let draft = crate::import::import(text).unwrap();
        assert_eq!(draft.report.affair.department, None);
        assert_eq!(draft.report.affair.name, "");
    }

    #[test]
    fn a_blocks_system_run_into_its_functions_clause_is_not_read() {
        let opening = |value: &str| {
            let text = format!(
                "特定個人情報保護評価書（全項目評価書）\nⅠ 基本情報\n\
                 2.特定個人情報ファイルを取り扱う事務において使用するシステム\nシステム1\n\
                 ①システムの名称 ②システムの機能\n{value}\n3.特定個人情報ファイル名\n"
            );
            crate::import::import(&text).unwrap()
        };
        let draft =
            opening("架空受付システム 窓口で受け付けた架空の申請を、架空課の審査の前に整えて送");
        assert!(draft.report.systems.iter().all(|s| s.name.is_empty()));
        // A name alone is read.
        let draft = opening("架空受付システム");
        assert_eq!(
            super::super::tests::system_names(&draft),
            ["架空受付システム"]
        );
    }

    #[test]
    fn a_clause_line_under_a_name_is_no_part_of_it() {
        assert!(is_clause_line(
            "高齢者の医療の確保に関する法律に基づき、架空連合が行う制度のうち、村が受け持つ次の"
        ));
        assert!(is_clause_line(
            "学校教育法に基づき,経済的な理由で就学が困難な児童生徒の保護者に対し,学用品費等"
        ));
        assert!(!is_clause_line("後期高齢者医療に関する事務"));
        assert!(!is_clause_line("児童手当、特例給付に関する事務"));
        assert!(!is_clause_line(
            "架空手当の認定及び支給並びに架空特例給付の支給に関する事務のうち市が行う部分、"
        ));
        let text = "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n1.特定個人情報ファイルを取り扱う事務\n\
                    ①事務の名称\n架空医療に関する事務\n\
                    架空医療の確保に関する法律に基づき、架空連合が行う制度のうち、村が受け持つ次の\n\
                    事務を行う。\n②事務の概要\n";
        let draft = crate::import::import(text).unwrap();
        assert_eq!(draft.report.affair.name, "架空医療に関する事務");
        // A name wrapped at a comma goes on.
        let text = "特定個人情報保護評価書（基礎項目評価書）\nⅠ 関連情報\n1.特定個人情報ファイルを取り扱う事務\n\
                    ①事務の名称\n架空手当、\n架空特例給付に関する事務\n②事務の概要\n";
        let draft = crate::import::import(text).unwrap();
        assert_eq!(
            draft.report.affair.name.replace('\n', ""),
            "架空手当、架空特例給付に関する事務"
        );
    }

    #[test]
    fn a_short_label_that_a_hiragana_continues_is_prose() {
        assert!(hiragana_continues("移転先の事務の対象者", "移転先"));
        assert!(!hiragana_continues("移転先架空課", "移転先"));
        // A longer label is the start of its printed wording.
        assert!(!hiragana_continues(
            "目的外の入手が行われるリスクへの対策は十分か",
            "目的外の入手"
        ));
        let draft = provision_section(
            "移転先1\n\n架空課\n\n⑤移転する情報の対象となる本人の範囲\n\n移転先の事務の対象者\n",
        );
        let transfer = first_block(&draft, "transfers");
        assert_eq!(transfer["name"], "架空課", "{transfer}");
    }

    #[test]
    fn a_line_without_white_space_is_split_without_a_scan() {
        let line = Line::new(1, " ①事務の名称\t架空の事務 ");
        assert_eq!(
            cells_of(&line, line.text.trim()),
            ("①事務の名称", Some("架空の事務"))
        );
        let plain = Line::new(2, "①事務の名称");
        assert_eq!(cells_of(&plain, &plain.text), ("①事務の名称", None));
        assert!(all_white(" \t　") && all_white(""));
        assert!(!all_white(" ※"));
        assert!(is_rule_line("---\t| :-: |") && is_rule_char('|') && !is_rule_char('※'));
        assert!(is_rule_line("|------+------|") && !is_rule_line("|---+ 甲 |"));
    }

    #[test]
    fn a_tab_is_found_in_any_word_of_a_line_and_after_the_last() {
        assert_eq!(find_tab(""), None);
        assert_eq!(find_tab("架空の事務"), None);
        // In the first word, in a later one, in the bytes after the whole words.
        assert_eq!(find_tab("甲\t乙"), Some(3));
        assert_eq!(find_tab("架空の事務\t乙"), Some(15));
        assert_eq!(find_tab("12345678\t"), Some(8));
        assert_eq!(find_tab("1234567\t9\t"), Some(7));
        // The first of several, and no byte of a character taken for one.
        let text = "①事務の名称　架空\t甲\t乙";
        assert_eq!(find_tab(text), text.find('\t'));
        assert_eq!(split_cell(text), ("①事務の名称　架空", Some("甲\t乙")));
    }

    #[test]
    fn a_page_number_is_read_trimmed_or_not() {
        assert!(is_trimmed_page_number("- 7 -") && is_page_number(" - 7 - "));
        assert!(is_trimmed_page_number("７"));
        assert!(!is_trimmed_page_number("12345") && !is_trimmed_page_number("7人"));
    }

    #[test]
    fn another_items_label_is_not_read_by_its_number_alone() {
        // Under a 委託 block, a 移転先's ② is no other wording of the 委託's ②: it takes nothing.
        let draft = super::super::tests::pdf(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
             ４．特定個人情報ファイルの取扱いの委託\n\n 委託事項1 架空委託\n\n \
             ①委託内容 架空の作業\n\n ②移転先における用途\n架空の用途\n\n",
        );
        let reasons: Vec<UnreadReason> = draft.trace.unread.iter().map(|u| u.reason).collect();
        assert_eq!(reasons, [UnreadReason::NoItem], "{:?}", draft.trace.unread);
        assert_eq!(
            draft.trace.unread[0].lines[1] - draft.trace.unread[0].lines[0],
            1
        );
    }

    #[test]
    fn an_items_number_in_figures_is_its_circled_number_where_the_label_is_so_numbered() {
        let text = "特定個人情報保護評価書（重点項目評価書）\n評価書番号\n3\n\
                    Ⅰ　基本情報\n１．特定個人情報ファイルを取り扱う事務\n\
                    1 事務の名称\n架空手当の支給に関する事務\n2事務の内容\n架空手当を支給する。\n";
        let draft = crate::import::import(text).expect("a report");
        assert_eq!(draft.report.affair.name, "架空手当の支給に関する事務");
        assert_eq!(
            draft.report.affair.description.as_deref(),
            Some("架空手当を支給する。")
        );
        // Figures that are not the label's number there name no item: the lines stay unread.
        let text = text.replace("1 事務の名称", "2 事務の名称");
        let draft = crate::import::import(&text).expect("a report");
        assert_eq!(draft.report.affair.name, "");
        assert!(
            draft
                .trace
                .unread
                .iter()
                .any(|u| u.lines[0] <= 6 && 6 <= u.lines[1])
        );
    }

    #[test]
    fn a_name_wraps_but_ends_before_a_sentence_or_a_heading() {
        let text = |name: &str| {
            format!(
                "特定個人情報保護評価書（重点項目評価書）\n評価書番号\n3\nⅠ　基本情報\n\
                 １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n{name}\n\
                 ②事務の内容\n架空の内容\n"
            )
        };
        let name_of = |name: &str| crate::import::import(&text(name)).expect("a report");
        // A name wrapped over two lines is one name.
        let draft = name_of("架空手当の支給に関する事\n務");
        assert_eq!(draft.report.affair.name, "架空手当の支給に関する事務");
        // Another item's circled label beside it is a row of labels, no value of the name's.
        let draft = crate::import::import(
            &text("架空手当事務").replace("①事務の名称\n", "①事務の名称 ②事務の内容\n"),
        )
        .expect("a report");
        assert_eq!(draft.report.affair.name, "架空手当事務");
        // A sentence or a heading under it is other text: here the 事務の内容's, whose label
        // stands amid it (`super::parted`).
        for after in ["架空手当は、架空の制度である。", "【概要】"] {
            let draft = name_of(&format!("架空手当事務\n{after}"));
            assert_eq!(draft.report.affair.name, "架空手当事務", "{after}");
            let description = draft.report.affair.description.unwrap_or_default();
            assert!(description.starts_with(after), "{description}");
        }
    }

    #[test]
    fn a_law_named_under_a_whole_affair_name_leads_into_the_description() {
        use crate::import::fill::tests::cell as name;
        // Reads: the name whole, then its law named.
        assert!(leads_past_a_name(
            &name(&["固定資産税に関する事務"]),
            "地方税法及び架空市市税条例に基づく次の事務"
        ));
        // Refuses: the name not whole yet, no law named.
        assert!(!leads_past_a_name(
            &name(&["架空金の貸与に関する"]),
            "及び架空法に基づく手当の支給に関する事務"
        ));
        assert!(!leads_past_a_name(
            &name(&["架空金に関する事務"]),
            "架空手当に関する事務"
        ));
    }

    #[test]
    fn a_sentence_that_opens_with_a_label_s_words_is_no_label() {
        let text = |line: &str| {
            format!(
                "特定個人情報保護評価書（基礎項目評価書）\n[平成30年5月 様式2]\nⅠ 関連情報\n\
                 １．特定個人情報ファイルを取り扱う事務\n①事務の名称\n架空の貸与に関する事務\n\
                 ②事務の概要\n{line}\n③システムの名称\n架空システム\n"
            )
        };
        let description = |line: &str| {
            let draft = crate::import::import(&text(line)).expect("a report");
            draft.report.affair.description
        };
        // Reads: the sentence whole, the label's words its subject.
        assert_eq!(
            description("※事務の概要は別紙に記載している。").as_deref(),
            Some("※事務の概要は別紙に記載している。")
        );
        assert!(opens_sentence_on(
            "事務の概要は別紙に記載している。",
            "事務の概要"
        ));
        // Refuses: a label's own wording, no sentence (`…は十分か`).
        assert!(!opens_sentence_on(
            "リスクへの対策は十分か",
            "リスクへの対策"
        ));
        assert!(!opens_sentence_on("事務の概要 架空の概要。", "事務の概要"));
    }

    #[test]
    fn a_name_under_a_row_of_labels_is_read_alone_on_its_line_only() {
        let text = |values: &str| {
            format!(
                "特定個人情報保護評価書（重点項目評価書）\nⅠ 基本情報\n\
                 2.特定個人情報ファイルを取り扱う事務において使用するシステム\n\
                 システム1\n①システムの名称 ②システムの機能\n{values}\n\
                 3.特定個人情報ファイル名\n架空ファイル\n"
            )
        };
        let names_of = |values: &str| {
            let draft = crate::import::import(&text(values)).expect("a report");
            super::super::tests::system_names(&draft)
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        // Reads: the name alone on the line under the row.
        assert_eq!(
            names_of("架空サーバー\n架空の照会を行う。"),
            ["架空サーバー"]
        );
        // Refuses: the name and the functions side by side on it, the functions wrapped
        // (`…を引` / `き継ぐ。`): where the name ends the line does not show.
        let names =
            names_of("架空集約システム 県内の市町村の間で架空の資格と該当回数を引\nき継ぐ。");
        assert!(names.iter().all(String::is_empty), "{names:?}");
    }

    #[test]
    fn a_blocks_rows_printed_after_the_next_sections_headings_are_its_own() {
        let draft = provision_section(
            " 移転先1 架空課\n\n ７．備考\n\n ６．特定個人情報の保管・消去\n\n \
             ①法令上の根拠 架空法第7条\n\n ②移転先における用途 架空の記載\n\n \
             ⑦時期・頻度\n\n[\n\n",
        );
        let t = &draft.report.files[0].transfers[0];
        assert_eq!(t.purpose.as_deref(), Some("架空の記載"));
        assert!(t.legal_basis.is_some());
        // A label without its value on its line reads nothing below it.
        assert_eq!(t.timing, None);
        let traced = draft
            .trace
            .values
            .iter()
            .find(|v| v.pointer == "/files/0/transfers/0/purpose")
            .unwrap();
        assert_eq!(traced.confidence, crate::import::Confidence::Inferred);
        // Another kind's label is not the block's.
        let draft = provision_section(
            " 移転先1 架空課\n\n ７．備考\n\n ６．特定個人情報の保管・消去\n\n \
             ②提供先における用途 架空の記載\n\n",
        );
        let file = &draft.report.files[0];
        assert_eq!(file.transfers[0].purpose, None);
        assert!(file.provisions.iter().all(|p| p.purpose.is_none()));
    }

    #[test]
    fn a_run_that_goes_back_twice_to_items_it_lacks_stays_one_run() {
        // Block 1 holds ①③⑦; the run ③② after it repeats ③, so it is block 2's; ② goes back
        // again but the run lacks it.
        let draft = provision_section(
            " 提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n\n ③提供する情報 甲情報\n\n \
             ⑦時期・頻度 随時\n\n ③提供する情報 乙情報\n\n ②提供先における用途 乙の事務\n\n \
             提供先2 架空組合\n\n ①法令上の根拠 架空法第2条\n\n",
        );
        let p = &draft.report.files[0].provisions;
        assert_eq!(p[1].information.as_deref(), Some("乙情報"));
        assert_eq!(p[1].purpose.as_deref(), Some("乙の事務"));
        assert_eq!(p[0].purpose, None);
        // An item met twice in the run still ends it.
        let draft = provision_section(
            " 提供先1 架空協会\n\n ①法令上の根拠 架空法第1条\n\n ③提供する情報 甲情報\n\n \
             ⑦時期・頻度 随時\n\n ③提供する情報 乙情報\n\n ②提供先における用途 乙の事務\n\n \
             ②提供先における用途 丙の事務\n\n 提供先2 架空組合\n\n",
        );
        let p = &draft.report.files[0].provisions;
        assert!(p.iter().all(|b| b.purpose.as_deref() != Some("丙の事務")));
    }

    #[test]
    fn entries_numbered_inline_are_parted_in_sequence() {
        assert_eq!(
            numbered_entries("(1)甲ファイル (2)乙ファイル"),
            ["(1)甲ファイル", "(2)乙ファイル"]
        );
        assert_eq!(
            numbered_entries("１．甲ファイル　２．乙ファイル 3.丙"),
            ["１．甲ファイル", "２．乙ファイル", "3.丙"]
        );
        // Out of sequence, no first entry, other marks: the line whole.
        assert_eq!(
            numbered_entries("(1)甲ファイル (3)乙"),
            ["(1)甲ファイル (3)乙"]
        );
        assert_eq!(numbered_entries("甲ファイル 2.乙"), ["甲ファイル 2.乙"]);
        assert_eq!(
            numbered_entries("(1)甲ファイル 2.乙"),
            ["(1)甲ファイル 2.乙"]
        );
        // A bracketed number glued to the entry before opens the next; figures glued do not.
        assert_eq!(
            numbered_entries("（1）甲ファイル（2）乙ファイル"),
            ["（1）甲ファイル", "（2）乙ファイル"]
        );
        assert_eq!(
            numbered_entries("（1）甲ファイル（3）乙"),
            ["（1）甲ファイル（3）乙"]
        );
        assert_eq!(numbered_entries("1.甲第2.乙"), ["1.甲第2.乙"]);
        // Parenthesized numbers of one character, as a word processor writes `(1)`.
        assert_eq!(
            numbered_entries("⑴ 甲ファイル ⑵ 乙ファイル"),
            ["⑴ 甲ファイル", "⑵ 乙ファイル"]
        );
        assert_eq!(
            numbered_entries("⑴ 甲ファイル ⑶ 乙ファイル"),
            ["⑴ 甲ファイル ⑶ 乙ファイル"]
        );
    }

    #[test]
    fn a_list_of_file_names_on_one_line_is_one_name_a_piece() {
        let mut cells = CellMap::default();
        let cell = |t: &str| Cell {
            lines: vec![(4, t.to_owned())],
            displaced: false,
        };
        cells.insert(
            (ItemId::FullFileNames, Indices::Zero),
            cell("甲ファイル、乙ファイル（※丙、丁）"),
        );
        cells.insert((ItemId::FileNames, Indices::One([0])), cell("戊ファイル"));
        cells.insert(
            (ItemId::FileNames, Indices::One([1])),
            cell("己ファイル,庚ファイル"),
        );
        cells.insert(
            (ItemId::FileNames, Indices::One([2])),
            cell("・辛ファイル ・壬ファイル"),
        );
        cells.insert(
            (ItemId::FileRecordItemList, Indices::One([0])),
            cell("氏名、住所"),
        );
        split_name_lists(&mut cells);
        let texts =
            |k: &Key| -> Vec<String> { cells[k].lines.iter().map(|(_, t)| t.clone()).collect() };
        assert_eq!(
            texts(&(ItemId::FullFileNames, Indices::Zero)),
            ["甲ファイル", "乙ファイル（※丙、丁）"]
        );
        assert_eq!(
            texts(&(ItemId::FileNames, Indices::One([0]))),
            ["戊ファイル"]
        );
        assert_eq!(
            texts(&(ItemId::FileNames, Indices::One([1]))),
            ["己ファイル", "庚ファイル"]
        );
        assert_eq!(
            texts(&(ItemId::FileNames, Indices::One([2]))),
            ["辛ファイル", "壬ファイル"]
        );
        // Other lists keep their lines as printed.
        assert_eq!(
            texts(&(ItemId::FileRecordItemList, Indices::One([0]))),
            ["氏名、住所"]
        );
    }

    #[test]
    fn every_items_list_positions_fit_in_place() {
        for &id in ItemId::ALL {
            let lists = id.pattern().matches("[]").count();
            let indices: Vec<usize> = (1..=lists).collect();
            let held = Indices::new(&indices);
            assert_eq!(held.as_deref(), Some(indices.as_slice()), "{id:?}");
        }
        assert_eq!(Indices::new(&[1, 2, 3]), None);
    }

    #[test]
    fn a_deferred_position_settles_to_its_block() {
        let at = Indices::new(&[2, DEFERRED]).map(|ix| ix.settled(5));
        assert_eq!(at.as_deref(), Some(&[2, 5][..]));
        assert_eq!(
            Indices::Zero.push(1).and_then(|ix| ix.push(DEFERRED)),
            Indices::new(&[1, DEFERRED])
        );
        assert_eq!(Indices::new(&[1, 2]).and_then(|ix| ix.push(3)), None);
    }

    #[test]
    fn numbers_split_into_coordinates_and_words() {
        assert_eq!(split_number("Ⅱ4⑥"), ("Ⅱ4⑥".to_owned(), ""));
        assert_eq!(
            split_number("Ⅱ2④主な記録項目"),
            ("Ⅱ2④".to_owned(), "主な記録項目")
        );
        assert_eq!(split_number("Ⅱ5提供先①"), ("Ⅱ5提供先①".to_owned(), ""));
        assert_eq!(split_number("Ⅲ7リスク1①"), ("Ⅲ7リスク1①".to_owned(), ""));
        assert_eq!(
            split_number("Ⅲ4情報保護管理体制の確認"),
            ("Ⅲ4".to_owned(), "情報保護管理体制の確認")
        );
        assert_eq!(
            split_number("表紙評価書番号"),
            ("表紙".to_owned(), "評価書番号")
        );
        assert_eq!(split_number("別添2"), ("別添2".to_owned(), ""));
    }

    #[test]
    fn headings_and_lists() {
        assert_eq!(
            roman_chapter("II 特定個人情報ファイルの概要"),
            Some(("Ⅱ", "特定個人情報ファイルの概要"))
        );
        assert_eq!(
            roman_chapter("Ⅲ　しきい値判断結果"),
            Some(("Ⅲ", "しきい値判断結果"))
        );
        assert_eq!(roman_chapter("IIIa"), None);
        // (The walk gives it a line trimmed, with the line's key.)
        let is_option_list =
            |text: &str, continuing| is_option_list(text.trim(), &squeeze(text), continuing);
        assert!(is_option_list(
            "1) 1,000人未満 3) 1万人以上10万人未満",
            false
        ));
        assert!(is_option_list(
            "\t\t1) 10人未満\t2) 10人以上50人未満",
            false
        ));
        assert!(!is_option_list("1) 令和6年に見直した", false));
        assert!(is_option_list("2) 十分である", true));
        assert!(!is_option_list("①番号利用法第9条第1項", true));
        assert!(is_option_list("＜選択肢＞", false));
        // An office suite's numbered list prints its own number before the option's.
        assert!(is_option_list("1. 1) 特に力を入れている", true));
        assert!(!is_option_list("1. 2) 十分である", true));
        assert!(is_page_number(" 7"));
        assert!(!is_page_number("7人"));
        assert_eq!(leading_number("１２．医療", &['．']), Some((12, "医療")));
    }

    #[test]
    fn label_starts_are_one_or_two_characters() {
        let mut starts: Vec<_> = ["委託先名", "数", ""]
            .iter()
            .filter_map(|l| label_start(l))
            .collect();
        starts.sort_unstable();
        assert_eq!(starts, [('委', Some('託')), ('数', None)]);
        let starts_with_any = |body: &str| starts_with_any(&starts, folded_start(body));
        assert!(starts_with_any(" 委 託先名 甲"));
        assert!(starts_with_any("数量"));
        assert!(!starts_with_any("委任"));
        assert!(!starts_with_any(""));
        assert_eq!(folded_start("数量"), label_start(&squeeze(" 数 量")));
    }

    #[test]
    fn a_char_set_holds_what_was_put_in() {
        let set: CharSet = ['委', '数', 'A'].into_iter().collect();
        assert!(set.contains('委') && set.contains('数') && set.contains('A'));
        // Neither the characters nor any with their low twelve bits.
        assert!(!set.contains('B'));
        assert!(!set.contains('甲'));
    }

    #[test]
    fn the_lists_of_an_item_are_its_patterns() {
        assert_eq!(
            lists_of(ItemId::ProvisionLegalBasis),
            Some(&[List::Files, List::Provisions][..])
        );
        // Every item: as many lists as its pattern has `[]`.
        for &id in ItemId::ALL {
            let lists = lists_of(id).map(<[List]>::len);
            assert_eq!(lists, Some(id.pattern().matches("[]").count()), "{id:?}");
        }
    }

    #[test]
    fn a_lines_first_character_and_cells() {
        assert_eq!(first_folded("Ａ欄"), Some('A'));
        assert_eq!(first_folded("甲"), Some('甲'));
        // Folding drops it: the folded text starts further on.
        assert_eq!(first_folded("※甲"), None);
        assert_eq!(first_folded(""), None);
        assert_eq!(split_cell("甲\t乙\t丙"), ("甲", Some("乙\t丙")));
        assert_eq!(split_cell("甲"), ("甲", None));
        assert_eq!(boxed_value("[ ○ ] 委託する"), Some("委託する"));
        assert_eq!(boxed_value("委託する [ ○ ]"), None);
    }

    #[test]
    fn the_current_cell_is_found_after_the_cells_move() {
        let mut report = Report::empty(AssessmentKind::Full);
        let mut walker = Walker::new(&mut report, true);
        walker.at.chapter = "Ⅰ".to_owned();
        walker.at.section = Some(1);
        assert!(walker.open(ItemId::AffairName, 3, "甲事務"));
        let key = walker.current;
        // Another cell put before it: its position moves, its key still finds it.
        let other = (ItemId::AffairDescription, Indices::Zero);
        walker.found.cells.shift_insert(0, other, Cell::default());
        assert_eq!(walker.current, key);
        let lines = walker.current_cell().map(|c| c.lines.clone());
        assert_eq!(lines, Some(vec![(3, "甲事務".to_owned())]));
    }

    /// A 全項目 text with one 委託事項 whose rows are `rows` (one a line).
    fn full_entrustment(rows: &str) -> crate::import::Draft {
        crate::import::import(&format!(
            "特定個人情報保護評価書（全項目評価書）\n\nⅠ　基本情報\n\n\
             Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
             ４．特定個人情報ファイルの取扱いの委託\n\n 委託事項1 架空の保守\n\n \
             ①委託内容 架空の作業\n\n{rows}"
        ))
        .expect("a draft")
    }

    #[test]
    fn a_bulleted_entry_opens_with_a_bullet_and_words() {
        assert!(opens_bulleted_entry("•   宛名番号"));
        assert!(opens_bulleted_entry("・氏名（カナ）"));
        for refused in [
            "（2）架空ファイル",
            "宛名番号",
            "• [ ○ ] 紙",
            "•",
            "○ 氏名",
            "- 氏名",
        ] {
            assert!(!opens_bulleted_entry(refused), "{refused}");
        }
    }

    #[test]
    fn a_prose_cell_goes_on_past_a_blank_line_in_a_paragraph_that_opens_as_prose() {
        let content = |rows: &str| {
            let draft = crate::import::import(&format!(
                "特定個人情報保護評価書（全項目評価書）\n\nⅠ　基本情報\n\n\
                 Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
                 ４．特定個人情報ファイルの取扱いの委託\n\n 委託事項1 架空の保守\n\n \
                 ①委託内容\n\n{rows}"
            ))
            .expect("a draft");
            draft.report.files[0].entrustments[0].content.clone()
        };
        // A bullet, a numbered heading after a blank line: the cell's next paragraphs; the box
        // after them is not.
        assert_eq!(
            content(
                "架空の帳票を印刷し、封入する作業を委託する。封入の後は数を照合し\n\
                 て記録する。\n\n・照合の記録は担当課が保管する。\n\n２　委託先における措置\n[ ○ ] その他\n\n"
            )
            .as_deref(),
            Some(
                "架空の帳票を印刷し、封入する作業を委託する。封入の後は数を照合して記録する。\n\
                 ・照合の記録は担当課が保管する。\n２　委託先における措置"
            )
        );
        // A short line opened by no mark, or an option of a list: another cell's.
        for after in ["甲市情報システム", "２） 十分に行っている", "○", "28 件"]
        {
            assert_eq!(
                content(&format!(
                    "架空の帳票を印刷する作業を委託する。\n\n{after}\n\n"
                ))
                .as_deref(),
                Some("架空の帳票を印刷する作業を委託する。"),
                "{after}"
            );
        }
        // A name holds no sentence: its cell ends at the blank line, whatever follows.
        assert_eq!(
            content("架空の保守作業\n\n・照合の記録は担当課が保管する。\n\n").as_deref(),
            Some("架空の保守作業")
        );
    }

    #[test]
    fn a_blocks_item_named_as_the_changes_name_it_is_no_heading() {
        let draft = crate::import::import(
            "特定個人情報保護評価書（全項目評価書）\n\nⅠ　基本情報\n\n\
             ２．特定個人情報ファイルを取り扱う事務において使用するシステム\n\n システム1\n\n \
             ①システムの名称 架空システム\n\nシステム1-②システムの機能\n\n",
        )
        .expect("a draft");
        assert_eq!(draft.report.systems[0].name, "架空システム");
        assert!(draft.trace.unread.iter().any(|u| u.lines[0] == 11));
    }

    #[test]
    fn an_older_revisions_label_reads_its_item_whatever_its_number() {
        // Older forms print ⑤委託先の名称 where 令和6年10月 prints ⑤委託先名の確認方法, ⑥委託先名.
        let draft = full_entrustment(" ⑤委託先の名称 架空株式会社\n\n");
        let e = &draft.report.files[0].entrustments[0];
        assert_eq!(e.entrustee.as_deref(), Some("架空株式会社"));
        assert_eq!(e.entrustee_confirmation, None);
        // Words no revision prints are not read by their number alone.
        let draft = full_entrustment(" ⑤委託先の所在地\n\n架空県架空市\n\n");
        let e = &draft.report.files[0].entrustments[0];
        assert_eq!(
            (e.entrustee.as_deref(), e.entrustee_confirmation.as_deref()),
            (None, None)
        );
        assert!(!draft.trace.unread.is_empty());
    }

    #[test]
    fn a_bracketed_line_under_a_name_is_not_the_name() {
        let draft = crate::import::tests::pdf(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
             ４．特定個人情報ファイルの取扱いの委託\n\n 委託事項1 架空の保守\n\n ③委託先名\n\
             架空連合会\n(架空連合会は、架空中央会に再委託する)\n\n",
        );
        let entrustment = &draft.report.files[0].entrustments[0];
        assert_eq!(entrustment.entrustee.as_deref(), Some("架空連合会"));
    }

    #[test]
    fn a_note_with_its_key_under_a_name_is_not_the_name() {
        assert!(super::opens_a_note("確認：名称は仕様書どおり"));
        assert!(super::opens_a_note("備考:旧称は甲システム"));
        assert!(!super::opens_a_note(
            "甲市情報連携中間サーバー・ソフトウェア：標準版"
        ));
        assert!(!super::opens_a_note("09:30"));
        assert!(!super::opens_a_note("（乙：丙）"));
        assert!(!super::opens_a_note("確認："));
        let draft = crate::import::tests::pdf(
            "特定個人情報保護評価書（全項目評価書）\n\nⅠ　基本情報\n\n\
             ２．特定個人情報ファイルを取り扱う事務において使用するシステム\n\nシステム1\n\
             ①システムの名称\n架空台帳システム\n確認：名称は調達の仕様書どおり\n\
             ②システムの機能\n架空の台帳を管理する。\n",
        );
        let systems = &draft.report.systems;
        assert_eq!(
            systems.first().map(|s| s.name.as_str()),
            Some("架空台帳システム")
        );
        assert_eq!(
            systems.first().and_then(|s| s.functions.as_deref()),
            Some("架空の台帳を管理する。")
        );
    }

    #[test]
    fn the_heading_of_the_section_met_again_inside_a_block_does_not_end_it() {
        let draft = crate::import::tests::pdf(
            "Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
             委託事項1 架空の保守\n\n ①委託内容 架空の作業\n\n \
             ４．特定個人情報ファイルの取扱いの委託\n\n ③委託先名 架空株式会社\n\n",
        );
        let entrustment = &draft.report.files[0].entrustments[0];
        assert_eq!(entrustment.entrustee.as_deref(), Some("架空株式会社"));
    }

    #[test]
    fn a_section_title_whose_closing_bracket_went_to_the_next_line_is_its_heading() {
        let draft = super::super::tests::pdf(
            "Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策\n\
             １．特定個人情報ファイル名 架空ファイル\n\
             ２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。\n）\n\
             リスク１：目的外の入手が行われるリスク\n",
        );
        let Some(focused) = draft.report.focused() else {
            panic!("a 重点 report");
        };
        assert_eq!(focused.risk_measures.file_names, ["架空ファイル"]);
    }

    #[test]
    fn a_sub_item_label_wrapped_and_away_from_its_number_is_read() {
        // `対象となる本人の数` is ② of a 全項目 委託 block; printed without ② and over two lines.
        let draft = crate::import::import(
            "特定個人情報保護評価書（全項目評価書）\n\nⅠ　基本情報\n\n\
             Ⅱ　特定個人情報ファイルの概要\n\n １．特定個人情報ファイル名\n架空ファイル\n\n \
             ４．特定個人情報ファイルの取扱いの委託\n\n 委託事項1 架空の保守\n\n \
             ①委託内容 架空の作業\n\n 対象となる本人の\n数\n\n＜選択肢＞\n1） 1万人未満\n\n\
             [ 10万人以上100万人未満 ]\n2） 1万人以上10万人未満\n\n",
        )
        .expect("a draft");
        let entrustment = &draft.report.files[0].entrustments[0];
        assert!(entrustment.data_subjects.is_some());
        assert!(draft.trace.unread.is_empty());
        assert!(wraps(
            &["対象となる本人の数".to_owned()],
            " 対象となる本人の",
            "数"
        ));
        assert!(!wraps(
            &["対象となる本人の数".to_owned()],
            "①対象となる本人の",
            "数"
        ));
        assert!(!wraps(
            &["対象となる本人の数".to_owned()],
            "対象となる本人の数",
            "甲"
        ));
    }

    #[test]
    fn wrapped_names_join_the_name_above() {
        let cell = Cell {
            lines: vec![
                (1, "１．国保システム".to_owned()),
                (
                    2,
                    "２．オンライン資格確認等システム（※国保中央会及び社会保険".to_owned(),
                ),
                (3, "診療報酬支払基金）".to_owned()),
            ],
            displaced: false,
        };
        assert_eq!(
            listed_names(&cell),
            [
                "国保システム",
                "オンライン資格確認等システム（※国保中央会及び社会保険診療報酬支払基金）"
            ]
        );
        // Names parted by commas on a line are a name a piece; a comma in brackets parts none.
        let cell = Cell {
            lines: vec![(
                1,
                "甲システム、乙システム（住基、税）,丙サーバー".to_owned(),
            )],
            displaced: false,
        };
        assert_eq!(
            listed_names(&cell),
            ["甲システム", "乙システム（住基、税）", "丙サーバー"]
        );
        // A number with no name keeps its place; a number whose name wrapped onto the next line
        // takes it.
        let cell = Cell {
            lines: vec![
                (1, "１．甲システム".to_owned()),
                (2, "２．".to_owned()),
                (3, "３．".to_owned()),
                (4, "乙システム".to_owned()),
            ],
            displaced: false,
        };
        assert_eq!(listed_names(&cell), ["甲システム", "", "乙システム"]);
        // Numbers in figures alone, each over its name (a page run together).
        let cell = Cell {
            lines: ["1", "甲システム", "2", "乙システム"]
                .iter()
                .enumerate()
                .map(|(i, t)| (i + 1, (*t).to_owned()))
                .collect(),
            displaced: false,
        };
        assert_eq!(listed_names(&cell), ["甲システム", "乙システム"]);
        // Names numbered in turn on one line, a name a number; not numbers out of turn.
        let row = |t: &str| Cell {
            lines: vec![(1, t.to_owned())],
            displaced: false,
        };
        assert_eq!(
            listed_names(&row("1.甲システム 2.乙システム 3.中間サーバー")),
            ["甲システム", "乙システム", "中間サーバー"]
        );
        assert_eq!(
            listed_names(&row("1.甲システム 3.乙システム")),
            ["甲システム 3.乙システム"]
        );
    }

    #[test]
    fn a_list_parted_by_commas_wraps_inside_a_name() {
        use crate::import::fill::tests::cell;
        let wrapped = cell(&["甲システム、乙ネットワークシステ", "ム、丙システム"]);
        assert_eq!(
            listed_names(&wrapped),
            ["甲システム", "乙ネットワークシステム", "丙システム"]
        );
        // The break after a comma, and a name a line: between names.
        let after_comma = cell(&["甲システム、乙システム、", "丙システム"]);
        assert_eq!(
            listed_names(&after_comma),
            ["甲システム", "乙システム", "丙システム"]
        );
        let ruled = cell(&["甲システム、乙システム", "________"]);
        assert_eq!(
            listed_names(&ruled),
            ["甲システム", "乙システム", "________"]
        );
        let one_a_line = cell(&["甲システム", "乙システム"]);
        assert_eq!(listed_names(&one_a_line), ["甲システム", "乙システム"]);
    }

    #[test]
    fn a_sheet_s_row_of_names_parts_them_at_its_tabs() {
        use crate::import::fill::tests::cell;
        // Reads: a name a cell of the row, and the next line a name of its own (a tab is no
        // comma for a wrap).
        let row = cell(&["甲システム\t乙システム", "丙システム"]);
        assert_eq!(
            listed_names(&row),
            ["甲システム", "乙システム", "丙システム"]
        );
        // Refuses: a name with a space inside stays one name.
        let spaced = cell(&["甲 システム"]);
        assert_eq!(listed_names(&spaced), ["甲 システム"]);
    }

    #[test]
    fn a_row_of_bulleted_names_is_a_name_a_bullet() {
        use crate::import::fill::tests::cell;
        let row = cell(&["・甲システム ・乙住民情報システム　・中間サーバー"]);
        assert_eq!(
            listed_names(&row),
            ["甲システム", "乙住民情報システム", "中間サーバー"]
        );
        // Refuses: a dot with no space before it joins a name's words.
        let joined = cell(&["・住基・税システム"]);
        assert_eq!(listed_names(&joined), ["住基・税システム"]);
        let one = cell(&["・甲システム", "・乙システム"]);
        assert_eq!(listed_names(&one), ["甲システム", "乙システム"]);
    }

    // A block met twice (issue 44).

    /// An invented 重点 text with two system blocks.
    fn systems(second: &str) -> String {
        format!(
            "特定個人情報保護評価書（重点項目評価書）\n\nⅠ　基本情報\n\n ２．特定個人情報ファイルを取り扱う事務において使用するシステム\n\n システム1\n\n ①システムの名称\n架空台帳システム\n\n ②システムの機能\n台帳を管理する\n\n {second}\n\n ①システムの名称\n試験連携システム\n\n ②システムの機能\n連携を行う\n\n"
        )
    }

    #[test]
    fn blocks_numbered_once_read_without_a_warning() {
        let draft = crate::import::import(&systems("システム2")).unwrap();
        assert_eq!(draft.report.systems.len(), 2);
        assert_eq!(draft.report.systems[1].name.as_str(), "試験連携システム");
        assert!(
            !draft
                .warnings
                .iter()
                .any(|w| matches!(w, crate::import::Warning::BlockTwice { .. })),
            "{:?}",
            draft.warnings
        );
    }

    #[test]
    fn a_block_met_twice_is_warned_of_and_its_second_block_left_unread() {
        let draft = crate::import::import(&systems("システム1")).unwrap();
        assert_eq!(draft.report.systems.len(), 1, "{:?}", draft.report.systems);
        let system = &draft.report.systems[0];
        assert_eq!(system.name, "架空台帳システム");
        assert_eq!(system.functions.as_deref(), Some("台帳を管理する"));
        let line = draft
            .warnings
            .iter()
            .find_map(|w| match w {
                crate::import::Warning::BlockTwice { block, line } => Some((block.clone(), *line)),
                _ => None,
            })
            .expect("a warning");
        assert_eq!(line, ("システム1".to_owned(), 15));
        assert!(
            draft
                .trace
                .unread
                .iter()
                .any(|u| u.reason == UnreadReason::BlockTwice
                    && u.lines[0] <= 18
                    && 18 <= u.lines[1]),
            "{:?}",
            draft.trace.unread
        );
    }

    #[test]
    fn an_item_met_again_after_a_later_item_of_its_block_is_two_readings() {
        // A system's block whose next heading the text lost: `①システムの名称` again after
        // `②システムの機能`. The names are not one name run together: both are unread.
        let text = "特定個人情報保護評価書（全項目評価書）\n評価書番号\n3\n評価書名\n\
                    架空市 架空事務 全項目評価書\nⅠ 基本情報\n\
                    2.特定個人情報ファイルを取り扱う事務において使用するシステム\nシステム1\n\
                    ①システムの名称\n甲システム\n②システムの機能\n甲を管理する。\n\
                    ①システムの名称\n乙システム\n②システムの機能\n乙を管理する。\n\
                    3.特定個人情報ファイル名\n架空ファイル\n";
        let draft = crate::import::import(text).unwrap();
        let names = super::super::tests::system_names(&draft);
        assert!(names.iter().all(|n| !n.contains('\n')), "{names:?}");
        assert!(
            draft
                .trace
                .unread
                .iter()
                .any(|u| u.reason == UnreadReason::Conflict
                    && u.lines[0] <= 14
                    && 14 <= u.lines[1]),
            "{:?}",
            draft.trace.unread
        );
    }
}
