//! The import's limits: every tuning number of the stages, in one place, each with its reason.
//!
//! Takes nothing and gives nothing: the stages read their bounds from here, so that a reader
//! who wonders why a line of 41 characters is not a name finds the answer beside the number.
//! Each number is a bound the form itself sets (the width of a cell on an A4 page, the length
//! of a label, the digits of a 評価書番号) or a share that tells a text from binary; none counts
//! or positions anything of a particular document, and none is a speed trick (the PDF reader's
//! geometry, in points, stays with the reader in `pdf.rs`, the one place that measures pages).
//!
//! Grouped by the stage that uses them, in the stages' order ([`super`] lists them).

// ---- decode -------------------------------------------------------------------------------

/// The share of control characters (other than tab, line feed, carriage return and form feed)
/// above which a text is taken for binary: one in this many. A text of the form has none; a
/// PDF or a word processor's file read as text has one in a few dozen.
pub(super) const CONTROL_SHARE: usize = 100;

/// How many valid UTF-8 sequences a text must hold for each damaged one to be read as damaged
/// UTF-8 rather than Shift_JIS: a text that lost a few bytes in transit keeps almost all of its
/// sequences, a Shift_JIS text has almost none.
pub(super) const DAMAGED_UTF8_SHARE: usize = 8;

// ---- the text's shape and its lines ----------------------------------------------------------------------------

/// How many lines with text the shape of a text is told from (a Markdown heading or HTML tags
/// stand in its first lines: a report's cover comes first).
pub(super) const SHAPE_LINES: usize = 200;

/// How many lines of a page must hold text on both sides of one column for the page to be
/// read as two pages printed side by side (`shape.two_up`): a sheet's two pages stand side by
/// side on every line they both fill, a cover beside chapter Ⅰ on twenty and more; a table's
/// label column beside its values on as many, which the headings tell apart
/// ([`TWO_UP_HEADINGS`]).
pub(super) const TWO_UP_ROWS: usize = 4;

/// How many lines of each page of a sheet must open with a heading of the forms (or, on the
/// left, a label of the cover) for two columns to be two pages (`shape.two_up`): a page of
/// chapter Ⅰ opens three sections and more, a cover prints six labels; a value column opens
/// none at its margin.
pub(super) const TWO_UP_HEADINGS: usize = 2;

/// A sheet of two pages side by side (`shape.two_up`) is looked for in this many lines of a page
/// at most: a landscape sheet's `-layout` text holds about a hundred; a longer "page" is a text
/// with no form feeds, whose first sheet stands in its first lines.
pub(super) const TWO_UP_SHEET_LINES: usize = 200;

/// How many lines in a row must fill the text's widest line for a page run together to be read
/// as folded at that width (`shape.folded`): a cover run together fills four lines of sixty
/// columns and more; two full lines may be a sentence that happens to fill its cell twice.
pub(super) const FOLDED_LINES: usize = 3;

/// The narrowest width (in columns, a wide character two) a text is read as folded at
/// (`shape.folded`): `fold` and mail clients fold at sixty to eighty columns; a text whose
/// widest line is narrower is a narrow cell's, which wraps its words as a fold does.
pub(super) const FOLD_MIN_WIDTH: usize = 40;

/// How many columns short of the widest line a folded line may stop (`shape.folded`): a wide
/// character that did not fit goes down a line, and the space the fold fell on may be gone.
pub(super) const FOLD_SLACK: usize = 2;

/// How many labels of the form a run of folded lines must hold (`shape.folded`): a cover run
/// together holds six; a cell's sentences wrapped at its width, none.
pub(super) const FOLDED_LABELS: usize = 3;

/// How many lines must be a screen reader's announcements (`表 開始`, `行 1 列 2`) for the text
/// to be read as its transcript (`shape.reader_marks`): a cover read aloud announces a table and
/// a dozen cells; one line `表 開始` may be a document's own words.
pub(super) const READER_MARKS_LINES: usize = 3;

/// A line shorter than this (in characters) is never taken for cells run together: a text
/// extractor wraps a cell at its width, under 50 characters on an A4 form; a cover's cells run
/// together make 70 and more.
pub(super) const RUN_MIN_CHARS: usize = 60;

/// How many characters of a cover line's piece are folded to find the cover label it starts
/// with: the longest label of a cover (「特定個人情報保護委員会　承認日」, fifteen characters)
/// spaced out one character in three still fits; a label further in is no label the piece
/// starts with.
pub(super) const COVER_LABEL_SCAN: usize = 200;

