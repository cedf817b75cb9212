//! [`FormRevision`]: which published revision of the 様式 a report is written on.
//!
//! The PPC has revised the three forms several times since the first ones of 平成26年4月. A
//! report keeps the form it was written on until it is revised, so the reports in force today
//! print many revisions in their tag (`[平成26年4月 様式4]`, `[平成30年5月 様式2]`,
//! `[令和6年10月 様式3]`). The crate's tables are those of 令和6年10月; an older revision is
//! written as [differences](super::DIFFERENCES) from them.

use std::fmt;
use std::str::FromStr;

use crate::wareki::{Era, WarekiError, YearMonth};

/// A revision of the 様式 of the 特定個人情報保護評価書, by the month its tag prints
/// (`[平成26年4月　様式4]` is [`FormRevision::Heisei26April`]).
///
/// The revisions the crate knows are variants; a tag of any other month is held as printed
/// ([`FormRevision::Unlisted`]) and its form read as the [nearest known
/// revision](FormRevision::nearest_known) before it. Written in JSON as the month `YYYY-MM`
/// (`"2014-04"`), as the cover's `form_version` always was.
///
/// What each revision is known to print otherwise than 令和6年10月, and where nothing is known,
/// is the table of the [module docs](super#the-revisions); each difference, with its source, is
/// a row of [`DIFFERENCES`](super::DIFFERENCES) or [`ADDITIONS`](super::ADDITIONS).
///
/// ```
/// use mynumber_pia::form::FormRevision;
/// use mynumber_pia::wareki::YearMonth;
///
/// let r: FormRevision = "平成２６年４月".parse()?;
/// assert_eq!(r, FormRevision::Heisei26April);
/// assert_eq!(r.to_string(), "平成26年4月");
/// assert_eq!(r.month().iso().to_string(), "2014-04");
///
/// // A month no known revision has is held as printed, and read as the revision before it.
/// let other = FormRevision::from_month(YearMonth::from_gregorian(2021, 9)?);
/// assert_eq!(other.to_string(), "令和3年9月");
/// assert_eq!(other.nearest_known(), FormRevision::Heisei30May);
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "様式の版")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormRevision {
    /// 平成26年4月: the first forms, set with the 特定個人情報保護評価に関する規則 (平成26年特定個人情報
    /// 保護委員会規則第1号) and the 特定個人情報保護評価指針 (平成26年特定個人情報保護委員会告示第4号),
    /// both of 平成26年4月18日.
    Heisei26April,
    /// 平成28年1月: the forms after the 特定個人情報保護委員会 became the 個人情報保護委員会 on
    /// 平成28年1月1日 (平成27年法律第65号).
    Heisei28January,
    /// 平成29年5月: the forms of the 記載要領 tagged `[平成29年5月 様式2]`, with the amended 個人情報
    /// 保護法 in force on 平成29年5月30日.
    Heisei29May,
    /// 平成30年5月: the forms of the revision of the 規則 (平成30年個人情報保護委員会規則第2号) and of
    /// the 指針 (平成30年個人情報保護委員会告示第2号) of 平成30年5月21日.
    Heisei30May,
    /// 令和6年10月: the forms the crate's tables transcribe (after the 番号法's 別表 became the
    /// 主務省令 on 令和6年5月27日).
    Reiwa6October,
    /// A tag of a month that no revision known to the crate has: held as printed.
    Unlisted(YearMonth),
}

impl FormRevision {
    /// The revisions the crate knows, oldest first.
    pub const KNOWN: [FormRevision; 5] = [
        FormRevision::Heisei26April,
        FormRevision::Heisei28January,
        FormRevision::Heisei29May,
        FormRevision::Heisei30May,
        FormRevision::Reiwa6October,
    ];

    /// The revision whose tables the crate holds: 令和6年10月.
    pub const CURRENT: FormRevision = FormRevision::Reiwa6October;

    /// The month the revision's tag prints.
    #[must_use]
    pub const fn month(self) -> YearMonth {
        match self {
            FormRevision::Heisei26April => YearMonth::known(Era::Heisei, 2014, 4),
            FormRevision::Heisei28January => YearMonth::known(Era::Heisei, 2016, 1),
            FormRevision::Heisei29May => YearMonth::known(Era::Heisei, 2017, 5),
            FormRevision::Heisei30May => YearMonth::known(Era::Heisei, 2018, 5),
            FormRevision::Reiwa6October => YearMonth::known(Era::Reiwa, 2024, 10),
            FormRevision::Unlisted(month) => month,
        }
    }

