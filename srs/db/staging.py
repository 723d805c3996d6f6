"""TEMP tables an import fills before it takes the write lock (srs.db.import_rows, srs.db.staged_notes).

Rows are read, planned and numbered into this connection's TEMP tables while other processes
keep writing; the short write transaction then moves them in with ``INSERT … SELECT``. Staging
takes no lock on the database (TEMP tables live in the connection's own temp database).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager


@contextmanager
def staging(raw: sqlite3.Connection, create: Iterable[str], tables: Iterable[str]) -> Iterator[sqlite3.Cursor]:
    """A cursor over the TEMP ``tables`` (made by the ``create`` statements, emptied), in a transaction of
    its own unless one is open (the last try of an import stages inside its write transaction)."""
    cur = raw.cursor()
    own = not raw.in_transaction
    if own:
        cur.execute("BEGIN")
    try:
        for sql in create:
            cur.execute(sql)
        for table in tables:
            cur.execute(f"DELETE FROM temp.{table}")
        yield cur
        if own:
            cur.execute("COMMIT")
    except BaseException:
        if own:
            cur.execute("ROLLBACK")
        raise
