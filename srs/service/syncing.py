"""Two-way sync with an Anki sync server (AnkiWeb or a self-hosted ``python -m anki.syncserver``).

srs never speaks the sync protocol: a mirror Anki collection beside the database
(``<db stem>.anki/collection.anki2``, srs.anki.sync_mirror) does, through the
``anki`` package. One sync is four steps:

A. the mirror syncs with the server (a full sync, when Anki needs one, is never
   chosen here: the caller passes ``upload`` or ``download``);
B. what other devices changed goes from the mirror into srs (srs.service.sync_pull);
C. what changed in srs goes into the mirror (srs.service.sync_push);
D. the mirror syncs with the server again.

High-water marks (srs.service.sync_state) make every step safe to run again: an
answer is matched by its millisecond on both sides, a note by its guid.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from srs.anki.sync_mirror import Mirror, SyncError
from srs.anki.sync_mirror import require_anki as require_anki  # for the CLI, which reaches srs.anki only through here
from srs.core import scratch as scratch_dirs
from srs.core.errors import SrsError
from srs.db.export_rows import last_review_id
from srs.db.sync_rows import review_count
from srs.db.types import to_micros
from srs.service.collection import Collection
from srs.service.sync_pull import pull, srs_note_guids
from srs.service.sync_push import push
from srs.service.sync_state import (
    Login,
    Marks,
    forget_login,
    load_login,
    load_marks,
    mirror_folder,
    save_login,
    save_marks,
)


class FullSyncNeeded(SyncError):
    """The server and this collection must first be joined by a full sync, which only the user
    chooses (CLI: --upload / --download; TUI: a dialog)."""


FULL_SYNC_NEEDED = ("the server and this collection must be joined by a full sync first: run srs sync --upload "
                    "(the server gets this collection, replacing its own) or --download (this collection takes "
                    "the server's cards; a backup of the database is made first)")


@dataclass
class SyncReport:
    """What moved each way (``srs sync --json``)."""

    endpoint: str | None
    user: str
    full: str | None = None  # "upload" | "download" when a full sync ran
    backup: str | None = None  # the database's backup, made before a download
    received: dict[str, int] = field(default_factory=dict)  # into srs
    sent: dict[str, int] = field(default_factory=dict)  # into the mirror, then the server
    # notes edited on both sides since the last sync: {"note": its front, "kept": "this device" | "other device"}
    edited_on_both_sides: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """One line: what moved each way (the CLI prints it, the TUI shows it)."""
        line = f"synced with {self.endpoint or 'AnkiWeb'} as {self.user}: {self.moved()}"
        if self.full:
            line = f"full {self.full} done" + (f" (backup: {self.backup})" if self.backup else "") + "; " + line
        return line + self.conflicts()

    def moved(self) -> str:
        """ "received …; sent …": the counts that are not zero, each way."""
        return f"received {_counts(self.received)}; sent {_counts(self.sent)}"

    def conflicts(self) -> str:
        """ "; edited on both sides, the later edit kept: …" (empty when none)."""
        if not self.edited_on_both_sides:
            return ""
        names = ", ".join(f"\"{_short(c['note'])}\" ({c['kept']}'s)" for c in self.edited_on_both_sides)
        return f"; edited on both sides, the later edit kept: {names}"


def _short(text: str, width: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def _counts(moved: dict[str, int]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in moved.items() if v) or "nothing"


def has_login(col: Collection) -> bool:
    """Whether a host key is stored (a sync can run without asking for a password)."""
    return load_login(col.path) is not None


def logout(col: Collection) -> bool:
    """Forget the stored host key; True if there was one."""
    return forget_login(col.path)


def sync(col: Collection, *, endpoint: str | None = None, user: str | None = None,
         password: Callable[[], str] | None = None, upload: bool = False, download: bool = False,
         say: Callable[[str], None] = lambda _m: None) -> SyncReport:
    """One sync of ``col`` with the server (see the module doc). ``password`` is asked for
    only when no host key is stored (or the server or user changed)."""
    if upload and download:
        raise SrsError("choose one of --upload and --download, not both")
    require_anki()
    col._refuse_if_read_only()
    scratch_dirs.sweep(col.path.parent, ".sync-")  # what a killed sync left (only folders no sync holds)
    mirror = Mirror(mirror_folder(col.path))
    try:
        login = _login(col, mirror, endpoint, user, password, say)
        report = SyncReport(login.endpoint, login.user)
        marks = load_marks(col.path)
        media_before = _files(col.media_dir)
        if upload:
            mirror = _full_upload(col, mirror, login, report, say)
            return report
        if download:
            mirror, marks = _full_download(col, mirror, login, report, say)
        elif marks is None:
            raise FullSyncNeeded(FULL_SYNC_NEEDED)
        else:
            say("syncing with the server")
            kind, _media_usn = mirror.sync(login.hkey, login.endpoint)
            if kind != "done":
                raise FullSyncNeeded(FULL_SYNC_NEEDED)
        say("fetching images and sounds")  # before step B: the notes it takes in carry theirs
        mirror.sync_media(login.hkey, login.endpoint)
        _both_ways(col, mirror, login, marks, report, say)
        report.received["media_files"] = len(_files(col.media_dir) - media_before)
        return report
    finally:
        mirror.close()


def _login(col: Collection, mirror: Mirror, endpoint: str | None, user: str | None,
           password: Callable[[], str] | None, say: Callable[[str], None]) -> Login:
    stored = load_login(col.path)
    if stored is not None and (endpoint is None or endpoint == stored.endpoint) and (user is None or user == stored.user):
        return stored
    name = user or (stored.user if stored is not None else None)
    if not name:
        raise SrsError("no sync login yet: give --user NAME (and --endpoint URL for your own server)")
    if password is None:
        raise SrsError(f"no sync login for {name} yet: a password is needed")
    server = endpoint if endpoint is not None else (stored.endpoint if stored is not None else None)
    say(f"logging in as {name}")
    login = Login(server, name, mirror.login(name, password(), server))
    save_login(col.path, login)
    return login


def _fresh(mirror: Mirror) -> Mirror:
    """An empty mirror in place of the old one (a full sync replaces one side whole)."""
    mirror.close()
    shutil.rmtree(mirror.folder, ignore_errors=True)
    return Mirror(mirror.folder)


def _full_upload(col: Collection, mirror: Mirror, login: Login, report: SyncReport,
                 say: Callable[[str], None]) -> Mirror:
    """The server's collection becomes this one: a new mirror made by the .apkg export, uploaded whole."""
    say("writing this collection into a new mirror")
    mirror = _fresh(mirror)
    mirror.schedule_with_fsrs()
    with _scratch(col) as scratch:
        pushed = push(col, mirror, review_id=0, skip_cards=set(), scratch=scratch)
    say("uploading the whole collection")
    mirror.full_sync(login.hkey, login.endpoint, upload=True, server_usn=None)
    say("sending images and sounds")
    mirror.sync_media(login.hkey, login.endpoint)
    save_marks(col.path, Marks(mirror.usn(), pushed.review_id, sorted(set(srs_note_guids(col)) & set(mirror.note_guids())),
                               to_micros(col.now())))
    mirror.close()
    report.full = "upload"
    report.sent = {"notes": pushed.notes, "reviews": _count_reviews(col), "media_files": len(_files(mirror.media_folder))}
    return mirror


