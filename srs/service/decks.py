"""The deck tree with new / learning / due counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from srs.core.days import study_day
from srs.db.models import Deck, Preset
from srs.db.types import to_micros
from srs.service.collection import Collection

LEARN_AHEAD_SECONDS = 20 * 60


@dataclass
class DeckCounts:
    id: int
    name: str  # full name A::B::C
    new: int = 0
    learning: int = 0
    due: int = 0
    total: int = 0
    children: list[DeckCounts] = field(default_factory=list)

    @property
    def short_name(self) -> str:
        return self.name.rsplit("::", 1)[-1]

    @property
    def depth(self) -> int:
        return self.name.count("::")

    def to_dict(self) -> dict:
        return {
            "name": self.name, "new": self.new, "learning": self.learning, "due": self.due,
            "total": self.total, "children": [c.to_dict() for c in self.children],
        }


def deck_tree(col: Collection) -> list[DeckCounts]:
    """Top-level decks with their subtrees; counts include subdecks, capped by daily limits."""
    from srs.service.limits import done_today

    now = col.now()
    with col.read() as s:
        decks = s.execute(select(Deck.id, Deck.name, Preset.day_start_hour, Preset.new_per_day, Preset.reviews_per_day).join(Preset)).all()
        if not decks:
            return []
        day = study_day(now, decks[0].day_start_hour)
        learn_cutoff = datetime.fromtimestamp(now.timestamp() + LEARN_AHEAD_SECONDS, now.tzinfo)
        # One plain scan of the cards for every count: through the (deck_id, due)
        # index SQLite looked up each row again, twice as slow (profiled).
        now_us, learn_us, end_us = to_micros(now), to_micros(learn_cutoff), to_micros(day.end)
        rows = s.connection().exec_driver_sql(
            "SELECT deck_id,"
            " sum(avail AND state = 0), sum(avail AND state IN (1, 3) AND due <= ?),"
            " sum(avail AND state = 2 AND due < ?), count(*)"
            " FROM (SELECT deck_id, state, due, (suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)) AS avail"
            "       FROM cards NOT INDEXED) GROUP BY deck_id",
            (learn_us, end_us, now_us),
        ).all()
        totals = {r[0]: int(r[4]) for r in rows}
        done = done_today(s, day)
    own = {r[0]: (int(r[1] or 0), int(r[2] or 0), int(r[3] or 0)) for r in rows}
    nodes = {d.name: DeckCounts(d.id, d.name) for d in decks}
    limits = {d.name: (d.new_per_day, d.reviews_per_day) for d in decks}
    for d in decks:
        n, lrn, due = own.get(d.id, (0, 0, 0))
        node = nodes[d.name]
        node.new, node.learning, node.due, node.total = n, lrn, due, totals.get(d.id, 0)
    roots: list[DeckCounts] = []
    for name in sorted(nodes, key=lambda n: (n.count("::"), n.casefold())):
        parent = name.rsplit("::", 1)[0] if "::" in name else None
        (nodes[parent].children if parent in nodes else roots).append(nodes[name])
    for root in roots:
        _roll_up(root, limits, done)
    return roots


def _roll_up(node: DeckCounts, limits: dict[str, tuple[int, int]], done: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """Add children's counts into node, capping new and due by the node's daily limits."""
    node.children.sort(key=lambda c: c.name.casefold())
    done_new, done_rev = 0, 0
    own_done = done.get(node.id, (0, 0))
    done_new, done_rev = own_done
    for child in node.children:
        cn, cr = _roll_up(child, limits, done)
        done_new += cn
        done_rev += cr
        node.new += child.new
        node.learning += child.learning
        node.due += child.due
        node.total += child.total
    new_limit, rev_limit = limits[node.name]
    node.new = max(0, min(node.new, new_limit - done_new))
    node.due = max(0, min(node.due, rev_limit - done_rev))
    return done_new, done_rev


def flatten(tree: list[DeckCounts]) -> list[DeckCounts]:
    out: list[DeckCounts] = []
    for node in tree:
        out.append(node)
        out.extend(flatten(node.children))
    return out
