//! [`ItemNumber`]: an item's number as the forms print it, typed.
//!
//! The item table writes each number as text in the crate's notation (`Ⅱ5提供先①`,
//! `Ⅲ7リスク1⑨`, `表紙公表日`, `別添1`); [`ItemNumber::of_table`] reads that text when the code is
//! built (a `const fn`: a number the notation does not hold fails the build), so nothing is
//! parsed at run time and every part of a number can be asked for by type.

use std::fmt;
use std::str::FromStr;

/// The word of the cover in item numbers (`表紙公表日`).
pub const COVER: &str = "表紙";
/// The word of an appendix in item numbers and chapter keys (`別添1`).
pub const APPENDIX: &str = "別添";
/// The word of a 提供先 block (`提供先1`, `Ⅱ5提供先①`).
pub const PROVISION: &str = "提供先";
/// The word of a 移転先 block (`移転先1`, `Ⅱ5移転先①`).
pub const TRANSFER: &str = "移転先";
/// The word of a 委託事項 block (`委託事項1`).
pub const ENTRUSTMENT: &str = "委託事項";
/// The word of a risk (`Ⅲ7リスク1⑨`).
pub const RISK: &str = "リスク";

/// Where an item's number starts: the cover, a chapter or an appendix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// 表紙, the cover (its items are named by their labels).
    Cover,
    /// A chapter, by the value of its Roman numeral (`Ⅱ` is 2).
    Chapter(u8),
    /// An appendix (別添1 is 1).
    Appendix(u8),
}

/// A repeated block whose word the number holds between its section and its circled number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Block {
    /// 提供先 (Ⅱ5).
    Provision,
    /// 移転先 (Ⅱ5).
    Transfer,
    /// リスク, with its number when the form numbers it (`リスク1`); `None` for the unnumbered
    /// リスク of a section (`Ⅲ4リスク`).
    Risk(Option<u8>),
}

impl Block {
    /// The word the forms print for the block.
    const fn word(self) -> &'static str {
        match self {
            Block::Provision => PROVISION,
            Block::Transfer => TRANSFER,
            Block::Risk(_) => RISK,
        }
    }
}

/// An item's number, in the notation of [`ItemId`](crate::report::ItemId): a place (the cover,
/// a chapter `Ⅱ`, an appendix `別添1`), a section (`5`), a block (`提供先`, `リスク1`), a circled
/// number (`①`) and the words of a sub-item (`その妥当性`) or of a cover item (`公表日`).
///
/// `Display` writes the notation's text and `FromStr` reads it back, for the numbers the forms
/// have: the words must be words of the item table.
///
/// ```
/// use mynumber_pia::AssessmentKind;
/// use mynumber_pia::form::{Block, ItemNumber, Place};
/// use mynumber_pia::report::ItemId;
///
/// let n = ItemId::ProvisionLegalBasis.position(AssessmentKind::Full).unwrap().item_number();
/// assert_eq!(n.place(), Place::Chapter(2));
/// assert_eq!((n.section(), n.block(), n.circled()), (Some(5), Some(Block::Provision), Some(1)));
/// assert_eq!(n.to_string(), "Ⅱ5提供先①");
/// assert_eq!("Ⅱ5提供先①".parse::<ItemNumber>(), Ok(n));
/// assert!("Ⅱ5架空①".parse::<ItemNumber>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ItemNumber {
    place: Place,
    section: Option<u8>,
    block: Option<Block>,
    circled: Option<u8>,
    words: &'static str,
}

/// The text is not an item number of the forms (in the notation of
/// [`ItemId`](crate::report::ItemId)).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{0}」は様式の項目番号ではありません")]
pub struct UnknownItemNumber(String);

/// The UTF-8 bytes of the first Roman numeral, Ⅰ (U+2160): Ⅰ–Ⅻ differ in the last byte alone.
const ROMAN_ONE: [u8; 3] = [0xE2, 0x85, 0xA0];
/// The UTF-8 bytes of ①, U+2460: ①–⑳ differ in the last byte alone.
const CIRCLED_ONE: [u8; 3] = [0xE2, 0x91, 0xA0];

