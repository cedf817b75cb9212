//! [`DateValue`]: whatever kind of date a text holds.

use std::fmt;
use std::str::FromStr;

use super::{DateKind, DateRange, FiscalYear, Iso, WarekiDate, WarekiError, WarekiYear, YearMonth};

/// A date of any kind, as found in a text: a day, a month, a fiscal year, a year or a range.
///
/// [`DateValue::parse`] is the entry point that accepts everything; the per-type parsers
/// ([`WarekiDate::parse`], [`YearMonth::parse`], [`FiscalYear::parse`], [`WarekiYear::parse`],
/// [`DateRange::parse`]) call it and refuse other kinds with [`WarekiError::WrongKind`].
/// `Display` writes the official 和暦; [`iso`](Self::iso) the ISO style.
///
/// ```
/// use mynumber_pia::wareki::{DateKind, DateValue};
///
/// let v = DateValue::parse("令和7年4月1日 時点")?;
/// assert_eq!(v.kind(), DateKind::Day);
/// assert_eq!(v.iso().to_string(), "2025-04-01");
/// assert_eq!(v.to_string(), "令和7年4月1日");
///
/// let v: DateValue = "平成２７年１０月".parse()?;
/// assert_eq!((v.kind(), v.iso().to_string()), (DateKind::YearMonth, "2015-10".to_owned()));
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "日付")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateValue {
    /// A day (年月日).
    Day(WarekiDate),
    /// A month (年月).
    YearMonth(YearMonth),
    /// A fiscal year (年度).
    FiscalYear(FiscalYear),
    /// A calendar year (年).
    Year(WarekiYear),
    /// A range of days (期間).
    Range(DateRange),
}

impl DateValue {
    /// Parses any date the [module documentation](super) describes. Never panics, and allocates
    /// nothing when the text is a date.
    ///
    /// # Errors
    ///
    /// A [`WarekiError`] saying where the text cannot be read, or which calendar rule the date
    /// breaks.
    ///
    /// ```
    /// use mynumber_pia::wareki::{DateValue, WarekiError};
    ///
    /// assert!(matches!(DateValue::parse("R7.1.14")?, DateValue::Day(_)));
    /// assert_eq!(DateValue::parse("昭和64年1月8日"), Err(WarekiError::AfterEra {
    ///     era: mynumber_pia::wareki::Era::Showa,
    /// }));
    /// # Ok::<(), WarekiError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, WarekiError> {
        super::parse::parse_value(text)
    }

    /// The ISO style: `2024-12-06`, `2015-10`, `FY2023`, `1999`, `2024-09-15/2024-10-15`.
    #[must_use]
    pub const fn iso(self) -> Iso<DateValue> {
        Iso(self)
    }
}

impl FromStr for DateValue {
    type Err = WarekiError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// What [`DateValue`] does by its kind: [`kind`](DateValue::kind), and its official and ISO
/// styles, each its kind's; and for each kind: `From<kind> for DateValue`, `TryFrom<DateValue>
/// for kind` (refusing another kind with [`WarekiError::WrongKind`]), the kind's `parse` (each
/// row's doc comment is its doc: [`DateValue::parse`], then the kind or the refusal) and
/// `FromStr for kind` (its `parse`). The variants of [`DateValue`] and [`DateKind`] share their
/// names.
macro_rules! date_kinds {
    ($($(#[$parse_doc:meta])* $kind:ident($ty:ty)),* $(,)?) => {
        impl DateValue {
            /// What kind of date this is.
            ///
            /// ```
            /// use mynumber_pia::wareki::{DateKind, DateValue};
            ///
            /// assert_eq!(DateValue::parse("平成十一年")?.kind(), DateKind::Year);
            /// assert_eq!(DateValue::parse("R4.10")?.kind(), DateKind::YearMonth);
            /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
            /// ```
            #[must_use]
            pub const fn kind(&self) -> DateKind {
                match self {
                    $(DateValue::$kind(_) => DateKind::$kind,)*
                }
            }
        }

        impl fmt::Display for DateValue {
            /// The official 和暦: `令和6年12月6日`, `平成27年10月`, `令和5年度`, `平成11年`,
            /// `令和6年9月15日から令和6年10月15日までの31日間`.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(DateValue::$kind(v) => v.fmt(f),)*
                }
            }
        }

        impl fmt::Display for Iso<DateValue> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.0 {
                    $(DateValue::$kind(v) => Iso(v).fmt(f),)*
                }
            }
        }

