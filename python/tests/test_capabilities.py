"""Every public item of the crate's modules, against the Python API that reaches it.

The crate's items are read from its source (``src/lib.rs`` and each module's root), so a public
item added to the crate fails this test until it is listed here: reached by a Python name
(``"Report.validate"``), or not bound, with the reason.
"""

from __future__ import annotations

import re

import pytest

import mynumber_pia as pia
from conftest import ROOT

#: Rust items whose data a Python value carries, not a class of its own.
DATA = "data of Report.to_dict() and the Report attributes (dicts in the JSON format's shape)"

CAPABILITIES: dict[str, dict[str, str | None]] = {
    "lib": {
        "AssessmentKind": "AssessmentKind",
        "Choice": "Label",
        "EmptyIntervalError": None,
        "Finding": "Finding",
        "Interval": None,
        "LoadError": "LoadError",
        "ParseChoiceError": "ParseChoiceError",
        "ParseWordError": "ParseChoiceError",
        "ReadmeDoctests": None,
        "Relation": None,
        "Report": "Report",
        "Sample": "Report.sample",
        "Severity": "Severity",
        "ValidationReport": "Findings",
        "Visible": None,
        "is_unsafe_char": None,
        "normalize_label": "normalize_label",
        "validate": "Report.validate",
    },
    "threshold": {
        "AssessmentKind": "AssessmentKind",
        "CountErrorKind": "ParseCountError",
        "Exemption": "ThresholdOutcome.exemption",
        "Grounds": "ThresholdOutcome.grounds",
        "GuidelineCitation": "ThresholdOutcome.guideline",
        "HandlerCount": "decide",
        "HandlerCountBand": "HandlerCountBand",
        "IncidentInput": "decide",
        "OtherExemptionItem": "decide",
        "ParseCitationError": None,
        "ParseCountError": "ParseCountError",
        "PartialOutcome": "PartialOutcome",
        "ReportSet": "ReportSet",
        "RequiredAssessment": "RequiredAssessment",
        "RuleCitation": "ThresholdOutcome.rules",
        "SeriousIncident": "SeriousIncident",
        "StatedThresholdResult": "Report.stated_threshold_result",
        "SubjectCount": "decide",
        "SubjectCountBand": "SubjectCountBand",
        "ThresholdInput": "decide",
        "ThresholdOutcome": "ThresholdOutcome",
        "decide": "decide",
        "decide_partial": "decide_partial",
    },
    "wareki": {
        "DateKind": "DateKind",
        "DateRange": "parse_wareki",
        "DateValue": "WarekiValue",
        "Era": "Era",
        "FiscalYear": "parse_wareki",
        "GREGORIAN_ADOPTION": None,
        "Iso": "WarekiValue.iso",
        "Short": "format_wareki",
        "WarekiDate": "parse_date",
        "WarekiError": "WarekiError",
        "WarekiYear": "parse_wareki",
        "YearMonth": "parse_wareki",
    },
    "legal_basis": {
        "APPENDIX1_ORDER_ARTICLES_KEPT": None,
        "APPENDIX1_TO_APPENDIX": None,
        "APPENDIX2_TO_LINKAGE_TABLE": None,
        "Article": "LegalBasis.to_dict",
        "Bridge": "LegalBasis.to_dict",
        "Citation": "LegalBasis.citations",
        "ColumnCondition": None,
        "ColumnValue": None,
        "Heading": "LegalBasis.to_dict",
        "HeadingKind": "LegalBasis.to_dict",
        "Instrument": "LegalBasis.to_dict",
        "Item": "LegalBasis.to_dict",
        "LawChange": "LawChange",
        "LegalBasis": "LegalBasis",
        "LegalBasisError": "LegalBasisError",
        "Provision": "LegalBasis.to_dict",
        "Regime": "LegalBasis.is_pre_2024_regime",
        "Row": "LegalBasis.to_dict",
        "RowArticleMismatch": None,
        "Table": "LegalBasis.to_dict",
        "TableKind": "LegalBasis.to_dict",
        "Target": "LegalBasis.to_dict",
        "Unparsed": "LegalBasis.unparsed",
        "appendix1_row_to_appendix_row": None,
        "appendix2_row_to_linkage_row": None,
        "appendix_row_to_appendix1_row": None,
        "linkage_row_to_appendix2_row": None,
    },
    "report": {
        **{
            name: "Report.to_dict"
            for name in (
                "Acquisition Affair BasicAssessmentStep BasisPart ChangeRecord CheckSet ChoiceSet "
                "ChoiceSetIter Control Cover DateOrMonth Destination Disclosure Entrustment FileBlock "
                "FormPart LinkageBasis Period PpcApproval Procedures ProvisionTransferStatus "
                "PublicComment ReEntrustee RecentIncidents RecordItemGroup RecordItems RecordItemsIter "
                "Risk Storage System ThirdPartyReview Usage"
            ).split()
        },
        **{
            name: name
            for name in (
                "AssessmentKind AuditKind BodyKind Connection DataSubjectBand Effort EntrustedScope "
                "EntrustmentStatus Established Fee FileKind IncidentHistory InfoLinkage Medium Performed "
                "ReEntrusteeOversight ReEntrustmentStatus RecordItemBand RecordItemCategory Recorded "
                "Report Restricted RetentionPeriod SourceKind StaffCountBand SubmissionTiming Sufficiency"
            ).split()
        },
        "DateOrMonthError": "LoadError",
        "FORMAL_REASONS": None,
        "ItemId": "Finding.item",
        "ItemPath": "Finding.path",
        "JSON_SCHEMA": "JSON_SCHEMA",
        "LoadError": "LoadError",
        "LoadErrorKind": "LoadError",
        "ParsePathError": None,
        "Position": None,
        "ReportBuilder": "Report.from_dict",
        "SCHEMA_VERSION": "SCHEMA_VERSION",
        "SUPPORTED_SCHEMA_VERSIONS": None,
        "Segment": "Finding.path",
        "UnknownItemId": "UnknownItemId",
        "json_schema": "JSON_SCHEMA",
    },
    "validation": {
        "Code": "codes",
        "Family": "Family",
        "Finding": "Finding",
        "ParseCodeError": "ParseCodeError",
        "Severity": "Severity",
        "ValidationReport": "Findings",
        "validate": "validate_all",
    },
    "change": {
        "Change": "Change",
        "ChangeKind": "ChangeKind",
        "ChangeSet": "ChangeSet",
        "CompareError": "CompareError",
        "Consequence": "ChangeSet.consequences",
        "Override": "ChangeSet.override_judgement",
        "Reason": "Reason",
        "Significance": "Significance",
        "Step": "Step",
        "UnknownChange": "UnknownChange",
        "compare": "compare",
    },
    "samples": {"Sample": "samples"},
    "render": {
        "to_html": "render_html",
        "to_markdown": "render_markdown",
        "review_html": "Draft.review_html",
    },
    "schedule": {
        "Anchor": "Obligation.from_date",
        "Basis": "Basis",
        "Duty": "Duty",
        "EndDateError": "Register.problems",
        "IncidentEffect": "Register.obligations",
        "IncidentEffects": "Register.obligations",
        "Obligation": "Obligation",
        "ObligationKind": "ObligationKind",
        "Reason": "Obligation.reason",
        "Register": "Register",
        "RegisterEntry": "Register.entries",
        "RegisterProblem": "Register.problems",
        "ReportRef": "Obligation.report",
        "Status": "Status",
        "obligations": "obligations",
        "period_end": None,
        "to_icalendar": "Register.to_icalendar",
    },
    "generate": {
        "Defect": "defects",
        "DefectError": "DefectError",
        "Defective": "Defective",
        "Scenario": "generate",
        "ScenarioError": "ScenarioError",
        "generate": "generate",
        "with_defect": "generate",
        "Size": "generate",
        "Ranges": None,
    },
    "import": {
        "BinaryReason": "TextImportError",
        "Confidence": "Draft.values",
        "DecodeError": "TextImportError",
        "Decoded": "decode",
        "Draft": "Draft",
        "Encoding": "decode",
        "ImportError": "TextImportError",
        "PdfError": "PdfError",
        "Shape": "Draft.shape",
        "Trace": "Draft.trace",
        "TracedValue": "Draft.values",
        "Unread": "Draft.unread",
        "UnreadReason": "Draft.unread",
        "Warning": "Draft.warnings",
        "decode": "decode",
        "Furniture": "Draft.trace",
        "FurnitureKind": "Draft.trace",
        "ShapedText": "shape_text",
        "shape_text": "shape_text",
        "import": "import_text",
        "import_bytes": "import_bytes",
        "pdf_text": "pdf_text",
        "read_pdf": "import_pdf",
        "PdfText": "import_pdf",
        # import_pdf reads a PDF with its page's layout (PdfText::import → import_laid_out).
        "PageLayout": "import_pdf",
        "import_laid_out": "import_pdf",
        "import_change_list": "import_change_list",
        "Gap": "Draft.gap",
        "Gaps": "Draft.gap",
    },
    "form": {
        "FormRevision": "FormRevision",
        "printed_label": "printed_label",
        "labels": "labels",
        "section_title": "section_title",
        "heading": "heading",
        "CHAPTER_TITLES": "CHAPTER_TITLES",
        "body_kind_of_name": "body_kind_of_name",
        "ItemId": "printed_label",
        "Change": None,
        "DIFFERENCES": None,
        "Difference": None,
        "ADDITIONS": None,
        "Addition": None,
        "differences_in": None,
        "in_revision": None,
        "printed_number": None,
        "ItemNumber": None,
        "UnknownItemNumber": None,
        "Place": None,
        "Block": None,
        "COVER": None,
        "APPENDIX": None,
        "PROVISION": None,
        "TRANSFER": None,
        "RISK": None,
        "ENTRUSTMENT": None,
        "medium_boxes": None,
        "CHOICE_HEADING": None,
        "CHOICE_HEADING_SPELLINGS": None,
        "GOV_ONLY_MARK": None,
        "FORM_AS_SOURCE": None,
    },
    "visible": {"Visible": None, "is_unsafe_char": None},
    # proptest strategies (Rust feature `proptest`): in Python, generate() with hypothesis's seeds.
    "fixtures": {},
}

