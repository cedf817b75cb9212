//! The *shape* stage: the decoded text as lines of one cell each, whatever shape it came in,
//! with its page furniture taken off and kept as such.
//!
//! **Takes in** the decoded text and its [`Shape`]. **Gives out** a [`Shaped`] text: the lines
//! the later stages read, each line's source line (1-based, in the text as it came in), and the
//! [`Furniture`] taken off with its source lines. A text none of the rules below applies to
//! comes out as it went in (borrowed, same lines).
//!
//! The rules, each a named item with a text it reads and one it refuses (its doc comment and a
//! unit test below; `tests/layouts/` holds the same examples as a corpus):
//!
//! First, on the lines as they came: [`INVISIBLE`] takes off the characters that print nothing
//! (a zero-width space, a soft hyphen); [`TERMINAL_CONTROLS`] a terminal's escape sequences
//! and overstrike; [`LIST_MODE`] the `$` and `^I` an editor showed line ends and tabs with;
//! [`RUBY_BRACKETS`] the readings a text wrote in brackets after their kanji;
//! [`COMMENT_ANCHORS`] a document's comments at its end and their anchors;
//! [`LINE_NUMBERS`] takes off the numbers a `cat -n` or
//! `grep -n` dump opens every line with; [`QUOTE_MARKS`] the `> ` of an e-mail's quote;
//! [`LINK_MARKS`] the `[N]` a text browser set before each link it lists at the text's end;
//! [`READER_MARKS`] marks a screen reader's announcements (`表 開始`, `行 2 列 1`) furniture;
//! [`CAPTIONS`] reads a captions file as its cues' text, [`CHAT_LOG`] a meeting's chat as
//! the messages of the one who pasted the report, [`DATA_FRAME`] pandas' print of a table a
//! cell a line, and [`OCR_BOXES`] an OCR engine's word boxes as the page laid out;
//! [`UNIFIED_DIFF`], [`SIDE_BY_SIDE_DIFF`] and [`WORD_DIFF`] read a diff as the file after the
//! change and [`PDFTOTEXT_TSV`] poppler's word rows as lines; [`XML_TEXT`] an XML document as
//! its text; [`PSQL`], [`WIKI_TABLE`],
//! [`ASCIIDOC_TABLE`], [`RST_LIST_TABLE`], [`ORG_LIST`], [`YAML_BLOCKS`], [`JSON_LINES`],
//! [`DOKUWIKI_TABLE`], [`LATEX_TABULAR`], [`DEFINITION_LIST`], [`PYTHON_REPR`] and
//! [`JS_OBJECT`] read a markup's tables and lists (a psql result, a wiki's, an AsciiDoc's, a
//! reStructuredText's, an org file's, YAML's blocks, a scraper's JSON Lines, a DokuWiki's, a
//! LaTeX document's, Markdown's definition lists, Python's printed lists, a shell's printed
//! JavaScript objects) a cell a line (`import/markup.rs`);
//! [`TWO_UP`] (a PDF text only) reads two pages printed side by side one after the other;
//! [`LABEL_MARKS`] the `■` or `【】` a document set around the form's labels and headings;
//! [`DOT_LEADERS`] the dots a typeset list ran from a label to its value; [`WIKI_LINKS`] a
//! wiki's links as the words they show; [`HALFWIDTH_KANA`]
//! writes in full-width the labels a text prints in half-width katakana; [`LONG_VOWEL`] with
//! `ー` the labels whose prolonged sound mark OCR read as `一`; [`VALUE_QUOTES`] the
//! 「」 a document set around every value; [`RUBY`] the readings printed over a name's kanji.
//!
//! 0. [`LINE_PITCH`] (a PDF text only, before every other): where the text writes a blank line
//!    after every line (its line pitch) and a run of them between cells, a single blank line is
//!    taken off and a run becomes one; [`CSV_ROWS`] (a PDF text only): a spreadsheet saved as
//!    CSV is written a cell a line; [`LABELS_LAST`] (a PDF text only): a sheet laid out right
//!    to left is written label first; [`SHEET_QUOTES`] and [`MERGED_CELLS`] (a PDF text only): a
//!    sheet's tab-separated text loses the quotes around its cells, and where it repeats its
//!    merged cells in every column they span, writes each once;
//! 1. [`SPACED_KANJI`]: a space put on each side of every kanji (`特 定 個 人 情 報`) is taken
//!    off again (kana runs and the spaces between cells stay); [`FOLDED`]: a page run together
//!    and folded at a fixed width is joined back into one line;
//! 2. [`BOX_TABLE`]: a table drawn with borders (box-drawing characters, pandoc's ASCII grid)
//!    is written a cell a line; [`PADDED_BARS`]: so is a table a document reader wrote with
//!    `|` between padded cells and no borders;
//!    [`TABLE_ROWS`]: a line of a table text (HTML, Markdown) that runs several rows together
//!    (a page a line) is split before each row;
//!    [`CELL_BARS`]: a table a page rendered to text with ` | ` between its cells is split a
//!    cell a line;
//! 3. [`CENTRED_LABEL`]: a label of a PDF text that keeps the page's layout, printed beside the
//!    middle of its value's lines (a cell centred), is set above all of them;
//!    [`NARROW_LABEL`]: a label wrapped in a narrow cell, its pieces at the starts of the
//!    value's lines, is joined and set before them;
//! 4. [`RUN_TOGETHER`]: a line of a PDF text that runs a whole page or several cells together
//!    (cells separated by one space) is split back into its cells, and before the form's own
//!    labels ([`form_labels`]) that a cell runs into;
//! 5. [`HEADING_AFTER_CELL`]: a section heading of the form that a PDF text put at the end of
//!    another cell's line is set on a line of its own;
//!    [`LABEL_AFTER_VALUE`]: a label of the form after another label's value on its line
//!    (`①事務の名称 架空事務 ②事務の概要`) is set on a line of its own;
//! 6. [`WRAPPED_DATE`]: a 和暦 date that a narrow cell wrapped over lines is joined again;
//! 7. [`SPLIT_VALUE`]: the 様式 tag or a band of a ＜選択肢＞ list that rule 4 split at the
//!    spaces around its numbers is joined again;
//! 8. [`OVERLAPPED_PIECES`]: a heading or label of the form that a document site's text layer
//!    printed in overlapping pieces is written once; [`WRAPPED_HEADING`]: a heading or label of
//!    the form that a narrow cell wrapped over lines is joined again;
//!    [`VALUES_FIRST`]: a text that draws each value before its label, as the cover shows,
//!    is put back in the form's order, each label before its value; [`VALUE_DOWN`]: a text
//!    that prints each value on the next label's line, as the cover shows, has its values
//!    put back under their labels;
//! 9. [`PAGE_MARK`]: `N / M ページ`, `- N -` and their kin alone on a line are furniture;
//! 10. [`PAGE_NUMBERS`]: numbers alone on a line that step by one through the text are page
//!     numbers, furniture (a cover's page number never becomes its 評価書番号);
//! 11. [`RUNNING_HEADER`]: a line repeated beside the page marks of at least three pages (of
//!     one numbering) is a running header or footer, furniture.
//! 12. [`REPEATED_HEADING`]: a chapter's heading that opens a page in mid-cell, the chapter
//!     the text is in (a table's header row a word processor repeats on each page), is
//!     furniture.
//! 13. [`PAGE_TOP`]: the lines between a page mark and the 変更箇所's heading repeated right
//!     after it are the page's top, furniture; [`PAGE_TITLE`]: the report's title at a page's
//!     top, under a page mark, where a cell runs on across the page, is furniture.
//! 14. [`WATERMARK`] (a PDF text only): a watermark's glyphs left a line each amid a wrapped
//!     sentence are furniture.
//!
//! Before rules 2–8 and 12, [`LAID_OUT_TABLE`]: the lines of a 変更箇所 table that keeps the
//! page's layout (its header row's labels two spaces or more apart) are set aside and passed on
//! as they came, their furniture taken off by rules 9–11: where a column's text starts on a line
//! is what tells its cells apart.
//!
//! **Refuses** nothing (a text is never an error here) and **never drops** a character but
//! furniture, the spaces that joined rows, and the marks of a markup or a tool the text came
//! through (a table's bars, a diff's marks and its old side, a terminal's controls, an
//! editor's `$` and `^I`, a quote around a cell, a reading in brackets after its kanji, a
//! comment's anchor, the words a document site's text layer repeated of a heading): a line it
//! cannot tell a cell of is passed on whole. HTML and Markdown texts keep their lines (their markup is their structure): only
//! rules 1, 2 and 9–12 apply to them.
//!
//! No rule names, counts or positions anything of a particular document: the thresholds are the
//! named constants of `limits.rs`, with their reasons.

use super::limits::{
    ADDRESS_FOOTER_PAGES, BESIDE_PAGE_MARK, BRACKETED_PAGE_LINES, COVER_TOP_LINES, CSV_RECORDS,
    FOLD_MIN_WIDTH, FOLD_SLACK, FOLDED_LABELS, FOLDED_LINES, FOOTER_CHARS, HEADER_FROM_PAGE,
    HEADING_TITLE_CHARS, JOINED_PARAGRAPH_CHARS, KANA_LABEL_WORDS, LEADER_DOTS,
    LINE_PITCH_EVERY_SHARE, LINE_PITCH_SHARE, LINE_PITCH_WIDE_PAIRS_SHARE, LIST_MODE_LINES,
    MARKED_LABEL_LINES, MERGED_ROWS, NUMBERED_ENTRY_WORDS, NUMBERED_LINES, OVERLAP_MIN_CHARS,
    OVERLAPPED_PIECES_MAX, PADDED_BAR_LINES, PAGE_COPY_GAP, PAGE_COPY_LABELS, PAGE_COPY_WRAP,
    PAGE_NUMBER_RUN, PAGE_TOP_HEADER_CHARS, PAGE_TOP_LINES, PROSE_LINE_CHARS, QUOTED_LINES,
    QUOTED_VALUE_LINES, QUOTED_VALUES, READER_MARKS_LINES, ROW_HEAD_CHARS, RUBY_BRACKETS_MIN,
    RUBY_CHARS, RUBY_LINES, RUN_MIN_BREAKS, RUN_MIN_CHARS, RUNNING_HEADER_LINES,
    RUNNING_HEADER_PAGES, SHEET_ROWS, SPACED_SHARE, SPLIT_VALUE_PIECES, VALUE_BY_LABEL_LABELS,
    VALUE_DOWN_LABELS, VALUES_FIRST_LABELS, VERTICAL_LABEL_LINES, WATERMARK_GLYPHS,
    WRAPPED_BARE_LABEL_LINES, WRAPPED_BARE_LABEL_MIN_CHARS, WRAPPED_COLUMN_LINES,
    WRAPPED_DATE_LINES, WRAPPED_LABEL_LINES, WRAPPED_LABEL_MIN_CHARS,
};
use std::borrow::Cow;

use super::classify::{is_laid_out_header, leading_number, section_heading_starts};
use super::cover::TAG_WORD;
use super::form_words::{
    all_circled_labels, circled_labels, cover_labels, form_labels, is_circled,
};
use super::sheets::columns_taken;
use crate::import::fill::{label_end, squeeze};
pub(super) use crate::import::text::is_kanji;
use crate::import::text::{Layout, LineSet, Shape, is_blank, is_kana};
use crate::import::{Furniture, FurnitureKind};
use crate::report::ItemId;

/// One layout rule of the stage: its stable id and what it does, in a few Japanese words (as
/// the trace and the layout corpus name it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rule {
    /// The stable id (`shape.spaced_kanji`).
    pub(crate) id: &'static str,
    /// What the rule does.
    pub(crate) what: &'static str,
}

/// A space on each side of every kanji, taken off.
///
/// Reads `特 定 個 人 情 報 保 護 評 価 書` → `特定個人情報保護評価書` (and `令 和 6 年 5 月` →
/// `令和6年5月`; a label of the form closed up with its value is set apart again: `① 事 務 の
/// 名 称 架 空 事 務` → `①事務の名称 架空事務`; in a page run together and spaced, the space is
/// given back around every label of the form: `評 価 書 番 号 3 評 価 書 名 架 空 …` →
/// `評価書番号 3 評価書名 架空…`). Refuses `国民健康保険 住民基本台帳` (one space between two words of kanji is a
/// cell break, not spacing) and keeps the space of `2 個 人 住 民 税` after the `2` (a number
/// that starts its line is a cell of its own: `2 個人住民税`). One space between two cells beside a
/// kanji is spacing's too: it is kept where the form's values show the cells' boundary
/// ([`parts_values`]: `削 除 事 後` → `削除 事後` under the 変更箇所's header row).
///
/// A text letter-spaced with ideographic spaces (`U+3000` after every character of its lines,
/// kana and figures too: `河　鹿　市　長`) is closed up first, where at least [`SPACED_SHARE`] of its
/// lines of three characters or more are so spaced: each single ideographic space between two
/// characters is taken off, a run of them (a gap between cells) becomes one space. Refuses a
/// line that sets only words apart (`国民健康保険に関する事務　全項目評価書`), and a text where
/// fewer lines are letter-spaced.
pub(crate) const SPACED_KANJI: Rule = Rule {
    id: "shape.spaced_kanji",
    what: "漢字ごとの空白を除く",
};

/// A page or several cells run together on one line, split back into cells.
///
/// Reads `評価書番号 3 評価書名 国民健康保険に関する事務　全項目評価書 …` (a line longer than
/// [`RUN_MIN_CHARS`] with at least [`RUN_MIN_BREAKS`] breaks) as one cell a line, keeping a
/// number mark with its label (`① 事務の名称`, `Ⅰ 関連情報`, and the figures a document site
/// prints for `①` before the label the form numbers so: `1 事務の名称`), a section's number with
/// its heading (`1. 特定個人情報ファイルを取り扱う事務`), an article's number with its words
/// (`番号法第 9 条第 1 項`), a date, a period's days or the 様式 tag whose figures are set off
/// (`令和 5 年 7 月 7 日`, `までの 33 日間`, `4 月様式 3`: [`in_date`]) and a bracket's words
/// together (`[平成30年5月 様式2]`), and splitting
/// a section's number off a chapter's title (`Ⅰ 関連情報1. 特定…` → `Ⅰ 関連情報` / `1. 特定…`).
/// Refuses a line of boxes `[ ○ ] 紙 [ ] 電子メール` (a space beside a box mark is not a
/// break), `NIST 800-88` (a space between two ASCII words), `2 事務の名称` (① numbers that
/// label: the figures stay a cell of their own), and every short line.
pub(crate) const RUN_TOGETHER: Rule = Rule {
    id: "shape.run_together",
    what: "一行に並んだセルを分ける",
};

/// A section heading of the form at the end of another cell's line, set on a line of its own.
///
/// A PDF text writes the cells that stand on one baseline as one line: a section's heading
/// beside the last boxes of the section before it. Reads `] 接続しない（提供） [ ] 接続しない
/// （入手） ６．情報提供ネットワークシステムとの接続` → the boxes, then `６．情報提供ネットワー
/// クシステムとの接続` (the heading: its number, `．` and its title as a form prints it
/// ([`crate::form::section_title`]), white space before it, nothing after, a blank line after
/// the line). Refuses a line the next cell follows without a blank line, `…は、
/// ６．情報提供ネットワークシステムとの接続を参照` (words after the title: a reference in
/// prose), `３．情報提供ネットワークシステムとの接続` after a cell (the number is not the
/// title's) and titles of fewer than [`HEADING_TITLE_CHARS`] characters (`監査`, `備考`: words
/// a cell may end with).
pub(crate) const HEADING_AFTER_CELL: Rule = Rule {
    id: "shape.heading_after_cell",
    what: "行末の見出しを分ける",
};

/// A label of the form after another label's value on one line, set on a line of its own.
///
/// A text that gives a table's row a line writes a row's label and value, then the label of
/// the row below where that row's value is taller and starts lower: `①事務の名称 架空事務
/// ②事務の概要` / `架空法に基づき、…`. A line that opens with a circled label of the form
/// (after a block's heading, `システム1 ①システムの名称 …`, or not) or with a section's heading
/// is split before each later circled label of a greater number ([`all_circled_labels`], the
/// words of any revision) that white space sets off before it and that ends the line or is
/// followed by white space or `※` — or by anything, where its number is the next one
/// (`①部署 架空課 ②所属長架空課長`); and before a section's heading of a greater number that
/// ends the line (`3.特定個人情報ファイル名 架空ファイル 4.個人番号の利用 ※`). Refuses
/// `架空事務 ②事務の概要` (no label opens the line), `①事務の名称 架空事務 ③システムの名称を参照`
/// (a label of a later number that runs into words: prose), `②事務の概要 架空法に基づき
/// ①事務の名称を定める` (a smaller number: the value's own words) and a heading followed by
/// words (`… 4.個人番号の利用について`). A line opened by no label is split too where it ends in
/// a circled label after a sentence's end and white space (`…の収納を行う。 ③システムの名称`:
/// the next item's label printed beside the last line of a value's sentences), and where, under
/// a circled label alone on its line, it ends in the next item's circled label after white space
/// (`①事務の名称` / `架空事務 ②事務の内容 ※`), and where it ends in a section's heading whole
/// after white space (`架空ファイル 4.個人番号の利用 ※`) or in a numbered block's heading after a
/// sentence's end (`…を管理する。 システム2`; [`heading_after_value`]).
pub(crate) const LABEL_AFTER_VALUE: Rule = Rule {
    id: "shape.label_after_value",
    what: "値の後の次のラベルを分ける",
};

/// A 和暦 date wrapped in a narrow cell, joined again: its era's name on one line, its year,
/// month and day (with `年`, `月`, `日`) on the next lines.
///
/// A print's narrow date column (a 変更箇所's 変更日) breaks a date at every piece. A line that
/// opens with an era's name followed by nothing but the pieces of a date (digits of either
/// width, `元`, `年`, `月`, `日`, spaces), not yet a whole day, is joined with the next lines of
/// such pieces when they make it one, within [`WRAPPED_DATE_LINES`] lines, as one word (its
/// spaces were the cell's layout). Reads `令和` / `2` / `年 4` / `月` / `1` / `日` →
/// `令和2年4月1日`. Refuses `令和` / `2` / `年度` (`度` is no piece
/// of a date), `令和` / `2` / `年` / `4` / `月` with a page's header row next (the day never
/// comes: a date cut at a page stays as printed), `令和2年 架空` (words beside the era) and a
/// whole date on its line (`令和2年4月1日`).
pub(crate) const WRAPPED_DATE: Rule = Rule {
    id: "shape.wrapped_date",
    what: "折り返された日付をつなぐ",
};

/// A value of the form's types that splitting a run-together line broke at the spaces around
/// its figures, joined again.
///
/// A document site sets every number off with a space on each side (`平成 26 年 4 月様式 3`,
/// `10 万人以上 30 万人未満`), and a space in a run-together line is a cell break
/// ([`RUN_TOGETHER`]): such a value comes out in pieces. Pieces of one source line, in order,
/// that make (their spaces taken off) the 様式 tag ([`super::detect::is_tag`]) or an option of
/// a ＜選択肢＞ list of the forms that holds figures (a band: [`figured_options`]) are joined as
/// one word. Reads `平成` / `26` / `年` / `4` / `月様式` / `3` → `平成26年4月様式3` (pieces
/// another rule split; rule 4 keeps a tag's figures with it, [`in_date`]) and `10` /
/// `万人以上` / `30` / `万人未満` → `10万人以上30万人未満`. Refuses `10` / `万人以上` /
/// `架空市` (no option reads so), pieces of two source lines, and `30` / `万人以上` / `1` /
/// `事務の名称` (the option is whole before the label: only the pieces that make it are joined).
pub(crate) const SPLIT_VALUE: Rule = Rule {
    id: "shape.split_value",
    what: "数字の前後で分かれた値をつなぐ",
};

/// A heading or label of the form wrapped in a narrow cell, joined again: its number and first
/// words on one line, the rest of its words on the next line or two.
///
/// A line that opens with a section's number (`２．`), an appendix's (`（別添１）`) or a circled
/// item number (`②`), followed by the first words of a heading or label of the form
/// ([`crate::form::section_title`] of that number, or one of [`form_labels`]), is joined with
/// the next lines when they complete it exactly. Reads `２．特定個人情` / `報ファイル名` →
/// `２．特定個人情報ファイル名`, and `② 所属長の役職` / `名` → `② 所属長の役職名`. Refuses
/// `② 部署` / `福祉部` (the label is whole, the next line its value), `２．特定個人情` / `報の入手`
/// (no title of section 2 reads so) and lines that complete no label in
/// [`WRAPPED_LABEL_LINES`] lines.
///
/// A label with no number before it (a table's label cell, a part's label, an appendix's
/// column heading) is joined the same way when its first line holds at least
/// [`WRAPPED_BARE_LABEL_MIN_CHARS`] characters, over up to [`WRAPPED_BARE_LABEL_LINES`] lines
/// ([`completes_bare_label`]): reads `具体的` / `なチェ` / `ック方` / `法` → `具体的なチェック方法`
/// and `特定個人情報ファイル記録` / `項目`; refuses `架空の措置` / `の内容` (no label of the form
/// reads so) and `個人` / `番号` (too short a start: it begins too many words).
///
/// The 変更箇所's header row wrapped in its narrow columns is joined the same way, a column's
/// label at a time ([`crate::form::CHANGE_COLUMNS`], within [`WRAPPED_COLUMN_LINES`] lines):
/// reads `変更` / `日` → `変更日` and `提出` / `時期` / `に係` / `る説` / `明` → `提出時期に係る
/// 説明`; refuses `変更` / `した` (no column's label) and `変` / `更日` (one character starts
/// too many words).
pub(crate) const WRAPPED_HEADING: Rule = Rule {
    id: "shape.wrapped_heading",
    what: "折り返された見出しをつなぐ",
};

/// A heading or label a text printed in overlapping pieces, written once.
///
/// A document site's text layer may write the runs of a wrapped heading more than once, each
/// run repeating words of the one before, while it writes the values once: its page comes
/// as one line, split into cells by rule [`RUN_TOGETHER`], whose cells print the heading in
/// pieces that overlap (`個人のプライバシー` / `個人のプライバシー等` /
/// `のプライバシー等の権利利益の` / `権利利益の保護の` / `保護の宣言`). Pieces of one source line
/// are joined where each piece after the first starts with the words joined so far, is their
/// end, or starts with at least [`OVERLAP_MIN_CHARS`] of the characters they end with (written
/// once); where at least one piece repeats words so and the words joined are a
/// heading or label of the form ([`is_form_heading`]: a section's title after its number, an
/// item's label after its circled number or none, the form's title, a block's heading:
/// `システ` / `システム1` / `ステム1`), the pieces are one line
/// of those words. The longest such join within [`OVERLAPPED_PIECES_MAX`] pieces is taken.
///
/// Reads `個人のプライバシー` / `個人のプライバシー等` / `のプライバシー等の権利利益の` /
/// `権利利益の保護の` / `保護の宣言` → `個人のプライバシー等の権利利益の保護の宣言`,
/// `特定個人情報保護評価書（` / `特定個人情報保護評価書（全項目評価書）` / `全項目評価書）` → the
/// form's title. Refuses a whole heading printed twice (`（別添１）事務の内容` /
/// `（別添１）事務の内容`: an appendix's heading and its item's label, as a print sets them),
/// `個人のプライバシー` / `等の権利利益の保護の宣言` (no words repeated: a heading wrapped, rule
/// [`WRAPPED_HEADING`]'s), `事務の` / `事務の内容を記載` (the words joined are no label),
/// `②事務の概要` / `事務の` (a piece amid the words before it, no repeat of their end) and pieces
/// of two source lines.
pub(crate) const OVERLAPPED_PIECES: Rule = Rule {
    id: "shape.overlapped_pieces",
    what: "重なって繰り返された見出しの断片を一つにする",
};

/// A section's labels printed in a run after all its values, set before them.
///
/// A PDF whose label column is drawn after its value column prints a section's values, then
/// its labels one under the other, then the next section's heading: `1.特定個人情報ファイルを
/// 取り扱う事務` / `架空事務` / `架空法に基づき、…を行う。` / `架空システム` / `①事務の名称` /
/// `②事務の概要` / `③システムの名称` / `2.特定個人情報ファイル名`. Where a section (from a
/// section's or a block's heading to the next) opens with values, holds its labels in one run of
/// two or more, and has nothing after them but a ＜選択肢＞ list ([`section_drawn_first`]), the
/// run is set right under the heading, as a stack of labels over their values, which the later
/// stages share out by type (`stacks.rs`); the values so moved are inferred
/// ([`Shaped::reordered`]). Refuses a section whose labels have a value after them (`①事務の名称`
/// / `②事務の概要` / `架空事務`: a stack in the form's order already), whose values stand
/// between its labels, or that opens with a label. Applied where the cover does not show a text
/// drawn values first (that text's rule is [`VALUES_FIRST`]). A section that draws each value
/// right before its label instead, from a value under its heading to a label with nothing after
/// it, for at least [`VALUE_BY_LABEL_LABELS`] labels (`架空事務` / `①事務の名称` / `架空法に基づ
/// き、…` / `②事務の概要` / `架空システム` / `③システムの名称`), has each label set before its
/// value as [`VALUES_FIRST`] sets them in a whole text; refused with fewer labels.
pub(crate) const STACK_AFTER_VALUES: Rule = Rule {
    id: "shape.stack_after_values",
    what: "値の後に並んだラベルを値の前に置く",
};

/// A text that draws each value before its label, put back in the form's order.
///
/// A PDF's content may draw a row's value cell before its label cell, and a text taken out in
/// drawing order (`pdftotext -raw`) then prints each value on the lines above its label:
/// `8` / `評価書番号` / `架空市 架空事務 全項目評価書` / `評価書名`. The text is taken to be drawn so
/// only where its cover says it ([`drawn_values_first`]): at least [`VALUES_FIRST_LABELS`] of
/// the cover's labels whose values have a type of their own (評価書番号, 評価書名,
/// 評価実施機関名, 公表日: [`super::cover::typed_as`]) stand alone on their lines with a value of
/// their type on the line above and none on the line below, and no such label has its value
/// below and none above. Then each label line of the form ([`label_role`]) is set before the
/// lines printed since the line before it that is a label, a heading, a block's heading, a
/// ＜選択肢＞ list's line, the form's title or a line that opens with a label; the values read
/// from lines so moved are inferred ([`Shaped::reordered`]). A section that is an item of its
/// own ([`is_item_section`]: `2.特定個人情報ファイル名`) is a label there, and a section's
/// heading printed on one line with its first label (`5.評価実施機関における担当部署 ①部署`) is
/// one row with it: the values drawn before the heading go under the label.
///
/// Reads `8` / `評価書番号` / `架空事務 全項目評価書` / `評価書名` / … / `令和6年4月1日` / `公表日`
/// / … / `架空事務` / `①事務の名称` → `評価書番号` / `8` / … / `①事務の名称` / `架空事務`.
/// Refuses a text in which a typed label has its value under it (`評価書番号` / `8` /
/// `架空事務 全項目評価書` / `評価書名`: the label of one row printed under the value of the one
/// above, in a text printed in the form's order), and one with a single label under its value.
pub(crate) const VALUES_FIRST: Rule = Rule {
    id: "shape.values_first",
    what: "値の後に描かれたラベルを値の前に戻す",
};

/// A label drawn after its value on the value's last line, set on a line of its own.
///
/// A PDF's content may draw a row's value cell before its label cell on the same baseline, and
/// a text taken out in drawing order then prints the value's last line and the label on one
/// line: `9 評価書番号` / `架空市 架空事務 基礎項目評価書 評価書名` / `…を宣言する。
/// 個人のプライバシー等の権利利益の保護の宣言` / `架空事務 ①事務の名称`. The text is taken to be
/// drawn so only where its cover says it: at least [`VALUES_FIRST_LABELS`] lines end in one of
/// the cover's typed labels (評価書番号, 評価書名, 評価実施機関名, 公表日) after a value of that
/// label's type ([`super::cover::typed_as`]), and no line opens with such a label followed by a
/// value of its type (`評価書番号 9`: the form's order). Then every line that ends in a label of
/// the form alone ([`label_role`]: a circled label, a cover label, a bare label such as
/// `法令上の根拠`) or in an item's section heading ([`is_item_section`]: `2.特定個人情報ファイル名`)
/// after words and white space is split before it; rule [`VALUES_FIRST`] then sets each label
/// before its value. Reads `9 評価書番号` / `架空市長 評価実施機関名` → `9` / `評価書番号` /
/// `架空市長` / `評価実施機関名`; refuses a text whose cover prints `評価書番号 9` (a label
/// before its value) and one with a single label after its value.
pub(crate) const VALUE_THEN_LABEL: Rule = Rule {
    id: "shape.value_then_label",
    what: "同じ行で値の後に描かれたラベルを分ける",
};

/// The values of a text printed a line down, each on the next label's line, put back under
/// their own labels.
///
/// A PDF whose value cells sit lower than their labels gives, through `pdftotext -raw`, each
/// label alone on its line and its value after the next label, on that label's line:
/// `評価書番号` / `評価書名 4` / `架空市 架空事務 基礎項目評価書`. The cover decides it
/// ([`values_a_line_down`]): at least [`VALUE_DOWN_LABELS`] of its typed labels (評価書番号,
/// 評価書名, 評価実施機関名, 公表日) — or of chapter Ⅰ's names, a 事務's and a system's
/// (`①事務の名称` / `②事務の内容 架空税に関する事務`) — stand alone with a value of their type
/// after the label of the next line, and none holds a value of its own type on its line. Then, through the whole
/// text, a label alone on its line ([`label_role`]) whose next line opens with a label and
/// holds a value after it takes that value: the value is set on a line of its own under it
/// (from its source line, inferred: [`Shaped::reordered`]), the next label alone after that.
/// Reads `①部署` / `②所属長 架空課` / `架空課長` → `①部署` / `架空課` / `②所属長` /
/// `架空課長`. Refuses a text whose cover holds `評価書番号 4` (a label with its own value), a
/// cover where fewer typed labels show the shift, and a label whose next line opens with no
/// label (`③対象人数` / `[ 1万人以上10万人未満 ]`).
pub(crate) const VALUE_DOWN: Rule = Rule {
    id: "shape.value_down",
    what: "次のラベルの行に落ちた値を戻す",
};

/// A page mark alone on a line: furniture.
///
/// Reads `1 / 69 ページ`, `- 3 -`, `－３－`, `― 3 ―`, `12/40`, a document site's preview of a
/// page ([`is_page_preview`]: `Page 2: Ⅰ 基本情報 1.特定個人情報…②事務の内容...`, the page's
/// words cut short, at the end or between the first words and words picked from further on)
/// and the header `pr` prints on every page of a text it paginates ([`is_print_header`]:
/// `2025-01-06 10:12   架空.txt   ページ 3`), and a footer that carries the page's number amid
/// words the same on every page ([`numbered_footers`]: `架空事務 3 架空課` on three pages or
/// more, the number stepping by one), and a site's copy of a page run into one line that the
/// page's cells then repeat word for word ([`mark_page_copies`]). Refuses `3` (a number alone
/// may be a value: see [`PAGE_NUMBERS`]), `1) 500人以上`, `Page 2: 架空の記載` (no words cut
/// short: the text's own), `2025-01-06 ページ 3` (no time of day, no name) and a page run into
/// one line that no cells after repeat.
///
/// In a PDF text, the blank lines right before or after a page mark or page number are the page
/// break's too, where a sentence runs on across it ([`mark_break_blanks`]): the line before
/// the blanks and the mark a prose line's width ([`PROSE_LINE_CHARS`]) that ends no sentence,
/// the line after the mark and its blanks one that goes on a cell ([`is_rest_of_cell`]). Reads
/// `…障害のある児童を養育する` (a prose line) / `2 ページ` / (blank) / `者から認定の請求を受け付
/// ける。`, and the same with the blank before the mark (a page's number printed at the next
/// page's top); refuses a short line before the mark (`架空の給付を`: where the cell ends is
/// not shown), a line that ends a sentence, and a label after the mark. In a text whose only
/// blank lines stand at its page breaks ([`blank_only_at_breaks`]: it parts no cells with
/// blank lines), those blanks are the page break's wherever the line after the mark goes on a
/// cell, whatever the line before ends with (`…台帳に記録する。` / `2/5` / (blank) /
/// `証明書を交付する。`: the cell goes on); where a blank line stands anywhere else, the blanks
/// at a break may part two cells, and only the rule above reads them.
pub(crate) const PAGE_MARK: Rule = Rule {
    id: "shape.page_mark",
    what: "ページ表示を除く",
};

/// Numbers alone on a line that step by one through the text (at least
/// [`PAGE_NUMBER_RUN`] of them, page marks' numbers counted in the run): page numbers,
/// furniture.
///
/// Reads the lone `1`, `2`, `3` that end three pages, a document site's `(1)`, `(2)` that open
/// its pages ([`mark_bracketed_page_numbers`]), a lone `1` at the top of a cover
/// that a lone `2` follows ([`COVER_TOP_LINES`]), and the numbers that open pages run together
/// one a line (`1 特定個人情報…` / `2 Ⅰ 関連情報 …`, [`page_openers`]). Refuses a lone `7` near the top of a cover
/// that no `8` follows (it may be the 評価書番号), two lone numbers `3`, `4` (too few to be
/// pages), and, where pages ran together one a line, the numbers amid a page's cells
/// (`… （ 6 ） 件 …` on one page, `（ 7 ）` and `（ 8 ）` on the next: a page's number stands at
/// its line's start or end, [`amid_a_page`]).
pub(crate) const PAGE_NUMBERS: Rule = Rule {
    id: "shape.page_numbers",
    what: "連番のページ番号を除く",
};

/// A line repeated beside the page marks of at least [`RUNNING_HEADER_PAGES`] pages: a running
/// header or footer, furniture.
///
/// Reads `架空市 福祉課` printed just before or after the page mark of every page, a header
/// split at its cells a piece at a time (`架空評価書` / `公表日` / `令和7年1月6日` beside `2/9`),
/// and the report's title beside the marks of two pages when the cover prints it (the cover is
/// then the first page to hold it; its line there stays, the 評価書名's value), and a line that
/// opens every page after the first (the first line under each mark that a page follows, two
/// pages at least: a print that leaves its header off the cover, `… / 1 / 架空町 福祉課 / Ⅰ
/// 関連情報 … / 2 / 架空町 福祉課 / ４．…`; [`is_header_words`]).
/// Refuses a line repeated as often that stands away from every page mark (`[ ] その他`), a
/// heading the last pages repeat (`変更箇所`: a header stands there from the text's first pages
/// on, [`HEADER_FROM_PAGE`]), the cover's 様式 tag, and any line of a text without page marks.
pub(crate) const RUNNING_HEADER: Rule = Rule {
    id: "shape.running_header",
    what: "各ページの柱を除く",
};

/// A chapter's heading repeated at the top of a page, in mid-cell: furniture.
///
/// A word processor repeats a table's header row at the top of every page the table runs
/// over; a print whose chapter is one table, headed by the chapter's heading, opens each page
/// of the chapter with that heading again, and a page break in mid-cell puts it between the
/// cell's lines. A chapter heading (`Ⅰ　関連情報`) whole on a line that opens a page (a text
/// that keeps its pages opens each with a form feed), the same as the last chapter heading
/// above it, and followed by the rest of a cell (its next line that is not blank is no heading
/// and begins with no label of the forms, [`is_row_label`]) is furniture, and the cell goes on
/// past it.
///
/// Reads `Ⅰ 関連情報` … `② 事務の内容   …賦課し、税額` / `␌Ⅰ 関連情報` / `   を通知して
/// 徴収する。`. Refuses the same heading opening a page before a label (`③ システムの名称`) or a
/// section's heading (a new file's chapter), a heading wrapped over two lines, another
/// chapter's heading at a page's top, and the same heading in mid-page.
pub(crate) const REPEATED_HEADING: Rule = Rule {
    id: "shape.repeated_heading",
    what: "ページごとに繰り返された章の見出しを除く",
};

/// The lines between a page mark and the 変更箇所's heading repeated right after it: the top of
/// a page the table runs on to (its running header), furniture.
///
/// A word processor repeats a table's heading on every page the table runs over; what stands
/// between the page's mark and that heading belongs to the page, not to the last row of the
/// page before (a row cut at a page goes on below the repeated heading and header row). At most
/// [`PAGE_TOP_LINES`] lines, none of them a heading or header row of the table, after a page
/// mark (or page number) and before the 変更箇所's heading met a second time, are furniture,
/// even where the text has too few pages for [`RUNNING_HEADER`] to tell a header.
///
/// Reads `- 5 -` / `架空町 架空事務 基礎項目評価書` / `変更箇所` (the table's heading met before):
/// the middle line is furniture. Refuses the same lines before the text's first 変更箇所
/// heading (the end of the chapter above may stand there), three lines or more between the mark
/// and the heading, and lines before a heading with no page mark above them (a row's last
/// lines before the page break).
pub(crate) const PAGE_TOP: Rule = Rule {
    id: "shape.page_top",
    what: "繰り返された変更箇所の見出しの上のページ上部を除く",
};

/// The report's title printed at the top of a page (a running header), right under the page
/// mark or page number that ends the page before — with the blank lines around it, furniture —
/// where a cell runs on across the page: the line ends as a 評価書名 does (「…評価書」, its
/// （案） after it, [`super::cover::ends_as_title`]) or is the head of a title on the cover (the
/// title without its form's name, `架空市 架空事務` of `架空市 架空事務 基礎項目評価書`), holds
/// no sentence, stands past the cover (after the first chapter heading), and the line after it
/// goes on a cell ([`is_rest_of_cell`]). A text of one or two pages repeats it too few times for
/// [`RUNNING_HEADER`] to tell it.
///
/// Reads `…架空の療` / `- 2 -` / (blank) / `架空事務 基礎項目評価書` / `養費を支給する。`, and
/// `架空市 架空事務` there under a cover titled `架空市 架空事務 基礎項目評価書`: the title and
/// the blank line are furniture. Refuses the title on the cover, a title with no page mark above
/// it, one before a label (`①事務の名称`: no cell runs across there), and a line that is only a
/// part of the cover's title's head (`架空事務`).
pub(crate) const PAGE_TITLE: Rule = Rule {
    id: "shape.page_title",
    what: "ページ上部に印刷された評価書名を除く",
};

/// The glyphs of a watermark, each left on a line of its own amid a paragraph: furniture.
///
/// A PDF stamped for viewing draws a watermark across its pages (`公表用`, `閲覧用`,
/// `複製禁止`) in glyphs much larger than the text's; a text taken out of it (`pdftotext`)
/// writes each glyph on a line of its own where it falls among the lines of the text under
/// it, between two lines of one wrapped sentence. Where at least [`WATERMARK_GLYPHS`] lines of
/// a PDF text are such glyphs ([`is_watermark_glyph`]) — one kanji or kana alone on its line
/// as the text came (not a cell split out of a line that ran cells together);
/// the line before it a wrapped line of prose (at least [`PROSE_LINE_CHARS`] characters, no
/// label or heading of the form, not ending as a sentence does); the line after it going on
/// with that sentence (no label or heading, no entry's bullet or number:
/// [`crate::import::fill::keeps_break`]) — each is furniture, and the sentence joins across
/// it. Reads `…その記録を他に知られ` / `表` / `ないよう守る。` (with a second such glyph in the
/// text). Refuses a glyph alone once in the text (a wrapped entry's last character
/// `…を通` / `知`, then the next paragraph: a watermark prints two glyphs or more), one after a
/// line that ends a sentence or a short line (a paragraph's end), and one before a label, a
/// heading or a bullet.
pub(crate) const WATERMARK: Rule = Rule {
    id: "shape.watermark",
    what: "透かし文字の一字だけの行を除く",
};

/// A blank line after every printed line, taken off: the text's line pitch, not a break.
///
/// A text that keeps the page's layout (`pdftotext -layout`) of a print whose line pitch is
/// taller than its characters writes a blank line after every line; the break between two
/// cells or paragraphs is then a run of two blank lines or more. Where both gaps are common (a
/// single blank line and a run of two or more each follow at least [`LINE_PITCH_SHARE`] of
/// the text's lines), a single blank line is taken off and a run becomes one blank line. Reads
/// `評価書番号` / `` / `3` / `` / `` / `評価書名` → `評価書番号` / `3` / `` / `評価書名`. A text a
/// document site gives with a blank line after (nearly) every line, its cells and wrapped lines
/// alike (a single blank line after at least [`LINE_PITCH_EVERY_SHARE`] of its lines, a
/// sentence wrapped across one — a line of a wide text's width, [`PROSE_LINE_CHARS`], that
/// holds a clause's `、` and ends in no `。` — or, where no run of blank lines stands anywhere,
/// a paragraph joined whole, longer than a printed line holds ([`JOINED_PARAGRAPH_CHARS`]; a
/// site that joins a cell's wrapped lines), and lines of that width right above another in
/// [`LINE_PITCH_WIDE_PAIRS_SHARE`] of its lines at most), shows no break by them: they
/// are taken off too (`架空市は、…取り扱うに当た` / `` / `り、…宣言する。` → one paragraph
/// again). Refuses a text whose cells are parted by one blank line and only its page breaks by
/// two or more (the single blank lines are its breaks: its wrapped lines stand line under line,
/// and a published text's cells put a single blank line after half its lines at most), a text
/// of short cells each parted by a blank line (no sentence wraps across one), and a line that
/// holds a page break (`\f`).
pub(crate) const LINE_PITCH: Rule = Rule {
    id: "shape.line_pitch",
    what: "行送りの空行を除く",
};

/// A 変更箇所 table that keeps the page's layout, passed on as it came.
///
/// A text that keeps the page's layout (`pdftotext -layout`) prints the table's six columns side
/// by side, padded with spaces: where each column's text starts on a line is what tells the
/// columns apart (`changes::laid_out` reads them so). From its header row printed so
/// ([`is_laid_out_header`]: 変更日, 項目, 変更前の記載 and 変更後の記載 each two spaces or more
/// apart) to the text's end, the lines are not split at their cells (rule 4), joined or moved
/// by the other rules; the page furniture among them is still furniture, and the header row
/// repeated at each page is no running header: it is the table's. Reads
/// `変更日   項目   変更前の記載   変更後の記載   提出時期` and the lines after it as they are.
/// Refuses a header row whose labels are one space apart (`変更日 項目 変更前の記載 …`: the cells
/// run together, rule 4 splits them) and every line above the header row.
pub(crate) const LAID_OUT_TABLE: Rule = Rule {
    id: "shape.laid_out_table",
    what: "レイアウトを保つ変更箇所の表を行のまま渡す",
};

/// Characters that print nothing, taken off: the zero-width space, the zero-width joiners, the
/// word joiner, a byte-order mark inside the text, and the soft hyphen (a browser's copy of a
/// page keeps the ones its HTML held, between words and inside a label that may break there).
///
/// Reads `奨学金の貸与\u{200B}に関する事務` → `奨学金の貸与に関する事務` and
/// `ネット\u{AD}ワークシステム` → `ネットワークシステム`. Refuses a space that prints (the
/// ideographic space `　`, the no-break space `\u{A0}`): a cell's gap, kept.
pub(crate) const INVISIBLE: Rule = Rule {
    id: "shape.invisible",
    what: "表示されない書式文字を除く",
};

/// A terminal's controls, taken off: its escape sequences (colours, a window's title) and the
/// overstrike that bolds or underlines a character.
///
/// A text captured from a terminal (a `script` typescript, a pager's output saved) keeps the
/// controls the terminal acted on: ECMA-48's control sequences (`ESC [` parameters, then the
/// final character: `\x1b[1;36m`), its operating system commands (`ESC ]` … `BEL` or `ESC \`:
/// a window's title), and a character struck over itself or over `_` with a backspace between
/// (`評\x08評`, `_\x08評`: bold and underlined, as `nroff` and `less` write them). None prints:
/// each is taken off, an overstruck character written once. Reads `\x1b[1;36m評価書名\x1b[0m 架空市
/// 架空事務 重点項目評価書` → `評価書名 架空市 架空事務 重点項目評価書` and `評\x08評価\x08価書\x08書番\x08番号\x08号`
/// → `評価書番号`. Refuses a control written out in visible characters (`^[[1m`, `\e[0m`: the
/// text's own characters) and a backspace with no character before it.
pub(crate) const TERMINAL_CONTROLS: Rule = Rule {
    id: "shape.terminal_controls",
    what: "端末の制御文字を除く",
};

/// A text copied from an editor that showed its line ends and tabs (`vim`'s list mode), as it
/// was before.
///
/// `vim` with `:set list` writes `$` at the end of each line of the file and `^I` for each tab;
/// a copy of its screen keeps them, and breaks a line longer than the screen where the screen
/// ends, with no `$` on its first pieces. Where at least [`LIST_MODE_LINES`] lines, and half
/// the text's lines or more, end in `$`, each line loses its `$`, each `^I` is a tab again,
/// and a line without `$` as wide as the text's widest line (within one column: a wide
/// character that did not fit) is joined with the line after it: one line of the file. Reads
/// `評価書名^I架空市 架空事務 全項目評価書$` → `評価書名⇥架空市 架空事務 全項目評価書` and a line
/// the screen broke joined again. Refuses a text with fewer lines ending in `$` (`単価は10$`: a
/// price) and a short line without `$` (a line of the screen's own, `~`), left as it is.
pub(crate) const LIST_MODE: Rule = Rule {
    id: "shape.list_mode",
    what: "エディタの行末・タブ表示を戻す",
};

/// Readings in brackets after the kanji they read, taken off.
///
/// A text made for readers of every age (a body's "ふりがな付き" version) or flattened from a
/// page's ruby (`<ruby>` read as text) writes each reading in brackets right after its kanji:
/// `評価書名（ひょうかしょめい）`, `架空（かくう）市長`. Where at least [`RUBY_BRACKETS_MIN`] times a
/// text has a kanji followed by a bracket of hiragana only (`（…）` or `(…)`), each such bracket
/// is taken off. Reads `評価実施機関名（ひょうかじっしきかんめい）` → `評価実施機関名`. Refuses a
/// bracket after kana or a letter (`プライバシー（ぷらいばしー）`: no kanji read), a bracket
/// holding a kanji or a katakana (`（案）`, `（システム）`), and a text with fewer such brackets
/// (a word a sentence glosses once).
pub(crate) const RUBY_BRACKETS: Rule = Rule {
    id: "shape.ruby_brackets",
    what: "括弧書きの読み仮名を除く",
};

/// The comments a document's editor appended to its text export, and their anchors, taken off.
///
/// A document exported as plain text with its comments (Google Docs' "Plain text (.txt)")
/// writes each comment's anchor where it stands in the text (`[a]`, `[b]`, … `[z]`, `[aa]`)
/// and the comments at the text's end, a line each opening with its anchor. Where the text's
/// last lines (blank lines aside) are such comments, their letters in order from `a`, and each
/// anchor stands in the text above, the comments are furniture (`comment`) and the anchors are
/// taken off the lines above. Markdown's footnotes (PHP Markdown Extra, Footnotes; GitHub
/// Flavored Markdown) are read so too: the text's last lines each a definition `[^1]: …`
/// whose reference `[^1]` stands in the text above. Reads `保健福祉課[a]` …
/// `[a]課名は変わる予定` → `保健福祉課`, and `13[^1]` … `[^1]: 架空の注` → `13`.
/// Refuses a bracket the text holds with no comment for it at the end (`（[a] 参照）`), and
/// comments out of order or without their anchor (a list of the text's own), and a footnote
/// whose reference the text does not hold.
pub(crate) const COMMENT_ANCHORS: Rule = Rule {
    id: "shape.comment_anchors",
    what: "文書のコメントとその記号を除く",
};

/// The numbers a text browser set before each link of a page (`lynx -dump`), taken off where the
/// text lists its links at its end.
///
/// Where a line `References` (the text browser's heading) is followed only by lines of links
/// numbered `N. address` (an address with its scheme, `https://…`), each `[N]` the list numbers
/// is taken off the lines above it. Reads `法令上の根拠 番号法第9条第2項 [7]架空区…条例第3条`
/// → `法令上の根拠 番号法第9条第2項 架空区…条例第3条` where the list holds
/// `7. https://www.example.jp/reiki.html`. Refuses `[ 実施する ]` (a selection's brackets) and
/// `[1]` in a text with no such list (a note's mark of the text's own).
pub(crate) const LINK_MARKS: Rule = Rule {
    id: "shape.link_marks",
    what: "テキストブラウザのリンク番号を外す",
};

/// A page run together and then folded at a fixed width (`fold -w 60`, a mail hard-wrapped),
/// its folded lines joined again.
///
/// The text's widest line sets the width it was folded at ([`FOLD_MIN_WIDTH`] columns at
/// least); where at least [`FOLDED_LINES`]
/// lines in a row each fill it (within [`FOLD_SLACK`] columns, a wide character counted two:
/// one that did not fit went down a line) and the run holds at least [`FOLDED_LABELS`] labels
/// of the form, one of them at least cut across two lines, the run and the shorter line after
/// it are joined into one line, with nothing between (the fold cut words: `… 評価書番号 26
/// 評価書` / `名 架空市 …`); rule
/// [`RUN_TOGETHER`] then splits it at its labels. Reads a cover run together and folded at 60
/// columns. Refuses a cell's sentences wrapped at the cell's width (no label among them), a
/// page's lines that fill its width with its labels whole (a narrow page's cells), a table's
/// lines (a border or a tab in them: a table fills its width by design) and a text whose lines
/// end where they will.
pub(crate) const FOLDED: Rule = Rule {
    id: "shape.folded",
    what: "一定の幅で折り返された行をつなぐ",
};

/// A screen reader's announcements of a document's structure, each on a line of its own (a
/// transcript of what it read aloud), taken off as furniture ([`FurnitureKind::ReaderMark`]).
///
/// Where at least [`READER_MARKS_LINES`] lines of the text are such announcements — `表 開始`,
/// `表 終了`, `行 N 列 M` (a table's cell), `見出し レベルN` (a heading's level) — each is
/// furniture, and so is a line `空白` right after a cell's announcement (the word the reader
/// says for an empty cell). Reads `行 1 列 1` / `評価書番号` / `行 1 列 2` / `5` as `評価書番号` /
/// `5`. Refuses a line that names a row and a column in a sentence (`行 1 列 2 に記載する。`),
/// `空白` after anything but a cell's announcement (a value's own word), and a text with
/// fewer such lines.
pub(crate) const READER_MARKS: Rule = Rule {
    id: "shape.reader_marks",
    what: "読み上げソフトの構造表示を除く",
};

/// Two pages printed side by side on one sheet (`pdftotext -layout` of a two-up print), read
/// one after the other: the left page's lines, then the right page's.
///
/// A page's lines are parted at a column where lines hold text on both sides, no line runs
/// across it, and each side opens lines with headings of the forms (or, on the left, the
/// cover's labels) at its margin: `super::sheets` says how, with the numbers of `limits.rs`.
/// Reads `評価書番号  評価書名      1.特定個人情報ファイルを取り扱う事務` over
/// `7           架空市 架空事務 ①事務の名称  架空事務` (and more such lines) as the cover's lines,
/// then Ⅰ's. Refuses a label column beside its values (`①事務の名称      架空事務`: no heading
/// opens the right column) and a page with a line run across the column.
pub(crate) const TWO_UP: Rule = Rule {
    id: "shape.two_up",
    what: "二面付けの頁を一頁ずつに分ける",
};

/// A text dumped with its line numbers (`cat -n`, `grep -n`), or printed with a word
/// processor's line numbers in its right margin, the numbers taken off.
///
/// Where every line of the text opens with a number — after spaces, and followed by a tab or a
/// colon — or every line ends with one — after a tab or two spaces or more, or alone on a line
/// otherwise blank — and the numbers step by one from the first line to the last (starting
/// again at 1 on a line that opens a page, after a form feed: a word processor counts each
/// page's lines), over at least [`NUMBERED_LINES`] lines, each line's number and the gap that
/// sets it off are taken off. Reads `     1⇥評価書番号` / `     2⇥6` → `評価書番号` / `6`,
/// `1:評価書番号` / `2:6`, and `評価書番号          1` / `6          2`. `grep -H -n`'s lines,
/// which open with the file's name too (`架空.txt:1:評価書番号` / `架空.txt-2-6`, groups parted by
/// `--`, the command above), lose the name and the number. Refuses a text with a
/// line that opens (or ends) with no number (`1:評価書番号` / `6`), numbers that do not step by
/// one (`1:評価書番号` / `3:6`: a list's numbers, a time; `評価書番号    14` / `評価書名 …` /
/// `公表日    令和5年4月1日`, a layout's values), and fewer lines.
pub(crate) const LINE_NUMBERS: Rule = Rule {
    id: "shape.line_numbers",
    what: "行番号を外す",
};

/// Lines quoted in an e-mail (`> `), the quote marks taken off.
///
/// Where at least [`QUOTED_LINES`] lines open with `>` (a reply or a forward that quotes the
/// text), each such line loses its marks (`>`, `> >`) and the space after them; the lines around
/// the quote (the message's own) stay as they are. Reads `> 評価書番号` / `> 6` → `評価書番号` /
/// `6`. Refuses a text with fewer quoted lines, and `＞選択肢＞`'s full-width mark.
pub(crate) const QUOTE_MARKS: Rule = Rule {
    id: "shape.quote_marks",
    what: "メールの引用符を外す",
};

/// A label or heading of the form that a document marks with a square bullet or lenticular
/// brackets, the mark taken off.
///
/// A word processor's style may set each label after `■` (`□`, `◆`, `◇`) or between `【` and `】`:
/// `■評価書番号`, `【評価書名】架空事務 基礎項目評価書`, `【Ⅰ 関連情報】`. Where what the mark opens
/// (or what the brackets hold) opens with a label or heading of the form — a cover's label, a
/// circled item's, a section's or a chapter's heading, the form's title, and after a bullet a
/// label a cell prints with no number too — the mark is taken off (the closing bracket becomes
/// a space). In brackets, a label with no number is taken out of them only with its value
/// after them, in a text that sets at least [`MARKED_LABEL_LINES`] of its other labels so.
/// Reads `【評価書名】架空事務 基礎項目評価書` → `評価書名 架空事務 基礎項目評価書`,
/// `【法令上の根拠】番号法第9条` → `法令上の根拠 番号法第9条` (so set) and
/// `■①事務の名称　架空事務` → `①事務の名称　架空事務`. Refuses `■架空台帳ファイル` (a list's
/// bullet before a value), `【行政機関等のみ】` (the form's own mark, no label) and
/// `【事務の内容】` (brackets around a label with no number: a value's own subheading as often,
/// under `②事務の内容`).
pub(crate) const LABEL_MARKS: Rule = Rule {
    id: "shape.label_marks",
    what: "ラベルの前の記号・隅付き括弧を外す",
};

/// Wiki links read as the words they show (MediaWiki's Help:Links, Obsidian's internal links,
/// DokuWiki's): a note kept in a wiki links its names to their pages (`[[架空町長]]`). Each
/// `[[target]]` on a line is written as its target and each `[[target|shown]]` as the words
/// shown. Reads `評価実施機関名:: [[架空町長]]` → `評価実施機関名:: 架空町長` and `[[架空システム|甲]]`
/// → `甲`. Refuses `[[架空町長` (a link left open on its line: the text's own brackets) and
/// `[[[1, 2], [3, 4]]` (a bracket inside: a nested list).
pub(crate) const WIKI_LINKS: Rule = Rule {
    id: "shape.wiki_links",
    what: "ウィキのリンクを表示される語として読む",
};

/// Dot leaders between a label of the form and its value, taken off.
///
/// A document typeset as a list of labels and values may run dot leaders from each label to
/// its value (`評価書番号 ………… 12`), and its text keeps them. Where a line's words before a
/// run of leader characters (`…`, `‥`, `・`, `.`, `．`, holding [`LEADER_DOTS`] dots or more)
/// are a label or heading of the form whole ([`is_whole_label`]), the run is taken off, a space
/// left between the label and the value (none where the leaders end the line). Reads `評価書番号
/// ………… 12` → `評価書番号 12` and `②法令上の根拠 …………` → `②法令上の根拠`. Refuses `架空の事務
/// ……（略）` (no label before the leaders) and `①事務の名称 甲・乙` (a word's middle dot).
pub(crate) const DOT_LEADERS: Rule = Rule {
    id: "shape.dot_leaders",
    what: "ラベルと値の間のリーダー点を外す",
};

/// A psql result pasted from a terminal, its rows read a cell a line (`import/markup.rs`, its
/// reader `psql`): under the `---+---` rule, ` ①事務の名称 | 架空事務` → `①事務の名称` /
/// `架空事務`, a value's `+` continuation marks off. Refuses a `|` with no rule above it.
pub(crate) const PSQL: Rule = Rule {
    id: "shape.psql",
    what: "psqlの表示結果をセルに分ける",
};

/// A MediaWiki table, its cells read a line each (`import/markup.rs`, `wiki_table`): between
/// `{|` and `|}`, `! 評価書番号 !! 評価書名` → `評価書番号` / `評価書名`, `colspan="2" |` off.
/// Refuses a `|` outside such a table.
pub(crate) const WIKI_TABLE: Rule = Rule {
    id: "shape.wiki_table",
    what: "MediaWikiの表をセルに分ける",
};

/// An AsciiDoc table, its cells read a line each (`import/markup.rs`, `asciidoc_table`): between
/// `|===` lines, `2+|1.特定個人情報ファイルを取り扱う事務` → the heading. Refuses a `|` outside such
/// a table and the 様式 tag's brackets (no attribute list).
pub(crate) const ASCIIDOC_TABLE: Rule = Rule {
    id: "shape.asciidoc_table",
    what: "AsciiDocの表をセルに分ける",
};

/// A reStructuredText list table, its cells read a line each (`import/markup.rs`,
/// `rst_list_table`): under `.. list-table::`, `* - ①事務の名称` / `- 架空事務` → `①事務の名称` /
/// `架空事務`. Refuses a `- ` list outside such a table.
pub(crate) const RST_LIST_TABLE: Rule = Rule {
    id: "shape.rst_list_table",
    what: "reStructuredTextのリスト表をセルに分ける",
};

/// An org file's description lists, read a term and its description a line each
/// (`import/markup.rs`, `org_list`): `- ①事務の名称 :: 架空事務` → `①事務の名称` / `架空事務`,
/// where [`MARKUP_ENTRIES`](super::limits::MARKUP_ENTRIES) entries at least. Refuses fewer, and a list's item with no term.
pub(crate) const ORG_LIST: Rule = Rule {
    id: "shape.org_list",
    what: "orgの説明リストを項目と値に分ける",
};

/// YAML's block scalars and quoted values, read as the words they hold (`import/markup.rs`,
/// `yaml_blocks`): `特記事項: |-` and its indented lines → `特記事項:` and the lines;
/// `様式: '[平成26年4月 様式2]'` → the tag. Refuses a text with no block scalar.
pub(crate) const YAML_BLOCKS: Rule = Rule {
    id: "shape.yaml_blocks",
    what: "YAMLのブロック表記と引用符を外す",
};

/// A scraper's JSON Lines, each row's strings a line (`import/markup.rs`, `json_lines`):
/// `{"label": "①事務の名称", "value": "架空事務"}` → `①事務の名称` / `架空事務`, the rows'
/// context (a key whose value repeats row after row) left out. Refuses a text with a line that
/// is no flat JSON object.
pub(crate) const JSON_LINES: Rule = Rule {
    id: "shape.json_lines",
    what: "JSON Linesの行を文字列ごとに分ける",
};

/// An XML document read as its text (`import/markup.rs`, `xml_text`): each run of text between
/// tags a line (Excel's XML Spreadsheet `<Data>評価書番号</Data>` → `評価書番号`), the words of
/// a `<line>` element one line (poppler's `-bbox-layout`). Refuses a text with no `<?xml` or
/// `<!DOCTYPE` first, and an HTML page (read as HTML).
pub(crate) const XML_TEXT: Rule = Rule {
    id: "shape.xml_text",
    what: "XML文書を要素の文字列ごとに分ける",
};

/// A captions file (WebVTT, SubRip) read as its cues' text (`import/markup.rs`, `captions`):
/// `WEBVTT` / … / `4` / `00:00:08.360 --> 00:00:10.200` / `評価書名` → `評価書名`; the header,
/// the `NOTE` blocks, the cues' numbers and timings and the blank lines between cues none.
/// Refuses a text whose first line is neither `WEBVTT` nor a cue's number over its timing.
pub(crate) const CAPTIONS: Rule = Rule {
    id: "shape.captions",
    what: "字幕ファイルをキューの文字列として読む",
};

/// A meeting's saved chat (`HH:MM:SS From NAME to Everyone:` over each message) read as the
/// messages of the one who wrote the most lines (`import/markup.rs`, `chat_log`): a report
/// pasted in pieces, the headers and the others' replies none. Refuses a text that opens with
/// no such header.
pub(crate) const CHAT_LOG: Rule = Rule {
    id: "shape.chat_log",
    what: "会議のチャットの記録から評価書を貼った発言を読む",
};

/// A data frame as pandas prints it (`DataFrame.to_string()` of a table a PDF table reader such
/// as Camelot gave) read a cell a line (`import/markup.rs`, `data_frame`): `   0   1` /
/// `0   評価書番号   3` → `評価書番号` / `3`, the index and the header of figures off, `\n` a line
/// break. Refuses rows with no header of figures from `0` above them.
pub(crate) const DATA_FRAME: Rule = Rule {
    id: "shape.data_frame",
    what: "pandasのデータフレームの表示をセルごとに分ける",
};

/// An OCR engine's printed word boxes (PaddleOCR's `[[[x, y], …], ('text', 0.96)]`) read as the
/// page laid out (`import/markup.rs`, `ocr_boxes`): the boxes of a row one line, each at its
/// column, a blank line where a row stands lower than a line's pitch — a text the layout rules
/// read as they read `pdftotext -layout`. Refuses a text with fewer boxes than
/// [`MARKUP_ENTRIES`](super::limits::MARKUP_ENTRIES).
pub(crate) const OCR_BOXES: Rule = Rule {
    id: "shape.ocr_boxes",
    what: "OCRの文字枠を座標どおりに並べる",
};

/// A word diff (`wdiff`, `git diff --word-diff`) read as the new text (`import/markup.rs`,
/// `word_diff`): `[-住民課-] {+架空課+}` → `架空課`, `{+…+}` without its marks, a run over
/// lines too. Refuses a text with a mark left open or closed with no opening.
pub(crate) const WORD_DIFF: Rule = Rule {
    id: "shape.word_diff",
    what: "単語単位の差分を新しい文として読む",
};

/// Python's printed lists of strings (`pprint` of a PDF library's lines or tables, a REPL's
/// echo), read as their strings (`import/markup.rs`, `python_repr`): `['評価書番号', '6',` →
/// `評価書番号` / `6`, `None` left out, `\n` a line break, adjacent literals joined. Refuses a text
/// where no line opens a list with a string.
pub(crate) const PYTHON_REPR: Rule = Rule {
    id: "shape.python_repr",
    what: "Pythonのリスト表示を文字列ごとに分ける",
};

/// A JavaScript object as a shell prints it (`mongosh`'s `findOne()`, Node's REPL, pretty JSON),
/// read as its keys and strings (`import/markup.rs`, `js_object`): `  評価実施機関名: '架空市長',`
/// → `評価実施機関名` / `架空市長`, a key in ASCII alone (a program's field) left out, `'…\n' +`
/// pieces joined. Refuses properties with no line `{` or `[` alone above them.
pub(crate) const JS_OBJECT: Rule = Rule {
    id: "shape.js_object",
    what: "JavaScriptのオブジェクト表示をキーと文字列ごとに分ける",
};

/// A side-by-side diff (`diff -y -t`), read as the file on the right, after the change
/// (`import/markup.rs`, `side_by_side_diff`): `評価書番号␣␣…␣␣評価書番号` → `評価書番号`, `平成27年4月24日
/// … | 平成28年5月20日` → `平成28年5月20日`, a line marked `<` (removed) left out. Refuses a text
/// where fewer than five lines, or fewer than half, print one text twice from one column.
pub(crate) const SIDE_BY_SIDE_DIFF: Rule = Rule {
    id: "shape.side_by_side_diff",
    what: "左右に並べた差分の新しい側を読む",
};

/// A unified diff (`git show`, `git diff`), read as the file after the change
/// (`import/markup.rs`, `unified_diff`): under `@@ -0,0 +1,46 @@`, `+①事務の名称` →
/// `①事務の名称`, removed lines and the file's and commit's headers left out. Refuses a text
/// with no hunk header.
pub(crate) const UNIFIED_DIFF: Rule = Rule {
    id: "shape.unified_diff",
    what: "差分（unified diff）を変更後の本文として読む",
};

/// poppler's `pdftotext -tsv`, a line of words per text line (`import/markup.rs`,
/// `pdftotext_tsv`): the word rows of one line → their words, a space apart. Refuses a text
/// whose first line is not the TSV's header.
pub(crate) const PDFTOTEXT_TSV: Rule = Rule {
    id: "shape.pdftotext_tsv",
    what: "pdftotext -tsv の語の行を一行に戻す",
};

/// A DokuWiki table, a cell a line (`import/markup.rs`, `dokuwiki_table`): `^ ①事務の名称 |
/// 架空事務 |` → `①事務の名称` / `架空事務`. Refuses a text with no header cell row (`^`).
pub(crate) const DOKUWIKI_TABLE: Rule = Rule {
    id: "shape.dokuwiki_table",
    what: "DokuWikiの表をセルに分ける",
};

/// A LaTeX document's tables, a cell a line, and its commands' text (`import/markup.rs`,
/// `latex_tabular`): `①事務の名称 & 架空事務 \\ \hline` → `①事務の名称` / `架空事務`. Refuses a
/// text with no table environment.
pub(crate) const LATEX_TABULAR: Rule = Rule {
    id: "shape.latex_tabular",
    what: "LaTeXの表をセルに分け、命令を外す",
};

/// Markdown's definition lists, each definition without its mark (`import/markup.rs`,
/// `definition_list`): `:   架空事務` → `架空事務`, where
/// [`MARKUP_ENTRIES`](super::limits::MARKUP_ENTRIES) definitions at least. Refuses fewer.
pub(crate) const DEFINITION_LIST: Rule = Rule {
    id: "shape.definition_list",
    what: "Markdownの定義リストの記号を外す",
};

/// Labels and headings of the form printed in half-width katakana, written in full-width again;
/// the values as printed.
///
/// A report kept by an older document system may print every katakana half-width (JIS X 0201:
/// `ｼｽﾃﾑ`, `ﾌｧｲﾙ`, a voiced kana as its letter and `ﾞ`), the form's labels with them
/// (`③ｼｽﾃﾑの名称`, `個人のﾌﾟﾗｲﾊﾞｼｰ等の権利利益の保護の宣言`), which then match no label. Where a
/// line's words, from one of its gaps to another (at most [`KANA_LABEL_WORDS`] words), hold a
/// half-width katakana and written in full-width are a label or heading of the form whole
/// ([`is_whole_label`], or a chapter's heading), they are written so; everything else on the line
/// stays as printed (a value is what the report holds: `税務総合ｼｽﾃﾑ` stays). Reads
/// `③ｼｽﾃﾑの名称 税務総合ｼｽﾃﾑ` → `③システムの名称 税務総合ｼｽﾃﾑ` and `4. 情報提供ﾈｯﾄﾜｰｸｼｽﾃﾑによる
/// 情報連携`. Refuses `税務総合ｼｽﾃﾑ` alone (no label) and `ｼｽﾃﾑの名称は次のとおり` (a sentence
/// that opens with a label's words).
pub(crate) const HALFWIDTH_KANA: Rule = Rule {
    id: "shape.halfwidth_kana",
    what: "半角カナで書かれた様式の見出しを全角に直す",
};

/// Labels and headings of the form whose prolonged sound mark `ー` OCR read as the kanji `一`,
/// written with `ー` again; the values as printed.
///
/// A scanned page read by OCR may take the katakana's prolonged sound mark for the kanji one
/// (`プライバシ一`, `ネットワ一ク`), and the form's labels with it then match no label. Where a
/// line's words, from one of its gaps to another (at most [`KANA_LABEL_WORDS`] words), hold a
/// `一` after a katakana, and with each such `一` written `ー` are a label or heading of the
/// form whole, they are written so; everything else on the line stays as read (`データ一件`,
/// `システム一式` are words of a value). Reads `個人のプライバシ一等の権利利益の保護の宣言` →
/// `個人のプライバシー等の権利利益の保護の宣言`. Refuses `ページ一覧` (no label mended) and
/// `システム一式を更新する` (a sentence).
pub(crate) const LONG_VOWEL: Rule = Rule {
    id: "shape.long_vowel",
    what: "OCRで「一」と読まれた長音符の項目名を直す",
};

/// Values a document set in 「」 after their labels, the brackets taken off.
///
/// A text made to be read aloud, or a form filled by a template, may set every value in 「」
/// after its label: `評価書名　「架空町 架空事務 重点項目評価書」`. Where at least
/// [`QUOTED_VALUES`] lines hold a label or heading of the form whole ([`is_whole_label`])
/// followed by a value wholly in 「」 (its 「 closing at the line's last 」), the text is taken
/// to quote its values so: each such value loses its brackets, and so does one whose 」 closes
/// on a later line within [`QUOTED_VALUE_LINES`]. Reads `特記事項　「なし」` → `特記事項　なし`
/// in such a text. Refuses a text with fewer quoted values, `①事務の名称　「甲」交付事務` (the
/// 「 closes before the value ends) and `「甲」と「乙」` (the first 「 closes inside).
pub(crate) const VALUE_QUOTES: Rule = Rule {
    id: "shape.value_quotes",
    what: "値を囲むかぎ括弧を外す",
};

/// Readings printed in kana over a name's kanji (ルビ), taken off as furniture.
///
/// A PDF may print a name's reading in small kana over its kanji (a village's name: `しぐれ`
/// over `時雨村`), and its text gives the reading a line of its own above the name's line.
/// Where a line of hiragana alone (two to [`RUBY_CHARS`] characters, spaces aside) stands at
/// least [`RUBY_LINES`] times in the text between a label or heading of the form whole
/// ([`is_whole_label`]) and a line that holds a kanji (the value's first line, the name), and
/// is no word the form prints as a value (`なし`, an option of its ＜選択肢＞ lists), each such
/// line is furniture ([`FurnitureKind::Ruby`]). Reads `評価実施機関名` / `しぐれ` / `時雨村長`
/// twice. Refuses `なし` under a label twice, a line of hiragana once, one over a line with no
/// kanji, and the last words of a wrapped sentence (`する`: no label above them).
pub(crate) const RUBY: Rule = Rule {
    id: "shape.ruby",
    what: "ルビの行を外す",
};

/// A spreadsheet saved as CSV, written again a cell a line.
///
/// A report kept as a spreadsheet and saved as CSV (RFC 4180) writes each row a record, its
/// cells parted by commas and padded with empty ones to the sheet's width, a cell that holds a
/// comma, a quote or a line break between quotes (its quotes doubled), its lines over the
/// text's lines. Where the whole text reads as such records — at least [`CSV_RECORDS`] of
/// them, every one with the same count of cells, two or more, and every quote closed — each
/// record is written again as its cells, a cell's lines each a line, its empty cells dropped (a
/// record of empty cells is a blank line). A cell written as a spreadsheet's text formula (`="…"`,
/// a text kept from being read as a number; its lines joined by `&CHAR(10)&`) is read as its
/// text: `="7",="甲"&CHAR(10)&"乙"` → `7` / `甲` / `乙`. A book converted sheet by sheet
/// (`xlsx2csv -a`: `-------- 2 - Ⅰ基本情報` before each sheet) is read so, each sheet with its
/// own width, the line before each sheet a page mark. Reads `①事務の名称,架空事務,` /
/// `②事務の内容,"架空法に基づき、` / `手当を支給する。",` → `①事務の名称` / `架空事務` /
/// `②事務の内容` / `架空法に基づき、` / `手当を支給する。`. Refuses a text whose lines part
/// into different counts of cells (prose with commas: `架空市は, 架空事務において,`), a text
/// with a quote left open, and a text of fewer records.
pub(crate) const CSV_ROWS: Rule = Rule {
    id: "shape.csv_rows",
    what: "CSV の行をセル一行に戻す",
};

/// A sheet whose rows run right to left, written label first again.
///
/// A spreadsheet laid out right to left (its label column on the right) and copied out as
/// tab-separated text writes each row value first: the value's cell, a tab, the label's cell
/// (`5⇥評価書番号`); a heading's row with its empty value cell first (`⇥Ⅰ 関連情報`); a cell of
/// several lines quoted over them, the quote opening its first line and closing before the
/// label's tab (`"甲を受け付ける。` / `乙を通知する。"⇥②事務の概要`). Where at least
/// [`SHEET_ROWS`] lines of a PDF text end in a tab and a label of the form ([`sheet_label`]: a
/// label, a heading, a ＜選択肢＞ list's heading) after a value's cell that is none, and no line
/// opens with such a label followed by a tab and a value (a sheet in the form's order), each
/// row is written label first: the label, then its value's cells a line each; a row whose
/// cells but the last are empty, its last cell alone; a quoted cell's lines, quotes taken off,
/// after the label that closes them. Reads `5⇥評価書番号` → `評価書番号` / `5`,
/// `⇥[平成29年5月 様式2]` → `[平成29年5月 様式2]` and `"甲を受け付ける。` / `乙を通知する。"⇥②事務の概要`
/// → `②事務の概要` / `甲を受け付ける。` / `乙を通知する。`. Refuses a sheet in the form's order
/// (`評価書番号⇥5`, whatever else it holds), a text with fewer such rows, and a quoted cell
/// that no label's row closes (its lines left as they came).
pub(crate) const LABELS_LAST: Rule = Rule {
    id: "shape.labels_last",
    what: "右から左の表の行をラベルから書き直す",
};

/// The quotes a spreadsheet's tab-separated text sets around a cell, taken off.
///
/// A sheet copied out as text (a spreadsheet's tab-separated save, a copy to the clipboard)
/// quotes a cell that holds a line break or a quote: `"` before the cell's text, `"` after it,
/// a quote inside doubled, the cell's lines over the text's lines. Where at least
/// [`SHEET_ROWS`] lines of a PDF text part two cells or more by tabs, a cell that opens with
/// `"` loses it, and so does the quote that closes it — on its line, or at the end of the first
/// cell of a later line (before a tab or the line's end) — a doubled quote inside becoming one.
/// Reads `⇥"・甲を確かめている。` / `・乙を確かめている。"⇥⇥` → `⇥・甲を確かめている。` /
/// `・乙を確かめている。⇥⇥`. Refuses a text with fewer tab-parted lines (a quote a sentence
/// holds) and a quote inside a cell's words (`⇥架空の"甲"⇥`).
pub(crate) const SHEET_QUOTES: Rule = Rule {
    id: "shape.sheet_quotes",
    what: "表計算のセルの引用符を外す",
};

/// Cells a spreadsheet merged, which its tab-separated text repeats in every column they span,
/// written once.
///
/// A sheet copied out as text (a spreadsheet's tab-separated save, a copy to the clipboard)
/// parts a row's cells with tabs and writes a merged cell's text again in each column it spans:
/// a section's heading across the row (`3.特定個人情報ファイル名⇥3.特定個人情報ファイル名⇥…`), a
/// label and its value over two columns each (`①部署⇥①部署⇥総務課⇥総務課`). Where at least
/// [`MERGED_ROWS`] lines of a PDF text are rows of two cells or more that all hold the same
/// text, each run of neighbouring cells with the same text on a line parted by tabs is written
/// once. Reads `①部署⇥①部署⇥総務課⇥総務課` → `①部署⇥総務課`. Refuses a text with fewer
/// such rows (two neighbouring cells that happen to match, `1⇥1`, in a table that merges
/// none), empty cells (`⇥⇥[平成26年4月 様式2]` keeps its tabs) and a line without a tab.
pub(crate) const MERGED_CELLS: Rule = Rule {
    id: "shape.merged_cells",
    what: "結合セルの繰り返しを一つにする",
};

/// A table rendered to plain text with `|` between its cells, a cell a line again.
///
/// A page of HTML turned into text (a site's reader view, a converter) writes each table row a
/// line with ` | ` between its cells and a `|` closing the row, the row's first cell with or
/// without a `|` before it: `評価書番号 | 6 |`, `| ②システムの機能 | 記録を管理する。 |`. Where
/// at least [`BAR_ROWS`] lines of a PDF text are such rows, each is split at its bars (a `|`
/// with white space or the line's end on both sides), a cell a line, its empty cells (`| |`)
/// dropped. A cell's Textile attributes (a wiki's `|_. 評価書番号 | 6 |`: `_` a header cell,
/// `\2` and `/2` spans, `<`, `>`, `=`, `^`, `~` alignments, then `. `; Textile's reference,
/// "Tables") are taken off it ([`super::text::without_textile_attributes`]). Reads `システム1 | ①システムの名称 |
/// 架空システム |` → `システム1` / `①システムの名称` / `架空システム`, and `|_. 評価書番号 | 6 |` →
/// `評価書番号` / `6`. Refuses a line that no `|` closes (`甲 | 乙`), bars inside a word (`A|B |`),
/// a text with fewer such rows (a `|` a sentence holds), and a number as an attribute (`| 1. 架空
/// |` keeps `1. 架空`).
pub(crate) const CELL_BARS: Rule = Rule {
    id: "shape.cell_bars",
    what: "縦線で区切られたセルを分ける",
};

/// A table a word processor's document reader wrote with `|` between its cells and no border
/// lines (`antiword`), a cell a line again.
///
/// Such a reader writes each table row a line opened and closed by `|`, every cell padded with
/// spaces to its column's width, so that all the table's lines are as wide; a cell taller than a
/// line goes on over the next lines, the row's other cells blank on them (`|  |、受給者証を交付
/// する。 |`), and a cell merged across the row is one cell. Where at least
/// [`PADDED_BAR_LINES`] lines in a row of a PDF text are such lines, as wide as each other
/// (within a column: a character of ambiguous width), one of them of two cells or more, each
/// table row — a line, and the lines after it whose first cell is blank and that part into as
/// many cells — is written as its cells as rule [`BOX_TABLE`] writes a row. Reads
/// `|②事務の概要 |架空手当を支給し|` / `| |、記録を残す。 |` → `②事務の概要` / `架空手当を支給し、記録を
/// 残す。`. Refuses lines of different widths (a reader view's ` | ` rows: rule [`CELL_BARS`]),
/// a Markdown table (its `|---|` line) and fewer lines.
pub(crate) const PADDED_BARS: Rule = Rule {
    id: "shape.padded_bars",
    what: "罫線のない縦線区切りの表をセルに分ける",
};

/// A table drawn with box-drawing characters (a text browser's dump of a page, `w3m -dump`) or
/// as a grid of ASCII characters (pandoc's grid tables), a cell a line again.
///
/// Such a text draws each row between border lines (`┌─┬─┐`, `├─┼─┤`, `└─┴─┘`; `+---+---+`,
/// `+===+===+`) and parts its cells with `│` (or `|`) at the same places on each of the row's
/// lines; a cell taller than a line wraps over them, each line padded to the cell's width
/// (with a margin of spaces as wide on each side, in a grid). Each row is written as its
/// cells, column by column: a cell's lines joined where a line fills the cell's width (it
/// wrapped) and kept apart where it does not, an empty cell dropped, a blank line for each
/// border but a grid's line under its header row (`+===+`). Reads `│ 評価書番号 │6 │` → `評価書番号` / `6`, `│個人のプライバシ │` / `│ー等の権利利益の
/// │` / `│ 保護の宣言 │` → `個人のプライバシー等の権利利益の保護の宣言`, and `+---+---+` / `|
/// 評価書番号 | 6 |` → `評価書番号` / `6`. Refuses lines with `│` or `|` that no border line
/// opens (a bar a sentence holds, a Markdown table's rows), and a row whose lines part into
/// different counts of cells (left as they are).
pub(crate) const BOX_TABLE: Rule = Rule {
    id: "shape.box_table",
    what: "罫線で描いた表をセル一行に戻す",
};

/// The rows a text must hold, each closed by a `|`, for its `|` to be read as cell borders
/// ([`CELL_BARS`]): a table has rows; one line that ends in a bar is a sentence's.
const BAR_ROWS: usize = 2;

/// Rows of a table text (HTML, Markdown) run together on one line, split back into rows.
///
/// A table text writes a row a line, its cells parted by tabs; a cell holds no line break nor
/// tab. A line that holds several rows (a page a line: the rows joined by spaces) is split
/// before each row: at a space followed by a Markdown heading (`## Ⅱ　…`), or by a row's first
/// cell — the cell before the next tab — that is a label of the forms (`⑥移転方法`,
/// `リスクへの対策は十分か`, a block's heading `移転先4`), or a date alone whose row holds its
/// 提出時期 where a 変更箇所 row does (the column of [`crate::form::CHANGE_COLUMNS`]). Reads `①システムの名称\t甲システム
/// ②システムの機能\t<p>…</p>` → the two rows. Refuses `③移転する情報\t住民票関係情報
/// 事務の名称\t…` where the words before the tab are no label of the forms, `…時点
/// 令和3年4月1日\t事後` (a date that opens fewer cells: a 変更後 and its 提出時期) and every
/// line of a PDF text.
pub(crate) const TABLE_ROWS: Rule = Rule {
    id: "shape.table_rows",
    what: "一行に並んだ表の行を分ける",
};

/// Every rule of the stage, in the order they run (the tests hold their ids unique).
#[cfg(test)]
pub(crate) const RULES: [Rule; 70] = [
    INVISIBLE,
    TERMINAL_CONTROLS,
    LIST_MODE,
    RUBY_BRACKETS,
    COMMENT_ANCHORS,
    LINE_NUMBERS,
    QUOTE_MARKS,
    LINK_MARKS,
    READER_MARKS,
    CAPTIONS,
    CHAT_LOG,
    DATA_FRAME,
    OCR_BOXES,
    UNIFIED_DIFF,
    SIDE_BY_SIDE_DIFF,
    WORD_DIFF,
    PDFTOTEXT_TSV,
    XML_TEXT,
    PSQL,
    WIKI_TABLE,
    ASCIIDOC_TABLE,
    RST_LIST_TABLE,
    ORG_LIST,
    YAML_BLOCKS,
    JSON_LINES,
    DOKUWIKI_TABLE,
    LATEX_TABULAR,
    DEFINITION_LIST,
    PYTHON_REPR,
    JS_OBJECT,
    TWO_UP,
    LABEL_MARKS,
    DOT_LEADERS,
    WIKI_LINKS,
    HALFWIDTH_KANA,
    LONG_VOWEL,
    VALUE_QUOTES,
    RUBY,
    LINE_PITCH,
    CSV_ROWS,
    LABELS_LAST,
    SHEET_QUOTES,
    MERGED_CELLS,
    SPACED_KANJI,
    FOLDED,
    LAID_OUT_TABLE,
    BOX_TABLE,
    PADDED_BARS,
    TABLE_ROWS,
    CELL_BARS,
    CENTRED_LABEL,
    NARROW_LABEL,
    RUN_TOGETHER,
    HEADING_AFTER_CELL,
    LABEL_AFTER_VALUE,
    WRAPPED_DATE,
    SPLIT_VALUE,
    OVERLAPPED_PIECES,
    WRAPPED_HEADING,
    VALUE_THEN_LABEL,
    VALUES_FIRST,
    STACK_AFTER_VALUES,
    VALUE_DOWN,
    PAGE_MARK,
    PAGE_NUMBERS,
    RUNNING_HEADER,
    REPEATED_HEADING,
    PAGE_TOP,
    PAGE_TITLE,
    WATERMARK,
];

/// A label printed beside the middle of its value's lines, set above them.
///
/// A text that keeps the page's layout (`pdftotext -layout`) prints a table's row as lines: its
/// label in the left column, its value's lines in the right column, indented past the label.
/// A print whose cells centre their label vertically puts the label beside the middle of the
/// value's lines, so that the value's first lines come *above* the label's line, where a
/// reader of the lines takes them for the row above's. A label's line (its first cell a label
/// of the forms or a section's heading, [`is_row_label`], the cells parted by two spaces or
/// more) whose value's lines run above it is set above them: the label alone, then the lines
/// above, then the label line's own value cell (if any), then the lines below, in their
/// order. Reads
///
/// ```text
///            架空市は架空手当を支給し、
/// ② 事務の内容   その記録を残す。
///            記録は五年保存する。
/// ```
///
/// (after a blank line) → `② 事務の内容` / `架空市は…` / `その記録…` / `記録は…`. A value's
/// lines are lines indented past the label's end by two columns or more; the lines above are
/// taken only when a blank line (or the text's start, or a row whose label's line holds its whole
/// value, a name, with each line above a wrapped line of a sentence: [`clauses_after_a_name`])
/// comes before them and they are as many
/// as the label's centre allows: as many as the lines below, or one fewer, when the label's
/// line holds a value cell; as many as below when it holds none ([`centred_above`]). A
/// ＜選択肢＞ cell is set under its label by its list's numbering instead, across the blank
/// lines of the list's margin ([`choice_cell_above`]). Refuses
/// the lines above when another label's line comes before them with no blank line (which row
/// they end is not in the text), when more lines stand above than below (a label printed at
/// its cell's top, a paragraph of the row above after a blank line), and every line of a text
/// without such indentation. A page bounds a cell's lines as a blank line does (a print
/// centres the label on the part of its cell its page holds): a page's first line, after the
/// form feed a text that keeps the layout opens it with, may start the lines above, and the
/// lines below end before the next page. A label the left column wrapped (its pieces at one
/// indentation, the value's lines beside or between them) is joined, also where a piece ends
/// at a single space before the value's cell (a print that sets the columns one space apart:
/// `事務で使用するその他のシステムにおけ 架空の…` / `る措置の内容 …`). In a text whose line
/// pitch was a blank line ([`LINE_PITCH`]), a blank line between a list's boxes and the label
/// centred beside the rest of them is the centring's, not a break (`lines_to_lift`).
pub(crate) const CENTRED_LABEL: Rule = Rule {
    id: "shape.centred_label",
    what: "中央揃えのラベルを値の前に置く",
};

/// A label wrapped in a narrow cell beside its value's lines, joined again and set before them.
///
/// A table whose label column is narrow wraps a label over lines, and a text that parts its
/// cells by a tab or a space (a word processor's text, `pdftotext` of a print that sets the
/// columns close) writes each of the label's pieces at the start of a line, the value's lines
/// after them: `評価実施 架空市長` / `機関名`. Where the first words of a line (up to its first
/// tab or space) start a label of the form and are none yet, and the first words of the next
/// lines, at the same indentation, complete it exactly within [`WRAPPED_BARE_LABEL_LINES`]
/// lines — a label with a circled number with that number ([`all_circled_labels`]), else one
/// of [`bare_labels`], its first piece of [`WRAPPED_BARE_LABEL_MIN_CHARS`] characters or more
/// — and a value stands beside at least one piece, the label is written whole with the first
/// of the value's pieces after it, and the value's other pieces on lines of their own, each
/// from its source line. A label centred on its value's row in a text with no columns
/// (`pdftotext -raw`) prints its first piece alone above the value's lines and the piece that
/// completes it alone below them; blank lines between a label's pieces are passed over; a
/// circled number may stand a space before its label's words. Reads `評価実施 架空市長` /
/// `機関名` → `評価実施機関名 架空市長`, `①事務の 架空税の賦課` / `名称` → `①事務の名称
/// 架空税の賦課` and `① システムの` / `架空システム` / `名称` → `①システムの名称 架空システム`.
/// Refuses `評価実施機関名 架空市長` (the label is whole), `①事務の 架空税の賦課` / `内容` (no
/// label ① reads so), a label's pieces alone on their lines (rule [`WRAPPED_HEADING`] joins
/// those), a value's line between pieces when a value stands beside the first (`① システムの
/// 甲` / `乙` / `名称`: whose line it is, the text does not show) and pieces at another
/// indentation (a layout's columns: rule [`CENTRED_LABEL`]).
pub(crate) const NARROW_LABEL: Rule = Rule {
    id: "shape.narrow_label",
    what: "狭い欄で折り返したラベルをつなぐ",
};

/// The headings of the blocks a form repeats, each printed with its number (`提供先2`).
const BLOCK_HEADINGS: [&str; 4] = [
    crate::form::PROVISION,
    crate::form::TRANSFER,
    crate::form::ENTRUSTMENT,
    "システム",
];

/// The text as the later stages read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shaped<'a> {
    /// The lines, one cell each, joined with `\n`.
    pub(crate) text: Cow<'a, str>,
    /// The source line of each line of `text` (index 0 is line 1), where the stage changed the
    /// lines; `None` where every line is its own source line.
    sources: Option<Vec<usize>>,
    /// The furniture taken off, by source lines, in order.
    pub(crate) furniture: Vec<Furniture>,
    /// The ids of the rules that changed the text, in the order of the rule table (`RULES`).
    pub(crate) applied: Vec<&'static str>,
    /// The source lines (1-based) that rule [`VALUES_FIRST`] set after a label they were
    /// printed before: what is read from them is inferred.
    pub(crate) reordered: LineSet,
    /// The lines of [`Shaped::text`] (1-based) cut from amid a page that ran together on one
    /// line, in a text of such pages ([`amid_a_page`]): no page's number stands there.
    pub(crate) amid: LineSet,
}

impl Shaped<'_> {
    /// The layout `page` of the source `text` ([`import_laid_out`](super::import_laid_out)) on
    /// the lines of [`Shaped::text`]: a line the stage left as it was keeps its source line's
    /// cell starts and left edge; a line cut from one keeps the starts of the part it is, where
    /// that part stands once in its source line, and the left edge where it is the line's first
    /// part; any other line has none.
    pub(crate) fn layout(&self, text: &str, page: &super::PageLayout) -> Layout {
        // A text with no layout (any text but a PDF's) has none to carry over: its lines are
        // not matched with their source lines (every line was: −0.7 ms of 20.9 on the import
        // bench).
        if page.cell_starts.is_empty() && page.line_lefts.is_empty() {
            return Layout::default();
        }
        let lefts = |source: usize| page.line_lefts.get(source.wrapping_sub(1)).copied();
        let Some(of_line) = &self.sources else {
            let lefts = (1..=page.line_lefts.len()).map(lefts).collect();
            return Layout::new(page.cell_starts.clone(), lefts);
        };
        let starts = Layout::new(page.cell_starts.clone(), Vec::new());
        let source_lines: Vec<&str> = text.lines().collect();
        let mut shaped = Vec::new();
        let mut shaped_lefts = Vec::with_capacity(of_line.len());
        for ((at, line), &source) in self.text.lines().enumerate().zip(of_line) {
            let found = source_lines
                .get(source.wrapping_sub(1))
                .and_then(|source_line| {
                    // A line as long as its source line stands in it only as all of it: compared,
                    // not searched for (27.2 → 25.6 ms on the 全項目 seed text, benches/import.rs).
                    if line.len() >= source_line.len() {
                        return (line == *source_line).then_some((0, source_line));
                    }
                    let mut found = source_line.match_indices(line);
                    match (found.next(), found.next()) {
                        (Some((from, _)), None) => Some((from, source_line)),
                        _ => None,
                    }
                });
            let Some((from, source_line)) = found.filter(|_| !line.is_empty()) else {
                shaped_lefts.push(None);
                continue;
            };
            let starts_its_line = source_line.len() - source_line.trim_start().len() == from;
            shaped_lefts.push(lefts(source).filter(|_| starts_its_line));
            let inside = starts.within(source, from, from + line.len());
            shaped.extend(inside.map(|offset| (at + 1, offset - from)));
        }
        Layout::new(shaped, shaped_lefts)
    }

    /// The source line (1-based) of line `no` of [`Shaped::text`].
    pub(crate) fn source(&self, no: usize) -> usize {
        match &self.sources {
            None => no,
            Some(sources) => sources
                .get(no.saturating_sub(1))
                .or(sources.last())
                .copied()
                .unwrap_or(no),
        }
    }
}

/// Rules 8–10 on `pieces`: whether each found furniture (page marks, page numbers, running
/// headers, in that order).
fn mark_furniture(pieces: &mut [Piece]) -> [bool; 3] {
    let page_marks = mark_page_marks(pieces);
    let page_numbers = mark_page_numbers(pieces);
    let bracketed_page_numbers = mark_bracketed_page_numbers(pieces);
    let running_headers = mark_running_headers(pieces);
    [
        page_marks,
        page_numbers || bracketed_page_numbers,
        running_headers,
    ]
}

/// One line of the stage's work: its source line and its text.
#[derive(Debug, Clone, Default)]
struct Piece {
    no: usize,
    text: String,
    furniture: Option<FurnitureKind>,
}

impl Piece {
    /// Whether the piece is a blank line of the text (furniture is not one).
    fn is_blank(&self) -> bool {
        self.furniture.is_none() && is_blank(&self.text)
    }
}

/// Shapes `text` (read as `shape`): see the module docs.
pub(crate) fn shape(text: &str, shape: Shape) -> Shaped<'_> {
    let mut pieces: Vec<Piece> = text
        .lines()
        .enumerate()
        .map(|(i, line)| Piece {
            no: i + 1,
            text: line.strip_suffix('\r').unwrap_or(line).to_owned(),
            furniture: None,
        })
        .collect();
    let mut applied = Vec::new();
    if holds_invisible(text) && rewrite_lines(&mut pieces, without_invisible) {
        applied.push(INVISIBLE.id);
    }
    if holds_terminal_controls(text) && rewrite_lines(&mut pieces, without_terminal_controls) {
        applied.push(TERMINAL_CONTROLS.id);
    }
    if undo_list_mode(&mut pieces) {
        applied.push(LIST_MODE.id);
    }
    if take_bracketed_ruby(&mut pieces) {
        applied.push(RUBY_BRACKETS.id);
    }
    if take_comments(&mut pieces) {
        applied.push(COMMENT_ANCHORS.id);
    }
    if take_line_numbers(&mut pieces) {
        applied.push(LINE_NUMBERS.id);
    }
    if take_quote_marks(&mut pieces) {
        applied.push(QUOTE_MARKS.id);
    }
    if take_link_marks(&mut pieces) {
        applied.push(LINK_MARKS.id);
    }
    if mark_reader_marks(&mut pieces) {
        applied.push(READER_MARKS.id);
    }
    let markups: [(Rule, super::markup::Reader); 21] = [
        (CAPTIONS, super::markup::captions),
        (CHAT_LOG, super::markup::chat_log),
        (DATA_FRAME, super::markup::data_frame),
        (OCR_BOXES, super::markup::ocr_boxes),
        (UNIFIED_DIFF, super::markup::unified_diff),
        (SIDE_BY_SIDE_DIFF, super::markup::side_by_side_diff),
        (WORD_DIFF, super::markup::word_diff),
        (PDFTOTEXT_TSV, super::markup::pdftotext_tsv),
        (XML_TEXT, super::markup::xml_text),
        (PSQL, super::markup::psql),
        (WIKI_TABLE, super::markup::wiki_table),
        (ASCIIDOC_TABLE, super::markup::asciidoc_table),
        (RST_LIST_TABLE, super::markup::rst_list_table),
        (ORG_LIST, super::markup::org_list),
        (YAML_BLOCKS, super::markup::yaml_blocks),
        (JSON_LINES, super::markup::json_lines),
        (DOKUWIKI_TABLE, super::markup::dokuwiki_table),
        (LATEX_TABULAR, super::markup::latex_tabular),
        (DEFINITION_LIST, super::markup::definition_list),
        (PYTHON_REPR, super::markup::python_repr),
        (JS_OBJECT, super::markup::js_object),
    ];
    // A text without the characters a markup's signature holds is not read for it
    // ([`super::markup::AsciiCounts::may_hold`]); the text is counted again where a reader
    // rewrote it.
    let counts =
        |pieces: &[Piece]| super::markup::AsciiCounts::of(pieces.iter().map(|p| p.text.as_str()));
    let mut held = counts(&pieces);
    for (rule, reader) in markups {
        if !held.may_hold(rule.id) {
            continue;
        }
        if read_markup(&mut pieces, reader) {
            applied.push(rule.id);
            held = counts(&pieces);
        }
    }
    let two_up = if shape == Shape::PdfText {
        split_two_up(&mut pieces)
    } else {
        LineSet::new()
    };
    if !two_up.is_empty() {
        applied.push(TWO_UP.id);
    }
    let marked_labels = pieces
        .iter()
        .filter(|p| without_label_mark(&p.text).is_some())
        .count();
    let mut marks_off = rewrite_lines(&mut pieces, without_label_mark);
    if marked_labels >= MARKED_LABEL_LINES {
        marks_off |= rewrite_lines(&mut pieces, without_bare_label_brackets);
    }
    if marks_off {
        applied.push(LABEL_MARKS.id);
    }
    if rewrite_lines(&mut pieces, without_dot_leaders) {
        applied.push(DOT_LEADERS.id);
    }
    if rewrite_lines(&mut pieces, without_wiki_links) {
        applied.push(WIKI_LINKS.id);
    }
    if rewrite_lines(&mut pieces, with_full_width_labels) {
        applied.push(HALFWIDTH_KANA.id);
    }
    if rewrite_lines(&mut pieces, with_long_vowel_labels) {
        applied.push(LONG_VOWEL.id);
    }
    if take_value_quotes(&mut pieces) {
        applied.push(VALUE_QUOTES.id);
    }
    if take_ruby(&mut pieces) {
        applied.push(RUBY.id);
    }
    if shape == Shape::PdfText && close_line_pitch(&mut pieces) {
        applied.push(LINE_PITCH.id);
    }
    if shape == Shape::PdfText && split_csv_records(&mut pieces) {
        applied.push(CSV_ROWS.id);
    }
    if shape == Shape::PdfText && write_labels_first(&mut pieces) {
        applied.push(LABELS_LAST.id);
    }
    if shape == Shape::PdfText && take_sheet_quotes(&mut pieces) {
        applied.push(SHEET_QUOTES.id);
    }
    if shape == Shape::PdfText && write_merged_cells_once(&mut pieces) {
        applied.push(MERGED_CELLS.id);
    }
    if undo_spaced_kanji(&mut pieces, shape == Shape::PdfText) {
        applied.push(SPACED_KANJI.id);
    }
    let folded = if shape == Shape::PdfText {
        join_folded(&mut pieces)
    } else {
        LineSet::new()
    };
    if !folded.is_empty() {
        applied.push(FOLDED.id);
    }
    // The furniture of whole lines first (a running header that a text pads to the page's
    // width is long enough to be split as cells run together), then again on the cells split
    // out of lines that ran a page together (its page marks are cells of it).
    let mut furniture_found = mark_furniture(&mut pieces);
    // A 変更箇所 table that keeps the page's layout is passed on as it came (its furniture
    // found above stays furniture; its header row is the table's).
    let table = laid_out_table(&mut pieces);
    if !table.is_empty() {
        applied.push(LAID_OUT_TABLE.id);
    }
    // (Tables drawn with borders first: the rows of a grid are `|` rows too, which rule
    // [`CELL_BARS`] would split line by line, their wrapped cells apart.)
    if split_box_tables(&mut pieces) {
        applied.push(BOX_TABLE.id);
    }
    if shape == Shape::PdfText && split_padded_bars(&mut pieces) {
        applied.push(PADDED_BARS.id);
    }
    if shape != Shape::PdfText && split_table_rows(&mut pieces) {
        applied.push(TABLE_ROWS.id);
    }
    if shape == Shape::PdfText && split_cell_bars(&mut pieces) {
        applied.push(CELL_BARS.id);
    }
    let pitch_closed = applied.contains(&LINE_PITCH.id);
    if shape == Shape::PdfText && lift_centred_labels(&mut pieces, pitch_closed) {
        applied.push(CENTRED_LABEL.id);
    }
    if shape == Shape::PdfText && join_narrow_labels(&mut pieces) {
        applied.push(NARROW_LABEL.id);
    }
    if shape == Shape::PdfText && split_run_together(&mut pieces) {
        applied.push(RUN_TOGETHER.id);
        let again = mark_furniture(&mut pieces);
        for (found, more) in furniture_found.iter_mut().zip(again) {
            *found |= more;
        }
    }
    if shape == Shape::PdfText && split_headings_after_cells(&mut pieces) {
        applied.push(HEADING_AFTER_CELL.id);
    }
    if shape == Shape::PdfText && split_labels_after_values(&mut pieces) {
        applied.push(LABEL_AFTER_VALUE.id);
    }
    // Dates first: a heading under a date is a 変更箇所 row's 項目 ([`under_a_date`]).
    if shape == Shape::PdfText && join_wrapped(&mut pieces, Wrapped::Date) {
        applied.push(WRAPPED_DATE.id);
    }
    if shape == Shape::PdfText && join_wrapped(&mut pieces, Wrapped::Value) {
        applied.push(SPLIT_VALUE.id);
    }
    if shape == Shape::PdfText && join_overlapped(&mut pieces) {
        applied.push(OVERLAPPED_PIECES.id);
    }
    if shape == Shape::PdfText && join_wrapped(&mut pieces, Wrapped::Heading) {
        applied.push(WRAPPED_HEADING.id);
    }
    // A sheet's pages are read in the order inferred from its gutter, a folded line's cells
    // in the line inferred from the fold's width.
    let mut reordered = two_up;
    for no in folded.iter() {
        reordered.insert(no);
    }
    if shape == Shape::PdfText && split_values_then_labels(&mut pieces) {
        applied.push(VALUE_THEN_LABEL.id);
    }
    if shape == Shape::PdfText && drawn_values_first(&pieces) {
        let moved = put_labels_first(&mut pieces);
        if !moved.is_empty() {
            applied.push(VALUES_FIRST.id);
            for no in moved.iter() {
                reordered.insert(no);
            }
        }
    } else if shape == Shape::PdfText {
        let moved = put_stacks_first(&mut pieces);
        if !moved.is_empty() {
            applied.push(STACK_AFTER_VALUES.id);
            for no in moved.iter() {
                reordered.insert(no);
            }
        }
    }
    if shape == Shape::PdfText && values_a_line_down(&pieces) {
        let moved = put_values_up(&mut pieces);
        if !moved.is_empty() {
            applied.push(VALUE_DOWN.id);
            for no in moved.iter() {
                reordered.insert(no);
            }
        }
    }
    for (rule, found) in [PAGE_MARK, PAGE_NUMBERS, RUNNING_HEADER]
        .into_iter()
        .zip(furniture_found)
    {
        if found {
            applied.push(rule.id);
        }
    }
    if mark_repeated_headings(&mut pieces) {
        applied.push(REPEATED_HEADING.id);
    }
    if mark_page_tops(&mut pieces) {
        applied.push(PAGE_TOP.id);
    }
    if mark_page_titles(&mut pieces) {
        applied.push(PAGE_TITLE.id);
    }
    if shape == Shape::PdfText && mark_break_blanks(&mut pieces) && !applied.contains(&PAGE_MARK.id)
    {
        applied.push(PAGE_MARK.id);
    }
    if shape == Shape::PdfText && mark_watermark_glyphs(&mut pieces) {
        applied.push(WATERMARK.id);
    }
    pieces.extend(table);
    if applied.is_empty() {
        return Shaped {
            text: Cow::Borrowed(text),
            sources: None,
            furniture: Vec::new(),
            applied,
            reordered,
            amid: LineSet::new(),
        };
    }
    let pages_a_line = pages_a_line(&pieces);
    let amid: Vec<bool> = (0..pieces.len())
        .map(|i| pages_a_line && amid_a_page(&pieces, i))
        .collect();
    let mut furniture: Vec<Furniture> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut sources = Vec::with_capacity(pieces.len());
    let blank = |i: Option<usize>| {
        i.and_then(|i| pieces.get(i))
            .is_none_or(|p| is_blank(&p.text))
    };
    // Furniture that stands between blank lines takes one of them with it: the cells around it
    // keep the one gap they had before the page break. Furniture inside a cell's lines (a page
    // break in mid-cell) leaves nothing, so that the cell goes on.
    let gaps: Vec<bool> = (0..pieces.len())
        .map(|i| blank(i.checked_sub(1)) && blank(Some(i + 1)))
        .collect();
    let inside = blanks_inside_furniture(&pieces);
    let mut skip_blank = false;
    let mut amid_lines = LineSet::new();
    for (((piece, gap), amid), inside) in pieces.into_iter().zip(gaps).zip(amid).zip(inside) {
        if std::mem::take(&mut skip_blank) && piece.is_blank() {
            continue;
        }
        // A blank line between two pieces of one page break's furniture (a page's mark, a blank
        // line, the next page's running header) is the break's, not a gap between cells: a
        // cell broken there goes on.
        if inside {
            continue;
        }
        if let Some(kind) = piece.furniture {
            skip_blank = gap;
            match furniture.last_mut() {
                Some(last) if last.kind == kind && last.lines[1] >= piece.no.saturating_sub(1) => {
                    last.lines[1] = piece.no;
                }
                _ => furniture.push(Furniture {
                    lines: [piece.no, piece.no],
                    kind,
                }),
            }
            continue;
        }
        if !sources.is_empty() {
            out.push('\n');
        }
        out.push_str(&piece.text);
        sources.push(piece.no);
        if amid {
            amid_lines.insert(sources.len());
        }
    }
    Shaped {
        text: Cow::Owned(out),
        sources: Some(sources),
        furniture,
        applied,
        reordered,
        amid: amid_lines,
    }
}

/// Whether each piece is a blank line whose nearest lines with text above and below are both
/// furniture (`3 / 87 ページ` / (blank) / `架空市 架空事務 全項目評価書`, the header marked): a
/// blank line inside one page break's furniture. A blank line with a text line on either side
/// (`3 / 87 ページ` / (blank) / `架空の文`) is not.
fn blanks_inside_furniture(pieces: &[Piece]) -> Vec<bool> {
    let mut inside = vec![false; pieces.len()];
    let mut above_is_furniture = false;
    let mut run: Vec<usize> = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        if piece.is_blank() {
            run.push(i);
            continue;
        }
        if above_is_furniture && piece.furniture.is_some() {
            for &k in &run {
                if let Some(flag) = inside.get_mut(k) {
                    *flag = true;
                }
            }
        }
        run.clear();
        above_is_furniture = piece.furniture.is_some();
    }
    inside
}

/// Whether the cover of `pieces` shows a text drawn values first (rule [`VALUES_FIRST`]): at
/// least [`VALUES_FIRST_LABELS`] typed labels with their value above and not below, none the
/// other way round. Only the lines before the first chapter's heading are looked at.
fn drawn_values_first(pieces: &[Piece]) -> bool {
    use super::cover::{typed_as, whole_label};
    let texts = cover_texts(pieces);
    let mut above_only = 0;
    for run in typed_label_runs(pieces) {
        if row_drawn_below(pieces, &run) {
            return false;
        }
        if row_drawn_above(pieces, &run).is_some() {
            above_only += run.len();
        }
    }
    for (i, t) in texts.iter().enumerate() {
        let Some(id) = whole_label(t).filter(|id| TYPED_COVER_LABELS.contains(id)) else {
            continue;
        };
        let of_type = |at: Option<usize>| {
            at.and_then(|at| texts.get(at))
                .is_some_and(|t| typed_as(t) == Some(id))
        };
        match (of_type(i.checked_sub(1)), of_type(Some(i + 1))) {
            (true, false) => above_only += 1,
            (false, true) => return false,
            _ => {}
        }
    }
    above_only >= VALUES_FIRST_LABELS
}

/// Rule [`VALUE_THEN_LABEL`] (`split_values_then_labels`): where the cover draws its typed labels after their values on one
/// line ([`labels_after_values`]), every line that ends in a label of the form after words is
/// split before the label. Whether it split any.
fn split_values_then_labels(pieces: &mut Vec<Piece>) -> bool {
    if !labels_after_values(pieces) {
        return false;
    }
    let mut changed = false;
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces.drain(..) {
        let split = match piece.furniture {
            None => label_after_words(&piece.text),
            Some(_) => None,
        };
        let Some((value, label)) = split else {
            out.push(piece);
            continue;
        };
        changed = true;
        for text in [value, label] {
            out.push(Piece {
                no: piece.no,
                text: text.to_owned(),
                furniture: None,
            });
        }
    }
    *pieces = out;
    changed
}

/// Whether the cover of `pieces` draws its typed labels after their values on one line (rule
/// [`VALUE_THEN_LABEL`]): at least [`VALUES_FIRST_LABELS`] lines end in a typed label after a
/// value of its type, and none opens with one before a value of its type.
fn labels_after_values(pieces: &[Piece]) -> bool {
    use super::cover::{typed_as, whole_label};
    // A label cut at a line's end (`架空事務 ①事務の名` / `称`: a narrow label column) is no
    // label this rule sets apart, and the words before it would go to the label above.
    if pieces
        .iter()
        .any(|p| p.furniture.is_none() && ends_in_a_cut_label(&p.text))
    {
        return false;
    }
    let typed_label = |t: &str| whole_label(t).filter(|id| TYPED_COVER_LABELS.contains(id));
    let mut after_values = 0;
    for t in cover_texts(pieces) {
        if let Some((label, value)) = t.split_once(' ') {
            let before_value = typed_label(label).filter(|id| typed_as(value.trim()) == Some(*id));
            if before_value.is_some() {
                return false;
            }
        }
        let Some((value, label)) = label_after_words(t) else {
            continue;
        };
        if typed_label(label).is_some_and(|id| typed_as(value) == Some(id)) {
            after_values += 1;
        }
    }
    after_values >= VALUES_FIRST_LABELS
}

/// Whether `text` (a line) ends in the head of a circled label cut short (`架空事務 ①事務の名`,
/// the rest `称` on the next line): a circled number and words that begin one of its labels
/// ([`all_circled_labels`]) and are not the whole label. Not `架空事務 ①事務の名称`.
fn ends_in_a_cut_label(text: &str) -> bool {
    let last = last_word(text.trim_end());
    let mut chars = last.chars();
    let Some(number) = chars.next().and_then(super::form_words::circled_number) else {
        return false;
    };
    let head = chars.as_str();
    let begins = |label: &str| label.len() > head.len() && label.starts_with(head);
    !head.is_empty()
        && all_circled_labels()
            .iter()
            .any(|&(n, label)| n == number && begins(label))
        && !all_circled_labels()
            .iter()
            .any(|&(n, label)| n == number && label == head)
}

/// `text` (a line) parted before the label of the form that ends it after words and white
/// space (rule [`VALUE_THEN_LABEL`]): the words, trimmed, and the label. The label is the
/// longest end of the line after a space that is a label alone ([`label_role`]) or an item's
/// section heading ([`is_item_section`]). `架空事務 ①事務の名称` → (`架空事務`, `①事務の名称`);
/// `None` for `①事務の名称 架空事務` and `架空事務`.
fn label_after_words(text: &str) -> Option<(&str, &str)> {
    let t = text.trim();
    for (at, c) in t.char_indices() {
        // (A tab parts a sheet's cells, whose order rule `LABELS_LAST` reads.)
        if !matches!(c, ' ' | '\u{3000}') {
            continue;
        }
        let value = t.get(..at).unwrap_or("").trim();
        let label = t.get(at + c.len_utf8()..).unwrap_or("").trim();
        if value.is_empty() || label.is_empty() {
            continue;
        }
        if label_role(label, false) == Role::Label || is_item_section(label) {
            return Some((value, label));
        }
    }
    None
}

/// The cover's labels whose values have a type of their own ([`super::cover::typed_as`]): what
/// tells a text drawn values first ([`VALUES_FIRST`]) or printed values a line down
/// ([`VALUE_DOWN`]).
const TYPED_COVER_LABELS: [ItemId; 4] = [
    ItemId::CoverNumber,
    ItemId::CoverTitle,
    ItemId::CoverBody,
    ItemId::CoverPublishedOn,
];

/// The cover's lines of `pieces` (before the first chapter's heading), trimmed, without blank
/// lines and furniture.
fn cover_texts(pieces: &[Piece]) -> Vec<&str> {
    pieces
        .iter()
        .filter(|p| !p.is_blank() && p.furniture.is_none())
        .map(|p| p.text.trim())
        .take_while(|t| super::classify::chapter_heading(t).is_none())
        .collect()
}

/// The names of chapter Ⅰ whose values show a text printed a line down (rule [`VALUE_DOWN`]),
/// each with the word its value ends in: a 事務's name and a system's.
const NAMES_A_LINE_DOWN: [(ItemId, &str); 2] = [
    (ItemId::AffairName, "事務"),
    (ItemId::SystemName, "システム"),
];

/// Whether `text` (a line, trimmed) is the label of `id` alone with its circled number, in the
/// words of any revision (`①事務の名称`).
fn is_item_label_alone(text: &str, id: ItemId) -> bool {
    let key = squeeze(text);
    let mut chars = key.chars();
    if chars
        .next()
        .and_then(super::form_words::circled_number)
        .is_none()
    {
        return false;
    }
    let words = chars.as_str();
    std::iter::once(id.label())
        .chain(crate::form::labels(id))
        .any(|label| squeeze(label) == words)
}

/// Whether `value` reads as a name that ends in `word` (`架空税に関する事務`): no sentence's
/// punctuation in it.
fn is_name_ending(value: &str, word: &str) -> bool {
    value.ends_with(word) && !value.contains(['。', '、', '，', '．'])
}

/// How chapter Ⅰ's names of `texts` (lines, trimmed) stand (rule [`VALUE_DOWN`]): how many
/// labels alone on their lines have a name of their kind after the next line's label
/// (`①事務の名称` / `②事務の内容 架空税に関する事務`), or `None` where a label holds its own
/// name on its line (`①事務の名称 架空税に関する事務`: printed in the form's order).
fn names_a_line_down(texts: &[&str]) -> Option<usize> {
    let mut down = 0;
    for (i, t) in texts.iter().enumerate() {
        // Both lines a name's label opens open with its circled number.
        let circled = t.chars().next().and_then(super::form_words::circled_number);
        if circled.is_none() {
            continue;
        }
        let own = label_then_value(t);
        for (id, word) in NAMES_A_LINE_DOWN {
            if let Some((label, value)) = own {
                if is_item_label_alone(label, id) && is_name_ending(value, word) {
                    return None;
                }
            }
            if !is_item_label_alone(t, id) {
                continue;
            }
            let next = texts.get(i + 1).and_then(|next| label_then_value(next));
            if next.is_some_and(|(_, value)| is_name_ending(value, word)) {
                down += 1;
            }
        }
    }
    Some(down)
}

/// Whether `pieces` show their values a line down (rule [`VALUE_DOWN`]): at least
/// [`VALUE_DOWN_LABELS`] typed labels of the cover, or names of chapter Ⅰ
/// ([`names_a_line_down`]), alone on their lines with a value of their type after the next
/// line's label, and no typed label or name's label with a value of its own type on its line.
fn values_a_line_down(pieces: &[Piece]) -> bool {
    use super::cover::{label_and_value, typed_as, whole_label};
    let all: Vec<&str> = pieces
        .iter()
        .filter(|p| p.furniture.is_none())
        .map(|p| p.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let Some(mut down) = names_a_line_down(&all) else {
        return false;
    };
    let texts = cover_texts(pieces);
    for (i, t) in texts.iter().enumerate() {
        if let Some((id, value)) = label_and_value(t) {
            let above = i.checked_sub(1).and_then(|above| texts.get(above));
            let own = typed_as(value) == Some(id) && !date_of_approval_above(id, above);
            if TYPED_COVER_LABELS.contains(&id) && own {
                return false;
            }
        }
        let Some(id) = whole_label(t).filter(|id| TYPED_COVER_LABELS.contains(id)) else {
            continue;
        };
        let next = texts.get(i + 1).and_then(|next| label_and_value(next));
        if next.is_some_and(|(_, value)| typed_as(value) == Some(id)) {
            down += 1;
        }
    }
    down >= VALUE_DOWN_LABELS
}

/// Whether a date beside the label `id` may be the 承認日's a line down (rule [`VALUE_DOWN`]):
/// `id` is the 公表日 and the line `above` it opens with the 承認日's label and holds a value
/// that is no date (`個人情報保護委員会 承認日 【行政機関等のみ】 架空大臣` / `公表日 令和2年1月6日`:
/// the body's name a line down on the 承認日's line, the 承認日 on the 公表日's). The 承認日 and
/// the 公表日 are both dates, so the date beside the 公表日 tells neither order.
fn date_of_approval_above(id: ItemId, above: Option<&&str>) -> bool {
    use super::cover::{label_and_value, typed_as};
    let approval = above.and_then(|above| label_and_value(above));
    id == ItemId::CoverPublishedOn
        && approval.is_some_and(|(label, value)| {
            label == ItemId::CoverApprovalDate && typed_as(value) != Some(ItemId::CoverPublishedOn)
        })
}

/// The label a line opens with and the value after it on its line (rule [`VALUE_DOWN`]): a
/// circled label ([`circled_label_at`], its note mark taken off the value), a section's heading
/// (`4.個人番号の利用 ※`) or a cover label; `None` for a line that opens with none of them or
/// holds nothing after its label.
fn label_then_value(text: &str) -> Option<(&str, &str)> {
    let t = text.trim();
    let end = match (circled_label_at(t), section_heading_starts(t)) {
        (Some((_, end)), _) | (None, Some(end)) => end,
        (None, None) => {
            let (_, value) = super::cover::label_and_value(t)?;
            t.len() - value.len()
        }
    };
    let (label, rest) = t.split_at_checked(end)?;
    let label = label.trim_end();
    let value = rest.trim_start_matches(['※', ' ', '　', '\t']).trim_end();
    (!value.is_empty()).then_some((label, value))
}

/// Whether `text` is a section's heading alone whose title is an item's label: the section is
/// the item, its value under the heading (`2.特定個人情報ファイル名`, `6.他の評価実施機関`), not
/// a heading over items (`3.個人番号の利用`).
fn is_item_heading(text: &str) -> bool {
    let t = text.trim();
    let Some((_, after_mark)) = leading_number(t, &['.', '．']) else {
        return false;
    };
    section_heading_starts(t) == Some(t.len()) && is_row_label(after_mark.trim_start())
}

/// Rule [`VALUE_DOWN`] on a text whose cover shows it: each label alone on its line takes the
/// value on the next line's label's line, with the lines that value wrapped onto
/// ([`wrapped_down`]). Returns the source lines of the values moved.
fn put_values_up(pieces: &mut Vec<Piece>) -> LineSet {
    let roles = line_roles(pieces);
    let mut moved = LineSet::new();
    let pieces_in = std::mem::take(pieces);
    let mut out: Vec<Piece> = Vec::with_capacity(pieces_in.len() + 8);
    let mut alone_above = false;
    let mut i = 0;
    while let Some(piece) = pieces_in.get(i) {
        let role = roles.get(i).copied().unwrap_or(Role::Value);
        i += 1;
        let split = match alone_above && piece.furniture.is_none() {
            true => label_then_value(&piece.text),
            false => None,
        };
        alone_above = role == Role::Label || is_item_heading(&piece.text);
        let Some((label, value)) = split else {
            out.push(piece.clone());
            continue;
        };
        moved.insert(piece.no);
        out.push(Piece {
            no: piece.no,
            text: value.to_owned(),
            furniture: None,
        });
        let wrapped = wrapped_down(&pieces_in, &roles, i, value);
        for line in pieces_in.get(i..i + wrapped).unwrap_or_default() {
            moved.insert(line.no);
            out.push(line.clone());
        }
        i += wrapped;
        out.push(Piece {
            no: piece.no,
            text: label.to_owned(),
            furniture: None,
        });
        // (The label now stands alone: the line after it may hold its value.)
        alone_above = true;
    }
    *pieces = out;
    moved
}

/// How many lines from `from` on are the rest of `value`, a value moved up by rule
/// [`VALUE_DOWN`], wrapped: a text that prints each value a line down prints a value's wrapped
/// lines right after its first, before the next label's line, which holds the next value moved
/// down. So where `value` is a sentence's wrapped line ([`super::walk::is_clause_line`]: a
/// name ends on its line, `架空税に関する事務`) and ends inside the sentence
/// ([`super::fill::ends_sentence`]), the lines after it that hold no label, no heading and no value of a cover item's own type
/// ([`super::cover::typed_as`]), up to a line that opens with a label and holds a value after it
/// ([`label_then_value`]: the next value down), are its rest. 0 otherwise.
///
/// Reads `特記事項` / `評価実施機関名 架空の通知の作成と発送を架空の事業者に委託しているが、委託先に渡す` /
/// `書類には番号を載せていない。` / `公表日 架空市長` → the note's two lines; refuses a value that ends its sentence (`…渡している。` /
/// `架空の文。`: the line after it may start a cell of its own) or is no sentence's line
/// (`架空税に関する事務` / `架空税を課す。`: the 内容 under its own label), lines ended by a label alone
/// (`公表日`: its value may be the lines above it) or by a heading, and a line of a cover item's
/// type (`架空市長`).
fn wrapped_down(pieces: &[Piece], roles: &[Role], from: usize, value: &str) -> usize {
    if !super::walk::is_clause_line(value) || super::fill::ends_sentence(value) {
        return 0;
    }
    let mut k = from;
    while let Some(piece) = pieces.get(k) {
        let role = roles.get(k).copied().unwrap_or(Role::Value);
        if piece.furniture.is_none() && label_then_value(&piece.text).is_some() {
            return k - from;
        }
        let rest = piece.furniture.is_none()
            && !piece.is_blank()
            && role == Role::Value
            && !is_item_heading(&piece.text)
            && super::cover::typed_as(piece.text.trim()).is_none();
        if !rest {
            return 0;
        }
        k += 1;
    }
    0
}

/// The runs of two or more of the cover's typed labels ([`TYPED_COVER_LABELS`]), each alone on
/// its line, on lines one after another (blank lines between them aside): each label's index
/// in `pieces` and its item. A row of the cover's table printed as a row of labels.
fn typed_label_runs(pieces: &[Piece]) -> Vec<Vec<(usize, ItemId)>> {
    let mut runs = Vec::new();
    let mut run: Vec<(usize, ItemId)> = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let t = piece.text.trim();
        if piece.furniture.is_none() && super::classify::chapter_heading(t).is_some() {
            break;
        }
        if piece.is_blank() {
            continue;
        }
        let label = super::cover::whole_label(t).filter(|id| TYPED_COVER_LABELS.contains(id));
        match label {
            Some(id) if piece.furniture.is_none() => run.push((i, id)),
            _ => {
                if run.len() >= 2 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
        }
    }
    if run.len() >= 2 {
        runs.push(run);
    }
    runs
}

/// The first `count` lines of `pieces` that `lines` gives (in that order) that may hold a
/// cover value: blank lines, furniture and the form's title (a page's header drawn between two
/// rows) passed over.
fn value_lines(pieces: &[Piece], lines: impl Iterator<Item = usize>, count: usize) -> Vec<usize> {
    let holds_value = |i: &usize| {
        pieces.get(*i).is_some_and(|p| {
            !p.is_blank() && p.furniture.is_none() && !p.text.contains(crate::form::REPORT_TITLE)
        })
    };
    lines.filter(holds_value).take(count).collect()
}

/// Whether the lines `values` of `pieces` hold, one by one, values of the types of the labels of
/// `run` ([`super::cover::typed_as`]), as many as there are labels.
fn of_the_labels_types(pieces: &[Piece], values: &[usize], run: &[(usize, ItemId)]) -> bool {
    values.len() == run.len()
        && values.iter().zip(run).all(|(&v, &(_, id))| {
            pieces
                .get(v)
                .is_some_and(|p| super::cover::typed_as(p.text.trim()) == Some(id))
        })
}

/// The lines above a run of the cover's typed labels ([`typed_label_runs`]) that hold their
/// values, in the labels' order: the row of values drawn before its row of labels (`6` /
/// `架空市 架空事務 全項目評価書` / `評価書番号` / `評価書名`); `None` where the lines above are
/// no such row.
fn row_drawn_above(pieces: &[Piece], run: &[(usize, ItemId)]) -> Option<Vec<usize>> {
    let first = run.first()?.0;
    // (Looked for from the labels up, then read in the text's order.)
    let mut values = value_lines(pieces, (0..first).rev(), run.len());
    values.reverse();
    of_the_labels_types(pieces, &values, run).then_some(values)
}

/// Whether the lines under a run of the cover's typed labels hold their values in the labels'
/// order: a row of labels over its row of values, a text in the form's order.
fn row_drawn_below(pieces: &[Piece], run: &[(usize, ItemId)]) -> bool {
    let Some(&(last, _)) = run.last() else {
        return false;
    };
    let values = value_lines(pieces, last + 1..pieces.len(), run.len());
    of_the_labels_types(pieces, &values, run)
}

/// Rule [`VALUES_FIRST`]'s first step: each row of the cover's typed labels drawn after its row
/// of values ([`row_drawn_above`]) is set value by label (`6` / `評価書番号` / `架空… 評価書` /
/// `評価書名`), as the rest of such a text draws each value before its label; the lines between
/// the two rows (the form's title, blank lines) go before them. Whether it found such a row.
fn set_rows_value_by_label(pieces: &mut Vec<Piece>) -> bool {
    let mut found = false;
    // (From the last run on: setting a run moves no line before it.)
    for run in typed_label_runs(pieces).into_iter().rev() {
        let Some(values) = row_drawn_above(pieces, &run) else {
            continue;
        };
        let (Some(&from), Some(&(to, _))) = (values.first(), run.last()) else {
            continue;
        };
        let mut row: Vec<Piece> = pieces.drain(from..=to).collect();
        let in_row = |i: usize| values.contains(&i) || run.iter().any(|&(l, _)| l == i);
        let mut set: Vec<Piece> = Vec::with_capacity(row.len());
        for (k, piece) in row.iter_mut().enumerate() {
            if !in_row(from + k) {
                set.push(std::mem::take(piece));
            }
        }
        for (&value, &(label, _)) in values.iter().zip(&run) {
            for i in [value, label] {
                if let Some(piece) = row.get_mut(i - from) {
                    set.push(std::mem::take(piece));
                }
            }
        }
        pieces.splice(from..from, set);
        found = true;
    }
    found
}

/// Whether `text` (trimmed; `key` squeezed) is a heading of the form: a chapter's, a section's
/// or a part's ([`super::classify::heading`], [`section_heading_starts`]) or a block's with its
/// number (`システム1`).
fn is_heading_line(text: &str, key: &str) -> bool {
    super::classify::heading(text, key) != super::classify::Class::Text
        || section_heading_starts(text).is_some()
        || is_numbered_block(key)
}

/// What a line is to rule [`VALUES_FIRST`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A label of the form alone on its line: it goes before the values printed since the last
    /// stop.
    Label,
    /// A line that ends what a label after it may take: a heading, a block's heading, a
    /// ＜選択肢＞ list's line, the form's title.
    Stop,
    /// A line that opens with a label and holds its value (`①部署 架空課`): a row printed in
    /// the form's order, which also ends what a label after it may take.
    Row,
    /// Anything else: a value's line (or a blank line, or furniture, kept among them).
    Value,
}

/// The role of `text` (rule [`VALUES_FIRST`]); `in_list` says whether the line above was a
/// ＜選択肢＞ list's.
fn label_role(text: &str, in_list: bool) -> Role {
    let t = text.trim();
    let key = squeeze(t);
    if t.is_empty() {
        return Role::Value;
    }
    let stop = is_heading_line(t, &key)
        || t.contains(crate::form::REPORT_TITLE)
        || super::classify::is_option_list(t, &key, in_list);
    if stop {
        return Role::Stop;
    }
    // A circled label in the words of any revision (`②所属長` as well as `②所属長の役職名`),
    // its note mark after it.
    let circled = circled_label_at(t)
        .is_some_and(|(_, end)| squeeze(t.get(end..).unwrap_or_default()).is_empty());
    let cover = super::cover::whole_label(t).is_some();
    if circled || cover || is_row_label(t) || bare_labels().binary_search(&key).is_ok() {
        return Role::Label;
    }
    // A line that opens with a label and holds more is a row of its own (`①部署 架空課`).
    let opens_with_label = t.chars().next().is_some_and(super::form_words::is_circled)
        || super::cover::whole_label(t.split_whitespace().next().unwrap_or(t)).is_some();
    match opens_with_label {
        true => Role::Row,
        false => Role::Value,
    }
}

/// Rule [`VALUES_FIRST`] on a text whose cover is drawn values first: each label line set
/// before the lines printed since the last stop, on the cover and in each chapter that prints
/// no row in the form's order (a chapter with a label and its value on one line,
/// [`Role::Row`], or whose sections open with their first label, [`printed_in_order`], is
/// drawn otherwise, and is left as it is). Returns the source lines of the
/// values moved.
fn put_labels_first(pieces: &mut Vec<Piece>) -> LineSet {
    let rows_drawn = set_rows_value_by_label(pieces);
    let roles = line_roles(pieces);
    // The pieces of each part: the cover, then each chapter from its heading on.
    let mut parts: Vec<std::ops::Range<usize>> = Vec::new();
    let mut from = 0;
    for (i, piece) in pieces.iter().enumerate() {
        let heading = piece.furniture.is_none()
            && super::classify::chapter_heading(piece.text.trim()).is_some();
        if heading && i > from {
            parts.push(from..i);
            from = i;
        }
    }
    parts.push(from..pieces.len());
    let mut src = std::mem::take(pieces).into_iter();
    let mut moved = LineSet::new();
    for (k, part) in parts.into_iter().enumerate() {
        let part_roles = roles.get(part.clone()).unwrap_or_default();
        let part_pieces: Vec<Piece> = src.by_ref().take(part.len()).collect();
        let drawn = k == 0
            || !part_roles.contains(&Role::Row) && !printed_in_order(&part_pieces, part_roles);
        if drawn {
            labels_before_values(part_pieces, part_roles, rows_drawn, pieces, &mut moved);
        } else {
            let cover = CoverDrawn::ValuesFirst { rows_drawn };
            sections_drawn_first(part_pieces, part_roles, cover, pieces, &mut moved);
        }
    }
    moved
}

/// What a text's cover shows of how its pages were drawn, for [`sections_drawn_first`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CoverDrawn {
    /// Each value before its label ([`VALUES_FIRST`]); `rows_drawn` as
    /// [`labels_before_values`] takes it.
    ValuesFirst { rows_drawn: bool },
    /// In the form's order, or not told: only a section's own evidence of a stack of labels
    /// after its values counts ([`STACK_AFTER_VALUES`]).
    InOrder,
}

/// `pieces` section by section (from a section's or a block's heading to the next) onto `out`:
/// each section that shows it was drawn values first ([`section_drawn_first`]) has its labels set
/// before their values — a run of labels as one stack before all the section's values (the later
/// stages share them out by type, `stacks.rs`), and, under a cover drawn values first, a label
/// after each value by [`labels_before_values`] — and the rest is left as it is. The values'
/// source lines are added to `moved`.
fn sections_drawn_first(
    pieces: Vec<Piece>,
    roles: &[Role],
    cover: CoverDrawn,
    out: &mut Vec<Piece>,
    moved: &mut LineSet,
) {
    let mut src = pieces.into_iter();
    let mut from = 0;
    for to in section_ends(src.as_slice()) {
        let section: Vec<Piece> = src.by_ref().take(to - from).collect();
        let section_roles = roles.get(from..to).unwrap_or_default();
        match (section_drawn_first(&section, section_roles), cover) {
            (Some(Drawn::Stack), _) => stack_before_values(section, section_roles, out, moved),
            (Some(Drawn::ValueByLabel), CoverDrawn::ValuesFirst { rows_drawn }) => {
                labels_before_values(section, section_roles, rows_drawn, out, moved);
            }
            (Some(Drawn::ValueByLabel), CoverDrawn::InOrder)
                if value_by_label_in_order(&section, section_roles) =>
            {
                labels_before_values(section, section_roles, false, out, moved);
            }
            _ => out.extend(section),
        }
        from = to;
    }
}

/// Rule [`STACK_AFTER_VALUES`]: each section drawn [`Drawn::Stack`] has its labels set before
/// its values ([`sections_drawn_first`] under a cover in the form's order). Returns the source
/// lines of the values moved.
fn put_stacks_first(pieces: &mut Vec<Piece>) -> LineSet {
    let mut moved = LineSet::new();
    let roles = line_roles(pieces);
    // (Most texts hold no such section: they are left as they are, not moved piece by piece.)
    let mut from = 0;
    let mut any = false;
    for to in section_ends(pieces) {
        let section = pieces.get(from..to).unwrap_or_default();
        let section_roles = roles.get(from..to).unwrap_or_default();
        any |= match section_drawn_first(section, section_roles) {
            Some(Drawn::Stack) => true,
            Some(Drawn::ValueByLabel) => value_by_label_in_order(section, section_roles),
            None => false,
        };
        from = to;
    }
    if any {
        let taken = std::mem::take(pieces);
        sections_drawn_first(taken, &roles, CoverDrawn::InOrder, pieces, &mut moved);
    }
    moved
}

/// Whether a section drawn each value before its label ([`Drawn::ValueByLabel`]) is read so
/// under a cover in the form's order: at least [`VALUE_BY_LABEL_LABELS`] labels (`roles`, the
/// section's `pieces`' roles), each alone after its value (no two labels one under the other:
/// a run of labels is a block's stack, and two blocks a heading did not part may alternate so).
/// Reads `1.…事務` / `架空事務` / `①事務の名称` / `架空法に基づき、…` / `②事務の概要` /
/// `架空システム` / `③システムの名称`; refuses the same with two labels (a lead-in under the
/// heading and an empty last item may give that in the form's order), and two blocks' values
/// each before a run of three labels.
fn value_by_label_in_order(pieces: &[Piece], roles: &[Role]) -> bool {
    let mut labels = 0;
    let mut label_above = false;
    for (piece, role) in pieces.iter().zip(roles) {
        if piece.is_blank() || piece.furniture.is_some() {
            continue;
        }
        let label = *role == Role::Label;
        if label && label_above {
            return false;
        }
        labels += usize::from(label);
        label_above = label;
    }
    labels >= VALUE_BY_LABEL_LABELS
}

/// Where each section of `pieces` ends ([`opens_section`] opens the next; the text's end ends
/// the last), the part before the first section counted as one.
fn section_ends(pieces: &[Piece]) -> Vec<usize> {
    let mut ends: Vec<usize> = pieces
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, p)| p.furniture.is_none() && opens_section(p.text.trim()))
        .map(|(k, _)| k)
        .collect();
    ends.push(pieces.len());
    ends
}

/// Whether `text` opens a section or a block: a section's heading (`１．特定個人情報ファイルを
/// 取り扱う事務`) or a block's with its number (`システム2`).
fn opens_section(text: &str) -> bool {
    section_heading_starts(text).is_some() || is_numbered_block(&squeeze(text))
}

/// How a section was drawn values first ([`section_drawn_first`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drawn {
    /// All its values, then all its labels.
    Stack,
    /// Each value before its label.
    ValueByLabel,
}

/// How a section (`pieces`, its heading first: a section's or a block's, [`opens_section`])
/// shows it was drawn values first, if it does: its heading is followed by values and then a label (a section in the form's order opens with its
/// first label), its last label by no value (only the ＜選択肢＞ list or nothing: a label in the
/// form's order has its value under it), and it prints no row of a label and its value
/// ([`Role::Row`]). [`Drawn::Stack`] where its labels stand in one run, [`Drawn::ValueByLabel`]
/// where values stand between each two. Refuses `1.…` / `①事務の名称` / `架空事務` (in order),
/// `1.…` / `架空事務` / `①事務の名称` / `架空法に基づく。` (a value after the last label: a stray
/// line above a section in order), a section with a label run and a value between labels
/// both (which lines are whose is not shown), a block's heading, and a label the forms number
/// under another section (`5.…` / `2` / `②委託先における取扱者数`: a page drawn out of order;
/// [`names_item_of_section`]).
fn section_drawn_first(pieces: &[Piece], roles: &[Role]) -> Option<Drawn> {
    // (The lines before a text's first section — its cover — are no section.)
    let heading = pieces.first()?;
    if heading.furniture.is_some() || !opens_section(heading.text.trim()) {
        return None;
    }
    let mut seen: Vec<Role> = Vec::new();
    for (piece, role) in pieces.iter().zip(roles).skip(1) {
        if piece.is_blank() || piece.furniture.is_some() {
            continue;
        }
        if seen.last() != Some(role) {
            seen.push(*role);
        }
    }
    // After the last label, a ＜選択肢＞ list only (its lines are stops).
    while seen.last() == Some(&Role::Stop) {
        seen.pop();
    }
    let labels = seen.iter().filter(|r| **r == Role::Label).count();
    // Every label is one the forms number under the heading's section: a label of another
    // section after these values says they are not this section's (a page drawn out of order).
    let section = section_heading_at(heading.text.trim()).map(|(n, _)| n);
    let all_of_section = pieces.iter().zip(roles).skip(1).all(|(piece, role)| {
        *role != Role::Label || section.is_some_and(|n| names_item_of_section(&piece.text, n))
    });
    if !all_of_section {
        return None;
    }
    let alternating = seen
        .chunks(2)
        .all(|pair| matches!(pair, [Role::Value, Role::Label]));
    match (seen.as_slice(), alternating) {
        ([Role::Value, Role::Label], true) if stacked_labels(pieces, roles) >= 2 => {
            Some(Drawn::Stack)
        }
        (_, true) if labels >= 2 && seen.len() % 2 == 0 => Some(Drawn::ValueByLabel),
        _ => None,
    }
}

/// Whether `text` is a circled label alone (its note mark aside) that the forms number under
/// section `section` (`②事務の内容` under `1.`; not `②委託先における取扱者数`, numbered under
/// `4.`), in any revision's words.
fn names_item_of_section(text: &str, section: u32) -> bool {
    let t = text.trim();
    let Some((circled, end)) = circled_label_at(t) else {
        return false;
    };
    let mark = t.chars().next().map_or(0, char::len_utf8);
    let words = squeeze(t.get(mark..end).unwrap_or_default());
    squeeze(t.get(end..).unwrap_or_default()).is_empty()
        && super::form_words::section_circled_labels()
            .iter()
            .any(|&(s, c, label)| s == section && c == circled && squeeze(label) == words)
}

/// How many label lines `pieces` hold ([`Role::Label`]).
fn stacked_labels(pieces: &[Piece], roles: &[Role]) -> usize {
    pieces
        .iter()
        .zip(roles)
        .filter(|(p, r)| **r == Role::Label && !p.is_blank())
        .count()
}

/// A section drawn [`Drawn::Stack`] onto `out`: its heading, its labels, then its values and
/// the rest in their order; the values' source lines added to `moved`.
fn stack_before_values(
    pieces: Vec<Piece>,
    roles: &[Role],
    out: &mut Vec<Piece>,
    moved: &mut LineSet,
) {
    let mut labels = Vec::new();
    let mut rest = Vec::new();
    for (k, (piece, role)) in pieces.into_iter().zip(roles).enumerate() {
        if k > 0 && *role == Role::Label {
            labels.push(piece);
        } else {
            rest.push(piece);
        }
    }
    let mut rest = rest.into_iter();
    out.extend(rest.next());
    out.append(&mut labels);
    for piece in rest {
        if !piece.is_blank() && piece.furniture.is_none() {
            moved.insert(piece.no);
        }
        out.push(piece);
    }
}

/// How many of the lines `waiting` above the cover label `label` are the 宣言's (rule
/// [`VALUES_FIRST`]): up to the last that ends as the 宣言 does, for a label other than the
/// 宣言's own. A cover printed in the form's order in part (`個人のプライバシー等の…宣言` / its
/// sentences / `特記事項`) keeps them under their own label; a line after them is the next
/// label's, drawn before it (`…宣言する。` / `架空の特記事項。` / `特記事項`). None for a line
/// that is no cover label.
fn the_declarations(label: &str, waiting: &[Piece]) -> usize {
    use super::cover::{ends_as_declaration, whole_label};
    let other = whole_label(label.trim()).is_some_and(|id| id != ItemId::CoverDeclaration);
    let ends = waiting
        .iter()
        .rposition(|p| p.furniture.is_none() && ends_as_declaration(p.text.trim()));
    match (other, ends) {
        (true, Some(end)) => end + 1,
        _ => 0,
    }
}

/// Whether the cover label `label` may take the lines `waiting` above it as its value (rule
/// [`VALUES_FIRST`]): a line alone of a cover item's type ([`super::cover::typed_as`]) is that
/// item's only (`架空市長` is no 公表日). A line that is no cover label takes any.
fn takes_cover_value(label: &str, waiting: &[Piece]) -> bool {
    use super::cover::{typed_as, whole_label};
    let Some(id) = whole_label(label.trim()) else {
        return true;
    };
    let values: Vec<&str> = waiting
        .iter()
        .filter(|p| !p.is_blank() && p.furniture.is_none())
        .map(|p| p.text.trim())
        .collect();
    match values.as_slice() {
        [only] => typed_as(only).is_none_or(|typed| typed == id),
        _ => true,
    }
}

/// Whether a chapter's `pieces` are printed in the form's order, as their sections show: more
/// of its headings (a section's, a block's) are followed by a label (`1.特定個人情報ファイルを
/// 取り扱う事務` / `①事務の名称`) than by values and then a label (`1.…` / `架空事務` /
/// `①事務の名称`, a value drawn before its label). A heading followed by values and then
/// another heading or a list (a section whose value has no label of its own) tells nothing,
/// and so does a heading printed on one line with its first label (`4.情報提供ネットワーク
/// システムによる情報連携 ①実施の有無`, parted by [`split_at_labels`]): the two are one row of
/// the form, whose value may be drawn before the row or after it.
fn printed_in_order(pieces: &[Piece], roles: &[Role]) -> bool {
    let (mut in_order, mut drawn) = (0, 0);
    // Whether the lines since the last heading are values (`Some(true)`) or none yet
    // (`Some(false)`); `None` where no heading opened them.
    let mut after_heading: Option<bool> = None;
    // The source line of the last heading.
    let mut heading_no = 0;
    for (piece, role) in pieces.iter().zip(roles) {
        if piece.is_blank() || piece.furniture.is_some() {
            continue;
        }
        let t = piece.text.trim();
        let heading = is_heading_line(t, &squeeze(t));
        let on_the_heading_line = piece.no == heading_no;
        match (role, after_heading) {
            (Role::Label, Some(false)) if !on_the_heading_line => in_order += 1,
            (Role::Label, Some(true)) => drawn += 1,
            (Role::Value, Some(_)) => after_heading = Some(true),
            _ => {}
        }
        if heading {
            heading_no = piece.no;
        }
        after_heading = match (heading, role) {
            (true, _) => Some(false),
            (false, Role::Value) => after_heading,
            _ => None,
        };
    }
    in_order > drawn
}

/// The role of each piece ([`label_role`]; furniture is a value's).
fn line_roles(pieces: &[Piece]) -> Vec<Role> {
    let mut roles = Vec::with_capacity(pieces.len());
    let mut in_list = false;
    for piece in pieces {
        if piece.furniture.is_some() {
            roles.push(Role::Value);
            continue;
        }
        roles.push(label_role(&piece.text, in_list));
        if !piece.is_blank() {
            let key = squeeze(piece.text.trim());
            in_list = super::classify::is_option_list(piece.text.trim(), &key, in_list);
        }
    }
    roles
}

/// `pieces` with each label line set before the lines since the last label or stop, onto
/// `out`; the source lines of the values moved added to `moved`.
fn labels_before_values(
    pieces: Vec<Piece>,
    roles: &[Role],
    rows_drawn: bool,
    out: &mut Vec<Piece>,
    moved: &mut LineSet,
) {
    let roles = item_sections_drawn_after(&pieces, roles);
    let roles = roles.as_slice();
    // The lines printed since the last label or stop, waiting for a label after them.
    let mut waiting: Vec<Piece> = Vec::new();
    // Whether the next line with text is a label too, for each piece. In a text whose cover
    // draws a row's values before the row's labels (`rows_drawn`), a run of labels after the
    // values of several rows (a block drawn all its values, then all its labels) does not say
    // which lines are whose, and its values are not moved. (In a text drawn a value before
    // each label, a run of labels is a label and the empty items after it: `宣言` / `特記事項`.)
    let label_next: Vec<bool> = {
        let mut next = vec![false; roles.len()];
        let mut seen_label = false;
        for (k, (piece, role)) in pieces.iter().zip(roles).enumerate().rev() {
            if let Some(slot) = next.get_mut(k) {
                *slot = seen_label;
            }
            if !piece.is_blank() {
                seen_label = *role == Role::Label;
            }
        }
        next
    };
    // Whether each piece is a section's heading printed on one line with the label after it
    // (`4.情報提供ネットワークシステムによる情報連携 ①実施の有無`, parted): one row of the form,
    // whose values drawn before it are the label's.
    let heads_a_row: Vec<bool> = pieces
        .iter()
        .enumerate()
        .map(|(k, piece)| {
            let t = piece.text.trim();
            let next = pieces.get(k + 1).zip(roles.get(k + 1));
            is_heading_line(t, &squeeze(t))
                && next.is_some_and(|(next, role)| *role == Role::Label && next.no == piece.no)
        })
        .collect();
    for (((piece, role), label_next), heads_a_row) in pieces
        .into_iter()
        .zip(roles)
        .zip(label_next)
        .zip(heads_a_row)
    {
        match role {
            Role::Stop | Role::Label if heads_a_row => out.push(piece),
            Role::Label if rows_drawn && label_next && !waiting.is_empty() => {
                out.append(&mut waiting);
                out.push(piece);
            }
            Role::Label => {
                // The lines up to one that ends as the 宣言 does are the 宣言's, printed under
                // its own label: they stay where they are, the label takes the lines after.
                let mut after = waiting.split_off(the_declarations(&piece.text, &waiting));
                out.append(&mut waiting);
                if !takes_cover_value(&piece.text, &after) {
                    out.append(&mut after);
                    out.push(piece);
                    continue;
                }
                let values = after
                    .iter()
                    .filter(|v| !v.is_blank() && v.furniture.is_none());
                for value in values {
                    moved.insert(value.no);
                }
                out.push(piece);
                out.append(&mut after);
            }
            Role::Stop | Role::Row => {
                out.append(&mut waiting);
                out.push(piece);
            }
            Role::Value => waiting.push(piece),
        }
    }
    out.append(&mut waiting);
}

/// `roles` with the heading of each section that is an item of its own ([`is_item_section`]:
/// `2.特定個人情報ファイル名`, `6.他の評価実施機関`) made a label where the text drew its value
/// before it: where values stand between it and a label above it. A label's row drawn values
/// first, the lines after it are the next row's; so a section heading after those lines is the
/// row they belong to. A section heading straight under a label, or after lines that follow
/// another heading, has its value under it (the heading drawn as a row of its own above its
/// value cell) and stays a stop.
///
/// Reads `③システムの名称` / `架空ファイル` / `2.特定個人情報ファイル名` as the file name drawn
/// before its heading; refuses `③システムの名称` / `2.特定個人情報ファイル名` / `架空ファイル` /
/// `3.個人番号の利用` (the file name under its heading, and `3.` after a heading's value).
fn item_sections_drawn_after(pieces: &[Piece], roles: &[Role]) -> Vec<Role> {
    let mut out = Vec::with_capacity(roles.len());
    // Whether the last line with text that is not a value was a label, and whether values
    // stand since it.
    let mut after_label = false;
    let mut values_since = false;
    for (piece, role) in pieces.iter().zip(roles) {
        if piece.is_blank() {
            out.push(*role);
            continue;
        }
        let role = match role {
            Role::Stop if after_label && values_since && is_item_section(piece.text.trim()) => {
                Role::Label
            }
            other => *other,
        };
        if role == Role::Value {
            values_since = true;
        } else {
            after_label = role == Role::Label;
            values_since = false;
        }
        out.push(role);
    }
    out
}

/// Whether `text` is the heading of a section that is an item of its own in a form (its value
/// printed under the heading, with no circled label): `2.特定個人情報ファイル名`, `3.個人番号の
/// 利用 法令上の根拠`, `6.他の評価実施機関` (the forms' items numbered `Ⅰ2`, `Ⅰ3`, `Ⅰ6`). Not
/// `1.特定個人情報ファイルを取り扱う事務`, whose items are its circled labels.
///
/// The form's numbering decides, not the heading's words: [`is_item_heading`] (rule
/// [`VALUE_DOWN`]) asks whether the title is the item's whole label, so that `3.個人番号の利用`,
/// whose item's label `法令上の根拠` stands under it, is no item there; drawn values first, that
/// section's value stands before its heading all the same.
fn is_item_section(text: &str) -> bool {
    let Some((number, rest)) = leading_number(text, &['.', '．']) else {
        return false;
    };
    if section_heading_starts(text).is_none() {
        return false;
    }
    let title = squeeze(rest);
    <crate::AssessmentKind as crate::Choice>::ALL
        .iter()
        .any(|&form| {
            super::classify::CHAPTERS.iter().any(|chapter| {
                crate::form::section_title(form, chapter, number).is_some_and(|printed| {
                    title.starts_with(&*squeeze(printed))
                        && ItemId::find_by_number(form, &format!("{chapter}{number}")).is_some()
                })
            })
        })
}

/// Whether `pieces` are pages run together one a line each: at least two source lines were
/// split into cells ([`RUN_TOGETHER`]). A page's number then stands at its line's start or
/// end; a text run together whole on one line may hold its pages' numbers anywhere.
fn pages_a_line(pieces: &[Piece]) -> bool {
    let mut split_lines = 0;
    let mut counted = None;
    for pair in pieces.windows(2) {
        let [a, b] = pair else { continue };
        if a.no == b.no && counted != Some(a.no) {
            counted = Some(a.no);
            split_lines += 1;
        }
    }
    split_lines >= 2
}

/// Whether piece `i` was cut from amid its source line: pieces of that line stand before it
/// and after it (a page run together: `… 村内 4 地区の約 …`, the `4`; not the `12` that ends
/// `… 架空課長 12`, nor one that opens its line).
fn amid_a_page(pieces: &[Piece], i: usize) -> bool {
    let no = |k: Option<usize>| k.and_then(|k| pieces.get(k)).map(|p| p.no);
    let this = no(Some(i));
    this.is_some() && no(i.checked_sub(1)) == this && no(i.checked_add(1)) == this
}

// ---- a laid-out 変更箇所 table ----

/// Rule [`LAID_OUT_TABLE`]: the pieces from the first header row that keeps the page's layout to
/// the end, taken out of `pieces` (the other rules do not touch them), that header row and
/// its repeats no longer furniture. Empty where no such header row stands.
fn laid_out_table(pieces: &mut Vec<Piece>) -> Vec<Piece> {
    let Some(start) = pieces.iter().position(|p| is_laid_out_header(&p.text)) else {
        return Vec::new();
    };
    let mut table = pieces.split_off(start);
    for piece in &mut table {
        if is_laid_out_header(&piece.text) {
            piece.furniture = None;
        }
    }
    table
}

// ---- rule 12: repeated headings ----

/// Rule [`PAGE_TOP`]: marks the lines between a page mark and the 変更箇所's heading met again
/// right after it. Whether it marked any.
fn mark_page_tops(pieces: &mut [Piece]) -> bool {
    // The heading ends in `所` (folding keeps it): a line without one is not folded (most
    // lines: −0.4 ms of 25 on the import bench).
    let is_heading = |p: &Piece| {
        p.furniture.is_none()
            && p.text.contains('所')
            && super::classify::is_changes_heading(&squeeze(&p.text))
    };
    let Some(first_heading) = pieces.iter().position(is_heading) else {
        return false;
    };
    let mut found = false;
    for heading in first_heading + 1..pieces.len() {
        if !pieces.get(heading).is_some_and(is_heading) {
            continue;
        }
        for j in page_top_above(pieces, heading) {
            if let Some(piece) = pieces.get_mut(j) {
                piece.furniture = Some(FurnitureKind::RunningHeader);
                found = true;
            }
        }
    }
    found
}

/// Rule [`PAGE_TITLE`]: marks the report's title at a page's top, under a page mark or page
/// number, with the blank lines around it. Whether it marked any.
fn mark_page_titles(pieces: &mut [Piece]) -> bool {
    let is_chapter = |p: &Piece| super::classify::chapter_heading(p.text.trim()).is_some();
    let Some(first_chapter) = pieces.iter().position(is_chapter) else {
        return false;
    };
    let heads = title_heads(pieces.get(..first_chapter).unwrap_or_default());
    let next_text = |pieces: &[Piece], from: usize| {
        (from..pieces.len()).find(|&k| pieces.get(k).is_some_and(|p| !p.is_blank()))
    };
    let mut found = false;
    for mark in first_chapter + 1..pieces.len() {
        if !pieces.get(mark).is_some_and(ends_a_page) {
            continue;
        }
        let Some(title) = next_text(pieces, mark + 1) else {
            continue;
        };
        let Some(after) = next_text(pieces, title + 1) else {
            continue;
        };
        let is_title = pieces.get(title).is_some_and(|p| {
            let t = p.text.trim();
            let whole = super::cover::ends_as_title(t);
            p.furniture.is_none() && !t.contains('。') && (whole || heads.contains(&squeeze(t)))
        });
        let runs_on = pieces
            .get(after)
            .is_some_and(|p| p.furniture.is_none() && is_rest_of_cell(&p.text));
        if !(is_title && runs_on) {
            continue;
        }
        for piece in pieces.get_mut(mark + 1..after).unwrap_or_default() {
            piece.furniture = Some(FurnitureKind::RunningHeader);
        }
        found = true;
    }
    found
}

/// The heads of the titles on a cover (`cover`, the lines before the first chapter heading),
/// squeezed: each 評価書名 there with its form's name taken off (`架空市 架空事務 基礎項目評価書`
/// → `架空市架空事務`), what a print's running header often prints of it. A title that is its
/// form's name alone has none.
fn title_heads(cover: &[Piece]) -> Vec<String> {
    let mut heads = Vec::new();
    for piece in cover.iter().filter(|p| p.furniture.is_none()) {
        if super::cover::is_title(&piece.text) {
            heads.extend(super::cover::title_head(&piece.text));
        }
    }
    heads
}

/// The lines of a page's top above the repeated 変更箇所 heading at `heading`: the non-blank
/// lines up to the furniture above them (the page mark), at most [`PAGE_TOP_LINES`] and none
/// the table's heading or header row; none where no furniture stands above them. (The walk up
/// stops at the heading met before, so it never reaches above the first.)
fn page_top_above(pieces: &[Piece], heading: usize) -> Vec<usize> {
    let mut top = Vec::new();
    for j in (0..heading).rev() {
        let Some(above) = pieces.get(j) else { break };
        if above.furniture.is_some() {
            return top;
        }
        if above.is_blank() {
            continue;
        }
        if top.len() == PAGE_TOP_LINES || super::changes::is_table_heading(&squeeze(&above.text)) {
            break;
        }
        top.push(j);
    }
    Vec::new()
}

/// Rule [`REPEATED_HEADING`]: marks each chapter heading that opens a page, repeats the last
/// chapter heading above it and has the rest of a cell after it, with the blank lines around
/// it. Whether it marked any.
fn mark_repeated_headings(pieces: &mut [Piece]) -> bool {
    let mut found = false;
    let mut last_heading: Option<String> = None;
    for i in 0..pieces.len() {
        let Some(piece) = pieces.get(i).filter(|p| p.furniture.is_none()) else {
            continue;
        };
        let Some((_, title)) = super::classify::roman_chapter(&piece.text) else {
            continue;
        };
        if !super::classify::is_chapter_title(title) {
            continue;
        }
        let heading = squeeze(piece.text.trim());
        // Whole on its line: a heading wrapped (`…リスク対策 ※（７．リスク１⑨を除` / `く。）`)
        // would leave its rest to a cell.
        let title = squeeze(title.trim_end_matches(['※', ' ', '　']));
        let whole = crate::form::CHAPTER_TITLES.contains(&title.as_str());
        // The page's next line with text: the blank lines before it are the page's top margin.
        let next = pieces
            .iter()
            .skip(i + 1)
            .position(|p| p.furniture.is_none() && !p.text.trim().is_empty())
            .map(|n| i + 1 + n);
        let repeated = whole
            && opens_page(piece)
            && last_heading.as_deref() == Some(heading.as_str())
            && next
                .and_then(|n| pieces.get(n))
                .is_some_and(|p| is_rest_of_cell(&p.text));
        match (repeated, next) {
            (true, Some(next)) => {
                // The heading and the blank lines around it (the page's margins, or a blank
                // line a text puts between pages): the cell goes on at `next`.
                let mut first = i;
                while first > 0
                    && pieces
                        .get(first - 1)
                        .is_some_and(|p| p.furniture.is_none() && p.text.trim().is_empty())
                {
                    first -= 1;
                }
                for piece in pieces.get_mut(first..next).unwrap_or_default() {
                    piece.furniture = Some(FurnitureKind::RepeatedHeading);
                }
                found = true;
            }
            _ => last_heading = Some(heading),
        }
    }
    found
}

/// Rule [`PAGE_MARK`]'s page breaks: marks the blank lines right before and after a page mark
/// or page number that a sentence runs on across (see the rule). Whether it marked any.
fn mark_break_blanks(pieces: &mut [Piece]) -> bool {
    let blank_only_at_breaks = blank_only_at_breaks(pieces);
    let mut found = false;
    for mark in 1..pieces.len() {
        if !pieces.get(mark).is_some_and(ends_a_page) {
            continue;
        }
        let before = pieces
            .get(..mark)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|p| p.is_blank())
            .count();
        let cut_before = (mark - before)
            .checked_sub(1)
            .and_then(|at| pieces.get(at))
            .is_some_and(|p| {
                let t = p.text.trim();
                p.furniture.is_none()
                    && t.chars().count() >= PROSE_LINE_CHARS
                    && !t.ends_with(['。', '．', '）', ')', '」', '：', ':'])
            });
        if !cut_before && !blank_only_at_breaks {
            continue;
        }
        let after = pieces
            .get(mark + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|p| p.is_blank())
            .count();
        let runs_on = pieces
            .get(mark + 1 + after)
            .is_some_and(|p| p.furniture.is_none() && is_rest_of_cell(&p.text));
        if before + after == 0 || !runs_on {
            continue;
        }
        let blanks = pieces
            .get_mut(mark - before..=mark + after)
            .unwrap_or_default();
        for piece in blanks.iter_mut().filter(|p| p.is_blank()) {
            piece.furniture = Some(FurnitureKind::PageMark);
        }
        found = true;
    }
    found
}

/// Whether `piece` is a page mark or a page number: furniture that ends a page.
fn ends_a_page(piece: &Piece) -> bool {
    matches!(
        piece.furniture,
        Some(FurnitureKind::PageMark | FurnitureKind::PageNumber)
    )
}

/// Whether every blank line of the text stands in a run of blanks right before or after a page
/// end ([`ends_a_page`]), and there is one: the text parts no cells with blank lines, so those
/// at its page breaks part none either.
fn blank_only_at_breaks(pieces: &[Piece]) -> bool {
    let mut any = false;
    let mut k = 0;
    while k < pieces.len() {
        if !pieces.get(k).is_some_and(Piece::is_blank) {
            k += 1;
            continue;
        }
        let run_start = k;
        while pieces.get(k).is_some_and(Piece::is_blank) {
            k += 1;
        }
        let before = run_start
            .checked_sub(1)
            .and_then(|at| pieces.get(at))
            .is_some_and(ends_a_page);
        let after = pieces.get(k).is_some_and(ends_a_page);
        if !before && !after {
            return false;
        }
        any = true;
    }
    any
}

/// Whether `line` goes on a cell: it is no heading (a chapter's, a section's `１．…`, a
/// block's `（1）…`), opens with no item's circled number, and its first cell is no label of
/// the forms ([`is_row_label`], [`bare_labels`]).
fn is_rest_of_cell(line: &str) -> bool {
    let t = line.trim();
    let first = columns(line).map_or(t, |c| c.first);
    super::classify::chapter_heading(t).is_none()
        && leading_number(t, &['．', '.']).is_none()
        && super::classify::file_block_number(t).is_none()
        && !t.starts_with(crate::legal_basis::is_circled)
        && !is_row_label(first)
        && bare_labels().binary_search(&squeeze(first)).is_err()
}

// ---- characters ----

/// Whether `c` is a box mark or bracket of a check box or selection (`[ ○ ]`): a space beside
/// it belongs to the box, never a break or spacing.
fn is_box_char(c: char) -> bool {
    matches!(c, '[' | ']' | '［' | '］' | '〔' | '〕') || is_mark_char(c)
}

/// Whether `c` is a box's check mark as the texts print it (`○`, `◯`, `●`; not the kanji
/// `〇` of a placeholder, `〇〇市`).
fn is_mark_char(c: char) -> bool {
    matches!(c, '○' | '◯' | '●')
}

/// Whether a spaced kanji joins `c` when the space between them is taken off: kanji, kana,
/// letters, digits and the punctuation of running text — not a box mark or bracket of a
/// selection, a circled number, a chapter numeral or the note mark `※` (a space sets those off
/// as written: `②事務の内容 ※` marks the label, and the value after it is no note), nor ASCII
/// punctuation other than brackets and `%`.
fn joins_kanji(c: char) -> bool {
    let set_off = is_box_char(c)
        || matches!(c, '①'..='⑳' | 'Ⅰ'..='Ⅻ' | '※')
        || c.is_whitespace()
        || (c.is_ascii_punctuation() && !matches!(c, '(' | ')' | '<' | '>' | '%'));
    !set_off
}

// ---- rule 0: line pitch ----

/// Whether `piece` is a blank line that may be the text's line pitch (a line that holds a page
/// break, `\f`, is the page's and stays).
fn is_pitch_blank(piece: &Piece) -> bool {
    is_blank(&piece.text) && !piece.text.contains('\u{c}')
}

/// Rule [`LINE_PITCH`]: where a single blank line and a run of two or more each follow at least
/// [`LINE_PITCH_SHARE`] of the text's lines, or a single blank line follows at least
/// [`LINE_PITCH_EVERY_SHARE`] of them, takes off every single blank line and leaves one of
/// each run. Whether it applied.
fn close_line_pitch(pieces: &mut Vec<Piece>) -> bool {
    let (mut lines, mut singles, mut runs) = (0usize, 0usize, 0usize);
    // Lines of a wide text's width: right above another line, and (ending no sentence) above a
    // single blank line.
    let (mut wide_above_line, mut wrapped_above_blank) = (0usize, 0usize);
    // Paragraphs joined whole, a blank line after them.
    let mut joined_above_blank = 0usize;
    let mut blanks_before: Option<usize> = None;
    let mut above: Option<&str> = None;
    for piece in pieces.iter() {
        if is_pitch_blank(piece) {
            blanks_before = blanks_before.map(|n| n + 1);
            continue;
        }
        let wide = above.filter(|t| t.chars().count() >= PROSE_LINE_CHARS);
        match blanks_before {
            Some(0) => wide_above_line += usize::from(wide.is_some()),
            Some(1) => {
                singles += 1;
                // (A sentence's clause, `、`, not ended: a header row of words is none.)
                let wrapped = |t: &str| t.contains('、') && !t.ends_with(['。', '、']);
                wrapped_above_blank += usize::from(wide.is_some_and(wrapped));
                // (A paragraph longer than a printed line can be: its wrapped lines joined.)
                let joined = |t: &&str| t.chars().count() >= JOINED_PARAGRAPH_CHARS;
                joined_above_blank += usize::from(above.filter(joined).is_some());
            }
            Some(_) => runs += 1,
            // The first line.
            None => {}
        }
        lines += 1;
        blanks_before = Some(0);
        above = Some(piece.text.trim());
    }
    let common = |gaps: usize| gaps as f64 >= LINE_PITCH_SHARE * lines as f64;
    // A blank line after (nearly) every line, sentences wrapped across them — or paragraphs
    // joined whole and no run of blank lines anywhere — and wide lines right above another
    // rare (a site's list of links at its foot): the blank lines part nothing.
    let paragraphs_joined = joined_above_blank > 0 && runs == 0;
    let after_every_line = singles as f64 >= LINE_PITCH_EVERY_SHARE * lines as f64
        && (wrapped_above_blank > 0 || paragraphs_joined)
        && wide_above_line as f64 <= LINE_PITCH_WIDE_PAIRS_SHARE * lines as f64;
    if lines == 0 || !common(singles) || !(common(runs) || after_every_line) {
        return false;
    }
    // A run of blank lines ends: one line alone is the pitch and goes; a run of two or more is
    // one break, and its first line stays.
    let end_run = |run: &mut Vec<Piece>, kept: &mut Vec<Piece>| {
        if run.len() >= 2 {
            kept.push(run.remove(0));
        }
        run.clear();
    };
    // A 変更箇所 table that keeps the page's layout keeps its blank lines: they stand where
    // the page's lines do, and a table whose cells are centred in their rows is read from
    // where each line stands (`changes::centred`).
    let table = pieces
        .iter()
        .position(|p| is_laid_out_header(&p.text))
        .unwrap_or(pieces.len());
    let mut kept = Vec::with_capacity(pieces.len());
    let mut run: Vec<Piece> = Vec::new();
    let laid_out = pieces.split_off(table);
    for piece in pieces.drain(..) {
        if is_pitch_blank(&piece) {
            run.push(piece);
            continue;
        }
        end_run(&mut run, &mut kept);
        kept.push(piece);
    }
    end_run(&mut run, &mut kept);
    kept.extend(laid_out);
    *pieces = kept;
    true
}

// ---- rule 1: spaced kanji ----

/// Whether a line holds kanji pairs: two kanji with one space between them, and two side by
/// side. The scan stops at the first two side by side: the rule asks nothing more of a line
/// that holds them, and the spaced pairs after them go unread (most lines hold such a pair
/// within their first characters; every line was read whole: −0.4 ms of 20.9 on the import
/// bench).
fn kanji_pairs(line: &str) -> (bool, bool) {
    // (The two characters before each one kept, not the line's characters collected; and
    // [`close_ideographic_spacing`] counts no further than a line's third character: with both,
    // 25.8 → 25.3 ms on the 全項目 seed text, benches/import.rs.)
    let mut spaced = false;
    let (mut before_last, mut last) = (None, None);
    for c in line.chars() {
        let kanji_before = |before: Option<char>| before.is_some_and(is_kanji);
        if kanji_before(last) && is_kanji(c) {
            return (spaced, true);
        }
        if kanji_before(before_last) && last == Some(' ') && is_kanji(c) {
            spaced = true;
        }
        (before_last, last) = (last, Some(c));
    }
    (spaced, false)
}

/// Rule [`SPACED_KANJI`]: where at least [`SPACED_SHARE`] of the lines with two kanji in a row
/// hold them spaced, the single spaces beside a kanji are taken off every line that holds a
/// kanji and no two kanji side by side; in a PDF text (`run_together`), a line as long as
/// cells run together is parted again at the form's words ([`part_at_form_words`]). Whether it
/// changed a line.
fn undo_spaced_kanji(pieces: &mut [Piece], run_together: bool) -> bool {
    let letters_closed = close_ideographic_spacing(pieces);
    let pairs: Vec<(bool, bool)> = pieces.iter().map(|p| kanji_pairs(&p.text)).collect();
    let with_pairs = pairs
        .iter()
        .filter(|&&(spaced, tight)| spaced || tight)
        .count();
    let spaced_lines = pairs
        .iter()
        .filter(|&&(spaced, tight)| spaced && !tight)
        .count();
    if with_pairs == 0 || (spaced_lines as f64) < SPACED_SHARE * with_pairs as f64 {
        return letters_closed;
    }
    let mut changed = false;
    // Whether the lines so far have met the 変更箇所's header row: its cells' whole words
    // ([`parts_values`]) are read only under it.
    let mut in_changes = false;
    for (piece, (_, tight)) in pieces.iter_mut().zip(pairs) {
        if !tight && piece.text.chars().any(is_kanji) {
            let (undone, joins) = unspace(&piece.text, in_changes);
            in_changes |= super::classify::is_header_row(&squeeze(&undone));
            // A line of a PDF text as long as cells run together (once closed up) is parted
            // at the form's words.
            let undone = match run_together && undone.chars().count() >= RUN_MIN_CHARS {
                true => part_at_form_words(&undone, &joins),
                false => undone,
            };
            let undone = label_apart(&undone).unwrap_or(undone);
            if undone != piece.text {
                piece.text = undone;
                changed = true;
            }
        }
    }
    changed || letters_closed
}

/// The ideographic space a letter-spaced text sets after every character (rule
/// [`SPACED_KANJI`]).
const IDEOGRAPHIC_SPACE: char = '\u{3000}';

/// Whether `line` (trimmed) is letter-spaced with ideographic spaces: three characters or more,
/// every second one an ideographic space (a run of them between two cells allowed), no other
/// white space.
fn letter_spaced(line: &str) -> bool {
    // (The second character first: a line whose second is no ideographic space, most, is not
    // trimmed at its end; 176.4 → 176.1 M instructions an import of the 全項目 seed text, callgrind.)
    if line.trim_start().chars().nth(1) != Some(IDEOGRAPHIC_SPACE) {
        return false;
    }
    let t = line.trim();
    let mut chars = t.chars().peekable();
    let mut count = 0;
    while let Some(c) = chars.next() {
        count += 1;
        if c.is_whitespace() {
            return false;
        }
        match chars.next() {
            None => break,
            Some(IDEOGRAPHIC_SPACE) => while chars.next_if_eq(&IDEOGRAPHIC_SPACE).is_some() {},
            Some(_) => return false,
        }
    }
    count >= 2
}

/// The letter spacing of ideographic spaces taken off the lines so spaced, where at least
/// [`SPACED_SHARE`] of the text's lines of three characters or more are (rule
/// [`SPACED_KANJI`]). Whether any line changed.
fn close_ideographic_spacing(pieces: &mut [Piece]) -> bool {
    let spaced = pieces
        .iter()
        .filter(|p| p.furniture.is_none() && letter_spaced(&p.text))
        .count();
    // (The lines of three characters or more are counted only in a text with a spaced line:
    // 177.5 → 176.4 M instructions an import of the 全項目 seed text, callgrind.)
    if spaced == 0 {
        return false;
    }
    let lines = pieces
        .iter()
        .filter(|p| p.furniture.is_none() && p.text.trim().chars().nth(2).is_some())
        .count();
    if lines == 0 || (spaced as f64) < SPACED_SHARE * lines as f64 {
        return false;
    }
    for piece in pieces.iter_mut() {
        if piece.furniture.is_some() || !letter_spaced(&piece.text) {
            continue;
        }
        let mut closed = String::with_capacity(piece.text.len());
        let mut gap = 0;
        for c in piece.text.trim().chars() {
            if c == IDEOGRAPHIC_SPACE {
                gap += 1;
                continue;
            }
            if gap > 1 {
                closed.push(' ');
            }
            gap = 0;
            closed.push(c);
        }
        piece.text = closed;
    }
    true
}

/// `line` without the single spaces that stand between a kanji and a character it joins
/// ([`joins_kanji`]). A number that starts the line (or follows a space that stays) keeps the
/// space after it: it is a cell of its own (`2 個 人` → `2 個人`). Runs of two or more spaces
/// (a space of the text beside the spacing) become one. `in_changes`: the line stands under
/// the 変更箇所's header row ([`parts_values`]). With it, the places in the output (byte
/// offsets) where a space was taken off.
fn unspace(line: &str, in_changes: bool) -> (String, Vec<usize>) {
    let chars: Vec<char> = line.chars().collect();
    let mut joins = Vec::new();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c != ' ' {
            out.push(c);
            i += 1;
            continue;
        }
        let run = chars
            .get(i..)
            .map_or(0, |r| r.iter().take_while(|&&c| c == ' ').count());
        let before = out.chars().last();
        let after = chars.get(i + run).copied();
        let joined = match (before, after) {
            (Some(a), Some(b)) if run == 1 => {
                (is_kanji(a)
                    && joins_kanji(b)
                    && !opens_list_mark(chars.get(i + run..).unwrap_or_default())
                    && !opens_section_mark(chars.get(i + run..).unwrap_or_default())
                    && !opens_block_heading(chars.get(i + run..).unwrap_or_default())
                    && !opens_spaced_figured_label(chars.get(i + run..).unwrap_or_default())
                    && !opens_page_mark(chars.get(i + run..).unwrap_or_default()))
                    || (is_kanji(b) && matches!(a, '①'..='⑳'))
                    // A section's number that starts the line and its full stop, spaced as
                    // every character (`3 . 特 定` → `3. 特定`).
                    || (a.is_ascii_digit() && number_starts_line(&out) && matches!(b, '.' | '．'))
                    || (is_kanji(b)
                        && joins_kanji(a)
                        && !(a.is_ascii_digit()
                            && number_starts_line(&out)
                            && word_follows(chars.get(i + run..).unwrap_or_default())
                            && !number_opens_option(
                                &out,
                                chars.get(i + run..).unwrap_or_default(),
                            ))
                        && !ends_list_mark(&out)
                        && !ends_latin_numeral(&out))
            }
            _ => false,
        };
        let joined =
            joined && !parts_values(&out, chars.get(i + run..).unwrap_or_default(), in_changes);
        if joined {
            joins.push(out.len());
        } else if !out.is_empty() && after.is_some() {
            out.push(' ');
        } else if out.is_empty() {
            // Leading spaces are the line's own.
            out.extend(std::iter::repeat_n(' ', run));
        }
        i += run;
    }
    (out, joins)
}

/// Whether the space between `written` (the line closed up so far) and `rest` (the spaced text
/// after it) parts two of the form's cells, though it stands beside a kanji: closed up, the
/// cells would run together, as one space between two cells is spacing's too. The cases, by
/// what the form prints in the cells:
///
/// - under the 変更箇所's header row (`in_changes`), words a cell holds whole end the line
///   ([`ends_before_whole_cell_words`]): `図 の 変 更 事 後` → `図の変更 事後`;
/// - a date opens (an era's name and a figure, or a day in figures) where a date ended (a day
///   in figures, or `日` or `日時点` after a figure): `令 和 2 年 4 月 1 日 時 点 令 和 3 年` →
///   `令和2年4月1日時点 令和3年…`, `2018/4/1 平 成 30 年` → `2018/4/1 平成30年`; refused where
///   the words before it end no date (`令 和 元 年 度 令 和 2 年` — a year, no day);
/// - a chapter's heading ends (its numeral and its whole title, `Ⅲ　しきい値判断結果`) before a
///   kanji, as a 変更箇所's 項目 ends before its 変更前: `Ⅲ　しきい 値 判 断 結 果 基 礎 項 目`
///   → `Ⅲ　しきい値判断結果 基礎項目`; refused without the numeral (`架 空 のしきい 値 判 断 結
///   果 基 礎`, words of prose);
/// - a box's label ends before its bracketed text ([`ends_box_label`]): `[ ○ ] その 他 （ 架
///   空 ）` → `[ ○ ] その他 （架空 ）`;
/// - a dash stands alone, the form's mark of an empty cell, with a space on one side that no
///   kanji put there (spacing sets off kanji only): `リ ス ク 対 策 ― 「` → `リスク対策 ― 「`;
///   refused between two kanji, where the dash may be the words' own (`監 査 － 具 体` →
///   `監査－具体`).
fn parts_values(written: &str, rest: &[char], in_changes: bool) -> bool {
    let closed: String = rest.iter().filter(|c| !c.is_whitespace()).collect();
    (in_changes && ends_before_whole_cell_words(written, &closed))
        || (ends_date(written) && opens_date(&closed))
        || (rest.first().is_some_and(|c| matches!(c, '（' | '(')) && ends_box_label(written))
        || (ends_chapter_heading(written) && rest.first().is_some_and(|&c| is_kanji(c)))
        || dash_set_off_before(written)
        || dash_set_off_after(rest)
}

/// Whether `closed` (the rest of the line, closed up) is one or more [`whole_cell_words`] (an
/// option of a ＜選択肢＞ list, of the 提出時期, a ditto mark) after the end of a word in
/// `written` (a kanji, a figure, `。`, a closing bracket, or such words): `図の変更` / `事後`,
/// `発生なし` / `発生あり事後`, `令和2年4月1日` / `同上同上`. Refused after kana, whose prose the
/// words may end (`手続の` / `事後`), where other words follow (`事後評価`), and inside a longer
/// such word (`再` / `委託する`: `再委託する` is an option itself).
fn ends_before_whole_cell_words(written: &str, closed: &str) -> bool {
    let word_ended = written.chars().last().is_some_and(|c| {
        is_kanji(c)
            || crate::label::fold_char(c).is_ascii_digit()
            || matches!(c, '。' | '」' | '』' | '）' | ')' | '］' | ']')
    });
    let cell_words_ended = whole_cell_words()
        .iter()
        .any(|w| written.ends_with(w.as_str()));
    (word_ended || cell_words_ended)
        && only_whole_cell_words(closed)
        && !cell_word_across(written, closed)
}

/// Whether `written` ends in a box's label that stands after its box (`[ ○ ] その他`,
/// [`box_labels`](super::form_words::FormWords::box_labels) of any form): the form prints the
/// box's own text in brackets after it, a space apart (`[ ] その他 （ ）`). Refused: the label
/// away from a box (`その他（…）` in prose).
fn ends_box_label(written: &str) -> bool {
    let Some((_, label)) = written.rsplit_once(['[', ']', '［', '］']) else {
        return false;
    };
    let label = label.trim_start_matches([' ', '○', '◯', '●']).trim_start();
    !label.is_empty()
        && <crate::AssessmentKind as crate::Choice>::ALL
            .iter()
            .any(|&form| super::form_words::of(form).box_labels.contains(label))
}

/// Whether `written` ends in a chapter's heading: a chapter's numeral (`Ⅲ`), white space or
/// none, and one of the chapters' titles whole ([`crate::form::CHAPTER_TITLES`]).
fn ends_chapter_heading(written: &str) -> bool {
    crate::form::CHAPTER_TITLES.iter().any(|title| {
        written
            .strip_suffix(title)
            .map(str::trim_end)
            .and_then(|before| before.chars().last())
            .is_some_and(crate::form::is_roman_numeral)
    })
}

/// Whether `c` is a dash (`―`, `－`, `—`, `-`, …): alone, the forms' mark of an empty cell.
fn is_dash(c: char) -> bool {
    matches!(c, '―' | '－' | '—' | '-' | '‐' | '−')
}

/// Whether `written` ends in a dash alone whose space before it stands after a character that
/// is no kanji (`（右記） ―`): a space spacing did not put there.
fn dash_set_off_before(written: &str) -> bool {
    let mut back = written.chars().rev();
    matches!(
        (back.next(), back.next(), back.next()),
        (Some(d), Some(' '), Some(c)) if is_dash(d) && !is_kanji(c) && !c.is_whitespace()
    )
}

/// Whether `rest` opens with a dash alone followed by a space and a character that is no kanji,
/// or by nothing (`― 「…`, `―` ending the line): a space spacing did not put there.
fn dash_set_off_after(rest: &[char]) -> bool {
    match rest {
        [d] => is_dash(*d),
        [d, ' ', c, ..] => is_dash(*d) && !is_kanji(*c) && !c.is_whitespace(),
        _ => false,
    }
}

/// The words a cell holds whole, longest first: the options of every ＜選択肢＞ list of the
/// forms ([`all_options`](super::fill::all_options)), the 提出時期's (`事前`, `事後`) and the
/// ditto marks ([`DITTO_MARKS`](super::changes::DITTO_MARKS)).
fn whole_cell_words() -> &'static [String] {
    static WORDS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        use crate::Choice;
        let mut words: Vec<String> = super::fill::all_options().to_vec();
        words.extend(
            crate::report::SubmissionTiming::LABELS
                .iter()
                .map(|w| (*w).to_owned()),
        );
        words.extend(super::changes::DITTO_MARKS.iter().map(|w| (*w).to_owned()));
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.dedup();
        words
    });
    &WORDS
}

/// Whether `closed` (text closed up) is one or more [`whole_cell_words`] one after another and
/// nothing else (each the longest that fits).
fn only_whole_cell_words(closed: &str) -> bool {
    let mut rest = closed;
    while !rest.is_empty() {
        let Some(word) = whole_cell_words()
            .iter()
            .find(|w| rest.starts_with(w.as_str()))
        else {
            return false;
        };
        rest = &rest[word.len()..];
    }
    !closed.is_empty()
}

/// Whether one of the [`whole_cell_words`] runs across the place where `before` ends and `after`
/// begins, white space left out: `再` and `委託する` (an option) are `再委託する` (another), `100
/// 人以上` and `500人未満` are `100人以上500人未満`.
fn cell_word_across(before: &str, after: &str) -> bool {
    let before: String = before.chars().filter(|c| !c.is_whitespace()).collect();
    let joined = format!("{before}{after}");
    let at = before.len();
    whole_cell_words().iter().any(|word| {
        joined
            .match_indices(word.as_str())
            .any(|(start, w)| start < at && start + w.len() > at)
    })
}

/// Whether `written` ends in a day: a day in figures standing as its last word (`2018/4/1`,
/// [`short_date`](super::classify::short_date)), or `日` (with `時点` after it or not) after a
/// figure (`令和2年4月1日`, `平成31年4月1日時点`).
fn ends_date(written: &str) -> bool {
    if super::classify::short_date(last_word(written)).is_some() {
        return true;
    }
    let day = written.strip_suffix("時点").map_or(written, str::trim_end);
    day.strip_suffix('日')
        .and_then(|before| before.chars().last())
        .is_some_and(|c| crate::label::fold_char(c).is_ascii_digit())
}

/// Whether `closed` (text closed up) opens with a date: an era's name and a figure
/// (`令和3年`, `平成元年`), or a day in figures
/// ([`opens_short_date`](super::classify::opens_short_date)).
fn opens_date(closed: &str) -> bool {
    use crate::Choice;
    let era_and_figure = crate::wareki::Era::ALL.iter().any(|era| {
        closed
            .strip_prefix(era.label())
            .and_then(|after| after.chars().next())
            .is_some_and(|c| crate::label::fold_char(c).is_ascii_digit() || c == '元')
    });
    era_and_figure || super::classify::opens_short_date(closed)
}

/// `closed` (a long line [`unspace`]d, `joins` the places it took a space off) with the space
/// given back on each side of the form's words it holds ([`form_word_at`]) where a space was
/// taken off, and after a number that follows such words and stood apart from the word after
/// it: a page run together and spaced (`評 価 書 番 号 3 評 価 書 名 架 空 …`) closes up into one
/// word, and the form's words are what parts its cells again (`評価書番号 3 評価書名 架空…`). A
/// line of prose keeps its words closed up: a label followed by a hiragana is prose
/// (`事務の名称を改める`).
fn part_at_form_words(closed: &str, joins: &[usize]) -> String {
    // Where a form's word may start: a place a space was taken off, or kept.
    let after_spaces = closed
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(at, _)| at + 1);
    let mut starts: Vec<usize> = joins.iter().copied().chain(after_spaces).collect();
    starts.push(0);
    starts.sort_unstable();
    starts.dedup();
    let mut parts: Vec<usize> = Vec::new();
    // (A start inside words found is no start: `個人情報保護委員会承認日` inside
    // `特定個人情報保護委員会承認日`.)
    let mut found_to = 0;
    for start in starts {
        if start < found_to {
            continue;
        }
        let Some(len) = closed.get(start..).and_then(form_word_at) else {
            continue;
        };
        let end = start + len;
        found_to = end;
        parts.push(start);
        parts.push(end);
        // An item's number in figures stays apart from its label (`1 事務の名称`).
        let number = closed
            .get(start..end)
            .map_or(0, |w| w.chars().take_while(|c| c.is_ascii_digit()).count());
        if number > 0 {
            parts.push(start + number);
        }
        // A number after the words, spaced from the word after it, is a cell of its own
        // (`評価書番号 3`, `評価書番号 3 架空市…`) — but not the figures of a ＜選択肢＞ option
        // that opens there whole, the item's answer (`対象人数 30 万人以上 <選択肢>`).
        let after = closed.get(end..).unwrap_or("");
        let figures = after.chars().take_while(|c| c.is_ascii_digit()).count();
        if figures > 0 && !opens_whole_option(after) {
            parts.push(end + figures);
        }
    }
    let mut out = String::with_capacity(closed.len() + parts.len());
    let mut from = 0;
    for &at in joins {
        if parts.contains(&at) {
            out.push_str(closed.get(from..at).unwrap_or(""));
            out.push(' ');
            from = at;
        }
    }
    out.push_str(closed.get(from..).unwrap_or(""));
    out
}

/// The labels of the forms and the cover ([`form_labels`], [`cover_labels`]) as spaced kanji
/// close them up (their white space taken off: `特定個人情報保護委員会承認日`), longest first.
fn closed_labels() -> &'static [String] {
    static LABELS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let mut labels: Vec<String> = form_labels()
            .iter()
            .copied()
            .chain(cover_labels())
            .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect())
            .collect();
        labels.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        labels.dedup();
        labels
    });
    &LABELS
}

/// The length (in bytes) of the form's words `rest` starts with, for [`part_at_form_words`]: an
/// item's label with its number in figures (`1事務の名称`, [`circled_labels`]), a label of the
/// forms or the cover ([`closed_labels`]) that no hiragana follows, or the 様式
/// tag (`平成26年4月様式2`).
fn form_word_at(rest: &str) -> Option<usize> {
    let figures = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    if figures > 0 {
        let number: u32 = rest.get(..figures)?.parse().ok()?;
        let after = rest.get(figures..)?;
        let label = circled_labels()
            .iter()
            .filter(|&&(n, label)| n == number && after.starts_with(label))
            .map(|&(_, label)| label)
            .max_by_key(|l| l.len())?;
        return Some(figures + label.len());
    }
    let label = closed_labels()
        .iter()
        .find(|l| rest.starts_with(l.as_str()));
    if let Some(label) = label {
        let next = rest.get(label.len()..)?.chars().next();
        let prose = next.is_some_and(super::text::is_hiragana);
        return (!prose).then_some(label.len());
    }
    if !begins_date(rest.get(..rest.find(TAG_WORD)?)?) {
        return None;
    }
    let at = rest.find(TAG_WORD)? + TAG_WORD.len();
    let digit = rest.get(at..)?.chars().next()?;
    let end = at + digit.len_utf8();
    super::detect::is_tag(rest.get(..end)?).then_some(end)
}

/// Whether the digits at the end of `written` start their line (spaces before them only): a
/// number that starts a line before a word of kanji ([`word_follows`]) is a cell of its own
/// (the cover's `2 個人住民税`).
fn number_starts_line(written: &str) -> bool {
    written
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim()
        .is_empty()
}

/// Whether the number `written` ends in and the spaced text `rest` after it, closed up, open an
/// option of a ＜選択肢＞ list whole ([`all_options`](super::fill::all_options)), the option
/// ending the line or standing before a bracket or a space: `50 項 目 以 上 100 項 目 未 満` is
/// the option `50項目以上100項目未満`, no number that is a cell of its own before a word (`2 個
/// 人 住 民 税` stays `2 個人住民税`; `10 人 未 満 の 職 員` is no option whole).
fn number_opens_option(written: &str, rest: &[char]) -> bool {
    let closed: String = rest.iter().filter(|c| !c.is_whitespace()).collect();
    opens_whole_option(&format!("{}{closed}", last_word(written)))
}

/// Whether `text` (closed up) opens with an option of a ＜選択肢＞ list whole
/// ([`all_options`](super::fill::all_options)): the option ends the text or stands before a
/// character that is no kanji, letter or figure (`30万人以上<選択肢>`; not `10人未満の職員`).
fn opens_whole_option(text: &str) -> bool {
    super::fill::all_options().iter().any(|option| {
        text.strip_prefix(option.as_str()).is_some_and(|after| {
            after
                .chars()
                .next()
                .is_none_or(|c| !(is_kanji(c) || c.is_alphanumeric()))
        })
    })
}

/// Whether `rest` (spaced text, starting at a kanji) opens a word of two kanji or more: the
/// kanji is followed by one space and another kanji (`個 人`). A kanji alone after a number is
/// its counter (`24 項　第 16 条`), which joins it.
fn word_follows(rest: &[char]) -> bool {
    matches!(rest, [a, ' ', b, ..] if is_kanji(*a) && is_kanji(*b))
}

/// Whether `rest` (spaced text) opens with a page mark of one word (`2/6 …`): the space before
/// it is the page's end, not spacing (`の 項 2/6` → `の項 2/6`).
fn opens_page_mark(rest: &[char]) -> bool {
    let word: String = rest.iter().take_while(|c| !c.is_whitespace()).collect();
    word.contains('/') && is_page_mark(&word)
}

/// Whether `rest` opens with the mark of a list's option (`4）`, `5)`): the space before it
/// parts two options (`未満 4） 100人以上`).
fn opens_list_mark(rest: &[char]) -> bool {
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && matches!(rest.get(digits), Some(')' | '）'))
}

/// Whether `rest` opens with a section's number standing alone (`4.`, `４．`, then a space):
/// the space before it ends the cell above, and the section's heading begins (`の 項 4. 情 報`
/// → `の項 4. 情報`). Refused: `4.5` (a number), `4.情` (no space: words of the text).
fn opens_section_mark(rest: &[char]) -> bool {
    let word: String = rest.iter().take_while(|c| !c.is_whitespace()).collect();
    // (A form numbers its sections with one figure or two; more is a year's or a count's.)
    word.strip_suffix(['.', '．'])
        .is_some_and(|number| is_number(number) && number.chars().count() <= 2)
}

/// Whether `rest` opens with a block's heading and its number, then the number of the block's
/// first item (`システム 3 1 システムの 名 称`): the space before it ends the cell above (`端 末
/// システム 3 1` → `端末 システム 3 1`, not the name `端末システム`). Refused: `システム 3`
/// then words (`架 空 システム 3 号 機`: a name's words).
fn opens_block_heading(rest: &[char]) -> bool {
    let text: String = rest.iter().take(BLOCK_HEADING_CHARS).collect();
    let mut words = text.split(' ');
    let (Some(heading), Some(block), Some(item)) = (words.next(), words.next(), words.next())
    else {
        return false;
    };
    BLOCK_HEADINGS.contains(&heading) && is_number(block) && is_number(item)
}

/// Whether `rest` (spaced text) opens with an item's circled number printed in figures, a
/// space, and that item's label ([`all_circled_labels`], closed up: `2 システムの 機 能`): the
/// space before the figures ends the cell above (`端 末 2 システムの 機 能` → `端末 2
/// システムの機能`, not the name `端末2`). Refused: `2 号 機` (no label after the figures),
/// `2 システムの 名 称` (① numbers that label, not ②).
fn opens_spaced_figured_label(rest: &[char]) -> bool {
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let number: String = rest.iter().take(digits).collect();
    let (Ok(number), Some(' ')) = (number.parse::<u32>(), rest.get(digits)) else {
        return false;
    };
    let closed: String = rest
        .iter()
        .skip(digits)
        .filter(|c| !c.is_whitespace())
        .take(BLOCK_HEADING_CHARS)
        .collect();
    all_circled_labels()
        .iter()
        .any(|&(n, label)| n == number && closed.starts_with(label))
}

/// How far [`opens_block_heading`] looks: the longest heading, two numbers and the spaces.
const BLOCK_HEADING_CHARS: usize = 16;

/// Whether `written` ends in a chapter numeral written in Latin letters (`II`, `IV` standing
/// alone): the space after it sets off the chapter's heading (`II 特定個人情報ファイルの概要`).
fn ends_latin_numeral(written: &str) -> bool {
    let token = last_word(written);
    !token.is_empty() && token.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Whether `written` ends in an item's circled number or a chapter's numeral standing alone
/// (`①`, `Ⅱ`): the space after it sets off the item's label (`① 事務の名称`).
fn ends_item_mark(written: &str) -> bool {
    let token = last_word(written);
    let mut chars = token.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('①'..='⑳' | 'Ⅰ'..='Ⅹ'), None)
    )
}

/// Whether `written` ends in a section's number (`1.`, `２．`) standing alone or right after a
/// chapter's title (`Ⅰ 関連情報1.`, which [`split_at_labels`] parts): the space after it is its
/// heading's own (`1. 特定個人情報ファイルを取り扱う事務`), as a numbered list's item keeps its
/// words (`2. 年に一度…`). Refused: `1.5` (a number), `第1.` (other words before the number).
fn ends_section_mark(written: &str) -> bool {
    let Some(numbered) = last_word(written).strip_suffix(['.', '．']) else {
        return false;
    };
    let before = numbered.trim_end_matches(|c: char| crate::label::fold_char(c).is_ascii_digit());
    before.len() < numbered.len()
        && (before.is_empty()
            || crate::form::CHAPTER_TITLES
                .iter()
                .any(|title| before.ends_with(title)))
}

/// Whether `written` ends in a section's number spaced from its full stop (`5 .`, spaced
/// kanji closed up) and `rest` opens with a title of that number's sections that holds
/// [`HEADING_TITLE_CHARS`] characters or more ([`long_section_headings`]): the space after the
/// stop is its heading's own (`6 . 情報提供ネットワークシステムによる情報連携`), whatever stands
/// before the number ([`split_at_labels`] parts it). Refused: `6 . 架空` (no title), `1 .5`.
fn ends_spaced_section_mark(written: &str, rest: &str) -> bool {
    let Some(before_stop) = written.strip_suffix(['.', '．']) else {
        return false;
    };
    let Some(before_space) = before_stop.strip_suffix(' ') else {
        return false;
    };
    // The figures that end the last word (`項6`: the 6).
    let word = last_word(before_space);
    let words = word.trim_end_matches(|c: char| crate::label::fold_char(c).is_ascii_digit());
    let Some((number, "")) = word.get(words.len()..).and_then(|f| leading_number(f, &[])) else {
        return false;
    };
    long_section_headings()
        .iter()
        .any(|&(n, title)| n == number && rest.starts_with(title))
}

/// Whether `written` ends in a number standing alone (figures of either width) that is the
/// circled number of the item label `rest` starts with ([`circled_labels`]), or of a shorter
/// label that is `rest`'s whole first word (`1 部署 架空課`, [`all_circled_labels`]: a short
/// label is everyday words, so only alone): the item's number as a document site prints `①`
/// (`1 事務の名称`), the space after it the label's own. Refused: `2 事務の名称` (① numbers
/// that label), `評価書番号 1 評価書名` (no item label), `第 1 事務の…` (no number alone), `1
/// 部署ごとに` (the short label's word runs on).
fn figures_before_label(written: &str, rest: &str) -> bool {
    let Some((number, "")) = leading_number(last_word(written), &[]) else {
        return false;
    };
    let long = circled_labels()
        .iter()
        .any(|&(n, label)| n == number && rest.starts_with(label));
    let first_word = rest.split(' ').next().unwrap_or(rest);
    long || all_circled_labels()
        .iter()
        .any(|&(n, label)| n == number && first_word == label)
}

/// Whether `rest` opens with an item's label after its circled number printed in figures
/// (`1 システムの名称 …`, [`figures_before_label`]). Refused: `1 架空システム` (no label).
fn opens_figured_label(rest: &str) -> bool {
    rest.split_once(' ')
        .is_some_and(|(number, label)| figures_before_label(number, label))
}

/// Whether `written` ends in the mark of a list's option (`1)`, `2）` standing alone) or of a
/// numbered part (`(2)`, `（２）`: the parts of a 法令上の根拠, `(2) 情報照会の根拠`): the space
/// after it is the list's own. (A number mark alone is no cell.)
fn ends_list_mark(written: &str) -> bool {
    let token = last_word(written);
    let Some(number) = token.strip_suffix([')', '）']) else {
        return false;
    };
    let number = number.strip_prefix(['(', '（']).unwrap_or(number);
    is_number(number)
}

/// The last word of `written` (after its last white space; all of it when it has none).
fn last_word(written: &str) -> &str {
    written
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or(written)
}

/// Whether `text` is a number: figures of either width, at least one.
fn is_number(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| crate::label::fold_char(c).is_ascii_digit())
}

/// Whether `word` is a block's heading with its number (`システム1`, `提供先3`; not `提供先2～5`,
/// a page's heading of blocks).
fn is_numbered_block(word: &str) -> bool {
    BLOCK_HEADINGS
        .iter()
        .any(|heading| word.strip_prefix(heading).is_some_and(is_number))
}

/// Whether `written` ends in a block's heading whose number a space sets off (`… システム 1`).
fn ends_spaced_block(written: &str) -> bool {
    written
        .rsplit_once(' ')
        .is_some_and(|(heading, n)| is_number(n) && BLOCK_HEADINGS.contains(&last_word(heading)))
}

/// `line` with a space put between a label of the form it starts with ([`form_labels`], after
/// a circled number or not) and a value that runs on from it: spaced kanji close up a label
/// with its value (`①事務の名称 架空事務` is spaced `① 事 務 の 名 称 架 空 事 務`).
fn label_apart(line: &str) -> Option<String> {
    let lead = line.len() - line.trim_start().len();
    let body = line.get(lead..)?;
    let number = body.chars().next().filter(|c| matches!(c, '①'..='⑳'));
    let after_number = body.get(number.map_or(0, char::len_utf8)..)?;
    let label = form_labels()
        .iter()
        .copied()
        .chain(cover_labels())
        .chain(BLOCK_HEADINGS)
        .filter(|l| after_number.starts_with(*l))
        .max_by_key(|l| l.len())?;
    let rest = after_number.get(label.len()..)?;
    // A block's heading carries its number (`提供先2`), which stays with it.
    let rest = if BLOCK_HEADINGS.contains(&label) {
        rest.trim_start_matches(|c: char| c.is_ascii_digit())
    } else {
        rest
    };
    // Only a value that runs on: a kanji or a digit (either width), not a kana that continues
    // a longer label wrapped (`提供する情報の対象とな`) nor a label's own ending (`　※`, `（`).
    let runs_on = rest
        .chars()
        .next()
        .is_some_and(|c| is_kanji(c) || crate::label::fold_char(c).is_ascii_digit());
    runs_on.then(|| {
        let at = line.len() - rest.len();
        format!("{} {}", line.get(..at).unwrap_or(line), rest)
    })
}

// ---- rule 2: rows of a table run together ----

/// Rule [`TABLE_ROWS`]: every line that holds a tab is split before each row that starts
/// after a space ([`row_starts_at`]). Whether it split a line.
fn split_table_rows(pieces: &mut Vec<Piece>) -> bool {
    let mut changed = false;
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces.drain(..) {
        if piece.furniture.is_some() || !piece.text.contains('\t') {
            out.push(piece);
            continue;
        }
        let mut cuts = Vec::new();
        // Where the row being split off starts, and whether a tab parted its first cell from
        // the others since: it ends at a space only then (a row's cells come before the next
        // row). The tabs' places, to find the next one from a space without a scan (a long
        // line with few tabs would be scanned again from each of its spaces).
        let mut row_start = 0;
        let mut row_has_tab = false;
        let tabs: Vec<usize> = piece.text.match_indices('\t').map(|(at, _)| at).collect();
        let mut next_tab = 0;
        for (at, c) in piece.text.char_indices() {
            if c == '\t' {
                row_has_tab = true;
                continue;
            }
            if c != ' ' {
                continue;
            }
            while tabs.get(next_tab).is_some_and(|&t| t < at) {
                next_tab += 1;
            }
            let before = piece.text.get(row_start..at).unwrap_or_default();
            let rest = piece.text.get(at + 1..).unwrap_or_default();
            if ends_mark_or_box(before) {
                continue;
            }
            // The first cell after the space: up to the next tab.
            let head = tabs.get(next_tab).and_then(|&t| piece.text.get(at + 1..t));
            // A row of cells, a heading, or a section's heading row (`2. 基本情報`) ends
            // before a row's label; a section's heading starts a row after anything.
            let row_done =
                row_has_tab || before.starts_with('#') || section_heading_starts(before).is_some();
            let cut = section_heading_starts(rest).is_some_and(|title_end| {
                rest.get(title_end..)
                    .is_none_or(|after| after.is_empty() || after.starts_with([' ', '\t']))
            }) || (row_done && row_starts_at(rest, head))
                || is_header_row_of_labels(before);
            if cut {
                cuts.push(at);
                row_start = at + 1;
                row_has_tab = false;
            }
        }
        if cuts.is_empty() {
            out.push(piece);
            continue;
        }
        changed = true;
        let mut start = 0;
        for at in cuts.into_iter().chain([piece.text.len()]) {
            if let Some(row) = piece.text.get(start..at) {
                if !row.trim().is_empty() {
                    out.push(Piece {
                        no: piece.no,
                        text: row.to_owned(),
                        furniture: None,
                    });
                }
            }
            // (The space before a row is the join's, not the row's.)
            start = at + 1;
        }
    }
    *pieces = out;
    changed
}

/// Whether `before` ends in a list's or a section's number mark (`2)`, `3.`, `（1）`, `①`), a
/// box (`[ ]`, `<input type="checkbox"/>`), a Markdown heading's marks (`##`) or a joiner (`-`, `－`, `・`: a 変更箇所 項目 that
/// names its item by a path, `…保管・消去 - 保管場所`): the words after the space are that
/// mark's item, that box's label or the path's end, not a row.
fn ends_mark_or_box(before: &str) -> bool {
    let token = before.rsplit([' ', '\t']).next().unwrap_or(before);
    // A token that is a whole cell (after a tab) is the cell's value: a dash alone is a cell
    // left blank, not a joiner.
    let whole_cell = before
        .len()
        .checked_sub(token.len() + 1)
        .and_then(|at| before.get(at..=at))
        .is_none_or(|c| c == "\t");
    let mark = token.trim_end_matches(['.', '．', ')', '）']);
    // (A bracket closed alone, `( )`, is no number's mark: its digits are none.)
    let digits = mark.trim_start_matches(['(', '（']);
    let numbered = mark.len() < token.len()
        && !digits.is_empty()
        && digits
            .chars()
            .all(|c| crate::label::fold_char(c).is_ascii_digit());
    let circled = matches!(token.chars().next(), Some('①'..='⑳')) && token.chars().count() == 1;
    // (A heading's marks, `##`, before its words.)
    let heading_mark = !token.is_empty() && token.chars().all(|c| c == '#');
    let joiner = !whole_cell && token.ends_with(['-', '－', 'ー', '―', '‐', '・', '、', '：', ':']);
    numbered
        || circled
        || heading_mark
        || joiner
        || token.ends_with([']', '］'])
        || token.ends_with("/>")
}

/// Whether `row` (a table text's row so far) is a header row: two cells or more parted by tabs,
/// each a label of the cover or the forms (`評価書番号\t評価書名`, as the cover prints its first
/// row above the number and the title). Such a row ends at the next space: the cells after it
/// are the next row's, whatever they open with (`14\t架空…事務　重点項目評価書`). Refused: a
/// row with a value among its cells (`①事務の名称\t架空事務`).
fn is_header_row_of_labels(row: &str) -> bool {
    let cells: Vec<&str> = row.split('\t').map(str::trim).collect();
    cells.len() >= 2
        && cells.iter().all(|cell| {
            is_row_label(cell) || cover_labels().any(|label| squeeze(label) == squeeze(cell))
        })
}

/// Whether `rest` (the text after a space) opens a row of a table text: a Markdown heading,
/// or a first cell `head` (the text up to the next tab, `None` without one) that is a label of
/// the forms ([`is_row_label`]) or a date alone opening a 変更箇所 row ([`opens_change_row`]).
fn row_starts_at(rest: &str, head: Option<&str>) -> bool {
    if rest.starts_with("# ") || rest.starts_with("## ") || rest.starts_with("### ") {
        return true;
    }
    let Some(head) = head.map(str::trim) else {
        return false;
    };
    if head.is_empty() || head.starts_with('※') || head.chars().nth(ROW_HEAD_CHARS).is_some() {
        // (A note mark belongs to the words before it: `個人番号の利用 ※`. No label is as
        // long as a paragraph.)
        return false;
    }
    if !head.contains([' ', '　']) && super::classify::date_only(head).is_some() {
        return opens_change_row(rest);
    }
    is_row_label(head)
}

/// Whether the cells of `row` (from its first, a date) are a 変更箇所 row's: the cell in the
/// column the forms print the 提出時期 in ([`crate::form::CHANGE_COLUMNS`], the 変更日 first)
/// is a 提出時期 alone (`事前`, `事後`). A date that ends a text before the 提出時期 opens no
/// such row: the 提出時期 is its next cell.
fn opens_change_row(row: &str) -> bool {
    let timing_column = crate::form::CHANGE_COLUMNS
        .iter()
        .position(|c| *c == <crate::report::SubmissionTiming as crate::Choice>::LIST_LABEL);
    let cell = timing_column.and_then(|at| row.split('\t').nth(at));
    cell.is_some_and(|cell| super::changes::read_timing(cell.trim()).is_some())
}

/// `cell` without the note mark after its words: `※`, bare or inside an inline element of its
/// own (`<b>※</b>`, `<span style="color: red;">※</span>`), and the spaces before it.
/// `使用目的 <span>※</span>` → `使用目的`; `※1 の注記` and `注記<b>強調</b>` are kept as they are.
fn without_note_mark(cell: &str) -> &str {
    let t = cell.trim_end_matches([' ', '　']);
    let Some(at) = t.rfind('※') else {
        return t;
    };
    // After the mark: closing tags only.
    let mut after = t
        .get(at + '※'.len_utf8()..)
        .unwrap_or_default()
        .trim_start();
    while let Some(rest) = after.strip_prefix("</") {
        let Some(end) = rest.find('>') else {
            return t;
        };
        after = rest.get(end + 1..).unwrap_or_default().trim_start();
    }
    if !after.is_empty() {
        return t;
    }
    // Before it: the element's opening tag, if any.
    let mut before = t.get(..at).unwrap_or_default();
    if before.ends_with('>') {
        let opening = |lt: &usize| before.get(*lt..).is_some_and(|tag| !tag.starts_with("</"));
        if let Some(open) = before.rfind('<').filter(opening) {
            before = before.get(..open).unwrap_or(before);
        }
    }
    before.trim_end_matches([' ', '　'])
}

/// Whether `cell` (trimmed) is a label of one of the forms, as a table's first cell prints
/// it: an item's label with or without its circled number and note mark (`⑥移転方法`,
/// `④再委託の有無 <b>※</b>`), a group's part label (`リスクへの対策は十分か`) or a block's heading
/// with its number (`移転先4`).
fn is_row_label(cell: &str) -> bool {
    let cell = without_note_mark(cell);
    let key = squeeze(cell);
    if key.chars().count() < 2 {
        // (A character alone is no row's label, whatever a form names so.)
        return false;
    }
    let block = key.trim_end_matches(|c: char| c.is_ascii_digit());
    if block.len() < key.len() && BLOCK_HEADINGS.iter().any(|h| squeeze(h) == block) {
        return true;
    }
    <crate::AssessmentKind as crate::Choice>::ALL
        .iter()
        .any(|&form| super::form_words::of(form).holds_label(cell))
}

/// The cells of `line` when it is a row of a table rendered with `|` between its cells
/// ([`CELL_BARS`]): closed by a `|`, every `|` set off by white space or the line's ends, and
/// at least one between two cells. `None` for any other line.
fn barred_cells(line: &str) -> Option<Vec<&str>> {
    // (The line's end first: a line that ends with no bar, most, is not trimmed at its start;
    // 175.7 → 175.3 M instructions an import of the 全項目 seed text, callgrind.)
    if !line.trim_end().ends_with('|') {
        return None;
    }
    let t = line.trim();
    let inner = t.strip_suffix('|')?;
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    if !inner.is_empty() && !inner.ends_with(char::is_whitespace) {
        return None;
    }
    let mut cells = Vec::new();
    let mut rest = inner;
    // (Each `|` must stand between white space: a bar inside a word is the word's.)
    while let Some(at) = rest.find('|') {
        let (cell, after) = rest.split_at(at);
        let after = after.get(1..).unwrap_or("");
        if !cell.ends_with(char::is_whitespace) || !after.starts_with(char::is_whitespace) {
            return None;
        }
        cells.push(super::text::without_textile_attributes(cell.trim()));
        rest = after;
    }
    cells.push(super::text::without_textile_attributes(rest.trim()));
    let split = cells.len() >= 2 || t.starts_with('|');
    split.then(|| cells.into_iter().filter(|c| !c.is_empty()).collect())
}

// ---- rule 0a: line numbers ----

/// `line` after the line number it opens with (spaces, the number's figures, then a tab or a
/// colon), and that number; `None` where it opens with none.
fn after_line_number(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start_matches(' ');
    let figures = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number = t.get(..figures)?.parse().ok()?;
    let rest = t.get(figures..)?;
    let rest = rest.strip_prefix(['\t', ':'])?;
    Some((number, rest))
}

/// `line` before the line number it ends with (a tab or two spaces or more, then the number's
/// figures; or the figures alone on a line otherwise blank), and that number; `None` where it
/// ends with none.
fn before_line_number(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_end_matches(' ');
    let before = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = t.get(before.len()..)?.parse().ok()?;
    let rest = before.trim_end_matches([' ', '\t']);
    let gap = before.get(rest.len()..)?;
    let set_off = rest.trim().is_empty() || gap.contains('\t') || gap.len() >= 2;
    set_off.then_some((number, rest))
}

/// The line (or the other) of a text's numbered lines: the number taken off and the line
/// left, where the line holds one.
type NumberOff = fn(&str) -> Option<(usize, &str)>;

/// Rule [`LINE_NUMBERS`]: see there. Whether the numbers were taken off.
fn take_line_numbers(pieces: &mut [Piece]) -> bool {
    if pieces.len() < NUMBERED_LINES {
        return false;
    }
    let sides: [NumberOff; 2] = [after_line_number, before_line_number];
    let Some(number_off) = sides.into_iter().find(|&side| numbered_lines(pieces, side)) else {
        return take_grep_prefixes(pieces);
    };
    for piece in pieces.iter_mut() {
        let (page, line) = match piece.text.strip_prefix('\u{c}') {
            Some(line) => ("\u{c}", line),
            None => ("", piece.text.as_str()),
        };
        if let Some((_, rest)) = number_off(line) {
            piece.text = format!("{page}{rest}");
        }
    }
    true
}

/// `grep -H -n`'s output (GNU grep, Output Line Prefix Fields): each line opens with the
/// file's name and its line number, `name:N:` on a matching line and `name-N-` on a line of
/// context, a line `--` between groups of lines; the command typed may stand above (`$ grep …`)
/// and the next prompt below (`$`).
/// Where every other line so opens, with one name, the numbers stepping by one within a group
/// and rising from group to group, over at least [`NUMBERED_LINES`] lines, the prefixes are
/// taken off and a `--` gives out a blank line. Whether they were (rule [`LINE_NUMBERS`]).
fn take_grep_prefixes(pieces: &mut [Piece]) -> bool {
    let mut lines = pieces.iter().map(|p| p.text.as_str());
    let first = lines.find(|l| !is_shell_prompt(l));
    let Some(first) = first else {
        return false;
    };
    let names = grep_names(first);
    let Some(name) = names.into_iter().find(|name| grep_prefixed(pieces, name)) else {
        return false;
    };
    let name = name.to_owned();
    for piece in pieces.iter_mut() {
        if piece.text == "--" {
            piece.text.clear();
        } else if let Some((_, rest)) = after_grep_prefix(&piece.text, &name) {
            piece.text = rest.to_owned();
        }
    }
    true
}

/// Whether `line` is a shell's prompt (`$`), with the command typed after it (`$ grep …`).
fn is_shell_prompt(line: &str) -> bool {
    line == "$" || line.starts_with("$ ")
}

/// The names a line of `grep -H -n` may open with: what stands before each `:N:` or `-N-`
/// in it ([`take_grep_prefixes`]).
fn grep_names(line: &str) -> Vec<&str> {
    let mut names = Vec::new();
    for (at, _) in line.match_indices([':', '-']) {
        if let Some(name) = line.get(..at).filter(|n| !n.is_empty()) {
            if after_grep_prefix(line, name).is_some() {
                names.push(name);
            }
        }
    }
    names
}

/// `line` after the prefix `name:N:` or `name-N-`, and N; `None` where it opens with none.
fn after_grep_prefix<'l>(line: &'l str, name: &str) -> Option<(usize, &'l str)> {
    let rest = line.strip_prefix(name)?;
    let separator = rest.chars().next().filter(|c| matches!(c, ':' | '-'))?;
    let rest = rest.get(1..)?;
    let figures = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number = rest.get(..figures)?.parse().ok()?;
    let rest = rest.get(figures..)?.strip_prefix(separator)?;
    Some((number, rest))
}

/// Whether every line of `pieces` but a prompt above or below the rest (`$ …`) and `--` lines
/// opens with `name`'s prefix, the numbers stepping by one within a group and rising from
/// group to group ([`take_grep_prefixes`]).
fn grep_prefixed(pieces: &[Piece], name: &str) -> bool {
    let mut prefixed = 0;
    // The number the next line must have within the group, and the least the group after a
    // `--` may open with.
    let mut expected: Option<usize> = None;
    let mut least = 0;
    for (i, piece) in pieces.iter().enumerate() {
        if piece.text == "--" {
            least = expected.unwrap_or(0);
            expected = None;
            continue;
        }
        let Some((number, _)) = after_grep_prefix(&piece.text, name) else {
            let first_or_last = i == 0 || i + 1 == pieces.len();
            if first_or_last && is_shell_prompt(&piece.text) {
                continue;
            }
            return false;
        };
        let steps = match expected {
            Some(e) => number == e,
            None => number >= least,
        };
        if !steps {
            return false;
        }
        expected = Some(number + 1);
        prefixed += 1;
    }
    prefixed >= NUMBERED_LINES
}

/// Whether every line of `pieces` has a number `number_off` finds, one more than the line
/// above's, or 1 on a line that opens a page.
fn numbered_lines(pieces: &[Piece], number_off: NumberOff) -> bool {
    let mut expected = None;
    for piece in pieces {
        let (opens_page, line) = match piece.text.strip_prefix('\u{c}') {
            Some(line) => (true, line),
            None => (false, piece.text.as_str()),
        };
        let Some((number, _)) = number_off(line) else {
            return false;
        };
        let steps = expected.is_none_or(|e| e == number) || (opens_page && number == 1);
        if !steps {
            return false;
        }
        expected = Some(number + 1);
    }
    true
}

// ---- rule 0: two pages to a sheet ----

/// Rule [`TWO_UP`]: each page of the text (a form feed opens one) whose lines are two pages
/// side by side is written one page after the other. The source lines of the pages' lines.
fn split_two_up(pieces: &mut Vec<Piece>) -> LineSet {
    let mut sides = LineSet::new();
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut rest = std::mem::take(pieces).into_iter().peekable();
    while let Some(first) = rest.next() {
        let mut page = vec![first];
        while let Some(next) = rest.next_if(|p| !p.text.starts_with('\u{c}')) {
            page.push(next);
        }
        let texts: Vec<&str> = page.iter().map(|p| p.text.as_str()).collect();
        let Some(sheet) = super::sheets::two_pages(&texts) else {
            out.extend(page);
            continue;
        };
        for part in sheet.parts {
            let Some(piece) = page.get(part.line) else {
                continue;
            };
            let text = piece.text.get(part.bytes).unwrap_or_default();
            sides.insert(piece.no);
            out.push(Piece {
                no: piece.no,
                text: text.trim_end().to_owned(),
                furniture: None,
            });
        }
        out.extend(page.into_iter().skip(sheet.end));
    }
    *pieces = out;
    sides
}

// ---- rule 1b: a text folded at a fixed width ----

/// The words a fold may cut that show it did: the labels of the forms ([`form_labels`]) and
/// their sections' titles ([`crate::form::section_title`]).
fn fold_words() -> &'static [&'static str] {
    static WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut words: Vec<&'static str> = form_labels().to_vec();
        for &form in <crate::AssessmentKind as crate::Choice>::ALL {
            for chapter in super::classify::CHAPTERS {
                let titles = (1..).map_while(|n| crate::form::section_title(form, chapter, n));
                words.extend(titles);
            }
        }
        words.sort_unstable();
        words.dedup();
        words
    });
    &WORDS
}

/// Whether a label or section title of the form ([`fold_words`]) stands across the end of
/// `line` and the start of `next`, a fold between its characters.
fn label_across(line: &str, next: &str) -> bool {
    // The line's end and the next line's start, as long as the longest word on each side.
    let longest = fold_words()
        .iter()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    let tail_from = line
        .char_indices()
        .rev()
        .nth(longest.saturating_sub(1))
        .map_or(0, |(at, _)| at);
    let tail = line.get(tail_from..).unwrap_or(line);
    let head_to = next
        .char_indices()
        .nth(longest)
        .map_or(next.len(), |(at, _)| at);
    let head = next.get(..head_to).unwrap_or(next);
    let joined = format!("{tail}{head}");
    let fold = tail.len();
    fold_words().iter().any(|word| {
        joined
            .match_indices(word)
            .any(|(at, _)| at < fold && at + word.len() > fold)
    })
}

/// Rule [`FOLDED`]: see there. The source lines of the lines joined.
fn join_folded(pieces: &mut Vec<Piece>) -> LineSet {
    let mut joined = LineSet::new();
    // A line is measured only where it may be wider than the widest so far, then only where it
    // may fill the width: [`columns_at_most`] bounds the others (every line was measured:
    // −0.3 ms of 20.9 on the import bench).
    let bounds: Vec<usize> = pieces
        .iter()
        .map(|p| columns_at_most(p.text.trim_end()))
        .collect();
    let mut width = 0;
    for (piece, &bound) in pieces.iter().zip(&bounds) {
        if bound > width {
            width = width.max(columns_taken(piece.text.trim_end()));
        }
    }
    if width < FOLD_MIN_WIDTH {
        return joined;
    }
    // Each line's columns where they may fill the width; its bound where even that falls
    // short (then neither fills it).
    let widths: Vec<usize> = pieces
        .iter()
        .zip(bounds)
        .map(|(p, bound)| match bound + FOLD_SLACK >= width {
            true => columns_taken(p.text.trim_end()),
            false => bound,
        })
        .collect();
    // (A table's lines fill its width by design: a line with a border or a tab is no fold's.)
    let in_table = |text: &str| {
        let drawn = |c: char| ('\u{2500}'..='\u{257F}').contains(&c);
        text.contains(|c: char| drawn(c) || matches!(c, '|' | '\t')) || is_grid_border(text.trim())
    };
    let fills = |piece: &Piece, columns: usize| {
        columns + FOLD_SLACK >= width && piece.furniture.is_none() && !in_table(&piece.text)
    };
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut rest = std::mem::take(pieces).into_iter().zip(widths).peekable();
    while let Some((first, columns)) = rest.next() {
        if !fills(&first, columns) {
            out.push(first);
            continue;
        }
        let mut run = vec![first];
        while let Some((piece, _)) = rest.next_if(|(p, columns)| fills(p, *columns)) {
            run.push(piece);
        }
        if run.len() >= FOLDED_LINES {
            // The shorter line that ends the run.
            let ends_run =
                |(p, _): &(Piece, usize)| p.furniture.is_none() && !p.text.trim().is_empty();
            if let Some((piece, _)) = rest.next_if(ends_run) {
                run.push(piece);
            }
        }
        match (unfolded(&run), run.first()) {
            (Some(text), Some(first)) => {
                for piece in &run {
                    joined.insert(piece.no);
                }
                out.push(Piece {
                    no: first.no,
                    text,
                    furniture: None,
                });
            }
            _ => out.extend(run),
        }
    }
    *pieces = out;
    joined
}

/// The lines of `run` (lines that fill the text's width, and the shorter one after them) as
/// one line, where they are a page folded: at least [`FOLDED_LINES`] of them, holding at least
/// [`FOLDED_LABELS`] labels of the form, one at least cut across two lines.
fn unfolded(run: &[Piece]) -> Option<String> {
    if run.len() < FOLDED_LINES {
        return None;
    }
    let text: String = run.iter().map(|p| p.text.trim_end()).collect();
    let labels = form_labels().iter().filter(|l| text.contains(*l)).count();
    if labels < FOLDED_LABELS {
        return None;
    }
    // The fold cut words: a label of the form at least stands across two of the lines.
    let cut = run.windows(2).any(|pair| match pair {
        [line, next] => label_across(line.text.trim_end(), &next.text),
        _ => false,
    });
    cut.then_some(text)
}

// ---- rule 0a: a text browser's link numbers ----

/// The heading a text browser (`lynx -dump`) sets over the list of a page's links.
const LINKS_HEADING: &str = "References";

/// The number of a link the line lists (`7. https://www.example.jp/`), if it is one.
fn listed_link(line: &str) -> Option<usize> {
    let (number, address) = line.trim().split_once(". ")?;
    let number = number.parse().ok()?;
    is_address(address).then_some(number)
}

/// Whether `text` (trimmed) is an address with its scheme and nothing else
/// (`https://www.example.jp/`, `file:///tmp/a.html`): a scheme of letters, `://`, and more, no
/// space. Not `架空市 https://…` nor `://a`.
fn is_address(text: &str) -> bool {
    let t = text.trim();
    let scheme_then_more = t.split_once("://").is_some_and(|(scheme, rest)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphabetic()) && !rest.is_empty()
    });
    scheme_then_more && !t.contains(char::is_whitespace)
}

/// `line` without the marks `[N]` of the links `listed` holds.
fn without_link_marks(line: &str, listed: &std::collections::BTreeSet<usize>) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut changed = false;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let figures = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let number: Option<usize> = after[..figures].parse().ok();
        let closes = after[figures..].starts_with(']');
        out.push_str(&rest[..open]);
        if closes && number.is_some_and(|n| listed.contains(&n)) {
            rest = &after[figures + 1..];
            changed = true;
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// Rule [`LINK_MARKS`]: see there. Whether marks were taken off.
fn take_link_marks(pieces: &mut [Piece]) -> bool {
    // (The line's start first: a line that opens otherwise, most, is not trimmed at its end;
    // 176.1 → 175.7 M instructions an import of the 全項目 seed text, callgrind.)
    let is_heading =
        |t: &str| t.trim_start().starts_with(LINKS_HEADING) && t.trim() == LINKS_HEADING;
    let Some(heading) = pieces.iter().rposition(|p| is_heading(&p.text)) else {
        return false;
    };
    let mut listed = std::collections::BTreeSet::new();
    for piece in pieces.iter().skip(heading + 1) {
        if piece.text.trim().is_empty() {
            continue;
        }
        match listed_link(&piece.text) {
            Some(number) => listed.insert(number),
            None => return false,
        };
    }
    let mut changed = false;
    for piece in pieces.iter_mut().take(heading) {
        if let Some(text) = without_link_marks(&piece.text, &listed) {
            piece.text = text;
            changed = true;
        }
    }
    changed
}

// ---- rule 0a: a screen reader's announcements ----

/// What a screen reader announces on a line of its own (rule [`READER_MARKS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Announcement {
    /// `表 開始`, `表 終了`, `見出し レベルN`.
    Structure,
    /// `行 N 列 M`: a table's cell, whose text follows.
    Cell,
}

/// The announcement `line` is, if it is one.
fn announcement(line: &str) -> Option<Announcement> {
    // Each opens with `表`, `見出し` or `行`: any other line is not split into words (every
    // line was: −0.6 ms of 25 on the import bench).
    if !line.trim_start().starts_with(['表', '見', '行']) {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let figures = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        ["表", "開始" | "終了"] => Some(Announcement::Structure),
        ["見出し", level] if level.strip_prefix("レベル").is_some_and(figures) => {
            Some(Announcement::Structure)
        }
        ["行", row, "列", column] if figures(row) && figures(column) => Some(Announcement::Cell),
        _ => None,
    }
}

/// The word a screen reader says for an empty cell.
const EMPTY_CELL_WORD: &str = "空白";

/// Rule [`READER_MARKS`]: see there. Whether any line was marked.
fn mark_reader_marks(pieces: &mut [Piece]) -> bool {
    let announced = pieces
        .iter()
        .filter(|p| announcement(&p.text).is_some())
        .count();
    if announced < READER_MARKS_LINES {
        return false;
    }
    let mut after_cell = false;
    for piece in pieces.iter_mut() {
        let this = announcement(&piece.text);
        let empty_cell = after_cell && piece.text.trim() == EMPTY_CELL_WORD;
        if this.is_some() || empty_cell {
            piece.furniture = Some(FurnitureKind::ReaderMark);
        }
        after_cell = this == Some(Announcement::Cell);
    }
    true
}

// ---- rule 0a: quote marks and label marks ----

/// `line` after the e-mail quote marks it opens with (`>`, `> >`, spaces between and after
/// them); `None` where it opens with none.
fn after_quote_marks(line: &str) -> Option<&str> {
    let t = line.trim_start_matches(' ');
    t.starts_with('>').then(|| t.trim_start_matches(['>', ' ']))
}

/// Rule [`QUOTE_MARKS`]: see there. Whether marks were taken off.
fn take_quote_marks(pieces: &mut [Piece]) -> bool {
    let quoted = pieces
        .iter()
        .filter(|p| after_quote_marks(&p.text).is_some())
        .count();
    if quoted < QUOTED_LINES {
        return false;
    }
    for piece in pieces.iter_mut() {
        if let Some(rest) = after_quote_marks(&piece.text) {
            piece.text = rest.to_owned();
        }
    }
    true
}

/// The square bullets a document may set before a label ([`LABEL_MARKS`]).
const LABEL_BULLETS: [char; 4] = ['■', '□', '◆', '◇'];

/// Whether `text` opens with a label or heading of the form (rule [`LABEL_MARKS`]): a cover's
/// label, a circled item's, a section's or a chapter's heading, the form's title; or, where
/// `bare` says so, a label a cell prints with no number (`法令上の根拠`).
fn opens_with_form_label(text: &str, bare: bool) -> bool {
    let t = text.trim_start();
    let numbered = circled_label_at(t).is_some()
        || section_heading_starts(t).is_some()
        || super::classify::chapter_heading(t).is_some()
        || super::cover::opens_with_label(t)
        || t.starts_with(crate::form::REPORT_TITLE);
    let key = squeeze(t);
    numbered
        || (bare
            && closed_labels()
                .iter()
                .any(|label| key.starts_with(label.as_str())))
}

/// `line` without the mark that sets off the label it opens with (rule [`LABEL_MARKS`]);
/// `None` where it opens with no such mark.
fn without_label_mark(line: &str) -> Option<String> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix(LABEL_BULLETS) {
        return opens_with_form_label(rest, true).then(|| rest.trim_start().to_owned());
    }
    let inner_and_rest = t.strip_prefix('【')?;
    let (inner, rest) = inner_and_rest.split_once('】')?;
    if !opens_with_form_label(inner, false) {
        return None;
    }
    Some(label_with_value(inner.trim(), rest.trim_start()))
}

/// `line` without the brackets around a label the form prints with no number, its value after
/// them (rule [`LABEL_MARKS`], in a text that sets its numbered labels so:
/// [`MARKED_LABEL_LINES`]); `None` where it opens with no such label. Reads
/// `【法令上の根拠】番号法第9条` → `法令上の根拠 番号法第9条`; refuses `【事務の内容】` with nothing
/// after it (a value's subheading) and `【法令上の根拠等】…` (no label whole).
fn without_bare_label_brackets(line: &str) -> Option<String> {
    let (inner, rest) = line.trim_start().strip_prefix('【')?.split_once('】')?;
    let rest = rest.trim_start();
    let label = squeeze(inner);
    let whole_label = closed_labels().contains(&label);
    (whole_label && !rest.is_empty()).then(|| label_with_value(inner.trim(), rest))
}

/// Each line of `pieces` written as the lines a markup's `reader` gives out for it
/// (`import/markup.rs`), each with the line's source line; furniture as it is. Whether any line
/// changed.
fn read_markup(pieces: &mut Vec<Piece>, reader: super::markup::Reader) -> bool {
    let texts: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
    let Some(rewrite) = reader(&texts) else {
        return false;
    };
    let mut changed = false;
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    for (piece, lines) in std::mem::take(pieces).into_iter().zip(rewrite) {
        let same =
            piece.furniture.is_some() || (lines.len() == 1 && lines.first() == Some(&piece.text));
        if same {
            out.push(piece);
            continue;
        }
        changed = true;
        for text in lines {
            out.push(Piece {
                no: piece.no,
                text,
                furniture: None,
            });
        }
    }
    *pieces = out;
    changed
}

/// The characters that print nothing (rule [`INVISIBLE`]): the soft hyphen, the zero-width
/// space, non-joiner and joiner, the word joiner and the zero-width no-break space (BOM).
const INVISIBLE_CHARS: [char; 6] = [
    '\u{AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}',
];

/// Whether `c` prints nothing (rule [`INVISIBLE`]).
fn is_invisible(c: char) -> bool {
    INVISIBLE_CHARS.contains(&c)
}

/// Whether `text` holds a character that prints nothing (rule [`INVISIBLE`]): the whole text
/// searched for each of them, before its lines (the text's as they came) are read for them
/// (most texts hold none; every line was read a character at a time: −0.2 ms of 20.9 on the
/// import bench).
fn holds_invisible(text: &str) -> bool {
    INVISIBLE_CHARS.iter().any(|&c| text.contains(c))
}

/// `line` without the characters that print nothing (rule [`INVISIBLE`]); `None` where it
/// holds none.
fn without_invisible(line: &str) -> Option<String> {
    line.contains(is_invisible)
        .then(|| line.chars().filter(|&c| !is_invisible(c)).collect())
}

/// The escape character that opens a terminal's control sequences.
const ESC: char = '\u{1b}';
/// The backspace of an overstrike.
const BACKSPACE: char = '\u{8}';
/// The bell that ends an operating system command.
const BELL: char = '\u{7}';

/// The characters a terminal's controls open with (rule [`TERMINAL_CONTROLS`]).
const TERMINAL_CONTROL_CHARS: [char; 3] = [ESC, BACKSPACE, BELL];

/// Whether `text` holds a character a terminal's controls open with (rule
/// [`TERMINAL_CONTROLS`]): the whole text searched for each of them (a byte search), before its
/// lines are read for them (most texts hold none; every line was read a character at a time:
/// 193.9 → 192.2 M instructions an import of the 全項目 seed text, callgrind).
fn holds_terminal_controls(text: &str) -> bool {
    TERMINAL_CONTROL_CHARS.iter().any(|&c| text.contains(c))
}

/// `line` without a terminal's controls (rule [`TERMINAL_CONTROLS`]); `None` where it holds
/// none.
fn without_terminal_controls(line: &str) -> Option<String> {
    if !line.contains(TERMINAL_CONTROL_CHARS) {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    // The character an overstrike struck: the one after the backspace replaces it, unless it
    // is the `_` of an underline struck after it.
    let mut struck: Option<char> = None;
    while let Some(c) = chars.next() {
        match c {
            ESC => match chars.next() {
                // A control sequence: parameters and intermediates, then its final character
                // (ECMA-48 §5.4: 0x40–0x7E).
                Some('[') => {
                    while chars
                        .next_if(|c| ('\u{20}'..='\u{3f}').contains(c))
                        .is_some()
                    {}
                    chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
                }
                // An operating system command, to the bell or `ESC \\`.
                Some(']') => {
                    while let Some(c) = chars.next() {
                        if c == BELL || (c == ESC && chars.next_if_eq(&'\\').is_some()) {
                            break;
                        }
                    }
                }
                // Any other escape is two characters.
                _ => {}
            },
            BACKSPACE => struck = out.pop(),
            BELL => {}
            _ => match struck.take() {
                Some(first) if c == '_' => out.push(first),
                _ => out.push(c),
            },
        }
    }
    Some(out)
}

/// The byte ranges of `line`'s readings in brackets after a kanji ([`RUBY_BRACKETS`]): a `（`
/// or `(` right after a kanji, one hiragana or more (`ー` among them), then the closing bracket.
fn ruby_brackets(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    // The cheap test first: a line without a bracket holds no reading (most lines). Searched
    // for one character, a bracket is found by its bytes; `match_indices` with two decodes
    // every character of every line (−1.6 M instructions of 195 M an import of the 全項目 seed
    // text, callgrind).
    if !line.contains('（') && !line.contains('(') {
        return found;
    }
    for (at, open) in line.match_indices(['（', '(']) {
        let before = line.get(..at).and_then(|b| b.chars().next_back());
        if !before.is_some_and(is_kanji) {
            continue;
        }
        let close = if open == "（" { '）' } else { ')' };
        let rest = line.get(at + open.len()..).unwrap_or_default();
        let Some(end) = rest.find(close) else {
            continue;
        };
        let reading = rest.get(..end).unwrap_or_default();
        let hiragana = reading
            .chars()
            .all(|r| super::text::is_hiragana(r) || r == 'ー');
        if !reading.is_empty() && hiragana {
            found.push(at..at + open.len() + end + close.len_utf8());
        }
    }
    found
}

/// Rule [`RUBY_BRACKETS`]: see there. Whether any reading was taken off.
fn take_bracketed_ruby(pieces: &mut [Piece]) -> bool {
    let count: usize = pieces.iter().map(|p| ruby_brackets(&p.text).len()).sum();
    if count < RUBY_BRACKETS_MIN {
        return false;
    }
    for piece in pieces.iter_mut() {
        let ranges = ruby_brackets(&piece.text);
        if ranges.is_empty() {
            continue;
        }
        let mut text = String::with_capacity(piece.text.len());
        let mut from = 0;
        for range in ranges {
            text.push_str(piece.text.get(from..range.start).unwrap_or_default());
            from = range.end;
        }
        text.push_str(piece.text.get(from..).unwrap_or_default());
        piece.text = text;
    }
    true
}

/// The anchor of the `n`-th comment (from 0) of a document's text export ([`COMMENT_ANCHORS`]):
/// `[a]` … `[z]`, then `[aa]`, `[ab]`, … as a spreadsheet names its columns.
fn comment_anchor(n: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = n + 1;
    while rest > 0 {
        rest -= 1;
        letters.push(char::from(b'a' + u8::try_from(rest % 26).unwrap_or(0)));
        rest /= 26;
    }
    letters.reverse();
    format!("[{}]", letters.into_iter().collect::<String>())
}

/// The references of Markdown footnotes whose definitions `run` is, a line each (`[^1]: 架空`
/// → `[^1]`); `None` where a line is no such definition ([`COMMENT_ANCHORS`]).
fn footnote_anchors(run: &[Piece]) -> Option<Vec<String>> {
    let mut anchors = Vec::new();
    for piece in run {
        let label = piece.text.strip_prefix("[^")?;
        let (label, _) = label.split_once("]:")?;
        if label.is_empty() || label.contains([']', ' ']) {
            return None;
        }
        anchors.push(format!("[^{label}]"));
    }
    Some(anchors)
}

/// Rule [`COMMENT_ANCHORS`]: see there. Whether the text's comments were taken off.
fn take_comments(pieces: &mut [Piece]) -> bool {
    // The comments: the last lines but blank ones, each opening with the next anchor.
    let mut end = pieces.len();
    while end > 0
        && pieces
            .get(end - 1)
            .is_some_and(|p| p.text.trim().is_empty())
    {
        end -= 1;
    }
    let mut start = end;
    while start > 0
        && pieces
            .get(start - 1)
            .is_some_and(|p| p.text.starts_with("["))
    {
        start -= 1;
    }
    let comments = end - start;
    if comments == 0 {
        return false;
    }
    let (above, run) = pieces.split_at_mut(start);
    let letters: Vec<String> = (0..comments).map(comment_anchor).collect();
    let in_order = run
        .iter()
        .zip(&letters)
        .all(|(piece, anchor)| piece.text.starts_with(anchor.as_str()));
    let anchors = if in_order {
        letters
    } else {
        match footnote_anchors(run) {
            Some(anchors) => anchors,
            None => return false,
        }
    };
    let anchored = anchors
        .iter()
        .all(|anchor| above.iter().any(|p| p.text.contains(anchor.as_str())));
    if !anchored {
        return false;
    }
    for piece in run.iter_mut().take(comments) {
        piece.furniture = Some(FurnitureKind::Comment);
    }
    for piece in above.iter_mut() {
        for anchor in &anchors {
            if piece.text.contains(anchor.as_str()) {
                piece.text = piece.text.replace(anchor.as_str(), "");
            }
        }
    }
    true
}

/// The line end an editor's list mode shows ([`LIST_MODE`]).
const LIST_MODE_END: char = '$';
/// The tab an editor's list mode shows ([`LIST_MODE`]).
const LIST_MODE_TAB: &str = "^I";

/// Rule [`LIST_MODE`]: see there. Whether the text was read as an editor's list mode.
fn undo_list_mode(pieces: &mut Vec<Piece>) -> bool {
    let ends = |p: &Piece| p.text.trim_end().ends_with(LIST_MODE_END);
    let marked = pieces.iter().filter(|p| ends(p)).count();
    // (The lines with text are counted only in a text with marks enough: 178.3 → 177.5 M
    // instructions an import of the 全項目 seed text, callgrind.)
    if marked < LIST_MODE_LINES {
        return false;
    }
    let lines = pieces.iter().filter(|p| !is_blank(&p.text)).count();
    if marked * 2 < lines {
        return false;
    }
    let widest = pieces
        .iter()
        .map(|p| columns_taken(&p.text))
        .max()
        .unwrap_or(0);
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    // The pieces of a line the screen broke, waiting for the piece that ends it.
    let mut broken: Option<Piece> = None;
    for piece in std::mem::take(pieces) {
        let wrapped = !ends(&piece) && columns_taken(&piece.text) + 1 >= widest;
        let text = piece.text.trim_end();
        let text = text.strip_suffix(LIST_MODE_END).unwrap_or(text);
        let text = text.replace(LIST_MODE_TAB, "\t");
        let line = match broken.take() {
            Some(mut first) => {
                first.text.push_str(&text);
                first
            }
            None => Piece { text, ..piece },
        };
        if wrapped {
            broken = Some(line);
            continue;
        }
        out.push(line);
    }
    out.extend(broken);
    *pieces = out;
    true
}

/// Each line of `pieces` that `rewrite` gives a new text for, written so (the rules that change
/// a line by itself: [`INVISIBLE`], [`LABEL_MARKS`], [`DOT_LEADERS`], [`HALFWIDTH_KANA`],
/// [`LONG_VOWEL`]). Whether any line changed.
fn rewrite_lines(pieces: &mut [Piece], rewrite: fn(&str) -> Option<String>) -> bool {
    let mut changed = false;
    for piece in pieces.iter_mut() {
        if let Some(text) = rewrite(&piece.text) {
            piece.text = text;
            changed = true;
        }
    }
    changed
}

/// A label with its value after it, a space between (the label alone for an empty value).
fn label_with_value(label: &str, value: &str) -> String {
    match value.is_empty() {
        true => label.to_owned(),
        false => format!("{label} {value}"),
    }
}

/// Whether `text` (trimmed) is a label or heading of the form whole: a row's label
/// ([`is_label_cell`]: an item's, a part's, a section's heading), an item's with its circled
/// number in the words of any revision (`②所属長`), or a cover's.
fn is_whole_label(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return false;
    }
    let key = squeeze(t);
    let mut chars = key.chars();
    let circled = chars
        .next()
        .and_then(super::form_words::circled_number)
        .is_some_and(|n| narrow_label_state(Some(n), chars.as_str()) == Some(true));
    circled || is_label_cell(t) || squeezed_cover_labels().contains(&key)
}

/// The cover's labels ([`cover_labels`]), each [`squeeze`]d, for [`is_whole_label`]. (Each call
/// walked the items for the cover's and squeezed their labels: −1.4 M instructions of 205 M an
/// import of the 全項目 seed text, callgrind.)
fn squeezed_cover_labels() -> &'static [String] {
    static LABELS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| cover_labels().map(squeeze).collect());
    &LABELS
}

/// The full-width katakana (and marks) of the half-width forms U+FF61 to U+FF9D, in their order
/// (JIS X 0201's katakana as Unicode's Halfwidth and Fullwidth Forms block sets them).
const FULL_WIDTH_KANA: [char; 61] = [
    '。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', 'ー',
    'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ',
    'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', 'ミ',
    'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン',
];

/// The half-width voiced and semi-voiced sound marks (`ﾞ`, `ﾟ`).
const HALF_VOICED: char = '\u{FF9E}';
const HALF_SEMI_VOICED: char = '\u{FF9F}';

/// Whether `c` is one of the half-width katakana forms (U+FF61 to U+FF9F).
fn is_halfwidth_kana(c: char) -> bool {
    ('\u{FF61}'..='\u{FF9F}').contains(&c)
}

/// Whether `line` holds a half-width katakana form. (Its bytes are searched first for the one
/// that opens every character of U+F000 to U+FFFF in UTF-8, `0xEF`: a line without one, most,
/// is not read a character at a time; 182.9 → 181.8 M instructions an import of the 全項目 seed text,
/// callgrind.)
fn holds_halfwidth_kana(line: &str) -> bool {
    line.as_bytes().contains(&0xEF) && line.contains(is_halfwidth_kana)
}

/// `kana` (full-width) with a sound mark: `voiced` (`ﾞ`) or semi-voiced (`ﾟ`); `None` for a
/// kana that takes no such mark. The voiced kana of カ to ト and ハ to ホ follow their kana
/// in Unicode, the semi-voiced of ハ to ホ one further; ウ's is ヴ.
fn with_sound_mark(kana: char, voiced: bool) -> Option<char> {
    const KA_TO_TO: &str = "カキクケコサシスセソタチツテト";
    const HA_ROW: &str = "ハヒフヘホ";
    let step = if voiced && (KA_TO_TO.contains(kana) || HA_ROW.contains(kana)) {
        1
    } else if !voiced && HA_ROW.contains(kana) {
        2
    } else if voiced && kana == 'ウ' {
        return Some('ヴ');
    } else {
        return None;
    };
    char::from_u32(u32::from(kana) + step)
}

/// `text` with its half-width katakana written in full-width (rule [`HALFWIDTH_KANA`]): a kana
/// and the sound mark after it become one character; a mark after no kana that takes it becomes
/// the full-width mark (`゛`, `゜`).
fn full_width_kana(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mark = match c {
            HALF_VOICED => Some(true),
            HALF_SEMI_VOICED => Some(false),
            _ => None,
        };
        if let Some(voiced) = mark {
            let combined = out
                .chars()
                .next_back()
                .and_then(|k| with_sound_mark(k, voiced));
            match combined {
                Some(kana) => {
                    out.pop();
                    out.push(kana);
                }
                None => out.push(if voiced { '゛' } else { '゜' }),
            }
            continue;
        }
        let index = u32::from(c).checked_sub(0xFF61);
        let full = index.and_then(|i| FULL_WIDTH_KANA.get(usize::try_from(i).ok()?));
        out.push(full.copied().unwrap_or(c));
    }
    out
}

/// Whether `text` (trimmed) is a label or heading of the form whole ([`is_whole_label`]) or a
/// chapter's heading whole (`Ⅱ 特定個人情報ファイルの概要`).
fn is_whole_heading(text: &str) -> bool {
    let chapter = super::classify::roman_chapter(text)
        .is_some_and(|(_, rest)| crate::form::CHAPTER_TITLES.contains(&squeeze(rest).as_str()));
    chapter || is_whole_label(text)
}

/// A way a text misprints the form's labels, and how a run of words so misprinted is written
/// again (rules [`HALFWIDTH_KANA`] and [`LONG_VOWEL`]).
struct Misprint {
    /// Whether a run of words (or a line) holds the misprint.
    holds: fn(&str) -> bool,
    /// The run written again.
    mended: fn(&str) -> String,
}

/// Katakana printed half-width ([`HALFWIDTH_KANA`]).
const HALF_WIDTH: Misprint = Misprint {
    holds: holds_halfwidth_kana,
    mended: full_width_kana,
};

/// The prolonged sound mark read by OCR as the kanji `一` ([`LONG_VOWEL`]).
const KANJI_ONE: Misprint = Misprint {
    holds: holds_one_after_katakana,
    mended: long_vowels_mended,
};

/// Whether `text` holds a `一` right after a katakana or a `ー` ([`KANJI_ONE`]). (Each `一` is
/// found and the character before it looked at: reading every line a character at a time cost
/// 5 M instructions an import of the 全項目 seed text, whose `一` stand in `第一`, `一部`,
/// callgrind.)
fn holds_one_after_katakana(text: &str) -> bool {
    text.match_indices('一').any(|(at, _)| {
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        before.is_some_and(|c| matches!(c, 'ァ'..='ヺ' | 'ー'))
    })
}

/// `text` with each `一` after a katakana (or after a `ー` so written) written `ー` (rule
/// [`LONG_VOWEL`]).
fn long_vowels_mended(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_katakana = false;
    for c in text.chars() {
        let mended = if c == '一' && after_katakana {
            'ー'
        } else {
            c
        };
        after_katakana = matches!(mended, 'ァ'..='ヺ' | 'ー');
        out.push(mended);
    }
    out
}

/// The longest run of `words` of `line` from the one at `first` (at most [`KANA_LABEL_WORDS`])
/// that holds the `misprint` and is a label or heading of the form mended: the index of its
/// last word and the byte where it ends.
fn misprinted_label_from(
    line: &str,
    words: &[(usize, usize)],
    first: usize,
    misprint: &Misprint,
) -> Option<(usize, usize)> {
    let &(from, _) = words.get(first)?;
    let longest = words.len().min(first + KANA_LABEL_WORDS);
    for last in (first..longest).rev() {
        let Some(&(_, to)) = words.get(last) else {
            continue;
        };
        let run = line.get(from..to).unwrap_or_default();
        if (misprint.holds)(run) && is_whole_heading(&(misprint.mended)(run)) {
            return Some((last, to));
        }
    }
    None
}

/// `line` with the labels it prints in half-width katakana written in full-width (rule
/// [`HALFWIDTH_KANA`]); `None` where it holds none so.
fn with_full_width_labels(line: &str) -> Option<String> {
    with_labels_mended(line, &HALF_WIDTH)
}

/// `line` with the labels whose prolonged sound mark OCR read as `一` written with `ー` (rule
/// [`LONG_VOWEL`]); `None` where it holds none so.
fn with_long_vowel_labels(line: &str) -> Option<String> {
    with_labels_mended(line, &KANJI_ONE)
}

/// `line` with each run of its words that holds the `misprint` and is a label or heading of
/// the form mended written so; `None` where it holds none so.
fn with_labels_mended(line: &str, misprint: &Misprint) -> Option<String> {
    if !(misprint.holds)(line) {
        return None;
    }
    // The line's words and the gaps between them, as byte ranges: a label may hold a gap
    // (`4. 情報提供…`), so a label is looked for over a run of words.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (at, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                words.push((from, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push((from, line.len()));
    }
    let mut out = String::with_capacity(line.len() + line.len() / 2);
    let mut written = 0;
    let mut first = 0;
    let mut changed = false;
    while let Some(&(from, _)) = words.get(first) {
        let Some((last, to)) = misprinted_label_from(line, &words, first, misprint) else {
            first += 1;
            continue;
        };
        out.push_str(line.get(written..from).unwrap_or_default());
        out.push_str(&(misprint.mended)(line.get(from..to).unwrap_or_default()));
        written = to;
        changed = true;
        first = last + 1;
    }
    if !changed {
        return None;
    }
    out.push_str(line.get(written..).unwrap_or_default());
    Some(out)
}

/// How many dots a leader character stands for ([`DOT_LEADERS`]); 0 for any other character.
fn leader_dots(c: char) -> usize {
    match c {
        '…' => 3,
        '‥' => 2,
        '・' | '.' | '．' | '·' => 1,
        _ => 0,
    }
}

/// `line` with each wiki link `[[target]]` written as its target and `[[target|shown]]` as the
/// words shown (rule [`WIKI_LINKS`]); `None` where it holds no link closed on the line.
fn without_wiki_links(line: &str) -> Option<String> {
    if !line.contains("[[") {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut linked = false;
    while let Some((before, after)) = rest.split_once("[[") {
        let Some((link, after_link)) = after.split_once("]]") else {
            break;
        };
        out.push_str(before);
        // A link's target holds no bracket (MediaWiki's Help:Links): `[[[1, 2], [3, 4]]` is a
        // nested list, no link.
        if link.is_empty() || link.contains(['[', ']']) {
            out.push_str("[[");
            rest = after;
            continue;
        }
        let shown = link.rsplit_once('|').map_or(link, |(_, shown)| shown);
        out.push_str(shown);
        linked = true;
        rest = after_link;
    }
    out.push_str(rest);
    linked.then_some(out)
}

/// `line` without the dot leaders between the label it opens with and its value (rule
/// [`DOT_LEADERS`]); `None` where it holds none so.
fn without_dot_leaders(line: &str) -> Option<String> {
    // The first run of leader characters with dots enough (a section's `2.` holds one).
    let mut start = None;
    let mut dots = 0;
    let mut end = 0;
    for (at, c) in line.char_indices() {
        if leader_dots(c) == 0 {
            if dots >= LEADER_DOTS {
                break;
            }
            (start, dots) = (None, 0);
            continue;
        }
        start.get_or_insert(at);
        dots += leader_dots(c);
        end = at + c.len_utf8();
    }
    let start = start.filter(|_| dots >= LEADER_DOTS)?;
    let label = line.get(..start)?;
    if !is_whole_label(label) {
        return None;
    }
    Some(label_with_value(label.trim_end(), line.get(end..)?.trim()))
}

/// Where a value set in 「」 after a label of the form starts on `line` (rule
/// [`VALUE_QUOTES`]): the byte offset of its 「, the words before it a label whole.
fn quoted_value_start(line: &str) -> Option<usize> {
    let at = line.find('「')?;
    is_whole_label(line.get(..at)?).then_some(at)
}

/// Where the 「 at the start of `text` closes: the byte offset of its 」, brackets inside it
/// counted; `None` where it stays open.
fn closing_quote(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '「' => depth += 1,
            '」' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// Line `line`'s value in 「」 whole on it, unquoted: the label, its separator and the words
/// inside the brackets; `None` where the line holds no such value (the 「 closes before the
/// line's end, or not on it).
fn unquoted_line(line: &str) -> Option<String> {
    let at = quoted_value_start(line)?;
    let value = line.get(at..)?.trim_end();
    let close = closing_quote(value)?;
    if close + '」'.len_utf8() != value.len() {
        return None;
    }
    let inner = value.get('「'.len_utf8()..close)?;
    Some(format!("{}{inner}", line.get(..at)?))
}

/// Rule [`VALUE_QUOTES`]: see there. Whether brackets were taken off.
fn take_value_quotes(pieces: &mut [Piece]) -> bool {
    let quoted = pieces
        .iter()
        .filter(|p| unquoted_line(&p.text).is_some())
        .count();
    if quoted < QUOTED_VALUES {
        return false;
    }
    let mut i = 0;
    while i < pieces.len() {
        if let Some(text) = pieces.get(i).and_then(|p| unquoted_line(&p.text)) {
            if let Some(piece) = pieces.get_mut(i) {
                piece.text = text;
            }
        } else if let Some(last) = quote_closes_below(pieces, i) {
            unquote_lines(pieces, i, last);
            i = last;
        }
        i += 1;
    }
    true
}

/// The line within [`QUOTED_VALUE_LINES`] after line `i` on which the value in 「」 that line
/// `i` opens after its label closes, at that line's end; `None` where it closes elsewhere.
fn quote_closes_below(pieces: &[Piece], i: usize) -> Option<usize> {
    let first = pieces.get(i)?;
    let at = quoted_value_start(&first.text)?;
    let mut value = first.text.get(at..)?.trim_end().to_owned();
    for (k, next) in pieces
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(QUOTED_VALUE_LINES)
    {
        if next.furniture.is_some() {
            return None;
        }
        value.push('\n');
        value.push_str(next.text.trim_end());
        if let Some(close) = closing_quote(&value) {
            return (close + '」'.len_utf8() == value.len()).then_some(k);
        }
    }
    None
}

/// Lines `i ..= last` of `pieces` without the 「 that line `i`'s value opens with and the 」
/// that closes it at line `last`'s end ([`quote_closes_below`]).
fn unquote_lines(pieces: &mut [Piece], i: usize, last: usize) {
    if let Some(first) = pieces.get_mut(i) {
        if let Some(at) = quoted_value_start(&first.text) {
            first.text.replace_range(at..at + '「'.len_utf8(), "");
        }
    }
    if let Some(end) = pieces.get_mut(last) {
        let kept = end.text.trim_end().len();
        end.text.truncate(kept);
        end.text.pop();
    }
}

/// `line` as a reading printed over a name ([`RUBY`]), its kana without spaces; `None` for a
/// line that is no hiragana alone of two to [`RUBY_CHARS`] characters, or that is a word the
/// form prints as a value.
fn ruby_reading(line: &str) -> Option<String> {
    if !line.trim_start().starts_with(super::text::is_hiragana) {
        return None;
    }
    // (Read before it is copied: a line that goes on from its hiragana to other words, most
    // that open with hiragana, is not; 174.8 → 172.4 M instructions an import of the 全項目 seed text,
    // callgrind.)
    let kana = line
        .chars()
        .all(|c| c.is_whitespace() || super::text::is_hiragana(c) || c == 'ー');
    if !kana {
        return None;
    }
    let reading: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let count = reading.chars().count();
    if !(2..=RUBY_CHARS).contains(&count) || super::cover::is_empty_value(&reading) {
        return None;
    }
    if super::fill::all_options().contains(&reading) {
        return None;
    }
    Some(reading)
}

/// Rule [`RUBY`]: see there. Whether a reading was taken off.
fn take_ruby(pieces: &mut [Piece]) -> bool {
    // Each reading with the lines it stands on, under a label and over a line with a kanji.
    let mut readings: Vec<(String, Vec<usize>)> = Vec::new();
    for (k, three) in pieces.windows(3).enumerate() {
        let [label, piece, below] = three else {
            continue;
        };
        let i = k + 1;
        // (The reading first: most lines are none, and the label's test is the dearest —
        // testing the label first took the 全項目 seed text's import from 31.5 to 41.4 ms,
        // `benches/import.rs`.)
        let Some(reading) = ruby_reading(&piece.text) else {
            continue;
        };
        if piece.furniture.is_some()
            || !below.text.chars().any(is_kanji)
            || !is_whole_label(&label.text)
        {
            continue;
        }
        match readings.iter_mut().find(|(r, _)| *r == reading) {
            Some((_, at)) => at.push(i),
            None => readings.push((reading, vec![i])),
        }
    }
    let mut changed = false;
    for (_, at) in readings.iter().filter(|(_, at)| at.len() >= RUBY_LINES) {
        for &i in at {
            if let Some(piece) = pieces.get_mut(i) {
                piece.furniture = Some(FurnitureKind::Ruby);
                changed = true;
            }
        }
    }
    changed
}

// ---- rule 0b: a spreadsheet saved as CSV ----

/// What joins two lines of a spreadsheet's text formula after the `&` that ends the first's
/// quote (`="甲"&CHAR(10)&"乙"`): a line feed, then the next line's quote.
const FORMULA_BREAK: &str = "CHAR(10)&\"";

/// One cell of a CSV record: its lines, each with its source line.
type CsvCell = Vec<(usize, String)>;

/// The records of `pieces` read as CSV ([`CSV_ROWS`]), each its cells; `None` where a quote is
/// left open or a quoted cell runs on into other characters than a comma (`"甲"乙`): no CSV.
fn csv_records(pieces: &[Piece]) -> Option<Vec<Vec<CsvCell>>> {
    let mut records = Vec::new();
    let mut record: Vec<CsvCell> = Vec::new();
    let mut cell: CsvCell = Vec::new();
    let mut text = String::new();
    // Inside a quoted cell; just after its closing quote.
    let (mut quoted, mut closed) = (false, false);
    for piece in pieces {
        let mut chars = piece.text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    text.push('"');
                }
                '"' if quoted => (quoted, closed) = (false, true),
                '"' if text.is_empty() && cell.is_empty() && !closed => quoted = true,
                // A spreadsheet's text formula (`="…"`): its text, as a quoted cell's.
                '=' if !quoted
                    && text.is_empty()
                    && cell.is_empty()
                    && !closed
                    && chars.peek() == Some(&'"') => {}
                // The formula's line break (`"…"&CHAR(10)&"…"`): the cell's next line.
                '&' if closed
                    && chars
                        .clone()
                        .take(FORMULA_BREAK.len())
                        .eq(FORMULA_BREAK.chars()) =>
                {
                    for _ in 0..FORMULA_BREAK.len() {
                        chars.next();
                    }
                    cell.push((piece.no, std::mem::take(&mut text)));
                    (quoted, closed) = (true, false);
                }
                ',' if !quoted => {
                    cell.push((piece.no, std::mem::take(&mut text)));
                    record.push(std::mem::take(&mut cell));
                    closed = false;
                }
                _ if closed => return None,
                _ => text.push(c),
            }
        }
        cell.push((piece.no, std::mem::take(&mut text)));
        if !quoted {
            record.push(std::mem::take(&mut cell));
            records.push(std::mem::take(&mut record));
            closed = false;
        }
    }
    (!quoted).then_some(records)
}

/// Whether a CSV record is a blank line of the text: one cell, empty.
fn is_blank_record(record: &[CsvCell]) -> bool {
    match record {
        [only] => only.iter().all(|(_, text)| text.trim().is_empty()),
        _ => false,
    }
}

/// Rule [`CSV_ROWS`]: see there. Whether the text was read as CSV.
fn split_csv_records(pieces: &mut Vec<Piece>) -> bool {
    if pieces.iter().any(|p| p.furniture.is_some()) {
        return false;
    }
    // The cheap test first: a first line with text that holds neither a comma nor a quote is a
    // record of one cell, no sheet's width (without it every text was read as records: 33.1 →
    // 30.8 ms on the 全項目 seed text, benches/import.rs).
    let first = pieces
        .iter()
        .find(|p| !p.text.trim().is_empty() && !is_sheet_delimiter(&p.text));
    if first.is_some_and(|p| !p.text.contains([',', '"'])) {
        return false;
    }
    // A book converted sheet by sheet: each sheet's records have its own width, and the line
    // that opens a sheet is its page mark.
    let mut out = Vec::with_capacity(pieces.len());
    let mut records_read = 0;
    for sheet in pieces.split_inclusive(|p| is_sheet_delimiter(&p.text)) {
        let (delimiter, rows) = match sheet.split_last() {
            Some((last, rows)) if is_sheet_delimiter(&last.text) => (Some(last), rows),
            _ => (None, sheet),
        };
        let Some(records) = csv_records(rows) else {
            return false;
        };
        let widths: Vec<usize> = records
            .iter()
            .filter(|record| !is_blank_record(record))
            .map(Vec::len)
            .collect();
        let same_width = widths
            .first()
            .is_none_or(|&w| w >= 2 && widths.iter().all(|&n| n == w));
        if !same_width {
            return false;
        }
        records_read += widths.len();
        write_records(records, &mut out);
        if let Some(delimiter) = delimiter {
            out.push(Piece {
                no: delimiter.no,
                text: delimiter.text.clone(),
                furniture: Some(FurnitureKind::PageMark),
            });
        }
    }
    if records_read < CSV_RECORDS {
        return false;
    }
    *pieces = out;
    true
}

/// Writes each of `records` as its cells' lines, a line each, its empty cells dropped (a
/// record of empty cells a blank line) ([`CSV_ROWS`]).
fn write_records(records: Vec<Vec<CsvCell>>, out: &mut Vec<Piece>) {
    for record in records {
        let no = record
            .first()
            .and_then(|c| c.first())
            .map_or(0, |(no, _)| *no);
        let mut written = false;
        for (line_no, text) in record.into_iter().flatten() {
            if text.trim().is_empty() {
                continue;
            }
            out.push(Piece {
                no: line_no,
                text,
                furniture: None,
            });
            written = true;
        }
        if !written {
            out.push(Piece {
                no,
                text: String::new(),
                furniture: None,
            });
        }
    }
}

/// Whether `line` opens a sheet of a book converted to CSV sheet by sheet (`xlsx2csv -a`):
/// the converter's delimiter `--------`, a space, the sheet's number, ` - ` and its name
/// (`-------- 2 - Ⅰ基本情報`).
fn is_sheet_delimiter(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("-------- ") else {
        return false;
    };
    let figures = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    figures > 0 && rest.get(figures..).is_some_and(|r| r.starts_with(" - "))
}

// ---- rule 0c: a sheet's merged cells ----

/// The cells of a line parted by tabs, trimmed; `None` for a line without a tab.
fn tab_cells(line: &str) -> Option<Vec<&str>> {
    line.contains('\t')
        .then(|| line.split('\t').map(str::trim).collect())
}

/// Whether `line` is a row whose cells, two or more, all hold the same text: a cell merged
/// across the row ([`MERGED_CELLS`]).
fn repeats_one_cell(line: &str) -> bool {
    tab_cells(line).is_some_and(|cells| {
        cells
            .split_first()
            .is_some_and(|(first, rest)| !first.is_empty() && rest.iter().all(|c| c == first))
    })
}

/// `cell` with a doubled quote inside it written once (a sheet's quoted cell, [`SHEET_QUOTES`]).
fn undoubled(cell: &str) -> String {
    cell.replace("\"\"", "\"")
}

/// Whether `cell` ends with the quote that closes a sheet's quoted cell: an odd run of quotes at
/// its end (a doubled quote is a quote of the text).
fn closes_quote(cell: &str) -> bool {
    let quotes = cell.chars().rev().take_while(|&c| c == '"').count();
    quotes % 2 == 1
}

/// Whether `cell` (trimmed) is what the label column of a sheet holds ([`LABELS_LAST`]): a
/// label of the form, a heading, the form's title or a ＜選択肢＞ list's heading.
fn sheet_label(cell: &str) -> bool {
    !cell.is_empty() && matches!(label_role(cell, false), Role::Label | Role::Stop)
}

/// The order of a sheet's row ([`LABELS_LAST`]): its cells parted by tabs, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowOrder {
    /// A value's cell first, a label last (`5⇥評価書番号`).
    LabelLast,
    /// A label first, a value's cell after it (`評価書番号⇥5`).
    LabelFirst,
    /// Neither (no tab, no label, labels only, values only).
    Neither,
}

/// The order of the row `line` ([`RowOrder`]).
fn row_order(line: &str) -> RowOrder {
    let Some(cells) = tab_cells(line) else {
        return RowOrder::Neither;
    };
    let is_value = |c: &&str| !c.is_empty() && !sheet_label(c);
    match (cells.first(), cells.split_last()) {
        (_, Some((last, before))) if sheet_label(last) && before.iter().any(is_value) => {
            RowOrder::LabelLast
        }
        (Some(first), _) if sheet_label(first) && cells.iter().skip(1).any(is_value) => {
            RowOrder::LabelFirst
        }
        _ => RowOrder::Neither,
    }
}

/// `cell` without the quotes a sheet's text set around it, a doubled quote inside written once.
fn unquoted(cell: &str) -> String {
    let inner = cell.strip_prefix('"').unwrap_or(cell);
    let inner = match closes_quote(inner) {
        true => inner.get(..inner.len() - 1).unwrap_or(inner),
        false => inner,
    };
    undoubled(inner)
}

/// Rule [`LABELS_LAST`]: see there. Whether the text was read as a sheet laid out right to
/// left.
fn write_labels_first(pieces: &mut Vec<Piece>) -> bool {
    let mut label_last = 0usize;
    for piece in pieces.iter() {
        match row_order(&piece.text) {
            RowOrder::LabelLast => label_last += 1,
            RowOrder::LabelFirst => return false,
            RowOrder::Neither => {}
        }
    }
    if label_last < SHEET_ROWS {
        return false;
    }
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len() + label_last);
    // The lines of a quoted cell opened on a line of its own, waiting for the row that closes it.
    let mut quoted: Vec<Piece> = Vec::new();
    for piece in std::mem::take(pieces) {
        let cells = tab_cells(&piece.text);
        let Some(cells) = cells else {
            let opens = quoted.is_empty() && piece.text.trim_start().starts_with('"');
            if opens || !quoted.is_empty() {
                quoted.push(piece);
            } else {
                out.push(piece);
            }
            continue;
        };
        let Some((label, before)) = cells.split_last() else {
            out.push(piece);
            continue;
        };
        let labelled = sheet_label(label);
        let closes_quoted = labelled && before.first().is_some_and(|first| closes_quote(first));
        if !quoted.is_empty() && !closes_quoted {
            // No label's row closes the quoted cell: its lines stay as they came.
            out.append(&mut quoted);
        }
        if !labelled {
            out.push(piece);
            continue;
        }
        out.push(Piece {
            no: piece.no,
            text: (*label).to_owned(),
            furniture: None,
        });
        for (k, line) in quoted.drain(..).enumerate() {
            let text = match k {
                0 => unquoted(line.text.trim()),
                _ => undoubled(line.text.trim()),
            };
            out.push(Piece { text, ..line });
        }
        for cell in before.iter().filter(|c| !c.is_empty()) {
            out.push(Piece {
                no: piece.no,
                text: unquoted(cell),
                furniture: None,
            });
        }
    }
    out.append(&mut quoted);
    *pieces = out;
    true
}

/// Rule [`SHEET_QUOTES`]: see there. Whether any quote was taken off.
fn take_sheet_quotes(pieces: &mut [Piece]) -> bool {
    let sheet_rows = pieces
        .iter()
        .filter(|p| p.text.matches('\t').count() >= 2)
        .count();
    if sheet_rows < SHEET_ROWS {
        return false;
    }
    let mut changed = false;
    // Inside a quoted cell that a line before opened.
    let mut open = false;
    for piece in pieces.iter_mut() {
        let mut quotes_taken = false;
        let mut cells: Vec<String> = piece.text.split('\t').map(str::to_owned).collect();
        let count = cells.len();
        for (k, cell) in cells.iter_mut().enumerate() {
            if open && k == 0 {
                // The quoted cell's next line: it closes at its end, or runs on.
                if closes_quote(cell) {
                    cell.pop();
                    open = false;
                } else if count > 1 {
                    // (A tab inside a quoted cell: no sheet's quoting after all; left as it is.)
                    open = false;
                    continue;
                }
                *cell = undoubled(cell);
                quotes_taken = true;
                continue;
            }
            let Some(inner) = cell.strip_prefix('"') else {
                continue;
            };
            if !inner.is_empty() && closes_quote(inner) {
                let whole = inner.get(..inner.len() - 1).unwrap_or_default();
                *cell = undoubled(whole);
                quotes_taken = true;
            } else if k + 1 == count {
                *cell = undoubled(inner);
                open = true;
                quotes_taken = true;
            }
        }
        if quotes_taken {
            piece.text = cells.join("\t");
            changed = true;
        }
    }
    changed
}

/// Rule [`MERGED_CELLS`]: see there. Whether the text was read as a sheet's.
fn write_merged_cells_once(pieces: &mut [Piece]) -> bool {
    let merged_rows = pieces.iter().filter(|p| repeats_one_cell(&p.text)).count();
    if merged_rows < MERGED_ROWS {
        return false;
    }
    for piece in pieces.iter_mut() {
        let Some(cells) = tab_cells(&piece.text) else {
            continue;
        };
        let mut once: Vec<&str> = Vec::with_capacity(cells.len());
        for cell in cells {
            let repeated = !cell.is_empty() && once.last().is_some_and(|last| *last == cell);
            if !repeated {
                once.push(cell);
            }
        }
        piece.text = once.join("\t");
    }
    true
}

/// Rule [`CELL_BARS`]: where at least [`BAR_ROWS`] lines are rows of a table rendered with `|`
/// between its cells, each is split into its cells. Whether it split any.
fn split_cell_bars(pieces: &mut Vec<Piece>) -> bool {
    let rows = pieces
        .iter()
        .filter(|p| p.furniture.is_none() && barred_cells(&p.text).is_some())
        .count();
    if rows < BAR_ROWS {
        return false;
    }
    let mut out = Vec::with_capacity(pieces.len() + rows);
    for piece in std::mem::take(pieces) {
        let cells = match piece.furniture {
            None => barred_cells(&piece.text),
            Some(_) => None,
        };
        let Some(cells) = cells else {
            out.push(piece);
            continue;
        };
        for cell in cells {
            out.push(Piece {
                no: piece.no,
                text: cell.to_owned(),
                furniture: None,
            });
        }
    }
    *pieces = out;
    true
}

// ---- rule 2b: a table drawn with box-drawing characters ----

/// The first character of `line` where it is a border line of a table drawn with box-drawing
/// characters — one that opens a table or parts its rows (`┌`, `├`) or closes it (`└`), and
/// holds nothing but the drawing's characters; `None` for any other line.
fn border_edge(line: &str) -> Option<char> {
    // (The line's start first: a line that opens with no corner, most, is not trimmed at its
    // end; 175.3 → 174.8 M instructions an import of the 全項目 seed text, callgrind.)
    if !line.trim_start().starts_with([GRID_CORNER, '┌', '├', '└']) {
        return None;
    }
    let t = line.trim();
    if is_grid_border(t) {
        return Some(GRID_CORNER);
    }
    let first = t.chars().next().filter(|c| matches!(c, '┌' | '├' | '└'))?;
    t.chars()
        .all(|c| ('\u{2500}'..='\u{257F}').contains(&c) || c.is_whitespace())
        .then_some(first)
}

/// The corner that opens and closes each border line of an ASCII grid table (pandoc's).
const GRID_CORNER: char = '+';

/// Whether `t` (trimmed) is a border line of an ASCII grid table: `+`, then runs of `-` or `=`
/// (with `:` for a column's alignment) each closed by a `+` (`+----+---+`, `+:===+===+`).
fn is_grid_border(t: &str) -> bool {
    let Some(inner) = t
        .strip_prefix(GRID_CORNER)
        .and_then(|r| r.strip_suffix(GRID_CORNER))
    else {
        return false;
    };
    !inner.is_empty()
        && inner
            .split(GRID_CORNER)
            .all(|run| !run.is_empty() && run.chars().all(|c| matches!(c, '-' | '=' | ':')))
}

/// The cells of a row's line drawn with box-drawing characters (`│甲│乙│` → `甲`, `乙`, each
/// with its padding) or in an ASCII grid (`| 甲 | 乙 |`); `None` where one bar does not open
/// and close the line.
fn box_cells(line: &str) -> Option<Vec<&str>> {
    let t = line.trim();
    let bar = ['│', '|'].into_iter().find(|&bar| t.starts_with(bar))?;
    let inner = t.strip_prefix(bar)?.strip_suffix(bar)?;
    Some(inner.split(bar).collect())
}

/// A bound on [`columns_taken`] of `text` (never below it), told without deciding which
/// characters are wide: two columns a character, and one a byte of its UTF-8 (a wide character
/// is three bytes or four).
fn columns_at_most(text: &str) -> usize {
    text.len().min(2 * text.chars().count())
}

/// A row's cells, column by column ([`BOX_TABLE`]): each cell's lines joined where the line
/// above wrapped, kept apart where it did not; empty cells dropped. `None` where the row's
/// lines part into different counts of cells.
///
/// In a browser's dump a line wrapped where it fills the cell's width (the dump fills each
/// line); in a grid (`grid`) the converter breaks lines where it will, and a line wrapped where
/// it does not end as a sentence or a heading does, and the next opens no bullet or number
/// ([`crate::import::fill::keeps_break`], as a free text is re-flowed).
fn row_cells(lines: &[Vec<&str>], grid: bool) -> Option<Vec<String>> {
    let count = lines.first()?.len();
    if lines.iter().any(|cells| cells.len() != count) {
        return None;
    }
    let mut out = Vec::new();
    for column in 0..count {
        let mut cell = String::new();
        let mut above: Option<(&str, bool)> = None;
        for cells in lines {
            let raw = cells.get(column).copied().unwrap_or_default();
            let text = raw.trim();
            if text.is_empty() {
                continue;
            }
            let wrapped = match above {
                Some((above, _)) if grid => !crate::import::fill::keeps_break(above, text),
                Some((_, filled)) => filled,
                None => true,
            };
            if !wrapped {
                cell.push('\n');
            }
            cell.push_str(text);
            // (A wide character does not fit the one column a line may leave: it wraps.)
            let filled = columns_taken(text) + 1 >= columns_taken(raw);
            above = Some((text, filled));
        }
        out.extend(cell.lines().map(str::to_owned).filter(|l| !l.is_empty()));
    }
    Some(out)
}

/// The cells of a line of a table rule [`PADDED_BARS`] reads (`|甲  |乙  |` → `甲  `, `乙  `);
/// `None` for any other line, a Markdown table's line under its header (`|---|:--|`) too.
fn padded_bar_cells(line: &str) -> Option<Vec<&str>> {
    let t = line.trim();
    let cells: Vec<&str> = t.strip_prefix('|')?.strip_suffix('|')?.split('|').collect();
    let rule_line = cells.iter().all(|cell| {
        let cell = cell.trim();
        !cell.is_empty() && cell.chars().all(|c| matches!(c, '-' | ':' | '='))
    });
    (!rule_line).then_some(cells)
}

/// Rule [`PADDED_BARS`]: each run of lines of a table with `|` between its padded cells and no
/// border lines, a cell a line. Whether it rewrote any.
fn split_padded_bars(pieces: &mut Vec<Piece>) -> bool {
    if !pieces.iter().any(|p| p.text.trim_start().starts_with('|')) {
        return false;
    }
    // The runs of such lines, each with its width where its lines are as wide as each other.
    let mut runs: Vec<(std::ops::Range<usize>, Option<usize>)> = Vec::new();
    let mut at = 0;
    while at < pieces.len() {
        let is_bar_line = |p: &Piece| p.furniture.is_none() && padded_bar_cells(&p.text).is_some();
        let len = pieces
            .iter()
            .skip(at)
            .take_while(|p| is_bar_line(p))
            .count();
        if len == 0 {
            at += 1;
            continue;
        }
        let run = at..at + len;
        let width = pieces.get(run.clone()).and_then(padded_width);
        runs.push((run, width));
        at += len;
    }
    // A table is a run of [`PADDED_BAR_LINES`] lines, or a shorter one (two lines at least) as
    // wide as such a table: a document's tables fill its page's width.
    let table_widths: Vec<usize> = runs
        .iter()
        .filter(|(run, _)| run.len() >= PADDED_BAR_LINES)
        .filter_map(|&(_, width)| width)
        .collect();
    let tables: Vec<std::ops::Range<usize>> = runs
        .into_iter()
        .filter_map(|(run, width)| {
            let width = width?;
            let long = run.len() >= PADDED_BAR_LINES;
            let as_wide = run.len() >= 2 && table_widths.iter().any(|&w| w.abs_diff(width) <= 1);
            (long || as_wide).then_some(run)
        })
        .collect();
    if tables.is_empty() {
        return false;
    }
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut next = 0;
    for table in tables {
        out.extend(
            pieces
                .get(next..table.start)
                .unwrap_or_default()
                .iter()
                .cloned(),
        );
        out.extend(padded_table_cells(
            pieces.get(table.clone()).unwrap_or_default(),
        ));
        next = table.end;
    }
    out.extend(pieces.get(next..).unwrap_or_default().iter().cloned());
    *pieces = out;
    true
}

/// The width of `lines` (each a line [`padded_bar_cells`] reads) as a table rule
/// [`PADDED_BARS`] reads: every line as wide as the widest (within a column, a character of
/// ambiguous width), one of them of two cells or more; `None` for any other lines.
fn padded_width(lines: &[Piece]) -> Option<usize> {
    let widths: Vec<usize> = lines.iter().map(|p| columns_taken(p.text.trim())).collect();
    let widest = widths.iter().copied().max()?;
    let two_cells = lines
        .iter()
        .filter_map(|p| padded_bar_cells(&p.text))
        .any(|cells| cells.len() >= 2);
    (two_cells && widths.iter().all(|&w| w + 1 >= widest)).then_some(widest)
}

/// The cells of a table's `lines` (rule [`PADDED_BARS`]), a cell a piece, row by row as rule
/// [`BOX_TABLE`] writes a row.
fn padded_table_cells(lines: &[Piece]) -> Vec<Piece> {
    let cells: Vec<Vec<&str>> = lines
        .iter()
        .filter_map(|p| padded_bar_cells(&p.text))
        .collect();
    // The table's rows: a line opens one unless its first cell is blank and it parts into as
    // many cells as the row's first line (the row's taller cells going on).
    let mut rows: Vec<std::ops::Range<usize>> = Vec::new();
    for (at, line) in cells.iter().enumerate() {
        let goes_on = rows.last().is_some_and(|row| {
            let opening = cells.get(row.start).map_or(0, Vec::len);
            let first_blank = line.first().is_some_and(|c| c.trim().is_empty());
            first_blank && line.len() == opening
        });
        match rows.last_mut() {
            Some(row) if goes_on => row.end = at + 1,
            _ => rows.push(at..at + 1),
        }
    }
    let mut written = Vec::new();
    for row in rows {
        let no = lines.get(row.start).map_or(0, |p| p.no);
        let row_lines = cells.get(row).unwrap_or_default();
        for text in row_cells(row_lines, false).unwrap_or_default() {
            written.push(Piece {
                no,
                text,
                furniture: None,
            });
        }
    }
    written
}

/// Rule [`BOX_TABLE`]: each table drawn with box-drawing characters, a cell a line. Whether it
/// rewrote any.
fn split_box_tables(pieces: &mut Vec<Piece>) -> bool {
    if !pieces.iter().any(|p| border_edge(&p.text).is_some()) {
        return false;
    }
    let mut changed = false;
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    // The row being read: its lines' pieces and cells; `None` outside a table. (Whether the
    // table is an ASCII grid: its border lines say.)
    let mut row: Option<Vec<Piece>> = None;
    let mut grid = false;
    let flush = |row: &mut Vec<Piece>, grid: bool, out: &mut Vec<Piece>| {
        let cells: Vec<Vec<&str>> = row.iter().filter_map(|p| box_cells(&p.text)).collect();
        match row_cells(&cells, grid) {
            Some(texts) => {
                let no = row.first().map_or(0, |p| p.no);
                out.extend(texts.into_iter().map(|text| Piece {
                    no,
                    text,
                    furniture: None,
                }));
            }
            None => out.append(row),
        }
        row.clear();
    };
    for piece in std::mem::take(pieces) {
        let border = match piece.furniture {
            None => border_edge(&piece.text),
            Some(_) => None,
        };
        match (border, row.as_mut()) {
            (Some(edge), open) => {
                if let Some(lines) = open {
                    flush(lines, grid, &mut out);
                }
                changed = true;
                grid = edge == GRID_CORNER;
                row = (edge != '└').then(Vec::new);
                // A grid's line under its header row (`+====+`) parts no cells: the header
                // (a label) and the row under it (its value) go on without a blank line.
                if !piece.text.contains('=') {
                    out.push(Piece {
                        no: piece.no,
                        text: String::new(),
                        furniture: None,
                    });
                }
            }
            (None, Some(lines)) if box_cells(&piece.text).is_some() => lines.push(piece),
            (None, open) => {
                if let Some(lines) = open {
                    flush(lines, grid, &mut out);
                }
                row = None;
                out.push(piece);
            }
        }
    }
    if let Some(lines) = row.as_mut() {
        flush(lines, grid, &mut out);
    }
    *pieces = out;
    changed
}

// ---- rule 3: centred labels ----

/// A line of a text that keeps the page's layout, read by its columns: its indentation and
/// first cell, and the second cell's column (counted in characters, as such a text pads them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns<'a> {
    /// The spaces before the first cell.
    indent: usize,
    /// The first cell (up to two spaces or more).
    first: &'a str,
    /// The column and text of the rest of the line after the first cell, if any.
    rest: Option<(usize, &'a str)>,
    /// The line from its first cell on.
    cells: &'a str,
}

impl<'a> Columns<'a> {
    /// The same line read with its first cell ending at its first single space: a print that
    /// sets the columns one space apart (`事務で使用するその他のシステムにおけ 毎月１回、…`).
    fn parted_at_space(&self) -> Option<Columns<'a>> {
        let space = self.first.find(' ')?;
        let first = self.first.get(..space)?;
        let rest = self.cells.get(space + 1..)?.trim_start_matches(' ');
        Some(Columns {
            indent: self.indent,
            first,
            rest: Some((self.indent + first.chars().count() + 1, rest)),
            cells: self.cells,
        })
    }
}

/// `line` read by its columns; `None` for a blank line. (A form feed that opens a page's first
/// line takes no column.)
fn columns(line: &str) -> Option<Columns<'_>> {
    let line = line.strip_prefix('\u{c}').unwrap_or(line);
    let trimmed = line.trim_start_matches(' ');
    let indent = line.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    if trimmed.is_empty() {
        return None;
    }
    let Some(gap) = trimmed.find("  ") else {
        return Some(Columns {
            indent,
            first: trimmed,
            rest: None,
            cells: trimmed,
        });
    };
    let first = &trimmed[..gap];
    let after = trimmed[gap..].trim_start_matches(' ');
    let column = indent + first.chars().count() + (trimmed.len() - gap - after.len());
    Some(Columns {
        indent,
        first,
        rest: Some((column, after)),
        cells: trimmed,
    })
}

/// Whether `first` (a line's first cell) is a label a row of the forms opens with: a label of
/// the forms ([`is_row_label`]), one a cell prints with no number ([`bare_labels`]: a control's
/// `ルールの内容及びルール遵守の確認方法`) or a section's heading, whole
/// (`３．特定個人情報ファイル名`).
fn is_label_cell(first: &str) -> bool {
    first.chars().nth(ROW_HEAD_CHARS).is_none()
        && (is_row_label(first)
            || bare_labels().binary_search(&squeeze(first)).is_ok()
            || section_heading_starts(first) == Some(first.len()))
}

/// Whether `k` lines above a label's line and `below` under it sit as a label centred on its
/// value's lines does: with a value cell on the label's line (an odd count of lines, the label
/// on the middle one) as many above as below, or one fewer (a rounding of the text's lines);
/// without one (an even count, the label between the two middle lines) as many.
fn centred_above(k: usize, below: usize, own_cell: bool) -> bool {
    if own_cell {
        k == below || k + 1 == below
    } else {
        k == below
    }
}

/// A label's line as rule [`CENTRED_LABEL`] reads it: the label, where its value's lines
/// start, and the value's cells its own lines hold.
#[derive(Debug)]
struct CentredLabel {
    /// The label's indentation.
    indent: usize,
    /// The label, whole (its wrapped pieces joined).
    label: String,
    /// The value's lines are indented to this column or further.
    value_from: usize,
    /// The value's lines among the label's own lines, in order: the cells beside the label's
    /// pieces (at their columns) and the lines between them.
    own: Vec<Piece>,
    /// How many lines after its first the label runs over (0 for a label on one line).
    runs_on: usize,
}

/// Line `i` of `pieces` read as a label's line of a layout text ([`CentredLabel`]): its first
/// cell a label ([`is_label_cell`]), or the start of one that lines within
/// [`WRAPPED_LABEL_LINES`] lines, at the same indentation, complete — the lines between are
/// the value's, printed beside the label's pieces (`⑤ 提供する情報の対象となる本人の` /
/// `(value)` / `範囲`). `None` for any other line, and for a label whose next cell stands
/// closer to it than two columns.
fn centred_label(pieces: &[Piece], i: usize) -> Option<CentredLabel> {
    let piece = pieces.get(i).filter(|p| p.furniture.is_none())?;
    let head = columns(&piece.text)?;
    let value_from = head.indent + head.first.chars().count() + 2;
    if head.rest.is_none_or(|(at, _)| at >= value_from) {
        if is_label_cell(head.first) {
            let own = head.rest.map(|cell| cell_piece(piece.no, cell));
            return Some(CentredLabel {
                indent: head.indent,
                label: head.first.to_owned(),
                value_from,
                own: own.into_iter().collect(),
                runs_on: 0,
            });
        }
        if let Some(found) = wrapped_label(pieces, i, head, value_from) {
            return Some(found);
        }
    }
    // A print that sets the columns one space apart: the label's piece ends at a space.
    let parted = head.parted_at_space()?;
    let value_from = parted.rest.map_or(value_from, |(at, _)| at);
    wrapped_label(pieces, i, parted, value_from)
}

/// The label that `head` (line `i`'s columns) starts and lines within [`WRAPPED_LABEL_LINES`]
/// lines at its indentation complete, the value's lines from `value_from` on between them: see
/// [`centred_label`]. A completing piece may end at a single space before its value's cell
/// (`る措置の内容 扱えるようにする。`).
fn wrapped_label(
    pieces: &[Piece],
    i: usize,
    head: Columns<'_>,
    value_from: usize,
) -> Option<CentredLabel> {
    let no = pieces.get(i)?.no;
    let mut own: Vec<Piece> = head
        .rest
        .map(|cell| cell_piece(no, cell))
        .into_iter()
        .collect();
    let mut label = head.first.to_owned();
    for (step, next) in pieces
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(WRAPPED_LABEL_LINES)
    {
        let cols = columns(&next.text).filter(|_| next.furniture.is_none())?;
        if cols.indent >= value_from {
            own.push(next.clone());
            continue;
        }
        if cols.indent != head.indent {
            return None;
        }
        for piece in [Some(cols), cols.parted_at_space()].into_iter().flatten() {
            let whole = format!("{label}{}", piece.first);
            if is_label_cell(&whole) {
                own.extend(piece.rest.map(|cell| cell_piece(next.no, cell)));
                return Some(CentredLabel {
                    indent: head.indent,
                    label: whole,
                    value_from,
                    own,
                    runs_on: step - i,
                });
            }
        }
        label.push_str(cols.first);
        own.extend(cols.rest.map(|cell| cell_piece(next.no, cell)));
    }
    None
}

/// A line of its own for the cell at `column` of source line `no`, at that column.
fn cell_piece(no: usize, (column, cell): (usize, &str)) -> Piece {
    Piece {
        no,
        text: format!("{}{cell}", " ".repeat(column)),
        furniture: None,
    }
}

// ---- rule 3b: labels wrapped beside their values ----

/// A line's first cell as rule [`NARROW_LABEL`] reads it: its words up to the first tab or
/// space, the separator, and the rest after the separators.
#[derive(Debug, Clone, Copy)]
struct FirstCell<'a> {
    /// The spaces before the words.
    indent: usize,
    /// The words up to the first tab or space.
    words: &'a str,
    /// The tab or space after them (`None` where the words end the line).
    sep: Option<char>,
    /// The rest of the line after the separators, trimmed.
    rest: &'a str,
}

/// `line` read by its first cell ([`FirstCell`]); `None` for a blank line.
fn first_cell(line: &str) -> Option<FirstCell<'_>> {
    let trimmed = line.trim_start_matches([' ', '　']);
    let indent = line.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    if trimmed.is_empty() {
        return None;
    }
    let Some(at) = trimmed.find(['\t', ' ', '　']) else {
        return Some(FirstCell {
            indent,
            words: trimmed,
            sep: None,
            rest: "",
        });
    };
    let sep = trimmed.get(at..)?.chars().next();
    let rest = trimmed.get(at..)?.trim_start_matches(['\t', ' ', '　']);
    Some(FirstCell {
        indent,
        words: trimmed.get(..at)?,
        sep,
        rest,
    })
}

/// The labels a narrow cell's pieces may complete (rule [`NARROW_LABEL`]): with the circled
/// number `number`, those of [`all_circled_labels`] of that number; with none, [`bare_labels`].
/// Whether `words` (squeezed, without the number) is one of them (`Some(true)`), starts one
/// (`Some(false)`) or neither (`None`).
fn narrow_label_state(number: Option<u32>, words: &str) -> Option<bool> {
    match number {
        Some(n) => {
            let mut starts = false;
            for (_, label) in squeezed_circled_labels().iter().filter(|(m, _)| *m == n) {
                if label == words {
                    return Some(true);
                }
                starts |= label.starts_with(words);
            }
            starts.then_some(false)
        }
        None => {
            let labels = bare_labels();
            if labels.binary_search_by(|l| l.as_str().cmp(words)).is_ok() {
                Some(true)
            } else {
                begins_label(labels, words).then_some(false)
            }
        }
    }
}

/// [`all_circled_labels`] squeezed, each with its number, as rule [`NARROW_LABEL`] compares
/// them with a line's words. (Made once: squeezing them for every line that opens with a
/// circled number took the 全項目 seed text's import from 29.8 ms to 34.1 ms,
/// `benches/import.rs`.)
fn squeezed_circled_labels() -> &'static [(u32, String)] {
    static LABELS: std::sync::LazyLock<Vec<(u32, String)>> = std::sync::LazyLock::new(|| {
        all_circled_labels()
            .iter()
            .map(|&(n, label)| (n, squeeze(label)))
            .collect()
    });
    &LABELS
}

/// A label that rule [`NARROW_LABEL`] joins.
#[derive(Debug)]
struct NarrowLabel {
    /// The label whole (its circled number, then its pieces' words).
    label: String,
    /// How many lines after its first the label's pieces run over.
    more: usize,
    /// The value's pieces in order, each from its source line: the cells beside the label's
    /// pieces and the value's lines between them.
    values: Vec<Piece>,
    /// What parts the label from the value's first piece: the first cell's separator beside a
    /// piece (a tab or a space), a space for a value's line of its own.
    sep: char,
}

/// A line's first cell as rule [`NARROW_LABEL`] reads a label's first piece, with its circled
/// number if it has one: [`first_cell`], a number parted from its words by a space read with
/// them (`① システムの 甲` as `①`, `システムの` and `甲`).
fn first_label_piece(line: &str) -> Option<(Option<char>, FirstCell<'_>)> {
    let cell = first_cell(line)?;
    let mut chars = cell.words.chars();
    let number = chars
        .next()
        .filter(|&c| super::form_words::circled_number(c).is_some());
    let Some(number) = number else {
        return Some((None, cell));
    };
    let words = chars.as_str();
    if !words.is_empty() || cell.sep == Some('\t') {
        return Some((Some(number), FirstCell { words, ..cell }));
    }
    let after = first_cell(cell.rest)?;
    Some((
        Some(number),
        FirstCell {
            indent: cell.indent,
            ..after
        },
    ))
}

/// The value's piece of line `no`'s cell beside a label's piece, if it has one, with the
/// separator before it.
fn beside_piece(no: usize, cell: &FirstCell<'_>) -> Option<(char, Piece)> {
    let piece = Piece {
        no,
        text: cell.rest.to_owned(),
        furniture: None,
    };
    (!cell.rest.is_empty()).then_some((cell.sep.unwrap_or(' '), piece))
}

/// The label that line `i` of `pieces` starts and the next lines complete beside the value's
/// pieces ([`NARROW_LABEL`]); `None` for any other line. Blank lines between the label's pieces
/// are passed over; a first piece alone on its line may have the value's lines between it and
/// the piece that completes the label (a label centred on its value's row: `① システムの` /
/// `甲システム` / `名称`).
fn narrow_label(pieces: &[Piece], i: usize) -> Option<NarrowLabel> {
    let piece = pieces.get(i).filter(|p| p.furniture.is_none())?;
    // The cheap test first, as in [`completes_bare_label`]: words without a circled number
    // whose first character begins no label begin none (most lines; 25.4 → 24.5 ms on the
    // 全項目 seed text, benches/import.rs). Tested on the line before its first cell is found:
    // the first cell's words open the line, and their first character is the line's (where
    // they have none, their squeezed words are too short a label). (Every line's first cell
    // was found: −3.2 M instructions of 195 M an import, callgrind.)
    let words = piece.text.trim_start_matches([' ', '　']);
    let circled_first = words
        .chars()
        .next()
        .is_some_and(|c| super::form_words::circled_number(c).is_some());
    if !circled_first {
        let first = crate::import::fill::squeezed_first(words);
        if first.is_none_or(|c| bare_label_starts().binary_search(&c).is_err()) {
            return None;
        }
    }
    let (circled, head) = first_label_piece(&piece.text)?;
    let number = circled.and_then(super::form_words::circled_number);
    let mut joined = squeeze(head.words);
    let min_chars = match number {
        Some(_) => WRAPPED_LABEL_MIN_CHARS,
        None => WRAPPED_BARE_LABEL_MIN_CHARS,
    };
    if joined.chars().count() < min_chars || narrow_label_state(number, &joined) != Some(false) {
        return None;
    }
    let mut label: String = circled.into_iter().collect();
    label.push_str(head.words);
    let mut values: Vec<(char, Piece)> = beside_piece(piece.no, &head).into_iter().collect();
    // Whether the value's lines between the pieces were met (the next piece must complete the
    // label then), and whether a piece after the first was taken (a value's line may stand only
    // between the first piece, alone on its line, and the last).
    let mut centred = false;
    let mut continued = false;
    for (step, next) in pieces
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(WRAPPED_BARE_LABEL_LINES)
    {
        if next.furniture.is_some() {
            return None;
        }
        let Some(cell) = first_cell(&next.text) else {
            continue;
        };
        if cell.indent != head.indent {
            return None;
        }
        let longer = format!("{joined}{}", squeeze(cell.words));
        match narrow_label_state(number, &longer) {
            Some(true) => {
                label.push_str(cell.words);
                values.extend(beside_piece(next.no, &cell));
                let sep = values.first().map(|&(sep, _)| sep)?;
                return Some(NarrowLabel {
                    label,
                    more: step - i,
                    values: values.into_iter().map(|(_, piece)| piece).collect(),
                    sep,
                });
            }
            Some(false) if !centred => {
                continued = true;
                joined = longer;
                label.push_str(cell.words);
                values.extend(beside_piece(next.no, &cell));
            }
            _ if head.rest.is_empty() && !continued => {
                centred = true;
                let line = Piece {
                    no: next.no,
                    text: next.text.trim().to_owned(),
                    furniture: None,
                };
                values.push((' ', line));
            }
            _ => return None,
        }
    }
    None
}

/// Rule [`NARROW_LABEL`]: see there. Whether it joined any label.
fn join_narrow_labels(pieces: &mut Vec<Piece>) -> bool {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut changed = false;
    let mut i = 0;
    while i < pieces.len() {
        let Some(read) = narrow_label(pieces, i) else {
            out.extend(take_piece(pieces, i));
            i += 1;
            continue;
        };
        // The label with the value's first piece after it, on that piece's line (a label always
        // has one: [`narrow_label`]); the value's other pieces on lines of their own.
        let mut label = Some(read.label);
        for value in read.values {
            let text = match label.take() {
                Some(label) => format!("{label}{}{}", read.sep, value.text),
                None => value.text,
            };
            out.push(Piece { text, ..value });
        }
        changed = true;
        i += 1 + read.more;
    }
    *pieces = out;
    changed
}

/// Rule [`CENTRED_LABEL`]: see there. Whether it moved a label.
fn lift_centred_labels(pieces: &mut Vec<Piece>, pitch_closed: bool) -> bool {
    // Whether each line is in a layout, asked once a line (a line was asked three times: as
    // the line before, the line and the line after; 189.4 → 185.6 M instructions an import of the
    // 全項目 seed text, callgrind). The lines from `i` on are not changed before they are
    // taken, and the last line taken is asked again only where a label moved.
    let laid_out: Vec<bool> = pieces.iter().map(|p| in_layout(&p.text)).collect();
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    // Lines before this place are a moved row's: no later label takes them. (It stays 0 until
    // a label moves.)
    let mut settled = 0;
    // Whether the last line of `out` is in a layout.
    let mut last_laid_out = false;
    let mut i = 0;
    while let Some(no) = pieces.get(i).map(|p| p.no) {
        // (Only a line in a layout — a gap of two spaces in it or in a line beside it — is
        // tried as a label's: testing every line took the 全項目 seed text's import from
        // 15.6 ms to 22.4 ms, `benches/import.rs`.)
        let laid_out_at = |k: usize| laid_out.get(k).copied().unwrap_or(false);
        let near_layout = last_laid_out || laid_out_at(i) || laid_out_at(i + 1);
        let moved = if near_layout {
            label_to_move(pieces, i, &out, settled, pitch_closed)
        } else {
            None
        };
        let Some((label, lifted)) = moved else {
            out.extend(take_piece(pieces, i));
            last_laid_out = laid_out_at(i);
            i += 1;
            continue;
        };
        let mut above = out.split_off(out.len() - lifted.lines);
        if lifted.gap {
            // The blank line between the boxes lifted and the label goes: the list runs on
            // from them into the label's own boxes.
            above.pop();
        }
        out.push(Piece {
            no,
            text: format!("{}{}", " ".repeat(label.indent), label.label),
            furniture: None,
        });
        out.extend(above);
        out.extend(label.own);
        settled = out.len();
        last_laid_out = out.last().is_some_and(|p| in_layout(&p.text));
        i += 1 + label.runs_on;
    }
    *pieces = out;
    settled > 0
}

/// Whether `text` is a line in a layout (rule [`CENTRED_LABEL`]): a gap of two spaces in it.
fn in_layout(text: &str) -> bool {
    text.trim_end().contains("  ")
}

/// The label of line `i` to set above its value's lines, with how many of the last lines of
/// `out` (the lines before it, the first `settled` of them a moved row's) go under it
/// ([`lines_to_lift`]); `None` for a line that is no label's, or a label that stays where it
/// is (nothing to lift, and no wrapped label to join beside or around its value).
fn label_to_move(
    pieces: &[Piece],
    i: usize,
    out: &[Piece],
    settled: usize,
    pitch_closed: bool,
) -> Option<(CentredLabel, Lifted)> {
    let label = centred_label(pieces, i)?;
    let below = pieces.get(i + 1 + label.runs_on..).unwrap_or_default();
    let above = out.get(settled..).unwrap_or_default();
    let lifted = lines_to_lift(above, settled == 0, &label, below, pitch_closed);
    // (A label wrapped with no value's cell beside or between its pieces and no line to lift
    // is wrapped in a narrow cell: rule [`WRAPPED_HEADING`] joins it, where it is no
    // 変更箇所's 項目.)
    let joins_wrapped = label.runs_on > 0 && !label.own.is_empty();
    (lifted.lines > 0 || joins_wrapped).then_some((label, lifted))
}

/// The last lines of the text so far that go under a label set above them.
#[derive(Debug, Clone, Copy, Default)]
struct Lifted {
    /// How many: the value's lines, and the blank line under them if `gap`.
    lines: usize,
    /// Whether the last of them is a blank line between the value's lines and the label's,
    /// which goes when they move ([`lines_to_lift`]).
    gap: bool,
}

/// How many of the last lines of `above` (the lines since the last moved row; `at_start`
/// when they start the text) are `label`'s value's, printed above its line: a ＜選択肢＞ cell
/// by its numbering ([`choice_cell_above`]), else the value's lines after a blank line or a
/// page's top, as many as the label's centre allows against the lines `below` its own
/// ([`centred_above`]); 0 when none are.
///
/// In a text whose line pitch was closed up (`pitch_closed`, rule [`LINE_PITCH`]), a label
/// centred half a line off its value's lines stands a blank line below the lines above it:
/// where those lines and the label's own cell are boxes of one list (`•   [ ○ ] 本人…` above
/// `① 入手元※   •   [ ] 行政機関…`), the blank line is counted with them and goes when they
/// move. Not across a blank line for any other cell (a ＜選択肢＞ list and its options keep
/// their margins), nor in any other text.
fn lines_to_lift(
    above: &[Piece],
    at_start: bool,
    label: &CentredLabel,
    below: &[Piece],
    pitch_closed: bool,
) -> Lifted {
    let is_value_line = |p: &Piece| {
        p.furniture.is_none() && columns(&p.text).is_some_and(|c| c.indent >= label.value_from)
    };
    let next_line = label.own.first().or(below.first());
    if let Some(lines) = choice_cell_above(above, at_start, next_line, &is_value_line) {
        return Lifted { lines, gap: false };
    }
    let own_boxes = label.own.first().is_some_and(|p| is_box_line(&p.text));
    let gap = usize::from(pitch_closed && own_boxes && above.last().is_some_and(Piece::is_blank));
    let above = above.get(..above.len() - gap).unwrap_or_default();
    // A page bounds a cell's lines as a blank line does: a print centres the label on the
    // part of its cell that the label's page holds.
    let mut k = 0;
    let mut page_top = false;
    for line in above.iter().rev() {
        if page_top || !is_value_line(line) {
            break;
        }
        k += 1;
        page_top = opens_page(line);
    }
    // The lines that would be lifted, and what stands right above them.
    let lifted = above.get(above.len() - k..).unwrap_or_default();
    let run_starts = page_top
        || match above.len().checked_sub(k + 1) {
            None => at_start,
            Some(before) => above
                .get(before)
                .is_some_and(|line| line.is_blank() || clauses_after_a_name(line, lifted)),
        };
    let boxes_above = || {
        above
            .get(above.len() - k..)
            .is_some_and(|lines| lines.iter().all(|p| is_box_line(&p.text)))
    };
    if k == 0 || !run_starts || (gap > 0 && !boxes_above()) {
        return Lifted::default();
    }
    // (The lines under it end where a ＜選択肢＞ cell starts: its list is the next label's,
    // which a print centres on the list.)
    let under = below
        .iter()
        .enumerate()
        .take_while(|&(k, p)| is_value_line(p) && !opens_page(p) && !opens_choice_cell(below, k))
        .count();
    if centred_above(k, under, !label.own.is_empty()) {
        Lifted {
            lines: k + gap,
            gap: gap > 0,
        }
    } else {
        Lifted::default()
    }
}

/// Whether `lines`, right under the label's line `row_above`, open the next row's value though no
/// blank line parts them from it (rule [`CENTRED_LABEL`]): the row above holds its whole value on
/// its label's line and that value is no clause (a name: a 事務's, a system's), while each of
/// `lines` is a wrapped line of a sentence ([`walk::is_clause_line`](super::walk::is_clause_line)).
/// A name does not run on into clauses, so they are where the next row's prose begins (prose past
/// a short value belongs to the next item that takes prose).
///
/// Reads `①事務の名称      架空事務` / `      架空法に基づき、架空の届出を受けて架空の手帳を交付し、` /
/// `②事務の内容      架空の相談に応じる。`; refuses the same lines under `②事務の内容
/// 架空法に基づき、架空の届出を受けて…` (a clause on the row above's line: whose the lines are is
/// not shown) and a line under the name that is no clause (`架空事務（続き）`).
fn clauses_after_a_name(row_above: &Piece, lines: &[Piece]) -> bool {
    let name_row = columns(&row_above.text).is_some_and(|c| {
        is_label_cell(c.first)
            && c.rest
                .is_some_and(|(_, cell)| !super::walk::is_clause_line(cell.trim()))
    });
    name_row
        && !lines.is_empty()
        && lines
            .iter()
            .all(|line| super::walk::is_clause_line(line.text.trim()))
}

/// Whether line `k` of `lines` opens a ＜選択肢＞ cell: the list's heading, or a selection in
/// brackets with the heading on the next line (`[ 30万人以上 ]` / `＜選択肢＞`).
fn opens_choice_cell(lines: &[Piece], k: usize) -> bool {
    let is_heading = |p: &Piece| p.text.trim() == crate::form::CHOICE_HEADING;
    let Some(line) = lines.get(k) else {
        return false;
    };
    is_heading(line)
        || line.text.trim().starts_with(['[', '［']) && lines.get(k + 1).is_some_and(is_heading)
}

/// Whether `line` is a box of a list, a bullet before it or not: a bracket that holds nothing
/// or a check mark, and its label after it (`•   [ ○ ] 紙`, `[ ] 電子メール`, `[○]紙`). Not a
/// ＜選択肢＞ item's selection, whose bracket holds its answer (`[ 十分である ]`).
fn is_box_line(line: &str) -> bool {
    let rest = line
        .trim_start()
        .trim_start_matches(crate::import::fill::BULLETS)
        .trim_start();
    let Some(inside) = rest.strip_prefix(['[', '［']) else {
        return false;
    };
    let Some((mark, label)) = inside.split_once([']', '］']) else {
        return false;
    };
    let mark = mark.trim();
    (mark.is_empty() || crate::import::fill::is_check_mark(mark)) && !label.trim().is_empty()
}

/// How many of the last lines of `above` (a [`CHOICE_HEADING`]'s cell: its selection, the
/// heading, blank lines — the list's margin — and the list's first options) belong to the
/// choice list whose next option is `next` (the label's own cell or the line under it), the
/// label printed beside the list: `None` when they do not make such a cell, or when it does
/// not start after a blank line (or at the text's start, where `above` starts it: `at_start`).
///
/// A ＜選択肢＞ list is one cell whatever the lines around its label: the options number on
/// from 1 (`1. 1) …`, `2. 2) …`), so that the option under the label continues those above
/// it. Reads `[ 十分である ]` / `＜選択肢＞` / (blank) / `1. 1) 特に力を入れている` beside a
/// label whose line is followed by `2. 2) 十分である`; refuses the same lines when the option
/// under the label is `1. 1) …` (the list above is whole, and this one starts again) or when
/// a line other than a blank stands between the heading and the options. The cell starts
/// after a blank line, or, where its selection is printed, after a line of the label column
/// (the row above's last): a selection opens its cell.
///
/// [`CHOICE_HEADING`]: crate::form::CHOICE_HEADING
fn choice_cell_above(
    above: &[Piece],
    at_start: bool,
    next: Option<&Piece>,
    is_value_line: &dyn Fn(&Piece) -> bool,
) -> Option<usize> {
    let option_number = |p: &Piece| {
        leading_number(p.text.trim(), &['.', ')', '）'])
            .map(|(n, _)| n)
            .filter(|_| is_value_line(p))
    };
    let next_number = option_number(next?)?;
    let mut lines = above.iter().rev().enumerate();
    // The options above the label, counted back from the one before `next`.
    let mut wanted = next_number.checked_sub(1)?;
    let (mut taken, mut line) = lines.next()?;
    while wanted > 0 {
        if option_number(line) != Some(wanted) {
            return None;
        }
        wanted -= 1;
        (taken, line) = lines.next()?;
    }
    while line.is_blank() {
        (taken, line) = lines.next()?;
    }
    if line.text.trim() != crate::form::CHOICE_HEADING || !is_value_line(line) {
        return None;
    }
    // The selection above the heading (if printed), then a blank line (or the text's start)
    // before the cell.
    let mut count = taken + 1;
    let mut selection = false;
    if let Some((_, line)) = lines.next().filter(|(_, l)| is_value_line(l)) {
        if !line.text.trim().starts_with('[') {
            return None;
        }
        selection = true;
        count += 1;
    }
    // (A selection opens its cell: the row above may end on the line before it, in the label
    // column.)
    let opens_cell = |before: &Piece| {
        before.is_blank() || selection && before.furniture.is_none() && !is_value_line(before)
    };
    match above.iter().rev().nth(count) {
        Some(before) => opens_cell(before).then_some(count),
        None => at_start.then_some(count),
    }
}

/// Whether `piece` is a page's first line (a text that keeps the page's layout opens each page
/// with a form feed).
fn opens_page(piece: &Piece) -> bool {
    piece.text.starts_with('\u{c}')
}

/// Piece `i` of `pieces`, its text moved out (each piece is taken once: the rule reads only
/// the pieces after the one it takes).
fn take_piece(pieces: &mut [Piece], i: usize) -> Option<Piece> {
    let piece = pieces.get_mut(i)?;
    Some(Piece {
        no: piece.no,
        text: std::mem::take(&mut piece.text),
        furniture: piece.furniture,
    })
}

// ---- rule 4: run-together cells ----

/// Rule [`RUN_TOGETHER`]: every line of at least [`RUN_MIN_CHARS`] characters (and no tab) with
/// at least [`RUN_MIN_BREAKS`] cell breaks ([`breaks`]) is split at them and before the form's
/// labels a cell runs into ([`split_at_labels`]). Whether it split a line.
fn split_run_together(pieces: &mut Vec<Piece>) -> bool {
    let mut changed = false;
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces.drain(..) {
        let long = piece.text.chars().count() >= RUN_MIN_CHARS && !piece.text.contains('\t');
        if piece.furniture.is_some() {
            out.push(piece);
            continue;
        }
        let at = if long {
            breaks(&piece.text)
        } else {
            Vec::new()
        };
        if at.len() < RUN_MIN_BREAKS {
            out.push(piece);
            continue;
        }
        changed = true;
        let mut start = 0;
        for (from, to) in at.into_iter().chain([(piece.text.len(), piece.text.len())]) {
            if let Some(cell) = piece.text.get(start..from) {
                for part in split_at_labels(cell) {
                    out.push(Piece {
                        no: piece.no,
                        text: part.to_owned(),
                        furniture: None,
                    });
                }
            }
            start = to;
        }
    }
    *pieces = out;
    changed
}

/// The cell breaks of a run-together line, as byte ranges of the spaces: a run of ASCII spaces
/// between two characters that are not both ASCII (`NIST 800-88` stays), neither a box mark
/// (`[ ○ ] 紙`) — but a bracket after a value starts a cell (`… 都度 ] 紙 [ ○ ] その他` breaks
/// before each bracket that no mark precedes, and a `]` that closes no `[` of its cell), and
/// a `]` that closes words ends one (`[実施する] ＜選択肢＞`) — not after an option's mark
/// (`1) 実施する`), an item's circled number or a chapter's numeral (`① 事務の名称`, `Ⅰ 関連情報`),
/// not inside a bracket whose `]` closes the next word (`[平成30年5月 様式2]`), not between two
/// cover labels side by side (`評価書番号 評価書名`), and not a number before `ページ` (`1 / 69
/// ページ` stays a page mark); always before a page mark (`様式2] 2/9`).
fn breaks(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut before: Option<char> = None;
    // Whether a `[` since the last break is still open: its `]` closes a selection, not a
    // column's box.
    let mut open = false;
    // Whether the bracket open or last closed holds words (`[実施する]`, `[平成30年5月 様式2]`),
    // not a box's mark alone (`[ ○ ]`): the space after its `]` is a break.
    let mut holds_words = false;
    while let Some((at, c)) = chars.next() {
        if c != ' ' {
            match c {
                '[' | '［' => {
                    open = true;
                    holds_words = false;
                }
                ']' | '］' => open = false,
                _ if open && !is_box_char(c) => holds_words = true,
                _ => {}
            }
            before = Some(c);
            continue;
        }
        let mut end = at + 1;
        while let Some(&(next_at, ' ')) = chars.peek() {
            end = next_at + 1;
            chars.next();
        }
        let after = chars.peek().map(|&(_, c)| c);
        let (Some(a), Some(b)) = (before, after) else {
            continue;
        };
        let page = a.is_ascii_digit() && line.get(end..).is_some_and(|r| r.starts_with("ページ"));
        let list_mark = line.get(..at).is_some_and(ends_list_mark);
        // Two labels of the cover side by side are a row whose values follow in its order
        // (`評価書番号 評価書名` then `2 架空事務評価書`): the later stages read them as a row.
        let labels_row = cover_labels().any(|l| line.get(..at).is_some_and(|b| b.ends_with(l)))
            && cover_labels().any(|l| line.get(end..).is_some_and(|r| r.starts_with(l)));
        let header_row =
            in_change_header(line.get(..at).unwrap_or(""), line.get(end..).unwrap_or(""));
        // A box opens (`[`) or a column's box closes (`]`) after a value: the box starts a cell.
        // So does a check mark after a value outside any bracket (`未制定 ○ [ ] その他`: the
        // page drew a box's mark before its bracket).
        let mark_after_value = is_mark_char(b) && !open;
        let box_starts =
            (matches!(b, '[' | '［') || (matches!(b, ']' | '］') && !open) || mark_after_value)
                && !is_box_char(a);
        // A dash alone is a cell's whole value, the form's 「－」 for none (`- 3） 課題が残され
        // ている`) — but not a page number's (`- 7 -`).
        let written = line.get(..at).unwrap_or("");
        let next_word = line
            .get(end..)
            .unwrap_or("")
            .split(' ')
            .next()
            .unwrap_or("");
        let dash_cell = super::fill::is_empty_mark(last_word(written)) && !is_number(next_word);
        // (Not before an item's number in figures and its label, after a name that ends in
        // Latin letters: `市町村CS 2 システムの機能` is a name, then the next item.)
        let figured_label_next = a.is_ascii_alphabetic()
            && b.is_ascii_digit()
            && opens_figured_label(line.get(end..).unwrap_or(""));
        let between_ascii_words =
            a.is_ascii() && b.is_ascii() && !box_starts && !dash_cell && !figured_label_next;
        // A note mark alone is the words' before it, as the form prints it after a heading or
        // a label (`４．個人番号の利用 ※`).
        let note_mark = next_word == "※";
        let closes_words = matches!(a, ']' | '］') && holds_words;
        let inside_a_box = (is_box_char(a) && !closes_words) || (is_box_char(b) && !box_starts);
        // An item's or a chapter's number alone before its label (`① 事務の名称`, `Ⅰ 関連情報`,
        // `II 特定個人情報ファイルの概要`): the space is the heading's own.
        // So is the space after a block's heading with its number (`システム1`, `提供先3`): it
        // sets off the name on the block's row (`システム1 税務システム`, as 様式2 lists its
        // systems under Ⅰ1③) — but not before a box's bracket, nor before an item's circled
        // number (`システム1 ① システムの名称` opens the block's first item).
        let rest = line.get(end..).unwrap_or("");
        let block_row = (is_numbered_block(last_word(written)) || ends_spaced_block(written))
            && !box_starts
            && !matches!(b, '①'..='⑳')
            && !opens_figured_label(rest);
        // A block's heading whose number a space sets off (`システム 1`): one heading, never a
        // word and a number of its own (a number alone would pass for a page's); the block's
        // first item after it, in figures or circled, starts a cell.
        let spaced_block = BLOCK_HEADINGS.contains(&last_word(written)) && is_number(next_word);
        let spaced_block_ends = opens_figured_label(rest) && ends_spaced_block(written);
        let number_mark = ends_item_mark(written)
            || ends_latin_numeral(written)
            || block_row
            || ends_section_mark(written)
            || ends_spaced_section_mark(written, rest)
            || figures_before_label(written, line.get(end..).unwrap_or(""));
        // A bracket still open whose `]` closes in the next word (`[平成30年5月 様式2]`): one
        // selection or tag, not two cells.
        let closes_next = open && next_word.contains([']', '］']);
        // So does a selection whose option a space parts (`[ 30 万人以上 ]`, the figures set
        // off from the kanji): the words from the bracket to its `]` close up into an option of
        // the form's ＜選択肢＞ lists.
        let option_inside = open && selects_option(written, line.get(end..).unwrap_or(""));
        // A page mark after a word (`様式2] 2/9`) is a cell of its own, ASCII or not.
        // So is a page mark of spaced words after a number (`様式 3 1 / 41 ページ`, `様式 3 - 1 -`:
        // the 3 is the tag's).
        let page_mark_next = (next_word.contains('/') && is_page_mark(next_word))
            || (a.is_ascii_digit() && slashed_page_mark_starts(rest))
            || (a.is_ascii_digit() && dashed_page_mark_starts(rest));
        let kept = ((between_ascii_words || inside_a_box) && !page_mark_next)
            || (end == at + 1 && latin_word_in_words(written, line.get(end..).unwrap_or("")))
            || in_citation(written, line.get(end..).unwrap_or(""))
            || in_date(written, line.get(end..).unwrap_or(""))
            || in_numbered_entry(written, line.get(end..).unwrap_or(""))
            || page
            || list_mark
            || labels_row
            || header_row
            || note_mark
            || number_mark
            || closes_next
            || option_inside
            || spaced_block;
        // A bracket opened alone, or with its mark, before a heading of the form (`[ ] フラッシュ
        // メモリ [ 提供先3 甲機構`, `[ ○ 移転先5 甲課`, `[ Ⅱ 特定個人情報ファイルの概要`): a box
        // torn from its label, since a selection holds no heading; the heading starts a cell.
        let torn_box = matches!(a, '[' | '［') || (open && is_mark_char(a));
        let heading_next = torn_box && opens_heading(line.get(end..).unwrap_or(""));
        // A bracket opened right after another opens the next box, the one before torn from
        // its label (`定めている[ [ 十分に行っている`): a box holds no bracket. (A mark before a
        // bracket is that box's: `○ [ ] その他`.)
        let box_after_box = matches!(b, '[' | '［') && matches!(a, '[' | '［');
        if !kept || heading_next || box_after_box || spaced_block_ends {
            out.push((at, end));
            open = false;
            holds_words = false;
        }
    }
    out
}

/// Whether the one space between `written` and `rest` sets off a word of Latin letters inside
/// Japanese words, as an extractor puts a space at each change of script (`利用者の ID を確認`,
/// `外部の USB メモリ`): the space before the word or the one after it, each single, with
/// Japanese on the word's other side too — the words' own spaces, no cells'. Refused: `甲市 2
/// 架空事務` (figures: a value of their own, as a 評価書番号 is), `ID を` at a line's start
/// (nothing Japanese before the word), `の  ID を` (two spaces: a column's gap).
fn latin_word_in_words(written: &str, rest: &str) -> bool {
    let is_word = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && w.chars().all(|c| c.is_ascii_alphanumeric())
    };
    let japanese = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() && !c.is_whitespace());
    // The space before the word: Japanese, one space, the word, one space, Japanese.
    if let Some((word, after)) = rest.split_once(' ') {
        if is_word(word) && japanese(written.chars().next_back()) && japanese(after.chars().next())
        {
            return true;
        }
    }
    // The space after it: Japanese, one space, the word, one space (this one), Japanese.
    match written.rsplit_once(' ') {
        Some((before, word)) => {
            is_word(word) && japanese(before.chars().next_back()) && japanese(rest.chars().next())
        }
        None => false,
    }
}

/// Whether the words of an open bracket, those in `written` after its `[` and those of `rest`
/// up to its `]`, close up into an option of one of the forms' ＜選択肢＞ lists: one selection
/// (`[ 30` / `万人以上 ]` → `30万人以上`). Refused: `[ 30` / `万人以上の方 ]` (no option), a
/// bracket that does not close on the line.
fn selects_option(written: &str, rest: &str) -> bool {
    let Some((_, opened)) = written.rsplit_once(['[', '［']) else {
        return false;
    };
    let Some((inside, _)) = rest.split_once([']', '］']) else {
        return false;
    };
    let closed = squeeze(&format!("{opened}{inside}"));
    !closed.is_empty()
        && super::fill::all_options()
            .binary_search_by(|o| o.as_str().cmp(&closed))
            .is_ok()
}

/// Whether a space between `written` and `rest` parts two labels of the 変更箇所's header row
/// (`変更日 項目 変更前の記載 変更後の記載 提出時期`, as a PDF text writes the row on one baseline):
/// the word before it ends with a column's label (a narrow column's label before it may run
/// into it: `提出時期に係る説明変更日`) and the word after it is a column's label whole. The row
/// stays one line, the header the later stages know the table by. Refused: `項目 変更前の記載の
/// とおり` (the word after is no label whole), `Ⅲ リスク対策 事後` (no label on either side).
fn in_change_header(written: &str, rest: &str) -> bool {
    let columns = crate::form::CHANGE_COLUMNS;
    let next_word = rest.split(' ').next().unwrap_or("");
    let before = last_word(written);
    columns.iter().any(|label| before.ends_with(label)) && columns.contains(&next_word)
}

/// Whether a space between `written` and `rest` stands around the number of an article, a
/// paragraph or an item of a law (`番号法第 9 条第 1 項`, `別表第一の 31 の項`, as a document site
/// sets every number off): the number follows `第` or `の` and is followed by `条`, `項`, `号`
/// or `の項`. Refused: `評価書番号 3 評価書名` (no citation's words around the number).
fn in_citation(written: &str, rest: &str) -> bool {
    const UNITS: [&str; 4] = ["条", "項", "号", "の項"];
    let cites = |before: &str| before.ends_with(['第', 'の']);
    let unit_follows = |words: &str| UNITS.iter().any(|u| words.starts_with(u));
    // The space before the number.
    let mut words = rest.split(' ');
    let before_number = cites(written)
        && words.next().is_some_and(is_number)
        && words.next().is_some_and(unit_follows);
    // The space after it.
    let number = last_word(written);
    let ahead = written.get(..written.len() - number.len()).unwrap_or("");
    let after_number = is_number(number) && cites(ahead.trim_end()) && unit_follows(rest);
    before_number || after_number
}

/// Whether a space between `written` and `rest` sets a list's number off from its entry, the
/// list numbered without a mark (`1 甲の受付 2 乙の通知`: a 概要's entries in a page run
/// together on one line): `written` ends in a number alone, `rest` opens with words (no
/// figure, no bracket, no label's number), and the list's number one more stands within
/// [`NUMBERED_ENTRY_WORDS`] words after, or its number one less within as many words before.
/// Reads `…を行う。 1 甲の受付 2 乙の通知` (both spaces after a number); refuses `評価書番号 1
/// 評価書名 架空事務` (no `2` near), `1 2 3` (no words after a number), `2 事務の名称 … 3 …`
/// (a label after the number) and `2 年の手当` (a number that counts).
fn in_numbered_entry(written: &str, rest: &str) -> bool {
    let number = last_word(written);
    let Some(n) = lone_number(number).filter(|_| is_number(number)) else {
        return false;
    };
    let opens_words = rest.chars().next().is_some_and(|c| {
        !c.is_ascii() && !crate::label::fold_char(c).is_ascii_digit() && !is_circled(c)
    }) && !opens_heading(rest)
        && !opens_counted(rest)
        && !form_labels().iter().any(|label| rest.starts_with(label));
    if !opens_words {
        return false;
    }
    // The list's number `k` among `words`.
    let numbers = |words: &[&str], k: u32| {
        words
            .iter()
            .any(|word| is_number(word) && lone_number(word) == Some(k))
    };
    let after: Vec<&str> = rest
        .split_whitespace()
        .skip(1)
        .take(NUMBERED_ENTRY_WORDS + 1)
        .collect();
    let next_after = numbers(after.get(..NUMBERED_ENTRY_WORDS).unwrap_or(&after), n + 1);
    let ahead = written.get(..written.len() - number.len()).unwrap_or("");
    let mut before: Vec<&str> = ahead
        .split_whitespace()
        .rev()
        .take(NUMBERED_ENTRY_WORDS)
        .collect();
    before.reverse();
    let one_before = n > 1 && numbers(&before, n - 1);
    next_after || one_before
}

/// Whether `words` open with a counter ([`COUNTERS`]: `条による`, `人`): the number before them
/// counts something, and numbers no entry.
fn opens_counted(words: &str) -> bool {
    words.chars().next().is_some_and(|c| COUNTERS.contains(&c))
}

/// Whether a space between `written` and `rest` stands inside a 和暦 date, a period's days or
/// the 様式 tag whose figures a print sets off (`令和 5 年 7 月 7 日`, `までの 33 日間`,
/// `4 月様式 3`): a figure between an era's name, `年` or `月` and the unit after it (`年`,
/// `月`, `日`), before `日間`, or after `様式`. Refused: `評価書番号 3 評価書名`, `平成30年 5 件`
/// (no date's unit after the figure).
fn in_date(written: &str, rest: &str) -> bool {
    let opens = |before: &str| {
        let before = before.trim_end();
        let eras = <crate::wareki::Era as crate::Choice>::LABELS;
        eras.iter().any(|era| before.ends_with(era)) || before.ends_with(['年', '月'])
    };
    let unit_follows = |words: &str| words.starts_with(['年', '月', '日']);
    let days_follow = |words: &str| words.starts_with("日間");
    // The space before the figure.
    let mut words = rest.split(' ');
    let figure = words.next().is_some_and(is_number);
    let after_figure = words.next().unwrap_or("");
    let tag = written.trim_end().ends_with(TAG_WORD);
    let before_figure = figure
        && ((opens(written) && unit_follows(after_figure)) || days_follow(after_figure) || tag);
    // The space after it.
    let number = last_word(written);
    let ahead = written.get(..written.len() - number.len()).unwrap_or("");
    let after_number =
        is_number(number) && ((opens(ahead) && unit_follows(rest)) || days_follow(rest));
    before_figure || after_number
}

/// Whether `rest` opens with a page mark of numbers parted by a slash, spaced (`1 / 41 ページ`,
/// `2 / 9`): a number, `/` and a number, each a word.
fn slashed_page_mark_starts(rest: &str) -> bool {
    let mut words = rest.split(' ');
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(number), Some("/"), Some(total)) if is_number(number) && is_number(total)
    )
}

/// Whether `rest` opens with a page mark of a number between dashes, spaced (`- 1 -`, `－ 3 －`):
/// a dash, a number and a dash, each a word. Refused: `- 1` (a dash and a figure: a list's).
fn dashed_page_mark_starts(rest: &str) -> bool {
    let is_dash = |word: Option<&str>| matches!(word, Some("-" | "－" | "―"));
    let mut words = rest.split(' ');
    let (open, number, close) = (words.next(), words.next(), words.next());
    is_dash(open) && number.is_some_and(is_number) && is_dash(close)
}

/// Whether `rest` opens with a heading of the forms: a chapter's (`Ⅱ 特定個人情報ファイルの概要`),
/// a section's (`５．特定個人情報の提供・移転`) or a block's with its number (`提供先3 甲機構`,
/// `システム4`).
/// Refused: `10万人以上100万人未満 ]` (a selection's words), `提供先2～5` (a page's heading of
/// blocks, no block's).
fn opens_heading(rest: &str) -> bool {
    // (A block's heading is its first word, its number to the end: the name after it may hold
    // anything.)
    let first_word = rest.split(' ').next().unwrap_or("");
    is_numbered_block(first_word)
        || super::classify::chapter_heading(rest).is_some()
        || section_heading_starts(rest).is_some()
}

/// `cell` (a piece of a run-together line between two breaks) split before each of the
/// form's labels it runs into after other text: a circled number followed by an item label of
/// [`form_labels`], `＜選択肢＞`, or a cover label of five characters or more (of any length
/// after a sentence's end or the 宣言's closing 「宣言する」: `…宣言する特記事項なし`). A label at the
/// cell's start splits nothing; a circled number no label follows (`システム12-②の変更`, a
/// reference in prose) splits nothing either.
fn split_at_labels(cell: &str) -> Vec<&str> {
    // The 宣言's closing words without their full stop (a site that drops it: `…宣言する特記事項`).
    let declaration_end = super::cover::DECLARATION_END.trim_end_matches('。');
    let mut cuts = Vec::new();
    let mut head_cut = false;
    for (at, c) in cell.char_indices().skip(1) {
        let rest = cell.get(at..).unwrap_or("");
        // (A label's head is taken once: the shorter heads inside it are its words.)
        let head = !head_cut && ends_with_label_head(rest);
        head_cut |= head;
        let starts_label = if block_after_heading(cell.get(..at).unwrap_or(""), rest) {
            true
        } else if matches!(c, '①'..='⑳') {
            let after = rest.get(c.len_utf8()..).unwrap_or("");
            form_labels().iter().any(|l| after.starts_with(l))
        } else if crate::label::fold_char(c).is_ascii_digit() {
            let before = cell.get(..at).unwrap_or("");
            section_after_chapter(before, rest)
                || section_after_space(before, rest)
                || long_section_after_words(before, rest)
        } else {
            // A cover label of any length after a sentence's end (`…宣言する。特記事項`), or
            // after the 宣言's closing words where a site dropped the full stop
            // (`…宣言する特記事項なし`: the 記載要領's 宣言 ends there).
            let after_sentence = cell
                .get(..at)
                .is_some_and(|b| b.ends_with('。') || b.ends_with(declaration_end));
            rest.starts_with(crate::form::CHOICE_HEADING)
                || cover_labels()
                    .any(|l| (after_sentence || l.chars().count() >= 5) && rest.starts_with(l))
                || head
        };
        if starts_label {
            cuts.push(at);
        }
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for at in cuts.into_iter().chain([cell.len()]) {
        if let Some(part) = cell.get(start..at) {
            if !part.trim().is_empty() {
                // (A block's heading keeps the space before a label: `システム4 ①システムの名称`.)
                out.push(part.trim_end());
            }
        }
        start = at;
    }
    out
}

/// Whether `rest` (the end of a cell) is a numbered block's heading alone (`システム1`) glued
/// to a section's title or to a closing bracket that ends `before`, as a page run together with
/// no space prints the block's heading after the section's (`…において使用するシステムシステム1`)
/// or after the last block's `その他（ ）` box (`）システム2`): the heading is a cell of its own.
/// Refuses a heading with words after it (`（甲）システム2の更新`: prose) and one glued to other
/// words (`甲システム2`: a name).
fn block_after_heading(before: &str, rest: &str) -> bool {
    let after_title = long_section_headings()
        .iter()
        .any(|&(_, title)| before.ends_with(title));
    let after_bracket = before.ends_with(['）', ')']);
    (after_title || after_bracket) && is_numbered_block(rest)
}

/// Whether `rest` (the end of a cell) is the head of a cover label printed in two words, the
/// words before its space, of five characters or more: a page run together broke the label at
/// its space (`…庁長官特定個人情報保護委員会` / `承認日` / `【行政機関等のみ】…`), and the head
/// glued to the value before it opens the label. Refused: the head with more words after it
/// (`特定個人情報保護委員会の承認を受けた`: prose), and a label of one word.
fn ends_with_label_head(rest: &str) -> bool {
    cover_labels().any(|label| {
        label
            .split_once([' ', '　'])
            .is_some_and(|(head, _)| head.chars().count() >= 5 && rest == head)
    })
}

/// Whether `rest` opens with a section's heading whose title holds [`HEADING_TITLE_CHARS`]
/// characters or more ([`long_section_headings`]) right after a word's kana or kanji, a
/// sentence's end or a closing bracket that ends `before` (pages run together with no space:
/// `…楡県宛名システム2.特定個人情報ファイル名`, `…住宅課長6.他の評価実施機関`, `…書類が減る。５．個人番号の利用`,
/// `その他 （ ）３．特定個人情報ファイル名`). Refuses a number after figures, a comma or a
/// chapter's numeral (`第1.5条`, `…は、3.特定個人情報ファイル名`, `Ⅱ4.…`: a reference, or
/// [`section_after_chapter`]'s) and a short title (`3.監査`).
fn long_section_after_words(before: &str, rest: &str) -> bool {
    let Some(last) = before.chars().last() else {
        return false;
    };
    let word = is_kanji(last) || is_kana(last) || matches!(last, 'ー' | '。' | '）' | ')');
    let Some((number, after)) = leading_number(rest, &['.', '．']) else {
        return false;
    };
    let title = after.trim_start_matches([' ', '　']);
    word && long_section_headings()
        .iter()
        .any(|&(n, t)| n == number && title.starts_with(t))
}

/// Whether `rest` opens with a section's heading whole in its title's words after a space
/// that ends `before` (`…別表の68の項　5.情報提供ネットワークシステムによる情報連携`): the heading
/// starts a cell of its own. A number after other words (`第1.5条`), or before words that are no
/// section's title (`5.架空`), splits nothing.
fn section_after_space(before: &str, rest: &str) -> bool {
    before.ends_with([' ', '　']) && section_heading_starts(rest).is_some()
}

/// Whether `rest` opens with a section's number (`1.`, `２．`) right after a chapter's title
/// that ends `before` (`Ⅰ 関連情報1.特定個人情報ファイルを…`): the section's heading starts a cell
/// of its own. A number inside a chapter's title or after other words (`第1.5条`) splits
/// nothing.
fn section_after_chapter(before: &str, rest: &str) -> bool {
    let digits = rest
        .chars()
        .take_while(|c| crate::label::fold_char(*c).is_ascii_digit())
        .count();
    let mark = rest.chars().nth(digits);
    matches!(mark, Some('.' | '．'))
        && crate::form::CHAPTER_TITLES
            .iter()
            .any(|title| before.trim_end().ends_with(title))
}

// ---- rule 5: a heading after a cell ----

/// The section headings of every form whose title holds at least [`HEADING_TITLE_CHARS`]
/// characters, as (number, title), longest title first.
fn long_section_headings() -> &'static [(u32, &'static str)] {
    static HEADINGS: std::sync::LazyLock<Vec<(u32, &'static str)>> =
        std::sync::LazyLock::new(|| {
            let mut out = Vec::new();
            for &form in <crate::AssessmentKind as crate::Choice>::ALL {
                for chapter in crate::form::chapters(form) {
                    let titles = (1..).map_while(|n| {
                        crate::form::section_title(form, chapter, n).map(|t| (n, t))
                    });
                    out.extend(titles.filter(|(_, t)| t.chars().count() >= HEADING_TITLE_CHARS));
                }
            }
            out.sort_by_key(|&(n, t)| (std::cmp::Reverse(t.len()), n));
            out.dedup();
            out
        });
    &HEADINGS
}

/// Where the section heading that ends `line` after another cell starts (rule
/// [`HEADING_AFTER_CELL`]), if one does.
fn heading_after_cell(line: &str) -> Option<usize> {
    let line = line.trim_end();
    for &(number, title) in long_section_headings() {
        let Some(before_title) = line.strip_suffix(title) else {
            continue;
        };
        let Some(before_mark) = before_title.strip_suffix(['．', '.']) else {
            continue;
        };
        // The number's digits (either width), then white space and the other cell.
        let digits = before_mark
            .chars()
            .rev()
            .take_while(|c| crate::label::fold_char(*c).is_ascii_digit())
            .count();
        let cut = before_mark
            .char_indices()
            .rev()
            .nth(digits.checked_sub(1)?)
            .map(|(at, _)| at)?;
        let written: String = before_mark[cut..]
            .chars()
            .map(crate::label::fold_char)
            .collect();
        let cell = &before_mark[..cut];
        if written.parse() == Ok(number)
            && cell.ends_with(char::is_whitespace)
            && !cell.trim().is_empty()
        {
            return Some(cut);
        }
        // (A title the forms number otherwise, `個人番号の利用` is 3 of 様式2 and 4 of 様式3,
        // is listed once a number: the next entry may be the written one.)
    }
    None
}

/// Rule [`HEADING_AFTER_CELL`] on every line that is no furniture and stands before a blank
/// line (or ends the text): a row of the page, in a text whose cells blank lines part. (In a
/// text that lost those, a page run together on one line, a heading split out would open a
/// section whose cells then run on through every line after it.) Whether it split one.
fn split_headings_after_cells(pieces: &mut Vec<Piece>) -> bool {
    let mut changed = false;
    let mut out = Vec::with_capacity(pieces.len());
    let mut taken = std::mem::take(pieces).into_iter().peekable();
    while let Some(piece) = taken.next() {
        let before_blank = taken.peek().is_none_or(|next| is_blank(&next.text));
        let at = match piece.furniture {
            None if before_blank => heading_after_cell(&piece.text),
            _ => None,
        };
        let Some(at) = at else {
            out.push(piece);
            continue;
        };
        changed = true;
        let (cell, heading) = piece.text.split_at(at);
        out.push(Piece {
            no: piece.no,
            text: cell.trim_end().to_owned(),
            furniture: None,
        });
        out.push(Piece {
            no: piece.no,
            text: heading.to_owned(),
            furniture: None,
        });
    }
    *pieces = out;
    changed
}

/// The circled label `text` starts with ([`all_circled_labels`], the longest one): its number
/// and the length of the text it takes.
fn circled_label_at(text: &str) -> Option<(u32, usize)> {
    let number = text
        .chars()
        .next()
        .and_then(super::form_words::circled_number)?;
    let after = text.get('①'.len_utf8()..)?;
    let mark = text.len() - after.len();
    // A label ends in the words only where its first character (squeezed) is theirs: the
    // others are not compared (every label of the number was, about 26 a line: −2.0 M
    // instructions of 190 M an import of the 全項目 seed text, callgrind).
    let first = crate::import::fill::squeezed_first(after);
    circled_label_firsts()
        .iter()
        .filter(|&&(n, label_first, _)| n == number && label_first.is_none_or(|c| Some(c) == first))
        .filter_map(|&(_, _, label)| label_end(after, label))
        .max()
        .map(|len| (number, mark + len))
}

/// [`all_circled_labels`], each with its first character as [`squeeze`] leaves it (`None` for
/// a label it leaves empty), for [`circled_label_at`].
fn circled_label_firsts() -> &'static [(u32, Option<char>, &'static str)] {
    static LABELS: std::sync::LazyLock<Vec<(u32, Option<char>, &'static str)>> =
        std::sync::LazyLock::new(|| {
            all_circled_labels()
                .iter()
                .map(|&(n, label)| (n, crate::import::fill::squeezed_first(label), label))
                .collect()
        });
    &LABELS
}

/// The section heading `text` starts with (its number, `．` or `.`, a section's title of any
/// form): its number and the length of the text it takes.
fn section_heading_at(text: &str) -> Option<(u32, usize)> {
    let (number, rest) = leading_number(text, &['．', '.'])?;
    let mark = text.len() - rest.len();
    sections_numbered(number)
        .filter_map(|title| label_end(rest, title))
        .max()
        .map(|len| (number, mark + len))
}

/// The label a line opens with, for rule [`LABEL_AFTER_VALUE`]: a circled label (after a
/// block's heading or not) or a section heading, its number, and where it ends in the line.
struct Opening {
    kind: OpeningKind,
    number: u32,
    end: usize,
}

/// The kind of label an [`Opening`] is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OpeningKind {
    Circled,
    Section,
}

/// The opening of `line` ([`Opening`]), if it opens with a label of the form.
fn opening_label(line: &str) -> Option<Opening> {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    let opening = |kind, (number, len): (u32, usize), at: usize| Opening {
        kind,
        number,
        end: at + len,
    };
    if let Some(found) = circled_label_at(t) {
        return Some(opening(OpeningKind::Circled, found, lead));
    }
    if let Some(found) = section_heading_at(t) {
        return Some(opening(OpeningKind::Section, found, lead));
    }
    // A numbered block opens with its heading: any other line is not searched for its first
    // word's end (most lines: −0.4 ms of 25 on the import bench).
    if !BLOCK_HEADINGS.iter().any(|heading| t.starts_with(heading)) {
        return None;
    }
    let (first, rest) = t.split_once(char::is_whitespace)?;
    if !is_numbered_block(first) {
        return None;
    }
    let label = rest.trim_start();
    let at = line.len() - label.len();
    circled_label_at(label).map(|found| opening(OpeningKind::Circled, found, at))
}

/// Where a circled label of the form that ends `line` after a sentence's end (`。`), with white
/// space between them or none, starts (rule [`LABEL_AFTER_VALUE`], a line opened by no label):
/// `…を行う。 ③システムの名称` (or `…を行う。③システムの名称`) → the label's place. `None` where
/// the label runs into words (`…を行う。 ③システムの名称を参照`) or no sentence ends before it
/// (`架空事務 ②事務の概要`).
fn label_after_sentence(line: &str) -> Option<usize> {
    let line = line.trim_end();
    let (sentence, tail) = line.rsplit_once('。')?;
    let label = tail.trim_start();
    if sentence.trim().is_empty() {
        return None;
    }
    let (_, len) = circled_label_at(label)?;
    (len == label.len()).then_some(line.len() - label.len())
}

/// Where a heading that ends `line` after a value and white space starts (rule
/// [`LABEL_AFTER_VALUE`], a line opened by no label): a section's heading of the form whole, as
/// [`heading_after_cell`] finds one (`※` after it or not), or a numbered block's heading after a
/// sentence's end. `架空ファイル 4.個人番号の利用 ※` → the place of `4.個人番号の利用 ※`;
/// `…を管理する。 システム2` → the place of `システム2`. `None` where the heading runs into words
/// (`架空ファイル 4.個人番号の利用について`), where a block's heading follows no sentence's end
/// (`架空 システム2`: a name may end so), and where nothing stands before it. `None` too where
/// the words before it are boxes (`[ ] 接続しない …`: rule [`HEADING_AFTER_CELL`]'s) or longer
/// than a cell's line ([`RUN_MIN_CHARS`]: cells run together, split by other rules).
fn heading_after_value(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let without_mark = t.strip_suffix('※').map_or(t, str::trim_end);
    let (value, last_word) = without_mark.rsplit_once(char::is_whitespace)?;
    let value = value.trim();
    let boxes = value.contains(['[', '［']);
    if value.is_empty() || boxes || value.chars().count() >= RUN_MIN_CHARS {
        return None;
    }
    // A section's heading is found as rule HEADING_AFTER_CELL finds one (its number the
    // title's); `without_mark` opens `line`, so its places are the line's.
    if let Some(at) = heading_after_cell(without_mark) {
        return Some(at);
    }
    let block = is_numbered_block(last_word) && value.ends_with('。') && t == without_mark;
    // (`last_word` ends `without_mark`.)
    block.then(|| without_mark.len() - last_word.len())
}

/// The number of the circled label that opens `line`, with its value after it or none
/// (`①部署 架空局架空` → 1); `None` for a line opened otherwise.
fn circled_opening(line: &str) -> Option<u32> {
    circled_label_at(line.trim_start()).map(|(number, _)| number)
}

/// Where the next item's circled label starts on `line`, a line opened by no label under a
/// line opened by the circled label numbered `above` with its value: the end of that value
/// wrapped onto this line, white space, then the label numbered `above + 1` and its own value
/// (`①部署 架空局架空` / `課 ②所属長 架空課長` → the place of `②所属長 架空課長`; rule
/// [`LABEL_AFTER_VALUE`]). `None` where the label is of another number, runs into words
/// (`課 ②所属長の指示で`), or opens the line.
fn next_label_with_value(line: &str, above: u32) -> Option<usize> {
    let t = line.trim_end();
    let (at, _) = t
        .char_indices()
        .find(|&(_, c)| super::form_words::is_circled(c))?;
    let value = t.get(..at)?;
    let rest = t.get(at..)?;
    let (number, len) = circled_label_at(rest)?;
    let ends = label_ends(rest.get(len..).unwrap_or(""));
    let wrapped = !value.trim().is_empty() && value.ends_with(char::is_whitespace);
    (number == above + 1 && ends && wrapped).then_some(at)
}

/// The number of the circled label that is the whole of `line` (its note mark after it):
/// `①事務の名称` → 1, `②事務の内容 ※` → 2; `None` for any other line.
fn circled_label_alone(line: &str) -> Option<u32> {
    let t = line.trim();
    let (number, len) = circled_label_at(t)?;
    squeeze(t.get(len..).unwrap_or_default())
        .is_empty()
        .then_some(number)
}

/// Where the next item's circled label starts when it ends `line` after a value, with white
/// space between them or none, under the label numbered `above` (rule [`LABEL_AFTER_VALUE`], a
/// line opened by no label): `①事務の名称` / `架空事務 ②事務の内容 ※` (or `架空事務②事務の内容
/// ※`, a text that drops the space) → the place of `②事務の内容 ※`. `None` where the label at
/// the end is of another number (`架空事務 ③対象人数` under ①: which row the value ends is not
/// shown), runs into words, or stands alone.
fn next_label_after_value(line: &str, above: u32) -> Option<usize> {
    let t = line.trim_end();
    // (The last circled number: searched from the line's end.)
    let (at, _) = t
        .char_indices()
        .rev()
        .find(|&(_, c)| super::form_words::is_circled(c))?;
    let value = t.get(..at)?.trim();
    (circled_label_alone(t.get(at..)?) == Some(above + 1) && !value.is_empty()).then_some(at)
}

/// Where a label of the form that follows a value on `line` starts (rule
/// [`LABEL_AFTER_VALUE`]); `None` where none does. (A row of circled labels with no value
/// between them, `①事務の名称 ②事務の概要`, is no label after a value: its values are under
/// it; nor is a label after one, `①事務の名称 ②事務の内容 ③対象人数`, a register's header
/// row. A section's heading is followed by its first item's label, `5.評価実施機関における
/// 担当部署 ①部署 架空課`, with or without a value between.)
fn label_after_value(line: &str, opening: &Opening) -> Option<usize> {
    let value_before = |at: usize| {
        line.get(opening.end..at).is_some_and(|value| {
            value.ends_with(char::is_whitespace)
                && (opening.kind == OpeningKind::Section || !value.trim().is_empty())
                && circled_label_at(value.trim_start()).is_none()
        })
    };
    let after_value = line
        .char_indices()
        .filter(|(at, _)| *at > opening.end && value_before(*at));
    for (at, _) in after_value {
        let rest = line.get(at..)?;
        if let Some((number, len)) = circled_label_at(rest) {
            let circled = opening.kind == OpeningKind::Circled;
            let later = !circled || number > opening.number;
            let follows = circled && number == opening.number + 1;
            if later && (label_ends(rest.get(len..).unwrap_or("")) || follows) {
                return Some(at);
            }
        }
        if let Some((number, len)) = section_heading_at(rest) {
            let later = opening.kind == OpeningKind::Circled || number > opening.number;
            let after = rest.get(len..).unwrap_or("").trim();
            if later && (after.is_empty() || after.trim_start_matches('※').trim().is_empty()) {
                return Some(at);
            }
        }
    }
    None
}

/// Whether the text `after` a label's words ends the label: the line's end, white space or the
/// note mark `※` (`②事務の内容 ※`), not more words (`③システムの名称を参照`).
fn label_ends(after: &str) -> bool {
    after.is_empty() || after.starts_with(char::is_whitespace) || after.starts_with('※')
}

/// Rule [`LABEL_AFTER_VALUE`] on every line that is no furniture, up to the 変更箇所's header
/// row (a line that holds its column 変更前の記載 or 変更後の記載: a 項目 cell names an item by
/// its heading and label one after the other, `1.基礎項目評価 ①実施日`; the 変更箇所's heading
/// alone is no sign, a table of contents lists it). Whether it split one.
fn split_labels_after_values(pieces: &mut Vec<Piece>) -> bool {
    let [_, _, before, after, ..] = crate::form::CHANGE_COLUMNS;
    let mut changed = false;
    let mut in_changes = false;
    let mut out = Vec::with_capacity(pieces.len());
    for piece in std::mem::take(pieces) {
        in_changes = in_changes || piece.text.contains(before) || piece.text.contains(after);
        let opening = match piece.furniture {
            None if !in_changes => opening_label(&piece.text),
            _ => None,
        };
        let Some(mut opening) = opening else {
            // Only a line that holds a circled number ends in a label (after a sentence, or
            // after the value of the label above), and only one before the 変更箇所 and no
            // furniture is split: the others are not read for one (−1.1 ms of 25 on the import
            // bench).
            let may_split = piece.furniture.is_none()
                && !in_changes
                && super::form_words::holds_circled(&piece.text);
            let split = if may_split {
                let line_above = out
                    .iter()
                    .rev()
                    .find(|p: &&Piece| !p.is_blank() && p.furniture.is_none());
                let above = line_above.and_then(|p| circled_label_alone(&p.text));
                let opened_above = line_above.and_then(|p| circled_opening(&p.text));
                label_after_sentence(&piece.text)
                    .or_else(|| above.and_then(|n| next_label_after_value(&piece.text, n)))
                    .or_else(|| opened_above.and_then(|n| next_label_with_value(&piece.text, n)))
            } else if piece.furniture.is_none() && !in_changes {
                heading_after_value(&piece.text)
            } else {
                None
            };
            match split {
                Some(at) => {
                    changed = true;
                    let (sentence, label) = piece.text.split_at(at);
                    for text in [sentence.trim_end(), label] {
                        out.push(Piece {
                            no: piece.no,
                            text: text.to_owned(),
                            furniture: None,
                        });
                    }
                }
                _ => out.push(piece),
            }
            continue;
        };
        let mut rest = piece.text.as_str();
        while let Some(at) = label_after_value(rest, &opening) {
            changed = true;
            let (cell, next) = rest.split_at(at);
            out.push(Piece {
                no: piece.no,
                text: cell.trim_end().to_owned(),
                furniture: None,
            });
            rest = next;
            let Some(next_opening) = opening_label(rest) else {
                break;
            };
            opening = next_opening;
        }
        out.push(Piece {
            no: piece.no,
            text: rest.to_owned(),
            furniture: None,
        });
    }
    *pieces = out;
    changed
}

// ---- rules 6–8: a wrapped date, a split value, a wrapped heading ----

/// The titles of the sections numbered `number` in any chapter of any form.
fn sections_numbered(number: u32) -> impl Iterator<Item = &'static str> {
    <crate::AssessmentKind as crate::Choice>::ALL
        .iter()
        .flat_map(move |&form| {
            crate::form::chapters(form)
                .iter()
                .filter_map(move |chapter| crate::form::section_title(form, chapter, number))
        })
}

/// The titles of [`sections_numbered`] `number`, each [`squeeze`]d and sorted, for rule
/// [`WRAPPED_HEADING`]; none for a number no section has. (Made once for every number: they
/// were made for each line that opens with a section's number, and searched one by one;
/// 185.6 → 182.9 M instructions an import of the 全項目 seed text, callgrind.)
fn squeezed_sections(number: u32) -> &'static [String] {
    static BY_NUMBER: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
        // Every chapter numbers its sections from 1 on: the first number no section has ends
        // them all.
        (1..)
            .map(|n| sorted_squeezed(sections_numbered(n)))
            .take_while(|titles| !titles.is_empty())
            .collect()
    });
    let Some(index) = number.checked_sub(1).and_then(|i| usize::try_from(i).ok()) else {
        return &[];
    };
    BY_NUMBER.get(index).map_or(&[], Vec::as_slice)
}

/// The labels of [`form_labels`], each [`squeeze`]d as a line's words are compared with them,
/// sorted (searched in two steps, as [`bare_labels`]).
fn squeezed_labels() -> &'static [String] {
    static LABELS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| sorted_squeezed(form_labels().iter().copied()));
    &LABELS
}

/// `labels`, each [`squeeze`]d, sorted and each once.
fn sorted_squeezed<'l>(labels: impl Iterator<Item = &'l str>) -> Vec<String> {
    let mut squeezed: Vec<String> = labels.map(squeeze).collect();
    squeezed.sort();
    squeezed.dedup();
    squeezed
}

/// The number a line opens with and the words after it, when it opens with one that a heading
/// or label of the form carries: a section's (`２．`: `Some(2)`), an appendix's (`（別添１）`) or
/// a circled item number (`②`) (both `None`: any label of the form may follow them).
fn numbered_start(line: &str) -> Option<(Option<u32>, &str)> {
    let line = line.trim();
    let first = line.chars().next()?;
    if super::form_words::is_circled(first) {
        return Some((None, line.get(first.len_utf8()..)?));
    }
    if let Some(rest) = line
        .strip_prefix('（')
        .or_else(|| line.strip_prefix('('))
        .and_then(|r| r.strip_prefix(crate::form::APPENDIX))
    {
        let (_, words) = rest.split_once(['）', ')'])?;
        return Some((None, words));
    }
    let (number, words) = leading_number(line, &['．', '.'])?;
    Some((Some(number), words))
}

/// How many of the lines `next` complete the heading or label `line` starts (rule
/// [`WRAPPED_HEADING`]), if they do. (Words are compared [`squeeze`]d, as the walk compares a
/// line with a label.)
fn completes_heading<'n>(line: &str, next: impl Iterator<Item = &'n str>) -> Option<usize> {
    let (number, words) = numbered_start(line)?;
    let start = squeeze(words);
    if start.chars().count() < WRAPPED_LABEL_MIN_CHARS {
        return None;
    }
    // (Sorted: searched in two steps.)
    let titles: &[String] = match number {
        Some(n) => squeezed_sections(n),
        None => squeezed_labels(),
    };
    // A heading already whole is no wrapped one: the next line is its cell's.
    if titles.binary_search(&start).is_ok() {
        return None;
    }
    let mut joined = start;
    for (taken, more) in next.take(WRAPPED_LABEL_LINES).enumerate() {
        let more = squeeze(more);
        if more.is_empty() {
            return None;
        }
        joined.push_str(&more);
        if titles.binary_search(&joined).is_ok() {
            return Some(taken + 1);
        }
        if !begins_label(titles, &joined) {
            return None;
        }
    }
    None
}

/// Whether one of the [`WRAPPED_LABEL_LINES`] lines with text above line `i` (furniture aside)
/// is a date alone: a heading there is a 変更箇所 row's 項目 under its 変更日, no heading of
/// the form's place.
fn under_a_date(pieces: &[Piece], i: usize) -> bool {
    let above = pieces.get(..i).unwrap_or_default();
    above
        .iter()
        .rev()
        .filter(|p| p.furniture.is_none() && !p.text.trim().is_empty())
        .take(WRAPPED_LABEL_LINES)
        .any(|p| super::classify::date_only(&p.text).is_some())
}

/// What a cell wrapped over lines holds, for [`join_wrapped`]: the two rules that join one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wrapped {
    /// Rule [`WRAPPED_DATE`] ([`completes_date`]).
    Date,
    /// Rule [`SPLIT_VALUE`] ([`completes_value`]).
    Value,
    /// Rule [`WRAPPED_HEADING`] ([`completes_heading`]); a heading [`under_a_date`] is a
    /// 変更箇所 row's 項目 (`平成30年1月1日` / `１．特定個人情報ファイルを取` / `り扱う事務`): it is
    /// left as printed.
    Heading,
}

/// Rule [`WRAPPED_DATE`] or [`WRAPPED_HEADING`] on every line that is no furniture: the lines
/// that complete a wrapped date or heading are joined to its first line (their words after its
/// own, no space between). Whether it joined any.
fn join_wrapped(pieces: &mut Vec<Piece>, wrapped: Wrapped) -> bool {
    // (The pieces are moved into a new list: a join drained out of the middle of the list moved
    // every piece after it, once per join — half the import's instructions on the 全項目 seed
    // text, 230 M → 130 M with this; `benches/import.rs`.)
    let mut src = std::mem::take(pieces);
    let mut out: Vec<Piece> = Vec::with_capacity(src.len());
    let mut changed = false;
    let mut i = 0;
    while i < src.len() {
        let complete = match src.get(i) {
            Some(piece) if piece.furniture.is_none() => {
                // The lines after it that a wrapped cell may run on to (no furniture).
                let next = || {
                    src.iter()
                        .skip(i + 1)
                        .take_while(|n| n.furniture.is_none())
                        .map(|n| n.text.as_str())
                };
                match wrapped {
                    Wrapped::Date => completes_date(&piece.text, next()),
                    Wrapped::Value => {
                        let same_line = src
                            .iter()
                            .skip(i + 1)
                            .take_while(|n| n.furniture.is_none() && n.no == piece.no)
                            .map(|n| n.text.as_str());
                        completes_value(&piece.text, same_line)
                    }
                    // (The look above only for a heading that would be joined: most lines are
                    // none.)
                    Wrapped::Heading => completes_heading(&piece.text, next())
                        .or_else(|| completes_bare_label(&piece.text, next))
                        .filter(|_| !under_a_date(&out, out.len()))
                        .or_else(|| completes_column(&piece.text, next())),
                }
            }
            _ => None,
        };
        let Some(slot) = src.get_mut(i) else {
            break;
        };
        let mut piece = Piece {
            no: slot.no,
            text: std::mem::take(&mut slot.text),
            furniture: slot.furniture,
        };
        if let Some(taken) = complete {
            piece.text.truncate(piece.text.trim_end().len());
            for more in src.get(i + 1..=i + taken).unwrap_or_default() {
                piece.text.push_str(more.text.trim());
            }
            if matches!(wrapped, Wrapped::Date | Wrapped::Value) {
                // A date is one word: the spaces of its pieces' lines (`年 4`) were the cell's
                // layout; so were a tag's and a band's.
                piece.text.retain(|c| !c.is_whitespace());
            }
            i += taken;
            changed = true;
        }
        out.push(piece);
        i += 1;
    }
    *pieces = out;
    changed
}

/// Rule [`OVERLAPPED_PIECES`] on every line that is no furniture: the pieces of one source
/// line that print a heading or label of the form in overlapping pieces
/// ([`overlapped_heading`]) become one line of its words. Whether it joined any.
fn join_overlapped(pieces: &mut Vec<Piece>) -> bool {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut changed = false;
    let mut i = 0;
    while let Some(piece) = pieces.get(i) {
        let rest = pieces.get(i..).unwrap_or_default();
        let mut taken = 1;
        let mut text = piece.text.clone();
        if let Some((heading, count)) = overlapped_heading(rest) {
            text = heading;
            taken = count;
            changed = true;
        }
        out.push(Piece {
            no: piece.no,
            text,
            furniture: piece.furniture,
        });
        i += taken;
    }
    *pieces = out;
    changed
}

/// The heading or label of the form that the first pieces of `pieces` print in overlapping
/// pieces (rule [`OVERLAPPED_PIECES`]), and how many pieces print it, if they do.
fn overlapped_heading(pieces: &[Piece]) -> Option<(String, usize)> {
    let first = pieces.first()?;
    // Only the cells of a line split at its spaces: most lines are a source line of their own.
    let next = pieces.get(1)?;
    if first.furniture.is_some() || next.no != first.no {
        return None;
    }
    let mut joined = first.text.trim().to_owned();
    // A whole heading printed twice may be the form's own: an appendix's heading and its
    // item's label (`（別添１）事務の内容` / `（別添１）事務の内容`).
    if is_form_heading(&joined) {
        return None;
    }
    let mut repeated = false;
    let mut found = None;
    for (count, piece) in pieces
        .iter()
        .enumerate()
        .take(OVERLAPPED_PIECES_MAX)
        .skip(1)
    {
        if piece.furniture.is_some() || piece.no != first.no {
            break;
        }
        match overlap(&joined, piece.text.trim()) {
            Some(Overlap::Longer(words)) => joined = words,
            Some(Overlap::Within) => {}
            Some(Overlap::Rest(rest)) => joined.push_str(rest),
            None => break,
        }
        repeated = true;
        if is_form_heading(&joined) {
            found = Some((joined.clone(), count + 1));
        }
    }
    found.filter(|_| repeated)
}

/// How a piece repeats the words joined before it (rule [`OVERLAPPED_PIECES`]).
#[derive(Debug, PartialEq, Eq)]
enum Overlap<'p> {
    /// It starts with all of them: its words are the longer.
    Longer(String),
    /// It is their end (or all of them).
    Within,
    /// It starts with words they end with: the rest of it follows them.
    Rest(&'p str),
}

/// How `piece` repeats the words `joined` before it, if it does (a piece that repeats none, or
/// fewer than [`OVERLAP_MIN_CHARS`] characters of their end, `None`).
fn overlap<'p>(joined: &str, piece: &'p str) -> Option<Overlap<'p>> {
    if piece.is_empty() {
        return None;
    }
    if piece.starts_with(joined) {
        return Some(Overlap::Longer(piece.to_owned()));
    }
    if joined.ends_with(piece) {
        return Some(Overlap::Within);
    }
    // The longest start of the piece that the joined words end with.
    let ends: Vec<usize> = piece.char_indices().map(|(at, _)| at).skip(1).collect();
    for &at in ends.iter().rev() {
        let (start, rest) = piece.split_at_checked(at)?;
        if start.chars().count() >= OVERLAP_MIN_CHARS && joined.ends_with(start) {
            return Some(Overlap::Rest(rest));
        }
    }
    None
}

/// Whether `words` are a heading or label of the form as a line prints it: a section's title
/// after its number, an item's label after its circled number (or an appendix's) or none, or
/// the form's title (`特定個人情報保護評価書（全項目評価書）`). (Compared [`squeeze`]d.)
fn is_form_heading(words: &str) -> bool {
    if let Some((number, rest)) = numbered_start(words) {
        let titles = match number {
            Some(n) => squeezed_sections(n),
            None => bare_labels(),
        };
        return titles.binary_search(&squeeze(rest)).is_ok();
    }
    let squeezed = squeeze(words);
    bare_labels().binary_search(&squeezed).is_ok()
        || form_titles().contains(&squeezed)
        || is_block_heading(&squeezed)
}

/// Whether `squeezed` is a block's heading alone, its word and its number (`システム1`,
/// `委託事項2`, `提供先3`, `移転先12`: 様式3–4 Ⅰ2 and Ⅱ's blocks); `システム` alone and a name
/// after the number (`システム1 架空`) are not.
fn is_block_heading(squeezed: &str) -> bool {
    let mut words = super::walk::BLOCK_WORDS
        .iter()
        .chain([&super::series::SYSTEM_HEADING]);
    words.any(|word| {
        squeezed.strip_prefix(word).is_some_and(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| crate::label::fold_char(c).is_ascii_digit())
        })
    })
}

/// The title of every form (`特定個人情報保護評価書（全項目評価書）`, 様式2–4 表紙), each
/// [`squeeze`]d.
fn form_titles() -> &'static [String] {
    static TITLES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        <crate::AssessmentKind as crate::Choice>::ALL
            .iter()
            .map(|form| {
                let title = crate::form::REPORT_TITLE;
                squeeze(&format!("{title}（{}）", form.document_name()))
            })
            .collect()
    });
    &TITLES
}

/// The labels of every form a cell may print with no number before it — items' ([`form_labels`])
/// and their parts', as each item prints them (`具体的なチェック方法`) — squeezed and sorted, for
/// rule [`WRAPPED_HEADING`]. (Sorted to be searched in two steps: every line of a PDF text is
/// tried against them.)
fn bare_labels() -> &'static [String] {
    static LABELS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let mut labels: Vec<String> = squeezed_labels().to_vec();
        for &form in <crate::AssessmentKind as crate::Choice>::ALL {
            labels.extend(super::form_words::of(form).all_labels.iter().cloned());
        }
        // The words a form prints for a control's text part where the model's label is
        // generic (`具体的なチェック方法` for `具体的な方法`).
        labels.extend(ItemId::detail_labels().into_iter().map(squeeze));
        // A part's label, which no item carries (printed vertically: `再` / `委` / `託`).
        labels.push(crate::form::RE_ENTRUSTMENT_PART.to_owned());
        // A cover label with the mark the forms print after it, wrapped with it
        // (`特定個人情報保護委員会` / `承認日【行政機関等の` / `み】`, 様式2–4 表紙).
        labels.extend(
            marked_cover_labels()
                .map(|label| squeeze(&format!("{label}{}", crate::form::GOV_ONLY_MARK))),
        );
        labels.sort();
        labels.dedup();
        labels
    });
    &LABELS
}

/// The cover's labels the forms print with 【行政機関等のみ】 after them (the 承認日's, in the
/// words of every revision).
fn marked_cover_labels() -> impl Iterator<Item = &'static str> {
    ItemId::ALL
        .iter()
        .copied()
        .filter(|id| id.is_gov_only())
        .flat_map(crate::form::labels)
        .filter(|label| super::form_words::cover_labels().any(|cover| cover == *label))
}

/// The first characters of [`bare_labels`], sorted.
fn bare_label_starts() -> &'static [char] {
    static STARTS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
        let starts = bare_labels().iter().filter_map(|l| l.chars().next());
        super::text::sorted_chars(starts)
    });
    &STARTS
}

/// Whether one of the sorted `labels` starts with `words`.
fn begins_label(labels: &[String], words: &str) -> bool {
    let at = labels.partition_point(|l| l.as_str() < words);
    labels.get(at).is_some_and(|l| l.starts_with(words))
}

/// How a label with no number before it stands over its lines (rule [`WRAPPED_HEADING`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pieces {
    /// Wrapped in a narrow cell: a first line of at least [`WRAPPED_BARE_LABEL_MIN_CHARS`]
    /// characters that is no label itself, then lines of any words, within
    /// [`WRAPPED_BARE_LABEL_LINES`] (`具体的` / `なチェ` / `ック方` / `法`).
    Wrapped,
    /// Printed vertically in the form's narrow left column, a character a line, within
    /// [`VERTICAL_LABEL_LINES`] (`再` / `委` / `託`).
    Vertical,
}

impl Pieces {
    /// Whether `first` (squeezed) may start a label standing so.
    fn starts(self, first: &str, labels: &[String]) -> bool {
        match self {
            Pieces::Wrapped => {
                first.chars().count() >= WRAPPED_BARE_LABEL_MIN_CHARS
                    && labels.binary_search_by(|l| l.as_str().cmp(first)).is_err()
            }
            Pieces::Vertical => first.chars().count() == 1,
        }
    }

    /// Whether `more` (squeezed) is a next piece of a label standing so.
    fn goes_on(self, more: &str) -> bool {
        match self {
            Pieces::Wrapped => !more.is_empty(),
            Pieces::Vertical => more.chars().count() == 1,
        }
    }

    /// How many lines after the first a label standing so takes at most.
    fn lines(self) -> usize {
        match self {
            Pieces::Wrapped => WRAPPED_BARE_LABEL_LINES,
            Pieces::Vertical => VERTICAL_LABEL_LINES,
        }
    }
}

/// How many of the lines `next()` gives complete the label with no number before it that
/// `line` starts (rule [`WRAPPED_HEADING`], [`bare_labels`]), if they do: the first label they
/// complete exactly, its pieces wrapped, else standing vertically ([`Pieces`]).
///
/// Wrapped: reads `具体的` / `なチェ` / `ック方` / `法`; refuses `架空の措置` / `の内容` (no
/// label reads so), `個人` / `番号` (too short a start) and a line that is a label already.
/// Vertical: reads `再` / `委` / `託` → `再委託`; refuses `再` / `委` / `員` (no label reads so),
/// and `再` / `委託の有無` (a next line of more than one character).
fn completes_bare_label<'n, I: Iterator<Item = &'n str>>(
    line: &str,
    next: impl Fn() -> I,
) -> Option<usize> {
    // The cheap test first: a line whose first character begins no label begins none (most
    // lines; `benches/import.rs`, the 全項目 seed text: 16.3 → 15.1 ms with it). (Once for
    // both ways a label stands, and the line squeezed once: each way tested the line apart,
    // −2.5 M instructions of 195 M an import, callgrind.)
    let first = crate::import::fill::squeezed_first(line)?;
    if bare_label_starts().binary_search(&first).is_err() {
        return None;
    }
    let start = squeeze(line);
    [Pieces::Wrapped, Pieces::Vertical]
        .into_iter()
        .find_map(|pieces| pieces.completed_by(&start, next()))
}

impl Pieces {
    /// How many of the lines `next` complete the label whose first line is `start`
    /// ([`squeeze`]d), its pieces standing so ([`completes_bare_label`]).
    fn completed_by<'n>(self, start: &str, next: impl Iterator<Item = &'n str>) -> Option<usize> {
        let pieces = self;
        let labels = bare_labels();
        if !pieces.starts(start, labels) || !begins_label(labels, start) {
            return None;
        }
        let mut joined = start.to_owned();
        for (taken, more) in next.take(pieces.lines()).enumerate() {
            let more = squeeze(more);
            if !pieces.goes_on(&more) {
                return None;
            }
            joined.push_str(&more);
            if labels.binary_search(&joined).is_ok() {
                return Some(taken + 1);
            }
            if !begins_label(labels, &joined) {
                return None;
            }
        }
        None
    }
}

/// How many of the lines `next` complete the 変更箇所 column label `line` starts (rule
/// [`WRAPPED_HEADING`]: [`crate::form::CHANGE_COLUMNS`]), if they do: the longest label they
/// complete within [`WRAPPED_COLUMN_LINES`] lines (`提出` / `時期` completes 提出時期, and
/// `提出` / `時期` / `に係` / `る説` / `明` the longer 提出時期に係る説明). A line of fewer than
/// [`WRAPPED_LABEL_MIN_CHARS`] characters starts none.
fn completes_column<'n>(line: &str, next: impl Iterator<Item = &'n str>) -> Option<usize> {
    let labels = crate::form::CHANGE_COLUMNS;
    // The cheap test first: a line whose first character begins no column's label begins none
    // (most lines; it was folded and copied: −0.5 ms of 25 on the import bench).
    let first = crate::import::fill::squeezed_first(line)?;
    if !labels.iter().any(|l| l.starts_with(first)) {
        return None;
    }
    let mut joined = squeeze(line);
    if joined.chars().count() < WRAPPED_LABEL_MIN_CHARS
        || !labels.iter().any(|l| l.starts_with(joined.as_str()))
    {
        return None;
    }
    let mut complete = None;
    for (taken, more) in next.take(WRAPPED_COLUMN_LINES).enumerate() {
        let more = squeeze(more);
        if more.is_empty() {
            break;
        }
        joined.push_str(&more);
        if labels.contains(&joined.as_str()) {
            complete = Some(taken + 1);
        }
        if !labels.iter().any(|l| l.starts_with(joined.as_str())) {
            break;
        }
    }
    complete
}

/// Whether `line` holds nothing but pieces of a date written out: digits of either width,
/// `元`, `年`, `月`, `日` and spaces (and at least one of them).
pub(crate) fn is_date_pieces(line: &str) -> bool {
    let piece = |c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '元' | '年' | '月' | '日')
    };
    line.chars().any(piece) && line.chars().all(|c| piece(c) || c.is_whitespace())
}

/// Whether `line` begins a 和暦 date it does not finish: an era's name alone or followed by
/// nothing but [date pieces](is_date_pieces), not a whole day (`令和`, `令和2年4月`; not
/// `令和2年4月1日`, `令和の架空事業`). What rule [`WRAPPED_DATE`] joins, and where a date that a
/// page cut stands.
pub(crate) fn begins_date(line: &str) -> bool {
    use crate::Choice;
    // (The era first: a line that opens with none, most, is not trimmed at its end; 181.8 → 180.1 M
    // instructions an import of the 全項目 seed text, callgrind, with the trim after the test
    // in [`completes_date`]. The pieces after the era may end in white space.)
    let opening = line.trim_start();
    let Some(rest) = crate::wareki::Era::ALL
        .iter()
        .find_map(|era| opening.strip_prefix(era.label()))
    else {
        return false;
    };
    (rest.trim().is_empty() || is_date_pieces(rest))
        && super::classify::date_only(line.trim()).is_none()
}

/// How many of the lines `next` complete the 和暦 date `line` starts (rule [`WRAPPED_DATE`]),
/// if they do.
fn completes_date<'n>(line: &str, next: impl Iterator<Item = &'n str>) -> Option<usize> {
    if !begins_date(line) {
        return None;
    }
    let line = line.trim();
    let mut joined = line.to_owned();
    for (taken, more) in next.take(WRAPPED_DATE_LINES).enumerate() {
        if !is_date_pieces(more) {
            return None;
        }
        joined.push_str(more.trim());
        if super::classify::date_only(&joined).is_some() {
            return Some(taken + 1);
        }
    }
    None
}

/// The options of the forms' ＜選択肢＞ lists that hold figures (the bands of counts and
/// periods: `10万人以上30万人未満`, `1年未満`), [`squeeze`]d and sorted, for rule
/// [`SPLIT_VALUE`]: the values a document site's spaces around numbers break.
fn figured_options() -> &'static [String] {
    static OPTIONS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let mut options: Vec<String> = Vec::new();
        for &form in <crate::AssessmentKind as crate::Choice>::ALL {
            let figured = super::form_words::of(form)
                .options
                .iter()
                .filter(|o| o.chars().any(|c| c.is_ascii_digit()));
            options.extend(figured.cloned());
        }
        options.sort_unstable();
        options.dedup();
        options
    });
    &OPTIONS
}

/// The first characters of [`figured_options`], sorted.
fn figured_option_starts() -> &'static [char] {
    static STARTS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
        let mut starts: Vec<char> = figured_options()
            .iter()
            .filter_map(|o| o.chars().next())
            .collect();
        starts.sort_unstable();
        starts.dedup();
        starts
    });
    &STARTS
}

/// How many of the pieces `next` (of `line`'s source line) complete the value `line` starts
/// (rule [`SPLIT_VALUE`]): the 様式 tag, or the longest band of [`figured_options`] they make.
fn completes_value<'n>(line: &str, next: impl Iterator<Item = &'n str>) -> Option<usize> {
    // (A tag's date may keep its opening bracket: `[ 平成 26 年 4 月` / `様式` / `2]`.)
    let in_bracket = line.trim_start().strip_prefix(['[', '［']);
    let era = begins_date(line) || in_bracket.is_some_and(begins_date);
    // The cheap test first: a line that begins no date and whose first character begins no
    // band begins none (most lines; 24.3 → 23.4 ms on the 全項目 seed text, benches/import.rs).
    let first = crate::import::fill::squeezed_first(line);
    if !era && first.is_none_or(|c| figured_option_starts().binary_search(&c).is_err()) {
        return None;
    }
    let mut joined = squeeze(line);
    let options = figured_options();
    let is_prefix = |words: &str| {
        let from = options.partition_point(|o| o.as_str() < words);
        options.get(from).is_some_and(|o| o.starts_with(words))
    };
    if joined.is_empty() || !(era || is_prefix(&joined)) {
        return None;
    }
    let mut taken_band = None;
    for (taken, more) in next.take(SPLIT_VALUE_PIECES).enumerate() {
        joined.push_str(&squeeze(more));
        if era && super::detect::is_tag(&joined) {
            return Some(taken + 1);
        }
        if options.binary_search(&joined).is_ok() || is_band_then_list_heading(options, &joined) {
            taken_band = Some(taken + 1);
        }
        if !is_prefix(&joined) && !era {
            break;
        }
    }
    taken_band
}

/// Whether `joined` (pieces closed up) is a band of `options` and then its list's heading, whose
/// brackets a page of spaced kanji lost (`30` / `万人以上選択肢`: `30 万 人 以 上 選 択 肢 1) …`,
/// the band selected and the list after it), for rule [`SPLIT_VALUE`]. Refused: `30` /
/// `万人以上選考` (no heading after the band), `30` / `選択肢` (no band before it).
fn is_band_then_list_heading(options: &[String], joined: &str) -> bool {
    joined
        .strip_suffix(crate::form::CHOICE_HEADING_WORDS)
        .is_some_and(|band| options.binary_search_by(|o| o.as_str().cmp(band)).is_ok())
}

// ---- rules 9–11: furniture ----

/// Whether `line` is a page mark ([`PAGE_MARK`]): `N / M ページ`, `N / M`, `- N -`, `－N－`,
/// `N ページ`, `ページ N`, `P. N` (digits of either width, spaces anywhere).
pub(crate) fn is_page_mark(line: &str) -> bool {
    let folded = || {
        line.chars()
            .map(crate::label::fold_char)
            .filter(|c| !c.is_whitespace())
    };
    // The dashes a page's number stands between (`- 3 -`; `― 3 ―` with the horizontal bar).
    const DASHES: [char; 4] = ['-', '―', '—', '−'];
    // A mark opens with a dash, a digit, `ページ` or `P.`: a line that opens otherwise is none,
    // its other characters not folded (−0.6 ms of 25 on the import bench).
    let opens_mark =
        |c: char| DASHES.contains(&c) || c.is_ascii_digit() || matches!(c, 'ペ' | 'P' | 'p');
    if !folded().next().is_some_and(opens_mark) {
        return false;
    }
    // The cheap test first: the longest mark, `ページ9999/9999`, is 12 characters; a longer line
    // is none, and is not copied (every line was: 28.2 → 27.1 ms on the 全項目 seed text,
    // benches/import.rs).
    if folded().nth(12).is_some() {
        return false;
    }
    let folded: String = folded().collect();
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(inner) = folded
        .strip_prefix(DASHES)
        .and_then(|s| s.strip_suffix(DASHES))
    {
        return digits(inner);
    }
    let bare = folded
        .strip_suffix("ページ")
        .or_else(|| folded.strip_prefix("ページ"))
        .or_else(|| folded.strip_prefix("P."))
        .or_else(|| folded.strip_prefix("p."))
        .unwrap_or(&folded);
    match bare.split_once('/') {
        Some((n, m)) => digits(n) && digits(m),
        None => bare.len() != folded.len() && digits(bare),
    }
}

/// Whether `line` is the header GNU `pr` prints at the top of each page (coreutils manual,
/// "pr invocation"): the file's date and time (`2025-01-06 10:12`, its default `+%Y-%m-%d
/// %H:%M` format), the file's name and the page's number (`ページ 3` in a Japanese locale,
/// `Page 3` in others), parted by runs of spaces.
fn is_print_header(line: &str) -> bool {
    // A page's number ends the line: a line that ends otherwise (most) is not trimmed nor
    // searched for the space before it (192.2 → 189.4 M instructions an import of the 全項目 seed
    // text, callgrind, with the test before the trim in [`is_page_preview`]).
    if !line.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let t = line.trim();
    let Some((before, number)) = t.rsplit_once(' ') else {
        return false;
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let before = before.trim_end();
    let Some(stamped) = before
        .strip_suffix("ページ")
        .or_else(|| before.strip_suffix("Page"))
    else {
        return false;
    };
    let mut words = stamped.split_whitespace();
    let (date, time) = (words.next(), words.next());
    let named = words.next().is_some();
    date.is_some_and(is_iso_date) && time.is_some_and(is_clock_time) && named
}

/// Whether `word` is a date as ISO 8601 writes it (`2025-01-06`).
fn is_iso_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    let widths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    widths == [4, 2, 2] && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `word` is a time of day as `HH:MM` (`10:12`).
fn is_clock_time(word: &str) -> bool {
    word.split_once(':').is_some_and(|(h, m)| {
        h.len() == 2 && m.len() == 2 && (h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
    })
}

/// Whether `line` is a document site's preview of a page: `Page N:` and the page's words, cut
/// short with `...` or `…` (the page itself follows, whole). The cut may stand at the end or
/// amid them, where a site shows the page's first words, then words picked from further on
/// (`Page 1: 特定個人情報保護評価書（重点項目評価書）...令和6年4月1日 評価実施機関名 長官 …`): the
/// picked words are the page's own, out of their order, and no value.
///
/// A slide site prints the same preview without its `Page N:` too, as its first line: the
/// report's title cut short right after the form's name
/// (`特定個人情報保護評価書（重点項目評価書）...令和元年8月9日 …`, [`cut_title`]); no report
/// prints its title so.
fn is_page_preview(line: &str) -> bool {
    // (The line's start first: a line that opens otherwise, most, is not searched for a cut;
    // 192.2 → 189.4 M instructions an import of the 全項目 seed text, callgrind, with the test before
    // the search in [`is_print_header`].)
    if !line.trim_start().starts_with("Page ") {
        return cut_title(line);
    }
    preview_words(line).is_some_and(|words| words.contains("...") || words.contains('…'))
}

/// Whether `line` opens with the report's title (`特定個人情報保護評価書`), the form's name in
/// its brackets and a cut (`...`, `…`) right after it: a site's preview of the cover
/// ([`is_page_preview`]). Refuses the title whole (`特定個人情報保護評価書（重点項目評価書）`),
/// the title and the cover's next words (`… 評価書番号 評価書名`) and a cut elsewhere.
fn cut_title(line: &str) -> bool {
    let Some(rest) = line.trim_start().strip_prefix(crate::form::REPORT_TITLE) else {
        return false;
    };
    let Some(inner) = rest.strip_prefix(['（', '(']) else {
        return false;
    };
    <crate::AssessmentKind as crate::Choice>::ALL
        .iter()
        .any(|kind| {
            inner
                .strip_prefix(kind.document_name())
                .and_then(|after| after.strip_prefix(['）', ')']))
                .is_some_and(|after| after.starts_with("...") || after.starts_with('…'))
        })
}

// ---- rule 14: a watermark's glyphs ----

/// Whether the line at `i` is a watermark's glyph amid a paragraph ([`WATERMARK`]): one kanji
/// or kana alone on its line (in the text as it came), the line before a wrapped line of prose
/// that does not end a sentence, the line after going on with it. Furniture and blank lines are not passed over:
/// a glyph stands between two lines of one cell.
fn is_watermark_glyph(pieces: &[Piece], i: usize) -> bool {
    let Some(piece) = pieces.get(i).filter(|p| p.furniture.is_none()) else {
        return false;
    };
    // (The second character first: a line that goes on after its first, most, is not trimmed
    // at its end; 171.3 → 171.0 M instructions an import of the 全項目 seed text, callgrind.)
    let second = piece.text.trim_start().chars().nth(1);
    if second.is_some_and(|c| !c.is_whitespace()) {
        return false;
    }
    let mut chars = piece.text.trim().chars();
    let lone = match (chars.next(), chars.next()) {
        (Some(c), None) => is_kanji(c) || is_kana(c),
        _ => false,
    };
    if !lone {
        return false;
    }
    // (A line of its own in the text as it came: not a cell split out of a line that ran
    // several together, whose neighbours come from the same line.)
    let neighbour = |j: Option<usize>| {
        j.and_then(|j| pieces.get(j))
            .filter(|p| p.furniture.is_none() && p.no != piece.no)
            .map(|p| p.text.trim())
            .filter(|t| !t.is_empty() && label_role(t, false) == Role::Value)
    };
    let (Some(above), Some(below)) = (neighbour(i.checked_sub(1)), neighbour(Some(i + 1))) else {
        return false;
    };
    above.chars().count() >= PROSE_LINE_CHARS
        && !crate::import::fill::ends_sentence(above)
        && !crate::import::fill::keeps_break(above, below)
}

/// Rule [`WATERMARK`]: where at least [`WATERMARK_GLYPHS`] lines are a watermark's glyphs amid
/// a paragraph, each is marked furniture. Whether it marked any.
fn mark_watermark_glyphs(pieces: &mut [Piece]) -> bool {
    let glyphs: Vec<usize> = (0..pieces.len())
        .filter(|&i| is_watermark_glyph(pieces, i))
        .collect();
    if glyphs.len() < WATERMARK_GLYPHS {
        return false;
    }
    for i in glyphs {
        if let Some(piece) = pieces.get_mut(i) {
            piece.furniture = Some(FurnitureKind::Watermark);
        }
    }
    true
}

/// Rule [`PAGE_MARK`]: marks the page marks. Whether it found one.
fn mark_page_marks(pieces: &mut [Piece]) -> bool {
    let mut found = mark_page_copies(pieces);
    for i in numbered_footers(pieces) {
        if let Some(piece) = pieces.get_mut(i) {
            piece.furniture = Some(FurnitureKind::PageMark);
            found = true;
        }
    }
    for piece in pieces.iter_mut() {
        let mark = is_page_mark(&piece.text)
            || is_page_preview(&piece.text)
            || is_print_header(&piece.text);
        if piece.furniture.is_none() && mark {
            piece.furniture = Some(FurnitureKind::PageMark);
            found = true;
        }
    }
    found
}

/// Rule [`PAGE_MARK`] for a document site that prints a page twice: its transcript, the page
/// run into one line, then the page again a cell a line (a slide site's text under its own
/// lines). A line of a page run together (at least [`RUN_MIN_CHARS`] characters and
/// [`RUN_MIN_BREAKS`] spaces) whose words, spaces aside, are the words of the lines that follow
/// it within [`PAGE_COPY_GAP`] lines, one after another and all of them, is that copy: the
/// cells are read, the line is furniture. Whether it marked any.
///
/// Reads `[令和6年10月 様式2] 評価書名 架空事務 基礎項目評価書 評価書番号 3` / `Upload` /
/// `[令和6年10月 様式2]` / `評価書名` / `架空事務 基礎項目評価書` / `評価書番号` / `3`;
/// refuses the same where a cell after differs (`評価書番号` / `4`: the line is no copy) or
/// stops short of the line's end, and a line whose words nothing after repeats.
///
/// A site prints its copy more than once, and its transcript a page a line after it (`Download
/// "…"`, then `2 Ⅰ 関連情報 …`): a line whose words a later line holds again whole, but for a few
/// characters at the ends ([`holds_same_page`]), is a copy too — the last such line is read.
///
/// A site cuts its copy short at a length, and prints a preview of a page the same way (`Page
/// 2:` and the page's first words, [`preview_words`]): the words may end inside a cell, past
/// [`RUN_MIN_BREAKS`] whole ones, and a glyph the site lost stands as a mark of its own
/// ([`LOST_GLYPHS`]: `②事務の ¡ 要` for `②事務の概要`). Reads `Page 2: Ⅰ 関連情報 1.特定個人情報
/// ファイルを取り扱う事務 ①事務の名称 架空の事務 ②事務の ¡ 要` over those cells; refuses `Page 2:
/// 架空の記載` over cells that do not open with it.
fn mark_page_copies(pieces: &mut [Piece]) -> bool {
    let long: Vec<usize> = (0..pieces.len())
        .filter(|&i| {
            pieces
                .get(i)
                .is_some_and(|p| is_page_run_together(p) || preview_words(&p.text).is_some())
        })
        .collect();
    if long.is_empty() {
        return false;
    }
    // Each line's words folded once: a text of pages run together has as many long lines as
    // pages, each compared with the lines after it (folding them at every comparison took half
    // the fuzz driver's time on a 2.5 MB text of such lines).
    let words: Vec<String> = pieces
        .iter()
        .map(|p| match p.is_blank() {
            true => String::new(),
            false => squeeze(&p.text),
        })
        .collect();
    let mut copies = Vec::new();
    for i in long {
        let Some(piece) = pieces.get(i) else { continue };
        let preview = preview_words(&piece.text).map(squeeze);
        let Some(whole) = preview.as_ref().or(words.get(i)) else {
            continue;
        };
        let after = words.get(i + 1..).unwrap_or_default();
        let repeated = (0..after.len().min(PAGE_COPY_GAP))
            .any(|from| cells_spell(after.get(from..).unwrap_or_default(), whole));
        // (The line's own words hold the labels a copy's shared words must, or no later line
        // is compared: a fuzz mutant of 2.8 MB, 1,385 lines of 500 characters repeated and
        // none a page, took 5.75 s an import with the labels counted for every pair alike,
        // 0.28 s so, 0.22 s without the rule.)
        let run_again = preview.is_none()
            && labels_held(whole) >= PAGE_COPY_LABELS
            && after
                .iter()
                .take(PAGE_COPY_GAP)
                .any(|later| holds_same_page(whole, later));
        if repeated || run_again {
            copies.push(i);
        }
    }
    for &i in &copies {
        if let Some(piece) = pieces.get_mut(i) {
            piece.furniture = Some(FurnitureKind::PageMark);
        }
    }
    !copies.is_empty()
}

/// Whether `piece` may be a page run into one line ([`mark_page_copies`]): no furniture, at
/// least [`RUN_MIN_CHARS`] characters and [`RUN_MIN_BREAKS`] spaces.
fn is_page_run_together(piece: &Piece) -> bool {
    let t = piece.text.trim();
    piece.furniture.is_none()
        && t.matches(' ').count() >= RUN_MIN_BREAKS
        && t.chars().count() >= RUN_MIN_CHARS
}

/// Whether the lines whose words are `cells` (folded, [`squeeze`]; a blank line's empty)
/// open with a run of lines, blank ones aside, more than [`RUN_MIN_BREAKS`] of them (a page's
/// cells, not one line said again), whose words are `whole` and nothing more
/// ([`mark_page_copies`]); the words may end inside the run's last cell, past
/// [`RUN_MIN_BREAKS`] whole ones (a copy cut short), and hold lost glyphs.
fn cells_spell(cells: &[String], whole: &str) -> bool {
    // (A run opens with a line of words: a blank line opens none.)
    if cells.first().is_none_or(String::is_empty) {
        return false;
    }
    let mut rest = whole;
    let mut spelt = 0;
    for words in cells {
        if words.is_empty() {
            continue;
        }
        match strip_spelt(rest, words) {
            Some(after) => rest = after,
            None => return spelt >= RUN_MIN_BREAKS && spells_start(words, rest),
        }
        spelt += 1;
        if rest.is_empty() {
            return spelt > RUN_MIN_BREAKS;
        }
    }
    false
}

/// The marks a document site prints for a glyph it could not draw in a page's preview (one
/// character of the page each): `¡` and the replacement character.
const LOST_GLYPHS: [char; 2] = ['¡', '\u{FFFD}'];

/// `rest` after `words`, where `rest` opens with them, a lost glyph ([`LOST_GLYPHS`]) standing
/// for any one character of theirs.
fn strip_spelt<'r>(rest: &'r str, words: &str) -> Option<&'r str> {
    let mut left = rest.chars();
    for c in words.chars() {
        let r = left.next()?;
        if r != c && !LOST_GLYPHS.contains(&r) {
            return None;
        }
    }
    Some(left.as_str())
}

/// Whether `words` open with `start` (a preview cut inside them), lost glyphs as in
/// [`strip_spelt`]; an empty `start` opens nothing.
fn spells_start(words: &str, start: &str) -> bool {
    let mut chars = words.chars();
    !start.is_empty()
        && start.chars().all(|s| {
            chars
                .next()
                .is_some_and(|c| c == s || LOST_GLYPHS.contains(&s))
        })
}

/// Whether `a` and `b`, the squeezed words of two lines each a page run together, hold the same
/// page: a run of at least [`RUN_MIN_CHARS`] characters holding [`PAGE_COPY_LABELS`] of the
/// form's labels ([`labels_held`]) both share, beginning within [`PAGE_COPY_WRAP`] characters
/// of each one's start and ending within as many of `a`'s end (`Download"Ⅰ関連情報…2/3"` and
/// `2Ⅰ関連情報…2/3`; `b` may go on where `a` is a copy cut short: `Ⅰ関連情報…システムの名称` and
/// `2Ⅰ関連情報…システムの名称…2/3`). Two pages with the same words but their numbers do not occur
/// on a form: each names its own section or block.
fn holds_same_page(a: &str, b: &str) -> bool {
    for (skip_a, _) in a.char_indices().take(PAGE_COPY_WRAP + 1) {
        let Some(a_rest) = a.get(skip_a..) else {
            continue;
        };
        let Some((probe_end, _)) = a_rest.char_indices().nth(RUN_MIN_CHARS) else {
            return false;
        };
        let probe = a_rest.get(..probe_end).unwrap_or(a_rest);
        for (skip_b, _) in b.char_indices().take(PAGE_COPY_WRAP + 1) {
            let b_rest = b.get(skip_b..).unwrap_or_default();
            if !b_rest.starts_with(probe) {
                continue;
            }
            let common: usize = a_rest
                .chars()
                .zip(b_rest.chars())
                .take_while(|(x, y)| x == y)
                .map(|(x, _)| x.len_utf8())
                .sum();
            let tail = |rest: &str| rest.get(common..).unwrap_or_default().chars().count();
            // (`b` may go on past `a`'s words: a copy cut short before the transcript's page.)
            let ends_differ_little = tail(a_rest) <= PAGE_COPY_WRAP;
            let shared = a_rest.get(..common).unwrap_or_default();
            if ends_differ_little && labels_held(shared) >= PAGE_COPY_LABELS {
                return true;
            }
        }
    }
    false
}

/// How many of the form's labels ([`form_labels`], longest first) `words` hold, a label inside
/// a longer one counted with the longer only: `①事務の名称…③システムの名称…２．特定個人情報
/// ファイル名` holds three.
fn labels_held(words: &str) -> usize {
    let mut rest = words.to_owned();
    let mut held = 0;
    for label in form_labels() {
        if rest.contains(label) {
            held += 1;
            rest = rest.replace(label, "\u{0}");
        }
    }
    held
}

/// The page's words a document site's preview line gives after its `Page N:` (`Page 2: Ⅰ 基本情報
/// …` → `Ⅰ 基本情報 …`); `None` for any other line.
fn preview_words(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("Page ")?;
    let (n, words) = rest.split_once(':')?;
    let numbered = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    (numbered && !words.trim().is_empty()).then_some(words)
}

/// The lines of `pieces` (indexes) that are a footer carrying the page's number amid words the
/// same on every page (rule [`PAGE_MARK`]): `架空手当に関する事務 3 架空市福祉課`, the affair, the
/// page and the division. At least [`RUNNING_HEADER_PAGES`] lines alike but for one word of
/// figures, with words on both sides of it, whose numbers step by one in the text's order, none
/// opening with a label or heading of the forms. Refused: `システム 1 甲システム` (a block's
/// heading), lines whose numbers do not step (`架空法 第 3 条 別表` / `… 第 5 条 …`), a number at
/// a line's end or start (a page mark's or a page number's, [`is_page_mark`]).
fn numbered_footers(pieces: &[Piece]) -> Vec<usize> {
    // Each footer-like line by the words around its one number: (before, after) → (index, number).
    let mut alike: std::collections::HashMap<(&str, &str), Vec<(usize, u32)>> =
        std::collections::HashMap::new();
    for (i, piece) in pieces.iter().enumerate() {
        let t = piece.text.trim();
        if piece.furniture.is_some() || t.chars().count() > FOOTER_CHARS {
            continue;
        }
        let numbers: Vec<&str> = t.split(' ').filter(|w| is_number(w)).collect();
        let [number] = numbers.as_slice() else {
            continue;
        };
        let Some((before, after)) = t.split_once(&format!(" {number} ")) else {
            continue;
        };
        let (before, after) = (before.trim(), after.trim());
        // (A block's heading and its number, `システム 1 甲システム`, is the form's; a number
        // that a particle or a counter follows is a count or a reference's, `別表第二の 27 の項`.)
        let block = BLOCK_HEADINGS.iter().any(|h| squeeze(h) == squeeze(before));
        let counted = after
            .chars()
            .next()
            .is_some_and(|c| super::text::is_hiragana(c) || COUNTERS.contains(&c));
        if before.is_empty()
            || after.is_empty()
            || block
            || counted
            || is_row_label(before)
            || opens_heading(t)
        {
            continue;
        }
        let Some(n) = page_mark_number(number) else {
            continue;
        };
        alike.entry((before, after)).or_default().push((i, n));
    }
    let mut footers = Vec::new();
    for lines in alike.into_values() {
        let steps = lines.windows(2).all(|pair| match pair {
            [(_, a), (_, b)] => a.checked_add(1) == Some(*b),
            _ => true,
        });
        if lines.len() >= RUNNING_HEADER_PAGES && steps {
            footers.extend(lines.into_iter().map(|(i, _)| i));
        }
    }
    footers
}

/// The counters a number of a report's text may carry (`第 3 条`, `2 号`, `30 万人`): a number
/// before one counts, and marks no page ([`numbered_footers`]).
const COUNTERS: [char; 9] = ['条', '項', '号', '人', '件', '年', '月', '日', '万'];

/// The page's number of a page mark (`- 3 -` → 3, `3 / 69 ページ` → 3): its first digits.
fn page_mark_number(line: &str) -> Option<u32> {
    let digits: String = line
        .chars()
        .map(crate::label::fold_char)
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The number alone on `line` (digits of either width, spaces around).
fn lone_number(line: &str) -> Option<u32> {
    let t = line.trim_matches(|c: char| c.is_whitespace());
    // A character takes four bytes at most: a longer line holds more than four, and its
    // characters are not counted (most lines: −0.9 M instructions of 205 M an import).
    if t.is_empty() || t.len() > 4 * 4 || t.chars().count() > 4 {
        return None;
    }
    let mut n: u32 = 0;
    for c in t.chars() {
        n = n
            .checked_mul(10)?
            .checked_add(crate::label::fold_char(c).to_digit(10)?)?;
    }
    Some(n)
}

/// Rule [`PAGE_NUMBERS`]: lone numbers, in line order, chained where each is one more than the
/// chain's last; the chains of at least [`PAGE_NUMBER_RUN`] are marked. Whether it marked any.
fn mark_page_numbers(pieces: &mut [Piece]) -> bool {
    // Each chain: its members' indices; the chain a number extends is the longest one whose
    // last number is one less, the latest of those on a tie (a page's number goes on with
    // the run of pages before it, not with a lone number of the same value — a cover's
    // `評価書番号 7` on page 1 — that no page mark continued).
    let mut chains: Vec<(u32, Vec<usize>)> = Vec::new();
    // The chains by their last number, each a heap of (length, index): the one a number
    // extends is the top of the heap of the number one less. (Searching every chain for it
    // took time in the square of the lone numbers: a text of 50,000 lines of `1` each spent
    // 6.8 G of its 7.5 G instructions there, under the fuzz driver.)
    let mut ends: std::collections::HashMap<u32, std::collections::BinaryHeap<(usize, usize)>> =
        std::collections::HashMap::new();
    // The numbers that open pages run together one a line are the pages' numbers already: a
    // lone number on a page (`評価書番号 1 評価書名` on page 1) does not take their run.
    let openers = page_openers(pieces);
    // Pages run together one a line: a number amid a page's cells is the page's text.
    let pages_a_line = pages_a_line(pieces);
    for (i, piece) in pieces.iter().enumerate() {
        if openers.contains(&i) || (pages_a_line && amid_a_page(pieces, i)) {
            continue;
        }
        // A page mark's number is in the run too (`- 2 -` between lone `1` and `3`).
        let n = match piece.furniture {
            Some(FurnitureKind::PageMark) => page_mark_number(&piece.text),
            Some(_) => None,
            None => lone_number(&piece.text)
                .filter(|_| !in_wrapped_date(pieces, i) && !under_number_label(pieces, i)),
        };
        let Some(n) = n else {
            continue;
        };
        // The chain this number extends, taken off the heap of the number before it.
        let mut extended_at = None;
        if let Some(heap) = n.checked_sub(1).and_then(|before| ends.get_mut(&before)) {
            extended_at = heap.pop().map(|(_, at)| at);
        }
        let extended = extended_at.and_then(|at| chains.get_mut(at).map(|chain| (at, chain)));
        match extended {
            Some((at, (last, members))) => {
                *last = n;
                members.push(i);
                ends.entry(n).or_default().push((members.len(), at));
            }
            None => {
                ends.entry(n).or_default().push((1, chains.len()));
                chains.push((n, vec![i]));
            }
        }
    }
    // The first lines of the text: where a cover prints its page number, if any.
    let top: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces.get(i).is_some_and(|p| !p.text.trim().is_empty()))
        .take(COVER_TOP_LINES)
        .collect();
    let cover_page = |members: &Vec<usize>| {
        members.len() == 2
            && members.first().is_some_and(|first| {
                top.contains(first)
                    && pieces.get(*first).and_then(|p| lone_number(&p.text)) == Some(1)
            })
    };
    let mut marked: Vec<usize> = chains
        .iter()
        .filter(|(_, m)| m.len() >= PAGE_NUMBER_RUN || cover_page(m))
        .flat_map(|(_, m)| m.iter().copied())
        .collect();
    marked.extend(openers);
    let mut found = false;
    for i in marked {
        if let Some(piece) = pieces.get_mut(i).filter(|p| p.furniture.is_none()) {
            piece.furniture = Some(FurnitureKind::PageNumber);
            found = true;
        }
    }
    found
}

/// Rule [`PAGE_NUMBERS`] for a document site's page markers, a page's number in brackets alone
/// on its line (`(1)`, `（2）`): every such line of the text, taken in order, numbers `1`, `2`,
/// `3`, … (two at least), with [`BRACKETED_PAGE_LINES`] lines of text or more between one and
/// the next. Whether it marked any.
///
/// Reads `(1)` / (a cover's ten lines) / `(2)` / (chapter Ⅰ's ten lines); refuses `（1）` /
/// `甲ファイル` / `（2）` / `乙ファイル` (a list's numbers, a line apart), a lone `(2)` alone, and
/// `(1)` … `(3)` with no `(2)` between (not the pages in turn).
fn mark_bracketed_page_numbers(pieces: &mut [Piece]) -> bool {
    let mut marks: Vec<usize> = Vec::new();
    let mut lines_since = 0;
    for (i, piece) in pieces.iter().enumerate() {
        if piece.furniture.is_some() || piece.is_blank() {
            continue;
        }
        let Some(n) = bracketed_number(&piece.text) else {
            lines_since += 1;
            continue;
        };
        let next_page = usize::try_from(n).is_ok_and(|n| n == marks.len() + 1);
        let a_page_after = marks.is_empty() || lines_since >= BRACKETED_PAGE_LINES;
        if !next_page || !a_page_after {
            return false;
        }
        marks.push(i);
        lines_since = 0;
    }
    if marks.len() < 2 {
        return false;
    }
    for i in marks {
        if let Some(piece) = pieces.get_mut(i) {
            piece.furniture = Some(FurnitureKind::PageNumber);
        }
    }
    true
}

/// The number of a line that holds only a number in round brackets of either width (`(3)`,
/// `（３）`, spaces around).
fn bracketed_number(line: &str) -> Option<u32> {
    let inner = line
        .trim()
        .strip_prefix(['(', '（'])?
        .strip_suffix([')', '）'])?;
    lone_number(inner)
}

/// The lone numbers that open pages run together one a line (rule [`PAGE_NUMBERS`]): where the
/// text's first lines each open with a number, `1`, `2`, … in turn (`1 特定個人情報保護評価書…` /
/// `2 Ⅰ 関連情報 …`), and each is a page of at least [`RUN_MIN_CHARS`] characters, the numbers
/// that [`RUN_TOGETHER`] split off alone are the pages' numbers. A text whose lines open
/// `1 架空` / `2 架空` and are short (a list) has none.
fn page_openers(pieces: &[Piece]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut page = 0;
    let mut at = 0;
    while let Some(first) = pieces.get(at) {
        // The pieces of one source line.
        let end = pieces
            .iter()
            .skip(at)
            .position(|p| p.no != first.no)
            .map_or(pieces.len(), |n| at + n);
        let line = pieces.get(at..end).unwrap_or_default();
        let chars: usize = line.iter().map(|p| p.text.chars().count()).sum();
        let number: String = first
            .text
            .trim_start()
            .chars()
            .map(crate::label::fold_char)
            .take_while(char::is_ascii_digit)
            .collect();
        if chars < RUN_MIN_CHARS || number.parse() != Ok(page + 1) {
            break;
        }
        page += 1;
        if lone_number(&first.text).is_some() {
            out.push(at);
        }
        at = end;
    }
    if page >= 2 { out } else { Vec::new() }
}

/// Whether line `i` stands right under the 評価書番号's label alone on its line (blank lines
/// aside): a number there is the cover's 評価書番号 (様式2–4 表紙), no page's number, though the
/// pages' marks after it go on from it (`評価書番号` / `1` / … / `Page 2: …`).
fn under_number_label(pieces: &[Piece], i: usize) -> bool {
    let above = pieces
        .get(..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|p| !p.is_blank());
    above.is_some_and(|p| squeeze(&p.text) == ItemId::CoverNumber.label())
}

/// Whether line `i` is a piece of a 和暦 date wrapped over lines (rule [`WRAPPED_DATE`]):
/// within [`WRAPPED_DATE_LINES`] above it a date begins that the lines down to it or past it
/// complete. A table's rows step through their years by one (`平成` / `27` / `年` … `平成` /
/// `28` / `年`): those are no page numbers.
fn in_wrapped_date(pieces: &[Piece], i: usize) -> bool {
    (i.saturating_sub(WRAPPED_DATE_LINES)..i).any(|start| {
        let Some(first) = pieces.get(start) else {
            return false;
        };
        let next = pieces.iter().skip(start + 1).map(|p| p.text.as_str());
        completes_date(&first.text, next).is_some_and(|taken| start + taken >= i)
    })
}

/// Rule [`RUNNING_HEADER`]: a line (trimmed, not blank) that stands within
/// [`BESIDE_PAGE_MARK`] non-blank lines of a page mark or page number on at least
/// [`RUNNING_HEADER_PAGES`] pages, and on half the pages or more, is marked there. Whether it marked any.
///
/// The pages are counted by numbering ([`numbering_of`]): a text may carry two (a print's
/// `19/40` and a viewer's `21 / 45 ページ` added around it), and a header goes with one of them:
/// it stands beside half the marks of that numbering.
///
/// A header the [`RUN_TOGETHER`] rule split at its cells (`架空評価書` / `公表日` / `令和7年1月6日`
/// / `2/9`) stands beside its mark a piece at a time: the rule is applied again beside the
/// furniture it found, up to [`RUNNING_HEADER_LINES`] times, so that each piece repeated on half
/// the pages joins the header. A page's own first line differs from page to page and stops it.
fn mark_running_headers(pieces: &mut [Piece]) -> bool {
    let non_blank: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces.get(i).is_some_and(|p| !p.text.trim().is_empty()))
        .collect();
    let marks: Vec<usize> = non_blank
        .iter()
        .enumerate()
        .filter(|&(_, &i)| pieces.get(i).is_some_and(|p| of_a_page(p.furniture)))
        .map(|(k, _)| k)
        .collect();
    // (The text's start is the first page's top: a header stands there too, and counts.)
    if marks.len() + 1 < RUNNING_HEADER_PAGES {
        return false;
    }
    // Each mark's numbering, and how many marks each numbering has.
    let numberings: Vec<String> = marks
        .iter()
        .map(|&k| {
            non_blank
                .get(k)
                .and_then(|&i| pieces.get(i))
                .map_or_else(String::new, |p| numbering_of(&p.text))
        })
        .collect();
    // How many marks each numbering has, and each mark's place among those of its numbering
    // (counted once here: asked of every line beside a mark, counting them there took time in
    // the product of the lines and the marks).
    let mut marks_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut ordinals = Vec::with_capacity(numberings.len());
    for numbering in &numberings {
        let count = marks_of.entry(numbering.as_str()).or_default();
        ordinals.push(*count);
        *count += 1;
    }
    let pages = Pages {
        non_blank: &non_blank,
        marks: &marks,
        numberings: &numberings,
        marks_of: &marks_of,
        ordinals: &ordinals,
    };
    let mut changed = false;
    for _ in 0..RUNNING_HEADER_LINES {
        if !mark_beside_furniture(pieces, &pages) {
            break;
        }
        changed = true;
    }
    changed
}

/// The pages of a text as [`mark_running_headers`] counts them.
struct Pages<'a> {
    /// The indexes of the non-blank lines.
    non_blank: &'a [usize],
    /// The page marks and page numbers, as indexes into `non_blank`.
    marks: &'a [usize],
    /// Each mark's numbering ([`numbering_of`]).
    numberings: &'a [String],
    /// How many marks each numbering has.
    marks_of: &'a std::collections::HashMap<&'a str, usize>,
    /// Each mark's place among the marks of its numbering (0 for its first).
    ordinals: &'a [usize],
}

/// Whether `furniture` is a page's (a mark, a number, a header, a heading repeated at its top):
/// what a running header stands beside. A reading over a name, a screen reader's announcement
/// and a watermark's glyph stand anywhere on a page.
fn of_a_page(furniture: Option<FurnitureKind>) -> bool {
    furniture.is_some_and(|kind| {
        !matches!(
            kind,
            FurnitureKind::Ruby
                | FurnitureKind::ReaderMark
                | FurnitureKind::Watermark
                | FurnitureKind::Comment
        )
    })
}

/// One step of [`mark_running_headers`]: the lines within [`BESIDE_PAGE_MARK`] of the furniture
/// around each page mark that stand there on half the pages of a numbering or more, marked.
/// Whether it marked any.
fn mark_beside_furniture(pieces: &mut [Piece], pages: &Pages<'_>) -> bool {
    let is_furniture = |j: usize| {
        pages
            .non_blank
            .get(j)
            .and_then(|&i| pieces.get(i))
            .is_some_and(|p| of_a_page(p.furniture))
    };
    // Lines beside a mark's furniture, by their text without white space (a text that keeps the
    // page's layout pads a header by the page's widths): the marks they stand beside.
    let key = |text: &str| -> String { text.chars().filter(|c| !c.is_whitespace()).collect() };
    let mut beside: std::collections::HashMap<String, Vec<(usize, usize)>> =
        std::collections::HashMap::new();
    // The lines that open a page (the first line under a mark's furniture), by their text: how
    // many pages each opens; and how many marks have a page under them.
    let mut opening: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut pages_under_marks = 0;
    for (m, &k) in pages.marks.iter().enumerate() {
        let mut first = k;
        while first > 0 && is_furniture(first - 1) {
            first -= 1;
        }
        let mut last = k;
        while is_furniture(last + 1) {
            last += 1;
        }
        let opened = pages
            .non_blank
            .get(last + 1)
            .and_then(|&i| pieces.get(i))
            .filter(|p| p.furniture.is_none());
        if let Some(piece) = opened {
            pages_under_marks += 1;
            *opening.entry(key(&piece.text)).or_default() += 1;
        }
        let above = first.saturating_sub(BESIDE_PAGE_MARK)..first;
        let below = last + 1..=last + BESIDE_PAGE_MARK;
        for j in above.chain(below) {
            let Some(&i) = pages.non_blank.get(j) else {
                continue;
            };
            let Some(piece) = pieces.get(i) else { continue };
            if piece.furniture.is_none() {
                beside.entry(key(&piece.text)).or_default().push((m, i));
            }
        }
    }
    // The first page's header has no mark above it: the text's start, past the furniture
    // already found there, is its edge.
    let text_start = (0..pages.non_blank.len())
        .find(|&j| !is_furniture(j))
        .unwrap_or(0);
    let edge: Vec<usize> = pages
        .non_blank
        .iter()
        .skip(text_start)
        .take(BESIDE_PAGE_MARK)
        .copied()
        .collect();
    // The report's title on its cover (before the first page mark): a print's running header
    // is most often the title, and the cover that prints it as the 評価書名's value is the
    // first page to hold it (the cover's line stays the value: it is counted, not marked).
    let first_mark = pages
        .marks
        .first()
        .and_then(|&j| pages.non_blank.get(j))
        .copied()
        .unwrap_or(0);
    let cover_titles: std::collections::HashSet<String> = pieces
        .get(..first_mark)
        .unwrap_or_default()
        .iter()
        .filter(|p| p.furniture.is_none() && super::cover::is_title(&p.text))
        .map(|p| key(&p.text))
        .collect();
    let mut marked = Vec::new();
    for (text, at) in beside {
        let at_edge: Vec<usize> = edge
            .iter()
            .copied()
            .filter(|&i| pieces.get(i).is_some_and(|p| key(&p.text) == text))
            .collect();
        let on_cover = cover_titles.contains(&text);
        // The pages of each numbering the line stands beside.
        let mut seen_by: std::collections::HashMap<&str, Vec<usize>> =
            std::collections::HashMap::new();
        for &(m, _) in &at {
            if let Some(numbering) = pages.numberings.get(m) {
                let seen = seen_by.entry(numbering.as_str()).or_default();
                if seen.last() != Some(&m) {
                    seen.push(m);
                }
            }
        }
        // Beside the marks of most pages of one numbering, not of a few by chance, from its
        // first pages on: a heading a chapter's pages repeat (`変更箇所` and its table's header
        // row, over the last pages) begins where the chapter does.
        // (A browser prints the page's address as a footer on every page, and a page's own
        // text holds no address alone beside two page marks by chance: two pages tell it.)
        let address = is_address(&text);
        let most_pages = seen_by.iter().any(|(numbering, seen)| {
            let first_page = !at_edge.is_empty() || on_cover;
            let count = seen.len() + usize::from(first_page);
            let all = pages.marks_of.get(numbering).copied().unwrap_or(0);
            if address {
                return count >= ADDRESS_FOOTER_PAGES;
            }
            let from_the_start = first_page
                || seen
                    .first()
                    .and_then(|&m| pages.ordinals.get(m))
                    .is_some_and(|&before| before < HEADER_FROM_PAGE);
            count >= RUNNING_HEADER_PAGES.max(all.div_ceil(2)) && from_the_start
        });
        // A header a print leaves off its cover opens every page after it: the first line
        // under each mark with a page under it, on two pages or more, in a text of as many
        // marks as a header's pages.
        let opens_later_pages = pages.marks.len() >= RUNNING_HEADER_PAGES
            && pages_under_marks >= 2
            && opening.get(&text) == Some(&pages_under_marks)
            && is_header_words(&text);
        if most_pages || opens_later_pages {
            marked.extend(at.into_iter().map(|(_, i)| i));
            marked.extend(at_edge);
        }
        // Every copy of a browser's footer is its, where a page's lines came out of order and
        // left one away from its page's mark.
        if most_pages && address {
            let copies = pages.non_blank.iter().copied().filter(|&i| {
                pieces
                    .get(i)
                    .is_some_and(|p| p.furniture.is_none() && key(&p.text) == text)
            });
            marked.extend(copies);
        }
    }
    // The text's first 様式 tag is the cover's own (the detect stage reads the form's revision
    // from it), even where each page repeats it as its header.
    let cover_tag = pieces
        .iter()
        .position(|p| p.furniture.is_none() && super::detect::is_tag(&p.text));
    marked.retain(|&i| Some(i) != cover_tag);
    for &i in &marked {
        if let Some(piece) = pieces.get_mut(i) {
            piece.furniture = Some(FurnitureKind::RunningHeader);
        }
    }
    !marked.is_empty()
}

/// Whether `text` (white space taken off) may be a header that opens every page but the cover
/// ([`RUNNING_HEADER`]): words of [`PAGE_TOP_HEADER_CHARS`] characters or more, no heading or
/// label of the form, no box, no sentence. Refuses `なし` (a short word that two pages may
/// open with by chance), `[○]紙`, `①事務の名称`, `Ⅱ特定個人情報ファイルの概要` and
/// `架空法に基づき支給する。`.
fn is_header_words(text: &str) -> bool {
    let key = squeeze(text);
    text.chars().count() >= PAGE_TOP_HEADER_CHARS
        && !text.contains(['[', '［', '。'])
        && super::classify::heading(text, &key) == super::classify::Class::Text
        && circled_label_at(text).is_none()
        && cover_labels().all(|label| !text.starts_with(label))
}

/// A page mark's or page number's numbering: its text without white space, each run of figures
/// (either width) one `#` (`19/40` and `20/40` → `#/#`; `- 3 -` → `-#-`; `12` → `#`).
fn numbering_of(mark: &str) -> String {
    let mut out = String::with_capacity(mark.len());
    for c in mark.chars().filter(|c| !c.is_whitespace()) {
        if crate::label::fold_char(c).is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_browser_s_link_numbers_are_taken_off_where_it_lists_its_links() {
        let text = "評価書名\n架空区 架空事務 基礎項目評価書\n\
                    法令上の根拠 番号法第9条第2項 [7]架空区個人番号条例第3条\n\
                    ①実施の有無 [ 実施しない ]\n①部署 [8]架空課 [9]\n\nReferences\n\n\
                    7. https://www.example.jp/reiki.html\n8. https://www.example.jp/ka/\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&LINK_MARKS.id));
        let lines = lines_of(&shaped);
        assert_eq!(
            lines[2],
            "法令上の根拠 番号法第9条第2項 架空区個人番号条例第3条"
        );
        assert_eq!(lines[3], "①実施の有無 [ 実施しない ]");
        // [9] is no link the list holds: the text's own.
        assert_eq!(lines[4], "①部署 架空課 [9]");
        // No list of links: `[7]` is the text's own mark.
        let no_list = text.split("References").next().unwrap();
        assert!(!applies(LINK_MARKS, no_list));
    }

    #[test]
    fn a_page_run_together_and_folded_is_joined_where_the_fold_cut_a_label() {
        // Folded at 50 columns.
        let folded = "特定個人情報保護評価書（基礎項目評価書） 評価書番\n\
                      号 8 評価書名 架空町 架空手当に関する事務 基礎項目\n\
                      評価書 個人のプライバシー等の権利利益の保護の宣言\n\
                      架空町は、架空手当に関する事務で特定個人情報ファイ\n\
                      ルを取り扱うにあたり、措置を講じていることを宣言す\n\
                      る。 特記事項 なし 評価実施機関名 架空町長 公表日\n\
                      令和4年6月1日\n";
        let shaped = shape(folded, Shape::PdfText);
        assert!(shaped.applied.contains(&FOLDED.id));
        let lines = lines_of(&shaped);
        assert!(lines.contains(&"評価書番号".to_owned()));
        assert!(lines.contains(&"架空町長".to_owned()));
        // The same words, each label whole on its line: a narrow page's cells.
        let page = "特定個人情報保護評価書（基礎項目評価書）\n評価書番号 8 評価書名 架空町\n\
                    個人のプライバシー等の権利利益の保護の宣言\n\
                    架空町は、措置を講じていることを宣言する。\n";
        assert!(!applies(FOLDED, page));
    }

    #[test]
    fn a_line_takes_no_more_columns_than_its_bound() {
        for text in [
            "架空町 abc",
            "ｱｲｳ",
            "\u{1100}\u{20B9F}",
            "·é",
            "評価書番号 8",
            "",
        ] {
            assert!(columns_at_most(text) >= columns_taken(text), "{text}");
        }
        assert_eq!(columns_at_most("架空町"), columns_taken("架空町"));
        assert_eq!(columns_at_most("abc"), columns_taken("abc"));
    }

    #[test]
    fn a_screen_reader_s_announcements_are_furniture() {
        let text = "表 開始\n行 1 列 1\n評価書番号\n行 1 列 2\n5\n行 2 列 1\n特記事項\n\
                    行 2 列 2\n空白\n表 終了\n空白\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&READER_MARKS.id));
        // The last `空白` follows no cell's announcement: the text's own word.
        assert_eq!(lines_of(&shaped), ["評価書番号", "5", "特記事項", "空白"]);
        assert!(
            shaped
                .furniture
                .iter()
                .all(|f| f.kind == FurnitureKind::ReaderMark)
        );
        // A sentence that names a row and a column; too few announcements.
        assert_eq!(announcement("行 1 列 2 に記載する。"), None);
        assert!(!applies(READER_MARKS, "表 開始\n評価書番号\n5\n表 終了\n"));
    }

    #[test]
    fn a_terminal_s_controls_are_taken_off() {
        let coloured = "\u{1b}]0;user@host: ~\u{7}\u{1b}[1;36m評価書名\u{1b}[0m 架空市 架空事務 重点項目評価書";
        assert_eq!(
            without_terminal_controls(coloured).as_deref(),
            Some("評価書名 架空市 架空事務 重点項目評価書")
        );
        let bold = "評\u{8}評価\u{8}価書\u{8}書番\u{8}番号\u{8}号 _\u{8}7";
        assert_eq!(
            without_terminal_controls(bold).as_deref(),
            Some("評価書番号 7")
        );
        // Controls written out in visible characters are the text's own.
        assert_eq!(without_terminal_controls("^[[1m評価書名 \\e[0m"), None);
        assert_eq!(
            without_terminal_controls("\u{8}評価書名").as_deref(),
            Some("評価書名")
        );
    }

    #[test]
    fn an_editor_s_list_mode_is_undone() {
        let text = "評価書番号^I1$\n評価書名^I架空市 架空事務 全項目評価書$\n\
                    個人のプライバシー等の権利利益の保護の宣言^I架空市は、架空事務において\n\
                    特定個人情報を適正に取り扱うことを宣言する。$\n評価実施機関名^I架空市長$\n\
                    公表日^I令和7年3月28日$\n~\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&LIST_MODE.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書番号\t1",
                "評価書名\t架空市 架空事務 全項目評価書",
                "個人のプライバシー等の権利利益の保護の宣言\t架空市は、架空事務において特定個人情報を適正に取り扱うことを宣言する。",
                "評価実施機関名\t架空市長",
                "公表日\t令和7年3月28日",
                "~"
            ]
        );
        // Too few lines end in `$`: a price's.
        assert!(!applies(LIST_MODE, "単価は10$\n評価書番号\n1\n"));
    }

    #[test]
    fn readings_in_brackets_after_their_kanji_are_taken_off() {
        let text = "評価書名（ひょうかしょめい）\n架空（かくう）市 架空事務 全項目評価書\n\
                    評価実施機関名（ひょうかじっしきかんめい）\n架空（かくう）市長\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&RUBY_BRACKETS.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書名",
                "架空市 架空事務 全項目評価書",
                "評価実施機関名",
                "架空市長"
            ]
        );
        // After a katakana; a kanji or katakana inside; too few.
        assert!(ruby_brackets("プライバシー（ぷらいばしー）").is_empty());
        assert!(ruby_brackets("評価書（案）（システム）").is_empty());
        assert!(!applies(
            RUBY_BRACKETS,
            "架空（かくう）市長\n評価書番号\n1\n"
        ));
    }

    #[test]
    fn a_document_s_comments_and_their_anchors_are_taken_off() {
        let text = "特記事項\n架空の記録は施錠して保管する。[a]\n①部署\n架空課[b]\n\n\
                    [a]文案は調整済み\n[b]課名は変わる予定\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&COMMENT_ANCHORS.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "特記事項",
                "架空の記録は施錠して保管する。",
                "①部署",
                "架空課"
            ]
        );
        assert!(
            shaped
                .furniture
                .iter()
                .all(|f| f.kind == FurnitureKind::Comment)
        );
        assert_eq!(comment_anchor(26), "[aa]");
        // Markdown's footnotes: their references taken off, their definitions furniture.
        let footnotes = "- 評価書番号：13[^1]\n- 公表日：令和6年4月1日[^note]\n\n\
                         [^1]: 架空の番号の注\n[^note]: 架空の日付の注\n";
        let shaped = shape(footnotes, Shape::PdfText);
        assert!(shaped.applied.contains(&COMMENT_ANCHORS.id));
        assert!(!shaped.text.contains("[^"));
        // A definition whose reference the text does not hold.
        assert!(!applies(
            COMMENT_ANCHORS,
            "評価書番号\n13\n[^1]: 架空の注\n"
        ));
        // No anchor above; out of order.
        assert!(!applies(COMMENT_ANCHORS, "特記事項\n架空課\n[a]文案\n"));
        assert!(!applies(
            COMMENT_ANCHORS,
            "架空課[b]\n架空[a]\n[b]甲\n[a]乙\n"
        ));
    }

    #[test]
    fn a_watermark_s_glyphs_amid_a_sentence_are_furniture() {
        let long =
            "架空市は、架空手当に関する事務において個人番号を含む情報を取り扱うにあたり、受給者";
        let text = format!(
            "{long}\n公\nの記録を預かることを自覚し、その記録を他に知られ\n表\nないよう守る。\n"
        );
        // (The second glyph's line before it is short of a wrapped line: only one stands so.)
        assert!(!applies(WATERMARK, &text));
        let text = format!("{long}\n公\nの記録を預かる。\n{long}\n表\nの記録を守る。\n");
        let shaped = shape(&text, Shape::PdfText);
        assert!(shaped.applied.contains(&WATERMARK.id));
        assert_eq!(
            lines_of(&shaped),
            [long, "の記録を預かる。", long, "の記録を守る。"]
        );
        assert!(
            shaped
                .furniture
                .iter()
                .all(|f| f.kind == FurnitureKind::Watermark)
        );
        // Before a bullet, after a sentence's end: no glyph of a watermark.
        let text = format!("{long}\n公\n・記録を預かる。\n{long}。\n表\nの記録を守る。\n");
        assert!(!applies(WATERMARK, &text));
    }

    #[test]
    fn a_document_site_s_page_preview_is_a_page_mark() {
        assert!(is_page_preview(
            "Page 2: Ⅰ 基本情報 ①事務の名称 架空事務 ②事務の内容..."
        ));
        assert!(is_page_preview("Page 12: 特定個人情報保護評価書…"));
        assert!(is_page_preview(
            "Page 1: 特定個人情報保護評価書（基礎項目評価書）...評価実施機関名 長官 庁 架空"
        ));
        assert!(!is_page_preview("Page 2: 架空の記載"));
        assert!(!is_page_preview("Pages: 架空の記載..."));
        // The cover's preview without its page: the title cut right after the form's name.
        assert!(is_page_preview(
            "特定個人情報保護評価書（重点項目評価書）...令和元年8月9日 [平成30年5月 様式3] 評価実施機関名 長 市 架空"
        ));
        assert!(!is_page_preview("特定個人情報保護評価書（重点項目評価書）"));
        assert!(!is_page_preview(
            "特定個人情報保護評価書（重点項目評価書） 評価書番号 評価書名 ..."
        ));
        assert!(is_print_header(
            "2025-01-06 10:12        架空事務.txt        ページ 3"
        ));
        assert!(is_print_header("2025-01-06 10:12   kakuu.txt   Page 12"));
        assert!(!is_print_header("2025-01-06 ページ 3"));
        assert!(!is_print_header("公表日 2025-01-06 10:12 ページ 3"));
        assert!(!is_print_header("2025-01-06 10:12   架空事務.txt   ページ"));
    }

    #[test]
    fn characters_that_print_nothing_are_taken_off() {
        let text =
            "評価書名\n奨学金の貸与\u{200B}に関する事務\n5.情報提供ネット\u{AD}ワークシステム\n";
        let shaped = shape(text, Shape::PdfText);
        assert_eq!(shaped.applied, [INVISIBLE.id]);
        assert_eq!(
            shaped.text,
            "評価書名\n奨学金の貸与に関する事務\n5.情報提供ネットワークシステム"
        );
        // A space that prints is a gap, kept.
        let spaced = "評価実施機関名\u{3000}架空市長\n公表日\u{A0}令和5年4月1日\n";
        assert!(shape(spaced, Shape::PdfText).applied.is_empty());
    }

    #[test]
    fn a_section_heading_after_a_cell_is_set_apart() {
        let heading = "６．情報提供ネットワークシステムとの接続";
        let line = format!("[ ] 接続しない（提供） [ ] 接続しない（入手） {heading}");
        let at = heading_after_cell(&line);
        assert_eq!(at.and_then(|at| line.get(at..)), Some(heading));
        for refused in [
            "詳細は ６．情報提供ネットワークシステムとの接続に記す。",
            "[ ] 接続しない（入手） ３．情報提供ネットワークシステムとの接続",
            heading,
            "[ ] 接続しない（入手）６．情報提供ネットワークシステムとの接続",
            "架空の記録 ９．監査",
        ] {
            assert_eq!(heading_after_cell(refused), None, "{refused}");
        }
    }
    #[test]
    fn figures_before_a_spaced_label_stay_apart_from_the_name_above() {
        let chars = |t: &str| t.chars().collect::<Vec<_>>();
        assert!(opens_spaced_figured_label(&chars(
            "2 システムの 機 能 構 成"
        )));
        assert!(!opens_spaced_figured_label(&chars("2 号 機")));
        assert!(!opens_spaced_figured_label(&chars("2 システムの 名 称")));
        let (line, _) = unspace("市 町 村 窓 口 端 末 2 システムの 機 能", false);
        assert_eq!(line, "市町村窓口端末 2 システムの機能");
        let (line, _) = unspace("3 . 特 定 個 人 情 報 ファイル 名", false);
        assert_eq!(line, "3. 特定個人情報ファイル名");
        // A figure inside the line is no section's number.
        let (line, _) = unspace("第 3 . 5 版", false);
        assert_eq!(line, "第3 . 5版");
    }

    #[test]
    fn cells_parted_by_bars_are_a_cell_a_line() {
        assert_eq!(
            barred_cells("システム1 | ①システムの名称 | 架空システム |"),
            Some(vec!["システム1", "①システムの名称", "架空システム"])
        );
        assert_eq!(
            barred_cells("| ②システムの機能 | 記録を管理する。 |"),
            Some(vec!["②システムの機能", "記録を管理する。"])
        );
        assert_eq!(barred_cells("承認日 | |"), Some(vec!["承認日"]));
        for refused in ["甲 | 乙", "A|B |", "甲乙|", "甲乙 |"] {
            assert_eq!(barred_cells(refused), None, "{refused}");
        }
        // One row is no table.
        let one = "特定個人情報保護評価書（基礎項目評価書）\n評価書番号 | 6 |\n";
        assert!(!applies(CELL_BARS, one));
        let two = "評価書番号 | 6 |\n評価書名 | 架空事務 基礎項目評価書 |\n";
        let shaped = shape(two, Shape::PdfText);
        assert_eq!(
            shaped.text,
            "評価書番号\n6\n評価書名\n架空事務 基礎項目評価書"
        );
    }

    #[test]
    fn a_label_after_a_value_is_set_on_a_line_of_its_own() {
        let split = |line: &str| {
            let mut pieces = vec![Piece {
                no: 1,
                text: line.to_owned(),
                furniture: None,
            }];
            split_labels_after_values(&mut pieces);
            pieces.into_iter().map(|p| p.text).collect::<Vec<_>>()
        };
        assert_eq!(
            split("①事務の名称 架空事務 ②事務の概要"),
            ["①事務の名称 架空事務", "②事務の概要"]
        );
        assert_eq!(
            split("5.評価実施機関における担当部署 ①部署 架空課 ②所属長架空課長"),
            [
                "5.評価実施機関における担当部署",
                "①部署 架空課",
                "②所属長架空課長"
            ]
        );
        // The next item's label beside the last line of a value's sentences.
        assert_eq!(
            split("架空の受付を行う。 ③システムの名称"),
            ["架空の受付を行う。", "③システムの名称"]
        );
        // Under a line opened by ① with its value, that value's end, then ② and its value.
        let mut pieces: Vec<Piece> = ["①部署 架空局架空", "課 ②所属長 架空課長"]
            .into_iter()
            .map(|text| Piece {
                no: 1,
                text: text.to_owned(),
                furniture: None,
            })
            .collect();
        split_labels_after_values(&mut pieces);
        let texts: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["①部署 架空局架空", "課", "②所属長 架空課長"]);
        assert_eq!(next_label_with_value("課 ②所属長の指示で", 1), None);
        assert_eq!(next_label_with_value("課 ③対象人数", 1), None);
        for refused in [
            "架空事務 ②事務の概要",
            "架空の受付を行う。 ③システムの名称を参照",
            "①事務の名称 ②事務の概要",
            // A row of labels, however long (a register's header row).
            "①事務の名称\t②事務の内容\t③対象人数\tシステム1 ①システムの名称",
            "①事務の名称 架空事務 ③システムの名称を参照",
            "②事務の概要 架空法に基づき ①事務の名称の事務を行う。",
            "3.特定個人情報ファイル名 架空ファイル 4.個人番号の利用について",
        ] {
            assert_eq!(split(refused), [refused]);
        }
    }

    #[test]
    fn a_box_table_s_rows_are_read_column_by_column() {
        let row = [
            box_cells("│個人のプライバ │甲  │").unwrap_or_default(),
            box_cells("│シーの宣言     │乙  │").unwrap_or_default(),
        ];
        // The label wrapped (its first line fills the cell); the value's lines stand apart.
        assert_eq!(
            row_cells(&row, false),
            Some(vec![
                "個人のプライバシーの宣言".to_owned(),
                "甲".to_owned(),
                "乙".to_owned()
            ])
        );
        // Lines that part into different counts of cells: no row of one table.
        let uneven = [
            box_cells("│甲│乙│").unwrap_or_default(),
            box_cells("│丙│").unwrap_or_default(),
        ];
        assert_eq!(row_cells(&uneven, false), None);
        assert_eq!(border_edge("├──┼──┤"), Some('├'));
        assert_eq!(border_edge("├── 架空 ──┤"), None);
    }

    #[test]
    fn a_layout_line_is_read_by_its_columns() {
        let line = "② 事務の内容      架空の記録を残す。";
        let cols = columns(line);
        assert_eq!(
            cols,
            Some(Columns {
                indent: 0,
                first: "② 事務の内容",
                rest: Some((13, "架空の記録を残す。")),
                cells: line,
            })
        );
        assert_eq!(columns("   "), None);
        let spaced = columns("    架空 一行");
        assert_eq!(
            spaced,
            Some(Columns {
                indent: 4,
                first: "架空 一行",
                rest: None,
                cells: "架空 一行",
            })
        );
        // Parted at its single space: the second cell stands one column after the first.
        assert_eq!(
            spaced.and_then(|c| c.parted_at_space()),
            Some(Columns {
                indent: 4,
                first: "架空",
                rest: Some((7, "一行")),
                cells: "架空 一行",
            })
        );
    }

    #[test]
    fn a_centred_label_takes_as_many_lines_above_as_its_centre_allows() {
        // Its line holds a cell: as many above as below, or one fewer.
        assert!(centred_above(1, 1, true));
        assert!(centred_above(1, 2, true));
        assert!(!centred_above(1, 0, true));
        assert!(!centred_above(1, 3, true));
        // Between two lines: as many.
        assert!(centred_above(2, 2, false));
        assert!(!centred_above(2, 1, false));
        assert!(!centred_above(1, 2, false));
        let lines = |text: &str| -> Vec<String> {
            shape(text, Shape::PdfText)
                .text
                .lines()
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(
            lines("\n          架空の一\n② 事務の内容\n          架空の二"),
            [
                "",
                "② 事務の内容",
                "          架空の一",
                "          架空の二"
            ]
        );
        // A page's first line (a form feed before it) opens the lines above as a blank line
        // does, and the page's end bounds the lines below: the label is centred on its page's
        // part of the cell.
        assert_eq!(
            lines(
                "① 事務の名称  架空事務\n\u{c}          架空の一\n② 事務の内容  架空の二\n          架空の三\n\u{c}          架空の四"
            ),
            [
                "① 事務の名称  架空事務",
                "② 事務の内容",
                "\u{c}          架空の一",
                "         架空の二",
                "          架空の三",
                "\u{c}          架空の四"
            ]
        );
        // The line above stands after another label's line: refused.
        let refused =
            "① 事務の名称  架空事務\n          架空の一\n② 事務の内容\n          架空の二";
        assert_eq!(lines(refused), refused.lines().collect::<Vec<_>>());
    }

    use proptest::prelude::*;

    /// The characters of `text` that are not white space.
    fn ink(text: &str) -> String {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// Lines of the characters the rules act on: kanji, kana, digits, brackets, marks, spaces.
    fn form_like_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "特",
            "定",
            "評",
            "価",
            "書",
            "番",
            "号",
            "の",
            "する",
            "ファイル",
            "1",
            "2",
            "3",
            " ",
            "  ",
            "[",
            "]",
            "○",
            "①",
            "（",
            "）",
            "- ",
            " -",
            "/",
            "ページ",
            "、",
            "。",
            "\n",
            "評価書番号",
            "＜選択肢＞",
            "1)",
            "Ⅱ",
        ]);
        prop::collection::vec(pieces, 0..200).prop_map(|p| p.concat())
    }

    /// The case the property below found: a label wrapped under its circled number, its value
    /// two spaces right of the number, is set above the value — the same ink, not in order.
    #[test]
    fn a_centred_label_moves_its_ink_and_keeps_it() {
        let shaped = shape("①  特\n評価書番号 ", Shape::PdfText);
        assert_eq!(shaped.applied, [CENTRED_LABEL.id]);
        assert_eq!(ink(&shaped.text), "①評価書番号特");
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        /// The stage takes off white space and furniture only: the ink of the shaped lines is
        /// the text's ink in order (but where a centred label was set above its value), all of
        /// it where no furniture was taken off.
        #[test]
        fn shaping_keeps_every_character_but_spaces_and_furniture(text in form_like_text()) {
            let shaped = shape(&text, Shape::PdfText);
            // A furniture piece may come out of a line run together with cells: the shaped ink
            // is a part of the text's ink, in order, and all of it where nothing was furniture
            // (and no rule that leaves out marks applied).
            // (Rule 3 sets a label printed beside its value's lines above them, `①  架空` /
            // `評価書番号` → `①評価書番号` / `架空`: there the ink is the text's, not in order.)
            let kept = ink(&text);
            let shaped_ink = ink(&shaped.text);
            if shaped.applied.contains(&CENTRED_LABEL.id) {
                let mut left: Vec<char> = kept.chars().collect();
                for c in shaped_ink.chars() {
                    let at = left.iter().position(|&k| k == c);
                    prop_assert!(at.is_some(), "{c:?} of {shaped_ink:?} not in {kept:?}");
                    if let Some(at) = at {
                        left.remove(at);
                    }
                }
                prop_assert!(left.is_empty() || !shaped.furniture.is_empty(), "{left:?} lost");
            } else {
                let mut rest = kept.chars();
                prop_assert!(
                    shaped_ink.chars().all(|c| rest.any(|k| k == c)),
                    "{shaped_ink:?} not in order in {kept:?}"
                );
                // (Some rules leave out marks by design: a word diff's old words, a wiki link's
                // brackets and target, a caption's timings, a chat's headers, a data frame's
                // index, an OCR box's corners, the words a text layer repeated of a heading.)
                let drops_marks = [
                    WORD_DIFF,
                    WIKI_LINKS,
                    CAPTIONS,
                    CHAT_LOG,
                    DATA_FRAME,
                    OCR_BOXES,
                    OVERLAPPED_PIECES,
                ]
                .iter()
                    .any(|rule| shaped.applied.contains(&rule.id));
                if shaped.furniture.is_empty() && !drops_marks {
                    prop_assert_eq!(shaped_ink, ink(&text));
                }
            }
        }
    }

    /// The shaped text's lines, blank ones left out.
    /// Whether `rule` changes `text` (a PDF text).
    fn applies(rule: Rule, text: &str) -> bool {
        shape(text, Shape::PdfText).applied.contains(&rule.id)
    }

    /// `lines` as pieces, numbered from 1, no furniture.
    fn pieces_of(lines: &[&str]) -> Vec<Piece> {
        lines
            .iter()
            .enumerate()
            .map(|(i, text)| Piece {
                no: i + 1,
                text: (*text).to_owned(),
                furniture: None,
            })
            .collect()
    }

    fn lines_of(s: &Shaped) -> Vec<String> {
        s.text
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn a_spreadsheet_saved_as_csv_is_read_a_cell_a_line() {
        let text = "評価書番号,5,\n評価書名,架空事務 基礎項目評価書,\n評価実施機関名,架空町長,\n\
                    公表日,令和6年4月1日,\n②事務の概要,\"架空法に基づき、\n手当を\"\"支給\"\"する。\",\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&CSV_ROWS.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書番号",
                "5",
                "評価書名",
                "架空事務 基礎項目評価書",
                "評価実施機関名",
                "架空町長",
                "公表日",
                "令和6年4月1日",
                "②事務の概要",
                "架空法に基づき、",
                "手当を\"支給\"する。",
            ]
        );
        // The quoted cell's second line keeps its own source line.
        assert_eq!(shaped.source(11), 6);
        // A book converted sheet by sheet: each sheet its own width, the line before each a
        // page mark; a sheet whose rows part into different counts of cells is no CSV.
        let book = "-------- 1 - 表紙\n評価書番号,5\n公表日,令和6年4月1日\n\
                    -------- 2 - 基本情報\n,①事務の名称,架空事務\n,①部署,架空課\n,②所属長,架空課長\n";
        let shaped = shape(book, Shape::PdfText);
        assert!(shaped.applied.contains(&CSV_ROWS.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書番号",
                "5",
                "公表日",
                "令和6年4月1日",
                "①事務の名称",
                "架空事務",
                "①部署",
                "架空課",
                "②所属長",
                "架空課長"
            ]
        );
        let ragged = "-------- 1 - 表紙\n評価書番号,5\n公表日,令和6年4月1日,甲\n\
                      -------- 2 - 基本情報\n,①事務の名称,架空事務\n,①部署,架空課\n";
        assert!(!applies(CSV_ROWS, ragged));
        // Lines of prose with commas part into different counts of cells: no CSV.
        let prose =
            "架空市は, 架空事務において,\n特定個人情報ファイルを, 取り扱う\n甲,乙\n丙,丁\n戊,己\n";
        assert!(!applies(CSV_ROWS, prose));
        // A quote left open, or run on into other characters: no CSV.
        let open = "甲,\"乙\n丙,丁\n戊,己\n庚,辛\n壬,癸\n";
        assert!(!applies(CSV_ROWS, open));
        let run_on = "甲,\"乙\"丙\n丙,丁\n戊,己\n庚,辛\n壬,癸\n";
        assert!(!applies(CSV_ROWS, run_on));
        // A spreadsheet's text formulas: their text, a line break of the formula a line.
        let formulas = "=\"評価書番号\",=\"5\"\n=\"公表日\",=\"令和6年4月1日\"\n\
                        =\"②事務の概要\",=\"甲を受け付ける。\"&CHAR(10)&\"乙を通知する。\"\n\
                        =\"①部署\",=\"架空課\"\n=\"②所属長\",=\"架空課長\"\n";
        let shaped = shape(formulas, Shape::PdfText);
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書番号",
                "5",
                "公表日",
                "令和6年4月1日",
                "②事務の概要",
                "甲を受け付ける。",
                "乙を通知する。",
                "①部署",
                "架空課",
                "②所属長",
                "架空課長"
            ]
        );
        // A `&` after a quote that joins no line break: no CSV.
        let joined = "=\"甲\"&\"乙\",丙\n丙,丁\n戊,己\n庚,辛\n壬,癸\n";
        assert!(!applies(CSV_ROWS, joined));
    }

    #[test]
    fn a_table_of_padded_cells_without_borders_is_written_a_cell_a_line() {
        let text = "|評価書番号    |評価書名                |\n\
                    |7             |架空町 架空事務 評価書  |\n\
                    \n\
                    |②事務の概要   |架空手当を支給し、その記|\n\
                    |              |録を残す。              |\n\
                    |              |記録は五年保存する。    |\n\
                    |3.個人番号の利用                       |\n\
                    |法令上の根拠  |架空条例第3条           |\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&PADDED_BARS.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書番号",
                "評価書名",
                "7",
                "架空町 架空事務 評価書",
                "②事務の概要",
                "架空手当を支給し、その記録を残す。",
                "記録は五年保存する。",
                "3.個人番号の利用",
                "法令上の根拠",
                "架空条例第3条"
            ]
        );
        // Lines of different widths (a reader view's rows); a Markdown table; too few lines.
        for refused in [
            "|評価書番号|7|\n|評価書名|架空町 架空事務 評価書|\n|評価実施機関名|架空町長|\n|公表日|令和2年1月1日|\n",
            "|甲  |乙  |\n|----|----|\n|丙  |丁  |\n|戊  |己  |\n",
            "|評価書番号    |7     |\n|評価書名      |架空  |\n",
        ] {
            assert!(!applies(PADDED_BARS, refused), "{refused}");
        }
    }

    #[test]
    fn labels_in_half_width_katakana_are_written_in_full_width() {
        let text = "③ｼｽﾃﾑの名称 税務総合ｼｽﾃﾑ、住民情報ｼｽﾃﾑ\n\
                    4. 情報提供ﾈｯﾄﾜｰｸｼｽﾃﾑによる情報連携\n\
                    個人のﾌﾟﾗｲﾊﾞｼｰ等の権利利益の保護の宣言\n\
                    Ⅱ 特定個人情報ﾌｧｲﾙの概要\n架空ｶﾞｲﾄﾞﾌﾞｯｸﾌｧｲﾙ\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&HALFWIDTH_KANA.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "③システムの名称 税務総合ｼｽﾃﾑ、住民情報ｼｽﾃﾑ",
                "4. 情報提供ネットワークシステムによる情報連携",
                "個人のプライバシー等の権利利益の保護の宣言",
                "Ⅱ 特定個人情報ファイルの概要",
                "架空ｶﾞｲﾄﾞﾌﾞｯｸﾌｧｲﾙ"
            ]
        );
        // A value alone; a sentence that opens with a label's words; a label in full-width.
        for refused in [
            "税務総合ｼｽﾃﾑ\n",
            "ｼｽﾃﾑの名称は次のとおり\n",
            "③システムの名称 税務総合ｼｽﾃﾑ\n",
        ] {
            assert!(!applies(HALFWIDTH_KANA, refused), "{refused}");
        }
    }

    #[test]
    fn labels_whose_long_vowel_ocr_read_as_one_are_mended() {
        let text = "個人のプライバシ一等の権利利益の保護の宣言\n\
                    4.情報提供ネットワ一クシステムによる情報連携\n\
                    データ一件ごとに架空のシステム一式を使う\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&LONG_VOWEL.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "個人のプライバシー等の権利利益の保護の宣言",
                "4.情報提供ネットワークシステムによる情報連携",
                "データ一件ごとに架空のシステム一式を使う"
            ]
        );
        assert_eq!(long_vowels_mended("ネットワ一ク一"), "ネットワークー");
        assert_eq!(long_vowels_mended("第一"), "第一");
        // No label mended: a value's words, a sentence.
        for refused in ["ページ一覧\n", "システム一式を更新する\n"] {
            assert!(!applies(LONG_VOWEL, refused), "{refused}");
        }
    }

    #[test]
    fn half_width_kana_take_their_sound_marks() {
        assert_eq!(full_width_kana("ｶﾞﾊﾟﾋﾞｳﾞｯﾎﾟ｢ｱ｣､ﾝ｡"), "ガパビヴッポ「ア」、ン。");
        // A mark after a kana that takes none stays a mark of its own.
        assert_eq!(full_width_kana("ｱﾞﾝﾟ"), "ア゛ン゜");
        assert_eq!(full_width_kana("ﾞ架空"), "゛架空");
    }

    #[test]
    fn wiki_links_are_read_as_the_words_they_show() {
        assert_eq!(
            without_wiki_links("評価実施機関名:: [[架空町長]]").as_deref(),
            Some("評価実施機関名:: 架空町長")
        );
        assert_eq!(
            without_wiki_links("[[架空システム|甲]]、[[乙]]").as_deref(),
            Some("甲、乙")
        );
        assert_eq!(without_wiki_links("[[架空町長"), None);
        assert_eq!(without_wiki_links("[[[1, 2], [3, 4]], ('甲', 0.9)]"), None);
        assert_eq!(without_wiki_links("[ 実施する ]"), None);
    }

    #[test]
    fn dot_leaders_between_a_label_and_its_value_are_taken_off() {
        let text = "評価書番号 ………… 12\n②法令上の根拠 …………\n①事務の名称・・・・架空事務\n\
                    2.特定個人情報ファイル名 ……… 架空ファイル\n②所属長 ……… 架空課長\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&DOT_LEADERS.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書番号 12",
                "②法令上の根拠",
                "①事務の名称 架空事務",
                "2.特定個人情報ファイル名 架空ファイル",
                "②所属長 架空課長"
            ]
        );
        // No label before the leaders; a word's middle dot; an ellipsis of fewer dots.
        for refused in [
            "架空の事務 ……（略）\n",
            "①事務の名称 甲・乙\n",
            "評価書名 架空…事務\n",
        ] {
            assert!(!applies(DOT_LEADERS, refused), "{refused}");
        }
    }

    #[test]
    fn values_set_in_kagi_brackets_lose_them_where_the_text_quotes_its_values() {
        let text = "評価書番号　「5」\n評価実施機関名　「架空町長」\n特記事項　「なし」\n\
                    ②事務の内容　「架空法に基づき、\n架空の「手当」を支給する。」\n\
                    ①事務の名称　「甲」交付事務\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&VALUE_QUOTES.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書番号　5",
                "評価実施機関名　架空町長",
                "特記事項　なし",
                "②事務の内容　架空法に基づき、",
                "架空の「手当」を支給する。",
                "①事務の名称　「甲」交付事務"
            ]
        );
        // Fewer quoted values: the brackets are the text's own.
        let few = "評価書番号　「5」\n特記事項　「なし」\n①事務の名称　架空事務\n";
        assert!(!applies(VALUE_QUOTES, few));
        // Brackets that close inside the value, or around no label's value.
        let inside = "評価書番号　「5」号\n特記事項　「甲」と「乙」\n架空　「丙」\n架空の「丁」\n";
        assert!(!applies(VALUE_QUOTES, inside));
    }

    #[test]
    fn readings_over_a_names_kanji_are_furniture() {
        let text = "評価書名\nかざはや\n架空村 架空事務 基礎項目評価書\n評価実施機関名\nかざ はや\n架空村長\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&RUBY.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "評価書名",
                "架空村 架空事務 基礎項目評価書",
                "評価実施機関名",
                "架空村長"
            ]
        );
        assert!(
            shaped
                .furniture
                .iter()
                .all(|f| f.kind == FurnitureKind::Ruby)
        );
        // `なし` twice; a reading once; a reading over a line with no kanji; a sentence's
        // last words under its line.
        for refused in [
            "特記事項\nなし\n評価実施機関名\nなし\n公表日\n",
            "評価書名\nかざはや\n架空村の事務\n",
            "評価書名\nかざはや\nカザハヤ\n公表日\nかざはや\nカザハヤ\n",
            "架空の記録を確認\nする\n架空の記録を保存\nする\n架空課が行う。\n",
        ] {
            assert!(!applies(RUBY, refused), "{refused}");
        }
    }

    #[test]
    fn a_label_wrapped_beside_its_value_is_joined() {
        let text = "評価実施 架空市長\n機関名\n①事務の\t架空税の賦課\n名称\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&NARROW_LABEL.id));
        assert_eq!(
            lines_of(&shaped),
            ["評価実施機関名 架空市長", "①事務の名称\t架空税の賦課"]
        );
        // A label's pieces alone, then its value beside the last piece: the value's line.
        let shaped = shape(
            "個人のプラ\nイバシー等\nの権利利益\nの保護の宣\n言\t架空市は宣言する。\n",
            Shape::PdfText,
        );
        assert_eq!(
            lines_of(&shaped),
            ["個人のプライバシー等の権利利益の保護の宣言\t架空市は宣言する。"]
        );
        assert_eq!(shaped.source(1), 5);
        // A label centred on its value's row (its number parted by a space): its first piece
        // above the value's line, the piece that completes it below; blank lines between a
        // label's pieces.
        let shaped = shape(
            "① システムの\n架空システム\n名称\n② システムの 架空の記録を管理する。\n\n機能\n",
            Shape::PdfText,
        );
        assert_eq!(
            lines_of(&shaped),
            [
                "①システムの名称 架空システム",
                "②システムの機能 架空の記録を管理する。"
            ]
        );
        assert_eq!(shaped.source(1), 2);
        // No label ① reads so; a whole label; pieces at another indentation; a value's line
        // between pieces when a value stands beside the first; pieces that complete no label.
        for refused in [
            "①事務の 架空税\n内容 課税する\n",
            "評価実施機関名 架空市長\n名\n",
            "評価実施 架空市長\n  機関名\n",
            "① システムの 架空システム\n架空の記録\n名称\n",
            "① システムの\n架空システム\n架空の記録を管理する。\n",
        ] {
            assert!(!applies(NARROW_LABEL, refused), "{refused}");
        }
    }

    #[test]
    fn values_printed_a_line_down_are_put_under_their_labels() {
        let text = "評価書番号\n評価書名 9\n架空町 架空事務 基礎項目評価書\n評価実施機関名\n公表日 架空町長\n\
                    令和6年4月1日\n①部署\n②所属長 架空課\n架空課長\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&VALUE_DOWN.id));
        let lines = lines_of(&shaped);
        assert_eq!(
            lines.get(..2),
            Some(&["評価書番号".to_owned(), "9".to_owned()][..])
        );
        assert_eq!(
            lines.get(lines.len() - 4..),
            Some(&["①部署", "架空課", "②所属長", "架空課長"].map(str::to_owned)[..])
        );
        // The value moved keeps its source line, and is read as inferred.
        assert_eq!(shaped.source(2), 2);
        assert!(shaped.reordered.contains(2));
        // A cover whose 評価書番号 holds its own number is in the form's order.
        let ordered = text.replacen("評価書番号\n評価書名 9", "評価書番号 9\n評価書名", 1);
        assert!(!applies(VALUE_DOWN, &ordered));
        // Chapter Ⅰ's names show the shift with one cover label: a 事務's name on its 内容's
        // line, a system's on its 機能's.
        let text = "評価実施機関名\n公表日 架空町長\n令和6年4月1日\nⅠ 基本情報\n①事務の名称\n\
                    ②事務の内容 架空税に関する事務\n架空税を課す。\nシステム1\n①システムの名称\n\
                    ②システムの機能 架空税システム\n架空税を計算する。\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&VALUE_DOWN.id));
        let lines = lines_of(&shaped);
        assert!(
            lines
                .windows(2)
                .any(|w| w == ["①事務の名称", "架空税に関する事務"])
        );
        assert!(
            lines
                .windows(2)
                .any(|w| w == ["①システムの名称", "架空税システム"])
        );
        // A sentence's wrapped lines follow its first, before the next value down.
        let wrapped = text.replacen(
            "評価実施機関名\n公表日 架空町長\n",
            "特記事項\n評価実施機関名 架空の通知の作成と発送を架空の事業者に委託しているが、委託先に渡す\n\
             書類には番号を載せていない。\n公表日 架空町長\n",
            1,
        );
        let lines = lines_of(&shape(&wrapped, Shape::PdfText));
        let note = lines.iter().position(|l| l == "特記事項");
        assert_eq!(
            note.and_then(|at| lines.get(at + 1..at + 4)),
            Some(
                &[
                    "架空の通知の作成と発送を架空の事業者に委託しているが、委託先に渡す",
                    "書類には番号を載せていない。",
                    "評価実施機関名",
                ]
                .map(str::to_owned)[..]
            )
        );
        // Not after a value that ends its sentence, nor before a label alone.
        for refused in [
            wrapped.replacen("委託先に渡す\n", "委託先に渡している。\n", 1),
            wrapped.replacen("公表日 架空町長\n", "公表日\n架空町長\n", 1),
        ] {
            let lines = lines_of(&shape(&refused, Shape::PdfText));
            let at = lines
                .iter()
                .position(|l| l == "書類には番号を載せていない。");
            let above = at
                .and_then(|at| at.checked_sub(1))
                .and_then(|a| lines.get(a));
            assert_eq!(
                above.map(String::as_str),
                Some("評価実施機関名"),
                "{refused}"
            );
        }
        // A name's label holding its own name: the text is printed in the form's order.
        let own = text.replace(
            "①事務の名称\n②事務の内容 架空税に関する事務",
            "①事務の名称 架空税に関する事務\n②事務の内容",
        );
        assert!(!applies(VALUE_DOWN, &own));
        // A section that is an item takes the value on the next heading's line; one over items
        // does not.
        let text = "評価書番号\n評価書名 9\n架空町 架空事務 基礎項目評価書\n評価実施機関名\n\
                    公表日 架空町長\n令和6年4月1日\n2.特定個人情報ファイル名\n\
                    3.個人番号の利用 ※ 架空ファイル\n法令上の根拠\n架空条例\n";
        let lines = lines_of(&shape(text, Shape::PdfText));
        assert!(lines.windows(3).any(|w| w
            == [
                "2.特定個人情報ファイル名",
                "架空ファイル",
                "3.個人番号の利用"
            ]));
        assert!(is_item_heading("2.特定個人情報ファイル名"));
        assert!(is_item_heading("7.他の評価実施機関"));
        assert!(!is_item_heading("3.個人番号の利用"));
        assert!(!is_item_heading("1.特定個人情報ファイルを取り扱う事務"));
    }

    #[test]
    fn a_sheet_s_merged_cells_are_written_once() {
        let text = "Ⅰ 基本情報\tⅠ 基本情報\n特記事項\t特記事項\t特記事項\n2.システム\t2.システム\n\
                    ①部署\t①部署\t総務課\t総務課\n②概要\t\"甲\"\"乙\"\"\"\t\t\n\t\t[様式2]\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&MERGED_CELLS.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "Ⅰ 基本情報",
                "特記事項",
                "2.システム",
                "①部署\t総務課",
                "②概要\t甲\"乙\"\t\t",
                "\t\t[様式2]"
            ]
        );
        // Two rows that repeat one cell are too few: neighbours that match stay.
        let few = "特記事項\t特記事項\n①部署\t①部署\t総務課\n1\t1\n";
        assert!(!applies(MERGED_CELLS, few));
    }

    #[test]
    fn a_sheet_s_quoted_cells_lose_their_quotes() {
        let text = "⇥特記事項⇥⇥\n⇥\"・甲を確かめる。\n・\"\"乙\"\"を確かめる。\"⇥⇥\n⇥①部署⇥\"総務課\"⇥\n⇥架空の\"甲\"⇥⇥\n"
            .replace('⇥', "\t");
        let shaped = shape(&text, Shape::PdfText);
        assert!(shaped.applied.contains(&SHEET_QUOTES.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "\t特記事項\t\t",
                "\t・甲を確かめる。",
                "・\"乙\"を確かめる。\t\t",
                "\t①部署\t総務課\t",
                "\t架空の\"甲\"\t\t"
            ]
        );
        // Too few lines parted by tabs: a quote of a sentence.
        let few = "\"甲\"\t乙\t丙\n丁\n";
        assert!(!applies(SHEET_QUOTES, few));
    }

    #[test]
    fn a_text_dumped_with_its_line_numbers_has_them_taken_off() {
        let cat = "     1\t評価書番号\n     2\t6\n     3\t評価書名\n     4\t\n     5\t架空町長\n";
        let shaped = shape(cat, Shape::PdfText);
        assert!(shaped.applied.contains(&LINE_NUMBERS.id));
        assert_eq!(
            lines_of(&shaped),
            ["評価書番号", "6", "評価書名", "架空町長"]
        );
        let grep = "7:評価書番号\n8:6\n9:評価書名\n10:架空事務 基礎項目評価書\n11:架空町長\n";
        assert_eq!(
            lines_of(&shape(grep, Shape::PdfText))
                .first()
                .map(String::as_str),
            Some("評価書番号")
        );
        // grep -H -n with context: the file's name too, groups parted by `--`, the command
        // above; a name that differs, or numbers that fall back, are no such prefixes.
        let grep_h = "$ grep -Hn -A 3 評価書番号 架空-1.txt\n架空-1.txt:2:評価書番号\n\
                      架空-1.txt-3-6\n架空-1.txt-4-評価書名\n--\n架空-1.txt:9:①事務の名称\n\
                      架空-1.txt-10-架空事務\n";
        assert_eq!(
            lines_of(&shape(grep_h, Shape::PdfText)),
            [
                "$ grep -Hn -A 3 評価書番号 架空-1.txt",
                "評価書番号",
                "6",
                "評価書名",
                "①事務の名称",
                "架空事務"
            ]
        );
        for text in [
            "甲.txt:1:評価書番号\n甲.txt-2-6\n乙.txt-3-評価書名\n甲.txt-4-架空\n甲.txt-5-架空\n",
            "甲.txt:5:評価書番号\n甲.txt-6-6\n--\n甲.txt:2:評価書名\n甲.txt-3-架空\n甲.txt-4-架空\n",
        ] {
            assert!(!applies(LINE_NUMBERS, text));
        }
        // In the right margin, each page's lines counted from 1.
        let margin = "評価書番号          1\n6                   2\n                    3\n\
                      評価書名            4\n\u{c}Ⅰ 基本情報         1\n①事務の名称        2\n";
        assert_eq!(
            lines_of(&shape(margin, Shape::PdfText)),
            [
                "評価書番号",
                "6",
                "評価書名",
                "\u{c}Ⅰ 基本情報",
                "①事務の名称"
            ]
        );
        // A layout's values at its lines' ends are no line numbers.
        let layout = "評価書番号    14\n評価書名      架空事務 基礎項目評価書\n\
                      評価実施機関名    架空町長\n公表日    令和5年4月1日\n特記事項    なし\n";
        assert!(!applies(LINE_NUMBERS, layout));
        // Numbers that skip, a line without one, too few lines: left as they are.
        for text in [
            "1:甲\n3:乙\n5:丙\n7:丁\n9:戊\n",
            "1:甲\n2:乙\n丙\n4:丁\n5:戊\n",
            "1:甲\n2:乙\n3:丙\n",
        ] {
            assert!(!applies(LINE_NUMBERS, text));
        }
    }

    #[test]
    fn an_ascii_grid_is_read_as_a_table_drawn_with_borders() {
        assert!(is_grid_border("+----+:===+"));
        assert!(!is_grid_border("+----+ 架空 +"));
        assert!(!is_grid_border("++"));
        // In a grid, a line that ends no sentence wrapped, whatever its width.
        let row = [
            box_cells("| 架空法に基づ   |").unwrap_or_default(),
            box_cells("| き、支給する。 |").unwrap_or_default(),
            box_cells("| ・甲           |").unwrap_or_default(),
        ];
        assert_eq!(
            row_cells(&row, true),
            Some(vec![
                "架空法に基づき、支給する。".to_owned(),
                "・甲".to_owned()
            ])
        );
    }

    #[test]
    fn a_value_that_ends_in_the_next_item_s_label_under_a_label_is_split() {
        assert_eq!(circled_label_alone("②事務の内容 ※"), Some(2));
        assert_eq!(circled_label_alone("②事務の内容 架空"), None);
        let line = "架空事務 ②事務の内容 ※";
        assert_eq!(next_label_after_value(line, 1), line.find('②'));
        // Under ②, or a label that stands alone: no split.
        assert_eq!(next_label_after_value(line, 2), None);
        assert_eq!(next_label_after_value("②事務の内容", 1), None);
        // A text that dropped the space: the label of the next number is split off all the same.
        let glued = "架空事務②事務の内容 ※";
        assert_eq!(next_label_after_value(glued, 1), glued.find('②'));
        assert_eq!(next_label_after_value("架空事務②事務の内容を参照", 1), None);
        let sentence = "手当を支給する。③対象人数";
        assert_eq!(label_after_sentence(sentence), sentence.find('③'));
        assert_eq!(
            label_after_sentence("手当を支給する。③対象人数を数える"),
            None
        );
    }

    #[test]
    fn a_heading_after_a_value_is_set_on_a_line_of_its_own() {
        let line = "架空ファイル 4.個人番号の利用 ※";
        assert_eq!(heading_after_value(line), line.find('4'));
        let line = "架空法第9条第1項 5.情報提供ネットワークシステムによる情報連携";
        assert_eq!(heading_after_value(line), line.find('5'));
        let line = "架空の情報を管理する。 システム2";
        assert_eq!(heading_after_value(line), line.find("システム"));
        // A heading run into words; a block's heading after a name; nothing before it.
        assert_eq!(
            heading_after_value("架空ファイル 4.個人番号の利用について"),
            None
        );
        assert_eq!(heading_after_value("架空 システム2"), None);
        assert_eq!(heading_after_value(" 4.個人番号の利用 ※"), None);
        // A title the forms number otherwise (3 of 様式2, 4 of 様式3, 5 of 様式4) at any of its
        // numbers, at no other.
        for number in ["3", "4", "5"] {
            let line = format!("[ ] 紙 {number}.個人番号の利用");
            assert_eq!(heading_after_cell(&line), line.find(number));
        }
        assert_eq!(heading_after_cell("[ ] 紙 9.個人番号の利用"), None);
    }

    #[test]
    fn a_text_letter_spaced_with_ideographic_spaces_is_closed_up() {
        assert!(letter_spaced("河　鹿　市　長"));
        assert!(letter_spaced("評　価　書　名　　架　空"));
        assert!(!letter_spaced("国民健康保険に関する事務　全項目評価書"));
        assert!(!letter_spaced("河 鹿 市 長"));
        let text =
            "評　価　書　番　号\n4\n評　価　書　名\n架　空　事　務　　基　礎　項　目　評　価　書\n";
        assert_eq!(
            lines_of(&shape(text, Shape::PdfText)),
            ["評価書番号", "4", "評価書名", "架空事務 基礎項目評価書"]
        );
        // Words set apart by ideographic spaces, not letters: left as they are.
        let words = "架空市　架空事務\n評価書名　架空\n";
        assert_eq!(
            lines_of(&shape(words, Shape::PdfText)),
            ["架空市　架空事務", "評価書名　架空"]
        );
    }

    #[test]
    fn quoted_lines_lose_their_quote_marks() {
        let text = "以下です。\n> 評価書番号\n> 4\n> > 評価書名\n> 架空事務 基礎項目評価書\n>\n> 架空町長\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&QUOTE_MARKS.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "以下です。",
                "評価書番号",
                "4",
                "評価書名",
                "架空事務 基礎項目評価書",
                "架空町長"
            ]
        );
        let few = "評価書番号\n> 4\n評価書名\n";
        assert!(!applies(QUOTE_MARKS, few));
    }

    #[test]
    fn a_label_s_bullet_or_brackets_are_taken_off() {
        assert_eq!(
            without_label_mark("【評価書名】架空事務 基礎項目評価書").as_deref(),
            Some("評価書名 架空事務 基礎項目評価書")
        );
        assert_eq!(
            without_label_mark("【Ⅰ 関連情報】").as_deref(),
            Some("Ⅰ 関連情報")
        );
        assert_eq!(
            without_label_mark("■①事務の名称　架空事務").as_deref(),
            Some("①事務の名称　架空事務")
        );
        assert_eq!(
            without_label_mark("■法令上の根拠").as_deref(),
            Some("法令上の根拠")
        );
        // A bullet before a value, the form's own mark, brackets around a value or around a
        // label with no number (a value's subheading): kept.
        assert_eq!(without_label_mark("【事務の内容】"), None);
        assert_eq!(without_label_mark("■架空台帳ファイル"), None);
        assert_eq!(without_label_mark("【行政機関等のみ】"), None);
        assert_eq!(without_label_mark("【架空】の記録"), None);
        // A label with no number in brackets, its value after them (where the text sets its
        // other labels so: the caller's count): taken out of them; alone, or not whole, kept.
        assert_eq!(
            without_bare_label_brackets("【法令上の根拠】番号法第9条").as_deref(),
            Some("法令上の根拠 番号法第9条")
        );
        assert_eq!(without_bare_label_brackets("【事務の内容】"), None);
        assert_eq!(
            without_bare_label_brackets("【法令上の根拠等】番号法"),
            None
        );
    }

    #[test]
    fn a_text_drawn_values_first_is_put_in_the_form_s_order() {
        let text = "特定個人情報保護評価書（基礎項目評価書）\n6\n評価書番号\n\
                    架空市 架空事務 基礎項目評価書\n評価書名\n架空市長\n評価実施機関名\n\
                    Ⅰ 関連情報\n架空事務\n①事務の名称\n架空課\n②所属長\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&VALUES_FIRST.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "特定個人情報保護評価書（基礎項目評価書）",
                "評価書番号",
                "6",
                "評価書名",
                "架空市 架空事務 基礎項目評価書",
                "評価実施機関名",
                "架空市長",
                "Ⅰ 関連情報",
                "①事務の名称",
                "架空事務",
                // (An earlier revision's label, `②所属長`, is a label too.)
                "②所属長",
                "架空課",
            ]
        );
        let moved: Vec<usize> = shaped.reordered.iter().collect();
        assert_eq!(moved, [2, 4, 6, 9, 11]);
    }

    #[test]
    fn a_section_s_value_drawn_before_its_heading_is_put_under_it() {
        // A basic form's chapter drawn values first: the sections 2 and 6 are items of their
        // own, and section 5's heading shares its line with its first label.
        let text = "6\n評価書番号\n架空市 架空事務 基礎項目評価書\n評価書名\n架空市長\n\
                    評価実施機関名\nⅠ 関連情報\n1.特定個人情報ファイルを取り扱う事務\n架空事務\n\
                    ①事務の名称\n架空ファイル\n2.特定個人情報ファイル名\n架空課\n\
                    5.評価実施機関における担当部署 ①部署\n架空課長\n②所属長の役職名\nなし\n\
                    6.他の評価実施機関\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&VALUES_FIRST.id));
        let lines = lines_of(&shaped);
        let chapter = lines
            .iter()
            .position(|l| l == "Ⅰ 関連情報")
            .unwrap_or_default();
        assert_eq!(
            lines.get(chapter..).unwrap_or_default(),
            [
                "Ⅰ 関連情報",
                "1.特定個人情報ファイルを取り扱う事務",
                "①事務の名称",
                "架空事務",
                "2.特定個人情報ファイル名",
                "架空ファイル",
                "5.評価実施機関における担当部署",
                "①部署",
                "架空課",
                "②所属長の役職名",
                "架空課長",
                "6.他の評価実施機関",
                "なし",
            ]
        );
        // A section whose items are its circled labels is no item of its own.
        assert!(is_item_section("2.特定個人情報ファイル名"));
        assert!(is_item_section("３．個人番号の利用 法令上の根拠"));
        assert!(!is_item_section("1.特定個人情報ファイルを取り扱う事務"));
        assert!(!is_item_section("5.評価実施機関における担当部署"));
    }

    #[test]
    fn a_section_drawn_as_a_row_above_its_value_keeps_the_value_under_it() {
        // The section heading drawn as a row above its value cell: the value after it is its
        // own, not the next section's.
        let text = "6\n評価書番号\n架空市 架空事務 基礎項目評価書\n評価書名\n架空市長\n\
                    評価実施機関名\nⅠ 関連情報\n1.特定個人情報ファイルを取り扱う事務\n架空事務\n\
                    ①事務の名称\n架空システム\n③システムの名称\n2.特定個人情報ファイル名\n\
                    架空ファイル\n3.個人番号の利用\n番号法第9条第1項\n法令上の根拠\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&VALUES_FIRST.id));
        let lines = lines_of(&shaped);
        let section = lines
            .iter()
            .position(|l| l == "③システムの名称")
            .unwrap_or_default();
        assert_eq!(
            lines.get(section..).unwrap_or_default(),
            [
                "③システムの名称",
                "架空システム",
                "2.特定個人情報ファイル名",
                "架空ファイル",
                "3.個人番号の利用",
                "法令上の根拠",
                "番号法第9条第1項",
            ]
        );
    }

    #[test]
    fn a_section_drawn_value_by_label_under_a_cover_in_order_is_put_back() {
        let section = |labels: &[&str]| {
            let mut text = "評価書番号\n6\n評価書名\n架空町 架空事務 基礎項目評価書\nⅠ 関連情報\n\
                            1.特定個人情報ファイルを取り扱う事務\n"
                .to_owned();
            let values = [
                "架空事務",
                "架空法に基づき、架空の給付を行う。",
                "架空システム",
            ];
            for (value, label) in values.iter().zip(labels) {
                text.push_str(&format!("{value}\n{label}\n"));
            }
            text.push_str("2.特定個人情報ファイル名\n架空ファイル\n");
            lines_of(&shape(&text, Shape::PdfText))
        };
        let lines = section(&["①事務の名称", "②事務の概要", "③システムの名称"]);
        let at = lines.iter().position(|l| l == "①事務の名称");
        assert_eq!(
            at.and_then(|at| lines.get(at..at + 6)),
            Some(
                &[
                    "①事務の名称",
                    "架空事務",
                    "②事務の概要",
                    "架空法に基づき、架空の給付を行う。",
                    "③システムの名称",
                    "架空システム",
                ]
                .map(str::to_owned)[..]
            )
        );
        // Two blocks' values each before a run of labels, no heading between: left as printed.
        let blocks = "評価書番号\n6\n評価書名\n架空町 架空事務 全項目評価書\nⅠ 基本情報\n\
                      2.特定個人情報ファイルを取り扱う事務において使用するシステム\n\
                      システム1 甲システム\n甲を管理する。\n①システムの名称\n②システムの機能\n\
                      システム2 乙システム\n乙を管理する。\n①システムの名称\n②システムの機能\n\
                      3.特定個人情報ファイル名\n架空ファイル\n";
        assert!(!applies(STACK_AFTER_VALUES, blocks));
        // Two labels: left as printed.
        let lines = section(&["①事務の名称", "②事務の概要"]);
        let at = lines.iter().position(|l| l == "①事務の名称");
        assert_eq!(
            at.and_then(|at| at.checked_sub(1))
                .and_then(|a| lines.get(a))
                .map(String::as_str),
            Some("架空事務")
        );
    }

    #[test]
    fn a_cover_row_of_labels_drawn_after_its_values_is_read_values_first() {
        let text = "3\n架空村 架空事務 基礎項目評価書\n特定個人情報保護評価書（基礎項目評価書）\n\
                    評価書番号\n評価書名\n架空村長\n令和6年4月1日\n評価実施機関名\n公表日\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(shaped.applied.contains(&VALUES_FIRST.id));
        assert_eq!(
            lines_of(&shaped),
            [
                "特定個人情報保護評価書（基礎項目評価書）",
                "評価書番号",
                "3",
                "評価書名",
                "架空村 架空事務 基礎項目評価書",
                "評価実施機関名",
                "架空村長",
                "公表日",
                "令和6年4月1日",
            ]
        );
        // A row of labels over its row of values is the form's order.
        let ordered = "評価書番号\n評価書名\n3\n架空村 架空事務 基礎項目評価書\n\
                       評価実施機関名\n公表日\n架空村長\n令和6年4月1日\n";
        assert!(!applies(VALUES_FIRST, ordered));
    }

    #[test]
    fn a_cover_label_takes_only_a_value_of_its_own() {
        // The 宣言's lines are its own: a label after them takes only the lines after them.
        let declaration = pieces_of(&[
            "架空市は、架空事務において措置を講じていることを宣言する。",
            "窓口の端末は施錠した部屋に置いている。",
        ]);
        assert_eq!(the_declarations("特記事項", &declaration), 1);
        assert_eq!(
            the_declarations("個人のプライバシー等の権利利益の保護の宣言", &declaration),
            0
        );
        assert_eq!(the_declarations("①事務の名称", &declaration), 0);
        let body = pieces_of(&["架空市長"]);
        assert!(!takes_cover_value("公表日", &body));
        assert!(takes_cover_value("評価実施機関名", &body));
        assert!(takes_cover_value("①事務の名称", &declaration));
    }

    #[test]
    fn a_chapter_whose_sections_open_with_a_label_is_printed_in_order() {
        let pieces = pieces_of(&[
            "1.特定個人情報ファイルを取り扱う事務",
            "①事務の名称",
            "架空事務",
            "②事務の内容",
            "架空の内容",
        ]);
        assert!(printed_in_order(&pieces, &line_roles(&pieces)));
        let drawn = pieces_of(&[
            "1.特定個人情報ファイルを取り扱う事務",
            "架空事務",
            "①事務の名称",
        ]);
        assert!(!printed_in_order(&drawn, &line_roles(&drawn)));
    }

    #[test]
    fn a_heading_on_one_line_with_its_first_label_tells_no_order() {
        // Each value drawn before its label; the sections 4 and 5 printed on one line with
        // their first labels, and parted: those two tell nothing, the first section's value
        // before its label tells the drawing order.
        let lines = [
            (1, "1.特定個人情報ファイルを取り扱う事務"),
            (2, "架空事務"),
            (3, "①事務の名称"),
            (4, "架空の概要。"),
            (5, "②事務の概要"),
            (6, "4.情報提供ネットワークシステムによる情報連携"),
            (6, "①実施の有無"),
            (7, "②法令上の根拠"),
            (8, "架空課"),
            (9, "5.評価実施機関における担当部署"),
            (9, "①部署"),
            (10, "架空課長"),
            (11, "②所属長の役職名"),
        ];
        let drawn: Vec<Piece> = lines
            .iter()
            .map(|(no, text)| Piece {
                no: *no,
                text: (*text).to_owned(),
                furniture: None,
            })
            .collect();
        assert!(!printed_in_order(&drawn, &line_roles(&drawn)));
        // Each heading on a line of its own: sections 4 and 5 open with their labels, the
        // form's order.
        let own_lines: Vec<Piece> = drawn
            .iter()
            .enumerate()
            .map(|(i, piece)| Piece {
                no: i + 1,
                ..piece.clone()
            })
            .collect();
        assert!(printed_in_order(&own_lines, &line_roles(&own_lines)));
    }

    #[test]
    fn a_text_with_a_label_over_its_value_is_not_drawn_values_first() {
        // One label under a value of its type (`評価実施機関名` under the body), but the number
        // and the date under their labels: the form's order.
        let text = "評価書番号\n6\n架空市長\n評価実施機関名\n公表日\n令和6年4月1日\n";
        let shaped = shape(text, Shape::PdfText);
        assert!(!shaped.applied.contains(&VALUES_FIRST.id));
        // A single label under its value is no drawing order either.
        let one = "6\n評価書番号\n架空市長\n";
        assert!(!applies(VALUES_FIRST, one));
    }

    #[test]
    fn a_cover_label_wrapped_with_its_mark_is_joined() {
        let text = "特定個人情報保護委員会\n承認日【行政機関等の\nみ】\n令和6年4月1日\n";
        let shaped = shape(text, Shape::PdfText);
        assert_eq!(
            lines_of(&shaped).first().map(String::as_str),
            Some("特定個人情報保護委員会承認日【行政機関等のみ】")
        );
        // A body's name over a line that goes on otherwise stays a line of its own.
        let other = "特定個人情報保護委員会\n委員長\n";
        assert_eq!(lines_of(&shape(other, Shape::PdfText)).len(), 2);
    }

    #[test]
    fn a_date_whose_figures_are_set_off_keeps_its_spaces() {
        assert!(in_date("実施日 令和", "5 年 7 月"));
        assert!(in_date("実施日 令和 5", "年 7 月"));
        assert!(in_date(
            "令和 5 年 7 月 7 日から令和 5 年 8 月 8 日までの",
            "33 日間"
        ));
        assert!(in_date("平成 26 年 4 月様式", "3"));
        assert!(!in_date("評価書番号", "3 評価書名"));
        assert!(!in_date("平成30年", "5 件"));
        assert!(!in_date("平成30年 5", "件"));
    }

    #[test]
    fn a_box_of_a_list_holds_nothing_or_a_check_mark_and_its_label_after_it() {
        for line in [
            "•   [ ○ ] 本人又は本人の代理人",
            "[ ] 電子メール",
            "  [○]紙",
        ] {
            assert!(is_box_line(line), "{line}");
        }
        for line in ["[ 十分である ]", "•   [ ]", "架空の [ ○ ] 紙", "[ ○ ]"] {
            assert!(!is_box_line(line), "{line}");
        }
    }

    #[test]
    fn a_note_mark_in_an_element_of_its_own_is_taken_off() {
        assert_eq!(
            without_note_mark("③使用目的 <span style=\"color: red;\">※</span>"),
            "③使用目的"
        );
        assert_eq!(without_note_mark("④再委託の有無 <b>※</b>"), "④再委託の有無");
        assert_eq!(without_note_mark("個人番号の利用 ※ "), "個人番号の利用");
        assert_eq!(without_note_mark("※1 の注記"), "※1 の注記");
        assert_eq!(without_note_mark("注記<b>強調</b>"), "注記<b>強調</b>");
    }

    #[test]
    fn table_rows_read_and_refuse() {
        let run = "# 見出し\n①事務の名称\t架空事務 ②事務の内容\t<p>架空の内容。</p> 3. 特定個人情報ファイル名 架空ファイル\n";
        let shaped = shape(run, Shape::Markdown);
        assert_eq!(shaped.applied, [TABLE_ROWS.id]);
        assert_eq!(
            lines_of(&shaped),
            [
                "# 見出し",
                "①事務の名称\t架空事務",
                "②事務の内容\t<p>架空の内容。</p>",
                "3. 特定個人情報ファイル名 架空ファイル"
            ]
        );
        // Every line a row already, words after a space that are no label, and a PDF text.
        for (text, kind) in [
            (
                "# 見出し\n①事務の名称\t架空事務\n②事務の内容\t架空\n",
                Shape::Markdown,
            ),
            (
                "# 見出し\n③移転する情報\t住民票関係情報 架空の情報\t\n",
                Shape::Markdown,
            ),
            ("①事務の名称\t架空事務 ②事務の内容\t架空\n", Shape::PdfText),
        ] {
            assert!(
                !shape(text, kind).applied.contains(&TABLE_ROWS.id),
                "{text:?}"
            );
        }
    }

    #[test]
    fn rule_ids_are_unique_and_named_for_the_stage() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        assert!(ids.iter().all(|id| id.starts_with("shape.")));
        assert!(RULES.iter().all(|r| !r.what.is_empty()));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn a_text_no_rule_applies_to_is_borrowed_as_it_is() {
        let text =
            "評価書番号\n3\n\n①事務の名称 国民健康保険に関する事務\n[ ○ ] 紙 [ ] 電子メール\n";
        let s = shape(text, Shape::PdfText);
        assert!(matches!(s.text, Cow::Borrowed(_)));
        assert!(s.furniture.is_empty() && s.applied.is_empty());
        assert_eq!(s.source(4), 4);
    }

    #[test]
    fn line_pitch_reads_and_refuses() {
        // A blank line after every line, two or more between cells.
        let text = "評価書番号\n\n3\n\n\n評価書名\n\n架空事務　基礎項目評価書\n\n\n\n特記事項\n";
        let s = shape(text, Shape::PdfText);
        assert_eq!(
            s.text,
            "評価書番号\n3\n\n評価書名\n架空事務　基礎項目評価書\n\n特記事項"
        );
        assert_eq!(s.applied, [LINE_PITCH.id]);
        // The source lines stay those of the text as it came in.
        assert_eq!((s.source(2), s.source(4)), (3, 6));
        // Cells parted by one blank line, two only once (a page break): as it is.
        let text = "評価書番号\n\n3\n\n評価書名\n\n架空事務\n\n\n特記事項\n\n宣言\n\n架空町長\n\n公表日\n\n令和6年5月1日\n\n種別\n\n地方公共団体等\n";
        assert!(!applies(LINE_PITCH, text));
        // A page break's line stays, and Markdown is not read so.
        let text = "評価書番号\n\n3\n\n\n\u{c}評価書名\n\n架空事務\n\n\n特記事項\n";
        assert!(
            shape(text, Shape::PdfText)
                .text
                .contains("\n\u{c}評価書名\n")
        );
        let text = "# 表題\n\n本文\n\n\n本文\n";
        assert!(
            !shape(text, Shape::Markdown)
                .applied
                .contains(&LINE_PITCH.id)
        );
        // A site's text: every paragraph joined whole, a blank line after every line, no run
        // of blank lines; its short cells alone (no paragraph longer than a printed line) are
        // parted by their blank lines.
        let sentence = "架空市は、架空手当に関する事務で特定個人情報ファイルを取り扱うにあたり、\
                        受給者の所得の記録を扱うことを認識し、その漏えいを防ぐための措置を講じて\
                        いることを宣言する。";
        let short = "評価書番号 評価書名\n\n3 架空市 架空事務 基礎項目評価書\n\n\
                     個人のプライバシー等の権利利益の保護の宣言\n\n特記事項\n\n架空市長\n";
        assert!(!applies(LINE_PITCH, short));
        let site = short.replace("特記事項\n", &format!("{sentence}\n\n特記事項\n"));
        assert!(applies(LINE_PITCH, &site));
    }

    #[test]
    fn spaced_kanji_reads_and_refuses() {
        let text =
            "特 定 個 人 情 報 保 護 評 価 書\n令 和 6 年 5 月 1 日\n2 個 人 住 民 税\n[ ○ ] 紙\n";
        let s = shape(text, Shape::PdfText);
        assert_eq!(
            lines_of(&s),
            [
                "特定個人情報保護評価書",
                "令和6年5月1日",
                "2 個人住民税",
                "[ ○ ] 紙"
            ]
        );
        assert_eq!(s.applied, [SPACED_KANJI.id]);
        // A text of plain lines with one space between words of kanji: not spaced.
        let plain = "国民健康保険 住民基本台帳\n事務の内容\n東京都 架空区長\n";
        assert!(shape(plain, Shape::PdfText).applied.is_empty());
    }

    #[test]
    fn figures_after_a_label_stay_with_an_option_they_open() {
        let part = |spaced: &str| {
            let (closed, joins) = unspace(spaced, false);
            part_at_form_words(&closed, &joins)
        };
        // Reads: the band after the 対象人数, its figures and unit one option.
        assert_eq!(
            part("3 対 象 人 数 30 万 人 以 上 < 選 択 肢 >"),
            "3 対象人数 30万人以上<選択肢>"
        );
        // Refuses: figures before words that open no option stay a cell of their own.
        assert_eq!(
            part("評 価 書 番 号 3 架 空 市 の 事 務"),
            "評価書番号 3 架空市の事務"
        );
    }

    #[test]
    fn unspace_keeps_box_marks_numbers_and_numerals_apart() {
        assert_eq!(unspace("] 住 民 基 本 台 帳", false).0, "] 住民基本台帳");
        assert_eq!(unspace("① 事 務 の 名 称", false).0, "①事務の名称");
        assert_eq!(unspace("24 項　第 16 条", false).0, "24項　第16条");
        assert_eq!(unspace("## II 特 定 個 人", false).0, "## II 特定個人");
        assert_eq!(unspace("統 合 DB", false).0, "統合DB");
        assert_eq!(unspace("1) 実 施 する", false).0, "1) 実施する");
        assert_eq!(unspace("Ⅰ　基 本 情 報", false).0, "Ⅰ　基本情報");
        assert_eq!(unspace("（ 2 8 ） 件", false).0, "（ 2 8 ）件");
        assert_eq!(unspace("[ 30 万 人 以 上 ]", false).0, "[ 30万人以上 ]");
        assert_eq!(unspace("＜ 選 択 肢 ＞", false).0, "＜選択肢＞");
        // A section's number is set off from the cell above it.
        assert_eq!(
            unspace("の 31 の 項 4. 情 報 提 供", false).0,
            "の 31 の項 4. 情報提供"
        );
        assert_eq!(unspace("第 4.5 条", false).0, "第4.5条");
        // A note mark is set off: the label's, not the value's after it.
        assert_eq!(
            unspace("2 事 務 の 内 容 ※ 高 齢 者 の 医 療", false).0,
            "2 事務の内容 ※ 高齢者の医療"
        );
        assert_eq!(
            label_apart(&unspace(" ① 事 務 の 名 称 架 空 事 務", false).0).as_deref(),
            Some(" ①事務の名称 架空事務")
        );
        assert_eq!(label_apart("②事務の内容　※"), None);
        assert_eq!(
            label_apart(" 提供先2架空組合").as_deref(),
            Some(" 提供先2 架空組合")
        );
        assert_eq!(label_apart("④提供する情報の対象とな"), None);
        assert_eq!(unspace("未 満 4） 1 0 0 人", false).0, "未満 4） 1 0 0人");
        assert_eq!(unspace("番 号  評 価", false).0, "番号 評価");
        assert_eq!(unspace("  公 表 日", false).0, "  公表日");
        // A page mark after a kanji is the page's end, not spacing.
        assert_eq!(unspace("の 項 2/6", false).0, "の項 2/6");
    }

    #[test]
    fn the_layout_follows_the_parts_of_a_split_line() {
        let page = "評価書番号 3 評価書名 架空事務に関する事務　全項目評価書 評価実施機関名 架空市長 公表日 令和7年1月6日 ①事務の名称 架空事務 ②事務の内容 架空市は架空の事務を行う。";
        let shaped = shape(page, Shape::PdfText);
        let at = |part: &str| page.find(part).expect("a part of the page");
        // A cell that starts where the stage split the line starts its line; one inside a part
        // keeps its place in it; one between the parts (a space the stage took off) has none.
        let between = at("3 評価書名") + 1;
        let layout = shaped.layout(
            page,
            &super::super::PageLayout {
                cell_starts: vec![(1, at("架空市長")), (1, at("全項目")), (1, between)],
                line_lefts: vec![40.0],
            },
        );
        let lines = lines_of(&shaped);
        let value = lines.iter().position(|l| *l == "架空市長").map(|i| i + 1);
        let title = lines
            .iter()
            .position(|l| l.contains("全項目"))
            .map(|i| i + 1);
        let (Some(value), Some(title)) = (value, title) else {
            panic!("{lines:?}")
        };
        let title_start = "架空事務に関する事務　".len();
        assert!(layout.contains(value, 0) && layout.contains(title, title_start));
        assert_eq!(layout.within(1, 0, usize::MAX).count(), 0);
        assert_eq!(layout.within(title, 0, usize::MAX).count(), 1);
        // The line's left edge is its first part's only.
        assert_eq!((layout.left(1), layout.left(value)), (Some(40.0), None));
        // A text the stage left as it was keeps its layout.
        let plain = "架空課 架空部";
        let kept = super::super::PageLayout {
            cell_starts: vec![(1, 10)],
            line_lefts: vec![40.0],
        };
        let layout = shape(plain, Shape::PdfText).layout(plain, &kept);
        assert!(layout.contains(1, 10));
        assert_eq!(layout.left(1), Some(40.0));
    }

    #[test]
    fn a_change_header_run_together_stays_one_row() {
        let page = "事前の提出・変更が義務付けられない 提出時期に係る説明変更日 項目 変更前の記載 変更後の記載 提出時期 事後で足りるが任意に事前に提出 令和7年1月6日 Ⅰ１．架空の項目";
        assert_eq!(
            lines_of(&shape(page, Shape::PdfText)),
            [
                "事前の提出・変更が義務付けられない",
                "提出時期に係る説明変更日 項目 変更前の記載 変更後の記載 提出時期",
                "事後で足りるが任意に事前に提出",
                "令和7年1月6日",
                "Ⅰ１．架空の項目"
            ]
        );
        // A word after a label that is no label whole parts cells as any other.
        assert!(!in_change_header(
            "架空の 項目",
            "変更前の記載のとおり 事後"
        ));
        assert!(!in_change_header("Ⅲ リスク対策", "事後"));
        assert!(in_change_header("変更日", "項目 変更前の記載"));
    }

    #[test]
    fn a_latin_word_set_off_inside_japanese_words_is_no_cell_break() {
        // Reads: the spaces around `ID` are the words' own (an extractor sets off each change
        // of script), so a long line with no other break is no run of cells.
        let line = "具体的な対策の内容          毎日、架空の担当は、利用者の ID を確かめ、その結果を記録する。作業の都度、委託";
        assert!(shape(line, Shape::PdfText).applied.is_empty());
        assert!(latin_word_in_words("利用者の", "ID を確かめ"));
        assert!(latin_word_in_words("利用者の ID", "を確かめ"));
        // Refuses: figures (a value of their own), a word with nothing Japanese before it, a
        // word followed by a column's gap.
        assert!(!latin_word_in_words("評価書番号", "2 架空事務"));
        assert!(!latin_word_in_words("", "ID を確かめ"));
        assert!(!latin_word_in_words("利用者の", "ID  を確かめ"));
    }

    #[test]
    fn an_items_figured_label_after_a_latin_name_starts_a_cell() {
        // Reads: a name ending in Latin letters, then the next item's number and label.
        let pieces =
            split_line("1 システムの名称 市町村CS 2 システムの機能 架空の端末として送受信する");
        assert!(pieces.contains(&"市町村CS"), "{pieces:?}");
        // Refuses: figures after Latin letters that open no label (a version's number).
        let pieces = split_line("1 システムの名称 架空OS 10 版の端末");
        assert!(!pieces.contains(&"架空OS"), "{pieces:?}");
    }

    #[test]
    fn a_reports_title_at_a_pages_top_in_mid_cell_is_furniture() {
        let text = |top: &str| {
            format!(
                "評価書名\n架空事務 基礎項目評価書\nⅠ 関連情報\n②事務の概要\n架空の給付を行い、架空の療\n\
                 {top}\n\n架空事務 基礎項目評価書\n養費を支給する。\n③システムの名称\n"
            )
        };
        let printed = text("- 2 -");
        let s = shape(&printed, Shape::PdfText);
        assert!(s.applied.contains(&PAGE_TITLE.id), "{:?}", s.applied);
        assert!(s.text.contains("架空の療\n養費を支給する。"), "{}", s.text);
        // Refused: no page mark above the title (a line of the text: `見本`).
        let unmarked = text("見本");
        let s = shape(&unmarked, Shape::PdfText);
        assert!(!s.applied.contains(&PAGE_TITLE.id), "{:?}", s.applied);
    }

    #[test]
    fn a_blank_line_inside_a_page_breaks_furniture_goes_with_it() {
        let header = "架空市 架空事務 全項目評価書";
        let text = format!(
            "②事務の内容\n架空の給付を\n1 / 3 ページ\n\n{header}\n行う。\n架空の記録を\n\
             2 / 3 ページ\n\n{header}\n管理する。\n③対象人数\n3 / 3 ページ\n\n{header}\n"
        );
        // Reads: the blank line between a page's mark and the next page's running header.
        let s = shape(&text, Shape::PdfText);
        assert!(s.text.contains("架空の給付を\n行う。"), "{}", s.text);
        assert!(s.text.contains("架空の記録を\n管理する。"), "{}", s.text);
        // Refuses: a blank line between a page's mark and a line of text (no header there),
        // after a short line, in a text that parts its cells with blank lines elsewhere too.
        let text = "①事務の名称\n架空事務\n\n②事務の内容\n架空の給付を\n1 / 3 ページ\n\n行う。\n";
        let s = shape(text, Shape::PdfText);
        assert!(s.text.contains("架空の給付を\n\n行う。"), "{}", s.text);
        // Reads it where the text has no other blank line: it parts no cells with them.
        let text = "①事務の名称\n架空事務\n②事務の内容\n架空の給付を\n1 / 3 ページ\n\n行う。\n";
        let s = shape(text, Shape::PdfText);
        assert!(s.text.contains("架空の給付を\n行う。"), "{}", s.text);
        // Reads: the same after a prose line's width that ends no sentence (a sentence runs on
        // across the page); refuses it after one that ends a sentence (in a text that parts
        // cells with blank lines elsewhere), or before a label.
        let cut = "架空手当法に基づき、精神又は身体に障害のある児童を家庭で養育する";
        let text = format!("②事務の内容\n{cut}\n1 / 3 ページ\n\n者に手当を支給する。\n");
        let s = shape(&text, Shape::PdfText);
        assert!(s.text.contains(&format!("{cut}\n者に")), "{}", s.text);
        let text =
            format!("架空事務\n\n②事務の内容\n{cut}。\n1 / 3 ページ\n\n者に手当を支給する。\n");
        let s = shape(&text, Shape::PdfText);
        assert!(s.text.contains("。\n\n者に"), "{}", s.text);
        let text = format!("②事務の内容\n{cut}\n1 / 3 ページ\n\n③対象人数\n");
        let s = shape(&text, Shape::PdfText);
        assert!(s.text.contains("\n\n③対象人数"), "{}", s.text);
    }

    #[test]
    fn a_titles_head_at_a_pages_top_in_mid_cell_is_furniture() {
        let text = |top: &str| {
            format!(
                "評価書名\n架空市 架空事務 基礎項目評価書\nⅠ 関連情報\n②事務の概要\n架空の給付を行う。\n\
                 ・架空の申請の受付\n- 2 -\n\n{top}\n・架空の給付の支給\n③システムの名称\n"
            )
        };
        // Reads: the cover's title without its form's name, under the page's mark.
        let printed = text("架空市 架空事務");
        let s = shape(&printed, Shape::PdfText);
        assert!(s.applied.contains(&PAGE_TITLE.id), "{:?}", s.applied);
        assert!(s.text.contains("受付\n・架空の給付"), "{}", s.text);
        // Refuses: a part of that head only (a line of the cell).
        let part = text("架空事務");
        let s = shape(&part, Shape::PdfText);
        assert!(!s.applied.contains(&PAGE_TITLE.id), "{:?}", s.applied);
    }

    #[test]
    fn a_list_numbered_without_a_mark_keeps_each_number_with_its_entry() {
        // Reads: a 概要's entries `1` … `3` in a page run together, each with its words.
        let page = "①事務の名称 架空事務 ②事務の概要 架空法に基づき、次の事務を行う。 \
                    1 甲の受付 2 乙の通知 3 丙の照会 ③システムの名称 架空システム";
        let s = shape(page, Shape::PdfText);
        let lines = lines_of(&s);
        for entry in ["1 甲の受付", "2 乙の通知", "3 丙の照会"] {
            assert!(lines.iter().any(|l| l == entry), "{entry}: {lines:?}");
        }
        // Refuses: a number no list's next number follows (a cover's 評価書番号), a label after
        // the number, and a number whose neighbour counts (`3 条`).
        let cover = "評価書番号 1 評価書名 架空事務 基礎項目評価書 評価実施機関名 架空町長 公表日 令和2年4月1日";
        let cover_lines = lines_of(&shape(cover, Shape::PdfText));
        assert!(
            !cover_lines.iter().any(|l| l.starts_with("1 ")),
            "{cover_lines:?}"
        );
        assert!(!in_numbered_entry(
            "架空の説明 2",
            "事務の名称 架空事務 3 条による"
        ));
        assert!(!in_numbered_entry("架空の説明 2", "年の手当 3 乙の通知"));
        assert!(in_numbered_entry("を行う。 1", "甲の受付 2 乙の通知"));
        assert!(in_numbered_entry("1 甲の受付 2", "乙の通知"));
    }

    #[test]
    fn labels_drawn_after_their_values_on_one_line_are_set_apart() {
        // Reads: the cover's typed labels after their values, so every label after words.
        let text = "特定個人情報保護評価書（基礎項目評価書）\n9 評価書番号\n\
                    架空村 架空事務 基礎項目評価書 評価書名\n架空村長 評価実施機関名\n\
                    令和3年7月16日 公表日\nⅠ 関連情報\n１．特定個人情報ファイルを取り扱う事務\n\
                    架空事務 ①事務の名称\n";
        let s = shape(text, Shape::PdfText);
        assert!(s.applied.contains(&VALUE_THEN_LABEL.id), "{:?}", s.applied);
        let lines = lines_of(&s);
        let at = |t: &str| lines.iter().position(|l| *l == t);
        assert!(
            at("評価書番号") < at("9") && at("①事務の名称") < at("架空事務"),
            "{lines:?}"
        );
        // Refuses: a cover that prints a typed label before its value (the form's order).
        let in_order = text.replace("9 評価書番号", "評価書番号 9");
        assert!(
            !shape(&in_order, Shape::PdfText)
                .applied
                .contains(&VALUE_THEN_LABEL.id)
        );
        // Refuses: a single label after its value.
        let one = "特定個人情報保護評価書（基礎項目評価書）\n9 評価書番号\n評価書名\n架空事務 基礎項目評価書\n";
        assert!(
            !shape(one, Shape::PdfText)
                .applied
                .contains(&VALUE_THEN_LABEL.id)
        );
        assert_eq!(
            label_after_words("架空事務 ①事務の名称"),
            Some(("架空事務", "①事務の名称"))
        );
        assert_eq!(label_after_words("①事務の名称 架空事務"), None);
    }

    #[test]
    fn run_together_reads_and_refuses() {
        let page = "評価書番号 3 評価書名 架空事務に関する事務　全項目評価書 評価実施機関名 架空市長 公表日 令和7年1月6日 ①事務の名称 架空事務 ②事務の内容 架空市は架空の事務を行う。";
        let s = shape(page, Shape::PdfText);
        assert_eq!(
            lines_of(&s),
            [
                "評価書番号",
                "3",
                "評価書名",
                "架空事務に関する事務　全項目評価書",
                "評価実施機関名",
                "架空市長",
                "公表日",
                "令和7年1月6日",
                "①事務の名称",
                "架空事務",
                "②事務の内容",
                "架空市は架空の事務を行う。"
            ]
        );
        assert!((1..=12).all(|no| s.source(no) == 1));
        // Boxes, ASCII words, short lines: kept whole.
        let boxes =
            "[ ○ ] 紙 [ ] 電子メール [ ] 電子記録媒体（フラッシュメモリを除く。） NIST 800-88";
        assert!(shape(boxes, Shape::PdfText).applied.is_empty());
        // In a run-together line a bracket after a value starts a cell.
        let run = "⑥提供方法 [ ○ ] 紙 [ ] 電子メール ⑦時期・頻度 照会を受けたら都度 ] 紙 [ ○ ] その他 （ 架空ＤＢ ）";
        assert_eq!(
            lines_of(&shape(run, Shape::PdfText)),
            [
                "⑥提供方法",
                "[ ○ ] 紙",
                "[ ] 電子メール",
                "⑦時期・頻度",
                "照会を受けたら都度",
                "] 紙",
                "[ ○ ] その他",
                "（",
                "架空ＤＢ",
                "）"
            ]
        );
        assert!(!applies(
            RUN_TOGETHER,
            "事務の名称 架空事務 事務の内容 架空"
        ));
        // A Markdown or HTML text keeps its lines.
        let md = format!("# 見出し\n{page}");
        assert!(shape(&md, Shape::Markdown).applied.is_empty());
    }

    #[test]
    fn a_section_number_spaced_from_its_stop_keeps_its_title() {
        let page = "法 令 上 の 根 拠 番 号 法 第 9 条 第 1 項 別 表 第 一 の 68 の 項 6 . 情 報 提 供 \
                    ネットワークシステムによる 情 報 連 携 ※ 1 実 施 の 有 無 実 施 する 7 . 架 空";
        let lines = lines_of(&shape(page, Shape::PdfText));
        assert!(
            lines.contains(&"6 . 情報提供ネットワークシステムによる情報連携 ※".to_owned()),
            "{lines:?}"
        );
        assert!(lines.iter().any(|l| l.ends_with("の項")), "{lines:?}");
        assert!(ends_spaced_section_mark(
            "の項6 .",
            "情報提供ネットワークシステムによる情報連携"
        ));
        assert!(!ends_spaced_section_mark("の項6 .", "架空"));
        assert!(!ends_spaced_section_mark(
            "の項6.",
            "情報提供ネットワークシステムによる情報連携"
        ));
    }

    #[test]
    fn a_footer_with_the_page_s_number_amid_its_words_is_furniture() {
        let footer = |n: u32| format!("架空手当に関する事務 {n} 架空市福祉課");
        let text = format!(
            "Ⅰ 基本情報\n{}\n①事務の名称\n架空手当に関する事務\n②事務の内容\n架空法に基づき、請求を\n{}\n\
             受けて支給する。\n③対象人数\n{}\n",
            footer(1),
            footer(2),
            footer(3)
        );
        let s = shape(&text, Shape::PdfText);
        assert!(!lines_of(&s).iter().any(|l| l.contains("福祉課")));
        assert!(s.applied.contains(&PAGE_MARK.id));
        // Refused: a number a counter follows.
        let text = "別表第二の 27 の項 甲\n別表第二の 28 の項 甲\n別表第二の 29 の項 甲\n";
        assert_eq!(lines_of(&shape(text, Shape::PdfText)).len(), 3);
        // Refused: numbers that do not step by one, and a block's heading.
        let text = "架空法 第 3 条 別表\n架空法 第 5 条 別表\n架空法 第 9 条 別表\n\
                    システム 1 甲\nシステム 2 甲\nシステム 3 甲\n";
        let s = shape(text, Shape::PdfText);
        assert_eq!(lines_of(&s).len(), 6);
    }

    #[test]
    fn labels_a_cell_runs_into_split_it() {
        assert_eq!(
            split_at_labels("架空事務②事務の内容架空の内容。＜選択肢＞1) 一"),
            ["架空事務", "②事務の内容架空の内容。", "＜選択肢＞1) 一"]
        );
        assert_eq!(
            split_at_labels("評価書名の記載について"),
            ["評価書名の記載について"]
        );
        assert_eq!(
            split_at_labels("令和7年1月6日評価実施機関名"),
            ["令和7年1月6日", "評価実施機関名"]
        );
        // A circled number that no label follows: a reference in prose.
        assert_eq!(
            split_at_labels("システム12-②の変更"),
            ["システム12-②の変更"]
        );
        // A section's heading after a space; a number after other words, or before no title.
        assert_eq!(
            split_at_labels("別表の68の項　5.情報提供ネットワークシステムによる情報連携"),
            [
                "別表の68の項",
                "5.情報提供ネットワークシステムによる情報連携"
            ]
        );
        assert_eq!(
            split_at_labels("第9条第1.5項 5.架空"),
            ["第9条第1.5項 5.架空"]
        );
        // Pages run together with no space: a long section title after a word; a cover label
        // after a sentence's end.
        assert_eq!(
            split_at_labels("架空宛名システム2.特定個人情報ファイル名架空ファイル"),
            ["架空宛名システム", "2.特定個人情報ファイル名架空ファイル"]
        );
        assert_eq!(
            split_at_labels("宣言する。特記事項評価実施機関名"),
            ["宣言する。", "特記事項", "評価実施機関名"]
        );
        assert_eq!(split_at_labels("第3.監査を行う"), ["第3.監査を行う"]);
        // After a sentence's end or a closing bracket too; not after a comma (a reference).
        assert_eq!(
            split_at_labels("書類が減る。５．個人番号の利用"),
            ["書類が減る。", "５．個人番号の利用"]
        );
        assert_eq!(
            split_at_labels("）３．特定個人情報ファイル名（1）架空ファイル"),
            ["）", "３．特定個人情報ファイル名（1）架空ファイル"]
        );
        assert_eq!(
            split_at_labels("詳しくは、３．特定個人情報ファイル名を参照"),
            ["詳しくは、３．特定個人情報ファイル名を参照"]
        );
        // A numbered block's heading alone, glued to its section's title or to the last
        // block's closing bracket; not with words after it, nor glued to a name.
        assert_eq!(
            split_at_labels(
                "２．特定個人情報ファイルを取り扱う事務において使用するシステムシステム1"
            ),
            [
                "２．特定個人情報ファイルを取り扱う事務において使用するシステム",
                "システム1"
            ]
        );
        assert_eq!(split_at_labels("）システム2"), ["）", "システム2"]);
        assert_eq!(
            split_at_labels("（架空）システム2の更新"),
            ["（架空）システム2の更新"]
        );
        assert_eq!(split_at_labels("架空システム2"), ["架空システム2"]);
        // A two-word label's head that ends the cell (the page broke the label at its space)
        // opens the label; the head with words after it is prose.
        assert_eq!(
            split_at_labels("架空庁長官特定個人情報保護委員会"),
            ["架空庁長官", "特定個人情報保護委員会"]
        );
        assert_eq!(
            split_at_labels("架空市長個人情報保護委員会"),
            ["架空市長", "個人情報保護委員会"]
        );
        assert_eq!(
            split_at_labels("特定個人情報保護委員会の承認を受けた"),
            ["特定個人情報保護委員会の承認を受けた"]
        );
        // The 宣言's closing words with the full stop dropped end it too; other words do not.
        assert_eq!(
            split_at_labels("措置を講じていることを宣言する特記事項なし"),
            ["措置を講じていることを宣言する", "特記事項なし"]
        );
        assert_eq!(
            split_at_labels("架空の特記事項なし"),
            ["架空の特記事項なし"]
        );
    }

    #[test]
    fn page_marks_read_and_refuse() {
        for mark in [
            "1 / 69 ページ",
            "- 3 -",
            "－３－",
            "― 3 ―",
            "12/40",
            " 5ページ",
            "ページ 7",
        ] {
            assert!(is_page_mark(mark), "{mark}");
        }
        for not in [
            "3",
            "1) 500人以上",
            "-",
            "2017/4/1",
            "ページ",
            "- 三 -",
            "― 三 ―",
            "1/2/3",
        ] {
            assert!(!is_page_mark(not), "{not}");
        }
        let s = shape("一\n- 1 -\n二\n1 / 2 ページ\n", Shape::PdfText);
        assert_eq!(lines_of(&s), ["一", "二"]);
        assert_eq!((s.source(1), s.source(2)), (1, 3));
        assert_eq!(
            s.furniture,
            [
                Furniture {
                    lines: [2, 2],
                    kind: FurnitureKind::PageMark
                },
                Furniture {
                    lines: [4, 4],
                    kind: FurnitureKind::PageMark
                }
            ]
        );
    }

    #[test]
    fn page_numbers_step_by_one() {
        // A cover whose first lone number is a page number: all three go.
        let s = shape("1\n表紙\n評価書名\n2\n本文\n3\n", Shape::PdfText);
        assert_eq!(lines_of(&s), ["表紙", "評価書名", "本文"]);
        assert_eq!(s.applied, [PAGE_NUMBERS.id]);
        // Lone numbers between page marks step with them (`- 2 -`, ` 3`, `- 4 -`, ` 5`).
        let s = shape("一\n- 2 -\n二\n 3\n三\n- 4 -\n四\n 5\n", Shape::PdfText);
        assert_eq!(lines_of(&s), ["一", "二", "三", "四"]);
        // A cover's page number 1 at its top, the next page's 2 below: both go.
        let s = shape(" 1\n評価書名\n架空事務\n本文\n 2\n本文\n", Shape::PdfText);
        assert_eq!(lines_of(&s), ["評価書名", "架空事務", "本文", "本文"]);
        // A number under the 評価書番号's label stays, though marks of later pages go on from it.
        let s = shape("評価書番号\n1\n表紙\n- 2 -\n本文\n- 3 -\n", Shape::PdfText);
        assert_eq!(lines_of(&s), ["評価書番号", "1", "表紙", "本文"]);
        // A lone 7 at the top that no 8 follows stays (a 評価書番号); two numbers are too few.
        let s = shape(" 7\n評価書名\n架空事務\n本文\n1\n本文\n2\n", Shape::PdfText);
        assert!(s.applied.is_empty());
    }

    #[test]
    fn a_sites_copy_of_a_page_on_one_line_is_furniture_before_its_cells() {
        let cells = [
            "[令和6年10月 様式2]",
            "評価書名",
            "架空町 架空の手当の支給に関する事務 基礎項目評価書",
            "架空町は、架空の手当の支給に関する事務で架空の措置を講じていることを宣言する。",
            "評価書番号",
        ];
        let copy = |number: &str| {
            format!(
                "{} 3\nUpload\n{}\n{number}\n評価実施機関名\n",
                cells.join(" "),
                cells.join("\n")
            )
        };
        let copied = copy("3");
        let s = shape(&copied, Shape::PdfText);
        assert_eq!(
            lines_of(&s),
            [&["Upload"], &cells[..], &["3", "評価実施機関名"]].concat(),
            "the copy taken off, `Upload` kept"
        );
        // A cell after that differs: the line is no copy, and is split as cells.
        let differing = copy("4");
        let s = shape(&differing, Shape::PdfText);
        assert!(lines_of(&s).iter().filter(|l| **l == "評価書名").count() == 2);
    }

    #[test]
    fn a_sites_preview_of_a_page_cut_short_is_furniture_before_its_cells() {
        let cells = [
            "Ⅰ 関連情報",
            "1.特定個人情報ファイルを取り扱う事務",
            "①事務の名称",
            "架空の手当の支給に関する事務",
            "②事務の概要",
            "架空条例に基づき、架空の手当を支給する。",
        ];
        let text = |preview: &str| format!("Page 2: {preview}\n{}\n", cells.join("\n"));
        // Cut inside a cell, a glyph the site lost as `¡`.
        let read = text(
            "Ⅰ 関連情報 1.特定個人情報ファイルを取り扱う事務 ①事務の名称 架空の手当の支給に関する事務 ②事務の ¡ 要",
        );
        assert_eq!(lines_of(&shape(&read, Shape::PdfText)), cells);
        // Words the cells do not open with: the text's own.
        let kept = text("架空の記載 ①事務の名称 架空の手当の支給に関する事務 ②事務の概要");
        assert_eq!(
            lines_of(&shape(&kept, Shape::PdfText)).len(),
            cells.len() + 1
        );
    }

    #[test]
    fn a_sites_copy_of_a_page_before_its_transcript_a_page_a_line_is_furniture() {
        let page = "Ⅰ 関連情報 1.特定個人情報ファイルを取り扱う事務 ①事務の名称 架空の手当の支給に関する事務 \
                    ②事務の概要 架空条例に基づき、架空の手当を支給する。申請を受け付けて所得を確かめ、\
                    手当の額を決めて毎年二回支払う。受給者からの届出を受けて資格を確かめ、記録を改める。\
                    ③システムの名称 架空手当システム 架空宛名システム 中間サーバー \
                    2.特定個人情報ファイル名 架空手当受給者ファイル 3.個人番号の利用 法令上の根拠 \
                    番号法第9条第1項 別表第一の99の項 2/3";
        let text = |copy: &str| {
            format!("{copy}\nSave this PDF as:\nDownload \"{copy}\"\nTranscription\n2 {page}\n")
        };
        let lines = |t: &str| lines_of(&shape(t, Shape::PdfText)).len();
        // Both copies are the transcript's page: only the page and the site's lines are read.
        let read = lines(&text(page));
        let alone = lines(&format!("Save this PDF as:\nTranscription\n2 {page}\n"));
        assert_eq!(read, alone);
        // A copy cut short is the transcript's page too.
        let cut: String = page.chars().take(150).collect();
        assert_eq!(lines(&text(&cut)), alone);
        // Another page's words (another description) are no copy.
        let other = page.replace("架空の手当を支給する", "架空の給付を行い、記録を管理する");
        assert!(lines(&text(&other)) > read);
        assert!(holds_same_page(
            &squeeze(&format!("Download \"{page}\"")),
            &squeeze(&format!("2 {page}"))
        ));
        assert!(!holds_same_page(&squeeze(page), &squeeze(&other)));
        // A form's rows that repeat their words but for their heads are no copies.
        let row = |head: &str| {
            squeeze(&format!(
                "- {head}リスクへの対策は十分か：[ 十分である ] ＜選択肢＞ 1) 特に力を入れている 2) 十分である 3) 課題が残されている"
            ))
        };
        assert!(!holds_same_page(
            &row("目的外の入手が行われる"),
            &row("不正な提供が行われる")
        ));
        // The page holds five of the form's labels, a label inside a longer one counted with
        // the longer only; a row of the form holds fewer than a copy must.
        assert_eq!(labels_held(&squeeze(page)), 5);
        assert!(labels_held(&row("目的外の入手が行われる")) < PAGE_COPY_LABELS);
    }

    #[test]
    fn a_sites_bracketed_page_markers_are_page_numbers() {
        let page = |w: &str| format!("架空の{w}\n").repeat(BRACKETED_PAGE_LINES);
        let text = format!("(1)\n{}（２）\n{}", page("表紙"), page("本文"));
        let s = shape(&text, Shape::PdfText);
        assert!(
            !lines_of(&s)
                .iter()
                .any(|l| l.contains('(') || l.contains('（'))
        );
        assert_eq!(s.applied, [PAGE_NUMBERS.id]);
        // A list's numbers a line apart, a lone `(2)`, and pages out of turn stay.
        for kept in [
            "（1）\n甲ファイル\n（2）\n乙ファイル\n".to_owned(),
            format!("{}(2)\n{}", page("表紙"), page("本文")),
            format!("(1)\n{}(3)\n{}", page("表紙"), page("本文")),
        ] {
            assert!(shape(&kept, Shape::PdfText).applied.is_empty(), "{kept}");
        }
    }

    #[test]
    fn numbers_amid_pages_run_together_are_the_pages_text() {
        // Figures stepping by one amid three pages, each run together on its line: text.
        let page = |n: u32, w: &str| {
            format!(
                "{n} 架空の{w}事務について定める 架空市は架空の{w}事務を行う 村内の {} 地区で \
                 受付を{w}課が行う 記録は{w}票に残し 架空の手順で{w}課長が確認する",
                n + 5
            )
        };
        let text = format!("{}\n{}\n{}\n", page(1, "甲"), page(2, "乙"), page(3, "丙"));
        let s = shape(&text, Shape::PdfText);
        let lines = lines_of(&s);
        assert_eq!(
            lines
                .iter()
                .filter(|l| ["6", "7", "8"].contains(&l.as_str()))
                .count(),
            3
        );
        assert!(!lines.iter().any(|l| ["1", "2", "3"].contains(&l.as_str())));
        // Each is a line cut from amid its page; the pages' openers were taken off.
        let amid: Vec<usize> = (1..=lines.len())
            .filter(|&no| s.amid.contains(no))
            .collect();
        assert!(amid.contains(&(lines.iter().position(|l| l == "6").unwrap() + 1)));
        // One line run together whole: its lone numbers may be its pages' numbers anywhere.
        let one = format!("{} {} {}\n", page(1, "甲"), page(2, "乙"), page(3, "丙"));
        let s = shape(&one, Shape::PdfText);
        assert!((1..=lines_of(&s).len()).all(|no| !s.amid.contains(no)));
    }

    #[test]
    fn a_block_heading_set_off_from_its_number_stays_with_it() {
        // `システム 1 1 システムの名称`: the heading with its number, then the first item.
        let page = "2. 特定個人情報ファイルを取り扱う事務において使用するシステム システム 1 1 \
                    システムの名称 架空システム 2 システムの機能 架空の機能を持つ システム 2 1 \
                    システムの名称 中間サーバー";
        let lines = lines_of(&shape(page, Shape::PdfText));
        assert!(lines.contains(&"システム 1".to_owned()), "{lines:?}");
        assert!(lines.contains(&"システム 2".to_owned()), "{lines:?}");
        assert_eq!(
            lines.iter().filter(|l| *l == "1 システムの名称").count(),
            2,
            "{lines:?}"
        );
        // Before a circled item, and before a name on the block's row: the heading stays whole
        // (a number alone on its line would pass for a page's number).
        let page = "2. 特定個人情報ファイルを取り扱う事務において使用するシステム システム 1 \
                    ①システムの名称 架空システム ②システムの機能 架空の機能を持つ システム 2 \
                    ①システムの名称 中間サーバー 3. 特定個人情報ファイル名 架空ファイル";
        let lines = lines_of(&shape(page, Shape::PdfText));
        assert!(lines.contains(&"システム 1".to_owned()), "{lines:?}");
        assert!(lines.contains(&"システム 2".to_owned()), "{lines:?}");
        let row = "1. 特定個人情報ファイルを取り扱う事務 ①事務の名称 架空事務 ②事務の概要 架空の事務を行う。 \
                   ③システムの名称 システム 1 架空システム システム 2 架空サーバー \
                   2. 特定個人情報ファイル名 架空ファイル";
        let lines = lines_of(&shape(row, Shape::PdfText));
        assert!(
            lines.contains(&"システム 1 架空システム".to_owned()),
            "{lines:?}"
        );
        // A name's words after the heading word: no block.
        assert!(!opens_figured_label("架空システム 1"));
        // In spaced kanji, the heading is set off from the name before it.
        let spaced: Vec<char> = "システム 3 1 システムの 名 称".chars().collect();
        assert!(opens_block_heading(&spaced));
        let name: Vec<char> = "システム 3 号 機".chars().collect();
        assert!(!opens_block_heading(&name));
    }

    #[test]
    fn a_figure_before_a_short_label_alone_is_its_number() {
        // `部署` and `所属長` (an earlier revision's words) are short: read alone after their
        // numbers.
        assert!(figures_before_label("5. 担当部署 1", "部署 架空課"));
        assert!(figures_before_label("架空課 2", "所属長 架空課長"));
        assert!(!figures_before_label("架空課 1", "部署ごとに定める"));
        assert!(!figures_before_label("架空課 3", "部署 架空課"));
    }

    #[test]
    fn overlapped_pieces_read_and_refuse() {
        // Each piece against the words joined before it.
        assert_eq!(
            overlap("個人のプライバシー", "個人のプライバシー等"),
            Some(Overlap::Longer("個人のプライバシー等".to_owned()))
        );
        assert_eq!(
            overlap("個人のプライバシー等", "のプライバシー等の権利利益の"),
            Some(Overlap::Rest("の権利利益の"))
        );
        assert_eq!(
            overlap("特定個人情報保護評価書（全項目評価書）", "全項目評価書）"),
            Some(Overlap::Within)
        );
        // A piece amid the words, one character repeated, none repeated: no overlap.
        assert_eq!(overlap("②事務の概要", "事務の"), None);
        assert_eq!(overlap("架空の", "の記載"), None);
        assert_eq!(
            overlap("個人のプライバシー", "等の権利利益の保護の宣言"),
            None
        );
        // The words joined are the form's.
        assert!(is_form_heading(
            "個人のプライバシー等の権利利益の保護の宣言"
        ));
        assert!(is_form_heading("特定個人情報保護評価書（全項目評価書）"));
        assert!(is_form_heading("①事務の名称"));
        assert!(!is_form_heading("事務の内容を記載する"));
        // A block's heading is the form's: its word and its number, nothing else.
        assert!(is_form_heading("システム1") && is_form_heading("委託事項１２"));
        assert!(!is_form_heading("システム") && !is_form_heading("システム1架空"));
        let one_line: Vec<Piece> = ["システ", "システム1", "ステム1", "架空システム"]
            .iter()
            .map(|text| Piece {
                no: 1,
                text: (*text).to_owned(),
                furniture: None,
            })
            .collect();
        assert_eq!(
            overlapped_heading(&one_line),
            Some(("システム1".to_owned(), 3))
        );
        // Pieces of two source lines are not joined.
        let shaped = shape(
            "個人のプライバシー\n個人のプライバシー等の権利利益の保護の宣言\n",
            Shape::PdfText,
        );
        assert!(!shaped.applied.contains(&OVERLAPPED_PIECES.id));
        // A whole heading printed twice is left as printed.
        let twice = "（別添１）事務の内容 （別添１）事務の内容 別紙のとおり。架空の事務の内容を記載する。架空の事務の内容を記載する。";
        let shaped = shape(twice, Shape::PdfText);
        assert!(!shaped.applied.contains(&OVERLAPPED_PIECES.id));
    }

    #[test]
    fn wrapped_headings_read_and_refuse() {
        let joined = |text: &str| {
            let s = shape(text, Shape::PdfText);
            (s.applied.contains(&WRAPPED_HEADING.id), s.text.into_owned())
        };
        // Reads: a section heading over two lines, over three, a circled label over two.
        assert_eq!(
            joined("２．特定個人情\n報ファイル名\n架空ファイル"),
            (true, "２．特定個人情報ファイル名\n架空ファイル".to_owned())
        );
        assert_eq!(
            joined("１．特定個人\n情報ファイル\n名\n架空ファイル"),
            (true, "１．特定個人情報ファイル名\n架空ファイル".to_owned())
        );
        assert_eq!(
            joined("② 所属長の役職\n名\n架空課長"),
            (true, "② 所属長の役職名\n架空課長".to_owned())
        );
        // A label with no number: a table's label cell, a part's label three characters a line.
        assert_eq!(
            joined("特定個人情報ファイル記録\n項目\n• 個人番号"),
            (true, "特定個人情報ファイル記録項目\n• 個人番号".to_owned())
        );
        assert_eq!(
            joined("具体的\nなチェ\nック方\n法\n架空の点検をする。"),
            (true, "具体的なチェック方法\n架空の点検をする。".to_owned())
        );
        // The 変更箇所's header row in narrow columns: each column's label, the longest.
        assert_eq!(
            joined(
                "変更\n日\n項目 変更前の記載 変更後の記載\n提出\n時期\n提出\n時期\nに係\nる説\n明"
            ),
            (
                true,
                "変更日\n項目 変更前の記載 変更後の記載\n提出時期\n提出時期に係る説明".to_owned()
            )
        );
        // Refuses: a whole label and its value, a title of no section of that number, a
        // line that completes nothing, a single character after the number.
        for text in [
            "② 部署\n福祉部",
            "２．特定個人情\n報の入手",
            "② 所属長の役職\n架空課長",
            "２．特\n定個人情報ファイル名",
            "令和2年4月1日\n２．特定個人情\n報ファイル名",
            "変更\nした",
            "変\n更日",
            "架空の措置\nの内容",
            "個人\n番号",
        ] {
            assert_eq!(joined(text), (false, text.to_owned()), "{text}");
        }
    }

    #[test]
    fn wrapped_dates_read_and_refuse() {
        let joined = |text: &str| {
            let s = shape(text, Shape::PdfText);
            (s.applied.contains(&WRAPPED_DATE.id), s.text.into_owned())
        };
        // Reads: a date at every piece, a line of two pieces (`年 4`), full-width digits; the
        // heading under the date it made stays as printed (a 変更箇所's 項目).
        assert_eq!(
            joined("令和\n2\n年 4\n月\n1\n日\nⅠ1②"),
            (true, "令和2年4月1日\nⅠ1②".to_owned())
        );
        assert_eq!(
            joined("平成２７年\n１２月２２日\n架空"),
            (true, "平成２７年１２月２２日\n架空".to_owned())
        );
        assert_eq!(
            joined("令和\n2\n年\n4\n月\n1\n日\n２．特定個人情\n報ファイル名"),
            (
                true,
                "令和2年4月1日\n２．特定個人情\n報ファイル名".to_owned()
            )
        );
        // Refuses: a year's words, a date cut at a page's header row, words beside the era, a
        // whole date, an era's name in prose.
        for text in [
            "令和\n2\n年度",
            "令和\n2\n年\n4\n月\n変更日 項目",
            "令和2年 架空\n4月1日",
            "令和2年4月1日\n3",
            "令和の架空事業\n2\n年",
        ] {
            assert_eq!(joined(text), (false, text.to_owned()), "{text}");
        }
    }

    #[test]
    fn a_label_printed_a_character_a_line_is_joined() {
        let lines = |t: &'static str| t.split('/');
        assert_eq!(
            completes_bare_label("再", || lines("委/託/⑦再委託の有無")),
            Some(2)
        );
        assert_eq!(completes_bare_label("再", || lines("委/員")), None);
        assert_eq!(completes_bare_label("再", || lines("委託の有無")), None);
        assert_eq!(completes_bare_label("再委", || lines("託")), None);
        let s = shape(
            "⑥委託先名 架空株式会社\n再\n委\n託\n⑦再委託の有無\n",
            Shape::PdfText,
        );
        assert_eq!(
            lines_of(&s),
            ["⑥委託先名 架空株式会社", "再委託", "⑦再委託の有無"]
        );
    }

    #[test]
    fn numbers_that_open_pages_run_together_are_page_numbers() {
        let long = "架空の本文を続けて六十字を超える長さにする。".repeat(3);
        let pages = format!("1 {long} 架空 架空 架空\n2 {long} 架空 架空 架空\n");
        let s = shape(&pages, Shape::PdfText);
        assert!(
            !lines_of(&s).contains(&"2".to_owned()),
            "{:?}",
            lines_of(&s)
        );
        assert!(
            s.furniture
                .iter()
                .any(|f| f.kind == FurnitureKind::PageNumber)
        );
        // Short lines that open with numbers are a list.
        let list = "1 架空の一\n2 架空の二\n";
        assert!(shape(list, Shape::PdfText).furniture.is_empty());
    }

    #[test]
    fn a_tag_split_at_its_spaces_is_joined_with_its_bracket() {
        // Reads: the tag's opening bracket kept on the date's piece.
        let pieces = ["様式", "2]"];
        assert_eq!(
            completes_value("[ 平成 26 年 4 月", pieces.into_iter()),
            Some(2)
        );
        // Refuses a bracket before no era, and a date whose pieces make no tag.
        assert_eq!(completes_value("[ 別添 4 月", pieces.into_iter()), None);
        let pieces = ["様式外", "の資料]"];
        assert_eq!(
            completes_value("[ 平成 26 年 4 月", pieces.into_iter()),
            None
        );
    }

    #[test]
    fn a_band_split_before_its_lists_heading_is_joined_with_it() {
        let pieces = ["万人以上選択肢", "1) 1,000人未満"];
        assert_eq!(completes_value("30", pieces.into_iter()), Some(1));
        // Words after the band that are no heading; a heading after no band.
        assert_eq!(completes_value("30", ["万人以上選考"].into_iter()), None);
        assert!(!is_band_then_list_heading(figured_options(), "選択肢"));
    }

    #[test]
    fn a_selection_whose_option_a_space_parts_stays_whole() {
        assert!(selects_option("③対象人数 [ 30", "万人以上 ] <選択肢>"));
        assert!(!selects_option("③対象人数 [ 30", "万人以上の方 ]"));
        assert!(!selects_option("③対象人数 [ 30", "万人以上"));
        let line = "3 対象人数 [ 30 万人以上 ] 選択肢";
        let pieces: Vec<&str> = split_line(line);
        assert!(pieces.contains(&"[ 30 万人以上 ]"), "{pieces:?}");
    }

    /// `line` cut at its [`breaks`].
    fn split_line(line: &str) -> Vec<&str> {
        let mut pieces = Vec::new();
        let mut start = 0;
        for (at, end) in breaks(line) {
            pieces.push(line.get(start..at).unwrap_or_default());
            start = end;
        }
        pieces.push(line.get(start..).unwrap_or_default());
        pieces
    }

    #[test]
    fn clauses_under_a_name_open_the_next_rows_value() {
        let piece = |text: &str| Piece {
            no: 1,
            text: text.to_owned(),
            furniture: None,
        };
        let clause = piece(
            "                  架空手当法に基づき、架空の届出を受けて架空の手帳を交付し、架空の",
        );
        let name_row = piece("① 事務の名称           架空手当の支給に関する事務");
        assert!(clauses_after_a_name(
            &name_row,
            std::slice::from_ref(&clause)
        ));
        // A clause on the row above's own line: whose the lines are is not shown.
        let clause_row = piece(
            "② 事務の内容           架空手当法に基づき、架空の届出を受けて架空の手帳を交付し、架空の",
        );
        assert!(!clauses_after_a_name(
            &clause_row,
            std::slice::from_ref(&clause)
        ));
        // A line under the name that is no clause.
        let short = piece("                  架空事務（続き）");
        assert!(!clauses_after_a_name(
            &name_row,
            std::slice::from_ref(&short)
        ));
        assert!(!clauses_after_a_name(&name_row, &[]));
    }

    #[test]
    fn a_browser_s_address_footer_beside_two_page_marks_is_furniture() {
        // Reads: the address beside two marks, and its copy a page's lines left elsewhere.
        let text = "本文1\nfile:///tmp/a.html\n1/3\n本文2\nfile:///tmp/a.html\n2/3\n\
                    本文3\nfile:///tmp/a.html\n末尾\n3/3\n";
        let s = shape(text, Shape::PdfText);
        assert!(!s.text.contains("file://"), "{}", s.text);
        assert!(s.text.contains("末尾"));
        // Refuses an address beside one mark only (a value's, perhaps), and words that are no
        // address alone.
        let once = "本文1\nhttps://www.example.jp/\n1/3\n本文2\n2/3\n本文3\n3/3\n";
        assert!(
            shape(once, Shape::PdfText)
                .text
                .contains("https://www.example.jp/")
        );
        assert!(!is_address("架空市 https://www.example.jp/"));
        assert!(!is_address("://a"));
        assert!(is_address("file:///tmp/a.html"));
    }

    #[test]
    fn running_headers_stand_beside_page_marks() {
        let mut text = String::new();
        for page in 1..=3 {
            text.push_str(&format!(
                "架空市 福祉課\n本文{page}\n[ ] その他\n終わり{page}\n- {page} -\n"
            ));
        }
        let s = shape(&text, Shape::PdfText);
        assert!(s.applied.contains(&RUNNING_HEADER.id));
        assert_eq!(s.furniture.len(), 6, "{:?}", s.furniture);
        assert!(!s.text.contains("架空市 福祉課"));
        assert!(s.text.contains("本文2"));
        let mut far = String::new();
        for page in 1..=3 {
            far.push_str(&format!("本文{page}\n[ ] その他\n本文{page}\n- {page} -\n"));
        }
        let s = shape(&far, Shape::PdfText);
        assert_eq!(s.text.matches("[ ] その他").count(), 3);
        // Two numberings, one page in two of each: the print's header goes with its own (three
        // of three pages) though it stands beside only three of the six marks.
        let mut two = String::new();
        for page in 1..=3 {
            two.push_str(&format!(
                "{page} / 9 ページ\n本文{page}\n架空市 福祉課\n{page}/3\n続き{page}\n{page} / 9 ページ\n"
            ));
        }
        let s = shape(&two, Shape::PdfText);
        assert!(!s.text.contains("架空市 福祉課"), "{}", s.text);
        assert!(s.text.contains("本文2") && s.text.contains("続き2"));
        assert_eq!(numbering_of("１９ / ４０ ページ"), "#/#ページ");
        assert_eq!(numbering_of("- 3 -"), "-#-");
        // Two marks: the text's start is the first page's top, and the header there counts.
        let short = "架空市 架空の事務 基礎項目評価書\n本文1\n1 / 6 ページ\n\
                     架空市 架空の事務 基礎項目評価書\n本文2\n2 / 6 ページ\n\
                     架空市 架空の事務 基礎項目評価書\n本文3\n";
        let s = shape(short, Shape::PdfText);
        assert!(!s.text.contains("基礎項目評価書"), "{}", s.text);
        // Not at the start: beside two marks only.
        let short = "本文1\n1 / 6 ページ\n架空市 架空の事務 基礎項目評価書\n本文2\n\
                     2 / 6 ページ\n架空市 架空の事務 基礎項目評価書\n本文3\n";
        let s = shape(short, Shape::PdfText);
        assert_eq!(s.text.matches("基礎項目評価書").count(), 2, "{}", s.text);
        // Opening every page after the first (a print that leaves its header off the cover),
        // in a text of three marks: a header.
        let later = "本文1\n1\n架空町 福祉課\n本文2\n2\n架空町 福祉課\n本文3\n3\n";
        let s = shape(later, Shape::PdfText);
        assert!(!s.text.contains("福祉課"), "{}", s.text);
        assert!(s.text.contains("本文3"));
        // Not a short word, nor a label of the form.
        for words in ["なし", "①事務の名称", "[ ] その他"] {
            let opened = later.replace("架空町 福祉課", words);
            let s = shape(&opened, Shape::PdfText);
            assert_eq!(s.text.matches(words).count(), 2, "{}", s.text);
        }
        // Beside two marks, and printed on the cover as its title: the cover is the first
        // page to hold it (its line stays, the 評価書名's value).
        let titled = "評価書名\n架空市 架空の事務 基礎項目評価書\n本文1\n- 1 -\n\
                      架空市 架空の事務 基礎項目評価書\n本文2\n- 2 -\n\
                      架空市 架空の事務 基礎項目評価書\n本文3\n";
        let s = shape(titled, Shape::PdfText);
        assert_eq!(s.text.matches("基礎項目評価書").count(), 1, "{}", s.text);
        assert!(
            s.text
                .starts_with("評価書名\n架空市 架空の事務 基礎項目評価書\n本文1")
        );
        // The same lines under a cover that is no title: beside two marks only.
        let untitled = titled.replacen("基礎項目評価書\n本文1", "本文1", 1);
        let s = shape(&untitled, Shape::PdfText);
        assert_eq!(s.text.matches("基礎項目評価書").count(), 2, "{}", s.text);
    }

    #[test]
    fn a_chapter_heading_repeated_in_mid_cell_is_furniture() {
        // Reads: the heading opens a page, repeats the chapter's, and a cell goes on under it.
        let text =
            "Ⅰ 関連情報\n② 事務の内容    架空の税額を\n\u{c}Ⅰ 関連情報\n\n    決めて通知する。\n";
        let s = shape(text, Shape::PdfText);
        assert!(s.applied.contains(&REPEATED_HEADING.id), "{:?}", s.applied);
        assert_eq!(s.text.lines().count(), 3, "{}", s.text);
        assert!(
            s.text.ends_with("税額を\n    決めて通知する。"),
            "{}",
            s.text
        );
        assert_eq!(s.furniture.len(), 1);
        assert_eq!(s.furniture.first().map(|f| f.lines), Some([3, 4]));
        // Refuses: a label under it (the next row), and the heading of another chapter.
        for text in [
            "Ⅰ 関連情報\n① 事務の名称    架空事務\n\u{c}Ⅰ 関連情報\n② 事務の内容    架空の内容\n",
            "Ⅰ 関連情報\n② 事務の内容    架空の税額を\n\u{c}Ⅱ しきい値判断項目\n    架空の行\n",
            // A heading wrapped: its rest (`く。）`) is no cell's.
            "Ⅲ リスク対策 ※（７．を除\nく。）\n① 架空    架空の措置を\n\u{c}Ⅲ リスク対策 ※（７．を除\nく。）\n",
        ] {
            assert!(shape(text, Shape::PdfText).furniture.is_empty(), "{text}");
        }
    }

    #[test]
    fn the_top_of_a_page_the_changes_run_on_to_is_furniture() {
        // Reads: the line between the page mark and the repeated heading.
        let text =
            "変更箇所\n平成30年4月1日\n修正\n- 5 -\n架空町 架空事務 基礎項目評価書\n変更箇所\n";
        let s = shape(text, Shape::PdfText);
        assert!(s.applied.contains(&PAGE_TOP.id), "{:?}", s.applied);
        let kinds: Vec<_> = s.furniture.iter().map(|f| (f.kind, f.lines)).collect();
        assert!(
            kinds.contains(&(FurnitureKind::RunningHeader, [5, 5])),
            "{kinds:?}"
        );
        // Refuses: before the first heading; three lines there; no page mark above.
        for text in [
            "架空の記載\n- 5 -\n架空町 架空事務 基礎項目評価書\n変更箇所\n平成30年4月1日\n",
            "変更箇所\n修正\n- 5 -\n架空町\n公表日\n令和3年4月1日\n変更箇所\n",
            "変更箇所\n平成30年4月1日\n記載の\n修正\n変更箇所\n",
        ] {
            let s = shape(text, Shape::PdfText);
            assert!(
                !s.applied.contains(&PAGE_TOP.id),
                "{text}: {:?}",
                s.furniture
            );
        }
    }
}
