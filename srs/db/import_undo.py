"""An import written in many short transactions, undone if it does not finish.

A big import written in one transaction held SQLite's write lock for the whole
file, and answers waited (issue #18 item 13). Written in short transactions
instead, each one's changes are visible once it commits, so "a failed import
leaves nothing behind" needs a way back: before a transaction changes a note,
the note's rows as they were (the note, its cards, its links to sources) are
copied into an undo journal, a small SQLite file in the import's locked scratch
folder; a new note's guid is written there before the note is. The journal is
written first (its own file, its own lock: the database's write lock is not
taken), so whatever the import committed, the journal can take back.

Whether the import finished is read from the database itself: the first
transaction stamps the source row with the journal's token (``Journal.TOKEN_PREFIX``),
and the last one replaces it with the file's hash. After a failure (or, once
the process is dead, when the database is next opened) a token still in place
means "not finished": the journal is played back, again in short transactions.

Only a note's own columns and its cards' ``suspended`` flag are put back: an
answer given to one of its cards while the import ran stays (its schedule and
its review log are the reviewer's, not the import's).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

JOURNAL_NAME = "undo.db"
TOKEN_PREFIX = "importing:"
UNDO_ROWS = 2_000  # notes put back per short transaction when undoing

_CHUNK = 500  # ids per statement (SQLite's variable limit)
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (uri TEXT, token TEXT, source_id INTEGER, created INTEGER, hash TEXT, at INTEGER,"
    " last_deck INTEGER)",
    "CREATE TABLE IF NOT EXISTS new_notes (guid TEXT)",  # appended to (a key at random places cost 8 µs a note)
    "CREATE TABLE IF NOT EXISTS saved (id INTEGER PRIMARY KEY)",
)
_COPIES = {  # table → the live rows of the saved notes, copied as they were
    "notes": "SELECT * FROM live.notes WHERE id IN ({ids})",
    "cards": "SELECT * FROM live.cards WHERE note_id IN ({ids})",
    "note_sources": "SELECT * FROM live.note_sources WHERE note_id IN ({ids})",
}


class SourceBefore(NamedTuple):
    """The source row before the import: None values when the import creates it."""

    source_id: int
    created: bool
    content_hash: str | None
    imported_at: int | None
    last_deck: int  # decks after this id were made by the import (or meanwhile): removed if left empty


class Journal:
    """The undo journal of one import, in ``folder`` (a scratch folder the import holds locked)."""

    def __init__(self, db_path: Path, folder: Path) -> None:
        self.path = folder / JOURNAL_NAME
        self.token = TOKEN_PREFIX + secrets.token_hex(8)
        self._con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, uri=True)
        self._con.execute("PRAGMA journal_mode = WAL")
        self._con.execute("PRAGMA synchronous = NORMAL")  # a killed process's writes survive it; that is the case
        self._con.execute("ATTACH DATABASE ? AS live", (_reading(db_path),))
        for sql in _SCHEMA:
            self._con.execute(sql)
        for table, select in _COPIES.items():  # same columns as the live tables, no rows
            self._con.execute(f"CREATE TABLE IF NOT EXISTS saved_{table} AS {select.format(ids='NULL')}")
        self._con.execute("CREATE INDEX IF NOT EXISTS saved_cards_note ON saved_cards (note_id)")

    def close(self) -> None:
        self._con.close()

    def started(self, uri: str, before: SourceBefore) -> None:
        """Written before the first transaction stamps the source row with :attr:`token`."""
        self._con.execute("DELETE FROM meta")
        self._con.execute("INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?, ?)", (
            uri, self.token, before.source_id, int(before.created), before.content_hash, before.imported_at,
            before.last_deck))

    def save_notes(self, note_ids: Sequence[int]) -> None:
        """Copy these stored notes' rows (note, cards, links) as they are now, unless saved already."""
        fresh = [(i,) for i in note_ids]
        if not fresh:
            return
        con = self._con
        con.execute("BEGIN")
        try:
            con.execute("CREATE TEMP TABLE IF NOT EXISTS batch (id INTEGER PRIMARY KEY)")
            con.execute("DELETE FROM temp.batch")
            con.executemany("INSERT OR IGNORE INTO temp.batch VALUES (?)", fresh)
            con.execute("DELETE FROM temp.batch WHERE id IN (SELECT id FROM saved)")
            ids = "SELECT id FROM temp.batch"
            for table, select in _COPIES.items():
                con.execute(f"INSERT INTO saved_{table} {select.format(ids=ids)}")
            con.execute(f"INSERT INTO saved {ids}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def save_new(self, guids: Sequence[str]) -> None:
        """Guids of notes about to be inserted."""
        with self._con:  # one transaction (autocommit: one per row)
            self._con.execute("BEGIN")
            self._con.executemany("INSERT INTO new_notes VALUES (?)", [(g,) for g in guids])  # (a guid twice: harmless)



def _reading(path: Path) -> str:
    return f"file:{quote(str(path.absolute()))}?mode=ro"


def source_before(cur: sqlite3.Cursor, uri: str) -> tuple[int, str, int] | None:
    """(id, content hash, imported at) of the source row for ``uri``."""
    row = cur.execute("SELECT id, content_hash, imported_at FROM sources WHERE uri = ?", (uri,)).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), int(row[2]))


