"""One definition of elapsed days: study days (day starts at the preset's hour), as Anki's FSRS counts.

fsrs-rs (the engine in Anki and in our optimizer) is the judge: given the days we
count, it gives the stability our scheduler and our import replay give.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs_rs_python as rs
import pytest

from srs.core.days import DAY_US, day_start_us, days_between, elapsed_days
from srs.core.replay import Replayer
from srs.core.scheduling import Memory, Rating, SchedulingOptions, State, answer
from srs.db.types import to_micros

EVENING = datetime(2026, 3, 2, 21, 0, tzinfo=UTC)  # tests run with TZ=UTC


@pytest.mark.parametrize(("earlier", "later", "days"), [
    ((2, 21, 0), (3, 8, 0), 1),  # evening, then the next morning: a day start (4 am) between
    ((3, 3, 30), (3, 4, 30), 1),  # across the rollover hour, one hour apart
    ((3, 5, 0), (3, 23, 0), 0),  # same study day, 18 hours apart
    ((3, 23, 0), (4, 3, 59), 0),  # after midnight, before the day start: still the same day
    ((2, 9, 0), (9, 9, 0), 7),
])
def test_elapsed_days_count_day_starts_not_24_hour_periods(earlier, later, days) -> None:
    a = datetime(2026, 3, earlier[0], earlier[1], earlier[2], tzinfo=UTC)
    b = datetime(2026, 3, later[0], later[1], later[2], tzinfo=UTC)
    assert days_between(a, b, 4) == days
    anchor = day_start_us(datetime(2026, 6, 1, 12, tzinfo=UTC), 4)  # any day start gives the same count
    assert elapsed_days(to_micros(a), to_micros(b), anchor) == days


def test_a_later_day_start_hour_moves_the_boundary() -> None:
    a, b = datetime(2026, 3, 3, 3, 30, tzinfo=UTC), datetime(2026, 3, 3, 5, 30, tzinfo=UTC)
    assert days_between(a, b, 4) == 1
    assert days_between(a, b, 6) == 0


def _review_card(last: datetime) -> Memory:
    return Memory(State.REVIEW, None, 3.0, 5.0, last + timedelta(days=3), last, 3, 0)


def test_the_scheduler_counts_an_evening_then_a_morning_as_one_day_like_fsrs_rs() -> None:
    options = SchedulingOptions(fuzz=False)
    morning = EVENING + timedelta(hours=11)
    after = answer(options, 1, _review_card(EVENING), Rating.GOOD, morning)
    engine = rs.FSRS(list(rs.DEFAULT_PARAMETERS))
    one_day = engine.next_states(rs.MemoryState(3.0, 5.0), 0.9, 1).good.memory
    same_day = engine.next_states(rs.MemoryState(3.0, 5.0), 0.9, 0).good.memory
    assert after.stability == pytest.approx(one_day.stability, rel=1e-4)
    assert after.stability != pytest.approx(same_day.stability, rel=1e-2)  # what 24-hour periods gave
    assert after.difficulty == pytest.approx(one_day.difficulty, rel=1e-4)


def test_the_import_replay_counts_days_as_the_scheduler_does() -> None:
    options = SchedulingOptions(fuzz=False)
    t0 = to_micros(EVENING)
    events = [(1, t0, 3, 0), (1, t0 + 11 * 3600 * 1_000_000, 3, 0), (1, t0 + DAY_US + 8 * 3600 * 1_000_000, 1, 0)]
    card, logs = Replayer(options, day_start_us(EVENING, 4)).run(1, events)
    memory = Memory(State.NEW, None, None, None, EVENING, None, 0, 0)
    for _, when, rating, _ in events:
        memory = answer(options, 1, memory, Rating(rating), datetime.fromtimestamp(when / 1e6, UTC))
    assert (card[2], card[3]) == (memory.stability, memory.difficulty)
    engine = rs.FSRS(list(rs.DEFAULT_PARAMETERS))
    expected = engine.memory_state(rs.FSRSItem([rs.FSRSReview(3, 0), rs.FSRSReview(3, 1), rs.FSRSReview(1, 1)]))
    assert card[2] == pytest.approx(expected.stability, rel=1e-3)
    assert card[3] == pytest.approx(expected.difficulty, rel=1e-3)
