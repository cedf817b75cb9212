//! The review page of an imported draft ([`super::review_html`]): the draft in the form's layout,
//! written by the HTML writer ([`super::html`]), with each value's source lines linked, then the
//! text the import read, line by line.
//!
//! The page is the writer's document with three things added, each by a small edit of what the
//! writer wrote for a line (the writer itself is untouched, so the page is always the report's
//! render): a summary at the top of `<main>`, a link to the source lines in the label cell of
//! every line whose value the trace holds (`<a class="src" id="v3" href="#L120">`, marked
//! `inferred` where the import inferred it), and the text read at the end, each line with its
//! anchor (`id="L120"`), every unread range headed by its reason (code and message) at its place
//! and every line of page furniture struck through as taken off.
//!
//! A value is placed at the line of its item in its file and block: the walk tells the writer
//! which file and block the lines that follow are of ([`Sink::at`]), and the value's JSON Pointer
//! gives its item ([`ItemPath::item`](crate::report::ItemPath::item)) and indices. A value the form's layout has no line for
//! (an item no form prints and the report leaves empty elsewhere) is listed after the draft.

use std::collections::{HashMap, HashSet};

use super::html::{Html, escape_plain};
use super::layout::{Chapter, Line, Markup, Section, Sink};
use super::push_fmt;
use crate::import::{
    Confidence, FurnitureKind, Trace, TracedValue, Warning, gaps::path_of_pointer,
};
use crate::report::{ChangeRecord, ItemId, Report};

