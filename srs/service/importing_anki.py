"""Import Anki packages and text exports, with Anki's schedules and review history.

A package imports in one transaction; media is extracted to a scratch folder
and moved into the collection's media folder only after the commit, so a
failed import leaves neither rows nor files behind. The review history is
replayed beside the notes (srs.anki.history: a worker process for a big one)
to fill the review log, and copied in with each card's schedule as Anki has it
(due date, interval, memory state), in the same transaction, once the notes and
cards are written.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from srs.anki import ImportedCard, ImportedNote, ImportedPackage, PackageError
from srs.anki.history import (
    ANSWER_COLUMNS,
    CARD_COLUMNS,
    HistoryJob,
    history_size,
    worth_starting_early,
)
from srs.anki.perf import gc_paused
from srs.anki.read_package import OpenPackage
from srs.anki.text_import import TextNotes
from srs.core import scratch as scratch_dirs
from srs.core.cloze import MAX_CLOZES, cloze_numbers, visible
from srs.core.notes import NO_ANSWER, NoteDraft, NoteKind, Template
from srs.db.bulk import indexes_rebuilt_after
from srs.db.engine import sqlite_cursor
from srs.db.models import Card, Note
from srs.db.types import to_micros
from srs.service import notes_store as store
from srs.service.collection import Collection, get_or_create_deck
from srs.service.import_report import FileReport
from srs.service.note_edits import edited_among, incoming_version, park
from srs.service.presets import default_rules


def _read(col: Collection, path: Path, scratch: Path, stack: ExitStack, *,
          history: bool) -> tuple[ImportedPackage | TextNotes, HistoryJob | None]:
    """The file's notes and, for a package with a review log, its history replaying
    beside (in a worker process when it is big) until ``stack`` closes. A text file's
    notes are read batch by batch as they are stored (memory flat however long the file)."""
    if path.suffix.lower() not in {".apkg", ".colpkg"}:
        return stack.enter_context(TextNotes(path)), None
    opened = stack.enter_context(OpenPackage(path, media_dest=scratch, media_library=col.media_dir))
    job = None
    if history:
        with col.read() as s:  # the ids the new cards will take, unless another writer comes first
            base = (s.scalar(select(func.max(Card.id))) or 0) + 1
            options = default_rules(s).options
        job = stack.enter_context(HistoryJob(opened.collection, opened.collection.parent / "history",
                                             base=base, options=options, now_us=to_micros(col.now())))
        if worth_starting_early(opened.stored_size):
            job.start()  # Python starts while the collection is extracted
    opened.extract()
    if job is not None:
        answers = history_size(opened.collection)
        if answers:
            job.begin(answers)
        else:
            job.close()
            job = None
    return opened.read(answers=False), job


def import_anki_file(col: Collection, path: Path, *, deck: str | None = None, dry_run: bool = False) -> FileReport:
    with gc_paused():  # a package is hundreds of thousands of acyclic objects: the collector only rescans them
        return _import_anki_file(col, path, deck=deck, dry_run=dry_run)


def _import_anki_file(col: Collection, path: Path, *, deck: str | None, dry_run: bool) -> FileReport:
    fr = FileReport(str(path))
    col.media_dir.parent.mkdir(parents=True, exist_ok=True)
    scratch = scratch_dirs.make(".import-", dir=col.media_dir.parent)  # locked while this import runs
    try:
        with ExitStack() as stack:  # closes the history job, then the package
            try:
                package, history = _read(col, path, scratch, stack, history=not dry_run)
            except PackageError as exc:
                fr.status, fr.error = "failed", str(exc)
                return fr
            if dry_run:
                try:
                    counts = FileReport(fr.path, status="dry-run")
                    for n in itertools.chain.from_iterable(_batches(package)):
                        counts.count(n.template, "new")
                    if not counts.new:
                        raise PackageError(NOTHING)
                except PackageError as exc:
                    fr.status, fr.error = "failed", str(exc)
                    return fr
                counts.warnings = list(package.warnings)
                return counts
            try:
                with col.write() as s:
                    stored = FileReport(fr.path)
                    _store(s, col, stored, _batches(package), package_cards=getattr(package, "cards", 0),
                           expected_rows=path.stat().st_size // 100 if isinstance(package, TextNotes) else 0,
                           uri=str(path.resolve()), digest=_file_digest(path), deck=deck,
                           fmt=path.suffix.lower().lstrip("."), history=history)
                    stored.warnings[:0] = package.warnings
                    if not (stored.new or stored.updated or stored.unchanged or stored.conflicts):  # rolled back: nothing is kept
                        raise PackageError(f"{NOTHING} ({stored.warnings[0]})" if stored.warnings else NOTHING)
                fr = stored
            except PackageError as exc:  # found while storing: the transaction is rolled back, nothing counts
                fr.status, fr.error = "failed", str(exc)
                return fr
        if getattr(package, "media", None):
            col.media_dir.mkdir(parents=True, exist_ok=True)
            for item in scratch.iterdir():
                target = col.media_dir / item.name
                if item.name != scratch_dirs.LOCK and not target.exists():
                    shutil.move(str(item), target)
    finally:
        scratch_dirs.remove(scratch)
    return fr


NOTHING = "no notes to import in it; nothing was imported"
MAX_FIELD_CHARS = 100_000  # a card side longer than this is not a flashcard


def _draft(n: ImportedNote, deck: str | None) -> NoteDraft:
    cloze = n.template == "cloze" and bool(cloze_numbers(n.front))
    return NoteDraft(
        kind=NoteKind.CLOZE if cloze else NoteKind.QA, rule="anki-import", front=n.front, back=n.back,
        template=Template.CLOZE if cloze else Template.BASIC, reverse=n.reverse,
        tags=tuple(n.tags), deck=deck or n.deck or "Default",
    )


def _newer(incoming: datetime | None, stored: datetime) -> bool:
    """Anki's "update if newer": modification times compared in whole seconds."""
    return incoming is None or int(incoming.timestamp()) > int(stored.timestamp())


