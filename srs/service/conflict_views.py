"""Conflicts as `srs conflicts` lists them, read through a Run.

Apart from srs.service.note_edits (which parks and settles them through the collection), so that a cold
``srs conflicts`` lists them from a plain ``sqlite3`` snapshot (srs.service.reading) without SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from srs.core.bundle import BUNDLED_SCHEME
from srs.db.conflict_rows import conflict_rows
from srs.db.quick_read import Run


@dataclass(frozen=True)
class Conflict:
    note_id: int
    deck: str
    origin: str
    mine_front: str
    mine_back: str
    new_front: str
    new_back: str
    found_at: datetime


def origin(uri: str | None) -> str:
    """Where a note came from, in words: 'bundled deck x.md', 'Anki package y.apkg', a file's name, or ''."""
    if not uri:
        return ""
    if uri.startswith(BUNDLED_SCHEME):
        return f"bundled deck {uri.removeprefix(BUNDLED_SCHEME)}"
    name = uri.rsplit("/", 1)[-1]
    return f"Anki package {name}" if name.lower().endswith((".apkg", ".colpkg")) else name


def conflicts_of(run: Run) -> list[Conflict]:
    """Notes the user edited for which an import brought a different version, oldest first."""
    return [Conflict(r.note_id, r.deck, origin(r.uri), r.front, r.back, r.incoming["values"]["front"],
                     r.incoming["values"]["back"], r.found_at) for r in conflict_rows(run)]
