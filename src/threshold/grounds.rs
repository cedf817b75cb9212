//! The grounds of a しきい値判断: typed citations of the 規則 and the 指針, and the 規則 第4条
//! exemptions.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Echo;
use crate::label::{normalize_label, serde_as_text};
use crate::numeral;

/// A citation of the 特定個人情報保護評価に関する規則 (*規則*): an article and optionally one 号.
///
/// `Display` and serde write it as the documents do: `規則第5条`, `規則第4条第3号`; `FromStr`
/// and serde read it back (any width, kanji numerals too: `規則第五条`).
///
/// ```
/// use mynumber_pia::threshold::RuleCitation;
///
/// let item = RuleCitation::article(4).with_item(3);
/// assert_eq!(item.to_string(), "規則第4条第3号");
/// assert_eq!((item.article_number(), item.item_number()), (4, Some(3)));
/// assert_eq!(RuleCitation::FULL.to_string(), "規則第7条");
/// assert_eq!("規則第５条".parse(), Ok(RuleCitation::BASIC));
/// ```
#[doc(alias = "規則")]
#[doc(alias = "特定個人情報保護評価に関する規則")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RuleCitation {
    article: u16,
    item: Option<u16>,
}

impl RuleCitation {
    /// 規則 第4条: when no assessment is required.
    pub const EXEMPTIONS: RuleCitation = RuleCitation::article(4);
    /// 規則 第5条: the 基礎項目評価.
    pub const BASIC: RuleCitation = RuleCitation::article(5);
    /// 規則 第6条: the 重点項目評価.
    pub const FOCUSED: RuleCitation = RuleCitation::article(6);
    /// 規則 第7条: the 全項目評価.
    pub const FULL: RuleCitation = RuleCitation::article(7);

    /// A whole article: `規則第{article}条`.
    ///
    /// ```
    /// use mynumber_pia::threshold::RuleCitation;
    ///
    /// assert_eq!(RuleCitation::article(5), RuleCitation::BASIC);
    /// ```
    #[must_use]
    pub const fn article(article: u16) -> Self {
        RuleCitation {
            article,
            item: None,
        }
    }

    /// The citation narrowed to one 号 of its article: `規則第{article}条第{item}号`.
    ///
    /// ```
    /// use mynumber_pia::threshold::RuleCitation;
    ///
    /// assert_eq!(RuleCitation::EXEMPTIONS.with_item(1).to_string(), "規則第4条第1号");
    /// ```
    #[must_use]
    pub const fn with_item(self, item: u16) -> Self {
        RuleCitation {
            item: Some(item),
            ..self
        }
    }

    /// The article number (条).
    ///
    /// ```
    /// use mynumber_pia::threshold::RuleCitation;
    ///
    /// assert_eq!(RuleCitation::FOCUSED.article_number(), 6);
    /// ```
    #[must_use]
    pub const fn article_number(self) -> u16 {
        self.article
    }

    /// The item number (号), if the citation names one.
    ///
    /// ```
    /// use mynumber_pia::threshold::RuleCitation;
    ///
    /// assert_eq!(RuleCitation::FOCUSED.item_number(), None);
    /// assert_eq!(RuleCitation::article(4).with_item(2).item_number(), Some(2));
    /// ```
    #[must_use]
    pub const fn item_number(self) -> Option<u16> {
        self.item
    }

    /// Writes the citation without the leading `規則`: `第5条`, `第4条第3号`.
    fn write_bare(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "第{}条", self.article)?;
        if let Some(item) = self.item {
            write!(f, "第{item}号")?;
        }
        Ok(())
    }
}

impl fmt::Display for RuleCitation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("規則")?;
        self.write_bare(f)
    }
}

impl FromStr for RuleCitation {
    type Err = ParseCitationError;

    /// Reads `規則第5条`, `規則第4条第3号` (`規則` may be left out; any width or kanji numerals).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseCitationError::new(NOT_A_RULE, s);
        let n = normalize_label(s);
        let rest = n.strip_prefix("規則").unwrap_or(&n);
        let (article, rest) = ordinal(rest, "第", "条").ok_or_else(err)?;
        let citation = RuleCitation::article(article);
        if rest.is_empty() {
            return Ok(citation);
        }
        match ordinal(rest, "第", "号") {
            Some((item, "")) => Ok(citation.with_item(item)),
            _ => Err(err()),
        }
    }
}