#: Why each item mapped to None is not bound (checked: every None has a reason).
NOT_BOUND = {
    "EmptyIntervalError": "intervals of the bands are internal to the しきい値判断",
    "Interval": "intervals of the bands are internal to the しきい値判断",
    "Relation": "intervals of the bands are internal to the しきい値判断",
    "ReadmeDoctests": "the README's doctests, not an API",
    "Visible": "terminal-safe display for the CLI; Python's repr() escapes",
    "is_unsafe_char": "terminal-safe display for the CLI; Python's repr() escapes",
    "ParseCitationError": "rule citations are given out, never read in, by the bindings",
    "GREGORIAN_ADOPTION": "a constant of 和暦: format_wareki and parse_date refuse days before it",
    "APPENDIX1_ORDER_ARTICLES_KEPT": "row tables between law revisions: to bind with the legal-basis rewrite",
    "APPENDIX1_TO_APPENDIX": "row tables between law revisions: to bind with the legal-basis rewrite",
    "APPENDIX2_TO_LINKAGE_TABLE": "row tables between law revisions: to bind with the legal-basis rewrite",
    "ColumnCondition": "column notes of a legal basis: not yet bound",
    "ColumnValue": "column notes of a legal basis: not yet bound",
    "RowArticleMismatch": "row tables between law revisions: to bind with the legal-basis rewrite",
    "appendix1_row_to_appendix_row": "row tables between law revisions: to bind with the legal-basis rewrite",
    "appendix2_row_to_linkage_row": "row tables between law revisions: to bind with the legal-basis rewrite",
    "appendix_row_to_appendix1_row": "row tables between law revisions: to bind with the legal-basis rewrite",
    "linkage_row_to_appendix2_row": "row tables between law revisions: to bind with the legal-basis rewrite",
    "FORMAL_REASONS": "the 変更箇所 reasons are in ChangeSet.records()",
    "ParsePathError": "paths are given out as str, never read in",
    "Position": "item positions are internal to rendering and diffs",
    "SUPPORTED_SCHEMA_VERSIONS": "Report.from_json accepts every supported version",
    "period_end": "the duties' dates are in Obligation.due",
    "Change": "the older revisions' differences are read through printed_label and labels",
    "DIFFERENCES": "the older revisions' differences are read through printed_label and labels",
    "Difference": "the older revisions' differences are read through printed_label and labels",
    "ADDITIONS": "the items later revisions added: for the renderer (a report renders its revision's items); not yet bound",
    "Addition": "the items later revisions added: for the renderer (a report renders its revision's items); not yet bound",
    "differences_in": "the older revisions' differences are read through printed_label and labels",
    "in_revision": "the items later revisions added: for the renderer (a report renders its revision's items); not yet bound",
    "printed_number": "item numbers are given out as text (Finding.location), never read in; not yet bound",
    "ItemNumber": "item numbers are given out as text (Finding.location), never read in",
    "UnknownItemNumber": "item numbers are given out as text (Finding.location), never read in",
    "Place": "item numbers are given out as text (Finding.location), never read in",
    "Block": "item numbers are given out as text (Finding.location), never read in",
    "COVER": "words of the item numbers, for the renderer and the importer",
    "APPENDIX": "words of the item numbers, for the renderer and the importer",
    "PROVISION": "words of the item numbers, for the renderer and the importer",
    "TRANSFER": "words of the item numbers, for the renderer and the importer",
    "RISK": "words of the item numbers, for the renderer and the importer",
    "ENTRUSTMENT": "words of the item numbers, for the renderer and the importer",
    "Ranges": "the generator's size ranges: generate(size=…) draws its counts from them; not bound as a value",
    "medium_boxes": "the box order of the renderer and the importer; the Medium enum lists the boxes",
    "CHOICE_HEADING": "words the forms print around the items, for the renderer and the importer",
    "CHOICE_HEADING_SPELLINGS": "words the forms print around the items, for the renderer and the importer",
    "GOV_ONLY_MARK": "words the forms print around the items, for the renderer and the importer",
    "FORM_AS_SOURCE": "the 様式 as a rule's source; Finding.source and the schedule's duties give it as text",
}


