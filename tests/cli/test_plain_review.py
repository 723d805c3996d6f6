"""`srs review --plain`: the scripted daily session, and its protocol."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import fsrs
import fsrs.scheduler
from sqlalchemy import select

from srs.core.days import day_index
from srs.core.scheduling import fuzz_draw, fuzz_seed
from srs.db.models import Card, ReviewLog
from srs.service.collection import Collection
from tests.conftest import run_srs
from tests.factory import add_notes

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def reference_card(card_id: int, created: datetime, logs: list[ReviewLog]) -> fsrs.Card:
    """Replay a card's log through fsrs itself, with the same seeded fuzz and elapsed days counted
    in study days (srs.core.days.day_index: the local calendar, an independent count)."""
    sched = fsrs.Scheduler()
    card = fsrs.Card(card_id=card_id, due=created)
    saved = fsrs.scheduler.random
    try:
        for reps, log in enumerate(logs):
            fsrs.scheduler.random = partial(fuzz_draw, fuzz_seed(card_id, reps))
            if card.last_review is not None:  # srs counts study days (4 am starts), fsrs 24-hour periods
                card.last_review = log.reviewed_at - timedelta(
                    days=day_index(log.reviewed_at) - day_index(card.last_review))
            card, _ = sched.review_card(card, fsrs.Rating(log.rating), log.reviewed_at)
    finally:
        fsrs.scheduler.random = saved
    return card


def test_thirty_days_over_the_bundled_decks_match_fsrs(tmp_path: Path) -> None:
    db = tmp_path / "month.db"
    rng = random.Random(30)
    for day in range(30):
        now = START + timedelta(days=day, minutes=rng.randint(0, 600))
        script = "".join(f"\n{rng.choice('1233334')}\n" for _ in range(25))
        out = run_srs("--db", str(db), "review", "--plain", "--limit", "25", input=script, env={"SRS_NOW": now.isoformat()})
        assert out.returncode == 0, out.stderr
        assert "Session over" in out.stdout
    col = Collection.open(db)
    try:
        with col.read() as s:
            cards = s.scalars(select(Card).where(Card.reps > 0)).all()
            assert len(cards) >= 40
            mismatches = []
            for c in cards:
                logs = s.scalars(select(ReviewLog).where(ReviewLog.card_id == c.id).order_by(ReviewLog.reviewed_at, ReviewLog.id)).all()
                assert len(logs) == c.reps
                ref = reference_card(c.id, c.created_at, list(logs))
                mine = (c.state, c.step, c.due, c.last_review)
                theirs = (int(ref.state), ref.step, ref.due, ref.last_review)
                if mine != theirs or abs(c.stability - ref.stability) > 1e-9 or abs(c.difficulty - ref.difficulty) > 1e-9:
                    mismatches.append((c.id, mine, theirs))
            assert mismatches == []
            assert any(c.state == 2 and c.due - c.last_review > timedelta(days=7) for c in cards), "some cards reached long intervals"
    finally:
        col.close()


def test_protocol_rereads_bad_tokens_and_supports_words_undo_and_quit(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    col = Collection.open(db)
    add_notes(col, "D", [("alpha", "one"), ("beta", "two"), ("gamma", "three")])
    col.close()
    script = "\nbanana\ngood\n\nu\n\nhard\n\nq\n"
    out = run_srs("--db", str(db), "review", "--plain", input=script)
    assert out.returncode == 0, out.stderr
    assert "'banana' is not an answer" in out.stdout
    assert "→ good" in out.stdout and "undone" in out.stdout and "→ hard" in out.stdout
    assert "Session over: 1 reviewed" in out.stdout
    col = Collection.open(db)
    with col.read() as s:
        ratings = s.scalars(select(ReviewLog.rating)).all()
    col.close()
    assert ratings == [2], "the undone answer is gone; only 'hard' remains"


def test_end_of_input_ends_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    col = Collection.open(db)
    add_notes(col, "D", [("alpha", "one")])
    col.close()
    out = run_srs("--db", str(db), "review", "--plain", input="\n")
    assert out.returncode == 0 and "Session over: 0 reviewed" in out.stdout
    assert "Traceback" not in out.stderr


def test_suspend_and_bury_from_the_prompt(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    col = Collection.open(db)
    add_notes(col, "D", [("alpha", "one"), ("beta", "two")])
    col.close()
    out = run_srs("--db", str(db), "review", "--plain", input="s\nb\n")
    assert "suspended" in out.stdout and "buried until tomorrow" in out.stdout
    col = Collection.open(db)
    with col.read() as s:
        rows = s.execute(select(Card.suspended, Card.buried_until)).all()
    col.close()
    assert sorted((bool(a), b is not None) for a, b in rows) == [(False, True), (True, False)]


def _plain_deck(tmp_path: Path, name: str) -> Path:
    db = tmp_path / name
    col = Collection.open(db)
    add_notes(col, "D", [("alpha", "one"), ("beta", "two"), ("gamma", "three"), ("delta", "four")])
    col.close()
    return db


def _fronts_shown(stdout: str) -> list[str]:
    lines = stdout.splitlines()
    return [lines[i + 1] for i, line in enumerate(lines) if line.startswith("── ")]


def test_undo_keeps_every_card_in_the_session(tmp_path: Path) -> None:
    """Issue 16, defect 2: answer A, undo while B is shown, answer A again: B is still shown, counts agree."""
    db = _plain_deck(tmp_path, "u.db")
    out = run_srs("--db", str(db), "review", "--plain", input="\n4\nu\n\n4\n\n4\n\n4\n\n4\n")
    assert out.returncode == 0, out.stderr
    assert _fronts_shown(out.stdout) == ["alpha", "beta", "alpha", "beta", "gamma", "delta"]
    assert "(new 4 · learning 0 · review 0)" in out.stdout.split("undone")[1].split("\n── ")[1]
    assert "Session over: 4 reviewed" in out.stdout


def test_undo_after_suspend_shows_the_card_again(tmp_path: Path) -> None:
    db = _plain_deck(tmp_path, "s.db")
    out = run_srs("--db", str(db), "review", "--plain", input="s\nu\n\n4\nq\n")
    assert out.returncode == 0, out.stderr
    assert _fronts_shown(out.stdout) == ["alpha", "beta", "alpha", "beta"]
    col = Collection.open(db)
    with col.read() as s:
        assert not any(s.scalars(select(Card.suspended)).all())
        assert len(s.scalars(select(ReviewLog.id)).all()) == 1
    col.close()
