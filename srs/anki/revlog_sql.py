"""The package's review log, written by SQLite from rows it reads itself.

A million answers passed through Python objects took most of an export; here
the caller names an SQLite file and a SELECT over it, and one
``INSERT … SELECT`` fills ``revlog``. The SELECT yields, per answer::

    card_key, reviewed_us, rating, duration_ms, interval_days, last_interval_days, state_before,
    state_after, due_us, difficulty, last_step_us

``card_key`` is :attr:`ExportCard.key`; ``reviewed_us`` microseconds since the
epoch (UTC); ``state_before``/``state_after`` our card state before and after the
answer (0 new … 3 relearning); ``due_us`` the due time the answer set; ``difficulty``
the FSRS difficulty after it (1-10; NULL: none); ``last_step_us`` the (re)learning
step the card was in before the answer (NULL: none or unknown). Answers of cards that
are not exported are left out.

The columns follow what Anki writes for the same answers: an answer that leaves the
card in (re)learning has the step in negative seconds as ``ivl`` (whole days once the
step reaches past the next day's rollover), the next answer has it as ``lastIvl``;
``factor`` is the difficulty after the answer as Anki's FSRS logs it, (d - 1) / 9 + 0.1
in thousandths; ``time`` the recorded answer time in ms (Anki caps it at 60 s).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .schedule import DEFAULT_FACTOR, MAX_ANSWER_MS

REVIEW_COLUMNS = ("card_key, reviewed_us, rating, duration_ms, interval_days, last_interval_days, state_before,"
                  " state_after, due_us, difficulty, last_step_us")


@dataclass(frozen=True, slots=True)
class ReviewSource:
    select: str  # yielding the columns above
    database: Path | None = None  # attached read-only as ``src`` for the SELECT


# Anki's revlog columns from ours: ids are answer times in ms; type 0 learn,
# 1 review, 2 relearn; ease 1-4; time capped at Anki's 60 s. Without a difficulty
# (an answer logged before FSRS), the factor is SM-2's: none while learning.
_COLUMNS = f"""
  r.reviewed_us / 1000 AS id, m.cid AS cid, 0 AS usn, min(4, max(1, r.rating)) AS ease, r.ivl AS ivl,
  r.last_ivl AS lastIvl,
  CASE WHEN r.difficulty IS NOT NULL THEN CAST(round(((r.difficulty - 1.0) / 9.0 + 0.1) * 1000) AS INTEGER)
       WHEN r.state_before IN (0, 1) THEN 0 ELSE {DEFAULT_FACTOR} END AS factor,
  min({MAX_ANSWER_MS}, max(0, r.duration_ms)) AS time,
  CASE r.state_before WHEN 0 THEN 0 WHEN 1 THEN 0 WHEN 3 THEN 2 ELSE 1 END AS type
"""


def _answers(select: str, day_start: int) -> str:
    """The source's answers with Anki's ``ivl`` and ``last_ivl``.

    A (re)learning step shorter than the time left until the next rollover (Anki's day
    boundary; ``day_start`` is one, in seconds) is negative seconds, else whole days
    past it, as Anki's ``IntervalKind::maybe_as_days`` decides."""
    until = f"(86400 - ((s.reviewed_us / 1000000 - {int(day_start)}) % 86400 + 86400) % 86400)"

    def step(secs: str) -> str:
        return f"CASE WHEN {secs} < {until} THEN -{secs} ELSE ({secs} - {until}) / 86400 + 1 END"

    ivl = (f"CASE WHEN s.state_after IN (1, 3) AND s.due_us IS NOT NULL"
           f" THEN {step('max(0, (s.due_us - s.reviewed_us) / 1000000)')} ELSE s.interval_days END")
    last = (f"CASE WHEN s.state_before IN (1, 3) AND s.last_step_us > 0"
            f" THEN {step('(s.last_step_us / 1000000)')} ELSE s.last_interval_days END")
    return f"(SELECT s.*, {ivl} AS ivl, {last} AS last_ivl FROM ({select}) AS s)"



def map_cards(db: sqlite3.Connection, keys: list[tuple[int, int]]) -> None:
    """Card keys → the package's card ids, for :func:`copy_reviews`."""
    db.execute("CREATE TEMP TABLE card_map (key INTEGER PRIMARY KEY, cid INTEGER NOT NULL)")
    db.executemany("INSERT INTO temp.card_map VALUES (?, ?)", keys)


def copy_reviews(db: sqlite3.Connection, source: ReviewSource, day_start: int = 0) -> None:
    """Fill ``revlog`` from ``source`` for the cards :func:`map_cards` mapped
    (``day_start``: a day rollover of the package, in epoch seconds: its ``crt``).

    Two answers in the same millisecond would share an id: the insert counts
    each clash in the winner's ``usn`` (always 0 in a package), and the losers
    then move to the next free millisecond. Apart from those few, Python runs
    no code per row: in a thread, this runs beside the caller's."""
    if source.database is not None:
        uri = "file:" + quote(str(Path(source.database).resolve())) + "?mode=ro"
        db.commit()  # ATTACH cannot run inside a transaction
        db.execute("ATTACH DATABASE ? AS src", (uri,))
    try:
        rows = f"{_answers(source.select, day_start)} AS r JOIN temp.card_map AS m ON m.key = r.card_key"
        db.execute(f"INSERT INTO revlog SELECT {_COLUMNS} FROM {rows} WHERE true"
                   " ON CONFLICT (id) DO UPDATE SET usn = usn - 1")
        clashed = dict(db.execute("SELECT id, -usn FROM revlog WHERE usn < 0").fetchall())
        if clashed:
            _place_clashes(db, rows, clashed)
        db.commit()
    finally:
        if source.database is not None:
            db.execute("DETACH DATABASE src")
        db.execute("DROP TABLE temp.card_map")


def _place_clashes(db: sqlite3.Connection, rows: str, clashed: dict[int, int]) -> None:
    db.execute("UPDATE revlog SET usn = 0 WHERE usn < 0")
    ids = ", ".join(str(int(i)) for i in clashed)
    candidates = db.execute(f"SELECT {_COLUMNS} FROM {rows} WHERE r.reviewed_us / 1000 IN ({ids}) ORDER BY 1").fetchall()
    for rid in clashed:
        group = [row for row in candidates if row[0] == rid]
        group.remove(db.execute("SELECT * FROM revlog WHERE id = ?", (rid,)).fetchone())  # the answer that kept the id
        for row in group:
            free = rid
            while db.execute("SELECT 1 FROM revlog WHERE id = ?", (free,)).fetchone():
                free += 1
            db.execute("INSERT INTO revlog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (free, *row[1:]))
