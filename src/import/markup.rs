//! Tables and lists of a lightweight markup, read back a cell a line (rules `shape.psql`,
//! `shape.wiki_table`, `shape.asciidoc_table`, `shape.rst_list_table`, `shape.org_list`,
//! `shape.yaml_blocks`, `shape.json_lines`, `shape.unified_diff`, `shape.pdftotext_tsv`,
//! `shape.dokuwiki_table`, `shape.latex_tabular`, `shape.definition_list`,
//! `shape.side_by_side_diff`, `shape.word_diff`, `shape.python_repr`, `shape.js_object`,
//! `shape.xml_text`, `shape.captions`, `shape.chat_log`, `shape.data_frame` and
//! `shape.ocr_boxes`).
//!
//! A report copied into a wiki, a document written in a markup, or a table queried from a
//! database and pasted from a terminal, keeps the form's labels and values in the markup's
//! cells: `! 評価書番号` / `| 6` (MediaWiki), `|評価書番号` (AsciiDoc), `* - 評価書番号`
//! (reStructuredText), `- 評価書番号 :: 6` (org), ` 評価書番号 | 6` (psql), `特記事項: |-` (YAML). Each markup is read
//! by its own grammar, and only inside what its signature opens — a MediaWiki table between
//! `{|` and `|}`, an AsciiDoc table between `|===` lines, a reStructuredText `.. list-table::`
//! and its indented body, an org file's `- … ::` entries where at least
//! [`MARKUP_ENTRIES`] lines are such, a psql result under its `---+---` rule, a YAML block
//! scalar's indented lines, a diff's hunks under `@@ -l,s +l,s @@`, poppler's TSV under its
//! header line, a DokuWiki table with a header row, a LaTeX table environment, Markdown's
//! definitions where at least [`MARKUP_ENTRIES`] lines open with `:`, a side-by-side diff
//! where most lines print one text twice, a word diff's closed runs, Python's printed lists
//! under a line that opens one,
//! a JavaScript object under a line `{` alone, an XML document under its declaration, a
//! captions file under its `WEBVTT` line or its first cue, a chat under its first message's
//! header, a data frame's rows under its header of figures, an OCR engine's word boxes — so
//! that
//! a `|` or a `- ` a report's own sentence
//! holds is never taken for markup.
//!
//! **Takes in** the text's lines. **Gives out**, for each line, the lines it is to be read as:
//! its cells a line each, with the markup's marks taken off (a line of marks alone gives out
//! none, or a blank line where it parts rows); `None` where the markup's signature is not in
//! the text. **Refuses** a line its markup does not parse (passed on as it came): a reader never
//! guesses a cell's bounds.
//!
//! Each reader cites the markup's own reference: MediaWiki's Help:Tables, the Asciidoctor
//! documentation's Tables, Docutils' reStructuredText Directives (list-table), the Org Manual's
//! Plain Lists (description lists), PostgreSQL's psql `\pset format aligned`, YAML 1.2,
//! JSON Lines over RFC 8259, GNU diffutils' unified and side-by-side formats, GNU wdiff, poppler's
//! `pdftotext -tsv`,
//! DokuWiki's Formatting Syntax, Lamport's LaTeX (`tabular`), and PHP Markdown Extra's and
//! Pandoc's definition lists, the Python Language Reference's string literals, and ECMAScript's
//! object initializers as Node.js's `util.inspect` prints them, XML 1.0, W3C's WebVTT (and
//! SubRip's cues), Zoom's saved meeting chat, pandas' `DataFrame.to_string()`, and
//! PaddleOCR's printed result.

use super::limits::{MARKUP_ENTRIES, SIDE_BY_SIDE_LINES};

/// For each line of the text, the lines it is to be read as (see the module docs).
pub(super) type Rewrite = Vec<Vec<String>>;

/// A markup's reader: the text's lines in, each line's rewrite out, or `None` where the
/// markup's signature is not in the text.
pub(super) type Reader = fn(&[&str]) -> Option<Rewrite>;

/// How many times each ASCII character stands in a text's lines: a markup's signature holds
/// characters most texts hold none or few of (`+` a psql rule, `{` a MediaWiki table), and a
/// text without them is not given to its reader (see [`AsciiCounts::may_hold`]).
pub(super) struct AsciiCounts([usize; 128]);

impl AsciiCounts {
    /// The counts of `lines`.
    pub(super) fn of<'t>(lines: impl IntoIterator<Item = &'t str>) -> Self {
        // Every byte of a character beyond ASCII has its high bit set: eight such bytes (most
        // of a Japanese text) are passed over at once.
        const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
        let mut counts = [0; 128];
        let mut count = |bytes: &[u8]| {
            for &b in bytes {
                if let Some(n) = counts.get_mut(usize::from(b)) {
                    *n += 1;
                }
            }
        };
        for line in lines {
            let mut words = line.as_bytes().chunks_exact(8);
            for word in words.by_ref() {
                let all_high = <[u8; 8]>::try_from(word)
                    .is_ok_and(|w| u64::from_ne_bytes(w) & HIGH_BITS == HIGH_BITS);
                if !all_high {
                    count(word);
                }
            }
            count(words.remainder());
        }
        AsciiCounts(counts)
    }

    /// How many times `c` (ASCII) stands in the text; 0 for any other character.
    pub(super) fn of_char(&self, c: char) -> usize {
        let at = usize::try_from(u32::from(c)).unwrap_or(usize::MAX);
        self.0.get(at).copied().unwrap_or(0)
    }

    /// Whether the text may hold the signature of the markup `rule` names (`shape.psql`…): it
    /// holds the ASCII characters the signature needs, as many times as it needs them (two `:`
    /// for reStructuredText's `.. list-table::`; one a line for [`MARKUP_ENTRIES`] org entries
    /// or definitions). A reader not listed may read any text. (Every reader read every line
    /// for its signature: −7.6 M instructions of 205 M an import of the 全項目 seed text, which
    /// holds none, callgrind.)
    pub(super) fn may_hold(&self, rule: &str) -> bool {
        let n = |c| self.of_char(c);
        match rule {
            // `@@ -l,s +l,s @@`
            "shape.unified_diff" => n('@') >= 4,
            // `-----+-----`
            "shape.psql" => n('+') >= 1 && n('-') >= 4,
            // `{|`
            "shape.wiki_table" => n('{') >= 1 && n('|') >= 1,
            // `|===`
            "shape.asciidoc_table" => n('|') >= 1 && n('=') >= 3,
            // `.. list-table::`
            "shape.rst_list_table" => n(':') >= 2,
            // `- 架空 ::`, MARKUP_ENTRIES times
            "shape.org_list" => n(':') >= 2 * MARKUP_ENTRIES,
            // `架空: |-` (every indicator holds `|` or `>`)
            "shape.yaml_blocks" => n(':') >= 1 && n('|') + n('>') >= 1,
            // a row opening with `^`
            "shape.dokuwiki_table" => n('^') >= 1,
            // `\begin{tabular}`
            "shape.latex_tabular" => n('\\') >= 1 && n('{') >= 1,
            // `:   架空` or `~   架空`, MARKUP_ENTRIES times
            "shape.definition_list" => n(':') + n('~') >= MARKUP_ENTRIES,
            // `['架空'` or `["架空"`
            "shape.python_repr" => n('[') >= 1 && n('\'') + n('"') >= 1,
            // `<?xml` or `<!DOCTYPE`
            "shape.xml_text" => n('<') >= 1 && n('>') >= 1 && n('?') + n('!') >= 1,
            // `[-架空-]` or `{+架空+}`
            "shape.word_diff" => n('[') + n('{') >= 1 && n('-') + n('+') >= 2,
            // `{` alone, then `架空: '架空'`, MARKUP_ENTRIES times
            "shape.js_object" => {
                n('{') + n('[') >= 1
                    && n(':') >= MARKUP_ENTRIES
                    && n('\'') + n('"') >= 2 * MARKUP_ENTRIES
            }
            // `00:00:04.600 --> 00:00:06.600`
            "shape.captions" => n('-') >= 2 && n('>') >= 1 && n(':') >= 2,
            // `[[[96.0, 84.0], …], ('評価書番号', 0.92)]`, MARKUP_ENTRIES times
            "shape.ocr_boxes" => {
                n('[') >= 3 * MARKUP_ENTRIES && n('\'') + n('"') >= 2 * MARKUP_ENTRIES
            }
            // `0  評価書番号  3`, MARKUP_ENTRIES rows under `0  1`
            "shape.data_frame" => n(' ') >= 4 * MARKUP_ENTRIES,
            // `14:03:12 From 架空 to Everyone:`, MARKUP_ENTRIES times
            "shape.chat_log" => n(':') >= 3 * MARKUP_ENTRIES,
            _ => true,
        }
    }
}

/// A flat JSON object's members in order: each key with its string value (`None` for a
/// number, `true`, `false` or `null`).
type Members = Vec<(String, Option<String>)>;

/// Each line as it came.
fn as_they_came(lines: &[&str]) -> Rewrite {
    lines.iter().map(|l| vec![(*l).to_owned()]).collect()
}

/// `cell` trimmed, as a line to read; none for an empty cell.
fn cell_line(cell: &str) -> Vec<String> {
    let t = cell.trim();
    if t.is_empty() {
        Vec::new()
    } else {
        vec![t.to_owned()]
    }
}

/// The lines `text` holds where HTML's line break (`<br />`, `<br>`) parts them.
fn at_line_breaks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let next = ["<br />", "<br/>", "<br>"]
            .iter()
            .filter_map(|tag| rest.find(tag).map(|at| (at, tag.len())))
            .min();
        let Some((at, len)) = next else {
            out.extend(cell_line(rest));
            return out;
        };
        out.extend(cell_line(rest.get(..at).unwrap_or_default()));
        rest = rest.get(at + len..).unwrap_or_default();
    }
}

// ---- psql ----

/// psql's aligned output (PostgreSQL, `\pset format aligned`): the column names, a rule of `-`
/// runs parted by `+` where the columns part, then a row a line, its cells parted by ` | `; a
/// value of several lines goes on over the next lines, a `+` closing each line but its last,
/// the other columns blank; `(N rows)` closes the result.
///
/// Each row under the rule is given out as its cells, each a line, the `+` marks taken off; a
/// line with a different count of bars ends the result. Reads ` ①事務の名称 | 架空事務` →
/// `①事務の名称` / `架空事務`. Refuses rows with no rule above them (a sentence's `|`).
pub(super) fn psql(lines: &[&str]) -> Option<Rewrite> {
    // A result opens with its rule: the lines are copied only past one (no line of most texts
    // is one: −0.9 ms of 25 on the import bench).
    let mut at = lines.iter().position(|l| psql_rule_bars(l).is_some())?;
    let mut out = as_they_came(lines);
    let mut found = false;
    while at < lines.len() {
        let bars = lines.get(at).and_then(|l| psql_rule_bars(l));
        let Some(bars) = bars else {
            at += 1;
            continue;
        };
        // The rule is markup.
        if let Some(line) = out.get_mut(at) {
            line.clear();
        }
        at += 1;
        while let Some(cells) = lines.get(at).and_then(|l| psql_cells(l, bars)) {
            let mut written = Vec::new();
            for cell in cells {
                let cell = cell.trim_end();
                let value = cell.strip_suffix('+').unwrap_or(cell);
                written.extend(cell_line(value));
            }
            if let Some(line) = out.get_mut(at) {
                *line = written;
            }
            found = true;
            at += 1;
        }
    }
    found.then_some(out)
}

/// The count of `+` of psql's rule under the column names (`-----+-----`); `None` for any other
/// line.
fn psql_rule_bars(line: &str) -> Option<usize> {
    let t = line.trim();
    // A rule opens with `-`: any other line is not split (every line was: −0.5 ms of 25 on the
    // import bench).
    if !t.starts_with('-') {
        return None;
    }
    let runs: Vec<&str> = t.split('+').collect();
    let is_rule = runs.len() >= 2
        && runs
            .iter()
            .all(|run| run.len() >= 2 && run.chars().all(|c| c == '-'));
    is_rule.then_some(runs.len() - 1)
}

/// The cells of a row of psql's aligned output with `bars` bars between its cells; `None` for a
/// line with a different count.
fn psql_cells(line: &str, bars: usize) -> Option<Vec<&str>> {
    if line.trim().is_empty() {
        return None;
    }
    let cells: Vec<&str> = line.split('|').collect();
    (cells.len() == bars + 1).then_some(cells)
}

// ---- MediaWiki ----

/// A MediaWiki table (Help:Tables): `{|` opens it and `|}` closes it; `|-` parts its rows; `!`
/// opens a line of header cells parted by `!!`, `|` a line of data cells parted by `||`; a
/// cell's attributes stand before a single `|` (`colspan="2" | 架空`); a line that opens with
/// neither goes on the cell above; `<br />` breaks a cell's line. Outside tables, a heading
/// `== 架空 ==` is its words.
///
/// Each cell is given out a line, its attributes off; `{|` and `|}` give out a blank line, `|-`
/// none. Reads `! 評価書番号 !! 評価書名` → `評価書番号` / `評価書名`. Refuses a `|` outside `{|`
/// … `|}`.
pub(super) fn wiki_table(lines: &[&str]) -> Option<Rewrite> {
    if !lines.iter().any(|l| l.trim_start().starts_with("{|")) {
        return None;
    }
    let mut out = as_they_came(lines);
    let mut in_table = false;
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        let t = line.trim();
        if t.starts_with("{|") {
            in_table = true;
            *written = vec![String::new()];
        } else if t == "|}" && in_table {
            in_table = false;
            *written = vec![String::new()];
        } else if in_table {
            *written = wiki_row(t);
        } else if let Some(words) = wiki_heading(t) {
            *written = vec![words.to_owned()];
        }
    }
    Some(out)
}

/// The cells a line inside a MediaWiki table gives out ([`wiki_table`]).
fn wiki_row(t: &str) -> Vec<String> {
    if t.starts_with("|-") {
        return Vec::new();
    }
    let (cells, parted_by) = if let Some(rest) = t.strip_prefix("|+") {
        (rest, "||")
    } else if let Some(rest) = t.strip_prefix('!') {
        (rest, "!!")
    } else if let Some(rest) = t.strip_prefix('|') {
        (rest, "||")
    } else {
        // A line of the cell above.
        return at_line_breaks(t);
    };
    let mut out = Vec::new();
    for cell in cells.split(parted_by).flat_map(|c| c.split("||")) {
        out.extend(at_line_breaks(without_wiki_attributes(cell)));
    }
    out
}

/// A MediaWiki cell without the attributes before its single `|` (`colspan="2" | 架空` →
/// ` 架空`); the cell as it is where what stands before a `|` is no attributes.
fn without_wiki_attributes(cell: &str) -> &str {
    match cell.split_once('|') {
        Some((attributes, content)) if are_html_attributes(attributes) => content,
        _ => cell,
    }
}

/// Whether `text` is HTML attributes alone: `name="value"` pairs (or `name=value`) parted by
/// spaces, one at least.
fn are_html_attributes(text: &str) -> bool {
    let pairs: Vec<&str> = text.split_whitespace().collect();
    !pairs.is_empty()
        && pairs.iter().all(|pair| {
            pair.split_once('=').is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
            })
        })
}

