"""Export to Anki: database rows → srs.anki export values → .apkg."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from srs.anki import ExportCard, ExportNote, ExportReview, PackageError, write_apkg
from srs.core.errors import SrsError
from srs.core.notes import CONTEXT_SEP
from srs.db.models import Card, Deck, Note, Source
from srs.db.types import from_micros
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
        n, c = Note.__table__.c, Card.__table__.c
        q = select(n.id, n.guid, n.template, n.front, n.back, n.heading_path, n.source_id, n.deck_id, n.tags,
                   n.reverse, n.modified_at, n.fields).where(n.orphaned_at.is_(None))
        if deck_ids is not None:
            q = q.where(n.deck_id.in_(deck_ids))
        notes = s.execute(q.order_by(n.id)).all()
        wanted = None if deck_ids is None else {row.id for row in notes}
        cards_by_note: dict[int, list] = defaultdict(list)
        ordinal_of: dict[int, int] = {}
        for card in s.execute(select(c.id, c.note_id, c.ordinal, c.state, c.due, c.last_review, c.stability,
                                     c.difficulty, c.reps, c.lapses, c.suspended, c.buried_until, c.flag, c.step)):
            if wanted is None or card.note_id in wanted:
                cards_by_note[card.note_id].append(card)
                ordinal_of[card.id] = card.ordinal
        reviews_by_note: dict[int, list[ExportReview]] = defaultdict(list)
        if with_scheduling:
            note_of = {cid: nid for nid, cs in cards_by_note.items() for cid in (x.id for x in cs)}
            last_ivl: dict[int, int] = {}
            # One pass in time order on the DBAPI cursor: a million review rows through
            # SQLAlchemy's result processing took longer than writing the package.
            cur = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
            cur.execute("SELECT card_id, reviewed_at, rating, duration_ms, due, prev_state FROM review_logs"
                        " ORDER BY card_id, reviewed_at, id")
            while rows := cur.fetchmany(50_000):
                for card_id, reviewed_us, rating, duration_ms, due_us, prev_state in rows:
                    note_id = note_of.get(card_id)
                    if note_id is None:
                        continue
                    ivl = max(0, round((due_us - reviewed_us) / 86_400_000_000))
                    reviews_by_note[note_id].append(ExportReview(
                        ordinal=ordinal_of[card_id], reviewed_at=from_micros(reviewed_us), rating=rating,
                        duration_ms=duration_ms, interval_days=ivl, last_interval_days=last_ivl.get(card_id, 0),
                        state_before=prev_state,
                    ))
                    last_ivl[card_id] = ivl
    labels = {sid: _source_label(uri) for sid, uri in sources.items()}
    exports = []
    for note in notes:
        ex_cards = []
        for card in sorted(cards_by_note[note.id], key=lambda x: x.ordinal):
            interval = _days((card.due - card.last_review).total_seconds()) if card.last_review else 0
            ex_cards.append(ExportCard(
                ordinal=card.ordinal, state=card.state, due=card.due, last_review=card.last_review,
                stability=card.stability, difficulty=card.difficulty, interval_days=interval, reps=card.reps,
                lapses=card.lapses, suspended=bool(card.suspended), buried=bool(card.buried_until and card.buried_until > now),
                flag=card.flag, step=card.step,
            ))
        exports.append(ExportNote(
            guid=note.guid, template=note.template, front=note.front, back=note.back,
            context=CONTEXT_SEP.join(note.heading_path), source=labels.get(note.source_id, ""),
            deck=deck_names[note.deck_id], tags=tuple(note.tags.split()), reverse=bool(note.reverse),
            modified=note.modified_at, cards=tuple(ex_cards), reviews=tuple(reviews_by_note.pop(note.id, ())),
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
