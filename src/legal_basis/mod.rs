//! 法令上の根拠 (legal basis): the original text and the citations found in it.
//!
//! **From [`crate::form`]** it takes nothing: it reads citations, not the forms.
//!
//! A 法令上の根拠 cell of a 評価書 (Ⅰ5 個人番号の利用, Ⅰ6 情報連携, Ⅱ5 提供先/移転先 ①) is
//! free text written by hand: 「番号利用法第19条第８号に基づく主務省令第２条の表の１３、１６の項」,
//! 「条例第4条第2項による条例別表第二の23、24の項」, 「国民健康保険法　第113条の3　第1項及び第2項」.
//! [`LegalBasis::parse`] keeps the text exactly and reads from it a list of [`Citation`]s, one per
//! position (lists are expanded). What it cannot read stays in the value as [`Unparsed`]
//! fragments: flagged, never dropped.
//!
//! The grammar covers half-width, full-width and kanji numerals, 枝番
//! (`第31条の2の2`), 項 lists sharing one 「の項」, `、` `，` `,` lists, 「及び」/「並びに」 joins,
//! 「同条」 and 「同法」 back-references (「同法」 is the statute named last, cited or named in prose:
//! 「高齢者の医療の確保に関する法律による…又は同法第125条第1項」), 「による」 bridges, 号 with
//! イ/ロ/ハ, spaces anywhere between parts, line breaks (`\n`, `\r`, U+2028, U+2029) inside words
//! and numbers, the 「N項　第M条」 pairs of the detailed forms, 「…等」 closing a list
//! ([`Citation::open_list`]), 「①に係る事項については未制定」 ([`Citation::not_enacted`]) and
//! notices by number (「平成27年2月13日府番第27号」, [`Target::Notice`]). Quoted and defined names
//! (「番号利用法」, （以下「条例」という。）) must be whole names: 「に基づく法」 names nothing.
//!
//! Each citation has a canonical line ([`Citation`]'s `Display`, [`LegalBasis::canonical`]):
//! half-width digits, canonical instrument names (番号利用法 and 番号法 are one instrument):
//!
//! | form | rule | example |
//! |---|---|---|
//! | article | `<instrument>第<条>条[の<枝番>…][第<項>項][第<号>号[イ]]` | `国民健康保険法第113条の3第1項`, `番号法附則第6条第4項`, `国民健康保険法第5条から第6条` |
//! | table row | `<table>第<N>項` | `番号法第19条第8号に基づく主務省令第2条の表第145項`, `番号法別表第二第109項`, `条例別表第二第4項` |
//! | whole table or order | `<table>`, `<instrument>` | `番号法別表第二`, `番号法別表の主務省令` |
//! | bridged | `<bridge>による<citation>` | `条例第4条第3項による番号法第19条第8号に基づく主務省令第2条の表第42項` |
//! | notice | `[<date>]<issuer>第<N>号` | `平成27年2月13日府番第27号`, `総行住第14号` |
//! | open list | `<citation>等` | `高齢者の医療の確保に関する法律第50条等` |
//! | not enacted | `<citation>（未制定）` | `番号法別表第二の主務省令（未制定）` |
//!
//! `<table>` is one of `番号法別表`, `番号法別表第一`, `番号法別表第二`,
//! `番号法第19条第8号に基づく主務省令第2条の表`, `条例別表第二`, … A detailed form's 「項番、主務省令の条」
//! pair 「2項　第4条」 cites two things and gives two lines: the row
//! (`番号法第19条第8号に基づく主務省令第2条の表第2項`, which keeps its implementing article as a
//! [`Provision`] for the row + 2 check) and the article of the table's order
//! (`番号法第19条第8号に基づく主務省令第4条`).
//!
//! Every canonical line parses back to the same citation (a row without its [`Provision`]), for
//! any input: parse → canonical → parse is stable. One
//! exception to the row rule keeps that true: a row with 枝番 of a 別表 without ordinal renders
//! `番号法別表の73の2の項`, since `番号法別表第73の2項` reads as row 2 of 別表第七十三 (real
//! reports write 別表第一's row 16 as `別表第1の16項`).
//!
//! The law changed on 令和6年5月27日 (別表第一 → 別表, 別表第二 → the 第19条第8号 order's
//! 第2条の表), and in 令和4年 第19条第7号 became 第19条第8号: [`Citation::regime`] tells old from
//! new, [`Citation::outdated_by`] names the change ([`LawChange`]) that made a citation old,
//! [`Citation::current_equivalent`] maps old rows where real reports show the mapping, and
//! [`Citation::row_article_mismatch`] checks the new table's rule 「row N is implemented by
//! article N+2」 (番号法第19条第8号に基づく主務省令).
//!
//! ```
//! use mynumber_pia::legal_basis::LegalBasis;
//!
//! let basis = LegalBasis::parse(
//!     "条例第4条第2項による条例別表第二の4の項及び条例第4条第3項による番号利用法第19条第８号に基づく主務省令第２条の表の８７の項",
//! )?;
//! assert_eq!(
//!     basis.canonical(),
//!     [
//!         "条例第4条第2項による条例別表第二第4項",
//!         "条例第4条第3項による番号法第19条第8号に基づく主務省令第2条の表第87項",
//!     ]
//! );
//! assert!(basis.cites_article_19_8());
//! assert!(basis.unparsed().is_empty());
//! # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
//! ```