def _batches(package: ImportedPackage | TextNotes) -> Iterable[list[ImportedNote]]:
    return package.batches() if isinstance(package, TextNotes) else [package.notes]


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _store(s: Session, col: Collection, fr: FileReport, batches: Iterable[list[ImportedNote]], *, package_cards: int,
           expected_rows: int, uri: str, digest: str, deck: str | None, fmt: str, history: HistoryJob | None) -> None:
    now = col.now()
    source = store.record_source(s, uri, digest, fmt, now)
    deck_ids: dict[str, int] = {}
    seen: set[str] = set()
    position: int | None = None  # of the next new card, kept across batches (asking SQLite scans the cards)
    with ExitStack() as stack:
        cur = sqlite_cursor(s.connection())
        if expected_rows >= BULK_ROWS and expected_rows > cur.execute("SELECT count(*) FROM notes").fetchone()[0]:
            for table in ("notes", "note_sources", "cards"):  # a big file in batches indexes once (guids stay unique)
                stack.enter_context(indexes_rebuilt_after(cur, table))
        for notes in batches:
            position = _store_batch(s, fr, notes, now=now, source_id=source.id, deck=deck, deck_ids=deck_ids,
                                    seen=seen, package_cards=package_cards, history=history, position=position,
                                    newer_wins=fmt in ("apkg", "colpkg"))
    if fr.kept_newer:
        fr.warnings.append(f"{fr.kept_newer:,} note(s) here are newer than the package's copies: kept them")