/// A table row's first cell longer than this (in characters) is no label of the forms (the
/// longest, a risk's 「…におけるその他のリスク及びそのリスクに対する措置」, is under 80): the
/// words after a space are a cell's text, not a row, and are not looked up.
pub(super) const ROW_HEAD_CHARS: usize = 100;

/// A run-together line has at least this many cell breaks: a long line of prose with one or
/// two spaces (an ASCII name in it) is no page run together.
pub(super) const RUN_MIN_BREAKS: usize = 3;

/// At least this many lone numbers stepping by one are page numbers: two (`3`, `4`) happen as
/// values (a 評価書番号 and a count).
pub(super) const PAGE_NUMBER_RUN: usize = 3;

/// Lone bracketed numbers `(1)`, `(2)`, … are a document site's page markers only where at
/// least this many lines with text stand between one and the next: a list numbered so a cell a
/// line (`（1）` / `甲ファイル` / `（2）` / `乙ファイル`) has its numbers a line or two apart, while
/// a page of a cover or of chapter Ⅰ holds more lines than this.
pub(super) const BRACKETED_PAGE_LINES: usize = 8;

/// A document site's one-line copy of a page is followed by the page a cell a line within this
/// many lines (its own lines between: `Upload`, `Post on …`, `TRANSCRIPT`, a preview): further
/// down, lines that repeat its words are the text's own.
pub(super) const PAGE_COPY_GAP: usize = 40;

/// A document site's copy of a page run into one line carries at most this many characters of
/// its own at either end (`Download "…"`, the page's number before the transcript's copy, `N/M`
/// after it): two lines that hold the same words but for so many characters at their ends hold
/// the same page. A page's own words differ from another page's by more (its number, its
/// title).
pub(super) const PAGE_COPY_WRAP: usize = 12;

/// The form's labels (the cover's and the items', each counted once) the words two lines share
/// must hold for [`PAGE_COPY_WRAP`] to read them as one page: a page of the form holds several
/// (`事務の名称`, `システムの名称`, `特定個人情報ファイル名`), while the form's own rows that repeat
/// their words hold one or none — a box list each 移転先 prints alike (`⑥移転方法 [ ] 庁内連携
/// システム …`), a render's `- 目的外の入手が行われるリスクへの対策は十分か：[ … ]` and `- 不正な
/// 提供が行われるリスク…` with their choice lists.
pub(super) const PAGE_COPY_LABELS: usize = 3;

/// A lone `1` among this many first lines of a text (blank ones not counted), followed further
/// on by a lone `2`, is the cover's page number: a short text (a cover and a page) shows too
/// few pages for [`PAGE_NUMBER_RUN`], and a cover without a 評価書番号 still carries its page
/// number near its top.
pub(super) const COVER_TOP_LINES: usize = 3;

/// A text is read as a spreadsheet saved as CSV (`shape.csv_rows`) only where it holds at least
/// this many records of one width: a cover alone is more rows than this, and lines of prose
/// that happen to hold as many commas each are seldom more than two.
pub(super) const CSV_RECORDS: usize = 5;

/// A text is read as a sheet's tab-separated text that repeats its merged cells
/// (`shape.merged_cells`) only where at least this many lines repeat one text in every cell: a
/// sheet's cover and chapter headings give more, and a table that merges nothing seldom
/// repeats a whole row once.
pub(super) const MERGED_ROWS: usize = 3;

/// A text is read as a sheet's tab-separated text whose quoted cells lose their quotes
/// (`shape.sheet_quotes`) only where at least this many lines part two cells or more by tabs: a
/// sheet's cover alone gives more, and prose seldom holds two tabs on a line.
pub(super) const SHEET_ROWS: usize = 3;

/// A number alone before words is a list's entry (`1 甲の受付 2 乙の通知`, a 概要's entries
/// numbered without a mark in a page run together) only where the list's next number stands
/// within this many words after it, or its number before within this many words before it: an
/// entry of a 概要 is a few words; a cover's `評価書番号 1 評価書名 …` has no `2` so near.
pub(super) const NUMBERED_ENTRY_WORDS: usize = 4;

