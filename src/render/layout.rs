//! The layout of the forms and the walk of a report in the form's order.
//!
//! The item table ([`ItemId`]) gives every item's number, label, ※ mark and place in a report;
//! this module adds what the table does not hold: the order of the chapters (the 項目一覧 of each
//! form) and the headings that are not items (chapter titles, section headings such as
//! 「１．特定個人情報ファイルを取り扱う事務」, the sub-heading 「⑦使用の主体」). The walk reads
//! the values with [`field_at`] and hands the writers ([`super::html`], [`super::markdown`]) one
//! call per heading and per line, so both formats lay out the same content.

use std::sync::LazyLock;

use crate::form::{self, CHANGES, FormRevision, chapters, heading, section_title};
use crate::report::location::{changes_appendix, entry_word, split_number, without_label_words};
use crate::report::{ChangeRecord, ItemId, Medium, Report, Value, field_at, visit};
use crate::threshold::{RequiredAssessment, StatedThresholdResult};
use crate::{AssessmentKind, Choice};

/// The chapter that holds the cover items (their numbers start with it).
pub(super) const COVER: &str = crate::form::COVER;

/// What an empty box of the 特定個人情報ファイル記録項目 (全項目 別添2, 重点 別添1) prints.
static NOT_WRITTEN: Value<'static> = Value::Text(Some("記載なし"));

/// The mark a section heading carries beside its words: 重点 Ⅴ2 意見の聴取 and Ⅴ3 第三者点検 are
/// 【任意】 (規則 第7条, the 重点項目評価書 form).
fn optional_mark(form: AssessmentKind, chapter: &str, section: u32) -> &'static str {
    match (form, chapter, section) {
        (AssessmentKind::Focused, "Ⅴ", 2 | 3) => "　【任意】",
        _ => "",
    }
}

/// The label of the その他 box of a checkbox list, which has a text in parentheses.
pub(super) const OTHER: &str = Medium::Other.label();

/// The mark of the items only national bodies fill in.
const GOV_ONLY: &str = form::GOV_ONLY_MARK;

/// The label as the form prints it: the table writes the heading an ambiguous label sits under
/// before a full-width space (`提供先　法令上の根拠`); the form prints what follows it. Cover
/// labels are printed whole (`個人情報保護委員会　承認日`).
pub(super) fn printed_label(id: ItemId, form: AssessmentKind) -> &'static str {
    let label = id.label();
    let on_cover = id
        .number(form)
        .is_some_and(|number| number.starts_with(COVER));
    match label.rsplit_once('　') {
        Some((_, tail)) if !on_cover => tail,
        _ => label,
    }
}

/// What a line of the form holds; its word (`item`, `part`…) is the HTML row's class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub(super) enum LineKind {
    /// An item of the form.
    Item,
    /// A labelled part of an item (the 十分性 of a risk, the 具体的な方法 of a measure).
    Part,
    /// An item no form prints, kept by the model (the explicit 再委託 chain, the kind of body).
    Extra,
    /// One level of a 再委託 chain (a part of [`LineKind::Extra`]).
    Level,
    /// A transcriber's note on an entry (not a form item).
    Note,
    /// The heading of a repeated block (システム1, 委託事項2, a file of an appendix), with the
    /// value of the item that names it, if the form names its blocks.
    Entry,
    /// A sub-heading that is not an item (`⑦使用の主体`): its circled number and words.
    Subheading,
}

/// One line of the form: a label and its value.
pub(super) struct Line<'a, 'r> {
    /// The item the line belongs to.
    pub(super) id: ItemId,
    /// What the line holds.
    pub(super) kind: LineKind,
    /// The item's number in the table (`Ⅱ4⑦`), on the item's own line; `None` on parts and on
    /// items no form prints.
    pub(super) number: Option<&'static str>,
    /// The circled number printed before the label (`⑦`), or empty.
    pub(super) mark: &'static str,
    /// The label as printed.
    pub(super) label: &'a str,
    /// The indentation below the section, entry or item the line belongs to.
    pub(super) depth: u8,
    /// The marks the line prints (not those its heading prints).
    pub(super) marks: Marks,
    /// The value; `None` for a line that only heads the lines below it.
    pub(super) value: Option<&'a Value<'r>>,
}

impl<'a> Line<'a, '_> {
    /// The label beside the value and the label the value prints with: a box prints its label
    /// beside it (`[ ○ ] 委託しない`) and a count inside it (`（ 6 ）件`), leaving the first empty.
    pub(super) fn shown_label(&self) -> (&'a str, &'a str) {
        match self.value {
            Some(Value::Flag(_)) => ("", self.label),
            Some(Value::Count(_)) if self.label.contains("（ ）") => ("", self.label),
            _ => (self.label, ""),
        }
    }
}

/// A section heading (`１．特定個人情報ファイルを取り扱う事務`).
pub(super) struct Section<'a, 'r> {
    /// The chapter (`Ⅰ`).
    pub(super) chapter: &'a str,
    /// The section number (1 for `１．`).
    pub(super) number: u32,
    /// The heading text; `None` for a section the form gives no words (no section of the
    /// 令和6年 forms: a test checks).
    pub(super) text: Option<&'a str>,
    /// The marks the heading prints (※ when every item below is a ※ item).
    pub(super) marks: Marks,
    /// The item the heading is, when the section is that one item (`８．他の評価実施機関`).
    pub(super) line: Option<Line<'a, 'r>>,
}

/// The name of block `n` (from 1) as printed: `委託事項2` with the form's `word` for the
/// block, or `（1）` for a file of an appendix, which the form numbers without a word.
fn block_name(word: Option<&str>, n: usize) -> String {
    word.map_or_else(|| format!("（{n}）"), |word| format!("{word}{n}"))
}

