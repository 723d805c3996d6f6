"""A package's nonsense does not break the rollover reading: day numbers and answer times past
any calendar, with the package's day starting at another hour than ours (srs.anki.anki_days,
srs.anki.rollover). The hours themselves are judged by Anki in test_import_schedules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from srs.anki.anki_days import DAY_US, MAX_DAYS, anki_days

NOW = datetime(2026, 3, 7, 12, tzinfo=UTC)


@pytest.mark.parametrize("crt", [0, 1_767_225_600, 253402300799])
@pytest.mark.parametrize("day_number", [-MAX_DAYS, 0, MAX_DAYS])
def test_a_due_day_past_any_calendar_gets_a_due_time(crt: int, day_number: int) -> None:
    days = anki_days(crt, -540, 7, NOW, 4)  # Anki's day starts at 7, ours at 4, in UTC+9
    due = days.day_us(day_number, None)
    start = days.anchor_us + (days.first_day + day_number - days.today) * DAY_US
    assert start <= due < start + DAY_US  # on Anki's day, whatever else


def test_a_due_time_falls_on_ankis_date_in_our_days() -> None:
    """Anki's day 3 (7 am to 7 am) and our study day of that date (4 am to 4 am) share 7 am to 4 am."""
    days = anki_days(1_767_225_600, 0, 7, NOW, 4)
    at_six = 1_767_225_600 * 1_000_000 + 6 * 3600 * 1_000_000  # a last answer at 06:00 local
    due = days.day_us(3, at_six)
    start = days.anchor_us + (days.first_day + 3 - days.today) * DAY_US
    assert start <= due < start + DAY_US - 3 * 3600 * 1_000_000
