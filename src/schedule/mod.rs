//! Obligations over time (期限管理): the dated duties of each 評価書 and the body's register of
//! its 事務, the 特定個人情報保護評価計画管理書 (様式1, 指針 第5の1).
//!
//! **From [`crate::form`]** it takes the words its duties name the form by: the 様式 as a duty's
//! source ([`FORM_AS_SOURCE`]), the 公表日 (the cover item's label,
//! [`ItemId::CoverPublishedOn`]) and the 変更日 (the first column of the 変更箇所) that a duty is
//! counted from; from [`crate::threshold`] the 重大事故 list's name. It restates none of them.
//!
//! A published 評価書 does not stand still. It must be assessed again before five years pass,
//! reviewed every year, its counts renewed, its list of serious incidents kept to the past three
//! years, and once its 事務 has ended it stays published for three more years. This module
//! computes each of these dates for a report ([`obligations`]) and for a whole register
//! ([`Register`]), against a reference date the caller passes: the crate reads no clock.
//!
//! # The duties
//!
//! Each [`Obligation`] is due on the **last day** of its period ([`Obligation::due`]); it is
//! [`Status::Overdue`] from the day after, [`Status::DueSoon`] within the six months before
//! ([`Status::at`]). Periods in years are counted as the 民法 counts them ([`period_end`]: the
//! first day is not counted, 第140条; the period ends on the day before the corresponding day,
//! 第143条), so a report published on 2025-06-30 is due for re-assessment on 2030-06-30.
//!
//! | duty | kind | counted from | period | source | duty or effort | test (`tests/schedule.rs`) |
//! |---|---|---|---|---|---|---|
//! | re-assess before 5 years pass since the 公表 of the latest 実施/再実施 | 再実施 | 公表日 (fallback below) | 5 years | 規則 第15条 | effort (再実施するよう努める) | `reassessment_last_day_and_the_day_after` |
//! | review the report at least once a year | 見直し | the latest of 公表日, 変更日 and the 計数時点 | 1 year | 規則 第14条 | effort | `review_last_day_and_the_day_after` |
//! | renew the counts of the しきい値判断 (基礎 Ⅱ1/Ⅱ2 「いつ時点の計数か」) | 計数時点 | each count date | 1 year | 指針 第5の2 | effort (a judgement aid) | `count_date_last_day_and_the_day_after` |
//! | drop an incident from the 3-year 重大事故 item (重点 Ⅲ7②, 全項目 Ⅲ7 リスク1⑨) | 重大事故 | the incident | 3 years | 様式 | duty | `incident_item_last_day_and_the_day_after` |
//! | keep the report of an ended 事務 (【…終了】 in its 評価書名) published | 公表継続 | the end of the 事務 | 3 years | 記載要領 | duty | `keep_published_last_day_and_the_day_after` |
//! | a serious incident anywhere in the body raises the しきい値判断 of every 事務 | 重大事故 | the incident | 1 year ([`SeriousIncident::within_past_year`](crate::threshold::SeriousIncident::within_past_year)) | 指針 第5の2 | duty (再実施するものとする) | `a_body_wide_incident_raises_the_focused_affairs` |
//!
//! How sure each rule is: 規則 第15条 (5 years, effort) is read in the PPC's own description of
//! the 規則; 規則 第14条 (yearly review, effort) only as secondary texts describe it; the 1-year
//! renewal of the counts is no article's words but what real 基礎項目評価書 do (the 熊谷市
//! 国民健康保険 基礎項目評価書 of 令和7年5月30日 moves its count dates each 4月1日), so take it as a
//! judgement aid; the 3-year publication after the end of a 事務 is read in an older edition of
//! the 記載要領. The 3-year window of the 重大事故 item is the form's own question
//! (「過去3年以内に…発生したか」).
//!
//! **When the cover has no 公表日**, the date is taken from the 基礎項目評価 実施日 (重点 Ⅴ1①,
//! 全項目 Ⅵ1①) or else from the latest 変更日, and every reason says so
//! ([`Report::publication_date`], [`Anchor`]). A 修正 recorded later in the 変更箇所 does not
//! move the 5-year date: only the cover's 公表日 does.
//!
//! An ended 事務 has only its 公表継続 obligation (its other duties are moot), and that one is
//! listed until its last day; the end date is read from the 評価書名 ([`Cover::ended_on`]).
//!
//! ```
//! use chrono::NaiveDate;
//! use mynumber_pia::schedule::{ObligationKind, Status, obligations};
//! use mynumber_pia::Sample;
//!
//! // 江戸川区 国民健康保険 全項目評価書, published 令和6年12月6日.
//! let report = Sample::EdogawaFull.load()?;
//! let today = NaiveDate::from_ymd_opt(2029, 7, 1).unwrap();
//! let list = obligations(&report, today);
//! let reassessment = list.iter().find(|o| o.kind == ObligationKind::Reassessment).unwrap();
//! assert_eq!(reassessment.due, NaiveDate::from_ymd_opt(2029, 12, 6).unwrap());
//! assert_eq!(reassessment.status, Status::DueSoon);
//! assert_eq!(reassessment.source, "規則 第15条");
//! # Ok::<(), mynumber_pia::LoadError>(())
//! ```
//!
//! # The register (様式1)
//!
//! [`Register::new`] files a set of reports by 事務 (matched by 評価実施機関 and 事務の名称) into
//! [`RegisterEntry`]s with the columns of the 計画管理書 (評価書番号, 評価書名, しきい値判断結果, the
//! assessments filed, 公表日, the next due date), lists every obligation in date order, and checks
//! the register as a whole ([`RegisterProblem`]). [`Register::incident_effects`] applies the
//! body-wide rule of the 重大事故 (指針 第5の2) and [`to_icalendar`] exports its obligations (or
//! one report's) for an office calendar (RFC 5545), stamped with its reference date:
//! `to_icalendar(&register.obligations, register.as_of)`.

