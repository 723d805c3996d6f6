"""Issue 16, defect 3: what a deck row shows as available today is what a session on it offers."""

from __future__ import annotations

from sqlalchemy import select, update

from srs.db.models import Card, Deck, Preset
from srs.service.collection import Collection
from srs.service.decks import deck_tree, flatten, today_counts
from srs.service.session import Counts, ReviewSession
from srs.service.stats import collection_stats
from tests.factory import add_notes


def offered(col: Collection, deck: str | None = None) -> tuple[Counts, int]:
    """The counts a fresh session shows on its first card, and how many cards it shows until it ends."""
    session = ReviewSession(col, deck)
    shown = session.start()
    first = shown.counts
    seen = 0
    while shown.card is not None:
        seen += 1
        shown = session.answer(4, 1000)  # Easy: not seen again today
    return first, seen


def row(col: Collection, deck: str | None) -> Counts:
    node = today_counts(col, deck)
    return Counts(node.new, node.learning, node.due)


def test_all_decks_offers_the_default_limit_not_the_sum_of_the_decks(col: Collection) -> None:
    for name in ("A", "B", "C", "D"):
        add_notes(col, name, [(f"{name}{i}", "x") for i in range(20)])
    assert [d.new for d in deck_tree(col)] == [20, 20, 20, 20]
    assert row(col, None) == Counts(20, 0, 0), "the All decks row: 80 new cards, 20 a day"
    assert offered(col) == (Counts(20, 0, 0), 20)
    expected = row(col, "B")
    assert offered(col, "B") == (expected, 20)


def test_a_subdeck_limit_caps_what_its_parent_offers(col: Collection) -> None:
    add_notes(col, "P", [(f"p{i}", "x") for i in range(3)])
    add_notes(col, "P::Small", [(f"s{i}", "x") for i in range(10)])
    add_notes(col, "P::Big", [(f"b{i}", "x") for i in range(10)])
    with col.write() as s:
        s.add(Preset(name="small", learning_steps=[60, 600], relearning_steps=[600], new_per_day=2))
        s.flush()
        small = s.scalar(select(Preset.id).where(Preset.name == "small"))
        s.execute(update(Deck).where(Deck.name == "P::Small").values(preset_id=small))
        s.execute(update(Card).values(position=Card.id))  # Small's cards come before Big's
    assert row(col, "P::Small") == Counts(2, 0, 0)
    assert row(col, "P") == Counts(15, 0, 0)  # 3 own + 2 of Small + 10 of Big
    for deck in ("P::Small", "P::Big", "P", None):  # each session answers what it shows
        expected = row(col, deck)
        counts, seen = offered(col, deck)
        assert counts == expected and seen == counts.left, deck


def test_session_home_stats_and_decks_agree_after_answers(col: Collection) -> None:
    add_notes(col, "A", [(f"a{i}", "x") for i in range(12)])
    add_notes(col, "B", [(f"b{i}", "x") for i in range(12)])
    session = ReviewSession(col)
    shown = session.start()
    for rating in (3, 1, 4, 3, 3, 4):
        shown = session.answer(rating, 1000)
        assert shown.counts == row(col, None)
        stats = collection_stats(col)
        assert (stats.today_new, stats.today_learning, stats.today_review) == (shown.new, shown.learning, shown.review)
        assert stats.due_today == shown.learning + shown.review
    assert row(col, None).new == 20 - 6
    assert sum(d.new for d in flatten(deck_tree(col))) == 24 - 6, "each deck row alone is within its own limit"
