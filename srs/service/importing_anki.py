"""Import Anki packages and text exports, with review history replayed through FSRS.

A package imports in one transaction; media is extracted to a scratch folder
and moved into the collection's media folder only after the commit, so a
failed import leaves neither rows nor files behind.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from srs.anki import ImportedNote, PackageError
from srs.core.notes import NoteDraft, NoteKind, Template
from srs.core.scheduling import Memory, Rating, State, answer
from srs.db.models import Card, Note, NoteSource, ReviewLog, Source
from srs.service import notes_store as store
from srs.service.answering import row_prev
from srs.service.collection import Collection, get_or_create_deck
from srs.service.importing import FileReport
from srs.service.presets import default_rules

REPLAYED_KINDS = {0, 1, 2, 3}  # learn, review, relearn, filtered; manual reschedules are not answers


def _read(path: Path, media_dest: Path):  # type: ignore[no-untyped-def]
    suffix = path.suffix.lower()
    if suffix in {".apkg", ".colpkg"}:
        from srs.anki.read_package import read_package

        return read_package(path, media_dest=media_dest)
    from srs.anki.read_text import read_text

    return read_text(path)


def import_anki_file(col: Collection, path: Path, *, deck: str | None = None, dry_run: bool = False) -> FileReport:
    fr = FileReport(str(path))
    col.media_dir.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".import-", dir=col.media_dir.parent))
    try:
        try:
            package = _read(path, scratch)
        except PackageError as exc:
            fr.status, fr.error = "failed", str(exc)
            return fr
        fr.warnings = list(package.warnings)
        if dry_run:
            fr.status = "dry-run"
            for n in package.notes:
                fr.count(n.template, "new")
            return fr
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        with col.write() as s:
            _store(s, col, fr, package.notes, uri=str(path.resolve()), digest=digest, deck=deck, fmt=path.suffix.lower().lstrip("."))
        if package.media:
            col.media_dir.mkdir(parents=True, exist_ok=True)
            for item in scratch.iterdir():
                target = col.media_dir / item.name
                if not target.exists():
                    shutil.move(str(item), target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return fr


def _draft(n: ImportedNote, deck: str | None) -> NoteDraft:
    cloze = n.template == "cloze"
    return NoteDraft(
        kind=NoteKind.CLOZE if cloze else NoteKind.QA, rule="anki-import", front=n.front, back=n.back,
        template=Template.CLOZE if cloze else Template.BASIC, reverse=n.reverse,
        tags=tuple(n.tags), deck=deck or n.deck or "Default",
    )


def _store(s: Session, col: Collection, fr: FileReport, notes: list[ImportedNote], *, uri: str, digest: str, deck: str | None, fmt: str) -> None:
    now = col.now()
    source = s.scalar(select(Source).where(Source.uri == uri))
    if source is None:
        source = Source(uri=uri, content_hash=digest, format=fmt, imported_at=now)
        s.add(source)
        s.flush()
    source.content_hash, source.imported_at = digest, now
    guids = [f"anki:{n.guid}" for n in notes]
    existing = {}
    for i in range(0, len(guids), 900):
        existing.update({note.guid: note for note in s.scalars(select(Note).where(Note.guid.in_(guids[i:i + 900])))})
    rules = default_rules(s)
    new_rows, new_notes = [], []
    for n, guid in zip(notes, guids):
        d = _draft(n, deck)
        if not d.front.strip():
            fr.warnings.append(f"note {n.guid}: empty front, skipped")
            continue
        back = d.back if d.back.strip() or d.template == Template.CLOZE else "(no answer in the Anki note)"
        note = existing.get(guid)
        if note is not None:
            if note.content_hash == d.content_hash:
                fr.count(note.kind, "unchanged")
                continue
            for key, value in store.note_values(d, back, str(d.kind), None, now).items():
                setattr(note, key, value)
            note.fields = {**n.fields, "anki_guid": n.guid}
            note.deck_id = get_or_create_deck(s, d.deck or "Default").id
            store.sync_cards(s, note, [c.ordinal for c in n.cards] or store.card_ordinals(d.template, d.front, d.reverse), now)
            fr.count(note.kind, "updated")
            continue
        deck_obj = get_or_create_deck(s, d.deck or "Default")
        values = store.note_values(d, back, str(d.kind), None, now)
        ordinals = sorted({c.ordinal for c in n.cards}) or store.card_ordinals(d.template, d.front, d.reverse)
        new_rows.append((values, store.Placement(deck_obj.id, source.id, guid), ordinals))
        new_notes.append(n)
        fr.count(str(d.kind), "new")
    ids = store.insert_notes(s, new_rows, now)
    # extra fields and review history of the new notes
    for note_id, n in zip(ids, new_notes):
        s.get(Note, note_id).fields = {**n.fields, "anki_guid": n.guid}
        cards = {c.ordinal: c for c in s.scalars(select(Card).where(Card.note_id == note_id))}
        for ic in n.cards:
            card = cards.get(ic.ordinal)
            if card is None:
                continue
            card.suspended, card.flag = ic.suspended, ic.flag
            _replay(s, card, ic.reviews, rules)


def _replay(s: Session, card: Card, reviews, rules) -> None:  # type: ignore[no-untyped-def]
    """Rebuild the FSRS state by answering the logged reviews in order."""
    logs = []
    for r in reviews:
        if r.kind not in REPLAYED_KINDS or not 1 <= r.rating <= 4:
            continue
        before = Memory(State(card.state), card.step, card.stability, card.difficulty, card.due, card.last_review, card.reps, card.lapses)
        prev = row_prev(card)
        after = answer(rules.options, card.id, before, Rating(r.rating), r.reviewed_at)
        card.state, card.step, card.stability, card.difficulty = int(after.state), after.step, after.stability, after.difficulty
        card.due, card.last_review, card.reps, card.lapses = after.due, after.last_review, after.reps, after.lapses
        logs.append({"card_id": card.id, "rating": r.rating, "reviewed_at": r.reviewed_at, "duration_ms": r.duration_ms,
                     "state": int(after.state), "stability": after.stability, "difficulty": after.difficulty,
                     "due": after.due, "prev_state": int(before.state), "prev": prev})
    if logs:
        s.execute(insert(ReviewLog), logs)


__all__ = ["import_anki_file", "NoteSource"]
