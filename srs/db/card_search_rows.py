"""The SQL of a card search: a parsed query as a condition on cards joined to their notes, and the rows it finds.

The query is srs.service.search_query's tree: groups (``op`` "and", "or", "not"; ``nodes``) and terms (``key``,
the validated ``arg``). As in Anki, ``is:learn`` and ``is:review`` include relearning cards; ``is:due`` leaves
out suspended and buried ones.

Plain SQL through a ``Run`` (srs.db.quick_read), so that a cold ``srs cards`` searches a ready database
without importing SQLAlchemy (srs.service.reading) and Browse searches through the collection's
connection with the same SQL. Both connections have REGEXP (Python's ``re.search``) and ``floor``.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any, NamedTuple

from srs.core.consts import INTERVAL_STATES, LEARNING_STATES, State
from srs.core.days import DAY_US, study_day
from srs.core.errors import NotFound
from srs.db.micros import to_micros
from srs.db.quick_read import Run

Sql = tuple[str, list[Any]]  # a condition with ? placeholders, and its parameters

# Whole days between a card's last review and its due time (NULL for new cards): srs.core.days.interval_days
# in SQL (SQLite rounds halves up for these positive spans).
INTERVAL_DAYS = f"(CASE WHEN c.state = {int(State.NEW)} THEN NULL ELSE round((c.due - c.last_review) / {DAY_US * 1.0}) END)"

ORDER_COLUMNS = {  # what each --order sorts by, before the card id
    "due": [f"c.state = {int(State.NEW)}", "c.due", "c.position"], "difficulty": ["c.difficulty"],
    "lapses": ["c.lapses"], "reps": ["c.reps"], "interval": [INTERVAL_DAYS], "added": ["c.created_at"],
    "deck": ["d.name", "c.due"], "front": ["lower(n.front)", "c.ordinal"],  # Anki's sort field, case-insensitive
}

_SELECT = (f"SELECT c.id, c.note_id, d.name, c.ordinal, n.template, n.front, n.back, n.kind, c.state, c.due, {INTERVAL_DAYS},"
           " c.difficulty, c.stability, c.lapses, c.reps, c.flag, c.suspended, c.buried_until, n.tags, n.rule,"
           " n.heading_path, n.line, s.uri"
           " FROM cards c JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = c.deck_id"
           " LEFT OUTER JOIN sources s ON s.id = n.source_id")
_URIS = "SELECT u.id FROM sources u WHERE u.uri LIKE ? ESCAPE '\\'"
_OPS = ("<=", ">=", "!=", "<", ">", "=")


class FoundCard(NamedTuple):
    """One card a search found, with its note, deck and source; times as stored (microseconds)."""

    id: int
    note_id: int
    deck: str
    ordinal: int
    template: str
    front: str
    back: str
    kind: str
    state: int
    due_us: int
    interval_days: float | None
    difficulty: float | None
    stability: float | None
    lapses: int
    reps: int
    flag: int
    suspended: bool
    buried_until_us: int | None
    tags: str
    rule: str
    heading_path: list[str]
    line: int
    uri: str | None


def like(text: str) -> str:
    """A LIKE pattern (escape character ``\\``) finding ``text`` anywhere, ``*`` matching anything."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("*", "%") + "%"


def _wild(text: str, star: str) -> str:
    return star.join(re.escape(part) for part in text.split("*"))


def condition(run: Run, node: Any, now: datetime, hour: int) -> Sql:
    """The query tree ``node`` as a condition on ``c`` (cards), ``n`` (notes) and ``d`` (decks)."""
    if hasattr(node, "nodes"):
        parts = [condition(run, n, now, hour) for n in node.nodes]
        params = [p for _sql, ps in parts for p in ps]
        if node.op == "not":  # NULL (e.g. a new card's interval) counts as "no match"
            return f"NOT coalesce({parts[0][0]}, 0)", params
        if not parts:
            return "1", []
        return "(" + f" {'OR' if node.op == 'or' else 'AND'} ".join(f"({sql})" for sql, _ in parts) + ")", params
    return _term(run, node.key, node.arg, now, hour)


