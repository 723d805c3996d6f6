"""Titles typed as plain lines: "Chapter 9 - Labels and Annotations" alone between blank lines heads what follows in
notes written without markdown headings. srs.extract.prepare makes such a line the heading it is, so the cards under
it carry its title on their context line (a bare "READY?" under the deck "README" names nothing)."""

from __future__ import annotations

import re

from srs.extract import rx
from srs.extract.model import Line

# "Chapter 9 - Labels and Annotations", "Lesson 3: Networking", "Week 2", "Kapitel 4 – Speicher", "第3章 ネットワーク"
_TITLE_LINE = re.compile(r"^(?:chapter|lesson|lecture|module|section|part|unit|week|day|kapitel|lektion|capítulo|capitulo|"
                         r"lección|lição|aula|chapitre|leçon|глава|урок|лекция|раздел)\s+\d{1,3}"
                         r"(?:\s*[-–—:.]\s*[^\W\d_][^.!?]{0,70})?\s*$|^第\s*[0-9一二三四五六七八九十]{1,3}\s*[章节課回]\s*\S.{0,40}$",
                         re.IGNORECASE)
_ATX = re.compile(r"^\s{0,3}#{1,6}\s")


def as_headings(lines: list[str], in_code: list[bool]) -> list[str]:
    """Each title line alone between blank lines becomes a level-2 heading, in notes with no markdown heading but
    perhaps a title; two such lines at least, so one stray "Week 2" stays text."""
    if sum(1 for k, line in enumerate(lines) if not in_code[k] and _ATX.match(line)) > 1:
        return lines  # the notes head their sections with markdown: a "Chapter 2" line is their text
    found = [k for k, line in enumerate(lines) if not in_code[k] and _TITLE_LINE.match(line.strip())
             and (k == 0 or not lines[k - 1].strip()) and (k + 1 == len(lines) or not lines[k + 1].strip())
             and not line.startswith((" ", "\t"))]
    if len(found) < 2:
        return _numbered_titles(lines, in_code)
    return ["## " + line.strip() if k in found else line for k, line in enumerate(lines)]


# "4. Why Kafka became popular", "b. Database Polling": a section's number and title, short, no sentence end
_NUMBERED_TITLE = re.compile(r"^(?:\d{1,2}|[a-h])\.\s+[^\W\d_][^.!:;]{2,70}[^\W_?]?\??$")


def _numbered_titles(lines: list[str], in_code: list[bool]) -> list[str]:
    """Notes pasted from a chat answer lose their headings but keep the numbers: "1. What is Kafka?" … "2. Use cases",
    "a. Log Aggregation", each alone between blank lines with unindented text under it. Three such lines at least
    become headings (numbers level 2, letters level 3); a loose list of short items ("1. Install" / "2. Run"), with
    nothing between them, stays a list."""
    found: list[int] = []
    for k, line in enumerate(lines):
        if in_code[k] or line[:1].isspace() or not _NUMBERED_TITLE.match(line.rstrip()) or len(line.split()) > 10:
            continue
        if (k and lines[k - 1].strip()) or (k + 1 < len(lines) and lines[k + 1].strip()):
            continue
        found.append(k)
    titled = [k for n, k in enumerate(found)
              if any(lines[j].strip() and not lines[j][:1].isspace() and not _ITEM.match(lines[j])
                     for j in range(k + 1, found[n + 1] if n + 1 < len(found) else len(lines)))]
    if len(titled) < 3:
        return lines
    return [("## " if lines[k][0].isdigit() else "### ") + lines[k].strip() if k in titled else line
            for k, line in enumerate(lines)]


_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s")


def bold_title(lines: list[Line]) -> str | None:
    """ "**Kerberos**" alone on the first line of a paragraph, its description right under it: the title of what follows."""
    if len(lines) != 1:
        return None
    found = rx.fullmatch(r"(?:\*\*|__)([^*_:：]{1,40})(?:\*\*|__)", lines[0].md.strip())
    return found.group(1).strip() if found and found.group(1).strip() else None


_BROKEN_TITLE = re.compile(r"^(\s*[-*+]\s+)([^\W\d_][^:：.!?。]*?[^\W_])(?:\\|\s{2,})$")


def broken_titles(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "* Easy to Maintain\\" over "  __Microservices__ allows …": an item's title, broken off its text, takes a colon;
    "+ Selector  " over "    : 라벨을 기반으로 …" (a definition list's colon) gives the title that colon."""
    out = list(lines)
    for k in range(len(out) - 1):
        title = _BROKEN_TITLE.match(out[k]) if not in_code[k] else None
        if title and out[k + 1].strip() and not rx.match(r"\s*(?:[-*+]|\d+[.)])\s", out[k + 1]) \
                and len(out[k + 1]) - len(out[k + 1].lstrip()) > len(title.group(1)) - len(title.group(1).lstrip()) \
                and len(title.group(2).split()) <= 5:
            out[k] = f"{title.group(1)}{title.group(2)}:"
            out[k + 1] = rx.sub(r"^(\s*)[:：]\s*", r"\1", out[k + 1])
    return out
