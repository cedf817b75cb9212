//! Helpers shared by the unit tests of the checks.

use chrono::NaiveDate;

use super::{Code, ValidationReport, validate};
use crate::AssessmentKind;
use crate::report::{DataSubjectBand, FileBlock, Report, ReportBuilder};

/// A date.
pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The reference date of the unit tests: after the examples' 公表日 (2025-06-30), before any
/// 5-year date.
pub(crate) fn today() -> NaiveDate {
    d(2025, 7, 1)
}

/// `report` validated on [`today`].
pub(crate) fn check(report: &Report) -> ValidationReport {
    validate(report, today())
}

/// The codes found in `report` on [`today`].
pub(crate) fn codes(report: &Report) -> Vec<Code> {
    check(report).codes()
}

/// Whether validating `report` on `day` finds `code`.
pub(crate) fn finds(report: &Report, day: NaiveDate, code: Code) -> bool {
    validate(report, day).with_code(code).next().is_some()
}

/// A file block with nothing but its name and 本人の数.
pub(crate) fn block() -> FileBlock {
    FileBlock::new("ファイル", DataSubjectBand::From100kTo1m)
}

/// A 全項目 report with `block` as its only file.
pub(crate) fn with_block(block: FileBlock) -> Report {
    ReportBuilder::new(AssessmentKind::Full, "事務")
        .with_files(vec![block])
        .build()
}
