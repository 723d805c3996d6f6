"""The ``note_edits`` rows an import reads and writes (srs.service.note_edits says why; ``srs conflicts``
lists them through srs.db.conflict_rows).

Plain SQL on the sqlite3 cursor of the caller's transaction, in chunks of 500 ids: an import
asks about the notes of one file in one or two queries, and parks the versions it did not
apply with one executemany inside its own write transaction. Times arrive and leave as
datetimes; the parked version is JSON text (as the ORM's ``JSONText`` column writes it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection

from srs.db.engine import sqlite_cursor
from srs.db.micros import to_micros

_CHUNK = 500  # ids per IN (…): well under SQLite's variable limit


class EditedNote(NamedTuple):
    """A note the user edited in srs, with the text of the version it was imported as."""

    note_id: int
    base_front: str
    base_back: str
    parked: bool  # an import brought another version the user has not decided on

    @property
    def imported_text(self) -> str:
        """What the deck said, as similarity matching compares it (front and back)."""
        return f"{self.base_front} {self.base_back}"


def edited_notes(conn: Connection, note_ids: Iterable[int]) -> dict[int, EditedNote]:
    """The user-edited notes among ``note_ids``, by id."""
    cur = sqlite_cursor(conn)
    ids = sorted(set(note_ids))
    out: dict[int, EditedNote] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        for note_id, front, back, parked in cur.execute(
                "SELECT note_id, base_front, base_back, incoming IS NOT NULL FROM note_edits"
                f" WHERE note_id IN ({', '.join('?' * len(chunk))})", chunk):
            out[note_id] = EditedNote(note_id, front, back, bool(parked))
    return out


def park(conn: Connection, parked: Sequence[tuple[int, dict[str, Any]]], now: datetime) -> None:
    """Keep each incoming version (note id, version) beside the user's note, in the caller's transaction."""
    if not parked:
        return
    now_us = to_micros(now)
    sqlite_cursor(conn).executemany(
        "UPDATE note_edits SET incoming = ?, incoming_at = ? WHERE note_id = ?",
        [(json.dumps(version, ensure_ascii=False, sort_keys=True), now_us, note_id) for note_id, version in parked])