/// The words of a MediaWiki heading (`== Ⅰ 基本情報 ==` → `Ⅰ 基本情報`): as many `=` on each
/// side, two to six.
fn wiki_heading(t: &str) -> Option<&str> {
    let level = t.chars().take_while(|&c| c == '=').count();
    if !(2..=6).contains(&level) {
        return None;
    }
    let marks = "=".repeat(level);
    let inner = t
        .strip_prefix(marks.as_str())?
        .strip_suffix(marks.as_str())?;
    let words = inner.trim();
    (!words.is_empty() && !words.starts_with('=') && !words.ends_with('=')).then_some(words)
}

// ---- AsciiDoc ----

/// An AsciiDoc table (Asciidoctor, Tables): `|===` lines open and close it; a cell opens with `|`
/// after its specifier (`2+|` spans two columns, `a|` holds AsciiDoc, `^.^|` aligns), a line
/// may hold several cells, and a line with no `|` goes on the cell above; ` +` ends a line with
/// a hard break. A block's attribute line (`[cols="1,3"]`, `[.text-right]`) and a title
/// (`= 架空`, `== 架空`) are markup; `+架空+` passes its words through.
///
/// Each cell is given out a line; `|===` a blank line; the attribute lines none. Reads `2+|1.特定
/// 個人情報ファイルを取り扱う事務` → `1.特定個人情報ファイルを取り扱う事務`. Refuses a `|`
/// outside `|===` lines, and `[平成26年4月 様式2]` (no attribute: no `=`, no `.`, `#` or `%` to
/// open it).
pub(super) fn asciidoc_table(lines: &[&str]) -> Option<Rewrite> {
    if !lines.iter().any(|l| l.trim() == "|===") {
        return None;
    }
    let mut out = as_they_came(lines);
    let mut in_table = false;
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        let t = line.trim();
        if t == "|===" {
            in_table = !in_table;
            *written = vec![String::new()];
        } else if in_table {
            *written = asciidoc_cells(t);
        } else if is_asciidoc_attributes(t) {
            *written = Vec::new();
        } else if let Some(words) = asciidoc_title(t).or_else(|| asciidoc_passthrough(t)) {
            *written = vec![words.to_owned()];
        }
    }
    Some(out)
}

/// The cells of a line inside an AsciiDoc table ([`asciidoc_table`]).
fn asciidoc_cells(t: &str) -> Vec<String> {
    let t = t.strip_suffix(" +").unwrap_or(t);
    let Some(bar) = t.find('|') else {
        return cell_line(t);
    };
    let (specifier, rest) = t.split_at(bar);
    if !is_cell_specifier(specifier) {
        // A line of the cell above that holds a `|` of its own.
        return cell_line(t);
    }
    let mut out = Vec::new();
    for cell in rest.split('|') {
        out.extend(cell_line(cell));
    }
    out
}

/// Whether `text` is an AsciiDoc cell's specifier: a span or a duplication (`2+`, `.3+`, `2*`),
/// an alignment (`<`, `^`, `>`, `.<`, `.^`, `.>`) and a style letter (`a`, `d`, `e`, `h`, `l`,
/// `m`, `s`), or nothing.
fn is_cell_specifier(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_digit() || "+*.<^>adehlms".contains(c))
}

/// Whether `t` is an AsciiDoc block attribute line: `[…]` whose first character is `.`, `#` or
/// `%` (a role, an id, an option) or that holds `=` (`cols="1,3"`).
fn is_asciidoc_attributes(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) else {
        return false;
    };
    inner.starts_with(['.', '#', '%']) || inner.contains('=')
}

/// The words of an AsciiDoc title or section title (`= 架空`, `== 架空`: one to six `=`, a space).
fn asciidoc_title(t: &str) -> Option<&str> {
    let level = t.chars().take_while(|&c| c == '=').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let words = t.get(level..)?.strip_prefix(' ')?.trim();
    (!words.is_empty()).then_some(words)
}

/// The words an AsciiDoc passthrough holds (`+[平成26年4月 様式4]+` → `[平成26年4月 様式4]`).
fn asciidoc_passthrough(t: &str) -> Option<&str> {
    let inner = t.strip_prefix('+')?.strip_suffix('+')?;
    (!inner.is_empty() && !inner.starts_with('+')).then_some(inner)
}

// ---- reStructuredText ----

/// A reStructuredText list table (Docutils, Directives: `list-table`): the directive
/// `.. list-table::`, its options (`:widths: 30 70`), then a bullet list of rows indented under
/// it, each row `* - 架空` with its further cells `- 架空` under it, a cell's further lines
/// indented to its text; a line block `| 架空` keeps a cell's line breaks. Outside, a title's
/// over- and underline (a line of one punctuation character repeated) and a paragraph all in
/// strong emphasis (`**架空**`) are markup.
///
/// Each cell's lines are given out, their marks off; the directive and its options none.
/// Reads `* - ①事務の名称` / `  - 架空事務` → `①事務の名称` / `架空事務`. Refuses a `- ` list
/// outside a list table (a list of the report's own).
pub(super) fn rst_list_table(lines: &[&str]) -> Option<Rewrite> {
    if !lines
        .iter()
        .any(|l| l.trim_start().starts_with(".. list-table::"))
    {
        return None;
    }
    let mut out = as_they_came(lines);
    // The directive's indentation while in its body.
    let mut directive: Option<usize> = None;
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        let t = line.trim();
        let indent = line.len() - line.trim_start().len();
        if t.starts_with(".. list-table::") {
            directive = Some(indent);
            *written = Vec::new();
            continue;
        }
        if let Some(opened_at) = directive {
            if t.is_empty() {
                continue;
            }
            if indent > opened_at {
                *written = rst_row_line(t);
                continue;
            }
            directive = None;
        }
        if is_rst_adornment(t) {
            *written = Vec::new();
        } else if let Some(words) = t.strip_prefix("**").and_then(|r| r.strip_suffix("**")) {
            *written = cell_line(words);
        }
    }
    Some(out)
}

/// The line a line of a list table's body gives out ([`rst_list_table`]): a directive's option
/// none, a row's or a cell's mark off, a line block's bar off.
fn rst_row_line(t: &str) -> Vec<String> {
    if t.starts_with(':')
        && t.get(1..)
            .is_some_and(|r| r.contains(": ") || r.ends_with(':'))
    {
        return Vec::new();
    }
    // A row's mark and its first cell's, or a further cell's; an empty cell's mark alone.
    let cell = match t {
        "* -" | "-" => Some(""),
        _ => t.strip_prefix("* - ").or_else(|| t.strip_prefix("- ")),
    };
    let text = cell.unwrap_or(t).trim_start();
    let text = text
        .strip_prefix("| ")
        .or_else(|| (text == "|").then_some(""))
        .unwrap_or(text);
    cell_line(text)
}

/// Whether `t` is a title's over- or underline: one punctuation character of reStructuredText's
/// adornments repeated, four times at least.
fn is_rst_adornment(t: &str) -> bool {
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    "=-~^*#\"'`:.+_".contains(first) && t.chars().count() >= 4 && chars.all(|c| c == first)
}

// ---- org ----

/// Org's description lists (The Org Manual, Plain Lists): an entry `- 架空 :: 架空` (a term, ` ::
/// `, its description), its further lines indented under it; a heading opens with stars
/// (`** 架空`); a keyword line `#+TITLE: 架空` gives the document's title, other keyword lines are
/// settings.
///
/// Where at least [`MARKUP_ENTRIES`] lines are such entries, each entry is given out as its
/// term and its description, a line each; a further line indented; a heading's words; the
/// title's words; other keyword lines none. Reads `- ①事務の名称 :: 架空事務` → `①事務の名称` /
/// `架空事務`. Refuses a text with fewer entries, and `- 甲` (a list's item, no term).
pub(super) fn org_list(lines: &[&str]) -> Option<Rewrite> {
    let entries = lines.iter().filter(|l| org_entry(l).is_some()).count();
    if entries < MARKUP_ENTRIES {
        return None;
    }
    let mut out = as_they_came(lines);
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        let t = line.trim();
        if let Some((term, description)) = org_entry(line) {
            let mut cells = cell_line(term);
            cells.extend(cell_line(description));
            *written = cells;
        } else if let Some(title) = t.strip_prefix("#+TITLE:") {
            *written = cell_line(title);
        } else if t.starts_with("#+") {
            *written = Vec::new();
        } else if let Some(words) = org_heading(t) {
            *written = vec![words.to_owned()];
        }
    }
    Some(out)
}

/// An org description list's entry (`- 架空 :: 架空`, or `- 架空 ::` with its description on the
/// next lines): its term and its description.
fn org_entry(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start().strip_prefix("- ")?;
    if let Some(term) = rest.trim_end().strip_suffix(" ::") {
        return Some((term, ""));
    }
    rest.split_once(" :: ")
}

/// The words of an org heading (`** 架空` → `架空`): stars at the line's start, then a space.
fn org_heading(t: &str) -> Option<&str> {
    let stars = t.chars().take_while(|&c| c == '*').count();
    let words = t.get(stars..)?.strip_prefix(' ')?.trim();
    (stars >= 1 && !words.is_empty()).then_some(words)
}

// ---- YAML ----

/// YAML's block scalars (YAML 1.2, §8.1): a mapping's key followed by `|` or `>` (with `-` or
/// `+`, the chomping indicator) opens a value written on the lines indented under the key; and
/// a value wholly in quotes (`'…'`, `"…"`, §7.3) is the words inside.
///
/// Where a line so opens a block, the indicator is taken off the key's line (`特記事項: |-` →
/// `特記事項:`) and the block's lines are given out without their indentation; a mapping's value
/// wholly in single or double quotes loses them (`様式: '[平成26年4月 様式2]'` → `様式:
/// [平成26年4月 様式2]`, `''` → nothing after the key). Only in a text with a block scalar.
/// Refuses a `|` that ends a sentence's line with no key before it, and `①事務の名称: 「甲」`
/// (no YAML quotes).
pub(super) fn yaml_blocks(lines: &[&str]) -> Option<Rewrite> {
    if !lines.iter().any(|l| yaml_block_key(l).is_some()) {
        return None;
    }
    let mut out = as_they_came(lines);
    // The indentation of the key whose block is being read.
    let mut block: Option<usize> = None;
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        let indent = line.len() - line.trim_start().len();
        if let Some(key_indent) = block {
            if line.trim().is_empty() || indent > key_indent {
                *written = cell_line(line);
                continue;
            }
            block = None;
        }
        if let Some(key) = yaml_block_key(line) {
            block = Some(indent);
            *written = vec![format!("{key}:")];
        } else if let Some((key, value)) = yaml_quoted(line) {
            *written = vec![format!("{key}: {value}").trim_end().to_owned()];
        }
    }
    Some(out)
}

/// The key (with its indentation) of a mapping's line that opens a block scalar (`  ②事務の
/// 概要: |-` → `  ②事務の概要`).
fn yaml_block_key(line: &str) -> Option<&str> {
    let t = line.trim_end();
    // Every indicator ends in one of these: any other line is not searched for `: ` (every
    // line was: −0.3 ms of 25 on the import bench).
    if !t.ends_with(['|', '-', '+', '>']) {
        return None;
    }
    let (key, indicator) = t.rsplit_once(": ")?;
    let is_indicator = matches!(indicator, "|" | "|-" | "|+" | ">" | ">-" | ">+");
    (is_indicator && !key.trim().is_empty()).then_some(key)
}

/// The key (with its indentation) and the unquoted value of a mapping's line whose value is
/// wholly in YAML's single or double quotes (a quote doubled inside single quotes is one).
fn yaml_quoted(line: &str) -> Option<(&str, String)> {
    let (key, value) = line.trim_end().split_once(": ")?;
    if key.trim().is_empty() {
        return None;
    }
    let value = value.trim();
    if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        return Some((key, inner.replace("''", "'")));
    }
    let inner = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'))?;
    (!inner.contains('\\')).then(|| (key, inner.to_owned()))
}

// ---- JSON Lines ----

/// JSON Lines (jsonlines.org): a JSON object a line, as a scraper saves a page's table rows
/// (`{"label": "評価書番号", "value": "6"}`). Where every line of the text that is not blank is
/// such an object with only strings, numbers, `true`, `false` and `null` in it (RFC 8259), at
/// least [`MARKUP_ENTRIES`] of them, each object is given out as its strings in order, a `\n`
/// inside one breaking its line; a key whose value stands the same in the row above or below
/// in half the rows or more is the rows' context (a page's section, a heading over them) and
/// is given out only where its value changes; an empty string nowhere. Reads `{"label": "①事務の名称", "value": "架空事務"}` →
/// `①事務の名称` / `架空事務`. Refuses a text with a line that is no such object, and an
/// object nested in another.
pub(super) fn json_lines(lines: &[&str]) -> Option<Rewrite> {
    let mut objects: Vec<Option<Members>> = Vec::with_capacity(lines.len());
    for line in lines {
        if line.trim().is_empty() {
            objects.push(None);
            continue;
        }
        objects.push(Some(flat_object(line.trim())?));
    }
    let rows: Vec<&Members> = objects.iter().flatten().collect();
    if rows.len() < MARKUP_ENTRIES {
        return None;
    }
    let context = context_keys(&rows);
    let mut out = as_they_came(lines);
    // Each context key's last value given out.
    let mut heading: Vec<(&str, &str)> = Vec::new();
    for (object, written) in objects.iter().zip(out.iter_mut()) {
        let Some(fields) = object else {
            continue;
        };
        written.clear();
        for (key, value) in fields {
            let Some(text) = value else {
                continue;
            };
            if context.contains(key) {
                let last = heading.iter_mut().find(|(k, _)| *k == key.as_str());
                match last {
                    Some((_, last)) if *last == text.as_str() => continue,
                    Some((_, last)) => *last = text,
                    None => heading.push((key, text)),
                }
            }
            for line in text.lines() {
                written.extend(cell_line(line));
            }
        }
    }
    Some(out)
}

/// The keys of `rows` whose string value stands the same in the row above or below in half the
/// rows or more ([`json_lines`]): the rows' context, not a cell of theirs.
fn context_keys(rows: &[&Members]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for row in rows {
        for (key, _) in row.iter() {
            if !keys.contains(key) {
                keys.push(key.clone());
            }
        }
    }
    keys.retain(|key| {
        let values: Vec<Option<&str>> = rows.iter().map(|row| string_of(row, key)).collect();
        // The rows whose value stands the same in the row above or below.
        let mut shared = 0;
        for (i, this) in values.iter().enumerate() {
            let above = i.checked_sub(1).and_then(|j| values.get(j));
            let below = values.get(i + 1);
            if this.is_some() && (above == Some(this) || below == Some(this)) {
                shared += 1;
            }
        }
        shared * 2 >= rows.len()
    });
    keys
}

/// The string value of `key` in `row`; `None` where the row holds no such key or no string.
fn string_of<'a>(row: &'a Members, key: &str) -> Option<&'a str> {
    row.iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, value)| value.as_deref())
}

