"""Every error family of the crate is a PiaError (a ValueError) raised with the crate's line."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest

import mynumber_pia as pia

#: One call that raises each family: the family's name, and the call.
RAISES: dict[str, Callable[[], object]] = {
    "LoadError": lambda: pia.Report.from_json("{}"),
    "ParseChoiceError": lambda: pia.SubjectCountBand.parse("x"),
    "ParseCountError": lambda: pia.decide(subjects="x", handlers=1, serious_incident=False),
    "WarekiError": lambda: pia.parse_date("平成31年5月1日"),
    "LegalBasisError": lambda: pia.parse_legal_basis(""),
    "CompareError": lambda: pia.compare(pia.Report.example("full"), pia.Report.example("basic")),
    "UnknownChange": lambda: pia.compare(pia.Report.example("full"), pia.Report.example("full")).override_judgement(
        0, pia.Significance.SIGNIFICANT, "x"
    ),
    "TextImportError": lambda: pia.import_text(""),
    "PdfError": lambda: pia.pdf_text(b"x"),
    "ScenarioError": lambda: pia.generate(as_of=datetime.date(1990, 1, 1)),
    "DefectError": lambda: pia.generate(form="basic", defect="PC001"),
    "ParseCodeError": lambda: pia.generate(defect="?"),
    "UnknownItemId": lambda: pia.labels("cover.no_such_item"),
}


def test_every_family_is_listed() -> None:
    assert set(pia.EXCEPTIONS) == set(RAISES) | {"PiaError"}


@pytest.mark.parametrize("name", sorted(RAISES))
def test_family_raises_its_exception(name: str) -> None:
    cls = getattr(pia, name)
    assert issubclass(cls, pia.PiaError) and issubclass(cls, ValueError)
    assert cls.__module__ == "mynumber_pia" and cls.__doc__
    with pytest.raises(cls) as caught:
        RAISES[name]()
    message = str(caught.value)
    assert message and "\n" not in message
    assert "panicked" not in message
