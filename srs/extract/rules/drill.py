"""Drill: a quoted prompt or an interview question the notes do not answer.

The front is the prompt; the back is the nearest checklist in the same notes
(e.g. a "Core deliverable" list for design prompts), filled in once the whole
document is read (:func:`resolve`). Drills are self-graded.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from srs.core.notes import NoteDraft, NoteKind
from srs.extract import rx
from srs.extract.drafts import SELF_GRADED, draft
from srs.extract.model import Checklist, Claim, Doc, Unit
from srs.extract.text import bullets, unquote, word_count

RULE = "drill"
_LEADING = re.compile(r"^[^\w“\"‘']+", re.UNICODE)
_QUESTION = re.compile(
    r"^(?:how|what|why|when|which|where|who|describe|explain|design|walk me|tell me|talk me|can you|could you|"
    r"would you|should you|do you|have you|give an example|estimate|compare)\b",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"^(?:design|explain|describe|walk|build|estimate|compare|whiteboard|sketch|tell|implement|model|plan|cut|"
    r"migrate|debug|scale|propose)\b",
    re.IGNORECASE,
)
_DRILL_SECTION = re.compile(r"\b(?:drills?|exercises?|prompts?|questions?|mock|q&a|interview)\b", re.IGNORECASE)
_CHECKLIST_WORDS = re.compile(
    r"\b(?:deliverables?|checklist|rubric|framework|steps|structure|answer|approach|produce|cover|outline)\b",
    re.IGNORECASE,
)
_FOR_PROMPTS = re.compile(r"\b(?:prompts?|questions?|interviews?|design|system)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z0-9-]{3,}")
_STRONG_CHECKLIST = re.compile(r"deliverable|checklist|rubric|framework", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    prompt = _prompt(u)
    if prompt is None:
        return None
    return Claim(RULE, [draft(u, NoteKind.DRILL, RULE, prompt, "")], detail="a prompt to answer aloud (self-graded)")


def _prompt(u: Unit) -> str | None:
    text = _LEADING.sub("", u.plain)
    inner = unquote(text)
    if inner is not None and word_count(inner) >= 4 and (
            inner.rstrip().endswith(("?", "？")) or _PROMPT.match(inner) or _DRILL_SECTION.search(f"{u.section} {u.list_title}")):
        return inner  # a quoted question or task; a quoted maxim ("Start by thinking about …") is a quote, no prompt
    if u.label is not None and not rx.match(r"^(?:q|questions?|prompts?|drills?)\d*$", u.label, re.IGNORECASE):
        return None
    body = u.body if u.label else text
    if body.endswith("?") and _QUESTION.match(body) and word_count(body) >= 5:
        return body
    if _DRILL_SECTION.search(f"{u.section} {u.list_title}") and _PROMPT.match(body) and word_count(body) >= 5:
        return body
    return None


def is_checklist(title: str, lead: str) -> bool:
    return bool(_CHECKLIST_WORDS.search(f"{title} {lead}"))


class Checklists:
    """The checklists of a document, ready to be matched to drills (nearest and most relevant first)."""

    def __init__(self, checklists: list[Checklist]) -> None:
        self.items = sorted(checklists, key=lambda c: c.line)
        self.lines = [c.line for c in self.items]
        self.features = [(_bonus(c), frozenset(_WORD.findall(f"{c.title} {c.lead}".lower()))) for c in self.items]

    def best(self, note: NoteDraft) -> Checklist | None:
        asked = set(_WORD.findall(note.front.lower()))
        reach = 1000 * (6 + len(asked))  # beyond this distance no checklist can outscore a nearer one
        lo = bisect_left(self.lines, note.line - reach)
        hi = bisect_right(self.lines, note.line + reach)
        best: tuple[float, int] | None = None
        for k in range(lo, hi):
            bonus, words = self.features[k]
            if bonus < 3 and not asked & words:
                continue  # "AWS Well-Architected Framework" (a product's name) for "how do you use pricing models?":
                # a list neither made for prompts nor about the question is no answer to it
            score = bonus + len(asked & words) - abs(self.lines[k] - note.line) / 1000
            if best is None or score > best[0]:
                best = (score, k)
        return self.items[best[1]] if best else None


def resolve(note: NoteDraft, checklists: Checklists) -> NoteDraft:
    """Give a drill its back: the best checklist of the notes, else a self-graded prompt."""
    best = checklists.best(note)
    if best is None:
        return replace(note, back=SELF_GRADED, answered=False)
    back = f"Self-graded. Cover the {best.title[:1].lower() + best.title[1:]} (from your notes):\n" + bullets(best.keys, ordered=best.ordered)
    return replace(note, back=back, answered=True)


def _bonus(c: Checklist) -> float:
    about = f"{c.title} {c.lead}"
    return 3.0 * bool(_FOR_PROMPTS.search(about)) + 2.0 * bool(_STRONG_CHECKLIST.search(about))
