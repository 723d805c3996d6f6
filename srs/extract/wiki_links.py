"""Obsidian's wiki links: "![[Pasted image 2023.png]]" embeds a file, "[[Page|shown]]" links a note. srs.extract.prepare
makes each a link like any other ("See also: [[A]], [[B]]" points elsewhere, as links do) and drops the embeds."""

from __future__ import annotations

import re

from srs.core.cloze import code_spans

# ("[[#In-Place]]": a heading of the same note, shown by its name)
_WIKI_LINK = re.compile(r"(!)?\[\[([^\[\]|#]*)(?:#([^\[\]|]*))?(?:\|([^\[\]]+))?\]\]")


def as_links(line: str) -> str:
    """The line with its wiki links as markdown links and its embeds gone; not inside a code span ("`[[runners]]`" is
    a TOML table, code)."""
    out, last = [], 0
    for start, end in code_spans(line):
        out += [_WIKI_LINK.sub(_link, line[last:start]), line[start:end]]
        last = end
    return "".join([*out, _WIKI_LINK.sub(_link, line[last:])])


def _link(m: re.Match[str]) -> str:
    # ("[[Notes/RAM\\|RAM]]": the pipe escaped, as inside a table, leaves a backslash on the page's name)
    page, anchor, shown = m.group(2).strip().rstrip("\\").strip(), (m.group(3) or "").strip().rstrip("\\"), (m.group(4) or "").strip()
    if m.group(1) or not (page or anchor):
        return ""
    name = page.rsplit("/", 1)[-1].removesuffix(".md")  # "[[../../_notes/Data/CQRS]]": Obsidian shows "CQRS"
    return f"[{shown or name or anchor}](<{page or '#' + anchor.replace(' ', '-')}>)"
