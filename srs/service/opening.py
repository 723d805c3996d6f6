"""Opening a collection for a person: a brand-new database gets the bundled decks, so a first run has cards.

Above srs.service.collection and srs.service.importing, so that the collection
(which every importer uses) never imports an importer: the dependency runs one way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from srs.service.collection import Collection


def _say_nothing(_message: str) -> None:
    return None


def open_collection(
    db: str | Path | None = None,
    *,
    bundled: bool = True,
    say: Callable[[str], None] = _say_nothing,
    reads_only: bool = False,
) -> Collection:
    """``Collection.open`` (same arguments), then on a database it just created the bundled decks are
    imported unless ``bundled`` is False."""
    col = Collection.open(db, say=say, reads_only=reads_only)
    if col.fresh and bundled:
        from srs.service.importing import import_bundled  # the extractor loads only for a new database

        import_bundled(col)
    return col
