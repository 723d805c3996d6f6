"""Obsidian's wiki links: "![[Pasted image 2023.png]]" embeds a file, "[[Page|shown]]" links a note. srs.extract.prepare
makes each a link like any other ("See also: [[A]], [[B]]" points elsewhere, as links do) and drops the embeds."""

from __future__ import annotations

import re

from srs.core.cloze import code_spans

_WIKI_LINK = re.compile(r"(!)?\[\[([^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|([^\[\]]+))?\]\]")


def as_links(line: str) -> str:
    """The line with its wiki links as markdown links and its embeds gone; not inside a code span ("`[[runners]]`" is
    a TOML table, code)."""
    out, last = [], 0
    for start, end in code_spans(line):
        out += [_WIKI_LINK.sub(_link, line[last:start]), line[start:end]]
        last = end
    return "".join([*out, _WIKI_LINK.sub(_link, line[last:])])


def _link(m: re.Match[str]) -> str:
    return "" if m.group(1) else f"[{(m.group(3) or m.group(2)).strip()}](<{m.group(2).strip()}>)"
