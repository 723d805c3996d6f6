"""A label that tags what its sentence is about instead of naming a term: "**Business Continuity Focus:** Incident
response aims to …", "**Organizational Alignment:** …", "**Medical Analogy:** …". Summaries written in this style give
every bullet such a tag; asked as "Heading: Business Continuity Focus?", the card has no one answer."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit
from srs.extract.text import word_count

# the last word of such a tag: what kind of remark follows, not a thing of the subject
_TAG_WORD = re.compile(r"(?:focus|alignment|effectiveness|synchronization|synchronisation|participation|analogy|"
                       r"inevitability|viability|intent|emphasis|considerations|perspective|imperative|mindset|orientation|"
                       r"integration|distinction|relevance|significance|importance|implications?)$", re.IGNORECASE)


def summary_tag(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "labelled-fact" or not u.label or not u.bold_label:
        return None
    label = u.label.strip(" *_:：")
    words = label.split()
    if not 2 <= len(words) <= 4 or not _TAG_WORD.search(label) or word_count(note.back) < 8:
        return None
    if not all(w[:1].isupper() or w.lower() in ("of", "and", "vs.", "vs", "for", "the") for w in words):
        return None  # ("Data plane integration: …" in a sentence's case may name a feature)
    return Finding("summary-tag", f"'{label}' tags what the sentence is about; it names no term to ask about",
                   suggest=True)
