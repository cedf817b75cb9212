//! # mynumber-pia: the My Number privacy impact assessment as typed data
//!
//! Japan's My Number Act (番号法) requires every body that keeps a file containing My Numbers
//! (a 特定個人情報ファイル, *SPI file*) to assess the privacy risks before holding it and to
//! publish the result as a 特定個人情報保護評価書 (*assessment report*). The unit of assessment is
//! one 事務 (*affair*, e.g. 国民健康保険に関する事務); the body doing it is the 評価実施機関
//! (*assessing body*, e.g. 熊谷市長). The Personal Information Protection Commission
//! ([個人情報保護委員会](https://www.ppc.go.jp/), PPC) sets the rules in the 特定個人情報保護評価に関する規則
//! (*規則*) and the 特定個人情報保護評価指針 (*指針*), and publishes the forms (様式).
//!
//! There are three assessments, each with its form: 基礎項目評価 (*basic*, 様式2),
//! 重点項目評価 (*focused*, 様式3) and 全項目評価 (*full*, 様式4). Which of them a 事務 must
//! undergo is the しきい値判断 (*threshold determination*, 指針 第5の2): it follows from the number
//! of people in the files (対象人数), the number of people handling them (取扱者数) and whether
//! a serious incident (重大事故) happened in the past year. A 重点 or 全項目 report is always filed
//! together with a 基礎項目評価書.
//!
//! This crate is a pure library: it reads no files, no network and no clock. Callers pass dates
//! in.
//!
//! ## Modules
//!
//! - [`threshold`]: the しきい値判断, exact to the 規則 and the forms' labels.
//! - [`wareki`]: 和暦 dates (令和6年12月6日, R6.12.6, 平成十一年…): parse, check, format.
//! - [`legal_basis`]: 法令上の根拠, parsed into structured citations.
//! - [`report`]: the three forms as typed data, with JSON and the real documents as fixtures.
//! - [`validation`]: findings on a report ([`validate`]), as the PPC's reviewers would raise them.
//! - [`change`]: two versions of a report compared, each change judged 重要な変更 or not, the
//!   変更箇所 rows written, and what must happen next (再実施, しきい値判断).
//! - [`samples`]: four real published 評価書 (全項目, two 重点, 基礎), transcribed and embedded.
//! - [`render`]: any report as the form (様式, 令和6年10月): one standalone HTML document for A4,
//!   or Markdown.
//! - [`schedule`]: the dated duties of each report (再実施, 見直し, …) and the body's register of
//!   its 事務 (計画管理書, 様式1), with an iCalendar export.
//! - [`generate`]: reports on demand from a scenario and a seed, valid by construction, and the
//!   same reports with one deliberate defect and its expected finding.
//! - `fixtures` (feature `proptest`): proptest strategies that generate realistic reports.
//!
//! ## A report in a few lines
//!
//! ```
//! use mynumber_pia::{Report, Sample};
//!
//! // 江戸川区 国民健康保険 全項目評価書 (公表 令和6年12月6日), embedded: no I/O.
//! let report: Report = Sample::EdogawaFull.load()?;
//! assert_eq!(report.systems.len(), 14);
//! assert_eq!(report.files.len(), 3);
//! let json = report.to_json();
//! assert_eq!(Report::from_json(&json)?, report);
//!
//! // Judge it as a reviewer would, against a date the caller passes in.
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
//! let findings = mynumber_pia::validate(&report, today);
//! assert!(!findings.has_errors());
//! # Ok::<(), mynumber_pia::LoadError>(())
//! ```
//!
//! ## Choice labels
//!
//! Every ＜選択肢＞ list is an enum whose `Display` and serde form is the label exactly as the form
//! prints it (serde reads exactly it, as the JSON Schema lists it), and whose `FromStr` accepts
//! real-world spellings (full-width digits, `1)`/`1）`
//! prefixes, `[ ]` checkboxes, stray spaces, `1000` for `1,000`); see [`normalize_label`].
//!
//! ```
//! use mynumber_pia::threshold::SubjectCountBand;
//!
//! let band: SubjectCountBand = "１０万人以上３０万人未満".parse()?;
//! assert_eq!(band.to_string(), "10万人以上30万人未満");
//! # Ok::<(), mynumber_pia::ParseChoiceError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::todo,
        clippy::unimplemented,
        clippy::unreachable
    )
)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod interval;
mod label;
mod numeral;
mod setters;

pub mod change;
pub mod form;
pub mod generate;
pub mod import;
pub mod legal_basis;
pub mod render;
pub mod report;
pub mod samples;
pub mod schedule;
pub mod threshold;
pub mod validation;
pub mod wareki;

#[cfg(feature = "proptest")]
pub mod fixtures;

pub use interval::{EmptyIntervalError, Interval, Relation};
pub use label::{
    Choice, ParseChoiceError, ParseWordError, Visible, is_unsafe_char, normalize_label,
};
#[cfg(feature = "json")]
pub use report::LoadError;
pub use report::Report;
pub use samples::Sample;
pub use threshold::AssessmentKind;
pub use validation::{Finding, Severity, ValidationReport, validate};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
