//! The parser: a forward scan over the normalised text that recognises clauses
//! (instrument + positions), joins, bridges and back-references, and keeps every stretch it
//! cannot read as an unparsed fragment.
//!
//! Grammar, informally (digits half-width, full-width or kanji; spaces allowed between parts):
//!
//! ```text
//! clause     := name meta* positions | 同条 tail list | 別表… (instrument from context)
//!             | N項 (第M条 tail | 主務省令未制定)       -- a row of the table in context
//!             | (N、N…の項) | ・N,N,…                   -- rows of the table in context
//! name       := run of text ending in 法/法律/令/規則/条例/… (「同法」「同条例」「同主務省令」 resolve)
//! meta       := (平成25年法律第27号) | (以下…「X」という。) | (「X」) | (別表第一省令)
//! positions  := article list [の表 rows] | 別表[第N] (rows | order-name meta* positions?)
//!             | 第19条第8号に基づく(主務省令|…命令) meta* positions?
//! list       := article (sep (第?N条 | 第?N項 | 第?N号) tail)*     sep := 、 , 及び 並びに 又は 若しくは
//! tail       := [第?N項] [第?N号[のN][イ…]] [から article]
//! rows       := [の] N(のN)* (sep N(のN)*)* (の項|項) | 項番N | 第N項 [(provision)]
//! bridge     := clause (による|により|に基づく|に基づき) clause
//! notice     := [和暦 date] issuer 第N号 (、 issuer 第N号)*    issuer := 1–6 kanji (府番, 総行住)
//! after      := [等] [(未制定) | [①] (に係る事項については|については|は)? 未制定]
//! ```

use std::cell::Cell;
use std::ops::Range;

use super::Unparsed;
use super::citation::{Article, Bridge, Citation, Item, Provision, Row, Target, is_act_19};
use super::instrument::{
    BACK_REFS, BackRef, Instrument, MYNUMBER_ACT_NAMES, NAME_LIMIT, Named, Table, TableKind,
    classify, ends_name,
};
use super::note::{self, ColumnCondition, Heading};
use super::scan::{
    IROHA, JOINERS, Text, is_boundary, is_bracket, is_circled, is_katakana, is_separator, many,
    may_edge_joiner,
};
use crate::Choice;
use crate::wareki::{Era, WarekiDate};

/// What the parser found.
#[derive(Debug, Default, Clone)]
pub(crate) struct Parsed {
    pub(crate) citations: Vec<Citation>,
    pub(crate) spans: Vec<Range<usize>>,
    pub(crate) unparsed: Vec<Unparsed>,
    pub(crate) headings: Vec<Heading>,
    pub(crate) conditions: Vec<ColumnCondition>,
    /// Whether a citation is of the numbering before 令和6年5月27日, found once
    /// ([`LegalBasis::is_pre_2024_regime`](super::LegalBasis::is_pre_2024_regime); validation
    /// asks it of every basis).
    pub(crate) pre_2024: bool,
}

/// Parses `src` (never fails, never panics).
pub(crate) fn parse(src: &str) -> Parsed {
    let text = Text::new(src);
    let notes = note::find(&text);
    let skips: Vec<Range<usize>> = notes.conditions().collect();
    let mut p = Parser::new(&text, &notes.covered, &skips);
    p.run();
    let mut out = p.out;
    out.headings = notes.headings(&text);
    out.conditions = notes.column_conditions(&text);
    out
}

/// Parses `src` as it reads after `context` (the text before it in the same cell; a basis holds
/// one only when there is some): 「同法」 and bare rows may refer to what the context names, but
/// only what lies in `src` is kept, with spans into `src`.
pub(crate) fn parse_after(context: &str, src: &str) -> Parsed {
    let base = context.len();
    let all = parse(&[context, src].concat());
    let mut out = Parsed::default();
    let cited = all.citations.into_iter().zip(all.spans).collect();
    (out.citations, out.spans) = after_base(cited, base, |(_, span)| span)
        .into_iter()
        .unzip();
    // A fragment that began in the context keeps only its part in `src`.
    let in_src = |u: Unparsed| {
        let end = u.span.end.checked_sub(base).filter(|&end| end > 0)?;
        let text = src
            .get(u.span.start.saturating_sub(base)..end)?
            .trim_start();
        let span = end - text.len()..end;
        (!text.is_empty()).then(|| Unparsed {
            text: text.to_owned(),
            span,
        })
    };
    out.unparsed = all.unparsed.into_iter().filter_map(in_src).collect();
    out.headings = after_base(all.headings, base, |h| &mut h.span);
    out.conditions = after_base(all.conditions, base, |c| &mut c.span);
    out
}

/// The `items` whose span starts at `base` or later, their spans moved back by `base`.
fn after_base<T>(items: Vec<T>, base: usize, span: fn(&mut T) -> &mut Range<usize>) -> Vec<T> {
    items
        .into_iter()
        .filter_map(|mut item| {
            let s = span(&mut item);
            if s.start < base {
                return None;
            }
            *s = s.start - base..s.end.saturating_sub(base);
            Some(item)
        })
        .collect()
}

/// Longest parenthesis examined for metadata or asides.
const PAREN_LIMIT: usize = 300;
/// Farthest a list may resume, or a back-reference reach, from the last citation (so also the
/// most text read each time the parser asks what lies between).
const REACH: usize = 300;
/// Longest bridge chain (「AによるBによる…」) kept as bridges.
const BRIDGE_LIMIT: usize = 16;

/// Order names after `別表[第N]` (`第N` optional), longest first.
const ORDER_SUFFIXES: [&str; 5] = [
    "の主務省令で定める事務及び情報を定める命令",
    "の主務省令で定める事務を定める命令",
    "の主務省令",
    "主務省令",
    "省令",
];

/// Words after which a citation applies through the preceding one.
const BRIDGE_WORDS: [&str; 4] = ["による", "により", "に基づく", "に基づき"];

/// Words after a statute's name that show it is named in prose (「…法律による」), so that a
/// later 「同法」 means it: the [`BRIDGE_WORDS`] and these.
const MENTION_WORDS: [&str; 2] = ["において準用する", "の規定"];

/// Longest issuer code of a notice number (「府番」, 「総行住」).
const ISSUER_LIMIT: usize = 6;

/// Whether `c` may be part of a notice issuer's code: a kanji that is no numeral, 第 or 同.
fn is_issuer_char(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
        && !crate::numeral::is_numeral(c)
        && !matches!(c, '第' | '同')
}

/// Notes after a citation saying that it is not enacted yet, longest first.
const NOT_ENACTED_NOTES: [&str; 4] = [
    "に係る事項については未制定",
    "については未制定",
    "は未制定",
    "未制定",
];

/// Most joiners or bridge words read before a name (「及び」「並びに」…).
const RESTART_LIMIT: usize = 4;

/// Words inside a run of prose after which a name may start: 「において準用する」, the
/// [`BRIDGE_WORDS`] and the joiners (「…条例に基づき番号法第9条」 names 番号法, not a statute
/// called 「…条例に基づき番号法」).
#[allow(clippy::indexing_slicing)] // evaluated at compile time only: a wrong index fails the build
const NAME_RESTARTS: [&str; 1 + BRIDGE_WORDS.len() + super::scan::JOINERS.len()] = {
    let mut words = ["において準用する"; 1 + BRIDGE_WORDS.len() + super::scan::JOINERS.len()];
    let mut i = 0;
    while i < BRIDGE_WORDS.len() {
        words[1 + i] = BRIDGE_WORDS[i];
        i += 1;
    }
    let mut j = 0;
    while j < super::scan::JOINERS.len() {
        words[1 + BRIDGE_WORDS.len() + j] = super::scan::JOINERS[j];
        j += 1;
    }
    words
};

#[derive(Debug)]
struct Clause {
    start: usize,
    end: usize,
    targets: Vec<Target>,
    /// Parenthetical asides skipped inside a list (kept as unparsed text).
    asides: Vec<(usize, usize)>,
}

impl Clause {
    /// The clause `start..end` citing `targets`, with no aside.
    fn new(start: usize, end: usize, targets: Vec<Target>) -> Clause {
        Clause::of(start, (targets, end, Vec::new()))
    }

    /// The clause from `start` made of what a reader of positions found.
    fn of(start: usize, (targets, end, asides): ClauseParts) -> Clause {
        Clause {
            start,
            end,
            targets,
            asides,
        }
    }
}

/// What a parenthesis after a name says.
enum Meta {
    /// 「以下…という」, with the defined term's meaning if it names an instrument.
    Definition(Option<Named>),
    /// A law number 「平成25年法律第27号」, or a short alias 「別表第一省令」.
    Number,
    /// The instrument's name quoted in full: 「（「法別表の主務省令で定める事務を定める命令」）」.
    Quoted(Option<Named>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Anything goes.
    Normal,
    /// The article after 「N項」 in a row pair: no bare 項, no further articles.
    Provision,
}

struct Parser<'a> {
    t: &'a Text<'a>,
    out: Parsed,
    /// Headings and column conditions, sorted: no unparsed fragment covers them.
    covered: &'a [Range<usize>],
    /// The column conditions, sorted: skipped whole (their quotes are a table's words, not
    /// citations).
    skips: &'a [Range<usize>],
    /// The first of `skips` not passed yet.
    next_skip: usize,
    /// Start of the text not yet consumed or flagged.
    gap: usize,
    /// End of the last consumed item.
    last_end: usize,
    /// What was cited last.
    last: LastCited,
    /// The last consumed item when last asked about the text after it, and the farthest
    /// place asked about since ([`asked_before`](Parser::asked_before)).
    asked: Cell<(usize, usize)>,
    /// A buffer for the text of name runs, reused from one to the next.
    scratch: Cell<String>,
    /// The last name run found: its first index looked at and where it breaks.
    segment: Cell<Option<Segment>>,
    /// A name run (its end) that gave no clause, and the last consumed item then: any later
    /// start inside the same run has a subset of its choices, so it gives none either.
    failed_name: Cell<Option<(usize, usize)>>,
    /// The last [`article_head`](Parser::article_head) read: where it was asked and its
    /// answer (the name run, the positions and the article list each ask at the same place in
    /// turn); a head with 枝番 is not remembered.
    head_memo: Cell<Option<(usize, Option<HeadMemo>)>>,
}

