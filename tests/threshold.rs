//! しきい値判断: the real cases from the embedded published 評価書, and properties.

use chrono::{Days, NaiveDate};
use mynumber_pia::AssessmentKind;
use mynumber_pia::Choice;
use mynumber_pia::threshold::{
    Exemption, HandlerCount, HandlerCountBand, IncidentInput, PartialOutcome, ReportSet,
    RequiredAssessment, SeriousIncident, StatedThresholdResult, SubjectCount, SubjectCountBand,
    ThresholdInput, ThresholdOutcome, decide, decide_partial,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The 重大事故 answer for a generated flag.
fn incident_from(occurred: bool) -> SeriousIncident {
    if occurred {
        SeriousIncident::Occurred
    } else {
        SeriousIncident::NotOccurred
    }
}

/// [`decide`] from exact counts, through the bands.
fn decide_counts(subjects: u64, handlers: u64, occurred: bool) -> RequiredAssessment {
    decide(
        SubjectCountBand::from_count(subjects),
        HandlerCountBand::from_count(handlers),
        incident_from(occurred),
    )
}

// ---------------------------------------------------------------------------------------------
// Real cases

/// 江戸川区 国民健康保険 全項目評価書 (令和6年12月6日): Ⅰ1③ 対象人数 `30万人以上`; the form
/// prints no 取扱者数 or 重大事故 (those are 基礎項目評価書 items); Ⅵ1② states
/// `基礎項目評価及び全項目評価の実施が義務付けられる`.
#[test]
fn edogawa_full_basic_and_full() {
    let subjects: SubjectCount = "30万人以上".parse().unwrap();
    let o = decide_partial(subjects, None, None)
        .outcome()
        .expect("30万人以上 decides alone");
    assert_eq!(o.required(), RequiredAssessment::BasicAndFull);
    assert_eq!(o.required().report_set(), Some(ReportSet::BasicAndFull));
    assert!(o.required().voluntary().is_empty());
    let stated: StatedThresholdResult = "基礎項目評価及び全項目評価の実施が義務付けられる"
        .parse()
        .unwrap();
    assert_eq!(o.required().stated_in(AssessmentKind::Full), Some(stated));
    // Whatever the missing inputs were, the result is the same.
    for h in HandlerCountBand::ALL {
        for i in SeriousIncident::ALL {
            assert_eq!(
                decide(SubjectCountBand::AtLeast300k, *h, *i),
                RequiredAssessment::BasicAndFull
            );
        }
    }
    assert_eq!(
        o.explanation(),
        "対象人数が30万人以上であるため、基礎項目評価及び全項目評価の実施が義務付けられる（規則第5条及び第7条、指針第5の2）。"
    );
}

/// 川口市 後期高齢者医療 重点項目評価書 (令和7年12月26日): Ⅰ1③ `10万人以上30万人未満`, Ⅴ1② states
/// `基礎項目評価及び重点項目評価の実施が義務付けられる` (基礎項目評価 令和7年9月5日). 取扱者数 and
/// 重大事故 are not printed; the stated result implies 500人未満 and 発生なし.
#[test]
fn kawaguchi_focused_basic_and_focused() {
    let band = SubjectCountBand::From100kTo300k;
    // From the 重点項目評価書 alone the result is one of two.
    let partial = decide_partial(band.into(), None, None);
    assert_eq!(
        partial,
        PartialOutcome::OneOf {
            lower: RequiredAssessment::BasicAndFocused,
            higher: RequiredAssessment::BasicAndFull
        }
    );
    assert_eq!(partial.outcome(), None);
    // The only inputs consistent with the stated result.
    let consistent: Vec<(HandlerCountBand, SeriousIncident)> = HandlerCountBand::ALL
        .iter()
        .flat_map(|h| SeriousIncident::ALL.iter().map(move |i| (*h, *i)))
        .filter(|(h, i)| decide(band, *h, *i) == RequiredAssessment::BasicAndFocused)
        .collect();
    assert_eq!(
        consistent,
        [(HandlerCountBand::Under500, SeriousIncident::NotOccurred)]
    );
    let o = ThresholdInput::new(
        band,
        HandlerCountBand::Under500,
        SeriousIncident::NotOccurred,
    )
    .decide();
    assert_eq!(o.required(), RequiredAssessment::BasicAndFocused);
    assert_eq!(o.required().report_set(), Some(ReportSet::BasicAndFocused));
    assert_eq!(o.required().voluntary(), [AssessmentKind::Full]);
    let stated: StatedThresholdResult = "1） 基礎項目評価及び重点項目評価の実施が義務付けられる"
        .parse()
        .unwrap();
    assert_eq!(
        o.required().stated_in(AssessmentKind::Focused),
        Some(stated)
    );
}

/// 熊谷市 国民健康保険 基礎項目評価書 (令和7年5月30日): Ⅱ1 `1万人以上10万人未満`, Ⅱ2 `500人未満`
/// (both counted 令和7年4月1日), Ⅱ3 重大事故 `発生あり`; Ⅲ
/// `基礎項目評価及び重点項目評価の実施が義務付けられる`, Ⅳ1 `基礎項目評価書及び重点項目評価書`.
/// Before the 令和7年5月30日 change (発生なし) it was 基礎.
#[test]
fn kumagaya_basic_incident_raises_to_focused() {
    let counted = d(2025, 4, 1);
    let input = ThresholdInput::new(
        "1万人以上10万人未満".parse::<SubjectCount>().unwrap(),
        "500人未満".parse::<HandlerCount>().unwrap(),
        "発生あり".parse::<SeriousIncident>().unwrap(),
    )
    .with_count_date(counted);
    assert_eq!(input.subject_count_as_of, Some(counted));
    assert_eq!(input.handler_count_as_of, Some(counted));
    let o = input.decide();
    assert_eq!(o.required(), RequiredAssessment::BasicAndFocused);
    assert_eq!(
        o.required().label(),
        "基礎項目評価及び重点項目評価の実施が義務付けられる"
    );
    assert_eq!(
        o.required().report_set().map(|r| r.label()),
        Some("基礎項目評価書及び重点項目評価書")
    );
    assert_eq!(
        o.explanation(),
        "対象人数が1万人以上10万人未満であり、過去1年以内に特定個人情報に関する重大事故が発生しているため、基礎項目評価及び重点項目評価の実施が義務付けられる（規則第5条及び第6条、指針第5の2）。"
    );
    // The change log: with 発生なし the same document stated 基礎 only.
    let mut before = input.clone();
    before.serious_incident = IncidentInput::Stated(SeriousIncident::NotOccurred);
    assert_eq!(before.decide().required(), RequiredAssessment::Basic);
}

/// The real transcriptions embedded in the crate: the decision from the inputs each report
/// states agrees with the しきい値判断結果 it states (基礎 Ⅲ, 重点 Ⅴ1②, 全項目 Ⅵ1②).
#[test]
fn the_embedded_reports_state_what_the_rules_decide() {
    use mynumber_pia::samples::Sample;

    let mut decided = Vec::new();
    for &sample in Sample::ALL {
        let report = sample.load().unwrap();
        let form = report.form();
        let band = report
            .subject_count()
            .expect("every sample states 対象人数");
        let stated = report
            .stated_threshold_result()
            .expect("every sample states its しきい値判断結果");
        assert_eq!(stated.voluntary, None, "{sample:?}: filed as required");
        // Only the 基礎項目評価書 prints 取扱者数 and 重大事故 (Ⅱ2, Ⅱ3).
        let items = report.basic().map(|b| &b.threshold_items);
        let handlers = items.and_then(|i| i.handler_count);
        let incident = items.and_then(|i| i.serious_incident);
        assert_eq!(
            form == AssessmentKind::Basic,
            handlers.is_some(),
            "{sample:?}"
        );
        let partial = decide_partial(band.into(), handlers.map(Into::into), incident);
        assert!(partial.contains(stated.required), "{sample:?}");
        let outcome = partial.outcome();
        if let Some(o) = outcome {
            assert_eq!(o.required().stated_in(form), Some(stated), "{sample:?}");
        }
        decided.push((sample, stated.required, outcome.map(|o| o.required())));
    }
    use RequiredAssessment::{BasicAndFocused, BasicAndFull};
    assert_eq!(
        decided,
        [
            // 30万人以上 decides alone.
            (Sample::EdogawaFull, BasicAndFull, Some(BasicAndFull)),
            // 10万人以上30万人未満 without 取扱者数 or 重大事故: 重点 or 全項目.
            (Sample::KawaguchiFocused, BasicAndFocused, None),
            // 1万人以上10万人未満, 500人未満, 重大事故 発生あり.
            (
                Sample::KumagayaBasic,
                BasicAndFocused,
                Some(BasicAndFocused)
            ),
            // 10万人以上30万人未満, like 川口市.
            (Sample::MatsudoFocused, BasicAndFocused, None),
        ]
    );
}

/// Exemptions (規則 第4条, 指針 第4の4).
#[test]
fn exemptions_override_the_threshold() {
    let big = ThresholdInput::new(500_000, 2_000, SeriousIncident::Occurred);
    assert_eq!(big.decide().required(), RequiredAssessment::BasicAndFull);
    for e in [
        Exemption::OwnStaffFilesOnly,
        Exemption::ManualFilesOnly,
        Exemption::from_item(7).unwrap(),
    ] {
        let o = big.clone().with_exemption(e).decide();
        assert_eq!(o.required(), RequiredAssessment::NotRequired, "{e}");
        assert_eq!(o.exemption(), Some(e));
        assert_eq!(o.required().report_set(), None);
        assert!(o.explanation().contains(&e.to_string()));
    }
    // 第3号 comes from the count, not from the claim.
    assert_eq!(
        big.clone()
            .with_exemption(Exemption::FewerThan1000)
            .decide()
            .required(),
        RequiredAssessment::BasicAndFull
    );
    let small = ThresholdInput::new(999, 2_000, SeriousIncident::Occurred).decide();
    assert_eq!(small.exemption(), Some(Exemption::FewerThan1000));
    assert_eq!(small.required(), RequiredAssessment::NotRequired);
}

/// 29 February in the one-year window, through the whole input.
#[test]
fn incident_window_through_the_input() {
    let at = |reference, incident| {
        ThresholdInput::new(
            50_000,
            10,
            IncidentInput::Dates {
                reference,
                incidents: vec![incident],
            },
        )
        .decide()
        .required()
    };
    use RequiredAssessment::{Basic, BasicAndFocused};
    assert_eq!(at(d(2025, 2, 28), d(2024, 2, 29)), BasicAndFocused);
    assert_eq!(at(d(2025, 3, 1), d(2024, 2, 29)), Basic);
    assert_eq!(at(d(2024, 2, 29), d(2023, 2, 28)), BasicAndFocused);
    assert_eq!(at(d(2024, 2, 29), d(2023, 2, 27)), Basic);
    assert_eq!(at(d(2024, 2, 29), d(2024, 3, 1)), Basic); // after the reference date
}

// ---------------------------------------------------------------------------------------------
// The spellings real documents and users write, for each of the three inputs

/// Full-width digits, `1000人` without the comma, the `（任意実施）` suffix (or its absence, as
/// 重点/全項目 Ⅰ1③ print it), `[ ]` checkboxes and brackets, `1)` / `1）` list numbers, spaces.
#[test]
fn subject_count_spellings() {
    use SubjectCountBand::*;
    let cases = [
        ("1,000人未満（任意実施）", Under1k),
        ("1,000人未満", Under1k),
        ("1000人未満", Under1k),
        ("１，０００人未満（任意実施）", Under1k),
        ("1000人未満(任意実施)", Under1k),
        ("[ ]1,000人未満（任意実施）", Under1k),
        ("1）1000人以上1万人未満", From1kTo10k),
        ("2) 1,000人以上1万人未満", From1kTo10k),
        ("［ ○ ］１万人以上１０万人未満", From10kTo100k),
        ("[ 10万人以上30万人未満 ]", From100kTo300k),
        ("　30万人以上 ", AtLeast300k),
        ("5） ３０万人 以上", AtLeast300k),
    ];
    for (text, band) in cases {
        assert_eq!(text.parse::<SubjectCountBand>(), Ok(band), "{text}");
        assert_eq!(
            text.parse::<SubjectCount>(),
            Ok(SubjectCount::Band(band)),
            "{text}"
        );
    }
    // A band label may have spaces inside (`３０万人 以上`); a number may not (`150 000`).
    assert!("150 000".parse::<SubjectCount>().is_err());
    for (text, n) in [
        ("1000人", 1_000),
        ("1,000人", 1_000),
        ("１０００", 1_000),
        ("１，０００人", 1_000),
        (" 150000 ", 150_000),
        ("[ 150,000 ]", 150_000),
    ] {
        assert_eq!(
            text.parse::<SubjectCount>(),
            Ok(SubjectCount::Exact(n)),
            "{text}"
        );
    }
    for bad in ["1,000人以上", "1万人", "30万人以上か", "-1", "abc"] {
        assert!(bad.parse::<SubjectCountBand>().is_err(), "{bad}");
    }
}

#[test]
fn handler_count_spellings() {
    use HandlerCountBand::*;
    for (text, band) in [
        ("500人以上", AtLeast500),
        ("５００人以上", AtLeast500),
        ("1)500人以上", AtLeast500),
        ("１）５００人以上", AtLeast500),
        ("[ ] 500人未満", Under500),
        ("［○］500人未満", Under500),
        ("[ 500人未満 ]", Under500),
        (" 500人 未満 ", Under500),
    ] {
        assert_eq!(text.parse::<HandlerCountBand>(), Ok(band), "{text}");
        assert_eq!(
            text.parse::<HandlerCount>(),
            Ok(HandlerCount::Band(band)),
            "{text}"
        );
    }
    for (text, n) in [
        ("500人", 500),
        ("５００", 500),
        ("1,200", 1_200),
        ("１，２００人", 1_200),
    ] {
        assert_eq!(
            text.parse::<HandlerCount>(),
            Ok(HandlerCount::Exact(n)),
            "{text}"
        );
    }
    for bad in ["500人", "500", "以上", "600人以上"] {
        assert!(bad.parse::<HandlerCountBand>().is_err(), "{bad}");
    }
}

#[test]
fn serious_incident_spellings() {
    use SeriousIncident::*;
    for (text, value) in [
        ("発生あり", Occurred),
        ("あり", Occurred),
        ("1)発生あり", Occurred),
        ("１）発生あり", Occurred),
        ("[ ○ ] 発生あり", Occurred),
        ("［ ］発生なし", NotOccurred),
        ("[ 発生なし ]", NotOccurred),
        (" 発生 なし ", NotOccurred),
        ("2） なし", NotOccurred),
        ("ｙｅｓ", Occurred),
        ("no", NotOccurred),
    ] {
        assert_eq!(text.parse::<SeriousIncident>(), Ok(value), "{text}");
    }
    let err = "不明".parse::<SeriousIncident>().unwrap_err();
    assert_eq!(err.list_label(), "重大事故");
    assert_eq!(err.expected(), ["発生あり", "発生なし"]);
}

// ---------------------------------------------------------------------------------------------
// The decision is `const`: evaluated here by the compiler, so it cannot allocate or panic at run
// time either (a `const fn` can do neither).

const KUMAGAYA: RequiredAssessment = decide(
    SubjectCountBand::From10kTo100k,
    HandlerCountBand::Under500,
    SeriousIncident::Occurred,
);
const AT_300K: RequiredAssessment = decide(
    SubjectCountBand::from_count(300_000),
    HandlerCountBand::from_count(0),
    SeriousIncident::NotOccurred,
);
const ONE_OF: PartialOutcome = decide_partial(
    SubjectCount::Band(SubjectCountBand::From100kTo300k),
    None,
    None,
);
const PARTIAL: Option<RequiredAssessment> = decide_partial(
    SubjectCount::Band(SubjectCountBand::AtLeast300k),
    None,
    None,
)
.required();
const OUTCOME: Option<ThresholdOutcome> = decide_partial(
    SubjectCount::Exact(150_000),
    Some(HandlerCount::Exact(500)),
    Some(SeriousIncident::NotOccurred),
)
.outcome();
const STATED: Option<StatedThresholdResult> =
    RequiredAssessment::Basic.stated_in(AssessmentKind::Full);

#[test]
fn the_decision_runs_at_compile_time() {
    assert_eq!(KUMAGAYA, RequiredAssessment::BasicAndFocused);
    assert_eq!(AT_300K, RequiredAssessment::BasicAndFull);
    assert_eq!(
        (ONE_OF.lowest(), ONE_OF.highest()),
        (
            RequiredAssessment::BasicAndFocused,
            RequiredAssessment::BasicAndFull
        )
    );
    assert_eq!(PARTIAL, Some(RequiredAssessment::BasicAndFull));
    let outcome = OUTCOME.expect("all three inputs decide");
    assert_eq!(outcome.required(), RequiredAssessment::BasicAndFull);
    assert_eq!(
        outcome.grounds().to_string(),
        "規則第5条及び第7条、指針第5の2"
    );
    assert_eq!(
        STATED.map(|s| s.to_string()).as_deref(),
        Some("基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）")
    );
}

// ---------------------------------------------------------------------------------------------
// No allocation: the whole decision, also the parts that are not `const` (incident dates judged
// against a reference date, the input with its dates and exemption), counted by a test-only
// global allocator that counts each thread's allocations (and otherwise is the system one).

mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    thread_local! {
        static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    }

    pub struct Counting;

    // SAFETY: every call is forwarded unchanged to the system allocator; the counter is a
    // const-initialised thread-local without a destructor, so counting never allocates.
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
            // SAFETY: the caller's contract for `alloc` is passed on as is.
            unsafe { System.alloc(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: `ptr` was allocated by `System` with `layout` (see `alloc`).
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    /// How many allocations this thread makes while running `f`.
    pub fn allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
        let before = ALLOCATIONS.with(Cell::get);
        let value = f();
        (value, ALLOCATIONS.with(Cell::get) - before)
    }
}

#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

#[test]
fn the_decision_does_not_allocate() {
    use counting::allocations;

    // The counter sees this thread's allocations.
    let (v, n) = allocations(|| vec![1u8]);
    assert_eq!((v.len(), n), (1, 1));

    let reference = d(2024, 2, 29);
    let dated = ThresholdInput::new(
        50_000u64,
        HandlerCountBand::Under500,
        IncidentInput::Dates {
            reference,
            incidents: vec![d(2020, 1, 1), d(2023, 2, 28)],
        },
    )
    .with_count_date(d(2024, 2, 1));
    let exempt = ThresholdInput::new(400_000, 900, SeriousIncident::NotOccurred)
        .with_exemption(Exemption::ManualFilesOnly);
    let inputs = [dated, exempt];
    let (results, n) = allocations(|| {
        let mut seen = [RequiredAssessment::NotRequired; 8];
        seen[0] = decide_counts(150_000, 500, false);
        seen[1] = decide(
            SubjectCountBand::From10kTo100k,
            HandlerCountBand::Under500,
            SeriousIncident::Occurred,
        );
        seen[2] = decide_partial(SubjectCountBand::From100kTo300k.into(), None, None).highest();
        seen[3] = decide_partial(SubjectCountBand::AtLeast300k.into(), None, None).lowest();
        seen[4] = ThresholdInput::new(999, 1, SeriousIncident::Occurred)
            .decide()
            .required();
        seen[5] = inputs[0].decide().required();
        seen[6] = inputs[1].decide().required();
        let incident = SeriousIncident::from_dates([d(2023, 2, 27), d(2024, 3, 1)], reference);
        seen[7] = decide(
            SubjectCountBand::From10kTo100k,
            HandlerCountBand::Under500,
            incident,
        );
        seen
    });
    assert_eq!(n, 0, "the decision allocated {n} times");
    use RequiredAssessment::*;
    assert_eq!(
        results,
        [
            BasicAndFull,
            BasicAndFocused,
            BasicAndFull,
            BasicAndFull,
            NotRequired,
            BasicAndFocused,
            NotRequired,
            Basic,
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Properties

fn handler_band() -> impl Strategy<Value = HandlerCountBand> {
    prop::sample::select(HandlerCountBand::ALL)
}

fn subject_band() -> impl Strategy<Value = SubjectCountBand> {
    prop::sample::select(SubjectCountBand::ALL)
}

fn incident() -> impl Strategy<Value = SeriousIncident> {
    prop::sample::select(SeriousIncident::ALL)
}

/// Counts concentrated around the boundaries, plus anything.
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![
        prop::sample::select(vec![
            0u64, 499, 500, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 299_999, 300_000,
        ])
        .prop_flat_map(|b| b.saturating_sub(3)..=b.saturating_add(3)),
        0u64..1_000_000,
        any::<u64>(),
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1990i32..2100, 1u32..=12, 1u32..=31)
        .prop_filter_map("valid date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// A label decorated as real documents write it: full-width digits, a list number, a checkbox,
/// stray spaces.
fn decorate(label: &str, full_width: bool, prefix: u8, spaces: bool) -> String {
    decorate_with(label, full_width, prefix, spaces, false)
}

/// [`decorate`], optionally writing `1,000` as `1000` (as people type it).
fn decorate_with(
    label: &str,
    full_width: bool,
    prefix: u8,
    spaces: bool,
    no_commas: bool,
) -> String {
    let label = if no_commas {
        label.replace(',', "")
    } else {
        label.to_owned()
    };
    let label = label.as_str();
    let mut s: String = if full_width {
        label
            .chars()
            .map(|c| match c {
                '0'..='9' | ',' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                _ => c,
            })
            .collect()
    } else {
        label.to_owned()
    };
    if spaces {
        s = format!(" {s}　");
    }
    match prefix {
        1 => format!("1){s}"),
        2 => format!("２）{s}"),
        3 => format!("[ ]{s}"),
        4 => format!("［ ○ ］{s}"),
        _ => s,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn monotone_in_people(a in count(), b in count(), h in count(), i in any::<bool>()) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(decide_counts(lo, h, i) <= decide_counts(hi, h, i));
    }

    #[test]
    fn monotone_in_handlers(s in count(), a in count(), b in count(), i in any::<bool>()) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(decide_counts(s, lo, i) <= decide_counts(s, hi, i));
    }

    #[test]
    fn an_incident_never_lowers_the_result(s in count(), h in count()) {
        prop_assert!(decide_counts(s, h, false) <= decide_counts(s, h, true));
    }

    #[test]
    fn monotone_over_bands(
        a in subject_band(), b in subject_band(), h in handler_band(), i in incident()
    ) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(decide(lo, h, i) <= decide(hi, h, i));
        prop_assert!(decide(a, HandlerCountBand::Under500, i) <= decide(a, HandlerCountBand::AtLeast500, i));
        prop_assert!(decide(a, h, SeriousIncident::NotOccurred) <= decide(a, h, SeriousIncident::Occurred));
    }

    #[test]
    fn bands_and_exact_counts_agree(s in count(), h in count(), i in any::<bool>()) {
        let sb = SubjectCountBand::from_count(s);
        let hb = HandlerCountBand::from_count(h);
        let inc = incident_from(i);
        prop_assert_eq!(decide_counts(s, h, i), decide(sb, hb, inc));
        prop_assert!(sb.interval().contains(s));
        let exact = ThresholdInput::new(s, h, inc).decide();
        let banded = ThresholdInput::new(sb, hb, inc).decide();
        prop_assert_eq!(exact.required(), banded.required());
        prop_assert_eq!(exact.grounds(), banded.grounds());
        prop_assert_eq!(exact.explanation(), banded.explanation());
    }

    #[test]
    fn partial_outcomes_bound_the_full_one(
        s in subject_band(), h in handler_band(), i in incident(), hide_h in any::<bool>(), hide_i in any::<bool>()
    ) {
        let full = decide(s, h, i);
        let p = decide_partial(s.into(), (!hide_h).then_some(h.into()), (!hide_i).then_some(i));
        prop_assert!(p.lowest() <= full && full <= p.highest());
        prop_assert!(p.contains(full));
        if let Some(o) = p.outcome() {
            prop_assert_eq!(o.required(), full);
        }
    }

    #[test]
    fn monotone_in_all_three_at_once(
        a in count(), b in count(), c in count(), e in count(), i in any::<bool>(), j in any::<bool>()
    ) {
        // More people, more handlers and an incident together never lower the result.
        prop_assert!(
            decide_counts(a.min(b), c.min(e), i && j) <= decide_counts(a.max(b), c.max(e), i || j)
        );
    }

    #[test]
    fn labels_round_trip(
        idx in 0usize..16, full_width in any::<bool>(), prefix in 0u8..5, spaces in any::<bool>(),
        no_commas in any::<bool>(), short_first in any::<bool>()
    ) {
        let sb = SubjectCountBand::ALL[idx % SubjectCountBand::ALL.len()];
        // Both printings of the first band: with （任意実施） (基礎 Ⅱ1) and without (Ⅰ1③).
        let label = if short_first { sb.label_in(AssessmentKind::Full) } else { sb.label() };
        let text = decorate_with(label, full_width, prefix, spaces, no_commas);
        prop_assert_eq!(sb.to_string(), sb.label());
        prop_assert_eq!(text.parse::<SubjectCountBand>(), Ok(sb));
        prop_assert_eq!(text.parse::<SubjectCount>(), Ok(SubjectCount::Band(sb)));
        let hb = HandlerCountBand::ALL[idx % 2];
        let text = decorate(hb.label(), full_width, prefix, spaces);
        prop_assert_eq!(text.parse::<HandlerCount>(), Ok(HandlerCount::Band(hb)));
        let inc = SeriousIncident::ALL[idx % 2];
        prop_assert_eq!(decorate(inc.label(), full_width, prefix, spaces).parse::<SeriousIncident>(), Ok(inc));
        let r = RequiredAssessment::ALL[idx % 4];
        prop_assert_eq!(decorate(r.label(), full_width, prefix, spaces).parse::<RequiredAssessment>(), Ok(r));
        let rs = ReportSet::ALL[idx % 3];
        prop_assert_eq!(rs.label().parse::<ReportSet>(), Ok(rs));
        let stated = StatedThresholdResult::LABELS[idx % StatedThresholdResult::LABELS.len()];
        let parsed: StatedThresholdResult = decorate(stated, full_width, prefix, spaces).parse().unwrap();
        prop_assert_eq!(parsed.to_string(), stated);
        // serde uses the same labels.
        let json = serde_json::to_string(&sb).unwrap();
        prop_assert_eq!(&json, &format!("\"{}\"", sb.label()));
        prop_assert_eq!(serde_json::from_str::<SubjectCountBand>(&json).unwrap(), sb);
        // Display → FromStr is the identity for every choice of the three inputs.
        prop_assert_eq!(hb.to_string().parse::<HandlerCountBand>(), Ok(hb));
        prop_assert_eq!(inc.to_string().parse::<SeriousIncident>(), Ok(inc));
        prop_assert_eq!(sb.to_string().parse::<SubjectCountBand>(), Ok(sb));
    }

    #[test]
    fn exact_counts_round_trip_through_display(
        n in any::<u64>(), full_width in any::<bool>(), no_commas in any::<bool>()
    ) {
        let shown = SubjectCount::Exact(n).to_string(); // e.g. "150,000人"
        let text = decorate_with(&shown, full_width, 0, false, no_commas);
        prop_assert_eq!(text.parse::<SubjectCount>(), Ok(SubjectCount::Exact(n)));
        prop_assert_eq!(text.parse::<HandlerCount>(), Ok(HandlerCount::Exact(n)));
        prop_assert_eq!(n.to_string().parse::<SubjectCount>(), Ok(SubjectCount::Exact(n)));
    }

    #[test]
    fn parsing_arbitrary_strings_never_panics(s in any::<String>()) {
        // Whatever is accepted prints as text that reads back as the same value; every error is
        // one line.
        fn check<T>(s: &str) -> Result<(), TestCaseError>
        where
            T: std::str::FromStr + std::fmt::Display + PartialEq + std::fmt::Debug,
            T::Err: std::fmt::Display,
        {
            match s.parse::<T>() {
                Ok(v) => prop_assert_eq!(v.to_string().parse::<T>().ok(), Some(v)),
                Err(e) => prop_assert!(!e.to_string().contains('\n'), "{}", e),
            }
            Ok(())
        }
        check::<SubjectCount>(&s)?;
        check::<HandlerCount>(&s)?;
        check::<SubjectCountBand>(&s)?;
        check::<SeriousIncident>(&s)?;
        check::<RequiredAssessment>(&s)?;
        check::<StatedThresholdResult>(&s)?;
        check::<Exemption>(&s)?;
        // serde_json's own errors may echo a key raw; only the absence of a panic is checked.
        let _ = serde_json::from_str::<ThresholdInput>(&s);
    }

    #[test]
    fn parsing_count_like_strings_never_panics(s in "[-−－0-9０-９,，人万以上未満 ]{0,24}") {
        if let Err(e) = s.parse::<SubjectCount>() {
            let msg = e.to_string();
            prop_assert!(msg.contains("対象人数") && !msg.contains('\n'));
        }
        if let Err(e) = s.parse::<HandlerCount>() {
            let msg = e.to_string();
            prop_assert!(msg.contains("取扱者数") && !msg.contains('\n'), "{}", msg);
        }
    }

    /// Every outcome a tool stores reads back as the same outcome; so does every input.
    #[test]
    fn outcomes_and_inputs_round_trip_through_json(
        s in count(), h in count(), i in any::<bool>(), band_s in any::<bool>(),
        band_h in any::<bool>(), exemption in prop::option::of(1u16..9), dated in any::<bool>(),
        counted in date(), reference in date(), incidents in prop::collection::vec(date(), 0..3)
    ) {
        let subjects = if band_s { SubjectCount::Band(SubjectCountBand::from_count(s)) } else { SubjectCount::Exact(s) };
        let handlers = if band_h { HandlerCount::Band(HandlerCountBand::from_count(h)) } else { HandlerCount::Exact(h) };
        let incident = if dated {
            IncidentInput::Dates { reference, incidents }
        } else {
            IncidentInput::Stated(incident_from(i))
        };
        let mut input = ThresholdInput::new(subjects, handlers, incident).with_count_date(counted);
        if let Some(e) = exemption.and_then(Exemption::from_item) {
            input = input.with_exemption(e);
        }
        let json = serde_json::to_string(&input).unwrap();
        prop_assert_eq!(serde_json::from_str::<ThresholdInput>(&json).unwrap(), input.clone());
        let outcome = input.decide();
        let json = serde_json::to_string_pretty(&outcome).unwrap();
        prop_assert_eq!(serde_json::from_str::<ThresholdOutcome>(&json).unwrap(), outcome);
    }

    /// White space between two digits of a number is refused, at its place; around the number
    /// it is ignored.
    #[test]
    fn space_inside_a_number_is_refused(
        n in 10u64.., cut in any::<prop::sample::Index>(), space in prop::sample::select(vec![" ", "\n", "\t", "　", "  "]),
        grouped in any::<bool>()
    ) {
        let digits = if grouped { SubjectCount::Exact(n).to_string().replace('人', "") } else { n.to_string() };
        let chars: Vec<char> = digits.chars().collect();
        let at = 1 + cut.index(chars.len() - 1);
        let text: String = chars[..at].iter().chain(space.chars().collect::<Vec<_>>().iter()).chain(&chars[at..]).collect();
        match text.parse::<SubjectCount>().map_err(|e| e.kind()) {
            Err(mynumber_pia::threshold::CountErrorKind::SpaceInNumber { position }) => {
                prop_assert_eq!(position, at + 1, "{:?}", text);
            }
            other => prop_assert!(false, "{:?} → {:?}", text, other),
        }
        prop_assert!(text.parse::<HandlerCount>().is_err());
        let around = format!("{space}{digits}{space}人");
        prop_assert_eq!(around.parse::<SubjectCount>(), Ok(SubjectCount::Exact(n)));
    }

    #[test]
    fn one_year_window(reference in date(), back in 0u64..800) {
        let incident = reference.checked_sub_days(Days::new(back)).unwrap();
        let start = SeriousIncident::window_start(reference).unwrap();
        let len = (reference - start).num_days();
        prop_assert!(len == 365 || len == 366, "{} → {}", reference, start);
        prop_assert_eq!(
            SeriousIncident::within_past_year(incident, reference),
            back as i64 <= len
        );
        // Later incidents are never counted.
        let later = reference.checked_add_days(Days::new(back + 1)).unwrap();
        prop_assert!(!SeriousIncident::within_past_year(later, reference));
    }

    #[test]
    fn more_incident_dates_never_lower_the_answer(
        reference in date(), dates in prop::collection::vec(date(), 0..6), extra in date()
    ) {
        let before = SeriousIncident::from_dates(dates.iter().copied(), reference);
        let after = SeriousIncident::from_dates(dates.iter().copied().chain([extra]), reference);
        prop_assert!(!before.occurred() || after.occurred());
    }
}
