"""Typed surface of mynumber_pia: the Rust crate mynumber-pia for Python.

Each enum's members and values below are written out from the crate's tables; the test
tests/test_stubs.py checks that they are the ones the module builds.
"""

import datetime
import enum
import os
from collections.abc import Sequence
from typing import Any, ClassVar, Literal, TypeVar, final, overload

_PathLike = str | os.PathLike[str]
_Bytes = bytes | bytearray | memoryview
_Form = AssessmentKind | str
_L = TypeVar("_L", bound=Label)

__version__: str
__all__: list[str]
ENUMS: list[str]
EXCEPTIONS: list[str]
SCHEMA_VERSION: int
JSON_SCHEMA: str

# ── errors ────────────────────────────────────────────────────────────────────────────────

class PiaError(ValueError): ...
class LoadError(PiaError): ...
class ParseChoiceError(PiaError): ...
class ParseCountError(PiaError): ...
class WarekiError(PiaError): ...
class LegalBasisError(PiaError): ...
class CompareError(PiaError): ...
class UnknownChange(PiaError): ...
class TextImportError(PiaError): ...
class PdfError(PiaError): ...
class ScenarioError(PiaError): ...
class DefectError(PiaError): ...
class ParseCodeError(PiaError): ...
class UnknownItemId(PiaError): ...

# ── enums: values are the forms' labels ─────────────────────────────────────────────────────

class Label(str, enum.Enum):  # type: ignore[misc]  # the base of every list, itself empty
    def __new__(cls: type[_L], value: object) -> _L: ...
    @classmethod
    def parse(cls: type[_L], text: str) -> _L: ...

class AssessmentKind(Label):
    BASIC = '基礎項目評価'
    FOCUSED = '重点項目評価'
    FULL = '全項目評価'

class SubjectCountBand(Label):
    UNDER_1K = '1,000人未満（任意実施）'
    FROM_1K_TO_10K = '1,000人以上1万人未満'
    FROM_10K_TO_100K = '1万人以上10万人未満'
    FROM_100K_TO_300K = '10万人以上30万人未満'
    AT_LEAST_300K = '30万人以上'

class HandlerCountBand(Label):
    AT_LEAST_500 = '500人以上'
    UNDER_500 = '500人未満'

class SeriousIncident(Label):
    OCCURRED = '発生あり'
    NOT_OCCURRED = '発生なし'

class RequiredAssessment(Label):
    NOT_REQUIRED = '特定個人情報保護評価の実施が義務付けられない'
    BASIC = '基礎項目評価の実施が義務付けられる'
    BASIC_AND_FOCUSED = '基礎項目評価及び重点項目評価の実施が義務付けられる'
    BASIC_AND_FULL = '基礎項目評価及び全項目評価の実施が義務付けられる'

class ReportSet(Label):
    BASIC = '基礎項目評価書'
    BASIC_AND_FOCUSED = '基礎項目評価書及び重点項目評価書'
    BASIC_AND_FULL = '基礎項目評価書及び全項目評価書'

class Era(Label):
    MEIJI = '明治'
    TAISHO = '大正'
    SHOWA = '昭和'
    HEISEI = '平成'
    REIWA = '令和'

class DateKind(Label):
    DAY = '年月日'
    YEAR_MONTH = '年月'
    FISCAL_YEAR = '年度'
    YEAR = '年'
    RANGE = '期間'

class Severity(Label):
    INFO = '情報'
    WARNING = '警告'
    ERROR = 'エラー'

class Family(Label):
    THRESHOLD = 'しきい値判断'
    HANDLERS = '取扱者数'
    ENTRUSTMENT = '委託'
    PROVISION = '提供・移転'
    CONTENT = '必要な記載'
    PROCEDURE = '評価実施手続'
    TIME = '時期'
    CHANGES = '変更箇所'

class ChangeKind(Label):
    ADDED = '追加'
    REMOVED = '削除'
    MODIFIED = '変更'

class Significance(Label):
    SIGNIFICANT = '重要な変更'
    NOT_SIGNIFICANT = '重要な変更に当たらない'