/// An article head without 枝番 as [`Parser::article_head`] read it, kept `Copy` so that it is
/// asked about without being taken out of the memo: its number, whether it is in the 附則, and
/// the index after it. Callgrind, the short cells of `benches/legal_basis.rs` (a text parsed and
/// dropped): 13.07 k instructions a text, 13.18 k when the memo held the head itself (its 枝番 a
/// `Vec`), taken out and put back at every question.
#[derive(Debug, Clone, Copy)]
struct HeadMemo {
    number: u32,
    supplementary: bool,
    end: usize,
}

impl HeadMemo {
    /// The memo of `found`, read at some place: `None` for a head with 枝番.
    fn of(found: &Option<Head>) -> Option<Option<HeadMemo>> {
        match found {
            None => Some(None),
            Some((a, end)) if a.branches.is_empty() => Some(Some(HeadMemo {
                number: a.number,
                supplementary: a.supplementary,
                end: *end,
            })),
            Some(_) => None,
        }
    }

    /// The head remembered.
    fn head(self) -> Head {
        let article = Article {
            supplementary: self.supplementary,
            ..Article::new(self.number)
        };
        (article, self.end)
    }
}

/// What was cited last: what 「同法」, 「同条」, a resumed list and bare rows refer to.
#[derive(Debug, Default)]
struct LastCited {
    act: Option<Instrument>,
    ordinance: Option<Instrument>,
    order: Option<Instrument>,
    /// Instrument of the last article clause, for a list resumed after an aside.
    clause_inst: Option<Instrument>,
    article: Option<(Instrument, Article)>,
    table: Option<Table>,
}

impl LastCited {
    /// Notes `inst` as the last instrument cited, and the last of its kind.
    fn note_instrument(&mut self, inst: &Instrument) {
        let slot = match inst {
            Instrument::MynumberAct | Instrument::Statute(_) => &mut self.act,
            Instrument::LocalOrdinance(_) => &mut self.ordinance,
            _ => &mut self.order,
        };
        set_if_changed(slot, inst);
        set_if_changed(&mut self.clause_inst, inst);
    }

    /// Notes a clause's targets (they share their instrument, so the last one of each kind is
    /// enough).
    fn note_targets(&mut self, targets: &[Target]) {
        let last = |article: bool| {
            let is_article = |t: &&Target| matches!(t, Target::Article { .. }) == article;
            targets.iter().rev().find(is_article)
        };
        for t in [last(false), last(true)].into_iter().flatten() {
            if let Some(instrument) = t.instrument() {
                self.note_instrument(instrument);
            }
            match t {
                Target::Article {
                    instrument,
                    article,
                    ..
                } => match &mut self.article {
                    Some((inst, last)) if inst == instrument => last.clone_from(article),
                    slot => *slot = Some((instrument.clone(), article.clone())),
                },
                Target::Table { table } | Target::Row { table, .. } => {
                    set_if_changed(&mut self.table, table)
                }
                _ => {}
            }
        }
    }
}

/// A run of name characters: from `from` (the first index looked at) to `end`, where a
/// position, a bracket, a separator or a digit starts.
#[derive(Debug, Clone, Copy)]
struct Segment {
    from: usize,
    end: usize,
    /// What follows the run (after spaces) is a position or a parenthesis.
    anchored: bool,
}

impl<'a> Parser<'a> {
    /// A parser of `t` with nothing found yet.
    fn new(t: &'a Text<'a>, covered: &'a [Range<usize>], skips: &'a [Range<usize>]) -> Parser<'a> {
        Parser {
            covered,
            skips,
            next_skip: 0,
            t,
            out: Parsed::default(),
            gap: 0,
            last_end: 0,
            last: LastCited::default(),
            asked: Cell::new((0, 0)),
            scratch: Cell::new(String::new()),
            segment: Cell::new(None),
            failed_name: Cell::new(None),
            head_memo: Cell::new(None),
        }
    }
}

