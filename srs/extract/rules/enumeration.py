"""Enumeration of a markdown list: "name all N" (N ≤ 7) and one card per item by position.

A list under a heading, a lead-in line ("For any design prompt, produce:") or a
parent item is a set. Up to seven short items make one "name all" card. Ordered
lists, and lists too long to name at once, also get one card per item, cued by
its position and its neighbour: "Core deliverable, item 3 of 9 (after Constraints)?".
"""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, NoteKind
from srs.extract.drafts import draft, topic
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import bullets, capitalize, clean_label, drop_parentheticals, word_count

RULE = "enumeration"
NAME_ALL_MAX = 7
MAX_KEY_WORDS = 7
_STATEMENT = re.compile(r"\b(?:is|are|was|were|has|have|can|will|must|should)\b", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"^(?:how|what|why|when|where|who|which|you|we|i|it|they|this|that|there)\b", re.IGNORECASE)
MAX_ANSWER_WORDS = 60


def item_key(u: Unit) -> str | None:
    """What names an item in a list: its label, else its text when short."""
    if u.label:
        return clean_label(u.label)
    text = drop_parentheticals(u.plain).rstrip(".;, ")
    if u.first_bold and word_count(text) > 4 and word_count(u.first_bold) <= 5:
        return clean_label(u.first_bold)
    if " = " in text:
        text = text.split(" = ", 1)[0]
    if _NOT_A_NAME.match(text) or _STATEMENT.search(text):  # "Offsets are committed per partition" is a fact
        return None
    return text if 0 < word_count(text) <= MAX_KEY_WORDS else None


def apply(u: Unit, doc: Doc) -> Claim | None:
    """One card for an item of a positional list (ordered, or too long to name at once)."""
    if not u.positional or not u.list_title or (u.label and not u.ordered):
        return None
    answer = f"{u.label}: {u.body}" if u.label and u.body else u.plain
    if not answer or word_count(answer) > MAX_ANSWER_WORDS:
        return None
    where = f"item {u.index} of {u.count}"
    if u.previous and len(re.findall(r"[\w'-]+", u.previous)) <= 5:
        where += f" (after {u.previous})"
    front = capitalize(f"{topic(u)}, {where}?")
    return Claim(RULE, [draft(u, NoteKind.ENUMERATION, RULE, front, capitalize(answer))],
                 detail=f"list item {u.index} of {u.count}, cued by position")


def name_all(u: Unit, title: str, keys: list[str], ordered: bool) -> NoteDraft | None:
    """The "name all N" card of a list, attached to ``u`` (its lead line)."""
    if not 2 <= len(keys) <= NAME_ALL_MAX or not title:
        return None
    front = capitalize(f"{topic(u, title)} ({len(keys)})?")
    return draft(u, NoteKind.ENUMERATION, RULE, front, bullets(keys, ordered=ordered))
