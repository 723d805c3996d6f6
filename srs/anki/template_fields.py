"""Which fields of a note type make the front and the back of its cards.

Read from the first card template: fields the question shows are the front
(the first field when the question shows none), fields the answer adds are
the back. ``{{hint:…}}``/``{{tts…}}`` fields are left out of the front, and a
``{{type:…}}`` field (typed answer) counts as back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .notetypes import BASIC_FIELDS, CLOZE_FIELDS
from .read_collection import Notetype

_REF = re.compile(r"\{\{\s*([^{}]+?)\s*\}\}")
_SPECIAL = {"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"}
_NOT_FRONT = {"hint", "type", "tts", "tts-voices"}


def field_refs(fmt: str, fields: list[str]) -> list[tuple[frozenset[str], str]]:
    """(filters, field) for each plain field reference, in order, without sections."""
    names = set(fields)
    out = []
    for ref in _REF.findall(fmt):
        if ref[:1] in "#^/!" or ref in _SPECIAL:
            continue
        *filters, name = [p.strip() for p in ref.split(":")]
        if name in names:
            out.append((frozenset(f.split(" ")[0].lower() for f in filters), name))
    return out


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


@dataclass(frozen=True, slots=True)
class Layout:
    front: tuple[str, ...]
    back: tuple[str, ...]
    mirrored: bool  # template 2 asks the back and answers the front (reversible type)
    own: str | None = None  # "basic" / "cloze" when this is one of our own note types


def _sides(nt: Notetype, qfmt: str, afmt: str) -> tuple[list[str], list[str]]:
    q_refs = field_refs(qfmt, nt.fields)
    if nt.cloze:
        front = _unique(f for flt, f in q_refs if "cloze" in flt) or nt.fields[:1]
    else:
        front = _unique(f for flt, f in q_refs if not flt & _NOT_FRONT) or nt.fields[:1]
    typed = [f for flt, f in q_refs if "type" in flt]  # the answer the user types
    shown = [f for flt, f in field_refs(afmt, nt.fields) if not flt & {"tts", "hint"}]
    back = _unique(f for f in typed + shown if f not in front)
    return front, back


def layout(nt: Notetype) -> Layout:
    if nt.cloze and nt.fields == list(CLOZE_FIELDS):
        return Layout(("Text",), ("Extra",), False, "cloze")
    if not nt.cloze and nt.fields == list(BASIC_FIELDS):
        return Layout(("Front",), ("Back",), True, "basic")
    if not nt.templates:
        return Layout(tuple(nt.fields[:1]), tuple(nt.fields[1:]), False)
    front, back = _sides(nt, *nt.templates[0][1:])
    if not back:
        back = [f for f in nt.fields if f not in front]
    mirrored = False
    if not nt.cloze and len(nt.templates) >= 2:
        front2, back2 = _sides(nt, *nt.templates[1][1:])
        mirrored = set(front2) == set(back) and set(front) <= set(back2)
    return Layout(tuple(front), tuple(back), mirrored)


def join(fields: dict[str, str], names: tuple[str, ...]) -> str:
    """The named fields' non-empty values, one paragraph each."""
    return "\n\n".join(v for v in (fields.get(n, "") for n in names) if v.strip())
