//! Periods counted as the 民法 counts them, and the status of a due date against a reference
//! date: the one computation of every date of the schedule and of the validation time checks.

use chrono::{Datelike, Months, NaiveDate};

use super::Status;

/// The last day of a period of `years` years that starts on the day of `start`.
///
/// The day of `start` itself is not counted (民法 第140条), so the period is reckoned from the
/// next day and ends on the day before the day that corresponds to it `years` later; when that
/// month has no such day, on the last day of the month (民法 第143条). A report published on
/// 2025-06-30 is in time for its 5-year re-assessment on 2030-06-30 and late on 2030-07-01; one
/// published on 2023-02-28 has until 2028-02-29.
///
/// `None` when the last day is beyond the dates `chrono` can represent.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::schedule::period_end;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(period_end(d(2025, 6, 30), 5), Some(d(2030, 6, 30)));
/// assert_eq!(period_end(d(2024, 2, 29), 5), Some(d(2029, 2, 28)));
/// assert_eq!(period_end(d(2023, 2, 28), 5), Some(d(2028, 2, 29)));
/// assert_eq!(period_end(NaiveDate::MAX, 1), None);
/// ```
#[doc(alias = "期間の満了日")]
#[doc(alias = "満了日")]
#[must_use]
pub fn period_end(start: NaiveDate, years: u32) -> Option<NaiveDate> {
    // 民法 第140条: the period is reckoned from the next day (the 起算日).
    let first = start.succ_opt()?;
    let months = years.checked_mul(12)?;
    // chrono puts a day the month lacks on the month's last day: that is 民法 第143条第2項's
    // end itself. Otherwise the period ends the day before the corresponding day.
    let corresponding = first.checked_add_months(Months::new(months))?;
    if corresponding.day() == first.day() {
        corresponding.pred_opt()
    } else {
        Some(corresponding)
    }
}

impl Status {
    /// The status of an obligation due on `due` (its last day) on the reference date `today`:
    /// overdue the day after `due`, due soon from six months before it, later before that.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::schedule::Status;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let due = d(2030, 6, 30);
    /// assert_eq!(Status::at(due, d(2029, 12, 29)), Status::Later);
    /// assert_eq!(Status::at(due, d(2029, 12, 30)), Status::DueSoon);
    /// assert_eq!(Status::at(due, due), Status::DueSoon);
    /// assert_eq!(Status::at(due, d(2030, 7, 1)), Status::Overdue);
    /// ```
    #[must_use]
    pub fn at(due: NaiveDate, today: NaiveDate) -> Status {
        // The "due soon" window opens six months before `due` (with the calendar, when that day
        // is before the first day `chrono` represents).
        let due_soon_from = due.checked_sub_months(Months::new(6));
        if today > due {
            Status::Overdue
        } else if due_soon_from.is_none_or(|from| today >= from) {
            Status::DueSoon
        } else {
            Status::Later
        }
    }
}

/// The last reference date for which an incident on `incident` is still "within the past 1
/// year" ([`SeriousIncident::within_past_year`](crate::threshold::SeriousIncident::within_past_year), 指針 第5の2): the しきい値判断 of a 事務 made on
/// or before that day counts it. `None` beyond the dates `chrono` represents.
pub(crate) fn last_day_within_past_year(incident: NaiveDate) -> Option<NaiveDate> {
    // The window is a period of one year counted as the 民法 counts it: its last day is
    // period_end's. A test checks this for every day of 1900–2100, which holds every case of
    // the Gregorian calendar (leap days, and the century years 1900, 2000 and 2100).
    period_end(incident, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::threshold::SeriousIncident;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn period_end_counts_as_the_civil_code() {
        // 民法 第140条/第143条: the day of publication is not counted.
        assert_eq!(period_end(d(2025, 6, 30), 5), Some(d(2030, 6, 30)));
        assert_eq!(period_end(d(2024, 12, 6), 5), Some(d(2029, 12, 6)));
        // A month end: the period ends on the last day of the same month.
        assert_eq!(period_end(d(2024, 2, 29), 1), Some(d(2025, 2, 28)));
        assert_eq!(period_end(d(2023, 2, 28), 1), Some(d(2024, 2, 29)));
        assert_eq!(period_end(d(2024, 2, 28), 1), Some(d(2025, 2, 28)));
        assert_eq!(period_end(d(2024, 12, 31), 3), Some(d(2027, 12, 31)));
        assert_eq!(period_end(NaiveDate::MAX, 0), None);
        assert_eq!(period_end(d(2024, 1, 1), u32::MAX), None);
    }

    #[test]
    fn the_due_soon_window_opens_six_months_before() {
        let due = d(2030, 8, 31);
        assert_eq!(Status::at(due, d(2030, 2, 27)), Status::Later);
        assert_eq!(Status::at(due, d(2030, 2, 28)), Status::DueSoon);
        assert_eq!(Status::at(NaiveDate::MIN, NaiveDate::MIN), Status::DueSoon);
    }

    #[test]
    fn the_incident_window_ends_as_within_past_year_says() {
        // 2023-02-28 is still counted on 2024-02-29 (the window of 29 February opens on
        // 28 February of the year before).
        assert_eq!(
            last_day_within_past_year(d(2023, 2, 28)),
            Some(d(2024, 2, 29))
        );
        assert_eq!(
            last_day_within_past_year(d(2024, 2, 29)),
            Some(d(2025, 2, 28))
        );
        assert_eq!(
            last_day_within_past_year(d(2025, 10, 1)),
            Some(d(2026, 10, 1))
        );
        assert_eq!(last_day_within_past_year(NaiveDate::MAX), None);
    }

    #[test]
    fn the_incident_window_of_every_day_1900_to_2100() {
        // The exhaustive form of the property below: an incident counts through the last day
        // and not after, for every day of a span that holds every case of the calendar.
        let mut day = d(1900, 1, 1);
        while day <= d(2100, 12, 31) {
            let last = last_day_within_past_year(day).unwrap();
            assert!(SeriousIncident::within_past_year(day, last), "{day}");
            assert!(
                !SeriousIncident::within_past_year(day, last.succ_opt().unwrap()),
                "{day}"
            );
            day = day.succ_opt().unwrap();
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn the_incident_counts_through_its_last_day_and_not_after(days in 0i64..80_000) {
            let incident = d(1900, 1, 1) + chrono::Duration::days(days);
            let last = last_day_within_past_year(incident).unwrap();
            prop_assert!(SeriousIncident::within_past_year(incident, last));
            prop_assert!(!SeriousIncident::within_past_year(incident, last.succ_opt().unwrap()));
        }

        #[test]
        fn a_period_ends_on_the_day_before_the_corresponding_day(days in 0i64..80_000, years in 0u32..10) {
            let start = d(1900, 1, 1) + chrono::Duration::days(days);
            let end = period_end(start, years).unwrap();
            let next = end.succ_opt().unwrap();
            // The day after the end is the corresponding day of the 起算日, or the first of
            // the next month when that day does not exist.
            let first = start.succ_opt().unwrap();
            prop_assert!(next.day() == first.day() || next.day() == 1);
            prop_assert_eq!(
                next.year() * 12 + next.month0() as i32,
                first.year() * 12 + first.month0() as i32 + (years * 12) as i32
                    + i32::from(next.day() != first.day())
            );
        }
    }
}