/// A flat JSON object's members in order, each key with its string value (`None` for a
/// number, `true`, `false` or `null`); `None` for any other text (an array, a nested object,
/// a string with a bad escape, anything after the object).
fn flat_object(text: &str) -> Option<Members> {
    let mut rest = text.strip_prefix('{')?.trim_start();
    let mut members = Vec::new();
    if let Some(after) = rest.strip_prefix('}') {
        return after.trim().is_empty().then_some(members);
    }
    loop {
        let (key, after_key) = json_string(rest)?;
        rest = after_key.trim_start().strip_prefix(':')?.trim_start();
        let value = if rest.starts_with('"') {
            let (value, after_value) = json_string(rest)?;
            rest = after_value;
            Some(value)
        } else {
            let end = rest.find([',', '}'])?;
            let (scalar, after_value) = rest.split_at_checked(end)?;
            if !is_json_scalar(scalar.trim()) {
                return None;
            }
            rest = after_value;
            None
        };
        members.push((key, value));
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix(',') {
            rest = after.trim_start();
            continue;
        }
        let after = rest.strip_prefix('}')?;
        return after.trim().is_empty().then_some(members);
    }
}

/// Whether `text` is a JSON number, `true`, `false` or `null`.
fn is_json_scalar(text: &str) -> bool {
    let number = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'));
    number || matches!(text, "true" | "false" | "null")
}

/// A JSON string at the start of `text` (RFC 8259 §7: its escapes, a surrogate pair as one
/// character) and the text after it; `None` where none opens it or it is not closed.
fn json_string(text: &str) -> Option<(String, &str)> {
    let body = text.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((out, body.get(at + 1..)?)),
            '\\' => {
                let (_, escape) = chars.next()?;
                let unescaped = match escape {
                    '"' | '\\' | '/' => escape,
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => {
                        let high = json_hex4(&mut chars)?;
                        if (0xD800..0xDC00).contains(&high) {
                            let (_, backslash) = chars.next()?;
                            let (_, u) = chars.next()?;
                            if backslash != '\\' || u != 'u' {
                                return None;
                            }
                            let low = json_hex4(&mut chars)?;
                            if !(0xDC00..0xE000).contains(&low) {
                                return None;
                            }
                            char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                        } else {
                            char::from_u32(high)?
                        }
                    }
                    _ => return None,
                };
                out.push(unescaped);
            }
            c if u32::from(c) < 0x20 => return None,
            c => out.push(c),
        }
    }
    None
}

/// Four hexadecimal digits of a `\u` escape, as a number.
fn json_hex4(chars: &mut std::str::CharIndices<'_>) -> Option<u32> {
    let mut value = 0;
    for _ in 0..4 {
        let (_, c) = chars.next()?;
        value = value * 16 + c.to_digit(16)?;
    }
    Some(value)
}

// ---- Markdown definition lists ----

/// Markdown's definition lists (PHP Markdown Extra, Definition Lists; Pandoc's User's Guide,
/// Definition lists): a term on a line of its own, then each of its definitions opening with
/// `:` (Pandoc also `~`), up to three spaces before the mark and white space after it; a
/// definition's further lines are indented under it.
///
/// Where at least [`MARKUP_ENTRIES`] lines open definitions, each is given out without its mark
/// (the term's line and the further lines as they came). Reads `:   架空事務` → `架空事務`.
/// Refuses a text with fewer, `:架空` (no white space after the mark) and a mark indented four
/// spaces or more (a code block's line).
pub(super) fn definition_list(lines: &[&str]) -> Option<Rewrite> {
    let entries = lines.iter().filter(|l| definition(l).is_some()).count();
    if entries < MARKUP_ENTRIES {
        return None;
    }
    let mut out = as_they_came(lines);
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        if let Some(text) = definition(line) {
            *written = cell_line(text);
        }
    }
    Some(out)
}

/// The text of a definition's first line (`:   架空` → `架空`; [`definition_list`]).
fn definition(line: &str) -> Option<&str> {
    let marked = line.trim_start_matches(' ');
    if line.len() - marked.len() > 3 {
        return None;
    }
    let rest = marked.strip_prefix([':', '~'])?;
    rest.starts_with([' ', '\t']).then_some(rest)
}

// ---- DokuWiki ----

/// DokuWiki's tables (DokuWiki, Formatting Syntax: Tables): a row is a line that opens with `^`
/// (a header cell) or `|` (a cell) and closes with one of them, its cells parted by `^` and `|`;
/// `\\` followed by white space or the row's end breaks a cell's line. A heading has as many
/// `=` on each side, two to six (`====== 架空 ======`).
///
/// Only in a text with a row that opens with `^` (a header cell: Markdown's and MediaWiki's
/// tables have none). Each cell is given out a line, a heading as its words. Reads `^ ①事務の
/// 名称 | 架空事務 |` → `①事務の名称` / `架空事務`. Refuses a text whose rows all open with `|`,
/// and a line that opens with `^` but does not close a row.
pub(super) fn dokuwiki_table(lines: &[&str]) -> Option<Rewrite> {
    let headed = lines
        .iter()
        .any(|l| l.trim_start().starts_with('^') && dokuwiki_row(l).is_some());
    if !headed {
        return None;
    }
    let mut out = as_they_came(lines);
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        if let Some(cells) = dokuwiki_row(line) {
            *written = cells;
        } else if let Some(words) = wiki_heading(line.trim()) {
            *written = vec![words.to_owned()];
        }
    }
    Some(out)
}

/// The cells of a DokuWiki table's row, each of its lines a line ([`dokuwiki_table`]); `None`
/// for a line that is no row.
fn dokuwiki_row(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let inner = t.strip_prefix(['^', '|'])?.strip_suffix(['^', '|'])?;
    let mut out = Vec::new();
    for cell in inner.split(['^', '|']) {
        for piece in cell.split("\\\\ ") {
            out.extend(cell_line(piece.strip_suffix("\\\\").unwrap_or(piece)));
        }
    }
    Some(out)
}

// ---- LaTeX ----

/// The openings and closings of the LaTeX table environments whose rows [`latex_tabular`]
/// reads (`tabular`, `tabular*`, `tabularx`, `tabulary`, `longtable`).
const LATEX_TABLES: [(&str, &str); 5] = [
    ("\\begin{tabular}", "\\end{tabular}"),
    ("\\begin{tabular*}", "\\end{tabular*}"),
    ("\\begin{tabularx}", "\\end{tabularx}"),
    ("\\begin{tabulary}", "\\end{tabulary}"),
    ("\\begin{longtable}", "\\end{longtable}"),
];

/// A LaTeX document's tables (Lamport, *LaTeX: A Document Preparation System*, §3.6.2 and
/// C.10.2 `tabular`; the `tabularx` and `longtable` packages): inside a table environment, `&`
/// parts a row's cells and `\\` ends the row; `\hline` and `\cline{…}` draw rules;
/// `\multicolumn{n}{spec}{text}` is a cell of `text`. Outside and inside, a command's last
/// braced argument is its text (`\section*{Ⅰ 基本情報}`, `\textbf{…}`), `\newline` and `\\`
/// break a line, `\&`, `\%`, `\_`, `\#` are the characters, `%` opens a comment; the preamble
/// and environments' own lines (`\documentclass`, `\usepackage`, `\begin`, `\end`) are markup.
///
/// Only in a text that opens a table environment. Each cell's lines are given out, a line of
/// commands alone none. Reads `①事務の名称 & 架空事務 \\ \hline` → `①事務の名称` / `架空事務`.
/// Refuses a text with no table environment (a `\` or `&` of its own is never markup).
pub(super) fn latex_tabular(lines: &[&str]) -> Option<Rewrite> {
    // An environment opens with `\begin`: a line with no `\` opens none, and is not searched
    // for the five openings (every line was: −0.4 ms of 20.9 on the import bench).
    let opens_table =
        |l: &&str| l.contains('\\') && LATEX_TABLES.iter().any(|(begin, _)| l.contains(begin));
    if !lines.iter().any(opens_table) {
        return None;
    }
    let mut out = as_they_came(lines);
    let mut in_table = false;
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        if line.trim().is_empty() {
            continue;
        }
        let opens = opens_table(line);
        let closes = LATEX_TABLES.iter().any(|(_, end)| line.contains(end));
        let cells = if in_table && !opens {
            latex_cells(line)
        } else {
            vec![*line]
        };
        let mut given = Vec::new();
        for cell in cells {
            for piece in latex_text(cell).split('\n') {
                given.extend(cell_line(piece));
            }
        }
        *written = given;
        in_table = (in_table || opens) && !closes;
    }
    Some(out)
}

/// A table row's cells: the line parted at each `&` that is not `\&`.
fn latex_cells(line: &str) -> Vec<&str> {
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        if c == '&' && !escaped {
            cells.push(line.get(start..at).unwrap_or_default());
            start = at + 1;
        }
        escaped = c == '\\' && !escaped;
    }
    cells.push(line.get(start..).unwrap_or_default());
    cells
}

/// The commands whose arguments are markup, not text ([`latex_text`]).
const LATEX_SETTINGS: [&str; 12] = [
    "begin",
    "end",
    "documentclass",
    "usepackage",
    "cline",
    "label",
    "vspace",
    "hspace",
    "setlength",
    "pagestyle",
    "thispagestyle",
    "renewcommand",
];

/// The text a LaTeX fragment prints, its line breaks as `\n` ([`latex_tabular`]).
fn latex_text(fragment: &str) -> String {
    let mut out = String::new();
    let mut rest = fragment;
    while let Some(c) = rest.chars().next() {
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
        match c {
            '\\' => rest = latex_command(rest, &mut out),
            '%' => break,
            '{' | '}' => {}
            '~' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Writes what the command after a `\` prints to `out`; the text after the command and its
/// arguments.
fn latex_command<'t>(after_backslash: &'t str, out: &mut String) -> &'t str {
    let name_len = after_backslash
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(after_backslash.len());
    if name_len == 0 {
        // `\\` breaks the line; `\&`, `\%`, `\_`, `\#`, `\{`, `\}` are the character.
        let Some(c) = after_backslash.chars().next() else {
            return after_backslash;
        };
        out.push(if c == '\\' { '\n' } else { c });
        return after_backslash.get(c.len_utf8()..).unwrap_or_default();
    }
    let name = after_backslash.get(..name_len).unwrap_or_default();
    let mut rest = after_backslash.get(name_len..).unwrap_or_default();
    rest = rest.strip_prefix('*').unwrap_or(rest);
    // The arguments: optional ones in brackets right after the name (`\hfill [平成26年4月
    // 様式3]` is a command and a text), and braced ones.
    let mut last_braced = None;
    loop {
        let braced = rest.trim_start_matches(' ');
        let (t, close) = match (rest.chars().next(), braced.chars().next()) {
            (Some('['), _) => (rest, ']'),
            (_, Some('{')) => (braced, '}'),
            _ => break,
        };
        let Some((argument, after)) = balanced(t, close) else {
            break;
        };
        if close == '}' {
            last_braced = Some(argument);
        }
        rest = after;
    }
    match name {
        "newline" | "linebreak" => out.push('\n'),
        _ if LATEX_SETTINGS.contains(&name) => {}
        _ => {
            if let Some(text) = last_braced {
                out.push_str(&latex_text(text));
            }
        }
    }
    rest
}

/// The text inside the bracket `t` opens, up to its matching `close`, and the text after it.
fn balanced(t: &str, close: char) -> Option<(&str, &str)> {
    let open = t.chars().next()?;
    let mut depth = 0usize;
    for (at, c) in t.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some((t.get(open.len_utf8()..at)?, t.get(at + close.len_utf8()..)?));
            }
        }
    }
    None
}

// ---- Unified diffs ----

/// A unified diff (GNU diffutils, Detailed Unified Format; as `git show` and `git diff` print
/// it): a hunk opens with `@@ -l,s +l,s @@`, then each line opens with a space (kept), `+`
/// (added) or `-` (removed), `\ No newline at end of file` aside; before the hunks, a file's
/// header (`diff --git …`, `index …`, `--- a/…`, `+++ b/…`) and a commit's (`commit` and its
/// hash, `Author:`, `Date:`, the message indented) are no text of the file.
///
/// Where a line opens a hunk, the text is read as the file after the change: a hunk's kept and
/// added lines without their mark, its removed lines and the headers none. Reads `+①事務の名
/// 称` → `①事務の名称`. Refuses a text with no hunk header (a `+` or `-` that opens a report's
/// own line).
pub(super) fn unified_diff(lines: &[&str]) -> Option<Rewrite> {
    if !lines.iter().any(|l| is_hunk_header(l)) {
        return None;
    }
    let mut out = as_they_came(lines);
    let mut in_hunk = false;
    let mut in_header = false;
    for (line, written) in lines.iter().zip(out.iter_mut()) {
        if is_hunk_header(line) {
            *written = Vec::new();
            in_hunk = true;
            in_header = false;
            continue;
        }
        if line.starts_with("diff ") || is_commit_line(line) {
            in_hunk = false;
            in_header = true;
        }
        if in_hunk {
            match line.chars().next() {
                None => continue,
                Some('+' | ' ') => {
                    *written = vec![line.get(1..).unwrap_or_default().to_owned()];
                    continue;
                }
                Some('-' | '\\') => {
                    *written = Vec::new();
                    continue;
                }
                Some(_) => in_hunk = false,
            }
        }
        if in_header {
            *written = Vec::new();
        }
    }
    Some(out)
}

// ---- Python's printed lists ----

/// Python's printed lists of strings (`pprint`, a REPL's echo; the Python Language Reference,
/// 2.4.1 String and Bytes literals): `['評価書番号', '6',` / ` '評価書名',`, a table's rows as lists
/// in a list (`[['評価書番号', '評価書名'],`), `None` for an empty cell, a long string broken
/// into adjacent literals over lines (`'…取り扱\n'` / `'うにあたり、…'`), `\n` for a line break
/// inside a string.
///
/// Where a line opens a list with a string (`['`, `[['`, `["`) and at least [`MARKUP_ENTRIES`]
/// lines are made of nothing but such lists' pieces ([`repr_pieces`]: brackets, commas,
/// `None` and string literals), each such line is read as its strings — a string's lines
/// a line each, adjacent literals joined — and every other line (a prompt, a page's number) as
/// it came. Reads `['評価書番号', '6',` → `評価書番号` / `6` and `['…ファイルを取り扱\n'` /
/// ` 'うにあたり…',` → `…ファイルを取り扱` / `うにあたり…`. Refuses a text where no line opens
/// such a list (a quote a report's sentence opens), and a line with anything else outside its
/// strings (passed on as it came).
pub(super) fn python_repr(lines: &[&str]) -> Option<Rewrite> {
    let opens = |l: &&str| {
        let t = l.trim_start().trim_start_matches('[');
        l.trim_start().starts_with('[') && t.starts_with(['\'', '"'])
    };
    if !lines.iter().any(opens) {
        return None;
    }
    let pieces: Vec<Option<ReprLine>> = lines.iter().map(|l| repr_pieces(l)).collect();
    if pieces.iter().flatten().count() < MARKUP_ENTRIES {
        return None;
    }
    let mut out = as_they_came(lines);
    // A string whose adjacent literal is still to come, on a later line.
    let mut pending: Option<String> = None;
    for (line, rewrite) in pieces.into_iter().zip(out.iter_mut()) {
        let Some(line) = line else {
            if let Some(text) = pending.take() {
                rewrite.splice(0..0, text.lines().map(str::to_owned));
            }
            continue;
        };
        // The line's first string (or the string it leaves open) goes on from the one open
        // before it, where the line opens with a string; anything else closes that one.
        let mut written = Vec::new();
        if !line.continues {
            if let Some(text) = pending.take() {
                written.extend(text.lines().map(str::to_owned));
            }
        }
        let mut strings = line.strings.into_iter().map(Some).chain([line.open]);
        let first = strings.next().flatten();
        let mut open = joined(pending.take(), first);
        for string in strings {
            if let Some(text) = open.take() {
                written.extend(text.lines().map(str::to_owned));
            }
            open = string;
        }
        pending = open;
        *rewrite = written;
    }
    if let (Some(text), Some(last)) = (pending, out.last_mut()) {
        last.extend(text.lines().map(str::to_owned));
    }
    Some(out)
}

