//! 表紙 (the cover page), the same in the three forms except the 承認日 of the 全項目評価書.

use chrono::NaiveDate;

use crate::form::FormRevision;
pub use crate::form::choices::BodyKind;

model! {
    /// 表紙: the cover page of a 評価書.
    ///
    /// ```
    /// use mynumber_pia::report::{BodyKind, Cover};
    ///
    /// let mut cover = Cover::default();
    /// cover.number = Some("3".into());
    /// cover.body = Some("東京都江戸川区長".into());
    /// cover.body_kind = Some(BodyKind::LocalGovernment);
    /// cover.published_on = chrono::NaiveDate::from_ymd_opt(2024, 12, 6);
    /// assert_eq!(cover.approval_date, None);
    /// ```
    #[doc(alias = "表紙")]
    pub struct Cover {
        /// 評価書番号, as printed (`3`, `14`).
        pub number: Option<String>,
        /// 評価書名, e.g. `国民健康保険に関する事務　全項目評価書`.
        pub title: Option<String>,
        /// 個人のプライバシー等の権利利益の保護の宣言.
        pub declaration: Option<String>,
        /// 特記事項 (`なし` in many reports: written `null`).
        pub special_note: Option<String>,
        /// 評価実施機関名: an office holder such as `熊谷市長`.
        pub body: Option<String>,
        /// Whether the body is a 行政機関等 or a 地方公共団体等 (not printed; see [`BodyKind`]).
        pub body_kind: Option<BodyKind>,
        /// 公表日.
        pub published_on: Option<NaiveDate>,
        /// 個人情報保護委員会 承認日 【行政機関等のみ】: only the 全項目評価書 has it.
        pub approval_date: Option<NaiveDate>,
        /// The revision of the 様式 printed at the top, e.g. `[令和6年10月 様式3]` →
        /// [`FormRevision::Reiwa6October`] (in JSON the month, `2024-10`).
        pub form_version: Option<FormRevision>,
    }
}

/// The kind of the 評価実施機関: as stated, or else read from its name
/// ([`crate::form::body_kind_of_name`]); `None` when neither tells.
pub(crate) fn body_kind(cover: &Cover) -> Option<BodyKind> {
    if cover.body_kind.is_some() {
        return cover.body_kind;
    }
    crate::form::body_kind_of_name(cover.body.as_deref()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_kind_as_stated_or_from_the_name() {
        let cover = |name: &str| Cover {
            body: Some(name.into()),
            ..Cover::default()
        };
        let local = Some(BodyKind::LocalGovernment);
        let national = Some(BodyKind::NationalAgency);
        assert_eq!(body_kind(&cover("東京都江戸川区長")), local);
        assert_eq!(body_kind(&cover("埼玉県後期高齢者医療広域連合")), local);
        assert_eq!(body_kind(&cover("厚生労働大臣")), national);
        assert_eq!(body_kind(&cover("日本年金機構")), None);
        let stated = Cover {
            body_kind: Some(BodyKind::NationalAgency),
            ..cover("熊谷市長")
        };
        assert_eq!(body_kind(&stated), national);
    }
}
