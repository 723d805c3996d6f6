"""Making note drafts from units: context, line, and cue titles."""

from __future__ import annotations

import re
from typing import Any

from srs.core.notes import NoteDraft, NoteKind, Template
from srs.extract.model import Unit
from srs.extract.text import EXAMPLE_WORDS, EXAMPLE_WORDS_CJK, is_generic

_SCHEDULE_PREFIX = re.compile(r"^(?:weeks?|days?|months?|phase|sprint|module|part|chapter|lesson|section|unit)\s*\d+(?:\.\d+)*(?:\s*[–—-]\s*\d+)?\s*[:—–-]\s*",
                              re.IGNORECASE)
ONLY_NUMBERED = re.compile(r"^(?:(?:weeks?|days?|months?|phase|sprint|module|part|chapter|lesson|lecture|section|unit|slides?)\s*)?"
                           r"\d+(?:[.-]\d+)*"
                            r"\s*[:.]?$", re.IGNORECASE)
_EXAMPLE = re.compile(rf"\b(?:exemplars?|examples?|case stud(?:y|ies)|scenarios?|sample|{EXAMPLE_WORDS})\b|"
                      rf"{EXAMPLE_WORDS_CJK}|例え|の(?:具体)?例\W*$", re.IGNORECASE)  # ("【強整合性と結果整合性の例】")

_CJK_LEAD = re.compile(r"(?:又|可|可以|还|也)?(?:分为|分成|包括|包含|有以下|有如下)\W*$|^\S{0,12}如下(?:所示)?\W*$")

SELF_GRADED = "Self-graded: answer aloud, then compare with your notes."


def draft(u: Unit, kind: NoteKind, rule: str, front: str, back: str = "", **extra: Any) -> NoteDraft:
    return NoteDraft(kind=kind, rule=rule, front=front, back=back, heading_path=u.path, line=u.no, **extra)


def cloze(u: Unit, kind: NoteKind, rule: str, text: str, extra: str = "") -> NoteDraft:
    return draft(u, kind, rule, text, extra, template=Template.CLOZE)


# a lead-in that says a list follows: what is listed is the noun after it
_THERE_ARE = re.compile(r"^(?:(?:además|also|moreover|furthermore|de plus|außerdem|inoltre|além disso|ademais),?\s+)?"
                        r"(?:there (?:are|is|exist)|existen|hay|il (?:existe|y a)|es gibt|existem|há|ci sono|esistono|"
                        r"(?:then |also |and )?we have|abbiamo(?: poi| anche| quindi)?|tenemos|temos|nous avons|wir haben)"
                        r"(?:\s+|(?=\W*$))"
                        r"(?:(?:several|many|some|different|various|diferentes|distintos|varios|varias|vários|várias|"
                        r"plusieurs|différents|verschiedene|mehrere|diversi|vari)\s+)?(?=\S|$)", re.IGNORECASE)

_COUNTED = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|zwei|drei|vier|"
                      r"fünf|deux|trois|quatre|duas|três|quatro|due|tre|quattro|im|in)\b", re.IGNORECASE)


_WHAT_IS = re.compile(r"^(?:[^:：?]{1,30}[:：]\s*)?(?:what|who)\s+(?:is|are)\s+(?:an?\s+|the\s+)?"
                      r"(?!(?:it|they|this|these|that|those|he|she)\b)(?P<thing>[^?]{2,60}?)\s*\??$", re.IGNORECASE)


def topic(u: Unit, own: str | None = None) -> str:
    """A title to put in a cue: ``own`` (or the nearest context), qualified when generic.

    "Template" under "Architecture Decision Records" → "Architecture Decision Records — template".
    """
    name = own if own is not None else (u.list_title or (u.path[-1] if u.path else ""))
    if name and ONLY_NUMBERED.match(name):
        name = next((p for p in reversed(u.path) if p != name and not ONLY_NUMBERED.match(p)), "")  # "Chapter 3:" alone
    name = _SCHEDULE_PREFIX.sub("", name) or name  # "Week 2: Scheduling" → "Scheduling"
    if _CJK_LEAD.search(name):  # "根据每个物品的数量又分为" ("by count, it divides into"): a lead-in, a heading names it
        name = next((p for p in reversed(u.path) if not _CJK_LEAD.search(p)), "")
    asked = _WHAT_IS.match(name)  # "Last: what is a Big Ball of Mud" → "Big Ball of Mud": the thing the title asks about
    name = asked.group("thing") if asked else name
    listed = _THERE_ARE.sub("", name).rstrip(":： ") if _THERE_ARE.match(name) else None
    if listed is not None and not _COUNTED.match(listed):  # "Además, existen diferentes tipos de proxies:" → "tipos de
        name = listed  # proxies"; "Abbiamo poi:" ("then we have") alone names nothing: the heading does
    # ("There are three famous types:" names no kind: the rules leave it as it is)
    if name and not is_generic(name):
        return name
    anchor = next((p for p in reversed(u.path) if p != name and not is_generic(p) and not ONLY_NUMBERED.match(p)
                   and not (_THERE_ARE.match(p) and not _THERE_ARE.sub("", p).strip(":： "))), "")  # not "Abbiamo poi"
    if not name:
        return anchor
    if not anchor:
        return name
    return f"{anchor} — {lower_words(name)}"


def lower_words(text: str) -> str:
    """``"Matrix Axes"`` → ``"matrix axes"``; acronyms and mixed case (``SLO``, ``CloudWatch``) stay."""
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in text.split(" "))


def in_example(u: Unit) -> bool:
    """Inside an exemplar / example / case study: labels there name fields of one case."""
    return any(_EXAMPLE.search(p) for p in (u.list_title, *u.path[-2:]))
