"""One ExportNote → the field list and the cards Anki should get for it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .model import ExportCard, ExportNote
from .notetypes import BASIC_ID, CLOZE_ID
from .render import render, render_plain

_CLOZE_NUM = re.compile(r"\{\{c(\d+)::")


def cloze_ordinals(text: str) -> list[int]:
    """Card ordinals of a cloze text: ``{{c1::…}} {{c3::…}}`` → [0, 2]."""
    return sorted({int(n) - 1 for n in _CLOZE_NUM.findall(text) if int(n) > 0})


@dataclass(slots=True)
class NoteFields:
    """The rendered fields of one note and the media files they reference."""

    mid: int
    fields: list[str]
    media: list[tuple[str, str]]
    missing: list[str]


def note_fields(note: ExportNote, media_root: Path | None) -> NoteFields:
    front = render(note.front, media_root)
    back = render(note.back, media_root)
    context, source = render_plain(note.context), render_plain(note.source)
    media = front.media + back.media
    missing = front.missing + back.missing
    if is_cloze(note):
        return NoteFields(CLOZE_ID, [front.html, back.html, context, source], media, missing)
    reverse = "y" if note.reverse else ""
    return NoteFields(BASIC_ID, [front.html, back.html, context, source, reverse], media, missing)


def render_many(notes: list[ExportNote], media_root: Path | None) -> list[NoteFields]:
    return [note_fields(n, media_root) for n in notes]


def is_cloze(note: ExportNote) -> bool:
    return str(note.template).lower() == "cloze"


def wanted_cards(note: ExportNote) -> tuple[list[tuple[int, ExportCard | None]], list[str]]:
    """The (ordinal, our card or None for a fresh new card) pairs to write, and
    warnings about cards that have no template to go with."""
    warnings = []
    if is_cloze(note):
        ords = cloze_ordinals(note.front)
        if not ords:
            warnings.append(f"note {note.guid}: cloze text has no {{{{c1::…}}}}; Anki will show an empty card")
            ords = [0]
    else:
        ords = [0, 1] if note.reverse else [0]
    given = {c.ordinal: c for c in note.cards}
    warnings += [
        f"note {note.guid}: dropped card {o} (no matching "
        f"{'cloze' if is_cloze(note) else 'template'})"
        for o in sorted(set(given) - set(ords))
    ]
    return [(o, given.get(o)) for o in ords], warnings
