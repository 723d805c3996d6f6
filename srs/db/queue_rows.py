"""The review queue's statements: the cards a session draws from (``QueueScope``), and per card the
next due learning card and whether a queued card can be shown.

The per-card ones are plain SQL on the sqlite3 cursor, as on the answer path (srs.db.answer_rows):
they run before every card a session shows, and SQLAlchemy's statement building cost more than
their work (profiled). The queue's own (built once a session, checked after answers) are SQLAlchemy
Core. Times cross this module as datetimes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Connection, Row, Select, func, select, type_coerce

from srs.core.consts import LEARNING_STATES, State
from srs.db.engine import sqlite_cursor
from srs.db.micros import to_micros
from srs.db.models import Card

QUEUED_STATES = (State.NEW, State.REVIEW)  # these come from the queue; learning cards from their due time
cards = Card.__table__

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


def _each(ids: Sequence[int]) -> Any:  # a SELECT of the ids (a SQLAlchemy table-valued expression)
    """The ids as one bound JSON parameter, read back by SQLite's ``json_each``: checking a queue of
    thousands after every answer (``stale``) took 40-160 ms as an IN list of literals, compiled afresh
    each time and one Python row per card back (profiled at 100k cards); this way it is one row."""
    return select(func.json_each(json.dumps(list(ids))).table_valued("value").c.value)


class QueueScope:
    """The cards a session draws from: in ``deck_ids`` (None: all decks) and, for a search session,
    among ``members``; at a moment ``now``, those not suspended and not buried."""

    def __init__(self, deck_ids: Sequence[int] | None, members: Sequence[int] | None) -> None:
        self.deck_ids = deck_ids
        self.members = members

    def _scope(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        if self.deck_ids is not None:
            clauses.append(cards.c.deck_id.in_(self.deck_ids))
        if self.members is not None:
            clauses.append(cards.c.id.in_(_each(self.members)))
        return clauses

    def _where(self, now: datetime) -> list[ColumnElement[bool]]:
        return [cards.c.suspended.is_(False), (cards.c.buried_until.is_(None)) | (cards.c.buried_until <= now),
                *self._scope()]

    def _of(self, ids: Sequence[int], now: datetime) -> list[ColumnElement[bool]]:
        """``_where`` for the cards ``ids`` only, looked up by id: "+ 0" keeps SQLite off the deck and
        state indexes, which would read every card of the deck or state to find a queue's few."""
        return [cards.c.id.in_(_each(ids)), cards.c.suspended.is_(False),
                (cards.c.buried_until.is_(None)) | (cards.c.buried_until <= now),
                *([] if self.deck_ids is None else [(cards.c.deck_id + 0).in_(self.deck_ids)])]

    def due_reviews(self, now: datetime, day_end: datetime) -> Select[int, int]:
        """(card id, deck id) of review cards due before ``day_end``, the least likely to be recalled first
        (elapsed time over stability: the longer past its stability, the lower the retrievability)."""
        elapsed = to_micros(now) - type_coerce(cards.c.last_review, BigInteger)
        return select(cards.c.id, cards.c.deck_id).where(
            *self._where(now), cards.c.state == int(State.REVIEW), cards.c.due < day_end,
        ).order_by((elapsed * 1.0 / cards.c.stability).desc(), cards.c.id)

    def new_cards(self, now: datetime) -> Select[int, int]:
        """(card id, deck id) of new cards in their order (source order)."""
        return select(cards.c.id, cards.c.deck_id).where(
            *self._where(now), cards.c.state == int(State.NEW)).order_by(cards.c.position, cards.c.id)

    def queued(self, conn: Connection, now: datetime) -> set[int]:
        """The new and review cards that can be shown now."""
        return set(conn.execute(select(cards.c.id).where(
            *self._where(now), cards.c.state.in_([int(x) for x in QUEUED_STATES]))).scalars())

    def states_of(self, conn: Connection, ids: Sequence[int], now: datetime) -> dict[State, int]:
        """How many of the cards ``ids`` that can be shown now are in each state."""
        if not ids:
            return {}
        rows = conn.execute(select(cards.c.state, func.count()).where(*self._of(ids, now)).group_by(cards.c.state))
        return {State(state): n for state, n in rows}

    def learning_by(self, conn: Connection, now: datetime, until: datetime) -> set[int]:
        """The (re)learning cards that can be shown now and are due by ``until``."""
        return set(conn.execute(select(cards.c.id).where(
            *self._where(now), cards.c.state.in_(LEARNING_STATES), cards.c.due <= until)).scalars())

    def queued_count(self, conn: Connection, ids: Sequence[int], now: datetime) -> int:
        """How many of the cards ``ids`` are new or review cards that can be shown now."""
        return int(conn.execute(select(func.count()).select_from(cards).where(
            *self._of(ids, now), (cards.c.state + 0).in_([int(x) for x in QUEUED_STATES]))).scalar() or 0)

    def next_due(self, conn: Connection, now: datetime) -> datetime | None:
        """When the first card past new (not suspended) becomes due after ``now``."""
        due: datetime | None = conn.execute(select(cards.c.due).where(
            cards.c.suspended.is_(False), cards.c.state != int(State.NEW), *self._scope(), cards.c.due > now,
        ).order_by(cards.c.due).limit(1)).scalar()
        return due


def limited(conn: Connection, query: Select[int, int], limit: int | None = None) -> Iterator[Row[int, int]]:
    """The rows of a ``QueueScope`` query, at most ``limit``, read as they are asked for."""
    yield from conn.execute(query if limit is None else query.limit(limit))