/// `before` with `after` run on after it (adjacent string literals), either alone where the
/// other is none.
fn joined(before: Option<String>, after: Option<String>) -> Option<String> {
    match (before, after) {
        (Some(mut before), Some(after)) => {
            before.push_str(&after);
            Some(before)
        }
        (before, after) => before.or(after),
    }
}

/// A line of a printed list ([`python_repr`]): the strings it closes, and the string it leaves
/// open for an adjacent literal on a later line.
struct ReprLine {
    /// Whether the line opens with a string (adjacent to a string left open above).
    continues: bool,
    strings: Vec<String>,
    open: Option<String>,
}

/// `line` read as pieces of printed lists: brackets, commas, `None`, string literals (adjacent
/// ones joined); `None` where it holds anything else, or no string and no bracket.
fn repr_pieces(line: &str) -> Option<ReprLine> {
    let mut rest = line.trim();
    let continues = rest.starts_with(['\'', '"']);
    let mut strings = Vec::new();
    let mut current: Option<String> = None;
    let mut any = false;
    while let Some(c) = rest.chars().next() {
        if c == '\'' || c == '"' {
            let (text, after) = python_string(rest)?;
            current.get_or_insert_with(String::new).push_str(&text);
            rest = after.trim_start();
            any = true;
            continue;
        }
        strings.extend(current.take());
        if let Some(after) = rest.strip_prefix("None") {
            rest = after.trim_start();
        } else if matches!(c, '[' | ']' | ',') {
            rest = rest.get(1..).unwrap_or_default().trim_start();
        } else {
            return None;
        }
        any = true;
    }
    any.then_some(ReprLine {
        continues,
        strings,
        open: current,
    })
}

/// The Python string literal `t` opens (`'…'` or `"…"`, its escapes `\n`, `\t`, `\\`, `\'`,
/// `\"` read), and the text after it; `None` for one left open or with another escape.
fn python_string(t: &str) -> Option<(String, &str)> {
    let quote = t.chars().next()?;
    let mut text = String::new();
    let mut chars = t.char_indices().skip(1);
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => match chars.next()?.1 {
                'n' => text.push('\n'),
                't' => text.push('\t'),
                e @ ('\\' | '\'' | '"') => text.push(e),
                _ => return None,
            },
            _ if c == quote => return Some((text, t.get(at + c.len_utf8()..)?)),
            _ => text.push(c),
        }
    }
    None
}

// ---- JavaScript objects as a shell prints them ----

/// A JavaScript object as Node.js's `util.inspect` prints it — `mongosh`'s echo of a
/// `findOne()`, Node's REPL, a browser console's copy (ECMAScript, 13.2.5 Object Initializer;
/// Node.js, `util.inspect`): a line `{` alone opens it (`[` an array of them), then a property
/// a line, `key: value,` — the key an identifier (`評価実施機関名`) or a string
/// (`'①事務の名称'`), the value a string (`'架空市長'`), an object or an array opened at the
/// line's end and closed on a line of its own (`},`), an object or an array on one line
/// (`{ '①システムの名称': '甲' }`), `null`, a number, `true`, `false` or a constructor's call
/// (`ObjectId('…')`); a string holding line breaks is printed in pieces joined by a `+` at the
/// line's end (`'…\n' +` / `'…',`). Pretty-printed JSON is such an object.
///
/// Inside each such object (from the line that opens it to the line that closes it), a
/// property is given out as its key and its value's lines, a line each: a string's lines, a
/// number as written, the members or elements of an object or array on the line; a `null`, a
/// boolean, a call or an object opened at the line's end give out the key alone. A key written
/// in ASCII alone is a program's field name (`_id`, `source`, `dir`), never a label of the
/// form: it is left out, and so is any line of its value written in ASCII alone (a file's name,
/// `ltr`) and any number of it; a key's `_` is a space (`Ⅰ_基本情報`). A REPL's prompt line
/// outside the objects (`pia> db.reports.findOne(…)`: the command, which may repeat a value)
/// gives out none; any other line outside comes as it came. Where fewer than
/// [`MARKUP_ENTRIES`] properties with a form's key and a string or number are read, `None`.
/// Reads `  評価実施機関名: '架空市長',` → `評価実施機関名` / `架空市長`, and `  '②事務の内容':
/// '…する。\n' +` / `    '架空の一文。',` → `②事務の内容` / `…する。` / `架空の一文。`. Refuses
/// a line inside an object that is no property, element or bracket (passed on as it came), and
/// properties with no line `{` or `[` alone above them (`評価書番号: 8` in a report's own
/// text).
pub(super) fn js_object(lines: &[&str]) -> Option<Rewrite> {
    let mut out = as_they_came(lines);
    let mut depth = 0usize;
    let mut read = 0usize;
    // The string a line left open with a `+`: its lines not yet given out, and whether they
    // are a program's (a key in ASCII alone).
    let mut open: Option<(String, bool)> = None;
    for (line, rewrite) in lines.iter().zip(out.iter_mut()) {
        let t = line.trim();
        if depth == 0 {
            if t == "{" || t == "[" {
                depth = 1;
                *rewrite = Vec::new();
            } else if is_repl_prompt(t) {
                *rewrite = Vec::new();
            }
            continue;
        }
        let Some(parsed) = js_line(t, open.take()) else {
            continue;
        };
        read += parsed.read;
        depth = (depth + parsed.opens).saturating_sub(parsed.closes);
        open = parsed.open;
        *rewrite = parsed.lines;
    }
    (read >= MARKUP_ENTRIES).then_some(out)
}

/// Whether `t` opens with a REPL's prompt (`> `, `test> `, `pia> `: a word in ASCII, if any,
/// then `> `): the command typed, which printed the objects, not the text.
fn is_repl_prompt(t: &str) -> bool {
    t.split_once("> ").is_some_and(|(word, _)| {
        word.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-".contains(c))
    })
}

/// What a line inside a printed object gives out ([`js_object`]).
#[derive(Default)]
struct JsLine {
    /// The lines it is to be read as.
    lines: Vec<String>,
    /// Objects and arrays it opens at its end, and brackets it closes (`},`).
    opens: usize,
    closes: usize,
    /// Properties with a form's key and a string or number.
    read: usize,
    /// The string it leaves open with a `+` at its end (the lines of it not yet given out), and
    /// whether it is a program's.
    open: Option<(String, bool)>,
}

/// A value of a printed object ([`js_object`]).
enum JsValue {
    /// A string, and whether a `+` at the line's end leaves it open.
    Text(String, bool),
    /// A number, as written.
    Number(String),
    /// `null`, `undefined`, a boolean, a call, or `[Object]` (a value too deep to print).
    Blank,
    /// `{` or `[` at the line's end.
    Opens,
    /// An object's members or an array's elements on the line, as they give out.
    Inline(JsLine),
}

/// `t` (a trimmed line inside a printed object) read ([`js_object`]); `continued` the string
/// the line above left open. `None` for a line that is no property, element or bracket.
fn js_line(t: &str, continued: Option<(String, bool)>) -> Option<JsLine> {
    let mut line = JsLine::default();
    if let Some((before, program)) = continued {
        let (text, more, rest) = js_strings(t)?;
        if !is_item_end(rest) {
            return None;
        }
        let mut text = before + &text;
        give_text(&mut text, more, program, &mut line.lines);
        line.open = more.then_some((text, program));
        return Some(line);
    }
    let bare = t.strip_suffix(',').unwrap_or(t);
    if matches!(bare, "}" | "]") {
        line.closes = 1;
        return Some(line);
    }
    let (key, value, rest) = match js_property(t) {
        Some((key, after)) => {
            let (value, rest) = js_value(after)?;
            (Some(key), value, rest)
        }
        None => {
            let (value, rest) = js_value(t)?;
            (None, value, rest)
        }
    };
    if !is_item_end(rest) {
        return None;
    }
    give(key, value, &mut line);
    Some(line)
}

/// Gives out a property's key and value, or an element's value, into `line` ([`js_object`]'s
/// rules).
fn give(key: Option<String>, value: JsValue, line: &mut JsLine) {
    let program = key.as_ref().is_some_and(|k| k.is_ascii());
    if let Some(key) = key.filter(|k| !k.is_ascii()) {
        // An identifier holds no space: `Ⅰ_基本情報` is the heading `Ⅰ 基本情報`.
        line.lines.push(key.replace('_', " "));
        line.read += usize::from(matches!(value, JsValue::Text(..) | JsValue::Number(_)));
    }
    match value {
        JsValue::Text(mut text, more) => {
            give_text(&mut text, more, program, &mut line.lines);
            line.open = more.then_some((text, program));
        }
        JsValue::Number(number) if !program => line.lines.push(number),
        JsValue::Number(_) | JsValue::Blank => {}
        JsValue::Opens => line.opens += 1,
        JsValue::Inline(inner) => {
            line.lines.extend(inner.lines);
            line.read += inner.read;
        }
    }
}

/// Whether `rest` (what follows a property or an element on its line) ends it: nothing, or a
/// comma.
fn is_item_end(rest: &str) -> bool {
    matches!(rest.trim(), "" | ",")
}

/// Gives out the lines of `text` that are whole (all of them where no `+` leaves it open
/// (`more`), else those before its last line break), leaving in `text` what is not given out;
/// a program's lines written in ASCII alone are left out.
fn give_text(text: &mut String, more: bool, program: bool, out: &mut Vec<String>) {
    let whole = if more {
        match text.rfind('\n') {
            Some(at) => at + 1,
            None => return,
        }
    } else {
        text.len()
    };
    let rest = text.split_off(whole);
    for piece in text.lines() {
        if !(program && piece.is_ascii()) {
            out.push(piece.to_owned());
        }
    }
    *text = rest;
}

/// The key of a property at the start of `t` (an identifier, or a string in quotes) and the
/// text after its `:`; `None` where `t` opens no property.
fn js_property(t: &str) -> Option<(String, &str)> {
    let (key, rest) = if t.starts_with(['\'', '"']) {
        js_string(t)?
    } else {
        let end = t.find(|c: char| c.is_whitespace() || "'\"{}[](),:".contains(c))?;
        let (key, rest) = t.split_at_checked(end)?;
        (key.to_owned(), rest)
    };
    let after = rest.strip_prefix(':')?;
    (!key.is_empty()).then_some((key, after.trim_start()))
}

/// A string literal at the start of `t` (`'…'` as Python's, `"…"` as JSON's escapes read) and
/// the text after it.
fn js_string(t: &str) -> Option<(String, &str)> {
    if t.starts_with('"') {
        json_string(t)
    } else {
        python_string(t)
    }
}

/// Strings at the start of `t` joined by `+`, whether a `+` at the end leaves the last open,
/// and the text after them.
fn js_strings(t: &str) -> Option<(String, bool, &str)> {
    let (mut text, mut rest) = js_string(t)?;
    loop {
        let Some(after) = rest.trim_start().strip_prefix('+') else {
            return Some((text, false, rest));
        };
        let after = after.trim_start();
        if after.is_empty() {
            return Some((text, true, after));
        }
        let (more, after_more) = js_string(after)?;
        text.push_str(&more);
        rest = after_more;
    }
}

/// The value at the start of `t` and the text after it; `None` for text that is no value.
fn js_value(t: &str) -> Option<(JsValue, &str)> {
    if t.starts_with(['\'', '"']) {
        let (text, more, rest) = js_strings(t)?;
        return Some((JsValue::Text(text, more), rest));
    }
    if let Some(rest) = t.strip_prefix(['{', '[']) {
        let rest = rest.trim_start();
        if is_item_end(rest) {
            return Some((JsValue::Opens, ""));
        }
        if let Some(after) = t.strip_prefix("[Object]").or(t.strip_prefix("[Array]")) {
            return Some((JsValue::Blank, after));
        }
        return js_inline(t);
    }
    let end = t
        .find(|c: char| c.is_whitespace() || ",(){}[]".contains(c))
        .unwrap_or(t.len());
    let (word, rest) = t.split_at_checked(end)?;
    if rest.starts_with('(') {
        let (_, after_call) = balanced(rest, ')')?;
        return Some((JsValue::Blank, after_call));
    }
    match word {
        "null" | "undefined" | "true" | "false" => Some((JsValue::Blank, rest)),
        _ if word.parse::<f64>().is_ok() => Some((JsValue::Number(word.to_owned()), rest)),
        _ => None,
    }
}

/// An object's members or an array's elements written on one line (`{ '①システムの名称': '甲',
/// '②システムの機能': '乙' }`), as the lines they give out, and the text after the closing
/// bracket.
fn js_inline(t: &str) -> Option<(JsValue, &str)> {
    let object = t.starts_with('{');
    let close = if object { '}' } else { ']' };
    let mut rest = t.get(1..)?.trim_start();
    let mut inner = JsLine::default();
    loop {
        if let Some(after) = rest.strip_prefix(close) {
            return Some((JsValue::Inline(inner), after));
        }
        let key = if object {
            let (key, after) = js_property(rest)?;
            rest = after;
            Some(key)
        } else {
            None
        };
        let (value, after) = js_value(rest)?;
        give(key, value, &mut inner);
        // A string left open or an object opened inside a line that closes its own.
        if inner.opens > 0 || inner.open.is_some() {
            return None;
        }
        rest = after.trim_start();
        if let Some(after) = rest.strip_prefix(',') {
            rest = after.trim_start();
        }
    }
}

// ---- Word diffs ----

/// Where a word diff's text stands ([`word_diff`]).
#[derive(Clone, Copy, PartialEq)]
enum WordRun {
    /// Words both texts hold.
    Same,
    /// Between `[-` and `-]`: the old text's words.
    Removed,
    /// Between `{+` and `+}`: the new text's words.
    Added,
}

/// The marks of a word diff's runs (GNU wdiff's defaults, `--start-delete` … `--end-insert`;
/// `git diff --word-diff=plain` writes the same): each run's opening and closing mark.
const WORD_DIFF_MARKS: [(WordRun, &str, &str); 2] =
    [(WordRun::Removed, "[-", "-]"), (WordRun::Added, "{+", "+}")];

/// Whether `line` holds a mark that opens a word diff's run ([`WORD_DIFF_MARKS`]). (Each mark's
/// first character is found by a byte search and the mark looked for there: a substring search
/// of every line for each mark cost 0.8 M instructions more an import of the 全項目 seed text,
/// callgrind.)
fn opens_word_run(line: &str) -> bool {
    for (_, open, _) in WORD_DIFF_MARKS {
        let Some(first) = open.chars().next() else {
            continue;
        };
        let opens_here =
            |(at, _): (usize, &str)| line.get(at..).is_some_and(|r| r.starts_with(open));
        if line.match_indices(first).any(opens_here) {
            return true;
        }
    }
    false
}

