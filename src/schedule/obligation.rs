//! The obligations of one report: their due dates (without a reference date) and, given one,
//! their status.

use std::borrow::Cow;
use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::period::period_end;
use std::fmt::Write;

use super::{Basis, Duty, ObligationKind, Status};
use crate::AssessmentKind;
use crate::report::{IncidentHistory, ItemId, Report};
use crate::threshold::RequiredAssessment;
use crate::wareki::ShowDate;

/// A date a period is counted from (起算日), and what that date is.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::schedule::{Anchor, Basis};
///
/// let a = Anchor::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), Basis::BasicAssessment);
/// assert_eq!(a.to_string(), "基礎項目評価の実施日 令和7年6月2日（2025-06-02）");
/// let json = serde_json::to_string(&a)?;
/// assert_eq!(json, r#"{"date":"2025-06-02","basis":"basic-assessment"}"#);
/// assert_eq!(serde_json::from_str::<Anchor>(&json)?, a);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "起算日")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    /// The date.
    pub date: NaiveDate,
    /// What the date is.
    pub basis: Basis,
}

impl Anchor {
    /// The anchor `date`, which is a `basis`.
    #[must_use]
    pub const fn new(date: NaiveDate, basis: Basis) -> Self {
        Anchor { date, basis }
    }
}

impl std::fmt::Display for Anchor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.basis.label(), ShowDate(self.date))
    }
}

impl Report {
    /// The 公表日 the time rules count from: the cover's 公表日, or when the cover has none, the
    /// 基礎項目評価 実施日 (重点 Ⅴ1①, 全項目 Ⅵ1①), or else the latest 変更日. The [`Anchor`]
    /// says which; `None` when the report has none of them.
    ///
    /// The one computation behind the 5-year re-assessment ([`crate::schedule`]) and the
    /// validation time checks (TM001, TM002, TM004), which say so in their messages when they
    /// fall back.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::Report;
    /// use mynumber_pia::schedule::Basis;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let mut r = Report::example(AssessmentKind::Full);
    /// assert_eq!(r.publication_date().map(|a| a.basis), Some(Basis::PublishedOn));
    /// r.cover.published_on = None;
    /// let a = r.publication_date().unwrap();
    /// assert_eq!((a.date, a.basis), (NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), Basis::BasicAssessment));
    /// ```
    #[doc(alias = "公表日")]
    #[must_use]
    pub fn publication_date(&self) -> Option<Anchor> {
        if let Some(date) = self.cover.published_on {
            return Some(Anchor::new(date, Basis::PublishedOn));
        }
        if let Some(date) = self.procedures.basic_assessment.date {
            return Some(Anchor::new(date, Basis::BasicAssessment));
        }
        self.latest_change()
    }

    /// The latest 変更日 of the 変更箇所.
    fn latest_change(&self) -> Option<Anchor> {
        let latest = self.changes.iter().filter_map(|c| c.date).max()?;
        Some(Anchor::new(latest, Basis::LatestChange))
    }
}

/// The report an obligation belongs to: its form, 評価書番号, 評価書名 and 評価実施機関.
///
/// ```
/// use mynumber_pia::schedule::ReportRef;
/// use mynumber_pia::{AssessmentKind, Sample};
///
/// let r = ReportRef::of(&Sample::KumagayaBasic.load()?);
/// assert_eq!(r.form, AssessmentKind::Basic);
/// assert_eq!(r.number.as_deref(), Some("8"));
/// assert_eq!(r.body.as_deref(), Some("熊谷市長"));
/// # Ok::<(), mynumber_pia::LoadError>(())
/// ```
#[doc(alias = "評価書")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ReportRef {
    /// The form of the report.
    pub form: AssessmentKind,
    /// 評価書番号.
    pub number: Option<String>,
    /// 評価書名.
    pub title: Option<String>,
    /// 評価実施機関名.
    pub body: Option<String>,
}

impl ReportRef {
    /// The identity of `report`, from its cover.
    #[must_use]
    pub fn of(report: &Report) -> Self {
        ReportRef {
            form: report.form(),
            number: report.cover.number.clone(),
            title: report.cover.title.clone(),
            body: report.cover.body.clone(),
        }
    }
}