serde_as_text!(RuleCitation, FromStr);

/// A citation of the 特定個人情報保護評価指針 (*指針*): a part (第N) and a section (のM).
///
/// `Display` and serde write it as the documents do (`指針第5の2`); `FromStr` and serde read it
/// back.
///
/// ```
/// use mynumber_pia::threshold::GuidelineCitation;
///
/// assert_eq!(GuidelineCitation::THRESHOLD.to_string(), "指針第5の2");
/// assert_eq!("指針第４の４".parse(), Ok(GuidelineCitation::EXEMPTIONS));
/// ```
#[doc(alias = "指針")]
#[doc(alias = "特定個人情報保護評価指針")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GuidelineCitation {
    part: u8,
    section: u8,
}

impl GuidelineCitation {
    /// 指針 第4の4: 事務 for which no assessment is required.
    pub const EXEMPTIONS: GuidelineCitation = GuidelineCitation::new(4, 4);
    /// 指針 第5の2: the しきい値判断.
    pub const THRESHOLD: GuidelineCitation = GuidelineCitation::new(5, 2);

    /// `指針第{part}の{section}`.
    ///
    /// ```
    /// use mynumber_pia::threshold::GuidelineCitation;
    ///
    /// assert_eq!(GuidelineCitation::new(5, 2), GuidelineCitation::THRESHOLD);
    /// ```
    #[must_use]
    pub const fn new(part: u8, section: u8) -> Self {
        GuidelineCitation { part, section }
    }

    /// The part number (第N).
    ///
    /// ```
    /// use mynumber_pia::threshold::GuidelineCitation;
    ///
    /// assert_eq!(GuidelineCitation::EXEMPTIONS.part(), 4);
    /// ```
    #[must_use]
    pub const fn part(self) -> u8 {
        self.part
    }

    /// The section number (のM).
    ///
    /// ```
    /// use mynumber_pia::threshold::GuidelineCitation;
    ///
    /// assert_eq!(GuidelineCitation::THRESHOLD.section(), 2);
    /// ```
    #[must_use]
    pub const fn section(self) -> u8 {
        self.section
    }
}

impl fmt::Display for GuidelineCitation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "指針第{}の{}", self.part, self.section)
    }
}

impl FromStr for GuidelineCitation {
    type Err = ParseCitationError;

    /// Reads `指針第5の2` (`指針` may be left out; any width or kanji numerals).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseCitationError::new(NOT_A_GUIDELINE, s);
        let n = normalize_label(s);
        let rest = n.strip_prefix("指針").unwrap_or(&n);
        let (part, rest) = ordinal(rest, "第", "の").ok_or_else(err)?;
        let (section, rest) = ordinal(rest, "", "").ok_or_else(err)?;
        match (u8::try_from(part), u8::try_from(section), rest) {
            (Ok(part), Ok(section), "") => Ok(GuidelineCitation::new(part, section)),
            _ => Err(err()),
        }
    }
}

serde_as_text!(GuidelineCitation, FromStr);

/// Reads `{before}{number}{after}` at the start of `text` (the number in any width or in kanji,
/// 1 or more): the number and the rest.
fn ordinal<'a>(text: &'a str, before: &str, after: &str) -> Option<(u16, &'a str)> {
    let text = text.strip_prefix(before)?;
    let (value, width) = numeral::read_str(text)?;
    let number = u16::try_from(value?).ok().filter(|&n| n > 0)?;
    let rest = text.get(width..)?.strip_prefix(after)?;
    Some((number, rest))
}

/// What a [`ParseCitationError`] says of a text that is not a citation of the 規則, of the 指針
/// or of a 号 of 規則 第4条: what it is not, and what is accepted.
const NOT_A_RULE: &str =
    "規則の条の引用ではありません（受け付ける値: 規則第5条、規則第4条第3号の形）";
