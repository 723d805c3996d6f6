"""Markdown → sanitized HTML for Anki fields, collecting the media they use.

Rendering is markdown-it-py (CommonMark + tables + strikethrough, raw HTML
allowed) followed by nh3, so no script, event handler or ``javascript:`` URL
reaches Anki. Local images (``![x](pic.png)`` or ``<img src=…>``) are looked
up under the media directory and renamed to their name inside the package;
links to local audio/video (``[x](clip.mp3)``) become Anki's ``[sound:…]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

SOUND_EXTS = frozenset(
    "mp3 ogg oga opus wav m4a aac flac webm mp4 mkv mov avi 3gp spx".split()
)

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

# A one-line text with none of these, not starting like a block, renders as
# an escaped paragraph: skip the parser for it (a large share of fronts).
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]<&~!]|^\s|^(?:[-+*#>=|]|\d{1,9}[.)])|\s$")
_SOUND_REF = re.compile(r"\[sound:([^\]\n]+)\]")


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.core.ruler.after("inline", "srs_sound_links", _sound_links)
    return md


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith(("#", "/"))


def _sound_links(state) -> None:
    """``[label](clip.mp3)`` pointing at a local file → ``[sound:clip.mp3]``."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        out: list[Token] = []
        skipping = False
        for tok in block.children:
            if skipping:
                skipping = tok.type != "link_close"
                continue
            href = tok.attrGet("href") if tok.type == "link_open" else None
            if isinstance(href, str) and _is_local(href):
                ext = href.rsplit(".", 1)[-1].lower() if "." in href else ""
                if ext in SOUND_EXTS:
                    text = Token("text", "", 0)
                    text.content = f"[sound:{unquote(href)}]"
                    out.append(text)
                    skipping = True
                    continue
            out.append(tok)
        block.children = out


_MD = _markdown()


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
    """Resolves local references under ``root`` while nh3 walks the HTML."""

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
            return value if re.fullmatch(r"text-align:\s*(left|right|center)", value) else None
        if tag == "img" and attr == "src":
            name = self.resolve(value)
            return name if name is not None else value
        return value


def render(markdown: str, media_root: Path | None = None) -> Rendered:
    """Render one field. ``media_root`` must be an absolute, resolved path."""
    out = Rendered("")
    text = markdown.strip("\n")
    if not text:
        return out
    if "\n" not in text and not _INLINE_SYNTAX.search(text):
        out.html = escapeHtml(text)
    else:
        html = _MD.render(text)
        media = _Media(media_root, out)
        html = nh3.clean(
            html, tags=_TAGS, attributes=_ATTRS, url_schemes=_URL_SCHEMES,
            attribute_filter=media.attribute, link_rel="noopener noreferrer",
        )
        out.html = _unwrap_paragraph(html.strip())
    if "[sound:" in out.html:
        media = _Media(media_root, out)
        for ref in _SOUND_REF.findall(out.html):
            name = media.resolve(ref.strip())
            if name is not None and name != ref.strip():
                out.html = out.html.replace(f"[sound:{ref}]", f"[sound:{name}]")
    return out


def _unwrap_paragraph(html: str) -> str:
    """``<p>x</p>`` alone → ``x``: a single paragraph needs no wrapper in a field."""
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


def render_plain(text: str) -> str:
    """A field that is plain text (context, source): escaped, never markdown;
    a lone http(s) URL becomes a link."""
    text = text.strip()
    if _URL.fullmatch(text):
        url = escapeHtml(text)
        return f'<a href="{url}">{url}</a>'
    return escapeHtml(text)


_URL = re.compile(r"https?://[^\s<>\"']+")
