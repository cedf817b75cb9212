//! The JSON Schema of the report format (`schema/report.schema.json`, draft 2020-12), for tools in
//! other languages: generated here from the crate's own knowledge (the shapes serde writes, the
//! labels of every ＜選択肢＞ list, the item table's `in_form`), compared byte for byte with the
//! committed file, and checked with a validator against the samples and generated reports, and
//! against what `Report::from_json` rejects.
//!
//! After a change of the format, rewrite the file with
//! `PIA_BLESS=1 cargo test --all-features --test json_schema`.
#![cfg(feature = "proptest")]

#[path = "common/golden.rs"]
mod golden;

use std::collections::BTreeSet;

use mynumber_pia::generate::{Scenario, generate};
use mynumber_pia::report::basic::PriorityMeasure;
use mynumber_pia::report::full::{DeceasedNumbers, Maintained, NiscCompliance, Publicized};
use mynumber_pia::report::{
    AuditKind, BodyKind, Connection, DataSubjectBand, Effort, EntrustedScope, EntrustmentStatus,
    Established, Fee, FileKind, IncidentHistory, InfoLinkage, ItemId, JSON_SCHEMA, Medium,
    Performed, ReEntrusteeOversight, ReEntrustmentStatus, RecordItemBand, RecordItemCategory,
    Recorded, Report, Restricted, RetentionPeriod, SCHEMA_VERSION, SourceKind, StaffCountBand,
    SubmissionTiming, Sufficiency,
};
use mynumber_pia::threshold::{
    HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, StatedThresholdResult,
    SubjectCountBand,
};
use mynumber_pia::{AssessmentKind, Choice, Sample, fixtures};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// The shape of a value of the format.
#[derive(Clone, Copy)]
enum Ty {
    /// A string (never null).
    Text,
    /// A string or null.
    OptText,
    /// Several strings.
    Texts,
    /// One label of a ＜選択肢＞ list, or null.
    Choice(&'static str),
    /// true / false.
    Bool,
    /// true / false or null.
    OptBool,
    /// A whole number from 0, or null.
    Count,
    /// `YYYY-MM-DD` or null.
    Date,
    /// Several `YYYY-MM-DD`.
    Dates,
    /// `YYYY-MM` or null.
    Month,
    /// `YYYY-MM-DD` or `YYYY-MM`, or null.
    DateOrMonth,
    /// A legal basis: non-blank text, or null.
    Basis,
    /// The 情報連携 basis object (or its text), or null.
    Linkage,
    /// A checkbox list of a ＜選択肢＞ list, with its その他 text.
    Checks(&'static str),
    /// Several labels of a list, each once.
    Set(&'static str),
    /// 入手元: label → text in its （ ）.
    Sources,
    /// An item ID of the table, or null.
    ItemKey,
    /// An object.
    Obj(&'static [(&'static str, Ty)]),
    /// A list of objects.
    List(&'static [(&'static str, Ty)]),
}

use Ty::*;

/// Every しきい値判断結果 the crate reads and writes: the nine a form prints
/// (`StatedThresholdResult::LABELS`) first, then the other pairings of a result with a
/// 「（任意に…を実施）」 suffix, which a transcription may hold and validation judges (TH004).
fn stated_threshold_results() -> Vec<&'static str> {
    let mut labels = StatedThresholdResult::LABELS.to_vec();
    for &required in RequiredAssessment::ALL {
        for &kind in AssessmentKind::ALL {
            let label = StatedThresholdResult::required(required)
                .with_voluntary(kind)
                .to_string();
            if !labels.contains(&label.as_str()) {
                labels.push(label.leak());
            }
        }
    }
    labels
}

/// The ＜選択肢＞ lists: their `$defs` name and labels.
fn choices() -> Vec<(&'static str, Vec<&'static str>)> {
    fn labels<C: Choice>() -> Vec<&'static str> {
        C::LABELS.to_vec()
    }
    vec![
        ("AssessmentKind", labels::<AssessmentKind>()),
        ("BodyKind", labels::<BodyKind>()),
        ("SubjectCountBand", labels::<SubjectCountBand>()),
        ("HandlerCountBand", labels::<HandlerCountBand>()),
        ("SeriousIncident", labels::<SeriousIncident>()),
        ("ReportSet", labels::<ReportSet>()),
        ("StatedThresholdResult", stated_threshold_results()),
        ("InfoLinkage", labels::<InfoLinkage>()),
        ("Connection", labels::<Connection>()),
        ("FileKind", labels::<FileKind>()),
        ("DataSubjectBand", labels::<DataSubjectBand>()),
        ("RecordItemBand", labels::<RecordItemBand>()),
        ("RecordItemCategory", labels::<RecordItemCategory>()),
        ("SourceKind", labels::<SourceKind>()),
        ("Medium", labels::<Medium>()),
        ("StaffCountBand", labels::<StaffCountBand>()),
        ("EntrustmentStatus", labels::<EntrustmentStatus>()),
        ("EntrustedScope", labels::<EntrustedScope>()),
        ("ReEntrustmentStatus", labels::<ReEntrustmentStatus>()),
        ("RetentionPeriod", labels::<RetentionPeriod>()),
        ("Fee", labels::<Fee>()),
        ("Performed", labels::<Performed>()),
        ("Recorded", labels::<Recorded>()),
        ("Restricted", labels::<Restricted>()),
        ("Established", labels::<Established>()),
        ("ReEntrusteeOversight", labels::<ReEntrusteeOversight>()),
        ("Effort", labels::<Effort>()),
        ("Sufficiency", labels::<Sufficiency>()),
        ("IncidentHistory", labels::<IncidentHistory>()),
        ("SubmissionTiming", labels::<SubmissionTiming>()),
        ("AuditKind", labels::<AuditKind>()),
        ("PriorityMeasure", labels::<PriorityMeasure>()),
        ("NiscCompliance", labels::<NiscCompliance>()),
        ("Maintained", labels::<Maintained>()),
        ("Publicized", labels::<Publicized>()),
        ("DeceasedNumbers", labels::<DeceasedNumbers>()),
    ]
}

