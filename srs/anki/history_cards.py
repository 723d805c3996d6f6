"""The cards of a package's history: each card's answers and Anki's schedule of it, together.

The replay (srs.core.replay) answers a card's logged reviews again to fill the
review log fast; the card's schedule afterwards is not the replay's but
Anki's: its due date and interval (srs.anki.anki_days), its FSRS memory
state from the card's data, or, for a card SM-2 scheduled, the memory state
fsrs-rs computes from the card's answers with the days counted as Anki's FSRS
counts them (srs.core.days.elapsed_days).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from srs.core.days import DAY_US
from srs.core.replay import CardRow
from srs.core.scheduling import SchedulingOptions

from .anki_days import REVIEW, AnkiDays, card_data, retention_and_decay, schedule
from .read_collection import GRADED_SQL, SCHEDULED_SQL

if TYPE_CHECKING:
    import fsrs_rs_python

SM2_RETENTION = 0.9  # what Anki assumes an SM-2 card was scheduled for, when it has no history to go on
# (id, type, due, odue, odid, ivl, factor, reps, lapses, data s, d, lrt, dr, decay): SCHEDULED_SQL's columns
Scheduled = tuple[int, int, int, int, int, int, int, int, int, object, object, object, object, object]


def cards_with_history(db: sqlite3.Connection) -> Iterator[tuple[int, Iterable[tuple], Scheduled | None]]:
    """(Anki card id, its graded answers oldest first, its schedule or None for a new card) for
    every card with answers or a schedule: those with answers in card id order, then those
    without. The answers are an iterator valid until the next card is asked for."""
    scheduled = {row[0]: row for row in db.execute(SCHEDULED_SQL)}  # a lookup: merging two cursors cost more
    for cid, answers in groupby(db.execute(GRADED_SQL), itemgetter(0)):
        yield cid, answers, scheduled.pop(cid, None)
    for cid, row in scheduled.items():
        yield cid, (), row


class AnkiSchedules:
    """Builds the ``cards`` rows of a history part from Anki's schedules (see the module doc)."""

    def __init__(self, days: AnkiDays, options: SchedulingOptions) -> None:
        self.days = days
        self.parameters = list(options.parameters) if options.parameters is not None else None
        self._engine: fsrs_rs_python.FSRS | None = None
        self._items: list[tuple[int, fsrs_rs_python.FSRSItem]] = []  # (row index, item) waiting for a batch
        self._sm2: list[tuple[int, float, float]] = []  # (row index, ease, interval): no history at all

    def memory_needed(self, sched: Scheduled | None) -> tuple | None:
        """The card's data read (stability, difficulty, last review), or None for a new card."""
        return None if sched is None else card_data(sched[9], sched[10], sched[11])

    def row(self, card_id: int, sched: Scheduled, data: tuple, replayed: CardRow | None,
            answers: list[tuple] | None, rows: list[tuple]) -> None:
        """Append the card's row to ``rows``: Anki's schedule; its memory state queued for fsrs-rs
        when the data has none (``answers``: the card's answers, kept for that)."""
        _cid, ctype, due, odue, odid, ivl, factor, reps, lapses, *_data = sched
        found = schedule(self.days, ctype, due, odue, odid, ivl, data, replayed[5] if replayed else None)
        if found is None:
            return
        state, s, d, due_us, last = found
        step = replayed[1] if replayed is not None and replayed[0] == state else (None if state == REVIEW else 0)
        counts = (reps if isinstance(reps, int) and reps >= 0 else (replayed[6] if replayed else 0),
                  lapses if isinstance(lapses, int) and lapses >= 0 else (replayed[7] if replayed else 0))
        # The desired retention and decay Anki scheduled the memory state with go with it; a
        # memory state computed here is the preset's (None).
        retention, decay = retention_and_decay(sched[12], sched[13]) if s is not None else (None, None)
        if s is None:
            item = self._item(answers or ())
            if item is not None:
                self._items.append((len(rows), item))
            elif state == REVIEW and isinstance(factor, int) and factor > 0 and ivl > 0:
                self._sm2.append((len(rows), factor / 1000, float(ivl)))
        rows.append((card_id, state, step, s, d, due_us, last, *counts, retention, decay))

    def _item(self, answers: Iterable[tuple[int, int, int, int]]) -> fsrs_rs_python.FSRSItem | None:
        import fsrs_rs_python as rs

        reviews: list = []
        anchor, last = self.days.anchor_us, None
        for _cid, when, rating, _ms in answers:
            if rating == 0:  # a reset: the card started over
                reviews, last = [], None
                continue
            delta = 0 if last is None else max(0, (when - anchor) // DAY_US - (last - anchor) // DAY_US)
            reviews.append(rs.FSRSReview(rating, delta))
            last = when
        return rs.FSRSItem(reviews) if reviews else None

    def finish(self, rows: list[tuple]) -> None:
        """Fill in the memory states computed for this part's SM-2 cards."""
        if not self._items and not self._sm2:
            return
        import fsrs_rs_python as rs

        if self._engine is None:
            self._engine = rs.FSRS(self.parameters if self.parameters is not None else list(rs.DEFAULT_PARAMETERS))
        engine = self._engine
        states = engine.memory_state_batch([item for _, item in self._items]) if self._items else []
        found = [(i, st) for (i, _), st in zip(self._items, states, strict=True)]
        found += [(i, engine.memory_state_from_sm2(ease, ivl, SM2_RETENTION)) for i, ease, ivl in self._sm2]
        for i, st in found:
            if math.isfinite(st.stability) and math.isfinite(st.difficulty):
                card_id, state, step, _s, _d, *rest = rows[i]
                rows[i] = (card_id, state, step, st.stability, st.difficulty, *rest)
        self._items, self._sm2 = [], []
