//! Writes a valid report for a checked [`Scenario`], drawing every free choice from the seed.
//!
//! The draws happen in a fixed order (cover, Ⅰ, systems, files, risk chapters, 開示請求,
//! procedures, 変更箇所), so a report depends on the scenario, the seed, this file and the order
//! in which [`crate::report::chapters`] asks for the words of the risk chapters. The report is
//! built through [`ReportBuilder`], which places what the forms hold in different places.

use chrono::{Datelike, Days, NaiveDate};

use super::names::{
    COMPANY_HEADS, MEASURES, NATIONAL_DIVISIONS, NATIONAL_OFFICES, PROFILES, Profile,
    RECORD_FIELDS, REORGANIZED, SHARED_SYSTEMS, SIGNIFICANT, SUBCONTRACTOR_TAILS, WORDING, company,
    joined, local_body,
};
use super::prose;
use super::rng::{SplitMix64, cycle};
use super::scenario::{Counts, Scenario};
use crate::form::FormRevision;
use crate::legal_basis::LegalBasis;
use crate::report::builder::{rows, text};
use crate::report::chapters::{Facts, Words};
use crate::report::{
    AuditKind, BodyKind, ChangeRecord, CheckSet, Connection, DataSubjectBand, DateOrMonth,
    Destination, Effort, EntrustedScope, Entrustment, Fee, FileBlock, FileKind, InfoLinkage,
    ItemId, LinkageBasis, Medium, Performed, Period, ReEntrustee, RecentIncidents, RecordItemBand,
    RecordItemCategory, RecordItems, Report, ReportBuilder, RetentionPeriod, SourceKind,
    StaffCountBand, SubmissionTiming, Sufficiency, System, ThirdPartyReview,
};
use crate::threshold::{HandlerCountBand, SubjectCountBand};
use crate::validation::RESTRUCTURING;
use crate::wareki::{YearMonth, ymd};
use crate::{AssessmentKind, Choice, Interval};

/// From this day generated reports cite 第19条第8号 instead of 第19条第7号 (the 令和4年
/// renumbering; the generator's approximation of its effect, used for realism only).
const RENUMBERING: NaiveDate = ymd(2022, 4, 1);

/// The most people the bands of 使用者数 and 委託先 取扱者数 add up to when the 取扱者数 is under
/// 500: room is left for a few more 委託先 of 10人未満 (a defect may add them) before 500.
const STAFF_BUDGET: u64 = 460;

/// The numbering of the 番号法 the report's citations follow, by its 公表日.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Era {
    /// 第19条第7号 and 別表第一・第二 (before the 令和4年 renumbering).
    Article19Item7,
    /// 第19条第8号 and 別表第一・第二.
    Appendices,
    /// 別表 and the 第19条第8号 order's 第2条の表 (from 令和6年5月27日).
    Current,
}

impl Era {
    /// The era of a report published on `published`: [`Era::Current`] from the day the 番号法's
    /// tables were restructured (別表第一 → 別表, 別表第二 → the 第19条第8号 order's 第2条の表).
    pub(super) fn of(published: NaiveDate) -> Era {
        if RESTRUCTURING.is_some_and(|first| published >= first) {
            Era::Current
        } else if published >= RENUMBERING {
            Era::Appendices
        } else {
            Era::Article19Item7
        }
    }

    /// The era's words: the act's name, the item of its 第19条 that allows 情報連携, and the
    /// table of 個人番号の利用.
    fn words(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Era::Article19Item7 => ("番号法", "7", "別表第一"),
            Era::Appendices => ("番号法", "8", "別表第一"),
            Era::Current => ("番号利用法", "8", "別表"),
        }
    }

    /// The number this era cites of a row numbered `(current, old)`: the current one from the
    /// restructuring, the old one before.
    fn row(self, (row, old): (u32, u32)) -> u32 {
        if self == Era::Current { row } else { old }
    }

    /// 個人番号の利用 ※ 法令上の根拠.
    pub(super) fn usage_basis(self, profile: &Profile) -> String {
        let (act, _, table) = self.words();
        let row = self.row(profile.usage_rows).to_string();
        let article = profile.order_article.to_string();
        joined(&[
            act,
            "第9条第1項、",
            table,
            "の",
            &row,
            "の項\n",
            act,
            table,
            "の主務省令で定める事務を定める命令第",
            &article,
            "条\n",
            profile.statute,
        ])
    }

    /// The rows `rows` (current, old) of the 情報提供 table, cited as this era does.
    pub(super) fn rows(self, rows: impl IntoIterator<Item = (u32, u32)>) -> String {
        // The numbers written into one text (callgrind, `generate/full_report`, a report
        // generated and dropped: 251.5 k instructions a report, 253.6 k when each was
        // `to_string`ed and the strings joined).
        let mut list = String::new();
        for (i, r) in rows.into_iter().enumerate() {
            if i > 0 {
                list.push('、');
            }
            push_decimal(&mut list, self.row(r) as usize);
        }
        let (act, item, _) = self.words();
        if self == Era::Current {
            joined(&[
                "番号利用法第19条第8号に基づく主務省令第2条の表の",
                &list,
                "の項",
            ])
        } else {
            joined(&[act, "第19条第", item, "号、別表第二の", &list, "の項"])
        }
    }

    /// 情報連携 ②法令上の根拠 of `profile`, in two parts: the rows of its 提供先, then those of
    /// its 情報照会.
    pub(super) fn linkage_basis(self, profile: &Profile) -> String {
        let (act, item, _) = self.words();
        let provided = profile.provisions.iter().map(|p| (p.row, p.old_row));
        let provided = self.rows(provided);
        let inquired = self.rows(profile.inquiry_rows.iter().copied());
        joined(&[
            act,
            "第19条第",
            item,
            "号\n（1）情報提供の根拠\n",
            &provided,
            "\n（2）情報照会の根拠\n",
            &inquired,
        ])
    }
}

