"""Suggestions as `srs suggestions`, `srs cards 'is:suggested …'` and the inbox list them, read through a Run.

Apart from srs.service.suggestions (which records, accepts and rejects them through the collection), so that
a cold ``srs suggestions`` lists them from a plain ``sqlite3`` snapshot (srs.service.reading) without SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from srs.core.errors import SrsError
from srs.db import suggestion_rows
from srs.db.quick_read import Run
from srs.service.search_query import Group, Node, QueryError, parse

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
STATUSES = (PENDING, ACCEPTED, REJECTED, "all")


@dataclass(frozen=True)
class SuggestionView:
    id: int
    source: str
    line: int
    front: str
    back: str
    context: str
    check: str
    detail: str
    status: str
    note_id: int | None

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


def mentions_suggested(query: str) -> bool:
    """Does the search ask for suggestions (``is:suggested`` anywhere)? Cards are never suggestions."""
    def walk(node: Node) -> bool:
        return any(walk(n) for n in node.nodes) if isinstance(node, Group) else (node.key, node.arg[:1]) == ("is", ("suggested",))
    return walk(parse(query))


def _views(rows: list[suggestion_rows.ListedSuggestion]) -> list[SuggestionView]:
    return [SuggestionView(r.id, r.source, r.line, r.front, r.back, " › ".join(r.heading_path), r.check, r.detail,
                           r.status, r.note_id) for r in rows]


def suggestions_listed(run: Run, status: str = PENDING) -> list[SuggestionView]:
    """The suggestions with ``status`` (or "all"), by source, line and id."""
    if status not in STATUSES:
        raise SrsError(f"unknown status {status!r} (pending, accepted, rejected or all)")
    return _views(suggestion_rows.listed(run, None if status == "all" else status))


def suggestions_found(run: Run, query: str, status: str = PENDING) -> list[SuggestionView]:
    """Suggestions matching a search with ``is:suggested``: free text (front and back), ``source:`` and ``kind:``,
    with ``-``, OR and parentheses as for cards."""
    tree = parse(query)
    try:
        where = suggestion_rows.condition(tree)
    except suggestion_rows.NotForSuggestions as exc:
        raise QueryError(f"{exc.key}: at position {exc.pos} does not apply to suggestions (use text, source:, kind:)") from None
    return _views(suggestion_rows.listed(run, None if status == "all" else status, where))

