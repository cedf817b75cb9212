"""The README's Python examples run as written, and so do python/examples/."""

from __future__ import annotations

import pathlib
import re
import runpy
import sys

import pytest

from conftest import ROOT

EXAMPLES = sorted((ROOT / "python" / "examples").glob("*.py"))


def python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", readme, re.M | re.S)


def test_the_readme_has_its_python_example() -> None:
    blocks = python_blocks()
    assert blocks, "README.md has no ```python block"
    lines = [line for line in blocks[0].splitlines() if line.strip()]
    assert len(lines) <= 12, "the README's first Python example is about ten lines"


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_example_runs(index: int) -> None:
    code = compile(python_blocks()[index], f"README.md python block {index + 1}", "exec")
    exec(code, {"__name__": "__readme__"})


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", [str(path)])
    runpy.run_path(str(path), run_name="__main__")
    assert capsys.readouterr().out
