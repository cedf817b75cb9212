//! Small, valid reports of each form in a few lines, for tests and examples.

use chrono::NaiveDate;

use super::chapters::{self, Facts, Words};
use super::{
    AuditKind, BodyKind, ChangeRecord, CheckSet, Connection, DataSubjectBand, DateOrMonth,
    Destination, Effort, EntrustedScope, Entrustment, FileBlock, FileKind, FormPart,
    IncidentHistory, InfoLinkage, ItemId, LinkageBasis, Medium, Performed, Period, ReEntrustee,
    RecentIncidents, RecordItemBand, RecordItemCategory, Report, RetentionPeriod, SourceKind,
    StaffCountBand, Sufficiency, System,
};
use crate::AssessmentKind;
use crate::form::FormRevision;
use crate::legal_basis::LegalBasis;
use crate::threshold::{
    HandlerCountBand, RequiredAssessment, SeriousIncident, StatedThresholdResult, SubjectCountBand,
    decide,
};
use crate::wareki::ymd;

/// `s` as the text of an item.
pub(crate) fn text(s: &str) -> Option<String> {
    Some(s.to_owned())
}

pub(crate) use crate::setters::setters;

/// A table written one row a line, as the crate's other tables (rustfmt leaves a macro's rows as
/// they are written): `rows! { T { x, y }; a, b; c, d; }` is the structs `&[T { x: a, y: b }, T
/// { x: c, y: d }]`, `rows! { a, b; c, d; }` the tuples `&[(a, b), (c, d)]`, and `rows! { a, b, c
/// }`, a list of short words written as many to a line as fit, `&[a, b, c]`.
macro_rules! rows {
    ($ty:ident $fields:tt; $($($x:expr),+;)+) => { &[$($crate::report::builder::rows!(@one $ty $fields $($x),+)),+] };
    (@one $ty:ident { $($field:ident),+ } $($x:expr),+) => { $ty { $($field: $x),+ } };
    ($($($x:expr),+;)+) => { &[$(($($x),+)),+] };
    ($($x:expr),+) => { &[$($x),+] };
}
pub(crate) use rows;

/// The 様式 revision of reports published from its month on ([`FormRevision::CURRENT`]): the
/// examples' and the generated reports' 様式 version.
pub(crate) fn form_edition() -> Option<FormRevision> {
    Some(FormRevision::CURRENT)
}

/// The day the example 基礎 report counted its 対象人数 and 取扱者数 (a literal).
const COUNTED_ON: NaiveDate = ymd(2025, 4, 1);

/// The words of the example reports: fixed measures, every grade sufficient.
struct ExampleWords;

impl Words for ExampleWords {
    fn measures(&mut self, id: ItemId) -> Option<String> {
        EXAMPLE_MEASURES
            .iter()
            .find(|(item, _)| *item == id)
            .map(|(_, text)| (*text).to_owned())
    }
    fn sufficiency(&mut self) -> Option<Sufficiency> {
        Some(Sufficiency::Sufficient)
    }
    fn effort(&mut self) -> Effort {
        Effort::Sufficient
    }
    fn audits(&self) -> &'static [AuditKind] {
        &[AuditKind::SelfCheck]
    }
}

