"""The SQL that lists conflicts (`srs conflicts`): notes the user edited in srs for which an import parked
another version beside theirs (srs.service.note_edits says how they arise and are settled).

Plain SQL through a ``Run`` (srs.db.quick_read), so that a cold ``srs conflicts`` lists them from a ready
database without importing SQLAlchemy (srs.service.reading), and the collection with the same SQL.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, NamedTuple

from srs.db.micros import from_micros
from srs.db.quick_read import Run


class ConflictRow(NamedTuple):
    """A user-edited note with a parked version: the user's text beside the incoming one."""

    note_id: int
    deck: str
    uri: str | None
    front: str
    back: str
    incoming: dict[str, Any]  # srs.service.note_edits.incoming_version
    found_at: datetime


def conflict_rows(run: Run) -> list[ConflictRow]:
    """Every user-edited note with a parked version, oldest first."""
    rows = run("SELECT e.note_id, d.name, s.uri, n.front, n.back, e.incoming, coalesce(e.incoming_at, e.edited_at)"
               " FROM note_edits e JOIN notes n ON n.id = e.note_id JOIN decks d ON d.id = n.deck_id"
               " LEFT OUTER JOIN sources s ON s.id = n.source_id"
               " WHERE e.incoming IS NOT NULL ORDER BY e.incoming_at, e.note_id", ())
    return [ConflictRow(note_id, deck, uri, front, back, json.loads(incoming), from_micros(found))
            for note_id, deck, uri, front, back, incoming, found in rows]
