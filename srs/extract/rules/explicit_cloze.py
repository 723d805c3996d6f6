"""Explicit cloze: ``{{c1::answer}}``, ``{{c1::answer::hint}}`` or ``==answer==`` in a paragraph or item."""

from __future__ import annotations

import re

from srs.core.cloze import cloze_numbers, cloze_problems, drop_empty_clozes, has_cloze, highlights_to_cloze
from srs.core.notes import NoteKind, normalize
from srs.extract import rx
from srs.extract.drafts import cloze
from srs.extract.model import Claim, Doc, Unit

RULE = "explicit-cloze"
_MAX_HIGHLIGHTED_WORDS = 60  # words of a passage with "==highlights==" (a cloze of the user's "{{c1::…}}" has no limit)
# "==**NoSQL**==", "**==Redis==**": bold marks inside or around the highlight stay as "****" debris on the card
_INNER_MARKS = re.compile(r"\{\{(c\d+)::(\*\*|__)([^{}]*?)\2(::[^{}]*)?\}\}")
_CLOZE = re.compile(r"\{\{c\d+::([^{}]*?)(?:::[^{}]*)?\}\}")
_UNWRAPPED = re.compile(r"(\*\*|__)(\{\{c\d+::[^{}]*\}\})\1")


def apply(u: Unit, doc: Doc) -> Claim | None:
    if "{{c" not in u.md and "==" not in u.md:
        return None
    if not has_cloze(u.md):
        return None
    text = _UNWRAPPED.sub(r"\2", _INNER_MARKS.sub(r"{{\1::\3\4}}", highlights_to_cloze(u.md)))
    if text.startswith("**") and text.endswith("**") and text.count("**") == 2:
        text = text[2:-2]  # "**事务中…，==没有回滚==**": the whole line in bold, around the blank too
    problems = cloze_problems(text)
    text = drop_empty_clozes(text)
    if not cloze_numbers(text):
        return Claim("bad-cloze", skip=True, detail="; ".join(problems) or "no usable cloze", warnings=problems)
    highlighted = _CLOZE.findall(text)
    words = len(_CLOZE.sub(r"\1", text).split())  # (a line all of "==…==" is the user's own cloze syntax, capped elsewhere)
    if "{{c" not in u.md and words > _MAX_HIGHLIGHTED_WORDS and sum(len(h.split()) for h in highlighted) * 2 < words:
        return Claim("bad-cloze", skip=True, detail="highlights across a long passage (a quote, a paragraph): the "
                                                    "author's emphasis, no one card", warnings=problems)
    if emphasis_only(u.md):  # one or two "==…==" highlights in a sentence: a blank
        # must leave a cue, and must not show again beside itself
        rest = _CLOZE.sub(" ", text)
        shown_again = any(h.strip() and rx.search(rf"(?<![A-Za-z0-9_-]){re.escape(h.strip())}(?![A-Za-z0-9_-])", rest, re.I)
                          for h in highlighted)  # "SYN" beside "SYN-ACK" is another word
        if any(len(h.split()) >= 8 for h in highlighted):
            return Claim("bad-cloze", skip=True, detail="a highlighted sentence, a mark of emphasis, not a blank",
                         warnings=problems)
        if len(normalize(rest).replace(" ", "")) < 4 or shown_again:
            return Claim("bad-cloze", skip=True, detail="a highlight that hides the whole line or shows again beside it",
                         warnings=problems)
        if any(_told(h, f"{rest} {' '.join(u.path[-1:])}") for h in highlighted) \
                or sum(len(h) for h in highlighted) * 2 >= len(_CLOZE.sub(r"\1", text)):
            return Claim("bad-cloze", skip=True, detail="a highlight the sentence or its heading already says, or most of "
                                                        "the sentence", warnings=problems)
    return Claim(RULE, [cloze(u, NoteKind.CLOZE, RULE, text)], detail=f"{len(cloze_numbers(text))} cloze card(s)",
                 warnings=problems)


def emphasis_only(md: str) -> bool:
    """One or two "==highlights==" and no "{{c1::…}}" of the user's own: the author's emphasis, read as blanks (and
    checked by the whole critic), not cloze syntax the user wrote."""
    return "{{c" not in md and len(_CLOZE.findall(drop_empty_clozes(highlights_to_cloze(md)))) <= 2


def _told(hidden: str, shown: str) -> bool:
    """Most of the highlight's words stand in the rest of the line or the heading: "**Time-based** One-Time Password …
    changes the code ==based upon the current time==" shows "time" and "based" already."""
    words = {w[:5] for w in rx.findall(r"[a-z]{4,}", hidden.lower())}
    seen = {w[:5] for w in rx.findall(r"[a-z]{4,}", shown.lower())}
    return len(words) >= 2 and len(words & seen) * 2 >= len(words)