/// What the walk hands to a writer, in the form's order.
pub(super) trait Sink<'r> {
    /// The document starts.
    fn begin(&mut self, report: &'r Report);
    /// The cover, with its items in the form's order.
    fn cover(&mut self, lines: &[Line<'_, 'r>]);
    /// The 項目一覧: every chapter after the cover, in order, each with its anchor.
    fn contents(&mut self, entries: &[Chapter]);
    /// Chapter `c` starts (its number [`Chapter::key`], its heading [`Chapter::text`]): `file` is
    /// the file block it shows when the form repeats the chapter for each 特定個人情報ファイル
    /// (from 0), `anchor` the name the 項目一覧 links to.
    fn chapter(&mut self, c: &Chapter, file: Option<usize>, anchor: &str);
    /// The chapter ends (nothing to write for a writer that does not close its chapters).
    fn end_chapter(&mut self) {}
    /// A section heading.
    fn section(&mut self, section: &Section<'_, 'r>);
    /// A line, or the heading of a block or a sub-heading ([`LineKind`]).
    fn line(&mut self, line: &Line<'_, 'r>);
    /// The lines that follow are of file `file` and of block `block` of their list (from 0),
    /// where the chapter is one of a file's or the lines are a block's: what their item's indices
    /// are (the review page links each value to its trace by them). A writer that needs no
    /// indices ignores it.
    fn at(&mut self, _file: Option<usize>, _block: Option<usize>) {}
    /// The 変更箇所 appendix, with its anchor.
    fn changes(&mut self, title: &str, records: &'r [ChangeRecord], anchor: &str);
    /// The document ends (nothing to write for a writer that does not close its document).
    fn end(&mut self) {}
}

/// A chapter after the cover, planned once: the 項目一覧 lists it and the walk prints it. The
/// 変更箇所 is one too (with no items); a chapter the form repeats per 特定個人情報ファイル lists
/// its files as sub-entries.
#[derive(Default)]
pub(super) struct Chapter {
    /// The name the entry links to (ASCII, unique in the document).
    pub(super) anchor: String,
    /// The heading as printed: the chapter's number, a full-width space and its title
    /// (`Ⅰ　基本情報`); an appendix's title carries its number (`（別添１）事務の内容`).
    pub(super) text: String,
    /// For a chapter the form repeats per 特定個人情報ファイル: each file's anchor and its entry,
    /// the file's name as a block (`（1）`, [`block_name`]) and its names joined with 、.
    pub(super) files: Vec<(String, String)>,
    /// The chapter's number (`Ⅱ`, `別添2`).
    pub(super) key: &'static str,
    /// Its place in the chapter list, from 1 (the cover is 0).
    index: usize,
    /// Its items, by section.
    items: Vec<&'static Planned>,
    /// Where its values come from: the report, or each file.
    sources: Vec<Source>,
    /// The marks its title prints for every line below.
    marks: Marks,
}

/// The anchor of the chapter at `index` of the form's chapter list, and of its file `file`
/// (from 0) where the form repeats it per file: `c1`, `c3-2`.
fn anchor(index: usize, file: Option<usize>) -> String {
    file.map_or_else(|| format!("c{index}"), |f| format!("c{index}-{}", f + 1))
}

/// An item of a form as the walk places it.
struct Planned {
    id: ItemId,
    /// The label as printed.
    label: &'static str,
    /// The chapter key (`Ⅱ`, `表紙`, `別添2`).
    chapter: &'static str,
    /// The section number, if the item is in a section.
    section: Option<u32>,
    /// The number after the section, without the label's words (`⑦`, `リスク1①`, `④` for
    /// 主な記録項目).
    stripped: &'static str,
    /// Whether the item is a sub-item of the number in `stripped` (主な記録項目 under ④).
    sub: bool,
    /// The number up to the end of `stripped` (`Ⅱ3⑦` of 使用部署 `Ⅱ3⑦使用部署`): the key of a
    /// sub-item's sub-heading (the form's `heading` of that key).
    sub_key: String,
    /// The circled number printed before the label.
    mark: &'static str,
    /// Extra indentation (an item under a numbered risk, a sub-item).
    depth: u8,
    /// Whether no form prints the item (it is placed after the item it follows in the table).
    extra: bool,
    /// The pattern up to its last list (`files[].entrustments[]`), if it goes through one.
    list: Option<&'static str>,
    /// How many lists the pattern goes through.
    level: usize,
}

impl Planned {
    /// Whether the item is printed whole: its label not cut under a number, not a sub-item.
    fn is_whole(&self) -> bool {
        self.stripped.is_empty() && !self.sub
    }
}

/// `text` cut before its trailing circled number: the words before it and the number (empty if
/// there is none).
fn split_trailing_circled(text: &'static str) -> (&'static str, &'static str) {
    match text.char_indices().next_back() {
        Some((at, c)) if ('①'..='⑳').contains(&c) => text.split_at(at),
        _ => (text, ""),
    }
}

/// The pattern up to its last list (if it goes through one), and how many lists it goes
/// through.
fn list_of(pattern: &'static str) -> (Option<&'static str>, usize) {
    let level = pattern.matches("[]").count();
    // Up to and with the last `[]` (ASCII, so the cut after it is a character boundary).
    let list = pattern
        .rmatch_indices("[]")
        .next()
        .map(|(at, brackets)| pattern.split_at(at + brackets.len()).0);
    (list, level)
}

/// The items of `form` in the walk's terms: every item the form prints, and after the item it
/// follows in the table every item no form prints whose pattern has the same parent.
fn plan(form: AssessmentKind) -> Vec<Planned> {
    let mut planned: Vec<Planned> = Vec::new();
    for &id in ItemId::ALL {
        let (list, level) = list_of(id.pattern());
        if let Some(number) = id.number(form) {
            let (chapter, section, rest) = split_number(number);
            let stripped = without_label_words(rest, id.label());
            let sub = stripped.len() < rest.len() && !stripped.is_empty();
            let (before_mark, mark) = if sub {
                (stripped, "")
            } else {
                split_trailing_circled(stripped)
            };
            // A circled number under a numbered risk (リスク1①) is indented below the risk.
            let under = !mark.is_empty()
                && !before_mark.is_empty()
                && block_of(list).is_none_or(|(word, _)| word != before_mark);
            planned.push(Planned {
                id,
                label: printed_label(id, form),
                chapter,
                section: section.parse().ok(),
                stripped,
                sub,
                sub_key: format!("{chapter}{section}{stripped}"),
                mark,
                depth: u8::from(sub || under),
                extra: false,
                list,
                level,
            });
        } else if id.is_model_only() {
            let parent = parent_of(id.pattern());
            let anchor = planned
                .iter()
                .rev()
                .find(|p| parent_of(p.id.pattern()) == parent);
            if let Some(anchor) = anchor {
                // In the chapter, section and number of the item it follows.
                planned.push(Planned {
                    id,
                    label: id.label(),
                    sub: false,
                    sub_key: String::new(),
                    mark: "",
                    depth: 0,
                    extra: true,
                    list,
                    level,
                    ..*anchor
                });
            }
        }
    }
    planned
}

/// The pattern without its last field (`files[].entrustments[]` for
/// `files[].entrustments[].re_entrustees`); `None` for a field of the report itself.
fn parent_of(pattern: &str) -> Option<&str> {
    pattern.rsplit_once('.').map(|(parent, _)| parent)
}

/// The form's word for a block of `list` (`提供先` of `files[].provisions[]`) and the item that
/// names a block, if the form numbers its blocks.
fn block_of(list: Option<&str>) -> Option<(&'static str, Option<ItemId>)> {
    // The list's last field (`provisions` of `files[].provisions[]`).
    let list = list?;
    entry_word(
        list.rsplit_once('.')
            .map_or(list, |(_, last)| last)
            .trim_end_matches("[]"),
    )
}

/// The plan of `form`, made once per form.
fn plan_of(form: AssessmentKind) -> &'static [Planned] {
    static PLANS: LazyLock<Vec<Vec<Planned>>> =
        LazyLock::new(|| AssessmentKind::ALL.iter().map(|&form| plan(form)).collect());
    PLANS.get(form as usize).map_or(&[], Vec::as_slice)
}

