//! 評価実施手続 (全項目 Ⅵ, 重点 Ⅴ; the 基礎 form has none).

use chrono::NaiveDate;

use crate::threshold::StatedThresholdResult;

model! {
    /// 評価実施手続: the steps taken before publishing (全項目 Ⅵ, 重点 Ⅴ). Empty in a 基礎 report.
    ///
    /// For a 全項目評価, public comment is required (番号法 第28条, 規則 第7条: normally 30 days or
    /// more, shorter only with 「期間を短縮する特段の理由」), a 第三者点検 is required of
    /// 地方公共団体等 (規則 第7条第4項), and the 個人情報保護委員会's approval of 行政機関等
    /// 【行政機関等のみ】. For a 重点項目評価 both are optional 【任意】.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::{Period, Procedures};
    ///
    /// let mut p = Procedures::default();
    /// p.public_comment.period = Period::new(
    ///     NaiveDate::from_ymd_opt(2024, 9, 15).unwrap(),
    ///     NaiveDate::from_ymd_opt(2024, 10, 15).unwrap(),
    /// );
    /// assert_eq!(p.public_comment.period.days(), Some(31));
    /// ```
    #[doc(alias = "評価実施手続")]
    pub struct Procedures {
        /// １．基礎項目評価.
        pub basic_assessment: BasicAssessmentStep,
        /// ２．国民・住民等からの意見の聴取 (【任意】 in 重点).
        pub public_comment: PublicComment,
        /// ３．第三者点検 (【任意】 in 重点).
        pub third_party_review: ThirdPartyReview,
        /// ４．個人情報保護委員会の承認 【行政機関等のみ】 (全項目 only).
        pub ppc_approval: PpcApproval,
    }

    /// １．基礎項目評価: when the companion 基礎項目評価 was done and what it found.
    #[doc(alias = "基礎項目評価")]
    pub struct BasicAssessmentStep {
        /// ①実施日.
        pub date: Option<NaiveDate>,
        /// ②しきい値判断結果, with the 「（任意に…を実施）」 suffix where the form has it.
        pub threshold_result: Option<StatedThresholdResult>,
    }

    /// ２．国民・住民等からの意見の聴取 (public comment).
    #[doc(alias = "国民・住民等からの意見の聴取")]
    pub struct PublicComment {
        /// ①方法.
        pub method: Option<String>,
        /// ②実施日・期間.
        pub period: Period,
        /// ③期間を短縮する特段の理由 (全項目 only).
        pub shortening_reason: Option<String>,
        /// ④主な意見の内容 (重点 ③).
        pub main_opinions: Option<String>,
        /// ⑤評価書への反映 (全項目 only).
        pub reflection: Option<String>,
    }

    /// A period as the forms write it: 「令和６年９月１５日から令和６年１０月１５日までの３１日間」.
    ///
    /// Both ends count: 9/15–10/15 is 31 days.
    #[doc(alias = "実施日・期間")]
    pub struct Period {
        /// First day.
        pub start: Option<NaiveDate>,
        /// Last day.
        pub end: Option<NaiveDate>,
        /// The day count the report states (「３１日間」), if any.
        pub stated_days: Option<u32>,
    }
}

impl Period {
    /// The period from `start` to `end` (both included), stating its day count.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::Period;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
    /// let p = Period::new(d(9, 15), d(10, 15));
    /// assert_eq!(p.stated_days, Some(31));
    /// ```
    #[must_use]
    pub fn new(start: NaiveDate, end: NaiveDate) -> Self {
        let mut p = Period {
            start: Some(start),
            end: Some(end),
            stated_days: None,
        };
        p.stated_days = p.days();
        p
    }

    /// The number of days from start to end, both included; `None` if either is missing or the
    /// end is before the start.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::Period;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
    /// assert_eq!(Period::new(d(1, 15), d(2, 14)).days(), Some(31));
    /// ```
    #[must_use]
    pub fn days(&self) -> Option<u32> {
        let (start, end) = (self.start?, self.end?);
        let days = end.signed_duration_since(start).num_days();
        u32::try_from(days).ok().map(|d| d.saturating_add(1))
    }
}

model! {
    /// ３．第三者点検 (third-party review).
    #[doc(alias = "第三者点検")]
    pub struct ThirdPartyReview {
        /// ①実施日.
        pub date: Option<NaiveDate>,
        /// The reviewing body, e.g. `江戸川区情報公開及び個人情報保護審査会` (taken from ②方法).
        pub body: Option<String>,
        /// ②方法.
        pub method: Option<String>,
        /// ③結果.
        pub result: Option<String>,
    }

    /// ４．個人情報保護委員会の承認 【行政機関等のみ】. A 地方公共団体 leaves it blank.
    #[doc(alias = "個人情報保護委員会の承認")]
    pub struct PpcApproval {
        /// ①提出日.
        pub submitted_on: Option<NaiveDate>,
        /// ②個人情報保護委員会による審査.
        pub review: Option<String>,
    }
}