/// One dated duty of a report, on a reference date.
///
/// `due` is the last day of the period; `status` is [`Status::at`] `due` on the reference date
/// the list was made for; `from` is the date the period is counted from; `reason` says in
/// Japanese what to do by when, citing `source` (and saying when `from` stands in for a
/// missing 公表日), written when it is shown ([`Reason`]). Built by [`obligations`] and
/// [`Register::new`](super::Register::new); serializes and deserializes as a plain record.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::report::Report;
/// use mynumber_pia::schedule::{Duty, ObligationKind, Obligation, Status, obligations};
/// use mynumber_pia::AssessmentKind;
///
/// let report = Report::example(AssessmentKind::Focused); // published 2025-06-30
/// let today = NaiveDate::from_ymd_opt(2030, 7, 1).unwrap();
/// let list = obligations(&report, today);
/// let o = list.iter().find(|o| o.kind == ObligationKind::Reassessment).unwrap();
/// assert_eq!((o.status, o.duty), (Status::Overdue, Duty::Effort));
/// assert_eq!(
///     o.reason,
///     "公表日 令和7年6月30日（2025-06-30） から5年を経過する前に再実施するよう努める（規則 第15条）"
/// );
/// let json = serde_json::to_string(o)?;
/// assert_eq!(&serde_json::from_str::<Obligation>(&json)?, o);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "義務")]
#[doc(alias = "期限")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Obligation {
    /// What is due.
    pub kind: ObligationKind,
    /// The last day (期限).
    pub due: NaiveDate,
    /// Where it stands on the reference date.
    pub status: Status,
    /// The date the period is counted from, and what it is.
    pub from: Anchor,
    /// Duty or effort duty.
    pub duty: Duty,
    /// The source of the rule (`規則 第15条`, `指針 第5の2`, …).
    pub source: Cow<'static, str>,
    /// What to do by when, in Japanese, citing the source.
    pub reason: Reason,
    /// The report it belongs to.
    pub report: ReportRef,
}

/// What an obligation asks, in Japanese, citing its source ([`Obligation::reason`]): written
/// when it is shown (`Display`, `to_string`, serialization as a JSON string), not when the
/// obligation is listed: listing the obligations of 54,000 reports takes 5,273 instructions a
/// report under callgrind, 13,190 when every reason was written as it was listed
/// (`benches/schedule.rs`, `obligations_of_54000_reports`).
///
/// It compares by its text, with another reason or with a `str`; a reason read from JSON is the
/// text as read.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::report::Report;
/// use mynumber_pia::schedule::{ObligationKind, obligations};
/// use mynumber_pia::AssessmentKind;
///
/// let report = Report::example(AssessmentKind::Basic);
/// let list = obligations(&report, NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
/// let review = list.iter().find(|o| o.kind == ObligationKind::Review).unwrap();
/// let text = review.reason.to_string();
/// assert!(text.ends_with("から1年以内に評価書を見直すよう努める（規則 第14条）"), "{text}");
/// assert_eq!(review.reason, text.as_str());
/// ```
#[derive(Clone)]
pub struct Reason(ReasonText);

/// Where a [`Reason`]'s text comes from.
#[derive(Clone)]
enum ReasonText {
    /// Written from the due date it explains, each time it is shown.
    Due(Due),
    /// Read as written (from JSON).
    Read(String),
}

impl std::fmt::Display for Reason {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            ReasonText::Due(due) => std::fmt::Display::fmt(due, out),
            ReasonText::Read(text) => out.write_str(text),
        }
    }
}

/// Shows the text, as a `String` shows it.
impl std::fmt::Debug for Reason {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.to_string(), out)
    }
}

impl Reason {
    /// Whether this reason writes exactly `text`, compared piece by piece as it is written.
    fn writes(&self, text: &str) -> bool {
        /// What is left of the text to compare; a piece that does not start it stops the writing.
        struct Rest<'a>(&'a str);
        impl Write for Rest<'_> {
            fn write_str(&mut self, piece: &str) -> std::fmt::Result {
                let rest = self.0.strip_prefix(piece).ok_or(std::fmt::Error)?;
                self.0 = rest;
                Ok(())
            }
        }
        let mut rest = Rest(text);
        write!(rest, "{self}").is_ok() && rest.0.is_empty()
    }
}

