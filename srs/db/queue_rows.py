"""The review queue's per-card statements: the next due learning card, and whether a queued card can be shown.

Plain SQL on the sqlite3 cursor, as on the answer path (srs.db.answer_rows): they run
before every card a session shows, and SQLAlchemy's statement building cost more than
their work (profiled). Times cross this module as datetimes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection

from srs.core.consts import State
from srs.db.engine import sqlite_cursor
from srs.db.micros import to_micros

# served by ix_cards_state_due
_LEARNING_DUE_SQL = (
    f"SELECT id FROM cards WHERE state IN ({State.LEARNING:d}, {State.RELEARNING:d}) AND due <= ? AND suspended = 0"
    " AND (buried_until IS NULL OR buried_until <= ?)"
)
_SHOWABLE_SQL = "SELECT suspended, buried_until, state FROM cards WHERE id = ?"


def first_learning_due(conn: Connection, until: datetime, now: datetime, deck_ids: Sequence[int] | None,
                       members: Sequence[int] | None = None) -> int | None:
    """The learning or relearning card due first by ``until`` (not suspended, not buried at ``now``) in ``deck_ids``
    (all decks if None), among ``members`` only when given (a search session's cards)."""
    in_decks = "" if deck_ids is None else f" AND deck_id IN ({','.join(str(int(i)) for i in deck_ids)})"
    params: tuple[object, ...] = (to_micros(until), to_micros(now))
    if members is not None:  # a JSON list: one parameter however many cards
        in_decks += " AND id IN (SELECT value FROM json_each(?))"
        params += (json.dumps([int(i) for i in members]),)
    row = sqlite_cursor(conn).execute(_LEARNING_DUE_SQL + in_decks + " ORDER BY due, id LIMIT 1", params).fetchone()
    return None if row is None else int(row[0])


def showable_state(conn: Connection, card_id: int, now: datetime) -> State | None:
    """The card's state if it can be shown at ``now`` (it exists, is not suspended, is not buried), else None."""
    row = sqlite_cursor(conn).execute(_SHOWABLE_SQL, (card_id,)).fetchone()
    if row is None or row[0] or (row[1] is not None and row[1] > to_micros(now)):
        return None
    return State(row[2])
