"""Study days: a day starts at the preset's day-start hour, local time.

Also the one definition of the days FSRS counts between reviews (``elapsed_days``,
explained below): the scheduler, the import replay and the optimizer all use it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta


@dataclass(frozen=True, slots=True)
class StudyDay:
    start: datetime  # UTC
    end: datetime  # UTC, exclusive

    @property
    def date(self) -> str:
        return self.start.astimezone().date().isoformat()


def study_day(now: datetime, day_start_hour: int = 4, *, offset_days: int = 0) -> StudyDay:
    """The study day containing ``now`` (UTC), in the machine's local time zone."""
    local = now.astimezone()
    shifted = local - timedelta(hours=day_start_hour)
    day = shifted.date() + timedelta(days=offset_days)
    start_local = datetime.combine(day, time(hour=day_start_hour)).astimezone()
    end_local = datetime.combine(day + timedelta(days=1), time(hour=day_start_hour)).astimezone()
    return StudyDay(start_local.astimezone(UTC), end_local.astimezone(UTC))


def day_index(moment: datetime, day_start_hour: int = 4) -> int:
    """Ordinal of the study day containing ``moment`` (for streaks and heatmaps)."""
    return (moment.astimezone() - timedelta(hours=day_start_hour)).date().toordinal()


DAY_US = 86_400_000_000


def interval_days(due_us: int, last_review_us: int | None) -> int:
    """A card's scheduled interval in whole days (half a day rounds up; 0 for new cards
    and same-day learning steps). The same integer rule runs in SQL (exports, migration 0004)."""
    if last_review_us is None:
        return 0
    return max(0, (due_us - last_review_us + DAY_US // 2) // DAY_US)


# -- elapsed days: the one definition ------------------------------------------------
#
# FSRS asks how many days passed since a card's last review. srs counts them as
# Anki does: the number of day starts (the preset's day-start hour, Anki's
# "next day starts at", 4 am by default, local time) between the two moments,
# not the number of whole 24-hour periods. A review at 21:00 and the next at
# 08:00 the next morning are 1 day apart; 03:30 and 04:30 are 1 day apart too;
# 05:00 and 23:00 the same day are 0. Day starts are taken every 24 hours from
# an anchor day start (``day_start_us``), as Anki's FSRS does from its next day
# start: a daylight-saving change between the two moments moves the boundary by
# that hour. The scheduler anchors at the answer's own day start; the import
# replay, the memory states computed for imported cards and the optimizer
# anchor at the current day start (Anki does the same when it computes memory
# states or fits parameters). An FSRS model fitted on these counts schedules
# with these counts.


def day_start_us(moment: datetime, day_start_hour: int = 4) -> int:
    """The start of the study day containing ``moment``, in µs since the epoch: an anchor
    for ``elapsed_days``."""
    start = study_day(moment, day_start_hour).start
    return round(start.timestamp()) * 1_000_000


def study_day_number(moment_us: int, anchor_us: int) -> int:
    """The study day of ``moment_us`` counted from the day that starts at ``anchor_us``."""
    return (moment_us - anchor_us) // DAY_US


def elapsed_days(earlier_us: int, later_us: int, anchor_us: int) -> int:
    """Days FSRS counts between two reviews: the day starts passed from ``earlier_us`` to
    ``later_us`` (never negative)."""
    return max(0, (later_us - anchor_us) // DAY_US - (earlier_us - anchor_us) // DAY_US)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)


def days_between(earlier: datetime, later: datetime, day_start_hour: int = 4) -> int:
    """``elapsed_days`` for two datetimes, anchored at the day start of ``later`` (how the
    scheduler counts when a card is answered)."""
    return elapsed_days((earlier - _EPOCH) // _US, (later - _EPOCH) // _US, day_start_us(later, day_start_hour))


def format_interval(delta: timedelta) -> str:
    """An interval as people read it: ``<1m``, ``<10m``, ``5h``, ``3d``, ``1.2mo``, ``2.1y``."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1m"
    minutes = seconds / 60
    if minutes < 60:
        return f"<{math.ceil(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    months = days / 30.44
    if months < 12:
        return f"{months:.1f}mo"
    return f"{days / 365.25:.1f}y"
