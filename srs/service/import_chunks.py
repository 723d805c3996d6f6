"""An import written in short transactions, sized by the time each holds the write lock, undone on failure.

A transaction that writes a big file's notes held SQLite's write lock for the
whole file, and every answer made meanwhile waited for it (issue #18 item 13).
:class:`ChunkedImport` writes in transactions of a few hundred rows instead,
growing or shrinking the next one so that each holds the lock about
``LOCK_TARGET_S``; the rows a transaction changes are first copied into an
undo journal (``srs.db.import_undo``), so the file is still all or nothing:
on failure (an error, SIGTERM) what was written is taken back, and after a
SIGKILL the next ``Collection.open`` takes it back (:func:`settle_leftover`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from time import perf_counter, sleep
from typing import Protocol

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from srs.core import scratch
from srs.core.errors import SrsError
from srs.db.engine import log_bytes, sqlite_connection, sqlite_cursor
from srs.db.import_undo import JOURNAL_NAME, Journal, UndoRows, stamp_source, unfinished
from srs.db.micros import to_micros


class Collection(Protocol):
    """What this module uses of ``srs.service.collection.Collection`` (which calls :func:`settle_leftover`
    when it opens: importing it here would make the two modules a cycle)."""

    @property
    def path(self) -> Path: ...
    @property
    def read_only(self) -> str | None: ...
    def read(self) -> AbstractContextManager[Session]: ...
    def write(self) -> AbstractContextManager[Session]: ...
    def held(self) -> AbstractContextManager[Connection]: ...
    def write_on(self, conn: Connection) -> AbstractContextManager[Session]: ...

LOCK_TARGET_S = 0.04  # each transaction aims at this much lock time: an answer waits at most about this
PAUSE_S = 0.03  # the most an import waits after a transaction (see ChunkedImport.write)
FIRST_ROWS = 200  # rows in the first transaction, before its time is known
MAX_ROWS = 5_000
WAL_LIMIT_BYTES = 64 << 20  # the log is checkpointed when it passes this, between two transactions (see write)


class ChunkedImport:
    """One file's import: :meth:`write` transactions of :meth:`rows` rows each, then :meth:`finish`."""

    def __init__(self, write: Callable[[], AbstractContextManager[Session]], journal: Journal, source_id: int,
                 checkpoint: Callable[[], bool] | None = None, log: Callable[[], int | None] | None = None) -> None:
        self._write = write
        self._checkpoint = checkpoint
        self._log = log  # the write-ahead log's length in bytes (None: not known)
        self._last_length = 0
        self._next_at = WAL_LIMIT_BYTES  # the log's length at which it is checkpointed next
        self.checkpoints = 0
        self.journal = journal
        self.source_id = source_id
        self._rows = FIRST_ROWS
        self._free_until = 0.0  # (perf_counter) the lock stays free until then: see write
        self.held_s: list[float] = []  # each transaction's lock time (for the bench and the tests)

    def rows(self) -> int:
        """How many rows the next transaction should write."""
        return self._rows

    def rest(self) -> None:
        """Wait for what is left of the pause after the last transaction (the time spent since counts:
        a 10 MB CSV slept 10 s in 340 pauses that its reading and planning could have filled)."""
        wait = self._free_until - perf_counter()
        if wait > 0:
            sleep(wait)

    @contextmanager
    def write(self, rows: int) -> Iterator[Session]:
        """One short write transaction of ``rows`` rows; its lock time sizes the next one."""
        self.rest()
        with self._write() as s:
            began = perf_counter()
            yield s
        ended = perf_counter()
        held = ended - began
        self.held_s.append(held)
        # A reviewer that found the lock taken sleeps in SQLite's busy handler, in steps about as long as it
        # has waited so far (1, 2, 5, 10, 15, 20, 25 ms ...): taken again at once, the lock would be taken
        # again before it wakes, transaction after transaction. A pause that long lets it in. The pause is
        # taken before the next transaction (rest), so reading and planning its rows is part of it.
        self._free_until = ended + min(held + 0.003, PAUSE_S)
        per_row = held / max(rows, 1)
        fits = int(LOCK_TARGET_S / per_row) if per_row > 0 else MAX_ROWS
        # at most twice the last: rows differ (200 narrow updates took 0.5 ms, the 1,900 after them 120 ms)
        self._rows = max(20, min(MAX_ROWS, 2 * max(rows, 20), fits))
        self._keep_log_short()

    def _keep_log_short(self) -> None:
        """Checkpoint the write-ahead log once it passes ``WAL_LIMIT_BYTES``. Each transaction writes every
        page it changed to the log, and new notes go into the guid and key indexes at random places: about
        two 4 KB pages a note, 4.7 GB of log for a 50 MB CSV when nothing copied it back until the end (the
        collection turns automatic checkpoints off). The import slowed as the log grew (74 s for 50 MB, 8 s
        for 10 MB), and the checkpoint at close copied it all. Copied back in time, the log is written again
        from its start. A PASSIVE checkpoint takes no write lock: an answer made meanwhile does not wait for
        it, and it is part of the pause after the transaction (rest). A reader holding an old snapshot keeps
        the log from being written again from its start: then the next try is one limit later."""
        if self._checkpoint is None or self._log is None:
            return
        length = self._log()
        if length is None:
            return
        if length < self._last_length:  # written again from its start
            self._next_at = WAL_LIMIT_BYTES
        self._last_length = length
        if length < self._next_at:
            return
        copied = self._checkpoint()
        self.checkpoints += 1
        # all copied: the next transaction writes the log from its start, and its length alone says when to
        # copy again (a longer transaction than the last one hides the restart from a look at lengths)
        self._next_at = WAL_LIMIT_BYTES if copied else length + WAL_LIMIT_BYTES


