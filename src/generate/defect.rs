//! Deliberate defects: for every validation code, one change to a valid report that raises that
//! code and no other error or warning.

use chrono::{Datelike, Months, NaiveDate};

use super::build::{Era, after, before, data_band, review};
use super::scenario::Scenario;
use crate::legal_basis::LegalBasis;
use crate::report::builder::rows;
use crate::report::builder::text;
use crate::report::{
    BodyKind, ChangeRecord, DataSubjectBand, DateOrMonth, Destination, Entrustment,
    EntrustmentStatus, Field, FileBlock, FormPart, IncidentHistory, InfoLinkage, ItemId,
    LinkageBasis, Medium, Period, PpcApproval, PublicComment, ReEntrustee, ReEntrustmentStatus,
    RecentIncidents, RecordItemBand, Report, RetentionPeriod, Risk, StaffCountBand,
    SubmissionTiming, Sufficiency, ThirdPartyReview, visit_mut,
};
use crate::threshold::{
    HandlerCountBand, ReportSet, RequiredAssessment, SeriousIncident, StatedThresholdResult,
    SubjectCountBand, decide, decide_partial,
};
use crate::validation::Code;
use crate::validation::RESTRUCTURING;
use crate::wareki::YearMonth;
use crate::{AssessmentKind, Choice, Interval};

use AssessmentKind::{Basic, Focused, Full};

/// A report made defective on purpose, with the codes validation must find in it.
///
/// ```
/// use mynumber_pia::generate::{Scenario, generate, with_defect};
/// use mynumber_pia::validation::{Code, validate};
///
/// let scenario = Scenario::default();
/// let report = generate(&scenario, 7)?;
/// let defective = with_defect(&report, Code::EntrustmentCycle, scenario.as_of)?;
/// assert_eq!(defective.expected, [Code::EntrustmentCycle]);
/// let found = validate(&defective.report, scenario.as_of);
/// assert!(found.with_code(Code::EntrustmentCycle).next().is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "欠陥")]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Defective {
    /// The report with the defect.
    pub report: Report,
    /// The code the defect is for.
    pub code: Code,
    /// Every code validation finds at error or warning severity, and the defect's own code
    /// (which may be an info): the code, then its unavoidable companions
    /// ([`Defect::companions`]), in code order.
    pub expected: Vec<Code>,
}

/// Why a defect cannot be made in a report.
#[doc(alias = "欠陥を作れない理由")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DefectError {
    /// The code cannot occur in a report of this form (TH005 in a 基礎項目評価書, which has no
    /// Ⅱ ファイルの概要 to compare 対象人数 with).
    #[error("{code}（{}）は{}では起こり得ません（起こり得る評価書: {}）", code.title(), form.document_name(), forms_text(occurs_in))]
    NotInForm {
        /// The code asked for.
        code: Code,
        /// The form of the report.
        form: AssessmentKind,
        /// The forms the code can occur in ([`Defect::forms`]).
        occurs_in: &'static [AssessmentKind],
    },
    /// The report lacks what the defect needs (an as-of date after 2024-05-27 for PV005, the
    /// しきい値判断項目 for TH001…).
    #[error("{code}（{}）の欠陥はこの評価書には作れません: {reason}", code.title())]
    NotApplicable {
        /// The code asked for.
        code: Code,
        /// What is missing, in Japanese.
        reason: &'static str,
    },
    /// A code this version of the crate has no defect for (a code added without one).
    #[error("{code} の欠陥は定義されていません")]
    Unknown {
        /// The code asked for.
        code: Code,
    },
}

/// The forms a code can occur in, as text for messages.
fn forms_text(forms: &[AssessmentKind]) -> String {
    let names: Vec<&str> = forms.iter().map(|f| f.document_name()).collect();
    names.join("、")
}

/// What a defect's change gives: `Err` with what the report lacks for it.
type Change = Result<(), &'static str>;

/// A defect's change of a report, given the as-of date.
type Mutation = fn(&mut Report, NaiveDate) -> Change;

/// The defect of one validation code: the forms it can occur in, what it changes and how.
///
/// The table ([`Defect::ALL`]) has one defect per [`Code`] (a test keeps it so: a new code without
/// a defect fails the crate's tests). Each is a small change to a valid report, as validation's
/// minimal pairs make (the rule table of [`crate::validation`]); where the report lacks what the
/// change needs (a 委託 to re-entrust, a 提供先 without a basis…), the change adds it first, so
/// that every generated report of the form can take the defect.
///
/// No defect has a companion today: each raises its code and no other error or warning. A defect
/// may add or remove infos (raising 対象人数 to 30万人以上 removes TH003 from a voluntary report;
/// HC001 and HC002 in a 全項目評価書 need a voluntary result, which TH003 reports).
///
/// ```
/// use mynumber_pia::generate::Defect;
/// use mynumber_pia::validation::Code;
/// use mynumber_pia::AssessmentKind;
///
/// let d = Defect::of(Code::SubjectCountInconsistent).unwrap();
/// assert!(!d.occurs_in(AssessmentKind::Basic));
/// assert_eq!(d.forms(), [AssessmentKind::Focused, AssessmentKind::Full]);
/// assert!(d.companions().is_empty());
/// assert_eq!(Defect::ALL.len(), Code::ALL.len());
/// ```
#[doc(alias = "欠陥")]
#[derive(Clone, Copy)]
pub struct Defect {
    code: Code,
    forms: &'static [AssessmentKind],
    description: &'static str,
    apply: Mutation,
}

impl std::fmt::Debug for Defect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Defect")
            .field("code", &self.code)
            .field("forms", &self.forms)
            .field("companions", &self.companions())
            .field("description", &self.description)
            .finish_non_exhaustive()
    }
}

