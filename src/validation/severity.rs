//! [`Severity`]: how serious a finding is.

use std::str::FromStr;

/// How serious a [`Finding`](super::Finding) is.
///
/// - [`Severity::Error`]: a rule of the 規則, the 指針, 番号法 or the form (様式) is broken; the
///   PPC would send the report back.
/// - [`Severity::Warning`]: a likely mistake or an inconsistency inside the report (real
///   published reports have some); a careful officer would look at it before filing.
/// - [`Severity::Info`]: worth knowing, nothing to fix (a voluntary higher assessment, a
///   re-assessment falling due, a figure that the bands cannot decide).
///
/// Ordered from least to most serious, so `Severity::Info < Severity::Error`.
///
/// ```
/// use mynumber_pia::validation::Severity;
///
/// assert_eq!(Severity::Error.to_string(), "error");
/// assert_eq!("warning".parse(), Ok(Severity::Warning));
/// assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
/// ```
#[doc(alias = "重大度")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// A likely mistake or an inconsistency.
    Warning,
    /// A rule of the 規則, 指針, 番号法 or the form is broken.
    Error,
}

impl Severity {
    /// Every severity, from most to least serious.
    pub const ALL: &'static [Severity] = &[Severity::Error, Severity::Warning, Severity::Info];

    /// The lower-case English word printed by the command line: `error`, `warning`, `info`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The Japanese word: `エラー`, `警告`, `情報`.
    ///
    /// ```
    /// use mynumber_pia::validation::Severity;
    ///
    /// assert_eq!(Severity::Warning.label(), "警告");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Severity::Error => "エラー",
            Severity::Warning => "警告",
            Severity::Info => "情報",
        }
    }
}

/// A text that is not a severity name (`error`, `warning`, `info`).
#[doc(alias = "重大度エラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{}」は重大度ではありません（受け付ける値: {}）", crate::label::Quoted(.0), severity_names())]
pub struct ParseSeverityError(String);

/// The names [`Severity`]'s `FromStr` accepts, from [`Severity::ALL`].
fn severity_names() -> String {
    let names: Vec<&str> = Severity::ALL.iter().map(|s| s.as_str()).collect();
    names.join(" / ")
}

impl FromStr for Severity {
    type Err = ParseSeverityError;

    /// Reads the English word or the Japanese one.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Severity::ALL
            .iter()
            .copied()
            .find(|v| v.as_str() == wanted || v.label() == wanted)
            .ok_or_else(|| ParseSeverityError(wanted.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Code;

    #[test]
    fn severity_round_trips_and_orders() {
        for &s in Severity::ALL {
            assert_eq!(s.as_str().parse::<Severity>().unwrap(), s);
            assert_eq!(s.label().parse::<Severity>().unwrap(), s);
        }
        assert!(Severity::Error > Severity::Warning);
        assert!("fatal".parse::<Severity>().is_err());
        // Display honours width, so the command line can align its columns.
        assert_eq!(
            format!("{:<7}|{:>6}", Severity::Info, Code::EntrustmentCycle),
            "info   | EN008"
        );
        assert_eq!(serde_json::to_value(Severity::Info).unwrap(), "info");
    }
}
