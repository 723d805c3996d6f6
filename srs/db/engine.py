"""The SQLite engine: WAL, foreign keys, a busy timeout, explicit BEGIN modes."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from srs.db.read_only import read_only_uri
from srs.db.staged_notes import StagedNotes

BUSY_TIMEOUT_MS = 5_000
WAL_AUTOCHECKPOINT_PAGES = 0
WAL_CHECKPOINT_BYTES = 64 << 20  # a log this big at open is checkpointed first
SQLITE_MAGIC = b"SQLite format 3\x00"
IMPORT_CACHE_KIB = 32 << 10  # an import's page cache (SQLite's default is 2 MB)


def make_engine(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, read_only: bool = False) -> Engine:
    """An engine whose connections use WAL, enforce foreign keys and wait on locks.

    pysqlite's own transaction handling is switched off so that SQLAlchemy's
    ``begin`` emits the BEGIN itself: ``DEFERRED`` for reads and, with the
    execution option ``sqlite_begin="IMMEDIATE"``, a write lock up front, so two
    writers queue on the busy timeout instead of failing on a lock upgrade.

    ``read_only`` opens a database this process cannot write (``srs.db.read_only``):
    the journal mode is left as it is and SQLite refuses every write.
    """
    timeout = busy_timeout_ms / 1000
    if read_only:
        uri = read_only_uri(path)  # chosen once: every pooled connection opens the same way
        engine = create_engine(f"sqlite:///{path}", creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=timeout, check_same_thread=False))
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": timeout, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
            cursor.close()
            return
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # durable across process crashes in WAL mode
        # No automatic checkpoint inside a commit: it cost an answer 10-70 ms about
        # every hundred answers (profiled). The collection checkpoints at close and
        # between study-session answers instead (srs.service).
        cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        cursor.execute("PRAGMA trusted_schema = OFF")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def checkpoint(engine: Engine, mode: str = "PASSIVE") -> None:
    """Copy the write-ahead log into the database (never blocks on readers in PASSIVE mode)."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")
    except Exception:  # noqa: BLE001 - a busy or read-only database just keeps its WAL for later
        pass


def checkpoint_if_large(engine: Engine, path: Path, limit: int | None = None) -> None:
    """Checkpoint (PASSIVE) when the write-ahead log has grown past ``limit`` bytes: what
    processes that ended without closing (killed, crashed) left there, as automatic
    checkpoints are off."""
    try:
        size = Path(f"{path}-wal").stat().st_size
    except OSError:
        return
    if size > (WAL_CHECKPOINT_BYTES if limit is None else limit):
        checkpoint(engine)


def sqlite_connection(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under ``conn``, for the few statements where SQLAlchemy's
    statement building costs more than their work (the answer path, bulk imports)."""
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)  # None only once the pool has closed it
    return raw


def sqlite_cursor(conn: Connection) -> sqlite3.Cursor:
    return sqlite_connection(conn).cursor()


@contextmanager
def import_cache(conn: Connection, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """A larger page cache on ``conn`` for the block (then the size it had): an import in short
    transactions inserts into the notes' guid and key indexes at random places, and with SQLite's
    2 MB cache each transaction read most of their pages back (58 µs a note, 37 µs with 32 MB,
    in transactions of 350 notes). The cache fills only as pages are read."""
    raw = sqlite_connection(conn)
    before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # (a connection that cannot is closed with its cache)
            raw.execute(f"PRAGMA cache_size = {before}")


def checkpoint_on(conn: Connection) -> bool:
    """A PASSIVE checkpoint on a held connection, outside any transaction. It takes no write lock (a writer
    meanwhile goes on), and once the whole log is copied back the next transaction writes it from its start.
    True: the whole log was copied back (no reader held an older snapshot, no other checkpoint was busy)."""
    try:
        busy, frames, copied = sqlite_connection(conn).execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error:  # busy (another checkpoint): the log is copied next time
        return False
    return not busy and frames == copied


WAL_INDEX_VERSION = 3007000


def log_bytes(path: Path) -> int | None:
    """How long the database's write-ahead log is now: the frames in it times the page size, as the header of
    its index (the ``-shm`` file's first bytes, https://sqlite.org/walformat.html) counts them. The log file
    keeps its size once it is written again from its start, so its size says nothing. None: not known."""
    try:
        with open(f"{path}-shm", "rb") as fh:
            head = fh.read(20)
    except OSError:
        return None
    if len(head) < 20:
        return None
    version, _unused, _change, _init, _big_end, page, frames = struct.unpack("=IIIBBHI", head)
    if version != WAL_INDEX_VERSION:
        return None
    return frames * (65536 if page == 1 else page)


@contextmanager
def staged_on(conn: Connection) -> Iterator[StagedNotes]:
    """New notes staged in ``conn``'s TEMP tables for the block (``srs.db.staged_notes``), dropped after it."""
    staged = StagedNotes(sqlite_connection(conn))
    try:
        yield staged
    finally:
        with suppress(sqlite3.Error):  # (a connection that cannot is closed with its TEMP tables)
            staged.drop()


def detach_all(conn: Connection) -> None:
    """Detach every attached database (outside a transaction); a connection that
    cannot is invalidated, so the pool never hands out one with a stray attachment."""
    raw = sqlite_connection(conn)
    try:
        for _seq, name, _file in raw.execute("PRAGMA database_list").fetchall():
            if name not in ("main", "temp"):
                raw.execute(f'DETACH DATABASE "{name}"')
    except sqlite3.Error:
        conn.invalidate()


def writer(engine: Engine) -> Engine:
    """The same engine, taking the write lock when a transaction begins."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_MAGIC
