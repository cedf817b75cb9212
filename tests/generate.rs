//! Generated reports (issue 11): valid by construction over random scenarios, one defect per
//! validation code raising exactly its expected codes, reproducible from a seed, with the default
//! report pinned byte for byte.
#![cfg(feature = "proptest")]

#[path = "common/golden.rs"]
mod golden;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use mynumber_pia::generate::{Defect, DefectError, Scenario, Size, generate, with_defect};
use mynumber_pia::legal_basis::LegalBasis;
use mynumber_pia::report::{BasisPart, Report};
use mynumber_pia::threshold::RequiredAssessment;
use mynumber_pia::validation::{Code, Severity, validate};
use mynumber_pia::{AssessmentKind, Choice, fixtures};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Every legal basis of the report.
fn bases(report: &Report) -> Vec<&LegalBasis> {
    let mut all: Vec<&LegalBasis> = report.affair.number_use_basis.iter().collect();
    if let Some(linkage) = &report.affair.info_linkage_basis {
        all.push(linkage.basis());
        for part in [linkage.provision(), linkage.inquiry()] {
            if let BasisPart::Basis(b) = part {
                all.push(b);
            }
        }
    }
    for f in &report.files {
        for d in f.provisions.iter().chain(&f.transfers) {
            all.extend(d.legal_basis.iter());
        }
    }
    all
}

/// The level of a form in the しきい値判断's order.
fn level(form: AssessmentKind) -> RequiredAssessment {
    match form {
        AssessmentKind::Basic => RequiredAssessment::Basic,
        AssessmentKind::Focused => RequiredAssessment::BasicAndFocused,
        _ => RequiredAssessment::BasicAndFull,
    }
}

/// `count` is `set`, or within `range` when not set.
fn within(
    what: &str,
    count: usize,
    set: Option<usize>,
    (low, high): (usize, usize),
) -> Result<(), TestCaseError> {
    match set {
        Some(n) => prop_assert_eq!(count, n, "{}", what),
        None => prop_assert!((low..=high).contains(&count), "{}: {}", what, count),
    }
    Ok(())
}

/// The report's counts are the scenario's, or lie within its size's ranges.
fn check_counts(scenario: &Scenario, report: &Report) -> Result<(), TestCaseError> {
    let ranges = scenario.size.ranges();
    within(
        "systems",
        report.systems.len(),
        scenario.systems,
        ranges.systems,
    )?;
    let files = report.affair.file_names.len();
    if scenario.provisions.is_none() && scenario.transfers.is_none() {
        within("files", files, scenario.files, ranges.files)?;
    }
    within(
        "変更箇所",
        report.changes.len(),
        scenario.changes,
        ranges.changes,
    )?;
    if report.form() == AssessmentKind::Basic {
        return Ok(());
    }
    prop_assert_eq!(report.files.len(), files);
    let entrustments = report.entrustments().count();
    within(
        "委託",
        entrustments,
        scenario.entrustments,
        ranges.entrustments,
    )?;
    let deepest = report
        .entrustments()
        .map(|(_, _, e)| e.re_entrustees.len())
        .max()
        .unwrap_or(0);
    if entrustments > 0 {
        within(
            "再委託",
            deepest,
            scenario.re_entrustment_depth,
            ranges.re_entrustment_depth,
        )?;
    } else {
        prop_assert_eq!(deepest, 0);
    }
    for (name, set, per_file, count) in [
        (
            "提供先",
            scenario.provisions,
            ranges.provisions_per_file,
            (|f| f.provisions.len()) as fn(&mynumber_pia::report::FileBlock) -> usize,
        ),
        (
            "移転先",
            scenario.transfers,
            ranges.transfers_per_file,
            |f| f.transfers.len(),
        ),
    ] {
        let counts: Vec<usize> = report.files.iter().map(count).collect();
        match set {
            Some(total) => prop_assert_eq!(counts.iter().sum::<usize>(), total, "{}", name),
            None => {
                for &n in &counts {
                    within(name, n, None, per_file)?;
                }
            }
        }
    }
    Ok(())
}

