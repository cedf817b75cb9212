"""generate(): fixtures from a seed, valid or with one known defect, for pytest."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mynumber_pia as pia
from mynumber_pia import AssessmentKind

AS_OF = datetime.date(2026, 4, 1)


@pytest.mark.parametrize(
    ("form", "kind"),
    [("basic", AssessmentKind.BASIC), ("重点", AssessmentKind.FOCUSED), (AssessmentKind.FULL, AssessmentKind.FULL)],
)
def test_each_form_is_valid_by_construction(form: str, kind: AssessmentKind) -> None:
    report = pia.generate(form=form, seed=3)
    assert report.form is kind
    assert not report.validate(as_of=AS_OF).has_errors
    assert report == pia.generate(form=form, seed=3)
    assert report != pia.generate(form=form, seed=4)


def test_scenario_settings() -> None:
    report = pia.generate(form="full", systems=2, files=1, provisions=0, transfers=0, as_of=AS_OF)
    assert (len(report.systems), len(report.files)) == (2, 1)
    assert report.provisions == [] and report.transfers == []
    with pytest.raises(pia.ScenarioError):
        pia.generate(systems=10_000)


def test_size_changes_and_revision_as_pia_generate_takes_them() -> None:
    small = [len(pia.generate(form="full", seed=seed, size="small").systems) for seed in range(5)]
    huge = [len(pia.generate(form="full", seed=seed, size="huge").systems) for seed in range(5)]
    assert max(small) < min(huge)
    assert len(pia.generate(form="full", changes=3).changes) == 3
    old = pia.generate(form="full", revision="平成26年4月")
    assert old.cover["form_version"] == "2014-04"  # the JSON format writes the month in ISO
    assert old.form_revision is pia.FormRevision.HEISEI_26_APRIL
    assert pia.generate(form="full", revision=pia.FormRevision.HEISEI_26_APRIL) == old
    assert not old.validate(as_of=AS_OF).has_errors


def test_a_bad_size_or_revision_is_refused_in_japanese() -> None:
    with pytest.raises(pia.ScenarioError, match="規模「medium」は small、typical、large、huge のいずれでもありません"):
        pia.generate(size="medium")  # type: ignore[call-overload]
    # A month's text is read as FormRevision reads it, with its error.
    with pytest.raises(pia.WarekiError, match="元号（令和・平成など）または西暦の年が必要です"):
        pia.generate(revision="様式の版ではない")
    with pytest.raises(pia.ScenarioError, match="様式の版 令和9年1月 の評価書は基準日 2026-04-01 の前に公表できません"):
        pia.generate(revision="令和9年1月", as_of=AS_OF)
    assert issubclass(pia.ScenarioError, ValueError) and issubclass(pia.WarekiError, ValueError)


@pytest.mark.parametrize("defect", pia.defects(), ids=lambda d: str(d["code"]))
def test_every_defect_raises_its_findings(defect: dict[str, object]) -> None:
    made = pia.generate(defect=str(defect["code"]), seed=1)
    found = set(made.report.validate(as_of=AS_OF).codes())
    assert made.code == defect["code"]
    assert set(made.expected) <= found


def test_defect_errors() -> None:
    with pytest.raises(pia.ParseCodeError):
        pia.generate(defect="ZZ999")
    codes = pia.codes()
    assert {c["code"] for c in codes} >= {d["code"] for d in pia.defects()}
    not_in_basic = next(d for d in pia.defects() if AssessmentKind.BASIC not in d["forms"])
    with pytest.raises(pia.DefectError):
        pia.generate(form="basic", defect=not_in_basic["code"])


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**64 - 1), st.sampled_from(list(AssessmentKind)))
def test_any_seed_is_valid(seed: int, form: AssessmentKind) -> None:
    report = pia.generate(form=form, seed=seed)
    assert not report.validate(as_of=datetime.date(2026, 4, 1)).has_errors
    assert pia.Report.from_json(report.to_json()) == report
