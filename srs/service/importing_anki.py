"""Import Anki packages and text exports, with review history replayed through FSRS.

A package imports in one transaction; media is extracted to a scratch folder
and moved into the collection's media folder only after the commit, so a
failed import leaves neither rows nor files behind.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from srs.anki import ImportedNote, PackageError
from srs.core.cloze import cloze_numbers, visible
from srs.core.notes import NoteDraft, NoteKind, Template
from srs.core.replay import Replayer
from srs.db.models import Note
from srs.service import notes_store as store
from srs.service.collection import Collection, get_or_create_deck
from srs.service.importing import FileReport
from srs.service.presets import default_rules


def _read(path: Path, media_dest: Path):  # type: ignore[no-untyped-def]
    suffix = path.suffix.lower()
    if suffix in {".apkg", ".colpkg"}:
        from srs.anki.read_package import read_package

        return read_package(path, media_dest=media_dest)
    from srs.anki import read_text

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
        try:
            with col.write() as s:
                _store(s, col, fr, package.notes, uri=str(path.resolve()), digest=digest, deck=deck, fmt=path.suffix.lower().lstrip("."))
        except PackageError as exc:  # found while storing: the transaction is rolled back
            fr.status, fr.error = "failed", str(exc)
            return fr
        if package.media:
            col.media_dir.mkdir(parents=True, exist_ok=True)
            for item in scratch.iterdir():
                target = col.media_dir / item.name
                if not target.exists():
                    shutil.move(str(item), target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return fr


MAX_FIELD_CHARS = 100_000  # a card side longer than this is not a flashcard


def _draft(n: ImportedNote, deck: str | None) -> NoteDraft:
    cloze = n.template == "cloze" and bool(cloze_numbers(n.front))
    return NoteDraft(
        kind=NoteKind.CLOZE if cloze else NoteKind.QA, rule="anki-import", front=n.front, back=n.back,
        template=Template.CLOZE if cloze else Template.BASIC, reverse=n.reverse,
        tags=tuple(n.tags), deck=deck or n.deck or "Default",
    )


def _store(s: Session, col: Collection, fr: FileReport, notes: list[ImportedNote], *, uri: str, digest: str, deck: str | None, fmt: str) -> None:
    now = col.now()
    source = store.record_source(s, uri, digest, fmt, now)
    guids = [f"anki:{n.guid}" for n in notes]
    existing = {}
    for i in range(0, len(guids), 900):
        existing.update({note.guid: note for note in s.scalars(select(Note).where(Note.guid.in_(guids[i:i + 900])))})
    rules = default_rules(s)
    deck_ids: dict[str, int] = {}

    def deck_id(name: str) -> int:
        if name not in deck_ids:
            deck_ids[name] = get_or_create_deck(s, name).id
        return deck_ids[name]

    new_rows, new_notes = [], []
    seen: set[str] = set()
    for n, guid in zip(notes, guids):
        d = _draft(n, deck)
        if guid in seen:
            fr.warnings.append(f"note {n.guid}: appears twice in the file; the second copy was skipped")
            continue
        seen.add(guid)
        if not visible(d.front):
            fr.warnings.append(f"note {n.guid}: empty front, skipped")
            continue
        if len(d.front) > MAX_FIELD_CHARS or len(d.back) > MAX_FIELD_CHARS:
            raise PackageError(f"note {n.guid} has a field too large for a flashcard (over {MAX_FIELD_CHARS:,} characters); nothing was imported")
        back = d.back if visible(d.back) or d.template == Template.CLOZE else "(no answer in the Anki note)"
        note = existing.get(guid)
        if note is not None:
            if note.content_hash == d.content_hash:
                fr.count(note.kind, "unchanged")
                continue
            for key, value in store.note_values(d, back, str(d.kind), None, now).items():
                setattr(note, key, value)
            note.fields = {**n.fields, "anki_guid": n.guid}
            note.deck_id = deck_id(d.deck or "Default")
            store.sync_cards(s, note, [c.ordinal for c in n.cards] or store.card_ordinals(d.template, d.front, d.reverse), now)
            fr.count(note.kind, "updated")
            continue
        values = store.note_values(d, back, str(d.kind), None, now)
        ordinals = sorted({c.ordinal for c in n.cards}) or store.card_ordinals(d.template, d.front, d.reverse)
        new_rows.append((values, store.Placement(deck_id(d.deck or "Default"), source.id, guid), ordinals))
        new_notes.append(n)
        fr.count(str(d.kind), "new")
    ids = store.insert_notes(s, new_rows, now)
    _history(s, ids, new_notes, rules)


def _history(s: Session, ids: list[int], notes: list[ImportedNote], rules) -> None:  # type: ignore[no-untyped-def]
    """Extra fields, flags and the replayed review history of newly inserted notes (bulk SQL)."""
    if not ids:
        return
    cur = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    cur.executemany("UPDATE notes SET fields = ? WHERE id = ?", [
        (json.dumps({**n.fields, "anki_guid": n.guid}, ensure_ascii=False, sort_keys=True), note_id)
        for note_id, n in zip(ids, notes)
    ])
    card_ids = {(nid, ordinal): cid for cid, nid, ordinal in cur.execute(
        "SELECT id, note_id, ordinal FROM cards WHERE note_id BETWEEN ? AND ?", (ids[0], ids[-1]))}
    replayer = Replayer(rules.options)
    memories, flags, logs = [], [], []
    for note_id, n in zip(ids, notes):
        for ic in n.cards:
            card_id = card_ids.get((note_id, ic.ordinal))
            if card_id is None:
                continue
            if ic.suspended or ic.flag:
                flags.append((int(ic.suspended), ic.flag, card_id))
            if ic.log:
                card, card_logs = replayer.run(card_id, ic.log)
                logs += card_logs
                if card is not None:
                    memories.append((*card, card_id))
    cur.executemany("UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,"
                    " reps = ?, lapses = ? WHERE id = ?", memories)
    cur.executemany("UPDATE cards SET suspended = ?, flag = ? WHERE id = ?", flags)
    # An imported answer was given in Anki: there is no srs state to undo it to ("{}").
    cur.executemany(
        "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, stability, difficulty, due, prev_state, prev)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')", logs)


__all__ = ["import_anki_file"]
