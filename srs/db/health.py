"""A database's health as SQL sees it: integrity, foreign keys, schema revision, row counts, orphan rows.

``srs db check`` judges these and ``--repair`` fixes the orphans (srs.service.maintenance).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, text

from srs.db.micros import to_micros

TABLES = ("presets", "decks", "sources", "notes", "note_sources", "cards", "review_logs")

# Rows that point at nothing: safe to delete (a backup is taken first).
ORPHAN_CHECKS = {
    "cards without a note": "SELECT count(*) FROM cards WHERE note_id NOT IN (SELECT id FROM notes)",
    "review logs without a card": "SELECT count(*) FROM review_logs WHERE card_id NOT IN (SELECT id FROM cards)",
    "notes without cards": "SELECT count(*) FROM notes WHERE id NOT IN (SELECT note_id FROM cards)",
    "stale burials": "SELECT count(*) FROM cards WHERE buried_until IS NOT NULL AND buried_until <= :now",
    "note sources without a note or source": (
        "SELECT count(*) FROM note_sources WHERE note_id NOT IN (SELECT id FROM notes)"
        " OR source_id NOT IN (SELECT id FROM sources)"),
}
ORPHAN_FIXES = {
    "cards without a note": "DELETE FROM cards WHERE note_id NOT IN (SELECT id FROM notes)",
    "review logs without a card": "DELETE FROM review_logs WHERE card_id NOT IN (SELECT id FROM cards)",
    "notes without cards": "DELETE FROM notes WHERE id NOT IN (SELECT note_id FROM cards)",
    "stale burials": "UPDATE cards SET buried_until = NULL WHERE buried_until IS NOT NULL AND buried_until <= :now",
    "note sources without a note or source": (
        "DELETE FROM note_sources WHERE note_id NOT IN (SELECT id FROM notes)"
        " OR source_id NOT IN (SELECT id FROM sources)"),
}


@dataclass
class Health:
    integrity: list[str]  # ["ok"] when SQLite finds nothing
    foreign_key_errors: int
    revision: str | None  # the Alembic revision stamped in the database
    counts: dict[str, int]  # rows per table of TABLES
    findings: dict[str, int]  # rows per kind of ORPHAN_CHECKS


def health_of(conn: Connection, now: datetime) -> Health:
    now_us = to_micros(now)
    integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
    fk_errors = len(conn.exec_driver_sql("PRAGMA foreign_key_check").all())
    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    counts = {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0) for t in TABLES}
    findings = {name: int(conn.execute(text(sql), {"now": now_us}).scalar() or 0) for name, sql in ORPHAN_CHECKS.items()}
    return Health(integrity, fk_errors, revision, counts, findings)


def fix(conn: Connection, name: str, now: datetime) -> None:
    """Delete (or clear) the orphan rows of kind ``name`` (a key of ORPHAN_FIXES)."""
    conn.execute(text(ORPHAN_FIXES[name]), {"now": to_micros(now)})
