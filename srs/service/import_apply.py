"""Writing an import plan: the only part of a notes import that holds the write lock.

``srs.service.import_plan`` did the matching from a read; here each kind of
change is one prepared statement run over its rows (no ORM objects, no
per-note queries), so a re-import of a 2 MB file holds SQLite's write lock for
tens of milliseconds, not seconds, and an answer made meanwhile waits that long
at most. The plan is applied only if what it read is unchanged (:class:`Stale`
otherwise), and all of it in the caller's one transaction: an import is still
all or nothing for anyone reading the database.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from srs.db.engine import sqlite_cursor
from srs.db.models import Card
from srs.db.types import to_micros
from srs.service import notes_store as store
from srs.service import suggestions
from srs.service.collection import get_or_create_deck
from srs.service.import_plan import Plan, fingerprint
from srs.service.note_edits import park

_CHANGE_SQL = (
    "UPDATE notes SET key = ?, kind = ?, rule = ?, template = ?, reverse = ?, front = ?, back = ?, tags = ?,"
    " heading_path = ?, line = ?, content_hash = ?, tradeoff = ?, linked_note_id = ?, modified_at = ? WHERE id = ?"
)
_ADD_CARD_SQL = (
    "INSERT INTO cards (note_id, deck_id, ordinal, position, state, due, reps, lapses, suspended, flag, created_at)"
    " VALUES (?, ?, ?, ?, 0, ?, 0, 0, 0, 0, ?)"
)
_LINK_SQL = (
    "INSERT INTO note_sources (note_id, source_id, line) VALUES (?, ?, ?)"
    " ON CONFLICT (note_id, source_id) DO UPDATE SET line = excluded.line"
)


# New notes wait in TEMP tables (this connection's own: filling them takes no lock on the
# database) and move in with three INSERT … SELECT under the lock. Ids, card positions and
# deck ids are known only then, so the staged rows are numbered from 0 and shifted.
_STAGE_SQL = (
    "CREATE TEMP TABLE IF NOT EXISTS import_notes (n INTEGER PRIMARY KEY, guid TEXT, key TEXT, kind TEXT, rule TEXT,"
    " template TEXT, reverse INTEGER, front TEXT, back TEXT, tags TEXT, heading_path TEXT, deck TEXT, line INTEGER,"
    " content_hash TEXT, tradeoff TEXT, linked_note_id INTEGER)",
    "CREATE TEMP TABLE IF NOT EXISTS import_cards (c INTEGER PRIMARY KEY, n INTEGER, ordinal INTEGER)",
    "CREATE TEMP TABLE IF NOT EXISTS import_decks (name TEXT PRIMARY KEY, id INTEGER)",
)
_STAGED = ("import_notes", "import_cards", "import_decks")
_MOVE_NOTES_SQL = (
    "INSERT INTO main.notes (id, guid, key, kind, rule, template, reverse, front, back, fields, tags, heading_path,"
    " deck_id, source_id, line, content_hash, tradeoff, linked_note_id, orphaned_at, created_at, modified_at)"
    " SELECT s.n + :note0, s.guid, s.key, s.kind, s.rule, s.template, s.reverse, s.front, s.back, '{}', s.tags,"
    " s.heading_path, d.id, :source, s.line, s.content_hash, s.tradeoff, s.linked_note_id, NULL, :now, :now"
    " FROM temp.import_notes s JOIN temp.import_decks d ON d.name = s.deck ORDER BY s.n"
)
_MOVE_CARDS_SQL = (
    "INSERT INTO main.cards (id, note_id, deck_id, ordinal, position, state, step, stability, difficulty, due,"
    " last_review, reps, lapses, suspended, flag, created_at)"
    " SELECT c.c + :card0, c.n + :note0, d.id, c.ordinal, c.c + :position0, 0, NULL, NULL, NULL, :now, NULL, 0, 0, 0, 0, :now"
    " FROM temp.import_cards c JOIN temp.import_notes s ON s.n = c.n JOIN temp.import_decks d ON d.name = s.deck"
    " ORDER BY c.c"
)
_MOVE_LINKS_SQL = (
    "INSERT OR IGNORE INTO main.note_sources (note_id, source_id, line)"
    " SELECT n + :note0, :source, line FROM temp.import_notes ORDER BY n"
)


def stage(raw: sqlite3.Connection, plan: Plan) -> None:
    """Put the plan's new notes and cards in this connection's TEMP tables (no lock taken)."""
    cur = raw.cursor()
    own = not raw.in_transaction  # the last try stages inside the write transaction
    if own:
        cur.execute("BEGIN")
    try:
        for sql in _STAGE_SQL:
            cur.execute(sql)
        for table in _STAGED:
            cur.execute(f"DELETE FROM temp.{table}")
        cur.executemany("INSERT INTO temp.import_notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (i, n.guid, v["key"], v["kind"], v["rule"], v["template"], int(v["reverse"]), v["front"], v["back"], v["tags"],
             json.dumps(v["heading_path"], ensure_ascii=False) if v["heading_path"] else "[]", n.deck, v["line"],
             v["content_hash"], v["tradeoff"], v["linked_note_id"])
            for i, n in enumerate(plan.new) for v in (n.values,)])
        cards = [(i, o) for i, n in enumerate(plan.new) for o in n.ordinals]
        cur.executemany("INSERT INTO temp.import_cards (c, n, ordinal) VALUES (?, ?, ?)",
                        [(c, i, o) for c, (i, o) in enumerate(cards)])  # numbered from 0, as the notes
        if own:
            cur.execute("COMMIT")
    except BaseException:
        if own:
            cur.execute("ROLLBACK")
        raise


def unstage(raw: sqlite3.Connection) -> None:
    """Drop the staging tables (a pooled connection is reused: it must not carry them)."""
    for table in _STAGED:
        raw.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _insert_staged(s: Session, cur: sqlite3.Cursor, plan: Plan, source_id: int, now_us: int) -> None:
    """Move the staged notes in: ids after the largest, cards last in the new-card order (as ``notes_store.insert_notes``)."""
    cur.executemany("INSERT INTO temp.import_decks (name, id) VALUES (?, ?)",
                    [(name, get_or_create_deck(s, name).id) for name in dict.fromkeys(n.deck for n in plan.new)])
    shift = {
        "note0": (cur.execute("SELECT max(id) FROM notes").fetchone()[0] or 0) + 1,
        "card0": (cur.execute("SELECT max(id) FROM cards").fetchone()[0] or 0) + 1,
        "position0": (cur.execute("SELECT max(position) FROM cards").fetchone()[0] or 0) + 1,
        "source": source_id, "now": now_us,
    }
    cur.execute(_MOVE_NOTES_SQL, shift)
    cur.execute(_MOVE_CARDS_SQL, shift)
    cur.execute(_MOVE_LINKS_SQL, shift)


class Stale(Exception):
    """What the plan read changed before it could be applied (another import or an edit): plan again."""


def apply_plan(s: Session, plan: Plan) -> None:
    """Write ``plan`` in the caller's write transaction; :class:`Stale` (nothing written) if it is out of date."""
    if fingerprint(s, plan.uri) != plan.seen:
        raise Stale(plan.uri)
    source = store.record_source(s, plan.uri, plan.digest, plan.fmt, plan.now)
    if plan.suggested is not None:
        suggestions.record(s, source, plan.suggested, plan.now)
    cur = sqlite_cursor(s.connection())
    now_us = to_micros(plan.now)
    # Revive before the card changes: a card of a revived note whose side is gone stays suspended.
    cur.executemany("UPDATE notes SET orphaned_at = NULL WHERE id = ?", [(i,) for i in plan.revived])
    cur.executemany("UPDATE cards SET suspended = 0 WHERE note_id = ?", [(i,) for i in plan.revived])
    cur.executemany(_CHANGE_SQL, [_changed_row(c.values, c.note_id) for c in plan.changed])
    cur.executemany("UPDATE notes SET line = ? WHERE id = ?", plan.moved)
    park(cur, plan.conflicts, plan.now)
    _sync_cards(s, cur, plan, now_us)
    if plan.new:
        _insert_staged(s, cur, plan, source.id, now_us)
    cur.executemany(_LINK_SQL, [(note_id, source.id, line) for note_id, line in plan.links])
    cur.executemany("DELETE FROM note_sources WHERE note_id = ? AND source_id = ?", [(i, source.id) for i in plan.unlinked])
    cur.executemany("DELETE FROM notes WHERE id = ?", [(i,) for i in plan.pruned])  # cards and links go with them
    cur.executemany("UPDATE notes SET orphaned_at = ? WHERE id = ?", [(now_us, i) for i in plan.orphaned])
    cur.executemany("UPDATE cards SET suspended = 1 WHERE note_id = ?", [(i,) for i in plan.orphaned])


