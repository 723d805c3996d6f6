"""A back that opens with an analogy ("Think of DNS like a phonebook …") under a heading asked as the question: the
picture helps the reader of the notes, but it is not what the thing is or does, so it answers no question."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit
from srs.extract.text import ANALOGY_LEAD

_ASKED_BY = frozenset({"heading-fact", "definition", "labelled-fact", "purpose"})


def analogy_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule not in _ASKED_BY or note.template == Template.CLOZE or not rx.match(ANALOGY_LEAD, note.back, re.IGNORECASE):
        return None
    return Finding("analogy-back", "the back is an analogy ('Think of DNS like a phonebook'), not an answer", suggest=True)
