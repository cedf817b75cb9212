"""Overhead of the Python boundary, measured against the crate's own benches (issue 47).

    python python/benches/bench.py            # the Python figures, then the crate's, twice, alternating
    python python/benches/bench.py --python   # the Python figures only

Three figures, each measured as the crate's bench measures its own:

- validate of the 全項目 sample (江戸川区, embedded): median wall time of 501 calls of
  ``Report.validate(as_of=...)``, against ``benches/validate.rs`` (median of 501 ``validate``);
  target ≤ 1.5×;
- import of the 全項目 seed text (``$PIA_SEEDS/000_*``, else the sample's Markdown, as
  ``benches/import.rs`` falls back): median CPU time of 31 ``import_text`` calls, against
  ``benches/import.rs`` (median CPU time of 31 ``import``); target ≤ 1.1×;
- ``decide(subjects=..., handlers=..., serious_incident=...)`` calls per second (best of 5
  rounds of 200,000 calls with keyword arguments); target ≥ 1 M/s.

The crate's figures come from the lines its benches print (``cargo bench --bench validate
--bench import -- --test`` runs them without criterion's sampling). Timings on a shared machine
are noisy: the two are run one after the other, twice, and each figure is given as the range.
"""

from __future__ import annotations

import argparse
import datetime
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

import mynumber_pia as pia

ROOT = pathlib.Path(__file__).resolve().parents[2]
AS_OF = datetime.date(2026, 11, 20)  # the date benches/validate.rs judges on


def full_text() -> tuple[str, str]:
    """The 全項目 seed text, or the embedded sample's Markdown (as benches/import.rs chooses)."""
    seeds = os.environ.get("PIA_SEEDS", str(ROOT.parent / "shared" / "seeds"))
    found = sorted(pathlib.Path(seeds).glob("000_*")) if pathlib.Path(seeds).is_dir() else []
    if found:
        return found[0].read_text(encoding="utf-8"), "全項目 seed text (PDF text)"
    return pia.Report.sample("edogawa-full").render_markdown(), "embedded 全項目 sample as Markdown"


def validate_us() -> float:
    report = pia.Report.sample("edogawa-full")
    times = []
    for _ in range(501):
        start = time.perf_counter_ns()
        report.validate(as_of=AS_OF)
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1e3


def import_ms(text: str) -> float:
    times = []
    for _ in range(31):
        start = time.thread_time_ns()
        pia.import_text(text)
        times.append(time.thread_time_ns() - start)
    return statistics.median(times) / 1e6


def decide_per_s() -> float:
    decide = pia.decide
    n = 200_000
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(n):
            decide(subjects=150_000, handlers=620, serious_incident=False)
        best = min(best, time.perf_counter() - start)
    return n / best


def crate_figures() -> tuple[float, float]:
    """validate (µs) and import (ms) as the crate's benches print them."""
    out = subprocess.run(
        ["cargo", "bench", "--quiet", "--bench", "validate", "--bench", "import", "--", "--test"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    validate = re.search(r"validate: 1× ([\d.]+)(µs|ms|ns)", out)
    imported = re.search(r"import \(CPU time, median\): [^,]*, \d+ KB in ([\d.]+)(ms|µs)", out)
    if not validate or not imported:
        sys.exit(f"the crate's benches printed no figures:\n{out}")
    scale = {"ns": 1e-3, "µs": 1.0, "ms": 1e3}
    return float(validate[1]) * scale[validate[2]], float(imported[1]) * scale[imported[2]] / 1e3


def span(values: list[float], unit: str, digits: int = 2) -> str:
    low, high = min(values), max(values)
    return f"{low:.{digits}f}{unit}" if low == high else f"{low:.{digits}f}–{high:.{digits}f}{unit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", action="store_true", help="measure the Python figures only")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds (default 2)")
    args = parser.parse_args()
    text, what = full_text()
    print(f"import text: {what}, {len(text.encode()) // 1024} KB")
    py_validate, py_import, py_decide, rs_validate, rs_import = [], [], [], [], []
    for _ in range(args.rounds):
        py_validate.append(validate_us())
        py_import.append(import_ms(text))
        py_decide.append(decide_per_s() / 1e6)
        if not args.python:
            v, i = crate_figures()
            rs_validate.append(v)
            rs_import.append(i)
    print(f"validate 全項目 sample: Python {span(py_validate, ' µs')}", end="")
    if rs_validate:
        ratios = [p / r for p, r in zip(py_validate, rs_validate)]
        print(f", crate {span(rs_validate, ' µs')}, ratio {span(ratios, '×')} (target ≤ 1.5×)", end="")
    print()
    print(f"import 全項目 seed text (CPU): Python {span(py_import, ' ms')}", end="")
    if rs_import:
        ratios = [p / r for p, r in zip(py_import, rs_import)]
        print(f", crate {span(rs_import, ' ms')}, ratio {span(ratios, '×', 3)} (target ≤ 1.1×)", end="")
    print()
    print(f"decide: {span(py_decide, ' M calls/s')} (target ≥ 1 M/s)")


if __name__ == "__main__":
    main()
