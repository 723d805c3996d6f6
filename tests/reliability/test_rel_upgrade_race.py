"""Opening an old database from several processes at once (issue 18 item 11), and backups' leftovers.

Only the process that upgrades writes a pre-upgrade backup; the others wait for its lock and find
the schema at head. A ``.partial`` file a killed backup left is never named like a backup and is
removed by the next srs that opens the database, unless a live backup still holds its lock.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from srs.db.migrate import head_revision
from tests.reliability.dbstate import snapshot
from tests.reliability.plain_driver import srs_argv
from tests.reliability.test_rel_migration_failure import EARLIER, old_database, revision_of, run_with_fault

# Imports srs first, then waits for the starting gun, so that every process reaches the database together.
STARTER = (
    "import os, sys, time\n"
    "from srs.cli import main\n"
    "while not os.path.exists(sys.argv[1]):\n"
    "    time.sleep(0.002)\n"
    "sys.exit(main(sys.argv[2:]))\n"
)
# Holds a lock on a file, as a running backup holds its .partial, until killed.
HOLDER = (
    "import fcntl, os, sys, time\n"
    "fd = os.open(sys.argv[1], os.O_RDWR)\n"
    "fcntl.flock(fd, fcntl.LOCK_EX)\n"
    "print('held', flush=True)\n"
    "time.sleep(600)\n"
)


def test_of_several_processes_opening_an_old_database_only_the_upgrader_backs_it_up(tmp_path: Path) -> None:
    db = old_database(tmp_path, EARLIER[-1])
    before = snapshot(db)
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", STARTER, str(go), *srs_argv(db, "decks", "--json")[3:]],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    time.sleep(3)  # every interpreter has started and imported srs
    go.touch()
    results = [(p.wait(timeout=180), *p.communicate()) for p in procs]
    assert [code for code, _, _ in results] == [0] * 4, [err for _, _, err in results]
    announced = [err for _, _, err in results if "Backed up" in err]
    backups = list(tmp_path.glob("*.bak"))
    assert len(backups) == 1 and len(announced) == 1, (backups, [err for _, _, err in results])
    assert str(backups[0]) in announced[0]
    assert revision_of(backups[0]) == EARLIER[-1] and snapshot(backups[0]) == before
    assert revision_of(db) == head_revision()
    assert len({out for _, out, _ in results}) == 1  # all four saw the same decks
    assert not list(tmp_path.glob("*.partial"))


def test_a_killed_backups_partial_file_is_removed_by_the_next_open(tmp_path: Path) -> None:
    db = old_database(tmp_path, EARLIER[-1])
    out = run_with_fault(db, "backup-kill", "decks")
    assert out.returncode == -signal.SIGKILL, out.stderr
    [partial] = tmp_path.glob("*.partial")
    assert partial.name.startswith("old.db.") and partial.name.endswith(".bak.partial")
    assert not list(tmp_path.glob("*.bak"))  # never named like a finished backup
    again = subprocess.run(srs_argv(db, "decks"), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert not partial.exists() and len(list(tmp_path.glob("*.bak"))) == 1


def test_a_partial_file_a_live_backup_holds_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    assert subprocess.run(srs_argv(db, "decks"), capture_output=True, timeout=120).returncode == 0
    partial = tmp_path / "live.db.20260101T000000Z.bak.partial"
    partial.write_bytes(b"half a backup")
    old = time.time() - 3600
    os.utime(partial, (old, old))  # as old as a leftover: only its lock says it is alive
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(partial)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert subprocess.run(srs_argv(db, "decks"), capture_output=True, timeout=120).returncode == 0
        assert partial.exists()
    finally:
        holder.kill()
        holder.wait()
    assert subprocess.run(srs_argv(db, "decks"), capture_output=True, timeout=120).returncode == 0
    assert not partial.exists()
