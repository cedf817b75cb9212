//! The body's register of its 事務 (特定個人情報保護評価計画管理書, 様式1), its checks and the
//! body-wide rule of the 重大事故.

use indexmap::{IndexMap, IndexSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::obligation::{Detail, Due, IncidentEffect, dues};
use super::period::last_day_within_past_year;
use super::{Anchor, Basis, Obligation, ObligationKind, ReportRef, Status};
use crate::form::FORM_AS_SOURCE;
use crate::label::{Visible, fold};
use crate::report::Report;
use crate::threshold::{
    HandlerCountBand, RequiredAssessment, SeriousIncident, StatedThresholdResult, SubjectCountBand,
    decide_partial,
};
use crate::{AssessmentKind, Choice};

/// One 事務 of the register: a row of the 計画管理書 (様式1).
///
/// The 指針 (第5の1) has the body keep the register and a report's 評価書番号 is its number
/// there; the exact columns of 様式1 are not confirmed by a text this crate has read, so the row
/// holds what the reports tell: 評価書番号, 評価書名, the stated しきい値判断結果, the
/// assessments filed, the 公表日 and the next due date, with the inputs of the しきい値判断 that
/// the body-wide 重大事故 rule needs.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::schedule::Register;
/// use mynumber_pia::Sample;
///
/// let register = Register::new(&[Sample::KumagayaBasic.load()?], NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
/// let row = &register.entries[0];
/// assert_eq!(row.number.as_deref(), Some("8"));
/// assert_eq!(row.affair, "国民健康保険に関する事務");
/// assert_eq!(row.filed(), [mynumber_pia::AssessmentKind::Basic]);
/// assert_eq!(row.next_due, NaiveDate::from_ymd_opt(2026, 4, 1));
/// # Ok::<(), mynumber_pia::LoadError>(())
/// ```
#[doc(alias = "計画管理書の行")]
#[doc(alias = "事務")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RegisterEntry {
    /// 評価書番号 (of the first report that has one).
    pub number: Option<String>,
    /// 評価書名 (of the 重点/全項目 report if one is filed, else of the 基礎 report).
    pub title: Option<String>,
    /// 事務の名称 (Ⅰ1①).
    pub affair: String,
    /// 評価実施機関名.
    pub body: Option<String>,
    /// The しきい値判断結果 as stated (基礎 Ⅲ, or else 重点 Ⅴ1② / 全項目 Ⅵ1②).
    pub stated: Option<StatedThresholdResult>,
    /// The reports filed for the 事務, in the order given.
    pub reports: Vec<ReportRef>,
    /// The latest 公表日 of its reports (or the date that stands in for it).
    pub published_on: Option<Anchor>,
    /// The earliest due date of its obligations on the register's reference date.
    pub next_due: Option<NaiveDate>,
    /// The day the 事務 ended (【…終了】 in a 評価書名).
    pub ended_on: Option<NaiveDate>,
    /// 対象人数 (基礎 Ⅱ1, or else 重点/全項目 Ⅰ1③).
    pub subject_count: Option<SubjectCountBand>,
    /// 取扱者数 (基礎 Ⅱ2, or else what the bands of the 重点/全項目 report decide).
    pub handler_count: Option<HandlerCountBand>,
}

impl RegisterEntry {
    /// The assessments filed, in form order (基礎, 重点, 全項目), each once.
    #[must_use]
    pub fn filed(&self) -> Vec<AssessmentKind> {
        let filed = |kind: &&AssessmentKind| self.reports.iter().any(|r| r.form == **kind);
        AssessmentKind::ALL.iter().filter(filed).copied().collect()
    }

    /// Whether what is filed meets `kind` (a 全項目評価書 meets a required 重点, 指針 第5の2: a
    /// higher assessment may always be done).
    fn covers(&self, kind: AssessmentKind) -> bool {
        self.reports.iter().any(|r| {
            r.form == kind || (kind == AssessmentKind::Focused && r.form == AssessmentKind::Full)
        })
    }

    /// What a 重大事故 counted until `until` does to the 事務 (see
    /// [`Register::incident_effects`]): `None` when its required assessment does not rise, an
    /// error with its name when it cannot be judged (no 対象人数).
    fn incident_effect(&self, until: NaiveDate) -> Result<Option<IncidentEffect>, String> {
        let Some(band) = self.subject_count else {
            return Err(self.name());
        };
        let handlers = self.handler_count.map(Into::into);
        let from = self.stated.map_or_else(
            || decide_partial(band.into(), handlers, Some(SeriousIncident::NotOccurred)).lowest(),
            |stated| stated.required,
        );
        let to = decide_partial(band.into(), handlers, Some(SeriousIncident::Occurred)).highest();
        // The report that stands for the 事務 ([`main_of`]).
        let Some(report) = main_of(&self.reports, |r| r.form).filter(|_| to > from) else {
            return Ok(None);
        };
        Ok(Some(IncidentEffect {
            report: report.clone(),
            affair: self.affair.clone(),
            from,
            to,
            until,
            missing: to
                .required_kinds()
                .iter()
                .copied()
                .filter(|&k| !self.covers(k))
                .collect(),
        }))
    }

