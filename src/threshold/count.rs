//! The two counted inputs of the しきい値判断: 対象人数 and 取扱者数, as exact counts or bands.

use crate::Choice;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::AssessmentKind;
use super::{Echo, HandlerCountBand, SubjectCountBand};
use crate::Interval;
use crate::label::{fold_char, normalize_label};

impl SubjectCountBand {
    /// The band an exact 対象人数 falls in (指針 第5の2; 規則 第4条第3号 for fewer than 1,000).
    ///
    /// Bands are inclusive at the bottom: 1,000 is `1,000人以上1万人未満`.
    ///
    /// ```
    /// use mynumber_pia::threshold::SubjectCountBand;
    ///
    /// assert_eq!(SubjectCountBand::from_count(999), SubjectCountBand::Under1k);
    /// assert_eq!(SubjectCountBand::from_count(1_000), SubjectCountBand::From1kTo10k);
    /// assert_eq!(SubjectCountBand::from_count(300_000), SubjectCountBand::AtLeast300k);
    /// ```
    #[must_use]
    pub const fn from_count(count: u64) -> Self {
        // The highest band whose lower bound the count reaches: the list rises.
        let (mut band, mut higher) = (SubjectCountBand::Under1k, <Self as Choice>::ALL);
        while let [next, rest @ ..] = higher {
            if count >= next.interval().min() {
                band = *next;
            }
            higher = rest;
        }
        band
    }

    /// The label as a report of kind `form` prints it.
    ///
    /// The 基礎項目評価書 (Ⅱ1 対象人数) prints the lowest band with its note,
    /// `1,000人未満（任意実施）` (its [`label`](Self::label)); the 重点項目評価書 and the
    /// 全項目評価書 (Ⅰ1③ 対象人数) print it as `1,000人未満`. The other bands read the same in
    /// every form.
    ///
    /// ```
    /// use mynumber_pia::threshold::SubjectCountBand;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let band = SubjectCountBand::Under1k;
    /// assert_eq!(band.label_in(AssessmentKind::Basic), "1,000人未満（任意実施）");
    /// assert_eq!(band.label_in(AssessmentKind::Full), "1,000人未満");
    /// assert_eq!(SubjectCountBand::AtLeast300k.label_in(AssessmentKind::Focused), "30万人以上");
    /// ```
    #[must_use]
    pub const fn label_in(self, form: AssessmentKind) -> &'static str {
        match (self, form) {
            (SubjectCountBand::Under1k, AssessmentKind::Focused | AssessmentKind::Full) => {
                super::labels::UNDER_1K_IN_DETAILED_FORMS
            }
            (band, _) => band.label(),
        }
    }
}

impl HandlerCountBand {
    /// The band an exact 取扱者数 falls in: 500 or more is `500人以上` (指針 第5の2).
    ///
    /// ```
    /// use mynumber_pia::threshold::HandlerCountBand;
    ///
    /// assert_eq!(HandlerCountBand::from_count(499), HandlerCountBand::Under500);
    /// assert_eq!(HandlerCountBand::from_count(500), HandlerCountBand::AtLeast500);
    /// ```
    #[must_use]
    pub const fn from_count(count: u64) -> Self {
        if count >= HandlerCountBand::AtLeast500.interval().min() {
            HandlerCountBand::AtLeast500
        } else {
            HandlerCountBand::Under500
        }
    }

    /// The band that holds every count of `counts`, if one does: `None` when `counts` reaches
    /// both sides of 500 (the bands cannot decide 「取扱者数は500人以上か」, 指針 第5の2).
    pub(crate) fn of_interval(counts: Interval) -> Option<Self> {
        let holds = |band: &Self| counts.is_within(band.interval());
        Self::ALL.iter().copied().find(holds)
    }

    /// Whether this band is `500人以上`, the band that raises the required assessment.
    ///
    /// ```
    /// use mynumber_pia::threshold::HandlerCountBand;
    ///
    /// assert!(HandlerCountBand::AtLeast500.is_at_least_500());
    /// ```
    #[must_use]
    pub const fn is_at_least_500(self) -> bool {
        matches!(self, HandlerCountBand::AtLeast500)
    }

