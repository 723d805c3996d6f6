"""Scheduling on top of the ``fsrs`` package.

Our cards keep FSRS's memory state plus a ``new`` state (0) that fsrs does not
have: a new card is handed to fsrs as a fresh ``Card`` due at its own due time.
Interval fuzz is deterministic: it is seeded by the card id and its review
count, so the same history always gives the same schedule.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache

import fsrs
import fsrs.scheduler as _fsrs_scheduler

from .consts import (
    DEFAULT_DAY_START_HOUR,
    DEFAULT_FUZZ,
    DEFAULT_LEARNING_STEPS,
    DEFAULT_MAXIMUM_INTERVAL,
    DEFAULT_RELEARNING_STEPS,
    DEFAULT_RETENTION,
    MAX_ANSWER_SECONDS,
    Rating,
    State,
)
from .days import days_between
from .days import (
    format_interval as format_interval,  # kept here for its callers; it lives with the other day arithmetic
)

# State, Rating, RATING_WORDS and MAX_ANSWER_SECONDS live in srs.core.consts; they are imported here for
# this module's own use and for callers that import them with the scheduler.


def answer_ms(elapsed_ms: int | float, cap_seconds: int = MAX_ANSWER_SECONDS) -> int:
    """The answer time to log: the time the card was on screen, clamped to ``[0, cap_seconds]``."""
    return max(0, min(int(elapsed_ms), cap_seconds * 1000))


@dataclass(frozen=True, slots=True)
class SchedulingOptions:
    desired_retention: float = DEFAULT_RETENTION
    parameters: tuple[float, ...] | None = None  # None: fsrs's defaults
    learning_steps: tuple[int, ...] = DEFAULT_LEARNING_STEPS  # seconds
    relearning_steps: tuple[int, ...] = DEFAULT_RELEARNING_STEPS
    maximum_interval: int = DEFAULT_MAXIMUM_INTERVAL
    fuzz: bool = DEFAULT_FUZZ
    day_start_hour: int = DEFAULT_DAY_START_HOUR  # FSRS counts elapsed days in study days (srs.core.days.elapsed_days)


def fsrs_decay(parameters: tuple[float, ...] | list[float] | None) -> float:
    """FSRS-6's decay, w[20], of these parameters (None: fsrs's defaults): what Anki keeps in a
    card's data beside its memory state, so that it reads the card's retrievability as we do."""
    w = parameters if parameters is not None and len(parameters) > 20 else _fsrs_scheduler.DEFAULT_PARAMETERS
    return float(w[20])


@dataclass(frozen=True, slots=True)
class Memory:
    """The scheduling columns of a card."""

    state: State
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int = 0
    lapses: int = 0


_fuzz_lock = threading.Lock()


class SeededScheduler(fsrs.Scheduler):
    """fsrs.Scheduler whose fuzz comes from a seeded generator, not the global one."""

    def review_seeded(self, card: fsrs.Card, rating: fsrs.Rating, when: datetime, seed: int) -> fsrs.Card:
        if not self.enable_fuzzing:
            return self.review_card(card, rating, when)[0]
        def draw() -> float:  # drawn only when fsrs fuzzes (review intervals of 3+ days)
            return fuzz_draw(seed)

        with _fuzz_lock:  # fsrs draws fuzz from its module-level ``random``
            saved = _fsrs_scheduler.random
            _fsrs_scheduler.random = draw
            try:
                return self.review_card(card, rating, when)[0]
            finally:
                _fsrs_scheduler.random = saved


@lru_cache(maxsize=32)
def scheduler_for(options: SchedulingOptions) -> SeededScheduler:
    kwargs = {}
    if options.parameters is not None:
        kwargs["parameters"] = options.parameters
    return SeededScheduler(
        desired_retention=options.desired_retention,
        learning_steps=tuple(timedelta(seconds=s) for s in options.learning_steps),
        relearning_steps=tuple(timedelta(seconds=s) for s in options.relearning_steps),
        maximum_interval=options.maximum_interval,
        enable_fuzzing=options.fuzz,
        **kwargs,
    )


def fuzz_seed(card_id: int, reps: int) -> int:
    return (card_id * 1_000_003 + reps) & 0xFFFFFFFF


_M64 = 0xFFFFFFFFFFFFFFFF
_UNIT = 1.0 / 9007199254740992.0  # 2**-53


def fuzz_draw(seed: int) -> float:
    """A uniform number in [0, 1) from ``seed`` (splitmix64's finaliser).

    Seeding a Mersenne Twister for one number cost 4 µs, a fifth of replaying
    a review on import; this costs a tenth of that and is as evenly spread."""
    x = (seed + 0x9E3779B97F4A7C15) & _M64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _M64
    return ((x ^ (x >> 31)) >> 11) * _UNIT


def to_fsrs(card_id: int, memory: Memory, when: datetime | None = None,
            day_start_hour: int = DEFAULT_DAY_START_HOUR) -> fsrs.Card:
    """The card as fsrs sees it at ``when``. fsrs counts elapsed days as whole 24-hour periods
    since ``last_review``; srs counts study days (srs.core.days.elapsed_days), so fsrs is
    handed a last review that many whole days before ``when`` (it reads it for nothing else)."""
    if memory.state == State.NEW:
        return fsrs.Card(card_id=card_id, state=fsrs.State.Learning, step=0, due=memory.due)
    last = memory.last_review
    if last is not None and when is not None:
        last = when - timedelta(days=days_between(last, when, day_start_hour))
    return fsrs.Card(
        card_id=card_id,
        state=fsrs.State(int(memory.state)),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=last,
    )


def answer(
    options: SchedulingOptions, card_id: int, memory: Memory, rating: Rating, when: datetime
) -> Memory:
    """The card's memory after answering ``rating`` at ``when`` (UTC)."""
    sched = scheduler_for(options)
    card = sched.review_seeded(to_fsrs(card_id, memory, when, options.day_start_hour), fsrs.Rating(int(rating)), when, fuzz_seed(card_id, memory.reps))
    lapsed = memory.state == State.REVIEW and rating == Rating.AGAIN
    return Memory(
        state=State(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=when,
        reps=memory.reps + 1,
        lapses=memory.lapses + (1 if lapsed else 0),
    )


def preview(options: SchedulingOptions, card_id: int, memory: Memory, when: datetime) -> dict[Rating, timedelta]:
    """How long until the card is due again after each rating."""
    return {r: answer(options, card_id, memory, r, when).due - when for r in Rating}


def retrievability(options: SchedulingOptions, memory: Memory, when: datetime) -> float:
    if memory.state == State.NEW or memory.stability is None or memory.last_review is None:
        return 0.0
    card = to_fsrs(0, memory, when, options.day_start_hour)
    return scheduler_for(options).get_card_retrievability(card, when)


def reset(memory: Memory, due: datetime) -> Memory:
    """Forget a card: it becomes new again (history stays in the log)."""
    return replace(memory, state=State.NEW, step=None, stability=None, difficulty=None, due=due, last_review=None)