// ── The shapes serde writes, struct by struct ────────────────────────────────────────────

const COVER: &[(&str, Ty)] = &[
    ("number", OptText),
    ("title", OptText),
    ("declaration", OptText),
    ("special_note", OptText),
    ("body", OptText),
    ("body_kind", Choice("BodyKind")),
    ("published_on", Date),
    ("approval_date", Date),
    ("form_version", Month),
];

const AFFAIR: &[(&str, Ty)] = &[
    ("name", Text),
    ("description", OptText),
    ("subject_count", Choice("SubjectCountBand")),
    ("file_names", Texts),
    ("necessity", OptText),
    ("benefits", OptText),
    ("number_use_basis", Basis),
    ("info_linkage", Choice("InfoLinkage")),
    ("info_linkage_basis", Linkage),
    ("department", OptText),
    ("department_head", OptText),
    ("other_bodies", OptText),
    ("description_appendix", OptText),
];

const SYSTEM: &[(&str, Ty)] = &[
    ("name", Text),
    ("functions", OptText),
    ("connections", Checks("Connection")),
];

const ACQUISITION: &[(&str, Ty)] = &[
    ("sources", Sources),
    ("methods", Checks("Medium")),
    ("timing", OptText),
    ("validity", OptText),
    ("notice", OptText),
];

const USAGE: &[(&str, Ty)] = &[
    ("purpose", OptText),
    ("purpose_change_validity", OptText),
    ("departments", OptText),
    ("user_count", Choice("StaffCountBand")),
    ("method", OptText),
    ("matching", OptText),
    ("statistics", OptText),
    ("decisions", OptText),
    ("start", DateOrMonth),
];

const RE_ENTRUSTEE: &[(&str, Ty)] = &[
    ("name", OptText),
    ("items", OptText),
    ("permission_method", OptText),
    ("permitted_by_original", OptBool),
];

const ENTRUSTMENT: &[(&str, Ty)] = &[
    ("title", OptText),
    ("content", OptText),
    ("scope", Choice("EntrustedScope")),
    ("data_subjects", Choice("DataSubjectBand")),
    ("subject_scope", OptText),
    ("scope_validity", OptText),
    ("handler_count", Choice("StaffCountBand")),
    ("handover_methods", Checks("Medium")),
    ("entrustee_confirmation", OptText),
    ("entrustee", OptText),
    ("re_entrustment", Choice("ReEntrustmentStatus")),
    ("re_entrustment_permission", OptText),
    ("re_entrustment_items", OptText),
    ("re_entrustees", List(RE_ENTRUSTEE)),
];

const PROVISION_TRANSFER: &[(&str, Ty)] = &[
    ("provision", Bool),
    ("provision_count", Count),
    ("transfer", Bool),
    ("transfer_count", Count),
    ("neither", Bool),
];

const DESTINATION: &[(&str, Ty)] = &[
    ("name", OptText),
    ("legal_basis", Basis),
    ("purpose", OptText),
    ("information", OptText),
    ("data_subjects", Choice("DataSubjectBand")),
    ("subject_scope", OptText),
    ("methods", Checks("Medium")),
    ("timing", OptText),
    ("note", OptText),
];

const STORAGE: &[(&str, Ty)] = &[
    ("location", OptText),
    ("retention", Choice("RetentionPeriod")),
    ("retention_validity", OptText),
    ("erasure", OptText),
];

const FILE: &[(&str, Ty)] = &[
    ("names", Texts),
    ("kind", Choice("FileKind")),
    ("data_subjects", Choice("DataSubjectBand")),
    ("subject_scope", OptText),
    ("subject_scope_necessity", OptText),
    ("record_item_count", Choice("RecordItemBand")),
    ("main_record_items", Checks("RecordItemCategory")),
    ("record_items_validity", OptText),
    ("all_record_items", OptText),
    ("holding_start", DateOrMonth),
    ("department", OptText),
    ("acquisition", Obj(ACQUISITION)),
    ("usage", Obj(USAGE)),
    ("entrustment_status", Choice("EntrustmentStatus")),
    ("entrustment_count", Count),
    ("entrustments", List(ENTRUSTMENT)),
    ("provision_transfer", Obj(PROVISION_TRANSFER)),
    ("provisions", List(DESTINATION)),
    ("transfers", List(DESTINATION)),
    ("storage", Obj(STORAGE)),
    ("remarks", OptText),
    ("record_item_list", Texts),
];

