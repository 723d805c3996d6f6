"""A write-ahead log left behind by a process that never closed is checkpointed when the collection opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import srs.db.engine as engine
from srs.service.collection import Collection


def size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def killed_after_writing(db: Path) -> None:
    """Open (importing the bundled decks) and exit without closing, as `kill -9` would leave it."""
    code = f"import os\nfrom srs.service.opening import open_collection\nopen_collection({str(db)!r})\nos._exit(0)\n"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_a_large_log_left_behind_is_checkpointed_on_open(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "c.db"
    killed_after_writing(db)
    before = size(db)
    assert size(Path(f"{db}-wal")) > 100_000, "the bundled decks are still in the log"
    monkeypatch.setattr(engine, "WAL_CHECKPOINT_BYTES", 100_000)
    col = Collection.open(db)
    try:
        assert size(db) > before, "opening copied the log into the database"
        with col.read() as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM notes").scalar() > 100
    finally:
        col.close()


def test_a_small_log_waits_for_the_next_close(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    killed_after_writing(db)
    before = size(db)
    col = Collection.open(db)  # the default threshold is far above what the bundled decks write
    try:
        assert size(db) == before
    finally:
        col.close()
    assert size(db) > before and size(Path(f"{db}-wal")) == 0


def test_close_copies_the_log_back_before_it_takes_the_write_lock(tmp_path: Path, monkeypatch) -> None:
    """Issue 22: a TRUNCATE checkpoint holds the write lock while it copies; an import's log copied that way made an
    answer in another process wait 50-80 ms. By the time close takes the lock, the log must be in the database."""
    import srs.service.collection as collection

    db = tmp_path / "c.db"
    killed_after_writing(db)  # the bundled decks are in the log, not yet in the database file
    before = size(db)
    at_lock: list[int] = []
    real = collection.checkpoint

    def spy(eng, mode: str = "PASSIVE") -> None:  # type: ignore[no-untyped-def]
        if mode == "TRUNCATE":
            at_lock.append(size(db))
        real(eng, mode)

    col = Collection.open(db)
    assert size(db) == before, "a small log waits for the close"
    monkeypatch.setattr(collection, "checkpoint", spy)
    col.close()
    assert at_lock and all(n > before for n in at_lock), (before, at_lock)
    assert size(Path(f"{db}-wal")) == 0, "and the log is truncated"
