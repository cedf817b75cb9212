//! The risk chapters (基礎 Ⅳ, 重点 and 全項目 Ⅲ and Ⅳ), written once for every report the crate
//! builds: the generator's ([`crate::generate`]), whose words and grades are drawn from a seed,
//! and the examples of [`ReportBuilder::new`](super::ReportBuilder::new), whose words are fixed.

use super::{
    AuditKind, BodyKind, Control, Effort, Established, FormPart, ItemId, Performed,
    ReEntrusteeOversight, ReEntrustmentStatus, Recorded, Report, Restricted, Risk, Sufficiency,
    basic, focused, full,
};
use crate::threshold::{ReportSet, RequiredAssessment};

/// Where the words, grades and 監査 boxes of the risk chapters come from.
pub(crate) trait Words {
    /// The measures written in item `id` (a risk, a control or a text item); `None` leaves the
    /// item's text empty.
    fn measures(&mut self, id: ItemId) -> Option<String>;
    /// A risk's リスクへの対策は十分か.
    fn sufficiency(&mut self) -> Option<Sufficiency>;
    /// The grade of an effort (研修, 監査, 物理的対策…).
    fn effort(&mut self) -> Effort;
    /// The boxes of 監査 (基礎 and 重点).
    fn audits(&self) -> &'static [AuditKind];
}

/// What the risk chapters follow from that the report does not hold (a 基礎 report lists no
/// entries): the rest they read from the report itself ([`write()`]).
pub(crate) struct Facts {
    /// The 事務 has 委託 (else 「委託しない」 is checked).
    pub(crate) entrusts: bool,
    /// The 事務 has 提供 or 移転 (else 「提供・移転しない」 is checked).
    pub(crate) provides: bool,
}

/// A risk: its measures, then its 十分性.
fn risk(w: &mut impl Words, id: ItemId) -> Risk {
    Risk {
        measures: w.measures(id),
        sufficiency: w.sufficiency(),
    }
}

/// A control with `status` and the measures of `id`.
fn control<T>(w: &mut impl Words, id: ItemId, status: T) -> Control<T> {
    Control {
        status: Some(status),
        detail: w.measures(id),
    }
}

/// Writes the risk chapters of `report` as `facts` say and as the report written so far is (so
/// set these first): whether a 委託 is re-entrusted, the kind of body, and for 基礎 Ⅳ the
/// assessments its stated しきい値判断結果 requires. The draws of `w` happen in the order of the
/// form's items (a generated report depends on it).
pub(crate) fn write(report: &mut Report, w: &mut impl Words, facts: &Facts) {
    let re_entrusts = ReEntrustmentStatus::ReEntrusts;
    let oversight = if report
        .entrustments()
        .any(|(_, _, e)| e.re_entrustment == Some(re_entrusts))
    {
        ReEntrusteeOversight::Sufficient
    } else {
        ReEntrusteeOversight::NoReEntrustment
    };
    let required = report.stated_threshold_result().map(|s| s.required);
    match &mut report.part {
        FormPart::Basic(p) => write_basic(p, w, required),
        FormPart::Focused(p) => write_focused(p, w, oversight),
        FormPart::Full(p) => write_full(p, w, oversight),
    }
    follow(report, facts.entrusts, facts.provides);
}

/// The boxes of the risk chapters that follow from the rest of the report: 「委託しない」 unless
/// it `entrusts`, 「提供・移転しない」 unless it `provides`, and the 全項目 NISC item (by the kind of
/// body).
fn follow(report: &mut Report, entrusts: bool, provides: bool) {
    let national = report.cover.body_kind == Some(BodyKind::NationalAgency);
    match &mut report.part {
        FormPart::Basic(p) => {
            p.risk_measures.entrustment.opted_out = !entrusts;
            p.risk_measures.provision_transfer.opted_out = !provides;
        }
        FormPart::Focused(p) => {
            p.risk_measures.entrustment.not_entrusted = !entrusts;
            p.risk_measures.provision_transfer.not_provided = !provides;
        }
        FormPart::Full(p) => {
            let r = &mut p.risk_measures;
            r.entrustment.not_entrusted = !entrusts;
            r.provision_transfer.not_provided = !provides;
            r.storage.risk1.nisc = Some(if national {
                full::NiscCompliance::Sufficient
            } else {
                full::NiscCompliance::NotGovernmentAgency
            });
        }
    }
}