const ALL_FORMS: &[AssessmentKind] = &[Basic, Focused, Full];
const DETAILED: &[AssessmentKind] = &[Focused, Full];
const BASIC_ONLY: &[AssessmentKind] = &[Basic];
const FULL_ONLY: &[AssessmentKind] = &[Full];
const BELOW_FULL: &[AssessmentKind] = &[Basic, Focused];

impl Defect {
    /// Every defect, one per [`Code`], in code order. A defect that breaks one item says in its
    /// row which item it finds and what it writes there; the others name their change below.
    pub const ALL: &'static [Defect] = rows! { Defect { code, forms, description, apply };
        Code::ThresholdResultMismatch, ALL_FORMS, "しきい値判断結果を判断項目（基礎）又は対象人数（重点・全項目）からは導かれない結果にする", th001;
        Code::ReportBelowRequired, BELOW_FULL, "全項目評価が義務付けられる結果なのに、基礎項目評価書のみ（基礎）又は重点項目評価書（重点）を提出する", th002;
        Code::VoluntaryAssessment, ALL_FORMS, "対象人数を1,000人以上1万人未満にし、基礎項目評価だけが義務付けられる事務で任意に上位の評価を行う", th003;
        Code::VoluntaryLabelMismatch, ALL_FORMS, "しきい値判断結果の「（任意に…を実施）」を付け外しする", th004;
        Code::SubjectCountInconsistent, DETAILED, "ファイルの対象となる本人の数を対象人数の区分を超えるものにする（30万人以上では全ファイルを1万人未満にする）", th005;
        Code::HandlerCountContradiction, DETAILED, "取扱者数500人未満のしきい値判断結果のまま、使用者数を1,000人以上にする", hc001;
        Code::HandlerCountUndecidable, DETAILED, "取扱者数500人未満のしきい値判断結果のまま、使用者数を100人以上500人未満、委託先の取扱者数を10人以上50人未満にする", hc002;
        Code::EntrustmentWithoutItems, DETAILED, "「委託する」のまま委託事項を削除する", en001;
        Code::ItemsWithoutEntrustment, DETAILED, "委託事項があるまま「委託しない」にする", |r, _| set(&mut an_entrustment(r)?.entrustment_status, Some(EntrustmentStatus::DoesNotEntrust));
        Code::EntrustmentCountMismatch, DETAILED, "委託の件数（ ）件を委託事項の数より一つ多くする", en003;
        Code::ReEntrustmentWithoutPermissionMethod, DETAILED, "「再委託する」の再委託の許諾方法を空にする", |r, _| set(&mut a_chain(r)?.re_entrustment_permission, None);
        Code::ReEntrustmentWithoutItems, DETAILED, "「再委託する」の再委託事項を空にする", |r, _| set(&mut a_chain(r)?.re_entrustment_items, None);
        Code::ReEntrusteesWithoutReEntrustment, DETAILED, "「再委託しない」に再委託事項を記載する（再委託する委託事項は「再委託しない」にする）", en006;
        Code::ChainLevelWithoutPermission, DETAILED, "再委託の連鎖の最後の段階を委託元が許諾していないことにする", |r, _| set(&mut a_chain(r)?.re_entrustees.last_mut().ok_or("再委託先がない")?.permitted_by_original, Some(false));
        Code::EntrustmentCycle, DETAILED, "委託先が自らに再委託することにする", en008;
        Code::ProvisionCountMismatch, DETAILED, "移転を行っている（ ）件を移転先の数より一つ多くする", pv001;
        Code::ProvisionWithoutLegalBasis, DETAILED, "移転先の法令上の根拠を空にする", |r, _| set(&mut a_transfer(r)?.transfers.first_mut().ok_or("移転先がない")?.legal_basis, None);
        Code::NetworkProvisionWithoutBasis, DETAILED, "情報提供ネットワークシステムによる提供先の根拠を住民基本台帳法第7条にする", |r, _| set(&mut a_network_provision(r)?.legal_basis, LegalBasis::parse("住民基本台帳法第7条").ok());
        Code::LinkageWithoutBasis, ALL_FORMS, "情報連携を「実施する」のまま法令上の根拠を空にする", pv004;
        Code::OutdatedCitation, ALL_FORMS, "個人番号の利用の根拠を令和6年5月27日前の別表第一の項で書く（それより前に公表した評価書は日付をすべて繰り上げ、令和6年5月27日の公表にする）", pv005;
        Code::ProvisionDeclaredNone, DETAILED, "移転先があるまま「移転を行っている」のチェックと件数を外す", pv006;
        Code::ProvisionCountMissing, DETAILED, "「移転を行っている」の（ ）件を空にする", |r, _| set(&mut a_transfer(r)?.provision_transfer.transfer_count, None);
        Code::ProvisionBoxesInconsistent, DETAILED, "提供先のないファイルで「提供を行っている」にチェックせずに（1）件と書く", pv008;
        Code::LinkageNoneContradicted, ALL_FORMS, "情報連携の根拠の（1）情報提供の根拠を「なし」にし、「接続しない（提供）」にはチェックしない", pv009;
        Code::RetentionUndefinedWithoutReason, FULL_ONLY, "保管期間を「定められていない」にし、その妥当性を空にする", ct001;
        Code::IncidentWithoutDetails, DETAILED, "過去3年以内の重大事故を「発生あり」にし、その内容を空にする", ct002;
        Code::RemainingIssueWithoutMeasures, ALL_FORMS, "リスクへの対策を「課題が残されている」にし、措置の内容（基礎: 判断の根拠）を空にする", ct003;
        Code::MandatoryItemEmpty, ALL_FORMS, "表紙の評価書名を空にする", |r, _| set(&mut r.cover.title, None);
        Code::ItemNotFilled, ALL_FORMS, "ファイルの種類（基礎: 目的外の入手のリスクへの対策は十分か）を選択しない", ct005;
        Code::FileNamesDiffer, DETAILED, "Ⅰの特定個人情報ファイル名の一つをⅡと違う名前にする", |r, _| append(r.affair.file_names.first_mut().ok_or("特定個人情報ファイル名が空")?, "（旧名称）");
        Code::RecordItemCountMismatch, DETAILED, "記録される項目の区分に合わない数の記録項目を別添に記載する", ct007;
        Code::UnsafeCharacter, ALL_FORMS, "事務の名称の末尾に制御文字 ESC（U+001B）を付ける", |r, _| append(&mut r.affair.name, "\u{1b}");
        Code::PublicCommentTooShort, FULL_ONLY, "意見聴取の期間を20日間にし、期間を短縮する特段の理由を空にする", pc001;
        Code::PublicCommentMissing, FULL_ONLY, "国民・住民等からの意見の聴取を空にする", |r, _| set(&mut r.procedures.public_comment, PublicComment::default());
        Code::ThirdPartyReviewMissing, FULL_ONLY, "地方公共団体等（行政機関等の評価書は地方公共団体等のものにする）の第三者点検を空にする", pc003;
        Code::ProcedureDatesOutOfOrder, DETAILED, "第三者点検の実施日を公表日の翌日にする", |r, _| the_day_after_publication(r, |r| &mut r.procedures.third_party_review.date);
        Code::PublishedBeforeBasicAssessment, DETAILED, "基礎項目評価の実施日を公表日の翌日にする", |r, _| the_day_after_publication(r, |r| &mut r.procedures.basic_assessment.date);
        Code::ApprovalByLocalGovernment, FULL_ONLY, "地方公共団体等（行政機関等の評価書は地方公共団体等のものにする）が個人情報保護委員会の承認を記載する", pc006;
        Code::ApprovalMissing, FULL_ONLY, "行政機関等（地方公共団体等の評価書は行政機関等のものにする）の個人情報保護委員会の承認を空にする", pc007;
        Code::ReassessmentOverdue, ALL_FORMS, "評価書の日付をすべて繰り下げ、公表日を基準日の5年と30日前にする（過去3年以内の重大事故は「発生なし」にする）", republished_5_years_before::<-30>;
        Code::ReassessmentDueSoon, ALL_FORMS, "評価書の日付をすべて繰り下げ、5年を経過する日を基準日の約2か月後にする（過去3年以内の重大事故は「発生なし」にする）", republished_5_years_before::<60>;
        Code::CountDateAfterPublication, BASIC_ONLY, "対象人数のいつ時点の計数かを公表日の翌日にする", counted_after_publication::<1>;
        Code::CountDateStale, BASIC_ONLY, "対象人数のいつ時点の計数かを公表日の400日前にする", counted_after_publication::<-400>;
        Code::IncidentExpired, DETAILED, "過去3年以内の重大事故を「発生あり」にし、基準日の3年と30日前の事故を記載する", tm005;
        Code::EndDateUnreadable, ALL_FORMS, "評価書名に読めない終了日の【令和7年2月30日 終了】を付ける", |r, _| append(r.cover.title.get_or_insert_with(String::new), "【令和7年2月30日 終了】");
        Code::SignificantChangeFiledAfter, ALL_FORMS, "変更箇所に「重要な変更である」の事後の行を加える", |r, _| system_row_after_publication(r, 0, SubmissionTiming::After);
        Code::ChangeAfterPublication, ALL_FORMS, "変更箇所に公表日の翌日の行を加える", |r, _| system_row_after_publication(r, 1, SubmissionTiming::Before);
        Code::ChangesOutOfOrder, ALL_FORMS, "変更箇所の最後に、それまでの行より前の日付の行を加える", ch003;
        Code::SignificantItemChangedWithoutReason, DETAILED, "変更箇所に※の項目の事後の行を、重要な変更に当たらない理由なしで加える", ch004;
    };

    /// The defect of `code`; `None` only for a code this table does not have yet.
    #[must_use]
    pub fn of(code: Code) -> Option<&'static Defect> {
        Self::ALL.iter().find(|d| d.code == code)
    }

    /// The code the defect raises.
    #[must_use]
    pub const fn code(&self) -> Code {
        self.code
    }

    /// The forms in which the code can occur, in form order.
    #[must_use]
    pub const fn forms(&self) -> &'static [AssessmentKind] {
        self.forms
    }

    /// Whether the code can occur in a report of `form`.
    #[must_use]
    pub fn occurs_in(&self, form: AssessmentKind) -> bool {
        self.forms.contains(&form)
    }

    /// The other errors and warnings the defect cannot help raising: none (every defect raises
    /// its code and no other error or warning; a test of every defect keeps it so).
    #[must_use]
    pub const fn companions(&self) -> &'static [Code] {
        &[]
    }

    /// What the defect changes, in Japanese.
    #[must_use]
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// The form a report of `scenario` should have to take this defect: the scenario's form
    /// when it has one (an error if the code cannot occur in it), else the form the しきい値判断
    /// requires if the code can occur there, else the first form above it, else a
    /// 基礎項目評価書 (filed with every set).
    ///
    /// # Errors
    ///
    /// [`DefectError::NotInForm`] when the scenario's form cannot have the code.
    ///
    /// ```
    /// use mynumber_pia::generate::{Defect, Scenario};
    /// use mynumber_pia::validation::Code;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let s = Scenario::default(); // requires 重点
    /// let pc001 = Defect::of(Code::PublicCommentTooShort).unwrap();
    /// assert_eq!(pc001.form_for(&s)?, AssessmentKind::Full);
    /// let tm003 = Defect::of(Code::CountDateAfterPublication).unwrap();
    /// assert_eq!(tm003.form_for(&s)?, AssessmentKind::Basic);
    /// assert!(tm003.form_for(&s.with_form(AssessmentKind::Full)).is_err());
    /// # Ok::<(), mynumber_pia::generate::DefectError>(())
    /// ```
    pub fn form_for(&self, scenario: &Scenario) -> Result<AssessmentKind, DefectError> {
        let form = scenario.resolved_form();
        // Only when no form was asked for: a higher form, else a 基礎項目評価書.
        let others = AssessmentKind::ALL.iter().copied().filter(|&f| f > form);
        let others = others.chain([Basic]).filter(|_| scenario.form.is_none());
        std::iter::once(form)
            .chain(others)
            .find(|&f| self.occurs_in(f))
            .ok_or_else(|| self.not_in(form))
    }

    /// The error for a report of `form`, which cannot have the code.
    fn not_in(&self, form: AssessmentKind) -> DefectError {
        DefectError::NotInForm {
            code: self.code,
            form,
            occurs_in: self.forms,
        }
    }

    /// `report` with the defect, and the codes validation must find in it (as of `as_of`, the
    /// reference date of the time checks: TM001, TM002 and TM005 place their dates against it).
    ///
    /// # Errors
    ///
    /// [`DefectError::NotInForm`] when the code cannot occur in the report's form,
    /// [`DefectError::NotApplicable`] when the report lacks what the defect needs.
    pub fn apply(&self, report: &Report, as_of: NaiveDate) -> Result<Defective, DefectError> {
        let form = report.form();
        if !self.occurs_in(form) {
            return Err(self.not_in(form));
        }
        let mut changed = report.clone();
        (self.apply)(&mut changed, as_of).map_err(|reason| DefectError::NotApplicable {
            code: self.code,
            reason,
        })?;
        Ok(Defective {
            report: changed,
            code: self.code,
            // The code alone: no defect has a companion.
            expected: vec![self.code],
        })
    }
}

