"""Reads that a cold command makes without opening the collection the full way.

The full open (srs.service.collection) imports SQLAlchemy, and that import alone is most
of a cold ``srs decks``. These functions use only the standard library's ``sqlite3``
(srs.db.quick_read): they answer when the database is ready to read as it is, and say
None otherwise, so the caller opens the full way, which creates, upgrades or refuses it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from srs.core import clock, scratch
from srs.core.consts import DEFAULT_PRESET
from srs.db.backups import sweep_partials
from srs.db.location import DbLocation, resolve
from srs.db.quick_read import Run, snapshot

if TYPE_CHECKING:  # each reader imports its own modules when called: `srs db path` loads none of them
    from srs.service.cards_view import CardView
    from srs.service.conflict_views import Conflict
    from srs.service.deck_counts import DeckCounts
    from srs.service.maintenance import CheckReport
    from srs.service.search import CardRow
    from srs.service.stats import Answer, Stats
    from srs.service.suggestion_views import SuggestionView


def locate(db: str | Path | None = None) -> DbLocation:
    """Which database file ``db`` (``--db``; None: ``$SRS_DB``, ``$SRS_HOME``, the user data dir) names, and why."""
    return resolve(db)


@contextmanager
def _ready(db: str | Path | None) -> Iterator[Run | None]:
    """A snapshot of the database ``db`` names (None: not ready), after the tidying the full open does
    first: what killed backups and imports left beside it and in the temp folder goes (only what no
    running process holds), so a read command cleans up as it always has."""
    path = resolve(db).path
    with snapshot(path, DEFAULT_PRESET) as run:
        if run is not None:
            try:
                sweep_partials(path)
                scratch.sweep(path.parent, ".import-")
                scratch.sweep(tempfile.gettempdir(), "srs-anki-")
            except OSError:  # a folder this process cannot change: nothing to tidy there
                pass
        yield run


def deck_tree_if_ready(db: str | Path | None = None) -> list[DeckCounts] | None:
    """``srs.service.decks.deck_tree`` of the database ``db`` names, or None when it is not ready to read as it is."""
    from srs.service.deck_counts import counted

    with _ready(db) as run:
        return None if run is None else counted(run, clock.now(), None)[0]


def stats_if_ready(db: str | Path | None = None, deck: str | None = None) -> Stats | None:
    """``srs.service.stats.collection_stats`` of the database ``db`` names, or None when it is not ready to read as it is."""
    from srs.service.stats import stats_of

    with _ready(db) as run:
        return None if run is None else stats_of(run, clock.now(), deck)


def card_if_ready(db: str | Path | None, card_id: int) -> tuple[CardView | None, list[Answer]] | None:
    """``srs.service.cards_view.card_view`` and ``srs.service.stats.card_history`` of one card, in one
    snapshot of the database ``db`` names, or None when it is not ready to read as it is."""
    from srs.service.cards_view import view_of
    from srs.service.stats import answers_of

    with _ready(db) as run:
        return None if run is None else (view_of(run, card_id), answers_of(run, card_id))


def cards_if_ready(db: str | Path | None, query: str, *, order: str, descending: bool,
                   limit: int | None) -> list[CardRow] | None:
    """``srs.service.search.search_cards`` on the database ``db`` names, or None when it is not ready to read as it is."""
    from srs.service.search import cards_found

    with _ready(db) as run:
        return None if run is None else cards_found(run, clock.now(), query, order=order, descending=descending, limit=limit)


def suggestions_if_ready(db: str | Path | None, status: str | None = None, query: str | None = None) -> list[SuggestionView] | None:
    """``srs.service.suggestions.list_suggestions`` (or, given a ``query``, ``search_suggestions``) on the database
    ``db`` names (``status`` None: the pending ones), or None when it is not ready to read as it is."""
    from srs.service.suggestion_views import PENDING, suggestions_found, suggestions_listed

    status = status or PENDING

    with _ready(db) as run:
        if run is None:
            return None
        return suggestions_listed(run, status) if query is None else suggestions_found(run, query, status)


def conflicts_if_ready(db: str | Path | None = None) -> list[Conflict] | None:
    """``srs.service.note_edits.conflicts`` on the database ``db`` names, or None when it is not ready to read as it is."""
    from srs.service.conflict_views import conflicts_of

    with _ready(db) as run:
        return None if run is None else conflicts_of(run)


def check_if_ready(db: str | Path | None = None) -> CheckReport | None:
    """``srs.service.maintenance.check`` (without repairing) of the database ``db`` names, or None when it is not
    ready to read as it is. Ready means at this srs's one schema head, so that is the head it is checked against."""
    from srs.db.revisions import heads, revision_graph
    from srs.service.maintenance import checked

    with _ready(db) as run:
        return None if run is None else checked(run, resolve(db).path, clock.now(), next(iter(heads(revision_graph()))))
