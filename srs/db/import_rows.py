"""A notes import's plan written to the database: each kind of change one prepared statement over its rows.

No ORM objects and no per-note queries, so a re-import of a 2 MB file holds SQLite's write
lock for tens of milliseconds, not seconds (srs.service.import_apply says when and why).
Times come in as datetimes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import NamedTuple, Protocol

from sqlalchemy import Connection

from srs.core.consts import State
from srs.db.engine import sqlite_cursor
from srs.db.micros import to_micros
from srs.db.note_rows import NoteValues
from srs.db.staging import staging

_INDEXED = ("key", "tradeoff", "linked_note_id")
_CHANGED_COLUMNS = ("kind", "rule", "template", "reverse", "front", "back", "tags", "heading_path", "line",
                    "content_hash", "modified_at")
_ADD_CARD_SQL = (
    "INSERT INTO cards (note_id, deck_id, ordinal, position, state, due, reps, lapses, suspended, flag, created_at)"
    f" VALUES (?, ?, ?, ?, {State.NEW:d}, ?, 0, 0, 0, 0, ?)"
)
_LINK_SQL = (
    "INSERT INTO note_sources (note_id, source_id, line) VALUES (?, ?, ?)"
    " ON CONFLICT (note_id, source_id) DO UPDATE SET line = excluded.line"
)


# A package's or text file's edited notes (srs.service.import_anki_store). SQLite rewrites the index entries of
# every column an UPDATE sets, changed or not: an edited answer (the usual edit) takes the narrow statement, which
# sets no indexed column (half the time).
_NOTE_CHANGE_COLUMNS = ("kind", "rule", "template", "reverse", "front", "back", "tags", "heading_path", "line",
                        "content_hash", "modified_at", "fields")
_INDEXED_CHANGE_COLUMNS = ("key", "tradeoff", "linked_note_id", "deck_id")
_NARROW_CHANGE_SQL = f"UPDATE notes SET {', '.join(f'{c} = ?' for c in _NOTE_CHANGE_COLUMNS)} WHERE id = ?"
_WIDE_CHANGE_SQL = (f"UPDATE notes SET {', '.join(f'{c} = ?' for c in (*_NOTE_CHANGE_COLUMNS, *_INDEXED_CHANGE_COLUMNS))}"
                    " WHERE id = ?")
_DROP_CARD_SQL = "DELETE FROM cards WHERE id = ? AND NOT EXISTS (SELECT 1 FROM review_logs WHERE card_id = ?)"
_SUSPEND_CARD_SQL = "UPDATE cards SET suspended = 1 WHERE id = ?"


class NoteChange(NamedTuple):
    """A stored note's new columns, as an Anki package or text file gives them (times in microseconds, JSON as text)."""

    kind: str
    rule: str
    template: str
    reverse: int
    front: str
    back: str
    tags: str
    heading_path: str
    line: int
    content_hash: str
    modified_at: int
    fields: str
    key: str
    tradeoff: str | None
    linked_note_id: int | None

    def narrow(self) -> tuple[object, ...]:
        """The columns that no index covers."""
        return tuple(self)[:len(_NOTE_CHANGE_COLUMNS)]


# New notes wait in TEMP tables (this connection's own: filling them takes no lock on the
# database) and move in with three INSERT … SELECT under the lock. Ids, card positions and
# deck ids are known only then, so the staged rows are numbered from 0 and shifted.
_STAGE_SQL = (
    "CREATE TEMP TABLE IF NOT EXISTS import_notes (n INTEGER PRIMARY KEY, guid TEXT, key TEXT, kind TEXT, rule TEXT,"
    " template TEXT, reverse INTEGER, front TEXT, back TEXT, tags TEXT, heading_path TEXT, deck TEXT, line INTEGER,"
    " content_hash TEXT, tradeoff TEXT, linked_note_id INTEGER)",
    "CREATE TEMP TABLE IF NOT EXISTS import_cards (c INTEGER PRIMARY KEY, n INTEGER, ordinal INTEGER)",
    "CREATE INDEX IF NOT EXISTS temp.import_cards_n ON import_cards (n)",
    "CREATE TEMP TABLE IF NOT EXISTS import_decks (name TEXT PRIMARY KEY, id INTEGER)",
)
_STAGED = ("import_notes", "import_cards", "import_decks")
_MOVE_NOTES_SQL = (
    "INSERT INTO main.notes (id, guid, key, kind, rule, template, reverse, front, back, fields, tags, heading_path,"
    " deck_id, source_id, line, content_hash, tradeoff, linked_note_id, orphaned_at, created_at, modified_at)"
    " SELECT s.n + :note0, s.guid, s.key, s.kind, s.rule, s.template, s.reverse, s.front, s.back, '{}', s.tags,"
    " s.heading_path, d.id, :source, s.line, s.content_hash, s.tradeoff, s.linked_note_id, NULL, :now, :now"
    " FROM temp.import_notes s JOIN temp.import_decks d ON d.name = s.deck WHERE s.n >= :lo AND s.n < :hi ORDER BY s.n"
)
_MOVE_CARDS_SQL = (
    "INSERT INTO main.cards (id, note_id, deck_id, ordinal, position, state, step, stability, difficulty, due,"
    " last_review, reps, lapses, suspended, flag, created_at)"
    f" SELECT c.c + :card0, c.n + :note0, d.id, c.ordinal, c.c + :position0, {State.NEW:d}, NULL, NULL, NULL, :now, NULL, 0, 0, 0, 0, :now"
    " FROM temp.import_cards c JOIN temp.import_notes s ON s.n = c.n JOIN temp.import_decks d ON d.name = s.deck"
    " WHERE c.n >= :lo AND c.n < :hi ORDER BY c.c"
)
_MOVE_LINKS_SQL = (
    "INSERT OR IGNORE INTO main.note_sources (note_id, source_id, line)"
    " SELECT n + :note0, :source, line FROM temp.import_notes WHERE n >= :lo AND n < :hi ORDER BY n"
)