mod citation;
mod instrument;
mod note;
mod parse;
mod regime;
mod scan;

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use citation::{Article, Bridge, Citation, Item, Provision, Row, Target};
pub use instrument::{Instrument, Table, TableKind};
pub use note::{ColumnCondition, ColumnValue, Heading, HeadingKind};
pub use regime::{
    APPENDIX1_ORDER_ARTICLES_KEPT, APPENDIX1_TO_APPENDIX, APPENDIX2_TO_LINKAGE_TABLE, LawChange,
    Regime, RowArticleMismatch, appendix_row_to_appendix1_row, appendix1_row_to_appendix_row,
    appendix2_row_to_linkage_row, linkage_row_to_appendix2_row,
};
pub(crate) use scan::is_circled;

/// The kinds and byte spans of the headings of `text`, found without reading its citations.
pub(crate) fn heading_spans(text: &str) -> Vec<(HeadingKind, Range<usize>)> {
    let t = scan::Text::new(text);
    note::find(&t)
        .headings(&t)
        .into_iter()
        .map(|h| (h.kind, h.span))
        .collect()
}

/// A 法令上の根拠 as written in a 評価書, with the citations found in it.
///
/// The API shape is fixed: `parse` fails only on empty input, the original text is kept
/// ([`as_str`](Self::as_str)), and serde reads and writes the original text (so JSON
/// round-trips exactly). Equality and hashing are those of the text; for equality of meaning
/// use [`same_meaning`](Self::same_meaning).
///
/// ```
/// use mynumber_pia::legal_basis::LegalBasis;
///
/// let basis = LegalBasis::parse("国民健康保険法　第113条の3　第1項及び第2項")?;
/// assert_eq!(basis.as_str(), "国民健康保険法　第113条の3　第1項及び第2項");
/// assert_eq!(
///     basis.canonical(),
///     ["国民健康保険法第113条の3第1項", "国民健康保険法第113条の3第2項"]
/// );
/// let json = serde_json::to_string(&basis).unwrap();
/// assert_eq!(json, "\"国民健康保険法　第113条の3　第1項及び第2項\"");
/// assert_eq!(serde_json::from_str::<LegalBasis>(&json).unwrap(), basis);
/// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
/// ```
///
/// A basis read from JSON is parsed when first asked (its citations, fragments or canonical
/// lines): loading a report only checks that the text is not blank, and keeps it without copying
/// it. [`parse`](Self::parse) parses at once.
#[doc(alias = "法令上の根拠")]
///
/// A basis that is one part of a larger cell (the 情報提供 or 情報照会 part of a 情報連携 basis,
/// [`LinkageBasis`](crate::report::LinkageBasis)) is read after the text before it: 「同法」 and
/// bare rows there refer to what that text names.
#[derive(Clone)]
pub struct LegalBasis {
    text: String,
    /// The text before this one in its cell, read first for context (never cited).
    context: Option<Arc<str>>,
    /// What the parser found, on first use; boxed so that a basis not yet parsed stays small:
    /// a report holds its bases inline (in every 提供先 and 移転先), and loading one moves them.
    parsed: OnceLock<Box<parse::Parsed>>,
    /// The text's first stray character ([`first_stray`](Self::first_stray)), found on first use.
    stray: OnceLock<Option<char>>,
}

