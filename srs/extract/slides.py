"""Slide decks written in markdown (Slidev, Marp, reveal.js): slides split by ``---`` lines, each under its own ``#``.

A slide that holds nothing but a heading is a title slide ("# Managed Services: Cloud SQL"); the slides after it
("# Features", "# High Availability") are its parts, so their headings go one level under it and the service stays
on their cards' context line. (A slide's own settings are blanked before, by front_matter.settings_blocks.) Lines
keep their numbers, and a document that is not a deck is left as it is.
"""

from __future__ import annotations

import re

from srs.extract.indented import in_code

_SEPARATOR = re.compile(r"^---\s*$")
_HEADING = re.compile(r"^(#{1,5})\s+\S")
_COMMENT = re.compile(r"^\s*<!--.*?-->\s*$")
MIN_SLIDES = 4


def deck_sections(lines: list[str]) -> list[str]:
    """The lines of a slide deck with its title slides heading the slides after them (see the module's doc)."""
    separators = _separators(lines)
    if len(separators) < MIN_SLIDES:
        return lines
    out = list(lines)
    if separators[0] == 0 and len(separators) > 1:  # the document's YAML front matter is no slide
        edges = [separators[1], *separators[2:], len(lines)]
    else:
        edges = [-1, *separators, len(lines)]
    demote = False
    for k in range(len(edges) - 1):
        body = [i for i in range(edges[k] + 1, edges[k + 1]) if out[i].strip() and not _COMMENT.match(out[i])]
        if len(body) == 1 and (m := _HEADING.match(out[body[0]])) and len(m.group(1)) == 1:
            demote = True  # a title slide: the slides after it are its parts
            continue
        if demote:
            for i in body:
                if _HEADING.match(out[i]):
                    out[i] = "#" + out[i]
    return out


def _separators(lines: list[str]) -> list[int]:
    code = in_code(lines)
    # ("# Overview" / "---" right under it: a rule under a heading, or a setext line)
    return [i for i, line in enumerate(lines)
            if not code[i] and _SEPARATOR.match(line) and (i == 0 or not lines[i - 1].strip())]
