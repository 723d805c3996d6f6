"""Anki's scheduling columns → our card schedule, keeping Anki's due date and interval.

Anki numbers days: a review card's ``due`` (and an interday learning card's)
is the number of days since the collection was created, day 0 being the
calendar date of its creation time ``crt`` in the creation time zone
(``creationOffset``, minutes west of UTC); a day starts at the ``rollover``
hour (4 am by default). A learning card due later today has its due time in
epoch seconds instead. A card in a filtered deck keeps its home due in ``odue``.

We store due times. A card due on Anki's day N gets a due time on that study
day at the same time after the day start as its last review was, so the
interval we derive from due and last review (srs.core.days.interval_days) is
Anki's ``ivl`` in whole days, and the card falls due on Anki's date.

The card's ``data`` JSON (read by SQLite: srs.anki.read_collection.SCHEDULED_SQL) holds Anki's FSRS memory state (``s``, ``d``) and
its last review time (``lrt``); a card scheduled by SM-2 has neither, and gets
a memory state computed from its review history by fsrs-rs (the engine Anki
runs), with the days counted as Anki's FSRS counts them (srs.core.days).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from srs.core.consts import State
from srs.core.days import DAY_US, day_start_us

TIMESTAMP_DUE = 1_000_000_000  # a learning card's due above this is epoch seconds (Anki's own test)
LATEST_SECONDS = 253402300799  # 9999-12-31: a due past it is no date (a hostile package's)
MAX_DAYS = 100 * 366  # a day number further than a century from the collection's creation is clamped to it
# Anki's card types are our states' numbers (srs.core.consts.State)
LEARNING, REVIEW, RELEARNING = State.LEARNING, State.REVIEW, State.RELEARNING


@dataclass(frozen=True, slots=True)
class AnkiDays:
    """How one package numbers its days, seen from now."""

    first_day: int  # the date of Anki's day 0, as a date ordinal
    today: int  # the date of the study day containing now, as a date ordinal
    anchor_us: int  # the start of that study day, µs since the epoch
    rollover: int  # the hour a day starts

    def day_us(self, day_number: int, last_us: int | None) -> int:
        """A due time on Anki's day ``day_number``: as long after the day start as ``last_us`` was
        after its own day start (the day start itself without one)."""
        offset = 0 if last_us is None else (last_us - self.anchor_us) % DAY_US
        return self.anchor_us + (self.first_day + day_number - self.today) * DAY_US + offset


def anki_days(crt: int, creation_offset: int | None, rollover: int | None, now: datetime,
              default_rollover: int) -> AnkiDays:
    """The numbering of a collection created at ``crt`` (epoch seconds) in the time zone
    ``creation_offset`` minutes west of UTC (None: an old collection without one, whose
    ``crt`` is its first day start in local time); ``rollover`` None: ``default_rollover``."""
    hour = rollover if rollover is not None and 0 <= rollover <= 23 else default_rollover
    crt = min(max(crt, 0), 253402300799)
    if creation_offset is not None and abs(creation_offset) <= 24 * 60:
        first = datetime.fromtimestamp(crt, timezone(timedelta(minutes=-creation_offset))).date()
    else:
        first = (datetime.fromtimestamp(crt, UTC).astimezone() - timedelta(hours=hour)).date()
    today = (now.astimezone() - timedelta(hours=hour)).date()
    return AnkiDays(first.toordinal(), today.toordinal(), day_start_us(now, hour), hour)


# (state, stability, difficulty, due µs, last review µs); stability and difficulty None: not in the package
Schedule = tuple[int, "float | None", "float | None", int, "int | None"]


def schedule(days: AnkiDays, ctype: int, due: int, odue: int, odid: int, ivl: int,
             memory: tuple[float | None, float | None, int | None], last_us: int | None) -> Schedule | None:
    """Our schedule of an Anki card (None: a new card), from its columns and its ``data``
    read by ``card_data``; ``last_us`` is its last logged answer (None: none in the package)."""
    if ctype not in (LEARNING, REVIEW, RELEARNING):
        return None
    s, d, lrt = memory
    last = lrt if lrt is not None else last_us
    home = odue if odid and odue else due
    if ctype != REVIEW and home > TIMESTAMP_DUE:  # a learning step due today: a time
        due_us = min(home, LATEST_SECONDS) * 1_000_000
    else:
        due_us = days.day_us(max(-MAX_DAYS, min(home, MAX_DAYS)), last)
        if last is None and ctype == REVIEW:  # no review time anywhere: the interval says when it was
            last = due_us - max(ivl, 0) * DAY_US
    return ctype, s, d, due_us, last


def card_data(s: object, d: object, lrt: object) -> tuple[float | None, float | None, int | None]:
    """(stability, difficulty, last review µs) from a card's ``data`` values ``s``, ``d`` and
    ``lrt`` (read by SQLite); None where absent or not a number."""
    lrt_us = lrt * 1_000_000 if type(lrt) is int and 0 < lrt < LATEST_SECONDS else None
    if not ((type(s) is float or type(s) is int) and (type(d) is float or type(d) is int)
            and 0 < s < math.inf and 0 < d < math.inf):
        return None, None, lrt_us
    # within FSRS's bounds, as Anki clamps them
    return min(max(float(s), 0.001), 36500.0), min(max(float(d), 1.0), 10.0), lrt_us


def study_date(days: AnkiDays, due_us: int) -> date:
    """The date of the study day a due time falls on, in this numbering (for reports and tests)."""
    return date.fromordinal(days.today + (due_us - days.anchor_us) // DAY_US)
