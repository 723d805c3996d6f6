"""A cloze cut from the author's narration: "Before we were only able to send [...] bits …", "We may thus [...] apply
this strategy", "nous pourrions avoir …". The sentence tells what the writer did or could do in one walkthrough; the
hidden word is a step of that story, not a fact that holds on its own. Graded clozes in the first person plural were
1 in 6 GOOD (rounds 601-627)."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

# the writer and the reader as one "we" (not "us" or "our", which a fact may use: "allows us to view all issues")
_WE = re.compile(r"\b(?:we|we're|we've|we'll|we'd|nous|wir|nosotros|nosotras|nós|noi|мы)\b|我们|我們|우리(?:는|가|도)",
                 re.IGNORECASE)


# "… we say it has caught up", "the tables we have examined are called static hash tables": a name given, a fact
_NAMING = re.compile(r"\b(?:we (?:say|call|define|denote|refer to)|(?:is|are) (?:called|named|termed)|(?:known|referred to) as)\b",
                     re.IGNORECASE)


def narrated_cloze(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.template != Template.CLOZE or not (found := rx.search(_WE, note.front)) or rx.search(_NAMING, note.front):
        return None
    return Finding("narrated", f"the cloze is cut from the author's narration ('{found.group(0)}'), one walkthrough's "
                               "step, not a fact on its own", suggest=True)


# "Quando si lavora con i firewall, è buona pratica …", "When working with X, it is good practice to …": advice
_GOOD_PRACTICE = re.compile(r"\b(?:it is (?:a )?(?:good|best|common) practice|it'?s (?:a )?good practice|è (?:una )?buona pratica|"
                            r"es (?:una )?buena práctica|é (?:uma )?boa prática|il est de bonne pratique|"
                            r"es ist (?:eine )?gute praxis)\b", re.IGNORECASE)


def advice_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Firewall?" → "When working with firewalls, it is good practice to …": the section's advice, not what it is."""
    if note.rule not in ("heading-fact", "definition") or not rx.search(_GOOD_PRACTICE, note.back):
        return None
    return Finding("advice-back", "the answer gives the author's advice ('it is good practice …'), not what the heading "
                                  "names", suggest=True)