/// `report` with the defect of `code` (see [`Defect`]), as of the reference date `as_of`.
///
/// # Errors
///
/// [`DefectError::NotInForm`] for a code that cannot occur in the report's form (TH005 in a
/// 基礎項目評価書), [`DefectError::NotApplicable`] when the report lacks what the defect needs
/// (PV005 as of a day before the 令和6年5月27日 restructuring), [`DefectError::Unknown`] for a code without
/// a defect.
///
/// ```
/// use mynumber_pia::generate::{DefectError, Scenario, generate, with_defect};
/// use mynumber_pia::validation::{Code, validate};
/// use mynumber_pia::AssessmentKind;
///
/// let s = Scenario::default().with_form(AssessmentKind::Basic);
/// let basic = generate(&s, 1)?;
/// let err = with_defect(&basic, Code::SubjectCountInconsistent, s.as_of).unwrap_err();
/// assert!(matches!(err, DefectError::NotInForm { .. }));
/// assert!(err.to_string().starts_with("TH005（対象人数がファイルの対象となる本人の数と矛盾する）は基礎項目評価書では起こり得ません"));
///
/// let d = with_defect(&basic, Code::CountDateStale, s.as_of)?;
/// let found: Vec<Code> = validate(&d.report, s.as_of).iter().map(|f| f.code()).collect();
/// assert!(found.contains(&Code::CountDateStale));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "欠陥の作成")]
pub fn with_defect(
    report: &Report,
    code: Code,
    as_of: NaiveDate,
) -> Result<Defective, DefectError> {
    Defect::of(code)
        .ok_or(DefectError::Unknown { code })?
        .apply(report, as_of)
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────

/// The 公表日 a defect needs.
fn published(r: &Report) -> Result<NaiveDate, &'static str> {
    r.cover.published_on.ok_or("公表日がない")
}