def _term(run: Run, key: str, arg: tuple[Any, ...], now: datetime, hour: int) -> Sql:  # noqa: PLR0911  (one return per key)
    if key == "text":
        if arg[0].isascii():  # LIKE: fast, case-insensitive for ASCII only
            return "(n.front LIKE ? ESCAPE '\\' OR n.back LIKE ? ESCAPE '\\')", [like(arg[0])] * 2
        return "(n.front REGEXP ? OR n.back REGEXP ?)", ["(?is)" + _wild(arg[0], ".*")] * 2
    if key == "deck":
        deck_rx = re.compile(_wild(arg[0], ".*") + "(::.*)?", re.IGNORECASE | re.DOTALL)
        ids = [i for i, name in run("SELECT id, name FROM decks", ()) if deck_rx.fullmatch(name)]
        if not ids:
            raise NotFound(f"no deck named {arg[0]!r} (see `srs decks`)")
        return f"c.deck_id IN ({', '.join('?' * len(ids))})", ids
    if key == "tag":  # a tag or its children, "tag:none" for no tags
        if arg[0].lower() == "none":
            return "trim(n.tags) = ''", []
        return "n.tags REGEXP ?", [f"(?i) {_wild(arg[0], '[^ ]*')}(::[^ ]*)? "]
    if key == "is":
        return _is(arg[0], to_micros(now), to_micros(study_day(now, hour).end))
    if key in ("flag", "kind"):
        return ("c.flag = ?" if key == "flag" else "n.kind = ?"), [arg[0]]
    if key == "source":
        return (f"(n.source_id IN ({_URIS}) OR n.id IN (SELECT ns.note_id FROM note_sources ns WHERE ns.source_id IN ({_URIS})))",
                [like(arg[0])] * 2)
    if key in ("rated", "added"):
        since = to_micros(study_day(now, hour, offset_days=1 - arg[0]).start)  # N study days back, today included
        if key == "added":
            return "c.created_at >= ?", [since]
        rating = " AND r.rating = ?" if len(arg) > 1 else ""
        return f"c.id IN (SELECT r.card_id FROM review_logs r WHERE r.reviewed_at >= ?{rating})", [since, *arg[1:]]
    field, op, num = arg
    if op not in _OPS:
        raise ValueError(op)
    if field == "due":  # study days from today; overdue is negative
        today_us = round(study_day(now, hour).start.timestamp() * 1_000_000)
        return f"(CASE WHEN c.state = {int(State.NEW)} THEN NULL ELSE floor((c.due - ?) / {DAY_US * 1.0}) END) {op} ?", [today_us, num]
    left = {"ivl": INTERVAL_DAYS, "lapses": "c.lapses", "reps": "c.reps", "difficulty": "c.difficulty",
            "stability": "c.stability"}[field]  # parse() lets through only these
    return f"{left} {op} ?", [num]


def _is(value: str, now_us: int, day_end_us: int) -> Sql:
    states = {"learn": LEARNING_STATES, "review": INTERVAL_STATES}.get(value)
    if states is not None:
        return f"c.state IN ({', '.join('?' * len(states))})", [int(s) for s in states]
    return {
        "new": ("c.state = ?", [int(State.NEW)]),
        "suspended": ("c.suspended IS 1", []),
        "buried": ("c.buried_until > ?", [now_us]),
        "suggested": ("0", []),  # suggestions are not cards
        "due": ("(c.state != ? AND c.due < ? AND c.suspended IS 0 AND (c.buried_until IS NULL OR c.buried_until <= ?))",
                [int(State.NEW), day_end_us, now_us]),
    }[value]


def found_cards(run: Run, where: Sql, order: str, descending: bool, limit: int | None) -> list[FoundCard]:
    """The cards matching ``where``, sorted by ``order`` (a key of ORDER_COLUMNS; NULLs last), then by id."""
    way = "DESC" if descending else "ASC"
    keys = ", ".join(f"{column} {way} NULLS LAST" for column in ORDER_COLUMNS[order])  # new cards have no difficulty
    sql, params = where
    sql = f"{_SELECT} WHERE {sql} ORDER BY {keys}, c.id"
    if limit is not None:
        sql, params = f"{sql} LIMIT ?", [*params, max(0, limit)]
    rows = run(sql, tuple(params))
    return [FoundCard._make((*r[:16], bool(r[16]), *r[17:20], json.loads(r[20]) if r[20] is not None else [], *r[21:])) for r in rows]
