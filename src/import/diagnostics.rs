//! What the import says about a text besides its values: why lines were left unread
//! ([`UnreadReason`]) and what a person should know about the draft ([`Warning`]), each with a
//! stable code and a Japanese message, built like [`crate::validation::Code`].
//!
//! Codes never change meaning and are never reused: `IU…` for a reason lines were not read,
//! `IW…` for a warning. A program tells them apart by the code; a person reads the message.
//!
//! ```
//! use mynumber_pia::import::{UnreadReason, Warning};
//!
//! assert_eq!(UnreadReason::NoItem.code(), "IU001");
//! assert_eq!(UnreadReason::NoItem.to_string(), "どの項目にも属さない");
//! let w = Warning::BlockTwice { block: "システム1".to_owned(), line: 120 };
//! assert_eq!(w.code(), "IW002");
//! assert_eq!(w.to_string(), "「システム1」が二度あります（120行目）: 二度目の見出しのブロックは読んでいません");
//! ```

use std::fmt;

/// Why lines of a text were left unread.
///
/// Serialized (in [`Unread`](super::Unread)) as its code, beside its message.
///
/// | code | unread because | message |
/// |---|---|---|
/// | IU001 | a line no item of the form takes at its place | どの項目にも属さない |
/// | IU002 | an item's cell does not read as the item's type | 項目の値として読めない |
/// | IU003 | labels printed in a stack, their values elsewhere | ラベルが並び、値の位置を決められない |
/// | IU004 | a free-text cell that holds a ＜選択肢＞ option | 選択肢の語で、この項目の値ではない |
/// | IU005 | check marks a PDF text printed apart from their boxes | チェック欄の印を選択肢に対応付けられない |
/// | IU006 | a bracketed answer no item can be told to own | 選択肢の答えがどの項目のものか決められない |
/// | IU007 | a line of the 変更箇所 that is no row | 変更箇所の行として読めない |
/// | IU008 | 変更箇所 cells whose columns cannot be told | 変更箇所の列を決められない |
/// | IU009 | a 変更日 no row can be tied to | 変更日を行に結び付けられない |
/// | IU010 | two readings of one value that disagree | 二通りに読め、どちらとも決められない |
/// | IU011 | text after a short value that its item's type does not take | 値の後に続くが、この項目の値の形ではない |
/// | IU012 | a value the report's model cannot hold | 読み取った値を評価書の形式で保てない |
/// | IU013 | text after the report's end (a second document) | 評価書の後に続く別の文書 |
/// | IU014 | a cell of a block whose heading names a block met before | 二度目の見出しのブロックで、どちらの値か決められない |
/// | IU015 | words that end the item's own label, wrapped under it | 項目名の折り返しで、値ではない |
/// | IU016 | a cell whose words end in a label of the form | 項目名で終わり、値の終わりが分からない |
#[doc(alias = "未読の理由")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UnreadReason {
    /// `IU001`: a line that no item of the form takes at its place in the form (text between a
    /// heading and the first label, text the form's structure puts nowhere).
    NoItem,
    /// `IU002`: an item's cell that does not read as the item's type (a date cell without a
    /// date, a ＜選択肢＞ cell without one of its options).
    NotAValue,
    /// `IU003`: labels printed one under the other with their values elsewhere (a PDF text of a
    /// table whose cells came apart): which value is whose cannot be read.
    StackedLabels,
    /// `IU004`: a free-text cell that holds one of the form's ＜選択肢＞ options: another item's
    /// answer printed out of place.
    OptionWord,
    /// `IU005`: check marks that a PDF text printed apart from their boxes: which box a mark
    /// belongs to cannot be read from the text alone.
    UnalignedMarks,
    /// `IU006`: a bracketed ＜選択肢＞ answer printed apart from its item, that more than one
    /// item (or none) could own.
    LooseAnswer,
    /// `IU007`: a line of the 変更箇所 table that reads as no row.
    ChangeRow,
    /// `IU008`: 変更箇所 cells whose columns (変更前 / 変更後 / 提出時期) cannot be told apart.
    ChangeColumns,
    /// `IU009`: a 変更日 printed apart from the rows, that no row can be tied to.
    ChangeDate,
    /// `IU010`: two readings of one value that disagree: neither is taken.
    Conflict,
    /// `IU011`: text after a short value (a name, a date, an answer) that its item's type does
    /// not take and no later item claims.
    Surplus,
    /// `IU012`: a value read that the report's model cannot hold (the draft would not load
    /// with it).
    Refused,
    /// `IU013`: text after the report's end: a second document in the same text.
    AfterEnd,
    /// `IU014`: a cell of a block whose heading names a block headed before in the same part
    /// (a second `提供先3`): whether it belongs to the first block or is another block
    /// misnumbered cannot be told ([`Warning::BlockTwice`] says where).
    BlockTwice,
    /// `IU015`: the words a cell holds are the end of its own item's label (`及びそのリスクに
    /// 対する措置` under `その他のリスク`): a long label wrapped in the form's narrow label column,
    /// whose rest a text printed where the value stands. A label's words, never its value.
    LabelRest,
    /// `IU016`: a cell whose words end in a label of the form, in any revision's words
    /// (`架空市長 評価実施機関名`, `別表第一の30の項 法令上の根` / `拠`): the value ran on into the
    /// label of the item after it, printed beside or below it, and where the value ends the
    /// text does not show (a label wrapped over lines, a circled number lost). A label's words
    /// are never a value's end.
    EndsInLabel,
}