class Reason(Label):
    NOT_MARKED = 'その他の項目の変更'
    SAME_LEGAL_MEANING = '法令の改正に伴う形式的な変更'
    NOTATION_ONLY = '表記のみの修正'
    REDUCTION = '取り扱う範囲を縮小する変更'
    MARKED_ITEM = '※項目の変更'

class Step(Label):
    PUBLIC_COMMENT = '意見の聴取'
    THIRD_PARTY_REVIEW = '第三者点検'
    PPC_APPROVAL = '委員会の承認'
    REVIEW_OR_APPROVAL = '第三者点検又は委員会の承認'

class ObligationKind(Label):
    REASSESSMENT = '再実施'
    REVIEW = '見直し'
    COUNT_DATE = '計数時点'
    SERIOUS_INCIDENT = '重大事故'
    KEEP_PUBLISHED = '公表継続'

class Status(Label):
    OVERDUE = '期限超過'
    DUE_SOON = '期限間近'
    LATER = '期限前'

class Duty(Label):
    REQUIRED = '義務'
    EFFORT = '努力義務'

class Basis(Label):
    PUBLISHED_ON = '公表日'
    BASIC_ASSESSMENT = '基礎項目評価の実施日'
    LATEST_CHANGE = '変更日'
    COUNT_DATE = '計数時点'
    INCIDENT = '重大事故の発生日'
    AFFAIR_END = '事務の終了日'

class LawChange(Label):
    ARTICLE_19_RENUMBERING = '令和4年の番号法改正（第19条第7号→第19条第8号）'
    RESTRUCTURING_2024 = '令和6年5月27日施行の番号法改正（別表第一→別表、別表第二→第19条第8号に基づく主務省令第2条の表）'

class BodyKind(Label):
    NATIONAL_AGENCY = '行政機関等'
    LOCAL_GOVERNMENT = '地方公共団体等'

class InfoLinkage(Label):
    YES = '実施する'
    NO = '実施しない'
    UNDECIDED = '未定'

class FileKind(Label):
    SYSTEM = 'システム用ファイル'
    OTHER_ELECTRONIC = 'その他の電子ファイル（表計算ファイル等）'

class DataSubjectBand(Label):
    UNDER_10K = '1万人未満'
    FROM_10K_TO_100K = '1万人以上10万人未満'
    FROM_100K_TO_1M = '10万人以上100万人未満'
    FROM_1M_TO_10M = '100万人以上1,000万人未満'
    AT_LEAST_10M = '1,000万人以上'

class RecordItemBand(Label):
    UNDER_10 = '10項目未満'
    FROM_10_TO_50 = '10項目以上50項目未満'
    FROM_50_TO_100 = '50項目以上100項目未満'
    AT_LEAST_100 = '100項目以上'

class StaffCountBand(Label):
    UNDER_10 = '10人未満'
    FROM_10_TO_50 = '10人以上50人未満'
    FROM_50_TO_100 = '50人以上100人未満'
    FROM_100_TO_500 = '100人以上500人未満'
    FROM_500_TO_1000 = '500人以上1,000人未満'
    AT_LEAST_1000 = '1,000人以上'

class EntrustmentStatus(Label):
    ENTRUSTS = '委託する'
    DOES_NOT_ENTRUST = '委託しない'

class EntrustedScope(Label):
    WHOLE = '特定個人情報ファイルの全体'
    PART = '特定個人情報ファイルの一部'

class ReEntrustmentStatus(Label):
    RE_ENTRUSTS = '再委託する'
    DOES_NOT_RE_ENTRUST = '再委託しない'

class RetentionPeriod(Label):
    UNDER_ONE_YEAR = '1年未満'
    ONE_YEAR = '1年'
    TWO_YEARS = '2年'
    THREE_YEARS = '3年'
    FOUR_YEARS = '4年'
    FIVE_YEARS = '5年'
    FROM_6_TO_10_YEARS = '6年以上10年未満'
    FROM_10_TO_20_YEARS = '10年以上20年未満'
    AT_LEAST_20_YEARS = '20年以上'
    UNDEFINED = '定められていない'

class Sufficiency(Label):
    SPECIAL_EFFORT = '特に力を入れている'
    SUFFICIENT = '十分である'
    ISSUES_REMAIN = '課題が残されている'

class Performed(Label):
    YES = '行っている'
    NO = '行っていない'

