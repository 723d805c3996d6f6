"""A share the sentence already gives: "JavaScript from 52kb to 391kb (increase [...])" → "651%". The two numbers shown
make the hidden percentage a sum, not a fact to recall (and the notes' own arithmetic is often off)."""

from __future__ import annotations

import re

from srs.core.cloze import CLOZE
from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_SHARE = re.compile(r"\s*[+~≈-]?\d[\d.,]*\s*%\s*")
_FROM_TO = re.compile(r"\d[\d.,]*\s*[A-Za-z]{0,3}\s+to\s+(?:almost\s+|about\s+|around\s+|nearly\s+|~\s*)?\d")


def derived_share(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "number-cloze" or not any(_SHARE.fullmatch(m.group(2)) for m in CLOZE.finditer(note.front)):
        return None
    if not _FROM_TO.search(CLOZE.sub(" ", note.front)):
        return None
    return Finding("trivial", "the hidden percentage follows from the two numbers shown ('from 52kb to 391kb')")
