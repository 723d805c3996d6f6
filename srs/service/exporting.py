"""Export to Anki: database rows → srs.anki export values → .apkg."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from srs.anki import ExportCard, ExportNote, PackageError, ReviewSource, write_apkg
from srs.anki.perf import gc_paused
from srs.core.bundle import BUNDLED_SCHEME
from srs.core.errors import SrsError
from srs.core.notes import CONTEXT_SEP, NO_ANSWER
from srs.db import export_rows
from srs.db.export_rows import REVIEWS_SQL as REVIEWS_SQL  # the sync's push copies answers with it
from srs.db.export_rows import ScheduleRow
from srs.service.collection import Collection
from srs.service.presets import deck_retention, memory_params
from srs.service.reviewing import subtree_ids


def export_anki(col: Collection, out: Path, *, deck: str | None = None, with_scheduling: bool = False,
                note_ids: Iterable[int] | None = None) -> dict[str, Any]:
    """Write ``out`` (.apkg); returns counts for the summary line. ``note_ids``: only these notes
    (the sync writes what changed into its mirror this way)."""
    with gc_paused():  # 100k+ acyclic objects: the cyclic collector would only rescan them
        return _export_anki(col, out, deck=deck, with_scheduling=with_scheduling,
                            note_ids=None if note_ids is None else sorted(set(note_ids)))


def _export_anki(col: Collection, out: Path, *, deck: str | None, with_scheduling: bool,
                 note_ids: list[int] | None = None) -> dict[str, Any]:
    out = Path(out).expanduser()
    if out.is_dir():
        raise SrsError(f"{out} is a directory; give a file name ending in .apkg")
    if out.suffix.lower() != ".apkg":
        raise SrsError(f"{out}: the Anki package must end in .apkg")
    if not out.parent.is_dir():
        raise SrsError(f"folder {out.parent} does not exist")
    now = col.now()
    with col.read() as s:
        conn = s.connection()
        deck_ids = subtree_ids(conn, deck)
        deck_names = export_rows.deck_names(conn)
        labels = {sid: _source_label(uri) for sid, uri in export_rows.source_uris(conn).items()}
        notes = export_rows.live_notes(conn, deck_ids, note_ids)
        cards_by_note: dict[int, list[ExportCard]] = defaultdict(list)
        if with_scheduling:
            scheduled_with = deck_retention(conn)
            for card in export_rows.live_cards(conn, deck_ids, note_ids):
                cards_by_note[card.note_id].append(export_card(card, now, scheduled_with))
        else:  # every card is written new: its ordinal is all the package takes from it
            for note_id, ordinal in export_rows.live_ordinals(conn, deck_ids, note_ids):
                cards_by_note[note_id].append(ExportCard(ordinal=ordinal))
    exports = [
        ExportNote(
            guid=n.guid, template=n.template, front=n.front, back="" if n.back == NO_ANSWER else n.back,
            context=CONTEXT_SEP.join(n.heading_path), source=labels.get(n.source_id, "") if n.source_id is not None else "",
            deck=deck_names[n.deck_id], tags=tuple(n.tags.split()), reverse=n.reverse, modified=n.modified_at,
            cards=tuple(cards_by_note.pop(n.id, ())), anki_guid=n.anki_guid,
        )
        for n in notes
    ]
    # The review log goes from this database into the package inside SQLite (a
    # million answers through Python objects took 6 s of a 50k-note export). It is
    # read on its own connection, after the cards: an answer another process commits
    # in between travels with a card whose state predates it (Anki shows it in the log).
    reviews = ReviewSource(REVIEWS_SQL, col.path) if with_scheduling else None
    try:
        summary = write_apkg(out, exports, with_scheduling=with_scheduling,
                             media_dir=col.media_dir if col.media_dir.is_dir() else None, now=now, reviews=reviews)
    except PackageError as exc:
        raise SrsError(str(exc)) from exc
    except OSError as exc:
        raise SrsError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return {"path": str(out), "notes": summary.notes, "cards": summary.cards, "reviews": summary.reviews,
            "decks": summary.decks, "media": summary.media, "warnings": list(summary.warnings)}


def export_card(card: ScheduleRow, now: datetime, scheduled_with: dict[int, tuple[float, float]]) -> ExportCard:
    """A card's schedule as the package writes it (``scheduled_with``: srs.service.presets.deck_retention)."""
    return ExportCard(
        ordinal=card.ordinal, state=card.state, due=card.due, last_review=card.last_review, stability=card.stability,
        difficulty=card.difficulty, interval_days=card.interval_days, reps=card.reps, lapses=card.lapses,
        suspended=card.suspended, buried=card.buried_until is not None and card.buried_until > now, flag=card.flag,
        step=card.step, key=card.id, **memory_params(scheduled_with, card.deck_id, card.desired_retention, card.decay),
    )


def _source_label(uri: str | None) -> str:
    if not uri:
        return ""
    if uri.startswith(BUNDLED_SCHEME):
        return "srs bundled deck " + uri.removeprefix(BUNDLED_SCHEME)
    return Path(uri).name
