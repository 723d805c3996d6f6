"""Import notes files: each file in one transaction, matched to what is stored.

Identity: a draft matches a stored note of the same source by its stable key
(kind of template + normalized front), else by similarity of front and back
(a fixed typo, a moved line); a fact already stored from another source is the
same note with one more source. A stored note whose line disappeared is
orphaned (its cards suspended, history kept) unless ``prune`` deletes it.

The matching is planned from a read and written in short transactions with an
undo journal (``import_plan``, ``import_apply.write_plan``, ``import_chunks``):
reviews made meanwhile never wait long for it, and a failed file is taken back.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from srs.anki.text_headers import SNIFF_BYTES, looks_delimited
from srs.core import scratch
from srs.core.bundle import BUNDLED_SCHEME, decks_dir
from srs.core.errors import SrsError
from srs.core.files import deck_name, not_regular
from srs.core.notes import NoteDraft
from srs.db.engine import sqlite_connection
from srs.db.models import NoteSource, Source
from srs.extract import extract
from srs.extract.model import Suggestion as HeldBack  # a draft the critic held back
from srs.service.collection import Collection
from srs.service.import_apply import Stale, apply_moves, apply_plan, stage, unstage, write_plan
from srs.service.import_plan import Plan, make_plan
from srs.service.import_report import FileReport, ImportReport

NOTE_SUFFIXES = {".md", ".markdown", ".txt"}
ANKI_SUFFIXES = {".apkg", ".colpkg", ".csv", ".tsv"}


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Files to import: given files as they are, directories searched recursively."""
    return [path for path, _ in _found(paths)]


def _found(paths: Iterable[Path]) -> list[tuple[Path, bool]]:
    """(file, named by the user) pairs: a file found in a folder may hold no cards (a README)."""
    out: list[tuple[Path, bool]] = []
    for path in paths:
        if path.is_dir():
            out.extend((p, False) for p in sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in NOTE_SUFFIXES and not p.name.startswith(".")))
        elif path.exists():
            out.append((path, True))
        else:
            raise SrsError(f"{path}: no such file or directory")
    return out


def import_paths(
    col: Collection,
    paths: Sequence[Path],
    *,
    deck: str | None = None,
    dry_run: bool = False,
    explain: bool = False,
    prune: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    pins: dict[int, tuple[int, int]] | None = None,
) -> ImportReport:
    """``pins``: notes edited through srs and the lines they now span (see :func:`import_notes_file`)."""
    with scratch.terminate_as_exit():  # SIGTERM unwinds the import: its transaction and scratch folders go
        return _import_paths(col, paths, deck=deck, dry_run=dry_run, explain=explain, prune=prune, progress=progress,
                             pins=pins)


def _import_paths(col: Collection, paths: Sequence[Path], *, deck: str | None, dry_run: bool, explain: bool,
                  prune: bool, progress: Callable[[int, int, str], None] | None,
                  pins: dict[int, tuple[int, int]] | None = None) -> ImportReport:
    found = _found(paths)
    files = [path for path, _ in found]
    report = ImportReport()
    for i, (path, named) in enumerate(found):
        if progress:
            progress(i, len(files), str(path))
        problem = not_regular(path)
        if problem:  # a FIFO would block the open, a device never end the read: refused unopened
            report.files.append(FileReport(str(path), status="failed", error=problem))
            continue
        if path.suffix.lower() in ANKI_SUFFIXES or is_anki_text(path):
            from srs.service.importing_anki import import_anki_file  # the Anki readers load only when needed

            fr = import_anki_file(col, path, deck=deck, dry_run=dry_run)
        else:
            fr = import_notes_file(col, path, deck=deck, dry_run=dry_run, explain=explain, prune=prune,
                                   allow_empty=not named, pins=pins)
        report.files.append(fr)
    if progress:
        progress(len(files), len(files), "")
    return report


ANKI_TEXT_HEADERS = ("#separator:", "#html:", "#columns:", "#notetype", "#deck", "#tags", "#guid column:")


def is_anki_text(path: Path) -> bool:
    """Anki text: a .txt with ``#separator:``-style headers, or a headerless one whose
    lines are columns on one separator (as Anki's own test files are), not markdown."""
    if path.suffix.lower() != ".txt":
        return False
    try:
        if not path.is_file():
            return False
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES).decode("utf-8", "replace").lstrip("\ufeff")
    except OSError:
        return False
    return head.startswith(ANKI_TEXT_HEADERS) or looks_delimited(head) is not None


NO_CARDS = "no cards found in it; nothing was imported"
MAX_NOTES_BYTES = 64 << 20  # a notes file bigger than this is not study notes
MAX_SIDE_CHARS = 100_000  # nor is a card side longer than this