@contextmanager
def chunked_import(col: Collection, uri: str, fmt: str, now: datetime, *,
                   write: Callable[[], AbstractContextManager[Session]] | None = None,
                   check: Callable[[Session], None] | None = None,
                   checkpoint: Callable[[], bool] | None = None) -> Iterator[ChunkedImport]:
    """A :class:`ChunkedImport` of ``uri``, undone unless the block ends normally (the block's last
    transaction must record the source's hash, replacing the journal's token: that is what "finished" means).

    ``write``: where its transactions run (default ``col.write``). ``check`` runs first in the first
    one and may raise (a stale plan): nothing is written then. ``checkpoint``: copies the write-ahead
    log back, outside a transaction (``srs.db.engine.checkpoint_on`` on the connection ``write`` uses),
    when it grows long (:meth:`ChunkedImport._keep_log_short`)."""
    write = write or col.write
    folder = _scratch(col.path.parent)
    try:
        journal = Journal(col.path, folder)
    except sqlite3.Error as exc:
        scratch.remove(folder)
        raise SrsError(f"cannot write the import's undo journal beside the database ({exc}); nothing was imported") from exc
    keep = False
    try:
        with write() as s:  # the mark comes first, and the journal knows it before it commits
            if check is not None:
                check(s)
            cur = sqlite_cursor(s.connection())
            before = stamp_source(cur, uri, journal.token, fmt, to_micros(now))
            journal.started(uri, before)
        try:
            yield ChunkedImport(write, journal, before.source_id, checkpoint, lambda: log_bytes(col.path))
        except BaseException:
            keep = True  # until undone: a folder left behind is undone at the next open
            undo(col, journal.path)
            keep = False
            raise
    finally:
        journal.close()
        if not keep:
            scratch.remove(folder)


def _scratch(beside: Path) -> Path:
    try:
        return scratch.make(".import-", dir=beside)
    except OSError as exc:
        raise SrsError(f"cannot make the import's scratch folder in {beside} ({exc.strerror or exc}); "
                       "nothing was imported") from exc


def undo(col: Collection, journal: Path) -> None:
    """Take back what the journal's import wrote, in short transactions (each slice is idempotent)."""
    with col.held() as conn:
        rows = UndoRows(sqlite_connection(conn), journal)
        for step, keys in rows.steps():
            with col.write_on(conn) as s:
                rows.run(sqlite_cursor(s.connection()), step, keys)
        with col.write_on(conn) as s:
            rows.finish(sqlite_cursor(s.connection()))


def settle_leftover(col: Collection, folder: Path) -> bool:
    """A dead import's scratch folder: undo what it wrote if it had not finished. False: keep the folder."""
    journal = folder / JOURNAL_NAME
    if not journal.exists():
        return True
    if col.read_only:
        return False  # undone when the database is next opened writable
    try:
        with col.read() as s:
            if not unfinished(sqlite_cursor(s.connection()), journal):
                return True
        undo(col, journal)
    except Exception:  # noqa: BLE001 - busy now: the folder stays, and the next open tries again
        return False
    return True
