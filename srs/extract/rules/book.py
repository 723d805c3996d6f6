"""Book and author: ``_Designing Data-Intensive Applications_ by Martin Kleppmann``.

The title must be emphasised, or the line must sit under a books/reading heading.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import draft
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import drop_parentheticals, tidy, word_count

RULE = "book"
_BY = re.compile(r"^(?P<title>.+?)\s+by\s+(?P<author>.+)$")
_AUTHOR = re.compile(r"^[A-Z][\w.'’-]*,?(?:\s+(?:[A-Z][\w.'’-]*,?|de|van|von|der|la|le|and|&))*$")
_BOOKISH = re.compile(r"\b(?:books?|reading|bibliography|library)\b", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    if " by " not in u.plain or u.plain.rstrip().endswith((":", "：")):
        return None  # ("Select by ObjectId:" under a book's notes: a lead-in to a query, no title and author)
    title, rest = _title(u)
    if not title:
        return None
    m = rx.match(r"^by\s+(.+)$", rest)
    if not m:
        return None
    author = _author(m.group(1))
    if not author:
        return None
    front = f"Who wrote *{title}*?"
    return Claim(RULE, [draft(u, NoteKind.BOOK, RULE, front, author)], detail=f"book '{title}' by {author}")


def _title(u: Unit) -> tuple[str | None, str]:
    text = u.plain
    if u.emphasis_lead and text.startswith(u.emphasis_lead):
        return u.emphasis_lead.strip("*_ "), text[len(u.emphasis_lead):].strip()
    if any(_BOOKISH.search(s) for s in u.sections[-2:]):
        m = _BY.match(text)
        if m and word_count(m.group("title")) <= 14 and not rx.search(  # (not "This refresher is mostly based on a
                r"^(?:this|these|that|it|my|our)\b|\b(?:is|are|was|were|written|based|made|created)\b", m.group("title"), re.I):
            # guide written by Matt Might": a credit, no title)
            return m.group("title").strip(" “”\"'"), "by " + m.group("author")
    return None, ""


def _author(text: str) -> str | None:
    text = tidy(drop_parentheticals(text))
    text = rx.split(r"\s+[—–-]\s+|;|:", text)[0].strip()
    text = rx.sub(r",?\s+et al\.?$", " et al.", text)
    if not text or word_count(text) > 10:
        return None
    core = text.replace(" et al.", "")
    if " " not in core and rx.search(r"[a-z][A-Z]", core):
        return None  # "ObjectId", "PostgreSQL": an identifier or a product, not a person's name
    return text if _AUTHOR.match(core) else None
