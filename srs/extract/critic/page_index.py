"""An index of slides or pages typed into the notes: "Value Stream mapping : 193", "Spiral Model : 74".

Notes taken beside a slide deck often end with the deck's index, a topic and its page on each line. Such a line gives
"Value Stream mapping?" / "193" or "[...] lean principles : 197": a page number, not knowledge. A document with five
lines or more shaped so has such an index; a card whose line ends in a page number is dropped there.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.words import asked_term
from srs.extract.model import Doc, Unit

# "Iterative  : 67", "- Velocity/capacity Planning : 11": a title, a spaced colon and a page number ending the line
_ENTRY = r"[^\W\d_]\S*\s+[:：]\s*\d{1,3}"
PAGE_REFERENCE = re.compile(_ENTRY + r"\s*$")
INDEX_LINES = 5  # lines of this shape that make an index


def page_number(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if doc.labels.get("page-reference", 0) < INDEX_LINES or not rx.search(_ENTRY + r"(?:\s|$)", u.md):
        return None  # (the unit's lines are joined: "Iterative : 67 incremental : 69")
    return Finding("navigation", "the line is an entry of the notes' index of slides: its number is a page")


# "**P156** 第1段落「…」は「…」と思われる", "p. 62: the code looks different": a reader's remark on one page of a book
PAGE_CITE = re.compile(r"(?:[-*+]\s+)?(?:\*\*|__)?(?:p|pp|pg|page|seite|стр)\.?\s?(?P<page>\d{1,4})(?:\s*[-–]\s*\d{1,4})?"
                       r"(?:\*\*|__)?(?=[\s:：,、]|$)", re.IGNORECASE)
_PERCENTILES = frozenset({"50", "75", "90", "95", "99", "999", "9999"})  # "P99: 200 ms" is a latency, not a page
# "第4章", "Chapter 4", "Kapitel 4": a part of the book or the course, no term
_CHAPTER = re.compile(r"第\s*\d{1,3}\s*[章节節回講课課]|(?:chapter|chap|ch|kapitel|chapitre|capítulo|capitolo|глава|"
                      r"lecture|lesson|module|unit|part|teil|parte|partie)\.?\s*\d{1,3}", re.IGNORECASE)
CITED_PAGES = 3  # distinct pages a document cites at the start of a line before its remarks are taken as page notes


def page_remark(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "P156とは？" → "「as[U: Encoder]」と思われる。", "第4章とは？" → "P62 こののコード…": a reading group's remark on
    one page or chapter of a book (an erratum, a question), read as a term and its meaning."""
    if note.rule not in ("definition", "labelled-fact", "heading-fact", "naming"):
        return None
    term = (u.label if note.rule == "labelled-fact" else asked_term(note)) or ""
    term = term.strip(" *_`")
    if _CHAPTER.fullmatch(term):
        return Finding("navigation", f"'{term}' is a part of the book or course, not a term to define")
    cited = PAGE_CITE.match(term)
    if cited and cited.group("page") not in _PERCENTILES and doc.labels.get("page-cite", 0) >= CITED_PAGES:
        return Finding("navigation", f"'{cited.group(0).strip(' *_')}' is a page of the book the notes read: the line is "
                                     "a remark on that page, not a term")
    return None
