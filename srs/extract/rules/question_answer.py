"""Question and answer: ``Why pool connections? Opening a TLS connection costs 2–3 round trips.``

The question (an interrogative sentence ending in ``?``) is the front; the back
is the rest of the line when it is a statement, or the item's sub-bullets /
indented paragraph (an FAQ written as a list).
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract.drafts import draft
from srs.extract.inline import read
from srs.extract.model import Block, Claim, Doc, Unit
from srs.extract.text import capitalize, word_count

RULE = "question-answer"
MAX_ANSWER_WORDS = 60
_QUESTION = re.compile(r"^(?:how|what|why|when|which|where|who|whom|is|are|does|do|can|should|would|will)\b", re.I)
_QA = re.compile(
    r"^(?P<q>(?:how|what|why|when|which|where|who|whom|is|are|does|do|can|should|would|will)\b[^?]{3,200}\?)"
    r"\s+(?P<a>[^?]+[.!)]?)$",
    re.IGNORECASE,
)


def apply(u: Unit, doc: Doc) -> Claim | None:
    text = u.body if u.label else u.plain
    if "?" not in text:
        return None
    if u.children and text.endswith("?") and _QUESTION.match(text) and not u.label:
        answer, parts = _children_text(u.children)
        if answer and word_count(answer) <= MAX_ANSWER_WORDS:
            note = draft(u, NoteKind.QA, RULE, capitalize(text), answer)
            return Claim(RULE, [note], detail="a question answered by its sub-items", parts=parts)
    m = _QA.match(text)
    if not m or word_count(m.group("a")) < 2 or word_count(m.group("a")) > MAX_ANSWER_WORDS:
        return None
    if re.fullmatch(r"\s*\([^()]*\)\s*\.?", m.group("a")):
        return None  # "How many reads per day? (100,000 reads, so …)": an estimate for one exercise, not an answer
    front = capitalize(m.group("q").strip())
    return Claim(RULE, [draft(u, NoteKind.QA, RULE, front, capitalize(m.group("a").strip()))],
                 detail="a question answered on the same line")


def _children_text(children: list[Block]) -> tuple[str, list[int]]:
    """The sub-items or indented paragraphs under an item, as markdown, and their lines."""
    out: list[str] = []
    parts: list[int] = []
    for block in children:
        if block.kind == "paragraph":
            out.append(read(block.lines).plain)
        elif block.kind == "list" and all(i.lines and not i.children for i in block.children):
            out.extend(f"- {read(i.lines).plain}" for i in block.children)
        else:
            return "", []
        parts.extend(range(block.start, block.end + 1))
    return "\n".join(out).strip(), parts
