"""Bulk loads drop a table's indexes for the load and leave them exactly as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from srs.db.bulk import indexes_rebuilt_after


def _db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("""
        CREATE TABLE logs (id INTEGER PRIMARY KEY, card INTEGER NOT NULL, at INTEGER NOT NULL, UNIQUE (card, at));
        CREATE INDEX ix_logs_at ON logs (at);
        CREATE INDEX ix_logs_card_at ON logs (card, at DESC);
    """)
    return db


def _indexes(db: sqlite3.Connection) -> list[tuple[str, str]]:
    return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'logs' ORDER BY name").fetchall()


def test_indexes_come_back_and_serve_queries(tmp_path: Path) -> None:
    db = _db(tmp_path / "b.db")
    before = _indexes(db)
    db.execute("BEGIN")
    with indexes_rebuilt_after(db.cursor(), "logs"):
        assert [n for n, _ in _indexes(db)] == ["sqlite_autoindex_logs_1"], "only the UNIQUE constraint's index stays"
        db.executemany("INSERT INTO logs (card, at) VALUES (?, ?)", [(i % 97, i) for i in range(5000)])
    db.execute("COMMIT")
    assert _indexes(db) == before
    plan = " ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN SELECT id FROM logs WHERE at BETWEEN 10 AND 20"))
    assert "ix_logs_at" in plan


def test_a_failed_load_rolls_the_indexes_back_with_the_rows(tmp_path: Path) -> None:
    db = _db(tmp_path / "b.db")
    before = _indexes(db)
    db.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError):
        with indexes_rebuilt_after(db.cursor(), "logs"):
            db.executemany("INSERT INTO logs (card, at) VALUES (?, ?)", [(1, 5), (1, 5)])
    db.execute("ROLLBACK")
    assert _indexes(db) == before
    assert db.execute("SELECT count(*) FROM logs").fetchone()[0] == 0


def test_an_index_led_by_a_kept_column_stays_through_the_load(tmp_path: Path) -> None:
    db = _db(tmp_path / "b.db")
    before = _indexes(db)
    db.execute("BEGIN")
    with indexes_rebuilt_after(db.cursor(), "logs", keep=("card",)):
        assert [n for n, _ in _indexes(db)] == ["ix_logs_card_at", "sqlite_autoindex_logs_1"]
        db.executemany("INSERT INTO logs (card, at) VALUES (?, ?)", [(i // 50, i) for i in range(5000)])
    db.execute("COMMIT")
    assert _indexes(db) == before
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
