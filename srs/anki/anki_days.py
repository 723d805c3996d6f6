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

The package's day starts at its own ``rollover`` hour (a .colpkg records it; an
.apkg does not, and is read in the hour our days start, as Anki reads one in the
importing profile's hour). When that hour is not ours, the due time is moved
into the hours both days share (Anki's day N and our study day of the same
date): the card falls due on Anki's date in our days too, and its interval
stays Anki's as long as the two hours are less than 12 hours apart.

The card's ``data`` JSON (read by SQLite: srs.anki.read_collection.SCHEDULED_SQL) holds Anki's FSRS memory state (``s``, ``d``), the
desired retention and decay it was scheduled with (``dr``, ``decay``: kept with it) and
its last review time (``lrt``); a card scheduled by SM-2 has neither, and gets
a memory state computed from its review history by fsrs-rs (the engine Anki
runs), with the days counted as Anki's FSRS counts them (srs.core.days).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

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
    rollover: int  # the hour the package's day starts
    home_hour: int | None = None  # the hour our study day starts, when it is not ``rollover``

    def day_us(self, day_number: int, last_us: int | None) -> int:
        """A due time on Anki's day ``day_number``: as long after the day start as ``last_us`` was
        after its own day start (the day start itself without one), within our study day of
        the same date (see the module doc)."""
        offset = 0 if last_us is None else (last_us - self.anchor_us) % DAY_US
        start = self.anchor_us + (self.first_day + day_number - self.today) * DAY_US
        if self.home_hour is None:
            return start + offset
        ordinal = self.first_day + day_number
        if not _CALENDAR[0] <= ordinal <= _CALENDAR[1]:  # a hostile day number: no local day to share
            return start + offset
        ours = _local_us(date.fromordinal(ordinal), self.home_hour)
        ours_end = _local_us(date.fromordinal(ordinal + 1), self.home_hour)
        low, high = max(start, ours), min(start + DAY_US, ours_end) - 1_000_000
        return min(max(start + offset, low), high) if low <= high else start + offset


_CALENDAR = (date(1900, 1, 1).toordinal(), date(9000, 1, 1).toordinal())  # local times convert safely


def _local_us(day: date, hour: int) -> int:
    """The start of ``day``'s study day at ``hour`` local time, µs since the epoch."""
    return round(datetime.combine(day, time(hour=hour)).astimezone().timestamp()) * 1_000_000


def anki_days(crt: int, creation_offset: int | None, rollover: int | None, now: datetime,
              default_rollover: int) -> AnkiDays:
    """The numbering of a collection created at ``crt`` (epoch seconds) in the time zone
    ``creation_offset`` minutes west of UTC (None: an old collection without one, whose
    ``crt`` is its first day start in local time); ``rollover`` None: ``default_rollover``, the
    hour our own study days start."""
    hour = rollover if rollover is not None and 0 <= rollover <= 23 else default_rollover
    crt = min(max(crt, 0), LATEST_SECONDS - 2 * 86400)  # a local date of it exists in every time zone
    if creation_offset is not None and abs(creation_offset) <= 24 * 60:
        first = datetime.fromtimestamp(crt, timezone(timedelta(minutes=-creation_offset))).date()
    else:
        first = (datetime.fromtimestamp(crt, UTC).astimezone() - timedelta(hours=hour)).date()
    today = (now.astimezone() - timedelta(hours=hour)).date()
    return AnkiDays(first.toordinal(), today.toordinal(), day_start_us(now, hour), hour,
                    None if hour == default_rollover else default_rollover)


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


DECAY_BOUNDS = (0.1, 0.8)  # FSRS-6's bounds of w[20]


def retention_and_decay(dr: object, decay: object) -> tuple[float | None, float | None]:
    """The desired retention and FSRS decay a card's data says its memory state was scheduled
    with (``dr``, ``decay``, read by SQLite); None where absent or out of FSRS's range."""
    def number(x: object, low: float, high: float) -> float | None:
        if isinstance(x, bool) or not isinstance(x, int | float):  # SQLite gives int, float, str, bytes or None
            return None
        return float(x) if low <= x <= high else None
    return number(dr, 0.01, 0.99), number(decay, *DECAY_BOUNDS)


def study_date(days: AnkiDays, due_us: int) -> date:
    """The date of the study day a due time falls on, in this numbering (for reports and tests)."""
    return date.fromordinal(days.today + (due_us - days.anchor_us) // DAY_US)