/// Days before `date`. The scenario's as-of date is at least 2018-01-01 and every offset is a
/// few years at most, so the day exists.
#[allow(clippy::expect_used)]
pub(super) fn before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days))
        .expect("dates stay within a few years of an as-of date after 2018 (Scenario::check)")
}

/// Days after `date` (see [`before`]).
#[allow(clippy::expect_used)]
pub(super) fn after(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .expect("dates stay within a few years of an as-of date before 2200 (Scenario::check)")
}

/// The 第三者点検 of `org`'s 個人情報保護審議会 on `date`.
pub(super) fn review(org: &str, date: NaiveDate) -> ThirdPartyReview {
    ThirdPartyReview {
        date: Some(date),
        body: Some(joined(&[org, "個人情報保護審議会"])),
        method: Some(joined(&[org, "個人情報保護審議会による点検"])),
        result: text("評価書の内容は妥当であると認められた。"),
    }
}

/// The band of `bands` (every band of a list, in order, from 0 up) whose interval holds `n`.
#[allow(clippy::expect_used)]
fn band_of<B: Copy>(bands: &[B], interval: fn(B) -> Interval, n: u64) -> B {
    *bands
        .iter()
        .find(|&&band| interval(band).contains(n))
        .expect("the bands of a list cover every count from 0")
}

/// The band of 対象となる本人の数 holding `n` people.
pub(super) fn data_band(n: u64) -> DataSubjectBand {
    band_of(DataSubjectBand::ALL, DataSubjectBand::interval, n)
}

/// The largest number of people a band allows (the bands used under 500 all have one).
fn band_max(band: StaffCountBand) -> u64 {
    band.interval().max().unwrap_or(u64::MAX)
}

/// The state of one generation.
pub(super) struct Gen<'a> {
    rng: SplitMix64,
    scenario: &'a Scenario,
    /// The counts of this report (the scenario's, or drawn from its size).
    counts: Counts,
    form: AssessmentKind,
    profile: &'static Profile,
    era: Era,
    /// 公表日.
    published: NaiveDate,
    /// 基礎項目評価 実施日 (the しきい値判断).
    assessed: NaiveDate,
    /// The day of the 重大事故, when the scenario has one.
    incident_on: Option<NaiveDate>,
    /// The body's place name with its kind (若葉市), or the ministry (厚生労働省).
    org: String,
    /// 評価実施機関名.
    body: String,
    /// 部 or 局.
    division: &'static str,
    /// A 部 the section belonged to before a reorganisation (the next of the 事務's).
    former_division: &'static str,
    /// The legal bases of the 提供先 and 移転先 written so far, parsed: the destinations of a
    /// report's second file and on cite what those of its first cite (see [`Gen::destination`]).
    destination_bases: Vec<LegalBasis>,
}

impl<'a> Gen<'a> {
    /// Draws the report's frame: its 事務, body and dates.
    pub(super) fn new(scenario: &'a Scenario, seed: u64) -> Self {
        let mut rng = SplitMix64::new(seed);
        let counts = Counts::draw(scenario, &mut rng);
        let form = scenario.resolved_form();
        let profile = rng.one(PROFILES);
        let (org, body, divisions) = match scenario.body_kind {
            BodyKind::NationalAgency => {
                let &(office, org) = rng.one(NATIONAL_OFFICES);
                (org.to_owned(), office.to_owned(), NATIONAL_DIVISIONS)
            }
            _ => {
                let (org, body) = local_body(&mut rng);
                (org, body, profile.divisions)
            }
        };
        let at = rng.index(divisions.len());
        let division = *cycle(divisions, at);
        let former_division = *cycle(divisions, at + 1);
        // With a 重大事故, the report is recent enough that the incident is still within the 3
        // years of the risk chapter's item on the as-of date.
        let span = if scenario.incident { 600 } else { 1_600 };
        // Not before the first reports, nor before the month of the revision the scenario sets
        // (at least a day: Scenario::check).
        let room = (scenario.as_of - scenario.earliest_publication()).num_days();
        let span = span.min(u64::try_from(room).unwrap_or(1));
        let published = before(scenario.as_of, rng.between(1, span));
        let assessed = before(published, rng.between(7, 60));
        let incident_on = scenario
            .incident
            .then(|| before(assessed, rng.between(10, 300)));
        Gen {
            rng,
            scenario,
            counts,
            form,
            profile,
            era: Era::of(published),
            published,
            assessed,
            incident_on,
            org,
            body,
            division,
            former_division,
            destination_bases: Vec::new(),
        }
    }