    /// How a message names the 事務: 「国民健康保険に関する事務」（熊谷市長）; by its 評価書名 or
    /// 評価書番号 when it has no name.
    fn name(&self) -> String {
        let mut name = match (self.affair.trim().is_empty(), &self.title, &self.number) {
            (false, _, _) => format!("「{}」", Visible(&self.affair)),
            (true, Some(title), _) => format!("「{}」", Visible(title)),
            (true, None, Some(number)) => format!("評価書番号 {} の事務", Visible(number)),
            (true, None, None) => "名称のない事務".to_owned(),
        };
        if let Some(body) = &self.body {
            name.push_str(&format!("（{}）", Visible(body)));
        }
        name
    }
}

/// A problem of the register as a whole.
///
/// Each has a Japanese message (`Display`), a stable word ([`as_str`](Self::as_str)) and a
/// source ([`source`](Self::source)); checks that no article states are consistency checks and
/// say so.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::schedule::{Register, RegisterProblem};
/// use mynumber_pia::Sample;
///
/// // 熊谷市 states 基礎項目評価及び重点項目評価 but only its 基礎 report is here.
/// let register = Register::new(&[Sample::KumagayaBasic.load()?], NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
/// let problem = &register.problems[0];
/// assert_eq!(problem.as_str(), "missing-detailed");
/// assert_eq!(
///     problem.to_string(),
///     "「国民健康保険に関する事務」（熊谷市長）の基礎項目評価書は提出する評価書に重点項目評価書を含める（Ⅳ1）が、重点項目評価書がない（様式）"
/// );
/// # Ok::<(), mynumber_pia::LoadError>(())
/// ```
#[doc(alias = "計画管理書の問題")]
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr, thiserror::Error,
)]
#[serde(tag = "problem", rename_all = "kebab-case", deny_unknown_fields)]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum RegisterProblem {
    /// The reports come from more than one 評価実施機関: a register is kept by one body
    /// (指針 第5の1).
    #[error("評価実施機関が1つではない（{}）: 計画管理書は評価実施機関ごとに作る（{}）", Visible(&.bodies.join("、")), self.source())]
    SeveralBodies {
        /// The bodies, in the order met.
        bodies: Vec<String>,
    },
    /// One 評価書番号 is used by two 事務 of one body (指針 第5の1: the number is the 事務's number in
    /// the register).
    #[error("評価書番号 {} が2つ以上の事務に使われている: {}（{}）", Visible(.number), .affairs.join("、"), self.source())]
    NumberReused {
        /// The number.
        number: String,
        /// The 事務, as messages name them.
        affairs: Vec<String>,
    },
    /// One 事務 has two or more reports of the same form (a consistency check).
    #[error("{affair}の{}が2つ以上ある（{}）", .form.document_name(), self.source())]
    AffairFiledTwice {
        /// The 事務, as messages name it.
        affair: String,
        /// The form filed twice.
        form: AssessmentKind,
    },
    /// The reports of one 事務 carry different 評価書番号 (指針 第5の1).
    #[error("{affair}の評価書の評価書番号が異なる（{}）（{}）", Visible(&.numbers.join("、")), self.source())]
    AffairNumberedTwice {
        /// The 事務, as messages name it.
        affair: String,
        /// The numbers, in the order met.
        numbers: Vec<String>,
    },
    /// A 重点/全項目 report without the 基礎項目評価書 filed with it (指針 第5の2: every result
    /// that requires a 重点 or 全項目評価 requires a 基礎項目評価 too).
    #[error("{affair}の{}に、一緒に提出する基礎項目評価書がない（{}）", .form.document_name(), self.source())]
    MissingBasic {
        /// The 事務, as messages name it.
        affair: String,
        /// The form filed without its 基礎 report.
        form: AssessmentKind,
    },
    /// A 基礎項目評価書 whose Ⅳ1 (提出する特定個人情報保護評価書の種類) names a 重点/全項目
    /// report that is not in the register (様式).
    #[error("{affair}の基礎項目評価書は提出する評価書に{0}を含める（Ⅳ1）が、{0}がない（{1}）", .missing.document_name(), self.source())]
    MissingDetailed {
        /// The 事務, as messages name it.
        affair: String,
        /// The report Ⅳ1 names.
        missing: AssessmentKind,
    },
    /// The stated しきい値判断結果 requires an assessment that is not filed (指針 第5の2).
    #[error("{affair}のしきい値判断結果は「{}」だが、{}がない（{}）", .stated.label(), .missing.document_name(), self.source())]
    FiledBelowStated {
        /// The 事務, as messages name it.
        affair: String,
        /// The stated result.
        stated: RequiredAssessment,
        /// The assessment it requires that is not filed.
        missing: AssessmentKind,
    },
    /// The 評価書名 says the 事務 ended, but its date cannot be read: the report gets no
    /// obligation (記載要領).
    #[error("{affair}: {}（{}）", Visible(.error), self.source())]
    UnreadableEndDate {
        /// The 事務, as messages name it.
        affair: String,
        /// Why the date cannot be read.
        error: String,
    },
    /// A report with no 公表日, 基礎項目評価 実施日 or 変更日: none of its periods can be counted
    /// (規則 第15条).
    #[error("{affair}の{}には公表日も基礎項目評価の実施日も変更日もなく、期限を数えられない（{}）", .form.document_name(), self.source())]
    Undated {
        /// The 事務, as messages name it.
        affair: String,
        /// The form of the report.
        form: AssessmentKind,
    },
    /// The body-wide 重大事故 cannot be judged for a 事務 without 対象人数 (指針 第5の2).
    #[error("{affair}は対象人数が分からず、重大事故でしきい値判断結果が上がるか判断できない（{}）", self.source())]
    IncidentUndecided {
        /// The 事務, as messages name it.
        affair: String,
    },
}

