"""Database health: check, repair, backup."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from srs.core.errors import SrsError
from srs.db.backups import backup_file, backup_path
from srs.db.migrate import head_revision
from srs.service.collection import Collection

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
HARMLESS = {"stale burials"}


@dataclass
class CheckReport:
    path: str
    integrity: list[str]
    foreign_key_errors: int
    revision: str | None
    head: str
    counts: dict[str, int]
    findings: dict[str, int] = field(default_factory=dict)
    repaired: dict[str, int] = field(default_factory=dict)
    backup: str | None = None

    @property
    def ok(self) -> bool:
        problems = {k: v for k, v in self.findings.items() if v and k not in HARMLESS}
        return (
            self.integrity == ["ok"] and self.foreign_key_errors == 0
            and self.revision == self.head and not problems
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "path": self.path, "integrity": self.integrity,
            "foreign_key_errors": self.foreign_key_errors, "revision": self.revision,
            "head": self.head, "counts": self.counts, "findings": self.findings,
            "repaired": self.repaired, "backup": self.backup,
        }


def check(col: Collection, *, repair: bool = False) -> CheckReport:
    from srs.db.types import to_micros

    now = to_micros(col.now())
    with col.engine.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
        fk_errors = len(conn.exec_driver_sql("PRAGMA foreign_key_check").all())
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        counts = {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0) for t in TABLES}
        findings = {name: int(conn.execute(text(sql), {"now": now}).scalar() or 0) for name, sql in ORPHAN_CHECKS.items()}
    report = CheckReport(str(col.path), integrity, fk_errors, revision, head_revision(), counts, findings)
    if repair and any(findings.values()):
        report.backup = str(backup(col, backup_path(col.path)))
        with col.write_conn() as conn:
            for name, n in findings.items():
                if n:
                    conn.execute(text(ORPHAN_FIXES[name]), {"now": now})
                    report.repaired[name] = n
        after = check(col)
        report.findings, report.counts = after.findings, after.counts
        report.integrity, report.foreign_key_errors = after.integrity, after.foreign_key_errors
    return report


def backup(col: Collection, dest: Path) -> Path:
    """A consistent copy through SQLite's online backup API, safe while others write."""
    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = dest / col.path.name
    if dest.resolve() == col.path.resolve():
        raise SrsError("the backup destination is the database itself")
    if dest.exists():
        raise SrsError(f"{dest} already exists; choose another name")
    if not dest.parent.is_dir():
        raise SrsError(f"folder {dest.parent} does not exist")
    try:
        backup_file(col.path, dest)  # through dest.partial, renamed when complete
    except OSError as exc:
        raise SrsError(f"cannot write backup {dest}: {exc.strerror or exc}") from exc
    except sqlite3.Error as exc:  # e.g. the disk filled up half-way
        raise SrsError(f"cannot write backup {dest}: {exc}") from exc
    return dest
