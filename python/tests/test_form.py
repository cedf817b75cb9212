"""The forms: the revisions of the 様式 (FormRevision), and how each form and revision prints its
items, sections and chapters."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mynumber_pia as pia
from conftest import AS_OF

#: The 承認日 of the cover, as the item table names it.
APPROVAL = "cover.approval_date"


def with_form_version(report: pia.Report, version: str | None) -> pia.Report:
    """`report` with its cover's form_version (the JSON month `YYYY-MM`) set, or taken out."""
    data = report.to_dict()
    if version is None:
        data["cover"].pop("form_version", None)
    else:
        data["cover"]["form_version"] = version
    return pia.Report.from_dict(data)


def test_revisions_are_the_tags_months_oldest_first() -> None:
    assert [r.value for r in pia.FormRevision] == [
        "平成26年4月",
        "平成28年1月",
        "平成29年5月",
        "平成30年5月",
        "令和6年10月",
    ]
    assert pia.FormRevision.CURRENT is pia.FormRevision.REIWA_6_OCTOBER
    assert "FormRevision" in pia.ENUMS
    assert isinstance(pia.FormRevision.HEISEI_26_APRIL, pia.Label)
    assert json.dumps(pia.FormRevision.HEISEI_26_APRIL, ensure_ascii=False) == '"平成26年4月"'


def test_a_revision_reads_any_spelling_of_its_month() -> None:
    assert pia.FormRevision("平成２６年４月") is pia.FormRevision.HEISEI_26_APRIL
    assert pia.FormRevision("H26.4") is pia.FormRevision.HEISEI_26_APRIL
    assert pia.FormRevision.parse("令和６年１０月") is pia.FormRevision.REIWA_6_OCTOBER


def test_an_unlisted_month_is_no_member_and_reads_as_the_revision_before() -> None:
    with pytest.raises(ValueError):
        pia.FormRevision("令和3年9月")
    with pytest.raises(pia.ParseChoiceError, match="平成26年4月 / 平成28年1月"):
        pia.FormRevision.parse("令和3年9月")
    assert pia.FormRevision.nearest_known("令和3年9月") is pia.FormRevision.HEISEI_30_MAY
    assert pia.FormRevision.nearest_known("平成25年1月") is pia.FormRevision.HEISEI_26_APRIL
    assert pia.FormRevision.nearest_known(pia.FormRevision.HEISEI_29_MAY) is pia.FormRevision.HEISEI_29_MAY
    with pytest.raises(pia.WarekiError):
        pia.FormRevision.nearest_known("様式")
    with pytest.raises(pia.WarekiError):
        pia.FormRevision.parse("様式")


def test_report_form_revision_is_the_covers_tag(full: pia.Report) -> None:
    assert pia.Report.example("basic").form_revision is pia.FormRevision.CURRENT
    old = with_form_version(full, "2014-04")
    assert old.form_revision is pia.FormRevision.HEISEI_26_APRIL
    assert old.cover["form_version"] == "2014-04"
    unlisted = with_form_version(full, "2021-09")
    assert unlisted.form_revision == "令和3年9月"
    assert not isinstance(unlisted.form_revision, pia.FormRevision)
    assert with_form_version(full, None).form_revision is None


def test_a_report_of_heisei_26_renders_its_revisions_labels(full: pia.Report) -> None:
    old = with_form_version(full, "2014-04")
    html = old.render_html()
    assert pia.printed_label(APPROVAL, old.form_revision or pia.FormRevision.CURRENT) in html
    assert "特定個人情報保護委員会　承認日" in html


def test_printed_label_by_revision() -> None:
    assert pia.printed_label(APPROVAL, pia.FormRevision.HEISEI_26_APRIL) == "特定個人情報保護委員会　承認日"
    assert pia.printed_label(APPROVAL, pia.FormRevision.HEISEI_28_JANUARY) == "個人情報保護委員会　承認日"
    assert pia.printed_label(APPROVAL, "平成２６年４月") == "特定個人情報保護委員会　承認日"
    # An unlisted month prints as the revision before it.
    assert pia.printed_label(APPROVAL, "平成27年3月") == "特定個人情報保護委員会　承認日"
    assert pia.printed_label("cover.body", pia.FormRevision.HEISEI_26_APRIL) == "評価実施機関名"
    with pytest.raises(pia.UnknownItemId, match="cover.nothing"):
        pia.printed_label("cover.nothing", pia.FormRevision.CURRENT)
    with pytest.raises(pia.WarekiError):
        pia.printed_label(APPROVAL, "いつか")
    with pytest.raises(TypeError):
        pia.printed_label(APPROVAL, 2014)  # type: ignore[arg-type]


def test_labels_are_every_revisions_today_first() -> None:
    assert pia.labels(APPROVAL) == ["個人情報保護委員会　承認日", "特定個人情報保護委員会　承認日"]
    assert pia.labels("cover.published_on")[0] == "公表日"


def test_findings_items_are_ids_printed_label_reads() -> None:
    items: set[str] = set()
    for defect in pia.defects()[:8]:
        try:
            broken = pia.generate(form="full", defect=defect["code"])
        except pia.DefectError:
            continue
        items.update(f.item for f in broken.report.validate(as_of=AS_OF) if f.item)
    assert items
    for item in sorted(items):
        assert pia.printed_label(item, pia.FormRevision.CURRENT) in pia.labels(item)


def test_section_titles_and_headings() -> None:
    assert pia.section_title(pia.AssessmentKind.FULL, "Ⅱ", 4) == "特定個人情報ファイルの取扱いの委託"
    assert pia.section_title("basic", "Ⅱ", 3) == "重大事故"
    assert pia.section_title("重点", "Ⅰ", 4) == "個人番号の利用"
    assert pia.section_title("full", "Ⅱ", 8) is None
    assert pia.heading("basic", "Ⅱ") == "しきい値判断項目"
    assert pia.heading("full", "Ⅳ") == "その他のリスク対策　※"
    assert pia.heading("basic", "Ⅲ") is None
    assert pia.heading("full", "Ⅱ3⑦") == "使用の主体"
    assert "しきい値判断項目" in pia.CHAPTER_TITLES
    with pytest.raises(pia.ParseChoiceError):
        pia.section_title("様式9", "Ⅰ", 1)


def test_body_kind_of_a_bodys_name() -> None:
    assert pia.body_kind_of_name("架空県知事") is pia.BodyKind.LOCAL_GOVERNMENT
    assert pia.body_kind_of_name("架空大臣") is pia.BodyKind.NATIONAL_AGENCY
    assert pia.body_kind_of_name("架空市役所") is None


@given(year=st.integers(min_value=1990, max_value=2100), month=st.integers(min_value=1, max_value=12))
def test_every_month_prints_a_known_revisions_label(year: int, month: int) -> None:
    revision = pia.FormRevision.nearest_known(f"{year}年{month}月")
    assert revision in list(pia.FormRevision)
    assert pia.printed_label(APPROVAL, f"{year}年{month}月") == pia.printed_label(APPROVAL, revision)