const DISCLOSURE: &[(&str, Ty)] = &[
    ("request_to", OptText),
    ("request_method", OptText),
    ("request_note", OptText),
    ("fee", Choice("Fee")),
    ("fee_detail", OptText),
    ("register_published", Choice("Performed")),
    ("register_file_name", OptText),
    ("register_place", OptText),
    ("special_procedure", OptText),
    ("register_omission", OptText),
    ("inquiry_contact", OptText),
    ("inquiry_handling", OptText),
];

const PERIOD: &[(&str, Ty)] = &[("start", Date), ("end", Date), ("stated_days", Count)];

const PROCEDURES: &[(&str, Ty)] = &[
    (
        "basic_assessment",
        Obj(&[
            ("date", Date),
            ("threshold_result", Choice("StatedThresholdResult")),
        ]),
    ),
    (
        "public_comment",
        Obj(&[
            ("method", OptText),
            ("period", Obj(PERIOD)),
            ("shortening_reason", OptText),
            ("main_opinions", OptText),
            ("reflection", OptText),
        ]),
    ),
    (
        "third_party_review",
        Obj(&[
            ("date", Date),
            ("body", OptText),
            ("method", OptText),
            ("result", OptText),
        ]),
    ),
    (
        "ppc_approval",
        Obj(&[("submitted_on", Date), ("review", OptText)]),
    ),
];

const CHANGE: &[(&str, Ty)] = &[
    ("date", Date),
    ("item", Text),
    ("item_id", ItemKey),
    ("before", OptText),
    ("after", OptText),
    ("timing", Choice("SubmissionTiming")),
    ("explanation", OptText),
    ("note", OptText),
];

const RISK: Ty = Obj(&[
    ("measures", OptText),
    ("sufficiency", Choice("Sufficiency")),
]);

/// `Control<T>`: `{status, detail}`.
macro_rules! control {
    ($list:literal) => {
        Obj(&[("status", Choice($list)), ("detail", OptText)])
    };
}

const INCIDENTS: Ty = Obj(&[
    ("status", Choice("IncidentHistory")),
    ("content", OptText),
    ("prevention", OptText),
    ("incident_dates", Dates),
]);

const OPT_OUT: Ty = Obj(&[("opted_out", Bool), ("sufficiency", Choice("Sufficiency"))]);

const BASIC_PART: &[(&str, Ty)] = &[
    (
        "emergency_exception",
        Obj(&[("applied", Bool), ("reason", OptText)]),
    ),
    (
        "threshold_items",
        Obj(&[
            ("subject_count", Choice("SubjectCountBand")),
            ("subject_count_as_of", Date),
            ("handler_count", Choice("HandlerCountBand")),
            ("handler_count_as_of", Date),
            ("serious_incident", Choice("SeriousIncident")),
        ]),
    ),
    ("threshold_result", Choice("StatedThresholdResult")),
    (
        "risk_measures",
        Obj(&[
            ("report_set", Choice("ReportSet")),
            ("acquisition", Choice("Sufficiency")),
            ("usage_linking", Choice("Sufficiency")),
            ("usage_unauthorized", Choice("Sufficiency")),
            ("entrustment", OPT_OUT),
            ("provision_transfer", OPT_OUT),
            (
                "network",
                Obj(&[
                    ("not_connected_acquisition", Bool),
                    ("not_connected_provision", Bool),
                    ("acquisition", Choice("Sufficiency")),
                    ("provision", Choice("Sufficiency")),
                ]),
            ),
            ("storage", Choice("Sufficiency")),
            (
                "manual_work",
                Obj(&[
                    ("none", Bool),
                    ("sufficiency", Choice("Sufficiency")),
                    ("rationale", OptText),
                ]),
            ),
            ("audit", Set("AuditKind")),
            ("training", Choice("Effort")),
            (
                "priority",
                Obj(&[
                    ("detailed_assessment", Bool),
                    ("measure", Choice("PriorityMeasure")),
                    ("sufficiency", Choice("Sufficiency")),
                    ("rationale", OptText),
                ]),
            ),
        ]),
    ),
];

