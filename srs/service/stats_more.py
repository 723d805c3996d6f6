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
from datetime import UTC, datetime

from srs.core.consts import LEARNING_STATES, Rating, State
from srs.core.days import study_day
from srs.core.errors import NotFound
from srs.core.scheduling import fsrs_decay
from srs.db.micros import from_micros, to_micros
from srs.db.quick_read import Run
from srs.db.stats_rows import BUCKET_US, INTERVAL_DAYS, _and
from srs.service.collection import Collection
from srs.service.deck_counts import preset_hour
from srs.service.stats import YOUNG_DAYS

RECENT_DAYS = 30
# (upper bound in days, label): a value goes in the first bucket whose bound it is below
DAY_BUCKETS = [(2, "≤1d"), (3, "2d"), (7, "3–6d"), (14, "1–2w"), (30, "2–4w"), (90, "1–3m"), (180, "3–6m"),
               (365, "6–12m"), (float("inf"), "1y+")]
RECALL_BUCKETS = [(0.5, "<50%"), (0.7, "50–70%"), (0.8, "70–80%"), (0.85, "80–85%"), (0.9, "85–90%"),
                  (0.95, "90–95%"), (float("inf"), "95–100%")]
CARD_TYPES = ("learning", "young", "mature")


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


def _deck_filters(run: Run, deck: str | None) -> tuple[str, str]:
    """SQL conditions for the cards and the review log of ``deck`` and its subdecks ("" for all)."""
    if deck is None:
        return "", ""
    ids = [i for i, n in run("SELECT id, name FROM decks", ()) if n == deck or n.startswith(deck + "::")]
    if not ids:
        raise NotFound(f"no deck named {deck!r} (see `srs decks`)")
    cards = f"deck_id IN ({', '.join(str(int(i)) for i in ids)})"
    return cards, f"(card_id + 0) IN (SELECT id FROM cards WHERE {cards})"  # + 0: stay on the reviewed_at index


def more_stats(col: Collection, deck: str | None = None) -> MoreStats:
    """The distributions of ``deck``'s cards (with subdecks; None: all) and its last 30 days of answers."""
    with col.read_sql() as run:
        return more_stats_of(run, col.now(), deck)


def more_stats_of(run: Run, now: datetime, deck: str | None = None) -> MoreStats:
    card_where, log_where = _deck_filters(run, deck)
    out = MoreStats()
    learned = _and(card_where, f"state != {State.NEW:d}", "suspended = 0")
    rows = run(f"SELECT {INTERVAL_DAYS}, stability, difficulty, last_review, c.decay, p.parameters FROM cards c"
               " JOIN decks d ON d.id = c.deck_id JOIN presets p ON p.id = d.preset_id"
               f"{learned.replace('deck_id', 'c.deck_id')}", ())
    decays: dict[str | None, float] = {}
    intervals, stabilities, difficulties, recalls = [], [], [], []
    for ivl, stability, difficulty, last_review, card_decay, parameters in rows:
        intervals.append(max(1.0, float(ivl or 0)))
        if stability is None or difficulty is None or last_review is None:
            continue  # an imported card without a memory state yet
        stabilities.append(stability)
        difficulties.append(difficulty)
        if parameters not in decays:
            decays[parameters] = fsrs_decay(json.loads(parameters) if parameters else None)
        elapsed = (now - from_micros(last_review)).days  # whole days, as fsrs counts them
        recalls.append(recall(stability, elapsed, card_decay or decays[parameters]))
    out.intervals = _bucketed(intervals, DAY_BUCKETS)
    out.stability = _bucketed(stabilities, DAY_BUCKETS)
    out.difficulty = [(f"{d}–{d + 1}", sum(1 for v in difficulties if d <= v < d + 1 or (d == 9 and v >= 10)))
                      for d in range(1, 10)]
    out.retrievability = _bucketed(recalls, RECALL_BUCKETS)
    _answers(run, now, deck, log_where, out)
    return out


def _answers(run: Run, now: datetime, deck: str | None, log_where: str, out: MoreStats) -> None:
    since = study_day(now, preset_hour(run, deck), offset_days=1 - RECENT_DAYS).start
    learning = ", ".join(str(int(s)) for s in (State.NEW, *LEARNING_STATES))
    card_type = (f"CASE WHEN prev_state IN ({learning}) THEN 0 WHEN prev_interval_days < {YOUNG_DAYS:d} THEN 1"
                 " ELSE 2 END")
    recent = _and(log_where, f"reviewed_at >= {to_micros(since):d}", f"reviewed_at <= {to_micros(now):d}")
    out.buttons = {t: [0, 0, 0, 0] for t in CARD_TYPES}
    for kind, rating, n in run(f"SELECT {card_type} AS kind, rating, count(*) FROM review_logs{recent}"
                               " GROUP BY kind, rating", ()):
        if Rating.AGAIN <= rating <= Rating.EASY:
            out.buttons[CARD_TYPES[kind]][rating - 1] += n
    hours = [[0, 0] for _ in range(24)]
    for bucket, passed, n in run(f"SELECT reviewed_at / {BUCKET_US:d} AS bucket, rating > {Rating.AGAIN:d} AS passed,"
                                 f" count(*) FROM review_logs{recent} GROUP BY bucket, passed", ()):
        hour = datetime.fromtimestamp(bucket * BUCKET_US / 1e6, UTC).astimezone().hour
        hours[hour][0] += n
        hours[hour][1] += n if passed else 0
    out.hours = [(n, p) for n, p in hours]