mod end;
mod ical;
mod obligation;
mod period;
mod register;

pub use end::EndDateError;
pub use ical::to_icalendar;
pub use obligation::{Anchor, IncidentEffect, Obligation, Reason, ReportRef, obligations};
pub use period::period_end;
pub use register::{IncidentEffects, Register, RegisterEntry, RegisterProblem};

use crate::Choice;
use crate::form::FORM_AS_SOURCE;
use crate::report::ItemId;
#[cfg(doc)]
use crate::report::{Cover, Report};
use crate::threshold;
pub(crate) use obligation::dues;

crate::label::text_enum! {
    /// What an [`Obligation`] asks for: one word each, as the command line prints it
    /// (`label()`: 再実施, 見直し, 計数時点, 重大事故, 公表継続).
    ///
    /// ```
    /// use mynumber_pia::schedule::{Duty, ObligationKind};
    ///
    /// assert_eq!(ObligationKind::Reassessment.label(), "再実施");
    /// assert_eq!(ObligationKind::Reassessment.source(), "規則 第15条");
    /// assert_eq!(ObligationKind::Reassessment.duty(), Duty::Effort);
    /// assert_eq!("公表継続".parse(), Ok(ObligationKind::KeepPublished));
    /// ```
    #[doc(alias = "義務の種類")]
    #[doc(alias = "期限の種類")]
    #[non_exhaustive]
    pub enum ObligationKind: "義務の種類", shown as key {
        /// 再実施: assess again before five years pass since the 公表 (規則 第15条).
        Reassessment => "reassessment", "再実施";
        /// 見直し: review the report at least once a year (規則 第14条).
        Review => "review", "見直し";
        /// 計数時点: renew the 対象人数 and 取扱者数 counts of a 基礎項目評価書 (指針 第5の2).
        CountDate => "count-date", "計数時点";
        /// 重大事故: an incident leaves the 3-year item (様式), or a body-wide incident raises the
        /// しきい値判断 of a 事務 (指針 第5の2).
        SeriousIncident => "serious-incident", <threshold::SeriousIncident as Choice>::LIST_LABEL;
        /// 公表継続: keep the report of an ended 事務 published for three years (記載要領).
        KeepPublished => "keep-published", "公表継続";
    }
}

impl ObligationKind {
    /// The rule of each kind, once: its source, whether it is a duty or an effort duty, and its
    /// period in years (the table of the module's docs).
    const fn rule(self) -> (&'static str, Duty, u32) {
        match self {
            ObligationKind::Reassessment => ("規則 第15条", Duty::Effort, 5),
            ObligationKind::Review => ("規則 第14条", Duty::Effort, 1),
            ObligationKind::CountDate => ("指針 第5の2", Duty::Effort, 1),
            ObligationKind::SeriousIncident => (FORM_AS_SOURCE, Duty::Required, 3),
            ObligationKind::KeepPublished => ("記載要領", Duty::Required, 3),
        }
    }

    /// Whether the rule is a duty or an effort duty (努める).
    ///
    /// ```
    /// use mynumber_pia::schedule::{Duty, ObligationKind};
    ///
    /// assert_eq!(ObligationKind::KeepPublished.duty(), Duty::Required);
    /// assert_eq!(ObligationKind::Review.duty(), Duty::Effort);
    /// ```
    #[must_use]
    pub const fn duty(self) -> Duty {
        self.rule().1
    }

