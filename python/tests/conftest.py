"""Shared fixtures of the pytest suite of mynumber_pia."""

from __future__ import annotations

import datetime
import os
import pathlib

import pytest
from hypothesis import settings

import mynumber_pia as pia

# No per-example deadline: CI shares its cores with other builds, and a slow example is not a bug.
settings.register_profile("pia", deadline=None)
settings.load_profile("pia")

#: The repository's root (python/tests/ is two levels below it).
ROOT = pathlib.Path(__file__).resolve().parents[2]

#: The day the tests judge reports on: the crate reads no clock, so every test passes one.
AS_OF = datetime.date(2026, 11, 20)


@pytest.fixture(scope="session")
def full() -> pia.Report:
    """江戸川区 国民健康保険 全項目評価書 (the embedded 全項目 sample)."""
    return pia.Report.sample("edogawa-full")


@pytest.fixture(scope="session")
def seeds() -> pathlib.Path:
    """The published seed texts (env PIA_SEEDS, as the crate's tests read them)."""
    path = os.environ.get("PIA_SEEDS")
    if not path or not pathlib.Path(path).is_dir():
        pytest.skip("PIA_SEEDS is not set to the seed texts' folder")
    return pathlib.Path(path)
