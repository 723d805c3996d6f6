"""Anki's further statistics: interval, stability, difficulty and retrievability distributions;
answer buttons by card type, answers by hour of day, and true retention of young and mature cards.

The answer statistics cover the last ``RECENT_DAYS`` study days. A card's type at an answer is
what it was before it: learning (new, learning or relearning), young (a review card with an
interval under 21 days) or mature; this is how Anki's answer-button and true-retention tables
count. Hours are local, from 15-minute buckets (every time zone's hours fall on them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from srs.core.consts import YOUNG_DAYS
from srs.core.days import study_day
from srs.core.scheduling import fsrs_decay
from srs.db.deck_count_rows import subtree_ids
from srs.db.quick_read import Run
from srs.db.stats_rows import Scope, answers_by_bucket, answers_by_card_type, learned_cards
from srs.service.collection import Collection
from srs.service.deck_counts import preset_hour

RECENT_DAYS = 30
# (upper bound in days, label): a value goes in the first bucket whose bound it is below
DAY_BUCKETS = [(2, "≤1d"), (3, "2d"), (7, "3–6d"), (14, "1–2w"), (30, "2–4w"), (90, "1–3m"), (180, "3–6m"),
               (365, "6–12m"), (float("inf"), "1y+")]
RECALL_BUCKETS = [(0.5, "<50%"), (0.7, "50–70%"), (0.8, "70–80%"), (0.85, "80–85%"), (0.9, "85–90%"),
                  (0.95, "90–95%"), (float("inf"), "95–100%")]
CARD_TYPES = ("learning", "young", "mature")  # by CardType


@dataclass
class MoreStats:
    """Counts per bucket, as (label, cards) pairs in order; answers by type and hour; retention by type."""

    intervals: list[tuple[str, int]] = field(default_factory=list)
    stability: list[tuple[str, int]] = field(default_factory=list)
    difficulty: list[tuple[str, int]] = field(default_factory=list)  # FSRS difficulty, 1–10
    retrievability: list[tuple[str, int]] = field(default_factory=list)  # chance of recall now
    buttons: dict[str, list[int]] = field(default_factory=dict)  # card type → answers Again, Hard, Good, Easy
    hours: list[tuple[int, int]] = field(default_factory=lambda: [(0, 0)] * 24)  # local hour → (answers, not Again)
    days: int = RECENT_DAYS

    def retention(self, card_type: str) -> tuple[float | None, int]:
        """True retention of ``card_type`` ("young", "mature"): answers not Again, and how many answers."""
        counts = self.buttons.get(card_type, [0, 0, 0, 0])
        n = sum(counts)
        return ((n - counts[0]) / n if n else None), n


def recall(stability: float, elapsed_days: float, decay: float) -> float:
    """FSRS's retrievability after ``elapsed_days`` for a memory of ``stability`` (decay w[20]), as fsrs computes it."""
    factor = 0.9 ** (-1 / decay) - 1
    return float((1 + factor * max(0.0, elapsed_days) / stability) ** -decay)


def _bucketed(values: list[float], buckets: list[tuple[float, str]]) -> list[tuple[str, int]]:
    counts = [0] * len(buckets)
    for v in values:
        counts[next(i for i, (bound, _label) in enumerate(buckets) if v < bound)] += 1
    return [(label, n) for (_bound, label), n in zip(buckets, counts, strict=True)]


def more_stats(col: Collection, deck: str | None = None) -> MoreStats:
    """The distributions of ``deck``'s cards (with subdecks; None: all) and its last 30 days of answers."""
    with col.read_sql() as run:
        return more_stats_of(run, col.now(), deck)


def more_stats_of(run: Run, now: datetime, deck: str | None = None) -> MoreStats:
    scope = Scope(subtree_ids(run, deck))
    out = MoreStats()
    decays: dict[str | None, float] = {}
    intervals, stabilities, difficulties, recalls = [], [], [], []
    for card in learned_cards(run, scope):
        intervals.append(max(1.0, card.interval_days))
        if card.stability is None or card.difficulty is None or card.last_review is None:
            continue  # an imported card without a memory state yet
        stabilities.append(card.stability)
        difficulties.append(card.difficulty)
        parameters = card.preset_parameters
        if parameters not in decays:
            decays[parameters] = fsrs_decay(json.loads(parameters) if parameters else None)
        elapsed = (now - card.last_review).days  # whole days, as fsrs counts them
        recalls.append(recall(card.stability, elapsed, card.decay or decays[parameters]))
    out.intervals = _bucketed(intervals, DAY_BUCKETS)
    out.stability = _bucketed(stabilities, DAY_BUCKETS)
    out.difficulty = [(f"{d}–{d + 1}", sum(1 for v in difficulties if d <= v < d + 1 or (d == 9 and v >= 10)))
                      for d in range(1, 10)]
    out.retrievability = _bucketed(recalls, RECALL_BUCKETS)
    _answers(run, now, deck, scope, out)
    return out


def _answers(run: Run, now: datetime, deck: str | None, scope: Scope, out: MoreStats) -> None:
    since = study_day(now, preset_hour(run, deck), offset_days=1 - RECENT_DAYS).start
    until = now + timedelta(microseconds=1)  # an answer given at this very moment counts
    out.buttons = {t: [0, 0, 0, 0] for t in CARD_TYPES}
    for kind, rating, n in answers_by_card_type(run, scope, since, until, YOUNG_DAYS):
        out.buttons[CARD_TYPES[kind]][rating - 1] += n
    hours = [[0, 0] for _ in range(24)]
    for bucket, passed, n in answers_by_bucket(run, scope, since, until):
        hour = bucket.astimezone().hour
        hours[hour][0] += n
        hours[hour][1] += n if passed else 0
    out.hours = [(n, p) for n, p in hours]