const FOCUSED_PART: &[(&str, Ty)] = &[(
    "risk_measures",
    Obj(&[
        ("file_names", Texts),
        (
            "acquisition",
            Obj(&[("risk", RISK), ("other_risks", OptText)]),
        ),
        (
            "usage",
            Obj(&[
                ("risk1", RISK),
                (
                    "risk2",
                    Obj(&[
                        ("user_auth", control!("Performed")),
                        ("other_measures", OptText),
                        ("sufficiency", Choice("Sufficiency")),
                    ]),
                ),
                ("other_risks", OptText),
            ]),
        ),
        (
            "entrustment",
            Obj(&[
                ("not_entrusted", Bool),
                (
                    "risk",
                    Obj(&[
                        ("contract_clause", control!("Established")),
                        ("re_entrustee_assurance", control!("ReEntrusteeOversight")),
                        ("other_measures", OptText),
                        ("sufficiency", Choice("Sufficiency")),
                    ]),
                ),
                ("other_risks", OptText),
            ]),
        ),
        (
            "provision_transfer",
            Obj(&[
                ("not_provided", Bool),
                (
                    "risk",
                    Obj(&[
                        ("rule", control!("Established")),
                        ("other_measures", OptText),
                        ("sufficiency", Choice("Sufficiency")),
                    ]),
                ),
                ("other_risks", OptText),
            ]),
        ),
        (
            "network",
            Obj(&[
                ("not_connected_acquisition", Bool),
                ("not_connected_provision", Bool),
                ("risk1", RISK),
                ("risk2", RISK),
                ("other_risks", OptText),
            ]),
        ),
        (
            "storage",
            Obj(&[
                (
                    "risk",
                    Obj(&[
                        ("incident_procedure", Choice("Effort")),
                        ("serious_incident", INCIDENTS),
                        ("other_measures", OptText),
                        ("sufficiency", Choice("Sufficiency")),
                    ]),
                ),
                ("other_risks", OptText),
            ]),
        ),
        ("audit", Set("AuditKind")),
        ("training", control!("Effort")),
        ("other_measures", OptText),
    ]),
)];

const FULL_PART: &[(&str, Ty)] = &[
    (
        "risk_measures",
        Obj(&[
            ("file_names", Texts),
            (
                "acquisition",
                Obj(&[
                    (
                        "risk1",
                        Obj(&[
                            ("non_subject_prevention", OptText),
                            ("unnecessary_info_prevention", OptText),
                            ("other_measures", OptText),
                            ("sufficiency", Choice("Sufficiency")),
                        ]),
                    ),
                    ("risk2", RISK),
                    (
                        "risk3",
                        Obj(&[
                            ("identity_check", OptText),
                            ("number_authenticity", OptText),
                            ("accuracy", OptText),
                            ("other_measures", OptText),
                            ("sufficiency", Choice("Sufficiency")),
                        ]),
                    ),
                    ("risk4", RISK),
                    ("other_risks", OptText),
                ]),
            ),
            (
                "usage",
                Obj(&[
                    (
                        "risk1",
                        Obj(&[
                            ("address_system_measures", OptText),
                            ("other_system_measures", OptText),
                            ("other_measures", OptText),
                            ("sufficiency", Choice("Sufficiency")),
                        ]),
                    ),
                    (
                        "risk2",
                        Obj(&[
                            ("user_auth", control!("Performed")),
                            ("access_grant", control!("Performed")),
                            ("access_rights", control!("Performed")),
                            ("usage_record", control!("Recorded")),
                            ("other_measures", OptText),
                            ("sufficiency", Choice("Sufficiency")),
                        ]),
                    ),
                    ("risk3", RISK),
                    ("risk4", RISK),
                    ("other_risks", OptText),
                ]),
            ),
            (
                "entrustment",
                Obj(&[
                    ("not_entrusted", Bool),
                    (
                        "risk",
                        Obj(&[
                            ("protection_check", OptText),
                            ("viewer_restriction", control!("Restricted")),
                            ("handling_record", control!("Recorded")),
                            (
                                "provision_rule",
                                Obj(&[
                                    ("status", Choice("Established")),
                                    ("to_others", OptText),
                                    ("between", OptText),
                                ]),
                            ),
                            ("erasure_rule", control!("Established")),
                            ("contract_clause", control!("Established")),
                            ("re_entrustee_assurance", control!("ReEntrusteeOversight")),
                            ("other_measures", OptText),
                            ("sufficiency", Choice("Sufficiency")),
                        ]),
                    ),
                    ("other_risks", OptText),
                ]),
            ),
            (
                "provision_transfer",
                Obj(&[
                    ("not_provided", Bool),
                    (
                        "risk1",
                        Obj(&[
                            ("record", control!("Recorded")),
                            ("rule", control!("Established")),
                            ("other_measures", OptText),
                            ("sufficiency", Choice("Sufficiency")),
                        ]),
                    ),
                    ("risk2", RISK),
                    ("risk3", RISK),
                    ("other_risks", OptText),
                ]),
            ),
            (
                "network",
                Obj(&[
                    ("not_connected_acquisition", Bool),
                    ("not_connected_provision", Bool),
                    ("risk1", RISK),
                    ("risk2", RISK),
                    ("risk3", RISK),
                    ("risk4", RISK),
                    ("risk5", RISK),
                    ("risk6", RISK),
                    ("risk7", RISK),
                    ("other_risks", OptText),
                ]),
            ),
            (
                "storage",
                Obj(&[
                    (
                        "risk1",
                        Obj(&[
                            ("nisc", Choice("NiscCompliance")),
                            ("safety_system", Choice("Maintained")),
                            ("safety_rules", Choice("Maintained")),
                            ("staff_awareness", Choice("Publicized")),
                            ("physical", control!("Effort")),
                            ("technical", control!("Effort")),
                            ("backup", Choice("Effort")),
                            ("incident_procedure", Choice("Effort")),
                            ("serious_incident", INCIDENTS),
                            ("deceased_numbers", control!("DeceasedNumbers")),
                            ("other_measures", OptText),
                            ("sufficiency", Choice("Sufficiency")),
                        ]),
                    ),
                    ("risk2", RISK),
                    (
                        "risk3",
                        Obj(&[
                            ("erasure_procedure", control!("Established")),
                            ("other_measures", OptText),
                            ("sufficiency", Choice("Sufficiency")),
                        ]),
                    ),
                    ("other_risks", OptText),
                ]),
            ),
        ]),
    ),
    (
        "other_measures",
        Obj(&[
            ("self_check", control!("Effort")),
            ("audit", control!("Effort")),
            ("training", control!("Effort")),
            ("other", OptText),
        ]),
    ),
];