impl PartialEq for Reason {
    fn eq(&self, other: &Reason) -> bool {
        self.writes(&other.to_string())
    }
}

impl Eq for Reason {}

impl PartialEq<str> for Reason {
    fn eq(&self, other: &str) -> bool {
        self.writes(other)
    }
}

impl PartialEq<&str> for Reason {
    fn eq(&self, other: &&str) -> bool {
        self.writes(other)
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|text| Reason(ReasonText::Read(text)))
    }
}

/// What a body-wide 重大事故 does to one 事務 (指針 第5の2).
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::report::ReportBuilder;
/// use mynumber_pia::schedule::Register;
/// use mynumber_pia::threshold::{RequiredAssessment, SubjectCountBand};
/// use mynumber_pia::AssessmentKind;
///
/// // A 事務 of 1万–10万 people with only its 基礎 report: an incident raises it to 基礎+重点.
/// let basic = ReportBuilder::new(AssessmentKind::Basic, "介護保険に関する事務")
///     .with_subject_count(SubjectCountBand::From10kTo100k)
///     .build();
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let register = Register::new(&[basic], d(2025, 10, 1));
/// let effects = register.incident_effects(d(2025, 10, 1)).unwrap();
/// let effect = &effects.affected[0];
/// assert_eq!((effect.from, effect.to), (RequiredAssessment::Basic, RequiredAssessment::BasicAndFocused));
/// assert_eq!(effect.until, d(2026, 10, 1));
/// assert_eq!(effect.missing, [AssessmentKind::Focused]);
/// ```
#[doc(alias = "重大事故の影響")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IncidentEffect {
    /// The report that stands for the 事務 (its 重点/全項目 report, or else its 基礎 report).
    pub report: ReportRef,
    /// 事務の名称.
    pub affair: String,
    /// The required assessment without the incident: the stated result, or what the inputs
    /// decide without an incident.
    pub from: RequiredAssessment,
    /// The required assessment with the incident.
    pub to: RequiredAssessment,
    /// The last day a しきい値判断 counts the incident (then the 事務 is no longer affected).
    pub until: NaiveDate,
    /// Every assessment `to` requires that the 事務 has not filed, in form order (none when
    /// the filed reports suffice).
    pub missing: Vec<AssessmentKind>,
}

/// What a reason needs beyond the kind and the dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Detail {
    None,
    /// The count dates of Ⅱ1 (対象人数) and / or Ⅱ2 (取扱者数).
    Counts {
        subjects: bool,
        handlers: bool,
    },
    /// The 3-year item of the report's form.
    IncidentItem(ItemId),
    /// A body-wide incident raises the しきい値判断 of a 事務: how, and what it has not filed.
    IncidentRaises(IncidentEffect),
}

/// A due date of a report, before a reference date gives it a status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Due {
    pub kind: ObligationKind,
    pub due: NaiveDate,
    pub from: Anchor,
    pub detail: Detail,
}

impl Due {
    /// The due date of `kind` counted from `from` ([`ObligationKind::years`]); `None` past the
    /// calendar.
    fn after(kind: ObligationKind, from: Anchor, detail: Detail) -> Option<Due> {
        Some(Due {
            kind,
            due: period_end(from.date, kind.years())?,
            from,
            detail,
        })
    }

    /// The source this due date cites.
    pub fn source(&self) -> &'static str {
        match self.detail {
            Detail::IncidentRaises(_) => "指針 第5の2",
            _ => self.kind.source(),
        }
    }

    /// The obligation on `today`, for the report `report`.
    pub fn obligation(&self, today: NaiveDate, report: ReportRef) -> Obligation {
        Obligation {
            kind: self.kind,
            due: self.due,
            status: Status::at(self.due, today),
            from: self.from,
            duty: self.kind.duty(),
            source: Cow::Borrowed(self.source()),
            reason: Reason(ReasonText::Due(self.clone())),
            report,
        }
    }

    /// Whether the obligation is still listed on `today`: a 公表継続 or a body-wide incident
    /// whose period has passed leaves nothing to do.
    pub fn listed_on(&self, today: NaiveDate) -> bool {
        let ends = matches!(self.kind, ObligationKind::KeepPublished)
            || matches!(self.detail, Detail::IncidentRaises(_));
        !(ends && today > self.due)
    }
}

