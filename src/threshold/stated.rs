//! The しきい値判断結果 as a form states it, with the voluntary-assessment suffix.

use crate::AssessmentKind;
use std::fmt;
use std::str::FromStr;

use super::RequiredAssessment;
use crate::label::{
    Choice, INVALID, ParseChoiceError, deserialize_text, normalize_label, serde_as_text,
};

/// The しきい値判断結果 exactly as a form prints it: the required assessment, and where the
/// report was filed above what is required, the assessment done voluntarily.
///
/// The 基礎項目評価書 (Ⅲ) prints only the required result. The 重点項目評価書 (Ⅴ1②) and the
/// 全項目評価書 (Ⅵ1②) add 「（任意に重点項目評価を実施）」 or 「（任意に全項目評価を実施）」 when the
/// report is more than the 規則 requires (指針 第5の2: a higher assessment may always be done).
///
/// ```
/// use mynumber_pia::threshold::{RequiredAssessment, StatedThresholdResult};
/// use mynumber_pia::AssessmentKind;
///
/// let r: StatedThresholdResult =
///     "基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）".parse()?;
/// assert_eq!(r.required, RequiredAssessment::Basic);
/// assert_eq!(r.voluntary, Some(AssessmentKind::Full));
/// assert_eq!(
///     StatedThresholdResult::required(RequiredAssessment::BasicAndFull).to_string(),
///     "基礎項目評価及び全項目評価の実施が義務付けられる"
/// );
/// // serde writes and reads the label.
/// let json = serde_json::to_string(&r).unwrap();
/// assert_eq!(json, r#""基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）""#);
/// assert_eq!(serde_json::from_str::<StatedThresholdResult>(&json).unwrap(), r);
/// # Ok::<(), mynumber_pia::ParseChoiceError>(())
/// ```
#[doc(alias = "しきい値判断結果")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct StatedThresholdResult {
    /// What the 規則 requires.
    pub required: RequiredAssessment,
    /// The assessment done voluntarily above the requirement, if the label says so.
    pub voluntary: Option<AssessmentKind>,
}

impl StatedThresholdResult {
    /// Every label a form may print, in form order: the four results (基礎項目評価書 Ⅲ), then
    /// the voluntary variants (重点 Ⅴ1②, 全項目 Ⅵ1②).
    ///
    /// ```
    /// use mynumber_pia::threshold::StatedThresholdResult;
    ///
    /// assert_eq!(StatedThresholdResult::LABELS.len(), 9);
    /// for label in StatedThresholdResult::LABELS {
    ///     assert_eq!(label.parse::<StatedThresholdResult>()?.to_string(), *label);
    /// }
    /// # Ok::<(), mynumber_pia::ParseChoiceError>(())
    /// ```
    pub const LABELS: &'static [&'static str] = super::labels::STATED_LABELS;

    /// The result without a voluntary suffix, as a 基礎項目評価書 (Ⅲ) prints it.
    ///
    /// ```
    /// use mynumber_pia::threshold::{RequiredAssessment, StatedThresholdResult};
    ///
    /// let s = StatedThresholdResult::required(RequiredAssessment::Basic);
    /// assert_eq!(s.voluntary, None);
    /// assert!(StatedThresholdResult::LABELS.contains(&s.to_string().as_str()));
    /// ```
    #[must_use]
    pub const fn required(required: RequiredAssessment) -> Self {
        StatedThresholdResult {
            required,
            voluntary: None,
        }
    }

    /// The result with the assessment done voluntarily above it, as a 重点項目評価書 (Ⅴ1②) or a
    /// 全項目評価書 (Ⅵ1②) prints it: 「（任意に…を実施）」.
    ///
    /// Any kind is accepted, as a transcription must keep what the report prints; whether it fits
    /// the report's form is for validation to say ([`RequiredAssessment::stated_in`] gives what
    /// each form should print).
    ///
    /// ```
    /// use mynumber_pia::threshold::{RequiredAssessment, StatedThresholdResult};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let s = StatedThresholdResult::required(RequiredAssessment::Basic)
    ///     .with_voluntary(AssessmentKind::Focused);
    /// assert_eq!(s.to_string(), "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）");
    /// assert_eq!(Some(s), RequiredAssessment::Basic.stated_in(AssessmentKind::Focused));
    /// ```
    #[must_use]
    pub const fn with_voluntary(self, kind: AssessmentKind) -> Self {
        StatedThresholdResult {
            voluntary: Some(kind),
            ..self
        }
    }
}

impl fmt::Display for StatedThresholdResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.required.label())?;
        if let Some(kind) = self.voluntary {
            write!(f, "（任意に{}を実施）", kind.label())?;
        }
        Ok(())
    }
}