/// The ＜選択肢＞ of 基礎項目評価 ②しきい値判断結果 in `form` (重点 Ⅴ1②, 全項目 Ⅵ1②): the results
/// that lead to this form, the required one first, each voluntary one after it.
fn threshold_options(form: AssessmentKind) -> &'static [&'static str] {
    static OPTIONS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
        let of = |form: AssessmentKind| {
            // A 基礎項目評価書 has none (it prints the result without a list).
            if form == AssessmentKind::Basic {
                return Vec::new();
            }
            // How the form states each result (`stated_in`), as the labels' table spells it.
            let label = |s: StatedThresholdResult| {
                StatedThresholdResult::LABELS
                    .iter()
                    .copied()
                    .find(|l| l.parse().ok() == Some(s))
            };
            RequiredAssessment::ALL
                .iter()
                .rev()
                .filter_map(|r| label(r.stated_in(form)?))
                .collect()
        };
        AssessmentKind::ALL.iter().map(|&form| of(form)).collect()
    });
    OPTIONS.get(form as usize).map_or(&[], Vec::as_slice)
}

/// The value of `id` as the form shows it in `form`: a ＜選択肢＞ or checkbox list with the
/// options of that item (the model's value knows only its type's options).
fn as_shown<'r>(id: ItemId, form: AssessmentKind, mut value: Value<'r>) -> Value<'r> {
    if let Value::Checks { options, .. } = &mut value {
        *options = form::medium_boxes(id).unwrap_or(options);
    }
    match value {
        Value::Label(text) if id == ItemId::ProcedureThresholdResult => {
            let options = threshold_options(form);
            let official = text
                .as_deref()
                .map(|text| StatedThresholdResult::LABELS.iter().find(|l| **l == text));
            match official {
                Some(None) => Value::Label(text),
                _ if options.is_empty() => Value::Label(text),
                chosen => Value::Choice {
                    chosen: chosen.flatten().copied(),
                    options,
                },
            }
        }
        other => other,
    }
}

/// Where the values of a file block come from.
#[derive(Clone, Copy)]
enum Source {
    /// The report's file at this position.
    File(usize),
    /// The empty file (the report has none).
    Blank,
    /// Not in a file block.
    Root,
}

impl Source {
    fn file(self) -> Option<usize> {
        match self {
            Source::File(f) => Some(f),
            Source::Blank | Source::Root => None,
        }
    }
}

/// Walks `report` in the form's order and hands every heading and line to `sink`.
pub(super) fn walk(report: &Report, sink: &mut dyn for<'r> Sink<'r>) {
    let form = report.form();
    let blank = crate::report::skeleton(form);
    let walker = Walker {
        report,
        blank: &blank,
        form,
        older: report
            .cover
            .form_version
            .filter(|r| r.nearest_known() != FormRevision::CURRENT),
        plan: plan_of(form),
    };
    sink.begin(report);
    walker.cover(sink);
    // One pass over the chapters, which the 項目一覧 lists and the walk then prints.
    let chapters: Vec<Chapter> = chapters(form)
        .iter()
        .enumerate()
        .filter_map(|(i, &key)| walker.plan_chapter(i + 1, key))
        .collect();
    sink.contents(&chapters);
    for chapter in &chapters {
        match chapter.key {
            CHANGES => sink.changes(&chapter.text, &report.changes, &chapter.anchor),
            _ => walker.chapter(chapter, sink),
        }
    }
    sink.end();
}

struct Walker<'r> {
    report: &'r Report,
    /// A report of the same form with one empty block in every list ([`crate::report::skeleton`]), for the blocks
    /// the form prints empty (提供先1 of a file with no 提供).
    blank: &'r Report,
    form: AssessmentKind,
    /// The revision of the form the report is written on, when it is older than the current one:
    /// its labels are printed, and the items it lacks only where the report holds a value. `None`
    /// for the current form (and a report that does not say), whose labels are the plan's and
    /// which prints every item, told without looking each line's item up in the tables of
    /// differences (callgrind, a render of the 全項目 sample to HTML, `benches/render.rs`: the
    /// look-ups took about 0.1 M instructions of 4.2 M).
    older: Option<FormRevision>,
    plan: &'static [Planned],
}

/// The marks a label or a heading prints after its words; inside a section, those its heading
/// prints for every line below.
#[derive(Clone, Copy, Default)]
pub(super) struct Marks {
    /// ※: a change may be a 重要な変更.
    pub(super) significant: bool,
    /// 【行政機関等のみ】: only national bodies fill it in.
    pub(super) gov_only: bool,
}

