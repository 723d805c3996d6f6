"""A definition cut out of a question: "**Q5. What is the oplog, and what role does it play?**" split at its first
"is" gives "What is Q5. What?" / "The oplog, and what role …". A term that ends in a question word ("Q5. What",
"Frage 2: Was") is the start of the notes' own question, never a term."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_TERM = re.compile(r"^(?:what|who)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<term>.+?)\s*\?$", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"\b(?:what|which|who|how|why|where|when|qu[eé]|qu[ae]l|was|wie|warum|o que|como|cosa|come)$",
                            re.IGNORECASE)


def question_term(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "What is Q5. What?": the term is the first words of a question the notes ask."""
    if note.rule != "definition":
        return None
    m = _TERM.match(note.front.strip())
    if m is None or not _QUESTION_WORD.search(m.group("term").strip(" *_`")):
        return None
    return Finding("fragment-front", f"'{m.group('term')}' is the start of a question in the notes, not a term")
