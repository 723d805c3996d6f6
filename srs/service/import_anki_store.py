"""Storing an Anki package's or text file's notes: planned from a read, written in short transactions.

Planning (which guids are stored, each note's draft, hash, clozes, cards) is most
of an import; done under the write lock it made answers wait seconds, or fail
(issue #18 item 13). So notes are planned from a read with no lock held
(:func:`plan_batch`), then written (:func:`apply_batch`) in short transactions with
an undo journal (``srs.service.import_chunks``), the first checking that what the
plan read is unchanged (``import_plan.fingerprint``): all or nothing still. A
stale plan is made again; the last try plans inside the lock, in one transaction,
as do a few rows and a package with a review history. A text file over 4 MB
(``PLANNED_TEXT_BYTES``) is read and planned batch by batch: memory flat.
"""
from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from srs.anki import ImportedNote, PackageError
from srs.anki.history import HistoryJob
from srs.core.cloze import MAX_CLOZES, cloze_numbers, visible
from srs.core.notes import NO_ANSWER, NoteDraft, NoteKind, Template
from srs.db.bulk import BulkLoad
from srs.db.engine import checkpoint_on, import_cache, staged_on
from srs.db.import_rows import NoteChange, PlanRows
from srs.db.models import Card, Deck, Note
from srs.db.note_edit_rows import edited_notes, park
from srs.db.types import to_micros
from srs.service import notes_store as store
from srs.service.collection import Collection, get_or_create_deck
from srs.service.import_anki_insert import BULK_ROWS, insert_new, move_staged, stage_new
from srs.service.import_apply import SMALL_PLAN_ROWS, Stale
from srs.service.import_chunks import chunked_import
from srs.service.import_plan import Fingerprint, fingerprint, same_edits
from srs.service.import_report import FileReport
from srs.service.note_edits import incoming_version

NOTHING = "no notes to import in it; nothing was imported"
MAX_FIELD_CHARS = 100_000  # a card side longer than this is not a flashcard
PLANNED_TEXT_BYTES = 4 << 20  # a text file up to this size is planned in memory (~40k notes, ~100 MB at most)
STALE_PLANS = 2  # plans made again outside the lock before the last one is made inside it
_FIELDS_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False).encode  # flat dicts of text


@dataclass
class Target:
    """Where and how the file's notes go: the same for every batch."""

    uri: str
    digest: str
    fmt: str
    deck: str | None
    package_cards: int
    expected_rows: int
    history: HistoryJob | None
    read_warnings: list[str]  # the reader's, filling as a text file is read

    @property
    def newer_wins(self) -> bool:
        return self.fmt in ("apkg", "colpkg")


@dataclass
class Changed:
    """A stored note the file changes: its new columns, deck, and its cards' changes."""

    note_id: int
    row: NoteChange
    deck: str
    same_indexed: bool  # its indexed columns stay: the narrow update, which leaves the indexes alone
    add_ordinals: list[int]
    drop_cards: list[int]  # deleted if never reviewed, else suspended


@dataclass
class Planned:
    """One batch's changes: new notes (values, deck name, guid, card ordinals) and stored notes to update."""

    new_notes: list[ImportedNote] = field(default_factory=list)
    new_rows: list[tuple[store.NoteValues, str, str, list[int]]] = field(default_factory=list)
    new_fields: list[str] = field(default_factory=list)  # each new note's fields as JSON (made before the lock)
    changed: list[Changed] = field(default_factory=list)
    conflicts: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # user-edited notes: the version kept aside


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


