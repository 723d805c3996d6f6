"""Seeded review histories: two years of answers, simulated with FSRS-6's model.

Each studied card is introduced on a day of the last two years (oldest notes
first), goes through learning steps, and is then reviewed when due (sometimes
late). Whether it is recalled is drawn from the forgetting curve with a
per-card "true" stability, so the log has the lapses and rating mix an
optimizer can fit. The person stopped studying two days ago, so a realistic
backlog is due today. Once the log holds ``logs_per_card`` × cards rows the
remaining (newest) notes stay new.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

W = (0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
     1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542)
DECAY = -W[20]
FACTOR = 0.9 ** (1 / DECAY) - 1
DAY = 86_400
LEARN, REVIEW, RELEARN = 1, 2, 3  # srs states after an answer (0 is new)


@dataclass(slots=True)
class Log:
    at: float  # epoch seconds
    rating: int
    duration_ms: int
    state_before: int
    state_after: int
    step: int | None  # learning step after the answer
    stability: float
    difficulty: float
    due: float  # epoch seconds
    ivl: int  # Anki: days, or -seconds for learning steps
    last_ivl: int


@dataclass(slots=True)
class CardHistory:
    logs: list[Log] = field(default_factory=list)
    stability: float = 0.0
    difficulty: float = 0.0
    due: float = 0.0
    last_review: float = 0.0
    lapses: int = 0


def retrievability(elapsed_days: float, stability: float) -> float:
    return (1 + FACTOR * max(0.0, elapsed_days) / stability) ** DECAY


def _d0(g: int) -> float:
    return min(10.0, max(1.0, W[4] - math.exp(W[5] * (g - 1)) + 1))


def _next_d(d: float, g: int) -> float:
    d = d + (-W[6] * (g - 3)) * (10 - d) / 9
    return min(10.0, max(1.0, W[7] * _d0(4) + (1 - W[7]) * d))


def _recall_s(s: float, d: float, r: float, g: int) -> float:
    hard = W[15] if g == 2 else 1.0
    easy = W[16] if g == 4 else 1.0
    return s * (1 + math.exp(W[8]) * (11 - d) * s ** -W[9] * (math.exp(W[10] * (1 - r)) - 1) * hard * easy)


def _forget_s(s: float, d: float, r: float) -> float:
    return min(s, W[11] * d ** -W[12] * ((s + 1) ** W[13] - 1) * math.exp(W[14] * (1 - r)))


def _interval(s: float, max_days: int = 36500) -> int:
    return max(1, min(max_days, round(s)))


def simulate_card(rng: random.Random, start: float, study_end: float) -> CardHistory:
    """One card's answers from ``start`` until it is next due after ``study_end``."""
    h = CardHistory()
    logs = h.logs
    dur = lambda: int(rng.lognormvariate(8.6, 0.5))  # noqa: E731  (≈5 s, long tail)
    t = start
    first = rng.choices((1, 3, 4), (0.25, 0.65, 0.10))[0]
    s, d = W[first - 1], _d0(first)
    if first == 1:
        logs.append(Log(t, 1, dur(), 0, LEARN, 0, s, d, t + 60, -60, 0))
        t += 60 + rng.uniform(0, 120)
        logs.append(Log(t, 3, dur(), LEARN, LEARN, 1, s, d, t + 600, -600, -60))
        t += 600 + rng.uniform(0, 600)
    elif first == 3:
        logs.append(Log(t, 3, dur(), 0, LEARN, 1, s, d, t + 600, -600, 0))
        t += 600 + rng.uniform(0, 600)
    ivl = _interval(s)
    state_before = 0 if first == 4 else LEARN
    if first != 4:
        d = _next_d(d, 3)
    last_ivl = -600 if first != 4 else 0
    logs.append(Log(t, 3 if first != 4 else 4, dur(), state_before, REVIEW, None, s, d, t + ivl * DAY, ivl, last_ivl))
    true_mult = rng.lognormvariate(0.35, 0.35)  # how well this person really knows the card
    while True:
        nxt = t + ivl * DAY + rng.uniform(-3, 3) * 3600
        if rng.random() < 0.15:
            nxt += rng.expovariate(1 / 4) * DAY  # late
        if nxt > study_end:
            break
        elapsed = (nxt - t) / DAY
        r_model = retrievability(elapsed, s)
        recalled = rng.random() < retrievability(elapsed, s * true_mult)
        t = nxt
        last_ivl = ivl
        if recalled:
            g = rng.choices((2, 3, 4), (0.12, 0.8, 0.08))[0]
            s, d = _recall_s(s, d, r_model, g), _next_d(d, g)
            ivl = _interval(s)
            logs.append(Log(t, g, dur(), REVIEW, REVIEW, None, s, d, t + ivl * DAY, ivl, last_ivl))
            continue
        h.lapses += 1
        s, d = _forget_s(s, d, r_model), _next_d(d, 1)
        logs.append(Log(t, 1, dur(), REVIEW, RELEARN, 0, s, d, t + 600, -600, last_ivl))
        t += 600 + rng.uniform(0, 900)
        d = _next_d(d, 3)  # same-day relearning step: stability stays
        ivl = _interval(s)
        logs.append(Log(t, 3, dur(), RELEARN, REVIEW, None, s, d, t + ivl * DAY, ivl, -600))
    h.stability, h.difficulty, h.due, h.last_review = s, d, t + ivl * DAY, t
    return h


def simulate(note_intros: list[float], cards_of_note: list[int], *, now: float, seed: int,
             logs_per_card: float = 10.0) -> list[list[CardHistory | None]]:
    """Histories per note (a list per note, one entry per card; None: still new).

    ``note_intros`` must be sorted oldest first.
    """
    rng = random.Random(f"history:{seed}")
    total_cards = sum(cards_of_note)
    cap = int(logs_per_card * total_cards)
    study_end = now - 2 * DAY
    out: list[list[CardHistory | None]] = []
    n_logs = 0
    for intro, k in zip(note_intros, cards_of_note, strict=True):
        if n_logs >= cap or intro > study_end:
            out.append([None] * k)
            continue
        hist = []
        for _ in range(k):
            start = min(study_end - 3600, intro + rng.uniform(0, 5) * DAY)
            h = simulate_card(rng, start, study_end)
            n_logs += len(h.logs)
            hist.append(h)
        out.append(hist)
    return out


def intro_times(n_notes: int, *, now: float, seed: int, days: int = 730) -> list[float]:
    """When each note was added: spread over ``days`` (oldest first), a few very recent."""
    rng = random.Random(f"intro:{seed}")
    return sorted(now - rng.uniform(0, days) * DAY for _ in range(n_notes))