impl UnreadReason {
    /// Every reason, in code order.
    pub const ALL: &'static [UnreadReason] = &[
        UnreadReason::NoItem,
        UnreadReason::NotAValue,
        UnreadReason::StackedLabels,
        UnreadReason::OptionWord,
        UnreadReason::UnalignedMarks,
        UnreadReason::LooseAnswer,
        UnreadReason::ChangeRow,
        UnreadReason::ChangeColumns,
        UnreadReason::ChangeDate,
        UnreadReason::Conflict,
        UnreadReason::Surplus,
        UnreadReason::Refused,
        UnreadReason::AfterEnd,
        UnreadReason::BlockTwice,
        UnreadReason::LabelRest,
        UnreadReason::EndsInLabel,
    ];

    /// The reason's row, once: its code and its Japanese message.
    const fn row(self) -> (&'static str, &'static str) {
        match self {
            UnreadReason::NoItem => ("IU001", "どの項目にも属さない"),
            UnreadReason::NotAValue => ("IU002", "項目の値として読めない"),
            UnreadReason::StackedLabels => ("IU003", "ラベルが並び、値の位置を決められない"),
            UnreadReason::OptionWord => ("IU004", "選択肢の語で、この項目の値ではない"),
            UnreadReason::UnalignedMarks => ("IU005", "チェック欄の印を選択肢に対応付けられない"),
            UnreadReason::LooseAnswer => ("IU006", "選択肢の答えがどの項目のものか決められない"),
            UnreadReason::ChangeRow => ("IU007", "変更箇所の行として読めない"),
            UnreadReason::ChangeColumns => ("IU008", "変更箇所の列を決められない"),
            UnreadReason::ChangeDate => ("IU009", "変更日を行に結び付けられない"),
            UnreadReason::Conflict => ("IU010", "二通りに読め、どちらとも決められない"),
            UnreadReason::Surplus => ("IU011", "値の後に続くが、この項目の値の形ではない"),
            UnreadReason::Refused => ("IU012", "読み取った値を評価書の形式で保てない"),
            UnreadReason::AfterEnd => ("IU013", "評価書の後に続く別の文書"),
            UnreadReason::BlockTwice => (
                "IU014",
                "二度目の見出しのブロックで、どちらの値か決められない",
            ),
            UnreadReason::LabelRest => ("IU015", "項目名の折り返しで、値ではない"),
            UnreadReason::EndsInLabel => ("IU016", "項目名で終わり、値の終わりが分からない"),
        }
    }

    /// The stable code, e.g. `IU001`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        self.row().0
    }

    /// The Japanese message (what `Display` writes).
    #[must_use]
    pub const fn message(self) -> &'static str {
        self.row().1
    }

    /// The reason whose code is `code`.
    ///
    /// ```
    /// use mynumber_pia::import::UnreadReason;
    ///
    /// assert_eq!(UnreadReason::from_code("IU003"), Some(UnreadReason::StackedLabels));
    /// assert_eq!(UnreadReason::from_code("IU999"), None);
    /// ```
    #[must_use]
    pub fn from_code(code: &str) -> Option<UnreadReason> {
        UnreadReason::ALL.iter().copied().find(|r| r.code() == code)
    }
}

impl fmt::Display for UnreadReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.message())
    }
}

