"""Where a note's lines went after the user edited its file through srs.

When the user edits a card (``e`` in review), srs knows which note they meant and
where it stood. Comparing the file before and after the editor (difflib, line by
line) tells where those lines are now: the note made from there is the same note,
however much its text changed, and keeps its identity and review history.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srs.service.collection import Collection
    from srs.service.import_report import ImportReport


def moved_lines(before: str, after: str, line: int) -> tuple[int, int] | None:
    """The 1-based, inclusive range of lines in ``after`` that hold what was at ``line`` in ``before``.

    An unchanged line maps to its new place; a rewritten one to the whole block
    that replaced it. None when the line was deleted with nothing in its place
    (the note is gone, not edited) or when ``line`` is not in ``before``.
    """
    old, new = before.splitlines(), after.splitlines()
    at = line - 1
    if not 0 <= at < len(old):
        return None
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if not i1 <= at < i2:
            continue
        if tag == "equal":
            moved = j1 + (at - i1) + 1
            return moved, moved
        if j2 > j1:  # replaced: the block written in its place
            return j1 + 1, j2
        return None  # deleted
    return None


def reimport_edited(col: Collection, path: Path, before: str | None, note_id: int, line: int) -> ImportReport:
    """Re-import ``path`` after the user edited note ``note_id`` (at ``line``) in it through srs: the note
    made from the lines that replaced its own is that note, with its cards and history (``pins``)."""
    from srs.service.importing import import_paths  # the extractor loads only for an edit

    pins = {}
    if before is not None and line > 0:
        try:
            span = moved_lines(before, path.read_text(encoding="utf-8"), line)
        except (OSError, UnicodeDecodeError):
            span = None  # the import names the problem
        if span is not None:
            pins[note_id] = span
    return import_paths(col, [path], pins=pins)
