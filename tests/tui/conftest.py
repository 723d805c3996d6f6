"""Fixtures for the TUI tests: a fixed clock, a small collection, a pilot helper."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from srs.service.collection import Collection

from .tui_data import build

NOW = "2026-03-02T09:00:00+00:00"


@pytest.fixture(autouse=True)
def _fixed_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SRS_HOME", str(tmp_path / "srs-home"))
    monkeypatch.delenv("SRS_DB", raising=False)
    monkeypatch.setenv("SRS_NOW", NOW)
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("EDITOR", "true")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    c = Collection.open(tmp_path / "t.db")
    build(c, tmp_path / "notes")
    yield c
    c.close()


@pytest.fixture
def answered_col(col: Collection) -> Collection:
    """``col`` after a session's first three answers: Good, Again, Easy (all three new cards then)."""
    from srs.core.consts import Rating
    from srs.service.reviewing import Study

    study = Study(col)
    for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY):
        card = study.next_card()
        assert card is not None
        study.answer(card.id, rating, 1000, expected_reps=card.reps)
    return col


@pytest.fixture
def empty_col(tmp_path: Path) -> Iterator[Collection]:
    c = Collection.open(tmp_path / "empty.db")
    yield c
    c.close()