/// Checks one generated report: no error, no warning; TH003 the only info, exactly when the form
/// is above the requirement; loadable; every basis parsed; dates that make sense.
fn check_valid(scenario: &Scenario, seed: u64) -> Result<(), TestCaseError> {
    let report = generate(scenario, seed).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let form = scenario.resolved_form();
    prop_assert_eq!(report.form(), form);
    let findings = validate(&report, scenario.as_of);
    let serious: Vec<String> = findings
        .iter()
        .filter(|f| f.severity() != Severity::Info)
        .map(ToString::to_string)
        .collect();
    prop_assert!(
        serious.is_empty(),
        "seed {} {:?}: {:?}",
        seed,
        scenario,
        serious
    );
    let infos: BTreeSet<Code> = findings.iter().map(|f| f.code()).collect();
    let voluntary =
        scenario.required() == RequiredAssessment::NotRequired || level(form) > scenario.required();
    let expected_infos: BTreeSet<Code> = if voluntary {
        BTreeSet::from([Code::VoluntaryAssessment])
    } else {
        BTreeSet::new()
    };
    prop_assert_eq!(infos, expected_infos, "seed {} {:?}", seed, scenario);
    prop_assert!(report.items_outside_form().is_empty());
    // A 変更箇所 row names an item of the report's own form (様式2 has no システムの機能).
    for row in &report.changes {
        if let Some(item) = row.item_id {
            prop_assert!(item.in_form(form), "{:?} in {}", item, form);
        }
    }
    for b in bases(&report) {
        prop_assert!(
            b.unparsed().is_empty(),
            "{}: {:?}",
            b.as_str(),
            b.unparsed()
        );
    }
    let published = report.cover.published_on;
    prop_assert!(published.is_some_and(|p| p < scenario.as_of));
    prop_assert!(published.is_some_and(|p| p >= scenario.earliest_publication()));
    // The 様式 revision: the scenario's, else one in use on the 公表日.
    let revision = report.cover.form_version;
    prop_assert!(
        revision.is_some_and(|r| Some(r.month().first_day()) <= published),
        "{:?} published {:?}",
        revision,
        published
    );
    if let Some(set) = scenario.revision {
        prop_assert_eq!(revision, Some(set));
    }
    let dates: Vec<NaiveDate> = report.changes.iter().filter_map(|c| c.date).collect();
    prop_assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{:?}", dates);
    prop_assert!(dates.iter().all(|d| Some(*d) <= published));
    // Counts: the scenario's where set, else within its size's ranges.
    check_counts(scenario, &report)?;
    let json = report.to_json();
    prop_assert_eq!(
        Report::from_json(&json).map_err(|e| TestCaseError::fail(e.to_string()))?,
        report
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(1_000))]

    /// 1,000 random scenarios (counts, しきい値判断 inputs, kind of body, as-of date) and seeds
    /// per form.
    #[test]
    fn random_basic_scenarios_are_valid(s in fixtures::scenario(Some(AssessmentKind::Basic)), seed in any::<u64>()) {
        check_valid(&s, seed)?;
    }

    #[test]
    fn random_focused_scenarios_are_valid(s in fixtures::scenario(Some(AssessmentKind::Focused)), seed in any::<u64>()) {
        check_valid(&s, seed)?;
    }

    #[test]
    fn random_full_scenarios_are_valid(s in fixtures::scenario(Some(AssessmentKind::Full)), seed in any::<u64>()) {
        check_valid(&s, seed)?;
    }

    /// Without a form: the one the しきい値判断 requires.
    #[test]
    fn random_scenarios_without_a_form_are_valid(s in fixtures::scenario(None), seed in any::<u64>()) {
        check_valid(&s, seed)?;
    }
}

/// The default scenario, 1,000 seeds per form.
#[test]
fn the_default_scenario_is_valid_for_1000_seeds_per_form() {
    for &form in AssessmentKind::ALL {
        let s = Scenario::default().with_form(form);
        for seed in 0..1_000 {
            if let Err(e) = check_valid(&s, seed) {
                panic!("{form} seed {seed}: {e}");
            }
        }
    }
}

