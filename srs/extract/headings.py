"""The heading path as the walk goes: real headings, pseudo-headings and list items that head sub-items.

``# STRIDE`` → ``## Spoofing`` gives the path ``("STRIDE", "Spoofing")``. A bold line
on its own (``**Key Principles:**``) is a *pseudo-heading*: it sits half a level
below the last real heading and lasts until the next one, a rule (``---``) or a
plain paragraph (a bold title over prose, ``🟢 **Race Condition**``, lasts past its paragraphs). A list item with sub-items (``- **Drills**``) heads them only.
"""

from __future__ import annotations

from srs.extract import rx
from srs.extract.text import TOC_TITLE

_ITEM_LEVEL = 100.0  # item contexts sit above every heading level


def _toc(title: str) -> bool:
    """"Table of contents", "INDEX:", "目录"; "Index" in a database note may be the subject of the sections below."""
    return bool(TOC_TITLE.search(title)) and not rx.fullmatch(r"\W*[Ii]ndex\W*", title)


def _key(title: str) -> str:
    """A heading title without its emoji, marks and case: "❓ Зачем нужен?" and "Зачем нужен?" are one title."""
    return " ".join(rx.sub(r"[^\w\s]", " ", title).lower().split())


class Headings:
    def __init__(self) -> None:
        self._stack: list[tuple[float, str]] = []
        self._path: tuple[str, ...] | None = ()
        self._sections: tuple[str, ...] = ()
        self._section = -1  # the stack position of a pseudo-heading that titles prose, if any
        self._entered: list[int] = []  # the stack's length before each open enter()
        self.numbers: dict[str, int] = {}  # the headings' own numbers ("3", "3.2") and their levels, which nest "3.2.1"
        self._nested: frozenset[int] = frozenset()  # the lines of headings that sit under the numbered one above them
        self._numbered_level = 0  # the level given to the last numbered heading ("### 2. sync.Mutex")

    def set_titles(self, headings: list[tuple[int, int, str]]) -> None:
        """``(line, level, title)`` of every heading. "### 1. WaitGroup" / "### Why use it?" / "### Limits" /
        "### 2. Mutex" / "### Why use it?": when the titles under one numbered heading come again under another of
        its level, they are its sections, though written at its level."""
        runs: list[tuple[int, list[tuple[int, str]]]] = []  # (level of a numbered heading, the titles at its level after it)
        for line, level, title in headings:
            if rx.match(r"\s*\d{1,3}(?:\.\d{1,3})*\.?\s", title):
                runs.append((level, []))
            elif runs and level == runs[-1][0]:
                runs[-1][1].append((line, _key(title)))
            elif runs and level < runs[-1][0]:
                runs.append((0, []))
        nested: set[int] = set()
        for k, (level, titles) in enumerate(runs):
            others = {key for j, (lvl, ts) in enumerate(runs) if j != k and lvl == level for _line, key in ts}
            shared = [n for n, (_line, key) in enumerate(titles) if key in others]
            if level and shared:  # (up to the last shared title: a "### Verdict" after the last tool is the notes')
                nested.update(line for line, _key_ in titles[:shared[-1] + 1])
        self._nested = frozenset(nested)

    def level_of(self, line: int, level: int, numbered: bool) -> int:
        """The level a heading takes: one under the numbered heading above it when :meth:`set_titles` says so."""
        if numbered:
            self._numbered_level = level
        return self._numbered_level + 1 if line in self._nested and self._numbered_level else level

    @property
    def path(self) -> tuple[str, ...]:
        if self._path is None:
            last = len(self._stack) - 1  # a section under "## INDEX:" is not part of the index: the title is left out
            self._path = tuple(t for k, (_, t) in enumerate(self._stack) if t and (k == last or not _toc(t)))
            self._sections = tuple(p.lower() for p in self._path)
        return self._path

    @property
    def sections(self) -> tuple[str, ...]:
        self.path  # noqa: B018 - fills the cache
        return self._sections

    @property
    def nearest(self) -> str:
        return self.path[-1] if self.path else ""

    def heading(self, level: int, title: str) -> None:
        """A real heading: closes every heading of the same or a deeper level, and any bold line taken as a heading
        (``**Storage**`` over a list under ``#`` stayed on every later ``##`` section's cards)."""
        while self._stack and (level <= self._stack[-1][0] or self._stack[-1][0] % 1) and self._stack[-1][0] < _ITEM_LEVEL:
            self._stack.pop()
        self._section = -1 if self._section >= len(self._stack) else self._section
        if title:
            self._stack.append((float(level), title))
        self._path = None

    def pseudo(self, title: str, section: bool = False) -> None:
        """A bold line alone. ``section``: a title over prose ("🟢 **Race Condition**"), which a paragraph does not end."""
        self.end_pseudo(keep_sections=not section)
        level = next((lvl for lvl, _ in reversed(self._stack) if lvl < _ITEM_LEVEL and not lvl % 1), 0.0)
        self._stack.append((level + 0.5, title))
        self._section = len(self._stack) - 1 if section else self._section
        self._path = None

    def end_pseudo(self, keep_sections: bool = False) -> None:
        while self._stack and self._stack[-1][0] % 1 and self._stack[-1][0] < _ITEM_LEVEL:
            if keep_sections and self._section == len(self._stack) - 1:
                return
            self._stack.pop()
            self._section = -1 if self._section >= len(self._stack) else self._section
            self._path = None

    def snapshot(self) -> tuple[tuple[float, str], ...]:
        return tuple(self._stack)

    def end_pseudo_since(self, before: tuple[tuple[float, str], ...]) -> None:
        """End the bold-line titles opened since ``before`` was taken (inside a quote: they title only it)."""
        while self._stack and self._stack[-1][0] % 1 and self._stack[-1][0] < _ITEM_LEVEL \
                and tuple(self._stack) != before[:len(self._stack)]:
            self._stack.pop()
            self._section = -1 if self._section >= len(self._stack) else self._section
            self._path = None

    def enter(self, title: str) -> None:
        """A list item heading its sub-items (undone by :meth:`leave`)."""
        self._entered.append(len(self._stack))
        self._stack.append((_ITEM_LEVEL + len(self._stack), title))
        self._path = None

    def leave(self) -> None:
        """Back to the path before the last :meth:`enter`: with the item goes any pseudo-heading opened among its
        sub-items (popping one entry left the item on the path of every later section)."""
        del self._stack[self._entered.pop():]
        self._section = -1 if self._section >= len(self._stack) else self._section
        self._path = None

    def clear(self) -> None:
        self._stack.clear()
        self._entered.clear()
        self._section = -1
        self._path = None
