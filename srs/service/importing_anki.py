"""Import Anki packages and text exports, with Anki's schedules and review history.

A package imports in one transaction (planned with no lock held, then written
in a short one: srs.service.import_anki_store); media is extracted to a scratch folder
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
import shutil
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import func, select

from srs.anki import ImportedNote, ImportedPackage, PackageError
from srs.anki.history import HistoryJob, history_size, worth_starting_early
from srs.anki.perf import gc_paused
from srs.anki.read_package import OpenPackage
from srs.anki.text_import import BATCH, TextNotes
from srs.core import scratch as scratch_dirs
from srs.core.errors import SrsError
from srs.db.models import Card
from srs.db.types import to_micros
from srs.service.collection import Collection
from srs.service.import_anki_store import NOTHING, PLANNED_TEXT_BYTES, Target, store_planned, store_streaming
from srs.service.import_report import FileReport
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
                text = isinstance(package, TextNotes)
                into = Target(uri=str(path.resolve()), digest=_file_digest(path), deck=deck,
                              fmt=path.suffix.lower().lstrip("."), package_cards=getattr(package, "cards", 0),
                              expected_rows=path.stat().st_size // 100 if text else 0, history=history,
                              read_warnings=package.warnings)
                if text and path.stat().st_size > PLANNED_TEXT_BYTES:
                    stored = store_streaming(col, fr.path, _batches(package, STREAMED_BATCH), into)
                else:  # planned with no lock held: answers made meanwhile do not wait
                    stored = store_planned(col, fr.path, list(_batches(package)), into)
                stored.warnings[:0] = package.warnings
                fr = stored
            except (PackageError, SrsError) as exc:  # found while storing: rolled back or undone, nothing counts
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


STREAMED_BATCH = 100  # rows read at a time when streaming: a transaction's rows are read in the pause before it


def _batches(package: ImportedPackage | TextNotes, size: int = BATCH) -> Iterable[list[ImportedNote]]:
    return package.batches(size) if isinstance(package, TextNotes) else [package.notes]


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


__all__ = ["import_anki_file"]