class Recorded(Label):
    YES = '記録を残している'
    NO = '記録を残していない'

class Restricted(Label):
    YES = '制限している'
    NO = '制限していない'

class Established(Label):
    YES = '定めている'
    NO = '定めていない'

class ReEntrusteeOversight(Label):
    SPECIAL_EFFORT = '特に力を入れて行っている'
    SUFFICIENT = '十分に行っている'
    INSUFFICIENT = '十分に行っていない'
    NO_RE_ENTRUSTMENT = '再委託していない'

class Effort(Label):
    SPECIAL_EFFORT = '特に力を入れて行っている'
    SUFFICIENT = '十分に行っている'
    INSUFFICIENT = '十分に行っていない'

class IncidentHistory(Label):
    OCCURRED = '発生あり'
    NOT_OCCURRED = '発生なし'

class Fee(Label):
    CHARGED = '有料'
    FREE = '無料'

class SubmissionTiming(Label):
    BEFORE = '事前'
    AFTER = '事後'

class Connection(Label):
    INFO_NETWORK = '情報提供ネットワークシステム'
    INTRA_OFFICE = '庁内連携システム'
    RESIDENT_REGISTRY_NETWORK = '住民基本台帳ネットワークシステム'
    EXISTING_RESIDENT_REGISTRY = '既存住民基本台帳システム'
    ADDRESS_SYSTEM = '宛名システム等'
    TAX_SYSTEM = '税務システム'
    OTHER = 'その他'

class RecordItemCategory(Label):
    INDIVIDUAL_NUMBER = '個人番号'
    NUMBER_CODE = '個人番号対応符号'
    OTHER_IDENTIFIER = 'その他識別情報（内部番号）'
    FOUR_ITEMS = '4情報（氏名、性別、生年月日、住所）'
    CONTACT_DETAILS = '連絡先（電話番号等）'
    OTHER_RESIDENT_RECORD = 'その他住民票関係情報'
    NATIONAL_TAX = '国税関係情報'
    LOCAL_TAX = '地方税関係情報'
    HEALTH_MEDICAL = '健康・医療関係情報'
    MEDICAL_INSURANCE = '医療保険関係情報'
    CHILD_WELFARE = '児童福祉・子育て関係情報'
    DISABILITY_WELFARE = '障害者福祉関係情報'
    PUBLIC_ASSISTANCE = '生活保護・社会福祉関係情報'
    ELDERLY_CARE = '介護・高齢者福祉関係情報'
    EMPLOYMENT = '雇用・労働関係情報'
    PENSION = '年金関係情報'
    EDUCATION = '学校・教育関係情報'
    DISASTER = '災害関係情報'
    OTHER = 'その他'

class SourceKind(Label):
    PERSON = '本人又は本人の代理人'
    OTHER_DEPARTMENT = '評価実施機関内の他部署'
    NATIONAL_BODY = '行政機関・独立行政法人等'
    LOCAL_BODY = '地方公共団体・地方独立行政法人'
    PRIVATE_BUSINESS = '民間事業者'
    OTHER = 'その他'

class Medium(Label):
    PAPER = '紙'
    ELECTRONIC_MEDIA = '電子記録媒体（フラッシュメモリを除く。）'
    FLASH_MEMORY = 'フラッシュメモリ'
    EMAIL = '電子メール'
    DEDICATED_LINE = '専用線'
    INTRA_OFFICE = '庁内連携システム'
    INFO_NETWORK = '情報提供ネットワークシステム'
    OTHER = 'その他'

class AuditKind(Label):
    SELF_CHECK = '自己点検'
    INTERNAL = '内部監査'
    EXTERNAL = '外部監査'

class PriorityMeasure(Label):
    UNINTENDED_ACQUISITION = '目的外の入手が行われるリスクへの対策'
    EXCESSIVE_LINKING = '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策'
    UNAUTHORIZED_USE = '権限のない者によって不正に使用されるリスクへの対策'
    ENTRUSTEE_MISUSE = '委託先における不正な使用等のリスクへの対策'
    IMPROPER_PROVISION = '不正な提供・移転が行われるリスクへの対策(委託や情報提供ネットワークシステムを通じた提供を除く。)'
    NETWORK_ACQUISITION = '情報提供ネットワークシステムを通じて目的外の入手が行われるリスクへの対策'
    NETWORK_PROVISION = '情報提供ネットワークシステムを通じて不正な提供が行われるリスクへの対策'
    LEAKAGE = '特定個人情報の漏えい・滅失・毀損リスクへの対策'
    TRAINING = '従業者に対する教育・啓発'

