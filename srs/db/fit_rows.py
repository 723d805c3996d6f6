"""The review history an FSRS fit reads: one preset's answers, card by card, in time order.

Plain SQL on the sqlite3 cursor, as on the answer path (srs.db.answer_rows): at 100k
cards this is a million rows, and building an ORM row and a datetime for each one cost
more than the Rust fit itself (profiled: 0.6 s of the 0.9 s taken to build the fit's
items at 10k cards). Times leave this module as µs since the epoch.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection

from srs.db.engine import sqlite_cursor

# NOT INDEXED: one pass over the table and one sort beat a million hops from ix_review_logs_card_id
# to rows scattered over the file (measured at 100k cards: half the CPU time); a fit reads every answer
_PRESET_ANSWERS_SQL = (
    "SELECT card_id, rating, reviewed_at FROM review_logs NOT INDEXED"
    " WHERE card_id IN (SELECT cards.id FROM cards JOIN decks ON decks.id = cards.deck_id WHERE decks.preset_id = ?)"
    " ORDER BY card_id, reviewed_at"
)


def preset_answers(conn: Connection, preset_id: int) -> Iterator[tuple[int, int, int]]:
    """(card id, rating, answered at in µs) of every answer to a card in a deck of ``preset_id``,
    grouped by card, oldest first."""
    return iter(sqlite_cursor(conn).execute(_PRESET_ANSWERS_SQL, (preset_id,)))