def _changed_row(v: store.NoteValues, note_id: int) -> tuple[Any, ...]:
    return (v["key"], v["kind"], v["rule"], v["template"], int(v["reverse"]), v["front"], v["back"], v["tags"],
            json.dumps(v["heading_path"], ensure_ascii=False) if v["heading_path"] else "[]", v["line"],
            v["content_hash"], v["tradeoff"], v["linked_note_id"], to_micros(v["modified_at"]), note_id)


def _sync_cards(s: Session, cur: sqlite3.Cursor, plan: Plan, now_us: int) -> None:
    """New sides get new cards (after every card in the new-card order); a side that is gone
    loses its card if it was never reviewed, else the card is suspended (its history kept)."""
    adds = [(c.note_id, c.deck_id, o) for c in plan.changed for o in c.add_ordinals]
    if adds:
        position = (s.scalar(select(func.max(Card.position))) or 0) + 1
        cur.executemany(_ADD_CARD_SQL, [(n, d, o, position + i, now_us, now_us) for i, (n, d, o) in enumerate(adds)])
    drops = [(cid, cid) for c in plan.changed for cid in c.drop_cards]
    cur.executemany("DELETE FROM cards WHERE id = ? AND NOT EXISTS (SELECT 1 FROM review_logs WHERE card_id = ?)", drops)
    cur.executemany("UPDATE cards SET suspended = 1 WHERE id = ?", [(cid,) for cid, _ in drops])
