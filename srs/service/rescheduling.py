"""Forget (reset to new), set due date and reposition new cards, Anki's manual reschedules; each one undoable.

Each action is one write transaction and returns a ``CardChange``: the columns
it changed, per card, before and after. ``undo_change`` puts the "before"
values back exactly and ``redo_change`` the "after" values, the way the review
session undoes a suspend or a flag (``srs.service.session.Step``): only the
columns the action changed are put back, so a later flag or suspend stays.
The review log is never touched: a card keeps its history through both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, select, update

from srs.core.consts import State
from srs.core.days import study_day
from srs.core.due_dates import DueSpec, parse_due
from srs.core.errors import NotFound, UsageError
from srs.db.models import Card, Note
from srs.service.collection import Collection
from srs.service.presets import DeckRules, default_rules, rules_by_deck

cards = cast(Table, Card.__table__)
CHUNK = 500  # ids per statement, well under SQLite's bound-parameter limit
SM2_EASE = 2.5  # Anki's starting ease: what a new card given a due date gets
SM2_RETENTION = 0.9  # the retention Anki assumes an interval was scheduled for
FORGET_COLS = ("state", "step", "stability", "difficulty", "due", "last_review", "buried_until", "desired_retention",
               "decay")
COUNT_COLS = ("reps", "lapses")


@dataclass
class CardChange:
    """What one action did to each card: the columns it set, before and after."""

    action: str  # "forget", "set due 3-7"
    before: dict[int, dict[str, Any]] = field(default_factory=dict)
    after: dict[int, dict[str, Any]] = field(default_factory=dict)
    table: str = "cards"  # "notes" for a tag edit: the ids are note ids then

    @property
    def changed(self) -> int:
        """Cards whose columns are now different (a new card forgotten again does not count)."""
        return sum(1 for cid, new in self.after.items() if new != self.before.get(cid))

    @property
    def card_ids(self) -> list[int]:
        return sorted(self.after)


def _rows(conn: Connection, card_ids: Iterable[int]) -> list[Any]:
    """The cards, all of them, or a NotFound naming the missing ids (nothing is changed then)."""
    ids = sorted({int(i) for i in card_ids})
    rows: list[Any] = []
    for i in range(0, len(ids), CHUNK):
        rows += conn.execute(select(cards).where(cards.c.id.in_(ids[i:i + CHUNK]))).all()
    missing = sorted(set(ids) - {r.id for r in rows})
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" …" if len(missing) > 10 else "")
        raise NotFound(f"no card with id {shown}; nothing was changed (see `srs cards`)")
    return rows


def _apply(conn: Connection, change: CardChange, rows: list[Any],
           values_for: Callable[[Any], dict[str, Any]]) -> CardChange:
    for row in rows:
        values = values_for(row)
        change.before[row.id] = {c: getattr(row, c) for c in values}
        change.after[row.id] = values
        if values != change.before[row.id]:
            conn.execute(update(cards).where(cards.c.id == row.id).values(**values))
    return change


def forget_cards(col: Collection, card_ids: Iterable[int], *, reset_counts: bool = False) -> CardChange:
    """Make cards new again, in their old place among new cards (new cards go by position).

    Their memory state goes; the review history stays, and so do reps and lapses
    unless ``reset_counts`` (Anki's "Reset repetition and lapse counts")."""
    now = col.now()

    def values_for(row: Any) -> dict[str, Any]:
        if row.state == State.NEW and not (reset_counts and (row.reps or row.lapses)):
            return {c: getattr(row, c) for c in FORGET_COLS}  # new already: nothing to forget
        values: dict[str, Any] = dict(state=int(State.NEW), step=None, stability=None, difficulty=None, due=now,
                      last_review=None, buried_until=None, desired_retention=None, decay=None)
        return {**values, "reps": 0, "lapses": 0} if reset_counts else values

    with col.write() as s:
        conn = s.connection()
        return _apply(conn, CardChange("forget"), _rows(conn, card_ids), values_for)


def _memory_from_interval(rules: DeckRules, days: int) -> tuple[float, float]:
    """Stability and difficulty for a card that never had an FSRS memory, from an interval.

    Anki makes a new card given a due date a review card at its starting ease; with
    FSRS on, it derives the memory state from that interval and ease (fsrs-rs's
    ``memory_state_from_sm2``). srs stores the memory at once, so the card can be
    answered like any review card."""
    import fsrs_rs_python as rs

    params = rules.options.parameters
    engine = rs.FSRS(list(params) if params is not None else list(rs.DEFAULT_PARAMETERS))
    state = engine.memory_state_from_sm2(SM2_EASE, float(max(days, 1)), SM2_RETENTION)
    return float(state.stability), float(state.difficulty)


def set_due_date(col: Collection, card_ids: Iterable[int], spec: str | DueSpec) -> CardChange:
    """Make cards review cards due on a chosen day (Anki's syntax: ``0``, ``1!``, ``3-7``).

    The due time is the start of that study day, so the card is due all of that day.
    Without ``!`` the interval grows by the delay (the last review stays); with it the
    interval becomes the delay: the last review is counted from that many days before."""
    spec = parse_due(spec) if isinstance(spec, str) else spec
    now = col.now()
    memories: dict[tuple[int, int], tuple[float, float]] = {}

    with col.write() as s:
        by_deck, fallback = rules_by_deck(s), default_rules(s)
        conn = s.connection()

        def values_for(row: Any) -> dict[str, Any]:
            rules = by_deck.get(row.deck_id, fallback)
            days = spec.days_for(row.id)
            due: datetime = study_day(now, rules.day_start_hour, offset_days=days).start
            values: dict[str, Any] = dict(state=int(State.REVIEW), step=None, due=due, buried_until=None)
            had_memory = row.state != State.NEW and row.stability is not None and row.last_review is not None
            if spec.reset_interval or not had_memory:
                values["last_review"] = due - timedelta(days=max(days, 1))
            if not had_memory:
                key = (row.deck_id, days)
                if key not in memories:
                    memories[key] = _memory_from_interval(rules, days)
                values["stability"], values["difficulty"] = memories[key]
            return values

        return _apply(conn, CardChange(f"set due {spec}"), _rows(conn, card_ids), values_for)


def parse_reposition(text: str) -> tuple[int, int, bool]:
    """ "5", "5 2", "5 2 shift" (start, step, shift the others) → the numbers; a one-line refusal otherwise."""
    words = text.split()
    shift = bool(words) and words[-1].lower() == "shift"
    numbers = words[:-1] if shift else words
    if not 1 <= len(numbers) <= 2 or not all(w.isdigit() for w in numbers):
        raise UsageError(f"not a position: {text.strip()!r} (a start, an optional step, and 'shift': e.g. 0, 10 5, 0 1 shift)")
    start, step = int(numbers[0]), int(numbers[1]) if len(numbers) == 2 else 1
    if step < 1:
        raise UsageError("the step must be 1 or more")
    return start, step, shift


def reposition_new(col: Collection, card_ids: Iterable[int], start: int = 0, step: int = 1, *,
                   shift: bool = False) -> CardChange:
    """Anki's Reposition: the new cards among ``card_ids`` are shown start, start + step, … in their present order
    (new cards are studied by position). Cards that are not new keep theirs. With ``shift``, the other new cards
    at or after ``start`` move back to make room, as Anki's "Shift position of existing cards" does."""
    if start < 0 or step < 1:
        raise UsageError("the start must be 0 or more and the step 1 or more")
    with col.write() as s:
        conn = s.connection()
        rows = _rows(conn, card_ids)
        chosen = sorted((r for r in rows if r.state == State.NEW), key=lambda r: (r.position, r.id))
        places = {r.id: start + k * step for k, r in enumerate(chosen)}
        others: list[Any] = []
        if shift and chosen:
            others = list(conn.execute(select(cards).where(cards.c.state == int(State.NEW), cards.c.position >= start,
                                                           cards.c.id.not_in([r.id for r in chosen]))).all())
            places.update({r.id: r.position + step * len(chosen) for r in others})
        change = _apply(conn, CardChange(f"reposition {start} {step}" + (" shift" if shift else "")), [*rows, *others],
                        lambda row: {"position": places.get(row.id, row.position)})
    return change


def _put(col: Collection, table: Table, values_by_id: dict[int, dict[str, Any]]) -> int:
    with col.write() as s:
        conn = s.connection()
        present = {r.id for r in _existing(conn, table, values_by_id)}
        for row_id, values in values_by_id.items():
            if row_id in present:
                conn.execute(update(table).where(table.c.id == row_id).values(**values))
    return len(present)


def _existing(conn: Connection, table: Table, ids_given: Iterable[int]) -> list[Any]:
    ids = sorted(ids_given)
    found: list[Any] = []
    for i in range(0, len(ids), CHUNK):
        found += conn.execute(select(table.c.id).where(table.c.id.in_(ids[i:i + CHUNK]))).all()
    return found


def _table(change: CardChange) -> Table:
    return cards if change.table == "cards" else cast(Table, Note.__table__)


def undo_change(col: Collection, change: CardChange) -> int:
    """Put back exactly the columns ``change`` set, as they were; returns how many rows (deleted ones are skipped)."""
    return _put(col, _table(change), change.before)


def redo_change(col: Collection, change: CardChange) -> int:
    """Set the same columns to the same values again; returns how many rows."""
    return _put(col, _table(change), change.after)
