"""What an import did, file by file: the counts the CLI's summary, the TUI's dialog and ``--json`` show.

Its own module so both importers (markdown notes in srs.service.importing, Anki
packages and text in srs.service.importing_anki) fill it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from srs.extract import LineNote


@dataclass
class FileReport:
    path: str
    status: str = "imported"  # imported | unchanged | failed | dry-run
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    orphaned: int = 0
    pruned: int = 0
    suggested: int = 0  # drafts the critic held back, offered by `srs suggestions`
    skipped_lines: int = 0
    conflicts: int = 0  # notes the user edited in srs that this import brought another version of (srs conflicts)
    kept_newer: int = 0  # package notes not applied: the note here was modified later (Anki's duplicates)
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    lines: list[LineNote] | None = None

    def count(self, kind: str, what: str, n: int = 1) -> None:
        setattr(self, what, getattr(self, what) + n)
        slot = self.by_kind.setdefault(kind, {})
        slot[what] = slot.get(what, 0) + n

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in ("path", "status", "new", "updated", "unchanged", "orphaned", "pruned", "conflicts", "suggested", "skipped_lines", "by_kind", "warnings", "error")}
        if explain and self.lines is not None:
            out["lines"] = [vars(x) if hasattr(x, "__dict__") else x for x in self.lines]
        return out


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "failed"]

    def total(self, what: str) -> int:
        return sum(getattr(f, what) for f in self.files)
