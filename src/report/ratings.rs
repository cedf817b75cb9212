//! The 「リスクへの対策は十分か」 of each form and the boxes that opt a risk out of it: which
//! risks a report rates, which of them its opt-out boxes (「委託しない」, 「接続しない（入手）」,
//! 「全項目評価又は重点項目評価を実施する」…) take out, and whether each has measures written. A
//! fact of the report model that validation (its CT and PV checks) and the importer (which
//! choices it leaves unasked) both read.

use super::{FormPart, ItemId, Report, Risk, Sufficiency, basic, blank, focused, full};

/// The risk items of `report` whose opt-out box is checked (「委託しない」, 「接続しない（入手）」,
/// 「全項目評価又は重点項目評価を実施する」…): the form asks no 「リスクへの対策は十分か」 of them.
pub(crate) fn opted_out(report: &Report) -> Vec<ItemId> {
    risk_ratings(report)
        .into_iter()
        .filter(|r| !r.applies)
        .map(|r| r.item)
        .collect()
}

/// Every 「リスクへの対策は十分か」 of the report's form.
pub(crate) fn risk_ratings(report: &Report) -> Vec<RiskRating> {
    match &report.part {
        FormPart::Basic(part) => basic_risks(part),
        FormPart::Focused(part) => focused_risks(part),
        FormPart::Full(part) => full_risks(part),
    }
}

/// One 「リスクへの対策は十分か」 of a form: the side of the 情報提供ネットワークシステム it is on, if
/// any, whether it applies (its opt-out box is not checked), its answer, and whether measures are
/// written (`None` where the form asks for none).
pub(crate) struct RiskRating {
    pub item: ItemId,
    pub network: Option<Network>,
    pub applies: bool,
    pub sufficiency: Option<Sufficiency>,
    pub has_measures: Option<bool>,
}

/// The two sides of the connection to the 情報提供ネットワークシステム (全項目・重点 Ⅲ6, 基礎 Ⅳ6),
/// each with its own 「接続しない」 box that opts its risks out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Network {
    /// 情報照会: opted out by 「接続しない（入手）」.
    Acquisition,
    /// 情報提供: opted out by 「接続しない（提供）」.
    Provision,
}

/// A risk of a form as [`RiskRating`] reads it: its 「リスクへの対策は十分か」, and whether any of
/// its measures is written (`None` where the form asks for none).
trait Rated {
    fn sufficiency(&self) -> Option<Sufficiency>;
    fn has_measures(&self) -> Option<bool>;
}

/// A 基礎 rating without measures: its answer alone.
impl Rated for Option<Sufficiency> {
    fn sufficiency(&self) -> Option<Sufficiency> {
        *self
    }
    fn has_measures(&self) -> Option<bool> {
        None
    }
}

/// Implements [`Rated`] for each risk type of the forms from the texts that hold its measures
/// (any of them written is enough; a typed control's is its `detail`, its 具体的な方法): each
/// type's measures said once, for every risk of the type.
macro_rules! measures {
    ($($ty:ty: $($($measure:ident).+),+;)+) => {$(
        impl Rated for $ty {
            fn sufficiency(&self) -> Option<Sufficiency> {
                self.sufficiency
            }
            fn has_measures(&self) -> Option<bool> {
                Some(false $(|| !blank(self.$($measure).+.as_deref()))+)
            }
        }
    )+};
}

