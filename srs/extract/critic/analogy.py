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


# "Like top", "Ähnlich top", "Similar to cat": what it resembles, in a few words, is not what it is
_LIKENESS = re.compile(r"(?:(?:much |very )?(?:like|similar to|same as|akin to)|ähnlich(?: wie)?|wie|comme|como|come|"
                       r"semelhante a|similar a|parecido a|simile a|類似|类似于?|비슷)\s+\S+(?:\s+\S+){0,2}\.?", re.IGNORECASE)


def analogy_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule not in _ASKED_BY or note.template == Template.CLOZE:
        return None
    if _LIKENESS.fullmatch(note.back.strip()):
        return Finding("analogy-back", "the back only says what it resembles ('htop?' → 'Like top'), not what it is")
    if not rx.match(ANALOGY_LEAD, note.back, re.IGNORECASE):
        return None
    return Finding("analogy-back", "the back is an analogy ('Think of DNS like a phonebook'), not an answer", suggest=True)
