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
//! ## The layers, and how a report flows through them
//!
//! Each layer takes from the ones above it only; none reads a file, the network or the clock.
//!
//! ```text
//!   threshold      wareki        legal_basis         (the rules, dates and citations)
//!       \            |             /
//!        `---------- form --------'                  (the forms: items, labels, choices, revisions)
//!                     |
//!                   report                           (a 評価書 as typed data, JSON in and out)
//!          /      /      \       \
//!   validation  change  schedule  render             (what is read from one report or two)
//!          \      \      /       /
//!           `--- import, generate ---'               (reports made from outside text, or made up)
//! ```
//!
//! - [`threshold`]: the しきい値判断 (指針 第5の2): counts and bands in, the required assessment
//!   and its grounds out. [`wareki`]: 和暦 dates (令和6年12月6日, R6.12.6, 平成十一年…) parsed,
//!   checked and written. [`legal_basis`]: a 法令上の根拠 parsed into citations. These three take
//!   text and numbers, and nothing of the crate.
//! - [`form`]: the forms stated once: every item's number, label, ※ mark, ＜選択肢＞ and box
//!   list, the chapters and their headings, and the revisions of the 様式 with their differences
//!   ([`form::FormRevision`]). It takes [`threshold`]'s kinds of assessment and [`wareki`]'s
//!   months; every layer below reads the forms from it.
//! - [`report`]: the three forms as typed data, JSON in and out; its items and choices are
//!   [`form`]'s, its counts are [`threshold`]'s,
//!   its dates [`wareki`]'s, its 法令上の根拠 [`legal_basis`]'s. [`samples`] embeds four real
//!   published 評価書 as reports.
//! - Reading a report: [`validation`] ([`validate`]) raises the findings a PPC reviewer would,
//!   using the [`threshold`] decision and the [`legal_basis`] citations; [`change`] compares two
//!   versions, judges each change 重要な変更 or not and writes the 変更箇所 rows; [`schedule`]
//!   lists the dated duties of reports and of the body's register (計画管理書, 様式1), with an
//!   iCalendar export; [`render`] prints a report as its form (様式, 令和6年10月), HTML for A4 or
//!   Markdown. Each takes a [`Report`] (and a date the caller passes in).
//! - Making reports: [`import`] reads the text of a published 評価書 (PDF text, HTML, Markdown;
//!   the PDF itself with feature `pdf`) into a draft [`Report`] with a trace of where each value
//!   came from, through [`form`]'s labels of every revision and the parsers above; [`generate`] makes valid
//!   reports from a scenario and a seed (checked by [`validation`]) and the same reports with one
//!   deliberate defect. `fixtures` (feature `proptest`) has proptest strategies built on them.
//! - [`visible`]: the one rule for showing text on a line (control and bidi characters escaped),
//!   used by every message of the crate and by the `pia` command line.
//!
//! A typical flow: [`import`] a published text (or load a report's JSON), [`validate`] it,
//! [`change::compare`] it with its previous version, [`schedule`] its duties, and [`render`] it
//! as the form. The `pia` command line (feature `cli`, source in `cli/`) runs each step.
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
pub mod visible;
pub mod wareki;

#[cfg(feature = "proptest")]
pub mod fixtures;

pub use interval::{EmptyIntervalError, Interval, Relation};
pub use label::{Choice, ParseChoiceError, ParseWordError, normalize_label};
#[cfg(feature = "json")]
pub use report::LoadError;
pub use report::Report;
pub use samples::Sample;
pub use threshold::AssessmentKind;
pub use validation::{Finding, Severity, ValidationReport, validate};
/// Moved to [`visible`]; kept at the root so that code written before still builds.
#[doc(hidden)]
pub use visible::{Visible, is_unsafe_char};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
