//! The real 評価書 transcribed as JSON and embedded in the crate: load them without any I/O.
//!
//! The four samples are faithful transcriptions of published reports (facts exact, free text
//! shortened into our own words): 江戸川区 国民健康保険 全項目評価書, 川口市 後期高齢者医療
//! 重点項目評価書, 熊谷市 国民健康保険 基礎項目評価書 and 松戸市 後期高齢者医療制度 重点項目評価書.
//!
//! ```
//! use mynumber_pia::samples::Sample;
//! use mynumber_pia::AssessmentKind;
//!
//! let report = Sample::EdogawaFull.load()?;
//! assert_eq!(report.form(), AssessmentKind::Full);
//! for &sample in Sample::ALL {
//!     assert_eq!(sample.load()?.form(), sample.form());
//! }
//! # Ok::<(), mynumber_pia::report::LoadError>(())
//! ```

use crate::AssessmentKind;
use crate::label::ParseWordError;
#[cfg(feature = "json")]
use crate::report::{LoadError, Report};

/// One of the embedded real reports.
#[doc(alias = "サンプル")]
#[doc(alias = "評価書の例")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray)]
#[non_exhaustive]
pub enum Sample {
    /// 東京都江戸川区長「国民健康保険に関する事務　全項目評価書」 (公表 令和6年12月6日).
    EdogawaFull,
    /// 埼玉県川口市長「後期高齢者医療に関する事務　重点項目評価書」 (公表 令和7年12月26日).
    KawaguchiFocused,
    /// 熊谷市長「国民健康保険に関する事務　基礎項目評価書」 (公表 令和7年5月30日).
    KumagayaBasic,
    /// 「松戸市　後期高齢者医療制度に関する事務　重点項目評価書」 (評価書番号 7; the text it was
    /// transcribed from has lost the cover's 評価実施機関名 and 公表日; its last 変更箇所 row is of
    /// 令和3年7月26日). Its 情報連携 basis is in two parts, 情報提供 「なし」.
    MatsudoFocused,
}

impl Sample {
    /// Every sample, 全項目 first.
    pub const ALL: &'static [Sample] = <Sample as strum::VariantArray>::VARIANTS;

    /// The sample's row of one table: its fixture file and the file's embedded text, its short
    /// name, its label and its form.
    const fn row(self) -> Row {
        /// The match of the samples' rows, each fixture file named once for its name and text.
        macro_rules! table {
            ($sample:expr; $($variant:ident, $file:literal, $name:literal, $form:ident, $label:literal;)+) => {
                match $sample {
                    $(Sample::$variant => Row {
                        file: $file,
                        json: include_str!(concat!("../tests/fixtures/", $file)),
                        name: $name,
                        label: $label,
                        form: AssessmentKind::$form,
                    },)+
                }
            };
        }
        table! { self;
            EdogawaFull, "seed-000-edogawa-full.json", "edogawa-full", Full, "江戸川区 国民健康保険に関する事務 全項目評価書（令和6年12月6日公表）";
            KawaguchiFocused, "seed-002-kawaguchi-focused.json", "kawaguchi-focused", Focused, "川口市 後期高齢者医療に関する事務 重点項目評価書（令和7年12月26日公表）";
            KumagayaBasic, "seed-003-kumagaya-basic.json", "kumagaya-basic", Basic, "熊谷市 国民健康保険に関する事務 基礎項目評価書（令和7年5月30日公表）";
            MatsudoFocused, "seed-004-matsudo-focused.json", "matsudo-focused", Focused, "松戸市 後期高齢者医療制度に関する事務 重点項目評価書（評価書番号7、公表日不明）";
        }
    }

    /// The JSON text, as embedded: exactly what [`Report::to_json`] writes for it, with a final
    /// newline.
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    ///
    /// assert!(Sample::EdogawaFull.json().starts_with("{\n  \"schema_version\": 2,"));
    /// ```
    #[must_use]
    pub const fn json(self) -> &'static str {
        self.row().json
    }

    /// The name of the fixture file in the crate's `tests/fixtures/` directory, e.g.
    /// `seed-000-edogawa-full.json`.
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    ///
    /// assert_eq!(Sample::KumagayaBasic.file_name(), "seed-003-kumagaya-basic.json");
    /// ```
    #[must_use]
    pub const fn file_name(self) -> &'static str {
        self.row().file
    }

    /// Loads the report.
    ///
    /// # Errors
    ///
    /// Only if the embedded text does not match the model (a test guards against it).
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    ///
    /// let r = Sample::KawaguchiFocused.load()?;
    /// assert_eq!(r.cover.body.as_deref(), Some("埼玉県川口市長"));
    /// # Ok::<(), mynumber_pia::LoadError>(())
    /// ```
    #[cfg(feature = "json")]
    #[cfg_attr(docsrs, doc(cfg(feature = "json")))]
    pub fn load(self) -> Result<Report, LoadError> {
        Report::from_json(self.json())
    }

    /// The stable short name, e.g. `edogawa-full` ([`FromStr`](std::str::FromStr) reads it back).
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    ///
    /// assert_eq!(Sample::EdogawaFull.as_str(), "edogawa-full");
    /// assert_eq!("kumagaya-basic".parse(), Ok(Sample::KumagayaBasic));
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.row().name
    }

    /// What the report is, in Japanese: body, 事務, form and 公表日.
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    ///
    /// assert!(Sample::KawaguchiFocused.label().starts_with("川口市"));
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        self.row().label
    }

    /// The form of the report.
    ///
    /// ```
    /// use mynumber_pia::samples::Sample;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(Sample::KumagayaBasic.form(), AssessmentKind::Basic);
    /// ```
    #[must_use]
    pub const fn form(self) -> AssessmentKind {
        self.row().form
    }
}

/// What the table of samples ([`Sample::row`]) says of one sample.
struct Row {
    /// The name of the fixture file in `tests/fixtures/`.
    file: &'static str,
    /// The file's text, embedded.
    json: &'static str,
    /// The stable short name.
    name: &'static str,
    /// What the report is, in Japanese.
    label: &'static str,
    /// The form of the report.
    form: AssessmentKind,
}

/// Reads a sample's [`as_str`](Sample::as_str); any other name is a [`ParseWordError`] that
/// lists every name.
///
/// ```
/// use mynumber_pia::samples::Sample;
///
/// let err = "tokyo".parse::<Sample>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "「tokyo」はサンプルの名前ではありません（受け付ける値: edogawa-full / kawaguchi-focused / kumagaya-basic / matsudo-focused）"
/// );
/// assert_eq!(err.accepted(), Sample::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>());
/// ```
impl std::str::FromStr for Sample {
    type Err = ParseWordError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let names = Sample::ALL.iter().map(|sample| sample.as_str());
        Sample::ALL
            .iter()
            .copied()
            .find(|sample| sample.as_str() == s.trim())
            .ok_or_else(|| ParseWordError::new("サンプルの名前", s, names.collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_loads_as_its_form() {
        for &s in Sample::ALL {
            let r = s.load().unwrap_or_else(|e| panic!("{}: {e}", s.as_str()));
            assert_eq!(r.form(), s.form());
            assert_eq!(s.as_str().parse(), Ok(s));
            assert!(
                <crate::AssessmentKind as crate::Choice>::ALL
                    .iter()
                    .any(|f| s.label().contains(f.document_name()))
            );
        }
    }
}
