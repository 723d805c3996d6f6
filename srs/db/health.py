"""A database's health as SQL sees it: integrity, foreign keys, schema revision, row counts, orphan rows.

``srs db check`` judges these and ``--repair`` fixes the orphans (srs.service.maintenance).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from srs.db import deck_card_counts
from srs.db.micros import to_micros
from srs.db.quick_read import Run

if TYPE_CHECKING:
    from sqlalchemy import Connection

TABLES = ("presets", "decks", "sources", "notes", "note_sources", "cards", "review_logs")

# Rows that point at nothing: safe to delete (a backup is taken first).
ORPHAN_CHECKS = {
    "cards without a note": "SELECT count(*) FROM cards WHERE note_id NOT IN (SELECT id FROM notes)",
    "review logs without a card": "SELECT count(*) FROM review_logs WHERE card_id NOT IN (SELECT id FROM cards)",
    "notes without cards": "SELECT count(*) FROM notes WHERE id NOT IN (SELECT note_id FROM cards)",
    "stale burials": "SELECT count(*) FROM cards WHERE buried_until IS NOT NULL AND buried_until <= ?",
    "note sources without a note or source": (
        "SELECT count(*) FROM note_sources WHERE note_id NOT IN (SELECT id FROM notes)"
        " OR source_id NOT IN (SELECT id FROM sources)"),
    # last: the other fixes delete cards, which the triggers count (when they are there)
    "decks whose kept card counts are wrong": deck_card_counts.DISAGREEING,
    "deck count triggers missing": deck_card_counts.MISSING,
}
ORPHAN_FIXES: dict[str, str | tuple[str, ...]] = {
    "cards without a note": "DELETE FROM cards WHERE note_id NOT IN (SELECT id FROM notes)",
    "review logs without a card": "DELETE FROM review_logs WHERE card_id NOT IN (SELECT id FROM cards)",
    "notes without cards": "DELETE FROM notes WHERE id NOT IN (SELECT note_id FROM cards)",
    "stale burials": "UPDATE cards SET buried_until = NULL WHERE buried_until IS NOT NULL AND buried_until <= :now",
    "note sources without a note or source": (
        "DELETE FROM note_sources WHERE note_id NOT IN (SELECT id FROM notes)"
        " OR source_id NOT IN (SELECT id FROM sources)"),
    "decks whose kept card counts are wrong": deck_card_counts.REPAIR,  # counted again, triggers made again
    "deck count triggers missing": deck_card_counts.REPAIR,
}


@dataclass
class Health:
    integrity: list[str]  # ["ok"] when SQLite finds nothing
    foreign_key_errors: int
    revision: str | None  # the Alembic revision stamped in the database
    counts: dict[str, int]  # rows per table of TABLES
    findings: dict[str, int]  # rows per kind of ORPHAN_CHECKS


def health_of(run: Run, now: datetime) -> Health:
    """Through a Run (srs.db.quick_read): the collection's connection, or the plain snapshot a cold
    ``srs db check`` reads without SQLAlchemy (srs.service.reading)."""
    def one(sql: str, params: tuple[int, ...] = ()) -> Any:
        rows = run(sql, params)
        return rows[0][0] if rows else None

    now_us = to_micros(now)
    integrity = [r[0] for r in run("PRAGMA integrity_check", ())]
    fk_errors = len(run("PRAGMA foreign_key_check", ()))
    revision = one("SELECT version_num FROM alembic_version")
    counts = {t: int(one(f"SELECT count(*) FROM {t}") or 0) for t in TABLES}
    findings = {name: int(one(sql, (now_us,) * sql.count("?")) or 0) for name, sql in ORPHAN_CHECKS.items()}
    return Health(integrity, fk_errors, None if revision is None else str(revision), counts, findings)


def fix(conn: Connection, name: str, now: datetime) -> None:
    """Delete (or clear) the orphan rows of kind ``name`` (a key of ORPHAN_FIXES)."""
    from sqlalchemy import text

    statements = ORPHAN_FIXES[name]
    for sql in (statements,) if isinstance(statements, str) else statements:
        conn.execute(text(sql), {"now": to_micros(now)} if ":now" in sql else {})
