"""The answer path's statements: a card's row, its siblings, and the writes of one answer.

Plain SQL on the sqlite3 cursor: SQLAlchemy's statement building and caching
cost more than the work itself here (profiled), and sqlite3 keeps these
constant statements prepared. Times cross this module as datetimes; only the
undo record (a row of ``answer_undo``, kept for the newest answers) keeps
microseconds, as stored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple, Required, TypedDict

from sqlalchemy import Connection

from srs.core.consts import LEARNING_STATES, Rating, State
from srs.core.days import interval_days
from srs.core.scheduling import Memory
from srs.db.engine import sqlite_cursor
from srs.db.micros import from_micros, to_micros

# The card columns an answer may change, in the order the undo record keeps them
MEMORY_COLS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses", "suspended",
               "buried_until", "flag")
TIME_COLS = frozenset({"due", "last_review", "buried_until"})

_CARD_SQL = (
    "SELECT c.id, c.note_id, c.deck_id, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review,"
    " c.reps, c.lapses, c.suspended, c.buried_until, c.flag, n.linked_note_id, n.tags, c.desired_retention, c.decay"
    " FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.id = ?"
)
_SIBLINGS_SQL = (
    "SELECT id, buried_until FROM cards WHERE suspended = 0 AND id != ? AND note_id IN"
    " (SELECT ? UNION SELECT ? UNION SELECT id FROM notes WHERE linked_note_id = ?)"
)
# An answer here schedules with the preset's retention and decay: an imported card's own go (undo brings them back)
_UPDATE_SQL = (
    "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,"
    " reps = ?, lapses = ?, suspended = ?, desired_retention = NULL, decay = NULL WHERE id = ?"
)
_LOG_SQL = (
    "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, stability, difficulty, due,"
    " prev_state, prev_interval_days, prev_step_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UNDO_SQL = "INSERT INTO answer_undo (log_id, record) VALUES (?, ?)"
# Undo takes back at most the last 50 steps of a session; a thousand answers' records cover
# many sessions at once, and the review log no longer grows by a record per answer forever.
UNDO_RECORDS_KEPT = 1000
# Finding the 1,000th newest record walks 1,000 index entries (0.2 ms, half an answer, measured under load):
# every 100th answer does it, so at most 1,099 records are kept and an answer pays 2 µs on average.
UNDO_PRUNE_EVERY = 100
_PRUNE_SQL = ("DELETE FROM answer_undo WHERE log_id <="
              " (SELECT log_id FROM answer_undo ORDER BY log_id DESC LIMIT 1 OFFSET ?)")
_UNDO_RECORD_SQL = "SELECT r.card_id, u.record FROM review_logs r LEFT JOIN answer_undo u ON u.log_id = r.id WHERE r.id = ?"
_TAGS_SQL = "UPDATE notes SET tags = ? WHERE id = ?"
_BURY_SQL = "UPDATE cards SET buried_until = ? WHERE id = ?"


class UndoRecord(TypedDict, total=False):
    """What an answer changed, stored as JSON in ``answer_undo`` for the newest answers."""

    c: Required[list[Any]]  # the card's columns in MEMORY_COLS order, times in µs
    s: list[tuple[int, int | None]]  # siblings buried by the answer: (card id, buried_until µs before)
    t: str  # the note's tags before it became a leech
    r: list[float | None]  # an imported card's desired retention and decay before the answer replaced them


class CardRow(NamedTuple):
    """A card as the answer reads it, with its note's link and tags; times as datetimes."""

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

    @property
    def memory(self) -> Memory:
        return Memory(State(self.state), self.step, self.stability, self.difficulty, self.due, self.last_review,
                      self.reps, self.lapses)


_TIME_AT = tuple(CardRow._fields.index(c) for c in sorted(TIME_COLS))


def undo_record(row: CardRow) -> UndoRecord:
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


