"""Replay a card's review history in bulk, with the scheduler's exact arithmetic.

Importing years of Anki history answers every logged review again. Through
``answer`` (fsrs's ``review_card``: copies, enums, datetimes) that cost 20 µs a
review, 14 s for 700k reviews. ``Replayer`` is the same scheduler with plain
floats and integer microseconds: the formulas are fsrs 6's, written in the same
order so every stability, difficulty and due date comes out bit-identical to
``answer`` (a property test holds the two together).

Times are integer microseconds since the epoch (UTC); ratings 1-4.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from fsrs.scheduler import (
    DEFAULT_PARAMETERS,
    FUZZ_RANGES,
    MAX_DIFFICULTY,
    MIN_DIFFICULTY,
    STABILITY_MIN,
)

from .scheduling import SchedulingOptions, fuzz_draw, fuzz_seed

DAY_US = 86_400_000_000
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
_E = math.e

# One replayed answer, in review_logs column order:
# (card_id, rating, reviewed_at, duration_ms, state, stability, difficulty, due, prev_state)
LogRow = tuple[int, int, int, int, int, float, float, int, int]
# A card after its history: (state, step, stability, difficulty, due, last_review, reps, lapses)
CardRow = tuple[int, "int | None", "float | None", "float | None", int, "int | None", int, int]


class Replayer:
    """Answers logged reviews in order for one set of scheduling options."""

    def __init__(self, options: SchedulingOptions) -> None:
        w = tuple(options.parameters) if options.parameters is not None else tuple(DEFAULT_PARAMETERS)
        self.w = w
        self.decay = -w[20]
        self.factor = 0.9 ** (1 / self.decay) - 1
        self.retention_term = (options.desired_retention ** (1 / self.decay)) - 1
        self.learning = tuple(s * 1_000_000 for s in options.learning_steps)
        self.relearning = tuple(s * 1_000_000 for s in options.relearning_steps)
        self.max_ivl = options.maximum_interval
        self.fuzz = options.fuzz
        self.d_easy = w[4] - (_E ** (w[5] * (4 - 1))) + 1  # initial difficulty of Easy, unclamped
        self.init_s = [0.0] + [max(w[r - 1], STABILITY_MIN) for r in (1, 2, 3, 4)]
        self.init_d = [0.0] + [min(max(w[4] - (_E ** (w[5] * (r - 1))) + 1, MIN_DIFFICULTY), MAX_DIFFICULTY)
                               for r in (1, 2, 3, 4)]
        self.short_inc = [0.0] + [_E ** (w[17] * (r - 3 + w[18])) for r in (1, 2, 3, 4)]
        self.delta_d = [0.0] + [-(w[6] * (r - 3)) for r in (1, 2, 3, 4)]
        self.forget_short = _E ** (w[17] * w[18])
        self.e8 = _E ** w[8]

    # -- the formulas (fsrs.Scheduler's, in its operation order) ---------------

    def _next_d(self, d: float, r: int) -> float:
        w7 = self.w[7]
        nd = w7 * self.d_easy + (1 - w7) * (d + (10.0 - d) * self.delta_d[r] / 9.0)
        return min(max(nd, MIN_DIFFICULTY), MAX_DIFFICULTY)

    def _short_s(self, s: float, r: int) -> float:
        inc = self.short_inc[r] * (s ** -self.w[19])
        if r > 1:
            inc = max(inc, 1.0)
        return max(s * inc, STABILITY_MIN)

    def _long_s(self, d: float, s: float, elapsed_days: int | None, r: int) -> float:
        w = self.w
        ret = 0 if elapsed_days is None else (1 + self.factor * max(0, elapsed_days) / s) ** self.decay
        if r == 1:
            long_term = w[11] * (d ** -w[12]) * (((s + 1) ** (w[13])) - 1) * (_E ** ((1 - ret) * w[14]))
            ns = min(long_term, s / self.forget_short)
        else:
            ns = s * (1 + self.e8 * (11 - d) * (s ** -w[9]) * ((_E ** ((1 - ret) * w[10])) - 1)
                      * (w[15] if r == 2 else 1) * (w[16] if r == 4 else 1))
        return max(ns, STABILITY_MIN)

    def _interval_days(self, s: float) -> int:
        return min(max(round((s / self.factor) * self.retention_term), 1), self.max_ivl)

    def _fuzzed(self, days: int, seed: int) -> int:
        if days < 2.5:
            return days
        delta = 1.0
        for fr in FUZZ_RANGES:
            delta += fr["factor"] * max(min(float(days), fr["end"]) - fr["start"], 0.0)
        lo, hi = max(2, round(days - delta)), min(round(days + delta), self.max_ivl)
        lo = min(lo, hi)
        return min(round((fuzz_draw(seed) * (hi - lo + 1)) + lo), self.max_ivl)

    def _steps_after(self, steps: tuple[int, ...], step: int, r: int, s: float) -> tuple[int, int | None, int]:
        """(state flag, step, interval µs) of a (re)learning card; state flag 0 stays, 1 graduates."""
        if not steps or (step >= len(steps) and r > 1):
            return 1, None, -1
        if r == 1:
            return 0, 0, steps[0]
        if r == 2:
            if step == 0 and len(steps) == 1:
                return 0, step, round(steps[0] * 1.5)
            if step == 0:
                return 0, step, round((steps[0] + steps[1]) / 2.0)
            return 0, step, steps[step]
        if r == 3:
            if step + 1 == len(steps):
                return 1, None, -1
            return 0, step + 1, steps[step + 1]
        return 1, None, -1

    # -- one card ---------------------------------------------------------------

    def run(self, card_id: int, events: Iterable[tuple[int, int, int]],
            start: CardRow | None = None) -> tuple[CardRow | None, list[LogRow]]:
        """Answer ``events`` — (reviewed_at µs, rating, duration ms), oldest first — from
        ``start`` (None: a new card). A rating of 0 is a reset: the card becomes new and
        the answers before it are dropped. Returns the card afterwards (None if still new)
        and one log row per answer."""
        if start is None:
            state, step, s, d, last, reps, lapses = NEW, None, None, None, None, 0, 0
        else:
            state, step, s, d, _due, last, reps, lapses = start
        due = 0
        logs: list[LogRow] = []
        for when, r, duration in events:
            if r == 0:
                state, step, s, d, last, reps, lapses, due = NEW, None, None, None, None, 0, 0, 0
                logs.clear()
                continue
            before = state
            since = None if last is None else (when - last) // DAY_US
            if state == NEW or state == LEARNING:
                if state == NEW:
                    step = 0
                if s is None or d is None:
                    s, d = self.init_s[r], self.init_d[r]
                elif since is not None and since < 1:
                    s, d = self._short_s(s, r), self._next_d(d, r)
                else:
                    s, d = self._long_s(d, s, since, r), self._next_d(d, r)
                graduate, step, ivl_us = self._steps_after(self.learning, step, r, s)
                state = REVIEW if graduate else LEARNING
            elif state == REVIEW:
                if since is not None and since < 1:
                    s = self._short_s(s, r)
                else:
                    s = self._long_s(d, s, since, r)
                d = self._next_d(d, r)
                if r == 1 and self.relearning:
                    state, step, ivl_us = RELEARNING, 0, self.relearning[0]
                    lapses += 1
                else:
                    if r == 1:
                        lapses += 1
                    ivl_us = -1
            else:  # RELEARNING
                if since is not None and since < 1:
                    s, d = self._short_s(s, r), self._next_d(d, r)
                else:
                    s, d = self._long_s(d, s, since, r), self._next_d(d, r)
                graduate, step, ivl_us = self._steps_after(self.relearning, step, r, s)
                state = REVIEW if graduate else RELEARNING
            if ivl_us < 0:  # a whole number of days
                days = self._interval_days(s)
                if self.fuzz and state == REVIEW:
                    days = self._fuzzed(days, fuzz_seed(card_id, reps))
                ivl_us = days * DAY_US
            due = when + ivl_us
            last = when
            reps += 1
            logs.append((card_id, r, when, duration, state, s, d, due, before))
        if state == NEW:
            return None, logs
        return (state, step, s, d, due, last, reps, lapses), logs
