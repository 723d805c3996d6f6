"""What importing a notes file will change, worked out from a read, with no lock held.

Matching a file's drafts to its stored notes (keys, then similarity, then twins
in other files) is the slow part of an import: seconds for a 2 MB file. Done
inside the write transaction it held SQLite's write lock all that time, and
answers waited for it (issue #18: reviewers stalled for 11-17 s). So an import
first makes a :class:`Plan` from a read snapshot: rows to insert, columns to
update, notes to orphan, with the report's counts; ``srs.service.import_apply``
then writes it in one short transaction, after checking that what the plan
read has not changed meanwhile (:func:`fingerprint`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from srs.core.files import deck_name
from srs.core.notes import NoteDraft, normalize
from srs.db.models import Note, NoteSource, Source, Suggestion
from srs.db.note_edit_rows import edited_notes
from srs.extract.model import Suggestion as HeldBack  # a draft the critic held back
from srs.service import notes_store as store
from srs.service.matching import (
    GuidsInUse,
    SimilarityBudget,
    answered_tradeoffs,
    most_similar,
    notes_by_key,
    resolve,
    same_fact_elsewhere,
)
from srs.service.note_edits import incoming_version
from srs.service.suggestion_views import ACCEPTED

if TYPE_CHECKING:
    from srs.service.import_report import FileReport


@dataclass
class NewNote:
    values: store.NoteValues
    deck: str
    guid: str
    ordinals: list[int]


@dataclass
class Changed:
    """A stored note whose content changed: its new columns and its cards' changes."""

    note_id: int
    deck_id: int
    values: store.NoteValues
    add_ordinals: list[int]
    drop_cards: list[int]  # deleted if never reviewed, else suspended
    indexed: dict[str, Any] = field(default_factory=dict)  # the indexed columns as stored (key, tradeoff, link)


@dataclass
class Plan:
    uri: str
    digest: str
    fmt: str
    now: datetime
    seen: Fingerprint  # what the plan read
    source_id: int | None
    suggested: list[HeldBack] | None
    new: list[NewNote] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    moved: list[tuple[int, int]] = field(default_factory=list)  # (line, note id): unchanged notes on another line
    revived: list[int] = field(default_factory=list)
    links: list[tuple[int, int]] = field(default_factory=list)  # (note id, line) new or moved in this source
    relinked: list[tuple[int, int]] = field(default_factory=list)  # (line, note id): ``moved`` notes' links here
    unlinked: list[int] = field(default_factory=list)  # notes that stay in other sources only
    orphaned: list[int] = field(default_factory=list)
    pruned: list[int] = field(default_factory=list)
    edited: dict[int, str] = field(default_factory=dict)  # notes the user edited in srs: id → the imported text
    conflicts: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (note id, the version not applied)


# the source row, every source's import count and time, the notes table's extent
Fingerprint = tuple[tuple[Any, ...] | None, tuple[Any, ...], tuple[Any, ...]]


def fingerprint(s: Session, uri: str) -> Fingerprint:
    """What a plan for ``uri`` depends on, in three cheap queries: the source row (another
    import of the file restamps it), every source's import time (any other import) and
    the notes table's extent (a note added or deleted: a suggestion accepted, a twin).
    Answers change none of it, so a review session never makes an import plan again.
    (Reading the file's 10k notes back to compare them cost 40 ms under the lock; a
    plan that still clashes with an edit fails a constraint and is made again.)"""
    source = s.execute(select(Source.id, Source.content_hash, Source.imported_at).where(Source.uri == uri)).first()
    imports = tuple(s.execute(select(func.count(Source.id), func.max(Source.imported_at))).one())
    extent = tuple(s.execute(select(func.max(Note.id), func.count(Note.id))).one())
    return (None if source is None else tuple(source), imports, extent)


