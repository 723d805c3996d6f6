"""The HTML → markdown converters behind :mod:`srs.anki.html_to_md`.

``html-to-markdown`` (Rust, MIT) is used when installed: it converts a field
in ~15 µs, which keeps a 50,000-note import within seconds. ``markdownify``
(pure Python, ~150 µs a field) is the fallback. Both are configured alike
(ATX headings, ``-`` bullets, ``*`` emphasis, backslash line breaks, escaped
``*``/``_``) and the tidy pass in ``html_to_md`` evens out the rest; the
tests run against whichever is installed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from urllib.parse import unquote

from markdownify import MarkdownConverter

_LANG = re.compile(r"(?:^|\s)(?:language|lang)-([\w+#.-]+)")
_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_HTML_LIKE = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")


def escape_text(text: str) -> str:
    """Markdown-escape literal text so it renders back to the same text."""
    if "\\" in text:
        text = _BACKSLASH.sub(r"\\\\", text)
    text = text.replace("*", r"\*").replace("_", r"\_").replace("`", r"\`")
    if "<" in text:
        text = _HTML_LIKE.sub(r"\\<", text)
    if "&" in text:
        text = _ENTITY_LIKE.sub(r"\\&", text)
    return text


# ------------------------------------------------------------------ markdownify


def _code_language(el) -> str:
    for node in (el, *el.find_all("code", limit=1)):
        classes = node.get("class") or []
        match = _LANG.search(" ".join(classes) if isinstance(classes, list) else str(classes))
        if match:
            return match.group(1)
    return ""


class _Markdownify(MarkdownConverter):
    def __init__(self):
        super().__init__(
            heading_style="atx", bullets="-", newline_style="backslash",
            strong_em_symbol="*", table_infer_header=True,
            keep_inline_images_in=["td", "th"], code_language_callback=_code_language,
        )

    def escape(self, text, parent_tags):
        return escape_text(text) if text else ""

    def convert_img(self, el, text, parent_tags):
        src = str(el.attrs.get("src") or "")
        if "_inline" in parent_tags and el.parent.name not in ("td", "th"):
            return str(el.attrs.get("alt") or "")
        alt = str(el.attrs.get("alt") or "").replace("]", r"\]")
        if not src:
            return alt
        if any(c in src for c in " ()<>"):
            src = f"<{src.replace('<', '%3C').replace('>', '%3E')}>"
        return f"![{alt}]({src})"

    def convert_mark(self, el, text, parent_tags):
        return text


def _markdownify_engine() -> Callable[[str], str]:
    from bs4 import BeautifulSoup

    converter = _Markdownify()

    def convert(html: str) -> str:
        soup = BeautifulSoup(html, "html.parser")
        try:
            return converter.convert_soup(soup)
        finally:
            soup.decompose()  # bs4 trees are cyclic: free them now, not at the next GC

    return convert


# -------------------------------------------------------------- html-to-markdown


def _h2m_engine() -> Callable[[str], str]:
    import html_to_markdown
    from html_to_markdown import ConversionOptions

    options = ConversionOptions(
        heading_style="atx", bullets="-", strong_em_symbol="*", escape_asterisks=True,
        escape_underscores=True, newline_style="backslash", extract_metadata=False,
        highlight_style="none", url_escape_style="angle", list_indent_width=2,
        sub_symbol="", sup_symbol="",
    )
    try:  # build the native options once (the public call rebuilds them every time)
        from html_to_markdown import api

        native = api._to_rust_conversion_options(options)
        rust_convert = api._rust.convert

        def convert(html: str) -> str:
            return rust_convert(html=html, options=native, visitor=None).content or ""

        convert("<b>probe</b>")
        return convert
    except Exception:  # pragma: no cover - private API moved: use the public one
        return lambda html: html_to_markdown.convert(html, options).content or ""


def select_engine(name: str | None = None) -> tuple[str, Callable[[str], str]]:
    """(engine name, convert function); ``name`` forces one (for tests)."""
    if name in (None, "html-to-markdown"):
        try:
            return "html-to-markdown", _h2m_engine()
        except ImportError:
            if name:
                raise
    return "markdownify", _markdownify_engine()


_IMAGE = re.compile(r"!\[((?:[^\]\\]|\\.)*)\]\((<[^>\n]*>|[^)\s]*)((?:\s+\"[^\"\n]*\")?)\)")


def map_images(md: str, media: Mapping[str, str]) -> str:
    """``![alt](orig name.png)`` → ``![alt](safe_name.png)`` for packaged media."""
    if not media or "![" not in md:
        return md

    def repl(m: re.Match[str]) -> str:
        url = m.group(2)
        raw = url[1:-1] if url.startswith("<") else url
        target = media.get(raw) or media.get(unquote(raw))
        if target is None:
            return m.group(0)
        return f"![{m.group(1)}]({target}{m.group(3)})"

    return _IMAGE.sub(repl, md)