    /// The whole report, built through [`ReportBuilder`]: the builder places what the forms hold
    /// in different places (the しきい値判断, the 3-year 重大事故 item, the file names of Ⅰ and
    /// Ⅲ), the draws fill the rest, and what the form does not print is emptied at the end.
    pub(super) fn report(mut self) -> Report {
        let form = self.form;
        let s = self.scenario;
        let mut builder = ReportBuilder::empty(form)
            .with_body_of_kind(self.body.clone(), s.body_kind)
            .with_published_on(self.published)
            .with_threshold(
                SubjectCountBand::from_count(s.subjects),
                HandlerCountBand::from_count(s.handlers),
                s.serious_incident(),
            )
            .with_edit(|r| self.cover(r))
            .with_edit(|r| self.affair(r))
            .with_edit(|r| r.systems = self.systems());
        let names = self.file_names();
        if form == AssessmentKind::Basic {
            let subjects = before(self.published, self.rng.between(10, 300));
            let handlers = before(self.published, self.rng.between(10, 300));
            builder = builder.with_counted_on(subjects, handlers);
        } else {
            builder = builder.with_files(self.files(&names));
        }
        // What the risk chapters follow from the scenario (a 基礎 report lists no entries).
        let c = &self.counts;
        let facts = Facts {
            entrusts: c.entrustments > 0,
            provides: c.provisions.iter().chain(&c.transfers).any(|&n| n > 0),
        };
        builder = builder
            .with_file_names(names)
            .with_risk_chapters(&mut self, &facts)
            .with_recent_incidents(RecentIncidents::none())
            .with_edit(|r| self.disclosure(r));
        if let Some(day) = self.incident_on {
            let content = "通知書を別の世帯に誤って送付した。";
            let prevention = "封入の際に宛名と内容を二人で照合する手順を定めた。";
            builder = builder.with_recent_incident(content, prevention, day);
        }
        if form != AssessmentKind::Basic {
            builder = builder.with_edit(|r| self.procedures(r));
        }
        builder
            .with_edit(|r| self.changes(r))
            .with_edit(|r| r.cover.form_version = Some(self.revision()))
            .build()
            .without_items_outside_form()
    }

    /// The 様式 revision: the scenario's, else one of those in use on the 公表日
    /// ([`Scenario::revisions_on`]): the latest two times in three, else any. Drawn last, so
    /// that the rest of the report is the same whatever its revision.
    fn revision(&mut self) -> FormRevision {
        if let Some(revision) = self.scenario.revision {
            return revision;
        }
        // Never empty: the 公表日 is on or after Scenario::FIRST_PUBLICATION, within the first
        // revision's use.
        let in_use: Vec<FormRevision> = Scenario::revisions_on(self.published).collect();
        let latest = in_use
            .last()
            .copied()
            .unwrap_or(FormRevision::Heisei26April);
        if self.rng.chance(2, 3) {
            latest
        } else {
            *self.rng.one(&in_use)
        }
    }

    fn cover(&mut self, report: &mut Report) {
        let c = &mut report.cover;
        c.number = Some(self.rng.between(1, 40).to_string());
        let (affair, document) = (self.profile.name, self.form.document_name());
        c.title = Some(joined(&[affair, "　", document]));
        c.declaration = Some(joined(&[
            &self.org,
            "は、",
            self.profile.name,
            "で特定個人情報ファイルを取り扱うに当たり、その取扱いが個人のプライバシー等の権利利益に影響を及ぼし得ることを認識し、リスクを軽減する措置を講じて、権利利益の保護に取り組むことを宣言する。",
        ]));
        c.special_note = self.rng.chance(1, 3).then(|| {
            "特定個人情報を取り扱う職員に対して、年に一度の研修と点検を行っている。".to_owned()
        });
    }

    fn affair(&mut self, report: &mut Report) {
        let profile = self.profile;
        let a = &mut report.affair;
        a.name = profile.name.to_owned();
        a.description = Some(profile.description.to_owned());
        a.necessity = Some(profile.necessity.to_owned());
        a.benefits = Some(profile.benefits.to_owned());
        a.description_appendix = optional(&mut self.rng, "別紙のとおり。");
        a.number_use_basis = LegalBasis::parse(&self.era.usage_basis(profile)).ok();
        a.info_linkage = Some(InfoLinkage::Yes);
        a.info_linkage_basis = LinkageBasis::parse(&self.era.linkage_basis(profile)).ok();
        a.department = Some(self.profile.department(self.division));
        a.department_head = Some(joined(&[profile.section(), "長"]));
    }

