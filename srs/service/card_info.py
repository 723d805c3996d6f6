"""Card info: everything `srs show` prints about one card, plus what a person asks next.

The TUI's card-info screen reads this. The card itself comes from the same
functions `srs show` calls (``card_view`` and ``card_history``), so both show
the same card; this adds where the note came from in words, the interval, and
the retrievability now, computed with the card's own preset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from srs.core.consts import State
from srs.core.scheduling import Memory, retrievability
from srs.db.models import NoteEdit
from srs.service.cards_view import CardView, card_view
from srs.service.collection import Collection
from srs.service.presets import default_rules, rules_by_deck
from srs.service.stats import Answer, card_history

ANKI_SUFFIXES = {".apkg", ".colpkg", ".anki2", ".anki21"}


@dataclass(frozen=True)
class CardInfo:
    view: CardView
    history: list[Answer]  # oldest first
    origin: str  # "notes/aws.md:12", "bundled deck aws-basics", "Anki package deck.apkg"
    interval: timedelta | None  # due minus last review; None for a new card
    retrievability: float | None  # the chance of recalling it now (FSRS); None for a new card
    now: datetime


def origin_of(view: CardView, base: Path | None = None) -> str:
    """Where the note comes from, in words: a file and line, a bundled deck or an Anki package.

    A file under ``base`` (the working directory) is named relative to it, as the user typed it."""
    source = view.source or ""
    if not source:
        return "no source file"
    if source.startswith("bundled:"):
        return f"bundled deck {source.removeprefix('bundled:')}"
    path = Path(source.removeprefix("file://"))
    base = Path.cwd() if base is None else base
    if path.is_relative_to(base):
        path = path.relative_to(base)
    if path.suffix.lower() in ANKI_SUFFIXES:
        return f"Anki package {path.name}"
    return f"{path}:{view.line}" if view.line > 0 else str(path)


def card_info(col: Collection, card_id: int) -> CardInfo | None:
    """One card with its history and memory now; None when there is no such card."""
    view = card_view(col, card_id)
    if view is None:
        return None
    history = card_history(col, card_id)
    now = col.now()
    with col.read() as s:
        rules = rules_by_deck(s).get(view.deck_id) or default_rules(s)
        edit = s.get(NoteEdit, view.note_id)
    origin = origin_of(view)
    if edit is not None:  # the user's version (srs.service.note_edits)
        origin += " · edited in srs" + (" (an import brought a new version: srs conflicts)" if edit.incoming else "")
    has_memory = view.state != State.NEW and view.stability is not None and view.last_review is not None
    recall = None
    if has_memory:
        memory = Memory(State(view.state), view.step, view.stability, view.difficulty, view.due, view.last_review,
                        view.reps, view.lapses)
        recall = retrievability(rules.options, memory, now)
    interval = view.due - view.last_review if view.state != State.NEW and view.last_review is not None else None
    return CardInfo(view, history, origin, interval, recall, now)
