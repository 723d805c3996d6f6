"""Build review databases and read back what they hold, outside of srs."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from sqlalchemy import update

from srs.db.answer_rows import MEMORY_COLS
from srs.db.models import Preset
from srs.service.collection import Collection
from tests.factory import add_notes

TABLES = ("presets", "decks", "sources", "notes", "note_sources", "cards", "review_logs", "alembic_version")


def make_review_db(path: Path, n: int, *, deck: str = "Crash", prefix: str = "question") -> None:
    """``n`` basic notes, no daily limits in the way of a long session."""
    col = Collection.open(path)
    try:
        with col.write() as s:
            s.execute(update(Preset).values(new_per_day=100_000, reviews_per_day=100_000))
        add_notes(col, deck, [(f"{prefix} {i}", f"answer {i}") for i in range(n)])
    finally:
        col.close()


def connect(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db, timeout=30)
    con.execute("PRAGMA busy_timeout = 30000")
    return con


def log_sequence(db: Path) -> list[tuple[str, int]]:
    """(card front, rating) of every review-log row, oldest first."""
    con = connect(db)
    try:
        return [(f, r) for f, r in con.execute(
            "SELECT n.front, l.rating FROM review_logs l JOIN cards c ON c.id = l.card_id "
            "JOIN notes n ON n.id = c.note_id ORDER BY l.id")]
    finally:
        con.close()


def prev_reps(prev: dict) -> int | None:
    """``reps`` of the card before an answer, from the log row's undo record (either layout)."""
    if "c" in prev:  # compact: {"c": [columns in MEMORY_COLS order]}
        return prev["c"][MEMORY_COLS.index("reps")]
    return prev.get("reps")


def card_log_mismatches(db: Path) -> list[str]:
    """Cards whose memory state disagrees with their last review-log row.

    An answer writes the card and its log row in one transaction, so after
    any crash: a card with logs has the state/due/stability/difficulty of its
    last log row and ``reps`` equal to its number of logs, each log row's
    undo record's ``reps`` counts the logs before it (no answer made from a stale view),
    and a card without logs is still new.
    """
    con = connect(db)
    bad: list[str] = []
    try:
        rows = con.execute("""
            SELECT c.id, c.state, c.due, c.stability, c.difficulty, c.reps,
                   l.state, l.due, l.stability, l.difficulty,
                   (SELECT count(*) FROM review_logs x WHERE x.card_id = c.id)
              FROM cards c
              LEFT JOIN review_logs l ON l.id = (SELECT max(id) FROM review_logs y WHERE y.card_id = c.id)
        """).fetchall()
        for cid, state, due, stab, diff, reps, lstate, ldue, lstab, ldiff, nlogs in rows:
            if nlogs == 0:
                if state != 0 or reps != 0:
                    bad.append(f"card {cid}: no log rows but state {state}, reps {reps}")
            elif (state, due, stab, diff) != (lstate, ldue, lstab, ldiff) or reps != nlogs:
                bad.append(f"card {cid}: card {(state, due, stab, diff, reps)} != last log {(lstate, ldue, lstab, ldiff, nlogs)}")
        prev: dict[int, int] = {}
        for cid, prev_json in con.execute("SELECT card_id, u.record FROM review_logs l"
                                          " LEFT JOIN answer_undo u ON u.log_id = l.id ORDER BY l.id"):
            seen = prev.get(cid, 0)
            before = seen if prev_json is None else prev_reps(json.loads(prev_json))  # kept for the newest answers
            if before != seen:
                bad.append(f"card {cid}: log row {seen + 1} was made from a view with reps {before}")
            prev[cid] = seen + 1
    finally:
        con.close()
    return bad


def snapshot(db: Path) -> dict[str, str]:
    """A digest of every row of every srs table (to prove nothing was written)."""
    con = connect(db)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        out = {}
        for t in TABLES:
            if t in names:
                rows = con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
                out[t] = f"{len(rows)}:" + hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
        return out
    finally:
        con.close()


ESSENTIALS = {  # the user's data, in columns every schema revision has (migrations may reshape the rest)
    "presets": "id, name, desired_retention", "decks": "id, name, preset_id", "sources": "id, uri, content_hash",
    "notes": "id, guid, front, back, deck_id, tags", "note_sources": "note_id, source_id",
    "cards": "id, note_id, deck_id, ordinal, state, due, stability, difficulty, reps, lapses, suspended",
    "review_logs": "id, card_id, rating, reviewed_at, state, stability, difficulty, due",
}


def essentials(db: Path) -> dict[str, list[tuple]]:
    con = connect(db)
    try:
        return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY 1, 2").fetchall() for t, cols in ESSENTIALS.items()}
    finally:
        con.close()


def counts(db: Path) -> dict[str, int]:
    con = connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES if t != "alembic_version"}
    finally:
        con.close()


def checkpoint(db: Path) -> None:
    con = connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
