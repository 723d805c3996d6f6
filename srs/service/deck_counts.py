"""Today's counts per deck: the rule srs.service.decks describes, on any connection.

Its queries (srs.db.deck_count_rows) take a ``run(sql, params) -> rows`` function, so the same
code counts inside a collection's SQLAlchemy session (srs.service.decks) and on a plain
``sqlite3`` snapshot (srs.db.quick_read, for a cold ``srs decks`` that must not import
SQLAlchemy). This module imports neither.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from srs.core.consts import State
from srs.core.days import StudyDay, study_day
from srs.db import deck_count_rows as rows_of
from srs.db.quick_read import Run

LEARN_AHEAD_SECONDS = 20 * 60
ALL_DECKS = "All decks"
DEFAULT_DAY_START = 4  # when no preset says (a deck without one)


@dataclass
class DeckCounts:
    id: int  # 0 for "All decks"
    name: str  # full name A::B::C ("" for all decks)
    new: int = 0
    learning: int = 0
    due: int = 0
    total: int = 0
    children: list[DeckCounts] = field(default_factory=list)

    @property
    def short_name(self) -> str:
        return self.name.rsplit("::", 1)[-1] if self.name else ALL_DECKS

    @property
    def depth(self) -> int:
        return self.name.count("::")

    @property
    def available(self) -> int:
        """Cards a session offers now: new + learning + due."""
        return self.new + self.learning + self.due

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "new": self.new, "learning": self.learning, "due": self.due,
            "total": self.total, "children": [c.to_dict() for c in self.children],
        }


@dataclass(frozen=True)
class DayLimits:
    """What each deck may still offer today; the key None is "all decks" (the default preset's limits)."""

    parent: dict[int, int | None]  # deck id → parent deck id (None: a top-level deck)
    new_left: dict[int | None, int]
    review_left: dict[int | None, int]

    def path(self, deck_id: int, root: int | None) -> list[int | None]:
        """The deck and the decks above it, up to ``root`` (None: up to "all decks")."""
        out: list[int | None] = [deck_id]
        node: int | None = deck_id
        while node != root and node is not None:
            node = self.parent.get(node)
            out.append(node)
        return out


def done_today(run: Run, day: StudyDay) -> dict[int, tuple[int, int]]:
    """Per deck id: (new cards introduced today, reviews of review cards today), from the review log."""
    rows = rows_of.answered_between(run, day.start, day.end)
    out: dict[int, list[int]] = {}
    for deck_id, state, count in rows:
        slot = out.setdefault(deck_id, [0, 0])
        slot[0 if state == State.NEW else 1] += count
    return {k: (v[0], v[1]) for k, v in out.items()}


def day_limits(run: Run, day: StudyDay) -> DayLimits:
    """Each deck's preset limits, plus custom study's extra cards if they were given for this study day."""
    decks = rows_of.deck_limits(run, day.date)
    by_name = {name: deck_id for deck_id, name, _n, _r in decks}
    parent = {deck_id: by_name.get(name.rsplit("::", 1)[0]) if "::" in name else None for deck_id, name, _n, _r in decks}
    done_new: dict[int | None, int] = defaultdict(int)
    done_rev: dict[int | None, int] = defaultdict(int)
    for deck_id, (n, r) in done_today(run, day).items():
        node: int | None = deck_id
        while True:  # a deck's answers count for every deck above it, and for "all decks"
            done_new[node] += n
            done_rev[node] += r
            if node is None:
                break
            node = parent.get(node)
    default_new, default_reviews = rows_of.default_limits(run)
    new_left: dict[int | None, int] = {d: max(0, n - done_new[d]) for d, _name, n, _r in decks}
    review_left: dict[int | None, int] = {d: max(0, r - done_rev[d]) for d, _name, _n, r in decks}
    new_left[None] = max(0, default_new - done_new[None])
    review_left[None] = max(0, default_reviews - done_rev[None])
    return DayLimits(parent, new_left, review_left)


def preset_hour(run: Run, deck: str | None) -> int:
    """The hour the study day starts for a session on ``deck``: its preset's (the default one for all decks)."""
    hour = rows_of.day_start_hour(run, deck)
    return DEFAULT_DAY_START if hour is None else hour


def counted(run: Run, now: datetime, hour_of: str | None) -> tuple[list[DeckCounts], DeckCounts]:
    """The deck tree and its "All decks" node, for the study day of ``hour_of``'s preset."""
    everything = DeckCounts(0, "")
    decks = rows_of.decks(run)
    if not decks:
        return [], everything
    day = study_day(now, preset_hour(run, hour_of))
    limits = day_limits(run, day)
    learn_cutoff = datetime.fromtimestamp(now.timestamp() + LEARN_AHEAD_SECONDS, now.tzinfo)
    own = rows_of.own_counts(run, now, learn_cutoff, day.end)
    nodes = {name: DeckCounts(deck_id, name, *own.get(deck_id, (0, 0, 0, 0))) for deck_id, name in decks}
    for name in sorted(nodes, key=lambda n: (n.count("::"), n.casefold())):
        parent = name.rsplit("::", 1)[0] if "::" in name else None
        (nodes[parent].children if parent in nodes else everything.children).append(nodes[name])
    _roll_up(everything, limits, None)
    return everything.children, everything


def _roll_up(node: DeckCounts, limits: DayLimits, key: int | None) -> None:
    """Add the children's counts into ``node``, capping new and due by what the node may still offer."""
    node.children.sort(key=lambda c: c.name.casefold())
    for child in node.children:
        _roll_up(child, limits, child.id)
        node.new += child.new
        node.learning += child.learning
        node.due += child.due
        node.total += child.total
    node.new = min(node.new, limits.new_left.get(key, 0))
    node.due = min(node.due, limits.review_left.get(key, 0))


def flatten(tree: list[DeckCounts]) -> list[DeckCounts]:
    out: list[DeckCounts] = []
    for node in tree:
        out.append(node)
        out.extend(flatten(node.children))
    return out
