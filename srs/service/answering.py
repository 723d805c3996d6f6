"""Answering a card and taking it back: one transaction each, exact undo.

Every answer stores the card's previous columns (and the siblings it buried,
and the note's tags if it became a leech) in its review-log row, so undo puts
back exactly what was there and deletes the row.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, Required, TypedDict, cast

from sqlalchemy import Connection, Table, delete, select, update

from srs.core.consts import Rating, State
from srs.core.days import interval_days, study_day
from srs.core.errors import SrsError
from srs.core.scheduling import Memory, answer
from srs.db.engine import sqlite_cursor
from srs.db.models import Card, Note, ReviewLog
from srs.db.types import from_micros, to_micros
from srs.service.presets import DeckRules

# a mapped class's __table__ is its Table (SQLAlchemy types it as the wider FromClause)
cards = cast(Table, Card.__table__)
notes = cast(Table, Note.__table__)
logs = cast(Table, ReviewLog.__table__)

MEMORY_COLS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses", "suspended", "buried_until", "flag")


class AlreadyAnswered(SrsError):
    """The card changed since it was shown (answered in another session)."""


@dataclass(frozen=True)
class Answered:
    log_id: int
    card_id: int
    rating: Rating
    reviewed_at: datetime
    duration_ms: int
    became_leech: bool
    memory: Memory


TIME_COLS = frozenset({"due", "last_review", "buried_until"})


class UndoRecord(TypedDict, total=False):
    """What an answer changed, stored as JSON in its review-log row (``prev``)."""

    c: Required[list[Any]]  # the card's columns in MEMORY_COLS order, times in µs
    s: list[tuple[int, int | None]]  # siblings buried by the answer: (card id, buried_until µs before)
    t: str  # the note's tags before it became a leech
    r: list[float | None]  # an imported card's desired retention and decay before the answer replaced them


def row_prev(row: _Row) -> UndoRecord:
    """The compact undo record of a card row: ``{"c": [columns in MEMORY_COLS order]}``."""
    values = []
    for c in MEMORY_COLS:
        v = getattr(row, c)
        if c in TIME_COLS and v is not None:
            v = to_micros(v)
        elif c == "suspended":
            v = int(bool(v))
        values.append(v)
    return {"c": values}


def _prev_to_values(prev: UndoRecord) -> dict[str, Any]:
    vals = dict(zip(MEMORY_COLS, prev["c"], strict=True))
    for c in TIME_COLS:
        vals[c] = None if vals[c] is None else from_micros(vals[c])
    vals["suspended"] = bool(vals["suspended"])
    if "r" in prev:  # the desired retention and decay an imported card's memory state came with
        vals["desired_retention"], vals["decay"] = prev["r"]
    return vals


# The answer path runs raw SQL on the DBAPI cursor: SQLAlchemy's statement
# building and caching cost more than the work itself here (profiled), and
# sqlite3 keeps these constant statements prepared.
_CARD_SQL = (
    "SELECT c.id, c.note_id, c.deck_id, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review,"
    " c.reps, c.lapses, c.suspended, c.buried_until, c.flag, n.linked_note_id, n.tags, c.desired_retention, c.decay"
    " FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.id = ?"
)
_SIBLINGS_SQL = (
    "SELECT id, buried_until FROM cards WHERE suspended = 0 AND id != ? AND note_id IN"
    " (SELECT ? UNION SELECT ? UNION SELECT id FROM notes WHERE linked_note_id = ?)"
)
_UPDATE_SQL = (
    "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,"
    " reps = ?, lapses = ?, suspended = ?, desired_retention = NULL, decay = NULL WHERE id = ?"
)
_LOG_SQL = (
    "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, stability, difficulty, due,"
    " prev_state, prev_interval_days, prev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Row(NamedTuple):
    """A card row of _CARD_SQL, with the columns named as MEMORY_COLS (for row_prev) and times as datetimes."""

    id: int
    note_id: int
    deck_id: int
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int
    lapses: int
    suspended: int
    buried_until: datetime | None
    flag: int
    linked_note_id: int | None
    tags: str
    desired_retention: float | None
    decay: float | None

    @classmethod
    def read(cls, values: Sequence[Any]) -> _Row:
        """The row as _CARD_SQL returns it, its µs times made datetimes."""
        found = list(values)
        for i in _TIME_AT:
            found[i] = None if found[i] is None else from_micros(found[i])
        return cls(*found)


_TIME_AT = tuple(_Row._fields.index(c) for c in sorted(TIME_COLS))


def _micros(value: datetime | None) -> int | None:
    return None if value is None else to_micros(value)


def sibling_ids(cur: sqlite3.Cursor, note_id: int, linked_note_id: int | None,
                card_id: int) -> list[tuple[int, int | None]]:
    """Cards of the same note, and of notes linked to the same tradeoff (buried_until in µs)."""
    anchor = linked_note_id or note_id
    return [(r[0], r[1]) for r in cur.execute(_SIBLINGS_SQL, (card_id, note_id, anchor, anchor)).fetchall()]


def answer_card(
    conn: Connection, rules_for: Callable[[int], DeckRules], card_id: int, rating: Rating, when: datetime,
    duration_ms: int, expected_reps: int | None = None,
) -> Answered:
    """Schedule the answer and write card, log, burials and leech in the caller's transaction."""
    cur = sqlite_cursor(conn)
    found = cur.execute(_CARD_SQL, (card_id,)).fetchone()
    if found is None:
        raise SrsError(f"card {card_id} no longer exists")
    row = _Row.read(found)
    if expected_reps is not None and row.reps != expected_reps:
        raise AlreadyAnswered(f"card {card_id} was answered elsewhere since it was shown")
    rules = rules_for(row.deck_id)
    before = Memory(State(row.state), row.step, row.stability, row.difficulty, row.due, row.last_review, row.reps, row.lapses)
    after = answer(rules.options, card_id, before, rating, when)
    prev = row_prev(row)
    if row.desired_retention is not None or row.decay is not None:
        # An answer here schedules with the preset's retention and decay (the card's go: see _UPDATE_SQL); undo brings them back.
        prev["r"] = [row.desired_retention, row.decay]
    suspended = bool(row.suspended)
    threshold = rules.leech_threshold
    leech = bool(after.lapses > before.lapses and threshold > 0 and after.lapses >= threshold
                 and (after.lapses - threshold) % max(1, threshold // 2) == 0)
    if leech:
        suspended = suspended or rules.leech_action == "suspend"  # "tag": tagged only, still studied
        prev["t"] = row.tags
        tags = row.tags.split()
        if "leech" not in tags:
            cur.execute("UPDATE notes SET tags = ? WHERE id = ?", (f" {' '.join([*tags, 'leech'])} ", row.note_id))
    siblings = sibling_ids(cur, row.note_id, row.linked_note_id, card_id) if rules.bury_siblings else []
    if siblings:
        day_end = to_micros(study_day(when, rules.day_start_hour).end)
        cur.executemany("UPDATE cards SET buried_until = ? WHERE id = ?", [(day_end, sid) for sid, _ in siblings])
        prev["s"] = siblings
    cur.execute(_UPDATE_SQL, (
        int(after.state), after.step, after.stability, after.difficulty, to_micros(after.due),
        _micros(after.last_review), after.reps, after.lapses, int(suspended), card_id,
    ))
    cur.execute(_LOG_SQL, (
        card_id, int(rating), to_micros(when), max(0, int(duration_ms)), int(after.state), after.stability,
        after.difficulty, to_micros(after.due), int(before.state),
        interval_days(to_micros(row.due), _micros(row.last_review)), json.dumps(prev, separators=(",", ":")),
    ))
    log_id = cur.lastrowid
    assert log_id is not None  # the row just inserted
    return Answered(log_id, card_id, rating, when, duration_ms, leech, after)


def undo_answer(conn: Connection, log_id: int) -> int:
    """Put the card back exactly as before the answer and delete the log row; returns card id."""
    row = conn.execute(select(logs.c.card_id, logs.c.prev).where(logs.c.id == log_id)).first()
    if row is None:
        raise SrsError("nothing to undo: that answer is no longer in the review log")
    prev: UndoRecord = row.prev
    conn.execute(update(cards).where(cards.c.id == row.card_id).values(**_prev_to_values(prev)))
    for sib_id, buried in prev.get("s", []):
        conn.execute(update(cards).where(cards.c.id == sib_id).values(buried_until=None if buried is None else from_micros(buried)))
    if "t" in prev:
        note_id = conn.scalar(select(cards.c.note_id).where(cards.c.id == row.card_id))
        conn.execute(update(notes).where(notes.c.id == note_id).values(tags=prev["t"]))
    conn.execute(delete(logs).where(logs.c.id == log_id))
    return int(row.card_id)


def card_columns(conn: Connection, card_id: int) -> dict[str, Any]:
    row = conn.execute(select(cards).where(cards.c.id == card_id)).first()
    if row is None:
        raise SrsError(f"card {card_id} no longer exists")
    return {c: getattr(row, c) for c in MEMORY_COLS}


def set_card(conn: Connection, card_id: int, values: dict[str, Any]) -> None:
    conn.execute(update(cards).where(cards.c.id == card_id).values(**values))