/// The value (1–20) of a Roman numeral Ⅰ–Ⅻ (`base` [`ROMAN_ONE`], `count` 12) or of a circled
/// number ①–⑳ (`base` [`CIRCLED_ONE`], `count` 20) at the start of `b`.
const fn leading_char(b: &[u8], base: [u8; 3], count: u8) -> Option<u8> {
    let [b0, b1, b2] = base;
    match b {
        [x, y, z, ..] if *x == b0 && *y == b1 && *z >= b2 && *z - b2 < count => Some(*z - b2 + 1),
        _ => None,
    }
}

/// `b` without its leading `prefix`, if it starts with it.
const fn strip<'a>(mut b: &'a [u8], mut prefix: &[u8]) -> Option<&'a [u8]> {
    while let [p, prefix_rest @ ..] = prefix {
        match b {
            [x, rest @ ..] if *x == *p => {
                b = rest;
                prefix = prefix_rest;
            }
            _ => return None,
        }
    }
    Some(b)
}

/// The one or two ASCII digits at the start of `b` as a number (`None` when there are none),
/// and the bytes after them.
const fn digits(b: &[u8]) -> (Option<u8>, &[u8]) {
    match b {
        [tens @ b'0'..=b'9', ones @ b'0'..=b'9', rest @ ..] => {
            (Some((*tens - b'0') * 10 + (*ones - b'0')), rest)
        }
        [ones @ b'0'..=b'9', rest @ ..] => (Some(*ones - b'0'), rest),
        _ => (None, b),
    }
}

impl ItemNumber {
    /// Reads a number of the item table, when the code is built: the notation's parts in order,
    /// the rest its words.
    ///
    /// # Panics
    ///
    /// When `text` is not in the notation (which, in a `const`, fails the build).
    #[allow(clippy::panic)] // evaluated at compile time only: a wrong number fails the build
    pub(crate) const fn of_table(text: &'static str) -> ItemNumber {
        match ItemNumber::parts(text) {
            Some(number) => number,
            None => panic!("an item number not in the notation"),
        }
    }

    /// The parts of `text` in the notation, the rest its words; `None` when it starts with no
    /// place or its words are not whole characters.
    const fn parts(text: &'static str) -> Option<ItemNumber> {
        let b = text.as_bytes();
        let (place, b) = if let Some(rest) = strip(b, COVER.as_bytes()) {
            (Place::Cover, rest)
        } else if let Some(rest) = strip(b, APPENDIX.as_bytes()) {
            match digits(rest) {
                (Some(n), rest) => (Place::Appendix(n), rest),
                (None, _) => return None,
            }
        } else if let Some(n) = leading_char(b, ROMAN_ONE, 12) {
            (Place::Chapter(n), b.split_at(3).1)
        } else {
            return None;
        };
        let (section, b) = match place {
            Place::Chapter(_) => digits(b),
            Place::Cover | Place::Appendix(_) => (None, b),
        };
        let (block, b) = if let Some(rest) = strip(b, PROVISION.as_bytes()) {
            (Some(Block::Provision), rest)
        } else if let Some(rest) = strip(b, TRANSFER.as_bytes()) {
            (Some(Block::Transfer), rest)
        } else if let Some(rest) = strip(b, RISK.as_bytes()) {
            // 「リスク」 alone, or numbered; not the start of another word (リスク対策…).
            match digits(rest) {
                (Some(n), rest) => (Some(Block::Risk(Some(n))), rest),
                (None, rest) if rest.is_empty() => (Some(Block::Risk(None)), rest),
                (None, _) => (None, b),
            }
        } else {
            (None, b)
        };
        let (circled, b) = match leading_char(b, CIRCLED_ONE, 20) {
            Some(n) => (Some(n), b.split_at(3).1),
            None => (None, b),
        };
        let Ok(words) = std::str::from_utf8(b) else {
            return None;
        };
        Some(ItemNumber {
            place,
            section,
            block,
            circled,
            words,
        })
    }

    /// Where the number starts: the cover, a chapter or an appendix.
    #[must_use]
    pub const fn place(self) -> Place {
        self.place
    }

