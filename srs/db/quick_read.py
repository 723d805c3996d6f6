"""A plain ``sqlite3`` snapshot of a database that is ready to read, for commands that only read.

Opening a collection the full way (srs.db.migrate) imports SQLAlchemy, which alone costs a
cold ``srs decks`` several times the 250 ms it may take. A read needs none of it when the
database is already what the full open would leave: an srs database at this srs's schema
head, with its default preset. ``snapshot`` opens such a database read-only (SQLite refuses
any write) in one read transaction; for anything else (no file yet, an older schema, a
damaged or foreign file) it gives None, and the caller opens the full way, which creates,
upgrades or names the problem as it always has.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from srs.core.errors import SrsError
from srs.db.deck_card_counts import is_foreign
from srs.db.read_only import connect_read_only
from srs.db.revisions import heads, revision_graph

Run = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]  # (SQL with ? placeholders, parameters) → rows


def sql_runner(conn: Any) -> Run:
    """A Run on a SQLAlchemy connection (its rows are tuples)."""
    def run(sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return cast("list[tuple[Any, ...]]", conn.exec_driver_sql(sql, params).all())
    return run


def _regexp(pattern: str, value: str | None) -> bool | None:
    """``value REGEXP pattern`` as SQLAlchemy's SQLite dialect defines it for the collection's connections."""
    return None if value is None else re.search(pattern, value) is not None


def _sqlite_runner(con: sqlite3.Connection) -> Run:
    def run(sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return con.execute(sql, params).fetchall()
    return run
BUSY_TIMEOUT_S = 5  # as the full open waits for a writer's lock


def _ready(con: sqlite3.Connection, default_preset: str) -> bool:
    """At this srs's schema head, nothing foreign in it, and the default preset there."""
    objects = con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    if any(is_foreign(kind, name, sql) for kind, name, sql in objects):
        return False  # the full open refuses these: let it say so
    if "alembic_version" not in {name for kind, name, _sql in objects if kind == "table"}:
        return False
    head = heads(revision_graph())
    stamp = con.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(head) != 1 or [row[0] for row in stamp] != list(head):
        return False
    return con.execute("SELECT 1 FROM presets WHERE name = ?", (default_preset,)).fetchone() is not None


@contextmanager
def snapshot(path: Path, default_preset: str) -> Iterator[Run | None]:
    """Yield a function running read-only SQL on ``path`` in one consistent snapshot, or None
    when the database is not ready to read without the full open (see the module docstring)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            con = None
        else:
            con = connect_read_only(path, timeout=BUSY_TIMEOUT_S)
    except (OSError, sqlite3.Error, SrsError):  # the full open names the problem in its own words
        con = None
    if con is None:
        yield None
        return
    try:
        con.isolation_level = None
        con.create_function("regexp", 2, _regexp, deterministic=True)  # as the full open's connections have them
        con.create_function("floor", 1, math.floor, deterministic=True)
        try:
            con.execute("BEGIN")  # every query below sees the same committed state
            ready = _ready(con, default_preset)
        except sqlite3.Error:
            ready = False
        if not ready:
            yield None
            return
        yield _sqlite_runner(con)
    finally:
        con.close()