/// A label the form prints with no number (`法令上の根拠`) is taken out of the brackets a
/// document set around it, its value after them (`shape.label_marks`), only where at least
/// this many lines set a numbered label or a cover's in brackets: the document's own style of
/// labels, so that a bracketed bare label is one of them, not a value's subheading.
pub(super) const MARKED_LABEL_LINES: usize = 3;

/// A text is read as dumped with its line numbers (`shape.line_numbers`) only where it holds
/// at least this many lines, each numbered one more than the line above: fewer may be a short
/// numbered list.
pub(super) const NUMBERED_LINES: usize = 5;

/// A text's lines that open with `>` are an e-mail's quote (`shape.quote_marks`) only where at
/// least this many do: a report's opening quoted is longer; a line or two that open so are the
/// text's own.
pub(super) const QUOTED_LINES: usize = 5;

/// An org file's description list (`shape.org_list`) holds at least this many entries
/// (`- 評価書番号 :: 6`): a cover's labels, not a sentence that happens to hold ` :: `.
pub(super) const MARKUP_ENTRIES: usize = 3;

/// A table of `|`-parted padded cells with no border lines (`shape.padded_bars`) runs at least
/// this many lines: a table's label and value rows, not a line or two that a sentence's `|`
/// opens and closes.
pub(super) const PADDED_BAR_LINES: usize = 4;

/// A label printed in half-width katakana (`shape.halfwidth_kana`) is looked for over at most
/// this many words of a line, gaps between them: the longest label of the forms holds three
/// (`特定個人情報保護委員会 承認日 【行政機関等のみ】`), one more for a number set apart (`4. 情報…`).
pub(super) const KANA_LABEL_WORDS: usize = 4;

/// A run of leader characters between a label and its value (`shape.dot_leaders`) holds at
/// least this many dots: `……` (two ellipses, six dots) or `・・・`; a sentence's ellipsis `…`
/// or a word's middle dots (`甲・乙`) hold fewer.
pub(super) const LEADER_DOTS: usize = 3;

/// A text sets its values in 「」 (`shape.value_quotes`) only where at least this many lines of
/// a label of the form hold a value so quoted whole: a document's style, where a value that
/// quotes a name (「架空」 as an 特記事項) stands alone.
pub(super) const QUOTED_VALUES: usize = 3;

/// How many lines a value set in 「」 may run over, its closing 」 on the last
/// (`shape.value_quotes`): a declaration or a 事務の内容 wrapped on an A4 page.
pub(super) const QUOTED_VALUE_LINES: usize = 12;

/// A line of hiragana alone is a reading printed over a name's kanji (`shape.ruby`) only where
/// it holds at most this many characters: a place's or a body's name read in kana (`しぐれ`,
/// `ほたるいし`); a longer line of kana is a value's own words.
pub(super) const RUBY_CHARS: usize = 10;

/// A line of hiragana is a reading (`shape.ruby`) only where the same line stands at least this
/// many times over a line with kanji: a name read once on the cover is read again where the
/// body names itself in the 宣言 and below; one such line alone may be a value (`なし` is kept
/// in any case).
pub(super) const RUBY_LINES: usize = 2;

/// A text is read as drawn values first (each value above its label, `shape.values_first`)
/// when at least this many of the cover's typed labels have their value above them and not
/// below: one such label may be a row printed under another's value in a text of the form's
/// order; two, with none the other way round, are the text's drawing order.
pub(super) const VALUES_FIRST_LABELS: usize = 2;

/// A section under a cover in the form's order is read as drawn each value before its label
/// (`shape.stack_after_values`, [`super::shape`]'s `Drawn::ValueByLabel`) when it alternates
/// value and label for at least this many labels, from a value right under its heading to a
/// label with nothing after it: two may be a lead-in under the heading and an empty last item in
/// the form's order; three such pairs are the section's drawing order.
pub(super) const VALUE_BY_LABEL_LABELS: usize = 3;

/// A text is read as printed values a line down (each on the next label's line,
/// `shape.value_down`) when at least this many of the cover's typed labels stand alone with a
/// value of their type after the next line's label: one such line may be a value that ran
/// onto the next label's line; two make the print's habit.
pub(super) const VALUE_DOWN_LABELS: usize = 2;

/// A heading or label wrapped in a narrow cell runs over at most this many lines after its
/// first (`１．特定個人` / `情報ファイル` / `名`): a narrow column of a print's table, seldom
/// narrower.
pub(super) const WRAPPED_LABEL_LINES: usize = 2;

