"""A big import keeps SQLite's write-ahead log short, and its new notes, staged before each short transaction,
are the rows one long transaction writes (issues #18 and #22).

Every short transaction writes the pages it changed to the log; a first import puts each note into the guid and
key indexes at random places, so the log grew by about two pages a note and was copied back only at the end
(4.7 GB for a 50 MB CSV, and the import slowed as it grew). It is now checkpointed between transactions.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from srs.anki import ExportCard, ExportNote, write_apkg
from srs.service import import_anki_store, import_apply, import_chunks, importing_anki
from srs.service.collection import Collection
from srs.service.importing import import_paths
from tests.service.test_import_chunks import SNAPSHOT, csv_file, lock_times, snapshot

ROWS = 20_000
EDITED_ROWS = 6_000
CHECKPOINTED_AT = 256 << 10  # the log's limit in these tests (64 MB in use): a 20,000-row file passes it often


@pytest.fixture(autouse=True)
def streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importing_anki, "PLANNED_TEXT_BYTES", 10_000)
    monkeypatch.setenv("SRS_NOW", "2026-06-01T09:00:00+00:00")


def log_bytes(db: Path) -> int:
    wal = Path(f"{db}-wal")
    return wal.stat().st_size if wal.exists() else 0


def first_import(tmp_path: Path, name: str) -> tuple[int, list[list[tuple[object, ...]]]]:
    """The log file's size after a first import of ROWS notes (before the collection closes), and the rows."""
    db = tmp_path / f"{name}.db"
    with Collection.open(db) as col:
        (fr,) = import_paths(col, [csv_file(tmp_path / "big.csv", ROWS)]).files
        assert (fr.status, fr.new) == ("imported", ROWS), fr.error
        size = log_bytes(db)
    return size, snapshot(db)