/// What to do by when, in Japanese, citing the source: the reason of the obligation.
impl std::fmt::Display for Due {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let from = self.from;
        let source = self.source();
        let years = self.kind.years();
        match (self.kind, &self.detail) {
            (_, Detail::IncidentRaises(effect)) => {
                write!(
                    out,
                    "{from} により、{} までのしきい値判断は「{}」から「{}」に上がる: ",
                    ShowDate(self.due),
                    effect.from.label(),
                    effect.to.label()
                )?;
                let names: Vec<&str> = effect.missing.iter().map(|k| k.document_name()).collect();
                if names.is_empty() {
                    out.write_str("提出済みの評価書で足りる")?;
                } else {
                    write!(out, "{}が必要", names.join("と"))?;
                }
                write!(out, "（{source}）")
            }
            (ObligationKind::Reassessment | ObligationKind::Review, _) => {
                let to_do = match self.kind {
                    ObligationKind::Review => "以内に評価書を見直す",
                    _ => "を経過する前に再実施する",
                };
                write!(out, "{from} から{years}年{to_do}よう努める（{source}")?;
                // When the date stands in for a missing 公表日, the reason says so.
                if from.basis.is_fallback() {
                    write!(
                        out,
                        "。公表日の記載がないため{}から数える",
                        from.basis.label()
                    )?;
                }
                out.write_char('）')
            }
            (ObligationKind::CountDate, &Detail::Counts { subjects, handlers }) => {
                out.write_str(match (subjects, handlers) {
                    (true, true) => "Ⅱ1 対象人数・Ⅱ2 取扱者数",
                    (true, false) => "Ⅱ1 対象人数",
                    _ => "Ⅱ2 取扱者数",
                })?;
                write!(
                    out,
                    "の{from} から{years}年を経過する前に数え直し、評価書を更新するよう努める（{source}）"
                )
            }
            (ObligationKind::SeriousIncident, &Detail::IncidentItem(item)) => {
                // The item's number in the form whose part it is (重点 Ⅲ7②, 全項目 Ⅲ7リスク1⑨).
                if let Some(number) = item.part_form().and_then(|form| item.number(form)) {
                    write!(out, "{number} の")?;
                }
                write!(
                    out,
                    "{from} は、その日から{years}年を経過した後は「過去{years}年以内」に当たらない: 記載から外し、ほかになければ「発生なし」に改める（{source}）"
                )
            }
            (ObligationKind::KeepPublished, _) => write!(
                out,
                "{from} から{years}年を経過するまで評価書の公表を続ける（{source}）"
            ),
            (kind, _) => write!(out, "{} {from}（{source}）", kind.label()),
        }
    }
}

/// The due dates of `report`, in no particular order, without a reference date: every
/// obligation the report has, whatever its status. The one computation behind [`obligations`],
/// [`Register`](super::Register) and the validation time checks.
pub(crate) fn dues(report: &Report) -> Vec<Due> {
    let mut out = Vec::with_capacity(4);
    match report.cover.ended_on() {
        // An ended 事務: only its publication goes on.
        Ok(Some(end)) => {
            out.extend(Due::after(
                ObligationKind::KeepPublished,
                Anchor::new(end, Basis::AffairEnd),
                Detail::None,
            ));
            return out;
        }
        // The title says the 事務 ended but not when: nothing can be dated (the register says
        // so, EndDateError tells why).
        Err(_) => return out,
        Ok(None) => {}
    }
    let published = report.publication_date();
    if let Some(p) = published {
        out.extend(Due::after(ObligationKind::Reassessment, p, Detail::None));
    }
    // 見直し: from the latest of 公表日, 変更日 and the count dates (the 公表日 first on a tie).
    let counts = count_dates(report);
    let latest = published
        .into_iter()
        .chain(report.latest_change())
        .chain(counts.iter().flatten().map(|(a, _)| *a))
        .reduce(|best, a| if a.date > best.date { a } else { best });
    if let Some(latest) = latest {
        out.extend(Due::after(ObligationKind::Review, latest, Detail::None));
    }
    for (anchor, detail) in counts.into_iter().flatten() {
        out.extend(Due::after(ObligationKind::CountDate, anchor, detail));
    }
    let incidents = report.recent_incidents_item();
    let occurred = incidents.filter(|(_, item)| item.status == Some(IncidentHistory::Occurred));
    if let Some((id, item)) = occurred {
        // Each day once, in order.
        for date in BTreeSet::from_iter(&item.incident_dates) {
            out.extend(Due::after(
                ObligationKind::SeriousIncident,
                Anchor::new(*date, Basis::Incident),
                Detail::IncidentItem(id),
            ));
        }
    }
    out
}

