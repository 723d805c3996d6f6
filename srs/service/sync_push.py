"""Step C of a sync: what changed in srs since the last sync, into the mirror.

* Notes the mirror lacks, and notes edited here later than the mirror's copy, go in as an
  ``.apkg`` made by the export (same note types, guids and rendering) and read by
  Anki's importer: new notes arrive with their cards' schedules and review log, edited
  ones are updated when newer than the mirror's copy.
* Cards answered here since the last sync: their schedule as the export writes it
  (srs.anki.schedule.card_row, days numbered as the mirror numbers them) and their
  new answers as review log rows (srs.anki.revlog_sql, the export's conversion).
* Suspensions and flags where srs and the mirror differ (step B has already taken
  those set elsewhere).
* Notes deleted here since the last sync (and not answered elsewhere meanwhile: step B
  brought those back) are deleted in the mirror; Anki's sync sends the deletions on.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from srs.anki import ExportCard, ReviewSource
from srs.anki.ids import anki_guid
from srs.anki.revlog_sql import copy_reviews, map_cards
from srs.anki.sync_mirror import Mirror, revlog_rows
from srs.db import export_rows
from srs.db.export_rows import REVIEWS_SQL
from srs.service.collection import Collection
from srs.service.exporting import export_anki, export_card
from srs.service.presets import deck_retention, default_rules
from srs.service.sync_pull import srs_card_keys

_REVLOG_TABLE = ("CREATE TABLE revlog (id INTEGER PRIMARY KEY, cid INTEGER NOT NULL, usn INTEGER NOT NULL,"
                 " ease INTEGER NOT NULL, ivl INTEGER NOT NULL, lastIvl INTEGER NOT NULL, factor INTEGER NOT NULL,"
                 " time INTEGER NOT NULL, type INTEGER NOT NULL)")


@dataclass
class Pushed:
    notes: int = 0
    cards: int = 0
    reviews: int = 0
    suspended_or_flagged: int = 0
    deleted_notes: int = 0
    review_id: int = 0  # the newest srs review log now in the mirror


def push(col: Collection, mirror: Mirror, *, review_id: int, skip_cards: set[int], scratch: Path,
         delete_guids: set[str] | None = None) -> Pushed:
    """Write srs's changes (answers after review log ``review_id``) into the mirror; ``skip_cards``:
    cards whose schedule step B just took from the mirror (not written back); ``delete_guids``:
    notes deleted here that the mirror deletes too."""
    now = col.now()
    deleted = 0
    if delete_guids:
        in_mirror_now = mirror.note_guids()
        gone = [in_mirror_now[g][0] for g in sorted(delete_guids) if g in in_mirror_now]
        mirror.remove_notes(gone)
        deleted = len(gone)
    with col.read() as s:
        conn = s.connection()
        last_review = export_rows.last_review_id(conn)
        notes = export_rows.note_stamps(conn)
        answered = export_rows.answered_between(conn, review_id, last_review)
        options = default_rules(s).options
    pushed = Pushed(review_id=last_review, deleted_notes=deleted)
    in_mirror = mirror.note_guids()
    missing = {nid for nid, guid, anki, _mod in notes if (anki or anki_guid(guid)) not in in_mirror}
    # edited here later than the mirror's copy, in whole seconds (Anki's "newer wins" for notes)
    edited = {nid for nid, guid, anki, modified_s in notes
              if nid not in missing and modified_s > in_mirror[anki or anki_guid(guid)][1]}
    if missing or edited:
        package = scratch / "to-server.apkg"
        export_anki(col, package, with_scheduling=True, note_ids=missing | edited)
        pushed.notes = mirror.import_package(package)
    ours = srs_card_keys(col)
    mirror_cid = {card_id: cid for cid, key in mirror.card_keys().items() if (card_id := ours.get(key)) is not None}
    arrived_whole = _cards_of(col, missing)  # imported with their schedules and answers just now
    days = mirror.days(now, options.day_start_hour)
    for card_id, card in _export_cards(col, [c for c in answered if c not in skip_cards and c not in arrived_whole]):
        if card_id in mirror_cid:
            mirror.set_schedule(mirror_cid[card_id], card, days, now)
            pushed.cards += 1
    to_log = [(card_id, mirror_cid[card_id]) for card_id in answered
              if card_id in mirror_cid and card_id not in arrived_whole]
    if to_log:
        pushed.reviews = _push_reviews(col, mirror, to_log, review_id, last_review, days.anchor_us // 1_000_000)
    pushed.suspended_or_flagged = _push_suspensions(col, mirror, mirror_cid)
    return pushed


def _cards_of(col: Collection, note_ids: set[int]) -> set[int]:
    if not note_ids:
        return set()
    with col.read() as s:
        return export_rows.card_ids_of_notes(s.connection(), note_ids)


def _export_cards(col: Collection, card_ids: list[int]) -> list[tuple[int, ExportCard]]:
    if not card_ids:
        return []
    now = col.now()
    with col.read() as s:
        conn = s.connection()
        rows = export_rows.cards_by_id(conn, card_ids)
        scheduled_with = deck_retention(conn)
    return [(row.id, export_card(row, now, scheduled_with)) for row in rows]


def _push_reviews(col: Collection, mirror: Mirror, cards: list[tuple[int, int]], after_id: int, up_to_id: int,
                  day_start: int) -> int:
    """The answers given here with ids in (after_id, up_to_id], through the export's conversion
    into a scratch review log, then into the mirror (rows it already has are left alone)."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(_REVLOG_TABLE)
        map_cards(db, cards)
        copy_reviews(db, ReviewSource(f"{REVIEWS_SQL} WHERE id > {int(after_id)} AND id <= {int(up_to_id)}",
                                      col.path), day_start)
        return mirror.add_reviews(revlog_rows(db))
    finally:
        db.close()


def _push_suspensions(col: Collection, mirror: Mirror, mirror_cid: dict[int, int]) -> int:
    with col.read() as s:
        ours = export_rows.suspensions_and_flags(s.connection())
    theirs = mirror.suspensions_and_flags()
    changed = 0
    for card_id, cid in mirror_cid.items():
        if card_id in ours and cid in theirs and ours[card_id] != theirs[cid]:
            changed += mirror.set_suspended_and_flag(cid, *ours[card_id])
    return changed
