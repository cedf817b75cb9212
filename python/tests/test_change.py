"""compare(): two versions of one report, each change judged 重要な変更 or not."""

from __future__ import annotations

import datetime

import pytest

import mynumber_pia as pia
from mynumber_pia import ChangeKind, Significance, SubmissionTiming


def _edited(report: pia.Report) -> pia.Report:
    data = report.to_dict()
    data["files"][0]["usage"]["departments"] = "保険年金課、各支所"
    return pia.Report.from_dict(data)


def test_compare_judges_each_change() -> None:
    old = pia.Report.example("full")
    new = _edited(old)
    changes = pia.compare(old, new)
    assert changes.form is pia.AssessmentKind.FULL
    assert changes.affair == old.affair["name"]
    assert len(changes) == 1 and changes.significant_count == 1
    change = changes.changes[0]
    assert change.kind is ChangeKind.MODIFIED
    assert change.significance is Significance.SIGNIFICANT and change.significant
    assert change.timing is SubmissionTiming.BEFORE
    assert change.after == "保険年金課、各支所"
    assert change.source and change.explanation and change.place
    assert change.to_dict()["path"] == change.path
    assert changes.consequences and {"kind", "message", "source"} <= changes.consequences[0].keys()
    old_results, new_results = changes.threshold
    assert old_results and new_results
    rows = changes.records(datetime.date(2026, 4, 1))
    assert len(rows) == 1


def test_override_judgement() -> None:
    old = pia.Report.example("full")
    changes = pia.compare(old, _edited(old))
    changes.override_judgement(0, "重要な変更に当たらない", "組織の名称変更")
    change = changes.changes[0]
    assert change.timing is SubmissionTiming.AFTER
    assert change.explanation == "重要な変更に当たらない（組織の名称変更）"
    with pytest.raises(pia.UnknownChange, match="変更 5 はありません"):
        changes.override_judgement(5, Significance.SIGNIFICANT, "x")


def test_unchanged_report_has_no_changes(full: pia.Report) -> None:
    assert len(pia.compare(full, full)) == 0


def test_two_reports_raise_compare_error(full: pia.Report) -> None:
    with pytest.raises(pia.CompareError, match="様式が異なる"):
        pia.compare(full, pia.Report.sample("kumagaya-basic"))
