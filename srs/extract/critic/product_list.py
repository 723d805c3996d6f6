"""A label over a run of product names: "**Build & Deploy:** GitHub Actions, GitLab CI, Jenkins, AWS CodePipeline."
Asked as "Build & Deploy?", the card wants an open list of examples that no one could recall in full, and the front
does not even say that examples are wanted. Two or three names ("BitLocker, LUKS") stay: a short set can be learned."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_NAME = r"[A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,2}"
_NAMES = re.compile(rf"{_NAME}(?:, {_NAME}){{3,}}(?:,? (?:and|or|etc\.?) {_NAME})?\.?")


def product_list(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "labelled-fact" or not _NAMES.fullmatch(note.back.strip()):
        return None
    return Finding("product-list", "the back is a run of four or more product names, an open list of examples",
                   suggest=True)