    fn systems(&mut self) -> Vec<System> {
        let all = self.profile.systems.iter().chain(SHARED_SYSTEMS);
        let chosen: Vec<_> = all.take(self.counts.systems).collect();
        chosen
            .into_iter()
            .map(|&(name, functions, connection)| {
                let mut connections = CheckSet::of([Connection::IntraOffice, connection]);
                if connection == Connection::Other {
                    connections = connections.with_other("業務システム");
                }
                System::new(name)
                    .with_functions(prose::or_more(&mut self.rng, functions))
                    .with_connections(connections)
            })
            .collect()
    }

    fn file_names(&mut self) -> Vec<String> {
        let profile = self.profile;
        profile
            .file_topics
            .iter()
            .take(self.counts.files())
            .map(|topic| profile.file_name(topic))
            .collect()
    }

    /// 使用者数 of each file and 取扱者数 of each 委託, in that order: together in the band of
    /// the scenario's 取扱者数 (under 500: the bands' largest numbers add up to at most
    /// [`STAFF_BUDGET`]; 500 or more: the first file's band starts at 500).
    fn staff(
        &mut self,
        files: usize,
        entrusted: usize,
    ) -> (Vec<StaffCountBand>, Vec<StaffCountBand>) {
        let handlers = self.scenario.handlers;
        let slots = files + entrusted;
        let mut bands = Vec::with_capacity(slots);
        let mut left = STAFF_BUDGET;
        for i in 0..slots {
            let wanted = if i == 0 {
                band_of(StaffCountBand::ALL, StaffCountBand::interval, handlers)
            } else {
                let (few, more) = (StaffCountBand::Under10, StaffCountBand::From10To50);
                self.rng.one_in(2, few, more)
            };
            if handlers >= 500 {
                bands.push(wanted);
                continue;
            }
            let room = left.saturating_sub(9 * (slots - i - 1) as u64);
            // The largest band up to the wanted one that leaves room for the slots after.
            let band = StaffCountBand::ALL
                .iter()
                .rev()
                .copied()
                .find(|&b| b <= wanted && band_max(b) <= room)
                .unwrap_or(StaffCountBand::Under10);
            left = left.saturating_sub(band_max(band));
            bands.push(band);
        }
        let entrustee_bands = bands.split_off(files.min(bands.len()));
        (bands, entrustee_bands)
    }