    /// The counts the band stands for: `500人未満` is 0–499, `500人以上` is 500 or more.
    ///
    /// ```
    /// use mynumber_pia::Interval;
    /// use mynumber_pia::threshold::HandlerCountBand;
    ///
    /// assert_eq!(HandlerCountBand::Under500.interval(), Interval::up_to(499));
    /// assert_eq!(HandlerCountBand::AtLeast500.interval(), Interval::at_least(500));
    /// ```
    #[must_use]
    pub const fn interval(self) -> Interval {
        // The list is printed from the top band down.
        const BANDS: [Interval; 2] = Interval::bands([0, 500]);
        match self {
            HandlerCountBand::AtLeast500 => BANDS[1],
            HandlerCountBand::Under500 => BANDS[0],
        }
    }
}

/// Why a 対象人数 or 取扱者数 could not be read: the item, the text and what went wrong
/// ([`kind`](Self::kind)).
///
/// The message (in Japanese) quotes the input, names the item and says what is accepted. It is
/// always one line: control characters in the input (a line break) are shown escaped, and an
/// input longer than 40 characters is cut with `…` ([`input`](Self::input) keeps it whole).
///
/// ```
/// use mynumber_pia::threshold::{CountErrorKind, ParseCountError, SubjectCount};
///
/// let err = "-5".parse::<SubjectCount>().unwrap_err();
/// assert_eq!(err.kind(), CountErrorKind::Negative);
/// assert_eq!((err.item(), err.input()), ("対象人数", "-5"));
///
/// // White space inside a number is refused, with its place; around it, it is fine.
/// let err = "12 34".parse::<SubjectCount>().unwrap_err();
/// assert_eq!(err.kind(), CountErrorKind::SpaceInNumber { position: 3 });
/// assert!(err.to_string().starts_with("対象人数「12 34」の3文字目: 数字の間に空白は入れられません"));
/// assert_eq!(" 1234 ".parse::<SubjectCount>()?, SubjectCount::Exact(1_234));
/// # Ok::<(), ParseCountError>(())
/// ```
#[doc(alias = "人数の解析エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{item}「{}」{kind}（受け付ける値: {}）", Echo(.input), Accepted(.expected))]
pub struct ParseCountError {
    item: &'static str,
    input: String,
    expected: &'static [&'static str],
    kind: CountErrorKind,
}

/// What went wrong reading a count ([`ParseCountError::kind`]); `Display` is the message's
/// predicate (「は負の数です」).
#[doc(alias = "人数の解析エラーの種類")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display)]
#[non_exhaustive]
pub enum CountErrorKind {
    /// A negative number.
    #[strum(to_string = "は負の数です")]
    Negative,
    /// A number too large for a count (more than 18,446,744,073,709,551,615).
    #[strum(to_string = "は大きすぎます")]
    TooLarge,
    /// White space between the digits (or digit-group commas) of a number: `1 2`, `12 345`,
    /// `1,\n000`. Such a text is not read as one number (it may be two); white space around a
    /// number (` 150000 `, `150000 人`) is fine.
    #[strum(to_string = "の{position}文字目: 数字の間に空白は入れられません")]
    SpaceInNumber {
        /// 1-based position, in characters of the input, of the first white space inside the
        /// number.
        position: usize,
    },
    /// Neither a whole number nor a band label.
    #[strum(to_string = "は人数でも選択肢でもありません")]
    Invalid,
}

impl ParseCountError {
    /// The item that could not be read: `対象人数` or `取扱者数`.
    ///
    /// ```
    /// use mynumber_pia::threshold::HandlerCount;
    ///
    /// assert_eq!("たくさん".parse::<HandlerCount>().unwrap_err().item(), "取扱者数");
    /// ```
    #[must_use]
    pub fn item(&self) -> &'static str {
        self.item
    }

    /// The text as given, whole (the message cuts a long one).
    ///
    /// ```
    /// use mynumber_pia::threshold::SubjectCount;
    ///
    /// let long = "9".repeat(100);
    /// let err = long.parse::<SubjectCount>().unwrap_err();
    /// assert_eq!(err.input(), long);
    /// assert!(err.to_string().contains(&format!("「{}…」", "9".repeat(40))));
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The band labels the item accepts (besides a whole number).
    ///
    /// ```
    /// use mynumber_pia::Choice;
    /// use mynumber_pia::threshold::{HandlerCount, HandlerCountBand};
    ///
    /// let err = "多数".parse::<HandlerCount>().unwrap_err();
    /// assert_eq!(err.expected(), HandlerCountBand::LABELS);
    /// ```
    #[must_use]
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }

    /// What went wrong.
    #[must_use]
    pub fn kind(&self) -> CountErrorKind {
        self.kind
    }
}

