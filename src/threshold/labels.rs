//! The choice lists of the しきい値判断: inputs (基礎項目評価書 Ⅱ) and results (Ⅲ, Ⅳ1).
//!
//! # Why these lists are here and not in `form`
//!
//! They are lists of the forms (基礎 Ⅱ1–3, Ⅲ, Ⅳ1; 重点・全項目 Ⅰ1③, Ⅴ1② and Ⅵ1②), and every
//! other ＜選択肢＞ list is in [`crate::form`]. But the しきい値判断 decides on them: this module
//! takes counts and bands in and gives the required assessment out, and `form` is itself keyed
//! by this module's [`AssessmentKind`](super::AssessmentKind). `form` takes from `threshold`
//! (the layer map of the crate's docs; `tests/layers.rs` fails on a cycle), so `threshold`
//! cannot read its lists from `form`. The decision:
//!
//! - **The lists are written once, here, and `form` reads them from here.** Its titles of the
//!   基礎 Ⅱ sections, of 基礎 Ⅲ and of 基礎 Ⅳ1 are these lists' `LIST_LABEL`s; `report`
//!   re-exports the enums. `tests/form_once.rs` counts this file as a home of the forms' words
//!   beside `src/form/`: a copy of one of its words elsewhere fails as a copy of the form's does
//!   (the validation family 取扱者数, the schedule's 重大事故 and the count errors name these
//!   lists by their `LIST_LABEL`).
//! - *Not chosen: moving them into `form`.* `threshold` would read `form`, which reads
//!   `threshold`: a cycle. Moving [`AssessmentKind`](super::AssessmentKind) down with them would
//!   make the しきい値判断, a rule of the 指針 on numbers, depend on the tables of the 様式.
//! - *Not chosen: a table of words in a layer below both.* It would hold these five lists and
//!   nothing else, apart from the rule that gives them their meaning.
//!
//! What stays written twice, each listed with its reason in `tests/form_once.rs`: the item
//! table's labels 対象人数 (重点・全項目 Ⅰ1③), しきい値判断結果 (基礎 Ⅲ) and
//! 提出する特定個人情報保護評価書の種類 (基礎 Ⅳ1) are literals in `form`, because the table builds
//! each item's documentation from its label (`concat!`), and the names of these lists are
//! literals here for the same reason (`#[doc(alias)]`); 発生あり, 発生なし and 1万人以上10万人未満
//! are labels of other lists of the forms too ([`IncidentHistory`](crate::report::IncidentHistory),
//! [`DataSubjectBand`](crate::report::DataSubjectBand)), which print the same words.

use crate::label::choice_enum;

/// The lowest 対象人数 band as the 重点 and 全項目 forms print it (Ⅰ1③): what
/// [`SubjectCountBand::label_in`] gives for them, and a spelling that parses.
pub(super) const UNDER_1K_IN_DETAILED_FORMS: &str = "1,000人未満";

choice_enum! {
    /// 対象人数: the band of distinct people in all 特定個人情報ファイル of the 事務
    /// (基礎項目評価書 Ⅱ1; 指針 第4の4).
    ///
    /// The 基礎項目評価書 prints the lowest band as `1,000人未満（任意実施）`; the 重点 and 全項目
    /// forms (Ⅰ1③) print it as `1,000人未満`. Both parse to [`SubjectCountBand::Under1k`].
    ///
    /// ```
    /// use mynumber_pia::threshold::SubjectCountBand;
    ///
    /// assert_eq!("1000人未満".parse(), Ok(SubjectCountBand::Under1k));
    /// assert_eq!(SubjectCountBand::AtLeast300k.label(), "30万人以上");
    /// ```
    pub enum SubjectCountBand: "対象人数" {
        /// Fewer than 1,000 people: no assessment is required (規則 第4条第3号).
        Under1k => "1,000人未満（任意実施）" | UNDER_1K_IN_DETAILED_FORMS,
        /// 1,000 to 9,999 people.
        From1kTo10k => "1,000人以上1万人未満",
        /// 10,000 to 99,999 people.
        From10kTo100k => "1万人以上10万人未満",
        /// 100,000 to 299,999 people.
        From100kTo300k => "10万人以上30万人未満",
        /// 300,000 people or more.
        AtLeast300k => "30万人以上",
    }
    /// The counts the band stands for (`…以上` inclusive, `…未満` exclusive).
    ///
    /// ```
    /// use mynumber_pia::Interval;
    /// use mynumber_pia::threshold::SubjectCountBand;
    ///
    /// assert_eq!(SubjectCountBand::From10kTo100k.interval(), Interval::new(10_000, Some(99_999))?);
    /// assert_eq!(SubjectCountBand::AtLeast300k.interval(), Interval::at_least(300_000));
    /// # Ok::<(), mynumber_pia::EmptyIntervalError>(())
    /// ```
    pub const fn interval = [0, 1_000, 10_000, 100_000, 300_000];
}