/// The measures of the example reports' risk chapters, by item (an item not listed is left
/// empty).
const EXAMPLE_MEASURES: &[(ItemId, &str)] = rows! {
    ItemId::BasicManualWorkRationale, "個人番号の紐付けは二人で確認し、記録を残す。";
    ItemId::BasicPriorityRationale, "端末とサーバーの操作を記録し、定期的に確認している。";
    ItemId::FocusedAcquisitionRisk, "届出書の記載内容を確認し、必要な情報のみ入手する。";
    ItemId::FocusedUsageRisk1, "業務システムは目的外の紐付けができない設計とする。";
    ItemId::FocusedUsageRisk2UserAuth, "IDとパスワードで認証する。";
    ItemId::FocusedEntrustmentContractClause, "秘密保持、再委託の制限、事故時の報告を定める。";
    ItemId::FocusedEntrustmentReEntrusteeAssurance, "再委託は行わない。";
    ItemId::FocusedProvisionRule, "依頼書を審査して移転する。";
    ItemId::FocusedNetworkRisk1, "照会は許可された事務に限られる。";
    ItemId::FocusedNetworkRisk2, "提供は許可された照会にのみ応じる。";
    ItemId::FocusedTraining, "年1回の研修を行う。";
    ItemId::FullAcquisitionRisk1NonSubject, "届出書と住民情報を照合する。";
    ItemId::FullAcquisitionRisk1Unnecessary, "様式に必要な項目のみを設ける。";
    ItemId::FullAcquisitionRisk2, "窓口と郵送に限って受け付ける。";
    ItemId::FullAcquisitionRisk3IdentityCheck, "本人確認書類を確認する。";
    ItemId::FullAcquisitionRisk3NumberAuthenticity, "住基ネットで照会する。";
    ItemId::FullAcquisitionRisk3Accuracy, "入力後に二人で確認する。";
    ItemId::FullAcquisitionRisk4, "書類は施錠保管する。";
    ItemId::FullUsageRisk1AddressSystem, "宛名システムは権限のある職員のみ利用する。";
    ItemId::FullUsageRisk2UserAuth, "IDとパスワードで認証する。";
    ItemId::FullUsageRisk2AccessGrant, "異動時に権限を更新する。";
    ItemId::FullUsageRisk2AccessRights, "権限を定期的に見直す。";
    ItemId::FullUsageRisk2UsageRecord, "操作ログを保存する。";
    ItemId::FullUsageRisk3, "研修で事務外の利用を禁じる。";
    ItemId::FullUsageRisk4, "外部媒体への書き出しを制限する。";
    ItemId::FullEntrustmentProtectionCheck, "委託先の管理体制を契約前に確認する。";
    ItemId::FullEntrustmentViewerRestriction, "作業者を名簿で限定する。";
    ItemId::FullEntrustmentHandlingRecord, "作業記録を提出させる。";
    ItemId::FullEntrustmentProvisionRule, "第三者への提供を禁じる。";
    ItemId::FullEntrustmentErasureRule, "契約終了時に消去証明を提出させる。";
    ItemId::FullEntrustmentContractClause, "秘密保持と再委託の制限を定める。";
    ItemId::FullEntrustmentReEntrusteeAssurance, "再委託先にも同じ義務を課す。";
    ItemId::FullProvisionRisk1Record, "提供・移転の記録を残す。";
    ItemId::FullProvisionRisk1Rule, "依頼書を審査して提供する。";
    ItemId::FullProvisionRisk2, "定められた方法でのみ提供する。";
    ItemId::FullProvisionRisk3, "相手方と内容を照合してから提供する。";
    ItemId::FullNetworkRisk1, "照会は許可された事務に限られる。";
    ItemId::FullNetworkRisk2, "通信は暗号化される。";
    ItemId::FullNetworkRisk3, "提供元の情報をそのまま用いる。";
    ItemId::FullNetworkRisk4, "中間サーバーは閉じた回線で接続する。";
    ItemId::FullNetworkRisk5, "許可された照会にのみ応答する。";
    ItemId::FullNetworkRisk6, "提供の記録を残す。";
    ItemId::FullNetworkRisk7, "照会者を符号で特定する。";
    ItemId::FullStoragePhysical, "サーバー室の入退室を管理する。";
    ItemId::FullStorageTechnical, "ウイルス対策と更新を行う。";
    ItemId::FullStorageDeceasedNumbers, "生存者と同じ方法で管理する。";
    ItemId::FullStorageRisk2, "届出に基づき随時更新する。";
    ItemId::FullStorageErasureProcedure, "年度ごとに消去し、記録を残す。";
    ItemId::FullSelfCheck, "年1回チェックリストで点検する。";
    ItemId::FullAudit, "内部監査を行う。";
    ItemId::FullTraining, "年1回の研修を行う。";
};

/// Builds a small report of one form that is valid as it stands: the stated しきい値判断結果
/// follows from its inputs, declared counts equal the entries listed, every 委託 has its fields
/// (再委託 with its 許諾方法, 再委託事項 and a permitted chain), and the procedures are complete
/// and in order (public comment of 30 days → 第三者点検 → 基礎項目評価 → 公表).
///
/// Presets per form (a fictional 架空市, published 2025-06-30):
///
/// | form | 対象人数 | files | しきい値判断結果 |
/// |---|---|---|---|
/// | 基礎 | 1,000人以上1万人未満, 500人未満, 発生なし | none (the form has no Ⅱ) | 基礎項目評価 |
/// | 重点 | 10万人以上30万人未満 | one, 1 委託, 1 移転 | 基礎項目評価及び重点項目評価 |
/// | 全項目 | 30万人以上 | one, 1 委託 with a 2-level chain, 1 提供, 1 移転 | 基礎項目評価及び全項目評価 |
///
/// Setters change one thing; keeping the whole consistent after a change (for example a new
/// 対象人数 and the matching result) is up to the caller.
///
/// ```
/// use mynumber_pia::report::{DataSubjectBand, FileBlock, ReportBuilder};
/// use mynumber_pia::AssessmentKind;
///
/// let report = ReportBuilder::new(AssessmentKind::Full, "国民健康保険に関する事務")
///     .with_body("架空区長")
///     .with_file(FileBlock::new("国保給付ファイル", DataSubjectBand::From100kTo1m))
///     .build();
/// assert_eq!(report.files.len(), 2);
/// assert_eq!(report.affair.file_names.len(), 2);
/// assert_eq!(report.cover.body.as_deref(), Some("架空区長"));
/// ```
#[doc(alias = "評価書の作成")]
#[derive(Debug, Clone)]
pub struct ReportBuilder {
    report: Report,
}