/// The shared parts of every report, after `schema_version` and `form`.
const SHARED: &[(&str, Ty)] = &[
    ("cover", Obj(COVER)),
    ("affair", Obj(AFFAIR)),
    ("systems", List(SYSTEM)),
    ("files", List(FILE)),
    ("disclosure", Obj(DISCLOSURE)),
    ("procedures", Obj(PROCEDURES)),
    ("changes", List(CHANGE)),
];

// ── Schemas ──────────────────────────────────────────────────────────────────────────────

const DATE: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
const MONTH: &str = "^[0-9]{4}-[0-9]{2}$";
const DATE_OR_MONTH: &str = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$";
const BLANK: &str = "^\\s*$";
const NOT_BLANK: &str = "\\S";

fn choice_ref(list: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{list}") })
}

fn nullable(schema: Value) -> Value {
    json!({ "anyOf": [schema, { "type": "null" }] })
}

/// Whether the item at `pattern` is one `form` does not print (it must then be blank: loading
/// rejects it filled, `Report::items_outside_form`).
fn outside(form: AssessmentKind, pattern: &str) -> bool {
    ItemId::ALL.iter().any(|id| {
        id.pattern() == pattern
            && !id.in_form(form)
            && !id.is_model_only()
            && id.part_form().is_none()
    })
}

/// The schema of a value of shape `ty` at `pattern` (the item table's path notation) in a
/// report of `form`.
fn schema(ty: Ty, form: AssessmentKind, pattern: &str) -> Value {
    if outside(form, pattern) {
        return blank(ty);
    }
    match ty {
        Text => json!({ "type": "string" }),
        OptText => json!({ "type": ["string", "null"] }),
        Texts => json!({ "type": "array", "items": { "type": "string" } }),
        Choice(list) => nullable(choice_ref(list)),
        Bool => json!({ "type": "boolean" }),
        OptBool => json!({ "type": ["boolean", "null"] }),
        Count => json!({ "type": ["integer", "null"], "minimum": 0, "maximum": u32::MAX }),
        Date => json!({ "type": ["string", "null"], "format": "date", "pattern": DATE }),
        Dates => {
            json!({ "type": "array", "items": { "type": "string", "format": "date", "pattern": DATE } })
        }
        Month => json!({ "type": ["string", "null"], "pattern": MONTH }),
        DateOrMonth => json!({ "type": ["string", "null"], "pattern": DATE_OR_MONTH }),
        Basis => json!({ "$ref": "#/$defs/LegalBasis" }),
        Linkage => json!({ "$ref": "#/$defs/LinkageBasis" }),
        Checks(list) => json!({
            "type": "object",
            "properties": {
                "checked": { "type": "array", "items": choice_ref(list), "uniqueItems": true },
                "other": { "type": ["string", "null"] }
            },
            "additionalProperties": false
        }),
        Set(list) => json!({ "type": "array", "items": choice_ref(list), "uniqueItems": true }),
        Sources => json!({
            "type": "object",
            "propertyNames": choice_ref("SourceKind"),
            "additionalProperties": { "type": ["string", "null"] }
        }),
        ItemKey => nullable(json!({ "$ref": "#/$defs/ItemId" })),
        Obj(fields) => object(fields, form, pattern),
        List(fields) => {
            json!({ "type": "array", "items": object(fields, form, &format!("{pattern}[]")) })
        }
    }
}

/// The schema of an object with `fields` at `pattern`.
fn object(fields: &[(&str, Ty)], form: AssessmentKind, pattern: &str) -> Value {
    let mut properties = Map::new();
    for &(name, ty) in fields {
        let path = if pattern.is_empty() {
            name.to_owned()
        } else {
            format!("{pattern}.{name}")
        };
        properties.insert(name.to_owned(), schema(ty, form, &path));
    }
    json!({ "type": "object", "properties": properties, "additionalProperties": false })
}