/// A word diff (`wdiff`, `git diff --word-diff`): the text printed once, each run of words
/// that changed as its old words between `[-` and `-]` and its new ones between `{+` and `+}`
/// ([`WORD_DIFF_MARKS`]); a run may go on over lines (without `wdiff -n`).
///
/// Where the text holds such a run and every mark is closed by its own, the text is read as
/// the new one: the removed runs and their marks taken off, the added runs without their
/// marks; a line left blank by a removed run gives out none, a line changed so is trimmed.
/// Reads `[-住民課-] {+架空課+}` → `架空課` and `{+架空の一文。+}` → `架空の一文。`. Refuses
/// a text with a mark left open or a closing mark with no opening one (`-]` alone), and one
/// with no run.
pub(super) fn word_diff(lines: &[&str]) -> Option<Rewrite> {
    // The cheap test first: a line that opens a run. (Without it every text with a `[` and two
    // `-` was read line by line and written again: −17.7 M instructions of 197 M an import of
    // the 全項目 seed text, callgrind.)
    if !lines.iter().any(|line| opens_word_run(line)) {
        return None;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut run = WordRun::Same;
    let mut runs = 0;
    for line in lines {
        let mut kept = String::new();
        let mut rest = *line;
        while !rest.is_empty() {
            let closing = WORD_DIFF_MARKS.iter().find(|(r, _, _)| *r == run);
            if let Some((_, _, close)) = closing {
                let (inside, after) = rest.split_once(close).unwrap_or((rest, ""));
                if run == WordRun::Added {
                    kept.push_str(inside);
                }
                if inside.len() < rest.len() {
                    run = WordRun::Same;
                    runs += 1;
                }
                rest = after;
                continue;
            }
            let opening = WORD_DIFF_MARKS
                .iter()
                .filter_map(|&(r, open, _)| Some((rest.find(open)?, r, open)))
                .min_by_key(|&(at, _, _)| at);
            let (before, after) = match opening {
                Some((at, r, open)) => {
                    run = r;
                    (rest.get(..at)?, rest.get(at + open.len()..)?)
                }
                None => (rest, ""),
            };
            if WORD_DIFF_MARKS
                .iter()
                .any(|(_, _, close)| before.contains(close))
            {
                return None;
            }
            kept.push_str(before);
            rest = after;
        }
        out.push(if kept == *line {
            vec![kept]
        } else {
            cell_line(&kept)
        });
    }
    (run == WordRun::Same && runs > 0).then_some(out)
}

// ---- XML documents ----

/// An XML document (W3C, Extensible Markup Language 1.0): a declaration `<?xml …?>` or a
/// document type `<!DOCTYPE …>` first, then elements whose tags may hold attributes over several
/// lines (`<Workbook xmlns="…"` / ` xmlns:o="…">`), the text between tags with its entities
/// (`&amp;`, `&#12354;`), comments `<!-- … -->` and processing instructions `<? … ?>` no text. An
/// exporter's own format is XML so: Excel's XML Spreadsheet 2003 (`<Cell><Data>…</Data></Cell>`),
/// poppler's `pdftotext -bbox-layout` (`<line>` of `<word>`s) and `pdftohtml -xml`
/// (`<text …>…</text>`), an OCR engine's ALTO (Library of Congress, ALTO 4: a `<TextLine>` of
/// `<String CONTENT="…"/>` words).
///
/// Where the text opens so and holds none of the tags HTML's blocks are made of (an HTML page is
/// read as HTML, `text::Shape::Html`), each run of text between tags is given out a line,
/// trimmed, its entities decoded; an ALTO `String`'s `CONTENT` is such a run; the runs inside
/// one `<line>` or `<TextLine>` element (a line of words) are given out as one line, a space
/// between them; a line of tags alone gives out none. Reads
/// `<Row><Cell><Data ss:Type="String">評価書番号</Data></Cell><Cell><Data
/// ss:Type="Number">5</Data></Cell></Row>` → `評価書番号` / `5`. Refuses a text that opens with
/// no declaration (a `<` of a report's own text) and an HTML page.
pub(super) fn xml_text(lines: &[&str]) -> Option<Rewrite> {
    let first = lines.iter().map(|l| l.trim()).find(|l| !l.is_empty())?;
    if !(first.starts_with("<?xml") || first.starts_with("<!DOCTYPE")) {
        return None;
    }
    let html = lines
        .iter()
        .any(|l| super::text::HTML_TAGS.iter().any(|tag| l.contains(tag)));
    if html {
        return None;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut reader = XmlReader::default();
    for line in lines {
        out.push(reader.read_line(line));
    }
    Some(out)
}

/// The `CONTENT` attribute of an ALTO `String` tag (`String ID="…" CONTENT="評価書番号" WC="0.96"`
/// → `評価書番号`): the word the OCR read.
fn alto_content(tag: &str) -> Option<&str> {
    let (_, value) = tag.split_once(" CONTENT=\"")?;
    let (content, _) = value.split_once('"')?;
    Some(content)
}

/// Where [`xml_text`] stands in a document, from line to line.
#[derive(Default)]
struct XmlReader {
    /// Inside a tag, a comment or a processing instruction left open at a line's end: the
    /// characters that close it (`>`, `-->`, `?>`).
    open: Option<&'static str>,
    /// Inside a `<line>` element: the words read so far.
    words: Option<Vec<String>>,
}

impl XmlReader {
    /// The lines `line` gives out.
    fn read_line(&mut self, line: &str) -> Vec<String> {
        let mut written = Vec::new();
        let mut rest = line;
        loop {
            if let Some(close) = self.open {
                match rest.split_once(close) {
                    Some((_, after)) => {
                        self.open = None;
                        rest = after;
                    }
                    None => break,
                }
                continue;
            }
            let Some((text, after)) = rest.split_once('<') else {
                self.text(rest, &mut written);
                break;
            };
            self.text(text, &mut written);
            let close = if after.starts_with("!--") {
                "-->"
            } else if after.starts_with('?') {
                "?>"
            } else {
                ">"
            };
            let closing = after.starts_with('/');
            let name = after.trim_start_matches('/');
            let end = name
                .find(|c: char| !(c.is_alphanumeric() || ":_-.".contains(c)))
                .unwrap_or(name.len());
            match name.get(..end) {
                Some("line" | "TextLine") if !closing => self.words = Some(Vec::new()),
                Some("line" | "TextLine") => {
                    if let Some(words) = self.words.take().filter(|w| !w.is_empty()) {
                        written.push(words.join(" "));
                    }
                }
                Some("String") => {
                    let tag = after.split_once('>').map_or(after, |(tag, _)| tag);
                    if let Some(content) = alto_content(tag) {
                        self.text(content, &mut written);
                    }
                }
                _ => {}
            }
            self.open = Some(close);
            rest = after;
        }
        written
    }

    /// Gives out a run of text between tags (into the open `<line>`'s words where one is open).
    fn text(&mut self, text: &str, written: &mut Vec<String>) {
        let t = text.trim();
        if t.is_empty() {
            return;
        }
        let decoded = super::text::decode_entities(t);
        match self.words.as_mut() {
            Some(words) => words.push(decoded),
            None => written.push(decoded),
        }
    }
}

// ---- Captions ----

/// Where [`captions`] stands in a captions file, from line to line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Captions {
    /// WebVTT §4.1: the `WEBVTT` line and the header lines under it, up to the first blank line.
    Header,
    /// Between blocks: a blank line, a cue's identifier or its timing line may follow.
    Between,
    /// WebVTT §4.1: a comment (`NOTE`), a style sheet (`STYLE`) or a region's settings
    /// (`REGION`), up to the next blank line: no cue.
    OtherBlock,
    /// A cue's payload: the lines under its timing line, up to the next blank line.
    Payload,
}

/// A captions file read as its cues' text (W3C, WebVTT: The Web Video Text Tracks Format, §4
/// "Syntax"; SubRip's `.srt`, the same cues numbered, with `,` before the milliseconds): a
/// text whose first line is `WEBVTT` (alone, or followed by a space or a tab), or a cue's
/// number over its timing line (`1` / `00:00:00,000 --> 00:00:04,400`).
///
/// A cue is an identifier (any line above its timing), a timing line ([`is_cue_timing`]:
/// `00:00:04.600 --> 00:00:06.600 line:85%`) and its payload, the lines under it up to a blank
/// line; a `NOTE`, `STYLE` or `REGION` block is no cue. Each payload line is given out with its
/// tags taken off ([`cue_text`]); everything else gives out none, the blank lines between cues
/// too: captions cut a long value into cues where a caption's lines end, not where the form's
/// cells do, so a cue's end is no cell's. Reads `4` / `00:00:08.360 --> 00:00:10.200` /
/// `評価書名` → `評価書名`. Refuses a text whose first line is neither (`WEBVTTの字幕`, a
/// number over a line of words).
pub(super) fn captions(lines: &[&str]) -> Option<Rewrite> {
    let mut written = lines
        .iter()
        .map(|l| l.trim_start_matches('\u{FEFF}').trim());
    let first = written.find(|l| !l.is_empty())?;
    let webvtt = first
        .strip_prefix("WEBVTT")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']));
    let subrip =
        first.chars().all(|c| c.is_ascii_digit()) && written.next().is_some_and(is_cue_timing);
    if !(webvtt || subrip) {
        return None;
    }
    let mut state = if webvtt {
        Captions::Header
    } else {
        Captions::Between
    };
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let t = line.trim_start_matches('\u{FEFF}').trim();
        let mut given = Vec::new();
        state = match state {
            _ if t.is_empty() => Captions::Between,
            Captions::Header | Captions::OtherBlock => state,
            Captions::Between if is_cue_timing(t) => Captions::Payload,
            Captions::Between if opens_other_block(t) => Captions::OtherBlock,
            // A cue's identifier (its number), above its timing line.
            Captions::Between => Captions::Between,
            Captions::Payload => {
                let text = cue_text(t);
                if !text.trim().is_empty() {
                    given.push(text);
                }
                Captions::Payload
            }
        };
        out.push(given);
    }
    Some(out)
}

/// Whether `t` opens a WebVTT block that is no cue: `NOTE`, `STYLE` or `REGION`, alone or
/// followed by a space or a tab (WebVTT §4.1).
fn opens_other_block(t: &str) -> bool {
    ["NOTE", "STYLE", "REGION"].iter().any(|word| {
        t.strip_prefix(word)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
    })
}

/// Whether `t` is a cue's timing line: a timestamp, `-->` and a timestamp, settings after it
/// (`00:00:04.600 --> 00:00:06.600 line:85% align:center`, `00:01,000 --> 00:04,400`).
fn is_cue_timing(t: &str) -> bool {
    let Some((start, rest)) = t.split_once("-->") else {
        return false;
    };
    let end = rest.split_whitespace().next().unwrap_or("");
    is_cue_timestamp(start.trim()) && is_cue_timestamp(end)
}

/// Whether `t` is a cue's timestamp (WebVTT §4.5, SubRip's with a comma): `mm:ss.ttt` or
/// `hh:mm:ss.ttt`, the hours of two figures or more.
fn is_cue_timestamp(t: &str) -> bool {
    let Some((clock, thousandths)) = t.split_once(['.', ',']) else {
        return false;
    };
    let figures =
        |part: &str, count: usize| part.len() == count && part.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = clock.split(':').collect();
    let clock_holds = match parts.as_slice() {
        [minutes, seconds] => figures(minutes, 2) && figures(seconds, 2),
        [hours, minutes, seconds] => {
            hours.len() >= 2
                && figures(hours, hours.len())
                && figures(minutes, 2)
                && figures(seconds, 2)
        }
        _ => false,
    };
    clock_holds && figures(thousandths, 3)
}

/// A cue's payload line without its tags (WebVTT §4.2: `<v 架空>`, `<c.x>`, `<i>`, `<ruby>`,
/// a timestamp `<00:00:01.000>`; SubRip's `<i>`, `<font …>`), the readings in `<rt>` left out,
/// its character references decoded: `<v 架空>評価書名</v>` → `評価書名`.
fn cue_text(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    let mut in_reading = false;
    while let Some((text, after)) = rest.split_once('<') {
        if !in_reading {
            out.push_str(text);
        }
        let Some((tag, after_tag)) = after.split_once('>') else {
            // A `<` that opens no tag is the text's own.
            out.push('<');
            rest = after;
            continue;
        };
        match tag.split_whitespace().next() {
            Some("rt") => in_reading = true,
            Some("/rt") => in_reading = false,
            _ => {}
        }
        rest = after_tag;
    }
    if !in_reading {
        out.push_str(rest);
    }
    super::text::decode_entities(&out)
}

// ---- Data frames ----

/// A table as pandas prints a data frame (`DataFrame.to_string()`, a REPL's echo): a header line
/// of the columns' names — here the figures `0 1 …` a reader of PDF tables (Camelot, tabula)
/// names them with — then a row a line, each opening with its index (`0`, `1`, … stepping by
/// one), its cells padded with spaces to the columns' widths, a line break inside a cell
/// written `\n`.
///
/// Where a header line of figures from `0` on stands above at least [`MARKUP_ENTRIES`] rows, each
/// row is given out a cell a line: the index off, each cell but the last up to the first run of
/// two spaces or more after its words (a label's words hold single spaces, `個人情報保護委員会
/// 承認日 【行政機関等のみ】`), the last cell the rest of the line (it may hold runs of spaces
/// itself, `[    ] 紙`), each `\n` a line break; the header gives out none. A line that is no
/// row of the table ends it (as it came). Reads `   0   1` / `0   評価書番号   3` → `評価書番号`
/// / `3`. Refuses rows with no header of figures above them, and a header with fewer rows.
pub(super) fn data_frame(lines: &[&str]) -> Option<Rewrite> {
    // The tables first — each header's line, its columns and its rows — so that a text holding
    // none is given back without a copy of its lines (copying them first took 7.4 M
    // instructions of 189 M an import of the 全項目 seed text, which holds none; callgrind).
    let mut tables: Vec<(usize, usize, usize)> = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        let Some(columns) = lines.get(at).and_then(|l| frame_header(l)) else {
            at += 1;
            continue;
        };
        // The rows under the header: their indices step from 0 by one.
        let rows = lines
            .iter()
            .skip(at + 1)
            .enumerate()
            .take_while(|&(index, line)| frame_row(line, index).is_some())
            .count();
        if rows < MARKUP_ENTRIES {
            at += 1;
            continue;
        }
        tables.push((at, columns, rows));
        at += 1 + rows;
    }
    if tables.is_empty() {
        return None;
    }
    let mut out: Rewrite = lines.iter().map(|l| vec![(*l).to_owned()]).collect();
    for (header_at, columns, rows) in tables {
        if let Some(header) = out.get_mut(header_at) {
            header.clear();
        }
        for index in 0..rows {
            let row_at = header_at + 1 + index;
            let row = lines.get(row_at).and_then(|l| frame_row(l, index));
            if let (Some(row), Some(given)) = (row, out.get_mut(row_at)) {
                *given = frame_cells(row, columns);
            }
        }
    }
    Some(out)
}

/// The number of columns of a data frame's header line of figures `0 1 … n` (each once, in
/// order, spaces between), at least two; `None` for any other line.
fn frame_header(line: &str) -> Option<usize> {
    // (The first column is `0`: a line that opens otherwise, most, is not split into words.)
    if !line.trim_start().starts_with('0') {
        return None;
    }
    let mut count = 0;
    for (expected, name) in line.split_whitespace().enumerate() {
        if name.parse::<usize>().ok() != Some(expected) || !name.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        count += 1;
    }
    (count >= 2).then_some(count)
}