impl ReportBuilder {
    /// A complete small report of `form` for the 事務 `affair`.
    ///
    /// ```
    /// use mynumber_pia::report::ReportBuilder;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let r = ReportBuilder::new(AssessmentKind::Focused, "後期高齢者医療に関する事務").build();
    /// assert_eq!(r.affair.name, "後期高齢者医療に関する事務");
    /// assert_eq!(r.files[0].entrustments.len(), 1);
    /// ```
    #[must_use]
    pub fn new(form: AssessmentKind, affair: impl Into<String>) -> Self {
        use AssessmentKind::{Basic, Focused, Full};
        let affair = affair.into();
        let mut report = Report::empty(form);
        let c = &mut report.cover;
        c.number = text("1");
        c.title = Some(format!("{affair}　{}", form.document_name()));
        c.declaration = Some(format!(
            "架空市は、{affair}における特定個人情報ファイルの取扱いが個人の権利利益に影響を及ぼし得ることを認識し、リスクを軽減する措置を講じて権利利益の保護に取り組むことを宣言する。"
        ));
        c.published_on = Some(ymd(2025, 6, 30));
        c.form_version = form_edition();

        let a = &mut report.affair;
        a.name = affair;
        a.description = text("被保険者の資格管理、保険料の賦課と収納、給付を行う。");
        a.number_use_basis = LegalBasis::parse("番号利用法第9条第1項、別表の44の項").ok();
        a.info_linkage = Some(InfoLinkage::Yes);
        let linkage = "番号利用法第19条第8号に基づく主務省令第2条の表の69の項";
        a.info_linkage_basis = LinkageBasis::parse(linkage).ok();
        a.department = text("健康部　保険課");
        a.department_head = text("保険課長");
        a.necessity = text("資格と所得を正確に把握するため。");
        a.benefits = text("事務の効率化と添付書類の省略。");
        a.description_appendix = text("別ファイルで添付する。");

        let d = &mut report.disclosure;
        d.request_to = text("架空市総務部総務課　架空市中央1-1-1");
        d.inquiry_contact = text("架空市健康部保険課　電話 000-000-0000");
        d.request_method = text("請求書を総務課に提出する。");
        d.inquiry_handling = text("問合せの内容と対応を記録する。");
        d.fee = Some(super::Fee::Free);
        d.register_published = Some(Performed::Yes);
        d.register_file_name = text("保険業務システム");
        d.register_place = text("総務課");
        report.procedures.basic_assessment.date = Some(ymd(2025, 6, 2));
        if form == Full {
            // What only the 全項目 example has: the public comment and the 第三者点検.
            let p = &mut report.procedures;
            p.public_comment.method = text("意見公募手続により住民の意見を聴く。");
            // 30 days, both ends included.
            p.public_comment.period = Period::new(ymd(2025, 4, 1), ymd(2025, 4, 30));
            p.public_comment.main_opinions = text("意見はなかった。");
            p.third_party_review.date = Some(ymd(2025, 5, 20));
            p.third_party_review.body = text("架空市個人情報保護審査会");
            p.third_party_review.method = text("架空市個人情報保護審査会による点検");
            p.third_party_review.result = text("妥当であると認められた。");
        }
        let connections = [Connection::IntraOffice, Connection::AddressSystem];
        // 様式2 Ⅰ1③ lists the system's name only, Ⅰ2 the file names.
        let mut builder = ReportBuilder { report }
            .with_body_of_kind("架空市長", BodyKind::LocalGovernment)
            .with_system(
                System::new("保険システム")
                    .with_functions("１．資格管理　２．賦課　３．収納　４．給付")
                    .with_connections(CheckSet::of(connections)),
            )
            .with_file_names(vec!["保険資格ファイル".to_owned()])
            .with_counted_on(COUNTED_ON, COUNTED_ON);
        if form != Basic {
            let connections = [Connection::InfoNetwork, Connection::AddressSystem];
            let server = System::new("中間サーバー").with_functions("符号管理、情報照会、情報提供");
            builder = builder
                .with_system(server.with_connections(CheckSet::of(connections)))
                .with_file(Self::sample_file(form));
        }
        let subjects = match form {
            Basic => SubjectCountBand::From1kTo10k,
            Focused => SubjectCountBand::From100kTo300k,
            Full => SubjectCountBand::AtLeast300k,
        };
        let facts = Facts {
            entrusts: true,
            provides: true,
        };
        builder
            .with_threshold(
                subjects,
                HandlerCountBand::Under500,
                SeriousIncident::NotOccurred,
            )
            .with_risk_chapters(&mut ExampleWords, &facts)
            .with_recent_incidents(RecentIncidents::none())
            .with_edit(super::items::clear_outside_form)
    }