def same_edits(s: Session, touched: Iterable[int], parked: Iterable[int]) -> bool:
    """Whether, of the notes a plan changes or parks a version for (``touched``), the user-edited ones are still
    exactly those it parks for. An edit in srs (or a conflict settled) after the plan was made changes no part of
    the :func:`fingerprint`, and applying the plan would overwrite that edit: the plan is stale."""
    return set(edited_notes(s.connection(), touched)) == set(parked)


def accepted_notes(s: Session, source_id: int | None, suggested: list[HeldBack] | None) -> set[int]:
    """Notes made from accepted suggestions the file still drafts (suggestions.record's answer, read only)."""
    if source_id is None or not suggested:
        return set()
    keys = sorted({item.note.key for item in suggested})
    out: set[int] = set()
    for i in range(0, len(keys), 500):
        out.update(s.scalars(select(Suggestion.note_id).where(
            Suggestion.source_id == source_id, Suggestion.status == ACCEPTED, Suggestion.note_id.is_not(None),
            Suggestion.key.in_(keys[i:i + 500]))))
    return out


def make_plan(
    s: Session, fr: FileReport, drafts: list[NoteDraft], *, uri: str, digest: str, deck: str | None, fmt: str,
    prune: bool, now: datetime, suggested: list[HeldBack] | None = None, pins: dict[int, tuple[int, int]] | None = None,
) -> Plan:
    """The changes importing ``drafts`` makes, counted into ``fr``; reads only."""
    seen = fingerprint(s, uri)
    source_id = seen[0][0] if seen[0] is not None else None
    plan = Plan(uri, digest, fmt, now, seen, source_id, suggested)
    accepted = accepted_notes(s, source_id, suggested)
    existing: list[Note] = []
    stored_lines: dict[int, int] = {}
    if source_id is not None:
        existing = list(s.scalars(
            select(Note).join(NoteSource, NoteSource.note_id == Note.id)
            .where(NoteSource.source_id == source_id).options(selectinload(Note.cards))
        ))
        stored_lines = {n: line for n, line in s.execute(
            select(NoteSource.note_id, NoteSource.line).where(NoteSource.source_id == source_id))}
        plan.edited = {i: e.imported_text for i, e in edited_notes(s.connection(), [n.id for n in existing]).items()}
    by_key: dict[str, list[Note]] = {}
    for note in existing:
        by_key.setdefault(note.key, []).append(note)
    answered = answered_tradeoffs(s)
    links: list[tuple[int, int]] = []
    unmatched: list[NoteDraft] = []
    matched: set[int] = set()
    for d in drafts:
        candidates = by_key.get(d.key)
        if candidates:
            note = candidates.pop(0)
            matched.add(note.id)
            _update(plan, fr, note, d, answered)
            links.append((note.id, d.line))
        else:
            unmatched.append(d)
    for note in existing:  # notes made from accepted suggestions stay as the user accepted them
        if note.id in accepted and note.id not in matched:
            matched.add(note.id)
            _revive(plan, note)
            links.append((note.id, note.line))
            fr.count(note.kind, "unchanged")
    leftovers = [n for n in existing if n.id not in matched]
    for note_id, span in (pins or {}).items():  # edited through srs: the note made where it stood is that note
        pinned = _pinned(note_id, span, leftovers, unmatched)
        if pinned is not None:
            note, d = pinned
            leftovers.remove(note)
            unmatched.remove(d)
            _update(plan, fr, note, d, answered)
            links.append((note.id, d.line))
    taken = GuidsInUse(s, {store.make_guid(uri, d.key, set()) for d in unmatched})
    twins = notes_by_key(s, {d.key for d in unmatched})
    similar = SimilarityBudget(len(unmatched), len(leftovers))
    for d in unmatched:
        similar_note = most_similar(d, leftovers, similar, plan.edited) if similar.allows() else None
        if similar_note is not None:
            leftovers.remove(similar_note)
            _update(plan, fr, similar_note, d, answered)
            links.append((similar_note.id, d.line))
            continue
        twin = same_fact_elsewhere(twins.get(d.key, ()), d)
        if twin is not None:
            links.append((twin[0], d.line))
            fr.count(twin[1], "unchanged")
            continue
        back, kind, linked = resolve(d, answered)
        plan.new.append(NewNote(store.note_values(d, back, kind, linked, now), d.deck or deck or deck_name(uri),
                                store.make_guid(uri, d.key, taken), store.card_ordinals(d.template, d.front, d.reverse)))
        fr.count(kind, "new")
    plan.links = [(note_id, line) for note_id, line in dict(links).items() if stored_lines.get(note_id) != line]
    moved = {note_id for _, note_id in plan.moved}
    plan.relinked = [(line, note_id) for note_id, line in plan.links if note_id in moved and note_id in stored_lines]
    plan.links = [(note_id, line) for note_id, line in plan.links if not (note_id in moved and note_id in stored_lines)]
    _leftovers(s, plan, fr, leftovers, source_id, prune)
    return plan