def read_text(path: Path) -> str:
    """The file's text; refuses what is not a regular, reasonably sized UTF-8 text file
    (checked before reading it all: a 1 GB file or /dev/zero must not fill memory)."""
    try:
        problem = not_regular(path)
        if problem:
            raise SrsError(problem)
        info = path.stat()
        with path.open("rb") as fh:
            head = fh.read(8192)
            if b"\x00" in head:
                raise SrsError("a binary file, not notes (it has NUL bytes)")
            if info.st_size > MAX_NOTES_BYTES:
                raise SrsError(f"larger than {MAX_NOTES_BYTES >> 20} MB; split it into smaller notes files")
            data = head + fh.read()
    except OSError as exc:
        raise SrsError(f"cannot read it: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SrsError(f"not UTF-8 text (line {line}, byte {exc.start}); save it as UTF-8 and import again") from exc


def _check_lines(text: str) -> None:
    """Refuse a line longer than any card side before extracting it (the extractor reads each line a few times)."""
    start, line = 0, 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_SIDE_CHARS:
            raise SrsError(f"line {line} is {end - start:,} characters long, too large for a flashcard "
                           f"(limit {MAX_SIDE_CHARS:,}); nothing was imported")
        start, line = end + 1, line + 1


def _check_sizes(drafts: list[NoteDraft]) -> None:
    for d in drafts:
        longest = max(len(d.front), len(d.back))
        if longest > MAX_SIDE_CHARS:
            raise SrsError(
                f"line {d.line} makes a card side of {longest:,} characters, too large for a flashcard "
                f"(limit {MAX_SIDE_CHARS:,}); nothing was imported"
            )


def import_notes_file(
    col: Collection, path: Path, *, deck: str | None = None, dry_run: bool = False,
    explain: bool = False, prune: bool = False, uri: str | None = None, text: str | None = None,
    allow_empty: bool = False, pins: dict[int, tuple[int, int]] | None = None,
) -> FileReport:
    """``allow_empty``: a file with no cards (a folder's README) is a warning, not a failure.

    ``pins``: notes the user edited through srs (note id → the lines it now spans, from
    ``service.edit_lines.moved_lines``): the note made there is that note, however much it changed."""
    fr = FileReport(str(path))
    try:
        text = read_text(path) if text is None else text
        uri = uri or str(path.resolve())
        digest = hashlib.sha256(text.encode()).hexdigest()
        with col.read() as s:
            stored_hash = s.scalar(select(Source.content_hash).where(Source.uri == uri))
        if stored_hash == digest and not prune and not explain:
            fr.status = "unchanged"
            with col.read() as s:
                fr.unchanged = len(s.scalars(select(NoteSource.note_id).join(Source).where(Source.uri == uri)).all())
            return fr
        _check_lines(text)
        extraction = extract(text, source=uri, default_deck=deck or deck_name(path))
        _check_sizes(extraction.notes)
        fr.warnings = list(extraction.warnings)
        fr.lines = extraction.lines if explain else None
        fr.skipped_lines = sum(1 for ln in extraction.lines if ln.outcome == "skipped")
        fr.suggested = len({s.note.key for s in extraction.suggestions})
        if not extraction.notes and not extraction.suggestions and stored_hash is None:
            if not allow_empty:
                raise SrsError(NO_CARDS)
            fr.warnings.append(NO_CARDS)
        _store(col, fr, extraction.notes, uri=uri, digest=digest, deck=deck, fmt="markdown", prune=prune,
               suggested=extraction.suggestions, dry_run=dry_run, pins=pins)
        if dry_run:
            fr.status = "unchanged" if stored_hash == digest and not prune else "dry-run"
    except SrsError as exc:  # the transaction rolled back: nothing it counted was kept
        fr = FileReport(fr.path, status="failed", error=str(exc), warnings=fr.warnings, lines=fr.lines)
    return fr


def _plan_and_apply(col: Collection, conn: Connection, raw: sqlite3.Connection, path: str,
                    plan_in: Callable[[Session, FileReport], Plan]) -> FileReport:
    for _ in range(STALE_PLANS):
        tally = FileReport(path)
        with col.read_on(conn) as s:
            plan = plan_in(s, tally)
        if plan.new:
            stage(raw, plan)
        apply_moves(lambda: col.write_on(conn), plan)  # line numbers first, each batch in a short transaction
        try:
            write_plan(col, conn, plan)  # in short transactions, undone if it fails
            return tally
        except (Stale, IntegrityError, sqlite3.IntegrityError):  # rolled back: an edit got in between
            continue
    tally = FileReport(path)
    with col.write_on(conn) as s:
        plan = plan_in(s, tally)
        stage(raw, plan)
        apply_plan(s, plan)
    return tally


STALE_PLANS = 2  # plans made again outside the lock before the last one is made inside it


def _store(
    col: Collection, fr: FileReport, drafts: list[NoteDraft], *, uri: str, digest: str, deck: str | None, fmt: str,
    prune: bool, suggested: list[HeldBack] | None, dry_run: bool, pins: dict[int, tuple[int, int]] | None = None,
) -> None:
    """Plan the import from a read (no lock held), then write it in short transactions (``write_plan``).

    A plan that another writer made stale in between (an import of the same file, an
    edit) is made again; the last try plans inside the write transaction, so an import
    always ends. A dry run only plans: its counts are what the import would report.
    """
    def plan_in(s: Session, tally: FileReport) -> Plan:
        return make_plan(s, tally, drafts, uri=uri, digest=digest, deck=deck, fmt=fmt, prune=prune, now=col.now(),
                         suggested=suggested, pins=pins)

    if dry_run:
        tally = FileReport(fr.path)
        with col.read() as s:
            plan_in(s, tally)
    else:
        with col.held() as conn:
            raw = sqlite_connection(conn)
            try:
                tally = _plan_and_apply(col, conn, raw, fr.path, plan_in)
            finally:
                unstage(raw)
    for what in ("new", "updated", "unchanged", "orphaned", "pruned", "conflicts"):
        setattr(fr, what, getattr(tally, what))
    fr.by_kind = tally.by_kind


def import_bundled(col: Collection, *, dry_run: bool = False) -> ImportReport:
    """Import the decks shipped with srs: on the first run of a new database, and again to update
    them (``srs import --bundled``). A note the user edited in srs is kept: a new version of it
    is reported as a conflict (srs.service.note_edits)."""
    report = ImportReport()
    for path in sorted(decks_dir().glob("*.md")):
        if path.name.upper() in {"README.MD", "FORMAT.MD"}:
            continue
        report.files.append(import_notes_file(col, path, uri=f"{BUNDLED_SCHEME}{path.name}", dry_run=dry_run))
    return report
