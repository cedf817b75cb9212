"""法令上の根拠 (legal basis) through parse_legal_basis()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mynumber_pia as pia


def test_citations_in_canonical_style() -> None:
    basis = pia.parse_legal_basis("番号利用法第19条第８号に基づく主務省令第２条の表の１３、１６の項")
    assert basis.text.startswith("番号利用法")
    assert basis.citations and all(isinstance(c, str) for c in basis.citations)
    assert basis.cites_article_19_8
    assert basis.canonical() == sorted(set(basis.canonical()))
    assert [text for text, _, _ in basis.spans] == basis.citations
    for _, start, end in basis.spans:
        assert 0 <= start < end <= len(basis.text)
    data = basis.to_dict()
    assert data["text"] == basis.text and len(data["citations"]) == len(basis.citations)


def test_same_meaning_across_spellings() -> None:
    a = pia.parse_legal_basis("番号法第9条第1項 別表の16の項")
    b = pia.parse_legal_basis("番号法第９条第１項　別表１６の項")
    assert a.same_meaning(b)
    assert a != b  # different texts


def test_unparsed_notes_are_kept() -> None:
    basis = pia.parse_legal_basis("住民基本台帳法第30条の9  別表第1項番73の2(J-LIS照会による本人確認)")
    assert basis.unparsed == ["(J-LIS照会による本人確認)"]


def test_empty_text_raises() -> None:
    with pytest.raises(pia.LegalBasisError, match="法令上の根拠が空です"):
        pia.parse_legal_basis("　 ")


@given(st.text(max_size=60))
def test_any_text_parses_or_raises_legal_basis_error(text: str) -> None:
    try:
        basis = pia.parse_legal_basis(text)
    except pia.LegalBasisError:
        return
    basis.to_dict()
    _ = basis.spans, basis.canonical(), basis.is_pre_2024_regime
