"""和暦 (Japanese-calendar) dates: parse_date, parse_wareki, format_wareki, era_of."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mynumber_pia as pia
from mynumber_pia import DateKind, Era


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("令和6年12月6日", datetime.date(2024, 12, 6)),
        ("令和６年１１月２２日", datetime.date(2024, 11, 22)),
        ("R7.1.14", datetime.date(2025, 1, 14)),
        ("平成十一年三月三十一日", datetime.date(1999, 3, 31)),
        ("令和元年5月1日", datetime.date(2019, 5, 1)),
        ("2024/12/6", datetime.date(2024, 12, 6)),
    ],
)
def test_parse_date(text: str, day: datetime.date) -> None:
    assert pia.parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("平成31年5月1日", "平成は平成31年4月30日までです"),
        ("令和6年2月30日", "令和6年2月30日はありません（令和6年2月は29日までです）"),
        ("令和5年度", None),
        ("", None),
        ("\x00\u202e", None),
    ],
)
def test_refused_dates_raise_wareki_error(text: str, message: str | None) -> None:
    with pytest.raises(pia.WarekiError) as caught:
        pia.parse_date(text)
    assert isinstance(caught.value, pia.PiaError) and isinstance(caught.value, ValueError)
    if message is not None:
        assert str(caught.value) == message


def test_parse_wareki_of_every_kind() -> None:
    fy = pia.parse_wareki("令和５年度")
    assert fy.kind is DateKind.FISCAL_YEAR
    assert (fy.first_day, fy.last_day) == (datetime.date(2023, 4, 1), datetime.date(2024, 3, 31))
    assert (str(fy), fy.iso) == ("令和5年度", "FY2023")
    month = pia.parse_wareki("平成２７年１０月")
    assert month.kind is DateKind.YEAR_MONTH and month.last_day == datetime.date(2015, 10, 31)
    span = pia.parse_wareki("令和６年９月１５日から令和６年１０月１５日までの３１日間")
    assert span.kind is DateKind.RANGE and span.iso == "2024-09-15/2024-10-15"
    assert pia.parse_wareki("R6.12.6") == pia.parse_wareki("令和6年12月6日")


def test_format_and_era() -> None:
    day = datetime.date(2024, 12, 6)
    assert pia.format_wareki(day) == "令和6年12月6日"
    assert pia.format_wareki(day, style="short") == "R6.12.6"
    assert pia.era_of(day) is Era.REIWA
    assert pia.era_of(datetime.date(1800, 1, 1)) is None
    with pytest.raises(pia.WarekiError):
        pia.format_wareki(datetime.date(1872, 12, 31))
    with pytest.raises(ValueError):
        pia.format_wareki(day, style="long")  # type: ignore[arg-type]


@given(st.dates(datetime.date(1873, 1, 1), datetime.date(9999, 12, 31)), st.sampled_from(["official", "short"]))
def test_every_day_round_trips(day: datetime.date, style: str) -> None:
    assert pia.parse_date(pia.format_wareki(day, style=style)) == day  # type: ignore[arg-type]


@given(st.text(max_size=40))
def test_any_text_parses_or_raises_wareki_error(text: str) -> None:
    try:
        pia.parse_wareki(text)
    except pia.WarekiError:
        pass
