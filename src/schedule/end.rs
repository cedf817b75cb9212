//! The end of a 事務, as its 評価書名 says it: 【令和7年3月31日 終了】.

use chrono::NaiveDate;

use crate::label::Visible;
use crate::report::Cover;
use crate::wareki::{WarekiDate, WarekiError};

/// A 評価書名 whose 【…終了】 mark has no date that can be read.
///
/// ```
/// use mynumber_pia::report::Cover;
///
/// let mut cover = Cover::default();
/// cover.title = Some("国民年金に関する事務　基礎項目評価書【令和7年2月30日 終了】".into());
/// let err = cover.ended_on().unwrap_err();
/// assert_eq!(err.mark(), "令和7年2月30日 終了");
/// assert!(err.to_string().starts_with("評価書名の【令和7年2月30日 終了】の終了日を読めない: "));
/// ```
#[doc(alias = "終了日エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("評価書名の【{}】の終了日を読めない: {source}", Visible(.mark))]
pub struct EndDateError {
    mark: String,
    source: WarekiError,
}

impl EndDateError {
    /// The text between 【 and 】.
    #[must_use]
    pub fn mark(&self) -> &str {
        &self.mark
    }
}

impl Cover {
    /// The day the 事務 ended, when the 評価書名 carries the mark 【○年○月○日 終了】 that is
    /// appended once a 事務 ends (記載要領): `Ok(None)` without such a mark.
    ///
    /// The date is 和暦 or 西暦, in any width ([`WarekiDate::parse`]); white space around 終了 is
    /// ignored.
    ///
    /// # Errors
    ///
    /// [`EndDateError`] when a mark with 終了 has no date that can be read (a day that does not
    /// exist, a month only, no date at all).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::Cover;
    ///
    /// let mut cover = Cover::default();
    /// assert_eq!(cover.ended_on(), Ok(None));
    /// cover.title = Some("児童手当に関する事務　重点項目評価書【令和７年３月３１日　終了】".into());
    /// assert_eq!(cover.ended_on(), Ok(NaiveDate::from_ymd_opt(2025, 3, 31)));
    /// ```
    #[doc(alias = "終了日")]
    pub fn ended_on(&self) -> Result<Option<NaiveDate>, EndDateError> {
        let Some(mut rest) = self.title.as_deref() else {
            return Ok(None);
        };
        while let Some((_, after)) = rest.split_once('【') {
            let Some((mark, next)) = after.split_once('】') else {
                break;
            };
            rest = next;
            if !mark.contains("終了") {
                continue;
            }
            let date = mark.replace("終了", "");
            return WarekiDate::parse(date.trim())
                .map(|d| Some(d.to_naive()))
                .map_err(|source| EndDateError {
                    mark: mark.to_owned(),
                    source,
                });
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cover(title: &str) -> Cover {
        Cover {
            title: Some(title.into()),
            ..Cover::default()
        }
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn reads_the_end_mark() {
        assert_eq!(cover("事務　全項目評価書").ended_on(), Ok(None));
        assert_eq!(
            cover("事務【令和7年3月31日終了】").ended_on(),
            Ok(d(2025, 3, 31))
        );
        assert_eq!(cover("事務【R7.3.31 終了】").ended_on(), Ok(d(2025, 3, 31)));
        assert_eq!(
            cover("事務【2025年3月31日 終了】").ended_on(),
            Ok(d(2025, 3, 31))
        );
        // Another mark before it is skipped.
        assert_eq!(
            cover("事務【特定】評価書【令和6年9月30日 終了】").ended_on(),
            Ok(d(2024, 9, 30))
        );
        // An unclosed bracket is no mark.
        assert_eq!(cover("事務【令和6年9月30日 終了").ended_on(), Ok(None));
    }

    #[test]
    fn refuses_a_mark_without_a_readable_day() {
        for title in [
            "事務【終了】",
            "事務【令和7年3月 終了】",
            "事務【令和7年2月30日終了】",
        ] {
            let err = cover(title).ended_on().unwrap_err();
            assert!(err.to_string().starts_with("評価書名の【"), "{err}");
            assert!(!err.to_string().contains('\n'));
        }
        let err = cover("事務【令和7年\n終了】").ended_on().unwrap_err();
        assert!(err.to_string().contains("令和7年\\n終了"), "{err}");
    }
}
