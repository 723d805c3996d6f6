"""The sync's statements on srs's own database: identities, answers given elsewhere, their schedules.

Plain SQL on one sqlite3 cursor of the caller's transaction. The answer and schedule
rows come from the import's history replay (srs.anki.history) already in stored form
(times in µs), in the column order it names; they go in as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from srs.db.engine import sqlite_cursor


def card_keys(conn: Connection) -> list[tuple[int, int, str, str | None]]:
    """Every card as (card id, ordinal, note guid, the note's Anki guid if it came from Anki)."""
    return sqlite_cursor(conn).execute("SELECT c.id, c.ordinal, n.guid, json_extract(n.fields, '$.anki_guid')"
                                       " FROM cards c JOIN notes n ON n.id = c.note_id").fetchall()


def note_guids(conn: Connection) -> list[tuple[int, str, str | None]]:
    """Every note as (note id, guid, Anki guid if it came from Anki)."""
    return sqlite_cursor(conn).execute("SELECT id, guid, json_extract(fields, '$.anki_guid') FROM notes").fetchall()


def review_count(conn: Connection) -> int:
    return int(sqlite_cursor(conn).execute("SELECT count(*) FROM review_logs").fetchone()[0])


class SyncRows:
    """The pull's reads and writes, on one cursor of the caller's write transaction."""

    def __init__(self, conn: Connection) -> None:
        self._cur = sqlite_cursor(conn)

    def answer_ms(self, card_id: int) -> set[int]:
        """When the card's answers were given, in whole milliseconds (Anki's review-log ids)."""
        return {ms for (ms,) in self._cur.execute("SELECT reviewed_at / 1000 FROM review_logs WHERE card_id = ?",
                                                  (card_id,))}

    def answered_after(self, card_id: int, log_id: int) -> bool:
        return self._cur.execute("SELECT 1 FROM review_logs WHERE card_id = ? AND id > ?",
                                 (card_id, log_id)).fetchone() is not None

    def note_answered_after(self, note_id: int, log_id: int) -> bool:
        return self._cur.execute("SELECT 1 FROM review_logs r JOIN cards c ON c.id = r.card_id"
                                 " WHERE c.note_id = ? AND r.id > ?", (note_id, log_id)).fetchone() is not None

    def delete_note(self, note_id: int) -> None:
        self._cur.execute("DELETE FROM notes WHERE id = ?", (note_id,))  # cards and review logs go with it

    def answers(self, card_id: int) -> list[tuple[int, int, int]]:
        """The card's answers as (reviewed_at µs, rating, duration ms)."""
        return self._cur.execute("SELECT reviewed_at, rating, duration_ms FROM review_logs WHERE card_id = ?",
                                 (card_id,)).fetchall()

    def add_answers(self, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """Review-log rows of answers given elsewhere: no srs state to undo them to (no undo record)."""
        self._cur.executemany(f"INSERT INTO review_logs ({', '.join(columns)})"
                              f" VALUES ({', '.join('?' * len(columns))})", rows)

    def set_schedule(self, card_id: int, columns: Sequence[str], values: Sequence[Any]) -> None:
        self._cur.execute(f"UPDATE cards SET ({', '.join(columns)}) = ({', '.join('?' * len(columns))}) WHERE id = ?",
                          (*values, card_id))

    def set_suspended_and_flag(self, card_id: int, suspended: bool, flag: int) -> int:
        """Set both; returns 1 if either changed, else 0."""
        return self._cur.execute(
            "UPDATE cards SET suspended = ?, flag = ? WHERE id = ? AND (suspended != ? OR flag != ?)",
            (int(suspended), flag, card_id, int(suspended), flag)).rowcount
