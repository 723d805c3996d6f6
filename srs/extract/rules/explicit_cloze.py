"""Explicit cloze: ``{{c1::answer}}``, ``{{c1::answer::hint}}`` or ``==answer==`` in a paragraph or item."""

from __future__ import annotations

from srs.core.cloze import cloze_numbers, cloze_problems, drop_empty_clozes, has_cloze, highlights_to_cloze
from srs.core.notes import NoteKind
from srs.extract.drafts import cloze
from srs.extract.model import Claim, Doc, Unit

RULE = "explicit-cloze"


def apply(u: Unit, doc: Doc) -> Claim | None:
    if "{{c" not in u.md and "==" not in u.md:
        return None
    if not has_cloze(u.md):
        return None
    text = highlights_to_cloze(u.md)
    problems = cloze_problems(text)
    text = drop_empty_clozes(text)
    if not cloze_numbers(text):
        return Claim("bad-cloze", skip=True, detail="; ".join(problems) or "no usable cloze", warnings=problems)
    return Claim(RULE, [cloze(u, NoteKind.CLOZE, RULE, text)], detail=f"{len(cloze_numbers(text))} cloze card(s)",
                 warnings=problems)