impl PartialEq for LegalBasis {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for LegalBasis {}

impl Hash for LegalBasis {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl fmt::Debug for LegalBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LegalBasis")
            .field("text", &self.text)
            .field("citations", &self.parsed().citations)
            .field("unparsed", &self.parsed().unparsed)
            .field("headings", &self.parsed().headings)
            .field("column_conditions", &self.parsed().conditions)
            .finish()
    }
}

/// Why a text could not be held as a [`LegalBasis`].
#[doc(alias = "法令上の根拠エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LegalBasisError {
    /// The text is empty or only white space.
    #[error("法令上の根拠が空です")]
    Empty,
}

/// A stretch of a 法令上の根拠 that the parser could not read as citations: a note
/// 「(J-LIS照会による本人確認)」, a heading, prose. Kept verbatim with its place.
///
/// ```
/// use mynumber_pia::legal_basis::LegalBasis;
///
/// let basis = LegalBasis::parse("住民基本台帳法第30条の9  別表第1項番73の2(J-LIS照会による本人確認)")?;
/// assert_eq!(basis.unparsed()[0].text, "(J-LIS照会による本人確認)");
/// assert_eq!(&basis.as_str()[basis.unparsed()[0].span.clone()], "(J-LIS照会による本人確認)");
/// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
/// ```
#[doc(alias = "未解析")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Unparsed {
    /// The text, exactly as in the original.
    pub text: String,
    /// Its byte range in the original text.
    pub span: Range<usize>,
}