/// What a count item accepts, as the messages say it: a whole number or one of the band labels.
struct Accepted<'a>(&'a [&'static str]);

impl fmt::Display for Accepted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "0以上の人数（例: 150000、150,000、１５００００）または選択肢 {}",
            self.0.join(" / ")
        )
    }
}

/// What a count argument looks like once normalised.
enum CountText {
    Number(u64),
    Negative,
    TooLarge,
    NotANumber,
}

/// Reads `150000`, `150,000`, `１５００００`, `150000人` (and `-5`, which is negative), white
/// space ignored; [`space_inside_number`] says whether that white space was inside the number.
///
/// Digit-group commas must group by three (`1,000`, `150,000`): `1,00` or `1,0000` is not read
/// as a number.
fn read_count(input: &str) -> CountText {
    if !commas_group_by_three(input) {
        return CountText::NotANumber;
    }
    let n = normalize_label(input);
    let n = n.strip_suffix('人').unwrap_or(&n);
    let unsigned = n.strip_prefix(['-', '−', '▲']);
    let (negative, digits) = (unsigned.is_some(), unsigned.unwrap_or(n));
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return CountText::NotANumber;
    }
    if negative {
        // `-0` is zero, not a negative count.
        return if digits.bytes().all(|b| b == b'0') {
            CountText::Number(0)
        } else {
            CountText::Negative
        };
    }
    // Only digits: a number that does not parse is too large.
    digits
        .parse()
        .map_or(CountText::TooLarge, CountText::Number)
}

/// The 1-based position (in characters of `input`) of the first run of white space between two
/// parts of a number, a part being a digit (any width) or a digit-group comma with a digit on one
/// side of the run: `1 2` → 2, `12 34` → 3, `1, 000` → 3. White space before or after the number
/// (` 150000 `, `150000 人`, `[ 150,000 ]`) is not inside it.
fn space_inside_number(input: &str) -> Option<usize> {
    let numeric = |c: char| c.is_ascii_digit() || c == ',' || c == '、';
    // The last character before the current run of white space, and where that run started.
    let (mut before, mut run): (Option<char>, Option<usize>) = (None, None);
    for (i, c) in input.chars().map(fold_char).enumerate() {
        if c.is_whitespace() {
            run = run.or(Some(i));
            continue;
        }
        if let (Some(start), Some(b)) = (run.take(), before) {
            if numeric(b) && numeric(c) && (b.is_ascii_digit() || c.is_ascii_digit()) {
                return Some(start + 1);
            }
        }
        before = Some(c);
    }
    None
}

/// Whether every digit-group comma (`,`, `，` or `、` between two digits, as
/// [`normalize_label`] removes them) has one to three digits before it and exactly three after.
fn commas_group_by_three(input: &str) -> bool {
    let mut chars = input
        .chars()
        .map(fold_char)
        .filter(|c| !c.is_whitespace())
        .peekable();
    // Digits since the last comma or non-digit, and whether that run follows a comma.
    let (mut digits, mut after_comma) = (0usize, false);
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            digits += 1;
        } else if (c == ',' || c == '、')
            && digits > 0
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            if digits > 3 || (after_comma && digits != 3) {
                return false;
            }
            (digits, after_comma) = (0, true);
        } else {
            if after_comma && digits != 3 {
                return false;
            }
            (digits, after_comma) = (0, false);
        }
    }
    !after_comma || digits == 3
}

/// Writes `n` with digit-group commas: `150000` → `150,000`.
fn write_grouped(f: &mut fmt::Formatter<'_>, n: u64) -> fmt::Result {
    let digits = n.to_string();
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    f.pad(&out)
}