/// Sets 対象人数 to `band` and keeps every file's 本人の数 possible for it (TH005).
fn set_subjects(r: &mut Report, band: SubjectCountBand) {
    r.set_subject_count(band);
    let range = band.interval();
    if let Some(max) = range.max() {
        for f in &mut r.files {
            if f.data_subjects.is_none_or(|b| b.interval().min() > max) {
                f.data_subjects = Some(data_band(max));
            }
        }
    }
    // The most people the files can hold together (a file without a band holds none).
    let bands = r.files.iter().filter_map(|f| f.data_subjects);
    let reach: Interval = bands.map(DataSubjectBand::interval).sum();
    if reach.max().is_some_and(|all| all < range.min()) {
        if let Some(f) = r.files.first_mut() {
            f.data_subjects = Some(data_band(range.min()));
        }
    }
}

/// Makes a 重点 or 全項目 report one whose stated result implies 取扱者数 500人未満: 対象人数
/// 10万人以上30万人未満 and 基礎項目評価及び重点項目評価 (voluntary in a 全項目評価書).
fn under_500_result(r: &mut Report) {
    set_subjects(r, SubjectCountBand::From100kTo300k);
    r.state_required(RequiredAssessment::BasicAndFocused);
}

/// The first file `has` holds, after adding an entry to the first file with `add` if none does
/// (the risk chapters then follow the entries: [`Report::follow_entries`]).
fn a_file_with(
    r: &mut Report,
    has: impl Fn(&FileBlock) -> bool,
    add: impl FnOnce(FileBlock) -> Result<FileBlock, &'static str>,
) -> Result<&mut FileBlock, &'static str> {
    let found = r.files.iter().position(has);
    if found.is_none() {
        let first = file_mut(r, 0)?;
        *first = add(std::mem::take(first))?;
        r.follow_entries();
    }
    file_mut(r, found.unwrap_or(0))
}

/// The first file with a 委託事項, after adding one to the first file if there is none.
fn an_entrustment(r: &mut Report) -> Result<&mut FileBlock, &'static str> {
    let e = Entrustment::new(
        "窓口業務の補助",
        "株式会社あおぞら窓口サービス",
        StaffCountBand::Under10,
    );
    let has = |f: &FileBlock| !f.entrustments.is_empty();
    a_file_with(r, has, |f| Ok(f.with_entrustment(e)))
}

