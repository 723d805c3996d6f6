"""Our card state and review log → Anki's ``cards`` and ``revlog`` columns.

Day numbers follow Anki's v2/v3 scheduler: a review card's ``due`` is the
number of days since the collection was created, counted with a 04:00
rollover. The package declares a UTC creation offset, so days are counted in
UTC; for users far from UTC a due date can land a day early or late.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .model import LEARNING, NEW, RELEARNING, REVIEW, ExportCard, ExportReview

ROLLOVER_HOUR = 4
_ROLLOVER = timedelta(hours=ROLLOVER_HOUR)
DEFAULT_FACTOR = 2500
MAX_ANSWER_MS = 60_000
LEARN_STEPS = 2  # Anki's default learning steps: 1m 10m
RELEARN_STEPS = 1  # Anki's default relearning steps: 10m

QUEUE_SUSPENDED, QUEUE_SCHED_BURIED, QUEUE_USER_BURIED = -1, -2, -3
QUEUE_NEW, QUEUE_LEARN, QUEUE_REVIEW, QUEUE_DAY_LEARN = 0, 1, 2, 3


def utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError(f"naive datetime {dt!r}: pass UTC-aware datetimes")
    return dt.astimezone(timezone.utc)


class DayClock:
    """Converts datetimes to Anki day numbers for a collection created at ``crt``."""

    def __init__(self, earliest: datetime):
        day = (utc(earliest) - _ROLLOVER).date()
        self.crt_date = day
        self.crt = int(datetime(day.year, day.month, day.day, ROLLOVER_HOUR,
                                tzinfo=timezone.utc).timestamp())

    def day(self, when: datetime) -> int:
        return ((utc(when) - _ROLLOVER).date() - self.crt_date).days


@dataclass(slots=True)
class CardRow:
    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int
    left: int
    flags: int
    data: str


def new_card(position: int) -> CardRow:
    return CardRow(0, QUEUE_NEW, position, 0, 0, 0, 0, 0, 0, "{}")


def card_row(card: ExportCard, position: int, clock: DayClock, now: datetime) -> CardRow:
    """Anki's scheduling columns for one of our cards (``position`` for new cards)."""
    flags = card.flag & 0b111
    state = card.state if card.state in (NEW, LEARNING, REVIEW, RELEARNING) else NEW
    if state == NEW:
        row = CardRow(0, QUEUE_NEW, position, 0, 0, card.reps, card.lapses, 0, flags, "{}")
    else:
        due = utc(card.due) if card.due is not None else utc(now)
        ivl = max(0, card.interval_days)
        if state == REVIEW:
            queue, due_num, left = QUEUE_REVIEW, clock.day(due), 0
            ivl = max(1, ivl)
        else:
            steps = LEARN_STEPS if state == LEARNING else RELEARN_STEPS
            left = max(1, steps - (card.step or 0))
            if clock.day(due) > clock.day(now):
                queue, due_num = QUEUE_DAY_LEARN, clock.day(due)
            else:
                queue, due_num = QUEUE_LEARN, int(due.timestamp())
        row = CardRow(state, queue, due_num, ivl, DEFAULT_FACTOR, card.reps, card.lapses,
                      left, flags, _data(card))
    if card.suspended:
        row.queue = QUEUE_SUSPENDED
    elif card.buried:
        row.queue = QUEUE_USER_BURIED
    return row


def _data(card: ExportCard) -> str:
    """The card's ``data`` JSON: FSRS memory state as Anki stores it."""
    data: dict[str, float | int] = {}
    if card.stability is not None and card.difficulty is not None:
        data["s"] = round(float(card.stability), 4)
        data["d"] = round(float(card.difficulty), 3)
        data["dr"] = round(float(card.desired_retention), 2)
        if card.decay is not None:
            data["decay"] = round(float(card.decay), 3)
    if card.last_review is not None:
        data["lrt"] = int(utc(card.last_review).timestamp())
    return json.dumps(data, separators=(",", ":")) if data else "{}"


_REVLOG_TYPE = {NEW: 0, LEARNING: 0, REVIEW: 1, RELEARNING: 2}


def revlog_row(review: ExportReview, card_id: int, used_ids: set[int]) -> tuple:
    """One ``revlog`` row; ids are review times in ms, nudged to stay unique."""
    rid = int(utc(review.reviewed_at).timestamp() * 1000)
    while rid in used_ids:
        rid += 1
    used_ids.add(rid)
    kind = _REVLOG_TYPE.get(review.state_before, 1)
    ease = min(4, max(1, int(review.rating)))
    factor = DEFAULT_FACTOR if kind else 0
    taken = min(MAX_ANSWER_MS, max(0, int(review.duration_ms)))
    return (rid, card_id, 0, ease, int(review.interval_days), int(review.last_interval_days),
            factor, taken, kind)