def _full_download(col: Collection, mirror: Mirror, login: Login, report: SyncReport,
                   say: Callable[[str], None]) -> tuple[Mirror, Marks]:
    """The mirror becomes the server's collection; srs then takes in all of it (after a backup)."""
    from srs.service.maintenance import backup

    stamp = col.now().strftime("%Y%m%dT%H%M%S")
    dest = col.path.with_name(f"{col.path.name}.before-sync-{stamp}.bak")
    report.backup = str(backup(col, dest))
    say(f"database backed up to {dest}")
    mirror = _fresh(mirror)
    say("downloading the whole collection")
    mirror.full_sync(login.hkey, login.endpoint, upload=False, server_usn=None)
    report.full = "download"
    # everything on the server is new to srs; srs's answers so far are not the server's business
    with col.read() as s:
        last = last_review_id(s.connection())
    return mirror, Marks(0, int(last), [], to_micros(col.now()))  # no note is on both sides yet: the pull that follows brings them


def _both_ways(col: Collection, mirror: Mirror, login: Login, marks: Marks, report: SyncReport,
               say: Callable[[str], None]) -> None:
    """Steps B, C, D after the mirror caught up with the server."""
    reached = mirror.usn()
    synced_notes = set(marks.notes) if marks.notes is not None else None
    with _scratch(col) as scratch:
        say("taking in the changes from other devices")
        pulled = pull(col, mirror, marks.server_usn, scratch, pending_after=marks.srs_review_id,
                      synced_notes=synced_notes, synced_us=marks.synced_us)
        ours, theirs = set(srs_note_guids(col)), set(mirror.note_guids())
        # deleted here since the last sync and not kept by step B: the mirror loses them in step C
        deleted_here = (synced_notes - ours) & theirs if synced_notes is not None else set()
        marks.server_usn = reached
        marks.notes = sorted((ours & theirs) | deleted_here)  # a kill before step C ends: deleted again
        save_marks(col.path, marks)
        say("writing this collection's changes into the mirror")
        mirror_media = _files(mirror.media_folder)
        pushed = push(col, mirror, review_id=marks.srs_review_id, skip_cards=pulled.cards, scratch=scratch,
                      delete_guids=deleted_here)
    say("sending the changes to the server")
    kind, _media_usn = mirror.sync(login.hkey, login.endpoint)
    if kind != "done":
        raise FullSyncNeeded(FULL_SYNC_NEEDED)
    say("sending images and sounds")
    sent_media = len(_files(mirror.media_folder) - mirror_media)
    mirror.sync_media(login.hkey, login.endpoint)
    marks.server_usn, marks.srs_review_id = mirror.usn(), pushed.review_id
    marks.notes = sorted(set(srs_note_guids(col)) & set(mirror.note_guids()))
    marks.synced_us = to_micros(col.now())
    save_marks(col.path, marks)
    report.received = {"notes": pulled.new_notes, "edited_notes": pulled.edited_notes, "reviews": pulled.reviews,
                       "cards": len(pulled.cards), "merged_cards": pulled.merged,
                       "suspended_or_flagged": pulled.suspended_or_flagged, "deleted_notes": pulled.deleted_notes,
                       "kept_notes": pulled.kept_notes}
    report.sent = {"notes": pushed.notes, "cards": pushed.cards, "reviews": pushed.reviews,
                   "suspended_or_flagged": pushed.suspended_or_flagged, "deleted_notes": pushed.deleted_notes,
                   "media_files": sent_media}
    report.edited_on_both_sides = [{"note": front, "kept": kept} for front, kept in pulled.both_edited]


def _files(folder: Path) -> set[str]:
    try:
        return {p.name for p in folder.iterdir() if p.is_file()}
    except FileNotFoundError:
        return set()


def _count_reviews(col: Collection) -> int:
    with col.read() as s:
        return review_count(s.connection())


class _scratch:
    """A scratch folder beside the database for one sync's packages and replay files."""

    def __init__(self, col: Collection) -> None:
        self.col = col

    def __enter__(self) -> Path:
        self.path = scratch_dirs.make(".sync-", dir=self.col.path.parent)
        return self.path

    def __exit__(self, *_exc: object) -> None:
        scratch_dirs.remove(self.path)