    /// The source of the rule, as the reasons cite it. A body-wide 重大事故
    /// ([`Register::incident_effects`]) cites 指針 第5の2 instead of the form.
    ///
    /// ```
    /// use mynumber_pia::schedule::ObligationKind;
    ///
    /// assert_eq!(ObligationKind::Review.source(), "規則 第14条");
    /// assert_eq!(ObligationKind::CountDate.source(), "指針 第5の2");
    /// ```
    #[must_use]
    pub const fn source(self) -> &'static str {
        self.rule().0
    }

    /// The years of the period: 再実施 5 (規則 第15条), 見直し 1 (規則 第14条), 計数時点 1 (指針
    /// 第5の2), the 3-year 重大事故 item 3 (様式), 公表継続 3 (記載要領).
    pub(crate) const fn years(self) -> u32 {
        self.rule().2
    }
}

crate::label::text_enum! {
    /// Where an obligation stands on the reference date ([`Status::at`]).
    ///
    /// ```
    /// use mynumber_pia::schedule::Status;
    ///
    /// assert_eq!(Status::DueSoon.to_string(), "due-soon");
    /// assert_eq!(Status::DueSoon.label(), "期限間近");
    /// assert!(Status::Overdue < Status::DueSoon);
    /// ```
    #[doc(alias = "期限の状態")]
    pub enum Status: "期限の状態", shown as key {
        /// The last day has passed.
        Overdue => "overdue", "期限超過";
        /// The last day is within six months.
        DueSoon => "due-soon", "期限間近";
        /// The last day is more than six months away.
        Later => "later", "期限前";
    }
}

crate::label::text_enum! {
    /// Whether a rule binds (するものとする, しなければならない) or asks for an effort (努める).
    ///
    /// ```
    /// use mynumber_pia::schedule::Duty;
    ///
    /// assert_eq!(Duty::Effort.label(), "努力義務");
    /// assert_eq!("duty".parse(), Ok(Duty::Required));
    /// ```
    #[doc(alias = "義務")]
    #[doc(alias = "努力義務")]
    pub enum Duty: "義務の別", shown as key {
        /// A duty.
        Required => "duty", "義務";
        /// An effort duty (努める).
        Effort => "effort", "努力義務";
    }
}

crate::label::text_enum! {
    /// The date a period is counted from (起算日): what [`Anchor::date`] is.
    ///
    /// [`PublishedOn`](Basis::PublishedOn) is the cover's 公表日; when the cover has none,
    /// [`Report::publication_date`] falls back on [`BasicAssessment`](Basis::BasicAssessment)
    /// or [`LatestChange`](Basis::LatestChange), and the reasons say so.
    ///
    /// ```
    /// use mynumber_pia::schedule::Basis;
    ///
    /// assert_eq!(Basis::BasicAssessment.label(), "基礎項目評価の実施日");
    /// assert!(Basis::BasicAssessment.is_fallback());
    /// assert!(!Basis::PublishedOn.is_fallback());
    /// ```
    #[doc(alias = "起算日")]
    #[non_exhaustive]
    pub enum Basis: "起算日の種類", shown as key {
        /// 公表日 (表紙).
        PublishedOn => "published-on", ItemId::CoverPublishedOn.label();
        /// 基礎項目評価 実施日 (重点 Ⅴ1①, 全項目 Ⅵ1①).
        BasicAssessment => "basic-assessment", "基礎項目評価の実施日";
        /// A 変更日 of the 変更箇所 (the latest one).
        LatestChange => "latest-change", crate::form::CHANGE_DATE;
        /// いつ時点の計数か (基礎 Ⅱ1, Ⅱ2).
        CountDate => "count-date", "計数時点";
        /// The day of a serious incident.
        Incident => "incident", "重大事故の発生日";
        /// The end of the 事務 (【…終了】 in the 評価書名).
        AffairEnd => "affair-end", "事務の終了日";
    }
}

impl Basis {
    /// Whether this stands in for a missing 公表日.
    #[must_use]
    pub const fn is_fallback(self) -> bool {
        matches!(self, Basis::BasicAssessment | Basis::LatestChange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_word_is_kept_as_written() {
        let e = "due soon".parse::<Status>().unwrap_err();
        assert_eq!(e.input(), "due soon");
        assert!(e.to_string().contains("due soon"), "{e}");
    }
}