def _store_batch(s: Session, fr: FileReport, notes: list[ImportedNote], *, now: datetime, source_id: int,
                 deck: str | None, deck_ids: dict[str, int], seen: set[str], package_cards: int,
                 history: HistoryJob | None, position: int | None, newer_wins: bool) -> int | None:
    """Store one batch of notes; returns the position of the next new card (None: unknown).

    ``newer_wins`` (packages): as in Anki, a note already here changes only when the
    package's copy was modified later, in whole seconds, and then takes its mtime."""
    guids = [f"anki:{n.guid}" for n in notes]
    existing = {}
    for i in range(0, len(guids), 900):
        existing.update({note.guid: note for note in s.scalars(select(Note).where(Note.guid.in_(guids[i:i + 900])))})

    def deck_id(name: str) -> int:
        if name not in deck_ids:
            deck_ids[name] = get_or_create_deck(s, name).id
        return deck_ids[name]

    edited = edited_among(s, [note.id for note in existing.values()])  # the user's versions: never overwritten
    new_rows, new_notes, changed = [], [], []
    for n, guid in zip(notes, guids, strict=True):
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
        if d.template == Template.CLOZE and len(clozes := cloze_numbers(d.front)) > MAX_CLOZES:
            fr.warnings.append(f"note {n.guid}: {len(clozes):,} clozes (limit {MAX_CLOZES} per note), skipped")
            continue
        back = d.back if visible(d.back) or d.template == Template.CLOZE else NO_ANSWER
        note = existing.get(guid)
        if note is not None:
            if note.content_hash == d.content_hash:
                fr.count(note.kind, "unchanged")
            elif note.id in edited:  # parked until the user decides (srs conflicts)
                ordinals = sorted({c.ordinal for c in n.cards}) or store.card_ordinals(d.template, d.front, d.reverse)
                park(sqlite_cursor(s.connection()), [(note.id, incoming_version(
                    store.note_values(d, back, str(d.kind), None, now), ordinals,
                    fields={**n.fields, "anki_guid": n.guid}, deck=d.deck or "Default"))], now)
                fr.count(note.kind, "conflicts")
            elif newer_wins and not _newer(n.modified, note.modified_at):
                fr.count(note.kind, "unchanged")
                fr.kept_newer += 1
            else:
                changed.append((note, n, d, back))
            continue
        values = store.note_values(d, back, str(d.kind), None, n.modified if newer_wins and n.modified else now)
        ordinals = sorted({c.ordinal for c in n.cards}) or store.card_ordinals(d.template, d.front, d.reverse)
        new_rows.append((values, store.Placement(deck_id(d.deck or "Default"), source_id, guid), ordinals))
        new_notes.append(n)
        fr.count(str(d.kind), "new")
    # New cards first: their ids are fixed (base + rank) before the ORM numbers any other card
    if new_rows:
        if position is None:
            position = (s.connection().exec_driver_sql("SELECT max(position) FROM cards").scalar() or 0) + 1
        _insert_new(s, new_rows, new_notes, now, package_cards, history, position)
        position += sum(len(ordinals) for _, _, ordinals in new_rows)
    for note, n, d, back in changed:
        previous = note.modified_at
        for key, value in store.note_values(d, back, str(d.kind), None, now).items():
            setattr(note, key, value)
        note.modified_at = n.modified if newer_wins and n.modified else store.edited_at(previous, now)
        note.fields = {**n.fields, "anki_guid": n.guid}
        note.deck_id = deck_id(d.deck or "Default")
        store.sync_cards(s, note, [c.ordinal for c in n.cards] or store.card_ordinals(d.template, d.front, d.reverse), now)
        fr.count(note.kind, "updated")
    if changed:
        s.flush()  # written: the session lets this batch's notes go
        position = None  # their new cards took positions after the last one
    return position


_FIELDS_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False).encode  # flat dicts of text
BULK_ROWS = 20_000  # from this many new rows in a table (and more than it holds) its indexes are rebuilt once