macro_rules! count_type {
    (
        $(#[$meta:meta])*
        $name:ident, $band:ident
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            /// An exact number of people.
            Exact(u64),
            /// Only the band, as the forms record it.
            Band($band),
        }

        impl $name {
            /// The band this count falls in: an exact count's band, or the band as given.
            ///
            /// ```
            /// use mynumber_pia::Choice;
            /// use mynumber_pia::threshold::{HandlerCount, HandlerCountBand, SubjectCount, SubjectCountBand};
            ///
            /// for band in SubjectCountBand::ALL.iter().copied() {
            ///     let lowest = SubjectCount::Exact(band.interval().min());
            ///     assert_eq!(lowest.band(), band);
            ///     assert_eq!(SubjectCount::Band(band).band(), band);
            /// }
            /// for band in HandlerCountBand::ALL.iter().copied() {
            ///     let lowest = HandlerCount::Exact(band.interval().min());
            ///     assert_eq!(lowest.band(), band);
            ///     assert_eq!(HandlerCount::Band(band).band(), band);
            /// }
            /// ```
            #[must_use]
            pub const fn band(self) -> $band {
                match self {
                    $name::Exact(n) => $band::from_count(n),
                    $name::Band(b) => b,
                }
            }

            /// The exact number, if given (`None` for a band).
            ///
            /// ```
            /// use mynumber_pia::Choice;
            /// use mynumber_pia::threshold::{HandlerCount, HandlerCountBand, SubjectCount, SubjectCountBand};
            ///
            /// assert_eq!(SubjectCount::Exact(499).exact(), Some(499));
            /// assert_eq!(HandlerCount::Exact(499).exact(), Some(499));
            /// for band in SubjectCountBand::ALL.iter().copied() {
            ///     assert_eq!(SubjectCount::Band(band).exact(), None);
            /// }
            /// for band in HandlerCountBand::ALL.iter().copied() {
            ///     assert_eq!(HandlerCount::Band(band).exact(), None);
            /// }
            /// ```
            #[must_use]
            pub const fn exact(self) -> Option<u64> {
                match self {
                    $name::Exact(n) => Some(n),
                    $name::Band(_) => None,
                }
            }

            /// What the item accepts, as its parse errors say it: a whole number or one of the
            /// band labels (for a caller's own message, e.g. when the value is missing).
            ///
            /// ```
            /// use mynumber_pia::threshold::{HandlerCount, SubjectCount};
            ///
            /// assert_eq!(
            ///     HandlerCount::accepted().to_string(),
            ///     "0以上の人数（例: 150000、150,000、１５００００）または選択肢 500人以上 / 500人未満"
            /// );
            /// assert!(SubjectCount::accepted().to_string().ends_with(" / 30万人以上"));
            /// ```
            #[must_use]
            pub fn accepted() -> impl fmt::Display {
                Accepted($band::LABELS)
            }
        }

        impl From<u64> for $name {
            fn from(n: u64) -> Self {
                $name::Exact(n)
            }
        }

        impl From<$band> for $name {
            fn from(b: $band) -> Self {
                $name::Band(b)
            }
        }

        impl fmt::Display for $name {
            /// An exact count with digit-group commas and `人` (`150,000人`), or the band label.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $name::Exact(n) => {
                        write_grouped(f, *n)?;
                        f.write_str("人")
                    }
                    $name::Band(b) => fmt::Display::fmt(b, f),
                }
            }
        }

        impl FromStr for $name {
            type Err = ParseCountError;

            /// Parses a whole number (`150000`, `150,000`, `１５００００`, `150000人`) or a band
            /// label with its real-world spellings.
            ///
            /// White space around the number is ignored; inside it (`12 34`, `1\n2`) it is a
            /// [`CountErrorKind::SpaceInNumber`] naming its place, never read as `1234`.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let err = |kind| ParseCountError {
                    item: <$band as Choice>::LIST_LABEL,
                    input: s.to_owned(),
                    expected: $band::LABELS,
                    kind,
                };
                let count = read_count(s);
                if !matches!(count, CountText::NotANumber) {
                    if let Some(position) = space_inside_number(s) {
                        return Err(err(CountErrorKind::SpaceInNumber { position }));
                    }
                }
                match count {
                    CountText::Number(n) => Ok($name::Exact(n)),
                    CountText::Negative => Err(err(CountErrorKind::Negative)),
                    CountText::TooLarge => Err(err(CountErrorKind::TooLarge)),
                    CountText::NotANumber => s
                        .parse::<$band>()
                        .map($name::Band)
                        .map_err(|_| err(CountErrorKind::Invalid)),
                }
            }
        }

        impl Serialize for $name {
            /// An exact count as a JSON number, a band as its official label.
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $name::Exact(n) => s.serialize_u64(*n),
                    $name::Band(b) => b.serialize(s),
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            /// A JSON number (exact count) or a string (a number or a band label).
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        write!(f, "{}: {}", <$band as Choice>::LIST_LABEL, $name::accepted())
                    }
                    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<$name, E> {
                        Ok($name::Exact(v))
                    }
                    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<$name, E> {
                        u64::try_from(v)
                            .map($name::Exact)
                            .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                d.deserialize_any(V)
            }
        }
    };
}

