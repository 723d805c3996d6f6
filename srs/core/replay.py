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

from . import clock
from .consts import State
from .days import DAY_US, day_start_us
from .scheduling import _M64, _UNIT, SchedulingOptions

HALF_DAY_US = DAY_US // 2
# The loop compares and stores plain ints, not State members (an enum attribute lookup on each of
# hundreds of thousands of answers); the numbers are srs.core.consts.State's, never restated here.
NEW, LEARNING, REVIEW, RELEARNING = map(int, (State.NEW, State.LEARNING, State.REVIEW, State.RELEARNING))
_E = math.e

# One replayed answer, in review_logs column order:
# (card_id, rating, reviewed_at, duration_ms, state, stability, difficulty, due, prev_state, prev_interval_days)
LogRow = tuple[int, int, int, int, int, float, float, int, int, int]
# One logged answer to replay: (key, reviewed_at, rating 0-4, duration_ms); the key is ignored
Event = tuple[int, int, int, int]
# A card after its history: (state, step, stability, difficulty, due, last_review, reps, lapses)
CardRow = tuple[int, "int | None", "float | None", "float | None", int, "int | None", int, int]


class Replayer:
    """Answers logged reviews in order for one set of scheduling options."""

    def __init__(self, options: SchedulingOptions, anchor_us: int | None = None) -> None:
        """``anchor_us``: a day start that elapsed days are counted from (srs.core.days.elapsed_days);
        None: today's, at the options' day-start hour."""
        if anchor_us is None:
            anchor_us = day_start_us(clock.now(), options.day_start_hour)
        self.anchor = anchor_us
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
        self._ranges: dict[int, tuple[int, int]] = {}

    def _steps_after(self, steps: tuple[int, ...], step: int, r: int) -> tuple[int, int | None, int]:
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

    def _fuzz_range(self, days: int) -> tuple[int, int]:
        lo, hi = self._ranges.get(days, (0, 0))
        if hi == 0:
            delta = 1.0
            for fr in FUZZ_RANGES:
                delta += fr["factor"] * max(min(float(days), fr["end"]) - fr["start"], 0.0)
            lo, hi = max(2, round(days - delta)), min(round(days + delta), self.max_ivl)
            lo = min(lo, hi)
            self._ranges[days] = (lo, hi)
        return lo, hi

    def run(self, card_id: int, events: Iterable[Event],
            start: CardRow | None = None) -> tuple[CardRow | None, list[LogRow]]:
        """Answer ``events`` — (key, reviewed_at µs, rating, duration ms), oldest first — from
        ``start`` (None: a new card). The key is not read: it lets an importer hand over a
        sorted review log's rows (keyed by their card) as they come, without copying them. A rating of 0 is a reset: the card becomes new and
        the answers before it are dropped. Returns the card afterwards (None if still new)
        and one log row per answer.

        The formulas are fsrs.Scheduler's (_initial_stability, _short_term_stability,
        _next_stability, _next_difficulty, _next_interval, _get_fuzzed_interval) inlined:
        a call per formula was half the time."""
        if start is None:
            state, step, s, d, last, reps, lapses = NEW, None, None, None, None, 0, 0
        else:
            state, step, s, d, due, last, reps, lapses = start
        w = self.w
        w7, w9n, w10, w11, w12n, w13, w14, w19n = w[7], -w[9], w[10], w[11], -w[12], w[13], w[14], -w[19]
        hard_penalty, easy_bonus = w[15], w[16]
        init_s, init_d, short_inc, delta_d = self.init_s, self.init_d, self.short_inc, self.delta_d
        d_easy, e8, forget_short = self.d_easy, self.e8, self.forget_short
        factor, decay, retention_term, max_ivl = self.factor, self.decay, self.retention_term, self.max_ivl
        learning, relearning, fuzz = self.learning, self.relearning, self.fuzz
        steps_after, fuzz_range, ranges = self._steps_after, self._fuzz_range, self._ranges
        seed_base = card_id * 1_000_003
        anchor = self.anchor
        last_day = 0 if last is None else (last - anchor) // DAY_US  # the study day of the last answer
        if start is None:
            due = 0
        logs: list[LogRow] = []
        append = logs.append
        for _key, when, r, duration in events:
            if r == 0:
                state, step, s, d, last, reps, lapses, due = NEW, None, None, None, None, 0, 0, 0
                logs.clear()
                continue
            before = state
            day = (when - anchor) // DAY_US  # the study day of this answer
            if last is None:  # days.interval_days, without the call
                before_ivl = 0
            else:
                before_ivl = (due - last + HALF_DAY_US) // DAY_US
                if before_ivl < 0:
                    before_ivl = 0
            # stability and difficulty: the same three cases in every state
            if s is None or d is None:  # a new card (fsrs: Learning without memory)
                s, d = init_s[r], init_d[r]
            else:
                # study days (days.elapsed_days, inlined): day starts passed since the last review
                elapsed = None if last is None else day - last_day
                if elapsed is not None and elapsed < 1:  # same day: short-term stability
                    inc = short_inc[r] * (s ** w19n)
                    if r > 1 and inc < 1.0:
                        inc = 1.0
                    s = s * inc
                else:
                    ret = 0 if elapsed is None else (1 + factor * elapsed / s) ** decay  # elapsed >= 1 here
                    if r == 1:
                        long_term = w11 * (d ** w12n) * (((s + 1) ** w13) - 1) * (_E ** ((1 - ret) * w14))
                        short_term = s / forget_short
                        s = short_term if short_term < long_term else long_term
                    else:
                        s = s * (1 + e8 * (11 - d) * (s ** w9n) * ((_E ** ((1 - ret) * w10)) - 1)
                                 * (hard_penalty if r == 2 else 1) * (easy_bonus if r == 4 else 1))
                if s < STABILITY_MIN:
                    s = STABILITY_MIN
                d = w7 * d_easy + (1 - w7) * (d + (10.0 - d) * delta_d[r] / 9.0)
                if d < MIN_DIFFICULTY:
                    d = MIN_DIFFICULTY
                elif d > MAX_DIFFICULTY:
                    d = MAX_DIFFICULTY
            # state, step and interval
            if state == REVIEW:
                if r == 1:
                    lapses += 1
                    if relearning:
                        state, step, ivl_us = RELEARNING, 0, relearning[0]
                    else:
                        ivl_us = -1
                else:
                    ivl_us = -1
            else:
                if state == NEW:
                    step = 0
                assert step is not None  # a (re)learning card always holds its step
                graduate, step, ivl_us = steps_after(relearning if state == RELEARNING else learning, step, r)
                if graduate:
                    state = REVIEW
                elif state == NEW:
                    state = LEARNING
            if ivl_us < 0:  # a whole number of days
                days = round((s / factor) * retention_term)
                days = 1 if days < 1 else max_ivl if days > max_ivl else days
                if fuzz and state == REVIEW and days >= 3:
                    lo, hi = ranges.get(days) or fuzz_range(days)
                    x = (((seed_base + reps) & 0xFFFFFFFF) + 0x9E3779B97F4A7C15) & _M64  # fuzz_draw, inlined
                    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _M64
                    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _M64
                    days = round((((x ^ (x >> 31)) >> 11) * _UNIT * (hi - lo + 1)) + lo)
                    if days > max_ivl:
                        days = max_ivl
                ivl_us = days * DAY_US
            due = when + ivl_us
            last = when
            last_day = day
            reps += 1
            append((card_id, r, when, duration, state, s, d, due, before, before_ivl))
        if state == NEW:
            return None, logs
        return (state, step, s, d, due, last, reps, lapses), logs
