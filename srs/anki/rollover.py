"""The hour a package's day started, when the package does not say.

A .colpkg is a whole collection and keeps its ``rollover`` setting; an .apkg
(new or legacy) is a fresh collection Anki's exporter fills with notes, cards
and the review log, without it. Its review cards still tell: Anki sets a
review card's ``due`` to the day of its last answer plus ``ivl``, counting days
from the rollover hour. So the hour under which the day of each review card's
last answer (``lrt`` in its data, or its last logged answer) is ``due - ivl``
is the hour the package's days started. Hours between which nobody answered
fit equally; the one nearest our own day start is taken (it moves the due
times least, srs.anki.anki_days), and ours when it fits as well as any. A
package without lrt and without Anki's index on the log's card ids (every
Anki writes one) is read in our hour: finding last answers would cost a scan.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from .anki_days import anki_days

SAMPLE = 2000  # review cards looked at: enough for every hour anyone answered at, bounded for huge collections
# (card id, due day minus interval = the day of its last answer, lrt) of review cards in their home deck;
# the data of the sampled cards only is parsed
_REVIEW_CARDS_SQL = f"""
SELECT id, due - ivl, CASE WHEN json_valid(data) AND substr(data, 1, 1) = '{{' THEN json_extract(data, '$.lrt') END
FROM (SELECT id, CAST(due AS INTEGER) AS due, CAST(ivl AS INTEGER) AS ivl, data FROM cards
      WHERE type = 2 AND CAST(odid AS INTEGER) = 0 AND typeof(due) = 'integer' AND CAST(ivl AS INTEGER) > 0
      ORDER BY id LIMIT {SAMPLE})
"""
# the last graded answer of one card, through Anki's index on revlog.cid
_LAST_ANSWER_SQL = """
SELECT max(id) / 1000 FROM revlog WHERE cid = ? AND type IN (0, 1, 2, 3) AND ease IN (1, 2, 3, 4) AND typeof(id) = 'integer'
"""
_INDEXES_SQL = "SELECT lower(sql) FROM sqlite_master WHERE type = 'index' AND lower(tbl_name) = 'revlog'"
LATEST_SECONDS = 253402300799 - 2 * 86400  # 9999-12-29: a local date of it exists in every time zone


def package_rollover(db: sqlite3.Connection, crt: int, creation_offset: int | None, now: datetime,
                     ours: int) -> int:
    """The hour (0-23) the package's days started, read from its review cards; ``ours`` when
    they do not tell it apart (see the module doc)."""
    cards = db.execute(_REVIEW_CARDS_SQL).fetchall()
    if not cards:
        return ours
    if sum(type(lrt) is int for _, _, lrt in cards) < len(cards) // 2:  # an older Anki: no lrt, the log says
        if not any("(cid)" in (sql or "") for (sql,) in db.execute(_INDEXES_SQL)):  # a scan per card: too slow
            return ours
        cards = [(cid, day, db.execute(_LAST_ANSWER_SQL, (cid,)).fetchone()[0]) for cid, day, _ in cards]
    answered: list[tuple[int, int, int]] = []  # (Anki's day of the last answer, its local date, its local hour)
    for _cid, day, when in cards:
        if type(when) is int and 0 < when < LATEST_SECONDS and type(day) is int:
            local = datetime.fromtimestamp(when)
            answered.append((day, local.date().toordinal(), local.hour))
    if not answered:
        return ours
    fits = {}
    for hour in range(24):
        first = anki_days(crt, creation_offset, hour, now, hour).first_day
        fits[hour] = sum(day == date - (at < hour) - first for day, date, at in answered)
    best = max(fits.values())
    if fits[ours] == best:
        return ours
    return min((h for h, n in fits.items() if n == best), key=lambda h: (min((h - ours) % 24, (ours - h) % 24), h))
