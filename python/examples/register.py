"""A body's reports checked the way a 計画管理書 (register) notebook would: findings as rows,
the dated duties, and what changed between two versions.

    python python/examples/register.py
"""

from __future__ import annotations

import datetime

import mynumber_pia as pia

AS_OF = datetime.date(2026, 11, 20)


def main() -> None:
    reports = [pia.Report.sample(name) for name in pia.samples()]

    # Findings of every report, one row a finding (pandas.DataFrame(rows) reads them as they are).
    rows = [
        {"report": report.cover.get("title"), **finding}
        for report, findings in zip(reports, pia.validate_all(reports, as_of=AS_OF))
        for finding in findings.to_dicts()
    ]
    print(f"{len(rows)} findings in {len(reports)} reports")
    for row in rows[:3]:
        print(f"  {row['code']} {row['severity']:7} {row['location']}: {row['message']}")

    # The duties of the register, soonest first, and the office calendar.
    register = pia.Register([r for r in reports if r.cover.get("body") == reports[0].cover.get("body")], as_of=AS_OF)
    for duty in register.obligations:
        print(f"  {duty.due} {duty.status.value} {duty.kind.value}: {duty.reason}")
    calendar = register.to_icalendar()
    print(f"iCalendar: {calendar.count('BEGIN:VEVENT')} events")

    # A new version of the 全項目 report: which changes are 重要な変更, and when to file them.
    old = reports[0]
    data = old.to_dict()
    data["files"][0]["usage"]["departments"] = "保険年金課、各支所"
    changes = pia.compare(old, pia.Report.from_dict(data))
    for change in changes.changes:
        print(f"  {change.place}: {change.significance.value}（{change.timing.value}）")
    print(changes.summary())


if __name__ == "__main__":
    main()
