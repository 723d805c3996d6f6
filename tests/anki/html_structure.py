"""What a reader sees in an HTML field, as a structure to compare (not characters).

Used to hold a field converted to markdown and rendered back against the
original: its visible text, how many list items, which images, the exact text
of each code block, and the text set in bold and in italic (by tag or by
style). Built on the standard library's tokenizer so misnested HTML is read
tag by tag, the way it was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote

_HIDDEN = {"script", "style", "svg", "title", "head", "template"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*(?:italic|oblique)\b", re.I)
_NOT_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:normal|lighter|[1-5]00)\b", re.I)
_NOT_ITALIC_STYLE = re.compile(r"font-style\s*:\s*normal\b", re.I)
_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
_SOUND = re.compile(r"\[sound:[^\]]*\]")
_NOT_WORD = re.compile(r"\W+")


def squeeze(text: str) -> str:
    """Text without any whitespace: block breaks render differently, words do not."""
    return _INVISIBLE.sub("", text)


@dataclass
class Structure:
    text: str = ""
    list_items: int = 0
    images: list[str] = field(default_factory=list)
    code_blocks: list[str] = field(default_factory=list)
    bold: str = ""  # the words shown bold, in order
    italic: str = ""


@dataclass
class _Open:
    tag: str
    bold: bool | None = None  # True/False when this element sets it, None to inherit
    italic: bool | None = None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.out = Structure()
        self.text: list[str] = []
        self.bold: list[str] = []
        self.italic: list[str] = []
        self.pre: list[str] | None = None
        self.pre_depth = 0

    def _inside(self, tags: set[str]) -> bool:
        return any(o.tag in tags for o in self.stack)

    def _flag(self, attr: str) -> bool:
        for o in reversed(self.stack):
            value = getattr(o, attr)
            if value is not None:
                return value
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "img":
            if not self._inside(_HIDDEN) and a.get("src"):
                self.out.images.append(unquote(a["src"].strip()))  # the renderer percent-encodes
            return
        if tag == "br":
            if self.pre is not None:
                self.pre.append("\n")
            self.text.append(" ")
            return
        if tag in _VOID:
            return
        if tag == "li":
            self.out.list_items += not self._inside(_HIDDEN)
        style = a.get("style", "")
        bold = True if tag in ("b", "strong") or _BOLD_STYLE.search(style) else None
        italic = True if tag in ("i", "em") or _ITALIC_STYLE.search(style) else None
        if bold is None and _NOT_BOLD_STYLE.search(style):
            bold = False
        if italic is None and _NOT_ITALIC_STYLE.search(style):
            italic = False
        self.stack.append(_Open(tag, bold, italic))
        if tag == "pre":
            self.pre_depth += 1
            if self.pre is None:
                self.pre = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break
        else:
            return
        if tag == "pre":
            self.pre_depth -= 1
            if self.pre_depth == 0 and self.pre is not None:
                self.out.code_blocks.append("".join(self.pre).strip("\n"))
                self.pre = None
        self.text.append(" ")

    def handle_data(self, data: str) -> None:
        if self._inside(_HIDDEN):
            return
        if self.pre is not None:
            self.pre.append(data)
        self.text.append(data)
        if self.pre is None and not self._inside({"code", "kbd", "samp", "tt"}):
            if self._flag("bold"):
                self.bold.append(data)
            if self._flag("italic"):
                self.italic.append(data)

    def close(self) -> None:
        super().close()
        if self.pre is not None:  # an unclosed <pre> still shows its text
            self.out.code_blocks.append("".join(self.pre).strip("\n"))
        self.out.text = squeeze(_SOUND.sub(" ", "".join(self.text)))
        # emphasis on punctuation alone ("copyable<em>. </em>") is not something a reader sees
        self.out.bold = _NOT_WORD.sub("", "".join(self.bold))
        self.out.italic = _NOT_WORD.sub("", "".join(self.italic))


def read(html: str) -> Structure:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.out
