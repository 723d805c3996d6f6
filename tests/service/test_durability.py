"""An acknowledged answer survives kill -9 of the process."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from srs.db.models import ReviewLog
from srs.service.collection import Collection
from srs.service.maintenance import check
from tests.factory import add_notes


def make_db(path: Path, n: int = 60) -> None:
    col = Collection.open(path)
    from sqlalchemy import update

    from srs.db.models import Preset

    with col.write() as s:
        s.execute(update(Preset).values(new_per_day=1000))
    add_notes(col, "Crash", [(f"question {i}", f"answer {i}") for i in range(n)])
    col.close()


def session_until_killed(db: Path, answers_before_kill: int, kill_mid_answer: bool) -> int:
    """Answer cards in `srs review --plain`, then SIGKILL it; returns acknowledged answers."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "srs", "--db", str(db), "review", "--plain"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
        env={**os.environ},
    )
    assert proc.stdin and proc.stdout
    acknowledged = 0
    try:
        while acknowledged < answers_before_kill:
            line = proc.stdout.readline()
            if not line:
                break
            if "[Enter] show answer" in line:
                proc.stdin.write("\n")
                proc.stdin.flush()
            elif "rate 1-4" in line:
                proc.stdin.write(random.choice("1234") + "\n")
                proc.stdin.flush()
                if kill_mid_answer and acknowledged == answers_before_kill - 1:
                    break  # kill while this answer may be in flight
            elif line.strip().startswith("→"):
                acknowledged += 1
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    return acknowledged


def run_kills(tmp_path: Path, kills: int, seed: int) -> None:
    random.seed(seed)
    db = tmp_path / "crash.db"
    make_db(db, n=max(60, kills * 3))
    total_ack = 0
    for i in range(kills):
        ack = session_until_killed(db, random.randint(1, 4), kill_mid_answer=bool(i % 2))
        total_ack += ack
        col = Collection.open(db)
        try:
            report = check(col)
            assert report.ok, report.to_dict()
            with col.read() as s:
                logged = s.scalar(select(func.count()).select_from(ReviewLog))
            assert logged >= total_ack, f"kill {i}: {total_ack} acknowledged, {logged} in the log"
            total_ack = logged  # an in-flight answer may also have landed; that is fine
        finally:
            col.close()


def test_kill_9_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    run_kills(tmp_path, kills=6, seed=7)

# The 200-kill version, with card-state checks and kills at random times, is
# tests/reliability/test_rel_crash.py.