impl RegisterProblem {
    /// The stable word of the problem (`several-bodies`, `number-reused`, …), its serde tag.
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        self.into()
    }

    /// The source of the check, or `整合性` for a consistency check no article states.
    /// (This method, not [`std::error::Error::source`], which is `None`: a problem wraps no other
    /// error.)
    ///
    /// ```
    /// use mynumber_pia::schedule::RegisterProblem;
    ///
    /// let p = RegisterProblem::SeveralBodies { bodies: vec!["A市長".into(), "B市長".into()] };
    /// assert_eq!(p.source(), "指針 第5の1");
    /// ```
    #[must_use]
    pub const fn source(&self) -> &'static str {
        match self {
            RegisterProblem::SeveralBodies { .. }
            | RegisterProblem::NumberReused { .. }
            | RegisterProblem::AffairNumberedTwice { .. } => "指針 第5の1",
            RegisterProblem::AffairFiledTwice { .. } => "整合性",
            RegisterProblem::MissingBasic { .. }
            | RegisterProblem::FiledBelowStated { .. }
            | RegisterProblem::IncidentUndecided { .. } => "指針 第5の2",
            RegisterProblem::MissingDetailed { .. } => FORM_AS_SOURCE,
            RegisterProblem::UnreadableEndDate { .. } => "記載要領",
            RegisterProblem::Undated { .. } => "規則 第15条",
        }
    }
}

/// The body-wide effect of one 重大事故 on a register (指針 第5の2).
#[doc(alias = "重大事故の影響")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IncidentEffects {
    /// The day of the incident.
    pub incident: NaiveDate,
    /// The last day a しきい値判断 counts it ([`SeriousIncident::within_past_year`]).
    pub until: NaiveDate,
    /// The 事務 whose required assessment rises, in register order.
    pub affected: Vec<IncidentEffect>,
    /// The 事務 that cannot be judged (no 対象人数), as messages name them.
    pub undecided: Vec<String>,
}

