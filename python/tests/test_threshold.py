"""しきい値判断 (threshold determination) through decide() and decide_partial()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mynumber_pia as pia
from mynumber_pia import HandlerCountBand, RequiredAssessment, SeriousIncident, SubjectCountBand


def test_counts_decide_with_grounds_and_explanation() -> None:
    o = pia.decide(subjects=150_000, handlers=620, serious_incident=False)
    assert o.required is RequiredAssessment.BASIC_AND_FULL
    assert o.required.value == "基礎項目評価及び全項目評価の実施が義務付けられる"
    assert o.grounds == "規則第5条及び第7条、指針第5の2"
    assert o.rules == ["規則第5条", "規則第7条"]
    assert o.guideline == "指針第5の2"
    assert o.explanation.endswith("（規則第5条及び第7条、指針第5の2）。")
    assert o.subjects == 150_000
    assert o.subject_band is SubjectCountBand.FROM_100K_TO_300K
    assert o.handler_band is HandlerCountBand.AT_LEAST_500
    assert o.serious_incident is SeriousIncident.NOT_OCCURRED
    assert o.to_dict()["required_assessment"] == o.required.value


def test_bands_and_labels_decide_as_the_form_prints_them() -> None:
    # 熊谷市 国民健康保険 (a real 基礎項目評価書): 1万人以上10万人未満, 500人未満, 重大事故 発生あり.
    by_member = pia.decide(
        subjects=SubjectCountBand.FROM_10K_TO_100K,
        handlers=HandlerCountBand.UNDER_500,
        serious_incident=SeriousIncident.OCCURRED,
    )
    by_label = pia.decide(subjects="1万人以上10万人未満", handlers="500人未満", serious_incident="発生あり")
    assert by_member == by_label
    assert hash(by_member) == hash(by_label)
    assert by_member.required.value == "基礎項目評価及び重点項目評価の実施が義務付けられる"
    assert by_member.subjects is SubjectCountBand.FROM_10K_TO_100K


def test_exemption_of_article_4() -> None:
    o = pia.decide(subjects=400_000, handlers=900, serious_incident=False, exemption=1)
    assert o.required is RequiredAssessment.NOT_REQUIRED
    assert o.grounds == "規則第4条第1号、指針第4の4"
    assert o.exemption is not None and o.exemption[0] == 1
    with pytest.raises(ValueError):
        pia.decide(subjects=1, handlers=1, serious_incident=False, exemption=0)


def test_partial_outcome_of_a_detailed_form() -> None:
    p = pia.decide_partial(subjects=SubjectCountBand.FROM_100K_TO_300K)
    assert p.outcome is None and p.required is None
    assert (p.lowest, p.highest) == (RequiredAssessment.BASIC_AND_FOCUSED, RequiredAssessment.BASIC_AND_FULL)
    assert RequiredAssessment.BASIC_AND_FOCUSED in p and RequiredAssessment.BASIC not in p
    decided = pia.decide_partial(subjects=SubjectCountBand.AT_LEAST_300K)
    assert decided.outcome is not None and decided.required is RequiredAssessment.BASIC_AND_FULL


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"subjects": -1}, ValueError),
        ({"subjects": True}, TypeError),
        ({"subjects": 1.5}, TypeError),
        ({"subjects": "たくさん"}, pia.ParseCountError),
        ({"handlers": "五百人"}, pia.ParseCountError),
        ({"serious_incident": "maybe"}, pia.ParseChoiceError),
        ({"serious_incident": None}, TypeError),
        ({"subjects": 2**70}, OverflowError),
    ],
)
def test_bad_input_raises_not_panics(kwargs: dict[str, object], error: type[Exception]) -> None:
    args: dict[str, object] = {"subjects": 1, "handlers": 1, "serious_incident": False, **kwargs}
    with pytest.raises(error):
        pia.decide(**args)  # type: ignore[arg-type]


@given(st.integers(0, 10**12), st.integers(0, 10**6), st.booleans())
def test_counts_and_their_bands_decide_alike(subjects: int, handlers: int, incident: bool) -> None:
    exact = pia.decide(subjects=subjects, handlers=handlers, serious_incident=incident)
    banded = pia.decide(subjects=exact.subject_band, handlers=exact.handler_band or 0, serious_incident=incident)
    assert exact.required is banded.required
    # More people never asks for less (指針 第5の2 is monotone in both counts).
    more = pia.decide(subjects=subjects * 2, handlers=handlers * 2, serious_incident=incident)
    order = list(RequiredAssessment)
    assert order.index(more.required) >= order.index(exact.required)