/// Something a person confirming a draft should know.
///
/// Serialized as `{"code": "IW002", "message": "…"}`; `Display` writes the message.
///
/// | code | warning | when |
/// |---|---|---|
/// | IW001 | cells split out of run-together lines | the shape stage split lines at the form's labels |
/// | IW002 | a block met twice | two headings name the same block (`システム1` twice) |
/// | IW003 | a value emptied because the model refused it | the draft would not load with it |
/// | IW004 | no value read | a text of the form with nothing the import could place |
/// | IW005 | the cover mostly unread | fewer than two of the cover's items read |
/// | IW006 | a second report in the text | another form's title after the first report's body |
/// | IW007 | the text ends inside a chapter | the last chapter met is not the form's last |
/// | IW008 | characters mapped from variants | the PDF reader mapped radicals or compatibility ideographs back to the unified ideographs (`read_pdf`, the count in `PdfText::import`'s draft; feature `pdf`), or a text held radicals written for ideographs, read as the ideographs |
///
/// ```
/// use mynumber_pia::import::Warning;
///
/// let w = Warning::SecondReport { line: 812 };
/// assert_eq!(w.code(), "IW006");
/// assert!(w.to_string().starts_with("812行目から別の評価書"));
/// ```
#[doc(alias = "警告")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Warning {
    /// `IW001`: cells that came run together on one line were split at the form's labels;
    /// where a cell ends was decided from the labels, not seen.
    RunTogether,
    /// `IW002`: a block heading (`システム1`, `提供先3`) met a second time in the same part;
    /// the second heading's block is left unread ([`UnreadReason::BlockTwice`]), the first
    /// block's values kept as read.
    BlockTwice {
        /// The heading as the form names the block.
        block: String,
        /// The source line of the second heading.
        line: usize,
    },
    /// `IW003`: a value read was emptied because the report's model refused it (the message is
    /// the loader's, made safe to print).
    ValueRefused {
        /// The loader's message.
        message: String,
    },
    /// `IW004`: a text of the form of which no value could be placed.
    NoValue,
    /// `IW005`: fewer than two of the cover's items were read.
    CoverUnread,
    /// `IW006`: another report's title starts after the first report's body: only the first is
    /// read; the rest is listed unread.
    SecondReport {
        /// The source line where the second report starts.
        line: usize,
    },
    /// `IW007`: the text ends inside a chapter that is not the form's last: it may have been
    /// cut short.
    EndsInsideChapter {
        /// The last chapter met (`Ⅲ`).
        chapter: String,
    },
    /// `IW008`: characters a PDF reader gives as compatibility or variant code points were
    /// mapped back to the ones the report prints: raised by `PdfText::import` (feature `pdf`)
    /// when `read_pdf` mapped any (which code points, and why: the docs of `import::read_pdf`'s
    /// module, `src/import/pdf.rs`), and by [`import`](super::import) when a text holds radicals
    /// written for ideographs (`⼈` for 人, `⻑` for 長: a text extracted from such a PDF), which
    /// it reads as the ideographs (`src/import/radicals.rs`). Any other character is read as it
    /// is.
    VariantCharacters {
        /// How many characters were mapped.
        count: usize,
    },
}

impl Warning {
    /// The stable code, e.g. `IW002`.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Warning::RunTogether => "IW001",
            Warning::BlockTwice { .. } => "IW002",
            Warning::ValueRefused { .. } => "IW003",
            Warning::NoValue => "IW004",
            Warning::CoverUnread => "IW005",
            Warning::SecondReport { .. } => "IW006",
            Warning::EndsInsideChapter { .. } => "IW007",
            Warning::VariantCharacters { .. } => "IW008",
        }
    }
}

impl Warning {
    /// The warning with the line it names (if any) mapped by `to` (shaped lines to source
    /// lines).
    pub(super) fn map_line(&mut self, to: impl Fn(usize) -> usize) {
        match self {
            Warning::BlockTwice { line, .. } | Warning::SecondReport { line } => *line = to(*line),
            _ => {}
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::RunTogether => f.write_str(
                "一行に並んだセルを分けて読みました（セルの区切りを推定したため、値を確かめてください）",
            ),
            Warning::BlockTwice { block, line } => write!(
                f,
                "「{block}」が二度あります（{line}行目）: 二度目の見出しのブロックは読んでいません"
            ),
            Warning::ValueRefused { message } => {
                write!(f, "読み取った値を読み込めないため空にしました: {message}")
            }
            Warning::NoValue => f.write_str("値を一つも読み取れませんでした"),
            Warning::CoverUnread => {
                f.write_str("表紙の項目をほとんど読み取れませんでした（表紙を確かめてください）")
            }
            Warning::SecondReport { line } => write!(
                f,
                "{line}行目から別の評価書が始まります: 最初の評価書だけを読み、残りは読めなかった行にしました"
            ),
            Warning::EndsInsideChapter { chapter } => write!(
                f,
                "テキストが「{chapter}」の途中で終わっています（途中で切れている可能性があります）"
            ),
            Warning::VariantCharacters { count } => write!(
                f,
                "異体字・互換文字 {count} 文字を通常の文字に置き換えました"
            ),
        }
    }
}

impl serde::Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Warning", 2)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("message", &self.to_string())?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_numbered_in_order() {
        for (i, r) in UnreadReason::ALL.iter().enumerate() {
            assert_eq!(r.code(), format!("IU{:03}", i + 1));
            assert_eq!(UnreadReason::from_code(r.code()), Some(*r));
            assert!(!r.message().is_empty());
        }
        let warnings = [
            Warning::RunTogether,
            Warning::BlockTwice {
                block: "提供先2".into(),
                line: 3,
            },
            Warning::ValueRefused {
                message: "架空".into(),
            },
            Warning::NoValue,
            Warning::CoverUnread,
            Warning::SecondReport { line: 9 },
            Warning::EndsInsideChapter {
                chapter: "Ⅲ".into(),
            },
            Warning::VariantCharacters { count: 2 },
        ];
        for (i, w) in warnings.iter().enumerate() {
            assert_eq!(w.code(), format!("IW{:03}", i + 1));
            let message = w.to_string();
            assert!(!message.contains('\n'), "{message}");
        }
    }

    #[test]
    fn a_warning_serializes_as_its_code_and_message() {
        let json = serde_json::to_string(&Warning::NoValue).unwrap();
        assert_eq!(
            json,
            r#"{"code":"IW004","message":"値を一つも読み取れませんでした"}"#
        );
    }
}