/// What an item a form does not print may hold: nothing (null, blank text, no box checked).
fn blank(ty: Ty) -> Value {
    let blank_text = json!({ "type": ["string", "null"], "pattern": BLANK });
    match ty {
        Text | OptText => blank_text,
        Texts => json!({ "type": "array", "items": { "type": "string", "pattern": BLANK } }),
        Bool => json!({ "const": false }),
        Dates | Set(_) => json!({ "type": "array", "maxItems": 0 }),
        Checks(_) => json!({
            "type": "object",
            "properties": {
                "checked": { "type": "array", "maxItems": 0 },
                "other": blank_text
            },
            "additionalProperties": false
        }),
        Sources => json!({ "type": "object", "maxProperties": 0 }),
        Obj(fields) => {
            let properties: Map<String, Value> = fields
                .iter()
                .map(|&(name, ty)| (name.to_owned(), blank(ty)))
                .collect();
            json!({ "type": "object", "properties": properties, "additionalProperties": false })
        }
        List(fields) => json!({ "type": "array", "items": blank(Obj(fields)) }),
        Choice(_) | OptBool | Count | Date | Month | DateOrMonth | Basis | Linkage | ItemKey => {
            json!({ "type": "null" })
        }
    }
}

/// The report of `form`: its shared parts (with the items it does not print blank) and its own
/// part under its key.
fn report_of(form: AssessmentKind) -> Value {
    let mut properties = Map::new();
    properties.insert("schema_version".into(), json!({ "const": SCHEMA_VERSION }));
    properties.insert("form".into(), json!({ "const": form.label() }));
    for &(name, ty) in SHARED {
        properties.insert(name.into(), schema(ty, form, name));
    }
    let part = match form {
        AssessmentKind::Basic => BASIC_PART,
        AssessmentKind::Focused => FOCUSED_PART,
        _ => FULL_PART,
    };
    properties.insert(form.as_str().into(), object(part, form, form.as_str()));
    json!({
        "title": form.form_title(),
        "type": "object",
        "required": ["schema_version", "form"],
        "properties": properties,
        "additionalProperties": false
    })
}

