"""The mirror: a plain Anki collection beside the database, the only thing that talks to a sync server.

Everything here goes through the ``anki`` package's public ``Collection`` API
(``sync_login``, ``sync_collection``, ``full_upload_or_download``, package
import and export, cards and notes); the sync protocol is Anki's own. srs
never speaks to the server itself: it reads what the mirror received and
writes what it has into the mirror (srs.service.syncing).

``anki`` is an optional dependency (``pip install 'srs[anki]'``):
:func:`require_anki` says so in one line when it is missing.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srs.core.errors import SrsError

from .anki_days import AnkiDays, anki_days, study_date
from .model import ExportCard
from .read_collection import read_timing
from .schedule import card_row

if TYPE_CHECKING:
    from anki.collection import Collection as AnkiCollection
    from anki.dbproxy import DBProxy

INSTALL_HINT = "srs sync needs the anki package: pip install 'srs[anki]'"
COLLECTION_FILE = "collection.anki2"
MEDIA_POLL_S = 0.05


class SyncError(SrsError):
    """A sync that could not go on: a one-line reason for the user."""


def require_anki() -> None:
    """Raise :class:`SyncError` with the install hint when the ``anki`` package is missing."""
    try:
        import anki.collection  # noqa: F401
    except ImportError:
        raise SyncError(INSTALL_HINT) from None


@dataclass(frozen=True)
class Changed:
    """What other devices changed in the mirror since a server usn (rows with ``usn >= since``)."""

    reviewed_cids: frozenset[int]  # cards with new answers
    cards: tuple[tuple[int, int, int], ...]  # (cid, queue, flags) of every card changed
    note_ids: tuple[int, ...]  # notes added or edited


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def _sync_failure(exc: BaseException) -> SyncError:
    from anki.errors import NetworkError
    from anki.errors import SyncError as AnkiSyncError

    if isinstance(exc, AnkiSyncError) and "auth" in str(getattr(exc, "kind", "")).lower():
        return SyncError("the sync server refused the login: check the user name and password (srs sync --logout, then sync again)")
    if isinstance(exc, NetworkError):
        return SyncError(f"cannot reach the sync server: {_one_line(exc)}")
    return SyncError(f"the sync failed: {_one_line(exc)}")


class Mirror:
    """The mirror collection in ``folder`` (created on first open)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / COLLECTION_FILE
        self._col: AnkiCollection | None = None

    # -- opening -------------------------------------------------------------------------------

    @property
    def col(self) -> AnkiCollection:
        if self._col is None:
            require_anki()
            from anki.collection import Collection

            self.folder.mkdir(parents=True, exist_ok=True)
            try:
                self._col = Collection(str(self.path))
            except Exception as exc:  # another sync holds it, or the file is damaged
                raise SyncError(f"cannot open the sync mirror {self.path} (is another srs sync running?): "
                                f"{_one_line(exc)}") from None
        return self._col

    @property
    def _db(self) -> DBProxy:
        """The open collection's database (Anki types it None: a closed collection has none)."""
        db = self.col.db
        assert db is not None
        return db

    def close(self) -> None:
        if self._col is not None:
            self._col.close()
            self._col = None

    def __enter__(self) -> Mirror:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- talking to the server -----------------------------------------------------------------

    def login(self, user: str, password: str, endpoint: str | None) -> str:
        """The host key for ``user`` (the password goes to the server and nowhere else)."""
        try:
            return str(self.col.sync_login(user, password, endpoint).hkey)
        except Exception as exc:  # anki's errors: network, auth, server
            raise _sync_failure(exc) from None

    def sync(self, hkey: str, endpoint: str | None) -> tuple[str, int]:
        """One normal sync. Returns ("done" | "full" | "upload" | "download", server media usn):
        anything but "done" means Anki needs a full sync, which only the caller may choose."""
        col = self.col
        try:
            out = col.sync_collection(_auth(hkey, endpoint), False)
        except Exception as exc:
            raise _sync_failure(exc) from None
        kinds = {out.NO_CHANGES: "done", out.NORMAL_SYNC: "done", out.FULL_SYNC: "full",
                 out.FULL_DOWNLOAD: "download", out.FULL_UPLOAD: "upload"}
        return kinds.get(out.required, "full"), int(out.server_media_usn)

    def sync_media(self, hkey: str, endpoint: str | None) -> None:
        """Anki's media sync (images and sounds both ways), waited for: the files the server has
        are in :attr:`media_folder` afterwards, and the mirror's new ones are on the server."""
        col = self.col
        try:
            col.sync_media(_auth(hkey, endpoint))
            while col.media_sync_status().active:  # it runs in the background; raises if it failed
                time.sleep(MEDIA_POLL_S)
        except Exception as exc:
            raise _sync_failure(exc) from None

    @property
    def media_folder(self) -> Path:
        """The mirror's media files (Anki's ``collection.media`` beside the collection)."""
        return Path(self.col.media.dir())

    def full_sync(self, hkey: str, endpoint: str | None, *, upload: bool, server_usn: int | None) -> None:
        """Replace the server's collection with the mirror (``upload``) or the mirror with the server's."""
        col = self.col
        col.close_for_full_sync()
        try:
            col.full_upload_or_download(auth=_auth(hkey, endpoint), server_usn=server_usn, upload=upload)
        except Exception as exc:
            raise _sync_failure(exc) from None
        finally:
            col.reopen(after_full_sync=True)

    def schedule_with_fsrs(self) -> None:
        """Turn FSRS on in the mirror (the setting syncs): the devices then schedule as srs does."""
        self.col.set_config("fsrs", True)

    def usn(self) -> int:
        """The server usn the mirror is at: rows received later from other devices have usn >= it."""
        return int(self._db.scalar("SELECT usn FROM col"))  # col.usn() is -1 on a client

    # -- reading what others changed ----------------------------------------------------------

    def changed_since(self, usn: int) -> Changed:
        db = self._db
        reviewed = frozenset(int(c) for c in db.list("SELECT DISTINCT cid FROM revlog WHERE usn >= ?", usn))
        cards = tuple((int(c), int(q), int(f)) for c, q, f in db.all(
            "SELECT id, queue, flags FROM cards WHERE usn >= ?", usn))
        notes = tuple(int(n) for n in db.list("SELECT id FROM notes WHERE usn >= ?", usn))
        return Changed(reviewed, cards, notes)

    def card_keys(self) -> dict[int, tuple[str, int]]:
        """Every card's (note guid, template ordinal): how srs finds its own card."""
        return {int(cid): (str(guid), int(ord_)) for cid, guid, ord_ in self._db.all(
            "SELECT c.id, n.guid, c.ord FROM cards c JOIN notes n ON n.id = c.nid")}

    def note_guids(self) -> dict[str, tuple[int, int]]:
        """Every note's guid with its (note id, modification time in epoch seconds)."""
        return {str(guid): (int(nid), int(mod)) for nid, guid, mod in self._db.all("SELECT id, guid, mod FROM notes")}

    def export_notes(self, note_ids: Iterable[int], out: Path) -> Path:
        """An .apkg of these notes with their scheduling and review log (what srs imports)."""
        from anki.collection import ExportAnkiPackageOptions, NoteIdsLimit
        from anki.notes import NoteId

        options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False, with_media=True,
                                           legacy=True)
        self.col.export_anki_package(out_path=str(out), options=options, limit=NoteIdsLimit([NoteId(n) for n in note_ids]))
        return out

    def snapshot(self) -> Path:
        """Close the collection so its file is complete on disk for a plain SQLite reader (the
        review replay reads it); the next use opens it again."""
        self.close()
        return self.path

    def days(self, now: datetime, default_rollover: int) -> AnkiDays:
        """How the mirror numbers its days (for due dates written into it)."""
        db = self._db
        crt = int(db.scalar("SELECT crt FROM col"))
        offset, rollover = self.col.get_config("creationOffset", None), self.col.get_config("rollover", None)
        return anki_days(crt, offset if isinstance(offset, int) else None,
                         rollover if isinstance(rollover, int) else None, now, default_rollover)

    # -- writing what srs changed --------------------------------------------------------------

    def import_package(self, apkg: Path) -> int:
        """Add a package's notes, cards and review log (new notes: Anki's importer)."""
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions(
            with_scheduling=True, with_deck_configs=False, merge_notetypes=False))
        log = self.col.import_anki_package(request)
        return len(log.log.new) + len(log.log.updated)

    def set_schedule(self, cid: int, card: ExportCard, days: AnkiDays, now: datetime) -> None:
        """The card's scheduling as srs has it (the same columns the .apkg export writes)."""
        from anki.cards import CardId
        from anki.consts import CardQueue, CardType

        col = self.col
        c = col.get_card(CardId(cid))
        clock = _MirrorDays(days)
        ctype, queue, due, ivl, factor, reps, lapses, left, flags, data = card_row(card, c.due, clock, now)
        c.type, c.queue, c.ivl, c.reps, c.lapses, c.left = CardType(ctype), CardQueue(queue), ivl, reps, lapses, left
        c.flags = (c.flags & ~0b111) | flags
        if ctype != 0:
            c.due, c.factor = due, factor if c.factor == 0 else c.factor
        _set_memory(c, json.loads(data))
        col.update_card(c, skip_undo_entry=True)

    def set_suspended_and_flag(self, cid: int, suspended: bool, flag: int) -> bool:
        """Suspend or unsuspend the card and set its flag; True when anything changed."""
        from anki.cards import CardId

        col = self.col
        c = col.get_card(CardId(cid))
        changed = False
        if suspended != (c.queue == -1):
            if suspended:
                col.sched.suspend_cards([c.id])
            else:
                col.sched.unsuspend_cards([c.id])
            changed = True
        if (c.flags & 0b111) != flag:
            col.set_user_flag_for_cards(flag, [c.id])
            changed = True
        return changed

    def add_reviews(self, rows: Iterable[tuple]) -> int:
        """Review log rows (Anki's revlog columns, usn aside) not already there, marked to be sent.

        Anki's revlog id is the answer's millisecond: an answer given here in the same millisecond as another
        device's answer to another card takes the next free millisecond, never the other's place (and a run
        killed and repeated finds it there)."""
        db = self._db
        added = 0
        for rid, cid, ease, ivl, last_ivl, factor, time_ms, rtype in rows:
            there = db.scalar("SELECT cid FROM revlog WHERE id = ?", rid)
            while there is not None and int(there) != int(cid):  # another card's answer holds this millisecond
                rid += 1
                there = db.scalar("SELECT cid FROM revlog WHERE id = ?", rid)
            if there is not None:
                continue  # this answer is already in the mirror
            db.execute("INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
                       " VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)", rid, cid, ease, ivl, last_ivl, factor, time_ms, rtype)
            added += 1
        return added

    def remove_notes(self, note_ids: list[int]) -> None:
        """Delete these notes with their cards (Anki records the deletions, and the next sync sends them)."""
        from anki.notes import NoteId

        if note_ids:
            self.col.remove_notes([NoteId(n) for n in note_ids])

    def suspensions_and_flags(self) -> dict[int, tuple[bool, int]]:
        """Every card's (suspended, flag)."""
        return {int(cid): (int(queue) == -1, int(flags) & 0b111)
                for cid, queue, flags in self._db.all("SELECT id, queue, flags FROM cards")}