/// The fewest characters a piece of a heading printed in overlapping pieces repeats of the
/// words before it, for them to be joined (rule `shape.overlapped_pieces`): a single character
/// (`の`) ends and starts too many words to tell a repeat from two words side by side.
pub(super) const OVERLAP_MIN_CHARS: usize = 2;

/// The most pieces one heading printed in overlapping pieces is joined from (rule
/// `shape.overlapped_pieces`): the five runs of the 宣言's heading wrapped over three lines,
/// each printed once more, and room for one more.
pub(super) const OVERLAPPED_PIECES_MAX: usize = 8;

/// A 和暦 date wrapped in a narrow cell runs over at most this many lines after its era's
/// name: its year, `年`, month, `月`, day and `日`, each a line at the narrowest (a print's
/// 変更日 column).
pub(super) const WRAPPED_DATE_LINES: usize = 6;

/// The first line of a wrapped label with no number before it holds at least this many
/// characters: a label column three characters wide (`具体的` / `な内容`) is the narrowest a
/// print's table sets; two (`個人` / `番号`) begin too many cells' words.
pub(super) const WRAPPED_BARE_LABEL_MIN_CHARS: usize = 3;

/// A label with no number before it, wrapped in a narrow label column, runs over at most this
/// many lines after its first: `具体的` / `なチェ` / `ック方` / `法` (a part's label, three
/// characters a line).
pub(super) const WRAPPED_BARE_LABEL_LINES: usize = 4;

/// A 変更箇所 column's label wrapped in its narrow column runs over at most this many lines
/// after its first: `提出` / `時期` / `に係` / `る説` / `明` (提出時期に係る説明, nine characters
/// two a line) is the longest.
pub(super) const WRAPPED_COLUMN_LINES: usize = 5;

/// A title wrapped inside a word leaves at most this many characters of the word alone on the
/// line before the form's name (`…に関する事` / `務` / `全項目評価書`, `…に関す` / `る事務` /
/// `全項目評価書`); a title's own head is longer (`架空事務`).
pub(super) const WRAPPED_TITLE_TAIL_CHARS: usize = 3;

/// The first line of a wrapped heading holds at least this many characters after its number:
/// one character (`２．特`) begins too many titles to say which.
pub(super) const WRAPPED_LABEL_MIN_CHARS: usize = 2;

/// A line beside the page marks of at least this many pages is a running header or footer
/// (the text's start counts as a page's top: a header there and beside two marks is on three
/// pages).
pub(super) const RUNNING_HEADER_PAGES: usize = 3;

/// An address alone (`file:///…/a.html`, `https://…`) beside the page marks of at least this
/// many pages is a browser's print footer (rule `shape.running_header`): a page's own text
/// holds no address alone beside two page marks by chance, as it may repeat a short line.
pub(super) const ADDRESS_FOOTER_PAGES: usize = 2;

/// A footer that carries the page's number amid words (`架空手当に関する事務 3 架空市福祉課`,
/// rule `shape.page_mark`) is at most this many characters: an affair's name, the number and a
/// division's; a longer line is a cell's, or cells run together.
pub(super) const FOOTER_CHARS: usize = 60;

/// How many lines a running header or footer holds beside its page mark, at most: a print's
/// header (its title, `公表日`, the date and the 様式's tag) that a run-together page split at
/// its cells. A page's own text never repeats on half the pages that many lines deep.
pub(super) const RUNNING_HEADER_LINES: usize = 4;

/// How many lines stand at most between a page mark and the 変更箇所's heading repeated on that
/// page, for them to be the page's top (`shape.page_top`): a header of the body and title, and
/// a line of its date. More lines there are a page's own text.
pub(super) const PAGE_TOP_LINES: usize = 2;

/// A running header or footer stands beside the marks of a numbering from its first pages on:
/// at the latest beside its mark of this many pages in (a cover may go without the header, and
/// its mark with it). A heading that a chapter's pages repeat starts later.
pub(super) const HEADER_FROM_PAGE: usize = 2;

/// How far (in lines, blank ones not counted) from a page mark a running header or footer
/// stands: right beside it (the footer's text just above the page number, the next page's
/// header just below it). A line further in is the page's own text, which a form repeats
/// (`[ ] その他`) often enough to stand near page ends by chance.
pub(super) const BESIDE_PAGE_MARK: usize = 1;