def _pinned(note_id: int, span: tuple[int, int], leftovers: list[Note],
            unmatched: list[NoteDraft]) -> tuple[Note, NoteDraft] | None:
    """The edited note (if its old text matched nothing) and the draft made from its new lines, the one most
    like it (same template first): "RTO: how long it can be down" rewritten as a cloze is still that note."""
    note = next((n for n in leftovers if n.id == note_id), None)
    near = [d for d in unmatched if span[0] <= d.line <= span[1]]
    if note is None or not near:
        return None
    old = normalize(f"{note.front} {note.back}")
    best = max(near, key=lambda d: (str(d.template) == note.template,
                                    SequenceMatcher(None, old, normalize(f"{d.front} {d.back}"), autojunk=False).ratio()))
    return note, best


def _leftovers(s: Session, plan: Plan, fr: FileReport, leftovers: list[Note], source_id: int | None, prune: bool) -> None:
    """Stored notes the file no longer has: kept for their other sources, else orphaned (or pruned)."""
    ids = [n.id for n in leftovers]
    elsewhere: set[int] = set()
    for i in range(0, len(ids), 500):
        elsewhere.update(s.scalars(select(NoteSource.note_id).where(
            NoteSource.note_id.in_(ids[i:i + 500]), NoteSource.source_id != source_id)))
    for note in leftovers:
        if note.id in elsewhere:
            plan.unlinked.append(note.id)
        elif prune:
            plan.pruned.append(note.id)
            fr.count(note.kind, "pruned")
        else:
            if note.orphaned_at is None:
                plan.orphaned.append(note.id)
            fr.count(note.kind, "orphaned")


def _revive(plan: Plan, note: Note) -> None:
    if note.orphaned_at is not None:
        plan.revived.append(note.id)


def _update(plan: Plan, fr: FileReport, note: Note, d: NoteDraft, answered: dict[str, tuple[int, str]]) -> None:
    was_orphan = note.orphaned_at is not None
    _revive(plan, note)
    edited = note.id in plan.edited  # the user's version: never overwritten by an import
    if note.content_hash == d.content_hash and (edited or not was_orphan):
        if note.line != d.line:  # a reordered file moves the line, not the fact
            plan.moved.append((d.line, note.id))
        fr.count(note.kind, "unchanged")
        return
    back, kind, linked = resolve(d, answered)
    values = store.note_values(d, back, kind, linked, plan.now)
    values["modified_at"] = store.edited_at(note.modified_at, plan.now)
    ordinals = store.card_ordinals(d.template, d.front, d.reverse)
    if edited:  # another version of a note the user edited: parked until they decide (srs conflicts)
        plan.conflicts.append((note.id, incoming_version(values, ordinals)))
        if note.line != d.line:
            plan.moved.append((d.line, note.id))
        fr.count(note.kind, "conflicts")
        return
    have = {c.ordinal: c.id for c in note.cards}
    plan.changed.append(Changed(note.id, note.deck_id, values, [o for o in ordinals if o not in have],
                                [cid for o, cid in have.items() if o not in ordinals],
                                {"key": note.key, "tradeoff": note.tradeoff, "linked_note_id": note.linked_note_id}))
    fr.count(kind, "updated")