const NOT_A_GUIDELINE: &str = "指針の引用ではありません（受け付ける値: 指針第5の2の形）";
const NOT_AN_EXEMPTION: &str = "規則第4条の号ではありません（受け付ける値: 規則第4条第1号 / 第2号 / 第3号 / 第4号以降の号、または号の番号）";

/// A text that is not a citation of the 規則 (`規則第5条`, `規則第4条第3号`), of the 指針
/// (`指針第5の2`), or a 号 of 規則 第4条 ([`Exemption`]).
///
/// The message (in Japanese) quotes the input on one line and says what is accepted.
///
/// ```
/// use mynumber_pia::threshold::{Exemption, GuidelineCitation, RuleCitation};
///
/// let err = "規則第5項".parse::<RuleCitation>().unwrap_err();
/// assert_eq!(err.input(), "規則第5項");
/// assert_eq!(
///     err.to_string(),
///     "「規則第5項」は規則の条の引用ではありません（受け付ける値: 規則第5条、規則第4条第3号の形）"
/// );
/// assert!("指針第5".parse::<GuidelineCitation>().is_err());
///
/// let err = "第0号".parse::<Exemption>().unwrap_err();
/// assert_eq!(err.input(), "第0号");
/// assert!(err.to_string().starts_with("「第0号」は規則第4条の号ではありません"));
/// ```
#[doc(alias = "引用の解析エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{}」は{}", Echo(.input), .not)]
pub struct ParseCitationError {
    not: &'static str,
    input: String,
}

impl ParseCitationError {
    fn new(not: &'static str, input: &str) -> Self {
        ParseCitationError {
            not,
            input: input.to_owned(),
        }
    }

    /// The text as given.
    ///
    /// ```
    /// use mynumber_pia::threshold::GuidelineCitation;
    ///
    /// assert_eq!("指針".parse::<GuidelineCitation>().unwrap_err().input(), "指針");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// The grounds of a しきい値判断 result: the 規則 articles (one or two) and the 指針 section.
///
/// `Display` writes them as one parenthetical: `規則第5条及び第7条、指針第5の2`.
/// Serialized as `{"rules": ["規則第5条", "規則第7条"], "guideline": "指針第5の2"}`, and read
/// back from that shape (one or two rules).
///
/// ```
/// use mynumber_pia::threshold::{Grounds, RequiredAssessment, RuleCitation};
///
/// let g = Grounds::for_required(RequiredAssessment::BasicAndFull);
/// assert_eq!(g.rules().collect::<Vec<_>>(), [RuleCitation::BASIC, RuleCitation::FULL]);
/// assert_eq!(g.to_string(), "規則第5条及び第7条、指針第5の2");
/// let json = serde_json::to_string(&g)?;
/// assert_eq!(json, r#"{"rules":["規則第5条","規則第7条"],"guideline":"指針第5の2"}"#);
/// assert_eq!(serde_json::from_str::<Grounds>(&json)?, g);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "根拠")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Grounds {
    first: RuleCitation,
    second: Option<RuleCitation>,
    guideline: GuidelineCitation,
}

impl Grounds {
    /// The grounds of a result reached by the しきい値判断 itself (not by an exemption):
    /// 規則 第5条 for the 基礎, with 第6条 (重点) or 第7条 (全項目), and 指針 第5の2.
    ///
    /// For [`RequiredAssessment::NotRequired`](super::RequiredAssessment::NotRequired) this is
    /// 規則 第4条第3号 (fewer than 1,000 people) and 指針 第4の4; use [`Grounds::exemption`] for
    /// the other 号.
    ///
    /// ```
    /// use mynumber_pia::threshold::{Grounds, GuidelineCitation, RequiredAssessment};
    ///
    /// let g = Grounds::for_required(RequiredAssessment::Basic);
    /// assert_eq!(g.to_string(), "規則第5条、指針第5の2");
    /// assert_eq!(g.guideline(), GuidelineCitation::THRESHOLD);
    /// ```
    #[must_use]
    pub const fn for_required(required: super::RequiredAssessment) -> Self {
        use super::RequiredAssessment as R;
        match required {
            R::NotRequired => Grounds::exemption(Exemption::FewerThan1000),
            R::Basic => Grounds::threshold(RuleCitation::BASIC, None),
            R::BasicAndFocused => {
                Grounds::threshold(RuleCitation::BASIC, Some(RuleCitation::FOCUSED))
            }
            R::BasicAndFull => Grounds::threshold(RuleCitation::BASIC, Some(RuleCitation::FULL)),
        }
    }