/// The body's register of its 事務: the 特定個人情報保護評価計画管理書 (様式1, 指針 第5の1),
/// built from a set of reports on a reference date, with every obligation in date order and
/// the problems of the register as a whole.
///
/// Reports are filed under one 事務 when their 評価実施機関 and 事務の名称 match (full-width
/// and half-width folded, white space ignored); a report without a 事務の名称 is matched by its
/// 評価書名. The checks ([`RegisterProblem`]): one body only; a 評価書番号 used by two 事務 of one body; one
/// 事務 filed twice in a form or under two numbers; a 重点/全項目 report without its 基礎
/// report, a 基礎 report whose Ⅳ1 names a report that is not there; a stated
/// しきい値判断結果 that requires more than what was filed (one problem per missing report);
/// an unreadable end date; a report with no date to count from.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::schedule::{Register, Status};
/// use mynumber_pia::Sample;
///
/// let reports: Vec<_> = Sample::ALL.iter().map(|s| s.load()).collect::<Result<_, _>>()?;
/// let register = Register::new(&reports, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
/// assert_eq!(register.entries.len(), 4);
/// assert_eq!(register.summary(), "9 obligations, 5 overdue");
/// assert!(register.obligations.windows(2).all(|w| w[0].due <= w[1].due));
/// assert_eq!(register.problems[0].as_str(), "several-bodies");
/// # Ok::<(), mynumber_pia::LoadError>(())
/// ```
#[doc(alias = "計画管理書")]
#[doc(alias = "特定個人情報保護評価計画管理書")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Register {
    /// The reference date of the statuses.
    pub as_of: NaiveDate,
    /// One row per 事務, in the order their first report was given.
    pub entries: Vec<RegisterEntry>,
    /// Every obligation of every report, by due date, then kind, then the order of the reports.
    pub obligations: Vec<Obligation>,
    /// The problems of the register, in the order of the checks.
    pub problems: Vec<RegisterProblem>,
}

/// A name (of a body, a 事務, a report) folded for comparison; `None` when nothing is named (none
/// written, or only white space).
fn name_key(name: Option<&str>) -> Option<String> {
    name.map(fold).filter(|b| !b.is_empty())
}

/// A folded text under the body it belongs to ([`name_key`]): a 事務 or a 評価書番号 of one body.
type OfBody = (Option<String>, String);

/// The 事務 a report belongs to, for grouping: folded body and 事務の名称 (or 評価書名).
fn affair_key(report: &Report, index: usize) -> OfBody {
    let name = name_key(Some(&report.affair.name))
        .or_else(|| name_key(report.cover.title.as_deref()))
        // Nothing to match by: a 事務 of its own.
        .unwrap_or_else(|| format!("#{index}"));
    (name_key(report.cover.body.as_deref()), name)
}

/// The texts that differ once folded ([`fold`]), each as first written, in the order met.
fn distinct<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: IndexMap<String, &str> = IndexMap::new();
    for text in texts {
        seen.entry(fold(text)).or_insert(text);
    }
    seen.into_values().map(str::to_owned).collect()
}

/// The report of a 事務 that stands for it: its 重点/全項目 report, or else the first (then all
/// are 基礎 reports).
fn main_of<T>(reports: &[T], form: impl Fn(&T) -> AssessmentKind) -> Option<&T> {
    let mut detailed = reports.iter().filter(|r| form(r) != AssessmentKind::Basic);
    detailed.next().or_else(|| reports.first())
}

/// What the 基礎 report of a 事務 says, or else the first report of the 事務 that says it.
fn basic_first<T>(group: &[&Report], get: impl Fn(&Report) -> Option<T>) -> Option<T> {
    let basic = group.iter().find(|r| r.form() == AssessmentKind::Basic);
    basic
        .and_then(|r| get(r))
        .or_else(|| group.iter().find_map(|r| get(r)))
}

/// 取扱者数 as a 基礎 report states it, or as the bands of another report decide it: the band
/// (指針 第5の2) that holds every count the report's bands allow, if one does.
fn handler_count(report: &Report) -> Option<HandlerCountBand> {
    if let Some(part) = report.basic() {
        return part.threshold_items.handler_count;
    }
    HandlerCountBand::of_interval(report.handler_interval())
}

