"""Open an untrusted SQLite file (an extracted Anki collection) safely.

Read-only and immutable (no journal or WAL files are created or replayed),
``trusted_schema`` off, an authorizer that only lets reads through, and a
schema check that refuses triggers, views and virtual tables before any
query touches user data.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from .model import PackageError

SQLITE_MAGIC = b"SQLite format 3\x00"

_ALLOWED_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION}
_ALLOWED_PRAGMAS = {"trusted_schema", "query_only", "database_list", "table_info"}
_ALLOWED_FUNCTIONS = {"count", "max", "min", "length", "lower", "substr", "coalesce", "typeof", "json_valid",
                      "json_extract"}


def _authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_PRAGMA:
        return sqlite3.SQLITE_OK if (arg1 or "").lower() in _ALLOWED_PRAGMAS else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_OK if (arg2 or "").lower() in _ALLOWED_FUNCTIONS else sqlite3.SQLITE_DENY
    if action in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def open_readonly(path: Path, required: dict[str, tuple[str, ...]]) -> sqlite3.Connection:
    """A read-only connection to ``path`` after checking its schema.

    ``required`` maps table names to columns that must exist.
    """
    with open(path, "rb") as f:
        if f.read(16) != SQLITE_MAGIC:
            raise PackageError("the collection inside the package is not an SQLite database")
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    try:
        db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as e:
        raise PackageError(f"cannot open the collection: {e}") from None
    try:
        db.execute("PRAGMA trusted_schema=OFF")
        db.execute("PRAGMA query_only=ON")
        db.set_authorizer(_authorizer)
        _check_schema(db, required)
    except sqlite3.DatabaseError as e:
        db.close()
        raise PackageError(f"the collection is corrupt: {e}") from None
    except PackageError:
        db.close()
        raise
    return db


def _check_schema(db: sqlite3.Connection, required: dict[str, tuple[str, ...]]) -> None:
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    tables = set()
    for kind, name, _tbl, sql in rows:
        if kind in ("trigger", "view"):
            raise PackageError(f"the collection contains a {kind} ({name!r}); refusing to open it")
        if kind == "table" and sql and "virtual" in sql.split("(")[0].lower():
            raise PackageError(f"the collection contains a virtual table ({name!r})")
        if kind == "table":
            tables.add(name.lower())
    attached = [r[1] for r in db.execute("PRAGMA database_list") if r[1] not in ("main", "temp")]
    if attached:
        raise PackageError(f"the collection has an attached database ({attached[0]!r})")
    for table, columns in required.items():
        if table not in tables:
            raise PackageError(f"the collection has no {table!r} table")
        have = {r[1].lower() for r in db.execute(f'PRAGMA table_info("{table}")')}
        missing = [c for c in columns if c.lower() not in have]
        if missing:
            raise PackageError(f"the collection's {table!r} table has no {missing[0]!r} column")
