"""import_text(), import_bytes(), import_pdf(): a published 評価書 read into a draft."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mynumber_pia as pia


def test_rendered_markdown_imports_back(full: pia.Report) -> None:
    draft = pia.import_text(full.render_markdown())
    assert draft.report.form is pia.AssessmentKind.FULL
    assert draft.shape == "markdown"
    assert draft.values and {"pointer", "lines", "confidence"} <= draft.values[0].keys()
    assert draft.trace == {"values": draft.values, "unread": draft.unread}
    assert isinstance(draft.warnings, list)
    assert draft.summary().startswith("全項目評価書（Markdown）")


def test_seed_text_of_the_full_form(seeds: pathlib.Path) -> None:
    path = sorted(seeds.glob("000_*"))[0]
    by_bytes = pia.import_bytes(path.read_bytes())
    by_text = pia.import_text(path.read_text(encoding="utf-8"))
    assert by_bytes.report == by_text.report
    assert by_bytes.report.form is pia.AssessmentKind.FULL
    assert len(by_bytes.values) > 100


def test_shift_jis_bytes(full: pia.Report) -> None:
    text = full.render_markdown()
    assert pia.decode(text.encode("cp932", "ignore"))[1] == "Shift_JIS (CP932)"
    assert pia.import_bytes(text.encode("cp932", "ignore")).report.form is pia.AssessmentKind.FULL


@pytest.mark.parametrize("text", ["", "  \n", "議事録\n出席者 5名"])
def test_not_a_report(text: str) -> None:
    with pytest.raises(pia.TextImportError):
        pia.import_text(text)


def test_binary_bytes_and_bad_pdfs(tmp_path: pathlib.Path) -> None:
    with pytest.raises(pia.TextImportError):
        pia.import_bytes(bytes(range(256)) * 4)
    with pytest.raises(pia.PdfError, match="PDF ではありません"):
        pia.import_pdf(b"not a pdf")
    with pytest.raises(pia.PdfError):
        pia.import_pdf(b"%PDF-1.4\n" + b"\x00" * 100)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF")
    with pytest.raises(pia.PdfError):
        pia.import_pdf(broken)
    with pytest.raises(FileNotFoundError):
        pia.import_pdf(tmp_path / "missing.pdf")
    with pytest.raises(TypeError):
        pia.import_pdf(3.5)  # type: ignore[arg-type]


@settings(max_examples=50)
@given(st.binary(max_size=300))
def test_any_bytes_import_or_raise_text_import_error(data: bytes) -> None:
    try:
        pia.import_bytes(data)
    except pia.TextImportError:
        pass


@settings(max_examples=50)
@given(st.text(max_size=300).map(lambda t: "特定個人情報保護評価書（全項目評価書）\n" + t))
def test_any_text_after_a_title_imports(text: str) -> None:
    draft = pia.import_text(text)
    assert draft.report.form is pia.AssessmentKind.FULL


def test_shape_text_gives_the_lines_the_importer_reads() -> None:
    shaped = pia.shape_text("特 定 個 人 情 報 保 護 評 価 書\n- 1 -\n本文\n")
    assert shaped["lines"] == [(1, "特定個人情報保護評価書"), (3, "本文")]
    assert shaped["furniture"] == [{"lines": [2, 2], "kind": "page_mark"}]
    assert shaped["rules"] == ["shape.spaced_kanji", "shape.page_mark"]
    assert pia.shape_text("") == {"lines": [], "furniture": [], "rules": []}


def test_the_review_page_of_a_draft(full: pia.Report) -> None:
    text = full.render_markdown()
    draft = pia.import_text(text)
    page = draft.review_html(text)
    assert page.startswith("<!DOCTYPE html>")
    assert "取込みの確認" in page
    assert f'id="L{len(text.splitlines())}"' in page
    assert 0 <= draft.unread_chars(text) <= len(text)


def test_a_gap_of_the_import() -> None:
    cut = pia.Report.example(pia.AssessmentKind.FULL).render_markdown()
    cut = cut[: cut.index("Ⅲ　")]
    draft = pia.import_text(cut)
    # Nothing of chapter Ⅲ was read; the cover's number was.
    assert draft.gap("full.risk_measures.file_names") == {"gap": "absent"}
    assert draft.gap("cover.number") is None
    with pytest.raises(ValueError):
        draft.gap("files[")


def test_a_change_list_onto_its_report() -> None:
    onto = pia.Report.example(pia.AssessmentKind.FULL)
    text = (
        "変更または追記した箇所\tページ\t事由等\n"
        "Ⅰ 基本情報\n"
        "7. 評価実施機関における担当部署\n"
        "②所属長の役職名\t架空課長\t4\t架空の組織改正\n"
    )
    draft = pia.import_change_list(text, onto)
    row = draft.report.changes[-1]
    assert row["after"] == "架空課長"
    assert row["explanation"] == "架空の組織改正"
    assert len(draft.report.changes) == len(onto.changes) + 1
    with pytest.raises(pia.TextImportError):
        pia.import_change_list("議事録", onto)


def _text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer is ``lines``, each character named in its font's
    ToUnicode map as written (a radical where ``lines`` has one), as tests/common/pdf.rs makes it."""
    chars = sorted(set("".join(lines)))
    code = {c: i + 1 for i, c in enumerate(chars)}
    content = "".join(
        f"BT /F1 10 Tf 1 0 0 1 40 {800 - 20 * i} Tm <{''.join(f'{code[c]:04X}' for c in line)}> Tj ET\n"
        for i, line in enumerate(lines)
    )
    entries = "".join(f"<{code[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>\n" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{len(chars)} beginbfchar\n{entries}endbfchar\n"
        "endcmap\nCMapName currentdict /CIDInit /ProcSet findresource pop end end\n"
    )

    def stream(text: str) -> str:
        return f"<< /Length {len(text.encode())} >>\nstream\n{text}\nendstream"

    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        stream(content),
        "<< /Type /Font /Subtype /Type0 /BaseFont /Invented /Encoding /Identity-H"
        " /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Invented /CIDSystemInfo"
        " << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /FontDescriptor 7 0 R >>",
        "<< /Type /FontDescriptor /FontName /Invented /Flags 4 /FontBBox [0 -120 1000 880]"
        " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
        stream(cmap),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


OPENING = [
    "特定個人情報保護評価書（基礎項目評価書）",
    "評価書番号 1",
    "評価書名 架空の事務 基礎項目評価書",
    "評価実施機関名 架空市長",
    "公表日 令和6年4月1日",
    "[令和6年10月 様式2]",
    "Ⅰ 関連情報",
    "１．特定個人情報ファイルを取り扱う事務",
    "①事務の名称 住民の架空の事務",
]


def test_a_pdf_whose_reader_mapped_radicals_back_warns_iw008() -> None:
    radicals = [line.replace("人", "\u2f08").replace("民", "\u2ea0") for line in OPENING]
    plain = pia.import_pdf(_text_pdf(OPENING))
    mapped = pia.import_pdf(_text_pdf(radicals))
    assert pia.pdf_text(_text_pdf(radicals)) == pia.pdf_text(_text_pdf(OPENING))
    assert mapped.report == plain.report
    assert all(w["code"] != "IW008" for w in plain.warnings)
    assert mapped.warnings[:-1] == plain.warnings
    assert mapped.warnings[-1] == {
        "code": "IW008",
        "message": "異体字・互換文字 3 文字を通常の文字に置き換えました",
    }