/// The whole schema.
fn generated() -> Value {
    let mut defs = Map::new();
    for (name, labels) in choices() {
        defs.insert(name.into(), json!({ "enum": labels }));
    }
    let keys: Vec<&str> = ItemId::ALL.iter().map(|id| id.as_str()).collect();
    defs.insert("ItemId".into(), json!({ "enum": keys }));
    defs.insert(
        "LegalBasis".into(),
        json!({
            "description": "法令上の根拠: the text as written (not blank)",
            "type": ["string", "null"],
            "pattern": NOT_BLANK
        }),
    );
    let part = json!({
        "anyOf": [
            { "type": "null" },
            {
                "type": "object",
                "properties": { "none": { "type": "string" } },
                "required": ["none"],
                "additionalProperties": false
            },
            {
                "type": "object",
                "properties": { "basis": { "type": "string", "pattern": NOT_BLANK } },
                "required": ["basis"],
                "additionalProperties": false
            }
        ]
    });
    defs.insert(
        "LinkageBasis".into(),
        json!({
            "description": "情報連携 ②法令上の根拠: the whole text and its parts （1）情報提供の根拠 and （2）情報照会の根拠, each written as it appears in the text (a plain string, the shape of schema_version 1, is read as the text)",
            "anyOf": [
                { "type": "null" },
                { "type": "string", "pattern": NOT_BLANK },
                {
                    "type": "object",
                    "properties": {
                        "text": { "type": "string", "pattern": NOT_BLANK },
                        "provision": part,
                        "inquiry": part
                    },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        }),
    );
    let mut branches = Vec::new();
    for &form in AssessmentKind::ALL {
        let name = format!("{}_report", form.as_str());
        defs.insert(name.clone(), report_of(form));
        branches.push(json!({
            "if": { "properties": { "form": { "const": form.label() } }, "required": ["form"] },
            "then": { "$ref": format!("#/$defs/{name}") }
        }));
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("urn:mynumber-pia:report:{SCHEMA_VERSION}"),
        "title": "特定個人情報保護評価書 (mynumber-pia report, schema_version 2)",
        "description": "A 評価書 as mynumber-pia reads and writes it (Report::from_json / to_json): field names in English snake_case, ＜選択肢＞ values as the official Japanese labels, dates YYYY-MM-DD (months YYYY-MM), empty cells null. The form (基礎項目評価 / 重点項目評価 / 全項目評価) decides the part key (basic / focused / full) and which items must stay blank. Generated from the crate's types and item table by tests/json_schema.rs.",
        "type": "object",
        "required": ["schema_version", "form"],
        "properties": {
            "schema_version": { "const": SCHEMA_VERSION },
            "form": { "$ref": "#/$defs/AssessmentKind" }
        },
        "allOf": branches,
        "$defs": defs
    })
}

/// The generated schema as the committed file holds it.
fn generated_text() -> String {
    let mut text = serde_json::to_string_pretty(&generated()).unwrap();
    text.push('\n');
    text
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    // `report::JSON_SCHEMA` is this file, included when the crate is built.
    let committed = golden::check("schema/report.schema.json", &generated_text());
    assert!(committed.is_ok(), "{committed:?}");
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(JSON_SCHEMA).unwrap();
    jsonschema::draft202012::meta::validate(&schema).expect("a valid draft 2020-12 schema");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

/// The schema's errors for `json`, one line each.
fn errors(validator: &jsonschema::Validator, json: &str) -> Vec<String> {
    let instance: Value = serde_json::from_str(json).unwrap();
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_samples_are_valid() {
    let v = validator();
    for sample in Sample::ALL {
        let e = errors(&v, sample.json());
        assert!(e.is_empty(), "{}: {e:?}", sample.as_str());
        // Written back by the crate, too.
        let written = sample.load().unwrap().to_json();
        assert!(errors(&v, &written).is_empty(), "{}", sample.as_str());
    }
}

#[test]
fn examples_and_generated_reports_are_valid() {
    let v = validator();
    for &form in AssessmentKind::ALL {
        assert!(errors(&v, &Report::example(form).to_json()).is_empty());
        for seed in 0..30 {
            let s = Scenario::default().with_form(form).with_entrustments(5);
            let json = generate(&s, seed).unwrap().to_json();
            let e = errors(&v, &json);
            assert!(e.is_empty(), "{form} seed {seed}: {e:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever the crate writes, the schema accepts: any loadable report, any valid one.
    #[test]
    fn written_reports_are_valid(report in fixtures::report()) {
        let v = validator();
        let json = report.to_json();
        let e = errors(&v, &json);
        prop_assert!(e.is_empty(), "{:?}", e);
    }

    #[test]
    fn defective_reports_are_valid_json(
        (report, codes) in prop::sample::select(AssessmentKind::ALL).prop_flat_map(fixtures::defective_report),
    ) {
        let v = validator();
        let e = errors(&v, &report.to_json());
        prop_assert!(e.is_empty(), "{:?}: {:?}", codes, e);
    }
}

/// `Report::from_json` refuses it and so does the schema.
fn assert_both_reject(v: &jsonschema::Validator, json: &str, why: &str) {
    assert!(
        Report::from_json(json).is_err(),
        "{why}: from_json accepts it"
    );
    assert!(!errors(v, json).is_empty(), "{why}: the schema accepts it");
}

/// A generated 全項目 report as a JSON value, to break.
fn full_value() -> Value {
    let s = Scenario::default().with_form(AssessmentKind::Full);
    serde_json::to_value(generate(&s, 0).unwrap()).unwrap()
}

#[test]
fn what_from_json_rejects_the_schema_rejects() {
    let v = validator();
    // An unknown field, at the root and deep inside.
    let mut r = full_value();
    r["remarks"] = json!("x");
    assert_both_reject(&v, &r.to_string(), "unknown root field");
    let mut r = full_value();
    r["files"][0]["storage"]["shelf"] = json!("B2");
    assert_both_reject(&v, &r.to_string(), "unknown nested field");
    // A wrong label.
    let mut r = full_value();
    r["files"][0]["data_subjects"] = json!("10万人");
    assert_both_reject(&v, &r.to_string(), "wrong label");
    let mut r = full_value();
    r["full"]["risk_measures"]["usage"]["risk3"]["sufficiency"] = json!("まあまあ");
    assert_both_reject(&v, &r.to_string(), "wrong label in the form part");
    // An item of another form: 保管期間 in a 重点 report, 委託事項 in a 基礎 report.
    let mut r = full_value();
    r["form"] = json!("重点項目評価");
    r["focused"] = json!({});
    r.as_object_mut().unwrap().remove("full");
    for key in ["necessity", "benefits", "description_appendix"] {
        r["affair"][key] = Value::Null;
    }
    for f in r["files"].as_array_mut().unwrap() {
        for key in ["timing", "validity", "notice"] {
            f["acquisition"][key] = Value::Null;
        }
        for key in ["statistics", "decisions", "purpose_change_validity"] {
            f["usage"][key] = Value::Null;
        }
        for e in f["entrustments"].as_array_mut().unwrap() {
            for key in [
                "scope",
                "data_subjects",
                "subject_scope",
                "scope_validity",
                "entrustee_confirmation",
            ] {
                e[key] = Value::Null;
            }
            e["handover_methods"] = json!({ "checked": [], "other": null });
        }
        for key in ["retention", "retention_validity", "erasure"] {
            f["storage"][key] = Value::Null;
        }
    }
    for key in [
        "request_note",
        "fee",
        "fee_detail",
        "register_published",
        "register_file_name",
        "register_place",
    ] {
        r["disclosure"][key] = Value::Null;
    }
    for key in ["shortening_reason", "reflection"] {
        r["procedures"]["public_comment"][key] = Value::Null;
    }
    // Without the 全項目-only items it is a loadable 重点 report…
    let focused = r.to_string();
    assert!(
        Report::from_json(&focused).is_ok(),
        "{:?}",
        Report::from_json(&focused).err()
    );
    assert!(
        errors(&v, &focused).is_empty(),
        "{:?}",
        errors(&v, &focused)
    );
    // …and a 保管期間 makes it one neither accepts.
    r["files"][0]["storage"]["retention"] = json!("5年");
    assert_both_reject(&v, &r.to_string(), "保管期間 in a 重点 report");
    // A blank text stays allowed, as loading allows it.
    r["files"][0]["storage"]["retention"] = Value::Null;
    r["files"][0]["storage"]["erasure"] = json!("　");
    assert!(Report::from_json(&r.to_string()).is_ok());
    assert!(errors(&v, &r.to_string()).is_empty());
    // The part of another form, and a missing form.
    let mut r = full_value();
    r["basic"] = json!({});
    assert_both_reject(&v, &r.to_string(), "two parts");
    let mut r = full_value();
    r.as_object_mut().unwrap().remove("form");
    assert_both_reject(&v, &r.to_string(), "no form");
    // A 委託事項 in a 基礎 report.
    let basic = generate(&Scenario::default().with_form(AssessmentKind::Basic), 0).unwrap();
    let mut r = serde_json::to_value(basic).unwrap();
    r["files"] = json!([{ "entrustments": [{ "entrustee": "株式会社あおぞら" }] }]);
    assert_both_reject(&v, &r.to_string(), "委託事項 in a 基礎 report");
}

/// Every property the schema names is one the crate writes: the generated reports of the three
/// forms (which fill every field) hold every key of their form's schema.
#[test]
fn the_schema_names_only_fields_the_crate_writes() {
    fn keys(value: &Value, path: &str, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let p = format!("{path}.{k}");
                    out.insert(p.clone());
                    // 入手元 is a map from labels, not an object of fields.
                    if k != "sources" {
                        keys(v, &p, out);
                    }
                }
            }
            Value::Array(items) => {
                for v in items {
                    keys(v, &format!("{path}[]"), out);
                }
            }
            _ => {}
        }
    }
    fn declared(defs: &Value, schema: &Value, path: &str, out: &mut BTreeSet<String>) {
        if let Some(name) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
        {
            declared(defs, &defs[name], path, out);
        }
        for alternative in schema
            .get("anyOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            declared(defs, alternative, path, out);
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                let p = format!("{path}.{k}");
                out.insert(p.clone());
                declared(defs, v, &p, out);
            }
        }
        if let Some(items) = schema.get("items") {
            declared(defs, items, &format!("{path}[]"), out);
        }
    }
    let schema = generated();
    for &form in AssessmentKind::ALL {
        let mut written = BTreeSet::new();
        for seed in 0..20 {
            let s = Scenario::default()
                .with_form(form)
                .with_entrustments(6)
                .with_re_entrustment_depth(2)
                .with_incident(true)
                // 1万人以上10万人未満 with a 重大事故 requires 重点; 30万人以上 全項目.
                .with_subjects(if form == AssessmentKind::Focused {
                    50_000
                } else {
                    450_000
                });
            let r = generate(&s, seed).unwrap();
            keys(&serde_json::to_value(&r).unwrap(), "", &mut written);
            // A 情報連携 part that says 「なし」.
            let none = mynumber_pia::generate::with_defect(
                &r,
                mynumber_pia::validation::Code::LinkageNoneContradicted,
                s.as_of,
            )
            .unwrap();
            keys(
                &serde_json::to_value(&none.report).unwrap(),
                "",
                &mut written,
            );
            let mut asks_nothing = r.clone();
            asks_nothing.affair.info_linkage_basis = Some(
                mynumber_pia::report::LinkageBasis::parse(
                    "（1）情報提供の根拠\n番号利用法第19条第8号\n（2）情報照会の根拠\nなし（情報照会は行わない。）",
                )
                .unwrap(),
            );
            keys(
                &serde_json::to_value(&asks_nothing).unwrap(),
                "",
                &mut written,
            );
        }
        // Fields the generator leaves out but the samples have.
        for sample in Sample::ALL {
            let r = sample.load().unwrap();
            if r.form() == form {
                keys(&serde_json::to_value(&r).unwrap(), "", &mut written);
            }
        }
        let mut named = BTreeSet::new();
        declared(
            &schema["$defs"],
            &schema["$defs"][format!("{}_report", form.as_str())],
            "",
            &mut named,
        );
        // ChangeRecord.note is written only when present.
        let missing: Vec<&String> = named
            .difference(&written)
            .filter(|p| !p.ends_with("changes[].note"))
            // A 基礎 report has no Ⅱ: its (blank) file blocks are checked with the other forms.
            .filter(|p| !(form == AssessmentKind::Basic && p.starts_with(".files[]")))
            .collect();
        assert!(missing.is_empty(), "{form}: {missing:?}");
        assert!(
            written.is_subset(&named),
            "{form}: {:?}",
            written.difference(&named).collect::<Vec<_>>()
        );
    }
}

#[test]
fn every_choice_list_is_named_once_with_its_official_labels() {
    let all = choices();
    let names: BTreeSet<&str> = all.iter().map(|(n, _)| *n).collect();
    assert_eq!(names.len(), all.len());
    let schema = generated();
    assert_eq!(
        schema["$defs"]["SubjectCountBand"]["enum"][4],
        json!("30万人以上")
    );
    assert_eq!(
        schema["$defs"]["DataSubjectBand"]["enum"][1],
        json!("1万人以上10万人未満")
    );
}