measures! {
    Risk: measures;
    full::UnintendedAcquisitionRisk: non_subject_prevention, unnecessary_info_prevention, other_measures;
    full::InaccuracyRisk: identity_check, number_authenticity, accuracy, other_measures;
    full::LinkingRisk: address_system_measures, other_system_measures, other_measures;
    full::UnauthorizedUseRisk: user_auth.detail, access_grant.detail, access_rights.detail,
        usage_record.detail, other_measures;
    full::EntrusteeRisk: protection_check, viewer_restriction.detail, handling_record.detail,
        provision_rule.to_others, provision_rule.between, erasure_rule.detail,
        contract_clause.detail, re_entrustee_assurance.detail, other_measures;
    full::ImproperProvisionRisk: record.detail, rule.detail, other_measures;
    full::LeakageRisk: physical.detail, technical.detail, deceased_numbers.detail, other_measures;
    full::LingeringDataRisk: erasure_procedure.detail, other_measures;
    focused::UnauthorizedUseRisk: user_auth.detail, other_measures;
    focused::EntrusteeRisk: contract_clause.detail, re_entrustee_assurance.detail, other_measures;
    focused::ImproperProvisionRisk: rule.detail, other_measures;
    focused::LeakageRisk: other_measures;
    basic::ManualWork: rationale;
    basic::PriorityItem: rationale;
}

/// Where a risk is and whether it applies: its side of the 情報提供ネットワークシステム, if any, and
/// whether its opt-out box is unchecked.
type Applies = (Option<Network>, bool);

/// A risk that no box opts out.
const ALWAYS: Applies = (None, true);

/// The [`RiskRating`] of `risk`, the risk of `item`, on the `network` side if any, which
/// `applies` unless its opt-out box is checked.
fn rating(item: ItemId, (network, applies): Applies, risk: &impl Rated) -> RiskRating {
    RiskRating {
        item,
        network,
        applies,
        sufficiency: risk.sufficiency(),
        has_measures: risk.has_measures(),
    }
}

fn full_risks(part: &full::Part) -> Vec<RiskRating> {
    use ItemId::*;
    let r = &part.risk_measures;
    let (a, u, p, n, s) = (
        &r.acquisition,
        &r.usage,
        &r.provision_transfer,
        &r.network,
        &r.storage,
    );
    let entrusts = (None, !r.entrustment.not_entrusted);
    let provides = (None, !p.not_provided);
    let acquires = (Some(Network::Acquisition), !n.not_connected_acquisition);
    let supplies = (Some(Network::Provision), !n.not_connected_provision);
    vec![
        rating(FullAcquisitionRisk1, ALWAYS, &a.risk1),
        rating(FullAcquisitionRisk2, ALWAYS, &a.risk2),
        rating(FullAcquisitionRisk3, ALWAYS, &a.risk3),
        rating(FullAcquisitionRisk4, ALWAYS, &a.risk4),
        rating(FullUsageRisk1, ALWAYS, &u.risk1),
        rating(FullUsageRisk2, ALWAYS, &u.risk2),
        rating(FullUsageRisk3, ALWAYS, &u.risk3),
        rating(FullUsageRisk4, ALWAYS, &u.risk4),
        rating(FullEntrustmentRisk, entrusts, &r.entrustment.risk),
        rating(FullProvisionRisk1, provides, &p.risk1),
        rating(FullProvisionRisk2, provides, &p.risk2),
        rating(FullProvisionRisk3, provides, &p.risk3),
        rating(FullNetworkRisk1, acquires, &n.risk1),
        rating(FullNetworkRisk2, acquires, &n.risk2),
        rating(FullNetworkRisk3, acquires, &n.risk3),
        rating(FullNetworkRisk4, acquires, &n.risk4),
        rating(FullNetworkRisk5, supplies, &n.risk5),
        rating(FullNetworkRisk6, supplies, &n.risk6),
        rating(FullNetworkRisk7, supplies, &n.risk7),
        rating(FullStorageRisk1, ALWAYS, &s.risk1),
        rating(FullStorageRisk2, ALWAYS, &s.risk2),
        rating(FullStorageRisk3, ALWAYS, &s.risk3),
    ]
}