choice_enum! {
    /// 取扱者数: whether 500 or more people handle the files, counting the staff of every 委託先
    /// (基礎項目評価書 Ⅱ2 「特定個人情報ファイル取扱者数は500人以上か」; 指針 第5の2).
    ///
    /// ```
    /// use mynumber_pia::threshold::HandlerCountBand;
    ///
    /// assert_eq!("５００人以上".parse(), Ok(HandlerCountBand::AtLeast500));
    /// ```
    pub enum HandlerCountBand: "取扱者数" {
        /// 500 people or more.
        AtLeast500 => "500人以上",
        /// Fewer than 500 people.
        Under500 => "500人未満",
    }
}

choice_enum! {
    /// 重大事故: whether the 評価実施機関 had a serious incident concerning 特定個人情報 within the
    /// past year (基礎項目評価書 Ⅱ3; 指針 第5の2).
    ///
    /// Not to be confused with the 3-year item on any 個人情報 in the risk chapters.
    ///
    /// ```
    /// use mynumber_pia::threshold::SeriousIncident;
    ///
    /// assert_eq!("あり".parse(), Ok(SeriousIncident::Occurred));
    /// assert_eq!("発生なし".parse(), Ok(SeriousIncident::NotOccurred));
    /// ```
    pub enum SeriousIncident: "重大事故" {
        /// A serious incident occurred.
        Occurred => "発生あり" | "あり" | "有" | "yes",
        /// No serious incident occurred.
        NotOccurred => "発生なし" | "なし" | "無" | "no",
    }
}

/// Declares [`RequiredAssessment`] with `choice_enum!` and, from the same four literals,
/// [`STATED_LABELS`]: every しきい値判断結果 a form may print. The result labels are written once.
macro_rules! threshold_results {
    (
        $(#[$meta:meta])*
        pub enum RequiredAssessment: $list:literal {
            $(#[$m0:meta])* NotRequired => $none:literal,
            $(#[$m1:meta])* Basic => $basic:literal,
            $(#[$m2:meta])* BasicAndFocused => $focused:literal,
            $(#[$m3:meta])* BasicAndFull => $full:literal $(,)?
        }
    ) => {
        choice_enum! {
            $(#[$meta])*
            pub enum RequiredAssessment: $list {
                $(#[$m0])* NotRequired => $none,
                $(#[$m1])* Basic => $basic,
                $(#[$m2])* BasicAndFocused => $focused,
                $(#[$m3])* BasicAndFull => $full,
            }
        }

        /// Every しきい値判断結果 a form may print, in form order: the four results (基礎項目評価書
        /// Ⅲ), then those a 重点項目評価書 (Ⅴ1②) or 全項目評価書 (Ⅵ1②) prints for a report filed
        /// above the requirement (指針 第5の2).
        pub(super) const STATED_LABELS: &[&str] = &[
            $none,
            $basic,
            $focused,
            $full,
            concat!($none, "（任意に重点項目評価を実施）"),
            concat!($basic, "（任意に重点項目評価を実施）"),
            concat!($none, "（任意に全項目評価を実施）"),
            concat!($basic, "（任意に全項目評価を実施）"),
            concat!($focused, "（任意に全項目評価を実施）"),
        ];
    };
}

threshold_results! {
    /// しきい値判断結果: which assessments the 規則 requires (基礎項目評価書 Ⅲ).
    ///
    /// Ordered from least to most demanding, so `a < b` means `b` requires more.
    ///
    /// ```
    /// use mynumber_pia::threshold::RequiredAssessment;
    ///
    /// assert!(RequiredAssessment::Basic < RequiredAssessment::BasicAndFull);
    /// ```
    pub enum RequiredAssessment: "しきい値判断結果" {
        /// No assessment is required (規則 第4条).
        NotRequired => "特定個人情報保護評価の実施が義務付けられない",
        /// 基礎項目評価 only (規則 第5条).
        Basic => "基礎項目評価の実施が義務付けられる",
        /// 基礎項目評価 and 重点項目評価 (規則 第5条, 第6条).
        BasicAndFocused => "基礎項目評価及び重点項目評価の実施が義務付けられる",
        /// 基礎項目評価 and 全項目評価 (規則 第5条, 第7条).
        BasicAndFull => "基礎項目評価及び全項目評価の実施が義務付けられる",
    }
}

choice_enum! {
    /// 提出する特定個人情報保護評価書の種類 (基礎項目評価書 Ⅳ1).
    ///
    /// ```
    /// use mynumber_pia::threshold::ReportSet;
    ///
    /// assert_eq!(ReportSet::BasicAndFull.label(), "基礎項目評価書及び全項目評価書");
    /// ```
    pub enum ReportSet: "提出する特定個人情報保護評価書の種類" {
        /// 基礎項目評価書 only.
        Basic => "基礎項目評価書",
        /// 基礎項目評価書 with a 重点項目評価書.
        BasicAndFocused => "基礎項目評価書及び重点項目評価書",
        /// 基礎項目評価書 with a 全項目評価書.
        BasicAndFull => "基礎項目評価書及び全項目評価書",
    }
}