    /// An empty report of `form` to fill in ([`Report::empty`]): what the generator
    /// ([`crate::generate`]) builds on, setting its own names, dates and texts.
    ///
    /// ```
    /// use mynumber_pia::report::{DataSubjectBand, FileBlock, ReportBuilder};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let r = ReportBuilder::empty(AssessmentKind::Focused)
    ///     .with_file(FileBlock::new("給付ファイル", DataSubjectBand::Under10k))
    ///     .build();
    /// assert_eq!(r.affair.file_names, ["給付ファイル"]);
    /// assert!(r.cover.body.is_none());
    /// ```
    #[must_use]
    pub fn empty(form: AssessmentKind) -> Self {
        ReportBuilder {
            report: Report::empty(form),
        }
    }

    fn sample_file(form: AssessmentKind) -> FileBlock {
        let full = form == AssessmentKind::Full;
        let mut f = FileBlock::new("保険資格ファイル", DataSubjectBand::From100kTo1m)
            .with_user_count(if full {
                StaffCountBand::From100To500
            } else {
                StaffCountBand::From50To100
            });
        f.kind = Some(FileKind::System);
        f.subject_scope = text("被保険者と世帯員（過去の被保険者を含む）");
        f.subject_scope_necessity = text("資格の管理と賦課に必要なため。");
        f.record_item_count = Some(RecordItemBand::AtLeast100);
        f.main_record_items = CheckSet::of([
            RecordItemCategory::IndividualNumber,
            RecordItemCategory::OtherIdentifier,
            RecordItemCategory::FourItems,
            RecordItemCategory::LocalTax,
            RecordItemCategory::MedicalInsurance,
        ]);
        f.record_items_validity = text("本人の特定と資格・賦課の判定に用いる。");
        f.all_record_items = text("別添を参照。");
        f.holding_start = DateOrMonth::month(2015, 10).ok();
        f.department = text("健康部　保険課");
        f.acquisition.sources.insert(SourceKind::Person, None);
        f.acquisition
            .sources
            .insert(SourceKind::OtherDepartment, text("市民課、課税課"));
        f.acquisition.methods = CheckSet::of([Medium::Paper, Medium::IntraOffice]);
        f.usage.purpose = text("資格の管理、保険料の賦課と収納を行うため。");
        f.usage.departments = text("保険課、各支所");
        f.usage.method = text("届出を受けて資格を登録し、所得情報から保険料を算定する。");
        f.usage.matching = text("個人番号をキーに住民情報と突合する。");
        f.usage.start = Some(DateOrMonth::Day(ymd(2016, 1, 1)));
        f.storage.location = text("施錠されたサーバー室。操作は認証された職員に限る。");

        f.acquisition.timing = text("届出の都度");
        f.acquisition.validity = text("法令に基づく届出による。");
        f.acquisition.notice = text("申請書に利用目的を記載する。");
        f.usage.statistics = text("個人を特定する統計分析は行わない。");
        f.usage.decisions = text("所得に基づき保険料を決定する。");
        f.storage.retention = Some(RetentionPeriod::FiveYears);
        f.storage.retention_validity = text("保険料の徴収権の時効（2年）と還付の期間を考慮した。");
        f.storage.erasure = text("保管期間を過ぎたデータを年度ごとに消去する。");

        let mut e = Entrustment::new(
            "システムの運用・保守",
            "株式会社サンプル情報サービス",
            StaffCountBand::Under10,
        );
        e.scope = Some(EntrustedScope::Whole);
        e.data_subjects = Some(DataSubjectBand::From100kTo1m);
        e.subject_scope = text("被保険者と世帯員");
        e.scope_validity = text("保守に全件の参照が必要なため。");
        e.handover_methods = CheckSet::of([Medium::DedicatedLine]);
        e.entrustee_confirmation = text("情報公開請求に基づき公開している。");
        if full {
            let permission = "書面による申請に対し市が許諾";
            e = e
                .with_re_entrustment(
                    "書面による申請を受け、再委託先の安全管理措置を確認して許諾する。",
                    "障害時の復旧支援",
                )
                .with_re_entrustee(
                    ReEntrustee::new("サンプル保守株式会社").with_permission(permission),
                )
                .with_re_entrustee(
                    ReEntrustee::unnamed("データセンターの運用").with_permission(permission),
                );
        }
        f = f.with_entrustment(e);
        let band = DataSubjectBand::From100kTo1m;
        let destination = |name, basis_text, medium| Destination {
            subject_scope: text("被保険者"),
            ..Destination::reached(name, basis_text, medium, band)
        };
        if full {
            let table = "番号利用法第19条第8号に基づく主務省令第2条の表の48の項";
            f = f.with_provision(Destination {
                purpose: text("地方税の賦課徴収に関する事務"),
                information: text("医療保険給付関係情報"),
                timing: text("照会を受けたら都度"),
                ..destination("市町村長", table, Medium::InfoNetwork)
            });
        }
        f.with_transfer(Destination {
            purpose: text("住民票の記載事項の変更"),
            information: text("資格の得喪情報"),
            timing: text("日次"),
            ..destination("市民課", "住民基本台帳法第7条", Medium::IntraOffice)
        })
    }