impl<'r> Walker<'r> {
    fn cover(&self, sink: &mut dyn Sink<'r>) {
        let values: Vec<(&Planned, Value<'r>)> = self
            .plan
            .iter()
            .filter(|p| p.chapter == COVER)
            .map(|p| (p, self.scalar(p.id, Source::Root)))
            .collect();
        let lines: Vec<Line<'_, 'r>> = values
            .iter()
            .map(|(p, value)| self.line(p, Some(value), Marks::default()))
            .collect();
        sink.cover(&lines);
    }

    /// Chapter `key` at `index` of the chapter list, as the 項目一覧 lists it and the walk
    /// prints it; `None` for a chapter with no item.
    fn plan_chapter(&self, index: usize, key: &'static str) -> Option<Chapter> {
        if key == CHANGES {
            return Some(Chapter {
                anchor: anchor(index, None),
                text: changes_appendix(self.form).to_owned(),
                key,
                index,
                ..Chapter::default()
            });
        }
        let mut items: Vec<&Planned> = self
            .plan
            .iter()
            .filter(|p| p.chapter == key && self.prints(p.id))
            .collect();
        if items.is_empty() {
            return None;
        }
        items.sort_by_key(|p| p.section);
        let text = self.chapter_text(key, &items);
        let marks = Marks {
            significant: text.contains('※'),
            gov_only: text.contains(GOV_ONLY),
        };
        // The values come from the report, or from each of its files (the empty file when it
        // has none) when the chapter is a file's.
        let per_file = items.iter().all(|p| p.id.pattern().starts_with("files[]"));
        let sources: Vec<Source> = if !per_file {
            vec![Source::Root]
        } else if self.report.files.is_empty() {
            vec![Source::Blank]
        } else {
            (0..self.report.files.len()).map(Source::File).collect()
        };
        // An appendix names its files in its rows, not in the 項目一覧.
        let files: Vec<(String, String)> = sources
            .iter()
            .filter(|_| !key.starts_with(crate::form::APPENDIX))
            .filter_map(|s| s.file())
            .filter_map(|f| {
                let names = self.report.files.get(f)?.names.join("、");
                Some((anchor(index, Some(f)), block_name(None, f + 1) + &names))
            })
            .collect();
        Some(Chapter {
            anchor: files
                .first()
                .map_or_else(|| anchor(index, None), |(a, _)| a.clone()),
            text,
            files,
            key,
            index,
            items,
            sources,
            marks,
        })
    }

    fn chapter(&self, c: &Chapter, sink: &mut dyn Sink<'r>) {
        if !matches!(c.sources.as_slice(), [Source::Root])
            && c.key.starts_with(crate::form::APPENDIX)
        {
            // An appendix lists each file's part under the file's names.
            sink.chapter(c, None, &anchor(c.index, None));
            for (n, &source) in c.sources.iter().enumerate() {
                sink.at(source.file(), None);
                let names = self.scalar(ItemId::FileNames, source);
                let name = block_name(None, n + 1);
                sink.line(&Line {
                    value: Some(&names),
                    ..bare_line(LineKind::Entry, ItemId::FileNames, &name, 0)
                });
                self.sections(c, source, sink);
            }
            sink.end_chapter();
            sink.at(None, None);
        } else {
            for &source in &c.sources {
                sink.chapter(c, source.file(), &anchor(c.index, source.file()));
                sink.at(source.file(), None);
                self.sections(c, source, sink);
                sink.end_chapter();
            }
            sink.at(None, None);
        }
    }

    /// The heading of a chapter as printed ([`Chapter::text`]): its number and its title, from
    /// the heading table or the label of the item it is (基礎 Ⅲ しきい値判断結果); an appendix's
    /// prefix and its item's label.
    fn chapter_text(&self, key: &str, items: &[&Planned]) -> String {
        let own = items
            .iter()
            .find(|p| p.section.is_none() && !p.extra)
            .map(|p| p.label);
        let appendix = key.starts_with(crate::form::APPENDIX);
        match (heading(self.form, key), own) {
            // An appendix's label that carries its own （別添N） is not prefixed again.
            (Some(_), Some(label)) if appendix && label.starts_with('（') => label.to_owned(),
            (Some(prefix), Some(label)) if appendix => format!("{prefix}{label}"),
            (title, label) if appendix => title.or(label).unwrap_or(key).to_owned(),
            (title, label) => format!("{key}　{}", title.or(label).unwrap_or(key)),
        }
    }

    /// The items of chapter `c` with the values of `source`, section by section.
    fn sections(&self, c: &Chapter, source: Source, sink: &mut dyn Sink<'r>) {
        for group in c.items.chunk_by(|a, b| a.section == b.section) {
            match group.first().and_then(|p| p.section) {
                None => self.runs(group, source, c.marks, sink),
                Some(n) => self.section(c, n, group, source, sink),
            }
        }
    }

    /// Section `n` of chapter `c`: its heading, then its items (`group`).
    fn section(
        &self,
        c: &Chapter,
        n: u32,
        group: &[&Planned],
        source: Source,
        sink: &mut dyn Sink<'r>,
    ) {
        let key = format!("{}{n}", c.key);
        let printed: Vec<&&Planned> = group.iter().filter(|p| !p.extra).collect();
        // The item the section is made of, if one of its printed items is.
        let own = printed
            .iter()
            .find(|p| p.is_whole() && p.id.number(self.form) == Some(&key));
        let title = section_title(self.form, c.key, n).or_else(|| own.map(|p| p.label));
        let mark = optional_mark(self.form, c.key, n);
        let text = title.map(|title| format!("{title}{mark}"));
        let text = text.as_deref();
        // The form marks a heading ※ when its items are ※ items named under it (５．個人番号の利用
        // ※ / 法令上の根拠); an item with a label of its own carries its mark (保管場所 ※).
        let named_under = |p: &Planned| {
            p.id.label()
                .split_once('　')
                .is_some_and(|(head, _)| title.is_some_and(|t| t.ends_with(head)))
        };
        let inner = Marks {
            significant: c.marks.significant
                || printed
                    .iter()
                    .all(|p| p.id.is_significant(self.form) && named_under(p)),
            gov_only: c.marks.gov_only || printed.iter().all(|p| p.id.is_gov_only()),
        };
        let heading_marks = Marks {
            significant: inner.significant && !c.marks.significant,
            gov_only: inner.gov_only && !c.marks.gov_only,
        };
        // A section that is one item prints the item on its heading line.
        let sole =
            own.filter(|p| matches!(group, [only] if only.id == p.id) && Some(p.label) == text);
        let value = sole.map(|p| self.scalar(p.id, source));
        let mut lines = match (sole, &value) {
            (Some(p), Some(value)) => self.lines(p, value, inner).into_iter(),
            _ => Vec::new().into_iter(),
        };
        sink.section(&Section {
            chapter: c.key,
            number: n,
            text,
            marks: heading_marks,
            line: lines.next(),
        });
        if sole.is_some() {
            for line in lines {
                sink.line(&line);
            }
        } else {
            self.runs(group, source, inner, sink);
        }
    }

    /// The items of a section, run by run: the items of one list are printed block by block.
    fn runs(&self, group: &[&Planned], source: Source, marks: Marks, sink: &mut dyn Sink<'r>) {
        let base = usize::from(!matches!(source, Source::Root));
        let mut last = "";
        for run in group.chunk_by(|a, b| a.list == b.list) {
            if run.first().is_some_and(|p| p.level <= base) {
                let mut items = run;
                while let Some((p, after)) = items.split_first() {
                    // The named measures of a risk are items of their own, printed between the
                    // risk's heading and the rest of its parts (その他の措置の内容, 十分性).
                    let prefix = format!("{}.", p.id.pattern());
                    let inner = after
                        .iter()
                        .take_while(|q| q.id.pattern().starts_with(&prefix))
                        .count();
                    let (measures, next) = after.split_at(inner);
                    let value = self.scalar(p.id, source);
                    let mut lines = self.item(p, &value, marks, &mut last, sink).into_iter();
                    if let Some(head) = lines.next() {
                        sink.line(&head);
                    }
                    // The measures stand below the risk, beside its other parts.
                    if let Some(top) = measures.iter().map(|q| q.depth).min() {
                        let shift = (p.depth + 1).saturating_sub(top);
                        for q in measures {
                            let value = self.scalar(q.id, source);
                            for mut line in self.item(q, &value, marks, &mut last, sink) {
                                line.depth += shift;
                                sink.line(&line);
                            }
                        }
                    }
                    for line in lines {
                        sink.line(&line);
                    }
                    items = next;
                }
            } else {
                self.entries(run, source, marks, sink);
            }
        }
    }

    /// One item: a sub-heading first when it is the first sub-item of a number that is no
    /// item (⑦使用の主体), then the item's lines, for the caller to hand on.
    fn item<'v>(
        &self,
        p: &Planned,
        value: &'v Value<'r>,
        marks: Marks,
        last: &mut &'static str,
        sink: &mut dyn Sink<'r>,
    ) -> Vec<Line<'v, 'r>> {
        // (Every such number has its words: a test checks.)
        let sub_heading = (p.sub && p.stripped != *last)
            .then(|| heading(self.form, &p.sub_key))
            .flatten();
        if let Some(text) = sub_heading {
            sink.line(&Line {
                mark: split_trailing_circled(p.stripped).1,
                ..bare_line(LineKind::Subheading, p.id, text, 0)
            });
        }
        if p.extra && value.is_blank() {
            // An item no form prints is shown only when the report holds something there.
            return Vec::new();
        }
        // A record-item box of 別添 left empty says so, as a published form does, rather than
        // print an empty box.
        let value = if p.id == ItemId::FileRecordItemList && value.is_blank() {
            &NOT_WRITTEN
        } else {
            value
        };
        if !p.extra {
            *last = p.stripped;
        }
        self.lines(p, value, marks)
    }