class NewNote(Protocol):
    """What staging reads of a planned new note (srs.service.import_plan.NewNote)."""

    @property
    def guid(self) -> str: ...
    @property
    def deck(self) -> str: ...
    @property
    def values(self) -> NoteValues: ...
    @property
    def ordinals(self) -> list[int]: ...


def _heading_path(v: NoteValues) -> str:
    return json.dumps(v["heading_path"], ensure_ascii=False) if v["heading_path"] else "[]"


def stage(raw: sqlite3.Connection, new: Sequence[NewNote]) -> None:
    """Put an import's new notes and their cards in this connection's TEMP tables (no lock taken)."""
    with staging(raw, _STAGE_SQL, _STAGED) as cur:
        cur.executemany("INSERT INTO temp.import_notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (i, n.guid, v["key"], v["kind"], v["rule"], v["template"], int(v["reverse"]), v["front"], v["back"], v["tags"],
             _heading_path(v), n.deck, v["line"], v["content_hash"], v["tradeoff"], v["linked_note_id"])
            for i, n in enumerate(new) for v in (n.values,)])
        cards = [(i, o) for i, n in enumerate(new) for o in n.ordinals]
        cur.executemany("INSERT INTO temp.import_cards (c, n, ordinal) VALUES (?, ?, ?)",
                        [(c, i, o) for c, (i, o) in enumerate(cards)])  # numbered from 0, as the notes


def unstage(raw: sqlite3.Connection) -> None:
    """Drop the staging tables (a pooled connection is reused: it must not carry them)."""
    for table in _STAGED:
        raw.execute(f"DROP TABLE IF EXISTS temp.{table}")