/// A data frame's row `index` without its index (`12   ①事務の名称   甲` → `①事務の名称   甲`):
/// the line opens with the index after spaces, and spaces follow it; `None` for any other line.
fn frame_row(line: &str, index: usize) -> Option<&str> {
    let t = line.trim_start();
    let figures = t.bytes().take_while(u8::is_ascii_digit).count();
    let (number, rest) = t.split_at_checked(figures)?;
    (number.parse::<usize>().ok() == Some(index) && rest.starts_with(' ')).then_some(rest)
}

/// A data frame row's cells, a line each ([`data_frame`]): `columns - 1` cells each up to the
/// first run of two spaces or more after its words, the last the rest; each `\n` a line break.
fn frame_cells(row: &str, columns: usize) -> Vec<String> {
    let mut given = Vec::new();
    let mut rest = row.trim();
    for _ in 1..columns {
        let Some((cell, after)) = rest.split_once("  ") else {
            break;
        };
        given.extend(cell.split("\\n").map(|piece| piece.trim().to_owned()));
        rest = after.trim_start();
    }
    if !rest.is_empty() {
        given.extend(rest.split("\\n").map(|piece| piece.trim().to_owned()));
    }
    given
}

// ---- OCR boxes ----

/// A word box of an OCR engine's printed result (PaddleOCR's `[[[x, y], [x, y], [x, y], [x, y]],
/// ('text', confidence)]`): its text and its bounds in pixels (left, top, right, bottom; the
/// figures after a decimal point dropped).
struct OcrBox {
    text: String,
    left: u32,
    top: u32,
    right: u32,
    bottom: u32,
}

/// The box `line` prints ([`OcrBox`]); `None` for any other line.
fn ocr_box(line: &str) -> Option<OcrBox> {
    let inner = line.trim().strip_prefix("[[[")?;
    let (corners, rest) = inner.split_once("]],")?;
    let mut xs = Vec::with_capacity(4);
    let mut ys = Vec::with_capacity(4);
    for corner in corners.split("], [") {
        let (x, y) = corner.split_once(',')?;
        xs.push(pixel(x)?);
        ys.push(pixel(y)?);
    }
    let (text, after) = python_string(rest.trim_start().strip_prefix('(')?)?;
    let (confidence, end) = after.strip_prefix(',')?.split_once(')')?;
    let confidence_holds = confidence.trim().parse::<f64>().is_ok();
    if xs.len() != 4 || !confidence_holds || end.trim() != "]" {
        return None;
    }
    Some(OcrBox {
        text,
        left: xs.iter().copied().min()?,
        top: ys.iter().copied().min()?,
        right: xs.iter().copied().max()?,
        bottom: ys.iter().copied().max()?,
    })
}

/// A box's coordinate in whole pixels (`96.0` → 96, `96` → 96).
fn pixel(text: &str) -> Option<u32> {
    let t = text.trim();
    let whole = t.split_once('.').map_or(t, |(whole, _)| whole);
    whole.parse().ok()
}

/// An OCR engine's printed result, a word box a line (PaddleOCR's `[[[x, y], …], ('text', 0.96)]`,
/// its boxes top to bottom and left to right), read as the page's text laid out as a text that
/// keeps a page's layout is (`pdftotext -layout`), for the layout rules to read.
///
/// Where at least [`MARKUP_ENTRIES`] lines are such boxes, the boxes whose tops stand within
/// half a box's height of each other are a row, given out as one line at the first of them, each
/// box's text at its column (its left edge over the width of a column, [`column_width`], a
/// full-width character two columns; two spaces at least between texts); a row whose top stands
/// below the row above by more than half a box's height opens after a blank line (the gap
/// between two cells, not between two lines of one). The other lines (a session's prompts) are
/// given out as they came. Reads `[[[96.0, 84.0], [255.0, 84.0], [255.0, 114.0], [96.0, 114.0]],
/// ('評価書番号', 0.92)]` and the box beside it → `評価書番号          13`. Refuses a text with
/// fewer boxes.
pub(super) fn ocr_boxes(lines: &[&str]) -> Option<Rewrite> {
    let boxes: Vec<(usize, OcrBox)> = lines
        .iter()
        .enumerate()
        .filter_map(|(at, line)| ocr_box(line).map(|found| (at, found)))
        .collect();
    if boxes.len() < MARKUP_ENTRIES {
        return None;
    }
    let all: Vec<&OcrBox> = boxes.iter().map(|(_, found)| found).collect();
    let unit = column_width(&all)?;
    let left_edge = all.iter().map(|b| b.left).min()?;
    let mut out: Rewrite = lines.iter().map(|l| vec![(*l).to_owned()]).collect();
    // Every box's line gives out none, but the first of each row, which gives out the row.
    for (at, _) in &boxes {
        if let Some(given) = out.get_mut(*at) {
            given.clear();
        }
    }
    for row in ocr_rows(&boxes) {
        if let Some(given) = out.get_mut(row.at) {
            if row.after_gap {
                given.push(String::new());
            }
            given.push(laid_out(&row.words, left_edge, unit));
        }
    }
    Some(out)
}

/// A row of [`ocr_boxes`]: the line of its first box, its boxes, and whether it stands below the
/// row above by more than half a box's height (a gap between two cells).
struct OcrRow<'b> {
    at: usize,
    words: Vec<&'b OcrBox>,
    after_gap: bool,
}

/// The boxes (each with its line) in rows: a box whose top stands within half its height of the
/// row's first box's top is of that row; any other opens the next.
fn ocr_rows(boxes: &[(usize, OcrBox)]) -> Vec<OcrRow<'_>> {
    let mut rows: Vec<OcrRow<'_>> = Vec::new();
    for (at, word) in boxes {
        let half = word.bottom.saturating_sub(word.top) / 2;
        match rows.last_mut() {
            Some(row)
                if row
                    .words
                    .first()
                    .is_some_and(|first| first.top.abs_diff(word.top) <= half) =>
            {
                row.words.push(word);
            }
            last => {
                let bottom = last.and_then(|row| row.words.iter().map(|w| w.bottom).max());
                rows.push(OcrRow {
                    at: *at,
                    words: vec![word],
                    after_gap: bottom.is_some_and(|b| word.top > b.saturating_add(half)),
                });
            }
        }
    }
    rows
}

/// The width in pixels of one column of [`ocr_boxes`]' layout: the middle of the boxes' widths
/// over their texts' columns ([`super::sheets::columns_taken`]).
fn column_width(boxes: &[&OcrBox]) -> Option<u32> {
    let mut widths: Vec<u32> = boxes
        .iter()
        .filter_map(|b| {
            let columns = u32::try_from(super::sheets::columns_taken(&b.text))
                .ok()
                .filter(|&c| c > 0)?;
            Some(b.right.saturating_sub(b.left) / columns)
        })
        .filter(|&w| w > 0)
        .collect();
    widths.sort_unstable();
    widths.get(widths.len() / 2).copied()
}

/// A row of boxes as one line: each text at its column (its left edge from `left_edge` over
/// `unit`), two spaces at least after the text before it.
fn laid_out(words: &[&OcrBox], left_edge: u32, unit: u32) -> String {
    let mut sorted = words.to_vec();
    sorted.sort_by_key(|w| w.left);
    let mut line = String::new();
    let mut taken = 0;
    for word in sorted {
        let column = usize::try_from(word.left.saturating_sub(left_edge) / unit).unwrap_or(0);
        let gap = if taken == 0 { 0 } else { 2 };
        let pad = column.saturating_sub(taken).max(gap);
        line.extend(std::iter::repeat_n(' ', pad));
        line.push_str(&word.text);
        taken += pad + super::sheets::columns_taken(&word.text);
    }
    line
}

// ---- Chat logs ----

/// A meeting's saved chat (Zoom's `meeting_saved_chat.txt`): each message headed by a line
/// `HH:MM:SS From NAME to RECIPIENT:` ([`chat_header`]), its first line after a tab and its
/// further lines under it.
///
/// Where the first line written is such a header and at least [`MARKUP_ENTRIES`] lines are,
/// the text is read as the messages of the one who wrote the most lines (a report pasted into
/// the chat in pieces): their lines, the tab before a message's first line taken off; the
/// headers and the others' messages (`確認しました`, a reaction) give out none. Reads
/// `10:00:01 From 架空 to Everyone:` / `\t評価書番号` / `5` → `評価書番号` / `5`. Refuses a
/// text that opens with no header (a time in a report's own sentence).
pub(super) fn chat_log(lines: &[&str]) -> Option<Rewrite> {
    let first = lines.iter().find(|l| !l.trim().is_empty())?;
    chat_header(first)?;
    let headers = lines.iter().filter(|l| chat_header(l).is_some()).count();
    if headers < MARKUP_ENTRIES {
        return None;
    }
    // Each line's writer (`None` on a header), and how many lines each wrote.
    let mut writers: Vec<Option<&str>> = Vec::with_capacity(lines.len());
    let mut written: Vec<(&str, usize)> = Vec::new();
    let mut writer: Option<&str> = None;
    for line in lines {
        if let Some(name) = chat_header(line) {
            writer = Some(name);
            writers.push(None);
            continue;
        }
        writers.push(writer);
        if let Some(name) = writer {
            match written.iter_mut().find(|(n, _)| *n == name) {
                Some((_, count)) => *count += 1,
                None => written.push((name, 1)),
            }
        }
    }
    let (most, _) = written.iter().copied().max_by_key(|&(_, count)| count)?;
    let mut out = Vec::with_capacity(lines.len());
    for (line, writer) in lines.iter().zip(writers) {
        if writer == Some(most) {
            out.push(vec![line.strip_prefix('\t').unwrap_or(line).to_owned()]);
        } else {
            out.push(Vec::new());
        }
    }
    Some(out)
}

/// The writer's name of a chat message's header `HH:MM:SS From NAME to RECIPIENT:`
/// (`14:03:12 From 架空課 甲 to Everyone:` → `架空課 甲`).
fn chat_header(line: &str) -> Option<&str> {
    let (time, rest) = line.trim_end().split_once(" From ")?;
    let clock: Vec<&str> = time.split(':').collect();
    let is_time = clock.len() == 3
        && clock
            .iter()
            .all(|part| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()));
    let (name, _recipient) = rest.strip_suffix(':')?.rsplit_once(" to ")?;
    (is_time && !name.trim().is_empty()).then_some(name)
}

// ---- Side-by-side diffs ----

/// `diff -y` with its tabs expanded (GNU diffutils, Side by Side Format; `-t`): each line the
/// old file's line on the left and the new file's from one column on, a gutter between that
/// marks a changed line `|`, an added one `>` (its left blank) and a removed one `<` (its right
/// blank); a line alike in both files is printed on both sides, a gap of spaces between.
///
/// Where at least [`SIDE_BY_SIDE_LINES`] lines, and half the text's lines or more, print one
/// text twice, the second from one column ([`printed_twice_at`], the same column for all of
/// them), the text is read as the new file: each line's text from that column on, a removed
/// line none, a line with no gutter before that column ([`ends_in_gutter`]: a command line
/// above the diff) as it came. Reads `評価書番号␣␣…␣␣評価書番号` → `評価書番号` and `平成27年4月24日␣␣…␣|␣平成28年5月20日`
/// → `平成28年5月20日`. Refuses a text with fewer lines printed twice (a word a line repeats
/// after a gap) and lines printed twice from different columns.
pub(super) fn side_by_side_diff(lines: &[&str]) -> Option<Rewrite> {
    let mut votes: Vec<(usize, usize)> = Vec::new();
    for line in lines {
        let Some(column) = printed_twice_at(line) else {
            continue;
        };
        match votes.iter_mut().find(|(c, _)| *c == column) {
            Some((_, n)) => *n += 1,
            None => votes.push((column, 1)),
        }
    }
    let (column, twice) = votes
        .into_iter()
        .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))?;
    let written = lines.iter().filter(|l| !l.trim().is_empty()).count();
    if twice < SIDE_BY_SIDE_LINES || twice * 2 < written {
        return None;
    }
    let mut out = as_they_came(lines);
    for (line, rewrite) in lines.iter().zip(out.iter_mut()) {
        let (left, right) = split_at_column(line, column);
        let right = right.trim_end();
        if !right.is_empty() && ends_in_gutter(left) {
            *rewrite = vec![right.to_owned()];
        } else if right.is_empty() && left.trim_end().ends_with('<') {
            *rewrite = Vec::new();
        }
    }
    Some(out)
}

/// The column (in half-width columns: a wide character takes two) from which `line` prints its
/// text a second time after a gap of two spaces or more: `甲乙␣␣␣甲乙` → 5. `None` for a line
/// that does not.
fn printed_twice_at(line: &str) -> Option<usize> {
    // (No gap of two spaces, no second print: most lines.)
    if !line.contains("  ") {
        return None;
    }
    let mut column = 0usize;
    let mut spaces = 0usize;
    let mut gap_from = 0usize;
    for (at, c) in line.char_indices() {
        if c == ' ' {
            if spaces == 0 {
                gap_from = at;
            }
            spaces += 1;
        } else {
            if spaces >= 2 && gap_from > 0 {
                let left = line.get(..gap_from).unwrap_or_default().trim();
                let right = line.get(at..).unwrap_or_default().trim_end();
                if !left.is_empty() && left == right {
                    return Some(column);
                }
            }
            spaces = 0;
        }
        column += super::sheets::char_columns(c);
    }
    None
}

/// Whether `left`, a line's text up to the right side's column, ends in `diff -y`'s gutter: a
/// space, a mark (`|`, `<`, `>`, `(`, `)`) or a space, a space. A line that runs on past the
/// gutter (a command line above the diff) does not.
fn ends_in_gutter(left: &str) -> bool {
    let mut last = left.chars().rev();
    matches!(
        (last.next(), last.next(), last.next()),
        (
            Some(' '),
            Some(' ' | '|' | '<' | '>' | '(' | ')'),
            Some(' ')
        )
    )
}

/// `line` parted where `column` begins (half-width columns; a wide character takes two): the
/// text before, the text from there on.
fn split_at_column(line: &str, column: usize) -> (&str, &str) {
    let mut taken = 0usize;
    for (at, c) in line.char_indices() {
        if taken >= column {
            return (
                line.get(..at).unwrap_or(line),
                line.get(at..).unwrap_or_default(),
            );
        }
        taken += super::sheets::char_columns(c);
    }
    (line, "")
}