/// The style sheet the review page adds to the render's: the summary, the links to the source,
/// inferred values, and the source text with its unread and furniture lines.
const CSS: &str = r#"
.review { border: 1pt solid #345; padding: 3mm 4mm; margin: 0 0 8mm 0; background: #f7f9fc; break-after: page; }
.review h2 { font-size: 12pt; margin: 0 0 2mm 0; }
.review table { width: auto; margin: 0 0 2mm 0; }
.review th, .review td { padding: 0.6mm 2mm; }
.review ul, .review ol { margin: 1mm 0; padding-left: 5mm; }
.review code, .source code { font-family: "Noto Sans Mono", monospace; font-size: 85%; }
.legend span { margin-right: 4mm; }
a.src { display: inline-block; margin-left: 1.5mm; font-size: 7pt; font-weight: normal; color: #245; text-decoration: none; border: 0.4pt solid #8ab; border-radius: 0.8mm; padding: 0 0.8mm; background: #fff; white-space: nowrap; }
a.src.inferred { color: #630; border-color: #c90; background: #fff3c4; }
[data-read="inferred"] > th, [data-read="inferred"] > .label, p[data-read="inferred"] { box-shadow: inset 1.2mm 0 0 #e0a800; }
[data-read="exact"] > th, [data-read="exact"] > .label, p[data-read="exact"] { box-shadow: inset 1.2mm 0 0 #6a9; }
section.source { break-before: page; }
section.source h2 { font-size: 12pt; border-bottom: 1.2pt solid #000; padding-bottom: 1.5mm; }
.lines { font-size: 8pt; line-height: 1.5; }
.ln { display: flex; gap: 2mm; border-left: 1.2mm solid transparent; padding-left: 1mm; }
.ln > .no { flex: 0 0 11mm; text-align: right; color: #888; text-decoration: none; }
.ln > .t { flex: 1 1 0; min-width: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.ln > .back { font-size: 7pt; color: #245; white-space: nowrap; }
.ln.read { border-left-color: #6a9; }
.ln.read.inferred { border-left-color: #e0a800; }
.ln.unread { border-left-color: #c33; background: #fdecec; }
.ln.furniture > .t { text-decoration: line-through; color: #999; }
.ln.furniture::after { content: "ページ要素（除外）"; font-size: 7pt; color: #999; white-space: nowrap; }
.why { margin: 1.5mm 0 0.5mm 0; padding: 0.5mm 2mm; background: #c33; color: #fff; font-size: 8pt; }
:target { outline: 1pt solid #c60; }
"#;

/// The review page: see [`super::review_html`].
pub(super) fn page(report: &Report, trace: &Trace, warnings: &[Warning], text: &str) -> String {
    let mut sink = Review::new(report, trace, warnings, text);
    super::layout::walk(report, &mut sink);
    sink.html.out
}

/// The key of a value's place in the layout: its item and the indices of its item's lists.
type Place = (ItemId, Vec<usize>);

/// The review writer: the HTML writer, and where each traced value goes.
struct Review<'t> {
    html: Html,
    trace: &'t Trace,
    warnings: &'t [Warning],
    text: &'t str,
    /// The indices of the values of each place, in the trace's order.
    at_place: HashMap<Place, Vec<usize>>,
    /// The indices of the values of each 変更箇所 row.
    at_change: HashMap<usize, Vec<usize>>,
    /// The values placed so far (each is linked once).
    placed: HashSet<usize>,
    /// The file and the block the walk is at.
    file: Option<usize>,
    block: Option<usize>,
}

impl<'t> Review<'t> {
    fn new(report: &Report, trace: &'t Trace, warnings: &'t [Warning], text: &'t str) -> Self {
        let mut at_place: HashMap<Place, Vec<usize>> = HashMap::new();
        let mut at_change: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, value) in trace.values.iter().enumerate() {
            let Some(path) = path_of_pointer(&value.pointer) else {
                continue;
            };
            if path.last_field() == Some("changes") || value.pointer.starts_with("/changes/") {
                if let Some(row) = path.indices().next() {
                    at_change.entry(row).or_default().push(i);
                }
                continue;
            }
            let Some(id) = path.item() else {
                continue;
            };
            let lists = id.pattern().matches("[]").count();
            let indices: Vec<usize> = path.indices().take(lists).collect();
            at_place.entry((id, indices)).or_default().push(i);
        }
        Review {
            html: Html::new(report.form()),
            trace,
            warnings,
            text,
            at_place,
            at_change,
            placed: HashSet::new(),
            file: None,
            block: None,
        }
    }

    /// The values of the line of item `id` at the walk's place, if not placed yet.
    fn values_of(&mut self, id: ItemId) -> Vec<usize> {
        let lists = id.pattern().matches("[]").count();
        let indices: Vec<usize> = self
            .file
            .into_iter()
            .chain(self.block)
            .take(lists)
            .collect();
        let values = self
            .at_place
            .get(&(id, indices))
            .cloned()
            .unwrap_or_default();
        let fresh: Vec<usize> = values
            .into_iter()
            .filter(|i| !self.placed.contains(i))
            .collect();
        self.placed.extend(fresh.iter().copied());
        fresh
    }

    /// `data-read="inferred"` when one of `values` is inferred, else `data-read="exact"`.
    fn read_attribute(&self, values: &[usize]) -> &'static str {
        let inferred = values.iter().any(|&i| {
            self.trace
                .values
                .get(i)
                .is_some_and(|v| v.confidence == Confidence::Inferred)
        });
        if inferred {
            " data-read=\"inferred\""
        } else {
            " data-read=\"exact\""
        }
    }

    /// The links of `values` to their source lines.
    fn links(&self, values: &[usize]) -> String {
        let mut out = String::new();
        for &i in values {
            if let Some(value) = self.trace.values.get(i) {
                link(&mut out, i, value);
            }
        }
        out
    }

    /// Marks the row the writer wrote from `start` for `values`: the read attribute on its first
    /// tag (`<tr`), the links before the end of its label cell (`</th>`).
    fn mark_row(&mut self, start: usize, values: &[usize]) {
        if values.is_empty() {
            return;
        }
        let attribute = self.read_attribute(values);
        let links = self.links(values);
        let out = &mut self.html.out;
        let Some(label_end) = out.get(start..).and_then(|s| s.find("</th>")) else {
            return;
        };
        out.insert_str(start + label_end, &links);
        if out.get(start..).is_some_and(|s| s.starts_with("<tr")) {
            out.insert_str(start + 3, attribute);
        }
    }

    /// The summary at the top of the page.
    fn summary(&mut self, report: &Report) {
        let trace = self.trace;
        let out = &mut self.html.out;
        let inferred = trace
            .values
            .iter()
            .filter(|v| v.confidence == Confidence::Inferred)
            .count();
        let unread_lines: usize = trace
            .unread
            .iter()
            .map(|u| u.lines[1].saturating_sub(u.lines[0]) + 1)
            .sum();
        let unread_chars = trace.unread_chars(self.text);
        let all_chars = self.text.chars().filter(|c| !c.is_whitespace()).count();
        out.push_str("<section class=\"review\" id=\"review\">\n<h2>取込みの確認</h2>\n<table>\n");
        let form = report.form();
        let revision = report
            .cover
            .form_version
            .map_or_else(|| "（読み取れず）".to_owned(), |r| r.to_string());
        let rows: [(&str, String); 7] = [
            (
                ItemId::CoverFormVersion.label(),
                form.form_title().to_owned(),
            ),
            ("様式の版", revision),
            (
                ItemId::CoverBody.label(),
                report.cover.body.clone().unwrap_or_default(),
            ),
            (
                ItemId::CoverTitle.label(),
                report.cover.title.clone().unwrap_or_default(),
            ),
            (
                "読み取った値",
                format!("{}（うち推定 {inferred}）", trace.values.len()),
            ),
            (
                "読めなかった行",
                format!("{unread_lines} 行（{} 箇所）", trace.unread.len()),
            ),
            (
                "読めなかった文字",
                format!(
                    "{unread_chars} 文字（空白を除く全 {all_chars} 文字の {}）",
                    percent(unread_chars, all_chars)
                ),
            ),
        ];
        for (label, value) in rows {
            push_fmt(out, format_args!("<tr><th>{label}</th><td>"));
            Html::escape(out, &value);
            out.push_str("</td></tr>\n");
        }
        let furniture: usize = trace
            .furniture
            .iter()
            .map(|f| f.lines[1].saturating_sub(f.lines[0]) + 1)
            .sum();
        push_fmt(
            out,
            format_args!(
                "<tr><th>ページ要素として除いた行</th><td>{furniture} 行</td></tr>\n</table>\n"
            ),
        );
        out.push_str("<p class=\"legend\"><span><a class=\"src\">12–14行</a> 読取り元の行</span><span><a class=\"src inferred\">推定 12行</a> 推定した値（確かめてください）</span><a href=\"#source\">読み取ったテキストへ</a></p>\n");
        self.warnings_and_unread();
        self.html.out.push_str("</section>\n");
    }

    /// The draft's warnings with their codes, and the list of unread ranges with links to their
    /// places in the text.
    fn warnings_and_unread(&mut self) {
        let trace = self.trace;
        let out = &mut self.html.out;
        push_fmt(
            out,
            format_args!("<h3>警告（{} 件）</h3>\n", self.warnings.len()),
        );
        if self.warnings.is_empty() {
            out.push_str("<p>なし</p>\n");
        } else {
            out.push_str("<ul class=\"warnings\">\n");
            for warning in self.warnings {
                push_fmt(out, format_args!("<li><code>{}</code> ", warning.code()));
                Html::escape(out, &warning.to_string());
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        push_fmt(
            out,
            format_args!("<h3>読めなかった範囲（{} 箇所）</h3>\n", trace.unread.len()),
        );
        if trace.unread.is_empty() {
            out.push_str("<p>なし</p>\n");
            return;
        }
        out.push_str("<details><summary>一覧</summary><ol class=\"unread\">\n");
        for (k, range) in trace.unread.iter().enumerate() {
            let [first, last] = range.lines;
            push_fmt(
                out,
                format_args!(
                    "<li><a href=\"#u{k}\">{first}–{last}行</a> <code>{}</code> {}</li>\n",
                    range.reason.code(),
                    range.reason.message()
                ),
            );
        }
        out.push_str("</ol></details>\n");
    }
}

/// `part` of `whole` as a percentage with one decimal (`12.5%`); `0%` of nothing.
fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "0%".to_owned();
    }
    // Tenths of a percent, rounded; the counts are far below where f64 loses units.
    let tenths = (part * 1000 + whole / 2) / whole;
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// Appends the link of value `i` to its source lines: `<a class="src" id="v3" href="#L12"
/// title="/cover/number（cell）">12–14行</a>`, `推定` before the lines of an inferred value.
fn link(out: &mut String, i: usize, value: &TracedValue) {
    let [first, last] = value.lines;
    let inferred = value.confidence == Confidence::Inferred;
    push_fmt(
        out,
        format_args!(
            "<a class=\"src{}\" id=\"v{i}\" href=\"#L{first}\" title=\"",
            if inferred { " inferred" } else { "" }
        ),
    );
    escape_plain(out, &value.pointer);
    out.push('（');
    escape_plain(out, &value.rule);
    out.push_str("）\">");
    if inferred {
        out.push_str("推定 ");
    }
    if first == last {
        push_fmt(out, format_args!("{first}行</a>"));
    } else {
        push_fmt(out, format_args!("{first}–{last}行</a>"));
    }
}

/// The words of a kind of page furniture.
fn furniture_words(kind: FurnitureKind) -> &'static str {
    match kind {
        FurnitureKind::PageMark => "ページ表示",
        FurnitureKind::PageNumber => "ページ番号",
        FurnitureKind::RunningHeader => "ヘッダー・フッター",
        FurnitureKind::RepeatedHeading => "繰り返された章の見出し",
        FurnitureKind::Ruby => "ルビ",
        FurnitureKind::ReaderMark => "読み上げの構造表示",
        FurnitureKind::Watermark => "透かし文字",
        FurnitureKind::Comment => "文書のコメント",
    }
}

impl<'r> Sink<'r> for Review<'_> {
    fn begin(&mut self, report: &'r Report) {
        self.html.begin(report);
        if let Some(head_end) = self.html.out.find("</head>") {
            self.html
                .out
                .insert_str(head_end, &format!("<style>{CSS}</style>\n"));
        }
        self.summary(report);
    }

    fn cover(&mut self, lines: &[Line<'_, 'r>]) {
        let start = self.html.out.len();
        self.html.cover(lines);
        for line in lines.iter().filter(|l| l.value.is_some()) {
            let values = self.values_of(line.id);
            if values.is_empty() {
                continue;
            }
            let attribute = self.read_attribute(&values);
            let links = self.links(&values);
            let out = &mut self.html.out;
            let needle = format!(" data-item=\"{}\"", line.id.as_str());
            let Some(at) = out.get(start..).and_then(|s| s.find(&needle)) else {
                continue;
            };
            let at = start + at;
            // The label's end: `</div>` of a field's label, `</p>` of the 様式 line.
            let rest = out.get(at..).unwrap_or_default();
            let end = [rest.find("</div>"), rest.find("</p>")]
                .into_iter()
                .flatten()
                .min();
            if let Some(end) = end {
                out.insert_str(at + end, &links);
            }
            out.insert_str(at, attribute);
        }
    }

    fn contents(&mut self, entries: &[Chapter]) {
        self.html.contents(entries);
    }

    fn chapter(&mut self, c: &Chapter, file: Option<usize>, anchor: &str) {
        self.html.chapter(c, file, anchor);
    }

    fn end_chapter(&mut self) {
        self.html.end_chapter();
    }

    fn section(&mut self, section: &Section<'_, 'r>) {
        let start = self.html.out.len();
        self.html.section(section);
        let line = section.line.as_ref().filter(|l| l.value.is_some());
        if let Some(line) = line {
            let values = self.values_of(line.id);
            self.mark_row(start, &values);
        }
    }

    fn line(&mut self, line: &Line<'_, 'r>) {
        let start = self.html.out.len();
        self.html.line(line);
        if line.value.is_some() {
            let values = self.values_of(line.id);
            self.mark_row(start, &values);
        }
    }

    fn at(&mut self, file: Option<usize>, block: Option<usize>) {
        self.file = file;
        self.block = block;
    }

    fn changes(&mut self, title: &str, records: &'r [ChangeRecord], anchor: &str) {
        let start = self.html.out.len();
        self.html.changes(title, records, anchor);
        let mut rows: Vec<(usize, Vec<usize>)> = self
            .at_change
            .iter()
            .map(|(row, values)| (*row, values.clone()))
            .collect();
        rows.sort_unstable();
        for (row, values) in rows {
            let attribute = self.read_attribute(&values);
            let links = self.links(&values);
            self.placed.extend(values.iter().copied());
            let out = &mut self.html.out;
            let needle = format!(" data-change=\"{row}\"");
            let Some(at) = out.get(start..).and_then(|s| s.find(&needle)) else {
                continue;
            };
            let at = start + at;
            // The row's first cell (its 変更日).
            if let Some(cell) = out.get(at..).and_then(|s| s.find("<td>")) {
                out.insert_str(at + cell + "<td>".len(), &links);
            }
            out.insert_str(at, attribute);
        }
    }

    fn end(&mut self) {
        self.unplaced();
        self.source();
        self.html.end();
    }
}

impl Review<'_> {
    /// The values the layout had no line for, each with its link.
    fn unplaced(&mut self) {
        let rest: Vec<usize> = (0..self.trace.values.len())
            .filter(|i| !self.placed.contains(i))
            .collect();
        if rest.is_empty() {
            return;
        }
        let trace = self.trace;
        let out = &mut self.html.out;
        out.push_str("<section class=\"review unplaced\" id=\"unplaced\">\n<h2>様式の表示にない値</h2>\n<ul>\n");
        for i in rest {
            let Some(value) = trace.values.get(i) else {
                continue;
            };
            out.push_str("<li><code>");
            Html::escape(out, &value.pointer);
            out.push_str("</code>");
            link(out, i, value);
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n</section>\n");
    }

    /// The text read, line by line, with the marks of the trace.
    fn source(&mut self) {
        let lines: Vec<&str> = self.text.lines().collect();
        let n = lines.len();
        let trace = self.trace;
        // Per line: how many value ranges and inferred ranges cover it (by differences), the
        // values that start on it, the unread ranges that start on it, and its furniture.
        let mut read = vec![0i64; n + 2];
        let mut inferred = vec![0i64; n + 2];
        let mut unread = vec![0i64; n + 2];
        let mut starts: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut why: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut furniture: Vec<Option<FurnitureKind>> = vec![None; n + 1];
        // (A range is cut to the text's lines; one past its end, or reversed, covers none.)
        let cover = |counts: &mut Vec<i64>, [first, last]: [usize; 2]| {
            let (first, last) = (first.max(1), last.min(n));
            if first <= last {
                if let Some(c) = counts.get_mut(first) {
                    *c += 1;
                }
                if let Some(c) = counts.get_mut(last + 1) {
                    *c -= 1;
                }
            }
        };
        for (i, value) in trace.values.iter().enumerate() {
            cover(&mut read, value.lines);
            if value.confidence == Confidence::Inferred {
                cover(&mut inferred, value.lines);
            }
            if let Some(s) = starts.get_mut(value.lines[0]) {
                s.push(i);
            }
        }
        for (k, range) in trace.unread.iter().enumerate() {
            cover(&mut unread, range.lines);
            if let Some(w) = why.get_mut(range.lines[0]) {
                w.push(k);
            }
        }
        for f in &trace.furniture {
            for no in f.lines[0]..=f.lines[1].min(n) {
                if let Some(slot) = furniture.get_mut(no) {
                    *slot = Some(f.kind);
                }
            }
        }
        let out = &mut self.html.out;
        out.push_str("<section class=\"source\" id=\"source\">\n<h2>読み取ったテキスト</h2>\n<div class=\"lines\">\n");
        let (mut r, mut f, mut u) = (0i64, 0i64, 0i64);
        for (i, line) in lines.iter().enumerate() {
            let no = i + 1;
            r += read.get(no).copied().unwrap_or(0);
            f += inferred.get(no).copied().unwrap_or(0);
            u += unread.get(no).copied().unwrap_or(0);
            for &k in why.get(no).into_iter().flatten() {
                let Some(range) = trace.unread.get(k) else {
                    continue;
                };
                let [first, last] = range.lines;
                push_fmt(
                    out,
                    format_args!(
                        "<div class=\"why\" id=\"u{k}\"><code>{}</code> {}（{first}–{last}行）</div>\n",
                        range.reason.code(),
                        range.reason.message()
                    ),
                );
            }
            out.push_str("<div class=\"ln");
            if r > 0 {
                out.push_str(" read");
            }
            if f > 0 {
                out.push_str(" inferred");
            }
            if u > 0 {
                out.push_str(" unread");
            }
            let kind = furniture.get(no).copied().flatten();
            if kind.is_some() {
                out.push_str(" furniture");
            }
            push_fmt(out, format_args!("\" id=\"L{no}\""));
            if let Some(kind) = kind {
                push_fmt(out, format_args!(" title=\"{}\"", furniture_words(kind)));
            }
            push_fmt(
                out,
                format_args!("><a class=\"no\" href=\"#L{no}\">{no}</a><span class=\"t\">"),
            );
            Html::escape(out, line.strip_suffix('\r').unwrap_or(line));
            out.push_str("</span>");
            for &v in starts.get(no).into_iter().flatten() {
                push_fmt(out, format_args!("<a class=\"back\" href=\"#v{v}\">↑</a>"));
            }
            out.push_str("</div>\n");
        }
        out.push_str("</div>\n</section>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Furniture, Unread, UnreadReason, import};
    use crate::{AssessmentKind, Sample};

    fn ids(page: &str, prefix: &str) -> Vec<String> {
        let doc = scraper::Html::parse_document(page);
        let selector = scraper::Selector::parse("[id]").unwrap();
        doc.select(&selector)
            .filter_map(|e| e.value().id())
            .filter(|id| id.starts_with(prefix))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_value_is_linked_once_and_every_line_has_its_anchor() {
        for sample in [Sample::KawaguchiFocused, Sample::KumagayaBasic] {
            let text = super::super::to_markdown(&sample.load().unwrap());
            let draft = import(&text).unwrap();
            let page = page(&draft.report, &draft.trace, &draft.warnings, &text);
            let mut values = ids(&page, "v");
            values.sort();
            values.dedup();
            assert_eq!(values.len(), draft.trace.values.len(), "{sample:?}");
            assert_eq!(ids(&page, "L").len(), text.lines().count());
            // Every link points at a line of the text.
            for v in &draft.trace.values {
                assert!(page.contains(&format!("href=\"#L{}\"", v.lines[0])));
            }
            // The draft's own render is all there, with the summary before it.
            let render = super::super::to_html(&draft.report);
            let heading = |html: &str| {
                let start = html.find("<h1>").unwrap();
                let end = html.get(start..).unwrap().find("</h1>").unwrap();
                html.get(start..start + end).unwrap().to_owned()
            };
            assert_eq!(heading(&page), heading(&render));
            assert!(page.find("取込みの確認").unwrap() < page.find("<h1>").unwrap());
        }
    }

    #[test]
    fn inferred_values_unread_ranges_and_furniture_are_marked() {
        let report = Report::example(AssessmentKind::Basic);
        let trace = Trace {
            values: vec![TracedValue {
                pointer: "/cover/body".to_owned(),
                lines: [2, 3],
                confidence: Confidence::Inferred,
                rule: std::borrow::Cow::Borrowed("cover.layout"),
            }],
            unread: vec![Unread {
                lines: [4, 5],
                reason: UnreadReason::StackedLabels,
            }],
            furniture: vec![Furniture {
                lines: [6, 6],
                kind: FurnitureKind::PageMark,
            }],
        };
        let warnings = [Warning::CoverUnread];
        let text = "表紙\n架空市長\n続き\n読めない行\nもう一行\n- 1 -\n";
        let page = page(&report, &trace, &warnings, text);
        assert!(page.contains("data-read=\"inferred\""));
        assert!(page.contains("<a class=\"src inferred\" id=\"v0\" href=\"#L2\""));
        assert!(page.contains("推定 2–3行"));
        assert!(page.contains("<code>IU003</code> ラベルが並び、値の位置を決められない（4–5行）"));
        assert!(page.contains("class=\"ln unread\" id=\"L4\""));
        assert!(page.contains("class=\"ln furniture\" id=\"L6\" title=\"ページ表示\""));
        assert!(page.contains("<code>IW005</code>"));
        // 「読めない行」 and 「もう一行」: 9 of the 20 characters.
        assert!(
            page.contains("9 文字（空白を除く全 20 文字の 45.0%）"),
            "{page}"
        );
    }

    #[test]
    fn the_text_and_the_trace_are_escaped() {
        let report = Report::example(AssessmentKind::Basic);
        let trace = Trace {
            values: vec![TracedValue {
                pointer: "/cover/\"><script>".to_owned(),
                lines: [1, 1],
                confidence: Confidence::Exact,
                rule: std::borrow::Cow::Borrowed("cell"),
            }],
            ..Trace::default()
        };
        let text = "<script>alert(1)</script>\u{1b}[31m\u{202e}";
        let page = page(&report, &trace, &[], text);
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.chars().any(|c| c == '\u{1b}' || c == '\u{202e}'));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        // A value the layout has no line for is listed after the draft, still linked.
        assert!(page.contains("様式の表示にない値"));
        assert!(page.contains("id=\"v0\""));
    }

    #[test]
    fn lines_past_the_text_and_an_empty_text_do_not_break_the_page() {
        let report = Report::example(AssessmentKind::Full);
        let trace = Trace {
            values: vec![TracedValue {
                pointer: "/cover/number".to_owned(),
                lines: [90, 120],
                confidence: Confidence::Exact,
                rule: std::borrow::Cow::Borrowed("cell"),
            }],
            unread: vec![Unread {
                lines: [200, 100],
                reason: UnreadReason::NoItem,
            }],
            ..Trace::default()
        };
        for text in ["", "一行\n"] {
            let page = page(&report, &trace, &[], text);
            assert!(page.ends_with("</html>\n"));
        }
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(0, 0), "0%");
    }
}