/// Checks one defect of one report: the codes found at error or warning severity, with the
/// defect's code, are exactly the expected ones; the report still loads.
fn check_defect(report: &Report, code: Code, as_of: NaiveDate) -> Result<(), TestCaseError> {
    let form = report.form();
    let defect = Defect::of(code).expect("every code has a defect");
    match with_defect(report, code, as_of) {
        Ok(d) => {
            prop_assert!(defect.occurs_in(form));
            let findings = validate(&d.report, as_of);
            let found: BTreeSet<Code> = findings
                .iter()
                .filter(|f| f.severity() != Severity::Info || f.code() == code)
                .map(|f| f.code())
                .collect();
            let expected: BTreeSet<Code> = d.expected.iter().copied().collect();
            prop_assert_eq!(&found, &expected, "{} in {}:\n{}", code, form, findings);
            prop_assert!(d.report.items_outside_form().is_empty(), "{}", code);
            prop_assert_eq!(&d.expected[..], {
                let mut e = vec![code];
                e.extend(defect.companions());
                e.sort();
                e
            });
        }
        Err(DefectError::NotInForm {
            code: c,
            form: f,
            occurs_in,
        }) => {
            prop_assert_eq!((c, f), (code, form));
            prop_assert_eq!(occurs_in, defect.forms());
            prop_assert!(!defect.occurs_in(form));
        }
        Err(DefectError::NotApplicable { code: c, .. }) => {
            // Only PV005 needs something a valid report may lack: an as-of date after the
            // 令和6年5月27日 restructuring, to republish the report on.
            prop_assert_eq!(c, Code::OutdatedCitation);
            prop_assert!(as_of <= NaiveDate::from_ymd_opt(2024, 5, 27).unwrap());
        }
        Err(e) => prop_assert!(false, "{}", e),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(150))]

    /// Every code over random reports of every form (150 reports per form × every code).
    #[test]
    fn every_defect_raises_exactly_its_codes(
        s in fixtures::scenario(None),
        form in prop::sample::select(AssessmentKind::ALL),
        seed in any::<u64>(),
    ) {
        let s = s.with_form(form);
        prop_assume!(s.check().is_ok());
        let report = generate(&s, seed).unwrap();
        for &code in Code::ALL {
            check_defect(&report, code, s.as_of)?;
        }
    }

    /// The `(report, expected codes)` strategy gives what validation finds.
    #[test]
    fn defective_reports_find_their_expected_codes(
        (report, expected) in prop::sample::select(AssessmentKind::ALL).prop_flat_map(fixtures::defective_report),
    ) {
        let findings = validate(&report, Scenario::DEFAULT_AS_OF);
        let serious: BTreeSet<Code> = findings
            .iter()
            .filter(|f| f.severity() != Severity::Info)
            .map(|f| f.code())
            .collect();
        prop_assert!(serious.iter().all(|c| expected.contains(c)), "{:?}: {}", expected, findings);
        prop_assert!(expected.iter().all(|&c| findings.with_code(c).next().is_some()), "{:?}: {}", expected, findings);
    }

    /// The valid-report strategy gives valid reports.
    #[test]
    fn valid_reports_are_valid(report in prop::sample::select(AssessmentKind::ALL).prop_flat_map(fixtures::valid_report)) {
        let findings = validate(&report, Scenario::DEFAULT_AS_OF);
        prop_assert!(!findings.iter().any(|f| f.severity() != Severity::Info), "{}", findings);
    }
}

/// Every code, in every form of the default scenario (seed 0), as the command line uses it.
#[test]
fn every_code_of_the_default_scenario() {
    for &form in AssessmentKind::ALL {
        let s = Scenario::default().with_form(form);
        let report = generate(&s, 0).unwrap();
        for &code in Code::ALL {
            if let Err(e) = check_defect(&report, code, s.as_of) {
                panic!("{form} {code}: {e}");
            }
        }
    }
}

#[test]
fn every_code_can_be_made_in_some_form_of_the_default_scenario() {
    for &code in Code::ALL {
        let d = Defect::of(code).unwrap();
        let form = d.form_for(&Scenario::default()).unwrap();
        assert!(d.occurs_in(form), "{code}");
        let s = Scenario::default().with_form(form);
        let report = generate(&s, 0).unwrap();
        let made = with_defect(&report, code, s.as_of).unwrap();
        let findings = validate(&made.report, s.as_of);
        assert!(
            findings.with_code(code).next().is_some(),
            "{code}: {findings}"
        );
    }
}

#[test]
fn pv005_needs_an_as_of_date_after_the_restructuring() {
    let s = Scenario::default()
        .with_form(AssessmentKind::Full)
        .with_as_of(NaiveDate::from_ymd_opt(2023, 1, 1).unwrap());
    let report = generate(&s, 0).unwrap();
    let err = with_defect(&report, Code::OutdatedCitation, s.as_of).unwrap_err();
    assert_eq!(
        err.to_string(),
        "PV005（番号法改正前の条文を引用している）の欠陥はこの評価書には作れません: 基準日が令和6年5月27日以前（改正前の条文の引用が正しい時期）"
    );
    // A report published before it, as of a later day: republished, its old citations are
    // outdated.
    let s = Scenario::default().with_as_of(NaiveDate::from_ymd_opt(2024, 9, 1).unwrap());
    let old = (0..50)
        .map(|seed| generate(&s, seed).unwrap())
        .find(|r| r.cover.published_on < NaiveDate::from_ymd_opt(2024, 5, 27))
        .expect("some report of 50 is published before 2024-05-27");
    let made = with_defect(&old, Code::OutdatedCitation, s.as_of).unwrap();
    assert_eq!(
        made.report.cover.published_on,
        NaiveDate::from_ymd_opt(2024, 5, 27)
    );
    let findings = validate(&made.report, s.as_of);
    assert!(
        findings.with_code(Code::OutdatedCitation).count() >= 2,
        "{findings}"
    );
}

