"""Distributions, answer buttons, hours and true retention against hand-built cards and answers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from srs.core.consts import State
from srs.core.errors import NotFound
from srs.core.scheduling import Memory, SchedulingOptions, fsrs_decay, retrievability
from srs.db.models import ReviewLog
from srs.service.collection import Collection
from srs.service.stats_more import more_stats, recall

from .test_stats import add, utc
from .test_stats import zone as zone  # noqa: F401  (the fixture)


def review_card(col: Collection, last: str, due: str, **extra: object) -> int:
    values: dict[str, object] = {"stability": 10.0, "difficulty": 5.0, **extra}
    return add(col, state=2, last_review=last, due=due, reps=3, **values)


def log(col: Collection, card_id: int, when: str, rating: int, prev_state: int, prev_interval: int) -> None:
    with col.write() as s:
        s.add(ReviewLog(card_id=card_id, rating=rating, reviewed_at=utc(when), duration_ms=1000, state=2,
                        stability=1.0, difficulty=5.0, due=utc(when), prev_state=prev_state,
                        prev_interval_days=prev_interval))


def test_distributions_count_each_learned_card_once(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SRS_NOW", "2026-03-10T12:00:00+00:00")
    review_card(col, "2026-03-09T10:00", "2026-03-10T10:00", stability=1.5, difficulty=1.2)  # 1 d, just seen
    review_card(col, "2026-03-01T10:00", "2026-03-11T10:00", stability=12.0, difficulty=5.5)  # 10 d
    review_card(col, "2025-12-10T10:00", "2026-06-10T10:00", stability=400.0, difficulty=9.9)  # 182 d
    review_card(col, "2026-02-01T10:00", "2026-02-11T10:00", stability=3.0, difficulty=10.0)  # long overdue
    add(col)  # new: in no distribution
    review_card(col, "2026-03-01T10:00", "2026-03-11T10:00", suspended=True)  # suspended: left out
    more = more_stats(col)
    assert dict(more.intervals) == {"≤1d": 1, "2d": 0, "3–6d": 0, "1–2w": 2, "2–4w": 0, "1–3m": 0, "3–6m": 0,
                                    "6–12m": 1, "1y+": 0}
    assert dict(more.stability)["≤1d"] == 1 and dict(more.stability)["1y+"] == 1 and sum(dict(more.stability).values()) == 4
    assert dict(more.difficulty) == {"1–2": 1, "2–3": 0, "3–4": 0, "4–5": 0, "5–6": 1, "6–7": 0, "7–8": 0,
                                     "8–9": 0, "9–10": 2}
    recalls = dict(more.retrievability)
    assert sum(recalls.values()) == 4
    assert recalls["90–95%"] == 2  # seen yesterday with S 1.5 (93%), S 12 after 9 days (91%)
    assert recalls["95–100%"] == 1  # S 400 after 90 days (97%)
    assert recalls["50–70%"] == 1  # S 3 and 37 days later (67%)


def test_recall_is_what_fsrs_says() -> None:
    when = datetime(2026, 3, 10, 12, tzinfo=UTC)
    memory = Memory(State.REVIEW, None, 7.0, 5.0, when, datetime(2026, 2, 25, 12, tzinfo=UTC), 3, 0)
    ours = recall(7.0, (when - memory.last_review).days, fsrs_decay(None))
    assert ours == pytest.approx(retrievability(SchedulingOptions(), memory, when), abs=1e-9)


def test_buttons_hours_and_true_retention_of_the_last_30_days(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SRS_NOW", "2026-03-10T12:00:00+00:00")  # TZ=UTC
    card = review_card(col, "2026-03-01T10:00", "2026-03-11T10:00")
    other = review_card(col, "2026-03-01T10:00", "2026-03-11T10:00", deck="Other")
    log(col, card, "2026-03-10T09:10", 3, State.REVIEW, 30)  # mature, passed, 9 o'clock
    log(col, card, "2026-03-09T09:50", 1, State.REVIEW, 30)  # mature, Again
    log(col, card, "2026-03-08T21:00", 4, State.REVIEW, 5)  # young, Easy
    log(col, card, "2026-03-07T21:05", 3, State.NEW, 0)  # learning
    log(col, card, "2026-03-06T21:05", 2, State.RELEARNING, 0)  # learning (relearning)
    log(col, card, "2026-01-01T09:00", 1, State.REVIEW, 30)  # older than 30 days: not counted
    log(col, other, "2026-03-10T09:00", 1, State.REVIEW, 3)  # another deck
    more = more_stats(col, "Main")
    assert more.buttons == {"learning": [0, 1, 1, 0], "young": [0, 0, 0, 1], "mature": [1, 0, 1, 0]}
    assert more.retention("mature") == (0.5, 2) and more.retention("young") == (1.0, 1)
    assert more.hours[9] == (2, 1) and more.hours[21] == (3, 3) and sum(n for n, _ in more.hours) == 5
    everything = more_stats(col)
    assert everything.buttons["young"] == [1, 0, 0, 1] and everything.hours[9] == (3, 1)
    with pytest.raises(NotFound, match="Nope"):
        more_stats(col, "Nope")


def test_hours_are_local(col: Collection, monkeypatch: pytest.MonkeyPatch, zone) -> None:  # type: ignore[no-untyped-def]
    zone("Asia/Kolkata")  # UTC+5:30: 09:10 UTC is 14:40 there
    monkeypatch.setenv("SRS_NOW", "2026-03-10T12:00:00+00:00")
    card = review_card(col, "2026-03-01T10:00", "2026-03-11T10:00")
    log(col, card, "2026-03-10T09:10", 3, State.REVIEW, 30)
    assert more_stats(col).hours[14] == (1, 1)