    /// The grounds of an exemption: its 号 of 規則 第4条 and 指針 第4の4.
    ///
    /// ```
    /// use mynumber_pia::threshold::{Exemption, Grounds, RuleCitation};
    ///
    /// let g = Grounds::exemption(Exemption::ManualFilesOnly);
    /// assert_eq!(g.rules().collect::<Vec<_>>(), [RuleCitation::EXEMPTIONS.with_item(2)]);
    /// assert_eq!(g.to_string(), "規則第4条第2号、指針第4の4");
    /// ```
    #[must_use]
    pub const fn exemption(exemption: Exemption) -> Self {
        Grounds {
            first: exemption.citation(),
            second: None,
            guideline: GuidelineCitation::EXEMPTIONS,
        }
    }

    const fn threshold(first: RuleCitation, second: Option<RuleCitation>) -> Self {
        Grounds {
            first,
            second,
            guideline: GuidelineCitation::THRESHOLD,
        }
    }

    /// The 規則 citations (one or two), in article order.
    ///
    /// ```
    /// use mynumber_pia::threshold::{Grounds, RequiredAssessment, RuleCitation};
    ///
    /// let g = Grounds::for_required(RequiredAssessment::Basic);
    /// assert_eq!(g.rules().collect::<Vec<_>>(), [RuleCitation::BASIC]);
    /// ```
    pub fn rules(&self) -> impl Iterator<Item = RuleCitation> + '_ {
        std::iter::once(self.first).chain(self.second)
    }

    /// The 指針 section.
    ///
    /// ```
    /// use mynumber_pia::threshold::{Exemption, Grounds, GuidelineCitation};
    ///
    /// assert_eq!(Grounds::exemption(Exemption::ManualFilesOnly).guideline(), GuidelineCitation::EXEMPTIONS);
    /// ```
    #[must_use]
    pub const fn guideline(&self) -> GuidelineCitation {
        self.guideline
    }
}

impl fmt::Display for Grounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.first, f)?;
        if let Some(second) = self.second {
            f.write_str("及び")?;
            second.write_bare(f)?;
        }
        write!(f, "、{}", self.guideline)
    }
}

/// The JSON shape of [`Grounds`]: `{"rules": [...], "guideline": "..."}`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Json {
    rules: Vec<RuleCitation>,
    guideline: GuidelineCitation,
}

impl Serialize for Grounds {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let rules = self.rules().collect();
        Json {
            rules,
            guideline: self.guideline,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Grounds {
    /// Reads `{"rules": [...], "guideline": "..."}` with one or two rules.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let j = Json::deserialize(d)?;
        let (first, second) = match *j.rules.as_slice() {
            [first] => (first, None),
            [first, second] => (first, Some(second)),
            _ => {
                let expected = &"1つまたは2つの規則の条（rules）";
                return Err(serde::de::Error::invalid_length(j.rules.len(), expected));
            }
        };
        Ok(Grounds {
            first,
            second,
            guideline: j.guideline,
        })
    }
}

/// An item (号) of 規則 第4条 other than 第1号 to 第3号: the special cases the crate does not
/// spell out. Always 4 or more.
///
/// ```
/// use mynumber_pia::threshold::OtherExemptionItem;
///
/// assert_eq!(OtherExemptionItem::new(5).map(|i| i.get()), Some(5));
/// assert_eq!(OtherExemptionItem::new(2), None);
/// ```
#[doc(alias = "規則第4条のその他の号")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OtherExemptionItem(u16);

impl OtherExemptionItem {
    /// The item number, if it is 4 or more (第1号–第3号 have their own [`Exemption`] variants).
    ///
    /// ```
    /// use mynumber_pia::threshold::OtherExemptionItem;
    ///
    /// assert!(OtherExemptionItem::new(4).is_some());
    /// assert!(OtherExemptionItem::new(3).is_none());
    /// ```
    #[must_use]
    pub const fn new(item: u16) -> Option<Self> {
        if item >= 4 {
            Some(OtherExemptionItem(item))
        } else {
            None
        }
    }

