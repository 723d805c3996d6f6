"""A collection: one database file, opened, migrated and ready for use cases."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from srs.core import clock, scratch
from srs.core.consts import (
    DEFAULT_DAY_START_HOUR,
    DEFAULT_FUZZ,
    DEFAULT_LEARNING_STEPS,
    DEFAULT_LEECH_THRESHOLD,
    DEFAULT_MAXIMUM_INTERVAL,
    DEFAULT_NEW_PER_DAY,
    DEFAULT_PRESET,
    DEFAULT_RELEARNING_STEPS,
    DEFAULT_RETENTION,
    DEFAULT_REVIEWS_PER_DAY,
)
from srs.core.errors import SrsError
from srs.core.printable import clean_name
from srs.db.engine import checkpoint, checkpoint_if_large, detach_all, writer
from srs.db.location import DbLocation, media_dir, resolve
from srs.db.migrate import open_database, open_read_only
from srs.db.models import Deck, Preset
from srs.db.quick_read import Run, sql_runner
from srs.db.read_only import UnwritableDatabase


class LockedError(SrsError):
    pass


def _say_nothing(_message: str) -> None:
    return None


class Collection:
    """The entry point of the service layer.

    ``Collection.open()`` finds the database (``--db``, ``$SRS_DB``,
    ``$SRS_HOME``, the user data dir) and upgrades its schema. ``fresh`` says it
    was created just now: srs.service.opening.open_collection then imports the
    bundled decks so a first run has cards (this module imports no importer).
    """

    def __init__(self, path: Path, engine: Engine, *, say: Callable[[str], None] = _say_nothing,
                 read_only: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.say = say
        self.read_only = read_only  # why this process cannot write the database, when it cannot
        self._writer = writer(engine)
        self.fresh = False  # the database was created by this open

    @classmethod
    def open(
        cls,
        db: str | Path | None = None,
        *,
        say: Callable[[str], None] = _say_nothing,
        reads_only: bool = False,
    ) -> Collection:
        """``reads_only``: the caller never writes, so a database it cannot write (read-only
        media, someone else's file) is opened for reading instead of refused."""
        location: DbLocation = resolve(db)
        try:
            engine, fresh = open_database(location.path, say=say)
        except UnwritableDatabase as exc:
            if not reads_only:
                raise
            col = cls(location.path, open_read_only(location.path, exc.cause), say=say, read_only=exc.cause)
            scratch.sweep(tempfile.gettempdir(), "srs-anki-")
            return col
        checkpoint_if_large(engine, location.path)
        col = cls(location.path, engine, say=say)
        col.sweep_scratch()
        col.ensure_defaults()
        col.fresh = fresh
        return col

    def sweep_scratch(self) -> None:
        """Remove what imports killed before they could clean up left: ``.import-*`` beside the
        database, ``srs-anki-*`` in the temp folder (only folders no running import holds)."""
        from srs.service.import_chunks import settle_leftover  # (it writes through this class)

        scratch.sweep(self.path.parent, ".import-", settle=lambda folder: settle_leftover(self, folder))
        scratch.sweep(tempfile.gettempdir(), "srs-anki-")

    def close(self) -> None:
        # PASSIVE first: it copies the log back without the write lock, so an answer made meanwhile in another
        # process does not wait; TRUNCATE then holds the lock only for what was written since (a 2 MB import's
        # log held it 50-80 ms when TRUNCATE copied it all).
        checkpoint(self.engine, "PASSIVE")
        checkpoint(self.engine, "TRUNCATE")
        self.engine.dispose()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def media_dir(self) -> Path:
        return media_dir(self.path)

    def now(self) -> datetime:
        return clock.now()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            with _locked_as_error(self.path):
                yield session

    @contextmanager
    def read_sql(self) -> Iterator[Run]:
        """One read transaction as a plain-SQL runner: the deck counts and the stats are written
        once, in SQL, and run on this or on a plain sqlite3 snapshot (srs.service.reading)."""
        with self.read() as s:
            yield sql_runner(s.connection())

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): all of it commits, or none.

        A database ATTACHed inside it is detached after it (SQLite detaches
        only outside a transaction), before the connection goes back to the pool.
        """
        self._refuse_if_read_only()
        with _locked_as_error(self.path), self._writer.connect() as conn:
            try:
                with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                    yield session
            finally:
                detach_all(conn)

    @contextmanager
    def write_conn(self) -> Iterator[Connection]:
        """A Core connection in one write transaction (BEGIN IMMEDIATE), for hot paths."""
        self._refuse_if_read_only()
        with _locked_as_error(self.path):
            with self._writer.connect() as conn, conn.begin():
                yield conn

    @contextmanager
    def held(self) -> Iterator[Connection]:
        """One pooled connection for several transactions (``read_on``, ``write_on``): an
        import stages its rows in this connection's TEMP tables, private to it and written
        without any lock on the database, between its read and its write."""
        self._refuse_if_read_only()
        with _locked_as_error(self.path), self.engine.connect() as conn:
            try:
                yield conn
            finally:
                detach_all(conn)

    @contextmanager
    def read_on(self, conn: Connection) -> Iterator[Session]:
        """A read transaction (a consistent snapshot) on a held connection."""
        with _locked_as_error(self.path), Session(bind=conn, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write_on(self, conn: Connection) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE) on a held connection: all of it commits, or none."""
        conn.execution_options(sqlite_begin="IMMEDIATE")
        try:
            with _locked_as_error(self.path), Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            conn.execution_options(sqlite_begin="DEFERRED")

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise UnwritableDatabase(self.path, f"{self.read_only}; nothing was changed")

    def ensure_defaults(self) -> None:
        with self.read() as s:
            if s.scalar(select(Preset.id).where(Preset.name == DEFAULT_PRESET)) is not None:
                return  # nothing to write: a read-only or busy database still opens
        with self.write() as s:
            if s.scalar(select(Preset.id).where(Preset.name == DEFAULT_PRESET)) is None:
                s.add(Preset(
                    name=DEFAULT_PRESET, desired_retention=DEFAULT_RETENTION, parameters=None,
                    learning_steps=list(DEFAULT_LEARNING_STEPS), relearning_steps=list(DEFAULT_RELEARNING_STEPS),
                    maximum_interval=DEFAULT_MAXIMUM_INTERVAL, new_per_day=DEFAULT_NEW_PER_DAY,
                    reviews_per_day=DEFAULT_REVIEWS_PER_DAY, day_start_hour=DEFAULT_DAY_START_HOUR,
                    leech_threshold=DEFAULT_LEECH_THRESHOLD, fuzz=DEFAULT_FUZZ,
                ))