class NiscCompliance(Label):
    SPECIAL_EFFORT = '特に力を入れて遵守している'
    SUFFICIENT = '十分に遵守している'
    INSUFFICIENT = '十分に遵守していない'
    NOT_GOVERNMENT_AGENCY = '政府機関ではない'

class Maintained(Label):
    SPECIAL_EFFORT = '特に力を入れて整備している'
    SUFFICIENT = '十分に整備している'
    INSUFFICIENT = '十分に整備していない'

class Publicized(Label):
    SPECIAL_EFFORT = '特に力を入れて周知している'
    SUFFICIENT = '十分に周知している'
    INSUFFICIENT = '十分に周知していない'

class DeceasedNumbers(Label):
    KEPT = '保管している'
    NOT_KEPT = '保管していない'

class FormRevision(Label):
    HEISEI_26_APRIL = '平成26年4月'
    HEISEI_28_JANUARY = '平成28年1月'
    HEISEI_29_MAY = '平成29年5月'
    HEISEI_30_MAY = '平成30年5月'
    REIWA_6_OCTOBER = '令和6年10月'
    CURRENT: ClassVar[FormRevision]
    @staticmethod
    def nearest_known(revision: FormRevision | str) -> FormRevision: ...

def normalize_label(text: str) -> str: ...

# ── しきい値判断 (threshold determination) ─────────────────────────────────────────────────

def decide(
    *,
    subjects: int | SubjectCountBand | str,
    handlers: int | HandlerCountBand | str,
    serious_incident: bool | SeriousIncident | str,
    exemption: int | None = None,
) -> ThresholdOutcome: ...
def decide_partial(
    *,
    subjects: int | SubjectCountBand | str,
    handlers: int | HandlerCountBand | str | None = None,
    serious_incident: bool | SeriousIncident | str | None = None,
) -> PartialOutcome: ...

@final
class ThresholdOutcome:
    @property
    def required(self) -> RequiredAssessment: ...
    @property
    def grounds(self) -> str: ...
    @property
    def rules(self) -> list[str]: ...
    @property
    def guideline(self) -> str: ...
    @property
    def explanation(self) -> str: ...
    @property
    def subjects(self) -> int | SubjectCountBand: ...
    @property
    def subject_band(self) -> SubjectCountBand: ...
    @property
    def handler_band(self) -> HandlerCountBand | None: ...
    @property
    def exemption(self) -> tuple[int, str | None] | None: ...
    @property
    def serious_incident(self) -> SeriousIncident | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class PartialOutcome:
    @property
    def outcome(self) -> ThresholdOutcome | None: ...
    @property
    def required(self) -> RequiredAssessment | None: ...
    @property
    def lowest(self) -> RequiredAssessment: ...
    @property
    def highest(self) -> RequiredAssessment: ...
    def __contains__(self, required: object, /) -> bool: ...

# ── 和暦 (Japanese-calendar dates) ─────────────────────────────────────────────────────────

def parse_date(text: str) -> datetime.date: ...
def parse_wareki(text: str) -> WarekiValue: ...
def format_wareki(date: datetime.date, *, style: Literal["official", "short"] = "official") -> str: ...
def era_of(date: datetime.date) -> Era | None: ...

