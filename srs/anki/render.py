"""Markdown → sanitized HTML for Anki fields, collecting the media they use.

Rendering is markdown-it (CommonMark + tables + strikethrough, raw HTML
allowed) followed by nh3, so no script, event handler or ``javascript:`` URL
reaches Anki. Two engines, for a measured reason: markdown-it-pyrs (the same
parser compiled from markdown-it.rs) renders a field in 3.7 µs where
markdown-it-py takes 110 µs (the 2,107 fields the extractor makes from
tests/data and decks/: 0.4 s against 11 s per 100,000 fields, where a
50,000-note export has 3 s in all). markdown-it-py stays as the reference
and for the few texts markdown-it.rs mishandles (below); a test holds the
two to the same output (no field of those 2,107 differs).

Local images (``![x](pic.png)`` or ``<img src=…>``) are looked up under the
media directory and renamed to their name inside the package; links to local
audio/video (``[x](clip.mp3)``) become Anki's ``[sound:…]``.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown_it_pyrs
import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, unescapeAll

SOUND_EXTS = frozenset("mp3 ogg oga opus wav m4a aac flac webm mp4 mkv mov avi 3gp spx".split())

_TAGS = set(nh3.ALLOWED_TAGS)
_ATTRS: dict[str, set[str]] = {k: set(v) for k, v in nh3.ALLOWED_ATTRIBUTES.items()}
_ATTRS["a"] = {"href", "title"}
_ATTRS["img"] = {"src", "alt", "title", "width", "height"}
_ATTRS["code"] = {"class"}
_ATTRS["th"] = _ATTRS.get("th", set()) | {"style"}
_ATTRS["td"] = _ATTRS.get("td", set()) | {"style"}
_ATTRS["span"] = {"class"}
_ATTRS["ol"] = {"start"}
_URL_SCHEMES = {"http", "https", "mailto"}
_SAFE_CLASS = re.compile(r"^(?:language-[\w+#.-]{1,40}|cloze)$")
_SAFE_STYLE = re.compile(r"text-align:\s*(?:left|right|center)")
_NEEDS_FILTER = ("<img", "class=", "style=")

# A one-line text with none of these, not starting like a block, renders as
# an escaped paragraph: skip the parser for it (a large share of fronts).
# Markdown syntax a one-line field may hold: a character anywhere, or a start that opens a block (one
# search for the characters and a match at the start: one pattern with all four alternatives, tried at
# every position, took 1 s of a 50k-note export).
_INLINE_CHARS = re.compile(r"[\\`*_\[\]<&~!\r\x00]")
_BLOCK_START = re.compile(r"\s|[-+*#>=|]|\d{1,9}[.)]")
_SOUND_REF = re.compile(r"\[sound:([^\]\n]+)\]")
_LINK = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
_URL = re.compile(r"https?://[^\s<>\"']+")

_PY_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_RS_MD = markdown_it_pyrs.MarkdownIt("commonmark").enable_many(["table", "strikethrough"])


def markdown_html(text: str, *, reference: bool = False) -> str:
    """CommonMark (+ tables, strikethrough; raw HTML kept) → HTML, not yet sanitized.

    ``reference`` forces markdown-it-py (used by the parity test)."""
    # markdown-it.rs 0.4 panics on some "[" + unclosed "`" texts, and reads "<!a" as an
    # HTML declaration (CommonMark 0.31) where markdown-it-py keeps text: those go to markdown-it-py
    if not reference and not ("`" in text and "[" in text) and "<!" not in text:
        try:
            return _RS_MD.render(text)
        except BaseException as exc:  # a Rust panic surfaces as a BaseException
            if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
                raise
    return _PY_MD.render(text)


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith(("#", "/"))


@dataclass(slots=True)
class Rendered:
    html: str
    media: list[tuple[str, str]] = field(default_factory=list)  # (package name, file path)
    missing: list[str] = field(default_factory=list)  # referenced but not found


def package_name(rel: str) -> str:
    """Name of a media file inside the package: its path relative to the media
    directory, flattened (Anki media names cannot hold folders)."""
    return rel.replace("\\", "/").strip("/").replace("/", "_")


class _Media:
    """Resolves local references under ``root``; nh3 calls ``attribute``."""

    def __init__(self, root: Path | None, out: Rendered):
        self.root = root
        self.out = out

    def resolve(self, ref: str) -> str | None:
        if self.root is None or not ref or not _is_local(ref):
            return None
        rel = unquote(urlsplit(ref).path)
        try:
            path = (self.root / rel).resolve()
            path.relative_to(self.root)
        except (ValueError, OSError):
            self.out.missing.append(rel)
            return None
        if not path.is_file():
            self.out.missing.append(rel)
            return None
        name = package_name(str(path.relative_to(self.root)))
        self.out.media.append((name, str(path)))
        return name

    def attribute(self, tag: str, attr: str, value: str) -> str | None:
        if attr == "class":
            kept = [c for c in value.split() if _SAFE_CLASS.match(c)]
            return " ".join(kept) or None
        if attr == "style":
            return value if _SAFE_STYLE.fullmatch(value.strip().rstrip(";")) else None
        if tag == "img" and attr == "src":
            name = self.resolve(value)
            return name if name is not None else value
        return value

    def sound_link(self, m: re.Match[str]) -> str:
        """``<a href="clip.mp3">…</a>`` to a local audio/video file → ``[sound:clip.mp3]``."""
        href = unescapeAll(m.group(1))
        ext = href.rsplit(".", 1)[-1].lower() if "." in href else ""
        if ext not in SOUND_EXTS or not _is_local(href):
            return m.group(0)
        return f"[sound:{escapeHtml(unquote(href))}]"

    def sound_ref(self, m: re.Match[str]) -> str:
        name = self.resolve(m.group(1).strip())
        return f"[sound:{escapeHtml(name)}]" if name is not None else m.group(0)


_CURRENT: ContextVar[_Media] = ContextVar("srs_anki_media")


def _attribute(tag: str, attr: str, value: str) -> str | None:
    return _CURRENT.get().attribute(tag, attr, value)


_CLEANER = nh3.Cleaner(tags=_TAGS, attributes=_ATTRS, url_schemes=_URL_SCHEMES,
                       link_rel="noopener noreferrer")
_FILTERING_CLEANER = nh3.Cleaner(tags=_TAGS, attributes=_ATTRS, url_schemes=_URL_SCHEMES,
                                 link_rel="noopener noreferrer", attribute_filter=_attribute)


def sanitize(html: str, media: _Media) -> str:
    if any(marker in html for marker in _NEEDS_FILTER):  # attributes to check or rewrite
        token = _CURRENT.set(media)
        try:
            return _FILTERING_CLEANER.clean(html)
        finally:
            _CURRENT.reset(token)
    return _CLEANER.clean(html)


def render(markdown: str, media_root: Path | None = None) -> Rendered:
    """Render one field. ``media_root`` must be an absolute, resolved path."""
    out = Rendered("")
    text = markdown.strip("\n")
    if not text:
        return out
    if "\n" not in text and not _markdown_syntax(text):
        out.html = _escape_text(text)
        return out
    media = _Media(media_root, out)
    html = sanitize(markdown_html(text), media)
    if "<a " in html:
        html = _LINK.sub(media.sound_link, html)
    if "[sound:" in html:
        html = _SOUND_REF.sub(media.sound_ref, html)
    out.html = _unwrap_paragraph(html.strip())
    return out


def _markdown_syntax(line: str) -> bool:
    """Whether a one-line field may need the markdown renderer (else it is plain text, escaped)."""
    return _INLINE_CHARS.search(line) is not None or _BLOCK_START.match(line) is not None or line[-1:].isspace()


def _escape_text(text: str) -> str:
    """Text escaped the way the sanitizer writes text (so both paths agree)."""
    return text.replace("&", "&amp;").replace("\xa0", "&nbsp;").replace("<", "&lt;").replace(">", "&gt;")


def _unwrap_paragraph(html: str) -> str:
    """``<p>x</p>`` alone → ``x``: a single paragraph needs no wrapper in a field."""
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


@lru_cache(maxsize=4096)  # an export's notes share a few contexts (headings) and sources
def render_plain(text: str) -> str:
    """A field that is plain text (context, source): escaped, never markdown;
    a lone http(s) URL becomes a link."""
    text = text.strip()
    if _URL.fullmatch(text):
        url = escapeHtml(text)
        return f'<a href="{url}">{url}</a>'
    return escapeHtml(text)
