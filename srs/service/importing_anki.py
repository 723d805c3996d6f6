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
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from srs.anki import ImportedNote, PackageError
from srs.anki.perf import gc_paused
from srs.core.cloze import cloze_numbers, visible
from srs.core.notes import NoteDraft, NoteKind, Template
from srs.core.replay import Replayer
from srs.db.bulk import indexes_rebuilt_after
from srs.db.models import Note
from srs.db.types import to_micros
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
    with gc_paused():  # a package is hundreds of thousands of acyclic objects: the collector only rescans them
        return _import_anki_file(col, path, deck=deck, dry_run=dry_run)


def _import_anki_file(col: Collection, path: Path, *, deck: str | None, dry_run: bool) -> FileReport:
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
    _insert_new(s, new_rows, new_notes, rules, now)


_LOG_SQL = (  # an answer given in Anki has no srs state to undo it to: its undo record is empty
    "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, stability, difficulty, due, prev_state,"
    " prev_interval_days, prev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')"
)
BULK_ROWS = 20_000  # from this many new rows in a table (and more than it holds) its indexes are rebuilt once


def _insert_new(s: Session, rows: list, notes: list[ImportedNote], rules, now) -> None:  # type: ignore[no-untyped-def]
    """New notes and cards, each card scheduled by replaying its Anki answers, and the answers as review logs."""
    if not rows:
        return
    cur = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    fields = [json.dumps({**n.fields, "anki_guid": n.guid}, ensure_ascii=False, sort_keys=True) for n in notes]
    replayer = Replayer(rules.options)
    logs: list[tuple] = []

    def schedule(i: int, ordinal: int, card_id: int) -> tuple | None:
        for ic in notes[i].cards:
            if ic.ordinal == ordinal:
                break
        else:
            return None
        card = None
        if ic.log:
            card, card_logs = replayer.run(card_id, ic.log)
            logs.extend(card_logs)
        if card is None:
            if not (ic.suspended or ic.flag):
                return None
            return (0, None, None, None, to_micros(now), None, 0, 0, int(ic.suspended), ic.flag)
        return (*card, int(ic.suspended), ic.flag)

    answers = sum(len(ic.log) for n in notes for ic in n.cards)
    incoming = {"notes": len(notes), "cards": sum(len(ords) for _, _, ords in rows), "review_logs": answers}

    def write_logs() -> None:
        cur.executemany(_LOG_SQL, logs)
        logs.clear()

    with ExitStack() as stack:
        for table, count in incoming.items():  # a big import into a smaller collection indexes once, at the end
            if count >= BULK_ROWS and count > cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                stack.enter_context(indexes_rebuilt_after(cur, table))
        store.insert_notes(s, rows, now, fields=fields, schedule=schedule, after_chunk=write_logs)


__all__ = ["import_anki_file"]