def plan_batch(s: Session, fr: FileReport, notes: list[ImportedNote], target: Target, now: datetime,
               seen: set[str]) -> Planned:
    """What storing ``notes`` changes, from a read; counts and warnings go to ``fr``.

    ``newer_wins`` (packages): as in Anki, a note already here changes only when the
    package's copy was modified later, in whole seconds, and then takes its mtime."""
    guids = [f"anki:{n.guid}" for n in notes]
    existing: dict[str, tuple[int, str, str, datetime]] = {}
    indexed: dict[int, tuple[Any, ...]] = {}  # note id → its indexed columns (key, deck, tradeoff, link)
    for i in range(0, len(guids), 900):
        for guid, note_id, kind, content_hash, modified_at, *columns in s.execute(
                select(Note.guid, Note.id, Note.kind, Note.content_hash, Note.modified_at, Note.key, Deck.name,
                       Note.tradeoff, Note.linked_note_id)
                .join(Deck, Deck.id == Note.deck_id).where(Note.guid.in_(bindparam("guids", expanding=True))),
                {"guids": guids[i:i + 900]}):  # (one parameter, not 900 literals coerced one by one)
            existing[guid] = (note_id, kind, content_hash, modified_at)
            indexed[note_id] = tuple(columns)
    edited = edited_notes(s.connection(), indexed) if indexed else {}  # the user's versions: never overwritten
    plan = Planned()
    edits: list[tuple[int, ImportedNote, NoteDraft, str, datetime]] = []
    for n, guid in zip(notes, guids, strict=True):
        d = _draft(n, target.deck)
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
        stored = existing.get(guid)
        if stored is not None:
            note_id, kind, content_hash, modified_at = stored
            if content_hash == d.content_hash:
                fr.count(kind, "unchanged")
            elif note_id in edited:  # parked until the user decides (srs conflicts)
                ordinals = sorted({c.ordinal for c in n.cards}) or store.card_ordinals(d.template, d.front, d.reverse)
                plan.conflicts.append((note_id, incoming_version(
                    store.note_values(d, back, str(d.kind), None, now), ordinals,
                    fields={**n.fields, "anki_guid": n.guid}, deck=d.deck or "Default")))
                fr.count(kind, "conflicts")
            elif target.newer_wins and not _newer(n.modified, modified_at):
                fr.count(kind, "unchanged")
                fr.kept_newer += 1
            else:
                edits.append((note_id, n, d, back, modified_at))
                fr.count(kind, "updated")
            continue
        values = store.note_values(d, back, str(d.kind), None, n.modified if target.newer_wins and n.modified else now)
        ordinals = sorted({c.ordinal for c in n.cards}) or store.card_ordinals(d.template, d.front, d.reverse)
        plan.new_rows.append((values, d.deck or "Default", guid, ordinals))
        plan.new_notes.append(n)
        plan.new_fields.append(_FIELDS_JSON({**n.fields, "anki_guid": n.guid}))
        fr.count(str(d.kind), "new")
    plan.changed = _changes(s, edits, target, now, indexed)
    return plan


def _changes(s: Session, edits: list[tuple[int, ImportedNote, NoteDraft, str, datetime]], target: Target,
             now: datetime, indexed: dict[int, tuple[Any, ...]]) -> list[Changed]:
    ids = [note_id for note_id, *_ in edits]
    cards: dict[int, dict[int, int]] = {}  # note id → ordinal → card id
    for i in range(0, len(ids), 900):
        for note_id, ordinal, card_id in s.execute(
                select(Card.note_id, Card.ordinal, Card.id).where(Card.note_id.in_(ids[i:i + 900]))):
            cards.setdefault(note_id, {})[ordinal] = card_id
    out = []
    for note_id, n, d, back, previous in edits:
        v = store.note_values(d, back, str(d.kind), None, now)
        modified = n.modified if target.newer_wins and n.modified else store.edited_at(previous, now)
        row = NoteChange(v["kind"], v["rule"], v["template"], int(v["reverse"]), v["front"], v["back"], v["tags"],
                         json.dumps(v["heading_path"], ensure_ascii=False) if v["heading_path"] else "[]", v["line"],
                         v["content_hash"], to_micros(modified), _FIELDS_JSON({**n.fields, "anki_guid": n.guid}),
                         v["key"], v["tradeoff"], v["linked_note_id"])
        ordinals = [c.ordinal for c in n.cards] or store.card_ordinals(d.template, d.front, d.reverse)
        have = cards.get(note_id, {})
        same = indexed.get(note_id) == (v["key"], d.deck or "Default", v["tradeoff"], v["linked_note_id"])
        out.append(Changed(note_id, row, d.deck or "Default", same, [o for o in dict.fromkeys(ordinals) if o not in have],
                           [cid for o, cid in have.items() if o not in ordinals]))
    return out