        $(
            impl From<$ty> for DateValue {
                fn from(value: $ty) -> Self {
                    DateValue::$kind(value)
                }
            }

            impl TryFrom<DateValue> for $ty {
                type Error = WarekiError;

                /// The value if it is of this kind, else [`WarekiError::WrongKind`].
                fn try_from(value: DateValue) -> Result<Self, WarekiError> {
                    match value {
                        DateValue::$kind(v) => Ok(v),
                        other => Err(WarekiError::WrongKind {
                            expected: DateKind::$kind,
                            found: other.kind(),
                        }),
                    }
                }
            }

            impl $ty {
                $(#[$parse_doc])*
                pub fn parse(text: &str) -> Result<Self, WarekiError> {
                    DateValue::parse(text)?.try_into()
                }
            }

            impl FromStr for $ty {
                type Err = WarekiError;

                fn from_str(s: &str) -> Result<Self, Self::Err> {
                    Self::parse(s)
                }
            }
        )*
    };
}

date_kinds! {
    /// Parses a day in any shape the [module documentation](super) lists
    /// (`令和6年12月6日`, `R6.12.6`, `2024/12/6`, `平成十一年三月三十一日`, …).
    ///
    /// # Errors
    ///
    /// Any [`WarekiError`]; [`WarekiError::WrongKind`] when the text is a month, a fiscal year,
    /// a year or a range instead of a day.
    ///
    /// ```
    /// use mynumber_pia::wareki::{DateKind, WarekiDate, WarekiError};
    ///
    /// assert_eq!(WarekiDate::parse("H30.5.21")?.to_string(), "平成30年5月21日");
    /// assert_eq!(
    ///     WarekiDate::parse("平成27年10月"),
    ///     Err(WarekiError::WrongKind { expected: DateKind::Day, found: DateKind::YearMonth })
    /// );
    /// # Ok::<(), WarekiError>(())
    /// ```
    Day(WarekiDate),
    /// Parses a month (`平成27年10月`, `R4.10`, `2015-10`, `2015年10月`).
    ///
    /// # Errors
    ///
    /// Any [`WarekiError`]; [`WarekiError::WrongKind`] for another kind of date.
    ///
    /// ```
    /// use mynumber_pia::wareki::YearMonth;
    ///
    /// let m = YearMonth::parse("R4.10")?;
    /// assert_eq!(m, YearMonth::parse("2022年10月")?);
    /// assert_eq!(m.to_string(), "令和4年10月");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    YearMonth(YearMonth),
    /// Parses a 年度 (`令和５年度`, `平成２７年度`, `2023年度`, `FY2023`).
    ///
    /// # Errors
    ///
    /// Any [`WarekiError`]; [`WarekiError::WrongKind`] for another kind of date.
    ///
    /// ```
    /// use mynumber_pia::wareki::{FiscalYear, WarekiError};
    ///
    /// assert_eq!(FiscalYear::parse("平成２７年度")?.start_year(), 2015);
    /// assert_eq!(FiscalYear::parse("FY2023")?, FiscalYear::parse("令和５年度")?);
    /// assert!(matches!(FiscalYear::parse("令和5年4月1日"), Err(WarekiError::WrongKind { .. })));
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    FiscalYear(FiscalYear),
    /// Parses a year (`平成十一年`, `昭和３３年`, `2024年`).
    ///
    /// # Errors
    ///
    /// Any [`WarekiError`]; [`WarekiError::WrongKind`] for another kind of date.
    ///
    /// ```
    /// use mynumber_pia::wareki::WarekiYear;
    ///
    /// assert_eq!(WarekiYear::parse("昭和３３年")?.year(), 1958);
    /// assert_eq!(WarekiYear::parse("平成31年")?, WarekiYear::parse("令和元年")?);
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    Year(WarekiYear),
    /// Parses a range (`…から…まで[のN日間]`, `…～…`; the end may leave out the era and year,
    /// `同年`, or the month, taking them from the start).
    ///
    /// # Errors
    ///
    /// Any [`WarekiError`]; [`WarekiError::WrongKind`] for a single date.
    ///
    /// ```
    /// use mynumber_pia::wareki::DateRange;
    ///
    /// let r = DateRange::parse("令和6年9月15日から同年10月15日まで")?;
    /// assert_eq!((r.days(), r.stated_days()), (31, None));
    /// assert_eq!(r.end().to_string(), "令和6年10月15日");
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    Range(DateRange),
}
