"""The SQL that lists suggestions (`srs suggestions`, `srs cards 'is:suggested …'`): a status, and a parsed
search (srs.service.search_query's tree) on a suggestion's front, back, kind and source.

Plain SQL through a ``Run`` (srs.db.quick_read), so that a cold ``srs suggestions`` lists them from a ready
database without importing SQLAlchemy (srs.service.reading), and the collection with the same SQL.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from srs.db.card_search_rows import Sql, like
from srs.db.quick_read import Run

_SELECT = ("SELECT g.id, u.uri, g.line, g.front, g.back, g.heading_path, g.\"check\", g.detail, g.status, g.note_id"
           " FROM suggestions g JOIN sources u ON u.id = g.source_id")


class ListedSuggestion(NamedTuple):
    id: int
    source: str
    line: int
    front: str
    back: str
    heading_path: list[str]
    check: str
    detail: str
    status: str
    note_id: int | None


class NotForSuggestions(ValueError):
    """A search key a suggestion has no value for; ``key`` names it, ``pos`` its place in the query."""

    def __init__(self, key: str, pos: int) -> None:
        super().__init__(key)
        self.key, self.pos = key, pos


def condition(node: Any) -> Sql:
    """The query tree ``node`` as a condition on ``g`` (suggestions) and ``u`` (their sources): free text on the
    front and back, ``source:``, ``kind:``, ``is:suggested`` (every other ``is:`` finds none), ``-``, OR, ( )."""
    if hasattr(node, "nodes"):
        parts = [condition(n) for n in node.nodes]
        params = [p for _sql, ps in parts for p in ps]
        if node.op == "not":
            return f"NOT ({parts[0][0]})", params
        if not parts:
            return "1", []
        return "(" + f" {'OR' if node.op == 'or' else 'AND'} ".join(f"({sql})" for sql, _ in parts) + ")", params
    if node.key == "text":
        return "(lower(g.front) LIKE lower(?) ESCAPE '\\' OR lower(g.back) LIKE lower(?) ESCAPE '\\')", [like(node.arg[0])] * 2
    if node.key == "is":
        return ("1" if node.arg[0] == "suggested" else "0"), []  # a suggestion is no card: not due, not new, …
    if node.key == "kind":
        return "g.kind = ?", [str(node.arg[0])]
    if node.key == "source":
        return "lower(u.uri) LIKE lower(?)", [f"%{node.arg[0]}%"]
    raise NotForSuggestions(node.key, node.pos)


def listed(run: Run, status: str | None, where: Sql = ("1", [])) -> list[ListedSuggestion]:
    """The suggestions matching ``where`` with ``status`` (None: any), by source, line and id."""
    sql, params = where
    if status is not None:
        sql, params = f"({sql}) AND g.status = ?", [*params, status]
    rows = run(f"{_SELECT} WHERE {sql} ORDER BY u.uri, g.line, g.id", tuple(params))
    return [ListedSuggestion._make((*r[:5], json.loads(r[5]) if r[5] is not None else [], *r[6:])) for r in rows]