def store_planned(col: Collection, path: str, batches: list[list[ImportedNote]], target: Target) -> FileReport:
    """Plan from a read (no lock), then write: in short transactions (``import_chunks``), or in one for a
    few rows or a package with a review history (its cards' ids are the replay's); a stale plan is made
    again, and the last try plans inside the lock, in one transaction."""
    now = col.now()
    for attempt in range(STALE_PLANS + 1):
        inside = attempt == STALE_PLANS  # the last try plans under the lock: an import always ends
        tally = FileReport(path)
        with ExitStack() as stack:
            s = stack.enter_context(col.write() if inside else col.read())
            seen_before = fingerprint(s, target.uri)
            seen: set[str] = set()
            plans = [plan_batch(s, tally, notes, target, now, seen) for notes in batches]
            if not inside and target.history is None and sum(len(p.new_rows) + len(p.changed) for p in plans) > SMALL_PLAN_ROWS:
                stack.close()
                _nothing_stored(tally, target)
                try:
                    _write_chunked(col, _all_of(plans), target, now, check=_unchanged(target.uri, seen_before, plans))
                except Stale:
                    continue
                if tally.kept_newer:
                    tally.warnings.append(f"{tally.kept_newer:,} note(s) here are newer than the package's copies: kept them")
                return tally
            if not inside:
                stack.close()  # the read ends: no snapshot is held while waiting for the lock
                if target.history is not None:  # the replay finishes before the lock is taken, not under it
                    target.history.ready()
                s = stack.enter_context(col.write())
                if fingerprint(s, target.uri) != seen_before or not _same_edits(s, plans):
                    continue
            _apply_all(s, tally, plans, target, now)
            _nothing_stored(tally, target)  # raises inside the transaction: rolled back
            return tally
    raise AssertionError("unreachable: the last try plans inside the lock")


def _all_of(plans: list[Planned]) -> Plans:
    return lambda _conn, _rows: plans


def _unchanged(uri: str, seen: Fingerprint, plans: list[Planned]) -> Callable[[Session], None]:
    def check(s: Session) -> None:
        if fingerprint(s, uri) != seen or not _same_edits(s, plans):
            raise Stale(uri)
    return check


def _same_edits(s: Session, plans: list[Planned]) -> bool:
    """No note the plans change or park a version for was edited in srs, or settled, since they were made."""
    parked = [note_id for p in plans for note_id, _version in p.conflicts]
    return same_edits(s, [*(c.note_id for p in plans for c in p.changed), *parked], parked)


def store_streaming(col: Collection, path: str, batches: Iterable[list[ImportedNote]], target: Target) -> FileReport:
    """Read and plan as many notes as the next transaction writes (memory flat), then write them: each
    transaction sized by its lock time (``import_chunks``), the reading and planning of the next one's
    notes done in the pause after it. The file is undone, not half kept, if it fails or is killed."""
    now = col.now()
    tally = FileReport(path)
    seen: set[str] = set()
    notes = itertools.chain.from_iterable(batches)

    def planned(conn: Connection, rows: Callable[[], int]) -> Iterator[Planned]:
        while part := list(itertools.islice(notes, rows())):
            with col.read_on(conn) as s:  # (ended before the plan is written on the same connection)
                plan = plan_batch(s, tally, part, target, now, seen)
            yield plan

    _write_chunked(col, planned, target, now, done=lambda: _nothing_stored(tally, target))
    return tally


Plans = Callable[[Connection, Callable[[], int]], Iterable[Planned]]  # (connection, rows wanted next) → plans


def _write_chunked(col: Collection, plans: Plans, target: Target, now: datetime, *,
                   check: Callable[[Session], None] | None = None, done: Callable[[], None] | None = None) -> None:
    """Each plan's rows in transactions of the size ``import_chunks`` asks for, saved in its journal first;
    ``done`` may refuse the file (raises) before the last transaction, which records the source's hash.
    All on one connection, with a page cache large enough for the indexes the rows go into."""
    deck_ids: dict[str, int] = {}
    position: int | None = None
    parked: list[tuple[int, dict[str, Any]]] = []  # the user-edited notes' versions, parked in the last one
    with col.held() as conn, import_cache(conn), staged_on(conn) as staged, chunked_import(
            col, target.uri, target.fmt, now, write=lambda: col.write_on(conn), check=check,
            checkpoint=lambda: checkpoint_on(conn)) as chunks:
        for plan in plans(conn, chunks.rows):
            parked += plan.conflicts
            chunks.journal.save_new([guid for _, _, guid, _ in plan.new_rows])
            chunks.journal.save_notes([c.note_id for c in plan.changed])
            for part in _parts(plan, chunks.rows):
                if part.new_rows:  # staged in the pause before the transaction, moved in by SQLite under the lock
                    stage_new(staged, part.new_rows, part.new_notes, part.new_fields, now)
                    with chunks.write(len(part.new_rows)) as s:
                        decks = [(name, _deck_id(s, deck_ids, name)) for name in dict.fromkeys(d for _, d, _, _ in part.new_rows)]
                        if position is None:
                            position = BulkLoad(s.connection()).next_position()
                        position = move_staged(s, staged, decks, chunks.source_id, now, position)
                    continue
                with chunks.write(len(part.changed)) as s:
                    position = apply_batch(s, part, target, now, chunks.source_id, deck_ids, position)
        if done is not None:
            done()  # raises: undone
        chunks.rest()
        with col.write_on(conn) as s:  # the last transaction: the source's hash replaces the journal's token
            park(s.connection(), parked, now)
            store.record_source(s, target.uri, target.digest, target.fmt, now)