class _MirrorDays:
    """The ``day(when)`` that srs.anki.schedule.card_row asks for, in the mirror's numbering."""

    def __init__(self, days: AnkiDays) -> None:
        self._days = days

    def day(self, when: datetime) -> int:
        us = int(when.astimezone(UTC).timestamp() * 1_000_000)
        return study_date(self._days, us).toordinal() - self._days.first_day


def _set_memory(card: Any, data: dict) -> None:
    from anki.cards import FSRSMemoryState

    if "s" in data and "d" in data:
        card.memory_state = FSRSMemoryState(stability=data["s"], difficulty=data["d"])
        card.desired_retention = data.get("dr")
        card.decay = data.get("decay")
    if "lrt" in data:
        card.last_review_time = int(data["lrt"])


def _auth(hkey: str, endpoint: str | None):
    from anki.collection import SyncAuth

    return SyncAuth(hkey=hkey, endpoint=endpoint) if endpoint else SyncAuth(hkey=hkey)


def revlog_rows(db: sqlite3.Connection) -> Iterator[tuple]:
    """The rows of a scratch ``revlog`` table (srs.anki.revlog_sql fills it), for :meth:`Mirror.add_reviews`."""
    yield from db.execute("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")


__all__ = ["Changed", "INSTALL_HINT", "Mirror", "SyncError", "read_timing", "require_anki", "revlog_rows"]
