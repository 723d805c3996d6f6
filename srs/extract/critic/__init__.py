"""The critic: named checks every card draft passes after the rules made it.

A rule reads a shape ("Label: text", a list, a heading and its paragraph); the
critic reads the card that came out as a learner would, on the rubric of
``card-quality.md`` (ATOMIC, ANSWERABLE, CORRECT, CLEAN, not trivial, not junk).
Each check is a small function that returns a :class:`Finding`: a repaired
draft (debris removed, a front worded for the notes' language) or none, and
then the draft is dropped. Precision comes before recall: when a check is
unsure the card is dropped and ``--explain`` names the check. A dropped draft
that still holds knowledge is kept as a *suggestion* (``Finding.suggest``).
"""

from __future__ import annotations

from dataclasses import dataclass

from srs.core.notes import NoteDraft
from srs.extract.critic.checks import CHECKS, OWN_CHECKS
from srs.extract.critic.finding import Check, Finding
from srs.extract.model import Doc, Unit
from srs.extract.rules import explicit_cloze

__all__ = ["CHECKS", "EXPLICIT_RULES", "Check", "Finding", "Verdict", "review"]

EXPLICIT_RULES = frozenset({"explicit-qa", "explicit-cloze"})


@dataclass
class Verdict:
    note: NoteDraft | None  # what is kept (maybe repaired), None when dropped
    findings: list[Finding]

    @property
    def dropped(self) -> Finding | None:
        return self.findings[-1] if self.note is None and self.findings else None


def review(note: NoteDraft, u: Unit, doc: Doc) -> Verdict:
    """Run every check in order; a repair is checked on by the rest, a drop ends the review."""
    findings: list[Finding] = []
    current = note
    # the user's own cards are only cleaned (and no-answers dropped); one or two "==highlights==" are the extractor's reading of emphasis
    own = note.rule in EXPLICIT_RULES and not (note.rule == explicit_cloze.RULE and explicit_cloze.emphasis_only(u.md))
    checks = OWN_CHECKS if own else CHECKS
    for check in checks:
        found = check(current, u, doc)
        if found is None:
            continue
        findings.append(found)
        if found.repaired is None:
            return Verdict(None, findings)
        current = found.repaired
    return Verdict(current, findings)
