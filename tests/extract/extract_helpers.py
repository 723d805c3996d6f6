"""Small helpers for the rule tests."""

from __future__ import annotations

from srs.core.notes import NoteDraft
from srs.extract import Extraction, extract


def notes(text: str, rule: str | None = None) -> list[NoteDraft]:
    return [n for n in extract(text).notes if rule is None or n.rule == rule]


def fronts(text: str, rule: str | None = None) -> set[str]:
    """The fronts of the notes made from ``text`` (of one rule, when given)."""
    return {n.front for n in notes(text, rule)}


def one(text: str, rule: str) -> NoteDraft:
    found = notes(text, rule)
    assert len(found) == 1, [(n.rule, n.front, n.back) for n in extract(text).notes]
    return found[0]


def line(ex: Extraction, no: int):
    return ex.lines[no - 1]
