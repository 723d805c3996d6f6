"""Collection statistics, aggregated in SQL, and one card's answers.

Times are integer microseconds. Per-day counts run one indexed range count per
study day (the day bounds come from Python, so they follow the local time zone
and daylight saving); retention groups answers into 15-minute buckets (every
study-day boundary falls on one, in any time zone) that Python maps to days.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypedDict

from sqlalchemy import (
    BigInteger,
    Integer,
    case,
    column,
    func,
    select,
    type_coerce,
    values,
)
from sqlalchemy.orm import Session

from srs.core.consts import DEFAULT_PRESET, LEARNING_STATES, Rating, State
from srs.core.days import DAY_US, StudyDay, study_day
from srs.db.models import Card, Deck, Preset, ReviewLog
from srs.db.types import to_micros
from srs.service.collection import Collection
from srs.service.decks import subtree_ids, today_counts

BUCKET_US = 900_000_000  # 15 minutes
YOUNG_DAYS = 21  # a review card is mature from this interval on
FORECAST_DAYS = 30
HISTORY_DAYS = 365
WEEKS = 12


def raw(column: Any) -> Any:
    """A UTCDateTime column as its stored integer microseconds."""
    return type_coerce(column, BigInteger)


def interval_days_sql() -> Any:
    """Whole days between a card's last review and its due time (NULL for new cards): the SQL
    expression of srs.core.days.interval_days (SQLite rounds halves up for these positive spans)."""
    return case((Card.state == State.NEW, None), else_=func.round((raw(Card.due) - raw(Card.last_review)) / (DAY_US * 1.0)))


def day_start_hour(session: Session, deck: str | None = None) -> int:
    """The hour a study day starts: the deck's preset's, or the default preset's."""
    query = select(Preset.day_start_hour)
    if deck is None:
        query = query.where(Preset.name == DEFAULT_PRESET)
    else:
        query = query.join(Deck, Deck.preset_id == Preset.id).where(Deck.name == deck)
    hour = session.scalar(query)
    return 4 if hour is None else int(hour)


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
    """Consecutive study days from offset ``first`` to ``last`` (0 = today), as microsecond bounds."""

    def __init__(self, now: datetime, hour: int, first: int, last: int) -> None:
        self.first = first
        self.days: list[StudyDay] = [study_day(now, hour, offset_days=k) for k in range(first, last + 1)]
        self.starts = [to_micros(d.start) for d in self.days]

    @property
    def end(self) -> datetime:
        return self.days[-1].end

    def day(self, offset: int) -> StudyDay:
        return self.days[offset - self.first]

    def offset(self, bucket: int) -> int:
        """The day offset of a 15-minute bucket; ``first - 1`` before the first day."""
        return bisect_right(self.starts, bucket * BUCKET_US) - 1 + self.first

    def per_day(self, s: Session, moment: Any, where: list[Any], open_start: bool = False) -> dict[int, int]:
        """Rows (of the table of ``moment``) whose ``moment`` falls on each day; ``open_start``: all before, on day one."""
        ends = [*self.starts[1:], to_micros(self.end)]
        bounds = [(i + self.first, start, end) for i, (start, end) in enumerate(zip(self.starts, ends, strict=True))]
        if open_start:
            bounds[0] = (self.first, -(2**62), ends[0])
        days = values(column("day", Integer), column("lo", BigInteger), column("hi", BigInteger), name="days").data(bounds).cte("days")
        count = select(func.count()).where(raw(moment) >= days.c.lo, raw(moment) < days.c.hi, *where).scalar_subquery()
        return {day: n for day, n in s.execute(select(days.c.day, count)) if n}