/// The count dates of a 基礎 report (Ⅱ1, Ⅱ2), one anchor per distinct date.
fn count_dates(report: &Report) -> [Option<(Anchor, Detail)>; 2] {
    let Some(part) = report.basic() else {
        return [None, None];
    };
    let t = &part.threshold_items;
    let anchor = |date: NaiveDate, subjects: bool, handlers: bool| {
        (
            Anchor::new(date, Basis::CountDate),
            Detail::Counts { subjects, handlers },
        )
    };
    match (t.subject_count_as_of, t.handler_count_as_of) {
        (Some(s), Some(h)) if s == h => [Some(anchor(s, true, true)), None],
        (s, h) => [
            s.map(|s| anchor(s, true, false)),
            h.map(|h| anchor(h, false, true)),
        ],
    }
}

/// Every dated obligation of `report` on the reference date `today`, sorted by due date (then
/// by kind).
///
/// Each is listed whatever its status, except those whose period leaves nothing to do once it
/// has passed: the 公表継続 of an ended 事務 after its three years. A report whose 評価書名 says
/// its 事務 has ended (【…終了】) has only that obligation; one whose end date cannot be read
/// has none ([`Cover::ended_on`](crate::report::Cover::ended_on) says why, and the
/// [`Register`](super::Register) lists it as a problem). A report with no 公表日, 実施日 or
/// 変更日 has no 再実施 obligation.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::report::Report;
/// use mynumber_pia::schedule::{ObligationKind, obligations};
/// use mynumber_pia::AssessmentKind;
///
/// // A 基礎 report published 2025-06-30 with both counts taken on 2025-04-01.
/// let r = Report::example(AssessmentKind::Basic);
/// let list = obligations(&r, NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
/// let kinds: Vec<_> = list.iter().map(|o| (o.kind.label(), o.due.to_string())).collect();
/// assert_eq!(kinds, [
///     ("計数時点", "2026-04-01".to_owned()),
///     ("見直し", "2026-06-30".to_owned()),
///     ("再実施", "2030-06-30".to_owned()),
/// ]);
/// ```
#[doc(alias = "期限一覧")]
#[must_use]
pub fn obligations(report: &Report, today: NaiveDate) -> Vec<Obligation> {
    let mut dues = dues(report);
    dues.retain(|d| d.listed_on(today));
    dues.sort_by_key(|d| (d.due, d.kind, d.from.date));
    let identity = ReportRef::of(report);
    dues.iter()
        .map(|d| d.obligation(today, identity.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ReportBuilder;

    #[test]
    fn each_incident_day_is_due_once_in_order() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("a date");
        let mut report = ReportBuilder::new(AssessmentKind::Full, "事務")
            .with_recent_incident("誤送付", "確認", d(2024, 5, 1))
            .build();
        if let Some(item) = report.recent_incidents_mut() {
            item.incident_dates = vec![d(2024, 5, 1), d(2023, 1, 10), d(2024, 5, 1)];
        }
        let days: Vec<NaiveDate> = dues(&report)
            .iter()
            .filter(|due| due.kind == ObligationKind::SeriousIncident)
            .map(|due| due.from.date)
            .collect();
        assert_eq!(days, [d(2023, 1, 10), d(2024, 5, 1)]);
    }
}
