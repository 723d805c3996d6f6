"""Footnote numbers pasted onto words: "A vector clock4 is a logical clock", "Transport Layer Security1 (TLS)".

Notes copied from a book or a PDF keep its superscript footnote numbers as plain
digits glued to the word before them. Digits also end real names ("Route53",
"Base64", "column1, column2"), so a document is read as carrying pasted
footnotes only when at least three ordinary lowercase words (four letters or
more) each carry a number once, and no other number on the same word: a
placeholder series ("arr1", "arr2") or a repeated name ("level101") is never
one. Code, link targets and URLs are left alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import partial

_TOKEN = re.compile(r"(?<![\w/.#=@:-])(?P<stem>[A-Za-z][a-z]{3,})(?P<n>\d{1,2})(?=[\s,.;:()!?]|$)")
_SKIP = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>]*>|https?://\S+")
_NAMES = frozenset("base route salsa chacha utf sha ipv http win amd arm level sev page".split())
MIN_EVIDENCE = 3


def strip(lines: list[str], in_code: list[bool]) -> list[str]:
    """The lines with pasted footnote numbers removed (unchanged when the document shows none)."""
    counts: Counter[str] = Counter()
    numbers: defaultdict[str, set[str]] = defaultdict(set)
    for line, code in zip(lines, in_code, strict=True):
        if code:
            continue
        for m in _TOKEN.finditer(_SKIP.sub(" ", line)):
            counts[m.group(0)] += 1
            numbers[m.group("stem").lower()].add(m.group("n"))
    glued = {t for t, c in counts.items() if c == 1 and _candidate(t, numbers)}
    if sum(1 for t in glued if t[0].islower()) < MIN_EVIDENCE:
        return lines
    out = list(lines)
    for i, (line, code) in enumerate(zip(lines, in_code, strict=True)):
        if code or not any(t in line for t in glued):
            continue
        kept = [(m.start(), m.end()) for m in _SKIP.finditer(line)]
        out[i] = _TOKEN.sub(partial(_unglued, glued=glued, kept=kept), line)
    return out


def _unglued(m: re.Match[str], *, glued: set[str], kept: list[tuple[int, int]]) -> str:
    return m.group("stem") if m.group(0) in glued and not _inside(m.start(), kept) else m.group(0)


def _candidate(token: str, numbers: defaultdict[str, set[str]]) -> bool:
    m = _TOKEN.match(token)
    assert m is not None
    stem = m.group("stem").lower()
    return len(numbers[stem]) == 1 and stem not in _NAMES


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
