"""The enums: values are the forms' labels, members read real-world spellings."""

from __future__ import annotations

import enum
import json

import pytest

import mynumber_pia as pia

ENUMS = [getattr(pia, name) for name in pia.ENUMS]


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: c.__name__)
def test_each_enum_is_a_str_enum_of_labels(cls: type[pia.Label]) -> None:
    assert issubclass(cls, enum.Enum) and issubclass(cls, str) and issubclass(cls, pia.Label)
    assert cls.__module__ == "mynumber_pia" and cls.__doc__
    members = list(cls)
    assert members and len({m.value for m in members}) == len(members)
    for member in members:
        assert cls(member.value) is member
        assert cls.parse(member.value) is member
        assert str(member) == member.value == member
        assert json.dumps(member, ensure_ascii=False) == json.dumps(member.value, ensure_ascii=False)
        assert member.name.isupper() or not member.name.isalpha()
    with pytest.raises(ValueError):
        cls("\u0000 none of the list")
    # A FormRevision is read as a month: a text that is none is a WarekiError.
    refused = pia.WarekiError if cls is pia.FormRevision else pia.ParseChoiceError
    with pytest.raises(refused):
        cls.parse("\u0000 none of the list")


def test_real_world_spellings() -> None:
    band = pia.SubjectCountBand
    assert band("１０万人以上３０万人未満") is band.FROM_100K_TO_300K
    assert pia.Sufficiency("２）十分である") is pia.Sufficiency.SUFFICIENT
    assert pia.Severity("error") is pia.Severity.ERROR  # a text enum's key
    assert pia.normalize_label(" １）１，０００人以上１万人未満 ") == "1000人以上1万人未満"
    with pytest.raises(pia.ParseChoiceError, match="対象人数の選択肢ではありません"):
        band.parse("たくさん")