fn focused_risks(part: &focused::Part) -> Vec<RiskRating> {
    use ItemId::*;
    let r = &part.risk_measures;
    let n = &r.network;
    let entrusts = (None, !r.entrustment.not_entrusted);
    let provides = (None, !r.provision_transfer.not_provided);
    let acquires = (Some(Network::Acquisition), !n.not_connected_acquisition);
    let supplies = (Some(Network::Provision), !n.not_connected_provision);
    vec![
        rating(FocusedAcquisitionRisk, ALWAYS, &r.acquisition.risk),
        rating(FocusedUsageRisk1, ALWAYS, &r.usage.risk1),
        rating(FocusedUsageRisk2, ALWAYS, &r.usage.risk2),
        rating(FocusedEntrustmentRisk, entrusts, &r.entrustment.risk),
        rating(FocusedProvisionRisk, provides, &r.provision_transfer.risk),
        rating(FocusedNetworkRisk1, acquires, &n.risk1),
        rating(FocusedNetworkRisk2, supplies, &n.risk2),
        rating(FocusedStorageRisk, ALWAYS, &r.storage.risk),
    ]
}

fn basic_risks(part: &basic::Part) -> Vec<RiskRating> {
    use ItemId::*;
    let r = &part.risk_measures;
    let (entrustment, provision, n) = (&r.entrustment, &r.provision_transfer, &r.network);
    let entrusts = (None, !entrustment.opted_out);
    let provides = (None, !provision.opted_out);
    let acquires = (Some(Network::Acquisition), !n.not_connected_acquisition);
    let supplies = (Some(Network::Provision), !n.not_connected_provision);
    let manual = (None, !r.manual_work.none);
    let priority = (None, !r.priority.detailed_assessment);
    vec![
        rating(BasicAcquisition, ALWAYS, &r.acquisition),
        rating(BasicUsageLinking, ALWAYS, &r.usage_linking),
        rating(BasicUsageUnauthorized, ALWAYS, &r.usage_unauthorized),
        rating(BasicEntrustment, entrusts, &entrustment.sufficiency),
        rating(BasicProvisionTransfer, provides, &provision.sufficiency),
        rating(BasicNetworkAcquisition, acquires, &n.acquisition),
        rating(BasicNetworkProvision, supplies, &n.provision),
        rating(BasicStorage, ALWAYS, &r.storage),
        rating(BasicManualWork, manual, &r.manual_work),
        rating(BasicPrioritySufficiency, priority, &r.priority),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AssessmentKind;

    /// Each opt-out box of the 基礎 risks takes out its own rating, and only it.
    #[test]
    fn each_basic_opt_out_box_takes_out_its_rating() {
        type Check = fn(&mut basic::Part);
        // Each box, and the rating it takes out.
        let boxes: [(Check, ItemId); 6] = [
            (
                |p| p.risk_measures.entrustment.opted_out = true,
                ItemId::BasicEntrustment,
            ),
            (
                |p| p.risk_measures.provision_transfer.opted_out = true,
                ItemId::BasicProvisionTransfer,
            ),
            (
                |p| p.risk_measures.network.not_connected_acquisition = true,
                ItemId::BasicNetworkAcquisition,
            ),
            (
                |p| p.risk_measures.network.not_connected_provision = true,
                ItemId::BasicNetworkProvision,
            ),
            (
                |p| p.risk_measures.manual_work.none = true,
                ItemId::BasicManualWork,
            ),
            (
                |p| p.risk_measures.priority.detailed_assessment = true,
                ItemId::BasicPrioritySufficiency,
            ),
        ];
        let mut none_checked = Report::example(AssessmentKind::Basic);
        let FormPart::Basic(part) = &mut none_checked.part else {
            panic!("a 基礎 example");
        };
        // Every box unchecked: every rating applies.
        let r = &mut part.risk_measures;
        r.entrustment.opted_out = false;
        r.provision_transfer.opted_out = false;
        r.network.not_connected_acquisition = false;
        r.network.not_connected_provision = false;
        r.manual_work.none = false;
        r.priority.detailed_assessment = false;
        assert_eq!(opted_out(&none_checked), Vec::<ItemId>::new());
        for (check, item) in boxes {
            let mut report = none_checked.clone();
            if let FormPart::Basic(part) = &mut report.part {
                check(part);
            }
            assert_eq!(opted_out(&report), [item], "{item}");
        }
    }
}
