"""Two `srs review --plain` sessions and an `srs import` on one database at once.

No "database is locked" failure (writers queue on the busy timeout), every
acknowledged answer is in the review log (in each session's order), no answer
made from a stale view of a card (the ``expected_reps`` guard turns the
second one into "skipped"), and the imports land whole.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from srs.db.engine import BUSY_TIMEOUT_MS
from srs.service.collection import Collection
from srs.service.exporting import export_anki
from srs.service.maintenance import check
from tests.reliability.dbstate import card_log_mismatches, counts, log_sequence, make_review_db
from tests.reliability.plain_driver import BACK_PROMPT, FRONT_PROMPT, Transcript, drive, finish, popen_review, srs_argv


def notes_folder(tmp_path: Path, n_md: int, n_apkg: int) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    lines = ["---", "deck: Imported", "---", "# Concurrency", ""]
    lines += [f"imported fact {i} :: value {i}\n" for i in range(n_md)]
    (folder / "facts.md").write_text("\n".join(lines), encoding="utf-8")
    other = tmp_path / "other.db"
    make_review_db(other, n_apkg, deck="FromAnki", prefix="anki question")
    with Collection.open(other) as col:
        export_anki(col, folder / "deck.apkg")
    return folder


def is_subsequence(part: list, whole: list) -> bool:
    it = iter(whole)
    return all(any(x == y for y in it) for x in part)


def run_together(tmp_path: Path, *, cards: int, answers: int, n_md: int, n_apkg: int, seed: int) -> dict[str, int]:
    db = tmp_path / "shared.db"
    make_review_db(db, cards)
    folder = notes_folder(tmp_path, n_md, n_apkg)
    before = counts(db)
    results: dict[str, Transcript] = {}
    procs = {name: popen_review(db) for name in ("A", "B")}
    imp = subprocess.Popen(srs_argv(db, "import", str(folder / "facts.md"), str(folder / "deck.apkg"), "--json"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def session(name: str, rng_seed: int) -> None:
        results[name] = drive(procs[name], random.Random(rng_seed), stop_after=answers)

    threads = [threading.Thread(target=session, args=(n, seed + i)) for i, n in enumerate(procs)]
    for th in threads:
        th.start()
    imp_out, imp_err = imp.communicate(timeout=300)
    for th in threads:
        th.join(timeout=300)
    for name, proc in procs.items():
        t = finish(proc, results[name])
        assert t.returncode == 0 and t.stderr == "", (name, t.returncode, t.stderr)
        assert t.answers == answers, (name, t.answers, t.lines[-5:])
    assert imp.returncode == 0 and imp_err.strip() == "", imp_err
    files = json.loads(imp_out)["files"]
    assert [f["status"] for f in files] == ["imported", "imported"], files
    assert sum(f["new"] for f in files) == n_md + n_apkg
    after = counts(db)
    assert after["notes"] == before["notes"] + n_md + n_apkg
    a, b = ([ans for kind, ans in results[n].events if kind == "answer"] for n in ("A", "B"))
    log = log_sequence(db)
    assert Counter(log) == Counter(a + b), "an acknowledged answer is missing, or an unacknowledged one was logged"
    assert is_subsequence(a, log) and is_subsequence(b, log), "a session's answers were logged out of order"
    assert card_log_mismatches(db) == []
    with Collection.open(db) as col:
        assert check(col).ok
    return {"answers": len(log), "skipped": results["A"].skipped + results["B"].skipped, "imported": n_md + n_apkg}


def test_two_sessions_and_an_import(tmp_path: Path) -> None:
    stats = run_together(tmp_path, cards=80, answers=40, n_md=150, n_apkg=50, seed=3)
    print("concurrency (quick):", stats)


@pytest.mark.slow
def test_two_long_sessions_and_a_big_import(tmp_path: Path) -> None:
    stats = run_together(tmp_path, cards=600, answers=300, n_md=1200, n_apkg=300, seed=4)
    print("concurrency (slow):", stats)


def read_until(proc: subprocess.Popen[str], needle: str) -> list[str]:
    """Lines up to the first one containing ``needle``; fails at EOF."""
    assert proc.stdout
    seen = []
    while line := proc.stdout.readline():
        seen.append(line.rstrip("\n"))
        if needle in line:
            return seen
    raise AssertionError(f"{needle!r} never came: {seen[-6:]}")


def test_the_same_card_answered_in_two_sessions_is_logged_once(tmp_path: Path) -> None:
    """Both sessions show the same first card; the second answer is refused, not logged."""
    db = tmp_path / "same.db"
    make_review_db(db, 5)
    a, b = popen_review(db), popen_review(db)
    for p in (a, b):
        read_until(p, FRONT_PROMPT)
        p.stdin.write("\n")  # type: ignore[union-attr]
        p.stdin.flush()  # type: ignore[union-attr]
        read_until(p, BACK_PROMPT)
    try:
        a.stdin.write("3\n")  # type: ignore[union-attr]
        a.stdin.flush()  # type: ignore[union-attr]
        acked_a = read_until(a, "→")
        b.stdin.write("1\n")  # type: ignore[union-attr]
        b.stdin.flush()  # type: ignore[union-attr]
        replies_b = read_until(b, "   ")
        for p in (a, b):
            p.communicate("q\n", timeout=60)
    finally:
        for p in (a, b):
            if p.poll() is None:
                p.kill()
    assert acked_a[-1].strip().startswith("→ good") and "answered elsewhere" in replies_b[-1]
    assert log_sequence(db) == [("question 0", 3)]
    assert card_log_mismatches(db) == []


def test_answer_outlasting_the_busy_timeout_is_retried_not_crashed(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    make_review_db(db, 5)
    proc = popen_review(db)
    read_until(proc, FRONT_PROMPT)
    proc.stdin.write("\n")  # type: ignore[union-attr]
    proc.stdin.flush()  # type: ignore[union-attr]
    read_until(proc, BACK_PROMPT)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another writer (a long import) holds the lock
    release = threading.Timer(BUSY_TIMEOUT_MS / 1000 + 1.5, holder.execute, args=("COMMIT",))
    release.start()
    proc.stdin.write("3\n")  # type: ignore[union-attr]
    proc.stdin.flush()  # type: ignore[union-attr]
    try:
        reply = proc.stdout.readline()  # type: ignore[union-attr]
        if not reply:
            raise AssertionError(f"the session ended: {proc.communicate(timeout=30)[1]!r}")
        if not reply.strip().startswith("→"):  # told to try again: the session must still be alive
            assert reply.strip() and proc.poll() is None, reply
            time.sleep(BUSY_TIMEOUT_MS / 1000 + 2)
            read_until(proc, BACK_PROMPT)
            proc.stdin.write("3\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
            read_until(proc, "→")
        _out, err = proc.communicate("q\n", timeout=60)
    finally:
        release.join()
        holder.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and err == "", err
    assert log_sequence(db) == [("question 0", 3)]
