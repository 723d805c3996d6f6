"""Anki field HTML → readable markdown (markdownify, then a tidy pass).

Media references are renamed on the way: ``<img src="orig.png">`` becomes
``![](safe.png)`` and ``[sound:orig.mp3]`` becomes ``[🔊 orig.mp3](safe.mp3)``
(our exporter turns such links back into ``[sound:…]``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from markdownify import MarkdownConverter

SOUND = re.compile(r"\[sound:([^\]\n]+)\]")
_LANG = re.compile(r"(?:^|\s)(?:language|lang)-([\w+#.-]+)")
# escapes markdownify does not add but that keep literal text literal
_HTML_LIKE = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_WS = re.compile(r"[\t \r\n]+")


def escape_text(text: str) -> str:
    """Markdown-escape literal text so it renders back to the same text."""
    text = _BACKSLASH.sub(r"\\\\", text)
    text = text.replace("*", r"\*").replace("_", r"\_").replace("`", r"\`")
    text = _HTML_LIKE.sub(r"\\<", text)
    return _ENTITY_LIKE.sub(r"\\&", text)


def _code_language(el) -> str:
    for node in (el, *el.find_all("code", limit=1)):
        classes = node.get("class") or []
        match = _LANG.search(" ".join(classes) if isinstance(classes, list) else str(classes))
        if match:
            return match.group(1)
    return ""


class _Converter(MarkdownConverter):
    def __init__(self, media: Mapping[str, str]):
        super().__init__(
            heading_style="atx", bullets="-", newline_style="backslash",
            strong_em_symbol="*", table_infer_header=True,
            keep_inline_images_in=["td", "th"], code_language_callback=_code_language,
        )
        self.media = media

    def escape(self, text, parent_tags):
        return escape_text(text) if text else ""

    def convert_img(self, el, text, parent_tags):
        src = str(el.attrs.get("src") or "")
        src = self.media.get(html.unescape(src), src)
        if "_inline" in parent_tags and el.parent.name not in ("td", "th"):
            return str(el.attrs.get("alt") or "")
        alt = str(el.attrs.get("alt") or "").replace("]", r"\]")
        if not src:
            return alt
        if any(c in src for c in " ()<>"):
            src = f"<{src.replace('<', '%3C').replace('>', '%3E')}>"
        return f"![{alt}]({src})"


def _sound_links(field: str, media: Mapping[str, str]) -> str:
    def link(m: re.Match[str]) -> str:
        name = html.unescape(m.group(1)).strip()
        target = media.get(name, name)
        return f'<a href="{html.escape(target)}">🔊 {html.escape(name)}</a>'

    return SOUND.sub(link, field)


_TRAILING_BREAK = re.compile(r"(?:\\\n|\\$)(?=\s*(?:\n\n|$))")
_INTRAWORD_US = re.compile(r"(?<=[^\W_])\\_(?=[^\W_])")
_LINE_END_SPACE = re.compile(r"[ \t]+\n")
_BLANKS = re.compile(r"\n{3,}")
_NBSP_RUN = re.compile(r"[ \xa0]*\xa0[ \xa0]*")


def tidy(md: str) -> str:
    md = _NBSP_RUN.sub(" ", md).replace("\u200b", "")
    md = _LINE_END_SPACE.sub("\n", md)
    md = _TRAILING_BREAK.sub("", md)
    md = _INTRAWORD_US.sub("_", md)
    md = _BLANKS.sub("\n\n", md)
    return md.strip()


def to_markdown(field: str, media: Mapping[str, str] | None = None) -> str:
    """One Anki field (HTML) as markdown; ``media`` renames media references."""
    media = media or {}
    if "[sound:" in field:
        field = _sound_links(field, media)
    if "<" not in field:
        return tidy(escape_text(_WS.sub(" ", html.unescape(field))))
    return tidy(_Converter(media).convert(field))
