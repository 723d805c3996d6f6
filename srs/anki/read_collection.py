"""Read the raw contents of an Anki collection (schema 11 or 18) from SQLite."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import protobuf as pb
from .model import PackageError
from .sqlite_safe import open_readonly

CORE_TABLES = {
    "col": ("crt", "ver"),
    "notes": ("id", "guid", "mid", "mod", "tags", "flds"),
    "cards": ("id", "nid", "did", "ord", "type", "queue", "due", "ivl", "flags", "odid"),
    "revlog": ("id", "cid", "ease", "time", "type", "ivl"),
}
_SCHEMA_18 = {
    "notetypes": ("id", "name", "config"),
    "fields": ("ntid", "ord", "name"),
    "templates": ("ntid", "ord", "name", "config"),
    "decks": ("id", "name", "kind"),
}


# The answers a card's scheduling is rebuilt from: learning, review, relearning
# and filtered-deck answers (types 0-3, ease 1-4), and each "Forget" (type 4
# manual entry with ease 0 and interval 0) as a rating 0 that starts the card
# over (srs.core.replay drops what came before it). Rescheduling entries are not
# answers. SQLite filters and sorts (a table scan and a sort beat walking the cid
# index twice: 0.6 s against 1.4 s for 700k rows).
GRADED_SQL = """
SELECT cid, id * 1000, CASE WHEN type = 4 THEN 0 ELSE ease END, max(0, CAST(time AS INTEGER))
FROM revlog NOT INDEXED
WHERE ((type IN (0, 1, 2, 3) AND ease IN (1, 2, 3, 4)) OR (type = 4 AND ease = 0 AND ivl = 0))
  AND typeof(id) = 'integer' AND id BETWEEN 0 AND 253402300799999 AND typeof(cid) = 'integer'
ORDER BY cid, id
"""
# A package's cards in the one order both halves of an import number them by
# (srs.anki.history): a card's rank in it is its place among the new card ids.
CARD_ORDER = "ORDER BY nid, ord, id"
CARDS_SQL = ("SELECT id, nid, did, CAST(ord AS INTEGER), CAST(type AS INTEGER), CAST(queue AS INTEGER),"
             " CAST(due AS INTEGER), CAST(ivl AS INTEGER), CAST(flags AS INTEGER), odid"  # text in a number column: 0
             f" FROM cards {CARD_ORDER}")
CARD_IDS_SQL = f"SELECT id FROM cards {CARD_ORDER}"
# The cards Anki has scheduled (learning, review, relearning), with what their schedule is
# rebuilt from (srs.anki.anki_days), in card id order like GRADED_SQL.
# SQLite reads the card data's memory state (with the desired retention and decay it was scheduled
# with) and last review time (a JSON parse in Python cost a
# sixth of the replay); data that is no JSON object reads as none.
SCHEDULED_SQL = """
SELECT id, type, due, odue, CAST(odid AS INTEGER), min(max(CAST(ivl AS INTEGER), 0), 36600),
       CAST(factor AS INTEGER), max(CAST(reps AS INTEGER), 0), max(CAST(lapses AS INTEGER), 0),
       json_extract(j, '$.s'), json_extract(j, '$.d'), json_extract(j, '$.lrt'), json_extract(j, '$.dr'),
       json_extract(j, '$.decay')
