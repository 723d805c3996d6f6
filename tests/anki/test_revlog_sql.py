"""The package's review log is copied by SQLite from the caller's database, every answer kept."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from srs.anki import ExportCard, ExportNote, write_apkg
from srs.anki.collection_sql import SCHEMA_11
from srs.anki.revlog_sql import REVIEW_COLUMNS, ReviewSource, copy_reviews, map_cards

T = 1_750_000_000_000  # ms


def source_db(path: Path, rows: list[tuple]) -> Path:
    con = sqlite3.connect(path)
    con.execute(f"CREATE TABLE answers ({REVIEW_COLUMNS})")
    # rows without the state after, due and difficulty: an answer logged before FSRS
    con.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [row + (None,) * (11 - len(row)) for row in rows])
    con.commit()
    con.close()
    return path


def package_db() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA_11)
    return db


def test_answers_are_mapped_to_package_cards_and_anki_columns(tmp_path: Path) -> None:
    src = source_db(tmp_path / "src.db", [
        (7, T * 1000 + 999, 3, 4200, 0, 0, 0),  # new card answered Good: a learning entry
        (7, (T + 86_400_000) * 1000, 1, 90_000, 3, 0, 2),  # review lapsed, answer time over Anki's cap
        (8, (T + 5) * 1000, 9, -4, 12, 3, 3),  # rating and time out of range; relearning
        (99, (T + 7) * 1000, 3, 1000, 1, 0, 2),  # a card that is not exported
    ])
    db = package_db()
    map_cards(db, [(7, 1001), (8, 1002)])
    copy_reviews(db, ReviewSource("SELECT * FROM src.answers", src))
    rows = db.execute("SELECT id, cid, usn, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id").fetchall()
    assert rows == [
        (T, 1001, 0, 3, 0, 0, 0, 4200, 0),
        (T + 5, 1002, 0, 4, 12, 3, 2500, 0, 2),
        (T + 86_400_000, 1001, 0, 1, 3, 0, 2500, 60_000, 1),
    ]
    assert db.execute("PRAGMA database_list").fetchall()[-1][1] != "src", "the source is detached again"


def test_answers_in_the_same_millisecond_all_survive_with_unique_ids(tmp_path: Path) -> None:
    src = source_db(tmp_path / "src.db", [
        (1, T * 1000, 3, 1000, 1, 0, 2),
        (2, T * 1000 + 10, 3, 1000, 1, 0, 2),  # same ms, another card
        (2, T * 1000 + 10, 3, 1000, 1, 0, 2),  # the same answer logged twice
        (3, (T + 1) * 1000, 4, 500, 4, 1, 2),  # the next ms is taken too
        (1, (T + 50) * 1000, 2, 800, 2, 1, 2),
    ])
    db = package_db()
    map_cards(db, [(1, 11), (2, 12), (3, 13)])
    copy_reviews(db, ReviewSource("SELECT * FROM src.answers", src))
    rows = db.execute("SELECT id, cid, usn FROM revlog ORDER BY id").fetchall()
    assert len(rows) == 5 and len({r[0] for r in rows}) == 5
    assert sorted(r[1] for r in rows) == [11, 11, 12, 12, 13]
    assert [r[0] for r in rows] == [T, T + 1, T + 2, T + 3, T + 50]  # moved to the next free milliseconds
    assert {r[2] for r in rows} == {0}, "clash counters are reset"


def test_a_failing_review_copy_fails_the_export_and_leaves_nothing(tmp_path: Path) -> None:
    src = source_db(tmp_path / "src.db", [])
    note = ExportNote(guid="g", template="basic", front="Q?", back="A", cards=(ExportCard(0, key=1),))
    out = tmp_path / "out" / "x.apkg"
    out.parent.mkdir()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        write_apkg(out, [note], with_scheduling=True, now=datetime(2026, 1, 1, tzinfo=UTC),
                   reviews=ReviewSource("SELECT * FROM src.missing", src))
    assert list(out.parent.iterdir()) == []


def test_a_learning_step_past_the_rollover_is_logged_in_days_as_anki_does(tmp_path: Path) -> None:
    crt = 1_750_000_000 - 1_750_000_000 % 86_400 + 4 * 3600  # a 04:00 rollover (UTC)
    before = (crt + 86_400 - 300) * 1_000_000  # five minutes before the next rollover
    src = source_db(tmp_path / "src.db", [
        (1, before, 1, 1000, 0, 0, 0, 1, before + 60_000_000, 6.4),  # 1m step: fits before the rollover
        (2, before, 1, 1000, 0, 0, 2, 3, before + 600_000_000, 7.2),  # 10m relearning step: crosses it
        (1, before + 60_000_000, 3, 1000, 0, 0, 1, 1, before + 660_000_000, 6.3, 60_000_000),  # the next step
    ])
    db = package_db()
    map_cards(db, [(1, 11), (2, 12)])
    copy_reviews(db, ReviewSource("SELECT * FROM src.answers", src), crt)
    rows = db.execute("SELECT cid, ivl, lastIvl, factor FROM revlog ORDER BY id, cid").fetchall()
    assert rows == [(11, -60, 0, 700), (12, 1, 0, 789), (11, 1, -60, 689)]
