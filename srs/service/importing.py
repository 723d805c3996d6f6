"""Import notes files: each file in one transaction, matched to what is stored.

Identity: a draft matches a stored note of the same source by its stable key
(kind of template + normalized front), else by similarity of front and back
(a fixed typo, a moved line); a fact already stored from another source is the
same note with one more source. A stored note whose line disappeared is
orphaned (its cards suspended, history kept) unless ``prune`` deletes it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from srs.core.bundle import decks_dir
from srs.core import scratch
from srs.core.errors import SrsError
from srs.core.files import not_regular
from srs.core.notes import NoteDraft
from srs.anki.text_headers import SNIFF_BYTES, looks_delimited
from srs.db.models import Note, NoteSource, Source
from srs.extract import extract
from srs.service import notes_store as store
from srs.service import suggestions
from srs.service.matching import (
    GuidsInUse,
    SimilarityBudget,
    answered_tradeoffs,
    most_similar,
    notes_by_key,
    resolve,
    same_fact_elsewhere,
)
from srs.service.collection import Collection, get_or_create_deck
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
) -> ImportReport:
    with scratch.terminate_as_exit():  # SIGTERM unwinds the import: its transaction and scratch folders go
        return _import_paths(col, paths, deck=deck, dry_run=dry_run, explain=explain, prune=prune, progress=progress)


def _import_paths(col: Collection, paths: Sequence[Path], *, deck: str | None, dry_run: bool, explain: bool,
                  prune: bool, progress: Callable[[int, int, str], None] | None) -> ImportReport:
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
                                   allow_empty=not named)
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
    allow_empty: bool = False,
) -> FileReport:
    """``allow_empty``: a file with no cards (a folder's README) is a warning, not a failure."""
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
        extraction = extract(text, source=uri, default_deck=deck or path.stem)
        _check_sizes(extraction.notes)
        fr.warnings = list(extraction.warnings)
        fr.lines = extraction.lines if explain else None
        fr.skipped_lines = sum(1 for ln in extraction.lines if ln.outcome == "skipped")
        fr.suggested = len({s.note.key for s in extraction.suggestions})
        if not extraction.notes and not extraction.suggestions and stored_hash is None:
            if not allow_empty:
                raise SrsError(NO_CARDS)
            fr.warnings.append(NO_CARDS)
        if dry_run:  # the real import, rolled back: new, updated and unchanged as an import would count them
            try:
                with col.write() as s:
                    _store(s, col, fr, extraction.notes, uri=uri, digest=digest, deck=deck, fmt="markdown", prune=prune,
                           suggested=extraction.suggestions)
                    raise _RolledBack
            except _RolledBack:
                pass
            fr.status = "unchanged" if stored_hash == digest and not prune else "dry-run"
            return fr
        with col.write() as s:
            _store(s, col, fr, extraction.notes, uri=uri, digest=digest, deck=deck, fmt="markdown", prune=prune,
                   suggested=extraction.suggestions)
    except SrsError as exc:  # the transaction rolled back: nothing it counted was kept
        fr = FileReport(fr.path, status="failed", error=str(exc), warnings=fr.warnings, lines=fr.lines)
    return fr


class _RolledBack(Exception):
    """Ends a dry run's transaction: nothing of it is kept."""


def _store(
    s: Session, col: Collection, fr: FileReport, drafts: list[NoteDraft], *,
    uri: str, digest: str, deck: str | None, fmt: str, prune: bool, suggested: list | None = None,
) -> None:
    now = col.now()
    source = store.record_source(s, uri, digest, fmt, now)
    accepted = suggestions.record(s, source, suggested, now) if suggested is not None else set()
    existing = list(s.scalars(
        select(Note).join(NoteSource, NoteSource.note_id == Note.id)
        .where(NoteSource.source_id == source.id).options(selectinload(Note.cards))
    ))
    by_key: dict[str, list[Note]] = {}
    for note in existing:
        by_key.setdefault(note.key, []).append(note)
    answered = answered_tradeoffs(s)
    links: list[dict] = []  # (note, source, line) rows, upserted in bulk
    unmatched_drafts: list[NoteDraft] = []
    matched: set[int] = set()
    for d in drafts:
        candidates = by_key.get(d.key)
        if candidates:
            note = candidates.pop(0)
            matched.add(note.id)
            _update(fr, note, d, answered, now)
            links.append({"note_id": note.id, "source_id": source.id, "line": d.line})
        else:
            unmatched_drafts.append(d)
    for note in existing:  # notes made from accepted suggestions stay as the user accepted them
        if note.id in accepted and note.id not in matched:
            matched.add(note.id)
            store.revive(note)
            links.append({"note_id": note.id, "source_id": source.id, "line": note.line})
            fr.count(note.kind, "unchanged")
    leftovers = [n for n in existing if n.id not in matched]
    taken = GuidsInUse(s, {store.make_guid(uri, d.key, set()) for d in unmatched_drafts})
    twins = notes_by_key(s, {d.key for d in unmatched_drafts})
    deck_ids: dict[str, int] = {}
    similar = SimilarityBudget(len(unmatched_drafts), len(leftovers))
    new_rows = []
    for d in unmatched_drafts:
        note = most_similar(d, leftovers) if similar.allows() else None
        if note is not None:
            leftovers.remove(note)
            _update(fr, note, d, answered, now)
            links.append({"note_id": note.id, "source_id": source.id, "line": d.line})
            continue
        twin = same_fact_elsewhere(twins.get(d.key, ()), d)
        if twin is not None:
            links.append({"note_id": twin[0], "source_id": source.id, "line": d.line})
            fr.count(twin[1], "unchanged")
            continue
        back, kind, linked = resolve(d, answered)
        deck_name = d.deck or deck or Path(uri).stem
        if deck_name not in deck_ids:
            deck_ids[deck_name] = get_or_create_deck(s, deck_name).id
        placement = store.Placement(deck_ids[deck_name], source.id, store.make_guid(uri, d.key, taken))
        new_rows.append((store.note_values(d, back, kind, linked, now), placement, store.card_ordinals(d.template, d.front, d.reverse)))
        fr.count(kind, "new")
    store.insert_notes(s, new_rows, now)
    store.link_sources(s, links)
    gone = []
    for note in leftovers:
        others = s.scalar(select(NoteSource.source_id).where(NoteSource.note_id == note.id, NoteSource.source_id != source.id).limit(1))
        if others is not None:
            s.execute(NoteSource.__table__.delete().where(NoteSource.note_id == note.id, NoteSource.source_id == source.id))
            continue
        gone.append(note)
    if prune:
        store.prune(s, [n.id for n in gone])
        for n in gone:
            fr.count(n.kind, "pruned")
    else:
        fresh = [n for n in gone if n.orphaned_at is None]
        store.orphan(s, [n.id for n in fresh], now)
        for n in gone:
            fr.count(n.kind, "orphaned")


def _update(fr: FileReport, note: Note, d: NoteDraft, answered: dict[str, tuple[int, str]], now) -> None:  # type: ignore[no-untyped-def]
    was_orphan = note.orphaned_at is not None
    store.revive(note)
    if note.content_hash == d.content_hash and not was_orphan:
        note.line = d.line  # a reordered file moves the line, not the fact
        fr.count(note.kind, "unchanged")
        return
    back, kind, linked = resolve(d, answered)
    previous = note.modified_at
    for key, value in store.note_values(d, back, kind, linked, now).items():
        setattr(note, key, value)
    note.modified_at = store.edited_at(previous, now)
    store.sync_cards(object_session(note), note, store.card_ordinals(d.template, d.front, d.reverse), now)
    fr.count(kind, "updated")


def import_bundled(col: Collection) -> ImportReport:
    """Import the decks shipped with srs (first run of a new database)."""
    report = ImportReport()
    for path in sorted(decks_dir().glob("*.md")):
        if path.name.upper() in {"README.MD", "FORMAT.MD"}:
            continue
        report.files.append(import_notes_file(col, path, uri=f"bundled:{path.name}"))
    return report
