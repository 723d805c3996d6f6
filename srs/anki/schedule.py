"""Our card state and review log → Anki's ``cards`` and ``revlog`` columns.

Day numbers follow Anki's v2/v3 scheduler: a review card's ``due`` is the
number of days since the collection was created, counted with a 04:00
rollover in local time. The package declares the exporting machine's UTC
offset as its creation offset, so due dates land on the same local day in an
Anki that runs in that time zone (elsewhere they may move by a day).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Protocol

from srs.core.consts import State

from .model import EPOCH, ExportCard

ROLLOVER_HOUR = 4
_ROLLOVER = timedelta(hours=ROLLOVER_HOUR)
DEFAULT_FACTOR = 2500
MAX_ANSWER_MS = 60_000
LEARN_STEPS = 2  # Anki's default learning steps: 1m 10m
RELEARN_STEPS = 1  # Anki's default relearning steps: 10m

QUEUE_SUSPENDED, QUEUE_SCHED_BURIED, QUEUE_USER_BURIED = -1, -2, -3
QUEUE_NEW, QUEUE_LEARN, QUEUE_REVIEW, QUEUE_DAY_LEARN = 0, 1, 2, 3
_STATES = frozenset(map(int, State))  # a state outside these (a hostile or future value) exports as new


_MICROSECOND = timedelta(microseconds=1)


def micros(dt: datetime) -> int:
    """Microseconds since the epoch, exactly (a float timestamp loses the last digits)."""
    return (utc(dt) - EPOCH) // _MICROSECOND


def utc(dt: datetime) -> datetime:
    if dt.tzinfo is UTC:
        return dt
    if dt.tzinfo is None:
        raise ValueError(f"naive datetime {dt!r}: pass UTC-aware datetimes")
    return dt.astimezone(UTC)


class DayClock:
    """Converts datetimes to Anki day numbers for a collection created (at the
    04:00 rollover) on the local day of ``earliest``; ``offset`` is local time
    minus UTC."""

    def __init__(self, earliest: datetime, offset: timedelta = timedelta(0)):
        self.tz = timezone(offset)
        self.offset_minutes_west = -int(offset.total_seconds() // 60)
        day = (utc(earliest).astimezone(self.tz) - _ROLLOVER).date()
        self.crt_date = day
        self.crt = int(datetime(day.year, day.month, day.day, ROLLOVER_HOUR,
                                tzinfo=self.tz).timestamp())

    def day(self, when: datetime) -> int:
        return ((utc(when).astimezone(self.tz) - _ROLLOVER).date() - self.crt_date).days


# (type, queue, due, ivl, factor, reps, lapses, left, flags, data) as in ``cards``
CardCols = tuple[int, int, int, int, int, int, int, int, int, str]


def new_card(position: int) -> CardCols:
    return (0, QUEUE_NEW, position, 0, 0, 0, 0, 0, 0, "{}")


class DayNumbers(Protocol):
    """What card_row asks of a clock: the Anki day number of a moment (DayClock, the sync mirror's days)."""

    def day(self, when: datetime) -> int: ...


def card_row(card: ExportCard, position: int, clock: DayNumbers, now: datetime,
             last_logged: datetime | None = None) -> CardCols:
    """Anki's scheduling columns for one of our cards (``position`` for new cards).

    ``last_logged`` is the card's latest exported review: Anki holds the card's
    last review time equal to it (its "Check Database" rewrites it otherwise)."""
    flags = card.flag & 0b111
    state = card.state if card.state in _STATES else int(State.NEW)
    if state == State.NEW:
        queue, due_num, ivl, factor, left, data = QUEUE_NEW, position, 0, 0, 0, "{}"
    else:
        due = utc(card.due) if card.due is not None else utc(now)
        ivl, factor, data = max(0, card.interval_days), DEFAULT_FACTOR, _data(card, last_logged)
        if state == State.REVIEW:
            queue, due_num, left = QUEUE_REVIEW, clock.day(due), 0
            ivl = max(1, ivl)
        else:
            steps = LEARN_STEPS if state == State.LEARNING else RELEARN_STEPS
            left = max(1, steps - (card.step or 0))
            if clock.day(due) > clock.day(now):
                queue, due_num = QUEUE_DAY_LEARN, clock.day(due)
            else:
                queue, due_num = QUEUE_LEARN, int(due.timestamp())
    if card.suspended:
        queue = QUEUE_SUSPENDED
    elif card.buried:
        queue = QUEUE_USER_BURIED
    return (state, queue, due_num, ivl, factor, card.reps, card.lapses, left, flags, data)


def _data(card: ExportCard, last_logged: datetime | None = None) -> str:
    """The card's ``data`` JSON: FSRS memory state as Anki stores it (same
    keys and rounding as Anki's ``CardData``)."""
    parts = []
    if card.stability is not None and card.difficulty is not None:
        parts.append(f'"s":{_num(card.stability, 4)},"d":{_num(card.difficulty, 3)},'
                     f'"dr":{_num(card.desired_retention, 2)}')
        if card.decay is not None:
            parts.append(f'"decay":{_num(card.decay, 3)}')
    last = last_logged if last_logged is not None else card.last_review
    if last is not None:
        parts.append(f'"lrt":{int(utc(last).timestamp())}')
    return "{" + ",".join(parts) + "}"


def _num(value: float, places: int) -> str:
    v = round(float(value), places)
    if not math.isfinite(v):
        raise ValueError(f"not a finite number: {value!r}")
    return repr(v)  # what json.dumps writes for a float
