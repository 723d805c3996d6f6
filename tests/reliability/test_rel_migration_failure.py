"""A schema upgrade that fails or is killed half-way loses nothing.

tests/db/test_migrations.py proves every earlier revision upgrades with its
rows; this is the other half. A database filled through srs (notes, cards,
answers) is downgraded to each earlier revision, then opened by the real CLI
with a fault injected right after the migration's first statement ran
(tests/reliability/patched_srs.py): a Python error, SQLite's I/O error, or
SIGKILL. Afterwards the database is intact at its old revision, the backup
srs announced before upgrading exists and holds every row, and a normal run
upgrades it.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from srs.db.engine import make_engine
from srs.db.migrate import alembic_config, head_revision
from srs.service.collection import Collection
from srs.service.reviewing import Study
from tests.reliability.dbstate import checkpoint, essentials, make_review_db, snapshot
from tests.reliability.plain_driver import srs_argv

RUNNER = Path(__file__).with_name("patched_srs.py")
EARLIER = [r.revision for r in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))][:-1]
BACKUP_LINE = re.compile(r"Backed up \S+ to (\S+) before upgrading")


def old_database(tmp_path: Path, revision: str) -> Path:
    """A database with notes, cards and answers, at schema ``revision``."""
    db = tmp_path / "old.db"
    make_review_db(db, 30, deck="Old")
    col = Collection.open(db)
    try:
        study, rng = Study(col), random.Random(5)
        for _ in range(12):
            card = study.next_card()
            assert card is not None
            study.answer(card.id, rng.randint(1, 4), expected_reps=card.reps)
    finally:
        col.close()
    engine = make_engine(db)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    engine.dispose()
    checkpoint(db)
    return db


def revision_of(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def run_with_fault(db: Path, fault: str, *args: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(srs_argv(db, *args, runner=RUNNER), capture_output=True, text=True, timeout=120,
                          env={**os.environ, "SRS_FAULT": fault})


def announced_backup(stderr: str) -> Path:
    match = BACKUP_LINE.search(stderr)
    assert match, f"srs did not say where the backup is: {stderr!r}"
    return Path(match.group(1))


@pytest.mark.parametrize(("revision", "fault"), [
    pytest.param(rev, fault, id=f"{fault}-from-{rev}", marks=() if rev == EARLIER[-1] else pytest.mark.slow)
    for rev in EARLIER for fault in ("raise", "ioerror", "kill")
])  # the newest earlier revision always; older ones in the slow run
def test_failed_upgrade_keeps_database_and_backup(tmp_path: Path, revision: str, fault: str) -> None:
    db = old_database(tmp_path, revision)
    before, data = snapshot(db), essentials(db)
    out = run_with_fault(db, f"migration-{fault}", "decks")
    if fault == "kill":
        assert out.returncode == -signal.SIGKILL, (out.returncode, out.stderr)
    else:
        assert out.returncode == 1, (out.returncode, out.stderr)
        assert "Traceback" not in out.stderr
        assert out.stderr.strip().splitlines()[-1].startswith("srs: error:"), out.stderr
    # the database rolled back to exactly what it was
    assert revision_of(db) == revision
    assert snapshot(db) == before
    # the backup taken before the upgrade holds every row at the old revision
    backup = announced_backup(out.stderr)
    assert backup.exists() and revision_of(backup) == revision
    assert snapshot(backup) == before
    # restoring the backup works: a copy of it opens and upgrades to head
    restored = tmp_path / "restored.db"
    restored.write_bytes(backup.read_bytes())
    ok = subprocess.run(srs_argv(restored, "db", "check", "--json"), capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert essentials(restored) == data, "rows lost or changed when upgrading the restored backup"
    # and the original, run again without the fault, upgrades in place
    again = subprocess.run(srs_argv(db, "db", "check", "--json"), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stdout + again.stderr
    assert revision_of(db) == head_revision() and essentials(db) == data


@pytest.mark.parametrize("fault", ["raise", "ioerror"])
def test_failed_upgrade_tells_how_to_restore(tmp_path: Path, fault: str) -> None:
    db = old_database(tmp_path, EARLIER[-1])
    out = run_with_fault(db, f"migration-{fault}", "decks")
    backup = announced_backup(out.stderr)
    error = out.stderr.strip().splitlines()[-1]
    assert error.startswith("srs: error:") and "(run with --debug" not in error, error
    assert str(backup) in error and "restore" in error.lower(), error


def test_kill_during_the_pre_upgrade_backup_leaves_no_torn_backup(tmp_path: Path) -> None:
    """The backup is written to a .partial file and renamed when complete: killed half-way, no file
    named .bak exists that is not a whole database (it was written in place, torn, before #18)."""
    db = old_database(tmp_path, EARLIER[-1])
    before = snapshot(db)
    out = run_with_fault(db, "backup-kill", "decks")
    assert out.returncode == -signal.SIGKILL, (out.returncode, out.stderr)
    assert list(tmp_path.glob("*.bak")) == [], "a torn backup looks finished"
    assert revision_of(db) == EARLIER[-1] and snapshot(db) == before
    again = subprocess.run(srs_argv(db, "decks"), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    [backup] = tmp_path.glob("*.bak")
    assert revision_of(backup) == EARLIER[-1] and snapshot(backup) == before
