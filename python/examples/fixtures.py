"""Fixtures for a tool's own tests: generated reports, valid or with one known defect.

    python python/examples/fixtures.py
"""

from __future__ import annotations

import datetime

import mynumber_pia as pia

AS_OF = datetime.date(2026, 4, 1)


def main() -> None:
    for form in pia.AssessmentKind:
        report = pia.generate(form=form, seed=42)
        findings = report.validate(as_of=AS_OF)
        print(f"{form.value}: {len(report.systems)} systems, {len(report.files)} files, {findings.summary()}")

    # One defect, and the finding codes a validator must raise on it.
    for defect in pia.defects()[:5]:
        made = pia.generate(defect=str(defect["code"]), seed=1)
        found = set(made.report.validate(as_of=AS_OF).codes())
        assert set(made.expected) <= found
        print(f"{made.code}: {defect['title']} → {', '.join(made.expected)}")


if __name__ == "__main__":
    main()
