"""Step B of a sync: what other devices changed, now in the mirror, into srs.

* Notes srs does not have go through the ``.apkg`` import (srs.service.importing_anki):
  the mirror exports just those notes with their scheduling and review log, and the
  import keeps Anki's due dates and memory states, as for any package.
* Answers given elsewhere to cards srs has: the mirror's review log is replayed
  (srs.anki.history, the import's replay), the answers srs lacks (matched by the
  millisecond, which is Anki's review log id) are added, and each such card takes its
  schedule as Anki has it. All of these, with suspensions and flags, in one transaction.

A row is "changed elsewhere" when its usn is at least the server usn the mirror had
reached when srs last took changes (srs.service.sync_state.Marks.server_usn).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from srs.anki.history import ANSWER_COLUMNS, CARD_COLUMNS, card_order, read_part, replay_history
from srs.anki.ids import anki_guid
from srs.anki.read_package import read_package
from srs.anki.sync_mirror import Mirror
from srs.core.cloze import visible
from srs.core.errors import SrsError
from srs.core.notes import NO_ANSWER, Template
from srs.core.replay import Replayer
from srs.db import sync_rows
from srs.db.models import Note
from srs.db.sync_rows import SyncRows
from srs.db.types import to_micros
from srs.service import notes_store as store
from srs.service.collection import Collection
from srs.service.presets import default_rules

# our card id for each mirror (note guid, template ordinal)
CardKeys = dict[tuple[str, int], int]


@dataclass
class Pulled:
    new_notes: int = 0
    edited_notes: int = 0
    merged: int = 0  # cards answered on both sides: replayed with every answer
    reviews: int = 0
    cards: set[int] = field(default_factory=set)  # srs card ids whose schedule now is the mirror's
    suspended_or_flagged: int = 0
    deleted_notes: int = 0  # deleted on another device, so here too
    kept_notes: int = 0  # deleted on one side but answered on the other since the last sync: kept
    # notes edited on both sides since the last sync: (the note's front, "this device" | "other device"),
    # the side whose edit is the later one, which both sides keep
    both_edited: list[tuple[str, str]] = field(default_factory=list)


def srs_card_keys(col: Collection) -> CardKeys:
    """Our cards by the mirror's key: the Anki guid the .apkg export gives a note, and the ordinal."""
    with col.read() as s:
        rows = sync_rows.card_keys(s.connection())
    return {(anki or anki_guid(guid), ordinal): cid for cid, ordinal, guid, anki in rows}


def srs_note_guids(col: Collection) -> dict[str, int]:
    """Our notes by the Anki guid the .apkg export gives them."""
    with col.read() as s:
        rows = sync_rows.note_guids(s.connection())
    return {anki or anki_guid(guid): nid for nid, guid, anki in rows}