    setters! {
        /// Sets the 評価実施機関名 (a 地方公共団体等).
        ///
        /// ```
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = ReportBuilder::new(AssessmentKind::Basic, "事務").with_body("架空町長").build();
        /// assert_eq!(r.cover.body.as_deref(), Some("架空町長"));
        /// ```
        pub fn with_body(name: impl Into<String>) |b| b.report.cover.body = Some(name.into());

        /// Sets the 評価実施機関名 and its kind.
        ///
        /// ```
        /// use mynumber_pia::report::{BodyKind, ReportBuilder};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = ReportBuilder::new(AssessmentKind::Full, "事務")
        ///     .with_body_of_kind("架空庁長官", BodyKind::NationalAgency)
        ///     .build();
        /// assert_eq!(r.cover.body_kind, Some(BodyKind::NationalAgency));
        /// ```
        pub fn with_body_of_kind(name: impl Into<String>, kind: BodyKind) |b| (b.report.cover.body, b.report.cover.body_kind) = (Some(name.into()), Some(kind));

        /// Sets the 公表日.
        ///
        /// ```
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let day = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
        /// let r = ReportBuilder::new(AssessmentKind::Full, "事務").with_published_on(day).build();
        /// assert_eq!(r.cover.published_on, Some(day));
        /// ```
        pub fn with_published_on(date: NaiveDate) |b| b.report.cover.published_on = Some(date);

        /// Sets the 対象人数 (基礎 Ⅱ1, or Ⅰ1③ of the other forms).
        ///
        /// ```
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::threshold::SubjectCountBand;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = ReportBuilder::new(AssessmentKind::Basic, "事務")
        ///     .with_subject_count(SubjectCountBand::From10kTo100k)
        ///     .build();
        /// assert_eq!(r.subject_count(), Some(SubjectCountBand::From10kTo100k));
        /// ```
        pub fn with_subject_count(band: SubjectCountBand) |b| b.report.set_subject_count(band);

        /// Sets the stated しきい値判断結果 (基礎 Ⅲ, or 評価実施手続 1②).
        ///
        /// ```
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::threshold::{RequiredAssessment, StatedThresholdResult};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let stated = StatedThresholdResult::required(RequiredAssessment::BasicAndFocused);
        /// let r = ReportBuilder::new(AssessmentKind::Focused, "事務").with_threshold_result(stated).build();
        /// assert_eq!(r.stated_threshold_result(), Some(stated));
        /// ```
        pub fn with_threshold_result(result: StatedThresholdResult) |b| b.report.set_threshold_result(result);

        /// Sets 取扱者数 and 重大事故 of the 基礎 form's しきい値判断項目 (no effect on the other
        /// forms, which do not print them).
        ///
        /// ```
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::threshold::{HandlerCountBand, RequiredAssessment, SeriousIncident, StatedThresholdResult, SubjectCountBand};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// // 熊谷市 in 令和7年: 1万人以上10万人未満, 500人未満, but a 重大事故 in the past year.
        /// let r = ReportBuilder::new(AssessmentKind::Basic, "国民健康保険に関する事務")
        ///     .with_subject_count(SubjectCountBand::From10kTo100k)
        ///     .with_threshold_inputs(HandlerCountBand::Under500, SeriousIncident::Occurred)
        ///     .with_threshold_result(StatedThresholdResult::required(RequiredAssessment::BasicAndFocused))
        ///     .build();
        /// let items = &r.basic().unwrap().threshold_items;
        /// assert_eq!(items.serious_incident, Some(SeriousIncident::Occurred));
        /// ```
        pub fn with_threshold_inputs(handlers: HandlerCountBand, incident: SeriousIncident) |b| b.report.set_threshold_inputs(handlers, incident);

        /// Sets Ⅰ 特定個人情報ファイル名, the list of a 基礎 report (the 重点 and 全項目 forms list the
        /// names of their file blocks: [`build`](Self::build) writes them over this list).
        ///
        /// ```
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = ReportBuilder::empty(AssessmentKind::Basic)
        ///     .with_file_names(vec!["住民記録ファイル".to_owned()])
        ///     .build();
        /// assert_eq!(r.affair.file_names, ["住民記録ファイル"]);
        /// ```
        pub fn with_file_names(names: Vec<String>) |b| b.report.affair.file_names = names;

        /// Sets the whole 3-year 重大事故 item of the risk chapter (重点 Ⅲ7②, 全項目 Ⅲ7 リスク1⑨;
        /// no effect on a 基礎 report), for example [`RecentIncidents::none`].
        ///
        /// ```
        /// use mynumber_pia::report::{IncidentHistory, RecentIncidents, ReportBuilder};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = ReportBuilder::empty(AssessmentKind::Full)
        ///     .with_recent_incidents(RecentIncidents::none())
        ///     .build();
        /// assert_eq!(r.recent_incidents().and_then(|i| i.status), Some(IncidentHistory::NotOccurred));
        /// ```
        pub fn with_recent_incidents(item: RecentIncidents) |b| if let Some(slot) = b.report.recent_incidents_mut() { *slot = item };

        /// Writes the risk chapters with the words and grades of `words`, as `facts` say and as
        /// the report written so far is: its 委託, body and しきい値判断結果 (the examples' and the
        /// generator's chapters: [`chapters::write`]).
        pub(crate) fn with_risk_chapters(words: &mut impl Words, facts: &Facts) |b| chapters::write(&mut b.report, words, facts);

        /// Adds a system.
        ///
        /// ```
        /// use mynumber_pia::report::{ReportBuilder, System};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = ReportBuilder::new(AssessmentKind::Full, "事務").with_system(System::new("税務システム")).build();
        /// assert_eq!(r.systems.last().map(|s| s.name.as_str()), Some("税務システム"));
        /// ```
        pub fn with_system(system: System) |b| b.report.systems.push(system);

        /// Adds a file block (the 基礎 form has none: ignored there).
        pub fn with_file(block: FileBlock) |b| b.report.set_files(|files| files.push(block));

        /// Replaces the file blocks (the 基礎 form has none: ignored there).
        ///
        /// ```
        /// use mynumber_pia::report::{DataSubjectBand, FileBlock, ReportBuilder};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let block = FileBlock::new("介護保険ファイル", DataSubjectBand::From10kTo100k);
        /// let r = ReportBuilder::new(AssessmentKind::Focused, "事務").with_files(vec![block]).build();
        /// assert_eq!(r.affair.file_names, ["介護保険ファイル"]);
        /// let basic = ReportBuilder::new(AssessmentKind::Basic, "事務").with_files(Vec::new()).build();
        /// assert!(basic.files.is_empty());
        /// ```
        pub fn with_files(blocks: Vec<FileBlock>) |b| b.report.set_files(|files| *files = blocks);

        /// Adds a 変更箇所 row.
        ///
        /// ```
        /// use mynumber_pia::report::{ChangeRecord, ReportBuilder, SubmissionTiming};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let row = ChangeRecord::new("Ⅰ　6．②所属長の役職名").with_timing(SubmissionTiming::After);
        /// let r = ReportBuilder::new(AssessmentKind::Focused, "事務").with_change(row).build();
        /// assert_eq!(r.changes.len(), 1);
        /// ```
        pub fn with_change(row: ChangeRecord) |b| b.report.changes.push(row);

        /// Changes the report in place before it is built.
        ///
        /// ```
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = ReportBuilder::new(AssessmentKind::Full, "事務")
        ///     .with_edit(|r| r.cover.special_note = Some("委託先の管理を重視する。".into()))
        ///     .build();
        /// assert!(r.cover.special_note.is_some());
        /// ```
        pub fn with_edit(edit: impl FnOnce(&mut Report)) |b| edit(&mut b.report);

        /// Sets the しきい値判断 inputs (対象人数, and for the 基礎 form 取扱者数 and 重大事故) and states
        /// the result they decide (指針 第5の2) as the form prints it: a 重点 or 全項目 report above
        /// the requirement adds 「（任意に…を実施）」. The report stays consistent, unlike with the
        /// setters of one item.
        ///
        /// ```
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::threshold::{HandlerCountBand, SeriousIncident, SubjectCountBand};
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let r = ReportBuilder::empty(AssessmentKind::Full)
        ///     .with_threshold(SubjectCountBand::From10kTo100k, HandlerCountBand::Under500, SeriousIncident::NotOccurred)
        ///     .build();
        /// assert_eq!(
        ///     r.stated_threshold_result().unwrap().to_string(),
        ///     "基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）"
        /// );
        /// ```
        #[doc(alias = "しきい値判断")]
        pub fn with_threshold(subjects: SubjectCountBand, handlers: HandlerCountBand, incident: SeriousIncident) |b| {
            b.report.set_subject_count(subjects);
            b.report.state_required(decide(subjects, handlers, incident));
            b.report.set_threshold_inputs(handlers, incident);
        };

        /// Sets the days 対象人数 and 取扱者数 were counted (基礎 Ⅱ1 and Ⅱ2 いつ時点の計数か; no effect
        /// on the other forms, which do not print them).
        ///
        /// ```
        /// use chrono::NaiveDate;
        /// use mynumber_pia::report::ReportBuilder;
        /// use mynumber_pia::AssessmentKind;
        ///
        /// let day = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        /// let r = ReportBuilder::empty(AssessmentKind::Basic).with_counted_on(day, day).build();
        /// assert_eq!(r.basic().unwrap().threshold_items.subject_count_as_of, Some(day));
        /// ```
        pub fn with_counted_on(subjects: NaiveDate, handlers: NaiveDate) |b| if let FormPart::Basic(p) = &mut b.report.part {
            p.threshold_items.subject_count_as_of = Some(subjects);
            p.threshold_items.handler_count_as_of = Some(handlers);
        };
    }

