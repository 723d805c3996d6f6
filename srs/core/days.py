"""Study days: a day starts at the preset's day-start hour, local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone


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
    return StudyDay(start_local.astimezone(timezone.utc), end_local.astimezone(timezone.utc))


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