    /// The blocks of a list (システム, 委託事項, 提供先, 移転先) in `source`; one empty block
    /// when there is none, as the form prints it.
    fn entries(&self, run: &[&Planned], source: Source, marks: Marks, sink: &mut dyn Sink<'r>) {
        let Some(first) = run.first() else { return };
        let (word, title_id) = block_of(first.list).map_or((None, None), |(w, t)| (Some(w), t));
        // Each block's values, one per item of the run, while the list has blocks.
        let mut blocks: Vec<Vec<Option<Value<'r>>>> = (0..)
            .map(|k| {
                run.iter()
                    .map(|p| self.value_at(p.id, source, Some(k)))
                    .collect()
            })
            .take_while(|row: &Vec<_>| row.first().is_some_and(Option::is_some))
            .collect();
        if blocks.is_empty() {
            blocks = vec![run.iter().map(|p| Some(self.blank_value(p.id))).collect()];
        }
        if let ([only], None) = (run, title_id) {
            // One item per block (基礎 ③システムの名称): the item once, each block's value on a
            // line of its own below it, named by the block (システム1…).
            let head = self.line(only, None, marks);
            sink.line(&head);
            let values = blocks.iter().filter_map(|row| row.first()?.as_ref());
            for (k, value) in values.enumerate() {
                let name = block_name(word, k + 1);
                sink.at(source.file(), Some(k));
                sink.line(&part_line(only.id, &name, value, head.depth + 1));
            }
            sink.at(source.file(), None);
            return;
        }
        for (k, row) in blocks.iter().enumerate() {
            let value_of = |j: usize| row.get(j).and_then(Option::as_ref);
            let title = run.iter().position(|p| Some(p.id) == title_id);
            let name = block_name(word, k + 1);
            sink.at(source.file(), Some(k));
            sink.line(&Line {
                number: title_id.and_then(|id| id.number(self.form)),
                value: title.and_then(value_of),
                // The block belongs to its title item, or, in a list without one, to the list's
                // first item; a writer reads the id only beside the title's value.
                ..bare_line(LineKind::Entry, title_id.unwrap_or(first.id), &name, 0)
            });
            let mut last = "";
            for (j, p) in run.iter().enumerate() {
                if Some(p.id) == title_id {
                    continue;
                }
                if let Some(value) = value_of(j) {
                    for line in self.item(p, value, marks, &mut last, sink) {
                        sink.line(&line);
                    }
                }
            }
            // (The empty block of a list the report leaves empty has no note: the list has none.)
            self.note(first, source, k, sink);
        }
        sink.at(source.file(), None);
    }

    /// The transcriber's note of a 提供先 or 移転先, if any.
    fn note(&self, first: &Planned, source: Source, k: usize, sink: &mut dyn Sink<'r>) {
        let Some(file) = source.file().and_then(|f| self.report.files.get(f)) else {
            return;
        };
        let list = match first.list {
            Some("files[].provisions[]") => &file.provisions,
            Some("files[].transfers[]") => &file.transfers,
            _ => return,
        };
        if let Some(note) = list.get(k).and_then(|d| d.note.as_deref()) {
            let value = Value::Text(Some(note));
            sink.line(&Line {
                kind: LineKind::Note,
                ..part_line(first.id, NOTE, &value, 0)
            });
        }
    }

