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
from srs.extract.model import Doc, Unit

# "Iterative  : 67", "- Velocity/capacity Planning : 11": a title, a spaced colon and a page number ending the line
_ENTRY = r"[^\W\d_]\S*\s+[:：]\s*\d{1,3}"
PAGE_REFERENCE = re.compile(_ENTRY + r"\s*$")
INDEX_LINES = 5  # lines of this shape that make an index


def page_number(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if doc.labels.get("page-reference", 0) < INDEX_LINES or not rx.search(_ENTRY + r"(?:\s|$)", u.md):
        return None  # (the unit's lines are joined: "Iterative : 67 incremental : 69")
    return Finding("navigation", "the line is an entry of the notes' index of slides: its number is a page")