def _count(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


class _CardCounts(TypedDict):
    total: int
    new: int
    learning: int
    review: int
    suspended: int
    young: int
    mature: int


def _card_counts(s: Session, where: list[Any]) -> _CardCounts:
    live, state, ivl = Card.suspended.is_(False), Card.state, interval_days_sql()
    row = s.execute(select(
        func.count(), _count(live & (state == State.NEW)), _count(live & state.in_(LEARNING_STATES)),
        _count(live & (state == State.REVIEW)),
        _count(Card.suspended.is_(True)), _count(live & (state == State.REVIEW) & (ivl < YOUNG_DAYS)),
        _count(live & (state == State.REVIEW) & (ivl >= YOUNG_DAYS)),
    ).where(*where)).one()
    total, new, learning, review, suspended, young, mature = (int(value or 0) for value in row)
    return _CardCounts(total=total, new=new, learning=learning, review=review, suspended=suspended, young=young,
                       mature=mature)


def _forecast(s: Session, where: list[Any], now: datetime, hour: int) -> list[int]:
    """Cards (not new, not suspended) due on each of the next days; overdue ones count for today,
    and cards buried until tomorrow for tomorrow."""
    days = _Days(now, hour, 0, FORECAST_DAYS - 1)
    buried = Card.buried_until.is_not(None) & (Card.buried_until > now)
    live = [*where, Card.state.in_((State.LEARNING, State.REVIEW, State.RELEARNING)), Card.suspended.is_(False)]
    by_day = days.per_day(s, Card.due, [*live, ~(buried & (Card.due < days.day(0).end))], open_start=True)
    put_off = s.scalar(select(func.count()).where(*live, buried, Card.due < days.day(0).end)) or 0
    forecast = [by_day.get(day, 0) for day in range(FORECAST_DAYS)]
    forecast[1] += put_off
    return forecast


def _answers_per_day(s: Session, where: list[Any], days: _Days) -> dict[int, int]:
    return days.per_day(s, ReviewLog.reviewed_at, where)


def _streak(s: Session, where: list[Any], now: datetime, hour: int, days: _Days, per_day: dict[int, int]) -> int:
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
        per_day = _answers_per_day(s, where, days)


def _retention(s: Session, where: list[Any], days: _Days) -> tuple[float | None, list[tuple[str, float | None, int]]]:
    """True retention: answers to cards in review state (before the answer) that were not Again."""
    today = date.fromisoformat(days.day(0).date)
    first_week = -today.weekday() - 7 * (WEEKS - 1)  # offset of the Monday 11 weeks before this week's
    first = min(first_week, -29)
    bucket = raw(ReviewLog.reviewed_at) // BUCKET_US
    passed = ReviewLog.rating > Rating.AGAIN
    rows = s.execute(
        select(bucket, passed, func.count())
        .where(ReviewLog.reviewed_at >= days.day(first).start, ReviewLog.reviewed_at < days.day(0).end, *where)
        .where(ReviewLog.prev_state == State.REVIEW)
        .group_by(bucket, passed)
    ).all()
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
    with col.read() as s:
        rows = s.execute(
            select(ReviewLog.reviewed_at, ReviewLog.rating, ReviewLog.state, ReviewLog.due, ReviewLog.duration_ms)
            .where(ReviewLog.card_id == card_id).order_by(ReviewLog.reviewed_at, ReviewLog.id)
        ).all()
    return [Answer(*row) for row in rows]


def collection_stats(col: Collection, deck: str | None = None) -> Stats:
    """Counts, due today, retention, answers per day, streak and forecast, for a deck (with subdecks) or all."""
    now = col.now()
    with col.read() as s:
        deck_ids = subtree_ids(s.connection(), deck)
        hour = day_start_hour(s, deck)
        card_where = [] if deck_ids is None else [Card.deck_id.in_(deck_ids)]
        # "+ 0" keeps SQLite on the reviewed_at index (by card id it would read every log of the deck per day)
        log_where = [] if deck_ids is None else [(ReviewLog.card_id + 0).in_(select(Card.id).where(*card_where))]
        history = _Days(now, hour, 1 - HISTORY_DAYS, 0)
        stats = Stats(deck, **_card_counts(s, card_where))
        stats.forecast = _forecast(s, card_where, now, hour)
        per_day = _answers_per_day(s, log_where, history)
        stats.reviews_per_day = {history.day(o).date: n for o, n in sorted(per_day.items())}
        stats.streak = _streak(s, log_where, now, hour, history, per_day)
        stats.retention_30d, stats.retention_by_week = _retention(s, log_where, history)
    today = today_counts(col, deck)
    stats.today_new, stats.today_learning, stats.today_review = today.new, today.learning, today.due
    stats.due_today = today.learning + today.due
    return stats
