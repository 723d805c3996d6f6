"""Cloze text: ``{{c1::answer}}`` / ``{{c1::answer::hint}}`` (Anki's syntax) and ``==answer==``.

A cloze note's text yields one card per cloze number. On the front of card *n*
cloze *n* is hidden (``[...]`` or ``[hint]``) and every other cloze shows its
answer as plain text; the back reveals cloze *n* in bold.

Pure stdlib: the extractor and the review screens both use it.
"""

from __future__ import annotations

import re
import unicodedata

# An answer runs to the first ``::`` (then a hint) or ``}}``; it cannot contain ``}}``.
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_OPEN = re.compile(r"\{\{c\d+::")
_HIGHLIGHT = re.compile(r"(?<![=\w\\<])==(?=[^\s=])(.+?)(?<=[^\s=])==(?![=\w>])")  # not "a === b", not an arrow "<==copy==>"
_BACKTICKS = re.compile(r"`+")

HIDDEN = "[...]"
MAX_CLOZES = 100  # cloze numbers in one note: each makes a card, and Anki's practical limit is far lower


def cloze_numbers(text: str) -> list[int]:
    """Distinct cloze numbers in order: ``"{{c2::a}} {{c1::b}} {{c2::c}}"`` → ``[1, 2]``."""
    return sorted({int(m.group(1)) for m in CLOZE.finditer(text) if int(m.group(1)) > 0})


def render_front(text: str, n: int) -> str:
    """Card *n*'s question: cloze *n* hidden, the other clozes shown plainly."""

    def hide(m: re.Match[str]) -> str:
        if int(m.group(1)) != n:
            return m.group(2)
        hint = (m.group(3) or "").strip()
        return f"[{hint}]" if hint else HIDDEN

    return CLOZE.sub(hide, text)


def render_back(text: str, n: int) -> str:
    """Card *n*'s answer: cloze *n* revealed in bold, the others plain."""

    def reveal(m: re.Match[str]) -> str:
        answer = m.group(2)
        if int(m.group(1)) != n or not answer.strip():
            return answer
        return f"**{answer.strip()}**"

    return CLOZE.sub(reveal, text)


def strip_cloze(text: str) -> str:
    """The text as it reads with every answer shown and no markup."""
    return CLOZE.sub(lambda m: m.group(2), text)


def has_cloze(text: str) -> bool:
    return bool(_OPEN.search(text)) or bool(highlights(text))


def highlights(text: str) -> list[str]:
    """The ``==answer==`` spans of a text, outside code spans."""
    return [m.group(1) for m in _HIGHLIGHT.finditer(mask_code(text))]


def highlights_to_cloze(text: str) -> str:
    """``==a== and ==b==`` → ``{{c1::a}} and {{c2::b}}``, numbered after any existing cloze.

    Highlights inside code spans are left alone.
    """
    masked = mask_code(text)
    next_n = max(cloze_numbers(text), default=0) + 1
    out: list[str] = []
    last = 0
    for m in _HIGHLIGHT.finditer(masked):
        out.append(text[last:m.start()])
        out.append(f"{{{{c{next_n}::{text[m.start(1):m.end(1)]}}}}}")
        next_n += 1
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def hidden(text: str, n: int) -> list[str]:
    """The answers cloze ``n`` hides."""
    return [m.group(2) for m in CLOZE.finditer(text) if int(m.group(1)) == n]


def drop_empty_clozes(text: str) -> str:
    """Remove deletions with nothing to hide (``{{c1::}}``, ``{{c1:: ::hint}}``) and ``c0`` markup."""

    def keep(m: re.Match[str]) -> str:
        if int(m.group(1)) == 0 or not visible(m.group(2)):
            return m.group(2) if visible(m.group(2)) else ""
        return m.group(0)

    return CLOZE.sub(keep, text)


def visible(text: str) -> bool:
    """Whether a text shows anything: not only spaces, control or format characters (ESC, zero-width space)."""
    if text[:1].isalnum():  # the usual case, at once: letters and digits are categories L and N
        return True
    return any(unicodedata.category(ch)[0] not in "ZC" for ch in text)


def cloze_problems(text: str) -> list[str]:
    """What is wrong with a text's cloze markup (empty when it is well formed)."""
    problems: list[str] = []
    opened = len(_OPEN.findall(text))
    closed = len(CLOZE.findall(text))
    if opened > closed:
        problems.append("unbalanced cloze: '{{cN::' without a closing '}}'")
    for m in CLOZE.finditer(text):
        if int(m.group(1)) == 0:
            problems.append("cloze number 0 (numbers start at c1)")
        elif not m.group(2).strip():
            problems.append(f"empty cloze c{m.group(1)}")
    return problems


def code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each code span, as CommonMark reads them: a run of k backticks opens one,
    closed by the next run of exactly k; a run never closed is plain text.

    In linear time: a regex with a backreference (`` (`+).+?\1 ``) took cubic time on a run of
    backticks (4,000 in a line: 3 s; 20,000: minutes)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(i)
    seen = dict.fromkeys(by_length, 0)  # per length, how far its list has been consumed: each run looked at once
    spans, i = [], 0
    while i < len(runs):
        start, end = runs[i]
        same, k = by_length[end - start], seen[end - start]
        while k < len(same) and same[k] <= i:
            k += 1
        seen[end - start] = k
        if k == len(same):
            i += 1  # never closed: literal backticks
            continue
        spans.append((start, runs[same[k]][1]))
        i = same[k] + 1
    return spans


def mask_code(text: str, fill: str = " ") -> str:
    """Same length as ``text``, with code spans (:func:`code_spans`) filled with ``fill`` so markup inside
    them is ignored."""
    if "`" not in text:
        return text
    out, last = [], 0
    for start, end in code_spans(text):
        out += [text[last:start], fill * (end - start)]
        last = end
    out.append(text[last:])
    return "".join(out)
