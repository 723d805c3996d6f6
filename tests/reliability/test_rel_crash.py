"""kill -9 at random moments: acknowledged answers survive, cards match their logs.

Extends tests/service/test_durability.py (which kills at protocol points and
counts log rows). Here a timer thread SIGKILLs `srs review --plain` a random
0–300 ms after its first card is on screen (the session answers as fast as it
can, so the kill lands anywhere: mid-query, mid-commit, mid-print), or — one
round in five — a random 0–700 ms after spawn, while srs is still opening and
checking the database. Sessions also undo now and then, and the clock
(``SRS_NOW``) moves 3 h per round so learning and review cards come due.

After every kill:
* the review log is exactly the acknowledged answers (minus acknowledged
  undos), plus at most the one command that was in flight;
* every card's state/due/stability/difficulty equals its last log row's and
  its ``reps`` its number of log rows (no half-written answer);
* `srs db check` passes (in-process every round, the real CLI every 50).
"""

from __future__ import annotations

import json
import random
import signal
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from srs.service.collection import Collection
from srs.service.maintenance import check
from tests.conftest import run_srs
from tests.reliability.dbstate import card_log_mismatches, log_sequence, make_review_db
from tests.reliability.plain_driver import drive, finish, popen_review

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def run_random_kills(tmp_path: Path, rounds: int, seed: int) -> dict[str, int]:
    db = tmp_path / "kill.db"
    make_review_db(db, 2000)
    kill_rng, answer_rng = random.Random(seed), random.Random(seed + 1)
    expected: list[tuple[str, int]] = []
    stats = {"rounds": rounds, "killed": 0, "acknowledged": 0, "undone": 0, "inflight_landed": 0, "cli_checks": 0}
    for i in range(rounds):
        env = {"SRS_NOW": (T0 + timedelta(hours=3 * i)).isoformat()}
        proc = popen_review(db, env)
        early = kill_rng.random() < 0.2
        timer = threading.Timer(kill_rng.uniform(0.0, 0.7 if early else 0.3), proc.kill)
        timer.daemon = True
        if early:
            timer.start()
        t = drive(proc, answer_rng, undo_rate=0.05, on_ready=None if early else timer.start)
        timer.cancel()
        finish(proc, t)
        if t.returncode == -signal.SIGKILL:
            stats["killed"] += 1
        else:
            assert t.returncode == 0 and "Traceback" not in t.stderr, (i, t.returncode, t.stderr)
        got = log_sequence(db)
        candidates = t.possible_logs(expected)
        assert got in candidates, (
            f"round {i}: the review log does not match what srs acknowledged "
            f"(expected {len(candidates[0])} rows, or one more/less in flight; found {len(got)}); "
            f"last acknowledged {candidates[0][-3:]}, logged {got[-3:]}"
        )
        stats["inflight_landed"] += got != candidates[0]
        stats["acknowledged"] += t.answers
        stats["undone"] += t.undos
        expected = got
        col = Collection.open(db)
        try:
            report = check(col)
        finally:
            col.close()
        assert report.ok, (i, report.to_dict())
        mismatches = card_log_mismatches(db)
        assert not mismatches, f"round {i}: " + "; ".join(mismatches[:5])
        if i % 50 == 49 or i == rounds - 1:
            out = run_srs("--db", str(db), "db", "check", "--json")
            assert out.returncode == 0 and json.loads(out.stdout)["ok"], (i, out.stdout, out.stderr)
            stats["cli_checks"] += 1
    assert stats["killed"] >= rounds * 0.9, stats  # the kills really happened (not sessions running dry)
    assert stats["acknowledged"] >= rounds, stats  # and landed among answers, not only at start-up
    return stats


def test_random_kills_keep_acknowledged_answers_and_card_state(tmp_path: Path) -> None:
    stats = run_random_kills(tmp_path, rounds=8, seed=11)
    print("kill -9 (quick):", stats)


@pytest.mark.slow
@pytest.mark.parametrize("part", range(2))
def test_200_random_kills(tmp_path: Path, part: int) -> None:
    """200 kills in two parts of 100, each on its own database and seed, so that pytest-xdist runs them side by side."""
    stats = run_random_kills(tmp_path, rounds=100, seed=2026 + part)
    print(f"kill -9 ({part + 1} of 2, 100 each):", stats)