impl super::Report {
    /// Writes again the boxes of the risk chapters that follow from the report's entries and
    /// body (「委託しない」, 「提供・移転しない」, the NISC item), after a change to them.
    pub(crate) fn follow_entries(&mut self) {
        let entrusts = self.entrustments().next().is_some();
        let provides = self
            .files
            .iter()
            .any(|f| !f.provisions.is_empty() || !f.transfers.is_empty());
        follow(self, entrusts, provides);
    }
}

fn write_basic(part: &mut basic::Part, w: &mut impl Words, required: Option<RequiredAssessment>) {
    let sufficiency = [(); 9].map(|()| w.sufficiency());
    let [acq, link, unauth, entr, prov, net_a, net_p, storage, manual] = sufficiency;
    let r = &mut part.risk_measures;
    // A result without an assessment submits the 基礎項目評価書 alone.
    let set = required.and_then(RequiredAssessment::report_set);
    r.report_set = Some(set.unwrap_or(ReportSet::Basic));
    r.acquisition = acq;
    r.usage_linking = link;
    r.usage_unauthorized = unauth;
    r.entrustment.sufficiency = entr;
    r.provision_transfer.sufficiency = prov;
    r.network.acquisition = net_a;
    r.network.provision = net_p;
    r.storage = storage;
    r.manual_work.sufficiency = manual;
    r.manual_work.rationale = w.measures(ItemId::BasicManualWorkRationale);
    r.audit = w.audits().iter().copied().collect();
    r.training = Some(w.effort());
    if required > Some(RequiredAssessment::Basic) {
        r.priority.detailed_assessment = true;
    } else {
        r.priority.measure = Some(basic::PriorityMeasure::Leakage);
        r.priority.sufficiency = w.sufficiency();
        r.priority.rationale = w.measures(ItemId::BasicPriorityRationale);
    }
}

fn write_focused(part: &mut focused::Part, w: &mut impl Words, oversight: ReEntrusteeOversight) {
    use ItemId as I;
    let r = &mut part.risk_measures;
    r.acquisition.risk = risk(w, I::FocusedAcquisitionRisk);
    r.usage.risk1 = risk(w, I::FocusedUsageRisk1);
    r.usage.risk2.user_auth = control(w, I::FocusedUsageRisk2UserAuth, Performed::Yes);
    r.usage.risk2.sufficiency = w.sufficiency();
    let e = &mut r.entrustment;
    e.risk.contract_clause = control(w, I::FocusedEntrustmentContractClause, Established::Yes);
    e.risk.re_entrustee_assurance =
        control(w, I::FocusedEntrustmentReEntrusteeAssurance, oversight);
    e.risk.sufficiency = w.sufficiency();
    let p = &mut r.provision_transfer;
    p.risk.rule = control(w, I::FocusedProvisionRule, Established::Yes);
    p.risk.sufficiency = w.sufficiency();
    r.network.risk1 = risk(w, I::FocusedNetworkRisk1);
    r.network.risk2 = risk(w, I::FocusedNetworkRisk2);
    r.storage.risk.incident_procedure = Some(w.effort());
    r.storage.risk.other_measures = w.measures(I::FocusedStorageRisk);
    r.storage.risk.sufficiency = w.sufficiency();
    r.audit = w.audits().iter().copied().collect();
    let effort = w.effort();
    r.training = control(w, I::FocusedTraining, effort);
}