    /// Sets the 3-year 重大事故 item of the risk chapter (重点 Ⅲ7②, 全項目 Ⅲ7 リスク1⑨) to
    /// 発生あり with its content, prevention and date (no effect on a 基礎 report).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mynumber_pia::report::{IncidentHistory, ReportBuilder};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let r = ReportBuilder::new(AssessmentKind::Focused, "介護保険に関する事務")
    ///     .with_recent_incident("通知書の誤送付", "封入時の二人確認", NaiveDate::from_ymd_opt(2024, 7, 1).unwrap())
    ///     .build();
    /// assert_eq!(r.recent_incidents().and_then(|i| i.status), Some(IncidentHistory::Occurred));
    /// ```
    #[must_use]
    pub fn with_recent_incident(
        self,
        content: impl Into<String>,
        prevention: impl Into<String>,
        occurred_on: NaiveDate,
    ) -> Self {
        self.with_recent_incidents(RecentIncidents {
            status: Some(IncidentHistory::Occurred),
            content: Some(content.into()),
            prevention: Some(prevention.into()),
            incident_dates: vec![occurred_on],
        })
    }

    /// The report. For the 重点 and 全項目 forms, Ⅰ3 and Ⅲ1 特定個人情報ファイル名 list the names
    /// of the file blocks.
    ///
    /// ```
    /// use mynumber_pia::report::{DataSubjectBand, FileBlock, ReportBuilder};
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let r = ReportBuilder::new(AssessmentKind::Full, "事務")
    ///     .with_file(FileBlock::new("給付ファイル", DataSubjectBand::Under10k))
    ///     .build();
    /// let names = &r.full().unwrap().risk_measures.file_names;
    /// assert_eq!(names, &r.affair.file_names);
    /// assert_eq!(names.last().map(String::as_str), Some("給付ファイル"));
    /// ```
    #[must_use]
    pub fn build(mut self) -> Report {
        self.report.sync_file_names();
        self.report
    }
}