/// The first 委託事項 of a file.
fn first_entrustment(f: &mut FileBlock) -> Result<&mut Entrustment, &'static str> {
    f.entrustments.first_mut().ok_or("委託事項がない")
}

/// A 委託事項 re-entrusted through an explicit chain, after making one of the first 委託事項 if
/// there is none.
fn a_chain(r: &mut Report) -> Result<&mut Entrustment, &'static str> {
    let chained = |e: &Entrustment| {
        e.re_entrustment == Some(ReEntrustmentStatus::ReEntrusts) && !e.re_entrustees.is_empty()
    };
    if r.entrustments().any(|(_, _, e)| chained(e)) {
        let mut all = r.files.iter_mut().flat_map(|f| &mut f.entrustments);
        return all.find(|e| chained(e)).ok_or("委託事項がない");
    }
    let e = first_entrustment(an_entrustment(r)?)?;
    *e = std::mem::take(e)
        .with_re_entrustment("書面による申請を受けて許諾する。", "運用の支援")
        .with_re_entrustee(
            ReEntrustee::new("はるか運用サポート株式会社").with_permission("委託元が書面で許諾"),
        );
    Ok(e)
}

fn file_mut(r: &mut Report, fi: usize) -> Result<&mut FileBlock, &'static str> {
    r.files.get_mut(fi).ok_or("特定個人情報ファイルがない")
}

/// The first file with a 移転先, after adding one to the first file if there is none.
fn a_transfer(r: &mut Report) -> Result<&mut FileBlock, &'static str> {
    let band = DataSubjectBand::Under10k;
    let mut d = Destination::reached("市民課", "住民基本台帳法第7条", Medium::IntraOffice, band);
    d.purpose = text("住民票の記載事項の整理");
    a_file_with(r, |f| !f.transfers.is_empty(), |f| Ok(f.with_transfer(d)))
}

/// A 提供先 through the 情報提供ネットワークシステム, after adding one to the first file if there is
/// none (its basis cites the table of the report's era).
fn a_network_provision(r: &mut Report) -> Result<&mut Destination, &'static str> {
    let through_network = |d: &Destination| d.methods.contains(Medium::InfoNetwork);
    let basis = published(r).map(|day| Era::of(day).rows([(48, 27)]));
    let band = DataSubjectBand::Under10k;
    let add = |f: FileBlock| {
        let d = Destination::reached("市町村長", &basis?, Medium::InfoNetwork, band);
        Ok(f.with_provision(d))
    };
    let f = a_file_with(r, |f| f.provisions.iter().any(through_network), add)?;
    let mut provisions = f.provisions.iter_mut();
    provisions
        .find(|d| through_network(d))
        .ok_or("提供先がない")
}

/// Adds a small file block (1万人未満, 使用者数 10人未満, nothing entrusted or provided) and
/// returns its index.
fn add_file(r: &mut Report) -> usize {
    let mut f = FileBlock::new("照会記録（追加）ファイル", DataSubjectBand::Under10k)
        .with_user_count(StaffCountBand::Under10);
    f.record_item_count = Some(RecordItemBand::From10To50);
    r.files.push(f);
    r.sync_file_names();
    r.files.len() - 1
}

/// The 3-year 重大事故 item of a 重点 or 全項目 report.
fn incidents_mut(r: &mut Report) -> Result<&mut RecentIncidents, &'static str> {
    r.recent_incidents_mut()
        .ok_or("過去3年以内の重大事故の項目がない")
}

/// Turns the report into the body `name`'s, of `kind` (cover, NISC item): a 地方公共団体等's
/// ([`LOCAL`]) or a 行政機関等's ([`NATIONAL`]).
fn make_body(r: &mut Report, (name, kind): (&str, BodyKind)) {
    r.cover.body = text(name);
    r.cover.body_kind = Some(kind);
    r.follow_entries();
}

/// The 地方公共団体等 a defect turns a report into.
const LOCAL: (&str, BodyKind) = ("若葉市長", BodyKind::LocalGovernment);

/// The 行政機関等 a defect turns a report into.
const NATIONAL: (&str, BodyKind) = ("厚生労働大臣", BodyKind::NationalAgency);

/// Whether the report is a 地方公共団体等's, as validation decides it.
fn is_local(r: &Report) -> bool {
    crate::report::body_kind(&r.cover) == Some(BodyKind::LocalGovernment)
}

/// A date moved by `days` (earlier when negative).
fn moved(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        after(date, days.unsigned_abs())
    } else {
        before(date, days.unsigned_abs())
    }
}

/// A date item moved by `days` (any other item is left as it is).
fn shift(field: &mut dyn Field, days: i64) {
    let any: &mut dyn std::any::Any = field;
    if let Some(Some(day)) = any.downcast_mut::<Option<NaiveDate>>() {
        *day = moved(*day, days);
    } else if let Some(Some(day)) = any.downcast_mut::<Option<DateOrMonth>>() {
        *day = match *day {
            DateOrMonth::Day(day) => DateOrMonth::Day(moved(day, days)),
            DateOrMonth::Month(m) => {
                let day = moved(m.first_day(), days);
                YearMonth::from_gregorian(day.year(), day.month())
                    .map_or(DateOrMonth::Day(day), DateOrMonth::Month)
            }
        };
    } else if let Some(period) = any.downcast_mut::<Period>() {
        for end in [&mut period.start, &mut period.end].into_iter().flatten() {
            *end = moved(*end, days);
        }
    }
}