/// A line that opens every page but the cover is a running header (`shape.running_header`)
/// where it holds at least this many characters (white space taken off): a word as short as
/// `なし` or `未定` may open two pages of a short text by chance.
pub(super) const PAGE_TOP_HEADER_CHARS: usize = 4;

/// A text whose line pitch is a blank line: a single blank line and a run of two or more each
/// follow at least this share of its lines. (Where single blank lines part the cells, runs of
/// two or more stand at page breaks only, one in every few dozen lines; where a blank line is
/// the pitch, every cell or paragraph break is such a run, one in every few lines.)
pub(super) const LINE_PITCH_SHARE: f64 = 0.1;

/// A text that writes a blank line after every line (a document site's): a single blank line
/// follows at least this share of its lines. (The published texts whose cells blank lines part
/// put one after at most half their lines: a cell's wrapped lines follow each other.)
pub(super) const LINE_PITCH_EVERY_SHARE: f64 = 0.8;

/// A text with a blank line after every line holds a wide line ([`PROSE_LINE_CHARS`]) right
/// above another in at most this share of its lines (a site's list of links at its foot): one
/// whose wrapped lines stand line under line writes its blank lines between cells.
pub(super) const LINE_PITCH_WIDE_PAIRS_SHARE: f64 = 0.02;

/// A paragraph on one line this long at least is longer than a line of a printed 評価書's widest
/// cell holds (40 to 50 characters): a site joined the cell's wrapped lines.
pub(super) const JOINED_PARAGRAPH_CHARS: usize = 60;

/// A text of spaced kanji: at least this share of its lines that hold two kanji in a row hold
/// them spaced. (A report has hundreds of such lines; a line or two spaced by chance never
/// makes the share.)
pub(super) const SPACED_SHARE: f64 = 0.5;

// ---- detect -------------------------------------------------------------------------------

/// How far into a text its cover is looked for (lines): a cover with its 宣言 takes 20–60
/// lines; a text whose title comes later is read by the names it mentions.
pub(super) const COVER_LINES: usize = 400;

/// How many cover items' labels a second report's title is followed by: a cover prints its
/// 評価書番号, 評価書名, 宣言, 評価実施機関名 and 公表日 on lines of their own; a running header
/// carries one or two of them beside the title.
pub(super) const SECOND_COVER_LABELS: usize = 3;

/// How many lines after a second title its cover is looked for (a cover's labels stand within
/// its first 20 lines in every form).
pub(super) const COVER_AFTER_TITLE: usize = 40;

/// How many lines after a 変更箇所 heading the 項目一覧's chapter titles are looked for: the
/// contents list the chapters right after their 変更箇所 line; the table's heading is followed
/// by its rows.
pub(super) const CONTENTS_LINES: usize = 30;

/// The most characters of a `（別添N）` heading folded without its spaces, after `(別添`:
/// `３）変更箇所` is 7; a longer line that ends in 変更箇所 is a sentence about it.
pub(super) const CHANGES_HEADING_TAIL: usize = 8;

// ---- cover --------------------------------------------------------------------------------

/// The most digits a 評価書番号 has: the number a body gives each of its reports in its
/// 計画管理書 (様式1), most often in the hundreds at most, five figures where the body's
/// numbering puts a code of its own before it (`31006`); a longer number alone on a line is
/// something else (a postal code, a telephone number).
pub(super) const NUMBER_DIGITS: usize = 5;

/// The longest 評価実施機関名 read by its ending alone (characters): the forms' bodies are named
/// in under 30 (`架空県後期高齢者医療広域連合長` is 15); a longer line is a sentence.
pub(super) const BODY_CHARS: usize = 40;

/// The longest line taken for a 様式 tag standing alone (`令和6年10月　様式2` is 11 characters,
/// `平成26年4月 様式4` with its brackets 13): a longer line that names 様式 is prose about it.
pub(super) const TAG_LINE_CHARS: usize = 24;

/// How many bytes besides its date a line may hold and still be a date alone (folded without
/// spaces: four kanji in UTF-8, a word such as `公表`, `時点` or `現在`); a longer line is a
/// sentence with a date in it.
pub(super) const DATE_WORDS_CHARS: usize = 12;

/// A draft whose cover gives fewer of its four key items (評価書番号, 評価書名, 評価実施機関名,
/// 公表日) than this is warned about: every form prints all four on its cover, and a text
/// that gives one or none lost its cover (or its cover's layout defeated the reading).
pub(super) const COVER_ITEMS_READ: usize = 2;

