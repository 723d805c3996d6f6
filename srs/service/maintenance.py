"""Database health: check, repair, backup."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srs.core.errors import SrsError
from srs.db.backups import backup_file, backup_path
from srs.db.health import fix, health_of
from srs.db.quick_read import Run

if TYPE_CHECKING:  # the collection, and the schema head it is checked against, load SQLAlchemy: not for a cold check
    from srs.service.collection import Collection

HARMLESS = {"stale burials"}  # of srs.db.health.ORPHAN_CHECKS: reported, not a problem


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


def checked(run: Run, path: Path, now: datetime, head: str) -> CheckReport:
    """The report on the database ``run`` reads (at ``path``), against the schema revision ``head``."""
    health = health_of(run, now)
    return CheckReport(str(path), health.integrity, health.foreign_key_errors, health.revision, head,
                       health.counts, health.findings)


def check(col: Collection, *, repair: bool = False) -> CheckReport:
    from srs.db.migrate import head_revision

    now = col.now()
    with col.read_sql() as run:
        report = checked(run, col.path, now, head_revision())
    findings = report.findings
    if repair and any(findings.values()):
        report.backup = str(backup(col, backup_path(col.path)))
        with col.write_conn() as conn:
            for name, n in findings.items():
                if n:
                    fix(conn, name, now)
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