/// The report republished on `day`: every date (its date items, through the item table, and the
/// 変更箇所 rows) moved with it, and the 3-year 重大事故 item set to 発生なし (its incident would
/// have moved out of its window).
fn republish(r: &mut Report, day: NaiveDate) -> Change {
    let days = day.signed_duration_since(published(r)?).num_days();
    for &id in ItemId::ALL {
        visit_mut(r, id, &mut |_, field| shift(field, days));
    }
    for row in &mut r.changes {
        shift(&mut row.date, days);
    }
    if let Ok(item) = incidents_mut(r) {
        *item = RecentIncidents::none();
    }
    // A form is used from its month on: a report republished before its revision began is on
    // the latest revision in use that day.
    if let Some(revision) = r.cover.form_version {
        if revision.month().first_day() > day {
            r.cover.form_version = Scenario::revisions_on(day).last();
        }
    }
    Ok(())
}

/// `years` years before `date` (the same day, or the month's last).
fn years_before(date: NaiveDate, years: u32) -> Result<NaiveDate, &'static str> {
    date.checked_sub_months(Months::new(12 * years))
        .ok_or("基準日が早すぎる")
}

/// Appends a 変更箇所 row adding a system, a 重要な変更, filed at `timing`.
fn push_system_row(r: &mut Report, date: NaiveDate, timing: SubmissionTiming) {
    push_change(r, date, ItemId::SystemName, timing, "重要な変更である");
}

/// Appends a 変更箇所 row adding a system, dated `days` after the 公表日, filed at `timing`.
fn system_row_after_publication(r: &mut Report, days: u64, timing: SubmissionTiming) -> Change {
    let day = after(published(r)?, days);
    push_system_row(r, day, timing);
    Ok(())
}

/// Appends a 変更箇所 row of `item`.
fn push_change(
    r: &mut Report,
    date: NaiveDate,
    item: ItemId,
    timing: SubmissionTiming,
    explanation: &str,
) {
    r.changes.push(
        ChangeRecord::of_item(r.form(), item)
            .with_date(date)
            .with_values("変更前", "変更後")
            .with_timing(timing)
            .with_explanation(explanation),
    );
}

/// Sets `slot` to `value`: the change of a defect that breaks one item.
fn set<T>(slot: &mut T, value: T) -> Change {
    *slot = value;
    Ok(())
}

/// Appends `tail` to the text `slot`: the change of a defect that spoils one text.
fn append(slot: &mut String, tail: &str) -> Change {
    slot.push_str(tail);
    Ok(())
}

/// Sets the date `slot` finds to the day after the 公表日.
fn the_day_after_publication(
    r: &mut Report,
    slot: fn(&mut Report) -> &mut Option<NaiveDate>,
) -> Change {
    let day = after(published(r)?, 1);
    set(slot(r), Some(day))
}

// ── the mutations ───────────────────────────────────────────────────────────────────────

fn th001(r: &mut Report, _: NaiveDate) -> Change {
    if let FormPart::Basic(p) = &mut r.part {
        let t = &p.threshold_items;
        let (Some(s), Some(h), Some(i)) = (t.subject_count, t.handler_count, t.serious_incident)
        else {
            return Err("しきい値判断項目が空");
        };
        let other = match decide(s, h, i) {
            RequiredAssessment::NotRequired => RequiredAssessment::Basic,
            _ => RequiredAssessment::NotRequired,
        };
        p.threshold_result = Some(StatedThresholdResult::required(other));
        return Ok(());
    }
    let subject = r.affair.subject_count.ok_or("対象人数が空")?;
    let possible = decide_partial(subject.into(), None, None);
    let low = possible.lowest();
    let below = RequiredAssessment::ALL.iter().rev().find(|&&x| x < low);
    let impossible = below.copied().unwrap_or(RequiredAssessment::Basic);
    r.set_threshold_result(StatedThresholdResult::required(impossible));
    Ok(())
}

fn th002(r: &mut Report, _: NaiveDate) -> Change {
    let band = match &mut r.part {
        FormPart::Basic(p) => {
            p.risk_measures.report_set = Some(ReportSet::Basic);
            SubjectCountBand::AtLeast300k
        }
        _ => SubjectCountBand::From100kTo300k,
    };
    set_subjects(r, band);
    r.state_required(RequiredAssessment::BasicAndFull);
    Ok(())
}

fn th003(r: &mut Report, _: NaiveDate) -> Change {
    if let FormPart::Basic(p) = &mut r.part {
        p.risk_measures.report_set = Some(ReportSet::BasicAndFocused);
    }
    r.set_threshold_inputs(HandlerCountBand::Under500, SeriousIncident::NotOccurred);
    set_subjects(r, SubjectCountBand::From1kTo10k);
    r.state_required(RequiredAssessment::Basic);
    Ok(())
}

fn th004(r: &mut Report, _: NaiveDate) -> Change {
    let form = r.form();
    let stated = r.stated_threshold_result().ok_or("しきい値判断結果が空")?;
    let changed = match stated.required.stated_in(form).and_then(|s| s.voluntary) {
        None if form == Basic => stated.with_voluntary(Focused),
        None => stated.with_voluntary(form),
        Some(_) => StatedThresholdResult::required(stated.required),
    };
    r.set_threshold_result(changed);
    Ok(())
}

fn th005(r: &mut Report, _: NaiveDate) -> Change {
    let subject = r.affair.subject_count.ok_or("対象人数が空")?;
    match subject.interval().max() {
        Some(max) => {
            let above = DataSubjectBand::ALL
                .iter()
                .copied()
                .find(|b| b.interval().min() > max)
                .ok_or("対象人数を超える区分がない")?;
            file_mut(r, 0)?.data_subjects = Some(above);
        }
        None => {
            for f in &mut r.files {
                f.data_subjects = Some(DataSubjectBand::Under10k);
            }
        }
    }
    Ok(())
}

fn hc001(r: &mut Report, _: NaiveDate) -> Change {
    under_500_result(r);
    file_mut(r, 0)?.usage.user_count = Some(StaffCountBand::AtLeast1000);
    Ok(())
}

