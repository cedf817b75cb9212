//! [`Severity`]: how serious a finding is.

crate::label::text_enum! {
    /// How serious a [`Finding`](super::Finding) is.
    ///
    /// - [`Severity::Error`]: a rule of the 規則, the 指針, 番号法 or the form (様式) is broken; the
    ///   PPC would send the report back.
    /// - [`Severity::Warning`]: a likely mistake or an inconsistency inside the report (real
    ///   published reports have some); a careful officer would look at it before filing.
    /// - [`Severity::Info`]: worth knowing, nothing to fix (a voluntary higher assessment, a
    ///   re-assessment falling due, a figure that the bands cannot decide).
    ///
    /// Ordered from least to most serious, so `Severity::Info < Severity::Error`. The key
    /// ([`as_str`](Self::as_str)) is the lower-case English word the command line prints (and
    /// `Display` writes), the label the Japanese word (`エラー`, `警告`, `情報`); `FromStr` reads
    /// either.
    ///
    /// ```
    /// use mynumber_pia::validation::Severity;
    ///
    /// assert_eq!(Severity::Error.to_string(), "error");
    /// assert_eq!("warning".parse(), Ok(Severity::Warning));
    /// assert_eq!("警告".parse(), Ok(Severity::Warning));
    /// assert_eq!(Severity::Warning.label(), "警告");
    /// assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
    /// ```
    #[doc(alias = "重大度")]
    pub enum Severity: "重大度", shown as key {
        /// Worth knowing; nothing to fix.
        Info => "info", "情報";
        /// A likely mistake or an inconsistency.
        Warning => "warning", "警告";
        /// A rule of the 規則, 指針, 番号法 or the form is broken.
        Error => "error", "エラー";
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