/// Where each form holds the items a builder sets: one place for the builder, the generator and
/// its defects.
impl Report {
    /// Sets 対象人数: 基礎 Ⅱ1, or Ⅰ1③ of the other forms.
    pub(crate) fn set_subject_count(&mut self, band: SubjectCountBand) {
        match &mut self.part {
            FormPart::Basic(p) => p.threshold_items.subject_count = Some(band),
            _ => self.affair.subject_count = Some(band),
        }
    }

    /// Sets the stated しきい値判断結果: 基礎 Ⅲ, or 評価実施手続 1②.
    pub(crate) fn set_threshold_result(&mut self, result: StatedThresholdResult) {
        match &mut self.part {
            FormPart::Basic(p) => p.threshold_result = Some(result),
            _ => self.procedures.basic_assessment.threshold_result = Some(result),
        }
    }

    /// Sets 取扱者数 and 重大事故 of the 基礎 form's しきい値判断項目 (the other forms do not print
    /// them).
    pub(crate) fn set_threshold_inputs(
        &mut self,
        handlers: HandlerCountBand,
        incident: SeriousIncident,
    ) {
        if let FormPart::Basic(p) = &mut self.part {
            p.threshold_items.handler_count = Some(handlers);
            p.threshold_items.serious_incident = Some(incident);
        }
    }

    /// States the result `required` as the form prints it ([`RequiredAssessment::stated_in`]; a
    /// 重点 report of a 全項目 requirement states it as it is).
    pub(crate) fn state_required(&mut self, required: RequiredAssessment) {
        let stated = required.stated_in(self.form());
        self.set_threshold_result(stated.unwrap_or(StatedThresholdResult::required(required)));
    }

    /// Changes the file blocks with `change` (the 基礎 form has none: nothing changes there).
    fn set_files(&mut self, change: impl FnOnce(&mut Vec<FileBlock>)) {
        if self.form() != AssessmentKind::Basic {
            change(&mut self.files);
        }
    }

    /// The 3-year 重大事故 item of the risk chapter, to change; `None` in a 基礎 report. Reached
    /// by its item ([`Report::recent_incidents_item`], the one place that knows which it is) through
    /// the item table.
    pub(crate) fn recent_incidents_mut(&mut self) -> Option<&mut RecentIncidents> {
        let (id, _) = self.recent_incidents_item()?;
        let field: &mut dyn std::any::Any = super::field_at_mut(self, id, &[])?;
        field.downcast_mut()
    }