def _insert_new(s: Session, rows: list[tuple[store.NoteValues, store.Placement, list[int]]], notes: list[ImportedNote],
                now: datetime, package_cards: int,
                history: HistoryJob | None, position: int) -> None:
    """New notes and cards, then the replayed history of their cards as review logs and schedules.

    A package card becomes card ``base + rank``, the ids the history job
    replayed with (fuzz is seeded by the card id); a note the package gives no
    cards gets ids after all of those.
    """
    if not rows:
        return
    cur = sqlite_cursor(s.connection())
    fields = [_FIELDS_JSON({**n.fields, "anki_guid": n.guid}) for n in notes]
    base = (cur.execute("SELECT max(id) FROM cards").fetchone()[0] or 0) + 1
    if history is not None:
        history.rebase(base)  # another writer took these ids after the job started: it replays again, here
    more = itertools.count(base + package_cards)
    now_us = to_micros(now)
    ranked = 0  # package cards inserted: when all are, every replayed answer is ours

    def card_of(i: int, ordinal: int) -> ImportedCard | None:
        for ic in notes[i].cards:
            if ic.ordinal == ordinal:
                return ic
        return None

    def card_id(i: int, ordinal: int) -> int:
        nonlocal ranked
        ic = card_of(i, ordinal)
        if ic is None:
            return next(more)
        ranked += 1
        return base + ic.rank

    def schedule(i: int, ordinal: int, _card_id: int) -> store.CardSchedule | None:  # the history sets the rest
        ic = card_of(i, ordinal)
        if ic is None or not (ic.suspended or ic.flag):
            return None
        return (0, None, None, None, now_us, None, 0, 0, int(ic.suspended), ic.flag)

    incoming = {"notes": len(notes), "note_sources": len(notes), "cards": sum(len(ords) for _, _, ords in rows),
                "review_logs": history.answers if history is not None else 0}

    def bulk(stack: ExitStack, *tables: str, keep: tuple[str, ...] = ()) -> None:  # a big import indexes once
        for table in tables:
            if incoming[table] >= BULK_ROWS and incoming[table] > cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                stack.enter_context(indexes_rebuilt_after(cur, table, keep=keep))

    with ExitStack() as stack:
        # the history updates cards (with their indexes in place: 0.2 s, not 0.03 s), and arrives card by
        # card in about card id order, so the review log's card index grows as parts are copied
        bulk(stack, "cards")
        bulk(stack, "review_logs", keep=("card_id",))
        with ExitStack() as notes_stack:
            bulk(notes_stack, "notes", "note_sources")
            store.insert_notes(s, rows, now, fields=fields, card_ids=card_id, schedule=schedule, position=position)
        # (the notes are indexed again while the history may still be replaying)
        if history is not None:
            _copy_history(cur, history.parts(), None if ranked == package_cards else base)


_REVIEW_COLUMNS = ", ".join(ANSWER_COLUMNS)
_SCHEDULE_COLUMNS = ", ".join(CARD_COLUMNS[1:])


def _copy_history(cur: sqlite3.Cursor, files: Iterable[Path], since: int | None) -> None:
    """Review logs and card schedules from the history job's files. ``since``: only for the
    cards from this id on that exist (some package cards were not imported); None: all.

    An answer given in Anki has no srs state to undo it to: its undo record is empty.
    """
    ours = "" if since is None else f" WHERE card_id IN (SELECT id FROM main.cards WHERE id >= {int(since)})"
    for k, path in enumerate(files):
        name = f"srs_history_{k}"  # detached by Collection.write once the transaction ends
        cur.execute(f"ATTACH DATABASE ? AS {name}", (str(path),))
        cur.execute(f"INSERT INTO main.review_logs ({_REVIEW_COLUMNS}, prev) SELECT {_REVIEW_COLUMNS}, '{{}}'"
                    f" FROM {name}.answers{ours}")
        cur.execute(
            f"UPDATE main.cards SET ({_SCHEDULE_COLUMNS}) = (SELECT {_SCHEDULE_COLUMNS} FROM {name}.cards AS h"
            f" WHERE h.card_id = main.cards.id) WHERE id IN (SELECT card_id FROM {name}.cards)"
        )


__all__ = ["import_anki_file"]