    /// The revision whose tag prints `month`: a known one, else [`FormRevision::Unlisted`].
    #[must_use]
    pub fn from_month(month: YearMonth) -> FormRevision {
        FormRevision::KNOWN
            .into_iter()
            .find(|known| known.month() == month)
            .unwrap_or(FormRevision::Unlisted(month))
    }

    /// The known revision whose form a report of this revision is read in: itself when known;
    /// for an unlisted month the latest known revision on or before it (the first one, 平成26年4月,
    /// for a month before every known revision).
    #[must_use]
    pub fn nearest_known(self) -> FormRevision {
        let month = self.month();
        FormRevision::KNOWN
            .into_iter()
            .rev()
            .find(|known| known.month() <= month)
            .unwrap_or(FormRevision::Heisei26April)
    }

    /// Whether the form of this revision is older than `other`'s (compared by their months).
    #[must_use]
    pub fn is_before(self, other: FormRevision) -> bool {
        self.month() < other.month()
    }
}

/// The month as the tag prints it, in its era: `平成26年4月`.
impl fmt::Display for FormRevision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.month(), f)
    }
}

/// Reads the month of a tag in any spelling [`YearMonth::parse`] reads (`平成２６年４月`,
/// `H26.4`).
impl FromStr for FormRevision {
    type Err = WarekiError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        YearMonth::parse(text).map(FormRevision::from_month)
    }
}

/// Written as the month `YYYY-MM`, as [`YearMonth`] is.
impl serde::Serialize for FormRevision {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.month().serialize(s)
    }
}

/// Read from the month `YYYY-MM`, as [`YearMonth`] is: every month loads.
impl<'de> serde::Deserialize<'de> for FormRevision {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        YearMonth::deserialize(d).map(FormRevision::from_month)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FormRevision {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        YearMonth::schema_name()
    }
    fn inline_schema() -> bool {
        YearMonth::inline_schema()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        YearMonth::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_months_are_the_checked_months() {
        for (revision, (year, month)) in FormRevision::KNOWN.into_iter().zip([
            (2014, 4),
            (2016, 1),
            (2017, 5),
            (2018, 5),
            (2024, 10),
        ]) {
            let checked = YearMonth::from_gregorian(year, month).unwrap();
            assert_eq!(revision.month(), checked);
            assert_eq!(revision.month().era(), checked.era());
            assert_eq!(FormRevision::from_month(checked), revision);
            assert_eq!(revision.nearest_known(), revision);
        }
    }

    #[test]
    fn unlisted_months_read_as_the_revision_before() {
        let at = |y, m| FormRevision::from_month(YearMonth::from_gregorian(y, m).unwrap());
        assert_eq!(at(2013, 1).nearest_known(), FormRevision::Heisei26April);
        assert_eq!(at(2015, 3).nearest_known(), FormRevision::Heisei26April);
        assert_eq!(at(2019, 6).nearest_known(), FormRevision::Heisei30May);
        assert_eq!(at(2026, 4).nearest_known(), FormRevision::Reiwa6October);
        assert!(matches!(at(2019, 6), FormRevision::Unlisted(_)));
    }

    #[test]
    fn json_is_the_month() {
        let r = FormRevision::Heisei26April;
        assert_eq!(serde_json::to_string(&r).unwrap(), "\"2014-04\"");
        let back: FormRevision = serde_json::from_str("\"2014-04\"").unwrap();
        assert_eq!(back, r);
        let other: FormRevision = serde_json::from_str("\"2021-09\"").unwrap();
        assert_eq!(other.to_string(), "令和3年9月");
        assert!(serde_json::from_str::<FormRevision>("\"2014-4\"").is_err());
    }

    #[test]
    fn order_is_by_month() {
        assert!(FormRevision::Heisei26April.is_before(FormRevision::CURRENT));
        assert!(!FormRevision::CURRENT.is_before(FormRevision::Heisei30May));
    }
}