/// `oversight`: 再委託先による特定個人情報ファイルの適切な取扱いの担保, as the 委託 are.
fn write_full(part: &mut full::Part, w: &mut impl Words, oversight: ReEntrusteeOversight) {
    use ItemId as I;
    let r = &mut part.risk_measures;
    let a = &mut r.acquisition;
    a.risk1.non_subject_prevention = w.measures(I::FullAcquisitionRisk1NonSubject);
    a.risk1.unnecessary_info_prevention = w.measures(I::FullAcquisitionRisk1Unnecessary);
    a.risk1.sufficiency = w.sufficiency();
    a.risk2 = risk(w, I::FullAcquisitionRisk2);
    a.risk3.identity_check = w.measures(I::FullAcquisitionRisk3IdentityCheck);
    a.risk3.number_authenticity = w.measures(I::FullAcquisitionRisk3NumberAuthenticity);
    a.risk3.accuracy = w.measures(I::FullAcquisitionRisk3Accuracy);
    a.risk3.sufficiency = w.sufficiency();
    a.risk4 = risk(w, I::FullAcquisitionRisk4);
    let u = &mut r.usage;
    u.risk1.address_system_measures = w.measures(I::FullUsageRisk1AddressSystem);
    u.risk1.other_system_measures = w.measures(I::FullUsageRisk1OtherSystems);
    u.risk1.sufficiency = w.sufficiency();
    u.risk2.user_auth = control(w, I::FullUsageRisk2UserAuth, Performed::Yes);
    u.risk2.access_grant = control(w, I::FullUsageRisk2AccessGrant, Performed::Yes);
    u.risk2.access_rights = control(w, I::FullUsageRisk2AccessRights, Performed::Yes);
    u.risk2.usage_record = control(w, I::FullUsageRisk2UsageRecord, Recorded::Yes);
    u.risk2.sufficiency = w.sufficiency();
    u.risk3 = risk(w, I::FullUsageRisk3);
    u.risk4 = risk(w, I::FullUsageRisk4);
    let e = &mut r.entrustment;
    e.risk.protection_check = w.measures(I::FullEntrustmentProtectionCheck);
    e.risk.viewer_restriction = control(w, I::FullEntrustmentViewerRestriction, Restricted::Yes);
    e.risk.handling_record = control(w, I::FullEntrustmentHandlingRecord, Recorded::Yes);
    e.risk.provision_rule.status = Some(Established::Yes);
    e.risk.provision_rule.to_others = w.measures(I::FullEntrustmentProvisionRule);
    e.risk.provision_rule.between = Some("受渡しは記録簿で管理する。".to_owned());
    e.risk.erasure_rule = control(w, I::FullEntrustmentErasureRule, Established::Yes);
    e.risk.contract_clause = control(w, I::FullEntrustmentContractClause, Established::Yes);
    e.risk.re_entrustee_assurance = control(w, I::FullEntrustmentReEntrusteeAssurance, oversight);
    e.risk.sufficiency = w.sufficiency();
    let p = &mut r.provision_transfer;
    p.risk1.record = control(w, I::FullProvisionRisk1Record, Recorded::Yes);
    p.risk1.rule = control(w, I::FullProvisionRisk1Rule, Established::Yes);
    p.risk1.sufficiency = w.sufficiency();
    p.risk2 = risk(w, I::FullProvisionRisk2);
    p.risk3 = risk(w, I::FullProvisionRisk3);
    let n = &mut r.network;
    n.risk1 = risk(w, I::FullNetworkRisk1);
    n.risk2 = risk(w, I::FullNetworkRisk2);
    n.risk3 = risk(w, I::FullNetworkRisk3);
    n.risk4 = risk(w, I::FullNetworkRisk4);
    n.risk5 = risk(w, I::FullNetworkRisk5);
    n.risk6 = risk(w, I::FullNetworkRisk6);
    n.risk7 = risk(w, I::FullNetworkRisk7);
    let s = &mut r.storage;
    s.risk1.safety_system = Some(full::Maintained::Sufficient);
    s.risk1.safety_rules = Some(full::Maintained::Sufficient);
    s.risk1.staff_awareness = Some(full::Publicized::Sufficient);
    let (physical, technical) = (w.effort(), w.effort());
    s.risk1.physical = control(w, I::FullStoragePhysical, physical);
    s.risk1.technical = control(w, I::FullStorageTechnical, technical);
    s.risk1.backup = Some(w.effort());
    s.risk1.incident_procedure = Some(w.effort());
    let kept = full::DeceasedNumbers::Kept;
    s.risk1.deceased_numbers = control(w, I::FullStorageDeceasedNumbers, kept);
    s.risk1.sufficiency = w.sufficiency();
    s.risk2 = risk(w, I::FullStorageRisk2);
    s.risk3.erasure_procedure = control(w, I::FullStorageErasureProcedure, Established::Yes);
    s.risk3.sufficiency = w.sufficiency();
    let o = &mut part.other_measures;
    let (check, audit, training) = (w.effort(), w.effort(), w.effort());
    o.self_check = control(w, I::FullSelfCheck, check);
    o.audit = control(w, I::FullAudit, audit);
    o.training = control(w, I::FullTraining, training);
}
