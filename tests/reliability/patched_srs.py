"""Run the srs command line with one fault injected: ``python patched_srs.py ARGS``.

The fault is chosen by ``$SRS_FAULT``:

``max-pages=N``
    every srs connection gets ``PRAGMA max_page_count = N``: once the file
    would grow past N pages SQLite fails the write with SQLITE_FULL, exactly
    as on a full disk (portable: no mount or root needed).
``migration-raise`` / ``migration-ioerror`` / ``migration-kill``
    during a schema upgrade, right after the migration's first statement has
    run (inside the upgrade transaction): raise a RuntimeError, raise the
    OperationalError SQLite gives for an I/O error, or SIGKILL the process.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys


def _max_pages(n: int) -> None:
    from sqlalchemy import event

    import srs.db.engine as engine_mod
    import srs.db.migrate as migrate_mod

    original = engine_mod.make_engine

    def make_engine(path, **kw):  # type: ignore[no-untyped-def]
        engine = original(path, **kw)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.execute(f"PRAGMA max_page_count = {n}")

        return engine

    engine_mod.make_engine = make_engine
    migrate_mod.make_engine = make_engine


def _migration_fault(kind: str) -> None:
    from alembic.ddl.impl import DefaultImpl
    from sqlalchemy.exc import OperationalError

    original = DefaultImpl._exec
    fired = []

    def _exec(self, construct, *args, **kw):  # type: ignore[no-untyped-def]
        result = original(self, construct, *args, **kw)
        if not fired:
            fired.append(construct)
            sys.stderr.flush()
            if kind == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            if kind == "ioerror":
                raise OperationalError(str(construct), {}, sqlite3.OperationalError("disk I/O error"))
            raise RuntimeError("simulated crash in the middle of a migration")
        return result

    DefaultImpl._exec = _exec  # type: ignore[method-assign]


def _backup_kill() -> None:
    """SIGKILL in the middle of the pre-upgrade backup, after its first page is copied."""
    import srs.db.backups as backups_mod

    original = backups_mod.connect_read_only

    def connect_read_only(*args, **kw):  # type: ignore[no-untyped-def]
        con = original(*args, **kw)

        class Source:  # the read-only source connection, whose backup dies after one step
            def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
                return getattr(con, name)

            def backup(self, target, **_kw):  # type: ignore[no-untyped-def]
                def step(_status, _remaining, _total):  # type: ignore[no-untyped-def]
                    os.kill(os.getpid(), signal.SIGKILL)

                con.backup(target, pages=1, progress=step)

        return Source()

    backups_mod.connect_read_only = connect_read_only  # type: ignore[assignment]


def main() -> int:
    fault = os.environ.get("SRS_FAULT", "")
    if fault.startswith("max-pages="):
        _max_pages(int(fault.split("=", 1)[1]))
    elif fault == "backup-kill":
        _backup_kill()
    elif fault.startswith("migration-"):
        _migration_fault(fault.removeprefix("migration-"))
    elif fault:
        raise SystemExit(f"unknown SRS_FAULT {fault!r}")
    from srs.cli import main as srs_main

    return srs_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
