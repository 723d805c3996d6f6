"""Collection statistics, aggregated in SQL (srs.db.stats_rows), and one card's answers.

Per-day counts run one indexed range count per study day (the day bounds come from
here, so they follow the local time zone and daylight saving); retention groups
answers into 15-minute buckets (every study-day boundary falls on one, in any time
zone) that this module maps to days.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from srs.core.consts import YOUNG_DAYS
from srs.core.days import StudyDay, study_day
from srs.core.errors import NotFound
from srs.db import stats_rows
from srs.db.deck_count_rows import subtree_ids
from srs.db.quick_read import Run
from srs.db.stats_rows import Scope
from srs.service.deck_counts import counted, flatten, preset_hour

if TYPE_CHECKING:
    from srs.service.collection import Collection

FORECAST_DAYS = 30
HISTORY_DAYS = 365
WEEKS = 12


@dataclass
class Stats:
    """Card counts split by what a card is now (new, learning incl. relearning, review, suspended;
    they add up to ``total``; ``young + mature == review``), and answer history by study day."""

    deck: str | None
    total: int = 0
    new: int = 0
    learning: int = 0
    review: int = 0
    suspended: int = 0
    young: int = 0
    mature: int = 0
    due_today: int = 0  # learning + review cards a session offers now (srs.service.decks.today_counts)
    today_new: int = 0  # new cards a session offers today (within the daily limit)
    today_learning: int = 0  # learning cards due now (or within the learn-ahead window)
    today_review: int = 0  # review cards due today (within the daily limit)
    retention_30d: float | None = None  # share of answers to review cards that were not Again
    reviews_per_day: dict[str, int] = field(default_factory=dict)  # study day → answers (days with answers)
    streak: int = 0
    forecast: list[int] = field(default_factory=list)  # cards due on each of the next 30 days; [0] has overdue
    retention_by_week: list[tuple[str, float | None, int]] = field(default_factory=list)  # (Monday, retention, review answers)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["retention_by_week"] = [{"week": w, "retention": r, "answers": n} for w, r, n in self.retention_by_week]
        return out


class _Days:
    """Consecutive study days from offset ``first`` to ``last`` (0 = today)."""

    def __init__(self, now: datetime, hour: int, first: int, last: int) -> None:
        self.first = first
        self.days: list[StudyDay] = [study_day(now, hour, offset_days=k) for k in range(first, last + 1)]
        self.starts = [d.start for d in self.days]

    @property
    def end(self) -> datetime:
        return self.days[-1].end

    def day(self, offset: int) -> StudyDay:
        return self.days[offset - self.first]

    def offset(self, moment: datetime) -> int:
        """The day offset of a moment; ``first - 1`` before the first day."""
        return bisect_right(self.starts, moment) - 1 + self.first

    def bounds(self) -> list[tuple[int, datetime, datetime]]:
        """(offset, start, end) of each day, each ending where the next starts."""
        ends = [*self.starts[1:], self.end]
        return [(i + self.first, start, end) for i, (start, end) in enumerate(zip(self.starts, ends, strict=True))]


def _forecast(run: Run, scope: Scope, now: datetime, hour: int) -> list[int]:
    """Cards (not new, not suspended) due on each of the next days; overdue ones count for today,
    and cards buried until tomorrow for tomorrow."""
    return stats_rows.due_per_day(run, scope, _Days(now, hour, 0, FORECAST_DAYS - 1).bounds(), now)


def _answers_per_day(run: Run, scope: Scope, days: _Days) -> dict[int, int]:
    return stats_rows.answers_per_day(run, scope, days.bounds())


def _streak(run: Run, scope: Scope, now: datetime, hour: int, days: _Days, per_day: dict[int, int]) -> int:
    """Consecutive days with answers, ending today (or yesterday when nothing is answered yet today)."""
    offset = 0 if per_day.get(0) else -1
    streak = 0
    while True:
        while per_day.get(offset):
            streak += 1
            offset -= 1
        if offset >= days.first:  # a day without answers
            return streak
        days = _Days(now, hour, days.first - HISTORY_DAYS, days.first - 1)  # the streak is older: go on a year back
        per_day = _answers_per_day(run, scope, days)


def _retention(run: Run, scope: Scope, days: _Days) -> tuple[float | None, list[tuple[str, float | None, int]]]:
    """True retention: answers to cards in review state (before the answer) that were not Again."""
    today = date.fromisoformat(days.day(0).date)
    first_week = -today.weekday() - 7 * (WEEKS - 1)  # offset of the Monday 11 weeks before this week's
    first = min(first_week, -29)
    rows = stats_rows.answers_by_bucket(run, scope, days.day(first).start, days.day(0).end, review_only=True)
    month = [0, 0]  # [answers, passed]
    weeks = [[0, 0] for _ in range(WEEKS)]
    for b, ok, n in rows:
        offset = days.offset(b)
        slots = [weeks[(offset - first_week) // 7]] if offset >= first_week else []
        if offset >= -29:
            slots.append(month)
        for slot in slots:
            slot[0] += n
            slot[1] += n if ok else 0
    by_week = [((today + timedelta(days=first_week + 7 * i)).isoformat(), p / n if n else None, n) for i, (n, p) in enumerate(weeks)]
    return (month[1] / month[0] if month[0] else None), by_week


@dataclass(frozen=True)
class Answer:
    """One answer to a card, as the review log keeps it."""

    reviewed_at: datetime
    rating: int  # 1 again, 2 hard, 3 good, 4 easy
    state: int  # after the answer
    due: datetime  # after the answer
    duration_ms: int

    @property
    def interval(self) -> timedelta:
        return self.due - self.reviewed_at


def card_history(col: Collection, card_id: int) -> list[Answer]:
    """Every answer to a card, oldest first."""
    with col.read_sql() as run:
        return answers_of(run, card_id)


def answers_of(run: Run, card_id: int) -> list[Answer]:
    """``card_history`` on one read transaction."""
    return [Answer(*row) for row in stats_rows.card_answers(run, card_id)]


def collection_stats(col: Collection, deck: str | None = None) -> Stats:
    """Counts, due today, retention, answers per day, streak and forecast, for a deck (with subdecks) or all."""
    with col.read_sql() as run:
        return stats_of(run, col.now(), deck)


def stats_of(run: Run, now: datetime, deck: str | None = None) -> Stats:
    """``collection_stats`` on one read transaction (a collection's, or a plain sqlite3 snapshot's)."""
    scope = Scope(subtree_ids(run, deck))
    hour = preset_hour(run, deck)
    history = _Days(now, hour, 1 - HISTORY_DAYS, 0)
    counts = stats_rows.card_counts(run, scope, YOUNG_DAYS)
    stats = Stats(deck, **counts)  # type: ignore[arg-type]  # (str → int keyword arguments: Stats' count fields)
    stats.forecast = _forecast(run, scope, now, hour)
    per_day = _answers_per_day(run, scope, history)
    stats.reviews_per_day = {history.day(o).date: n for o, n in sorted(per_day.items())}
    stats.streak = _streak(run, scope, now, hour, history, per_day)
    stats.retention_30d, stats.retention_by_week = _retention(run, scope, history)
    roots, everything = counted(run, now, deck)  # srs.service.decks.today_counts, in this same snapshot
    today = everything if deck is None else next((node for node in flatten(roots) if node.name == deck), None)
    if today is None:
        raise NotFound(f"no deck named {deck!r} (see `srs decks`)")
    stats.today_new, stats.today_learning, stats.today_review = today.new, today.learning, today.due
    stats.due_today = today.learning + today.due
    return stats