    fn files(&mut self, names: &[String]) -> Vec<FileBlock> {
        let s = self.scenario;
        let full = self.form == AssessmentKind::Full;
        let n = names.len().max(1);
        let (users, entrusted) = self.staff(n, self.counts.entrustments);
        let mut blocks: Vec<FileBlock> = Vec::with_capacity(n);
        for (i, name) in names.iter().enumerate() {
            let people = if i == 0 {
                s.subjects
            } else {
                s.subjects / self.rng.between(2, 10)
            };
            let band = data_band(people);
            let mut f = FileBlock::new(name.clone(), band);
            if self.rng.chance(1, 6) {
                f.kind = Some(FileKind::OtherElectronic);
            }
            f.subject_scope = Some(self.profile.subject_scope.to_owned());
            f.subject_scope_necessity = Some(prose::or_more(
                &mut self.rng,
                "事務の対象者を漏れなく把握するため。",
            ));
            let band = *self.rng.one(RecordItemBand::ALL);
            f.record_item_count = Some(band);
            f.record_item_list = record_items(&mut self.rng, band);
            let mut items = vec![
                RecordItemCategory::IndividualNumber,
                RecordItemCategory::OtherIdentifier,
                RecordItemCategory::FourItems,
            ];
            if self.rng.chance(1, 2) {
                items.push(RecordItemCategory::ContactDetails);
            }
            items.extend(self.profile.record_items.iter().copied());
            f.main_record_items = CheckSet::of(items);
            f.record_items_validity =
                text("本人の特定と、事務に必要な判定に用いる項目に限っている。");
            f.all_record_items = text("別添2を参照。");
            let years = self.rng.between(2, 9);
            let start = before(self.published, 365 * years);
            f.holding_start = YearMonth::from_gregorian(start.year(), start.month())
                .ok()
                .map(DateOrMonth::Month);
            f.department = Some(self.profile.department(self.division));
            f.acquisition.sources.insert(SourceKind::Person, None);
            f.acquisition
                .sources
                .insert(SourceKind::OtherDepartment, text("市民課"));
            let mut methods = vec![Medium::Paper, Medium::IntraOffice];
            methods.extend(self.rng.chance(1, 2).then_some(Medium::InfoNetwork));
            f.acquisition.methods = self.more_media(methods);
            f.usage.purpose = Some(self.profile.purpose.to_owned());
            f.usage.departments = Some(self.profile.sections.join("、"));
            f.usage.user_count = users.get(i).copied();
            f.usage.method = Some(prose::text(&mut self.rng));
            f.usage.matching = text("宛名番号をキーに住民の情報と突合する。");
            f.usage.start = Some(DateOrMonth::Day(after(start, self.rng.between(0, 90))));
            f.storage.location = Some(prose::or_more(
                &mut self.rng,
                "データセンターのサーバーに保管し、入退室と操作の権限を管理する。",
            ));
            if full {
                f.acquisition.timing = text("届出や申請の都度");
                f.acquisition.validity = text("法令に基づく届出と申請による。");
                f.acquisition.notice = text("申請書に利用目的を記載している。");
                f.usage.statistics = optional(&mut self.rng, "個人を特定する統計分析は行わない。");
                f.usage.decisions = text("資格の決定と給付額の決定に用いる。");
                f.storage.retention = Some(*self.rng.one(RetentionPeriod::ALL));
                f.storage.retention_validity = text("時効と不服申立ての期間を考慮して定めた。");
                f.storage.erasure = text("保管期間を過ぎたデータを年度ごとに消去する。");
            }
            blocks.push(f);
        }
        for (e, band) in entrusted.into_iter().enumerate() {
            let mut entrustment = self.entrustment(e, band, full);
            if let Some(block) = blocks.get_mut(e % n) {
                entrustment.data_subjects = block.data_subjects;
                *block = std::mem::take(block).with_entrustment(entrustment);
            }
        }
        // 提供先 then 移転先, file by file; each receives at most its file's people.
        type Add = fn(FileBlock, Destination) -> FileBlock;
        type Make<'g> = fn(&mut Gen<'g>, usize, DataSubjectBand) -> Destination;
        let per_file = [
            self.counts.provisions.clone(),
            self.counts.transfers.clone(),
        ];
        let ways: [(Make<'a>, Add); 2] = [
            (Gen::provision, FileBlock::with_provision),
            (Gen::transfer, FileBlock::with_transfer),
        ];
        for (counts, (make, add)) in per_file.iter().zip(ways) {
            for (block, &count) in blocks.iter_mut().zip(counts) {
                for index in 0..count {
                    if let Some(band) = block.data_subjects {
                        let destination = make(self, index, band);
                        *block = add(std::mem::take(block), destination);
                    }
                }
            }
        }
        blocks
    }

    fn entrustment(&mut self, index: usize, handlers: StaffCountBand, full: bool) -> Entrustment {
        let tasks = self.profile.tasks;
        let task = *cycle(tasks, index);
        let title = if index < tasks.len() {
            task.to_owned()
        } else {
            format!("{task}（その{}）", index / tasks.len().max(1) + 1)
        };
        let company = company(&mut self.rng);
        let mut e = Entrustment::new(title, company, handlers);
        let depth = self.counts.re_entrustment_depth;
        // The first 委託 re-entrusted to the full depth, one in three of the others 1 to depth
        // levels deep.
        let levels = match (depth, index) {
            (0, _) => 0,
            (_, 0) => depth,
            _ if self.rng.chance(1, 3) => 1 + self.rng.index(depth),
            _ => 0,
        };
        if levels > 0 {
            e = e.with_re_entrustment(
                "再委託先の安全管理措置を書面で確認し、事前に承認する。",
                "システムの運用支援と障害対応",
            );
            let base = self.rng.index(COMPANY_HEADS.len());
            for level in 0..levels {
                let head = *cycle(COMPANY_HEADS, base + level);
                let tail = *cycle(SUBCONTRACTOR_TAILS, level);
                let mut r = ReEntrustee::new(joined(&[head, tail, "株式会社"]))
                    .with_permission("委託元が書面で許諾");
                r.items = text("運用の支援");
                e = e.with_re_entrustee(r);
            }
        }
        if full {
            let (whole, part) = (EntrustedScope::Whole, EntrustedScope::Part);
            e.scope = Some(self.rng.one_in(2, whole, part));
            e.subject_scope = Some(self.profile.subject_scope.to_owned());
            e.scope_validity = text("委託する作業に必要な範囲に限っている。");
            e.handover_methods = self.more_media(vec![Medium::DedicatedLine]);
            e.entrustee_confirmation = text("情報公開の請求に応じて開示する。");
        }
        e
    }

    /// The boxes `checked` and, one in three, more of the list (その他 with its words): so that
    /// every option of ＜選択肢＞ appears in some reports.
    fn more_media(&mut self, mut checked: Vec<Medium>) -> CheckSet<Medium> {
        if self.rng.chance(1, 3) {
            checked.extend(Medium::ALL.iter().filter(|_| self.rng.chance(1, 3)));
        }
        let other = checked.contains(&Medium::Other);
        let set = CheckSet::of(checked);
        if other {
            set.with_other("専用の受渡し端末")
        } else {
            set
        }
    }