impl Register {
    /// The register of `reports` on the reference date `as_of`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::ReportBuilder;
    /// use mynumber_pia::schedule::Register;
    /// use mynumber_pia::threshold::{RequiredAssessment, StatedThresholdResult, SubjectCountBand};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// // A 基礎 and a 重点 report of one 事務, filed together.
    /// let stated = StatedThresholdResult::required(RequiredAssessment::BasicAndFocused);
    /// let basic = ReportBuilder::new(AssessmentKind::Basic, "介護保険に関する事務")
    ///     .with_subject_count(SubjectCountBand::From100kTo300k)
    ///     .with_threshold_result(stated)
    ///     .build();
    /// let focused = ReportBuilder::new(AssessmentKind::Focused, "介護保険に関する事務").build();
    /// let register = Register::new(&[basic, focused], NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
    /// assert_eq!(register.entries.len(), 1);
    /// assert_eq!(register.entries[0].filed(), [AssessmentKind::Basic, AssessmentKind::Focused]);
    /// assert!(register.problems.is_empty(), "{:?}", register.problems);
    /// ```
    #[must_use]
    pub fn new<'a>(reports: impl IntoIterator<Item = &'a Report>, as_of: NaiveDate) -> Register {
        let mut by_affair: IndexMap<OfBody, Vec<&Report>> = IndexMap::new();
        for (i, report) in reports.into_iter().enumerate() {
            by_affair
                .entry(affair_key(report, i))
                .or_default()
                .push(report);
        }
        let groups: Vec<Vec<&Report>> = by_affair.into_values().collect();
        let mut register = Register {
            as_of,
            entries: Vec::new(),
            obligations: Vec::new(),
            problems: Vec::new(),
        };
        register.entries = groups.iter().filter_map(|g| register.file(g)).collect();
        register.sort_obligations();
        register.problems = register.check(&groups);
        register
    }

    /// Files the reports of one 事務: its row, and its obligations into the register.
    fn file(&mut self, group: &[&Report]) -> Option<RegisterEntry> {
        let main = *main_of(group, |r| r.form())?;
        let mut next_due: Option<NaiveDate> = None;
        for report in group {
            let identity = ReportRef::of(report);
            for due in dues(report).iter().filter(|d| d.listed_on(self.as_of)) {
                next_due = Some(next_due.map_or(due.due, |n| n.min(due.due)));
                self.obligations
                    .push(due.obligation(self.as_of, identity.clone()));
            }
        }
        Some(RegisterEntry {
            number: group.iter().find_map(|r| r.cover.number.clone()),
            title: main.cover.title.clone(),
            affair: main.affair.name.clone(),
            body: group.iter().find_map(|r| r.cover.body.clone()),
            stated: basic_first(group, Report::stated_threshold_result),
            reports: group.iter().map(|r| ReportRef::of(r)).collect(),
            published_on: group
                .iter()
                .filter_map(|r| r.publication_date())
                .max_by_key(|a| a.date),
            next_due,
            ended_on: group.iter().find_map(|r| r.cover.ended_on().ok().flatten()),
            subject_count: basic_first(group, Report::subject_count),
            handler_count: basic_first(group, handler_count),
        })
    }

    /// By due date, then kind; a stable sort keeps the register's order on a tie.
    fn sort_obligations(&mut self) {
        self.obligations.sort_by_key(|o| (o.due, o.kind));
    }

    /// The checks of the register as a whole, in order.
    fn check(&self, groups: &[Vec<&Report>]) -> Vec<RegisterProblem> {
        let mut problems = Vec::new();
        // One body only.
        let bodies = groups
            .iter()
            .flatten()
            .filter_map(|r| r.cover.body.as_deref());
        let bodies = distinct(bodies);
        if bodies.len() > 1 {
            problems.push(RegisterProblem::SeveralBodies { bodies });
        }
        // A 評価書番号 used by two 事務 (of one body: each body numbers its own register).
        // The users of a number are a set: a 事務 whose reports all carry it uses it once.
        let mut numbers: IndexMap<OfBody, (&str, IndexSet<usize>)> = IndexMap::new();
        for (i, entry) in self.entries.iter().enumerate() {
            let body = name_key(entry.body.as_deref());
            for number in entry.reports.iter().filter_map(|r| r.number.as_deref()) {
                numbers
                    .entry((body.clone(), fold(number)))
                    .or_insert((number, IndexSet::new()))
                    .1
                    .insert(i);
            }
        }
        for (number, users) in numbers.values() {
            if users.len() > 1 {
                problems.push(RegisterProblem::NumberReused {
                    number: (*number).to_owned(),
                    affairs: users
                        .iter()
                        .filter_map(|&i| self.entries.get(i))
                        .map(|e| e.name())
                        .collect(),
                });
            }
        }
        for (entry, group) in self.entries.iter().zip(groups) {
            let affair = entry.name();
            // One 事務 twice: the same form twice, or two numbers.
            for &form in AssessmentKind::ALL {
                if entry.reports.iter().filter(|r| r.form == form).count() > 1 {
                    problems.push(RegisterProblem::AffairFiledTwice {
                        affair: affair.clone(),
                        form,
                    });
                }
            }
            let numbers = distinct(entry.reports.iter().filter_map(|r| r.number.as_deref()));
            if numbers.len() > 1 {
                problems.push(RegisterProblem::AffairNumberedTwice {
                    affair: affair.clone(),
                    numbers,
                });
            }
            // The 基礎 and the 重点/全項目 reports are filed together; each missing report is
            // told once, by the first check that finds it (`insert` is true the first time only).
            let mut reported: IndexSet<AssessmentKind> = IndexSet::new();
            let mut newly_missing =
                |kind: AssessmentKind| !entry.covers(kind) && reported.insert(kind);
            if newly_missing(AssessmentKind::Basic) {
                for r in entry
                    .reports
                    .iter()
                    .filter(|r| r.form != AssessmentKind::Basic)
                {
                    problems.push(RegisterProblem::MissingBasic {
                        affair: affair.clone(),
                        form: r.form,
                    });
                }
            }
            let named = group
                .iter()
                .filter_map(|r| r.basic()?.risk_measures.report_set);
            for kind in named.flat_map(|set| set.kinds()) {
                if newly_missing(*kind) {
                    problems.push(RegisterProblem::MissingDetailed {
                        affair: affair.clone(),
                        missing: *kind,
                    });
                }
            }
            // A stated result that requires more than what was filed.
            let stated = group
                .iter()
                .filter_map(|r| r.stated_threshold_result())
                .map(|s| s.required)
                .max();
            if let Some(stated) = stated {
                for &kind in stated.required_kinds() {
                    if newly_missing(kind) {
                        problems.push(RegisterProblem::FiledBelowStated {
                            affair: affair.clone(),
                            stated,
                            missing: kind,
                        });
                    }
                }
            }
            for r in group {
                match r.cover.ended_on() {
                    Err(e) => problems.push(RegisterProblem::UnreadableEndDate {
                        affair: affair.clone(),
                        error: e.to_string(),
                    }),
                    Ok(None) if r.publication_date().is_none() => {
                        problems.push(RegisterProblem::Undated {
                            affair: affair.clone(),
                            form: r.form(),
                        });
                    }
                    Ok(_) => {}
                }
            }
        }
        problems
    }

    /// How many obligations are [`Status::Overdue`].
    #[must_use]
    pub fn overdue(&self) -> usize {
        self.obligations
            .iter()
            .filter(|o| o.status == Status::Overdue)
            .count()
    }

    /// `N obligations, N overdue`: the summary line of `pia schedule`.
    #[must_use]
    pub fn summary(&self) -> String {
        format!(
            "{} obligations, {} overdue",
            self.obligations.len(),
            self.overdue()
        )
    }

    /// The body-wide rule of the 重大事故 (指針 第5の2): an incident concerning 特定個人情報
    /// anywhere in the 評価実施機関 within the past year raises the しきい値判断 of every 事務.
    /// For each 事務 of the register, the しきい値判断 is made again with 重大事故 発生あり
    /// ([`decide_partial`]); those whose required assessment rises are listed, with the last day
    /// a しきい値判断 counts the incident ([`SeriousIncident::within_past_year`]).
    ///
    /// The assessment without the incident is the stated result, or what the 対象人数 and
    /// 取扱者数 decide without an incident (the lower result when the bands cannot decide). A
    /// 事務 without 対象人数 cannot be judged: it is in [`IncidentEffects::undecided`]. The
    /// register is taken to be one body's ([`RegisterProblem::SeveralBodies`] warns otherwise).
    ///
    /// `None` when the last day is beyond the dates `chrono` represents.
    #[must_use]
    pub fn incident_effects(&self, incident: NaiveDate) -> Option<IncidentEffects> {
        let until = last_day_within_past_year(incident)?;
        let mut effects = IncidentEffects {
            incident,
            until,
            affected: Vec::new(),
            undecided: Vec::new(),
        };
        for entry in &self.entries {
            match entry.incident_effect(until) {
                Ok(effect) => effects.affected.extend(effect),
                Err(affair) => effects.undecided.push(affair),
            }
        }
        Some(effects)
    }

    /// The register with the body-wide effect of a 重大事故 on `incident` added: one
    /// [`ObligationKind::SeriousIncident`] obligation per affected 事務, due on the last day the
    /// incident counts (listed until then), and a [`RegisterProblem::IncidentUndecided`] for each
    /// 事務 that cannot be judged. Unchanged when that day is beyond the calendar.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::ReportBuilder;
    /// use mynumber_pia::schedule::{ObligationKind, Register};
    /// use mynumber_pia::threshold::SubjectCountBand;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let basic = ReportBuilder::new(AssessmentKind::Basic, "介護保険に関する事務")
    ///     .with_subject_count(SubjectCountBand::From10kTo100k)
    ///     .build();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let register = Register::new(&[basic], d(2025, 10, 1)).with_incident(d(2025, 10, 1));
    /// let o = register.obligations.iter().find(|o| o.kind == ObligationKind::SeriousIncident).unwrap();
    /// assert_eq!(o.due, d(2026, 10, 1));
    /// assert_eq!(o.source, "指針 第5の2");
    /// assert!(o.reason.to_string().ends_with("重点項目評価書が必要（指針 第5の2）"), "{}", o.reason);
    /// ```
    #[must_use]
    pub fn with_incident(mut self, incident: NaiveDate) -> Register {
        let Some(until) = last_day_within_past_year(incident) else {
            return self;
        };
        for entry in &mut self.entries {
            let effect = match entry.incident_effect(until) {
                Ok(Some(effect)) => effect,
                Ok(None) => continue,
                Err(affair) => {
                    self.problems
                        .push(RegisterProblem::IncidentUndecided { affair });
                    continue;
                }
            };
            let report = effect.report.clone();
            let due = Due {
                kind: ObligationKind::SeriousIncident,
                due: effect.until,
                from: Anchor::new(incident, Basis::Incident),
                detail: Detail::IncidentRaises(effect),
            };
            if !due.listed_on(self.as_of) {
                continue;
            }
            entry.next_due = Some(entry.next_due.map_or(due.due, |n| n.min(due.due)));
            self.obligations.push(due.obligation(self.as_of, report));
        }
        self.sort_obligations();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;
    use crate::report::ReportBuilder;

    #[test]
    fn the_stable_word_is_the_serde_tag() {
        let affair = || "「事務」".to_owned();
        let problems = [
            RegisterProblem::SeveralBodies { bodies: Vec::new() },
            RegisterProblem::NumberReused {
                number: "1".into(),
                affairs: Vec::new(),
            },
            RegisterProblem::AffairFiledTwice {
                affair: affair(),
                form: AssessmentKind::Basic,
            },
            RegisterProblem::AffairNumberedTwice {
                affair: affair(),
                numbers: Vec::new(),
            },
            RegisterProblem::MissingBasic {
                affair: affair(),
                form: AssessmentKind::Full,
            },
            RegisterProblem::MissingDetailed {
                affair: affair(),
                missing: AssessmentKind::Full,
            },
            RegisterProblem::FiledBelowStated {
                affair: affair(),
                stated: RequiredAssessment::BasicAndFull,
                missing: AssessmentKind::Full,
            },
            RegisterProblem::UnreadableEndDate {
                affair: affair(),
                error: String::new(),
            },
            RegisterProblem::Undated {
                affair: affair(),
                form: AssessmentKind::Basic,
            },
            RegisterProblem::IncidentUndecided { affair: affair() },
        ];
        let words: Vec<&str> = problems.iter().map(RegisterProblem::as_str).collect();
        assert_eq!(
            words,
            [
                "several-bodies",
                "number-reused",
                "affair-filed-twice",
                "affair-numbered-twice",
                "missing-basic",
                "missing-detailed",
                "filed-below-stated",
                "unreadable-end-date",
                "undated",
                "incident-undecided",
            ]
        );
        for p in &problems {
            let json = serde_json::to_value(p).expect("a problem serializes");
            assert_eq!(json["problem"], p.as_str());
        }
    }

    /// A 事務 is named by its name, else its 評価書名, else its 評価書番号, with its body.
    #[test]
    fn a_message_names_the_affair_by_what_it_has() {
        let entry = |affair: &str, title: Option<&str>, number: Option<&str>| RegisterEntry {
            number: number.map(str::to_owned),
            title: title.map(str::to_owned),
            affair: affair.to_owned(),
            body: Some("A市長".to_owned()),
            stated: None,
            reports: Vec::new(),
            published_on: None,
            next_due: None,
            ended_on: None,
            subject_count: None,
            handler_count: None,
        };
        let named = entry("介護保険に関する事務", Some("評価書"), Some("8"));
        assert_eq!(named.name(), "「介護保険に関する事務」（A市長）");
        assert_eq!(
            entry(" ", Some("評価書"), Some("8")).name(),
            "「評価書」（A市長）"
        );
        assert_eq!(
            entry("", None, Some("8")).name(),
            "評価書番号 8 の事務（A市長）"
        );
        let nameless = RegisterEntry {
            body: None,
            ..entry("", None, None)
        };
        assert_eq!(nameless.name(), "名称のない事務");
    }

    /// Every message as the register has always written it, ending with the check's source.
    #[test]
    fn every_message_ends_with_its_source() {
        let affair = || "「事務」（A市長）".to_owned();
        let cases = [
            (
                RegisterProblem::SeveralBodies {
                    bodies: vec!["A市長".into(), "B市長".into()],
                },
                "評価実施機関が1つではない（A市長、B市長）: 計画管理書は評価実施機関ごとに作る（指針 第5の1）",
            ),
            (
                RegisterProblem::NumberReused {
                    number: "8".into(),
                    affairs: vec!["「甲」".into(), "「乙」".into()],
                },
                "評価書番号 8 が2つ以上の事務に使われている: 「甲」、「乙」（指針 第5の1）",
            ),
            (
                RegisterProblem::AffairFiledTwice {
                    affair: affair(),
                    form: AssessmentKind::Basic,
                },
                "「事務」（A市長）の基礎項目評価書が2つ以上ある（整合性）",
            ),
            (
                RegisterProblem::AffairNumberedTwice {
                    affair: affair(),
                    numbers: vec!["1".into(), "2".into()],
                },
                "「事務」（A市長）の評価書の評価書番号が異なる（1、2）（指針 第5の1）",
            ),
            (
                RegisterProblem::MissingBasic {
                    affair: affair(),
                    form: AssessmentKind::Full,
                },
                "「事務」（A市長）の全項目評価書に、一緒に提出する基礎項目評価書がない（指針 第5の2）",
            ),
            (
                RegisterProblem::MissingDetailed {
                    affair: affair(),
                    missing: AssessmentKind::Focused,
                },
                "「事務」（A市長）の基礎項目評価書は提出する評価書に重点項目評価書を含める（Ⅳ1）が、重点項目評価書がない（様式）",
            ),
            (
                RegisterProblem::FiledBelowStated {
                    affair: affair(),
                    stated: RequiredAssessment::BasicAndFull,
                    missing: AssessmentKind::Full,
                },
                "「事務」（A市長）のしきい値判断結果は「基礎項目評価及び全項目評価の実施が義務付けられる」だが、全項目評価書がない（指針 第5の2）",
            ),
            (
                RegisterProblem::UnreadableEndDate {
                    affair: affair(),
                    error: "2月30日はありません".into(),
                },
                "「事務」（A市長）: 2月30日はありません（記載要領）",
            ),
            (
                RegisterProblem::Undated {
                    affair: affair(),
                    form: AssessmentKind::Basic,
                },
                "「事務」（A市長）の基礎項目評価書には公表日も基礎項目評価の実施日も変更日もなく、期限を数えられない（規則 第15条）",
            ),
            (
                RegisterProblem::IncidentUndecided { affair: affair() },
                "「事務」（A市長）は対象人数が分からず、重大事故でしきい値判断結果が上がるか判断できない（指針 第5の2）",
            ),
        ];
        for (problem, message) in cases {
            assert_eq!(problem.to_string(), message);
            assert!(message.ends_with(&format!("（{}）", problem.source())));
        }
    }

    #[test]
    fn what_the_basic_report_leaves_out_comes_from_another_report() {
        use crate::report::{DataSubjectBand, FileBlock, StaffCountBand};
        let affair = "介護保険に関する事務";
        let file = FileBlock::new("介護保険ファイル", DataSubjectBand::From100kTo1m)
            .with_user_count(StaffCountBand::AtLeast1000);
        let focused = ReportBuilder::new(AssessmentKind::Focused, affair)
            .with_file(file)
            .build();
        let mut basic = ReportBuilder::new(AssessmentKind::Basic, affair).build();
        if let Some(part) = basic.basic_mut() {
            part.threshold_items.handler_count = None;
        }
        let as_of = NaiveDate::from_ymd_opt(2025, 7, 1).expect("a date");
        let register = Register::new([&basic, &focused], as_of);
        // The 基礎 report states no 取扱者数: the bands of the 重点 report decide it.
        assert_eq!(
            register.entries[0].handler_count,
            Some(HandlerCountBand::AtLeast500)
        );
        // What the 基礎 report states comes first.
        let basic = ReportBuilder::new(AssessmentKind::Basic, affair)
            .with_threshold_inputs(HandlerCountBand::Under500, SeriousIncident::NotOccurred)
            .build();
        let register = Register::new([&focused, &basic], as_of);
        assert_eq!(
            register.entries[0].handler_count,
            Some(HandlerCountBand::Under500)
        );
    }

    #[test]
    fn a_body_of_white_space_names_no_body() {
        assert_eq!(name_key(None), None);
        assert_eq!(name_key(Some(" 　")), None);
        assert_eq!(name_key(Some("川口市 ")), name_key(Some("川口市")));
        let report = |body: Option<&str>| {
            let mut r = ReportBuilder::new(AssessmentKind::Basic, "介護保険に関する事務").build();
            r.cover.body = body.map(str::to_owned);
            r
        };
        let reports = [report(None), report(Some("　")), report(Some("川口市"))];
        let as_of = NaiveDate::from_ymd_opt(2025, 7, 1).expect("a date");
        let register = Register::new(&reports, as_of);
        assert_eq!(register.entries.len(), 2);
    }
}