def stamp_source(cur: sqlite3.Cursor, uri: str, token: str, fmt: str, now_us: int) -> SourceBefore:
    """The first transaction's mark: the source row (created if missing) carries ``token`` until the last one."""
    before = source_before(cur, uri)
    last_deck = int(cur.execute("SELECT coalesce(max(id), 0) FROM decks").fetchone()[0])
    if before is None:
        cur.execute("INSERT INTO sources (uri, content_hash, format, imported_at) VALUES (?, ?, ?, ?)",
                    (uri, token, fmt, now_us))
        return SourceBefore(int(cur.lastrowid or 0), True, None, None, last_deck)
    cur.execute("UPDATE sources SET content_hash = ? WHERE id = ?", (token, before[0]))
    return SourceBefore(before[0], False, before[1], before[2], last_deck)


def unfinished(cur: sqlite3.Cursor, journal: Path) -> bool:
    """Whether the import that wrote ``journal`` stopped before its last transaction."""
    try:
        con = sqlite3.connect(_reading(journal), uri=True)
        try:
            row = con.execute("SELECT source_id, token FROM meta").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False  # no journal written yet: nothing was changed
    if row is None:
        return False
    found = cur.execute("SELECT content_hash FROM sources WHERE id = ?", (row[0],)).fetchone()
    return found is not None and found[0] == row[1]


class UndoRows:
    """Playing a journal back into the database, a slice at a time (each call: one short transaction)."""

    def __init__(self, raw: sqlite3.Connection, journal: Path) -> None:
        self._raw = raw
        raw.execute("ATTACH DATABASE ? AS undo", (_reading(journal),))

    def detach(self) -> None:
        self._raw.execute("DETACH DATABASE undo")

    def steps(self) -> list[tuple[str, list[object]]]:
        """The slices to undo, in order: new notes (by guid) to delete, saved notes to put back."""
        guids = [g for (g,) in self._raw.execute("SELECT guid FROM undo.new_notes")]
        saved = [i for (i,) in self._raw.execute("SELECT id FROM undo.saved ORDER BY id")]
        return ([("delete", guids[k:k + UNDO_ROWS]) for k in range(0, len(guids), UNDO_ROWS)]
                + [("restore", saved[k:k + UNDO_ROWS]) for k in range(0, len(saved), UNDO_ROWS)])

    def run(self, cur: sqlite3.Cursor, step: str, keys: list[object]) -> None:
        """One slice, in the caller's write transaction."""
        for k in range(0, len(keys), _CHUNK):
            part = keys[k:k + _CHUNK]
            marks = ", ".join("?" * len(part))
            if step == "delete":  # cards, links and any answers to them go with the notes
                cur.execute(f"DELETE FROM notes WHERE guid IN ({marks})", part)
                continue
            columns = [r[1] for r in cur.execute("PRAGMA undo.table_info(saved_notes)") if r[1] != "id"]
            sets = ", ".join(columns)
            cur.execute(f"UPDATE notes SET ({sets}) = (SELECT {sets} FROM undo.saved_notes u WHERE u.id = notes.id)"
                        f" WHERE id IN ({marks})", part)
            cur.execute(f"DELETE FROM cards WHERE note_id IN ({marks}) AND id NOT IN"
                        f" (SELECT id FROM undo.saved_cards WHERE note_id IN ({marks}))", [*part, *part])
            cur.execute(f"INSERT OR IGNORE INTO cards SELECT * FROM undo.saved_cards WHERE note_id IN ({marks})", part)
            cur.execute(f"UPDATE cards SET suspended = (SELECT suspended FROM undo.saved_cards u WHERE u.id = cards.id)"
                        f" WHERE note_id IN ({marks})", part)
            cur.execute(f"DELETE FROM note_sources WHERE note_id IN ({marks})", part)
            cur.execute(f"INSERT INTO note_sources SELECT * FROM undo.saved_note_sources WHERE note_id IN ({marks})", part)

    def finish(self, cur: sqlite3.Cursor) -> None:
        """The source row as it was (deleted if the import made it), and the decks it made, if left empty."""
        row = cur.execute("SELECT source_id, token, created, hash, at, last_deck FROM undo.meta").fetchone()
        if row is None:
            return
        source_id, token, created, content_hash, at, last_deck = row
        if created:
            cur.execute("DELETE FROM sources WHERE id = ? AND content_hash = ?", (source_id, token))
        else:
            cur.execute("UPDATE sources SET content_hash = ?, imported_at = ? WHERE id = ? AND content_hash = ?",
                        (content_hash, at, source_id, token))
        cur.execute("DELETE FROM decks WHERE id > ? AND id NOT IN (SELECT deck_id FROM cards)"
                    " AND id NOT IN (SELECT deck_id FROM notes)", (last_deck,))