#[test]
fn codes_impossible_in_a_form_say_so() {
    let basic = generate(&Scenario::default().with_form(AssessmentKind::Basic), 0).unwrap();
    for code in [
        Code::SubjectCountInconsistent,
        Code::HandlerCountContradiction,
        Code::EntrustmentWithoutItems,
        Code::PublicCommentMissing,
        Code::IncidentExpired,
    ] {
        let err = with_defect(&basic, code, Scenario::DEFAULT_AS_OF).unwrap_err();
        assert!(
            matches!(
                err,
                DefectError::NotInForm {
                    form: AssessmentKind::Basic,
                    ..
                }
            ),
            "{code}: {err}"
        );
        assert!(
            err.to_string().contains("基礎項目評価書では起こり得ません"),
            "{err}"
        );
    }
    let full = generate(&Scenario::default().with_form(AssessmentKind::Full), 0).unwrap();
    let err = with_defect(&full, Code::ReportBelowRequired, Scenario::DEFAULT_AS_OF).unwrap_err();
    assert_eq!(
        err.to_string(),
        "TH002（義務付けられた評価より低い評価書を提出している）は全項目評価書では起こり得ません（起こり得る評価書: 基礎項目評価書、重点項目評価書）"
    );
}

#[test]
fn the_same_scenario_and_seed_give_the_same_bytes() {
    for &form in AssessmentKind::ALL {
        let s = Scenario::default().with_form(form).with_entrustments(7);
        for seed in [0, 1, u64::MAX] {
            let a = generate(&s, seed).unwrap();
            let b = generate(&s.clone(), seed).unwrap();
            assert_eq!(a.to_json(), b.to_json());
        }
        let distinct: BTreeSet<String> = (0..20)
            .map(|seed| generate(&s, seed).unwrap().to_json())
            .collect();
        assert!(distinct.len() >= 18, "{form}: seeds give varied reports");
    }
}

/// Seed 0 of the default scenario, byte for byte: the stability promise of the module docs.
/// After a deliberate change (a new major version), rewrite the file with
/// `PIA_BLESS=1 cargo test --all-features --test generate`.
#[test]
fn the_default_report_of_seed_0_is_pinned() {
    let json = format!("{}\n", generate(&Scenario::default(), 0).unwrap().to_json());
    let pinned = golden::check("tests/golden/generate-default-seed-0.json", &json);
    assert!(
        pinned.is_ok(),
        "the default report of seed 0 changed: {pinned:?}"
    );
}

/// What the default report looks like (read in the pinned file).
#[test]
fn the_default_report_is_a_municipal_focused_report() {
    let r = generate(&Scenario::default(), 0).unwrap();
    assert_eq!(r.form(), AssessmentKind::Focused);
    let body = r.cover.body.as_deref().unwrap();
    assert!(
        [
            "市長",
            "区長",
            "町長",
            "村長",
            "知事",
            "広域連合長",
            "組合長"
        ]
        .iter()
        .any(|e| body.ends_with(e)),
        "{body}"
    );
    // Typical: the counts within the typical ranges.
    check_counts(&Scenario::default(), &r).unwrap();
    assert!(
        r.affair
            .info_linkage_basis
            .as_ref()
            .is_some_and(|b| b.has_parts())
    );
}

/// The sizes' reports grow with the size, and the largest 全項目評価書 is more than twice the
/// largest published one the crate was built on (214,210 bytes as JSON).
#[test]
fn sizes_grow_and_huge_reports_are_twice_the_largest_seed() {
    let bytes = |size: Size| {
        let s = Scenario::default()
            .with_form(AssessmentKind::Full)
            .with_size(size);
        let mut all: Vec<usize> = (0..5)
            .map(|seed| generate(&s, seed).unwrap().to_json().len())
            .collect();
        all.sort_unstable();
        all
    };
    let medians: Vec<usize> = Size::ALL.iter().map(|&size| bytes(size)[2]).collect();
    assert!(medians.windows(2).all(|w| w[0] < w[1]), "{medians:?}");
    assert!(
        bytes(Size::Huge)[0] > 2 * 214_210,
        "{:?}",
        bytes(Size::Huge)
    );
}

