"""Each deck's cards counted by state and suspension, kept by SQLite triggers (migration 0013).

The deck list shows every deck's total and its new cards. Counting them from the cards
grew with the collection (at 1M cards, 59 ms for the totals alone, read from an index
entry per card; issue #22). The table ``deck_card_counts`` holds, per (deck, state,
suspended), how many cards there are; the triggers below change it on every INSERT,
DELETE and UPDATE of a card's deck, state or suspension, whichever code path writes
(imports, moves, deletes with their cascades, undo, sync, a taken-back import), in the
same transaction. Counts that depend on the clock (due today, learning, buried) are not
kept here.

The open refuses a database with a trigger srs did not create (srs.db.migrate.read_state):
``is_foreign`` tells them from these. This module imports neither SQLAlchemy nor sqlite3, so the
cold read path (srs.db.quick_read) can use it. A migration that rebuilds the ``cards`` table
(Alembic's batch mode) drops its triggers: it must create them again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Run = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]  # srs.db.quick_read.Run (which imports this module)

_KEY = "deck_id = {row}.deck_id AND state = {row}.state AND suspended = {row}.suspended"
_ADD = ("INSERT INTO deck_card_counts (deck_id, state, suspended, cards) VALUES (NEW.deck_id, NEW.state, NEW.suspended, 1)"
        " ON CONFLICT (deck_id, state, suspended) DO UPDATE SET cards = cards + 1;")
_TAKE = f"UPDATE deck_card_counts SET cards = cards - 1 WHERE {_KEY.format(row='OLD')};"

# name → the CREATE TRIGGER statement, as migration 0013 writes it (sqlite_master keeps the text).
TRIGGERS = {
    "deck_card_counts_on_insert": f"CREATE TRIGGER deck_card_counts_on_insert AFTER INSERT ON cards BEGIN {_ADD} END",
    "deck_card_counts_on_delete": f"CREATE TRIGGER deck_card_counts_on_delete AFTER DELETE ON cards BEGIN {_TAKE} END",
    "deck_card_counts_on_update": (
        "CREATE TRIGGER deck_card_counts_on_update AFTER UPDATE OF deck_id, state, suspended ON cards"
        " WHEN OLD.deck_id IS NOT NEW.deck_id OR OLD.state IS NOT NEW.state OR OLD.suspended IS NOT NEW.suspended"
        f" BEGIN {_TAKE} {_ADD} END"),
}

_KEPT = "SELECT deck_id, state, suspended, cards FROM deck_card_counts WHERE cards != 0"
_COUNTED = "SELECT deck_id, state, suspended, count(*) FROM cards GROUP BY deck_id, state, suspended"
RECOUNT = f"INSERT INTO deck_card_counts (deck_id, state, suspended, cards) {_COUNTED}"
# For `srs db check`: decks whose kept counts are not their cards' (a scan), triggers gone, and the repair.
DISAGREEING = (f"SELECT count(DISTINCT deck_id) FROM (SELECT * FROM ({_KEPT} EXCEPT {_COUNTED})"
               f" UNION ALL SELECT * FROM ({_COUNTED} EXCEPT {_KEPT}))")
MISSING = (f"SELECT {len(TRIGGERS)} - count(*) FROM sqlite_master WHERE type = 'trigger'"
           f" AND name IN ({', '.join(repr(n) for n in TRIGGERS)})")
REPAIR = (*(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS), "DELETE FROM deck_card_counts", RECOUNT,
          *TRIGGERS.values())


def _squeezed(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().rstrip(";")


def is_own_trigger(name: str, sql: str | None) -> bool:
    """Whether ``name`` is one of these triggers, word for word (whitespace aside): another body under
    the same name is as foreign as any other trigger."""
    ours = TRIGGERS.get(name)
    return ours is not None and sql is not None and _squeezed(sql) == _squeezed(ours)


def is_foreign(kind: str, name: str, sql: str | None) -> bool:
    """A view, or a trigger other than these: an object srs did not create (the opens refuse such a database)."""
    return kind == "view" or (kind == "trigger" and not is_own_trigger(name, sql))


def counted(run: Run) -> list[tuple[int, int, bool, int]]:
    """The kept counts: (deck id, state, suspended, cards), rows of no card left out."""
    return [(d, s, bool(sus), n) for d, s, sus, n in run(f"{_KEPT} ORDER BY 1, 2, 3", ())]


def recounted(run: Run) -> list[tuple[int, int, bool, int]]:
    """The same rows counted from the cards (a scan): what the kept counts must equal."""
    return [(d, s, bool(sus), n) for d, s, sus, n in run(f"{_COUNTED} ORDER BY 1, 2, 3", ())]