def pull(col: Collection, mirror: Mirror, since_usn: int, scratch: Path, *, pending_after: int,
         synced_notes: set[str] | None = None, synced_us: int | None = None) -> Pulled:
    """Take what changed in the mirror from server usn ``since_usn`` on; srs's answers after review
    log ``pending_after`` are not yet in the mirror (a card answered on both sides is merged).
    ``synced_notes``: the notes both sides had at the last sync (Marks.notes); one of them the
    mirror lacks now was deleted elsewhere, and goes here too unless answered here since.
    ``synced_us``: when the last sync ended, by srs's clock (a note modified here later was
    edited here since; one edited on both sides is named in ``both_edited``)."""
    changed = mirror.changed_since(since_usn)
    pulled = Pulled()
    guid_of = {nid: guid for guid, (nid, _mod) in mirror.note_guids().items()}
    if synced_notes:
        _take_deletions(col, synced_notes - set(guid_of.values()), pending_after, pulled)
    if not (changed.reviewed_cids or changed.cards or changed.note_ids):
        return pulled
    keys = mirror.card_keys()
    ours = srs_card_keys(col)
    here = {guid for guid, _ord in ours}
    # a note srs lacks whose note or cards changed elsewhere: new there, or deleted here and
    # answered (or edited) there since, which keeps it: either way it comes in whole
    touched = {guid_of[nid] for nid in changed.note_ids if nid in guid_of}
    touched |= {keys[cid][0] for cid in changed.reviewed_cids | {c for c, _q, _f in changed.cards} if cid in keys}
    new_guids = touched - here
    if synced_notes:
        pulled.kept_notes += len(new_guids & synced_notes)
    if new_guids:
        _import_new_notes(col, mirror, [nid for nid, g in guid_of.items() if g in new_guids],
                          scratch, pulled)
        ours = srs_card_keys(col)
    edited = [nid for nid in changed.note_ids if nid in guid_of and guid_of[nid] in here and guid_of[nid] not in new_guids]
    if edited:
        pulled.edited_notes = _take_edits(col, mirror, edited, scratch, synced_us, pulled.both_edited)
    reviewed = {cid for cid in changed.reviewed_cids
                if cid in keys and keys[cid] in ours and keys[cid][0] not in new_guids}
    answers, schedules = _replayed(col, mirror, reviewed, scratch) if reviewed else ({}, {})
    with col.read() as s:
        replayer = Replayer(default_rules(s).options)
    with col.write() as s:
        rows = SyncRows(s.connection())
        for cid in sorted(reviewed):
            card_id = ours[keys[cid]]
            have = rows.answer_ms(card_id)
            # within a few ms of one we have is that one: the mirror moves an answer given here in the same ms as
            # another device's answer to another card to the next free ms (srs.anki.sync_mirror.add_reviews)
            fresh = [row for row in answers.get(cid, ()) if not any(abs(row[2] // 1000 - h) <= SAME_ANSWER_MS for h in have)]
            if fresh and rows.answered_after(card_id, pending_after):
                _merge(rows, replayer, card_id, fresh)  # answered here too since the last sync
                pulled.reviews += len(fresh)
                pulled.merged += 1
                continue
            rows.add_answers(ANSWER_COLUMNS, [(card_id, *row[1:]) for row in fresh])
            pulled.reviews += len(fresh)
            if cid in schedules:
                rows.set_schedule(card_id, CARD_COLUMNS[1:], schedules[cid][1:])
                pulled.cards.add(card_id)
        for cid, queue, flags in changed.cards:
            if cid not in keys or keys[cid] not in ours:
                continue
            pulled.suspended_or_flagged += rows.set_suspended_and_flag(ours[keys[cid]], queue == -1, flags & 0b111)
    return pulled


def _take_deletions(col: Collection, gone: set[str], pending_after: int, pulled: Pulled) -> None:
    """Notes deleted on another device: deleted here with their cards and history, except those
    answered here since the last sync (review log after ``pending_after``), which step C sends back."""
    if not gone:
        return
    ours = srs_note_guids(col)
    with col.write() as s:
        rows = SyncRows(s.connection())
        for guid in sorted(gone):
            nid = ours.get(guid)
            if nid is None:
                continue  # deleted here too
            if rows.note_answered_after(nid, pending_after):
                pulled.kept_notes += 1
                continue
            rows.delete_note(nid)  # cards and review logs go with it
            pulled.deleted_notes += 1


SAME_ANSWER_MS = 10  # two answers to one card this close are one answer


def _merge(rows: SyncRows, replayer: Replayer, card_id: int, fresh: list[tuple[Any, ...]]) -> None:
    """A card answered on both sides between two syncs keeps every answer, in time order, and
    its state becomes the replay of all of them (step C then sends it to the mirror)."""
    events = [(card_id, at, rating, ms) for at, rating, ms in rows.answers(card_id)]
    events += [(card_id, row[2], row[1], row[3]) for row in fresh]
    events.sort(key=lambda e: e[1])
    card, logs = replayer.run(card_id, events)
    replayed = {log[2]: log for log in logs}
    rows.add_answers(ANSWER_COLUMNS, [replayed[row[2]] for row in fresh if row[2] in replayed])
    if card is not None:  # scheduled here: with the preset's desired retention and decay (None)
        rows.set_schedule(card_id, CARD_COLUMNS[1:], (*card, None, None))


def _import_new_notes(col: Collection, mirror: Mirror, note_ids: list[int], scratch: Path, pulled: Pulled) -> None:
    from srs.service.importing_anki import import_anki_file

    package = mirror.export_notes(note_ids, scratch / "from-server.apkg")
    report = import_anki_file(col, package)
    if report.status == "failed":
        raise SrsError(f"the notes added on other devices could not be taken in: {report.error}")
    pulled.new_notes = report.new


def _take_edits(col: Collection, mirror: Mirror, note_ids: list[int], scratch: Path, synced_us: int | None,
                both_edited: list[tuple[str, str]]) -> int:
    """Notes edited elsewhere: their text, read as the .apkg import reads it (fields to markdown),
    replaces srs's when the other device's edit is the later one (in whole seconds, as in Anki).
    A note edited here too since the last sync (``synced_us``) goes into ``both_edited``."""
    media = scratch / "media"
    package = read_package(mirror.export_notes(note_ids, scratch / "edited.apkg"), media_dest=media)
    by_guid = {n.guid: n for n in package.notes}
    taken = 0
    with col.write() as s:
        for note in s.scalars(select(Note).where(Note.orphaned_at.is_(None))):
            incoming = by_guid.get(note.fields.get("anki_guid") or anki_guid(note.guid))
            if incoming is None:
                continue
            cloze = note.template == Template.CLOZE
            back = incoming.back if visible(incoming.back) or cloze else NO_ANSWER
            if (incoming.front, back, store.tags_text(incoming.tags)) == (note.front, note.back, note.tags):
                continue
            theirs_later = int(incoming.modified.timestamp()) > int(note.modified_at.timestamp())
            if synced_us is not None and to_micros(note.modified_at) > synced_us:
                both_edited.append((note.front, "other device" if theirs_later else "this device"))
            if not theirs_later:
                continue  # srs's copy is as new or newer: kept (step C sends it)
            note.front, note.back, note.tags = incoming.front, back, store.tags_text(incoming.tags)
            note.modified_at = incoming.modified
            store.sync_cards(s, note, store.card_ordinals(note.template, note.front, note.reverse),
                             col.now())
            taken += 1
    _keep_media(media, col.media_dir)  # images and sounds an edit added (the text now names them)
    return taken


def _keep_media(scratch_media: Path, media_dir: Path) -> None:
    """Files a package brought, into the collection's media folder (a name already there is kept)."""
    if not scratch_media.is_dir():
        return
    for item in scratch_media.iterdir():
        if item.is_file() and not (media_dir / item.name).exists():
            media_dir.mkdir(parents=True, exist_ok=True)
            shutil.move(str(item), media_dir / item.name)


def _replayed(col: Collection, mirror: Mirror, cids: set[int],
              scratch: Path) -> tuple[dict[int, list[tuple[Any, ...]]], dict[int, tuple[Any, ...]]]:
    """The mirror's answers (review_logs rows, card id column = the Anki card id) and Anki's
    schedule (CARD_COLUMNS rows) of the cards ``cids``, from the import's replay of its history."""
    path = mirror.snapshot()  # closed: the replay reads the file as SQLite
    with col.read() as s:
        options = default_rules(s).options
    anki_cid = dict(enumerate(card_order(path)))  # the replay numbers cards by rank (base 0)
    folder = scratch / "history"
    folder.mkdir()
    parts: list[Path] = []
    replay_history(path, folder, base=0, options=options, now_us=to_micros(col.now()), ready=parts.append)
    answers: dict[int, list[tuple[Any, ...]]] = {}
    schedules: dict[int, tuple[Any, ...]] = {}
    for part in parts:  # the replay's own scratch files (srs.anki.history's tables), not srs's database
        part_answers, part_schedules = read_part(part)
        for row in part_answers:
            cid = anki_cid[row[0]]
            if cid in cids:
                answers.setdefault(cid, []).append(row)
        for row in part_schedules:
            cid = anki_cid[row[0]]
            if cid in cids:
                schedules[cid] = row
    return answers, schedules
