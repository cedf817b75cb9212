"""mynumber_pia: Japan's My Number privacy impact assessment (特定個人情報保護評価) as typed data.

The Rust crate ``mynumber-pia`` for Python. Every 事務 (affair) that keeps a file of My Numbers
(a 特定個人情報ファイル, SPI file) is assessed and reported in a 評価書 (assessment report) of
one of three forms: 基礎項目評価書 (basic, 様式2), 重点項目評価書 (focused, 様式3) or
全項目評価書 (full, 様式4). This package:

- ``decide(subjects=..., handlers=..., serious_incident=...)``: しきい値判断 (threshold
  determination), the assessment a 事務 must undergo, with its grounds (規則, 指針);
- ``parse_date``, ``parse_wareki``, ``format_wareki``, ``era_of``: 和暦 (Japanese-calendar) dates;
- ``parse_legal_basis``: 法令上の根拠 (legal basis) texts as citations;
- ``Report``: a 評価書 from JSON, a file, an embedded sample; ``validate`` gives findings (指摘);
  ``render_html`` / ``render_markdown`` print it as its form;
- ``compare(old, new)``: changes, each 重要な変更 (significant) or not, with 提出時期 (timing);
- ``obligations`` and ``Register``: dated duties and the 計画管理書 (register), with iCalendar;
- ``import_text``, ``import_bytes``, ``import_pdf``: a published 評価書 read into a ``Draft``;
- ``generate(form=..., seed=..., defect=...)``: test fixtures, valid or with one known defect.

Choices are ``enum.Enum`` classes (also ``str``) whose values are the form's labels. Errors are
``PiaError`` (a ``ValueError``) subclasses whose message is the crate's one line. Dates are
``datetime.date``; the package reads no clock: pass ``as_of``.
"""

from . import _native
from ._native import *  # noqa: F403

__all__ = [name for name in dir(_native) if not name.startswith("_")]
__version__ = "0.1.0"
