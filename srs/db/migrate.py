"""Open a database the way a trusted tool does: check, back up, upgrade.

* A file that is a directory, unwritable, or not SQLite is refused; an unwritable
  one that is already at head can still be opened to read (``open_read_only``).
* A database stamped with a revision this srs does not know (made by a newer
  srs) is refused before anything is written to it.
* A database with data that needs an upgrade is first copied to a timestamped
  backup beside it (SQLite online backup API), then upgraded to head, both under
  the write lock: of several processes opening it at once, one backs up and
  upgrades, and the others find it done.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from srs.core.bundle import migrations_dir
from srs.core.errors import SrsError
from srs.db.backups import backup_file, backup_path, sweep_partials
from srs.db.deck_card_counts import is_foreign
from srs.db.engine import looks_like_sqlite, make_engine, writer
from srs.db.read_only import UnwritableDatabase, connect_read_only, write_blocker
from srs.db.revisions import heads, revision_graph

if TYPE_CHECKING:
    from alembic.config import Config


class DatabaseError(SrsError):
    pass


UPGRADE_WAIT_MS = 120_000  # how long a process waits for another's backup and upgrade


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    found = heads(revision_graph())
    if len(found) != 1:
        raise DatabaseError(f"this srs installation has {len(found)} migration heads; reinstall srs")
    return found.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    parent = path.parent
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseError(f"cannot read {path}: permission denied")
        if path.stat().st_size and not looks_like_sqlite(path):
            raise DatabaseError(f"{path} is not an SQLite database")
        cause = write_blocker(path)
        if cause:
            raise UnwritableDatabase(path, cause)
        return
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create folder {parent}: {exc.strerror or exc}") from exc
    try:
        path.touch(exist_ok=True)  # an empty file is a valid, empty SQLite database
    except OSError as exc:
        raise DatabaseError(f"cannot create {path}: {exc.strerror or exc}") from exc


def read_state(path: Path) -> tuple[str | None, bool]:
    """(current revision, has data) read through a read-only connection. A database at this srs's head
    revision counts as having data: it is a collection, and no caller asks more of it."""
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    try:
        con = connect_read_only(path, timeout=5)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open {path}: {exc}") from exc
    try:
        objects = con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
        tables = {name for kind, name, _sql in objects if kind == "table"}
        foreign = [f"{kind} {name!r}" for kind, name, sql in objects if is_foreign(kind, name, sql)]
        if tables and "alembic_version" not in tables:
            raise DatabaseError(
                f"{path} is an SQLite database of another program (tables: {', '.join(sorted(tables)[:4])}), "
                "not an srs database; srs will not change it")
        if foreign:  # srs makes none but its deck counts': such an object could rewrite or delete data behind our back
            raise DatabaseError(f"{path} contains a {foreign[0]} that srs did not create; refusing to open it")
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if revision is not None and revision == head_revision():
            return revision, True  # at this srs's schema: nothing is created or upgraded, so no need to look for rows
        has_data = any(
            con.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()
            for t in tables
            if t != "alembic_version" and not t.startswith("sqlite_")
        )
        return revision, has_data
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a usable SQLite database: {exc}") from exc
    finally:
        con.close()


def open_database(path: Path, *, say: Callable[[str], None] = lambda _m: None) -> tuple[Engine, bool]:
    """Check, back up if needed, upgrade to head; return the engine and whether it is new."""
    _check_path(path)
    sweep_partials(path)
    current, has_data = read_state(path)
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            f"{path} has schema revision {current}, newer than this srs knows (head {head}); "
            "upgrade srs to open it"
        )
    engine = make_engine(path)
    if current != head:
        backups: list[Path] = []
        try:
            _upgrade_once(path, say, backups)
        except Exception as exc:  # noqa: BLE001 - every failure gets the same clear advice
            engine.dispose()
            if isinstance(exc, DatabaseError) and "locked" in str(exc):
                raise
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if isinstance(exc, DatabaseError):
                reason = str(exc)
            if not backups:
                raise DatabaseError(f"creating the schema in {path} failed: {reason}") from exc
            raise DatabaseError(
                f"upgrading {path} from schema {current or 'none'} to {head} failed ({reason}); the upgrade was rolled back. "
                f"To restore the copy taken before it: cp '{backups[0]}' '{path}'"
            ) from exc
    return engine, current is None and not has_data


def _upgrade_once(path: Path, say: Callable[[str], None], backups: list[Path]) -> None:
    """Back up (when there is data) and upgrade to head, holding the write lock throughout.

    Several processes may open an old database at once: each waits for the lock, and
    looks again at the revision once it holds it, so only the one that upgrades backs up
    (a waiter finds head and does nothing). The wait is long, as a backup and upgrade of a
    large collection take seconds. ``backups`` receives the backup taken, if any."""
    lock_engine = make_engine(path, busy_timeout_ms=UPGRADE_WAIT_MS)
    try:
        with writer(lock_engine).begin() as conn:
            current, has_data = read_state(path)  # a reader beside our lock: WAL lets it in
            if current == head_revision():
                return  # another process upgraded while we waited
            if has_data:
                backups.append(backup_file(path, backup_path(path)))
                say(f"Backed up {path.name} to {backups[0]} before upgrading its schema.")
            _run_upgrade(conn, "head")
    except OperationalError as exc:
        raise _named(exc, path) from exc
    finally:
        lock_engine.dispose()


def open_read_only(path: Path, cause: str) -> Engine:
    """An engine that only reads ``path``, which this process cannot write (``cause``): it must
    already be an srs database at this srs's schema, as nothing can be created or upgraded."""
    current, has_data = read_state(path)
    head = head_revision()
    if current is None and not has_data:
        raise UnwritableDatabase(path, f"{cause}; it has no srs collection yet, and none can be created")
    if current != head:
        newer = current not in known_revisions()
        raise UnwritableDatabase(path, f"{cause}; its schema {current} is {'newer than this srs knows' if newer else 'older'} "
                                       f"and needs {'a newer srs' if newer else 'an upgrade to ' + head}, which cannot be written")
    return make_engine(path, read_only=True)


def upgrade(engine: Engine, path: Path, revision: str = "head") -> None:
    try:
        with engine.begin() as conn:
            _run_upgrade(conn, revision)
    except OperationalError as exc:
        raise _named(exc, path) from exc


def _run_upgrade(conn: Connection, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def _named(exc: OperationalError, path: Path) -> DatabaseError:
    if "locked" in str(exc.orig):
        return DatabaseError(f"{path} is locked by another process; try again when it is done")
    return DatabaseError(f"upgrading {path} failed: {exc.orig}")
