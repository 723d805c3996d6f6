"""Obsidian's wiki links: "![[Pasted image 2023.png]]" embeds a file, "[[Page|shown]]" links a note. srs.extract.prepare
makes each a link like any other ("See also: [[A]], [[B]]" points elsewhere, as links do) and drops the embeds."""

from __future__ import annotations

import re

_WIKI_LINK = re.compile(r"(!)?\[\[([^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|([^\[\]]+))?\]\]")
_CODE_SPAN = re.compile(r"(`+[^`]+`+)")


def as_links(line: str) -> str:
    """The line with its wiki links as markdown links and its embeds gone; not inside a code span ("`[[runners]]`" is
    a TOML table, code)."""
    return "".join(part if part.startswith("`") else _WIKI_LINK.sub(_link, part) for part in _CODE_SPAN.split(line))


def _link(m: re.Match[str]) -> str:
    return "" if m.group(1) else f"[{(m.group(3) or m.group(2)).strip()}](<{m.group(2).strip()}>)"