count_type! {
    /// 対象人数 as given: an exact count or the band the form records (基礎項目評価書 Ⅱ1;
    /// 指針 第4の4, 第5の2).
    ///
    /// Parses a whole number in any width and with or without digit-group commas, or a band label.
    ///
    /// ```
    /// use mynumber_pia::threshold::{SubjectCount, SubjectCountBand};
    ///
    /// for text in ["150000", "150,000", "１５００００", "150000人"] {
    ///     assert_eq!(text.parse::<SubjectCount>()?, SubjectCount::Exact(150_000));
    /// }
    /// let band: SubjectCount = "10万人以上30万人未満".parse()?;
    /// assert_eq!(band, SubjectCount::Band(SubjectCountBand::From100kTo300k));
    /// assert_eq!(SubjectCount::Exact(150_000).band(), SubjectCountBand::From100kTo300k);
    /// assert_eq!(SubjectCount::Exact(150_000).to_string(), "150,000人");
    /// assert_eq!((SubjectCount::Exact(150_000).exact(), band.exact()), (Some(150_000), None));
    /// # Ok::<(), mynumber_pia::threshold::ParseCountError>(())
    /// ```
    #[doc(alias = "対象人数")]
    SubjectCount, SubjectCountBand
}

count_type! {
    /// 取扱者数 as given: an exact count (own staff plus every 委託先's staff who handle the
    /// files) or the band the form records (基礎項目評価書 Ⅱ2; 指針 第5の2).
    ///
    /// ```
    /// use mynumber_pia::threshold::{HandlerCount, HandlerCountBand};
    ///
    /// assert_eq!("５００".parse::<HandlerCount>()?.band(), HandlerCountBand::AtLeast500);
    /// assert_eq!("500人未満".parse::<HandlerCount>()?, HandlerCount::Band(HandlerCountBand::Under500));
    /// # Ok::<(), mynumber_pia::threshold::ParseCountError>(())
    /// ```
    #[doc(alias = "取扱者数")]
    HandlerCount, HandlerCountBand
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_band_boundaries() {
        use SubjectCountBand::*;
        let cases = [
            (0, Under1k),
            (999, Under1k),
            (1_000, From1kTo10k),
            (9_999, From1kTo10k),
            (10_000, From10kTo100k),
            (99_999, From10kTo100k),
            (100_000, From100kTo300k),
            (299_999, From100kTo300k),
            (300_000, AtLeast300k),
            (u64::MAX, AtLeast300k),
        ];
        for (n, band) in cases {
            assert_eq!(SubjectCountBand::from_count(n), band, "{n}");
        }
        for band in SubjectCountBand::ALL {
            assert_eq!(SubjectCountBand::from_count(band.interval().min()), *band);
            if let Some(max) = band.interval().max() {
                assert_eq!(SubjectCountBand::from_count(max), *band);
                assert_ne!(SubjectCountBand::from_count(max + 1), *band);
            }
        }
    }

    #[test]
    fn handler_band_boundaries() {
        assert_eq!(HandlerCountBand::from_count(0), HandlerCountBand::Under500);
        assert_eq!(
            HandlerCountBand::from_count(499),
            HandlerCountBand::Under500
        );
        assert_eq!(
            HandlerCountBand::from_count(500),
            HandlerCountBand::AtLeast500
        );
        assert_eq!(
            HandlerCountBand::from_count(u64::MAX),
            HandlerCountBand::AtLeast500
        );
    }

    #[test]
    fn parses_numbers_in_every_spelling() {
        for text in [
            "150000",
            "150,000",
            "１５００００",
            "１５０，０００",
            " 150000 ",
            "150000人",
        ] {
            assert_eq!(
                text.parse::<SubjectCount>(),
                Ok(SubjectCount::Exact(150_000)),
                "{text}"
            );
        }
        assert_eq!("-0".parse::<HandlerCount>(), Ok(HandlerCount::Exact(0)));
        for (text, n) in [
            ("1,000", 1_000),
            ("1,234,567人", 1_234_567),
            ("１、０００", 1_000),
            ("2）1,500", 1_500),
            ("[ 150,000 ]", 150_000),
        ] {
            assert_eq!(text.parse(), Ok(HandlerCount::Exact(n)), "{text}");
        }
        assert_eq!(
            "-1,000".parse::<HandlerCount>().map_err(|e| e.kind()),
            Err(CountErrorKind::Negative)
        );
    }

    #[test]
    fn parses_band_labels() {
        assert_eq!(
            "1,000人未満（任意実施）".parse::<SubjectCount>(),
            Ok(SubjectCount::Band(SubjectCountBand::Under1k))
        );
        assert_eq!(
            "[ ]1000人以上1万人未満".parse::<SubjectCount>(),
            Ok(SubjectCount::Band(SubjectCountBand::From1kTo10k))
        );
        assert_eq!(
            "2）500人未満".parse::<HandlerCount>(),
            Ok(HandlerCount::Band(HandlerCountBand::Under500))
        );
    }

    #[test]
    fn rejects_bad_counts_with_the_item_named() {
        let neg = "-5".parse::<SubjectCount>().unwrap_err();
        assert_eq!(
            (neg.kind(), neg.item()),
            (CountErrorKind::Negative, "対象人数")
        );
        assert_eq!(
            neg.to_string(),
            "対象人数「-5」は負の数です（受け付ける値: 0以上の人数（例: 150000、150,000、１５００００）\
             または選択肢 1,000人未満（任意実施） / 1,000人以上1万人未満 / 1万人以上10万人未満 / \
             10万人以上30万人未満 / 30万人以上）"
        );
        let fw = "－５".parse::<HandlerCount>().unwrap_err();
        assert_eq!(
            (fw.kind(), fw.item()),
            (CountErrorKind::Negative, "取扱者数")
        );
        let big = "99999999999999999999".parse::<SubjectCount>().unwrap_err();
        assert_eq!(big.kind(), CountErrorKind::TooLarge);
        assert!(
            big.to_string()
                .starts_with("対象人数「99999999999999999999」は大きすぎます")
        );
        assert!(big.to_string().contains("30万人以上"));
        for bad in [
            "",
            "abc",
            "1.5",
            "1e5",
            "500人以上か",
            "人",
            "1,00",
            "1,0000",
            "1000,000",
            "15,00,000",
            "１，００",
        ] {
            let err = bad.parse::<HandlerCount>().unwrap_err();
            assert_eq!(err.kind(), CountErrorKind::Invalid, "{bad}");
            let msg = err.to_string();
            assert!(
                msg.contains("取扱者数") && msg.contains("500人以上"),
                "{msg}"
            );
            assert!(!msg.contains('\n'));
        }
        // An input with a line break is quoted with the break escaped: still one line.
        let err = "ab\ncd".parse::<SubjectCount>().unwrap_err();
        assert!(
            err.to_string()
                .starts_with("対象人数「ab\\ncd」は人数でも選択肢でもありません"),
            "{err}"
        );
    }

    /// White space inside a number is an error that says where; around it, it is ignored
    /// (issue: `1\n2` was read as 12, `12 34` as 1234).
    #[test]
    fn space_inside_a_number_is_refused_with_its_place() {
        for (text, position) in [
            ("1\n2", 2),
            ("12 34", 3),
            ("1 2 3人", 2),
            ("１　２", 2),
            ("1, 000", 3),
            ("1 ,000", 2),
            (" 150 000 ", 5),
            ("-1 2", 3),
            ("99999999999 999999999999", 12),
        ] {
            let err = text.parse::<SubjectCount>().unwrap_err();
            assert_eq!(
                (err.item(), err.kind()),
                ("対象人数", CountErrorKind::SpaceInNumber { position }),
                "{text:?}"
            );
            let msg = err.to_string();
            assert!(!msg.contains('\n'), "{msg}");
            assert!(
                msg.contains(&format!(
                    "の{position}文字目: 数字の間に空白は入れられません"
                )),
                "{msg}"
            );
            let err = text.parse::<HandlerCount>().unwrap_err();
            assert_eq!(err.item(), "取扱者数");
            assert!(matches!(err.kind(), CountErrorKind::SpaceInNumber { .. }));
        }
        assert_eq!(
            "1\n2".parse::<SubjectCount>().unwrap_err().to_string(),
            "対象人数「1\\n2」の2文字目: 数字の間に空白は入れられません（受け付ける値: \
             0以上の人数（例: 150000、150,000、１５００００）または選択肢 1,000人未満（任意実施） / \
             1,000人以上1万人未満 / 1万人以上10万人未満 / 10万人以上30万人未満 / 30万人以上）"
        );
        // Around the number, or between the number and 人, white space is fine.
        for (text, n) in [
            (" 150000 ", 150_000),
            ("\t12\n", 12),
            ("150000 人", 150_000),
            ("[ 150,000 ]", 150_000),
            ("2） 1,500", 1_500),
            ("　１２３　", 123),
            ("- 0", 0),
        ] {
            assert_eq!(text.parse(), Ok(SubjectCount::Exact(n)), "{text:?}");
        }
        // Band labels keep their lenient spacing (they are not numbers).
        assert_eq!(
            "1 000人未満".parse::<SubjectCount>(),
            Ok(SubjectCount::Band(SubjectCountBand::Under1k))
        );
        assert_eq!(
            "500人 以上".parse::<HandlerCount>(),
            Ok(HandlerCount::Band(HandlerCountBand::AtLeast500))
        );
        // Not a number whatever the spaces: the usual error.
        assert_eq!(
            "1 2 a".parse::<SubjectCount>().map_err(|e| e.kind()),
            Err(CountErrorKind::Invalid)
        );
        // Through serde too.
        assert!(serde_json::from_str::<SubjectCount>("\"12 34\"").is_err());
    }

    #[test]
    fn long_inputs_are_cut_in_messages() {
        let long = format!("{}x", "1".repeat(200));
        let err = long.parse::<HandlerCount>().unwrap_err();
        assert_eq!(err.input(), long);
        assert_eq!(err.item(), "取扱者数");
        let msg = err.to_string();
        assert!(
            msg.starts_with(&format!("取扱者数「{}…」は", "1".repeat(40))),
            "{msg}"
        );
        assert!(msg.chars().count() < 200, "{msg}");
    }

    #[test]
    fn label_in_each_form() {
        for band in SubjectCountBand::ALL.iter().copied() {
            assert_eq!(band.label_in(AssessmentKind::Basic), band.label());
            for form in [AssessmentKind::Focused, AssessmentKind::Full] {
                let printed = band.label_in(form);
                assert!(!printed.contains("任意実施"), "{printed}");
                assert_eq!(printed.parse::<SubjectCountBand>(), Ok(band));
            }
        }
        assert_eq!(
            SubjectCountBand::Under1k.label_in(AssessmentKind::Focused),
            "1,000人未満"
        );
    }

    #[test]
    fn serde_round_trips_every_band_and_counts() {
        for band in SubjectCountBand::ALL.iter().copied() {
            for c in [
                SubjectCount::Band(band),
                SubjectCount::Exact(band.interval().min()),
            ] {
                let json = serde_json::to_string(&c).unwrap();
                assert_eq!(serde_json::from_str::<SubjectCount>(&json).unwrap(), c);
            }
        }
        for band in HandlerCountBand::ALL.iter().copied() {
            for c in [HandlerCount::Band(band), HandlerCount::Exact(u64::MAX)] {
                let json = serde_json::to_string(&c).unwrap();
                assert_eq!(serde_json::from_str::<HandlerCount>(&json).unwrap(), c);
            }
        }
    }

    #[test]
    fn displays_exact_counts_grouped() {
        assert_eq!(SubjectCount::Exact(0).to_string(), "0人");
        assert_eq!(SubjectCount::Exact(999).to_string(), "999人");
        assert_eq!(SubjectCount::Exact(1_000).to_string(), "1,000人");
        assert_eq!(SubjectCount::Exact(1_234_567).to_string(), "1,234,567人");
        assert_eq!(
            SubjectCount::Band(SubjectCountBand::AtLeast300k).to_string(),
            "30万人以上"
        );
    }

    #[test]
    fn serde_numbers_and_labels() {
        let exact: SubjectCount = serde_json::from_str("150000").unwrap();
        assert_eq!(exact, SubjectCount::Exact(150_000));
        let band: SubjectCount = serde_json::from_str("\"30万人以上\"").unwrap();
        assert_eq!(band, SubjectCount::Band(SubjectCountBand::AtLeast300k));
        let text: HandlerCount = serde_json::from_str("\"1,200\"").unwrap();
        assert_eq!(text, HandlerCount::Exact(1_200));
        assert!(serde_json::from_str::<HandlerCount>("-1").is_err());
        assert_eq!(serde_json::to_string(&exact).unwrap(), "150000");
        assert_eq!(serde_json::to_string(&band).unwrap(), "\"30万人以上\"");
    }
}
