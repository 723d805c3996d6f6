"""Custom study, as Anki's: more cards today, or a session over a search (Anki's filtered decks).

Two kinds, and no second review engine:

* **Extra new cards / extra reviews today** raise the deck's daily limits (the
  deck and its subdecks) for this study day only (``extend_limits``); the usual
  session on that deck then offers them, and the deck list counts them.
* **Study ahead N days**, **forgotten in the last N days** and **a search** each
  become a search (``custom_search``) that ``ReviewSession(col, search=...)``
  studies: its cards, once each, outside the daily limits, answers scheduled as
  always (an early review is scheduled from the real elapsed time by FSRS). The
  session fixes its cards when it starts, as a filtered deck is built once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from srs.core.consts import MAX_INTERVAL_DAYS
from srs.core.days import study_day
from srs.core.errors import SrsError, UsageError
from srs.db.models import Deck
from srs.service.collection import Collection
from srs.service.deck_counts import preset_hour
from srs.service.decks import runner, subtree_ids

MAX_EXTRA = 9999  # Anki's custom study spin box range
MAX_DAYS = MAX_INTERVAL_DAYS  # "ahead" and "rated" reach at most this far
SEARCH_CARDS = 9999  # cards a search session takes at most (Anki's filtered deck maximum)
KINDS = ("new", "reviews", "ahead", "forgotten", "search")
KIND_LABELS = {
    "new": "Extra new cards today",
    "reviews": "Extra reviews today",
    "ahead": "Study ahead (days)",
    "forgotten": "Review forgotten cards (last N days)",
    "search": "Study a search",
}


@dataclass(frozen=True)
class CustomStudyResult:
    message: str  # what was done, for the deck list
    search: str | None = None  # a session to start on this search


@dataclass(frozen=True)
class Extended:
    deck: str
    new: int  # the deck's extra new cards today, after this change
    reviews: int
    date: str  # the study day they are for


def check_count(kind: str, text: str, high: int = MAX_EXTRA) -> int:
    """A custom-study number typed as text: a whole number from 1 to ``high``, or one line saying so."""
    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= high:
        what = "days" if kind in ("ahead", "forgotten") else "cards"
        raise UsageError(f"{KIND_LABELS.get(kind, kind).lower()} needs a whole number of {what} from 1 to {high}, not {value!r}")
    return int(value)


def extend_limits(col: Collection, deck: str | None, *, new: int = 0, reviews: int = 0) -> Extended:
    """Let ``deck`` and its subdecks offer ``new`` more new cards and ``reviews`` more reviews today."""
    if deck is None:
        raise UsageError("extra cards are given to one deck: choose a deck, not all decks")
    for n in (new, reviews):
        if not 0 <= n <= MAX_EXTRA:
            raise UsageError(f"extra cards must be from 0 to {MAX_EXTRA}, not {n}")
    with col.write() as s:
        ids = subtree_ids(s.connection(), deck)
        assert ids is not None  # a deck was named
        today = study_day(col.now(), preset_hour(runner(s), deck)).date
        for row in s.scalars(select(Deck).where(Deck.id.in_(ids))):
            if row.extend_date != today:  # yesterday's extra cards are gone
                row.extend_date, row.extend_new, row.extend_reviews = today, 0, 0
            row.extend_new = min(MAX_EXTRA, row.extend_new + new)
            row.extend_reviews = min(MAX_EXTRA, row.extend_reviews + reviews)
        s.flush()
        mine = s.scalar(select(Deck).where(Deck.name == deck))
        assert mine is not None
        return Extended(deck, mine.extend_new, mine.extend_reviews, today)


def _quoted(deck: str) -> str:
    return 'deck:"' + deck.replace('"', "") + '"'


def custom_search(kind: str, deck: str | None, value: str) -> str:
    """The search a custom study session of ``kind`` studies, in ``deck`` (None: all decks)."""
    scope = [] if deck is None else [_quoted(deck)]
    if kind == "ahead":  # due within N days from today, overdue included (Anki's "review ahead")
        return " ".join([*scope, "-is:new", f"prop:due<={check_count(kind, value, MAX_DAYS)}"])
    if kind == "forgotten":  # answered Again in the last N days (Anki's "review forgotten cards")
        return " ".join([*scope, f"rated:{check_count(kind, value, MAX_DAYS)}:1"])
    if kind == "search":
        query = value.strip()
        if not query:
            raise UsageError("study a search needs a search, e.g. tag:aws or is:review prop:ivl>=10")
        return " ".join([*scope, f"({query})"]) if scope else query
    raise UsageError(f"unknown custom study {kind!r}; use one of {', '.join(KINDS)}")


def search_card_ids(col: Collection, query: str) -> list[int]:
    """The cards a search session studies, due first (a bad search is one line, from the search itself)."""
    from srs.service.search import search_cards

    return [row.id for row in search_cards(col, query, order="due", limit=SEARCH_CARDS)
            if not row.suspended and not row.buried]


def start_custom_study(col: Collection, kind: str, deck: str | None, value: str) -> CustomStudyResult:
    """Custom study of ``kind`` as the dialog asks it (``value`` as typed): raise today's limits, or
    give the search to study, checked to have cards."""
    if kind in ("new", "reviews"):
        n = check_count(kind, value)
        done = extend_limits(col, deck, **{kind: n})
        extra = done.new if kind == "new" else done.reviews
        return CustomStudyResult(f"{done.deck}: {extra} extra {'new cards' if kind == 'new' else 'reviews'} today.")
    query = custom_search(kind, deck, value)
    if not search_card_ids(col, query):
        raise SrsError(f"no cards to study: nothing matches {query}")
    return CustomStudyResult(f"Custom study: {query}", query)