    /// A band of the people a destination receives: at most the file's (the bands are listed in
    /// order, so those up to the file's come first).
    fn destination_band(&mut self, file: DataSubjectBand) -> DataSubjectBand {
        let all = DataSubjectBand::ALL;
        let upto = all.iter().filter(|&&b| b <= file).count();
        *cycle(all, self.rng.index(upto))
    }

    /// A destination `name` citing `basis`, reached by `medium`, of the people of `band`, as
    /// [`Destination::reached`] writes it, but with the basis parsed once a report: a basis cited
    /// before is copied, parse and all. Callgrind, `generate/full_report` (benches/generate.rs,
    /// b9c3389's report, seeds 0–199, whose two files cite the same 3 rows and 2 移転 bases):
    /// 256 k instructions a report, 264 k when each destination parsed its basis.
    fn destination(
        &mut self,
        name: &str,
        basis: &str,
        medium: Medium,
        band: DataSubjectBand,
    ) -> Destination {
        let known = self.destination_bases.iter().find(|b| b.as_str() == basis);
        let legal_basis = match known {
            Some(parsed) => Some(parsed.clone()),
            None => {
                let parsed = LegalBasis::parse(basis).ok();
                self.destination_bases.extend(parsed.clone());
                parsed
            }
        };
        Destination {
            name: text(name),
            legal_basis,
            ..Destination::default()
        }
        .with_methods(CheckSet::of([medium]))
        .with_data_subjects(band)
    }

    fn provision(&mut self, index: usize, file: DataSubjectBand) -> Destination {
        let row = *cycle(self.profile.provisions, index);
        let rows = self.era.rows([(row.row, row.old_row)]);
        let band = self.destination_band(file);
        let mut d = self.destination(row.name, &rows, Medium::InfoNetwork, band);
        d.purpose = Some(row.purpose.to_owned());
        d.information = Some(joined(&[self.profile.short, "に関する情報"]));
        d.subject_scope = text("照会を受けた者");
        d.timing = text("照会を受けた都度");
        d
    }

    fn transfer(&mut self, index: usize, file: DataSubjectBand) -> Destination {
        let rows = self.profile.transfers;
        let row = *cycle(rows, index);
        let name = if index < rows.len() {
            row.section.to_owned()
        } else {
            format!("{}（分室{}）", row.section, index / rows.len().max(1))
        };
        let band = self.destination_band(file);
        let mut d = self.destination(&name, row.basis, Medium::IntraOffice, band);
        d.purpose = Some(row.purpose.to_owned());
        d.information = Some(row.information.to_owned());
        d.subject_scope = text("移転先の事務の対象者");
        d.timing = text("日次");
        d
    }

    fn disclosure(&mut self, report: &mut Report) {
        let department = self.profile.department(self.division);
        let d = &mut report.disclosure;
        d.request_to = Some(joined(&[&self.org, "　総務課　情報公開係"]));
        d.inquiry_contact = Some(joined(&[&self.org, "　", &department]));
        d.request_method = text("開示請求書に本人確認書類を添えて提出する。");
        d.inquiry_handling = text("問合せの内容と対応を記録し、必要に応じて担当部署に引き継ぐ。");
        d.request_note = optional(&mut self.rng, "郵送による請求も受け付ける。");
        d.fee = Some(Fee::Free);
        d.register_published = Some(Performed::Yes);
        d.register_file_name = Some(joined(&[self.profile.short, "業務ファイル"]));
        d.register_place = optional(&mut self.rng, "情報公開コーナー");
    }

    fn procedures(&mut self, report: &mut Report) {
        let national = self.scenario.body_kind == BodyKind::NationalAgency;
        let full = self.form == AssessmentKind::Full;
        let assessed = self.assessed;
        let p = &mut report.procedures;
        p.basic_assessment.date = Some(assessed);
        let comment = full || self.rng.chance(1, 3);
        let reviewed_by_council = (full && !national) || (!full && self.rng.chance(1, 2));
        let start = before(assessed, self.rng.between(100, 140));
        let end = after(start, self.rng.between(29, 44));
        if comment {
            p.public_comment.method = Some(if national {
                "意見公募手続により広く国民の意見を求めた。".to_owned()
            } else {
                "ウェブサイトと窓口で評価書案を公開し、住民の意見を求めた。".to_owned()
            });
            p.public_comment.period = Period::new(start, end);
            p.public_comment.main_opinions = text("意見は寄せられなかった。");
            // Printed by the 全項目評価書 only (emptied in the others at the end).
            p.public_comment.reflection = text("なし");
        }
        let reviewed = after(end, self.rng.between(5, 30));
        if reviewed_by_council {
            p.third_party_review = review(&self.org, reviewed);
        }
        if full && national {
            let submitted = after(end, self.rng.between(5, 20));
            p.ppc_approval.submitted_on = Some(submitted);
            p.ppc_approval.review = text("個人情報保護委員会の審査を受け、承認された。");
            report.cover.approval_date = Some(after(submitted, self.rng.between(20, 40)));
        }
    }