/// `@@ -0,0 +1,46 @@` (a heading's words may follow the second `@@`).
fn is_hunk_header(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("@@ -") else {
        return false;
    };
    let Some((ranges, _)) = rest.split_once(" @@") else {
        return false;
    };
    let Some((old, new)) = ranges.split_once(" +") else {
        return false;
    };
    let is_range = |r: &str| {
        !r.is_empty()
            && r.split(',')
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    is_range(old) && is_range(new)
}

/// `commit` and a hash of seven hexadecimal digits or more, as `git log` and `git show` open a
/// commit.
fn is_commit_line(line: &str) -> bool {
    line.strip_prefix("commit ")
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|hash| hash.len() >= 7 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

// ---- pdftotext -tsv ----

/// The header line of poppler's `pdftotext -tsv` (its twelve columns).
const POPPLER_TSV_HEADER: &str =
    "level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

/// poppler's `pdftotext -tsv` (its manual page, and the columns Tesseract's TSV output has): a
/// header line, then a row a page (level 1), a flow (3), a line (4) or a word (5), its place in
/// the page (`page_num`, `block_num`, `par_num`, `line_num`, `word_num`), its box and its text
/// (`###PAGE###`, `###FLOW###`, `###LINE###` for the levels above a word).
///
/// Only in a text whose first line is the header. The words of a line are given out as one
/// line, a space between them, at the line's first word; a flow parts cells with a blank line;
/// the header and the other rows none. Reads the word rows `評価書` and `番号` of one line →
/// `評価書 番号`. Refuses a text whose first line is not the header (a tab-parted table of its
/// own), and leaves a row that does not have the twelve columns as it came.
pub(super) fn pdftotext_tsv(lines: &[&str]) -> Option<Rewrite> {
    if lines.iter().find(|l| !l.trim().is_empty())?.trim_end() != POPPLER_TSV_HEADER {
        return None;
    }
    let mut out = as_they_came(lines);
    // The place of the line the last word was of, and the row it is given out at.
    let mut current: Option<([&str; 4], usize)> = None;
    for (at, line) in lines.iter().enumerate() {
        // (The header is a row too, whose level is no number: it gives out none.)
        let Some((level, place, text)) = tsv_row(line) else {
            continue;
        };
        let given = match level {
            "5" => match current {
                Some((open, row)) if open == place => {
                    if let Some(words) = out.get_mut(row).and_then(|w| w.first_mut()) {
                        words.push(' ');
                        words.push_str(text.trim());
                    }
                    Vec::new()
                }
                _ => {
                    current = Some((place, at));
                    vec![text.trim().to_owned()]
                }
            },
            "1" | "3" => vec![String::new()],
            _ => Vec::new(),
        };
        if let Some(written) = out.get_mut(at) {
            *written = given;
        }
    }
    Some(out)
}

/// A row of poppler's TSV: its level, the place of its line (`page_num`, `par_num`,
/// `block_num`, `line_num`) and its text; `None` for a line without the twelve columns.
fn tsv_row(line: &str) -> Option<(&str, [&str; 4], &str)> {
    let columns: Vec<&str> = line.splitn(12, '\t').collect();
    let place = <[&str; 4]>::try_from(columns.get(1..5)?).ok()?;
    Some((columns.first()?, place, columns.get(11)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines `rewrite` gives out, in order.
    fn flat(rewrite: Option<Rewrite>) -> Vec<String> {
        rewrite
            .unwrap_or_default()
            .into_iter()
            .flatten()
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn a_text_without_a_markups_characters_is_not_read_for_it() {
        use crate::import::shape as s;
        let none = AsciiCounts::of([]);
        let japanese = AsciiCounts::of(["①事務の名称 架空事務", "[平成26年4月 様式2] (1) 1-2"]);
        for rule in [
            s::UNIFIED_DIFF,
            s::PSQL,
            s::WIKI_TABLE,
            s::ASCIIDOC_TABLE,
            s::RST_LIST_TABLE,
            s::ORG_LIST,
            s::YAML_BLOCKS,
            s::DOKUWIKI_TABLE,
            s::LATEX_TABULAR,
            s::DEFINITION_LIST,
            s::PYTHON_REPR,
            s::JS_OBJECT,
            s::WORD_DIFF,
            s::XML_TEXT,
        ] {
            assert!(!none.may_hold(rule.id), "{}", rule.id);
            assert!(!japanese.may_hold(rule.id), "{}", rule.id);
        }
        // Each markup's signature holds what its check asks for.
        let signatures: [(&str, &[&str]); 14] = [
            (s::UNIFIED_DIFF.id, &["@@ -1,2 +1,2 @@"]),
            (s::PSQL.id, &["---+---"]),
            (s::WIKI_TABLE.id, &["{|"]),
            (s::ASCIIDOC_TABLE.id, &["|==="]),
            (s::RST_LIST_TABLE.id, &[".. list-table::"]),
            (s::ORG_LIST.id, &["- 甲 :: 乙", "- 甲 ::", "- 甲 :: 乙"]),
            (s::YAML_BLOCKS.id, &["甲: >"]),
            (s::DOKUWIKI_TABLE.id, &["^ 甲 ^"]),
            (s::LATEX_TABULAR.id, &["\\begin{tabular}{ll}"]),
            (s::DEFINITION_LIST.id, &[": 甲", ": 乙", "~ 丙"]),
            (s::PYTHON_REPR.id, &["[\"甲\","]),
            (s::JS_OBJECT.id, &["{", "甲: '1',", "乙: '2',", "丙: '3'"]),
            (s::WORD_DIFF.id, &["[-甲-]"]),
            (s::XML_TEXT.id, &["<?xml version=\"1.0\"?>"]),
        ];
        for (rule, lines) in signatures {
            assert!(
                AsciiCounts::of(lines.iter().copied()).may_hold(rule),
                "{rule}"
            );
        }
        // Any other reader reads any text.
        assert!(none.may_hold(s::SIDE_BY_SIDE_DIFF.id));
        // Characters beyond ASCII are not counted; ASCII ones are, however many.
        let counts = AsciiCounts::of(["あいうえおかきくけこ+++", "++"]);
        assert_eq!(counts.of_char('+'), 5);
        assert_eq!(counts.of_char('あ'), 0);
    }

    #[test]
    fn psql_rows_under_their_rule_are_read_a_cell_a_line() {
        let lines = [
            "  項目   |  内容",
            "---------+---------",
            " 評価書番号 | 6",
            " ②事務の内容 | 架空手当を支給する。   +",
            "            | 記録を残す。",
            " 特記事項 |",
            "(3 rows)",
        ];
        assert_eq!(
            flat(psql(&lines)),
            [
                "  項目   |  内容",
                "評価書番号",
                "6",
                "②事務の内容",
                "架空手当を支給する。",
                "記録を残す。",
                "特記事項",
                "(3 rows)"
            ]
        );
        // No rule: a sentence's bar.
        assert!(psql(&["甲 | 乙", "丙 | 丁"]).is_none());
    }

    #[test]
    fn wiki_tables_give_out_their_cells_without_attributes() {
        let lines = [
            "== Ⅰ 基本情報 ==",
            "{| class=\"wikitable\"",
            "! 評価書番号 !! 評価書名",
            "|-",
            "| 6 || 架空町 架空事務 重点項目評価書",
            "|-",
            "! colspan=\"2\" | 1.特定個人情報ファイルを取り扱う事務",
            "|-",
            "| 架空手当を支給する。",
            "記録を残す。",
            "| [ 実施する ]<br />＜選択肢＞",
            "|}",
            "| 外の縦線",
        ];
        assert_eq!(
            flat(wiki_table(&lines)),
            [
                "Ⅰ 基本情報",
                "評価書番号",
                "評価書名",
                "6",
                "架空町 架空事務 重点項目評価書",
                "1.特定個人情報ファイルを取り扱う事務",
                "架空手当を支給する。",
                "記録を残す。",
                "[ 実施する ]",
                "＜選択肢＞",
                "| 外の縦線"
            ]
        );
        assert!(wiki_table(&["| 甲 || 乙"]).is_none());
    }

    #[test]
    fn asciidoc_tables_give_out_their_cells() {
        let lines = [
            "= 特定個人情報保護評価書（基礎項目評価書）",
            "[cols=\"1,3\"]",
            "|===",
            "|評価書番号 |評価書名",
            "",
            "2+|1.特定個人情報ファイルを取り扱う事務",
            "a|架空手当を支給する。",
            "記録を残す。",
            "|[ 実施する ] +",
            "＜選択肢＞",
            "|===",
            "[.text-right]",
            "+[平成26年4月 様式2]+",
            "[平成26年4月 様式2]",
        ];
        assert_eq!(
            flat(asciidoc_table(&lines)),
            [
                "特定個人情報保護評価書（基礎項目評価書）",
                "評価書番号",
                "評価書名",
                "1.特定個人情報ファイルを取り扱う事務",
                "架空手当を支給する。",
                "記録を残す。",
                "[ 実施する ]",
                "＜選択肢＞",
                "[平成26年4月 様式2]",
                "[平成26年4月 様式2]"
            ]
        );
        assert!(asciidoc_table(&["|甲 |乙"]).is_none());
    }

    #[test]
    fn rst_list_tables_give_out_their_cells() {
        let lines = [
            "========",
            "架空の題",
            "========",
            ".. list-table::",
            "   :widths: 30 70",
            "",
            "   * - ①事務の名称",
            "     - 架空事務",
            "   * - ②事務の内容",
            "     - 架空手当を支給",
            "       する。",
            "   * - 特記事項",
            "     -",
            "   * - ①実施の有無",
            "     - | [ 実施する ]",
            "       | ＜選択肢＞",
            "",
            "**2.特定個人情報ファイル名**",
            "- 架空の項目",
        ];
        assert_eq!(
            flat(rst_list_table(&lines)),
            [
                "架空の題",
                "①事務の名称",
                "架空事務",
                "②事務の内容",
                "架空手当を支給",
                "する。",
                "特記事項",
                "①実施の有無",
                "[ 実施する ]",
                "＜選択肢＞",
                "2.特定個人情報ファイル名",
                "- 架空の項目"
            ]
        );
        assert!(rst_list_table(&["* - 甲", "  - 乙"]).is_none());
    }

    #[test]
    fn org_description_lists_give_out_term_and_description() {
        let lines = [
            "#+TITLE: 特定個人情報保護評価書（重点項目評価書）",
            "#+OPTIONS: toc:nil",
            "- 評価書番号 :: 3",
            "- 個人のプライバシー等の権利利益の保護の宣言 ::",
            "  架空機構は、措置を講じている。",
            "** 1.特定個人情報ファイルを取り扱う事務",
            "- ①事務の名称 :: 架空事務",
            "- ②事務の内容 :: 架空手当を",
            "  支給する。",
        ];
        assert_eq!(
            flat(org_list(&lines)),
            [
                "特定個人情報保護評価書（重点項目評価書）",
                "評価書番号",
                "3",
                "個人のプライバシー等の権利利益の保護の宣言",
                "  架空機構は、措置を講じている。",
                "1.特定個人情報ファイルを取り扱う事務",
                "①事務の名称",
                "架空事務",
                "②事務の内容",
                "架空手当を",
                "  支給する。"
            ]
        );
        // Too few entries; a list's items with no term.
        assert!(org_list(&["- 甲 :: 乙", "- 丙"]).is_none());
    }

    #[test]
    fn unified_diffs_read_as_the_file_after_the_change() {
        let lines = [
            "commit 0123abcd4567ef890123abcd4567ef890123abcd",
            "Author: 架空 <kaku@example.example>",
            "",
            "    架空の評価書を直す",
            "diff --git a/hyoka.txt b/hyoka.txt",
            "--- a/hyoka.txt",
            "+++ b/hyoka.txt",
            "@@ -1,3 +1,3 @@",
            " 評価書番号",
            "-3",
            "+4",
            "\\ No newline at end of file",
        ];
        assert_eq!(flat(unified_diff(&lines)), ["評価書番号", "4"]);
        // No hunk header: a `+` and a `-` of the report's own.
        assert!(unified_diff(&["+架空", "-架空"]).is_none());
        assert!(!is_hunk_header("@@ -a +1 @@"));
    }

    #[test]
    fn side_by_side_diffs_read_as_the_file_on_the_right() {
        let lines = [
            "$ diff -y -t -W 41 old.txt new.txt",
            "評価書番号            評価書番号",
            "3                     3",
            "評価書名              評価書名",
            "架空事務 評価書       架空事務 評価書",
            "                    > 特記事項なし",
            "令和2年4月1日       | 令和3年4月1日",
            "削除した行          <",
            "評価実施機関名        評価実施機関名",
            "架空市長              架空市長",
        ];
        assert_eq!(
            flat(side_by_side_diff(&lines)),
            [
                "$ diff -y -t -W 41 old.txt new.txt",
                "評価書番号",
                "3",
                "評価書名",
                "架空事務 評価書",
                "特記事項なし",
                "令和3年4月1日",
                "評価実施機関名",
                "架空市長"
            ]
        );
        // Too few lines printed twice; twice from different columns.
        assert!(side_by_side_diff(&["甲  甲", "乙", "丙", "丁"]).is_none());
        let ragged = [
            "甲  甲",
            "乙乙   乙乙",
            "丙  丙",
            "丁丁丁 丁丁丁",
            "戊   戊",
            "己  己",
        ];
        assert!(side_by_side_diff(&ragged).is_none());
    }

    #[test]
    fn python_s_printed_lists_give_their_strings() {
        let lines = [
            ">>> pprint.pprint(page.extract_tables())",
            "[['評価書番号', '評価書名'],",
            "  ['6', '架空市 架空事務\\n全項目評価書'],",
            "  ['個人のプライバシー等の権利利益の保護の宣言', None],",
            "  ['架空市は、架空事務において取り扱\\n'",
            "   'うにあたり、記録を守る。',",
            "   None]]",
        ];
        assert_eq!(
            flat(python_repr(&lines)),
            [
                ">>> pprint.pprint(page.extract_tables())",
                "評価書番号",
                "評価書名",
                "6",
                "架空市 架空事務",
                "全項目評価書",
                "個人のプライバシー等の権利利益の保護の宣言",
                "架空市は、架空事務において取り扱",
                "うにあたり、記録を守る。"
            ]
        );
        // No line opens a list with a string; an escape Python has no reading for here.
        assert!(python_repr(&["'評価書番号',", "'6',", "'評価書名',"]).is_none());
        assert!(python_string("'\\q'").is_none());
    }

    #[test]
    fn printed_javascript_objects_give_their_keys_and_strings() {
        let lines = [
            "test> db.reports.findOne({ 評価書番号: '7' })",
            "{",
            "  _id: ObjectId('0a1b2c3d4e5f60718293a4b5'),",
            "  source: 'kakuu.pdf',",
            "  note: '架空の注記',",
            "  評価書番号: 7,",
            "  'Ⅰ_基本情報': {",
            "    '②事務の内容': '架空手当を支給する。\\n' +",
            "      '記録を' +",
            "      '残す。',",
            "    システム: [ { '①システムの名称': '甲システム', 件数: 2 }, [Object] ],",
            "    実施の有無: true",
            "  }",
            "}",
            "評価書番号: '8'",
        ];
        assert_eq!(
            flat(js_object(&lines)),
            [
                "架空の注記",
                "評価書番号",
                "7",
                "Ⅰ 基本情報",
                "②事務の内容",
                "架空手当を支給する。",
                "記録を残す。",
                "システム",
                "①システムの名称",
                "甲システム",
                "件数",
                "2",
                "実施の有無",
                "評価書番号: '8'",
            ]
        );
        // Pretty-printed JSON is such an object.
        let json = [
            "{",
            "  \"評価書番号\": \"7\",",
            "  \"評価書名\": \"架空\",",
            "  \"特記事項\": \"\"",
            "}",
        ];
        assert_eq!(
            flat(js_object(&json)),
            ["評価書番号", "7", "評価書名", "架空", "特記事項"]
        );
        // No line `{` alone above the properties; too few properties of the form's keys; a
        // line inside that is no property passed on as it came.
        assert!(
            js_object(&["評価書番号: '7',", "評価書名: '架空',", "特記事項: 'なし',"]).is_none()
        );
        assert!(js_object(&["{", "  a: '甲',", "  b: '乙',", "  c: '丙'", "}"]).is_none());
        let stray = [
            "{",
            "  評価書番号: '7',",
            "  架空の文 です。",
            "  評価書名: '架空',",
            "  特記事項: 'なし'",
            "}",
        ];
        assert!(flat(js_object(&stray)).contains(&"  架空の文 です。".to_owned()));
    }

    #[test]
    fn word_diffs_read_as_the_new_text() {
        let lines = [
            "$ wdiff old.txt new.txt",
            "公表日",
            "[-令和5年4月1日-] {+令和6年4月1日+}",
            "①部署",
            "架空課",
            "{+架空の一文を",
            "足した。+}[-架空の",
            "古い一文。-]",
        ];
        assert_eq!(
            flat(word_diff(&lines)),
            [
                "$ wdiff old.txt new.txt",
                "公表日",
                "令和6年4月1日",
                "①部署",
                "架空課",
                "架空の一文を",
                "足した。"
            ]
        );
        // A mark left open, a closing mark with no opening one, no run at all.
        assert!(word_diff(&["[-令和5年4月1日", "架空課"]).is_none());
        assert!(word_diff(&["架空課-]", "{+甲+}"]).is_none());
        assert!(word_diff(&["[平成26年4月 様式2]", "1-2"]).is_none());
    }

    /// Lines of the characters the readers of this module look for, and a few words.
    fn markup_like_lines() -> impl proptest::strategy::Strategy<Value = Vec<String>> {
        use proptest::prelude::*;
        let pieces = prop::sample::select(vec![
            "{",
            "}",
            "[",
            "]",
            "'",
            "\"",
            ":",
            ",",
            "+",
            "-",
            "<",
            ">",
            "?",
            "!",
            "/",
            "\\",
            "n",
            " ",
            "=",
            "|",
            "@",
            "line",
            "String CONTENT=\"",
            "評価書番号",
            "架空",
            "①",
            "<?xml",
            "[-",
            "-]",
            "{+",
            "+}",
            "_",
            "5",
        ]);
        let line = prop::collection::vec(pieces, 0..12).prop_map(|p| p.concat());
        prop::collection::vec(line, 0..12)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// Every reader takes any lines without a panic, and gives a rewrite for each line.
        #[test]
        fn readers_take_any_lines(lines in markup_like_lines()) {
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            let readers: [Reader; 21] = [
                psql, wiki_table, asciidoc_table, rst_list_table, org_list, yaml_blocks,
                json_lines, unified_diff, side_by_side_diff, word_diff, python_repr, js_object,
                xml_text, pdftotext_tsv, dokuwiki_table, latex_tabular, definition_list,
                captions, chat_log, data_frame, ocr_boxes,
            ];
            for reader in readers {
                if let Some(rewrite) = reader(&lines) {
                    proptest::prop_assert_eq!(rewrite.len(), lines.len());
                }
            }
        }
    }

    #[test]
    fn captions_give_their_cues_text() {
        let lines = [
            "WEBVTT",
            "Kind: captions",
            "",
            "NOTE 架空の注記",
            "",
            "1",
            "00:00:00.000 --> 00:00:04.400 line:85%",
            "評価書番号",
            "",
            "2",
            "00:00:04.600 --> 00:00:06.600",
            "<v 架空>3</v>",
            "",
            "01:00:06.800 --> 01:00:08.160",
            "<ruby>架空<rt>かくう</rt></ruby>町の",
            "事務&amp;手当",
        ];
        assert_eq!(
            flat(captions(&lines)),
            ["評価書番号", "3", "架空町の", "事務&手当"]
        );
        let subrip = [
            "1",
            "00:00:00,000 --> 00:00:04,400",
            "評価書名",
            "",
            "2",
            "00:00:05,000 --> 00:00:06,000",
            "架空事務",
        ];
        assert_eq!(flat(captions(&subrip)), ["評価書名", "架空事務"]);
        // Neither a `WEBVTT` line nor a number over a timing line first.
        assert!(captions(&["WEBVTTの字幕", "00:00:00.000 --> 00:00:04.400", "評価書名"]).is_none());
        assert!(captions(&["1", "評価書名", "00:00:00,000 --> 00:00:04,400"]).is_none());
        assert!(!is_cue_timestamp("0:00.000"));
        assert!(is_cue_timestamp("100:00:00.000"));
    }

    #[test]
    fn ocr_boxes_are_laid_out_as_a_page() {
        let word = |x: u32, y: u32, w: u32, text: &str| {
            format!(
                "[[[{x}.0, {y}.0], [{r}.0, {y}.0], [{r}.0, {b}.0], [{x}.0, {b}.0]], ('{text}', 0.95)]",
                r = x + w,
                b = y + 30
            )
        };
        let lines = [
            ">>> for line in result[0]:".to_owned(),
            word(100, 100, 160, "評価書番号"),
            word(420, 100, 32, "13"),
            word(420, 152, 320, "架空町は、架空手当に関する"),
            word(100, 192, 128, "宣言文"),
            word(420, 192, 256, "事務を行う。"),
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(
            flat(ocr_boxes(&lines)),
            [
                ">>> for line in result[0]:",
                "評価書番号          13",
                "                    架空町は、架空手当に関する",
                "宣言文              事務を行う。",
            ]
        );
        assert!(ocr_boxes(&lines[..3]).is_none());
        // Coordinates at the top of their type: no overflow.
        let far = [
            word(4_294_967_000, 4_294_967_000, 200, "評価書番号"),
            word(0, 4_294_967_100, 100, "甲"),
            word(0, 0, 100, "乙"),
        ];
        let far: Vec<&str> = far.iter().map(String::as_str).collect();
        assert!(ocr_boxes(&far).is_some());
        assert!(ocr_box("[[[1.0, 2.0]], ('甲', 0.9)]").is_none());
    }

    #[test]
    fn a_data_frame_gives_its_cells() {
        let lines = [
            ">>> print(tables[0].df.to_string())",
            "          0                    1",
            "0   評価書番号                    3",
            "1     評価書名   架空町 架空事務 全項目評価書",
            "2  個人情報保護委員会 承認日 【行政機関等のみ】",
            "3   ②事務の内容   架空法に基づき、\\n手当を支給する。",
            "4   ③他のシステムとの接続   [    ] 紙",
            ">>> tables[1]",
        ];
        assert_eq!(
            flat(data_frame(&lines)),
            [
                ">>> print(tables[0].df.to_string())",
                "評価書番号",
                "3",
                "評価書名",
                "架空町 架空事務 全項目評価書",
                "個人情報保護委員会 承認日 【行政機関等のみ】",
                "②事務の内容",
                "架空法に基づき、",
                "手当を支給する。",
                "③他のシステムとの接続",
                "[    ] 紙",
                ">>> tables[1]",
            ]
        );
        // No header of figures; too few rows under one.
        assert!(
            data_frame(&[
                "0   評価書番号   3",
                "1   評価書名   架空",
                "2   公表日   令和7年1月1日"
            ])
            .is_none()
        );
        assert!(data_frame(&["   0   1", "0   評価書番号   3"]).is_none());
    }

    #[test]
    fn a_chat_log_gives_the_pasted_messages() {
        let lines = [
            "10:00:01 From 架空課 甲 to Everyone:",
            "\t評価書番号",
            "5",
            "10:00:09 From 模擬課 乙 to Everyone:",
            "\t確認しました",
            "10:00:15 From 架空課 甲 to Everyone:",
            "\t評価書名",
            "架空町 架空事務 基礎項目評価書",
        ];
        assert_eq!(
            flat(chat_log(&lines)),
            [
                "評価書番号",
                "5",
                "評価書名",
                "架空町 架空事務 基礎項目評価書"
            ]
        );
        // No header first: a time in the text's own words.
        assert!(chat_log(&["評価書番号", "10:00:01 From 甲 to 乙:", "5"]).is_none());
        // Too few headers.
        assert!(chat_log(&["10:00:01 From 甲 to Everyone:", "\t評価書番号"]).is_none());
    }

    #[test]
    fn xml_documents_give_their_text() {
        let lines = [
            "<?xml version=\"1.0\"?>",
            "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"",
            " xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">",
            " <!-- 架空の注記 -->",
            " <Row><Cell><Data ss:Type=\"String\">評価書番号</Data></Cell><Cell><Data>5</Data></Cell></Row>",
            " <Row><Cell><Data>架空&amp;模擬</Data></Cell></Row>",
            " <line xMin=\"1\"><word>架空町</word>",
            "  <word>架空事務</word></line>",
            " <TextLine><String CONTENT=\"評価書名\" WC=\"0.9\"/><SP/><String CONTENT=\"架空\"/></TextLine>",
            "</Workbook>",
        ];
        assert_eq!(
            flat(xml_text(&lines)),
            [
                "評価書番号",
                "5",
                "架空&模擬",
                "架空町 架空事務",
                "評価書名 架空"
            ]
        );
        // No declaration first; an HTML page.
        assert!(xml_text(&["<Data>評価書番号</Data>", "<Data>5</Data>"]).is_none());
        assert!(xml_text(&["<!DOCTYPE html>", "<p>評価書番号</p>"]).is_none());
    }

    #[test]
    fn pdftotext_tsv_rows_give_their_lines_words() {
        let lines = [
            POPPLER_TSV_HEADER,
            "1\t1\t0\t0\t0\t0\t0\t0\t595\t842\t-1\t###PAGE###",
            "4\t1\t0\t1\t0\t0\t70\t74\t52\t10\t-1\t###LINE###",
            "5\t1\t0\t1\t0\t0\t70\t74\t30\t10\t100\t評価書",
            "5\t1\t0\t1\t0\t1\t110\t74\t20\t10\t100\t番号",
            "5\t1\t0\t2\t0\t0\t70\t92\t20\t10\t100\t7",
        ];
        assert_eq!(flat(pdftotext_tsv(&lines)), ["評価書 番号", "7"]);
        // A tab-parted table of the report's own.
        assert!(pdftotext_tsv(&["評価書番号\t7", "評価書名\t架空"]).is_none());
    }

    #[test]
    fn dokuwiki_tables_give_a_cell_a_line() {
        let lines = [
            "===== Ⅰ 基本情報 =====",
            "^ ①事務の名称 | 架空事務 |",
            "^ ②事務の内容 | 架空手当を支給する。\\\\ 架空の届を受ける。 |",
        ];
        assert_eq!(
            flat(dokuwiki_table(&lines)),
            [
                "Ⅰ 基本情報",
                "①事務の名称",
                "架空事務",
                "②事務の内容",
                "架空手当を支給する。",
                "架空の届を受ける。"
            ]
        );
        // Rows that all open with `|` (Markdown's), and a `^` that closes no row.
        assert!(dokuwiki_table(&["| 評価書番号 | 7 |"]).is_none());
        assert!(dokuwiki_table(&["^ 架空", "| 評価書番号 | 7 |"]).is_none());
    }

    #[test]
    fn latex_tables_give_a_cell_a_line_and_commands_their_text() {
        let lines = [
            "\\documentclass{jlreq}",
            "\\section*{Ⅰ 基本情報}",
            "\\begin{tabularx}{\\textwidth}{|l|X|}",
            "\\hline",
            "①事務の名称 & 架空事務 \\\\ \\hline",
            "\\multicolumn{2}{|l|}{\\textbf{②事務の内容}} \\\\",
            "架空手当を支給する。\\newline 架空の届を受ける。 & 100\\% \\& 架空 \\\\",
            "\\end{tabularx}",
            "\\hfill [平成26年4月 様式3] % 様式の番号",
        ];
        assert_eq!(
            flat(latex_tabular(&lines)),
            [
                "Ⅰ 基本情報",
                "①事務の名称",
                "架空事務",
                "②事務の内容",
                "架空手当を支給する。",
                "架空の届を受ける。",
                "100% & 架空",
                "[平成26年4月 様式3]"
            ]
        );
        // No table environment: a `\` and a `&` of the report's own.
        assert!(latex_tabular(&["架空 & 架空 \\\\"]).is_none());
    }

    #[test]
    fn definition_lists_lose_their_marks() {
        let lines = [
            "評価書番号",
            ":   7",
            "",
            "①事務の名称",
            ":   架空事務",
            "②事務の内容",
            ": 架空手当を支給する。",
            "    架空の届を受ける。",
        ];
        assert_eq!(
            flat(definition_list(&lines)),
            [
                "評価書番号",
                "7",
                "①事務の名称",
                "架空事務",
                "②事務の内容",
                "架空手当を支給する。",
                "    架空の届を受ける。"
            ]
        );
        // Too few; no white space after the mark; a mark indented as a code block.
        assert!(definition_list(&["甲", ": 乙"]).is_none());
        assert!(definition(":架空").is_none());
        assert!(definition("    : 架空").is_none());
    }

    #[test]
    fn yaml_block_scalars_lose_their_indicators_and_quotes() {
        let lines = [
            "評価書番号: 9",
            "特記事項: |-",
            "  ・架空の措置を講じている。",
            "  ・架空の記録を残している。",
            "評価実施機関名: 架空市長",
            "様式: '[平成26年4月 様式2]'",
            "  6.他の評価実施機関: ''",
        ];
        assert_eq!(
            flat(yaml_blocks(&lines)),
            [
                "評価書番号: 9",
                "特記事項:",
                "・架空の措置を講じている。",
                "・架空の記録を残している。",
                "評価実施機関名: 架空市長",
                "様式: [平成26年4月 様式2]",
                "  6.他の評価実施機関:"
            ]
        );
        // No block scalar: a sentence's `|`, 「」 quotes.
        assert!(yaml_blocks(&["架空の表 |", "①事務の名称: 「甲」"]).is_none());
    }

    #[test]
    fn json_lines_give_out_their_strings_and_the_rows_context_where_it_changes() {
        let lines = [
            r#"{"page": 1, "section": "表紙", "label": "評価書番号", "value": "6"}"#,
            r#"{"page": 1, "section": "表紙", "label": "特記事項", "value": "甲\n乙"}"#,
            "",
            r#"{"page": 2, "section": "Ⅰ", "label": "①事務の名称", "value": "架空事務"}"#,
            r#"{"page": 2, "section": "Ⅰ", "label": "②事務の内容", "value": "\"架空\"\u5f15"}"#,
        ];
        assert_eq!(
            flat(json_lines(&lines)),
            [
                "表紙",
                "評価書番号",
                "6",
                "特記事項",
                "甲",
                "乙",
                "Ⅰ",
                "①事務の名称",
                "架空事務",
                "②事務の内容",
                "\"架空\"引"
            ]
        );
        // A line that is no object; a nested object; too few rows.
        let mut other = lines.to_vec();
        other.push("評価書名 架空");
        assert!(json_lines(&other).is_none());
        assert!(json_lines(&[r#"{"a": {"b": "c"}}"#, r#"{"a": "b"}"#, r#"{"a": "c"}"#]).is_none());
        assert!(json_lines(&[r#"{"a": "b"}"#]).is_none());
        assert_eq!(
            json_string(r#""\ud83d\ude00" x"#),
            Some(("😀".to_owned(), " x"))
        );
        assert!(json_string(r#""\ud83d""#).is_none());
    }
}