    /// The value of an item outside any list, or of a file block's item.
    fn scalar(&self, id: ItemId, source: Source) -> Value<'r> {
        self.value_at(id, source, None)
            .unwrap_or_else(|| self.blank_value(id))
    }

    /// The value of `id` in `source`, in block `block` of its list when it is in one (the list
    /// below the file's), as the form shows it; `None` where the report has no such block, and
    /// in the empty file.
    fn value_at(&self, id: ItemId, source: Source, block: Option<usize>) -> Option<Value<'r>> {
        if matches!(source, Source::Blank) {
            return None;
        }
        // The file and the block, where there are: at most two places, not collected into a
        // `Vec`. Callgrind, the 全項目 sample to HTML (`benches/render.rs`): 3.57 M instructions
        // a render, 3.81 M when each value collected them (an allocation a value).
        let at: &[usize] = match (source.file(), block) {
            (Some(file), Some(block)) => &[file, block],
            (Some(one), None) | (None, Some(one)) => &[one],
            (None, None) => &[],
        };
        field_at(self.report, id, at).map(|field| as_shown(id, self.form, field.value()))
    }

    /// The value of an item in the first block of the empty report.
    fn blank_value(&self, id: ItemId) -> Value<'r> {
        field_at(self.blank, id, &[0, 0]).map_or(Value::Text(None), |field| {
            as_shown(id, self.form, field.value())
        })
    }

    /// Whether the report prints `id`: every item its revision of the form has
    /// ([`form::in_revision`]; the 基礎項目評価書 of 平成26年4月 has no Ⅳ リスク対策), and an item a
    /// later revision added where the report holds a value for it, so that no value goes
    /// unprinted. A chapter left without items is not printed, nor listed in the 項目一覧.
    fn prints(&self, id: ItemId) -> bool {
        let Some(revision) = self.older else {
            return true;
        };
        if form::in_revision(id, revision) {
            return true;
        }
        let mut holds = false;
        visit(self.report, id, &mut |_, field| holds |= !field.is_blank());
        holds
    }

    /// The label of a planned item in the report's own revision: the plan's (令和6年10月), else
    /// the one the older revision prints in its place ([`form::printed_label`]).
    fn label(&self, p: &Planned) -> &'static str {
        match self
            .older
            .map(|revision| form::printed_label(p.id, revision))
        {
            Some(older) if older != p.id.label() => older,
            _ => p.label,
        }
    }

    /// The line of an item, without its parts.
    fn line<'a>(&self, p: &Planned, value: Option<&'a Value<'r>>, marks: Marks) -> Line<'a, 'r> {
        Line {
            id: p.id,
            kind: if p.extra {
                LineKind::Extra
            } else {
                LineKind::Item
            },
            number: p.id.number(self.form).filter(|_| !p.extra),
            mark: p.mark,
            label: self.label(p),
            depth: p.depth + u8::from(p.extra),
            marks: Marks {
                significant: p.id.is_significant(self.form) && !marks.significant,
                gov_only: p.id.is_gov_only() && !marks.gov_only,
            },
            value,
        }
    }

    /// The lines of an item: its own line and one line per part of a group (a group whose
    /// parts are all boxes and counts stays on one line), one line per level of a list.
    fn lines<'a>(&self, p: &Planned, value: &'a Value<'r>, marks: Marks) -> Vec<Line<'a, 'r>> {
        let mut head = self.line(p, Some(value), marks);
        let mut lines = Vec::new();
        match value {
            Value::Group(parts) if !is_inline(parts) => {
                let mut parts = parts.iter().peekable();
                head.value = parts.next_if(|(label, _)| label.is_empty()).map(|(_, v)| v);
                // The 法令上の根拠 of 情報連携 is its whole text alone: its （1）情報提供の根拠 and
                // （2）情報照会の根拠 are stretches of that one cell, not rows of the form
                // (様式2 Ⅰ4②, 様式3 Ⅰ5②, 様式4 Ⅰ6②).
                let whole = p.id == ItemId::AffairInfoLinkageBasis;
                let depth = head.depth + 1;
                lines.push(head);
                for (label, part) in parts.filter(|_| !whole) {
                    lines.push(part_line(p.id, p.id.printed_label(label), part, depth));
                }
            }
            Value::List(levels) => {
                head.value = None;
                let depth = head.depth + 1;
                lines.push(head);
                for (i, level) in levels.iter().enumerate() {
                    // A level made of parts heads them; any other level is its value.
                    let parts = match level {
                        Value::Group(parts) => Some(parts),
                        _ => None,
                    };
                    lines.push(Line {
                        kind: LineKind::Level,
                        value: parts.is_none().then_some(level),
                        ..part_line(p.id, level_word(i), level, depth)
                    });
                    for (label, part) in parts.into_iter().flatten() {
                        lines.push(part_line(p.id, label, part, depth + 1));
                    }
                }
            }
            _ => lines.push(head),
        }
        lines
    }
}

/// One box of a checkbox list as the form prints it.
pub(super) struct CheckBox<'v> {
    /// Whether the box is checked.
    pub(super) on: bool,
    /// The box's label; empty for a その他 text written without its box.
    pub(super) label: &'v str,
    /// The box's parentheses, if it has them (その他（ ）, an 入手元 with its detail), with the
    /// text written in them, if any (the parentheses of an unwritten その他 print empty).
    pub(super) detail: Option<Option<&'v str>>,
}

/// The boxes of a checkbox list (`Value::Checks`, `Value::Sources`): every option in the form's
/// order, then any checked label the list does not have, then a その他 text whose list has no
/// その他 box. Empty for any other value.
pub(super) fn boxes<'v>(value: &'v Value<'_>) -> Vec<CheckBox<'v>> {
    // The checked labels, each with the text in its parentheses (an 入手元's detail), and the
    // text of a checkbox list's その他 (which has its box's parentheses, checked or not).
    let (checked, options, other) = match value {
        Value::Checks {
            checked,
            options,
            other,
        } => (
            checked.iter().map(|&c| (c, None)).collect(),
            options,
            Some(*other),
        ),
        Value::Sources { checked, options } => (checked.clone(), options, None),
        _ => return Vec::new(),
    };
    let unlisted = checked
        .iter()
        .map(|&(label, _)| label)
        .filter(|label| !options.contains(label));
    let mut boxes: Vec<CheckBox<'v>> = options
        .iter()
        .copied()
        .chain(unlisted)
        .map(|label| {
            let found = checked.iter().find(|(l, _)| *l == label);
            CheckBox {
                on: found.is_some(),
                label,
                // A box of a checkbox list has the text of its その他; an 入手元 and a checked
                // label the list does not have, their detail.
                detail: match other {
                    Some(other) if options.contains(&label) => (label == OTHER).then_some(other),
                    _ => found.and_then(|(_, detail)| *detail).map(Some),
                },
            }
        })
        .collect();
    if let Some(Some(other)) = other.filter(|_| !options.contains(&OTHER)) {
        boxes.push(CheckBox {
            on: false,
            label: "",
            detail: Some(Some(other)),
        });
    }
    boxes
}