def crate_items(source: str) -> set[str]:
    """The public items a module's root declares or re-exports (tests excluded)."""
    source = re.split(r"#\[cfg\(test\)\]\s*mod tests", source)[0]
    names: set[str] = set()
    for group, single in re.findall(r"^pub use [\w:]+::(?:\{([^}]*)\}|(\w+));", source, re.M):
        names.update(n.strip() for n in (group or single).replace("\n", " ").split(",") if n.strip())
    names.update(re.findall(r"^pub (?:const )?fn (\w+)", source, re.M))
    names.update(re.findall(r"^\s*pub (?:struct|enum|trait) (\w+)", source, re.M))
    names.update(re.findall(r"^pub const (\w+)", source, re.M))
    return names


def module_source(module: str) -> str:
    src = ROOT / "src"
    path = src / "lib.rs" if module == "lib" else src / module / "mod.rs"
    if not path.exists():
        path = src / f"{module}.rs"
    return path.read_text(encoding="utf-8")


def test_every_module_is_listed() -> None:
    modules = set(re.findall(r"^pub mod (\w+);", module_source("lib"), re.M)) | {"lib"}
    assert modules == set(CAPABILITIES)


@pytest.mark.parametrize("module", sorted(set(CAPABILITIES) - {"fixtures"}))
def test_every_item_is_reached_or_explained(module: str) -> None:
    items = crate_items(module_source(module))
    listed = CAPABILITIES[module]
    assert sorted(items - set(listed)) == [], f"crate items of {module} not listed here"
    assert sorted(set(listed) - items) == [], f"listed items not in the crate's {module}"
    for item, python in listed.items():
        if python is None:
            assert item in NOT_BOUND, f"{module}::{item} is not bound and has no reason"
            continue
        target: object = pia
        for part in python.split("."):
            assert hasattr(target, part), f"{module}::{item} → {python}: no {part}"
            target = getattr(target, part)


def test_every_python_name_is_documented() -> None:
    for name in pia.__all__:
        value = getattr(pia, name)
        if callable(value):
            assert value.__doc__, name