    /// 変更箇所: as many rows as the counts say, dated in order over the report's history (up
    /// to ten years back, not before the first assessments of 平成26年), one of
    /// [`CHANGE_KINDS`] each: those filed 事後 say why they are not 重要な変更 (規則 第11条).
    /// A row names an item of the report's own form (様式2 has no システムの機能 and no 請求方法).
    fn changes(&mut self, report: &mut Report) {
        let count = self.counts.changes;
        let history = (self.published - FIRST_ASSESSMENTS)
            .num_days()
            .clamp(30, 3_650);
        // Exact: clamped to a few thousand days.
        let history = history as u64;
        let mut offsets: Vec<u64> = (0..count).map(|_| self.rng.below(history)).collect();
        offsets.sort_unstable_by(|a, b| b.cmp(a));
        let form = self.form;
        let kinds: Vec<_> = CHANGE_KINDS
            .iter()
            .filter(|(item, _, _)| item.in_form(form))
            .copied()
            .collect();
        for offset in offsets {
            let date = before(self.published, offset);
            let &(item, timing, explanation) = self.rng.one(&kinds);
            // (A system added has no 変更前: the cell is left empty, printed as a dash.)
            let (old, new) = match item {
                ItemId::AffairDepartment => (
                    Some(self.profile.department(self.former_division)),
                    self.profile.department(self.division),
                ),
                ItemId::SystemName => (None, "システムを追加".to_owned()),
                _ => (Some(prose::text(&mut self.rng)), prose::text(&mut self.rng)),
            };
            let row = ChangeRecord {
                before: old,
                after: Some(new),
                ..ChangeRecord::of_item(form, item)
            }
            .with_timing(timing)
            .with_explanation(explanation);
            report.changes.push(row.with_date(date));
        }
    }
}

/// The day before which no 変更箇所 row is dated: the first assessments (平成26年10月).
const FIRST_ASSESSMENTS: NaiveDate = ymd(2014, 10, 1);

/// The rows of a 変更箇所 table: the item, the 提出時期 and its 説明. Rows filed 事後 give a
/// formal reason (not a 重要な変更, 規則 第11条); rows filed 事前 say they are one.
const CHANGE_KINDS: &[(ItemId, SubmissionTiming, &str)] = rows! {
    ItemId::AffairDepartment, SubmissionTiming::After, REORGANIZED;
    ItemId::DisclosureInquiryContact, SubmissionTiming::After, WORDING;
    ItemId::DisclosureRequestMethod, SubmissionTiming::After, WORDING;
    ItemId::SystemFunctions, SubmissionTiming::After, WORDING;
    ItemId::SystemName, SubmissionTiming::Before, SIGNIFICANT;
    ItemId::AffairDescription, SubmissionTiming::Before, SIGNIFICANT;
};

/// A 特定個人情報ファイル記録項目 list of as many items as `band` allows (up to 220 for 100項目以上,
/// as long as the longest published list): invented field names, numbered past the table.
fn record_items(rng: &mut SplitMix64, band: RecordItemBand) -> RecordItems {
    let interval = band.interval();
    let low = interval.min().max(1);
    let high = interval.max().unwrap_or(220);
    // Exact: the count is at most 220.
    let count = rng.between(low, high) as usize;
    // Room for the whole list before it is filled (the fields average 11 bytes, 24 with
    // 「（履歴N）」), so that it does not grow by `realloc` item by item. Callgrind,
    // `generate/full_report` (as below, a report generated and dropped): 251.5 k instructions a
    // report, 260.2 k when the list grew.
    let mut items = RecordItems::with_capacity(count, count * 24);
    // The name of an item past the table (「氏名（履歴2）」), put together in one buffer for all
    // of them. Callgrind, `generate/full_report` (benches/generate.rs, b9c3389's report, seeds
    // 0–199): 316 k instructions a report, 388 k when each was `format!`ted into a new `String`.
    let mut numbered = String::new();
    for i in 0..count {
        let name = cycle(RECORD_FIELDS, i);
        match i / RECORD_FIELDS.len() {
            0 => items.push(name),
            round => {
                numbered.clear();
                numbered.push_str(name);
                numbered.push_str("（履歴");
                push_decimal(&mut numbered, round);
                numbered.push('）');
                items.push(&numbered);
            }
        }
    }
    items
}