fn hc002(r: &mut Report, _: NaiveDate) -> Change {
    under_500_result(r);
    for f in &mut r.files {
        f.usage.user_count = Some(StaffCountBand::Under10);
        for e in &mut f.entrustments {
            e.handler_count = Some(StaffCountBand::Under10);
        }
    }
    file_mut(r, 0)?.usage.user_count = Some(StaffCountBand::From100To500);
    first_entrustment(an_entrustment(r)?)?.handler_count = Some(StaffCountBand::From10To50);
    Ok(())
}

fn en001(r: &mut Report, _: NaiveDate) -> Change {
    let f = file_mut(r, 0)?;
    f.entrustments.clear();
    f.entrustment_status = Some(EntrustmentStatus::Entrusts);
    f.entrustment_count = None;
    Ok(())
}

fn en003(r: &mut Report, _: NaiveDate) -> Change {
    let f = an_entrustment(r)?;
    f.entrustment_count = u32::try_from(f.entrustments.len() + 1).ok();
    Ok(())
}

fn en006(r: &mut Report, _: NaiveDate) -> Change {
    let e = first_entrustment(an_entrustment(r)?)?;
    if e.re_entrustment != Some(ReEntrustmentStatus::ReEntrusts) {
        e.re_entrustment_items = text("障害時の復旧支援");
    }
    e.re_entrustment = Some(ReEntrustmentStatus::DoesNotReEntrust);
    Ok(())
}

fn en008(r: &mut Report, _: NaiveDate) -> Change {
    let e = a_chain(r)?;
    let name = e.entrustee.clone().ok_or("委託先名が空")?;
    let first = e.re_entrustees.first_mut().ok_or("再委託先がない")?;
    first.name = Some(name);
    Ok(())
}

fn pv001(r: &mut Report, _: NaiveDate) -> Change {
    let f = a_transfer(r)?;
    f.provision_transfer.transfer_count = u32::try_from(f.transfers.len() + 1).ok();
    Ok(())
}

fn pv004(r: &mut Report, _: NaiveDate) -> Change {
    r.affair.info_linkage = Some(InfoLinkage::Yes);
    r.affair.info_linkage_basis = None;
    Ok(())
}

fn pv005(r: &mut Report, as_of: NaiveDate) -> Change {
    if Era::of(published(r)?) != Era::Current {
        // Published before the restructuring: republished on its first day, the report's
        // citations of 別表第一・第二 are outdated themselves.
        let first = RESTRUCTURING.ok_or("令和6年5月27日がない")?;
        if as_of <= first {
            return Err("基準日が令和6年5月27日以前（改正前の条文の引用が正しい時期）");
        }
        republish(r, first)?;
    }
    r.affair.number_use_basis = LegalBasis::parse("番号法第9条第1項、別表第一の30の項").ok();
    Ok(())
}

fn pv006(r: &mut Report, _: NaiveDate) -> Change {
    let status = &mut a_transfer(r)?.provision_transfer;
    status.transfer = false;
    status.transfer_count = None;
    Ok(())
}

fn pv008(r: &mut Report, _: NaiveDate) -> Change {
    let without = r.files.iter().position(|f| f.provisions.is_empty());
    let fi = without.unwrap_or_else(|| add_file(r));
    let status = &mut file_mut(r, fi)?.provision_transfer;
    status.provision = false;
    status.provision_count = Some(1);
    Ok(())
}

fn pv009(r: &mut Report, _: NaiveDate) -> Change {
    let era = Era::of(published(r)?);
    let stated = r.affair.info_linkage_basis.as_ref();
    let inquiry = stated.and_then(|b| b.inquiry().basis());
    let inquiry = inquiry.map_or_else(|| era.rows([(48, 27)]), |b| b.as_str().to_owned());
    let text = format!(
        "（1）情報提供の根拠\nなし（情報提供は行わない。）\n（2）情報照会の根拠\n{inquiry}"
    );
    r.affair.info_linkage = Some(InfoLinkage::Yes);
    r.affair.info_linkage_basis =
        Some(LinkageBasis::parse(&text).map_err(|_| "情報連携の根拠を書けない")?);
    Ok(())
}

fn ct001(r: &mut Report, _: NaiveDate) -> Change {
    let f = file_mut(r, 0)?;
    f.storage.retention = Some(RetentionPeriod::Undefined);
    f.storage.retention_validity = None;
    Ok(())
}

fn ct002(r: &mut Report, _: NaiveDate) -> Change {
    let item = incidents_mut(r)?;
    item.status = Some(IncidentHistory::Occurred);
    item.content = None;
    item.prevention
        .get_or_insert_with(|| "手順を見直した。".to_owned());
    Ok(())
}

fn ct003(r: &mut Report, _: NaiveDate) -> Change {
    let issues = Risk {
        measures: None,
        sufficiency: Some(Sufficiency::IssuesRemain),
    };
    match &mut r.part {
        FormPart::Basic(p) => {
            let m = &mut p.risk_measures.manual_work;
            m.none = false;
            m.sufficiency = Some(Sufficiency::IssuesRemain);
            m.rationale = None;
        }
        FormPart::Focused(p) => p.risk_measures.usage.risk1 = issues,
        FormPart::Full(p) => p.risk_measures.acquisition.risk2 = issues,
    }
    Ok(())
}

fn ct005(r: &mut Report, _: NaiveDate) -> Change {
    match &mut r.part {
        FormPart::Basic(p) => p.risk_measures.acquisition = None,
        _ => file_mut(r, 0)?.kind = None,
    }
    Ok(())
}

fn ct007(r: &mut Report, _: NaiveDate) -> Change {
    let f = file_mut(r, 0)?;
    let band = f.record_item_count.ok_or("記録される項目が空")?;
    let range = band.interval();
    // One more than the band allows, or (for the open band) fewer, at most 5.
    let count = range
        .max()
        .map_or(range.min().saturating_sub(1).min(5), |max| max + 1);
    f.record_item_list = (1..=count).map(|i| format!("記録項目{i}")).collect();
    Ok(())
}

