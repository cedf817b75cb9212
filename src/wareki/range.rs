//! [`DateRange`]: a period of days with its day count, both ends counted.

use chrono::NaiveDate;

use super::{Iso, WarekiDate, WarekiError};

/// A period of days (期間), as in 意見の聴取's 実施日・期間
/// `令和６年９月１５日から令和６年１０月１５日までの３１日間`.
///
/// Both ends count: 9/15 to 10/15 is 31 days (江戸川区 国民健康保険 全項目評価書, Ⅵ2②: 令和6年9月15日から10月15日までの「３１日間」). A count stated in the text is
/// checked ([`WarekiError::DayCountMismatch`]) and kept ([`stated_days`](Self::stated_days)).
/// `Display` writes the form's shape with the real count, `…から…までのN日間`; [`iso`](Self::iso)
/// writes an ISO 8601 interval, `2024-09-15/2024-10-15`.
///
/// ```
/// use mynumber_pia::wareki::DateRange;
///
/// let r = DateRange::parse("令和６年９月１５日から令和６年１０月１５日までの３１日間")?;
/// assert_eq!(r.days(), 31);
/// assert_eq!(r.stated_days(), Some(31));
/// assert_eq!(r.to_string(), "令和6年9月15日から令和6年10月15日までの31日間");
/// assert_eq!(r.iso().to_string(), "2024-09-15/2024-10-15");
/// assert!(DateRange::parse("令和６年９月１５日から令和６年１０月１５日までの３０日間").is_err());
/// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
/// ```
#[doc(alias = "期間")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateRange {
    start: WarekiDate,
    end: WarekiDate,
    stated_days: Option<u32>,
}

impl DateRange {
    /// The days from `start` to `end`, both included.
    ///
    /// # Errors
    ///
    /// [`WarekiError::ReversedRange`] when `end` is before `start`.
    ///
    /// ```
    /// use mynumber_pia::wareki::{DateRange, WarekiDate};
    ///
    /// let d = WarekiDate::parse("R6.1.15")?;
    /// assert_eq!(DateRange::new(d, d)?.days(), 1);
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    pub fn new(start: WarekiDate, end: WarekiDate) -> Result<Self, WarekiError> {
        if end < start {
            return Err(WarekiError::ReversedRange { start, end });
        }
        Ok(DateRange {
            start,
            end,
            stated_days: None,
        })
    }

    /// The days from `start` to `end`, stated to be `stated` days long.
    ///
    /// # Errors
    ///
    /// [`WarekiError::ReversedRange`], or [`WarekiError::DayCountMismatch`] when `stated` is not
    /// the number of days from `start` to `end`, both included.
    ///
    /// ```
    /// use mynumber_pia::wareki::{DateRange, WarekiDate, WarekiError};
    ///
    /// let (s, e) = (WarekiDate::parse("R6.1.15")?, WarekiDate::parse("R6.2.14")?);
    /// assert!(DateRange::with_stated_days(s, e, 31).is_ok());
    /// assert!(matches!(
    ///     DateRange::with_stated_days(s, e, 30),
    ///     Err(WarekiError::DayCountMismatch { stated: 30, actual: 31, .. })
    /// ));
    /// # Ok::<(), WarekiError>(())
    /// ```
    pub fn with_stated_days(
        start: WarekiDate,
        end: WarekiDate,
        stated: u32,
    ) -> Result<Self, WarekiError> {
        let range = Self::new(start, end)?;
        let actual = range.days();
        if actual != stated {
            return Err(WarekiError::DayCountMismatch {
                start,
                end,
                stated,
                actual,
            });
        }
        Ok(DateRange {
            stated_days: Some(stated),
            ..range
        })
    }

    /// The first day.
    #[must_use]
    pub const fn start(self) -> WarekiDate {
        self.start
    }

    /// The last day.
    #[must_use]
    pub const fn end(self) -> WarekiDate {
        self.end
    }

    /// The number of days, both ends included.
    #[must_use]
    pub fn days(self) -> u32 {
        let span = self
            .end
            .to_naive()
            .signed_duration_since(self.start.to_naive())
            .num_days();
        #[allow(clippy::expect_used)]
        u32::try_from(span + 1)
            .expect("a range ends on or after its start, and 1873–9999 is under 4 million days")
    }

    /// The count written in the text (checked against [`days`](Self::days)), if any.
    #[must_use]
    pub const fn stated_days(self) -> Option<u32> {
        self.stated_days
    }

    /// Whether `date` is within the range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::wareki::DateRange;
    ///
    /// let r = DateRange::parse("R6.9.15~R6.10.15")?;
    /// assert!(r.contains(NaiveDate::from_ymd_opt(2024, 10, 15).unwrap()));
    /// assert!(!r.contains(NaiveDate::from_ymd_opt(2024, 10, 16).unwrap()));
    /// # Ok::<(), mynumber_pia::wareki::WarekiError>(())
    /// ```
    #[must_use]
    pub fn contains(self, date: NaiveDate) -> bool {
        self.start.to_naive() <= date && date <= self.end.to_naive()
    }

    /// The ISO 8601 interval, `2024-09-15/2024-10-15`.
    #[must_use]
    pub const fn iso(self) -> Iso<DateRange> {
        Iso(self)
    }
}