    /// The item number.
    ///
    /// ```
    /// use mynumber_pia::threshold::OtherExemptionItem;
    ///
    /// assert_eq!(OtherExemptionItem::new(9).map(OtherExemptionItem::get), Some(9));
    /// ```
    #[must_use]
    pub const fn get(self) -> u16 {
        self.0
    }
}

/// A reason under 規則 第4条 (指針 第4の4) why a 事務 needs no 特定個人情報保護評価.
///
/// `Display` and serde write the citation (`規則第4条第1号`); [`Exemption::description`] says
/// in words what the 号 covers. `FromStr` accepts `規則第4条第2号`, `第4条第2号`, `第2号`, `2`
/// (any width).
///
/// 第3号 (fewer than 1,000 people) follows from the 対象人数: the decision applies it by itself,
/// and a claimed 第3号 never overrides a count of 1,000 or more.
///
/// ```
/// use mynumber_pia::threshold::Exemption;
///
/// let e: Exemption = "規則第４条第２号".parse()?;
/// assert_eq!(e, Exemption::ManualFilesOnly);
/// assert_eq!(e.to_string(), "規則第4条第2号");
/// # Ok::<(), mynumber_pia::threshold::ParseCitationError>(())
/// ```
#[doc(alias = "特定個人情報保護評価の実施を要しない事務")]
#[doc(alias = "規則第4条")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Exemption {
    /// 第1号: the 事務 handles only files on the body's own staff's personnel, pay or welfare.
    OwnStaffFilesOnly,
    /// 第2号: the 事務 handles only manual-processing files (手作業処理用ファイル).
    ManualFilesOnly,
    /// 第3号: fewer than 1,000 people in all the files of the 事務.
    FewerThan1000,
    /// Another 号 of 第4条 (special cases, 第4号 onwards).
    OtherItem(OtherExemptionItem),
}

impl Exemption {
    /// The 号 of 規則 第4条.
    ///
    /// ```
    /// use mynumber_pia::threshold::Exemption;
    ///
    /// assert_eq!(Exemption::FewerThan1000.item(), 3);
    /// assert_eq!(Exemption::FewerThan1000.citation().to_string(), "規則第4条第3号");
    /// ```
    #[must_use]
    pub const fn item(self) -> u16 {
        match self {
            Exemption::OwnStaffFilesOnly => 1,
            Exemption::ManualFilesOnly => 2,
            Exemption::FewerThan1000 => 3,
            Exemption::OtherItem(i) => i.get(),
        }
    }

    /// The exemption for a 号 of 規則 第4条 (0 is none).
    ///
    /// ```
    /// use mynumber_pia::threshold::Exemption;
    ///
    /// assert_eq!(Exemption::from_item(1), Some(Exemption::OwnStaffFilesOnly));
    /// assert_eq!(Exemption::from_item(6).map(|e| e.item()), Some(6));
    /// assert_eq!(Exemption::from_item(0), None);
    /// ```
    #[must_use]
    pub const fn from_item(item: u16) -> Option<Self> {
        match item {
            0 => None,
            1 => Some(Exemption::OwnStaffFilesOnly),
            2 => Some(Exemption::ManualFilesOnly),
            3 => Some(Exemption::FewerThan1000),
            n => match OtherExemptionItem::new(n) {
                Some(i) => Some(Exemption::OtherItem(i)),
                None => None,
            },
        }
    }

    /// The citation: `規則第4条第{item}号`.
    ///
    /// ```
    /// use mynumber_pia::threshold::{Exemption, RuleCitation};
    ///
    /// assert_eq!(Exemption::OwnStaffFilesOnly.citation(), RuleCitation::EXEMPTIONS.with_item(1));
    /// ```
    #[must_use]
    pub const fn citation(self) -> RuleCitation {
        RuleCitation::EXEMPTIONS.with_item(self.item())
    }

