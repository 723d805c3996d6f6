"""Question and answer in one line: ``Why pool connections? Opening a TLS connection costs 2–3 round trips.``

The question (an interrogative sentence ending in ``?``) is the front and the
rest of the line, when it is a statement, is the back.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract.drafts import draft
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import capitalize, word_count

RULE = "question-answer"
MAX_ANSWER_WORDS = 60
_QA = re.compile(
    r"^(?P<q>(?:how|what|why|when|which|where|who|whom|is|are|does|do|can|should|would|will)\b[^?]{3,200}\?)"
    r"\s+(?P<a>[^?]+[.!)]?)$",
    re.IGNORECASE,
)


def apply(u: Unit, doc: Doc) -> Claim | None:
    text = u.body if u.label else u.plain
    if "?" not in text:
        return None
    m = _QA.match(text)
    if not m or word_count(m.group("a")) < 2 or word_count(m.group("a")) > MAX_ANSWER_WORDS:
        return None
    front = capitalize(m.group("q").strip())
    return Claim(RULE, [draft(u, NoteKind.QA, RULE, front, capitalize(m.group("a").strip()))],
                 detail="a question answered on the same line")