/// Appends `n` in decimal (as `n.to_string()` writes it), a digit at a time.
fn push_decimal(out: &mut String, n: usize) {
    if n >= 10 {
        push_decimal(out, n / 10);
    }
    // n % 10 < 10: one digit.
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// An item the forms let a report leave empty: empty (one in six), 「―」 as many reports write
/// an empty cell (one in six), else `text`.
fn optional(rng: &mut SplitMix64, text: &str) -> Option<String> {
    match rng.below(6) {
        0 => None,
        1 => Some("―".to_owned()),
        _ => Some(text.to_owned()),
    }
}

/// The items whose measures the generator writes the same in every report, with their text.
const FIXED_MEASURES: &[(ItemId, &str)] = rows! {
    ItemId::FullAcquisitionRisk3NumberAuthenticity, "住民基本台帳ネットワークシステムで個人番号を確認する。";
    ItemId::FullEntrustmentProvisionRule, "委託先から第三者への提供を禁じる。";
    ItemId::BasicManualWorkRationale, "個人番号の入力は二人で確認し、その記録を残している。";
    ItemId::BasicPriorityRationale, "操作の記録を定期的に確認している。";
};

/// The generator's words: measures drawn from [`MEASURES`] but for a few items whose text is
/// fixed, grades mostly sufficient (one in four with 特に力を入れている), 自己点検 and 内部監査.
impl Words for Gen<'_> {
    fn measures(&mut self, id: ItemId) -> Option<String> {
        match FIXED_MEASURES.iter().find(|&&(item, _)| item == id) {
            Some(&(_, text)) => Some(text.to_owned()),
            // One in two of the generator's measures, else a text of any length.
            None if self.rng.chance(1, 2) => Some((*self.rng.one(MEASURES)).to_owned()),
            None => Some(prose::text(&mut self.rng)),
        }
    }

    fn sufficiency(&mut self) -> Option<Sufficiency> {
        let (special, sufficient) = (Sufficiency::SpecialEffort, Sufficiency::Sufficient);
        Some(self.rng.one_in(4, special, sufficient))
    }

    fn effort(&mut self) -> Effort {
        self.rng
            .one_in(4, Effort::SpecialEffort, Effort::Sufficient)
    }

    fn audits(&self) -> &'static [AuditKind] {
        &[AuditKind::SelfCheck, AuditKind::Internal]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eras_follow_the_publication_date() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(Era::of(d(2024, 5, 27)), Era::Current);
        assert_eq!(Era::of(d(2024, 5, 26)), Era::Appendices);
        assert_eq!(Era::of(d(2022, 4, 1)), Era::Appendices);
        assert_eq!(Era::of(d(2022, 3, 31)), Era::Article19Item7);
    }

    /// Every citation the generator writes parses with nothing left over, cites the 番号法 of its
    /// era, and (for provisions) rests on the 情報提供ネットワークシステム provision.
    #[test]
    fn citations_parse_with_nothing_left_over() {
        for profile in PROFILES {
            for era in [Era::Article19Item7, Era::Appendices, Era::Current] {
                let usage = LegalBasis::parse(&era.usage_basis(profile)).unwrap();
                assert!(
                    usage.unparsed().is_empty(),
                    "{era:?} {:?}",
                    usage.unparsed()
                );
                let rows: Vec<(u32, u32)> = profile
                    .provisions
                    .iter()
                    .map(|p| (p.row, p.old_row))
                    .collect();
                let text = era.linkage_basis(profile);
                let linkage = LinkageBasis::parse(&text).unwrap();
                assert!(
                    linkage.basis().unparsed().is_empty(),
                    "{text}: {:?}",
                    linkage.basis().unparsed()
                );
                assert!(linkage.provision().basis().is_some(), "{text}");
                assert!(linkage.inquiry().basis().is_some(), "{text}");
                for &(row, old) in &rows {
                    let b = LegalBasis::parse(&era.rows([(row, old)])).unwrap();
                    assert!(b.unparsed().is_empty(), "{:?}", b.unparsed());
                    assert!(
                        b.cites_article_19_8()
                            || b.citations()
                                .iter()
                                .any(crate::legal_basis::Citation::is_article_19_7)
                            || b.rows().next().is_some(),
                        "{}",
                        b.as_str()
                    );
                }
                let current = era == Era::Current;
                assert_eq!(!usage.is_pre_2024_regime(), current, "{era:?}");
                assert_eq!(!linkage.basis().is_pre_2024_regime(), current, "{era:?}");
            }
        }
    }

    #[test]
    fn bands_hold_their_counts() {
        for n in [
            0, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 10_000_000,
        ] {
            assert!(data_band(n).interval().contains(n), "{n}");
        }
        for n in [0, 9, 10, 49, 50, 99, 100, 499, 500, 999, 1_000, 50_000] {
            let band = band_of(StaffCountBand::ALL, StaffCountBand::interval, n);
            assert!(band.interval().contains(n), "{n}");
        }
    }

    #[test]
    fn date_steps_stay_in_range() {
        let d = NaiveDate::from_ymd_opt(2018, 1, 1).unwrap();
        assert_eq!(before(d, 1).to_string(), "2017-12-31");
        assert_eq!(after(d, 31).to_string(), "2018-02-01");
        let edition = crate::report::builder::form_edition()
            .unwrap()
            .month()
            .first_day();
        assert_eq!(edition.to_string(), "2024-10-01");
    }
}
