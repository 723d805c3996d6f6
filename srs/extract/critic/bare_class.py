"""A definition cut to its class: "**Lazy initialization** is a performance optimization. If creating …" → "What is
Lazy initialization?" / "A performance optimization". The class fits a hundred terms; what sets this one apart is in
the sentences after it, which the card leaves out. "VLAN 1" → "The default VLAN" or "Vertex" → "A node" name the
thing itself, and "Guarding" → "A failsafe mechanism" (against "a filtration mechanism") sets it apart: they stay."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_CLASS = re.compile(r"(?:an?|the)\s+(?:(?:performance|design|software|simple|common|useful|powerful|important|popular|"
                    r"per-region|regional|global|key|core|special|general|basic|new|cloud|managed|web|programming|graph|"
                    r"search|sorting|linear)\s+)?(?:mechanism|pattern|optimi[sz]ation|technique|concept|approach|method|"
                    r"service|tool|feature|process|strategy|practice|component|solution|thing|way|idea|principle|"
                    r"framework|platform|library|language|system|software|program|application|protocol|algorithm|"
                    r"data structure)s?\.?",
                    re.IGNORECASE)


def bare_class(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "definition" or note.reverse or not _CLASS.fullmatch(note.back.strip()):
        return None
    return Finding("bare-class", f"'{note.back.strip()}' only names the class, which fits many terms", suggest=True)