def test_a_long_first_import_keeps_the_log_short(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # transactions of 500 rows at most: one of 5,000 rows alone writes about 3 MB of log, and how many rows
    # fit the lock target depends on the machine's speed (a bound near one transaction's pages was flaky)
    monkeypatch.setattr(import_chunks, "MAX_ROWS", 500)
    monkeypatch.setattr(import_chunks, "WAL_LIMIT_BYTES", 1 << 40)  # as before: copied back at the end only
    unbounded, rows_before = first_import(tmp_path, "before")
    monkeypatch.setattr(import_chunks, "WAL_LIMIT_BYTES", CHECKPOINTED_AT)
    checkpoints: list[int] = []
    real = import_chunks.ChunkedImport._keep_log_short

    def counted(self: import_chunks.ChunkedImport) -> None:
        real(self)
        checkpoints.append(self.checkpoints)

    monkeypatch.setattr(import_chunks.ChunkedImport, "_keep_log_short", counted)
    bounded, rows_after = first_import(tmp_path, "after")
    assert max(checkpoints) >= 2
    assert unbounded > 16 * CHECKPOINTED_AT, "the file is too small to show anything"
    # (over the limit by at most about one transaction's pages: it is checked between transactions)
    assert bounded < unbounded / 10, (bounded, unbounded)
    assert rows_after == rows_before  # the same notes, cards, links, ids and positions


def test_a_log_written_again_from_its_start_is_copied_back_at_the_limit_again() -> None:
    """Once a checkpoint copied the whole log back, the next transaction writes it from its start: it is copied
    again when that transaction alone passes the limit, even if it wrote more than the one before it (the log
    grew to two transactions' pages when only a shorter log was taken for a restart). A checkpoint that could
    not copy everything (a reader's old snapshot) waits for the log to grow by the limit again."""
    limit = import_chunks.WAL_LIMIT_BYTES
    lengths = [limit // 2, limit + 10, limit + 20, limit + 30, 2 * limit + 20, 2 * limit + 50]
    copies = iter([True, True, False, True])
    log: list[int] = []
    made: list[int] = []

    def checkpoint() -> bool:
        made.append(log[-1])
        return next(copies)

    chunks = import_chunks.ChunkedImport(lambda: None, None, 1, checkpoint, lambda: log[-1])  # type: ignore[arg-type,return-value]
    for length in lengths:  # the log's length after each transaction
        log.append(length)
        chunks._keep_log_short()
    # restarted and longer each time -> copied each time; not all copied -> next at its length plus the limit
    assert made == [limit + 10, limit + 20, limit + 30, 2 * limit + 50]


KILLER = """
import os, signal, sys
from pathlib import Path
from srs.service import import_chunks, importing_anki
from srs.service.collection import Collection
from srs.service.importing import import_paths
importing_anki.PLANNED_TEXT_BYTES = 10_000
import_chunks.WAL_LIMIT_BYTES = int(sys.argv[4])
real = import_chunks.ChunkedImport.write
done = []
def write(self, rows):
    done.append(1)
    if self.checkpoints >= 2 and len(done) >= int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, rows)
import_chunks.ChunkedImport.write = write
with Collection.open(Path(sys.argv[1])) as col:
    import_paths(col, [Path(sys.argv[2])])
"""


def test_a_first_import_killed_after_checkpoints_is_taken_back(tmp_path: Path) -> None:
    """Its transactions were copied into the database file before the kill: the next open still takes them back."""
    db = tmp_path / "srs.db"
    Collection.open(db).close()
    before = snapshot(db)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    killed = subprocess.run([sys.executable, "-c", KILLER, str(db), str(csv_file(tmp_path / "big.csv", ROWS)), "4",
                             str(CHECKPOINTED_AT)], env=env, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert snapshot(db) != before and list(tmp_path.glob(".import-*/undo.db"))  # half an import, its journal kept
    # the next open (another process: this one started before the folder was made, its sweep leaves it)
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from srs.service.collection "
                    "import Collection; Collection.open(Path(sys.argv[1])).close()", str(db)], env=env, check=True)
    assert snapshot(db) == before
    assert not list(tmp_path.glob(".import-*"))
    with Collection.open(db) as col, col.read() as s:
        assert s.execute(text("SELECT count(*) FROM notes WHERE guid LIKE 'txt:%'")).scalar() == 0


NOW = datetime(2026, 3, 2, tzinfo=UTC)
FULL = (*SNAPSHOT,
        "SELECT id, key, kind, template, reverse, fields, tags, line, created_at FROM notes ORDER BY id",
        "SELECT id, state, due, reps, flag, created_at FROM cards ORDER BY id")


def package(path: Path, notes: int) -> Path:
    """Basic and reversed notes in three decks; some cards suspended or flagged in Anki."""
    write_apkg(path, [ExportNote(
        guid=f"n{k}", template="basic", front=f"front {k}", back=f"back {k}", deck=("A", "B::C", "D")[k % 3],
        reverse=k % 4 == 0, tags=("t",) if k % 5 == 0 else (), modified=NOW,
        cards=tuple(ExportCard(ordinal=o, suspended=k % 7 == 0, flag=(k + o) % 3) for o in ((0, 1) if k % 4 == 0 else (0,))),
    ) for k in range(notes)], with_scheduling=True, now=NOW)
    return path


def test_staged_new_notes_are_the_rows_one_transaction_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package's new notes moved in from staging, transaction after transaction, get the ids, decks, card
    positions, suspensions and flags that writing them all at once gives (the one-transaction path is the
    one a few rows take)."""
    pkg = package(tmp_path / "p.apkg", 3_000)
    dumps = []
    for name, small in (("chunked", import_apply.SMALL_PLAN_ROWS), ("one", 1 << 40)):
        monkeypatch.setattr(import_anki_store, "SMALL_PLAN_ROWS", small)
        db = tmp_path / f"{name}.db"
        with Collection.open(db) as col:
            held = lock_times(col)
            (fr,) = import_paths(col, [pkg]).files
            assert (fr.status, fr.new) == ("imported", 3_000), fr.error
        assert (len(held) > 3) == (name == "chunked")
        with Collection.open(db) as col, col.read() as s:
            dumps.append([[tuple(r) for r in s.execute(text(sql))] for sql in FULL])
    chunked, one = dumps
    assert chunked == one
    cards = chunked[-1]
    assert sum(1 for c in cards if c[4]) > 100  # flags came through
    assert sum(1 for c in chunked[1] if c[5]) > 100  # and suspensions


def test_a_reimport_of_an_edited_csv_changes_exactly_the_edited_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every tenth answer edited and 500 rows added, imported in short transactions: the edited notes change,
    keeping their ids and cards; no other note is touched; the new ones come after them."""
    db = tmp_path / "srs.db"
    path = tmp_path / "big.csv"
    notes = "SELECT id, front, back, modified_at FROM notes WHERE guid LIKE 'anki:txt:%' ORDER BY id"
    cards = "SELECT id, note_id, position FROM cards ORDER BY id"
    with Collection.open(db) as col:
        import_paths(col, [csv_file(path, EDITED_ROWS)])
        with col.read() as s:
            before, cards_before = (list(map(tuple, s.execute(text(sql)))) for sql in (notes, cards))
        monkeypatch.setenv("SRS_NOW", "2026-06-02T09:00:00+00:00")
        (fr,) = import_paths(col, [csv_file(path, EDITED_ROWS, revised=True)]).files
        assert (fr.status, fr.new, fr.updated, fr.unchanged) == ("imported", 500, EDITED_ROWS // 10, EDITED_ROWS - EDITED_ROWS // 10), fr.error
        with col.read() as s:
            after, cards_after = (list(map(tuple, s.execute(text(sql)))) for sql in (notes, cards))
    assert len(after) == EDITED_ROWS + 500 and after[:EDITED_ROWS] != before
    changed = [(b, a) for b, a in zip(before, after[:EDITED_ROWS], strict=True) if a != b]
    assert [b[1] for b, _ in changed] == [f"question {k}" for k in range(0, EDITED_ROWS, 10)]
    assert all(a[0] == b[0] and a[2] == f"{b[2]} (revised)" and a[3] > b[3] for b, a in changed)
    assert cards_after[:len(cards_before)] == cards_before  # the same cards, ids and order
    assert min(a[0] for a in after[EDITED_ROWS:]) > max(b[0] for b in before)


def test_a_reader_holding_a_snapshot_does_not_make_every_transaction_checkpoint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader (an open review screen) that keeps its snapshot keeps the log from being written again from its
    start: the import then checkpoints each time the log has grown by the limit again, not after every
    transaction, and still imports everything."""
    import sqlite3

    monkeypatch.setattr(import_chunks, "WAL_LIMIT_BYTES", 16 * CHECKPOINTED_AT)
    monkeypatch.setattr(import_chunks, "MAX_ROWS", 500)  # transactions of 500 rows at most: 40 of them
    imports: list[import_chunks.ChunkedImport] = []
    real = import_chunks.ChunkedImport.__init__

    def init(self: import_chunks.ChunkedImport, *args, **kw) -> None:
        real(self, *args, **kw)
        imports.append(self)

    monkeypatch.setattr(import_chunks.ChunkedImport, "__init__", init)
    db = tmp_path / "srs.db"
    Collection.open(db).close()
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM notes").fetchone() == (0,)  # its snapshot, held
        with Collection.open(db) as col:
            (fr,) = import_paths(col, [csv_file(tmp_path / "big.csv", ROWS)]).files
            assert (fr.status, fr.new) == ("imported", ROWS), fr.error
            length = log_bytes(db)
        assert reader.execute("SELECT count(*) FROM notes").fetchone() == (0,)  # still its snapshot
    finally:
        reader.close()
    (chunks,) = imports
    assert len(chunks.held_s) >= 40
    assert 1 <= chunks.checkpoints <= length // (16 * CHECKPOINTED_AT) + 1 < len(chunks.held_s) // 2, (
        chunks.checkpoints, length, len(chunks.held_s))
