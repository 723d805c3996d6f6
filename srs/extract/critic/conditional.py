"""A condition read as a definition: "Ein Graph ist ein Baum, wenn je zwei Ecken …" says when a graph is a tree; it
defines the tree (the heading), not the graph, so "Was ist Graph?" / "Ein Baum, wenn …" is false as a definition."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

# "a tree, if …", "ein Baum, wenn …", "un arbre, si …": one noun, a comma, then the condition
_KIND_IF = re.compile(r"(?:an?|ein|eine|einen|un|une|uno|una|um|uma)\s+[^\W\d_][\w-]*,\s+(?:if|when|iff|wenn|falls|si|se|"
                      r"cuando|quando|если|когда)\b", re.IGNORECASE)


def condition_as_meaning(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "definition" or not rx.match(_KIND_IF, note.back.strip()):
        return None
    return Finding("wrong-subject", "the sentence says when the term is a kind ('… ist ein Baum, wenn …'): it defines "
                                    "that kind, not the term")
