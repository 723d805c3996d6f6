"""A label answered with two alternatives: "Design APIs: REST or gRPC", "Circuit Breakers: Resilience4j or Hystrix",
"Arquitetura: escopo global ou alto nível". The label names a task or a topic; the back offers the author's options
for it, which the bare front does not ask for ("Circuit Breakers?" reads as "what is a circuit breaker?"). Graded
labelled facts of this shape were 0 of 4 GOOD (rounds 601-633). The same goes for five or more options joined by slashes
("ER diagrams/normalization/B tree/SQL/query optimization/concurrency control", slash_list): a set, not one answer."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_EITHER = re.compile(r"(?!(?:all or nothing|true or false|yes or no)\b)[^\s,;:`()]+(?:\s[^\s,;:`()]+)?\s+"
                     r"(?:or|ou|oder|или|或|または|또는)\s+[^\s,;:`()]+(?:\s[^\s,;:`()]+)?\.?", re.IGNORECASE)
_ASKS_CHOICE = re.compile(r"\b(?:choice|choose|option|options|either|which|whether|type|mode)\b|[?？].+[?？]$", re.IGNORECASE)


def either_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule not in ("labelled-fact", "heading-fact") or note.template != Template.BASIC \
            or not rx.fullmatch(_EITHER, note.back.strip()) or rx.search(_ASKS_CHOICE, note.front):
        return None
    return Finding("either-back", f"the back offers two options ('{note.back.strip()}') that the bare label does not ask "
                                  "for", suggest=True)


def slash_list(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "DBMS technologies: ER diagrams/normalization/B tree/SQL/query optimization/concurrency control": a set of
    five or more joined by slashes, asked as one fact with no count, which nobody recalls whole."""
    parts = note.back.strip().rstrip(".").split("/")
    if note.rule != "labelled-fact" or len(parts) < 5 or "`" in note.back or rx.search(r"://|(?:^|[\s,(])/\w", note.back) \
            or not all(0 < len(p.split()) <= 3 for p in parts):
        return None
    return Finding("oversize", f"the back joins {len(parts)} items with slashes: a set to name whole, not one fact")
