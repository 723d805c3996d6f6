"""Write an ``.apkg`` that Anki (desktop, AnkiDroid, AnkiMobile) imports.

Layout, as Anki's own "legacy" exporter writes it (package version 2):
``collection.anki21`` (SQLite, schema 11), ``meta`` (protobuf: version 2),
``media`` (JSON ``{"0": "name.png"}``) and the media files named ``0``, ``1`` ….
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from . import collection_sql
from .export_rows import NoteFields, render_many, wanted_cards
from .ids import anki_guid, deck_id, field_checksum, safe_deck_name, strip_html, tags_field
from .model import ExportCard, ExportNote, ExportSummary
from .perf import gc_paused
from .revlog_sql import REVIEW_COLUMNS, ReviewSource, copy_reviews, map_cards
from .schedule import DayClock, card_row, micros, new_card, utc

META_LEGACY_2 = b"\x08\x02"  # PackageMetadata{version: VERSION_LEGACY_2}
_STORED_EXTS = frozenset("jpg jpeg png gif webp avif mp3 ogg oga opus m4a aac mp4 webm mkv zip".split())


def write_apkg(
    path: str | os.PathLike[str],
    notes: Iterable[ExportNote],
    *,
    with_scheduling: bool,
    media_dir: Path | None = None,
    now: datetime,
    utc_offset: timedelta | None = None,
    reviews: ReviewSource | None = None,
) -> ExportSummary:
    """Write ``notes`` to ``path`` (replaced atomically; nothing is left on error).

    ``utc_offset`` (local time minus UTC) places due dates on local days; it
    defaults to this machine's offset at ``now``. With scheduling, the review
    log is each note's ``reviews`` plus the answers ``reviews`` selects."""
    if utc_offset is None:
        utc_offset = utc(now).astimezone().utcoffset() or timedelta(0)
    with gc_paused():
        return _write_apkg(path, notes, with_scheduling, media_dir, now, utc_offset, reviews)


def _write_apkg(path, notes, with_scheduling, media_dir, now, utc_offset, reviews) -> ExportSummary:
    notes = list(notes)
    now = utc(now)
    out = Path(path)
    media_root = Path(media_dir).resolve() if media_dir is not None else None
    clock = DayClock(_earliest(notes, now) if with_scheduling else now, utc_offset)

    fd, tmp_db = tempfile.mkstemp(prefix=".srs-export-", suffix=".anki21", dir=out.parent)
    os.close(fd)
    tmp_zip = tmp_db[: -len(".anki21")] + ".apkg.part"
    try:
        db = sqlite3.connect(tmp_db, check_same_thread=False)
        copying = None
        try:
            collection_sql.create(db)
            wanted = [wanted_cards(n) for n in notes]
            numbered = _numbered(wanted, now)
            if with_scheduling and reviews is not None:
                # SQLite copies the review log in a second thread (the GIL is free while it
                # does) while this one renders the notes: the package DB is its alone until join.
                map_cards(db, _review_keys(numbered))  # row by row: done here, not beside Python
                copying = _Background(copy_reviews, db, reviews, clock.crt)
            rendered = render_many(notes, media_root)
            rows = _rows(notes, rendered, wanted, numbered, with_scheduling, clock, now)
            if copying is not None:
                copying.join()
            summary = _write_collection(db, rows, clock, now)
        finally:
            if copying is not None:
                copying.wait()  # an error or Ctrl-C here: let SQLite finish before the file goes
            db.close()
        media, warnings = _media(rendered, notes)
        _zip(tmp_zip, tmp_db, media)
        os.replace(tmp_zip, out)
    finally:
        for leftover in (tmp_db, tmp_zip):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return ExportSummary(
        notes=summary[0], cards=summary[1], reviews=summary[2], decks=summary[3],
        media=len(media), warnings=tuple(summary[4] + warnings),
    )


def _earliest(notes: list[ExportNote], now: datetime) -> datetime:
    """The collection's creation day: no review card may fall before it."""
    earliest = now
    for note in notes:
        for card in note.cards:
            if card.due is not None and utc(card.due) < earliest:
                earliest = utc(card.due)
    return earliest


class _Background(threading.Thread):
    """Runs one call in a thread; join() raises what it raised."""

    def __init__(self, fn, *args) -> None:
        super().__init__(name="srs-export-reviews", daemon=True)
        self._call = (fn, args)
        self._error: BaseException | None = None
        self.start()

    def run(self) -> None:
        fn, args = self._call
        try:
            fn(*args)
        except BaseException as exc:  # raised again in the caller's thread
            self._error = exc

    def join(self, timeout: float | None = None) -> None:
        super().join(timeout)
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def wait(self) -> None:
        """Join without raising (the caller is already handling an error, or has joined)."""
        super().join()


def _numbered(wanted, now: datetime) -> list[tuple[int, list[tuple[int, int, ExportCard | None]]]]:
    """Each note's package id with its cards as (package card id, ordinal, card):
    consecutive ids that end at ``now`` in ms, notes and cards each."""
    now_ms = int(now.timestamp() * 1000)
    nid, cid = now_ms - len(wanted) - 1, now_ms - sum(len(cards) for cards, _ in wanted) - 1
    out = []
    for cards, _warnings in wanted:
        nid += 1
        numbered = []
        for ordinal, card in cards:
            cid += 1
            numbered.append((cid, ordinal, card))
        out.append((nid, numbered))
    return out


def _review_keys(numbered) -> list[tuple[int, int]]:
    """(card key, package card id) for every scheduled card that has a key."""
    return [(card.key, cid) for _nid, cards in numbered for cid, _ordinal, card in cards
            if card is not None and card.key is not None]


