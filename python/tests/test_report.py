"""Report: loading, JSON and dict round trips, attributes, validation, rendering."""

from __future__ import annotations

import copy
import json
import pathlib
import pickle
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mynumber_pia as pia
from conftest import AS_OF
from mynumber_pia import AssessmentKind, Severity


@pytest.mark.parametrize("name", pia.samples())
def test_every_sample_round_trips(name: str) -> None:
    report = pia.Report.sample(name)
    assert pia.Report.from_json(report.to_json()) == report
    assert pia.Report.from_json(report.to_json().encode()) == report
    assert pia.Report.from_dict(report.to_dict()) == report
    assert pickle.loads(pickle.dumps(report)) == report
    assert copy.deepcopy(report) == report
    assert report.to_dict() == json.loads(report.to_json())


def test_load_from_a_path(tmp_path: pathlib.Path, full: pia.Report) -> None:
    path = tmp_path / "full.json"
    path.write_text(full.to_json(), encoding="utf-8")
    assert pia.Report.load(path) == full
    assert pia.Report.load(str(path)) == full
    with pytest.raises(FileNotFoundError):
        pia.Report.load(tmp_path / "missing.json")


def test_attributes_of_the_full_sample(full: pia.Report) -> None:
    assert full.form is AssessmentKind.FULL
    assert len(full.systems) == 14 and len(full.files) == 3
    assert full.cover["title"] == full.to_dict()["cover"]["title"]
    assert full.affair["name"] == "国民健康保険に関する事務"
    assert full.entrustments and all("file" in e for e in full.entrustments)
    assert sum(len(f["entrustments"]) for f in full.files) == len(full.entrustments)
    assert sum(len(f["provisions"]) for f in full.files) == len(full.provisions)
    assert sum(len(f["transfers"]) for f in full.files) == len(full.transfers)
    assert isinstance(full.changes, list) and isinstance(full.disclosure, dict)
    assert isinstance(full.procedures, dict) and isinstance(full.part, dict)
    assert full.subject_count is pia.SubjectCountBand.AT_LEAST_300K
    assert repr(full).startswith("<Report 全項目評価書")


def test_validate_gives_findings_for_pandas(full: pia.Report) -> None:
    findings = full.validate(as_of=AS_OF)
    assert findings.as_of == AS_OF
    assert not findings.has_errors
    assert len(findings) == findings.count(Severity.WARNING) + findings.count("エラー") + findings.count("info")
    rows = findings.to_dicts()
    assert len(rows) == len(findings)
    for finding, row in zip(findings, rows):
        assert {"code", "severity", "path", "location", "message", "source"} <= row.keys()
        assert (finding.code, finding.path, finding.message) == (row["code"], row["path"], row["message"])
        assert finding.severity.value in {"情報", "警告", "エラー"}
        assert finding.item == row.get("item")
        assert finding.to_dict() == row
    assert findings[-1].code == rows[-1]["code"]
    with pytest.raises(IndexError):
        findings[len(findings)]
    assert len(findings.codes()) == len(set(findings.codes())) == len({f.code for f in findings})
    assert findings.summary()


def test_validate_all_in_threads_agrees_with_one_by_one() -> None:
    reports = [pia.Report.sample(n) for n in pia.samples()]
    expected = [r.validate(as_of=AS_OF).to_dicts() for r in reports]
    assert [f.to_dicts() for f in pia.validate_all(reports, as_of=AS_OF)] == expected
    results: list[list[list[dict[str, object]]]] = []

    def work() -> None:
        results.append([f.to_dicts() for f in pia.validate_all(reports * 5, as_of=AS_OF)])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected * 5 for r in results)


def test_render(full: pia.Report) -> None:
    html = pia.render_html(full)
    assert html.startswith("<!DOCTYPE html>") and html == full.render_html()
    markdown = pia.render_markdown(full)
    assert "全項目評価書" in markdown and markdown == full.render_markdown()


@pytest.mark.parametrize(
    "text",
    ["", "{}", "[]", '{"schema_version": 2}', '{"schema_version": 2, "form": "全項目評価", "x": 1}', "\ud800"],
)
def test_bad_json_raises_load_error(text: str) -> None:
    with pytest.raises(pia.LoadError) as caught:
        pia.Report.from_json(text.encode("utf-8", "surrogatepass"))
    assert "\n" not in str(caught.value)


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        pia.Report.from_json(12)  # type: ignore[arg-type]
    with pytest.raises(pia.ParseChoiceError):
        pia.Report.sample("nowhere")
    with pytest.raises(pia.ParseChoiceError):
        pia.Report.example("様式9")


@pytest.mark.parametrize("form", ["basic", "focused", "full", "基礎", "重点", "全項目", AssessmentKind.FULL])
def test_example_of_each_form(form: str) -> None:
    report = pia.Report.example(form)
    assert report.validate(as_of=AS_OF) is not None
    assert pia.Report.from_json(report.to_json()) == report


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode()))
def test_any_bytes_load_or_raise_load_error(data: bytes) -> None:
    try:
        pia.Report.from_json(data)
    except pia.LoadError:
        pass