class PlanRows:
    """The plan's statements, on one cursor of the caller's write transaction."""

    def __init__(self, conn: Connection) -> None:
        self._cur = sqlite_cursor(conn)

    def revive(self, note_ids: Sequence[int]) -> None:
        """Notes back in their file: no longer orphaned, their cards unsuspended."""
        self._cur.executemany("UPDATE notes SET orphaned_at = NULL WHERE id = ?", [(i,) for i in note_ids])
        self._cur.executemany("UPDATE cards SET suspended = 0 WHERE note_id = ?", [(i,) for i in note_ids])

    def change(self, notes: Sequence[tuple[NoteValues, int, Mapping[str, object]]]) -> None:
        """New text (and the rest of NoteValues) for notes (values, note id, their indexed columns as stored).

        SQLite rewrites the index entries of every column an UPDATE sets, changed or not (1,000 edited notes:
        156 ms under the lock): an indexed column is set only by the statements for notes whose value of it
        changes (an empty mapping: not known, so all are set)."""
        groups: dict[tuple[str, ...], list[tuple[object, ...]]] = {}
        for v, note_id, stored in notes:
            moved = tuple(col for col in _INDEXED if not stored or stored.get(col) != v[col])  # type: ignore[literal-required]  # _INDEXED names NoteValues keys
            groups.setdefault(moved, []).append((
                v["kind"], v["rule"], v["template"], int(v["reverse"]), v["front"], v["back"], v["tags"],
                _heading_path(v), v["line"], v["content_hash"], to_micros(v["modified_at"]),
                *(v[col] for col in moved), note_id))  # type: ignore[literal-required]  # (as above)
        for moved, rows in groups.items():
            columns = ", ".join(f"{col} = ?" for col in (*_CHANGED_COLUMNS, *moved))
            self._cur.executemany(f"UPDATE notes SET {columns} WHERE id = ?", rows)

    def move_lines(self, moved: Sequence[tuple[int, int]]) -> None:
        """(line, note id): where each note now starts in its file."""
        self._cur.executemany("UPDATE notes SET line = ? WHERE id = ?", moved)

    def add_cards(self, cards: Sequence[tuple[int, int, int]], position: int, now: datetime) -> None:
        """New cards (note id, deck id, ordinal), numbered in the new-card order from ``position``."""
        now_us = to_micros(now)
        self._cur.executemany(_ADD_CARD_SQL, [(n, d, o, position + i, now_us, now_us) for i, (n, d, o) in enumerate(cards)])

    def next_position(self) -> int:
        """The new-card position after every card's."""
        return int(self._cur.execute("SELECT max(position) FROM cards").fetchone()[0] or 0) + 1

    def drop_cards(self, card_ids: Sequence[int]) -> None:
        """Cards whose side is gone: deleted if never reviewed, else suspended (their history kept)."""
        self._cur.executemany(_DROP_CARD_SQL, [(cid, cid) for cid in card_ids])
        self._cur.executemany(_SUSPEND_CARD_SQL, [(cid,) for cid in card_ids])

    def change_notes(self, same_indexed: Sequence[tuple[NoteChange, int]],
                     reindexed: Sequence[tuple[NoteChange, int, int]]) -> None:
        """Edited notes: (change, note id) whose indexed columns stay (the narrow update, which leaves the
        indexes alone), and (change, deck id, note id) whose key, tradeoff, link or deck move."""
        self._cur.executemany(_NARROW_CHANGE_SQL, [(*c.narrow(), note_id) for c, note_id in same_indexed])
        self._cur.executemany(_WIDE_CHANGE_SQL, [(*c, deck_id, note_id) for c, deck_id, note_id in reindexed])

    def move_staged(self, decks: Sequence[tuple[str, int]], source_id: int, now: datetime,
                    staged: tuple[int, int] | None = None) -> None:
        """Move the staged notes in: ids after the largest, cards last in the new-card order (as note_rows.insert_notes).

        ``staged``: only the notes numbered from the first to before the second (an import in short
        transactions moves them a slice at a time, each after what is there by then)."""
        cur = self._cur
        lo, hi = staged or (0, 1 << 62)
        cur.executemany("INSERT OR REPLACE INTO temp.import_decks (name, id) VALUES (?, ?)", decks)
        first_card = cur.execute("SELECT min(c) FROM temp.import_cards WHERE n >= ? AND n < ?", (lo, hi)).fetchone()[0] or 0
        shift = {
            "note0": (cur.execute("SELECT max(id) FROM notes").fetchone()[0] or 0) + 1 - lo,
            "card0": (cur.execute("SELECT max(id) FROM cards").fetchone()[0] or 0) + 1 - first_card,
            "position0": (cur.execute("SELECT max(position) FROM cards").fetchone()[0] or 0) + 1 - first_card,
            "source": source_id, "now": to_micros(now), "lo": lo, "hi": hi,
        }
        cur.execute(_MOVE_NOTES_SQL, shift)
        cur.execute(_MOVE_CARDS_SQL, shift)
        cur.execute(_MOVE_LINKS_SQL, shift)

    def link(self, links: Sequence[tuple[int, int]], source_id: int) -> None:
        """(note id, line) of notes the source holds."""
        self._cur.executemany(_LINK_SQL, [(note_id, source_id, line) for note_id, line in links])

    def unlink(self, note_ids: Sequence[int], source_id: int) -> None:
        self._cur.executemany("DELETE FROM note_sources WHERE note_id = ? AND source_id = ?",
                              [(i, source_id) for i in note_ids])

    def prune(self, note_ids: Sequence[int]) -> None:
        self._cur.executemany("DELETE FROM notes WHERE id = ?", [(i,) for i in note_ids])  # cards and links go with them

    def orphan(self, note_ids: Sequence[int], now: datetime) -> None:
        """Notes gone from their file: orphaned (kept, with their history), their cards suspended."""
        self._cur.executemany("UPDATE notes SET orphaned_at = ? WHERE id = ?", [(to_micros(now), i) for i in note_ids])
        self._cur.executemany("UPDATE cards SET suspended = 1 WHERE note_id = ?", [(i,) for i in note_ids])
