"""The card-quality smells of /work/shared/guides/card-quality.md, as checks (shared by the tests)."""

from __future__ import annotations

import re
from pathlib import Path

from srs.core.cloze import cloze_numbers, hidden, render_back, render_front, strip_cloze, visible
from srs.core.notes import NoteDraft, NoteKind, Template, normalize

SEEDS = sorted((Path(__file__).resolve().parents[1] / "data" / "seeds").glob("*.txt"))
MAX_WORDS = 60
URL = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.IGNORECASE)
FILE = re.compile(r"^\W*[\w./-]+\.(?:md|txt|pdf|docx?|py|json|ya?ml|csv)\W*$", re.IGNORECASE)
MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf]|Â[\u0080-\u00bf ]|Ã©|â€™|\ufffd")
LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
CUE_END = re.compile(r"(?:\?|→ \?)$")


def sides(note: NoteDraft) -> list[tuple[str, str]]:
    """Every card of a note as (front, back), as a person would see it."""
    if note.template == Template.CLOZE:
        out = []
        for n in cloze_numbers(note.front):
            back = render_back(note.front, n)
            out.append((render_front(note.front, n), f"{back}\n\n{note.back}".strip()))
        return out
    out = [(note.front, note.back)]
    if note.reverse:
        out.append((note.back, note.front))
    return out


def answer_words(note: NoteDraft) -> int:
    text = strip_cloze(note.front) if note.template == Template.CLOZE else note.back
    return len(text.split())


def problems(note: NoteDraft) -> list[str]:
    """What is wrong with a note's cards (empty when it is a good card by the guide's smells)."""
    found: list[str] = []
    if note.kind == NoteKind.TRADEOFF and not note.answered and "(From the bundled card “" in note.back:
        return found  # the bundled card's own answer, shown with its name: tests/test_bundled_decks.py checks it
    cards = sides(note)
    if not cards:
        found.append("no card")
    for front, back in cards:
        if not visible(front) or not visible(back):
            found.append("empty side")
        if normalize(front) == normalize(back):
            found.append("front equals back")
        for side in (front, back):
            if MOJIBAKE.search(side):
                found.append(f"mojibake in {side!r}")
            if "**" in side.replace(f"**{_revealed(note, back)}**", "") or "__" in side:
                found.append(f"markdown noise in {side!r}")
            if side.count("`") % 2:
                found.append(f"unbalanced backticks in {side!r}")
        if URL.match(front) or FILE.match(front):
            found.append(f"front is only a URL or file name: {front!r}")
        if LIST_MARKER.match(front):
            found.append(f"front starts with a list marker: {front!r}")
        if "\n" not in back.strip() and LIST_MARKER.match(back) and note.template == Template.BASIC:
            found.append(f"one-line back starts with a list marker: {back!r}")
    if note.kind != NoteKind.DRILL and note.rule != "explicit-qa" and answer_words(note) > MAX_WORDS:
        found.append(f"answer over {MAX_WORDS} words")
    if note.template == Template.BASIC and not note.reverse and note.kind != NoteKind.DRILL and note.rule != "explicit-qa":
        if not CUE_END.search(note.front):
            found.append(f"front does not read as a question or cue: {note.front!r}")
    if note.template == Template.CLOZE and not all(any(visible(h) for h in hidden(note.front, n))
                                                   for n in cloze_numbers(note.front)):
        found.append("a cloze card that hides nothing")
    if note.kind == NoteKind.RULE and note.front.count("→") != 1:
        found.append(f"rule card made from a flow: {note.front!r}")
    return found


def _revealed(note: NoteDraft, back: str) -> str:
    """The bold answer render_back adds to a cloze back is intended markup."""
    m = re.search(r"\*\*(.+?)\*\*", back)
    return m.group(1) if note.template == Template.CLOZE and m else "\0"