fn pc001(r: &mut Report, _: NaiveDate) -> Change {
    let published = published(r)?;
    let c = &mut r.procedures.public_comment;
    let start = c.period.start.unwrap_or_else(|| before(published, 90));
    c.period = Period::new(start, after(start, 19));
    c.shortening_reason = None;
    c.method
        .get_or_insert_with(|| "評価書案を公開して意見を求めた。".to_owned());
    Ok(())
}

fn pc003(r: &mut Report, _: NaiveDate) -> Change {
    if !is_local(r) {
        // A 地方公共団体等 has no 委員会の承認 (PC006).
        make_body(r, LOCAL);
        r.cover.approval_date = None;
        r.procedures.ppc_approval = PpcApproval::default();
    }
    r.procedures.third_party_review = ThirdPartyReview::default();
    Ok(())
}

fn pc006(r: &mut Report, _: NaiveDate) -> Change {
    let published = published(r)?;
    // A 地方公共団体等 (with a 第三者点検 between the end of the public comment and the 公表日,
    // if it has none).
    if !is_local(r) {
        make_body(r, LOCAL);
        let p = &mut r.procedures;
        if p.third_party_review.date.is_none() {
            let end = p.public_comment.period.end;
            let day = end.map_or(before(published, 1), |end| after(end, 1).min(published));
            p.third_party_review = review("若葉市", day);
        }
    }
    let submitted = &mut r.procedures.ppc_approval.submitted_on;
    submitted.get_or_insert_with(|| before(published, 30));
    Ok(())
}

fn pc007(r: &mut Report, _: NaiveDate) -> Change {
    if is_local(r) {
        make_body(r, NATIONAL);
    }
    r.procedures.ppc_approval = PpcApproval::default();
    r.cover.approval_date = None;
    Ok(())
}

/// TM001 and TM002: the report republished `DAYS` after the day 5 years before the as-of date.
fn republished_5_years_before<const DAYS: i64>(r: &mut Report, as_of: NaiveDate) -> Change {
    republish(r, moved(years_before(as_of, 5)?, DAYS))
}

/// TM003 and TM004: 対象人数 counted `DAYS` after the 公表日 (基礎 Ⅱ1 いつ時点の計数か).
fn counted_after_publication<const DAYS: i64>(r: &mut Report, _: NaiveDate) -> Change {
    let day = moved(published(r)?, DAYS);
    let FormPart::Basic(p) = &mut r.part else {
        return Err("しきい値判断項目がない");
    };
    p.threshold_items.subject_count_as_of = Some(day);
    Ok(())
}

fn tm005(r: &mut Report, as_of: NaiveDate) -> Change {
    let day = before(years_before(as_of, 3)?, 30);
    let item = incidents_mut(r)?;
    *item = RecentIncidents {
        status: Some(IncidentHistory::Occurred),
        content: text("住民の情報を記録した書類を紛失した。"),
        prevention: text("書類の持出しを記録する手順を定めた。"),
        incident_dates: vec![day],
    };
    Ok(())
}

fn ch003(r: &mut Report, _: NaiveDate) -> Change {
    let published = published(r)?;
    let latest = match r.changes.iter().filter_map(|c| c.date).max() {
        Some(day) => day,
        None => {
            push_system_row(r, published, SubmissionTiming::Before);
            published
        }
    };
    push_system_row(r, before(latest, 30), SubmissionTiming::Before);
    Ok(())
}

fn ch004(r: &mut Report, _: NaiveDate) -> Change {
    let form = r.form();
    let day = published(r)?;
    let item = ItemId::of_form(form)
        .find(|id| id.is_significant(form))
        .ok_or("※の項目がない")?;
    push_change(r, day, item, SubmissionTiming::After, "見直しによる修正");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_one_defect_per_code_in_code_order() {
        let codes: Vec<Code> = Defect::ALL.iter().map(Defect::code).collect();
        assert_eq!(codes, Code::ALL, "a code without a defect, or out of order");
        for d in Defect::ALL {
            assert!(!d.forms().is_empty(), "{:?}", d.code());
            assert!(!d.description().is_empty());
            assert!(!d.companions().contains(&d.code()));
            assert!(
                d.companions()
                    .iter()
                    .all(|c| c.severity() != crate::validation::Severity::Info)
            );
        }
    }

    #[test]
    fn forms_are_ordered_and_the_basic_form_lacks_what_it_lacks() {
        for d in Defect::ALL {
            let mut sorted = d.forms().to_vec();
            sorted.sort();
            assert_eq!(sorted, d.forms(), "{:?}", d.code());
        }
        // 様式2 has no ※ item: CH004 cannot occur in a 基礎項目評価書.
        assert!(!ItemId::of_form(Basic).any(|id| id.is_significant(Basic)));
        assert!(ItemId::of_form(Focused).any(|id| id.is_significant(Focused)));
    }

    #[test]
    fn errors_say_what_and_why() {
        let e = DefectError::NotInForm {
            code: Code::RetentionUndefinedWithoutReason,
            form: Focused,
            occurs_in: &[Full],
        };
        assert_eq!(
            e.to_string(),
            "CT001（保管期間が定められていない理由（その妥当性）がない）は重点項目評価書では起こり得ません（起こり得る評価書: 全項目評価書）"
        );
        let e = DefectError::NotApplicable {
            code: Code::OutdatedCitation,
            reason: "公表日がない",
        };
        assert!(
            e.to_string()
                .ends_with("この評価書には作れません: 公表日がない")
        );
    }

    #[test]
    fn the_old_usage_citation_is_outdated() {
        let b = LegalBasis::parse("番号法第9条第1項、別表第一の30の項").unwrap();
        assert!(b.unparsed().is_empty());
        assert!(b.is_pre_2024_regime());
    }
}
