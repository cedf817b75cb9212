//! TH: しきい値判断 checks (指針 第5の2; 規則 第5条〜第7条).

use crate::threshold::{HandlerCountBand, RequiredAssessment, SeriousIncident, SubjectCountBand};

// TODO: use crate::threshold decision once merged
/// The table of domain README §2 (指針 第5の2; 規則 第4条第3号, 第5条〜第7条).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn required_assessment(
    subject: SubjectCountBand,
    handlers: HandlerCountBand,
    incident: SeriousIncident,
) -> RequiredAssessment {
    let heavy = handlers == HandlerCountBand::AtLeast500 || incident == SeriousIncident::Occurred;
    match (subject, heavy) {
        (SubjectCountBand::Under1k, _) => RequiredAssessment::NotRequired,
        (SubjectCountBand::From1kTo10k, _) | (SubjectCountBand::From10kTo100k, false) => {
            RequiredAssessment::Basic
        }
        (SubjectCountBand::From10kTo100k, true) | (SubjectCountBand::From100kTo300k, false) => {
            RequiredAssessment::BasicAndFocused
        }
        (SubjectCountBand::From100kTo300k, true) | (SubjectCountBand::AtLeast300k, _) => {
            RequiredAssessment::BasicAndFull
        }
    }
}

/// The results a 対象人数 allows whatever the other two inputs: (lowest, highest).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn possible_results(
    subject: SubjectCountBand,
) -> (RequiredAssessment, RequiredAssessment) {
    (
        required_assessment(
            subject,
            HandlerCountBand::Under500,
            SeriousIncident::NotOccurred,
        ),
        required_assessment(
            subject,
            HandlerCountBand::AtLeast500,
            SeriousIncident::Occurred,
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use RequiredAssessment as R;
    use SubjectCountBand as S;

    #[test]
    fn follows_the_table() {
        let light =
            |s| required_assessment(s, HandlerCountBand::Under500, SeriousIncident::NotOccurred);
        let many = |s| {
            required_assessment(
                s,
                HandlerCountBand::AtLeast500,
                SeriousIncident::NotOccurred,
            )
        };
        let incident =
            |s| required_assessment(s, HandlerCountBand::Under500, SeriousIncident::Occurred);
        let rows = [
            (S::Under1k, R::NotRequired, R::NotRequired),
            (S::From1kTo10k, R::Basic, R::Basic),
            (S::From10kTo100k, R::Basic, R::BasicAndFocused),
            (S::From100kTo300k, R::BasicAndFocused, R::BasicAndFull),
            (S::AtLeast300k, R::BasicAndFull, R::BasicAndFull),
        ];
        for (subject, otherwise, heavy) in rows {
            assert_eq!(light(subject), otherwise, "{subject}");
            assert_eq!(many(subject), heavy, "{subject}");
            assert_eq!(incident(subject), heavy, "{subject}");
            assert_eq!(possible_results(subject), (otherwise, heavy));
        }
    }

    #[test]
    fn kumagaya_seed_003() {
        // 1万人以上10万人未満, 500人未満, 発生あり → 基礎 + 重点.
        assert_eq!(
            required_assessment(
                S::From10kTo100k,
                HandlerCountBand::Under500,
                SeriousIncident::Occurred
            ),
            R::BasicAndFocused
        );
    }
}
