"""Images a card's markdown points at (``![alt](name.png)``), and the card text with each one
replaced by a line of words: a terminal shows the words where it cannot draw the picture.

Anki package imports write every ``<img src>`` as ``![alt](safe_name.png)`` (srs.anki.html_to_md)
and keep the file in the collection's media folder; markdown notes may use the same form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from srs.core.printable import printable

# ![alt](target) or ![alt](<target with spaces>) with an optional "title"; code spans are skipped below
_IMAGE = re.compile(r"!\[((?:[^\]\\\n]|\\.)*)\]\((<[^>\n]*>|[^)\s]*)(?:\s+\"[^\"\n]*\")?\)")
_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1|(?:^|\n)[ \t]*(```+|~~~+)[^\n]*\n.*?\n[ \t]*\2", re.DOTALL)
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# markdown punctuation a label must not start (a name like "*x*.png" stays as written)
_MARKDOWN_PUNCT = re.compile(r"([\\`*_\[\]<>~!&|])")


@dataclass(frozen=True)
class ImageRef:
    """One image reference in a card side, as written."""

    alt: str
    target: str  # the link target, ``<…>`` removed and %-escapes decoded
    start: int
    end: int

    @property
    def is_url(self) -> bool:
        """A web or data address rather than a file name (never opened: a card must not send you to a site)."""
        return bool(_URL.match(self.target))

    @property
    def name(self) -> str:
        """The file name to show: the target's last part, control characters escaped."""
        return printable(self.target.rsplit("/", 1)[-1] or self.target, lines=False)


def image_refs(markdown: str) -> list[ImageRef]:
    """Every ``![alt](target)`` outside code, in reading order."""
    if "![" not in markdown:
        return []
    code = [m.span() for m in _CODE.finditer(markdown)] if "`" in markdown or "~~~" in markdown else []
    refs = []
    for m in _IMAGE.finditer(markdown):
        if any(a <= m.start() < b for a, b in code):
            continue
        raw = m.group(2)
        target = unquote(raw[1:-1] if raw.startswith("<") else raw).strip()
        if target:
            refs.append(ImageRef(m.group(1), target, m.start(), m.end()))
    return refs


def escape_markdown(text: str) -> str:
    """``text`` as literal markdown: every punctuation mark that could start markup is escaped."""
    return _MARKDOWN_PUNCT.sub(r"\\\1", printable(text, lines=False))


def replace_images(markdown: str, label: Callable[[int, ImageRef], str]) -> str:
    """``markdown`` with the n-th image reference replaced by ``label(n, ref)`` (markdown)."""
    refs = image_refs(markdown)
    if not refs:
        return markdown
    out, pos = [], 0
    for n, ref in enumerate(refs):
        out.append(markdown[pos:ref.start])
        out.append(label(n, ref))
        pos = ref.end
    out.append(markdown[pos:])
    return "".join(out)
