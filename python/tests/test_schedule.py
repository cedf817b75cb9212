"""obligations() and Register: dated duties and the 計画管理書 with its iCalendar."""

from __future__ import annotations

import datetime

import mynumber_pia as pia
from conftest import AS_OF


def test_obligations_of_a_report(full: pia.Report) -> None:
    duties = pia.obligations(full, as_of=AS_OF)
    assert duties
    assert [d.to_dict() for d in duties] == [d.to_dict() for d in full.obligations(as_of=AS_OF)]
    for duty in duties:
        assert isinstance(duty.kind, pia.ObligationKind)
        assert isinstance(duty.status, pia.Status)
        assert isinstance(duty.duty, pia.Duty)
        assert isinstance(duty.from_basis, pia.Basis)
        assert isinstance(duty.due, datetime.date) and isinstance(duty.from_date, datetime.date)
        assert duty.source and duty.reason
        assert duty.report["form"] == pia.AssessmentKind.FULL


def test_register_and_icalendar() -> None:
    reports = [pia.Report.sample(n) for n in pia.samples()]
    register = pia.Register(reports, as_of=AS_OF)
    assert register.as_of == AS_OF
    assert register.entries and register.obligations
    assert register.overdue() == sum(o.status is pia.Status.OVERDUE for o in register.obligations)
    assert {p["problem"] for p in register.problems}
    assert register.summary()
    ics = register.to_icalendar()
    assert ics.startswith("BEGIN:VCALENDAR") and ics.rstrip().endswith("END:VCALENDAR")
    with_incident = pia.Register(reports, as_of=AS_OF, incident=datetime.date(2026, 10, 1))
    assert len(with_incident.obligations) >= len(register.obligations)