impl Parser<'_> {
    fn run(&mut self) {
        let n = self.t.len();
        let mut i = 0;
        while i < n {
            let skip = self.skip_at(i);
            // Inside a word only a few characters can start anything.
            let boundary = self.at_boundary(i);
            let starts_something = boundary
                || self.t.at(i).is_some_and(|c| {
                    matches!(c, '同' | '(' | '「' | '・' | '別' | '第' | '附') || is_circled(c)
                });
            // A column condition or a list marker is passed over.
            let passed = skip.or_else(|| starts_something.then(|| self.marker(i, boundary))?);
            if let Some(end) = passed {
                self.flush(i);
                self.gap = end;
                i = end;
                continue;
            }
            if !starts_something {
                i += 1;
                continue;
            }
            if let Some(c) = self.clause_at(i, boundary) {
                i = self.accept(c).max(i + 1);
            } else if let Some((end, inst)) = self.definition(i) {
                // Consumed: it sets the context.
                self.flush(i);
                if let Some(inst) = inst {
                    self.last.note_instrument(&inst);
                }
                self.gap = end;
                self.last_end = end;
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        self.flush(n);
    }

    // ----- bookkeeping -------------------------------------------------------------------

    /// If a column condition starts at `i`, its end (conditions passed by a clause are dropped
    /// from the search).
    fn skip_at(&mut self, i: usize) -> Option<usize> {
        while self.skips.get(self.next_skip).is_some_and(|r| r.start < i) {
            self.next_skip += 1;
        }
        let r = self.skips.get(self.next_skip).filter(|r| r.start == i)?;
        self.next_skip += 1;
        Some(r.end)
    }

    /// Flags the text from the gap up to `upto` as unparsed (if it says anything).
    fn flush(&mut self, upto: usize) {
        if upto > self.gap {
            self.fragment(self.gap, upto);
            self.gap = upto;
        }
    }

    /// Flags `a..b` as unparsed, less the headings and conditions inside it.
    fn fragment(&mut self, a: usize, b: usize) {
        let covered = self.covered;
        let first = covered.partition_point(|r| r.end <= a);
        let mut from = a;
        for r in covered.get(first..).unwrap_or(&[]) {
            if r.start >= b {
                break;
            }
            if r.start > from {
                self.piece(from, r.start);
            }
            from = from.max(r.end);
        }
        if from < b {
            self.piece(from, b);
        }
    }

    fn piece(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (a, b);
        loop {
            let before = (a, b);
            while a < b && self.t.at(a).is_some_and(is_separator) {
                a += 1;
            }
            while b > a && self.t.at(b - 1).is_some_and(is_separator) {
                b -= 1;
            }
            // Most pieces neither start nor end like a joiner: none is looked for then.
            // Callgrind, the short cells of `benches/legal_basis.rs`: 13.23 k instructions a
            // text, 13.50 k when every piece tried the four joiners at both ends.
            let edge = |i: usize| self.t.at(i).is_some_and(may_edge_joiner);
            if a < b && (edge(a) || edge(b - 1)) {
                for j in JOINERS {
                    if let Some(e) = self.t.lit(a, j).filter(|&e| e <= b) {
                        a = e;
                    }
                    if let Some(s) = self.t.lit_before(b, j).filter(|&s| s >= a) {
                        b = s;
                    }
                }
            }
            if (a, b) == before {
                break;
            }
        }
        let says_something = self.t.any(a, b, |c| !is_separator(c) && !is_bracket(c));
        if says_something {
            if let Some((span, text)) = self.t.spanned(a, b) {
                let text = text.to_owned();
                self.out.unparsed.push(Unparsed { text, span });
            }
        }
    }

    /// Records a clause (and any clause it bridges into); returns where scanning resumes.
    fn accept(&mut self, first: Clause) -> usize {
        let start = first.start;
        self.flush(start);
        let mut bridges: Vec<Bridge> = Vec::new();
        let mut clause = first;
        loop {
            for &(a, b) in &clause.asides {
                self.fragment(a, b);
            }
            self.last.note_targets(&clause.targets);
            self.last_end = clause.end;
            self.gap = clause.end;
            // The cap counts every bridge a step adds: a list bridged at once (「第1号、第2号…による」)
            // adds one a target, and its canonical line writes each as a step of its own, which
            // must parse back the same.
            let next = self
                .bridged(&clause)
                .filter(|(through, _)| bridges.len() + through.len() <= BRIDGE_LIMIT);
            let Some((through, next)) = next else {
                break;
            };
            bridges.extend(through);
            clause = next;
        }
        // 「…等」 closes the list; 「（未制定）」 or 「①に係る事項については未制定」 says the
        // cited provision does not exist yet.
        let open_list = self.t.is(clause.end, '等');
        let after = clause.end + usize::from(open_list);
        let not_enacted = self.not_enacted_note(after);
        let end = not_enacted.unwrap_or(after);
        self.last_end = end;
        self.gap = end;
        let span = self.t.byte_range(start, end);
        let count = clause.targets.len();
        self.out.citations.reserve(count);
        self.out.spans.reserve(count);
        for (n, target) in clause.targets.into_iter().enumerate() {
            self.out.citations.push(Citation {
                bridges: bridges.clone(),
                target,
                open_list: open_list && n + 1 == count,
                not_enacted: not_enacted.is_some(),
            });
            self.out.spans.push(span.clone());
        }
        end
    }

    /// 「（未制定）」, 「未制定」 or 「①に係る事項については未制定」 right after a citation (spaces
    /// and a list marker allowed before it): the index after it.
    fn not_enacted_note(&self, e: usize) -> Option<usize> {
        let mut j = self.t.ws(e);
        if let Some(end) = self.t.lit(j, "(未制定)") {
            return Some(end);
        }
        if self.t.at(j).is_some_and(is_circled) {
            j = self.t.ws(j + 1);
        }
        NOT_ENACTED_NOTES.iter().find_map(|w| self.t.lit(j, w))
    }

    /// If `clause` (all plain articles) ends in 「による」 and a clause follows: the articles, as
    /// the bridges of what follows, and that clause.
    fn bridged(&self, clause: &Clause) -> Option<(Vec<Bridge>, Clause)> {
        let at = self.t.ws(clause.end);
        let word_end = BRIDGE_WORDS.iter().find_map(|w| self.t.lit(at, w))?;
        let bridges = clause.targets.iter().map(|t| match t {
            Target::Article {
                instrument,
                article,
                through: None,
            } => Some(Bridge::new(instrument.clone(), article.clone())),
            _ => None,
        });
        let bridges = bridges
            .collect::<Option<Vec<_>>>()
            .filter(|b| !b.is_empty())?;
        let next = self.t.ws(word_end);
        let next_clause = self.clause_at(next, true).filter(|c| c.start == next)?;
        Some((bridges, next_clause))
    }

    /// Notes that the text from the last consumed item to `b` is asked about; returns the
    /// farthest place asked about before (the last consumed item if none).
    fn asked_before(&self, b: usize) -> usize {
        let (anchor, farthest) = self.asked.get();
        let farthest = if anchor == self.last_end {
            farthest
        } else {
            self.last_end
        };
        self.asked.set((self.last_end, farthest.max(b)));
        farthest
    }

    /// Whether the text from the last consumed item to `b` contains `needle`, or is longer than
    /// [`REACH`]: used to refuse a 「同…」 whose referent may have changed. (Nothing lies before
    /// the last consumed item: a `b` before it has none.)
    fn region_has(&self, b: usize, needle: char) -> bool {
        if b.saturating_sub(self.last_end) > REACH {
            return true;
        }
        self.asked_before(b);
        self.t.any(self.last_end, b, |c| c == needle)
    }

    /// Whether a word that follows a statute's name in prose starts at `j`: 「…法律による」,
    /// 「…法の規定」 (the [`BRIDGE_WORDS`] and the [`MENTION_WORDS`]).
    fn mention_at(&self, j: usize) -> bool {
        let after_act = j.checked_sub(1).and_then(|p| self.t.at(p));
        after_act.is_some_and(|p| matches!(p, '法' | '律'))
            && matches!(self.t.at(j), Some('に' | 'の'))
            && BRIDGE_WORDS
                .iter()
                .chain(&MENTION_WORDS)
                .any(|w| self.t.lit(j, w).is_some())
    }

    /// The statute named last before `at` and after the last consumed item, as prose names it
    /// (「高齢者の医療の確保に関する法律による…」): what a 「同法」 at `at` means. `Some(None)` when
    /// another 法 comes between (the referent is unclear); `None` when no statute was named so,
    /// or when a place after `at` was asked about already (only a later place is answered).
    fn mentioned_act(&self, at: usize) -> Option<Option<Instrument>> {
        if at.saturating_sub(self.last_end) > REACH || self.asked_before(at) > at {
            return None;
        }
        let m = (self.last_end..at).rev().find(|&j| self.mention_at(j))?;
        if self.t.any(m, at, |c| c == '法') {
            return Some(None);
        }
        // The name ends at `m`: it starts after the last separator or bracket before it.
        let floor = self.last_end.max(m.saturating_sub(NAME_LIMIT));
        let start = (floor..m)
            .rev()
            .find(|&p| {
                self.t
                    .at(p)
                    .is_some_and(|c| is_boundary(c) && !c.is_ascii_digit())
            })
            .map_or(floor, |p| p + 1);
        // A run as long as the limit is prose, as it is for a cited name (`name_run`): a name
        // cut to the limit would not read back from its canonical line.
        let named = match self.classify_run(start, m) {
            Some((
                _,
                Named::Instrument(inst @ (Instrument::MynumberAct | Instrument::Statute(_))),
            )) if m - start < NAME_LIMIT => Some(inst),
            _ => None,
        };
        Some(named)
    }

    /// Whether the text from the last consumed item to `i` is only separators, joiners and
    /// parenthetical asides closing before `i` (so a list may resume at `i`).
    fn transparent(&self, i: usize) -> bool {
        if i.saturating_sub(self.last_end) > REACH {
            return false;
        }
        let mut j = self.last_end;
        while j < i {
            let Some(next) = self.clear_step(j, i) else {
                return false;
            };
            j = next;
        }
        true
    }

    /// One step of a transparent stretch at `j` (before `i`): the index after the separator,
    /// joiner or parenthesis (closing before `i`) there.
    fn clear_step(&self, j: usize, i: usize) -> Option<usize> {
        let c = self.t.at(j)?;
        if is_separator(c) {
            return Some(j + 1);
        }
        if c == '(' {
            let close = self.close_paren(j).filter(|&close| close < i)?;
            return Some(close + 1);
        }
        JOINERS.iter().find_map(|w| self.t.lit(j, w))
    }

    fn at_boundary(&self, i: usize) -> bool {
        i == 0
            || i == self.last_end
            || self.t.starts_line(i)
            || i.checked_sub(1)
                .and_then(|p| self.t.at(p))
                .is_some_and(|c| is_boundary(c) && !c.is_ascii_digit())
    }

    // ----- list markers ------------------------------------------------------------------

    /// A list marker at `i` (`①`, `1.`, `(1)`, `2)`, a line-initial `１　`): its end.
    /// `boundary` is [`at_boundary`](Self::at_boundary) at `i`.
    fn marker(&self, i: usize, boundary: bool) -> Option<usize> {
        let c = self.t.at(i)?;
        if is_circled(c) {
            return Some(i + 1);
        }
        if !boundary {
            return None;
        }
        if c == '(' {
            let e = self.small_number(i + 1)?;
            return self.t.is(e, ')').then_some(e + 1);
        }
        let e = self.small_number(i)?;
        match self.t.at(e) {
            Some(')') => Some(e + 1),
            Some('.') if !self.t.at(e + 1).is_some_and(|d| d.is_ascii_digit()) => Some(e + 1),
            Some(' ') if i == 0 || self.t.starts_line(i) => {
                let after = self.t.ws(e);
                let next = self.t.at(after);
                let continues_number =
                    matches!(next, Some('項' | '条' | '号' | 'の' | ',' | '、' | ')'))
                        || next.is_some_and(|d| d.is_ascii_digit());
                (!continues_number).then_some(e)
            }
            _ => None,
        }
    }

    /// The end of one or two ASCII digits at `i` (a number of their own).
    fn small_number(&self, i: usize) -> Option<usize> {
        let (_, e) = self.t.number(i)?;
        (self.t.at(i).is_some_and(|c| c.is_ascii_digit()) && e - i <= 2).then_some(e)
    }

    // ----- clauses -----------------------------------------------------------------------

    fn clause_at(&self, i: usize, boundary: bool) -> Option<Clause> {
        let c = self.t.at(i)?;
        // The readers that may start at `c`, in the order they are tried.
        let readers: [(bool, Reader<'_>); 9] = [
            (c == '(', Self::paren_rows),
            (c == '・', Self::bullet_rows),
            (c == '同', Self::same_article),
            (c == '「', Self::quoted_clause),
            (boundary && c.is_ascii_digit(), Self::row_pair),
            (boundary && is_issuer_char(c), Self::notice),
            (boundary && !is_boundary(c) && c != '第', Self::named_clause),
            (true, Self::bare_appendix),
            (matches!(c, '第' | '附'), Self::resumed_list),
        ];
        readers
            .iter()
            .filter(|(may_start, _)| *may_start)
            .find_map(|(_, read)| read(self, i))
    }

    /// A notice number at `i`, with its date if written before it, and the numbers listed
    /// after it (sharing the date): 「平成27年2月13日府番第27号、総行住第14号、総税市第12号」.
    fn notice(&self, i: usize) -> Option<Clause> {
        let (date, j) = self
            .date_at(i)
            .map_or((None, i), |(date, e)| (Some(date), e));
        let (first, e) = self.notice_number(j)?;
        let (rest, end) = many(e, |e| self.notice_number(self.list_sep(e)?));
        let targets = std::iter::once(first).chain(rest);
        let targets = targets.map(|(issuer, number)| Target::Notice {
            date,
            issuer,
            number,
        });
        Some(Clause::new(i, end, targets.collect()))
    }

    /// 「府番第27号」 at `j`: an issuer's code (one to [`ISSUER_LIMIT`] kanji, not ending like a
    /// law's number: 法律, 政令, 省令, 条例, 規則…) and its number.
    fn notice_number(&self, j: usize) -> Option<((String, u32), usize)> {
        let mut k = j;
        while k < j + ISSUER_LIMIT && self.t.at(k).is_some_and(is_issuer_char) {
            k += 1;
        }
        if k == j || !self.t.is(k, '第') {
            return None;
        }
        let last = self.t.at(k - 1)?;
        if matches!(
            last,
            '法' | '律' | '令' | '例' | '則' | '条' | '項' | '号' | '表' | '欄'
        ) {
            return None;
        }
        let (number, e) = self.t.number(self.t.ws(k + 1))?;
        let e = self.t.ws(e);
        self.t
            .is(e, '号')
            .then(|| ((self.t.string(j, k), number), e + 1))
    }

    /// A 和暦 date 「平成27年2月13日」 at `i` and the index after it.
    fn date_at(&self, i: usize) -> Option<(WarekiDate, usize)> {
        // The first characters of the eras' names: a notice's issuer is looked for at every
        // kanji after a boundary, and most start no date.
        if !matches!(self.t.at(i), Some('令' | '平' | '昭' | '大' | '明')) {
            return None;
        }
        let (era, j) = Era::ALL
            .iter()
            .find_map(|&era| Some((era, self.t.lit(i, era.label())?)))?;
        let (year, j) = match self.t.lit(j, "元") {
            Some(e) => (1, e),
            None => self.t.number(j)?,
        };
        let (month, e) = self.t.number(self.t.ws(self.t.lit(j, "年")?))?;
        let (day, e) = self.t.number(self.t.ws(self.t.lit(e, "月")?))?;
        let end = self.t.lit(e, "日")?;
        Some((WarekiDate::new(era, year, month, day).ok()?, end))
    }

    /// A definition parenthesis 「（以下…「番号利用法」という。）」 at `i`: its end, and the
    /// instrument it defines if it names one.
    fn definition(&self, i: usize) -> Option<(usize, Option<Instrument>)> {
        if !self.t.is(i, '(') {
            return None;
        }
        self.t.lit(self.t.ws(i + 1), "以下")?;
        let (Meta::Definition(named), end) = self.meta_paren(i)? else {
            return None;
        };
        let inst = match named {
            Some(Named::Instrument(inst)) => Some(inst),
            _ => None,
        };
        Some((end, inst))
    }

    /// A 別表 at `i` without a name before it: it belongs to the statute just cited
    /// (「住民基本台帳法第30条の9 別表第1」), otherwise to the My Number Act.
    fn bare_appendix(&self, i: usize) -> Option<Clause> {
        self.t.lit(i, "別表")?;
        // 「附則別表」 is a table of some instrument's 附則, which is not modelled.
        if self.t.lit_before(i, "附則").is_some() {
            return None;
        }
        let holder = match &self.last.clause_inst {
            Some(
                inst @ (Instrument::MynumberAct
                | Instrument::Statute(_)
                | Instrument::LocalOrdinance(_)),
            ) if self.transparent(i) => inst.clone(),
            _ => Instrument::MynumberAct,
        };
        self.appendix(&holder, i).map(|parts| Clause::of(i, parts))
    }

    /// 「第N条…」 or 「第N項」/「第N号」 right after a list interrupted by an aside, or after a
    /// definition (only separators, joiners and asides between, [`transparent`](Self::transparent)):
    /// same instrument as before.
    fn resumed_list(&self, i: usize) -> Option<Clause> {
        if !self.transparent(i) {
            return None;
        }
        let inst = self.last.clause_inst.clone()?;
        if self.starts_article(i) {
            return self.article_targets(&inst, i).map(|p| Clause::of(i, p));
        }
        // 第N項 / 第N号 continuing the last article (a 号 alone, its 項 too).
        let (_, last) = self.last.article.as_ref().filter(|last| last.0 == inst)?;
        let para = self.counter(i, '項', false);
        if para.is_none() && self.item(i, false).is_none() {
            return None;
        }
        let head = Article {
            paragraph: last.paragraph.filter(|_| para.is_none()),
            item: None,
            ..last.clone()
        };
        Some(Clause::of(i, self.articles_of(&inst, head, i)))
    }

    /// 「同条第3項…」: the article last cited.
    fn same_article(&self, i: usize) -> Option<Clause> {
        let e = self.t.lit(i, "同条")?;
        if self.t.lit(i, "同条例").is_some() || self.region_has(i, '条') {
            return None;
        }
        let (inst, last) = self.last.article.as_ref()?;
        let head = Article {
            paragraph: None,
            item: None,
            ..last.clone()
        };
        Some(Clause::of(i, self.articles_of(inst, head, e)))
    }

    /// A name, its metadata and its positions.
    fn named_clause(&self, i: usize) -> Option<Clause> {
        let run_end = self.name_run(i)?;
        if self.failed_name.get() == Some((run_end, self.last_end)) {
            return None;
        }
        let clause = self.named_clause_in(i, run_end);
        if clause.is_none() {
            self.failed_name.set(Some((run_end, self.last_end)));
        }
        clause
    }

    /// [`named_clause`](Self::named_clause) for the run `i..run_end`.
    fn named_clause_in(&self, i: usize, run_end: usize) -> Option<Clause> {
        let (name_start, named) = self.classify_run(i, run_end)?;
        let back = matches!(named, Named::Back(_));
        let mut inst = self.resolve(named, name_start);
        let mut k = run_end;
        while let Some((p, meta, end)) = self.meta_after(k) {
            let from_paren = match meta {
                Meta::Quoted(n) | Meta::Definition(n) => n.and_then(|n| self.resolve(n, p)),
                Meta::Number => None,
            };
            if let Some(found) = from_paren.filter(|_| inst.is_none() || back) {
                inst = Some(found);
            }
            k = end;
        }
        let parts = self.positions(&inst?, k, true)?;
        Some(Clause::of(name_start, parts))
    }

    /// 「「行政手続における…法律」第29条の2」: a quoted name (of any length, up to the first 」
    /// with no 「 before it) and its positions.
    fn quoted_clause(&self, i: usize) -> Option<Clause> {
        let j = self.t.close_of(i)?;
        // Only a quotation followed by a position can be a name (most are prose).
        let after = self.t.ws(j + 1);
        if !self.starts_article(after) && self.t.lit(after, "別表").is_none() {
            return None;
        }
        let inner = self.t.string(i + 1, j);
        let named = whole_name(&inner)?;
        let inst = self.resolve(named, i)?;
        let parts = self.positions(&inst, j + 1, false)?;
        Some(Clause::of(i, parts))
    }

    /// The run of name characters from `i`, ending where a position or metadata starts.
    fn name_run(&self, i: usize) -> Option<usize> {
        let known = self
            .segment
            .get()
            .filter(|seg| seg.from <= i && i <= seg.end);
        let seg = known.unwrap_or_else(|| self.segment_from(i));
        self.segment.set(Some(seg));
        let j = seg.end;
        if j == i || j >= i + NAME_LIMIT {
            return None;
        }
        // An order may be cited whole: 「同主務省令：次のとおり」.
        let order =
            j >= i + 2 && self.t.is(j - 1, '令') && matches!(self.t.at(j - 2), Some('省' | '命'));
        (seg.anchored || order).then_some(j)
    }

    /// Finds where the run of name characters from `i` breaks, and what follows it. Every
    /// start inside the run shares the answer (see [`name_run`](Self::name_run)).
    fn segment_from(&self, i: usize) -> Segment {
        // The run breaks at a boundary or where a position starts (asked of every character of
        // a run: only a 第, 附 or 別 is looked at further).
        let breaks = |j: usize, c: char| {
            is_boundary(c)
                || (matches!(c, '第' | '附') && self.starts_article(j))
                || (c == '別' && self.t.is(j + 1, '表'))
        };
        let mut j = i;
        while self.t.at(j).is_some_and(|c| !breaks(j, c)) {
            j += 1;
        }
        // The run must be followed by a position, metadata or (after spaces) one of those.
        let k = self.t.ws(j);
        let anchored =
            self.t.is(k, '(') || self.t.lit(k, "別表").is_some() || self.starts_article(k);
        Segment {
            from: i,
            end: j,
            anchored,
        }
    }

    /// Classifies the run `i..end`. A run may hold more than a name: a joiner or bridge word
    /// (「保険料の徴収又は同法」 → 「同法」) or a line break after a heading
    /// (「根拠\n番号利用法」 → 「番号利用法」). A My Number Act name or a back-reference ending
    /// the run and standing alone that way wins; otherwise the run from `i`, or from the first
    /// line start after `i` that reads as a name, is the name (a PDF wraps names too:
    /// 「番\n号利用法」). Returns where the name starts.
    ///
    /// Linear in the run: the known names are matched once against the run's end, and the
    /// candidates that cannot be names (a 第 or 附則 after them, a 「同」 start) are skipped
    /// without building their text.
    fn classify_run(&self, i: usize, end: usize) -> Option<(usize, Named)> {
        let ends_like_name = self.t.at(end.checked_sub(1)?).is_some_and(ends_name)
            || self.t.lit_before(end, "条例").is_some_and(|s| s >= i);
        if !ends_like_name {
            return None;
        }
        if !(i + 1..end).any(|j| self.t.starts_line(j)) {
            // One line, one candidate: its words say it all (a known name after a joiner or
            // bridge word included).
            return self.classify_from(i, end);
        }
        if let Some(found) = self.known_suffix(i, end) {
            return Some(found);
        }
        // The last 第 or 附則: a name never holds one, so a candidate before it is none.
        let last_bad = (i..end).rfind(|&j| self.t.is(j, '第') || self.t.lit(j, "附則").is_some());
        let line_starts = (i + 1..end).filter(|&s| self.t.starts_line(s));
        std::iter::once(i)
            .chain(line_starts)
            .filter(|&s| last_bad.is_none_or(|b| s > b))
            // Only 「同法」… name with 同, and those are known names.
            .filter(|&s| {
                self.strip_restarts(s, end)
                    .is_some_and(|start| !self.t.is(start, '同'))
            })
            .find_map(|s| self.classify_from(s, end))
    }

    /// [`classify_words`] of the run `s..end` (built in the reused buffer): where the name
    /// starts, and what it names.
    fn classify_from(&self, s: usize, end: usize) -> Option<(usize, Named)> {
        if let Some(run) = self.t.verbatim(s, end) {
            return classify_words(run).map(|(skip, named)| (s + skip, named));
        }
        let mut run = self.scratch.take();
        self.t.string_into(&mut run, s, end);
        let found = classify_words(&run);
        self.scratch.set(run);
        found.map(|(skip, named)| (s + skip, named))
    }

    /// The index after the joiners and bridge words starting at `s` (at most
    /// [`RESTART_LIMIT`] of them; `None` if more follow).
    fn strip_restarts(&self, s: usize, end: usize) -> Option<usize> {
        let mut j = s;
        for _ in 0..RESTART_LIMIT {
            match NAME_RESTARTS.iter().find_map(|w| self.t.lit(j, w)) {
                Some(e) if e <= end => j = e,
                _ => return Some(j),
            }
        }
        NAME_RESTARTS
            .iter()
            .all(|w| self.t.lit(j, w).is_none())
            .then_some(j)
    }

    /// A My Number Act name or a back-reference ending the run `i..end` and standing alone: at
    /// `i` (after joiners), at a line start, or after a joiner or bridge word. The longest wins.
    fn known_suffix(&self, i: usize, end: usize) -> Option<(usize, Named)> {
        let last = self.t.at(end.checked_sub(1)?)?;
        if !matches!(last, '法' | '律' | '令' | '例') {
            return None;
        }
        let stripped = self.strip_restarts(i, end);
        // Names that win when they end a run and stand alone in it (the first of the longest).
        let known = MYNUMBER_ACT_NAMES
            .iter()
            .chain(BACK_REFS.iter().map(|(n, _)| n));
        let alone = known.filter_map(|&name| {
            let p = self.t.lit_before(end, name).filter(|&p| p >= i)?;
            let alone = stripped == Some(p)
                || (name != "法"
                    && (self.t.starts_line(p)
                        || NAME_RESTARTS
                            .iter()
                            .any(|w| self.t.lit_before(p, w).is_some_and(|s| s >= i))));
            Some((p, classify(name).filter(|_| alone)?))
        });
        alone.min_by_key(|(p, _)| *p)
    }

    /// Resolves a back-reference, refusing when the text since the last consumed item
    /// mentions another instrument of the kind (the referent would be unclear).
    fn resolve(&self, named: Named, at: usize) -> Option<Instrument> {
        match named {
            Named::Instrument(i) => Some(i),
            Named::Back(kind) => {
                if kind == BackRef::Act {
                    if let Some(named) = self.mentioned_act(at) {
                        return named;
                    }
                }
                let (last, needle) = match kind {
                    BackRef::Act => (&self.last.act, '法'),
                    BackRef::Ordinance => (&self.last.ordinance, '例'),
                    BackRef::Order => (&self.last.order, '令'),
                };
                last.clone().filter(|_| !self.region_has(at, needle))
            }
        }
    }

    /// The index of the `)` closing the `(` at `i`, within [`PAREN_LIMIT`].
    fn close_paren(&self, i: usize) -> Option<usize> {
        self.t.close_of(i).filter(|&close| close < i + PAREN_LIMIT)
    }

    /// Metadata in the parenthesis at `i`, and the index after it.
    fn meta_paren(&self, i: usize) -> Option<(Meta, usize)> {
        let close = self.close_paren(i)?;
        let inner = self.t.string(i + 1, close);
        let inner = inner.trim();
        let end = close + 1;
        // The words between the first 「 and the first 」 after it.
        let quoted = |s: &str| Some(s.split_once('「')?.1.split_once('」')?.0.to_owned());
        // A quoted name of any length names an instrument: its canonical line quotes a long
        // one (`Instrument`'s display), which reads back.
        let named = |q: String| whole_name(&q);
        if inner.starts_with("以下") && inner.contains("という") {
            return Some((Meta::Definition(quoted(inner).and_then(named)), end));
        }
        if inner.starts_with('「') && inner.ends_with('」') {
            return Some((Meta::Quoted(quoted(inner).and_then(named)), end));
        }
        let numbered = inner.ends_with('号') && inner.chars().any(crate::numeral::is_numeral);
        let alias = inner.chars().nth(12).is_none()
            && ["省令", "命令", "法", "条例", "規則"]
                .iter()
                .any(|s| inner.ends_with(s));
        (numbered || alias).then_some((Meta::Number, end))
    }

    /// A metadata parenthesis after `k` (spaces allowed before it): where it opens, what it
    /// says, and the index after it.
    fn meta_after(&self, k: usize) -> Option<(usize, Meta, usize)> {
        let p = self.t.ws(k);
        let (meta, end) = self.t.is(p, '(').then(|| self.meta_paren(p))??;
        Some((p, meta, end))
    }

    /// Skips metadata parentheses (and spaces before them) from `k`.
    fn skip_meta(&self, mut k: usize) -> usize {
        while let Some((_, _, end)) = self.meta_after(k) {
            k = end;
        }
        k
    }

    // ----- positions ---------------------------------------------------------------------

    /// Positions after an instrument at `k`: articles, 別表 forms, or (for an order) nothing.
    fn positions(&self, inst: &Instrument, k: usize, whole: bool) -> Option<ClauseParts> {
        let p = self.t.ws(k);
        if self.t.lit(p, "別表").is_some() && !inst.is_mynumber_order() {
            return self.appendix(inst, p);
        }
        if self.starts_article(p) {
            return self.article_targets(inst, p);
        }
        (whole && inst.is_mynumber_order()).then(|| {
            (
                vec![Target::Instrument {
                    instrument: inst.clone(),
                }],
                k,
                Vec::new(),
            )
        })
    }

    /// Articles from `p` (which starts one), with 「の表」 and 「第19条第8号に基づく…」 forms.
    fn article_targets(&self, inst: &Instrument, p: usize) -> Option<ClauseParts> {
        let (head, e) = self.article_head(p)?;
        if !head.supplementary && head.branches.is_empty() {
            if let Some(e2) = self.t.lit(e, "の表") {
                let table = Table::new(inst.clone(), TableKind::ArticleTable(head.number));
                return self.rows_after_table(&table, e2);
            }
        }
        let (targets, end, asides) = self.articles_of(inst, head, e);
        // 「番号法第19条第8号に基づく主務省令…」: the order, and its positions.
        let article_19_8 = matches!(targets.as_slice(), [Target::Article { instrument, article, through: None }]
            if is_act_19(instrument, article, 8) && article.paragraph.is_none());
        if let Some(e3) = article_19_8.then(|| self.linkage_order_name(end)).flatten() {
            return self.positions(&Instrument::LinkageOrder, self.skip_meta(e3), true);
        }
        Some((targets, end, asides))
    }

    /// 「に基づく主務省令」 / 「に基づく利用特定個人情報の提供に関する命令」 at `i`.
    fn linkage_order_name(&self, i: usize) -> Option<usize> {
        let e = self.t.ws(self.t.lit(self.t.ws(i), "に基づく")?);
        ["利用特定個人情報の提供に関する命令", "主務省令", "命令"]
            .iter()
            .find_map(|w| self.t.lit(e, w))
    }

    /// 「別表…」 at `p` belonging to `inst`.
    fn appendix(&self, inst: &Instrument, p: usize) -> Option<ClauseParts> {
        let mut j = self.t.lit(p, "別表")?;
        // Canonical current-table row: 別表第44項 (plain numbers only: 「別表第1の59項」 is
        // row 59 of 別表第一).
        if let Some((row, e)) = self.dai_row(j).filter(|(row, _)| row.branches.is_empty()) {
            let table = Table::new(inst.clone(), TableKind::Appendix(None));
            return Some((vec![row_target(&table, row)], e, Vec::new()));
        }
        let mut ordinal = None;
        if self.t.is(j, '第') {
            // 「別表第」 without its number is no table: which one is not said.
            let (n, e) = self.t.number(self.t.ws(j + 1))?;
            ordinal = Some(n);
            j = e;
        }
        let table = Table::new(inst.clone(), TableKind::Appendix(ordinal));
        // The My Number Act's 別表[第N] is followed by the name of its order (`inst` is no order),
        // and the order's positions (with the asides of its article list).
        if let Some(order) = table.companion_order() {
            if let Some(e) = ORDER_SUFFIXES.iter().find_map(|s| self.t.lit(j, s)) {
                return self.positions(&order, self.skip_meta(e), true);
            }
        }
        self.rows_after_table(&table, j)
    }

    /// Rows after a table name ending at `j`; a bare mention cites the whole table.
    fn rows_after_table(&self, table: &Table, j: usize) -> Option<ClauseParts> {
        let k = self.t.ws(j);
        // One row, 「第73の2項」 or 「項番73の2」; a number on the next line starts a 「N項　第M条」
        // pair instead.
        let numbered = |e: usize| {
            let p = self.t.ws(e);
            row_at(self.t, p).filter(|_| !self.t.starts_line(p))
        };
        let row = self
            .dai_row(k)
            .or_else(|| self.t.lit(k, "項番").and_then(numbered));
        if let Some((row, e)) = row {
            return Some((vec![row_target(table, row)], e, Vec::new()));
        }
        let whole = |e| {
            let table = table.clone();
            Some((vec![Target::Table { table }], e, Vec::new()))
        };
        // A heading 「別表第一項番及び…」 / 「第2条の表の項番、…」: the table, whole.
        let heading = ["項番", "の項番"].iter().find_map(|h| self.t.lit(k, h));
        if let Some(e) = heading.filter(|&e| numbered(e).is_none()) {
            return whole(e);
        }
        let list_at = if self.t.is(k, 'の') { k + 1 } else { k };
        let rows = self.row_list(table, list_at);
        rows.map(|(rows, e)| (rows, e, Vec::new()))
            .or_else(|| whole(j))
    }

    /// Rows of `table` from `j`: a number (with 枝番), and the next wherever `next` finds one
    /// after the last. The rows, and where the last ends.
    fn rows_from(
        &self,
        table: &Table,
        j: usize,
        next: impl Fn(usize) -> Option<usize>,
    ) -> Option<(Vec<Target>, usize)> {
        let (first, e) = row_at(self.t, j)?;
        let (rest, end) = many(e, |e| row_at(self.t, next(e)?));
        let rows = std::iter::once(first).chain(rest);
        Some((rows.map(|row| row_target(table, row)).collect(), end))
    }

    /// 「N、N…の項」 at `i` (numbers with 枝番, any list separators): rows of `table`.
    fn row_list(&self, table: &Table, i: usize) -> Option<(Vec<Target>, usize)> {
        let next = |e| self.list_sep(e).filter(|&s| self.t.number(s).is_some());
        let (rows, j) = self.rows_from(table, i, next)?;
        let s = self.t.ws(j);
        let end = self.t.lit(s, "の項").or_else(|| self.row_word(s))?;
        Some((rows, end))
    }

    /// 「第N項」 at `k` (N with 枝番, spaces around it): the row and the index after 項.
    fn dai_row(&self, k: usize) -> Option<(Row, usize)> {
        let (row, e) = row_at(self.t, self.t.ws(self.t.lit(k, "第")?))?;
        Some((row, self.row_word(self.t.ws(e))?))
    }

    /// A 項 at `e` that is not 「項番」: the index after it.
    fn row_word(&self, e: usize) -> Option<usize> {
        (self.t.is(e, '項') && !self.t.is(e + 1, '番')).then_some(e + 1)
    }

    /// 「（２、３、６の項）」 at `i`, rows of the table in context.
    fn paren_rows(&self, i: usize) -> Option<Clause> {
        let table = self.last.table.as_ref()?;
        let (targets, e) = self.row_list(table, self.t.ws(i + 1))?;
        let close = self.t.ws(e);
        self.t
            .is(close, ')')
            .then(|| Clause::new(i, close + 1, targets))
    }

    /// 「・1,2,3,…」 at `i`, rows of the table in context (新宿区's 別表第二 lists).
    fn bullet_rows(&self, i: usize) -> Option<Clause> {
        let table = self.last.table.as_ref()?;
        let start = self.t.ws(i + 1);
        let digit = |k: usize| self.t.at(k).is_some_and(|c| c.is_ascii_digit());
        if !digit(start) {
            return None;
        }
        let next =
            |e: usize| (matches!(self.t.at(e), Some(',' | '、')) && digit(e + 1)).then_some(e + 1);
        let (rows, j) = self.rows_from(table, start, next)?;
        // A separator before a number beyond `u32` (which the rows stop at) ends no list.
        let ends_cleanly = next(j).is_none()
            && self.t.at(j).is_none_or(|c| {
                self.t.starts_line(j) || matches!(c, ' ' | '(' | '<' | '〈' | '【' | '・' | '。')
            });
        ends_cleanly.then(|| Clause::new(start, j, rows))
    }

    /// 「2項　第4条」, 「93項　第46条 第1項第1号、3号」, 「46項　主務省令未制定」 at `i`: a row of
    /// the table in context and the article of its companion order that implements it (the
    /// detailed forms' columns 「項番、主務省令の条」).
    ///
    /// Gives two kinds of citation: the row, once, with the implementing article
    /// ([`Provision`]) for the row + 2 check; then each article as written, of the companion
    /// order (「第24条 第1号、2号」 → 第24条第1号, 第24条第2号).
    fn row_pair(&self, i: usize) -> Option<Clause> {
        let table = self.last.table.as_ref()?;
        let (row, e) = row_at(self.t, i)?;
        let k = self.t.ws(self.row_word(self.t.ws(e))?);
        let row = |provision| Target::Row {
            table: table.clone(),
            row: row.clone(),
            provision: Some(provision),
        };
        if let Some(end) = [Provision::NOT_ENACTED, "未制定"]
            .iter()
            .find_map(|w| self.t.lit(k, w))
        {
            return Some(Clause::new(i, end, vec![row(Provision::NotEnacted)]));
        }
        let (head, h) = self.article_head(k)?;
        let row = row(Provision::Article(head.clone()));
        // The list is read whole (it belongs to the clause) whether or not there is an order.
        let order = table.companion_order();
        let (mut targets, end, asides) = self.list_from(head, h, Mode::Provision, order.as_ref());
        targets.insert(0, row);
        Some(Clause::of(i, (targets, end, asides)))
    }

    // ----- articles ----------------------------------------------------------------------

    /// `[附則]第N条[のN…]` (the bracketed parts optional) at `i`: the article (no 項 or 号 yet) and the index after it.
    fn article_head(&self, i: usize) -> Option<Head> {
        // Only 「第」 or 「附則」 starts one: no need to look further (or to remember).
        if !matches!(self.t.at(i), Some('第' | '附')) {
            return None;
        }
        if let Some(found) = self.remembered_head(i) {
            return found.map(HeadMemo::head);
        }
        let found = self.read_article_head(i, true);
        self.head_memo
            .set(HeadMemo::of(&found).map(|memo| (i, memo)));
        found
    }

    /// Whether an [`article_head`](Self::article_head) starts at `i`: most callers only ask
    /// this, which the memo answers without building the head.
    fn starts_article(&self, i: usize) -> bool {
        if !matches!(self.t.at(i), Some('第' | '附')) {
            return false;
        }
        match self.remembered_head(i) {
            Some(found) => found.is_some(),
            None => self.article_head(i).is_some(),
        }
    }

    /// What the memo holds of the head at `i`, if it was the last place read.
    fn remembered_head(&self, i: usize) -> Option<Option<HeadMemo>> {
        match self.head_memo.get() {
            Some((at, found)) if at == i => Some(found),
            _ => None,
        }
    }

    /// [`article_head`](Self::article_head), read (without `dai`, 「N条」 is read too).
    fn read_article_head(&self, i: usize, dai: bool) -> Option<Head> {
        let supplementary = self.t.lit(i, "附則");
        let mut j = supplementary.map_or(i, |e| self.t.ws(e));
        if dai {
            if !self.t.is(j, '第') {
                return None;
            }
            j = self.t.ws(j + 1);
            // 「条例第(以下…という)3条」: a definition inside the number.
            if self.t.is(j, '(') {
                if let Some((Meta::Definition(_), end)) = self.meta_paren(j) {
                    j = self.t.ws(end);
                }
            }
        } else if !self.t.at(j).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let (n, e) = self.t.number(j)?;
        let e = self.t.ws(e);
        if !self.t.is(e, '条') {
            return None;
        }
        // 枝番, spaces allowed around their の.
        let next = |j| self.t.number(self.t.ws(self.t.lit(self.t.ws(j), "の")?));
        let (branches, j) = many(e + 1, next);
        let article = Article {
            supplementary: supplementary.is_some(),
            branches,
            ..Article::new(n)
        };
        Some((article, j))
    }

    /// `第N<counter>` (or adjacent bare `N<counter>`) at `k`: the number and the end.
    fn counter_at(&self, k: usize, counter: char, bare: bool) -> Option<(u32, usize)> {
        let (n, e) = if self.t.is(k, '第') {
            self.t.number(self.t.ws(k + 1))?
        } else if bare && self.t.at(k).is_some_and(|c| c.is_ascii_digit()) {
            self.t.number(k)?
        } else {
            return None;
        };
        let e = self.t.ws(e);
        self.t.is(e, counter).then_some((n, e + 1))
    }

    /// A 項 at `k`, unless it is 「項番」 or starts a row pair (「42項　第44条」).
    fn counter(&self, k: usize, counter: char, bare: bool) -> Option<(u32, usize)> {
        let (n, e) = self.counter_at(k, counter, bare)?;
        if self.t.is(e, '番') {
            return None;
        }
        if !self.t.is(k, '第') {
            let after = self.t.ws(e);
            if self.starts_article(after) || self.t.lit(after, Provision::NOT_ENACTED).is_some() {
                return None;
            }
        }
        Some((n, e))
    }

    /// A 号 at `k`: 「第4号イ」, 「10号の2」.
    fn item(&self, k: usize, bare: bool) -> Option<(Item, usize)> {
        let (number, e) = self.counter_at(k, '号', bare)?;
        // 枝番 in digits only: 「第4号の一」 is no 枝番.
        let next = |j| {
            let n = self.t.lit(j, "の")?;
            self.t
                .number(n)
                .filter(|_| self.t.at(n).is_some_and(|c| c.is_ascii_digit()))
        };
        let (branches, e) = many(e, next);
        // A sub-item is a イロハ letter that starts no katakana word.
        let sub = self
            .t
            .at(e)
            .filter(|c| IROHA.contains(c) && !self.t.at(e + 1).is_some_and(is_katakana));
        let item = Item {
            number,
            branches,
            sub,
        };
        Some((item, e + usize::from(sub.is_some())))
    }

    /// The 項 and 号 after an article head ending at `j`.
    fn tail(&self, j: usize, a: &mut Article, mode: Mode) -> usize {
        let mut end = j;
        let k = self.t.ws(end);
        let bare_para = mode == Mode::Normal && k == end && !self.t.starts_line(k);
        if let Some((p, e)) = self.counter(k, '項', bare_para) {
            a.paragraph = Some(p);
            end = e;
        }
        let k = self.t.ws(end);
        let bare_item = k == end && !self.t.starts_line(k);
        if let Some((item, e)) = self.item(k, bare_item) {
            a.item = Some(item);
            end = e;
        }
        end
    }

    /// The article list of `inst` from `head` (whose 条 ends at `e`), each member cited.
    fn articles_of(&self, inst: &Instrument, head: Article, e: usize) -> ClauseParts {
        self.list_from(head, e, Mode::Normal, Some(inst))
    }

    /// 「、」「及び」… at `i` (spaces around allowed): the index after the separator.
    fn list_sep(&self, i: usize) -> Option<usize> {
        let s = self.t.ws(i);
        let e = match self.t.at(s)? {
            '、' | ',' => s + 1,
            _ => JOINERS.iter().find_map(|w| self.t.lit(s, w))?,
        };
        Some(self.t.ws(e))
    }

    /// An article list from `head` (whose 条 ends at `e`): tails, ranges, continuations. Each
    /// member (with the end of its range) is cited as an article of `inst`, in order; with no
    /// `inst` the list is read but cites nothing.
    fn list_from(
        &self,
        head: Article,
        e: usize,
        mode: Mode,
        inst: Option<&Instrument>,
    ) -> ClauseParts {
        let (mut targets, mut asides) = (Vec::new(), Vec::new());
        let (mut a, mut e) = (head, e);
        loop {
            let j = self.tail(e, &mut a, mode);
            let (through, j) = self.range(j, mode);
            // An aside 「（…）」 may sit between two members of a list.
            let p = self.t.ws(j);
            let aside = self.t.is(p, '(').then(|| self.close_paren(p)).flatten();
            let aside = aside.map(|close| (p, close + 1));
            let next = self
                .list_sep(aside.map_or(j, |(_, end)| end))
                .and_then(|s| self.continuation(&a, s, mode));
            if let Some(instrument) = inst {
                targets.push(Target::Article {
                    instrument: instrument.clone(),
                    article: a,
                    through,
                });
            }
            let Some((a2, e2)) = next else {
                return (targets, j, asides);
            };
            asides.extend(aside);
            (a, e) = (a2, e2);
        }
    }

    /// The next member of a list at `s`, built on `prev`: the article so far and where its
    /// own 項/号 may follow.
    fn continuation(&self, prev: &Article, s: usize, mode: Mode) -> Option<(Article, usize)> {
        if mode == Mode::Normal {
            let head = self
                .article_head(s)
                .or_else(|| self.read_article_head(s, false));
            if let Some((mut a, e)) = head {
                a.supplementary |= prev.supplementary;
                return Some((a, e));
            }
        }
        if let Some((p, e)) = self.counter(s, '項', mode == Mode::Normal) {
            // Its own 号 may follow.
            let k = self.t.ws(e);
            let (item, e) = self
                .item(k, k == e)
                .map_or((None, e), |(i, e)| (Some(i), e));
            let mut a = prev.clone();
            (a.paragraph, a.item) = (Some(p), item);
            return Some((a, e));
        }
        let (item, e) = self.item(s, true)?;
        let mut a = prev.clone();
        a.item = Some(item);
        Some((a, e))
    }

    /// 「から第6条」 after an article.
    fn range(&self, j: usize, mode: Mode) -> (Option<Article>, usize) {
        let head = (mode == Mode::Normal)
            .then(|| self.article_head(self.t.ws(self.t.lit(self.t.ws(j), "から")?)))
            .flatten();
        let Some((mut a, e)) = head else {
            return (None, j);
        };
        let end = self.tail(e, &mut a, mode);
        (Some(a), end)
    }
}

/// Sets `slot` to `value`, cloning only when it holds something else.
fn set_if_changed<T: PartialEq + Clone>(slot: &mut Option<T>, value: &T) {
    if slot.as_ref() != Some(value) {
        *slot = Some(value.clone());
    }
}

type ClauseParts = (Vec<Target>, usize, Vec<(usize, usize)>);
/// An article head (no 項 or 号 yet) and the index after it.
type Head = (Article, usize);
/// A reader of a clause starting at an index ([`Parser::clause_at`] tries them in turn).
type Reader<'a> = fn(&Parser<'a>, usize) -> Option<Clause>;

/// A row of `table`, cited without its provision.
fn row_target(table: &Table, row: Row) -> Target {
    Target::Row {
        table: table.clone(),
        row,
        provision: None,
    }
}

/// Classifies a run of words as a name: leading joiners and bridge words dropped, and a
/// back-reference or My Number Act name after an inner joiner preferred
/// (「保険料の徴収又は同法」 → 「同法」). Returns the characters skipped and the meaning.
fn classify_words(run: &str) -> Option<(usize, Named)> {
    // The commonest runs by far, answered as the words below read them (a test checks it).
    let commonest = match run {
        "番号法" | "番号利用法" => Instrument::MynumberAct,
        "条例" => Instrument::LocalOrdinance(None),
        _ => return classify_any_words(run),
    };
    Some((0, Named::Instrument(commonest)))
}

/// [`classify_words`] without its shortcut for the commonest runs.
fn classify_any_words(run: &str) -> Option<(usize, Named)> {
    let mut stripped = run;
    while let Some(rest) = NAME_RESTARTS.iter().find_map(|w| stripped.strip_prefix(w)) {
        stripped = rest;
    }
    let skipped = |rest: &str| {
        run.get(..run.len() - rest.len())
            .map_or(0, |p| p.chars().count())
    };
    // The text after the last inner joiner or bridge word (scanned by first character, which
    // is much cheaper than searching each word).
    let inner = stripped
        .char_indices()
        .filter(|(_, c)| matches!(c, 'に' | '並' | '若' | '及' | '又'))
        .filter_map(|(pos, _)| {
            let tail = stripped.get(pos..)?;
            NAME_RESTARTS.iter().find_map(|w| tail.strip_prefix(w))
        })
        .next_back();
    if let Some(rest) = inner {
        if let Some(n) = classify(rest) {
            let known = matches!(
                n,
                Named::Back(_) | Named::Instrument(Instrument::MynumberAct)
            );
            if known && rest != "法" {
                return Some((skipped(rest), n));
            }
        }
    }
    if let Some(n) = classify(stripped) {
        return Some((skipped(stripped), n));
    }
    let rest = inner?;
    classify(rest).map(|n| (skipped(rest), n))
}

/// The meaning of a quoted or defined name (「番号利用法」, 「条例」), without its trailing
/// parentheses ([`strip_parens`]): the whole text must be the name, read as a run of words would
/// be read (so 「に基づく法」 or 「保険料の徴収又は同法」, which a run reads as 「法」 or 「同法」 after
/// other words, name nothing).
fn whole_name(name: &str) -> Option<Named> {
    let (skipped, named) = classify_words(strip_parens(name))?;
    (skipped == 0).then_some(named)
}

/// A quoted name without its trailing parentheses: 「国民健康保険法(昭和33年法律第192号)」.
fn strip_parens(s: &str) -> &str {
    let mut s = s.trim();
    while let Some((before, _)) = s.rsplit_once('(').filter(|_| s.ends_with(')')) {
        s = before.trim_end();
    }
    s
}

/// The row a number with its `の`-branches (`31の2の2`) numbers, and the end.
fn row_at(t: &Text, i: usize) -> Option<(Row, usize)> {
    let (n, e) = t.number(i)?;
    let (branches, end) = many(e, |j| t.number(t.lit(j, "の")?));
    Some((Row::new(n).with_branches(branches), end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> (Vec<String>, Vec<String>) {
        let p = parse(text);
        (
            p.citations.iter().map(ToString::to_string).collect(),
            p.unparsed.into_iter().map(|u| u.text).collect(),
        )
    }

    #[test]
    fn the_commonest_runs_read_as_every_run_does() {
        for run in ["番号法", "番号利用法", "条例"] {
            assert_eq!(classify_words(run), classify_any_words(run), "{run}");
            assert!(classify_words(run).is_some(), "{run}");
        }
    }

    #[test]
    fn article_heads_are_read_alike_when_asked_again() {
        // The same heads asked in turn (name run, positions, list) and after another place:
        // the remembered answer is the one read, with 枝番 and 附則 kept.
        for text in [
            "番号法第19条第8号",
            "国保法第113条の3第1項",
            "番号利用法附則第6条第4項",
        ] {
            let t = Text::new(text);
            let p = Parser::new(&t, &[], &[]);
            let heads: Vec<_> = (0..t.len())
                .flat_map(|i| [p.article_head(i), p.read_article_head(i, true)])
                .collect();
            for pair in heads.chunks(2) {
                assert_eq!(pair.first(), pair.get(1), "{text}");
            }
            let again: Vec<_> = (0..t.len()).map(|i| p.article_head(i)).collect();
            let read: Vec<_> = (0..t.len()).map(|i| p.read_article_head(i, true)).collect();
            assert_eq!(again, read, "{text}");
            assert!(again.iter().any(Option::is_some), "{text}");
        }
    }

    /// A defined or quoted name of any length names its instrument, and the canonical line (the
    /// name quoted from the name limit on) reads back (the fuzz driver found, with seed 1, a
    /// long defined name whose line read back as prose before it was quoted).
    #[test]
    fn a_name_of_any_length_inside_brackets_reads_back() {
        for n in [NAME_LIMIT / 2 - 1, NAME_LIMIT / 2, 90, 500] {
            let long = format!("{}法", "番号".repeat(n));
            // A parenthesis is examined up to PAREN_LIMIT characters: a definition longer
            // than that is an aside.
            let defined =
                (n * 2 + 12 < PAREN_LIMIT).then(|| format!("(以下「{long}」という)第9条"));
            for text in defined.into_iter().chain([format!("「{long}」第9条")]) {
                let (c, u) = lines(&text);
                assert!(u.is_empty(), "{n}: {u:?}");
                assert_eq!(c.len(), 1, "{n}: {c:?}");
                assert!(c[0].contains(&long), "{n}");
                assert_eq!(lines(&c[0]).0, c, "{n}");
            }
        }
    }

    #[test]
    fn a_name_starts_after_every_bridge_word_in_prose() {
        for bridge in BRIDGE_WORDS {
            let (c, u) = lines(&format!("市条例{bridge}番号法第9条第1項"));
            assert_eq!(c, ["番号法第9条第1項"], "{bridge}");
            assert_eq!(u, [format!("市条例{bridge}")], "{bridge}");
        }
    }

    #[test]
    fn a_same_law_is_read_from_prose_only_ahead_of_the_places_asked_about() {
        // 「同法」 means the statute prose named last (「…法律の規定」)…
        let text = "高齢者の医療の確保に関する法律の規定 X令（「同法」第1条「Y」）";
        assert_eq!(lines(text).0, ["高齢者の医療の確保に関する法律第1条"]);
        // …but not at a place before one already asked about: the metadata after X令 read the
        // second parenthesis's 「同法」 before the quotation in the first was tried as a clause.
        let (c, u) = lines(&format!("{text}（「同法」）"));
        assert!(c.is_empty(), "{c:?}");
        assert_eq!(u, [format!("{text}（「同法」）")]);
    }

    #[test]
    fn a_dangling_bridge_keeps_its_citation_and_flags_the_word() {
        let (c, u) = lines("番号法第9条第2項に基づく条例を定める予定");
        assert_eq!(c, ["番号法第9条第2項"]);
        assert_eq!(u, ["に基づく条例を定める予定"]);
    }

    #[test]
    fn bridges_chain_and_are_capped() {
        let (c, _) = lines("条例第4条第3項による番号法第9条第2項による条例第3条");
        assert_eq!(c, ["条例第4条第3項による番号法第9条第2項による条例第3条"]);
        let long = "条例第1条による".repeat(40) + "条例第2条";
        let p = parse(&long);
        assert!(p.citations.iter().all(|c| c.bridges.len() <= BRIDGE_LIMIT));
        assert_eq!(p.citations.len(), 40 / (BRIDGE_LIMIT + 1) + 1);
        // A list bridged at once counts each of its targets: past the cap it is not bridged,
        // and the canonical lines parse back the same (a fuzz run found a list of 17).
        let list: Vec<String> = (1..=BRIDGE_LIMIT + 1).map(|n| format!("{n}号")).collect();
        let listed = format!("条例第1条{}による条例第2条", list.join("、"));
        let p = parse(&listed);
        assert!(p.citations.iter().all(|c| c.bridges.len() <= BRIDGE_LIMIT));
        for line in p.citations.iter().map(ToString::to_string) {
            let again = parse(&line);
            let lines: Vec<String> = again.citations.iter().map(ToString::to_string).collect();
            assert_eq!(lines, [line]);
        }
    }

    #[test]
    fn a_heading_line_does_not_join_the_name_after_it() {
        let text = "１　個人番号利用の根拠\n番号利用法第9条第1項";
        let (c, u) = lines(text);
        assert_eq!(c, ["番号法第9条第1項"]);
        // The heading line is a heading, not an unparsed fragment.
        assert!(u.is_empty(), "{u:?}");
        assert_eq!(parse(text).headings[0].text, "１　個人番号利用の根拠");
        // …but a name wrapped by the PDF is joined again.
        let (c, _) = lines("並びに番\n号利用法別表の主務省令で定める事務を定める命令第２４条");
        assert_eq!(c, ["番号法別表の主務省令第24条"]);
        let (c, _) = lines("国民健康保\n険法第5条");
        assert_eq!(c, ["国民健康保険法第5条"]);
    }

    #[test]
    fn a_bare_appendix_belongs_to_the_statute_just_cited_or_to_the_act() {
        let (c, _) = lines("住民基本台帳法第30条の9 別表第1項番73の2");
        assert_eq!(c[1], "住民基本台帳法別表第一第73の2項");
        let (c, _) = lines("地方税法第1条に関する説明 別表第二の3の項");
        assert_eq!(c[1], "番号法別表第二第3項");
    }

    #[test]
    fn a_bullet_list_before_a_number_beyond_u32_is_no_list() {
        // The rows stop before the number that cannot be read; the list ends there only if
        // nothing that reads as its next member follows (a line break passes for an end).
        for text in [
            "番号法別表第二 ・1\n,99999999999",
            "番号法別表第二 ・1,99999999999 ",
        ] {
            let (c, u) = lines(text);
            assert_eq!(c, ["番号法別表第二"], "{text:?}");
            assert_eq!(u.len(), 1, "{text:?}");
        }
        let (c, _) = lines("番号法別表第二 ・1,2");
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn markers_are_separators() {
        let (c, u) =
            lines("1. 番号法第9条第1項 2. 番号法第9条第2項 ①住民基本台帳法第7条 (2) 国保法第110条");
        assert_eq!(
            c,
            [
                "番号法第9条第1項",
                "番号法第9条第2項",
                "住民基本台帳法第7条",
                "国民健康保険法第110条"
            ]
        );
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn lists_resume_after_an_aside_and_with_bare_numbers() {
        let (c, u) = lines("番号法第9条第1項（個人番号の利用範囲）、第2項");
        assert_eq!(c, ["番号法第9条第1項", "番号法第9条第2項"]);
        assert_eq!(u, ["（個人番号の利用範囲）"]);
        let (c, _) = lines("高齢者の医療の確保に関する法律第48条、50条、第2条 第4号イ、5号");
        assert_eq!(
            c,
            [
                "高齢者の医療の確保に関する法律第48条",
                "高齢者の医療の確保に関する法律第50条",
                "高齢者の医療の確保に関する法律第2条第4号イ",
                "高齢者の医療の確保に関する法律第2条第5号"
            ]
        );
    }

    #[test]
    fn an_aside_in_the_article_list_of_an_appendix_order_is_flagged() {
        // The order named after 別表[第N] (of the act, or of a bare 別表): the aside between two
        // of its articles is flagged, as after any other article (it was dropped).
        for (text, order) in [
            (
                "番号法別表第一の主務省令第9条（利用範囲）、第10条",
                "番号法別表第一の主務省令",
            ),
            (
                "別表の主務省令第5条（利用範囲）、第6条",
                "番号法別表の主務省令",
            ),
        ] {
            let (c, u) = lines(text);
            assert_eq!(c.len(), 2, "{text}: {c:?}");
            assert!(c.iter().all(|c| c.starts_with(order)), "{text}: {c:?}");
            assert_eq!(u, ["（利用範囲）"], "{text}");
            let p = parse(text);
            assert_eq!(&text[p.unparsed[0].span.clone()], "（利用範囲）");
        }
    }

    #[test]
    fn odd_spaces_and_unbalanced_parentheses() {
        let (c, _) = lines("国民健康保険法 第 113 条 の3　第 1 項");
        assert_eq!(c, ["国民健康保険法第113条の3第1項"]);
        let (c, u) = lines("番号法第19条第7号、別表第二第一欄が「市町村長」であるもの（82の項)");
        assert_eq!(
            c,
            [
                "番号法第19条第7号",
                "番号法別表第二",
                "番号法別表第二第82項"
            ]
        );
        // The column condition is typed, not left unparsed.
        assert!(u.is_empty(), "{u:?}");
        let p = parse("番号法第19条第7号、別表第二第一欄が「市町村長」であるもの（82の項)");
        assert_eq!(p.conditions[0].text, "第一欄が「市町村長」であるもの");
        let _ = lines("((((((第1条");
        let _ = lines("番号法第9条（以下「");
    }

    #[test]
    fn adversarial_repetitions_stay_linear_enough_to_finish() {
        // Each of these would take minutes if a scan restarted from the last citation.
        for unit in [
            "、第",
            "同法",
            "1",
            "第一",
            "(",
            "・1,",
            "「",
            "番号法第1条による",
            "別表",
            // A chain of columns that says nothing was searched again from each of its
            // columns (found by the worst-case bench).
            "第一欄",
            "第一欄が「市町村長」であって",
            "【",
            "(1)情報提供の根拠\n",
        ] {
            let text = format!("番号法第1条{}", unit.repeat(20_000));
            let p = parse(&text);
            assert!(p.citations.len() <= text.chars().count());
        }
    }

    #[test]
    fn a_chain_of_columns_is_one_condition_or_none() {
        let p = parse(&"第一欄".repeat(50));
        assert!(p.conditions.is_empty());
        let p = parse(&"第一欄が「市町村長」であって".repeat(50));
        assert_eq!(p.conditions.len(), 1);
        assert_eq!(p.conditions[0].columns.len(), 50);
        // The glue after the last column leads to nothing: it is no part of the condition.
        let rest: Vec<&str> = p.unparsed.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(rest, ["であって"]);
    }
}
