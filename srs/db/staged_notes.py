"""A package's or text file's new notes, staged before the write lock and moved in under it.

An import in short transactions (``srs.service.import_chunks``) wrote each one's new notes with
``executemany`` under SQLite's write lock: binding 21 columns a note, a card and a link from Python
was half of the lock time (a 50k-note package: 1.9 s of lock, 54 transactions, a pause after each).
Here a transaction's rows are first put in this connection's TEMP tables, which takes no lock on the
database (it is done in the pause after the last transaction, while a reviewer may write), and the
locked transaction moves them with three ``INSERT … SELECT``, inside SQLite. Ids, card positions and
deck ids are known only under the lock: staged rows are numbered from 0 and shifted then (as
``import_rows`` does for a markdown file's new notes). Times come in as µs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from srs.core.consts import State
from srs.db.staging import staging

NOTE_COLUMNS = ("guid", "key", "kind", "rule", "template", "reverse", "front", "back", "fields", "tags",
                "heading_path", "deck", "line", "content_hash", "tradeoff", "linked_note_id", "modified_at")
CARD_COLUMNS = ("n", "ordinal", "suspended", "flag")  # n: the staged note's number

_TABLES = ("staged_notes", "staged_cards", "staged_decks")
_CREATE = (
    f"CREATE TEMP TABLE IF NOT EXISTS staged_notes (n INTEGER PRIMARY KEY, {', '.join(NOTE_COLUMNS)})",
    "CREATE TEMP TABLE IF NOT EXISTS staged_cards (c INTEGER PRIMARY KEY, n INTEGER, ordinal INTEGER,"
    " suspended INTEGER, flag INTEGER)",
    "CREATE TEMP TABLE IF NOT EXISTS staged_decks (name TEXT PRIMARY KEY, id INTEGER)",
)
_MOVE_NOTES = (
    "INSERT INTO main.notes (id, guid, key, kind, rule, template, reverse, front, back, fields, tags, heading_path,"
    " deck_id, source_id, line, content_hash, tradeoff, linked_note_id, orphaned_at, created_at, modified_at)"
    " SELECT s.n + :note0, s.guid, s.key, s.kind, s.rule, s.template, s.reverse, s.front, s.back, s.fields, s.tags,"
    " s.heading_path, d.id, :source, s.line, s.content_hash, s.tradeoff, s.linked_note_id, NULL, :now, s.modified_at"
    " FROM temp.staged_notes s JOIN temp.staged_decks d ON d.name = s.deck ORDER BY s.n"
)
_MOVE_CARDS = (
    "INSERT INTO main.cards (id, note_id, deck_id, ordinal, position, state, step, stability, difficulty, due,"
    " last_review, reps, lapses, suspended, flag, created_at)"
    f" SELECT c.c + :card0, c.n + :note0, d.id, c.ordinal, c.c + :position0, {State.NEW:d}, NULL, NULL, NULL, :now,"
    " NULL, 0, 0, c.suspended, c.flag, :now"
    " FROM temp.staged_cards c JOIN temp.staged_notes s ON s.n = c.n JOIN temp.staged_decks d ON d.name = s.deck"
    " ORDER BY c.c"
)
_MOVE_LINKS = ("INSERT OR IGNORE INTO main.note_sources (note_id, source_id, line)"
               " SELECT n + :note0, :source, line FROM temp.staged_notes ORDER BY n")


class StagedNotes:
    """One connection's staged new notes: :meth:`stage` with no transaction open, :meth:`move` in a write one."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw
        self.cards = 0

    def stage(self, notes: Sequence[tuple[object, ...]], cards: Sequence[tuple[int, int, int, int]]) -> None:
        """Replace what is staged: notes in ``NOTE_COLUMNS`` order (numbered from 0 as given), cards in
        ``CARD_COLUMNS`` order, in the order they are to be numbered (no lock taken on the database)."""
        with staging(self._raw, _CREATE, _TABLES) as cur:
            marks = ", ".join("?" * (len(NOTE_COLUMNS) + 1))
            cur.executemany(f"INSERT INTO temp.staged_notes VALUES ({marks})", [(n, *row) for n, row in enumerate(notes)])
            cur.executemany("INSERT INTO temp.staged_cards VALUES (?, ?, ?, ?, ?)", [(c, *row) for c, row in enumerate(cards)])
        self.cards = len(cards)

    def move(self, cur: sqlite3.Cursor, decks: Sequence[tuple[str, int]], source_id: int, now_us: int,
             position: int) -> None:
        """Into the tables, in the caller's write transaction: ids after the largest, cards numbered in the
        new-card order from ``position``; ``decks``: (name, id) of every staged deck name."""
        cur.executemany("INSERT OR REPLACE INTO temp.staged_decks (name, id) VALUES (?, ?)", decks)
        shift = {
            "note0": (cur.execute("SELECT max(id) FROM notes").fetchone()[0] or 0) + 1,
            "card0": (cur.execute("SELECT max(id) FROM cards").fetchone()[0] or 0) + 1,
            "position0": position, "source": source_id, "now": now_us,
        }
        cur.execute(_MOVE_NOTES, shift)
        cur.execute(_MOVE_CARDS, shift)
        cur.execute(_MOVE_LINKS, shift)

    def drop(self) -> None:
        """Drop the staging tables (a pooled connection is reused: it must not carry them)."""
        for table in _TABLES:
            self._raw.execute(f"DROP TABLE IF EXISTS temp.{table}")
