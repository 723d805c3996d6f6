"""Backups of a database file: whole or absent, never torn, never a leftover mistaken for one.

A backup is written to ``DEST.partial`` through SQLite's online backup API, flushed and
renamed to ``DEST`` only once complete. While it is written its process holds a lock
(``flock``) on the ``.partial`` file, so a ``.partial`` whose lock is free and that is
older than the running process was left by a killed backup: :func:`sweep_partials`
removes those beside the database, and a new backup to the same name replaces it.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from srs.core.errors import SrsError
from srs.core.scratch import STARTED
from srs.db.read_only import connect_read_only

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: leftovers are never judged abandoned
    fcntl = None  # type: ignore[assignment]  # no such module off POSIX; every use checks for None

PARTIAL = ".partial"


def _abandoned(partial: Path) -> bool:
    """True for a ``.partial`` file a dead backup left: made before this process started, its lock free."""
    if fcntl is None:
        return False
    try:
        if partial.stat().st_mtime >= STARTED:
            return False  # perhaps being made right now, its lock not yet taken
        fd = os.open(partial, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False  # a running backup holds it
    finally:
        os.close(fd)


def sweep_partials(db_path: Path) -> list[Path]:
    """Remove the ``DB.*.bak.partial`` files killed backups left beside ``db_path``; returns them."""
    removed = []
    try:
        candidates = [p for p in db_path.parent.iterdir()
                      if p.name.startswith(f"{db_path.name}.") and p.name.endswith(".bak" + PARTIAL)]
    except OSError:
        return []
    for partial in candidates:
        if _abandoned(partial):
            partial.unlink(missing_ok=True)
            removed.append(partial)
    return removed


def backup_file(path: Path, dest: Path) -> Path:
    """Consistent copy with SQLite's online backup API (safe while others write).

    Written to ``dest.partial``, flushed to disk and renamed: ``dest`` exists only once complete,
    so a kill half-way leaves a ``.partial`` file, never a torn backup that looks finished."""
    partial = dest.with_name(dest.name + PARTIAL)
    if partial.exists() and _abandoned(partial):
        partial.unlink(missing_ok=True)
    try:
        # Created here first, so a folder that cannot be written fails with its real cause
        # ("Read-only file system", "Permission denied"), not SQLite's "unable to open database file".
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        raise SrsError(f"a backup to {dest} is being written by another process; choose another name") from None
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)  # held until the rename: this .partial is alive
        src = connect_read_only(path, timeout=30)
        try:
            out = sqlite3.connect(partial)
            try:
                src.backup(out, pages=1024)
            finally:
                out.close()
        finally:
            src.close()
        os.fsync(fd)
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    return dest


def backup_path(path: Path, when: datetime | None = None) -> Path:
    """A fresh name beside ``path``: ``srs.db.20260302T090000Z.bak`` (``-2``, ``-3`` … if taken)."""
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    candidate, n = path.with_name(f"{path.name}.{stamp}.bak"), 1
    while candidate.exists() or candidate.with_name(candidate.name + PARTIAL).exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{stamp}-{n}.bak")
    return candidate