def _rows(notes, rendered: list[NoteFields], wanted, numbered, with_scheduling, clock, now):
    """The package's notes, cards and per-note reviews as rows, and the decks they use."""
    now_s = int(now.timestamp() * 1000) // 1000
    decks: dict[str, int] = {}
    note_rows, card_rows, given, warnings = [], [], [], []
    position = 0
    for note, fields, (_cards, card_warnings), (nid, cards) in zip(notes, rendered, wanted, numbered, strict=True):
        deck = safe_deck_name(note.deck)
        did = _deck_ids(deck, decks)
        mod = int(utc(note.modified).timestamp()) if note.modified else now_s
        guid = note.anki_guid or anki_guid(note.guid)
        flds = "\x1f".join(fields.fields)
        sort = strip_html(fields.fields[0])
        note_rows.append((nid, guid, fields.mid, mod, 0, tags_field(tuple(note.tags)), flds, sort,
                          field_checksum(sort), 0, ""))
        warnings.extend(card_warnings)
        cids: dict[int, int] = {}
        last_logged = _last_logged(note) if with_scheduling and note.reviews else {}
        for cid, ordinal, card in cards:
            cids[ordinal] = cid
            position += 1
            if with_scheduling and card is not None:
                t, q, due, ivl, factor, reps, lapses, left, flags, data = card_row(
                    card, position, clock, now, last_logged.get(ordinal))
            else:
                t, q, due, ivl, factor, reps, lapses, left, flags, data = new_card(position)
            card_rows.append((cid, nid, did, ordinal, mod, 0, t, q, due, ivl, factor, reps,
                              lapses, left, 0, 0, flags, data))
        if with_scheduling:
            step: dict[int, int | None] = {}  # per card: the (re)learning step its last answer set, in µs
            for review in sorted(note.reviews, key=lambda r: utc(r.reviewed_at)):
                cid = cids.get(review.ordinal)
                if cid is None:
                    warnings.append(f"note {note.guid}: review of missing card {review.ordinal}")
                    continue
                at, due_at = micros(review.reviewed_at), None if review.due is None else micros(review.due)
                given.append((cid, at, review.rating,
                              review.duration_ms, review.interval_days, review.last_interval_days, review.state_before,
                              review.state_after, due_at, review.difficulty, step.get(cid)))
                step[cid] = due_at - at if due_at is not None and review.state_after in (1, 3) else None
    return note_rows, card_rows, given, decks, position, warnings


def _write_collection(db: sqlite3.Connection, rows, clock: DayClock, now: datetime):
    note_rows, card_rows, given, decks, position, warnings = rows
    db.execute("INSERT INTO col VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
               collection_sql.col_row(crt=clock.crt, now_ms=int(now.timestamp() * 1000), decks=decks,
                                      next_pos=position + 1, minutes_west=clock.offset_minutes_west))
    db.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)", note_rows)
    db.executemany("INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)
    if given:
        db.execute(f"CREATE TEMP TABLE given_reviews ({REVIEW_COLUMNS})")
        db.executemany("INSERT INTO temp.given_reviews VALUES (?,?,?,?,?,?,?,?,?,?,?)", given)
        map_cards(db, [(cid, cid) for cid in sorted({g[0] for g in given})])
        copy_reviews(db, ReviewSource("SELECT * FROM temp.given_reviews"), clock.crt)
    db.commit()
    n_reviews = db.execute("SELECT count(*) FROM revlog").fetchone()[0]
    user_decks = sum(1 for did in decks.values() if did != 1)
    return len(note_rows), len(card_rows), n_reviews, user_decks, warnings


def _last_logged(note: ExportNote) -> dict[int, datetime]:
    """Latest review time per card ordinal."""
    out: dict[int, datetime] = {}
    for review in note.reviews:
        at = utc(review.reviewed_at)
        if review.ordinal not in out or at > out[review.ordinal]:
            out[review.ordinal] = at
    return out


def _deck_ids(name: str, decks: dict[str, int]) -> int:
    """Id of deck ``name``, registering it and its parents in ``decks``."""
    if name in decks:
        return decks[name]
    parts = name.split("::")
    for depth in range(1, len(parts) + 1):
        sub = "::".join(parts[:depth])
        if sub not in decks:
            decks[sub] = 1 if sub.casefold() == "default" else deck_id(sub)
    return decks[name]


def _media(rendered: list[NoteFields], notes: list[ExportNote]):
    media: dict[str, str] = {}
    warnings: list[str] = []
    for fields, note in zip(rendered, notes, strict=True):
        for name, file in fields.media:
            known = media.setdefault(name, file)
            if known != file:
                warnings.append(f"media name {name!r} used by two files; kept {known}")
        for missing in fields.missing:
            warnings.append(f"note {note.guid}: media file not found: {missing}")
    return media, warnings


def _zip(zip_path: str, db_path: str, media: dict[str, str]) -> None:
    import json

    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.write(db_path, "collection.anki21")
        names: dict[str, str] = {}
        for i, (name, file) in enumerate(sorted(media.items())):
            ext = name.rsplit(".", 1)[-1].lower()
            kind = zipfile.ZIP_STORED if ext in _STORED_EXTS else zipfile.ZIP_DEFLATED
            zf.write(file, str(i), compress_type=kind)
            names[str(i)] = name
        zf.writestr("media", json.dumps(names, ensure_ascii=False))
        zf.writestr("meta", META_LEGACY_2)