def values_before(prev: UndoRecord) -> dict[str, Any]:
    """The card columns an undo record puts back, times as datetimes."""
    vals = dict(zip(MEMORY_COLS, prev["c"], strict=True))
    for c in TIME_COLS:
        vals[c] = None if vals[c] is None else from_micros(vals[c])
    vals["suspended"] = bool(vals["suspended"])
    if "r" in prev:  # the desired retention and decay an imported card's memory state came with
        vals["desired_retention"], vals["decay"] = prev["r"]
    return vals


def burials_before(prev: UndoRecord) -> list[tuple[int, datetime | None]]:
    """The siblings an answer buried, with the buried_until each had before it (card id, time)."""
    return [(card_id, None if buried is None else from_micros(buried)) for card_id, buried in prev.get("s", [])]


def _micros(value: datetime | None) -> int | None:
    return None if value is None else to_micros(value)


class AnswerRows:
    """The statements of one answer, on one cursor of the caller's connection (its transaction)."""

    def __init__(self, conn: Connection) -> None:
        self._cur = sqlite_cursor(conn)

    def card(self, card_id: int) -> CardRow | None:
        found = self._cur.execute(_CARD_SQL, (card_id,)).fetchone()
        if found is None:
            return None
        values = list(found)
        for i in _TIME_AT:
            values[i] = None if values[i] is None else from_micros(values[i])
        return CardRow(*values)

    def siblings(self, row: CardRow) -> list[tuple[int, int | None]]:
        """Unsuspended cards of the same note, and of notes linked to the same tradeoff, as the undo record
        keeps them: (card id, buried_until µs)."""
        anchor = row.linked_note_id or row.note_id
        found: Sequence[tuple[int, int | None]] = self._cur.execute(
            _SIBLINGS_SQL, (row.id, row.note_id, anchor, anchor)).fetchall()
        return [(r[0], r[1]) for r in found]

    def set_tags(self, note_id: int, tags: str) -> None:
        self._cur.execute(_TAGS_SQL, (tags, note_id))

    def bury(self, card_ids: Sequence[int], until: datetime) -> None:
        until_us = to_micros(until)
        self._cur.executemany(_BURY_SQL, [(until_us, card_id) for card_id in card_ids])

    def write_card(self, card_id: int, after: Memory, suspended: bool) -> None:
        self._cur.execute(_UPDATE_SQL, (
            int(after.state), after.step, after.stability, after.difficulty, to_micros(after.due),
            _micros(after.last_review), after.reps, after.lapses, int(suspended), card_id,
        ))

    def add_log(self, before: CardRow, rating: Rating, when: datetime, duration_ms: int, after: Memory,
                prev: UndoRecord) -> int:
        """Insert the answer's review-log row (the card's state, interval and step before it) and its
        undo record, now and then dropping the records past the newest UNDO_RECORDS_KEPT; returns its id."""
        due_us, last_us = to_micros(before.due), _micros(before.last_review)
        step_us = due_us - last_us if before.state in LEARNING_STATES and last_us is not None else None
        self._cur.execute(_LOG_SQL, (
            before.id, int(rating), to_micros(when), max(0, int(duration_ms)), int(after.state), after.stability,
            after.difficulty, to_micros(after.due), before.state, interval_days(due_us, last_us), step_us,
        ))
        log_id = self._cur.lastrowid
        assert log_id is not None  # the row just inserted
        self._cur.execute(_UNDO_SQL, (log_id, json.dumps(prev, separators=(",", ":"))))
        if log_id % UNDO_PRUNE_EVERY == 0:
            self._cur.execute(_PRUNE_SQL, (UNDO_RECORDS_KEPT,))
        return log_id


def undo_record_of(conn: Connection, log_id: int) -> tuple[int, UndoRecord | None] | None:
    """(card id, undo record) of a review-log row: None if the row is gone, no record if the answer is
    older than the newest UNDO_RECORDS_KEPT or was given elsewhere (imported, synced)."""
    row = sqlite_cursor(conn).execute(_UNDO_RECORD_SQL, (log_id,)).fetchone()
    if row is None:
        return None
    return int(row[0]), None if row[1] is None else json.loads(row[1])

