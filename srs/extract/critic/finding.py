"""What a check says about a card draft (a :class:`Finding`), and the shape of a check.

Its own module so the checks (content, form, language, meaning) import it
without importing the critic package that runs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from srs.core.notes import NoteDraft
from srs.extract.model import Doc, Unit


@dataclass(frozen=True)
class Finding:
    check: str  # the check's name, shown by --explain
    detail: str  # why, in a few words
    repaired: NoteDraft | None = None  # the better draft; None: the draft is dropped
    suggest: bool = False  # dropped, but it holds knowledge: offer it as a suggestion


Check = Callable[[NoteDraft, Unit, Doc], Finding | None]