    /// Ⅰ3 and Ⅲ1 特定個人情報ファイル名 of a 重点 or 全項目 report as its Ⅱ blocks name them (a
    /// 基礎 report, without blocks, keeps its Ⅰ list).
    pub(crate) fn sync_file_names(&mut self) {
        let names: Vec<String> = self
            .files
            .iter()
            .flat_map(|f| f.names.iter().cloned())
            .collect();
        match &mut self.part {
            FormPart::Basic(_) => return,
            FormPart::Focused(p) => p.risk_measures.file_names = names.clone(),
            FormPart::Full(p) => p.risk_measures.file_names = names.clone(),
        }
        self.affair.file_names = names;
    }
}

impl Destination {
    /// A 提供先 or 移転先 `name` citing `basis_text` (a text that parses), reached by `medium`, of
    /// the people of `band`: the examples', the generator's and the defects' destinations.
    pub(crate) fn reached(
        name: &str,
        basis_text: &str,
        medium: Medium,
        band: DataSubjectBand,
    ) -> Destination {
        Destination {
            name: text(name),
            legal_basis: LegalBasis::parse(basis_text).ok(),
            ..Destination::default()
        }
        .with_methods(CheckSet::of([medium]))
        .with_data_subjects(band)
    }
}

impl ChangeRecord {
    /// A 変更箇所 row of `item`, placed as `form` numbers it (`Ⅰ6① 担当部署`, or the label alone
    /// for an item the form does not number).
    pub(crate) fn of_item(form: AssessmentKind, item: ItemId) -> ChangeRecord {
        let place = match item.number(form) {
            // Concatenated, not `format!`ted, as `generate`'s texts are (`generate::names::joined`
            // has the figure).
            Some(number) => [number, " ", item.label()].concat(),
            None => item.label().to_owned(),
        };
        ChangeRecord::new(place).with_item_id(item)
    }
}

impl Report {
    /// A small valid report of `form`: [`ReportBuilder::new`] with a 国民健康保険 事務.
    ///
    /// ```
    /// use mynumber_pia::report::Report;
    /// use mynumber_pia::AssessmentKind;
    ///
    /// let r = Report::example(AssessmentKind::Focused);
    /// assert_eq!(r.files[0].entrustment_count, Some(1));
    /// ```
    #[must_use]
    pub fn example(form: AssessmentKind) -> Report {
        ReportBuilder::new(form, "国民健康保険に関する事務").build()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;

    #[test]
    fn examples_round_trip_through_json() {
        for &form in AssessmentKind::ALL {
            let r = Report::example(form);
            assert_eq!(r.items_outside_form(), [], "{form}");
            let back = Report::from_json(&r.to_json()).unwrap();
            assert_eq!(back, r);
            assert_eq!(back.form(), form);
        }
    }

    /// The item changed is the one read: in the 重点 and 全項目 forms, and none in the 基礎 form.
    #[test]
    fn recent_incidents_are_changed_where_they_are_read() {
        for &form in AssessmentKind::ALL {
            let mut r = Report::example(form);
            let day = ymd(2024, 7, 1);
            let changed = r.recent_incidents_mut().map(|item| {
                item.incident_dates = vec![day];
            });
            assert_eq!(changed.is_some(), form != AssessmentKind::Basic, "{form}");
            let read = r.recent_incidents().map(|item| item.incident_dates.clone());
            assert_eq!(read, changed.map(|()| vec![day]), "{form}");
        }
    }

    #[test]
    fn declared_counts_match_entries() {
        for form in [AssessmentKind::Focused, AssessmentKind::Full] {
            let r = Report::example(form);
            for f in &r.files {
                assert_eq!(f.entrustment_count, Some(f.entrustments.len() as u32));
                assert_eq!(
                    f.provision_transfer.transfer_count,
                    Some(f.transfers.len() as u32)
                );
                let provisions = f.provision_transfer.provision_count.unwrap_or(0);
                assert_eq!(provisions, f.provisions.len() as u32);
            }
        }
    }

    #[test]
    fn full_example_procedures_are_in_order() {
        let r = Report::example(AssessmentKind::Full);
        let p = &r.procedures;
        assert_eq!(p.public_comment.period.days(), Some(30));
        assert!(p.public_comment.period.end < p.third_party_review.date);
        assert!(p.third_party_review.date < p.basic_assessment.date);
        assert!(p.basic_assessment.date < r.cover.published_on);
        let chain = &r.files[0].entrustments[0].re_entrustees;
        assert_eq!(chain.len(), 2);
        assert!(chain.iter().all(|l| l.permitted_by_original == Some(true)));
    }
}