/// The parts a value is made of, which each writer marks up in its own way ([`Markup::PARTS`]).
#[derive(Clone, Copy)]
pub(super) enum Parts {
    /// The texts of a list of names or lines.
    Texts,
    /// The boxes of a checkbox list.
    Boxes,
    /// The parts of a group printed on one line (boxes and counts).
    Inline,
    /// The texts of a list that takes the page's width (an appendix's 記録項目), in columns.
    Columns,
}

/// How a writer prints a value: the few pieces it marks up in its own way; [`Markup::value`]
/// walks the value the same for both formats.
pub(super) trait Markup {
    /// What stands before the parts, between two of them, before and after each, and after
    /// them, by kind of parts.
    const PARTS: fn(Parts) -> [&'static str; 5];
    /// The ※ mark after a label, and what stands before and after 【行政機関等のみ】.
    const MARKS: [&'static str; 3];
    /// What opens a checked box and an unchecked one, what stands around the text in its
    /// parentheses, and what closes it.
    const BOX: [&'static str; 5];
    /// Appends `text` escaped.
    fn escape(out: &mut String, text: &str);
    /// Appends a text; nothing for a text not written, as the form's box stays empty.
    fn text(out: &mut String, text: Option<&str>);
    /// Appends a ＜選択肢＞ item: the chosen option and the numbered list of every option.
    fn choice(out: &mut String, chosen: Option<&str>, options: &[&str]);
    /// Appends a date, several dates, a date or month, or a month.
    fn dates(out: &mut String, value: &Value<'_>);

    /// Appends one box of a checkbox list, with the text written in its parentheses, between
    /// the markup of [`Markup::BOX`].
    fn check(out: &mut String, b: CheckBox<'_>) {
        let [checked, unchecked, detail_open, detail_close, close] = Self::BOX;
        out.push_str(if b.on { checked } else { unchecked });
        if !b.label.is_empty() {
            Self::boxed(out, b.on, b.label);
        }
        if let Some(detail) = b.detail {
            out.push_str(detail_open);
            Self::escape_written(out, detail);
            out.push_str(detail_close);
        }
        out.push_str(close);
    }

    /// Appends a box as the forms mark it, checked (`[ ○ ]`) or empty (`[ ]`), and its label.
    fn boxed(out: &mut String, checked: bool, label: &str) {
        out.push_str(if checked { "[ ○ ] " } else { "[ ] " });
        Self::escape(out, label);
    }

    /// Appends `text` escaped, and nothing for a text not written.
    fn escape_written(out: &mut String, text: Option<&str>) {
        if let Some(text) = text {
            Self::escape(out, text);
        }
    }

    /// Appends the marks after a label: ※ for what is significant, 【行政機関等のみ】 for what
    /// only national bodies fill in.
    fn marks(out: &mut String, marks: Marks) {
        let [mark, before, after] = Self::MARKS;
        if marks.significant {
            out.push_str(mark);
        }
        if marks.gov_only {
            out.push_str(before);
            out.push_str(GOV_ONLY);
            out.push_str(after);
        }
    }

    /// Appends `value` as the form shows it; `label` is the label a box or a count is printed
    /// with.
    fn value(out: &mut String, value: &Value<'_>, label: &str) {
        match value {
            Value::Text(text) => Self::text(out, *text),
            Value::Label(text) => Self::text(out, text.as_deref()),
            Value::Basis(b) => Self::text(out, b.map(|b| b.as_str())),
            Value::Texts(texts) => Self::parts(out, Parts::Texts, texts.iter(), |out, text| {
                Self::text(out, Some(text));
            }),
            Value::Choice { chosen, options } => Self::choice(out, *chosen, options),
            Value::Checks { .. } | Value::Sources { .. } => {
                Self::parts(out, Parts::Boxes, boxes(value), Self::check);
            }
            Value::Flag(on) => Self::boxed(out, *on, label),
            Value::Count(n) => Self::escape(out, &count_text(label, *n)),
            Value::Group(parts) if is_inline(parts) => {
                Self::parts(out, Parts::Inline, parts, |out, (label, part)| {
                    Self::value(out, part, label);
                });
            }
            Value::Date(_) | Value::Dates(_) | Value::Month(_) => Self::dates(out, value),
            // A period as …から…までのN日間, はい / いいえ; a group nested in a group or a list
            // (none in the model: the walk gives a group of its own lines and a list a line per
            // level, [`Walker::lines`]) as its parts' `label：value` on one line.
            other => {
                if let Some(text) = other.printed() {
                    Self::escape(out, &text);
                }
            }
        }
    }

    /// Appends `items` as the parts of a value, each with `each`, marked up as [`Markup::PARTS`]
    /// says.
    fn parts<T>(
        out: &mut String,
        kind: Parts,
        items: impl IntoIterator<Item = T>,
        mut each: impl FnMut(&mut String, T),
    ) {
        let [open, between, before, after, close] = Self::PARTS(kind);
        out.push_str(open);
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                out.push_str(between);
            }
            out.push_str(before);
            each(out, item);
            out.push_str(after);
        }
        out.push_str(close);
    }
}

/// What the 項目 cell of a change record shows below the item: the item's number in `form`
/// and the transcriber's note, if any.
pub(super) fn change_refs(
    record: &ChangeRecord,
    form: AssessmentKind,
) -> impl Iterator<Item = String> {
    let number = record
        .item_id
        .and_then(|id| id.number(form))
        .map(str::to_owned);
    let note = record.note.as_deref().map(|note| format!("{NOTE}：{note}"));
    number.into_iter().chain(note)
}

/// The label of a transcriber's note.
pub(super) const NOTE: &str = "転記者注";

/// A line of `kind` with no number, mark, marks or value.
fn bare_line<'a, 'r>(kind: LineKind, id: ItemId, label: &'a str, depth: u8) -> Line<'a, 'r> {
    Line {
        id,
        kind,
        number: None,
        mark: "",
        label,
        depth,
        marks: Marks::default(),
        value: None,
    }
}

/// A line for one part of a group.
fn part_line<'a, 'r>(id: ItemId, label: &'a str, value: &'a Value<'r>, depth: u8) -> Line<'a, 'r> {
    Line {
        value: Some(value),
        ..bare_line(LineKind::Part, id, label, depth)
    }
}

/// The name of level `i` of a 再委託 chain (from 0): 再委託, 再々委託, 再々々委託…
fn level_word(i: usize) -> &'static str {
    const WORDS: [&str; 4] = [
        crate::form::RE_ENTRUSTMENT_PART,
        "再々委託",
        "再々々委託",
        "再々々々委託",
    ];
    WORDS.get(i).copied().unwrap_or("再々々々委託以下")
}

/// A count as the form prints it with its label: inside the label's `（ ）` (`（ 6 ）件`), after
/// the label of a part on a one-line group (`提供先の件数（ 28 ）`), alone without a label.
pub(super) fn count_text(label: &str, n: Option<u32>) -> String {
    // An empty count leaves the parentheses as the form prints them: （ ）.
    let inside = n.map_or_else(|| " ".to_owned(), |n| format!(" {n} "));
    match label.split_once("（ ）") {
        Some((before, after)) => format!("{before}（{inside}）{after}"),
        // Alone, an empty count prints nothing (there are no parentheses to leave).
        None if label.is_empty() => n.map_or_else(String::new, |n| n.to_string()),
        None => format!("{label}（{inside}）"),
    }
}

/// Whether a group is printed on one line: its parts are all boxes and counts (提供・移転の有無).
pub(super) fn is_inline(parts: &[(&'static str, Value<'_>)]) -> bool {
    parts
        .iter()
        .all(|(_, v)| matches!(v, Value::Flag(_) | Value::Count(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_form_differs_from_itself_in_nothing() {
        // The walk looks no label or item up for a report on the current form.
        let current = FormRevision::CURRENT;
        assert!(form::differences_in(current).next().is_none());
        for &id in ItemId::ALL {
            assert!(form::in_revision(id, current));
            assert_eq!(form::printed_label(id, current), id.label());
        }
    }

    #[test]
    fn every_item_of_a_form_is_planned_in_a_chapter_of_the_form() {
        for &form in AssessmentKind::ALL {
            let plan = plan_of(form);
            for id in ItemId::of_form(form) {
                let p = plan.iter().find(|p| p.id == id);
                let p = p.unwrap_or_else(|| panic!("{form}: {id} not planned"));
                assert!(
                    p.chapter == COVER || chapters(form).contains(&p.chapter),
                    "{form}: {id} in {}",
                    p.chapter
                );
            }
        }
    }

    #[test]
    fn every_section_and_sub_heading_has_its_words() {
        for &form in AssessmentKind::ALL {
            let plan = plan_of(form);
            for p in plan.iter().filter(|p| !p.extra) {
                let Some(n) = p.section else { continue };
                let key = format!("{}{n}", p.chapter);
                let own = plan
                    .iter()
                    .find(|q| !q.extra && q.is_whole() && q.id.number(form) == Some(&key));
                assert!(
                    section_title(form, p.chapter, n).is_some() || own.is_some(),
                    "{form}: section {key} has no heading"
                );
                // A sub-item follows the item of its number, or a sub-heading of its own.
                let sub = format!("{key}{}", p.stripped);
                let numbered = plan.iter().any(|q| q.id.number(form) == Some(&sub));
                assert!(
                    !p.sub || numbered || heading(form, &sub).is_some(),
                    "{form}: {sub} has no heading"
                );
            }
        }
    }

    #[test]
    fn other_boxes_keep_their_parentheses() {
        let checks = |other| Value::Checks {
            checked: Vec::new(),
            options: Medium::LABELS,
            other,
        };
        for (other, want) in [(None, Some(None)), (Some("FAX"), Some(Some("FAX")))] {
            let value = checks(other);
            let found = boxes(&value).into_iter().find(|b| b.label == OTHER);
            assert_eq!(found.map(|b| b.detail), Some(want));
        }
    }

    #[test]
    fn lists_and_parents_of_patterns() {
        assert_eq!(list_of("affair.name"), (None, 0));
        assert_eq!(
            list_of("files[].entrustments[].re_entrustees"),
            (Some("files[].entrustments[]"), 2)
        );
        assert_eq!(parent_of("files[].names"), Some("files[]"));
        assert_eq!(parent_of("changes"), None);
    }

    #[test]
    fn numbers_split_into_marks_and_sub_items() {
        let full = plan_of(AssessmentKind::Full);
        let find = |id| full.iter().find(|p| p.id == id).expect("planned");
        let p = find(ItemId::FileMainRecordItems);
        assert_eq!(
            (p.chapter, p.section, p.stripped, p.sub, p.mark),
            ("Ⅱ", Some(2), "④", true, "")
        );
        let p = find(ItemId::FileRecordItemCount);
        assert_eq!((p.mark, p.sub, p.depth), ("④", false, 0));
        let p = find(ItemId::FullStorageNisc);
        assert_eq!((p.mark, p.depth), ("①", 1));
        let p = find(ItemId::ProvisionLegalBasis);
        assert_eq!((p.mark, p.depth), ("①", 0));
        let p = find(ItemId::FileUsageDepartments);
        assert_eq!((p.stripped, p.sub), ("⑦", true));
        let p = find(ItemId::EntrustmentReEntrustees);
        assert!(p.extra);
        assert_eq!((p.chapter, p.section), ("Ⅱ", Some(4)));
        let p = find(ItemId::CoverBodyKind);
        assert_eq!(p.chapter, COVER);
    }

    #[test]
    fn threshold_options_are_those_of_the_form() {
        assert_eq!(
            threshold_options(AssessmentKind::Focused),
            [
                "基礎項目評価及び重点項目評価の実施が義務付けられる",
                "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）",
                "特定個人情報保護評価の実施が義務付けられない（任意に重点項目評価を実施）",
            ]
        );
        assert_eq!(threshold_options(AssessmentKind::Full).len(), 4);
        assert!(threshold_options(AssessmentKind::Basic).is_empty());
    }

    #[test]
    fn counts_stand_inside_their_label() {
        assert_eq!(count_text("（ ）件", Some(6)), "（ 6 ）件");
        assert_eq!(count_text("（ ）件", None), "（ ）件");
        assert_eq!(count_text("提供先の件数", Some(28)), "提供先の件数（ 28 ）");
        assert_eq!(count_text("", Some(31)), "31");
    }

    #[test]
    fn printed_labels_drop_the_heading() {
        let form = AssessmentKind::Full;
        assert_eq!(
            printed_label(ItemId::ProvisionLegalBasis, form),
            "法令上の根拠"
        );
        assert_eq!(
            printed_label(ItemId::CoverApprovalDate, form),
            "個人情報保護委員会　承認日"
        );
        assert_eq!(printed_label(ItemId::FileEntrustmentCount, form), "（ ）件");
    }
}
