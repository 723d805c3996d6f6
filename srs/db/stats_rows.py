"""The SQL behind the statistics (srs.service.stats, srs.service.stats_more), on any ``Run``: counts
by card kind, rows per study day, answers in 15-minute buckets, one card's answers, the memory state
of learned cards, and answers by card type and button.

A deck's cards and answers are chosen by deck ids (None: all). Day bounds come in as datetimes
from the caller (they follow the local time zone and daylight saving); per-day counts run one
indexed range count per day; retention groups answers into 15-minute buckets (every study-day
boundary falls on one, in any time zone), given back as datetimes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from srs.core.consts import LEARNING_STATES, CardType, Rating, State
from srs.core.days import DAY_US
from srs.db.micros import from_micros, to_micros
from srs.db.quick_read import Run

BUCKET_US = 900_000_000  # 15 minutes
LIVE_STATES = (State.LEARNING, State.REVIEW, State.RELEARNING)

# Whole days between a card's last review and its due time (NULL for new cards): the SQL of
# srs.core.days.interval_days (SQLite rounds halves up for these positive spans).
INTERVAL_DAYS = f"(CASE WHEN state = {State.NEW:d} THEN NULL ELSE round((due - last_review) / {DAY_US * 1.0!r}) END)"


def _and(*conditions: str) -> str:
    """``WHERE`` text of the conditions that are not empty."""
    kept = [c for c in conditions if c]
    return " WHERE " + " AND ".join(kept) if kept else ""


class Scope:
    """The cards and the answers of some decks (None: all), as SQL conditions (deck ids are ints: inlined)."""

    def __init__(self, deck_ids: Sequence[int] | None) -> None:
        self.cards = "" if deck_ids is None else f"deck_id IN ({', '.join(str(int(i)) for i in deck_ids)})"
        # "+ 0" keeps SQLite on the reviewed_at index (by card id it would read every log of the deck per day)
        self.answers = "" if deck_ids is None else f"(card_id + 0) IN (SELECT id FROM cards WHERE {self.cards})"


def card_counts(run: Run, scope: Scope, young_days: int) -> dict[str, int]:
    """Cards by what they are now: total, new, learning, review, suspended (not suspended for the first
    three), and the review cards young (interval under ``young_days``) and mature."""
    live, learning = "suspended = 0", ", ".join(str(int(x)) for x in LEARNING_STATES)
    review = f"{live} AND state = {State.REVIEW:d}"
    conditions = [f"{live} AND state = {State.NEW:d}", f"{live} AND state IN ({learning})", review, "suspended = 1",
                  f"{review} AND {INTERVAL_DAYS} < {young_days:d}", f"{review} AND {INTERVAL_DAYS} >= {young_days:d}"]
    counts = ", ".join(f"coalesce(sum(CASE WHEN {c} THEN 1 ELSE 0 END), 0)" for c in conditions)
    row = run(f"SELECT count(*), {counts} FROM cards{_and(scope.cards)}", ())[0]
    names = ("total", "new", "learning", "review", "suspended", "young", "mature")
    return {name: int(value or 0) for name, value in zip(names, row, strict=True)}


def _per_day(run: Run, table: str, moment: str, where: str, bounds: Sequence[tuple[int, int, int]]) -> dict[int, int]:
    days = ", ".join(f"({day:d}, {lo:d}, {hi:d})" for day, lo, hi in bounds)  # integers only: inlined
    rows = run(f"WITH days(day, lo, hi) AS (VALUES {days}) SELECT day, (SELECT count(*) FROM {table}"
               f"{_and(f'{moment} >= days.lo', f'{moment} < days.hi', where)}) FROM days", ())
    return {day: n for day, n in rows if n}


def _bounds(days: Sequence[tuple[int, datetime, datetime]]) -> list[tuple[int, int, int]]:
    return [(day, to_micros(start), to_micros(end)) for day, start, end in days]


def answers_per_day(run: Run, scope: Scope, days: Sequence[tuple[int, datetime, datetime]]) -> dict[int, int]:
    """Answers given on each day (day, start, end); days without answers are left out."""
    return _per_day(run, "review_logs", "reviewed_at", scope.answers, _bounds(days))


def due_per_day(run: Run, scope: Scope, days: Sequence[tuple[int, datetime, datetime]], now: datetime) -> list[int]:
    """Cards (not new, not suspended) due on each of the days, the first from the first day: overdue ones
    count for the first day, and cards buried now and due on it for the second."""
    bounds = _bounds(days)
    first_end = bounds[0][2]
    bounds[0] = (bounds[0][0], -(2**62), first_end)
    buried = f"(buried_until IS NOT NULL AND buried_until > {to_micros(now):d})"
    live = " AND ".join(c for c in (scope.cards, f"state IN ({', '.join(str(int(s)) for s in LIVE_STATES)})",
                                    "suspended = 0") if c)
    by_day = _per_day(run, "cards", "due", f"{live} AND NOT ({buried} AND due < {first_end:d})", bounds)
    put_off = run(f"SELECT count(*) FROM cards{_and(live, buried, f'due < {first_end:d}')}", ())[0][0] or 0
    forecast = [by_day.get(day, 0) for day, _lo, _hi in bounds]
    if len(forecast) > 1:
        forecast[1] += put_off
    return forecast


def _span(start: datetime, end: datetime) -> tuple[str, str]:
    return f"reviewed_at >= {to_micros(start):d}", f"reviewed_at < {to_micros(end):d}"


def answers_by_bucket(run: Run, scope: Scope, start: datetime, end: datetime, *,
                      review_only: bool = False) -> list[tuple[datetime, bool, int]]:
    """Answers in [start, end) per 15-minute bucket (its start) and whether they passed (not Again);
    ``review_only``: answers to cards that were in review state before the answer."""
    before = f"prev_state = {State.REVIEW:d}" if review_only else ""
    rows = run(f"SELECT reviewed_at / {BUCKET_US:d} AS bucket, rating > {Rating.AGAIN:d} AS passed, count(*) FROM review_logs"
               f"{_and(*_span(start, end), scope.answers, before)} GROUP BY bucket, passed", ())
    return [(from_micros(bucket * BUCKET_US), bool(passed), n) for bucket, passed, n in rows]


def answers_by_card_type(run: Run, scope: Scope, start: datetime, end: datetime,
                         young_days: int) -> list[tuple[CardType, Rating, int]]:
    """Answers in [start, end) counted by the card's type before the answer and by the button pressed
    (answers without a button, such as a reschedule logged by Anki, are left out)."""
    learning = ", ".join(str(int(s)) for s in (State.NEW, *LEARNING_STATES))
    card_type = (f"CASE WHEN prev_state IN ({learning}) THEN {CardType.LEARNING:d}"
                 f" WHEN prev_interval_days < {young_days:d} THEN {CardType.YOUNG:d} ELSE {CardType.MATURE:d} END")
    rows = run(f"SELECT {card_type} AS kind, rating, count(*) FROM review_logs{_and(*_span(start, end), scope.answers)}"
               " GROUP BY kind, rating", ())
    return [(CardType(kind), Rating(rating), n) for kind, rating, n in rows if Rating.AGAIN <= rating <= Rating.EASY]


class LearnedCard(NamedTuple):
    """A card past new (not suspended) with what its memory statistics need."""

    interval_days: float  # between its last review and its due time
    stability: float | None  # None: an imported card without a memory state yet
    difficulty: float | None
    last_review: datetime | None
    decay: float | None  # the card's own (an imported card's), else None: its preset's
    preset_parameters: str | None  # the deck preset's FSRS parameters as stored (JSON; None: fsrs defaults)


def learned_cards(run: Run, scope: Scope) -> list[LearnedCard]:
    """The cards of ``scope`` that are not new and not suspended (deck_id, state and the memory columns
    are the cards table's alone in this join)."""
    rows = run(f"SELECT {INTERVAL_DAYS}, stability, difficulty, last_review, c.decay, p.parameters FROM cards c"
               " JOIN decks d ON d.id = c.deck_id JOIN presets p ON p.id = d.preset_id"
               f"{_and(scope.cards, f'state != {State.NEW:d}', 'suspended = 0')}", ())
    return [LearnedCard(float(ivl or 0), stability, difficulty, None if last is None else from_micros(last), decay,
                        parameters) for ivl, stability, difficulty, last, decay, parameters in rows]


def card_answers(run: Run, card_id: int) -> list[tuple[datetime, int, int, datetime, int]]:
    """Every answer to a card, oldest first: (when, rating, state after, due after, duration ms)."""
    rows = run("SELECT reviewed_at, rating, state, due, duration_ms FROM review_logs WHERE card_id = ?"
               " ORDER BY reviewed_at, id", (card_id,))
    return [(from_micros(at), rating, state, from_micros(due), ms) for at, rating, state, due, ms in rows]
