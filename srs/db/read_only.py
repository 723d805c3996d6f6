"""A database srs may only read: why it cannot write it, and how to open it for reading anyway.

On read-only media (a CD, a read-only mount, ``chattr +i``, someone else's file) the
commands that only read still work: they open the file with SQLite's ``mode=ro``, or,
where SQLite cannot make the shared-memory file it needs beside a WAL database (its
folder is not writable), with ``immutable=1`` too, which reads the file without locks.
Nothing can write there, so there are no writers to coordinate with.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from srs.core.errors import SrsError


class UnwritableDatabase(SrsError):
    """The database exists but this process cannot write it; ``cause`` is the operating system's reason."""

    def __init__(self, path: Path, cause: str) -> None:
        super().__init__(f"cannot write to {path}: {cause}")
        self.path, self.cause = path, cause


def _reason(exc: OSError) -> str:
    text = (exc.strerror or str(exc)).lower()
    if exc.errno == errno.EPERM:  # what root meets on an immutable file: say what usually causes it
        return f"{text} (is it immutable? see lsattr)"
    return text


def write_blocker(path: Path) -> str | None:
    """Why this process cannot write the database file ``path`` or create its journal files
    beside it (the operating system's words: "read-only file system", "permission denied"),
    or None when it can. Nothing is written: the file is opened for appending and closed,
    and the folder is probed only once ``access`` has said no."""
    if not os.access(path, os.W_OK):
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_APPEND))
        except OSError as exc:
            return _reason(exc)
    if not os.access(path.parent, os.W_OK):
        try:
            fd, probe = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.probe-")
        except OSError as exc:
            return f"its folder {path.parent} is not writable ({_reason(exc)})"
        os.close(fd)
        os.unlink(probe)
    return None


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` and can never write it.

    ``mode=ro`` first: it still sees what a concurrent writer commits. Where that cannot
    open (a WAL database whose folder is read-only), ``immutable=1`` — unless the
    write-ahead log beside it holds changes, which immutable mode would silently skip."""
    base = f"file:{quote(str(path.absolute()))}?mode=ro"
    try:
        con = sqlite3.connect(base, uri=True, timeout=5)
        try:
            con.execute("PRAGMA schema_version").fetchone()
            return base
        finally:
            con.close()
    except sqlite3.OperationalError:
        pass  # cannot open: see below
    except sqlite3.DatabaseError:
        return base  # opens, but is damaged: the caller's first read says so in its own words
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise SrsError(f"cannot read {path}: its changes in {wal.name} cannot be read where the folder is "
                       "read-only; open it once where it is writable")
    return f"{base}&immutable=1"


def connect_read_only(path: Path, *, timeout: float = 30) -> sqlite3.Connection:
    """A connection that reads ``path`` (see ``read_only_uri``), with writes refused by SQLite."""
    con = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout, check_same_thread=False)
    con.execute("PRAGMA query_only = ON")
    return con
