"""A benefit and its reason under a "why X" title, read as a definition: "Scalability – partitions allow distributed
consumption" under "Why Kafka became popular" is why Kafka scales, not what scalability is ("What is Scalability?").
The card asks the benefit under its title instead."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.words import asked_term
from srs.extract.model import Doc, Unit

# "Why Kafka became popular", "Benefits of caching", "Pourquoi Kafka", "为什么用 Kafka"
_BENEFITS = re.compile(r"^why\b|\b(?:benefits|advantages|pros|strengths) of\b|^(?:ventajas|vantagens|avantages|vorteile|"
                       r"vantaggi) (?:de|do|da|des|du|von|der|di)\b|^(?:por ?qu[ée]|pourquoi|warum|perch[ée]|为什么|なぜ|왜)",
                       re.IGNORECASE)  # (a bare "Advantages" under "Merge Sort" names whose only with its parent)


def benefit_as_definition(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "definition" or not u.path or not _BENEFITS.search(u.path[-1]):
        return None
    term = asked_term(note)
    if not term or rx.match(r"(?:an?|the|one|any)\s", note.back, re.IGNORECASE):
        return None  # "A metric – a quantitative measure of …" under "Why is monitoring important?": a definition
    said = rx.match(rf"\W*({re.escape(term)})\W*\s*(?:[–—:：]|-\s)", u.plain, re.IGNORECASE)
    if said is None:
        return None  # ("Scalability – partitions allow …", "**Durability**: messages persisted …")
    mark = "？" if note.front.rstrip().endswith("？") else "?"
    return Finding("benefit-label", f"'{term}' is a benefit under '{u.path[-1]}', and its text the reason",
                   repaired=replace(note, front=f"{u.path[-1]}: {said.group(1)}{mark}"))


# "Increased feature reusability: avoid redundant …", "Managed solution: reduced overhead": a gain claimed as a label
_GAIN = re.compile(r"(?:increased|reduced|improved|better|lower|higher|faster|fewer|greater|enhanced|simplified|managed|"
                   r"easier|cheaper|automated)\s+\w", re.IGNORECASE)
_ASKS_GAIN = re.compile(r"\b(?:benefits?|advantages?|pros|gains?|why|ventajas?|vantagens?|avantages?|vorteile?)\b",
                        re.IGNORECASE)


def benefit_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = (u.label or "").strip(" *_`")
    if note.rule != "labelled-fact" or not rx.match(_GAIN, label) or rx.search(_ASKS_GAIN, note.front):
        return None
    return Finding("statement-label", f"'{label}' claims a gain, which the bare front reads as a yes/no question",
                   suggest=True)
