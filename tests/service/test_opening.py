"""Opening a collection: a new database gets the bundled decks once; Collection.open itself imports nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from srs.db.models import Note
from srs.service.collection import Collection
from srs.service.opening import open_collection


def notes(col: Collection) -> int:
    with col.read() as s:
        return int(s.scalar(select(func.count()).select_from(Note)) or 0)


def test_a_new_database_gets_the_bundled_decks_once(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with open_collection(db) as col:
        assert col.fresh
        first = notes(col)
    assert first > 100
    with open_collection(db) as col:
        assert not col.fresh
        assert notes(col) == first


def test_without_bundled_decks_a_new_database_is_empty(tmp_path: Path) -> None:
    with open_collection(tmp_path / "a.db", bundled=False) as col:
        assert col.fresh and notes(col) == 0
    with Collection.open(tmp_path / "b.db") as col:
        assert col.fresh and notes(col) == 0