// ---- locate and fill ----------------------------------------------------------------------

/// The most characters of a date value printed away from its label, folded without spaces (a
/// date and a word or two: `令和6年4月1日時点`); a longer text holds more than a date.
pub(super) const DATE_VALUE_CHARS: usize = 16;

/// How far apart (in PDF units, 1/72 inch) two lines may start and stand in one column of a
/// table: a table sets its cells' text at one x on every page, to the point; the columns of the
/// forms' tables stand tens of units apart.
pub(super) const COLUMN_EDGE_UNITS: f64 = 1.0;

/// The least run of spaces that parts two columns of a list in a text that keeps the page's
/// layout (`pdftotext -layout` pads columns with many spaces; words of one entry are parted by
/// one, seldom two).
pub(super) const COLUMN_GAP: usize = 3;

/// How far (in characters) a column's text may start from where the page's other lines start
/// it in a text that keeps the page's layout: the extractor rounds each line's positions to
/// characters on its own, so one column's lines start one character apart at most.
pub(super) const COLUMN_SLIP: usize = 1;

/// How much narrower (in half-width units, [`super::changes`]'s `width`) than a full line of its
/// column a cell's line may be and still fill it: a line breaks before a character that may
/// not start one (`、`, `。`, `）`) or a word that does not fit, leaving up to two full-width
/// characters' room.
pub(super) const FULL_LINE_SHORT: usize = 4;

/// How much wider than the column's usual full line a line may be: the half-width units of a
/// line of Latin letters and figures (a URL) are narrower than two to a full-width character,
/// so such a line holds a few more.
pub(super) const FULL_LINE_SLACK: usize = 2;

/// The longest line taken for a part's label standing alone in a control's detail (`具体的な
/// 管理方法`, `規程等の名称`: 6–12 characters); a longer line is the part's text.
pub(super) const DETAIL_LABEL_CHARS: usize = 16;

/// The longest text before a colon read as a label the form does not print (`補足：…`); a
/// longer one is a sentence that holds a colon.
pub(super) const COLON_LABEL_CHARS: usize = 40;

/// The longest key of a note written under a name (`確認：…`, `備考：…`: 1–4 characters); a
/// longer text before a colon may be the name's own words.
pub(super) const NOTE_KEY_CHARS: usize = 6;

/// The longest line read as a name (of a system, a body, an entrustee) where the form prints
/// one on its line: the forms' names are under 30 characters; a longer line is prose.
pub(super) const NAME_CHARS: usize = 40;

/// The most digits of a count standing alone on its line (件数, 人数 as the forms ask them);
/// a longer number is no count the forms print alone.
pub(super) const COUNT_DIGITS: usize = 4;

/// The characters of the first line of a sub-item's label wrapped over two lines (`対象となる
/// 本人の` / `数`): a cell wraps the forms' longer sub-item labels after 4 to 16 characters.
pub(super) const WRAPPED_LABEL_START: std::ops::RangeInclusive<usize> = 4..=16;

/// The most characters of the second line of a wrapped sub-item's label (the label's rest).
pub(super) const WRAPPED_LABEL_REST: usize = 8;

/// How many distinct items of a block kind must stand before its first heading to read the
/// series as printed above its headings (one lone item may be a stray line of another table).
pub(super) const LEAD_ITEMS: usize = 3;

/// The most lines a box's wrapped `（ text ）` runs on for (その他 boxes hold a phrase that a
/// cell wraps over two or three lines).
pub(super) const WRAPPED_LINES: usize = 4;

/// The characters a cell's words must hold to be taken for the end of its own item's label
/// (the cells the walk found, [`UnreadReason::LabelRest`](super::UnreadReason::LabelRest)): a label wrapped in the
/// form's narrow label column leaves a rest of a line or more (`及びそのリスクに対する措置`); a
/// shorter value may end its label by chance (`名称` of `システムの名称`).
pub(super) const LABEL_REST_CHARS: usize = 5;

/// The characters a label of the form must hold for a value that ends in it to be refused
/// ([`UnreadReason::EndsInLabel`](super::UnreadReason::EndsInLabel)): the form's labels of
/// four characters or more (`対象人数`, `法令上の根拠`, `評価実施機関名`) are no words a value
/// ends with; shorter ones are (`名称`, `部署`, `提供先`).
pub(super) const LABEL_END_CHARS: usize = 4;

