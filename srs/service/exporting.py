"""Export to Anki: database rows → srs.anki export values → .apkg."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from srs.anki import ExportCard, ExportNote, ExportReview, PackageError, write_apkg
from srs.core.errors import SrsError
from srs.core.notes import CONTEXT_SEP
from srs.db.models import Card, Deck, Note, ReviewLog, Source
from srs.service.collection import Collection
from srs.service.reviewing import subtree_ids


def _days(delta_seconds: float) -> int:
    return max(0, round(delta_seconds / 86400))


def export_anki(col: Collection, out: Path, *, deck: str | None = None, with_scheduling: bool = False) -> dict:
    """Write ``out`` (.apkg); returns counts for the summary line."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise SrsError(f"{out} is a directory; give a file name ending in .apkg")
    if out.suffix.lower() != ".apkg":
        raise SrsError(f"{out}: the Anki package must end in .apkg")
    if not out.parent.is_dir():
        raise SrsError(f"folder {out.parent} does not exist")
    now = col.now()
    with col.read() as s:
        deck_ids = subtree_ids(s.connection(), deck)
        deck_names = dict(s.execute(select(Deck.id, Deck.name)).all())
        sources = dict(s.execute(select(Source.id, Source.uri)).all())
        q = select(Note).where(Note.orphaned_at.is_(None))
        if deck_ids is not None:
            q = q.where(Note.deck_id.in_(deck_ids))
        notes = list(s.scalars(q))
        note_ids = [n.id for n in notes]
        cards_by_note: dict[int, list[Card]] = defaultdict(list)
        for card in s.scalars(select(Card).where(Card.note_id.in_(note_ids))) if note_ids else []:
            cards_by_note[card.note_id].append(card)
        logs_by_card: dict[int, list[ReviewLog]] = defaultdict(list)
        if with_scheduling and note_ids:
            for log in s.scalars(select(ReviewLog).join(Card).where(Card.note_id.in_(note_ids)).order_by(ReviewLog.reviewed_at)):
                logs_by_card[log.card_id].append(log)
    exports = []
    for note in notes:
        cards = sorted(cards_by_note[note.id], key=lambda c: c.ordinal)
        ex_cards, ex_reviews = [], []
        for c in cards:
            interval = _days((c.due - c.last_review).total_seconds()) if c.last_review else 0
            ex_cards.append(ExportCard(
                ordinal=c.ordinal, state=c.state, due=c.due, last_review=c.last_review, stability=c.stability,
                difficulty=c.difficulty, interval_days=interval, reps=c.reps, lapses=c.lapses, suspended=c.suspended,
                buried=bool(c.buried_until and c.buried_until > now), flag=c.flag, step=c.step,
            ))
            last_ivl = 0
            for log in logs_by_card.get(c.id, []):
                ivl = _days((log.due - log.reviewed_at).total_seconds())
                ex_reviews.append(ExportReview(
                    ordinal=c.ordinal, reviewed_at=log.reviewed_at, rating=log.rating, duration_ms=log.duration_ms,
                    interval_days=ivl, last_interval_days=last_ivl, state_before=log.prev_state,
                ))
                last_ivl = ivl
        exports.append(ExportNote(
            guid=note.guid, template=note.template, front=note.front, back=note.back,
            context=CONTEXT_SEP.join(note.heading_path), source=_source_label(sources.get(note.source_id)),
            deck=deck_names[note.deck_id], tags=tuple(note.tags.split()), reverse=note.reverse,
            modified=note.modified_at, cards=tuple(ex_cards), reviews=tuple(ex_reviews),
            anki_guid=(note.fields or {}).get("anki_guid"),
        ))
    try:
        summary = write_apkg(out, exports, with_scheduling=with_scheduling,
                             media_dir=col.media_dir if col.media_dir.is_dir() else None, now=now)
    except PackageError as exc:
        raise SrsError(str(exc)) from exc
    except OSError as exc:
        raise SrsError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return {"path": str(out), "notes": summary.notes, "cards": summary.cards, "reviews": summary.reviews,
            "decks": summary.decks, "media": summary.media, "warnings": list(summary.warnings)}


def _source_label(uri: str | None) -> str:
    if not uri:
        return ""
    if uri.startswith("bundled:"):
        return "srs bundled deck " + uri.removeprefix("bundled:")
    return Path(uri).name
