//! しきい値判断 (threshold determination): which 特定個人情報保護評価 a 事務 must undergo.
//!
//! Rules: 指針 第5の2; 規則 第4条 (exemptions), 第5条 (基礎), 第6条 (重点), 第7条 (全項目).

mod labels;
mod stated;

pub use labels::{
    AssessmentKind, HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident,
    SubjectCountBand,
};
pub use stated::StatedThresholdResult;
