"""Anki's legacy collection (schema 11) as written inside ``.apkg`` files.

The layout matches what Anki's own legacy exporter writes to
``collection.anki21``: note types, decks and deck options live as JSON in the
single ``col`` row.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .notetypes import notetypes_json
from .schedule import ROLLOVER_HOUR

SCHEMA_11 = """
CREATE TABLE col (
  id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
  conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL,
  tags text NOT NULL
);
CREATE TABLE notes (
  id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
  csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE cards (
  id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
  due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
  lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE revlog (
  id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL,
  time integer NOT NULL, type integer NOT NULL
);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
"""

# Anki's default deck options ("Default", id 1) in schema 11 form.
DEFAULT_DCONF: dict[str, Any] = {
    "id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": True,
    "timer": 0, "replayq": True,
    "new": {"bury": False, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0],
            "order": 1, "perDay": 20},
    "rev": {"bury": False, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200,
            "hardFactor": 1.2},
    "lapse": {"delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0},
    "dyn": False, "newMix": 0, "newPerDayMinimum": 0, "interdayLearningMix": 0,
    "reviewOrder": 0, "newSortOrder": 0, "newGatherPriority": 0,
    "buryInterdayLearning": False, "fsrsWeights": [], "fsrsParams5": [], "fsrsParams6": [],
    "desiredRetention": 0.9, "ignoreRevlogsBeforeDate": "",
    "easyDaysPercentages": [1.0] * 7, "stopTimerOnAnswer": False,
    "secondsToShowQuestion": 0.0, "secondsToShowAnswer": 0.0, "questionAction": 0,
    "answerAction": 0, "waitForAudio": True, "sm2Retention": 0.9, "weightSearch": "",
}


def _deck(did: int, name: str, mod: int) -> dict[str, Any]:
    return {
        "id": did, "mod": mod, "name": name, "usn": 0, "lrnToday": [0, 0],
        "revToday": [0, 0], "newToday": [0, 0], "timeToday": [0, 0], "collapsed": False,
        "browserCollapsed": False, "desc": "", "dyn": 0, "conf": 1, "extendNew": 0,
        "extendRev": 0, "reviewLimit": None, "newLimit": None, "reviewLimitToday": None,
        "newLimitToday": None, "desiredRetention": None,
    }


def col_row(*, crt: int, now_ms: int, decks: dict[str, int], next_pos: int,
            minutes_west: int = 0) -> tuple:
    """The single ``col`` row: ``decks`` maps full deck names to ids."""
    now_s = now_ms // 1000
    deck_json = {"1": _deck(1, "Default", 0)}
    for name, did in decks.items():
        if did != 1:
            deck_json[str(did)] = _deck(did, name, now_s)
    conf = {
        "nextPos": next_pos, "collapseTime": 1200, "estTimes": True, "newSpread": 0,
        "creationOffset": minutes_west, "rollover": ROLLOVER_HOUR, "activeDecks": [1],
        "sched2021": True, "schedVer": 2, "curDeck": 1, "dueCounts": True,
        "sortType": "noteFld", "sortBackwards": False, "addToCur": True, "timeLim": 0,
        "dayLearnFirst": False,
    }
    dumps = lambda v: json.dumps(v, separators=(",", ":"), ensure_ascii=False)  # noqa: E731
    return (1, crt, now_ms, now_ms, 11, 0, 0, 0, dumps(conf), dumps(notetypes_json()),
            dumps(deck_json), dumps({"1": DEFAULT_DCONF}), "{}")


def create(db: sqlite3.Connection) -> None:
    """The schema 11 tables. Anki's indexes are left out: Anki rebuilds the
    collection when it opens the package, and its import is no slower without
    them (they would cost a third of a second per 50,000 notes here)."""
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA_11)