impl LegalBasis {
    /// Parses `text`; only empty (or blank) text is refused. Never panics.
    ///
    /// ```
    /// use mynumber_pia::legal_basis::{LegalBasis, LegalBasisError};
    ///
    /// assert_eq!(LegalBasis::parse("　"), Err(LegalBasisError::Empty));
    /// let b = LegalBasis::parse("—")?;
    /// assert!(b.citations().is_empty());
    /// assert_eq!(b.unparsed()[0].text, "—");
    /// # Ok::<(), LegalBasisError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, LegalBasisError> {
        let basis = LegalBasis::unparsed_text(text.to_owned())?;
        basis.parsed();
        Ok(basis)
    }

    /// Holds `text` without parsing it yet (refusing only blank text).
    fn unparsed_text(text: String) -> Result<Self, LegalBasisError> {
        // Blank: every character white space, asked from the front, which stops at the first
        // other character (`trim` also scans from the back; callgrind, the short cells of
        // `benches/legal_basis.rs`, a text parsed and dropped: 13.07 k instructions a text,
        // 13.12 k with `trim`).
        if text.chars().all(char::is_whitespace) {
            return Err(LegalBasisError::Empty);
        }
        Ok(LegalBasis {
            text,
            context: None,
            parsed: OnceLock::new(),
            stray: OnceLock::new(),
        })
    }

    /// Holds `text`, a part of a cell read after `context` (the text before it in the cell,
    /// kept only when there is some), without parsing it yet (refusing only blank text).
    pub(crate) fn after(context: &str, text: String) -> Result<Self, LegalBasisError> {
        let mut basis = LegalBasis::unparsed_text(text)?;
        basis.context = (!context.is_empty()).then(|| Arc::from(context));
        Ok(basis)
    }

    /// The first character of the text that is not printable text
    /// ([`is_stray_char`](crate::label::is_stray_char), what validation's
    /// [`UnsafeCharacter`](crate::validation::Code::UnsafeCharacter) looks for), looked for on
    /// first use and kept, as the citations are: the text never changes.
    pub(crate) fn first_stray(&self) -> Option<char> {
        *self
            .stray
            .get_or_init(|| crate::label::first_stray_char(&self.text))
    }

    /// What the parser found, parsing on first use.
    fn parsed(&self) -> &parse::Parsed {
        self.parsed.get_or_init(|| {
            let mut parsed = match &self.context {
                Some(context) => parse::parse_after(context, &self.text),
                None => parse::parse(&self.text),
            };
            parsed.pre_2024 = parsed.citations.iter().any(Citation::is_pre_2024_regime);
            Box::new(parsed)
        })
    }

    /// The original text, exactly as given.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The citations, in the order of the text, lists expanded.
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LegalBasis;
    ///
    /// let b = LegalBasis::parse("条例第4条第2項による条例別表第二の23、24の項")?;
    /// assert_eq!(b.citations().len(), 2);
    /// assert_eq!(b.canonical(), ["条例第4条第2項による条例別表第二第23項", "条例第4条第2項による条例別表第二第24項"]);
    /// assert!(b.unparsed().is_empty());
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn citations(&self) -> &[Citation] {
        &self.parsed().citations
    }

    /// The citations with the byte range of the clause each came from (a list's members share
    /// their clause's range).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LegalBasis;
    ///
    /// let b = LegalBasis::parse("・住民基本台帳法第7条")?;
    /// let (_, span) = b.citations_with_spans().next().unwrap();
    /// assert_eq!(&b.as_str()[span], "住民基本台帳法第7条");
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn citations_with_spans(&self) -> impl Iterator<Item = (&Citation, Range<usize>)> {
        let parsed = self.parsed();
        parsed.citations.iter().zip(parsed.spans.iter().cloned())
    }

    /// The fragments that could not be read as citations (never dropped). Headings and column
    /// conditions are not among them: see [`headings`](Self::headings) and
    /// [`column_conditions`](Self::column_conditions). Empty when every meaningful part of the
    /// text was read as citations, headings or column conditions.
    pub fn unparsed(&self) -> &[Unparsed] {
        &self.parsed().unparsed
    }

    /// The headings of the text, in order: 「【住民基本台帳情報】」, 「（1）情報提供の根拠」,
    /// 「２　情報照会の根拠詳細（…）」 (see [`Heading`]).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::{HeadingKind, LegalBasis};
    ///
    /// let b = LegalBasis::parse("（1）情報提供の根拠\n　なし（情報提供は行わない。）\n(2) 情報照会の根拠\n ①番号法第19条第7号")?;
    /// let titles: Vec<&str> = b.headings().iter().map(|h| h.title.as_str()).collect();
    /// assert_eq!(titles, ["情報提供の根拠", "情報照会の根拠"]);
    /// assert_eq!(b.headings()[1].kind, HeadingKind::Inquiry);
    /// assert_eq!(b.unparsed()[0].text, "なし（情報提供は行わない。）");
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn headings(&self) -> &[Heading] {
        &self.parsed().headings
    }

    /// The conditions on a table's columns that say which rows apply (「①第三欄：「市町村長」
    /// 第四欄：「…」」, see [`ColumnCondition`]), in order. Their quoted words are not read as
    /// citations.
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LegalBasis;
    ///
    /// let b = LegalBasis::parse("①第三欄：「医療保険者又は後期高齢者医療広域連合」\n　第四欄：「医療保険給付関係情報」\n番号法別表第二の2の項")?;
    /// let c = &b.column_conditions()[0];
    /// assert_eq!(c.columns.iter().map(|c| c.column).collect::<Vec<_>>(), [3, 4]);
    /// assert_eq!(c.columns[1].value.as_deref(), Some("医療保険給付関係情報"));
    /// assert_eq!(b.canonical(), ["番号法別表第二第2項"]);
    /// assert!(b.unparsed().is_empty());
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn column_conditions(&self) -> &[ColumnCondition] {
        &self.parsed().conditions
    }

    /// One canonical line per citation (see the [module docs](self)).
    pub fn canonical(&self) -> Vec<String> {
        self.citations().iter().map(ToString::to_string).collect()
    }

    /// Whether two bases mean the same: the same set of canonical citations and the same
    /// unparsed fragments, headings and column conditions (compared without spaces, full-width
    /// folded).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LegalBasis;
    ///
    /// let a = LegalBasis::parse("番号利用法第19条第８号に基づく主務省令第２条の表の１２５の項")?;
    /// let b = LegalBasis::parse("番号法第19条第8号に基づく主務省令第2条の表の125の項")?;
    /// assert_ne!(a, b);
    /// assert!(a.same_meaning(&b));
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn same_meaning(&self, other: &LegalBasis) -> bool {
        let key = |b: &LegalBasis| {
            let mut lines = b.canonical();
            lines.sort();
            lines.dedup();
            let fold = crate::label::fold;
            let mut rest: Vec<String> = b
                .unparsed()
                .iter()
                .map(|u| fold(&u.text))
                .chain(b.headings().iter().map(|h| fold(&h.text)))
                .chain(b.column_conditions().iter().map(|c| fold(&c.text)))
                .collect();
            rest.sort();
            (lines, rest)
        };
        key(self) == key(other)
    }

    /// Whether any citation belongs to the numbering before 令和6年5月27日
    /// (別表第一/別表第二, their orders, or 第19条第7号), known once the basis is parsed; which
    /// ones, [`Citation::is_pre_2024_regime`] over [`citations`](Self::citations).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::LegalBasis;
    ///
    /// assert!(LegalBasis::parse("番号法第9条第1項、別表第一の59の項")?.is_pre_2024_regime());
    /// assert!(!LegalBasis::parse("番号利用法第９条第１項、別表の44の項")?.is_pre_2024_regime());
    /// let b = LegalBasis::parse("番号法第19条第8号 別表第二の109の項")?;
    /// let old: Vec<String> = b
    ///     .citations()
    ///     .iter()
    ///     .filter(|c| c.is_pre_2024_regime())
    ///     .map(|c| c.to_string())
    ///     .collect();
    /// assert_eq!(old, ["番号法別表第二第109項"]);
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn is_pre_2024_regime(&self) -> bool {
        self.parsed().pre_2024
    }

    /// Whether the basis cites 番号法 第19条第8号 (directly, through the order based on it or
    /// its 第2条の表, or as a bridge): the 情報提供ネットワークシステム provision. Its number before
    /// 令和4年, 第19条第7号, is [`Citation::is_article_19_7`] over [`citations`](Self::citations).
    ///
    /// ```
    /// use mynumber_pia::legal_basis::{Citation, LegalBasis};
    ///
    /// assert!(LegalBasis::parse("番号利用法第１９条第８号")?.cites_article_19_8());
    /// assert!(LegalBasis::parse("番号法第19条第8号に基づく主務省令第2条の表の2の項")?.cites_article_19_8());
    /// let old = LegalBasis::parse("番号法第19条第7号")?;
    /// assert!(!old.cites_article_19_8());
    /// assert!(old.citations().iter().any(Citation::is_article_19_7));
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn cites_article_19_8(&self) -> bool {
        self.citations().iter().any(Citation::is_article_19_8)
    }

    /// Every table row cited (別表, 別表第一/第二, 第2条の表, 条例別表, …); whether any is,
    /// `rows().next().is_some()`.
    ///
    /// ```
    /// use mynumber_pia::legal_basis::{LegalBasis, Table};
    ///
    /// let b = LegalBasis::parse("番号法第19条第8号 別表第二の109の項")?;
    /// let rows: Vec<_> = b.rows().map(|(t, r)| (t.clone(), r.number)).collect();
    /// assert_eq!(rows, [(Table::mynumber_appendix2(), 109)]);
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn rows(&self) -> impl Iterator<Item = (&Table, &Row)> {
        self.citations().iter().filter_map(Citation::row)
    }
}

impl fmt::Display for LegalBasis {
    /// The original text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::str::FromStr for LegalBasis {
    type Err = LegalBasisError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LegalBasis::parse(s)
    }
}

/// Written as its original text ([`Display`](fmt::Display)) with `serialize_str`, not
/// `collect_str`: the text is never blank, so it always reads back, and the import's load check
/// (which reads every `collect_str` text back as a day, a month or a しきい値判断結果) need not
/// fall back to writing and reading the whole report for it.
impl Serialize for LegalBasis {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for LegalBasis {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        LegalBasis::unparsed_text(text).map_err(serde::de::Error::custom)
    }
}