FROM (SELECT *, CASE WHEN json_valid(data) AND substr(data, 1, 1) = '{' THEN data ELSE '{}' END AS j FROM cards)
WHERE type IN (1, 2, 3) AND typeof(due) = 'integer' AND typeof(odue) = 'integer' ORDER BY id
"""
SCHEDULE_TABLES = {**CORE_TABLES, "cards": (*CORE_TABLES["cards"], "odue", "factor", "reps", "lapses", "data")}


def read_timing(db: sqlite3.Connection) -> tuple[int, int | None, int | None]:
    """(creation time ``crt`` in epoch seconds, creation offset in minutes west of UTC, rollover
    hour) of a collection; None where the collection does not say (an .apkg has no rollover)."""
    crt = int(db.execute("SELECT crt FROM col").fetchone()[0] or 0)
    names = {r[0].lower() for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conf: dict = {}
    try:
        if "config" in names:  # schema 18: one JSON value a key
            for key, val in db.execute("SELECT key, val FROM config WHERE key IN ('creationOffset', 'rollover')"):
                conf[key] = json.loads(bytes(val) if isinstance(val, (bytes, memoryview)) else str(val))
        else:
            raw = json.loads(db.execute("SELECT conf FROM col").fetchone()[0] or "{}")
            conf = raw if isinstance(raw, dict) else {}
    except (ValueError, TypeError, sqlite3.DatabaseError):
        conf = {}
    return crt, _whole(conf.get("creationOffset")), _whole(conf.get("rollover"))


def _whole(x: object) -> int | None:
    return x if isinstance(x, int) and not isinstance(x, bool) else None


@dataclass(slots=True)
class Notetype:
    id: int
    name: str
    cloze: bool
    fields: list[str]
    templates: list[tuple[str, str, str]]  # (name, question format, answer format)


@dataclass(slots=True)
class RawCollection:
    crt: int
    notetypes: dict[int, Notetype]
    decks: dict[int, str]  # id → "A::B"
    notes: list[tuple[int, str, int, int, str, str]]  # id, guid, mid, mod, tags, flds
    cards: list[tuple[int, int, int, int, int, int, int, int, int, int]]
    # id, nid, did, ord, type, queue, due, ivl, flags, odid
    revlog: list[tuple[int, int, int, int]] = field(default_factory=list)
    # (cid, time µs, ease, time taken ms): the graded answers, and resets as ease 0,
    # ordered by card and time (see GRADED_SQL); empty when not read


def read_collection(path: Path, *, answers: bool = True) -> RawCollection:
    """The collection's rows; ``answers=False`` leaves the review log unread
    (an importer that replays it elsewhere, see srs.anki.history)."""
    with open(path, "rb") as f:
        head = f.read(100)
    if len(head) < 100:
        raise PackageError("the collection inside the package is empty or truncated")
    probe = open_readonly(path, CORE_TABLES)
    try:
        names = {r[0].lower() for r in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        modern = "notetypes" in names
        if modern:
            probe.close()
            probe = open_readonly(path, {**CORE_TABLES, **_SCHEMA_18})
        return _read(probe, modern, answers)
    except sqlite3.DatabaseError as e:
        raise PackageError(f"the collection is corrupt: {e}") from None
    finally:
        probe.close()


def _read(db: sqlite3.Connection, modern: bool, answers: bool) -> RawCollection:
    row = db.execute("SELECT crt, ver FROM col").fetchone()
    if row is None:
        raise PackageError("the collection has no 'col' row")
    crt = int(row[0] or 0)
    if modern:
        notetypes, decks = _notetypes_18(db), _decks_18(db)
    else:
        notetypes, decks = _legacy_json(db)
    notes = db.execute("SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id").fetchall()
    cards = db.execute(CARDS_SQL).fetchall()
    revlog = db.execute(GRADED_SQL).fetchall() if answers else []
    return RawCollection(crt, notetypes, decks, notes, cards, revlog)


def _legacy_json(db: sqlite3.Connection) -> tuple[dict[int, Notetype], dict[int, str]]:
    row = db.execute("SELECT models, decks FROM col").fetchone()
    try:
        models = json.loads(row[0] or "{}")
        deck_json = json.loads(row[1] or "{}")
    except (TypeError, ValueError) as e:
        raise PackageError(f"the collection's note types are not valid JSON: {e}") from None
    notetypes: dict[int, Notetype] = {}
    try:
        for m in models.values():
            flds = sorted(m.get("flds", []), key=lambda f: f.get("ord", 0))
            tmpls = sorted(m.get("tmpls", []), key=lambda t: t.get("ord", 0))
            nt = Notetype(
                id=int(m["id"]), name=str(m.get("name", "")), cloze=int(m.get("type", 0)) == 1,
                fields=[str(f["name"]) for f in flds],
                templates=[(str(t.get("name", "")), str(t.get("qfmt", "")), str(t.get("afmt", "")))
                           for t in tmpls],
            )
            notetypes[nt.id] = nt
        decks = {int(d["id"]): str(d["name"]) for d in deck_json.values()}
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise PackageError(f"the collection's note types or decks are malformed: {e!r}") from None
    return notetypes, decks


def _notetypes_18(db: sqlite3.Connection) -> dict[int, Notetype]:
    notetypes: dict[int, Notetype] = {}
    try:
        for ntid, name, config in db.execute("SELECT id, name, config FROM notetypes"):
            kind = pb.first_int(pb.decode(bytes(config or b"")), 1)
            notetypes[ntid] = Notetype(ntid, str(name), kind == 1, [], [])
        for ntid, _ord, name in db.execute("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord"):
            if ntid in notetypes:
                notetypes[ntid].fields.append(str(name))
        for ntid, _ord, name, config in db.execute(
            "SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord"
        ):
            if ntid in notetypes:
                cfg = pb.decode(bytes(config or b""))
                notetypes[ntid].templates.append((str(name), pb.first_str(cfg, 1), pb.first_str(cfg, 2)))
    except ValueError as e:
        raise PackageError(f"the collection's note types are malformed: {e}") from None
    return notetypes


def _decks_18(db: sqlite3.Connection) -> dict[int, str]:
    return {did: str(name).replace("\x1f", "::") for did, name in db.execute("SELECT id, name FROM decks")}