@final
class WarekiValue:
    @property
    def kind(self) -> DateKind: ...
    @property
    def first_day(self) -> datetime.date: ...
    @property
    def last_day(self) -> datetime.date: ...
    @property
    def iso(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...

# ── 法令上の根拠 (legal basis) ────────────────────────────────────────────────────────────

def parse_legal_basis(text: str) -> LegalBasis: ...

@final
class LegalBasis:
    @property
    def text(self) -> str: ...
    @property
    def citations(self) -> list[str]: ...
    @property
    def spans(self) -> list[tuple[str, int, int]]: ...
    @property
    def unparsed(self) -> list[str]: ...
    @property
    def is_pre_2024_regime(self) -> bool: ...
    @property
    def cites_article_19_8(self) -> bool: ...
    def canonical(self) -> list[str]: ...
    def same_meaning(self, other: LegalBasis) -> bool: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...

# ── 評価書 (assessment report) ─────────────────────────────────────────────────────────────

@final
class Report:
    @staticmethod
    def from_json(data: str | _Bytes) -> Report: ...
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Report: ...
    @staticmethod
    def load(path: _PathLike) -> Report: ...
    @staticmethod
    def sample(name: str) -> Report: ...
    @staticmethod
    def example(form: _Form) -> Report: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    @property
    def form(self) -> AssessmentKind: ...
    @property
    def form_revision(self) -> FormRevision | str | None: ...
    @property
    def cover(self) -> dict[str, Any]: ...
    @property
    def affair(self) -> dict[str, Any]: ...
    @property
    def systems(self) -> list[dict[str, Any]]: ...
    @property
    def files(self) -> list[dict[str, Any]]: ...
    @property
    def entrustments(self) -> list[dict[str, Any]]: ...
    @property
    def provisions(self) -> list[dict[str, Any]]: ...
    @property
    def transfers(self) -> list[dict[str, Any]]: ...
    @property
    def disclosure(self) -> dict[str, Any]: ...
    @property
    def procedures(self) -> dict[str, Any]: ...
    @property
    def changes(self) -> list[dict[str, Any]]: ...
    @property
    def part(self) -> dict[str, Any]: ...
    @property
    def subject_count(self) -> SubjectCountBand | None: ...
    @property
    def stated_threshold_result(self) -> str | None: ...
    def validate(self, *, as_of: datetime.date) -> Findings: ...
    def render_html(self) -> str: ...
    def render_markdown(self) -> str: ...
    def obligations(self, *, as_of: datetime.date) -> list[Obligation]: ...
    def __eq__(self, other: object, /) -> bool: ...

def samples() -> list[str]: ...
def render_html(report: Report) -> str: ...
def render_markdown(report: Report) -> str: ...

# ── 様式 (the forms and their revisions) ─────────────────────────────────────────────────────

CHAPTER_TITLES: list[str]

def printed_label(item: str, revision: FormRevision | str) -> str: ...
def labels(item: str) -> list[str]: ...
def section_title(form: _Form, chapter: str, section: int) -> str | None: ...
def heading(form: _Form, key: str) -> str | None: ...
def body_kind_of_name(name: str) -> BodyKind | None: ...

# ── 指摘 (findings of validation) ──────────────────────────────────────────────────────────

@final
class Finding:
    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def family(self) -> Family: ...
    @property
    def path(self) -> str: ...
    @property
    def item(self) -> str | None: ...
    @property
    def location(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def source(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Findings(Sequence[Finding]):
    @property
    def as_of(self) -> datetime.date: ...
    @property
    def has_errors(self) -> bool: ...
    def count(self, severity: Severity | str) -> int: ...  # type: ignore[override]
    def codes(self) -> list[str]: ...
    def summary(self) -> str: ...
    def to_dicts(self) -> list[dict[str, Any]]: ...
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: int, /) -> Finding: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[Finding]: ...

def validate_all(reports: Sequence[Report], *, as_of: datetime.date) -> list[Findings]: ...
def codes() -> list[dict[str, Any]]: ...

# ── 変更 (changes between two versions) ────────────────────────────────────────────────────

def compare(old: Report, new: Report) -> ChangeSet: ...

@final
class Change:
    @property
    def item(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def kind(self) -> ChangeKind: ...
    @property
    def before(self) -> str | None: ...
    @property
    def after(self) -> str | None: ...
    @property
    def significance(self) -> Significance: ...
    @property
    def significant(self) -> bool: ...
    @property
    def reason(self) -> Reason: ...
    @property
    def timing(self) -> SubmissionTiming: ...
    @property
    def explanation(self) -> str: ...
    @property
    def source(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class ChangeSet:
    @property
    def form(self) -> AssessmentKind: ...
    @property
    def affair(self) -> str: ...
    @property
    def changes(self) -> list[Change]: ...
    @property
    def consequences(self) -> list[dict[str, Any]]: ...
    @property
    def threshold(self) -> tuple[list[RequiredAssessment], list[RequiredAssessment]]: ...
    @property
    def significant_count(self) -> int: ...
    def summary(self) -> str: ...
    def override_judgement(self, index: int, significance: Significance | str, reason: str) -> None: ...
    def records(self, date: datetime.date) -> list[dict[str, Any]]: ...
    def __len__(self) -> int: ...

# ── 期限 (dated duties) and 計画管理書 (register) ───────────────────────────────────────────

def obligations(report: Report, *, as_of: datetime.date) -> list[Obligation]: ...

@final
class Obligation:
    @property
    def kind(self) -> ObligationKind: ...
    @property
    def due(self) -> datetime.date: ...
    @property
    def status(self) -> Status: ...
    @property
    def duty(self) -> Duty: ...
    @property
    def from_date(self) -> datetime.date: ...
    @property
    def from_basis(self) -> Basis: ...
    @property
    def source(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def report(self) -> dict[str, Any]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Register:
    def __new__(
        cls, reports: Sequence[Report], *, as_of: datetime.date, incident: datetime.date | None = None
    ) -> Register: ...
    @property
    def as_of(self) -> datetime.date: ...
    @property
    def entries(self) -> list[dict[str, Any]]: ...
    @property
    def obligations(self) -> list[Obligation]: ...
    @property
    def problems(self) -> list[dict[str, Any]]: ...
    def overdue(self) -> int: ...
    def summary(self) -> str: ...
    def to_icalendar(self) -> str: ...

# ── 取込み (import of a published text) ───────────────────────────────────────────────────

def import_text(text: str) -> Draft: ...
def import_bytes(data: _Bytes) -> Draft: ...
def shape_text(text: str) -> dict[str, Any]: ...
def import_pdf(source: _PathLike | _Bytes) -> Draft: ...
def pdf_text(data: _Bytes) -> str: ...
def decode(data: _Bytes) -> tuple[str, str]: ...
def import_change_list(text: str, onto: Report) -> Draft: ...

@final
class Draft:
    @property
    def report(self) -> Report: ...
    @property
    def values(self) -> list[dict[str, Any]]: ...
    @property
    def unread(self) -> list[dict[str, Any]]: ...
    @property
    def trace(self) -> dict[str, Any]: ...
    @property
    def warnings(self) -> list[dict[str, str]]: ...
    @property
    def shape(self) -> str: ...
    def summary(self) -> str: ...
    def review_html(self, text: str) -> str: ...
    def unread_chars(self, text: str) -> int: ...
    def gap(self, path: str) -> dict[str, Any] | None: ...

# ── 生成 (generated fixtures) ─────────────────────────────────────────────────────────────

@final
class Defective:
    @property
    def report(self) -> Report: ...
    @property
    def code(self) -> str: ...
    @property
    def expected(self) -> list[str]: ...

@overload
def generate(
    *,
    form: _Form | None = None,
    seed: int = 0,
    defect: None = None,
    subjects: int | None = None,
    handlers: int | None = None,
    incident: bool | None = None,
    systems: int | None = None,
    files: int | None = None,
    entrustments: int | None = None,
    re_entrustment_depth: int | None = None,
    provisions: int | None = None,
    transfers: int | None = None,
    changes: int | None = None,
    size: Literal["small", "typical", "large", "huge"] | None = None,
    revision: FormRevision | str | None = None,
    body_kind: BodyKind | str | None = None,
    as_of: datetime.date | None = None,
) -> Report: ...
@overload
def generate(
    *,
    form: _Form | None = None,
    seed: int = 0,
    defect: str,
    subjects: int | None = None,
    handlers: int | None = None,
    incident: bool | None = None,
    systems: int | None = None,
    files: int | None = None,
    entrustments: int | None = None,
    re_entrustment_depth: int | None = None,
    provisions: int | None = None,
    transfers: int | None = None,
    changes: int | None = None,
    size: Literal["small", "typical", "large", "huge"] | None = None,
    revision: FormRevision | str | None = None,
    body_kind: BodyKind | str | None = None,
    as_of: datetime.date | None = None,
) -> Defective: ...
def defects() -> list[dict[str, Any]]: ...