// ---- changes (変更箇所) ---------------------------------------------------------------------

/// The most folded characters a date alone has (`令和10年12月31日` has 11).
pub(super) const DATE_CHARS: usize = 14;

/// The most lines of a 項目 cell: the column is narrow and names a place (`Ⅱ ５ ②` and its
/// label over a few lines); a longer cell is text carried over from the page before.
pub(super) const ITEM_CELL_LINES: usize = 6;

/// The most lines of a 項目 cell that spells out a whole path of the form, from its chapter's
/// numeral to one of the form's item labels (`Ⅲ …リスク対策` / `7.特定個人情報の保管・消去` /
/// `リスク１：…` / `⑤物理的対策` / `具体的な対策の内容`): five parts, each wrapped over two
/// lines at most in the narrow column. Text carried over from the page before neither opens
/// with a chapter's numeral nor ends in an item's label.
pub(super) const PLACE_PATH_LINES: usize = 2 * ITEM_CELL_LINES;

/// A 変更箇所 row's 項目 that opens with its item number (`Ⅰ1③ システムの名称`) runs over at
/// most this many lines before that number stands alone again: a print's narrow 項目 column
/// breaks its words every two or three characters (`シス` / `テム` / `の名` / `称`), and the
/// forms' longest item names (`評価実施機関における担当部署　部署`) take a dozen such lines.
/// The end is the number the 項目 opened with, so the bound only stops a search that would run
/// into the next row.
pub(super) const WRAPPED_ITEM_LINES: usize = 24;

/// The longest line read as the rest of a 項目 cell broken after `の` or `・`.
pub(super) const ITEM_REST_CHARS: usize = 12;

/// The most lines under the 項目, cut off from it by a blank line, read as its rest when they end
/// naming a block or a block's item (`（委託に伴うものを除く。）提供` / `先15-①法令上の根拠`): a
/// place wraps over two or three lines of the column.
pub(super) const ITEM_REST_LINES: usize = 3;

/// The fewest characters of a line under the 項目 that ends one of the form's labels and is
/// read as the 項目's rest (`令上の根拠`): two (`概要`, `根拠`) end too many texts.
pub(super) const ITEM_LABEL_TAIL_CHARS: usize = 4;

/// The longest bracketed editorial note read as a whole 変更前 cell (`（右記の内容を追記）`).
pub(super) const NOTE_CELL_CHARS: usize = 40;

/// Two runs of a 変更箇所 cell open alike (a paragraph of the 変更前 restated in the 変更後)
/// when their first lines share at least this many characters from their start (white space
/// aside): a bullet and a word (`・国民健康保険`, seven), a dash or a number opens many
/// paragraphs alike; a paragraph's first line in the narrowest column of the form holds about
/// fifteen.
pub(super) const RESTATED_OPENING_CHARS: usize = 10;

/// The longest 変更前 or 変更後 text of a row written on one line with its date (a date and a
/// word or two, `令和5年4月1日時点`); longer texts are cells of their own.
pub(super) const ONE_LINE_CELL_CHARS: usize = 24;

// ---- choices ------------------------------------------------------------------------------

/// A line longer than this many times the longest label (plus [`ANSWER_LINE_SLACK`] bytes) is
/// not tried for a bracketed answer: it holds prose, and an answer beside a label is short.
pub(super) const ANSWER_LINE_FACTOR: usize = 4;

/// See [`ANSWER_LINE_FACTOR`]: room for the brackets, the answer and the spaces around them.
pub(super) const ANSWER_LINE_SLACK: usize = 64;

/// A text is read as `diff -y`'s side-by-side output (`shape.side_by_side_diff`) only where at
/// least this many lines (and half its lines or more) print one text twice from one column: a
/// revised report's cover alone keeps more lines as they were, and a sentence that repeats
/// itself after a gap is rare.
pub(super) const SIDE_BY_SIDE_LINES: usize = 5;

/// A text is read as an editor's list mode (`shape.list_mode`: `$` at each line's end, `^I` for
/// a tab) only where at least this many lines end in `$` (and half its lines or more): a
/// report's cover alone gives more, and no cell of the forms ends in a dollar sign.
pub(super) const LIST_MODE_LINES: usize = 5;

/// A text is read as one that writes readings in brackets after their kanji
/// (`shape.ruby_brackets`) only where at least this many such brackets stand in it: a text
/// with readings gives one to most labels of its cover, while a sentence that glosses a word in
/// hiragana does so once or twice.
pub(super) const RUBY_BRACKETS_MIN: usize = 4;

