"""A label and a value that do not make a question. "**Broader vs. narrower**: A TEE can be software-based, whereas an
enclave is hardware-enforced" names two degrees of a property, not what is broader: "Broader vs. narrower?" asks
nothing. "HMAC: 'secret'" gives the key one worked example signs with: "HMAC?" → "'secret'" is that example's data,
not a fact about HMAC."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit
from srs.extract.rules.tradeoff import COMPARATIVE

_VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
_QUOTED = re.compile(r"(['\"‘“])[^'\"’”]{1,40}['\"’”]\.?")


def degrees_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = (u.label or "").strip(" *_:：")
    sides = _VS.split(label)
    if note.rule != "labelled-fact" or len(sides) != 2 or not all(COMPARATIVE.fullmatch(s.strip()) for s in sides):
        return None
    return Finding("fragment", f"'{label}' names two degrees of a property, not what is asked")


def quoted_value(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "labelled-fact" or not _QUOTED.fullmatch(note.back.strip()):
        return None
    return Finding("example-data", f"the back is only a quoted value ({note.back.strip()}), the data of one example")
