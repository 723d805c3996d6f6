"""The bulk replay used by imports gives exactly what answering one review at a time gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.core.days import interval_days
from srs.core.replay import Replayer
from srs.core.scheduling import Memory, Rating, SchedulingOptions, State, answer
from srs.db.types import from_micros, to_micros

START = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)

options_st = st.builds(
    SchedulingOptions,
    desired_retention=st.sampled_from([0.8, 0.9, 0.95]),
    parameters=st.sampled_from([None, (0.3, 1.1, 2.9, 14.0, 7.0, 0.5, 1.7, 0.01, 1.4, 0.15, 0.9,
                                       1.9, 0.1, 0.3, 2.2, 0.2, 3.0, 0.5, 0.6, 0.1, 0.3)]),
    learning_steps=st.sampled_from([(60, 600), (), (300,), (60, 600, 3600)]),
    relearning_steps=st.sampled_from([(600,), (), (600, 86400)]),
    maximum_interval=st.sampled_from([36500, 30]),
    fuzz=st.booleans(),
)
# gaps between reviews: seconds, hours, days, months
gap_st = st.one_of(st.integers(0, 3600), st.integers(3600, 3 * 86400), st.integers(86400, 400 * 86400))
events_st = st.lists(st.tuples(gap_st, st.sampled_from([1, 2, 3, 4])), min_size=1, max_size=40)


def one_at_a_time(options: SchedulingOptions, card_id: int, events: list[tuple[int, int]]):
    memory = Memory(State.NEW, None, None, None, START, None, 0, 0)
    when, logs = START, []
    for gap, rating in events:
        when += timedelta(seconds=gap)
        after = answer(options, card_id, memory, Rating(rating), when)
        logs.append((card_id, rating, to_micros(when), 0, int(after.state), after.stability, after.difficulty,
                     to_micros(after.due), int(memory.state),
                     interval_days(to_micros(memory.due), memory.last_review and to_micros(memory.last_review))))
        memory = after
    return memory, logs


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(options=options_st, card_id=st.integers(1, 10**9), events=events_st)
def test_replay_is_bit_identical_to_answering_each_review(options, card_id, events) -> None:
    memory, expected_logs = one_at_a_time(options, card_id, events)
    when, timed = to_micros(START), []
    for gap, rating in events:
        when += gap * 1_000_000
        timed.append((card_id, when, rating, 0))
    card, logs = Replayer(options).run(card_id, timed)
    assert logs == expected_logs  # floats compared with ==: the same bits
    assert card == (int(memory.state), memory.step, memory.stability, memory.difficulty, to_micros(memory.due),
                    to_micros(memory.last_review), memory.reps, memory.lapses)


def test_a_reset_starts_the_card_over() -> None:
    t0 = to_micros(START)
    day = 86_400_000_000
    replayer = Replayer(SchedulingOptions())
    card, logs = replayer.run(7, [(7, t0, 3, 0), (7, t0 + day, 1, 0), (7, t0 + 2 * day, 0, 0), (7, t0 + 3 * day, 4, 5000)])
    fresh, fresh_logs = replayer.run(7, [(7, t0 + 3 * day, 4, 5000)])
    assert card == fresh and logs == fresh_logs
    assert card[6] == 1 and card[7] == 0  # one rep, no lapse: the history before the reset is gone
    assert from_micros(card[4]) > from_micros(t0 + 3 * day) + timedelta(days=2)  # Easy on a new card: days away


def test_only_a_reset_leaves_a_new_card() -> None:
    card, logs = Replayer(SchedulingOptions()).run(7, [(7, to_micros(START), 3, 0), (7, to_micros(START) + 1, 0, 0)])
    assert card is None and logs == []