impl FromStr for StatedThresholdResult {
    type Err = ParseChoiceError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Fast path: a result without a voluntary part, written as the form prints it.
        if let Some(&required) = RequiredAssessment::ALL.iter().find(|r| r.label() == s) {
            return Ok(StatedThresholdResult::required(required));
        }
        let n = normalize_label(s);
        let err = || ParseChoiceError::new(RequiredAssessment::LIST_LABEL, s, Self::LABELS);
        let (head, voluntary) = match n.strip_suffix("を実施)") {
            Some(rest) => {
                let (head, kind) = rest.rsplit_once("(任意に").ok_or_else(err)?;
                (
                    head,
                    Some(kind.parse::<AssessmentKind>().map_err(|_| err())?),
                )
            }
            None => (n.as_str(), None),
        };
        let required = head.parse::<RequiredAssessment>().map_err(|_| err())?;
        Ok(StatedThresholdResult {
            required,
            voluntary,
        })
    }
}

serde_as_text!(StatedThresholdResult);

/// Read from the text exactly as [`Display`](fmt::Display) writes it (the JSON Schema of the
/// report lists every such text); the lenient spellings are for [`FromStr`].
impl<'de> serde::Deserialize<'de> for StatedThresholdResult {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_text(
            d,
            |f| {
                f.write_str(
                    "しきい値判断結果（例: \"基礎項目評価及び全項目評価の実施が義務付けられる\"）",
                )
            },
            |v| match v.parse::<StatedThresholdResult>() {
                Ok(result) if result.to_string() == v => Ok(result),
                _ => Err(INVALID),
            },
        )
    }
}

impl StatedThresholdResult {
    /// Every result the crate reads and writes, as [`Display`](fmt::Display) writes it: the nine
    /// a form prints ([`LABELS`](Self::LABELS)) first, then the other pairings of a result with a
    /// 「（任意に…を実施）」 suffix.
    #[cfg(feature = "schema")]
    fn texts() -> Vec<String> {
        let mut texts: Vec<String> = Self::LABELS.iter().map(|&l| l.to_owned()).collect();
        for &required in RequiredAssessment::ALL {
            for &kind in AssessmentKind::ALL {
                let text = Self::required(required).with_voluntary(kind).to_string();
                if !texts.contains(&text) {
                    texts.push(text);
                }
            }
        }
        texts
    }
}

crate::label::schema_by_hand! {
    /// The schema: an enum of every text (see the `Deserialize` implementation).
    StatedThresholdResult, "StatedThresholdResult", false, |_| {
        schemars::json_schema!({ "enum": Self::texts() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `with_voluntary` sets the 任意 part (mutation testing: only a doctest read it).
    #[test]
    fn with_voluntary_sets_the_voluntary_assessment() {
        let s = StatedThresholdResult::required(RequiredAssessment::Basic)
            .with_voluntary(AssessmentKind::Full);
        assert_eq!(s.voluntary, Some(AssessmentKind::Full));
        assert_eq!(s.required, RequiredAssessment::Basic);
    }

    #[test]
    fn every_label_round_trips() {
        for label in StatedThresholdResult::LABELS {
            let parsed: StatedThresholdResult = label.parse().unwrap();
            assert_eq!(parsed.to_string(), *label);
        }
    }

    #[test]
    fn every_label_round_trips_through_serde() {
        for label in StatedThresholdResult::LABELS {
            let parsed: StatedThresholdResult = label.parse().unwrap();
            let json = serde_json::to_string(&parsed).unwrap();
            assert_eq!(json, format!("\"{label}\""));
            assert_eq!(
                serde_json::from_str::<StatedThresholdResult>(&json).unwrap(),
                parsed
            );
        }
    }

    /// serde reads only the text as the form prints it: a lenient spelling that `FromStr` takes,
    /// or a number, is refused with the words of the JSON Schema's example.
    #[test]
    fn serde_refuses_all_but_the_printed_text() {
        let expecting =
            "しきい値判断結果（例: \"基礎項目評価及び全項目評価の実施が義務付けられる\"）";
        let lenient = "基礎項目評価の実施が義務付けられる(任意に全項目評価を実施)";
        assert!(lenient.parse::<StatedThresholdResult>().is_ok());
        let err = serde_json::from_str::<StatedThresholdResult>(&format!("\"{lenient}\""))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            format!(
                "invalid value: string \"{lenient}\", expected {expecting} at line 1 column 88"
            )
        );
        let err = serde_json::from_str::<StatedThresholdResult>("5")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            format!("invalid type: integer `5`, expected {expecting} at line 1 column 1")
        );
    }

    #[test]
    fn rejects_unknown_voluntary_kind() {
        assert!(
            "基礎項目評価の実施が義務付けられる（任意に何かを実施）"
                .parse::<StatedThresholdResult>()
                .is_err()
        );
    }
}