/// A text's lone kanji or kana amid wrapped sentences are a watermark's glyphs
/// (`shape.watermark`) only where at least this many stand so: a watermark prints a word of two
/// glyphs or more (`公表`, `閲覧用`) on every page, while a paragraph whose last character
/// wrapped to a line of its own, before a paragraph that goes on without a mark, happens once
/// if at all.
pub(super) const WATERMARK_GLYPHS: usize = 2;

/// The characters a line must hold, opened by no bullet, number or bracket, to be read as a
/// prose cell's next paragraph after a blank line (walk): a wrapped line of a form's wide text
/// cell holds 40 to 50; a value printed apart from its label (a name, a date, an answer)
/// rarely 20.
pub(super) const PROSE_LINE_CHARS: usize = 30;

/// How far in characters the wrapped lines of one column may differ: a line-breaking rule
/// pushes a character or two that may not end a line onto the next (`、`, `。`, a closing
/// bracket), and figures and Latin letters are narrower than kanji (`stacks::in_order`).
pub(super) const WRAP_SLACK_CHARS: usize = 4;

/// How far short of its text's widest line (in half-width columns) a line of prose stops when
/// its author ended it there, not the cell's width (fill's re-flow): a wrapped line fills the
/// width to within a character or two (a word kept whole, a mark not put at a line's start);
/// five full-width characters short is a heading or a paragraph's last line.
pub(super) const SHORT_LINE_WIDTH: usize = 10;

/// The characters after a number and a space that make a line a numbered heading of a prose
/// cell (`２　委託先における措置`, walk): a count and its unit (`28 件`) have one or two.
pub(super) const NUMBERED_HEADING_CHARS: usize = 4;

/// The characters a section's title must hold for the shape stage to set its heading apart
/// from the cell a line ends it after (`shape.heading_after_cell`): `監査`, `備考` are words a
/// cell's text may end with after a number; no cell ends with `情報提供ネットワークシステムとの接続`
/// after one.
pub(super) const HEADING_TITLE_CHARS: usize = 6;

/// A plain label of at most this many characters is a word prose uses too (`移転先`, `提供先`:
/// `移転先の事務の対象者`): a hiragana right after it makes the line prose, not the label
/// (`walk::hiragana_continues`). The forms' longer labels are the starts of their printed
/// wordings (`目的外の入手` of `目的外の入手が行われるリスクへの対策は十分か`).
pub(super) const WORD_LABEL_CHARS: usize = 3;

/// A label printed vertically in a narrow label column, a character a line (`再` / `委` / `託`),
/// is joined over at most this many lines after its first (`shape::completes_bare_label`,
/// `Pieces::Vertical`): the longest label a cover prints so, `個人のプライバシー等の権利利益の保護の宣言`,
/// has 21 characters (the parts' labels are short: `再委託`, `提供・移転`). Every piece must be
/// one character and the pieces must spell a label exactly, so a longer reach joins nothing
/// else.
pub(super) const VERTICAL_LABEL_LINES: usize = 20;

/// A line of a PDF text that is a label of the form, whole, and at least this many characters
/// long ends a value that has begun (`walk::Walker::is_whole_label`): a value's line is never
/// such words. A shorter label is everyday words a value may be (`備考`, `その他`).
pub(super) const WHOLE_LABEL_CHARS: usize = 5;

/// An item label of at least this many characters is one a run-together line is split before
/// (`form_words::form_labels`) and whose number printed in figures is the item's number
/// (`form_words::circled_labels`): shorter ones (`備考`, `提供先`) are everyday words.
pub(super) const SPLIT_LABEL_CHARS: usize = 4;

/// A value that a run-together line's spaces around its figures broke (`shape.split_value`) is
/// joined from at most this many pieces after its first: the 様式 tag makes six in all
/// (`平成` / `26` / `年` / `4` / `月様式` / `3`), a band four.
pub(super) const SPLIT_VALUE_PIECES: usize = 6;

/// A 評価書名 that a run-together line split at its spaces (`cover::title_rest`) or a narrow cell
/// wrapped (`cover::title_wraps`) is joined over at most this many pieces or lines after its
/// first: a body's name, the 事務's words and the form's name make three; a title of more words
/// than that is left as its first piece reads.
pub(super) const TITLE_PIECES: usize = 4;
