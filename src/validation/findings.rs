//! The result of validating a report: its findings, counted by severity.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::code::Code;
use super::finding::Finding;
use super::severity::Severity;

/// Every [`Finding`] on one report, family by family and in the order of the form within each,
/// with counts by severity.
///
/// ```
/// use chrono::NaiveDate;
/// use mynumber_pia::report::ItemPath;
/// use mynumber_pia::validation::{Code, Finding, Severity, ValidationReport};
///
/// let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
/// let mut report = ValidationReport::new(today);
/// assert!(!report.has_errors());
/// report.push(Finding::new(Code::VoluntaryAssessment, ItemPath::root(), "Ⅵ１②", "任意に全項目評価"));
/// report.push(Finding::new(Code::EntrustmentCycle, ItemPath::root(), "Ⅱ４", "循環"));
/// assert!(report.has_errors());
/// assert_eq!(report.count(Severity::Info), 1);
/// assert_eq!(report.summary(), "1 errors, 0 warnings, 1 infos");
/// assert_eq!(report.with_code(Code::EntrustmentCycle).count(), 1);
/// assert_eq!(report.iter().map(|f| f.code().as_str()).collect::<Vec<_>>(), ["TH003", "EN008"]);
/// ```
#[doc(alias = "検証結果")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidationReport {
    reference_date: NaiveDate,
    findings: Vec<Finding>,
}

impl ValidationReport {
    /// An empty result for a validation run against `reference_date`.
    #[must_use]
    pub fn new(reference_date: NaiveDate) -> Self {
        ValidationReport {
            reference_date,
            findings: Vec::new(),
        }
    }

    /// The date the time checks were made against.
    #[must_use]
    pub fn reference_date(&self) -> NaiveDate {
        self.reference_date
    }

    /// Adds a finding at the end.
    pub fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// Every finding, in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, Finding> {
        self.findings.iter()
    }

    /// Every finding, as a slice, in the order found.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The number of findings of `severity`.
    #[must_use]
    pub fn count(&self, severity: Severity) -> usize {
        self.with_severity(severity).count()
    }

    /// Whether any finding is an error: the report breaks a rule and would be sent back.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.with_severity(Severity::Error).next().is_some()
    }

    /// The findings of `severity`.
    pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &Finding> + '_ {
        self.findings
            .iter()
            .filter(move |f| f.severity() == severity)
    }

    /// The findings of `code`.
    pub fn with_code(&self, code: Code) -> impl Iterator<Item = &Finding> + '_ {
        self.findings.iter().filter(move |f| f.code() == code)
    }

    /// The codes found, each once, in code order.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::Report;
    /// use mynumber_pia::AssessmentKind;
    /// use mynumber_pia::validation::{Code, Severity, validate};
    ///
    /// let mut report = Report::example(AssessmentKind::Full);
    /// report.files[0].entrustment_count = Some(3);
    /// report.cover.approval_date = NaiveDate::from_ymd_opt(2025, 6, 20);
    /// let result = validate(&report, NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
    /// assert_eq!(result.codes(), [Code::EntrustmentCountMismatch, Code::ApprovalByLocalGovernment]);
    /// assert_eq!(result.with_severity(Severity::Error).count(), 1);
    /// ```
    #[must_use]
    pub fn codes(&self) -> Vec<Code> {
        let mut codes: Vec<Code> = self.findings.iter().map(Finding::code).collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }

    /// `N errors, N warnings, N infos`: the summary line of the command line.
    #[must_use]
    pub fn summary(&self) -> String {
        format!(
            "{} errors, {} warnings, {} infos",
            self.count(Severity::Error),
            self.count(Severity::Warning),
            self.count(Severity::Info)
        )
    }
}

/// One line per finding, then the summary line.
impl fmt::Display for ValidationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        f.write_str(&self.summary())
    }
}

impl<'a> IntoIterator for &'a ValidationReport {
    type Item = &'a Finding;
    type IntoIter = std::slice::Iter<'a, Finding>;

    fn into_iter(self) -> Self::IntoIter {
        self.findings.iter()
    }
}

impl IntoIterator for ValidationReport {
    type Item = Finding;
    type IntoIter = std::vec::IntoIter<Finding>;

    fn into_iter(self) -> Self::IntoIter {
        self.findings.into_iter()
    }
}

impl Extend<Finding> for ValidationReport {
    fn extend<I: IntoIterator<Item = Finding>>(&mut self, iter: I) {
        self.findings.extend(iter);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ItemPath;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
    }

    #[test]
    fn counts_and_display() {
        let mut r = ValidationReport::new(day());
        assert_eq!(r.to_string(), "0 errors, 0 warnings, 0 infos");
        r.extend([
            Finding::new(
                Code::ProvisionCountMismatch,
                ItemPath::root().field("files").index(0),
                "Ⅱ５",
                "件数",
            ),
            Finding::new(
                Code::ProvisionCountMismatch,
                ItemPath::root(),
                "Ⅱ５",
                "件数",
            ),
        ]);
        assert_eq!(r.findings().len(), 2);
        assert!(!r.has_errors());
        assert_eq!(r.codes(), [Code::ProvisionCountMismatch]);
        assert_eq!(
            r.to_string(),
            "warning PV001 files[0]: 件数\nwarning PV001 $: 件数\n0 errors, 2 warnings, 0 infos"
        );
        assert_eq!(r.with_severity(Severity::Warning).count(), 2);
        assert_eq!((&r).into_iter().count(), 2);
        assert_eq!(r.reference_date(), day());
        assert_eq!(r.into_iter().count(), 2);
    }

    #[test]
    fn results_round_trip_through_json() {
        for &sample in crate::Sample::ALL {
            let report = sample.load().unwrap();
            for today in [day(), NaiveDate::from_ymd_opt(2031, 1, 1).unwrap()] {
                let result = crate::validate(&report, today);
                let json = serde_json::to_string(&result).unwrap();
                let back: ValidationReport = serde_json::from_str(&json).unwrap();
                assert_eq!(back, result, "{}", sample.label());
            }
        }
        for &code in Code::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{code}\""));
            assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), code);
        }
        for &severity in Severity::ALL {
            let json = serde_json::to_string(&severity).unwrap();
            assert_eq!(serde_json::from_str::<Severity>(&json).unwrap(), severity);
        }
    }

    #[test]
    fn a_finding_whose_severity_or_source_disagrees_with_its_code_does_not_load() {
        let f = Finding::new(
            Code::ProvisionCountMismatch,
            ItemPath::root(),
            "Ⅱ５",
            "件数",
        );
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(json["severity"], "warning");
        assert_eq!(serde_json::from_value::<Finding>(json.clone()).unwrap(), f);
        let mut wrong = json.clone();
        wrong["severity"] = "error".into();
        let err = serde_json::from_value::<Finding>(wrong).unwrap_err();
        assert!(err.to_string().contains("PV001"), "{err}");
        let mut wrong = json;
        wrong["source"] = "規則 第99条".into();
        assert!(serde_json::from_value::<Finding>(wrong).is_err());
        assert!(serde_json::from_str::<Code>("\"XX999\"").is_err());
    }
}