def _parts(plan: Planned, size: Callable[[], int]) -> Iterator[Planned]:
    """``plan`` cut into pieces of ``size()`` rows (asked again for each piece: the last one's lock time sets it)."""
    start = 0
    while start < len(plan.new_rows):
        end = start + size()
        yield Planned(new_notes=plan.new_notes[start:end], new_rows=plan.new_rows[start:end],
                      new_fields=plan.new_fields[start:end])
        start = end
    start = 0
    while start < len(plan.changed):
        end = start + size()
        yield Planned(changed=plan.changed[start:end])
        start = end


def _nothing_stored(fr: FileReport, target: Target) -> None:
    warnings = [*target.read_warnings, *fr.warnings]
    if not (fr.new or fr.updated or fr.unchanged or fr.conflicts):
        raise PackageError(f"{NOTHING} ({warnings[0]})" if warnings else NOTHING)


def _apply_all(s: Session, fr: FileReport, plans: Iterable[Planned], target: Target, now: datetime) -> None:
    source = store.record_source(s, target.uri, target.digest, target.fmt, now)
    deck_ids: dict[str, int] = {}
    position: int | None = None  # of the next new card, kept across batches (asking SQLite scans the cards)
    with ExitStack() as stack:
        bulk = BulkLoad(s.connection())
        if target.expected_rows >= BULK_ROWS and target.expected_rows > bulk.rows("notes"):
            for table in ("notes", "note_sources", "cards"):  # a big file in batches indexes once (guids stay unique)
                stack.enter_context(bulk.indexes_rebuilt_after(table))
        for plan in plans:
            position = apply_batch(s, plan, target, now, source.id, deck_ids, position)
    if fr.kept_newer:
        fr.warnings.append(f"{fr.kept_newer:,} note(s) here are newer than the package's copies: kept them")


def _deck_id(s: Session, deck_ids: dict[str, int], name: str) -> int:
    if name not in deck_ids:
        deck_ids[name] = get_or_create_deck(s, name).id
    return deck_ids[name]


def apply_batch(s: Session, plan: Planned, target: Target, now: datetime, source_id: int,
                deck_ids: dict[str, int], position: int | None) -> int | None:
    """Write one planned batch; returns the position of the next new card (None: unknown)."""
    def deck_id(name: str) -> int:
        return _deck_id(s, deck_ids, name)

    # New cards first: their ids are fixed (base + rank) before the ORM numbers any other card
    if plan.new_rows:
        rows = [(values, store.Placement(deck_id(deck), source_id, guid), ordinals)
                for values, deck, guid, ordinals in plan.new_rows]
        if position is None:
            position = BulkLoad(s.connection()).next_position()
        insert_new(s, rows, plan.new_notes, plan.new_fields, now, target.package_cards, target.history, position)
        position += sum(len(ordinals) for _, _, ordinals in rows)
    park(s.connection(), plan.conflicts, now)
    changes = PlanRows(s.connection())
    changes.change_notes([(c.row, c.note_id) for c in plan.changed if c.same_indexed],
                         [(c.row, deck_id(c.deck), c.note_id) for c in plan.changed if not c.same_indexed])
    adds = [(c.note_id, deck_id(c.deck), o) for c in plan.changed for o in c.add_ordinals]
    if adds:
        changes.add_cards(adds, changes.next_position(), now)
    changes.drop_cards([cid for c in plan.changed for cid in c.drop_cards])
    if adds:
        position = None  # their new cards took positions after the last one
    return position