    /// What the 号 covers, in short Japanese words (`None` for another 号, which the crate does
    /// not spell out).
    ///
    /// ```
    /// use mynumber_pia::threshold::Exemption;
    ///
    /// assert_eq!(Exemption::ManualFilesOnly.description(), Some("手作業処理用ファイルのみを取り扱う事務"));
    /// ```
    #[must_use]
    pub const fn description(self) -> Option<&'static str> {
        match self {
            Exemption::OwnStaffFilesOnly => {
                Some("職員等の人事・給与・福利厚生に関する特定個人情報ファイルのみを取り扱う事務")
            }
            Exemption::ManualFilesOnly => Some("手作業処理用ファイルのみを取り扱う事務"),
            Exemption::FewerThan1000 => Some("対象人数が1,000人未満の事務"),
            Exemption::OtherItem(_) => None,
        }
    }
}

impl fmt::Display for Exemption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.citation(), f)
    }
}

impl FromStr for Exemption {
    type Err = ParseCitationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseCitationError::new(NOT_AN_EXEMPTION, s);
        let n = normalize_label(s);
        let rest = n.strip_prefix("規則").unwrap_or(&n);
        let rest = rest.strip_prefix("第4条").unwrap_or(rest);
        let rest = rest.strip_prefix('第').unwrap_or(rest);
        let rest = rest.strip_suffix('号').unwrap_or(rest);
        if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let item: u16 = rest.parse().map_err(|_| err())?;
        Exemption::from_item(item).ok_or_else(err)
    }
}

