"""Today's counts: one function for the deck list, the session header, the stats and `srs decks`.

A deck offers today its new cards and due reviews up to its daily limits (less
what it and its subdecks already did today, counted from the review log), and
never more than each deck above it allows; learning cards due within the
learn-ahead window are not limited. ``DayLimits`` is that rule, and both the
counts here and the session's queue (``srs.service.reviewing``) use it, so a
deck's row shows what a session on it offers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from srs.core.consts import DEFAULT_PRESET, State
from srs.core.days import StudyDay, study_day
from srs.core.errors import NotFound
from srs.db.models import Card, Deck, Preset
from srs.db.types import to_micros
from srs.service.collection import Collection

LEARN_AHEAD_SECONDS = 20 * 60
ALL_DECKS = "All decks"


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


def subtree_ids(conn: Connection, deck: str | None) -> list[int] | None:
    """Ids of ``deck`` and its subdecks (None: all decks)."""
    if deck is None:
        return None
    rows = conn.execute(select(Deck.id, Deck.name)).all()
    ids = [i for i, n in rows if n == deck or n.startswith(deck + "::")]
    if not ids:
        raise NotFound(f"no deck named {deck!r} (see `srs decks`)")
    return ids


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


def day_limits(s: Session, day: StudyDay) -> DayLimits:
    from srs.service.limits import done_today

    decks = s.execute(select(Deck.id, Deck.name, Preset.new_per_day, Preset.reviews_per_day).join(Preset)).all()
    by_name = {d.name: d.id for d in decks}
    parent = {d.id: by_name.get(d.name.rsplit("::", 1)[0]) if "::" in d.name else None for d in decks}
    done_new: dict[int | None, int] = defaultdict(int)
    done_rev: dict[int | None, int] = defaultdict(int)
    for deck_id, (n, r) in done_today(s, day).items():
        node: int | None = deck_id
        while True:  # a deck's answers count for every deck above it, and for "all decks"
            done_new[node] += n
            done_rev[node] += r
            if node is None:
                break
            node = parent.get(node)
    default = s.execute(select(Preset.new_per_day, Preset.reviews_per_day).where(Preset.name == DEFAULT_PRESET)).one()
    new_left: dict[int | None, int] = {d.id: max(0, d.new_per_day - done_new[d.id]) for d in decks}
    review_left: dict[int | None, int] = {d.id: max(0, d.reviews_per_day - done_rev[d.id]) for d in decks}
    new_left[None] = max(0, default.new_per_day - done_new[None])
    review_left[None] = max(0, default.reviews_per_day - done_rev[None])
    return DayLimits(parent, new_left, review_left)


def preset_hour(s: Session, deck: str | None) -> int:
    """The hour the study day starts for a session on ``deck``: its preset's (the default one for all decks)."""
    query = select(Preset.day_start_hour)
    query = query.where(Preset.name == DEFAULT_PRESET) if deck is None else query.join(Deck).where(Deck.name == deck)
    hour = s.scalar(query)
    return 4 if hour is None else int(hour)


def _counted(col: Collection, hour_of: str | None) -> tuple[list[DeckCounts], DeckCounts]:
    """The deck tree and its "All decks" node, for the study day of ``hour_of``'s preset."""
    now = col.now()
    everything = DeckCounts(0, "")
    with col.read() as s:
        decks = s.execute(select(Deck.id, Deck.name)).all()
        if not decks:
            return [], everything
        day = study_day(now, preset_hour(s, hour_of))
        limits = day_limits(s, day)
        learn_cutoff = datetime.fromtimestamp(now.timestamp() + LEARN_AHEAD_SECONDS, now.tzinfo)
        # One plain scan of the cards for every count: through the (deck_id, due)
        # index SQLite looked up each row again, twice as slow (profiled).
        now_us, learn_us, end_us = to_micros(now), to_micros(learn_cutoff), to_micros(day.end)
        rows = s.connection().exec_driver_sql(
            "SELECT deck_id,"
            f" sum(avail AND state = {State.NEW:d}),"
            f" sum(avail AND state IN ({State.LEARNING:d}, {State.RELEARNING:d}) AND due <= ?),"
            f" sum(avail AND state = {State.REVIEW:d} AND due < ?), count(*)"
            " FROM (SELECT deck_id, state, due, (suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)) AS avail"
            "       FROM cards NOT INDEXED) GROUP BY deck_id",
            (learn_us, end_us, now_us),
        ).all()
    own = {r[0]: (int(r[1] or 0), int(r[2] or 0), int(r[3] or 0), int(r[4])) for r in rows}
    nodes = {d.name: DeckCounts(d.id, d.name, *own.get(d.id, (0, 0, 0, 0))) for d in decks}
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


def deck_tree(col: Collection) -> list[DeckCounts]:
    """Top-level decks with their subtrees; counts include subdecks, capped by daily limits."""
    return _counted(col, None)[0]


def today_counts(col: Collection, deck: str | None = None) -> DeckCounts:
    """What a session on ``deck`` (with subdecks; None: all decks) offers now.

    The same numbers as the deck's row on the home screen and in `srs decks`, the
    session header before the first answer, and "due today" in the stats."""
    roots, everything = _counted(col, deck)
    if deck is None:
        return everything
    for node in flatten(roots):
        if node.name == deck:
            return node
    raise NotFound(f"no deck named {deck!r} (see `srs decks`)")


def flatten(tree: list[DeckCounts]) -> list[DeckCounts]:
    out: list[DeckCounts] = []
    for node in tree:
        out.append(node)
        out.extend(flatten(node.children))
    return out


def card_count(col: Collection) -> int:
    """Cards in the whole collection: what an import's note counts turn into."""
    with col.read() as s:
        return int(s.scalar(select(func.count()).select_from(Card)) or 0)
