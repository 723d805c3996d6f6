"""A streamed CSV import: its pauses, a kill during a first import, an edited file imported again (issue #18).

The pause after each short transaction lets a reviewer waiting on the lock in; the
import now reads and plans the next transaction's rows during it and sleeps only
what is left (a 10 MB CSV slept 10 s in 340 pauses). The threshold for streaming
is lowered here (the ``streamed`` fixture) so that a small file takes the path a
10 MB one takes.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from srs.service import import_chunks
from srs.service.collection import Collection
from srs.service.importing import import_paths
from tests.service.test_import_chunks import KILLER, ROWS, csv_file, snapshot, streamed

__all__ = ["streamed"]  # (the fixture, autouse: every test here streams)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_the_pause_after_a_transaction_counts_the_work_done_since(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(import_chunks, "perf_counter", lambda: clock.now)
    monkeypatch.setattr(import_chunks, "sleep", clock.sleep)

    @contextmanager
    def write() -> Iterator[None]:
        yield None

    chunks = import_chunks.ChunkedImport(write, journal=None, source_id=1)  # type: ignore[arg-type]
    with chunks.write(200):
        clock.now += 0.020  # the transaction held the lock 20 ms: the lock stays free 23 ms after it
    assert clock.slept == []  # nothing slept yet: the pause is taken before the next transaction
    clock.now += 0.005  # reading and planning the next rows took 5 ms
    with chunks.write(200):
        assert clock.slept == [0.018]  # the rest of the pause
        clock.now += 0.020
    clock.now += 0.050  # planning took longer than the pause: no sleep at all
    with chunks.write(200):
        clock.now += 0.040
    chunks.rest()  # (before the import's last transaction)
    assert clock.slept == [0.018, 0.03]  # the pause is at most PAUSE_S, however long the transaction
    assert chunks.held_s == pytest.approx([0.020, 0.020, 0.040])


def notes_by_front(db: Path) -> dict[str, tuple[int, str, str, int]]:
    """front → (note id, back, content hash, modified at)."""
    with Collection.open(db) as col, col.read() as s:
        return {front: (note_id, back, content_hash, modified) for note_id, front, back, content_hash, modified in s.execute(
            text("SELECT id, front, back, content_hash, modified_at FROM notes WHERE source_id IS NOT NULL"))}


def test_an_edited_csv_imported_again_updates_the_notes_it_changed(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Every tenth answer changed and 500 rows added: those notes change in place (same note, same card, the
    review kept), the others are left as they were, the new rows are new notes."""
    monkeypatch.setenv("SRS_NOW", "2026-06-01T09:00:00+00:00")
    db = tmp_path / "srs.db"
    path = tmp_path / "big.csv"
    with Collection.open(db) as col:
        import_paths(col, [csv_file(path, ROWS)])
    before = notes_by_front(db)
    with Collection.open(db) as col, col.read() as s:
        cards = dict(s.execute(text("SELECT note_id, id FROM cards")).all())
    monkeypatch.setenv("SRS_NOW", "2026-06-02T09:00:00+00:00")
    with Collection.open(db) as col:
        (fr,) = import_paths(col, [csv_file(path, ROWS, revised=True)]).files
    assert (fr.status, fr.new, fr.updated, fr.unchanged) == ("imported", 500, ROWS // 10, ROWS - ROWS // 10), fr.error
    after = notes_by_front(db)
    assert len(after) == ROWS + 500
    for k in range(ROWS):
        note_id, back, content_hash, modified = after[f"question {k}"]
        assert note_id == before[f"question {k}"][0]
        if k % 10 == 0:
            assert back == f"answer {k} (revised)" and content_hash != before[f"question {k}"][2]
            assert modified > before[f"question {k}"][3]
        else:
            assert (note_id, back, content_hash, modified) == before[f"question {k}"]
    with Collection.open(db) as col, col.read() as s:
        assert {n: c for n, c in s.execute(text("SELECT note_id, id FROM cards")) if n in cards} == cards
    assert after["extra 7"][1] == "value 7"


def test_a_first_import_killed_between_transactions_leaves_nothing(tmp_path: Path) -> None:
    """SIGKILL after two transactions of a first import committed (notes, cards, the source, a new deck): the next
    open takes them all back."""
    db = tmp_path / "srs.db"
    Collection.open(db).close()
    before = snapshot(db)
    path = csv_file(tmp_path / "big.csv", ROWS)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    killed = subprocess.run([sys.executable, "-c", KILLER, str(db), str(path), "4", "SIGKILL"], env=env, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    with closing(sqlite3.connect(db)) as raw:  # (plain SQLite: opening a Collection would undo it)
        halfway = raw.execute("SELECT count(*) FROM notes WHERE source_id IN"
                              " (SELECT id FROM sources WHERE uri LIKE '%big.csv')").fetchone()[0]
    assert halfway > 0  # part of the import was committed
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from srs.service.collection "
                    "import Collection; Collection.open(Path(sys.argv[1])).close()", str(db)], env=env, check=True)
    assert snapshot(db) == before
    assert not list(tmp_path.glob(".import-*"))