serde_as_text!(Exemption, FromStr);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::threshold::RequiredAssessment;

    /// The numbers of each citation (mutation testing: only doctests read them).
    #[test]
    fn citation_numbers() {
        let rules = [
            RuleCitation::EXEMPTIONS,
            RuleCitation::BASIC,
            RuleCitation::FOCUSED,
            RuleCitation::FULL,
        ];
        let articles: Vec<u16> = rules.iter().map(|r| r.article_number()).collect();
        assert_eq!(articles, [4, 5, 6, 7]);
        assert_eq!(RuleCitation::EXEMPTIONS.with_item(3).item_number(), Some(3));
        let guidelines = [GuidelineCitation::EXEMPTIONS, GuidelineCitation::THRESHOLD];
        let numbers: Vec<(u8, u8)> = guidelines.iter().map(|g| (g.part(), g.section())).collect();
        assert_eq!(numbers, [(4, 4), (5, 2)]);
    }

    #[test]
    fn citations_display_as_documents_write_them() {
        assert_eq!(RuleCitation::BASIC.to_string(), "規則第5条");
        assert_eq!(RuleCitation::FOCUSED.to_string(), "規則第6条");
        assert_eq!(Exemption::FewerThan1000.to_string(), "規則第4条第3号");
        assert_eq!(GuidelineCitation::EXEMPTIONS.to_string(), "指針第4の4");
    }

    #[test]
    fn grounds_per_result() {
        let cases = [
            (
                RequiredAssessment::NotRequired,
                "規則第4条第3号、指針第4の4",
            ),
            (RequiredAssessment::Basic, "規則第5条、指針第5の2"),
            (
                RequiredAssessment::BasicAndFocused,
                "規則第5条及び第6条、指針第5の2",
            ),
            (
                RequiredAssessment::BasicAndFull,
                "規則第5条及び第7条、指針第5の2",
            ),
        ];
        for (r, text) in cases {
            assert_eq!(Grounds::for_required(r).to_string(), text);
        }
        let json =
            serde_json::to_string(&Grounds::for_required(RequiredAssessment::BasicAndFocused))
                .unwrap();
        assert_eq!(
            json,
            r#"{"rules":["規則第5条","規則第6条"],"guideline":"指針第5の2"}"#
        );
    }

    #[test]
    fn citations_parse_and_round_trip() {
        for c in [
            RuleCitation::EXEMPTIONS,
            RuleCitation::BASIC,
            RuleCitation::FOCUSED,
            RuleCitation::FULL,
            RuleCitation::article(4).with_item(3),
            RuleCitation::article(15).with_item(12),
        ] {
            assert_eq!(c.to_string().parse(), Ok(c));
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(serde_json::from_str::<RuleCitation>(&json).unwrap(), c);
        }
        for (text, c) in [
            ("規則第５条", RuleCitation::BASIC),
            ("第7条", RuleCitation::FULL),
            ("規則第四条第三号", RuleCitation::article(4).with_item(3)),
            (" 規則 第4条 第1号 ", RuleCitation::article(4).with_item(1)),
        ] {
            assert_eq!(text.parse(), Ok(c), "{text}");
        }
        for bad in [
            "",
            "規則",
            "規則第0条",
            "規則第5項",
            "規則第5条第",
            "規則第5条第1号第2号",
            "規則第99999条",
            "指針第5の2",
        ] {
            let err = bad.parse::<RuleCitation>().unwrap_err();
            assert_eq!(err.input(), bad);
            assert!(err.to_string().contains("規則の条の引用ではありません"));
        }
        for g in [GuidelineCitation::EXEMPTIONS, GuidelineCitation::THRESHOLD] {
            assert_eq!(g.to_string().parse(), Ok(g));
            let json = serde_json::to_string(&g).unwrap();
            assert_eq!(serde_json::from_str::<GuidelineCitation>(&json).unwrap(), g);
        }
        assert_eq!("第5の2".parse(), Ok(GuidelineCitation::THRESHOLD));
        for bad in [
            "",
            "指針第5",
            "指針第5の",
            "指針第5の2の1",
            "指針第300の1",
            "規則第5条",
        ] {
            let err = bad.parse::<GuidelineCitation>().unwrap_err();
            assert!(
                err.to_string().contains("指針の引用ではありません"),
                "{bad}"
            );
        }
        assert!(serde_json::from_str::<RuleCitation>("5").is_err());
    }

    #[test]
    fn grounds_round_trip_and_refuse_bad_shapes() {
        let mut all: Vec<Grounds> = [
            RequiredAssessment::NotRequired,
            RequiredAssessment::Basic,
            RequiredAssessment::BasicAndFocused,
            RequiredAssessment::BasicAndFull,
        ]
        .into_iter()
        .map(Grounds::for_required)
        .collect();
        all.extend(
            (1..=6)
                .filter_map(Exemption::from_item)
                .map(Grounds::exemption),
        );
        for g in all {
            let json = serde_json::to_string(&g).unwrap();
            assert_eq!(serde_json::from_str::<Grounds>(&json).unwrap(), g, "{json}");
        }
        for bad in [
            r#"{"rules": [], "guideline": "指針第5の2"}"#,
            r#"{"rules": ["規則第5条", "規則第6条", "規則第7条"], "guideline": "指針第5の2"}"#,
            r#"{"rules": ["規則第5条"]}"#,
            r#"{"rules": ["規則第5条"], "guideline": "指針第5の2", "note": ""}"#,
            r#"{"rules": ["第5項"], "guideline": "指針第5の2"}"#,
        ] {
            assert!(serde_json::from_str::<Grounds>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn exemptions_parse_and_round_trip() {
        for item in 1..=12u16 {
            let e = Exemption::from_item(item).unwrap();
            assert_eq!(e.item(), item);
            assert_eq!(e.to_string().parse::<Exemption>(), Ok(e));
            let json = serde_json::to_string(&e).unwrap();
            assert_eq!(serde_json::from_str::<Exemption>(&json).unwrap(), e);
        }
        assert_eq!("第1号".parse(), Ok(Exemption::OwnStaffFilesOnly));
        assert_eq!("２".parse(), Ok(Exemption::ManualFilesOnly));
        assert_eq!("第4条第3号".parse(), Ok(Exemption::FewerThan1000));
        for bad in ["", "第0号", "第5条第1号", "abc", "99999999"] {
            assert!(bad.parse::<Exemption>().is_err(), "{bad}");
        }
        let err = "第1号\u{7}".parse::<Exemption>().unwrap_err();
        assert_eq!(err.input(), "第1号\u{7}");
        assert!(
            err.to_string()
                .starts_with("「第1号\\u{7}」は規則第4条の号ではありません"),
            "{err}"
        );
    }
}