@contextmanager
def _locked_as_error(path: Path) -> Iterator[None]:
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as exc:
        text = str(getattr(exc, "orig", None) or exc)
        if "locked" in text or "busy" in text:
            raise LockedError(f"{path} is locked by another srs process (waited 5 s); try again") from exc
        if "readonly" in text or "read-only" in text:
            raise SrsError(f"cannot write to {path}: it is read-only; nothing was changed") from exc
        if "full" in text:
            raise SrsError(f"the disk holding {path} is full; nothing was changed") from exc
        if "disk I/O error" in text or "unable to open" in text:
            raise SrsError(f"cannot write to {path} ({text}); nothing was changed") from exc
        raise


def get_or_create_deck(session: Session, name: str) -> Deck:
    """The deck ``name`` (``A::B::C``), created with its parents if missing (control characters dropped)."""
    name = normalize_deck_name(clean_name(name))
    parts = name.split("::")
    preset_id = session.scalar(select(Preset.id).where(Preset.name == DEFAULT_PRESET))
    deck = None
    for i in range(1, len(parts) + 1):
        path = "::".join(parts[:i])
        deck = session.scalar(select(Deck).where(Deck.name == path))
        if deck is None:
            parent_preset = preset_id
            deck = Deck(name=path, preset_id=parent_preset)
            session.add(deck)
            session.flush()
        preset_id = deck.preset_id
    assert deck is not None
    return deck


def normalize_deck_name(name: str) -> str:
    parts = [p.strip() for p in name.split("::")]
    parts = [p for p in parts if p]
    if not parts:
        raise SrsError(f"{name!r} is not a deck name")
    return "::".join(parts)
