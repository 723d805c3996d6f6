"""A lead-in that names things over a list of their traits: "Primitives:" over "- Faster execution", "- Less memory
usage", "- No null checks required" asks "Which four primitives?", and the back answers with what they are like,
not which they are. The set names none of its members."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_WHICH = re.compile(r"(?:.*: )?which (?:two|three|four|five|six|\d+) [^?]+\?", re.IGNORECASE)
# an item that says what something is like: "Faster execution", "No null checks", "Slightly slower", "Risk of …"
_TRAIT = re.compile(r"[-*+]?\s*(?:(?:slightly|much|far|a bit|very)\s+)?(?:faster|slower|higher|lower|bigger|smaller|larger|"
                    r"cheaper|easier|harder|simpler|safer|better|worse|lighter|heavier|stronger|weaker|fewer|greater|"
                    r"less|more|no|not|risk of|"
                    r"necessary|required|needs?|requires?|can(?:not|'t)?|cheap|expensive|easy|hard|simple|complex|"
                    r"safe|unsafe|fast|slow|high|low)\b", re.IGNORECASE)

# a set that is of traits already: "which three advantages?", "which three performance issues?"
_KINDS = re.compile(r"\b(?:advantages?|disadvantages?|benefits?|pros|cons|drawbacks?|downsides?|upsides?|issues?|problems?|"
                    r"pitfalls?|limitations?|features?|characteristics?|properties|traits?|qualities|strengths?|"
                    r"weaknesses?|risks?|costs?|trade-?offs?|considerations?|concerns?|symptoms?|signs?|mistakes?)\b",
                    re.IGNORECASE)


def traits_as_members(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "enumeration" or not _WHICH.fullmatch(note.front.strip()) or _KINDS.search(note.front):
        return None
    items = [line for line in note.back.splitlines() if line.strip()]
    traits = sum(bool(_TRAIT.match(line.strip())) for line in items)
    if len(items) < 2 or traits * 3 < len(items) * 2:
        return None
    return Finding("mangled-set", "the list says what they are like, not which they are: the set names no member",
                   suggest=True)