/// The revisions drawn: each known one in some reports of the default scenario, always one in
/// use on the 公表日, the latest most often; a revision set is kept and its reports published
/// from its month on.
#[test]
fn revisions_follow_the_publication_date() {
    use mynumber_pia::form::FormRevision;
    let s = Scenario::default().with_form(AssessmentKind::Full);
    let mut seen = std::collections::BTreeMap::new();
    let mut latest = 0;
    for seed in 0..300 {
        let r = generate(&s, seed).unwrap();
        let published = r.cover.published_on.unwrap();
        let revision = r.cover.form_version.unwrap();
        assert!(revision.month().first_day() <= published, "seed {seed}");
        let in_use: Vec<_> = Scenario::revisions_on(published).collect();
        latest += usize::from(in_use.last() == Some(&revision));
        *seen.entry(revision.to_string()).or_insert(0) += 1;
    }
    assert_eq!(seen.len(), FormRevision::KNOWN.len(), "{seen:?}");
    assert!(latest > 150, "{latest} of 300 on the latest revision");
    for revision in FormRevision::KNOWN {
        let s = s.clone().with_revision(revision);
        for seed in 0..20 {
            let r = generate(&s, seed).unwrap();
            assert_eq!(r.cover.form_version, Some(revision));
            assert!(r.cover.published_on.unwrap() >= revision.month().first_day());
            check_valid(&s, seed).unwrap();
        }
    }
}

/// 公表日 in 平成 where the as-of date allows it (a report published before 令和 is still within
/// its 5 years), never before the first reports; in 令和 only when it does not.
#[test]
fn publication_dates_reach_heisei_where_the_as_of_date_allows() {
    let reiwa = NaiveDate::from_ymd_opt(2019, 5, 1).unwrap();
    let heisei_share = |as_of: NaiveDate| {
        let s = Scenario::default().with_as_of(as_of);
        (0..200)
            .filter(|&seed| {
                let published = generate(&s, seed).unwrap().cover.published_on.unwrap();
                assert!(
                    published >= Scenario::FIRST_PUBLICATION,
                    "{as_of} seed {seed}"
                );
                published < reiwa
            })
            .count()
    };
    let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(heisei_share(Scenario::MIN_AS_OF), 200);
    let mixed = heisei_share(on(2021, 6, 1));
    assert!((40..160).contains(&mixed), "{mixed} of 200 in 平成");
    assert_eq!(heisei_share(Scenario::DEFAULT_AS_OF), 0);
}

/// FNV-1a (64 bits) of `text`: a digest to pin a report's JSON without committing the file.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Scenarios of every form and kind of body, with their reports' digests: other scenarios and
/// seeds give the same report within a minor version (the module docs). A minor version that
/// changes a generated report updates these digests and says so in the CHANGELOG.
#[test]
fn other_scenarios_are_stable_within_a_minor_version() {
    use mynumber_pia::report::BodyKind;
    let cases: [(&str, Scenario, u64, u64); 6] = [
        (
            "basic",
            Scenario::default().with_subjects(5_000),
            1,
            0x3218_c05c_e520_3dc7,
        ),
        (
            "not required",
            Scenario::default()
                .with_subjects(800)
                .with_form(AssessmentKind::Focused),
            2,
            0x52aa_ce58_8a65_6dfd,
        ),
        (
            "full",
            Scenario::default().with_subjects(450_000),
            3,
            0xcd97_548b_d9b6_6e6e,
        ),
        (
            "incident",
            Scenario::default().with_incident(true).with_handlers(40),
            4,
            0x1195_5023_a440_f5cb,
        ),
        (
            "national",
            Scenario::default()
                .with_body_kind(BodyKind::NationalAgency)
                .with_form(AssessmentKind::Full)
                .with_re_entrustment_depth(3),
            5,
            0x6b4a_9676_3a15_b899,
        ),
        (
            "huge",
            Scenario::default()
                .with_form(AssessmentKind::Full)
                .with_size(Size::Huge),
            6,
            0x10ec_3f3f_71fc_8faf,
        ),
    ];
    let mut changed = Vec::new();
    for (name, scenario, seed, digest) in cases {
        let now = fnv1a(&generate(&scenario, seed).unwrap().to_json());
        if now != digest {
            changed.push(format!("{name}: {now:#018x}"));
        }
    }
    assert!(changed.is_empty(), "{changed:#?}");
}