    /// The section (`4` of `Ⅱ4⑦`), if the number has one.
    #[must_use]
    pub const fn section(self) -> Option<u8> {
        self.section
    }

    /// The block (`提供先` of `Ⅱ5提供先①`, `リスク1` of `Ⅲ7リスク1⑨`), if the number has one.
    #[must_use]
    pub const fn block(self) -> Option<Block> {
        self.block
    }

    /// The circled number (7 for `⑦`), if the number has one.
    #[must_use]
    pub const fn circled(self) -> Option<u8> {
        self.circled
    }

    /// The words after the other parts: a sub-item's label (`その妥当性` of `Ⅱ2④その妥当性`), a
    /// cover item's (`公表日`); empty for most numbers.
    #[must_use]
    pub const fn words(self) -> &'static str {
        self.words
    }
}

/// The notation's text: `Ⅱ5提供先①`, `表紙公表日`, `別添1`, `Ⅲ7リスク1⑨`.
impl fmt::Display for ItemNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            Place::Cover => f.write_str(COVER)?,
            Place::Chapter(n) => {
                let numeral = char::from_u32(0x215F + u32::from(n)).unwrap_or('?');
                write!(f, "{numeral}")?;
            }
            Place::Appendix(n) => write!(f, "{APPENDIX}{n}")?,
        }
        if let Some(section) = self.section {
            write!(f, "{section}")?;
        }
        if let Some(block) = self.block {
            f.write_str(block.word())?;
            if let Block::Risk(Some(n)) = block {
                write!(f, "{n}")?;
            }
        }
        if let Some(circled) = self.circled {
            let mark = char::from_u32(0x245F + u32::from(circled)).unwrap_or('?');
            write!(f, "{mark}")?;
        }
        f.write_str(self.words)
    }
}

/// Reads the notation's text of a number the forms have (its words must be the words of a
/// number of the item table).
impl FromStr for ItemNumber {
    type Err = UnknownItemNumber;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        use crate::Choice;
        super::ItemId::ALL
            .iter()
            .flat_map(|id| {
                crate::AssessmentKind::ALL
                    .iter()
                    .filter_map(|&f| id.position(f))
            })
            .map(super::items::Position::item_number)
            .find(|n| n.to_string() == text)
            .ok_or_else(|| UnknownItemNumber(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ItemId;
    use crate::{AssessmentKind, Choice};

    #[test]
    fn every_number_of_the_table_is_written_back_as_it_is_written() {
        for id in ItemId::ALL {
            for form in AssessmentKind::ALL {
                if let Some(p) = id.position(*form) {
                    assert_eq!(p.item_number().to_string(), p.number(), "{id:?}");
                    assert_eq!(p.number().parse(), Ok(p.item_number()));
                }
            }
        }
    }

    #[test]
    fn parts_of_numbers() {
        let n = ItemNumber::of_table("Ⅲ7リスク1⑨");
        assert_eq!(
            (n.place(), n.section(), n.block(), n.circled(), n.words()),
            (
                Place::Chapter(3),
                Some(7),
                Some(Block::Risk(Some(1))),
                Some(9),
                ""
            )
        );
        let n = ItemNumber::of_table("Ⅲ4リスク");
        assert_eq!(n.block(), Some(Block::Risk(None)));
        let n = ItemNumber::of_table("Ⅲ2その他のリスク");
        assert_eq!((n.block(), n.words()), (None, "その他のリスク"));
        let n = ItemNumber::of_table("Ⅳ11当該対策は十分か");
        assert_eq!(
            (n.place(), n.section(), n.words()),
            (Place::Chapter(4), Some(11), "当該対策は十分か")
        );
        let n = ItemNumber::of_table("別添1");
        assert_eq!((n.place(), n.words()), (Place::Appendix(1), ""));
        let n = ItemNumber::of_table("表紙公表日");
        assert_eq!(
            (n.place(), n.section(), n.words()),
            (Place::Cover, None, "公表日")
        );
        assert_eq!(ItemNumber::parts("架空"), None);
        assert!("Ⅻ99".parse::<ItemNumber>().is_err());
    }
}
